// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventbatch.h"
#include "core/eventparser.h"

#include <QJsonObject>
#include <QString>

namespace Journey {

/*!
 * Where the decoders of other providers' formats put what they made: a message in Segment Spec form (with
 * `type`), checked and normalised by the same EventParser that reads Segment traffic, so every stored event
 * has one shape whatever sent it. Messages need no userId or anonymousId here (some providers' calls name no
 * person); a message without `messageId` gets a generated one.
 */
class CanonicalEventWriter
{
public:
    /// Starts a request: events from \a source, arrived at \a receivedAt (ms), none larger than \a maxEventBytes.
    void begin(EventSource source, qint64 receivedAt, qsizetype maxEventBytes);

    /*!
     * Appends \a message to \a out. On failure returns false, leaves \a out as it was and sets \a error to the
     * parser's reason prefixed with \a where ("events[3]: timestamp: …"); \a tooLarge says whether it was the
     * size limit (HTTP 413 rather than 400).
     */
    bool append(const QJsonObject& message, EventBatch& out, const QString& where, QString* error,
        bool* tooLarge = nullptr);

    /// A canonical timestamp (ISO 8601, ms, UTC) for \a msSinceEpoch.
    static QString timestamp(qint64 msSinceEpoch);

private:
    EventParser m_parser;
    QByteArray m_json;
};

} // namespace Journey

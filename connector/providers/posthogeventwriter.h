// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace Journey {

/*!
 * Writes one PostHog batch item per canonical message, with the mapping PostHogProvider documents, straight
 * from the message's JSON text: the message is read with simdjson and the item is written as text, with no
 * QJsonObject on either side (this is the PostHog delivery worker's hot path). Reuses its buffers from one
 * message to the next; one per encode() call, not thread-safe.
 */
class PostHogEventWriter
{
    Q_DECLARE_TR_FUNCTIONS(Journey::PostHogProvider)

public:
    /// \a groupType: the PostHog group type that Segment group ids go to.
    explicit PostHogEventWriter(const QString& groupType);
    ~PostHogEventWriter();
    PostHogEventWriter(const PostHogEventWriter&) = delete;
    PostHogEventWriter& operator=(const PostHogEventWriter&) = delete;

    /*!
     * The batch item (compact JSON) for \a message, the compact JSON of a canonical message of call \a type;
     * empty with \a rejection set when PostHog would drop the event. \a notes receive what PostHog has no
     * place for.
     */
    QByteArray write(QByteArrayView message, EventType type, QStringList* notes, QString* rejection);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "providers/providerrequest.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Journey {

class SecretMasker;

/*!
 * One step of a replay plan: when it is due and what it sends.
 *
 * - Wire: a captured request in its original format (ids, times and users rewritten as asked).
 * - Segment: events without a complete original request, as a Segment `/v1/batch` body.
 * - Connector: events for a configured provider; `messages` go through Connector::send() and `previews` are the
 *   requests the provider would make of them (for listings; the connector batches on its own).
 */
struct ReplayRequest
{
    Q_DECLARE_TR_FUNCTIONS(Journey::ReplayRequest)

public:
    enum class Kind { Wire, Segment, Connector };

    Kind kind = Kind::Wire;
    qint64 dueMs = 0; ///< after the replay's start, at the chosen speed
    qint64 originalTime = 0; ///< the capture time it stands for (ms since epoch)
    ProviderRequest request; ///< Wire and Segment: what goes on the wire (url absolute)
    QByteArrayList messages; ///< Connector: the canonical messages, rewritten
    QList<ProviderRequest> previews; ///< Connector: the provider's requests for `messages`
    QList<int> events; ///< indexes into the capture's events, in body order
    int capturedRequest = -1; ///< Wire: index of the capture's request
    QStringList notes; ///< what could not be rewritten (left as captured)

    int eventCount() const { return int(events.size()); }
    /// The body bytes sent (Connector: the previews' together).
    qint64 bodyBytes() const;
    QByteArray method() const;
    /// The URL with credentials in the query masked (Connector: the first preview's, or the provider's endpoint).
    QString maskedUrl(const SecretMasker& masker) const;
    /// "wire", "segment", "connector".
    QString kindName() const;
};

} // namespace Journey

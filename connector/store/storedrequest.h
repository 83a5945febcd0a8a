// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"
#include "upstreamexchange.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

namespace Journey {

/// One HTTP request as the collector received it, kept beside the events it carried (or the reason it was
/// rejected). Secrets in headers and body are already masked when a StoredRequest exists.
struct StoredRequest
{
    qint64 id = 0; ///< store id; 0 until stored
    qint64 receivedAt = 0; ///< ms since epoch
    EventSource source = EventSource::Unknown;
    QString method;
    QString path;
    QString query; ///< without the leading '?', secrets masked
    QString remoteAddress;
    QList<QPair<QByteArray, QByteArray>> headers; ///< as received, secrets masked
    QByteArray contentType;
    QByteArray contentEncoding;
    qint64 wireSize = 0; ///< body bytes on the wire (before decompression)
    QByteArray body; ///< decoded body (decompressed), secrets masked
    int status = 0; ///< HTTP status the collector answered
    QString error; ///< why it was rejected; empty when accepted
    int eventCount = 0;
    qint64 firstEventId = 0;
    /// What the provider's real endpoint answered when the collector forwarded this request; none when
    /// forwarding is off for its provider.
    std::optional<UpstreamExchange> upstream;

    bool isRejected() const { return status >= 400; }
    /// "POST /v1/batch?x=1 HTTP/1.1" followed by the headers, one per line.
    QByteArray headerText() const;
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::StoredRequest)

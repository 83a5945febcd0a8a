// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

namespace Journey {

/*!
 * What came back when the collector forwarded a request it received to the provider's real endpoint
 * (`forward: true`): kept beside the StoredRequest, which is the request side of the exchange (the request
 * is forwarded exactly as received). `status` is 0 when no HTTP answer came; `error` then says why, for a
 * person. The URL's query has its secrets masked; response headers and body are kept as the upstream sent
 * them (the body may still be compressed when the SDK asked for that: see the Content-Encoding header).
 */
struct UpstreamExchange
{
    QString url; ///< where the request went, secrets in the query masked
    qint64 sentAt = 0; ///< ms since epoch
    int durationMs = 0; ///< until the answer was complete, or until it failed
    int status = 0; ///< HTTP status of the answer, 0 when there was none
    QList<QPair<QByteArray, QByteArray>> headers; ///< response headers in the order received
    QByteArray body; ///< response body
    QByteArray contentType; ///< of the response
    QString error; ///< why there was no (usable) answer, naming the host; empty otherwise
    bool timedOut = false; ///< no complete answer within the forwarder's timeout

    bool answered() const { return status > 0; }

    /// Compact JSON (body in base64), as kept in the store and in the ingest journal.
    QByteArray toJson() const;
    /// Reads what toJson() wrote; nullopt when \a json is not such an object.
    static std::optional<UpstreamExchange> fromJson(const QByteArray& json);

    friend bool operator==(const UpstreamExchange&, const UpstreamExchange&) = default;
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::UpstreamExchange)

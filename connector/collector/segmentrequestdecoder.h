// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "config/collectorconfig.h"
#include "core/eventbatch.h"
#include "core/eventparser.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Journey {

/// What the collector makes of one request to a Segment/RudderStack endpoint.
struct DecodedRequest
{
    int status = 200; ///< HTTP status to answer
    QByteArray errorCode; ///< machine-readable reason when status is not 200
    QString message; ///< readable reason when status is not 200
    EventBatch events;
    QByteArray body; ///< the body after decompression (empty when it could not be decompressed)
    QByteArray writeKey; ///< from the body or Basic auth; empty when none was sent
};

/*!
 * Decodes requests in the Segment HTTP API format (also spoken by RudderStack SDKs): the single-call
 * endpoints `/v1/track|identify|page|screen|group|alias`, their analytics.js short forms `/v1/t|i|p|s|g|a`,
 * and batches at `/v1/batch`, `/v1/b` and `/v1/import`. Bodies may be JSON with any content type
 * (analytics.js sends text/plain) and gzip- or deflate-compressed. Limits are Segment's: 500 KB per batch,
 * 32 KB per call or event.
 */
class SegmentRequestDecoder
{
public:
    enum class Endpoint { Track, Identify, Page, Screen, Group, Alias, Batch };

    explicit SegmentRequestDecoder(const CollectorConfig& config);

    /// The endpoint a path names, or nothing when it is not a Segment path.
    static std::optional<Endpoint> endpointFor(QStringView path);
    /// The paths this decoder answers, for 404 messages and the docs.
    static QStringList paths();

    void decode(Endpoint endpoint, const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body,
        qint64 receivedAt, DecodedRequest& out);

    /// The user name of a `Basic` Authorization header, which Segment SDKs set to the write key.
    static QByteArray basicAuthUser(const QList<QPair<QByteArray, QByteArray>>& headers);
    static QByteArray header(const QList<QPair<QByteArray, QByteArray>>& headers, QByteArrayView name);

private:
    CollectorConfig m_config;
    EventParser m_parser;
};

} // namespace Journey

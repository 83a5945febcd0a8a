// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "config/collectorconfig.h"
#include "core/eventparser.h"
#include "requestdecoder.h"

#include <optional>

namespace Journey {

/*!
 * Decodes requests in the Segment HTTP API format (also spoken by RudderStack SDKs): the single-call
 * endpoints `/v1/track|identify|page|screen|group|alias`, their analytics.js short forms `/v1/t|i|p|s|g|a`,
 * and batches at `/v1/batch`, `/v1/b` and `/v1/import`. Bodies may be JSON with any content type
 * (analytics.js sends text/plain) and gzip- or deflate-compressed. Limits are Segment's: 500 KB per batch,
 * 32 KB per call or event. Answers `{"success":true}` (the collector's default).
 */
class SegmentRequestDecoder : public RequestDecoder
{
public:
    enum class Endpoint { Track, Identify, Page, Screen, Group, Alias, Batch };

    explicit SegmentRequestDecoder(const CollectorConfig& config);

    EventSource source() const override { return EventSource::Segment; }
    QStringList prefixes() const override;
    QStringList paths() const override;
    Claim claim(const CollectorRequest& request) const override;
    void decode(const CollectorRequest& request, DecodedRequest& out) override;

    /// The endpoint a path names, or nothing when it is not a Segment path.
    static std::optional<Endpoint> endpointFor(QStringView path);

private:
    CollectorConfig m_config;
    EventParser m_parser;
};

} // namespace Journey

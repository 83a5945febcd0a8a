// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "canonicaleventwriter.h"
#include "config/collectorconfig.h"
#include "requestdecoder.h"

#include <optional>

namespace Journey {

/*!
 * Decodes Heap's server-side APIs: `/api/track` (one event or a bulk `events` array), `/api/add_user_properties`
 * (one user or `users`), `/api/add_account_properties` (one account or `accounts`), `/api/v1/identify` and the
 * legacy `/api/identify`. JSON bodies only (gzip accepted), each with the environment's `app_id`, which is public
 * and kept as `context.heap.app_id`. Heap's field rules are enforced as Heap does; the answer is 200 with an empty
 * body, or 400 `{"error":"…"}`. The mapping is documented in docs/collector/heap.md.
 */
class HeapRequestDecoder : public RequestDecoder
{
public:
    enum class Endpoint { Track, AddUserProperties, AddAccountProperties, IdentifyLink, LegacyIdentify };

    explicit HeapRequestDecoder(const CollectorConfig& config);

    EventSource source() const override { return EventSource::Heap; }
    QStringList prefixes() const override;
    QStringList paths() const override;
    Claim claim(const CollectorRequest& request) const override;
    void decode(const CollectorRequest& request, DecodedRequest& out) override;

    /// The endpoint \a path names (trailing slash allowed), or nothing.
    static std::optional<Endpoint> endpointFor(QStringView path);

private:
    CollectorConfig m_config;
    CanonicalEventWriter m_writer;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "canonicaleventwriter.h"
#include "config/collectorconfig.h"
#include "requestdecoder.h"

#include <optional>

namespace Journey {

/*!
 * Decodes Amplitude's HTTP V2 (`/2/httpapi`), Batch (`/batch`), Identify (`/identify`) and Group Identify
 * (`/groupidentify`) APIs (docs/collector/amplitude.md).
 *
 * `/2/httpapi` and `/batch` take JSON `{api_key, events:[…], options, client_upload_time, request_metadata}` (what
 * @amplitude/analytics-node and -browser send): each event becomes a canonical message (`$identify` → identify,
 * `$groupidentify` → group, `[Amplitude] Page Viewed` → page, `[Amplitude] Screen Viewed` → screen, anything else →
 * track), Amplitude-only fields under `context.amplitude`. The answer is Amplitude's JSON with `code` (the SDKs
 * read `code` from the body, not the status line). Events are checked as Amplitude does (event_type, a user_id or
 * device_id of at least options.min_id_length characters and not in Amplitude's list of refused ids, time in ms):
 * one bad event rejects the request with 400 and the indices of the bad events, which the SDK drops before
 * sending the rest again.
 *
 * `/identify` and `/groupidentify` take a form `api_key=…&identification=<JSON object or array>` and answer
 * `success` (text/plain).
 *
 * `/batch` is also PostHog's path: the request is claimed for certain only when its JSON has `events` and
 * `api_key` at the top level.
 */
class AmplitudeRequestDecoder : public RequestDecoder
{
public:
    explicit AmplitudeRequestDecoder(const CollectorConfig& config);

    EventSource source() const override { return EventSource::Amplitude; }
    QStringList prefixes() const override;
    QStringList paths() const override;
    Claim claim(const CollectorRequest& request) const override;
    void decode(const CollectorRequest& request, DecodedRequest& out) override;

private:
    enum class Endpoint {
        HttpApi,
        Batch,
        Identify,
        GroupIdentify,
    };
    static std::optional<Endpoint> endpointFor(QStringView path);

    void decodeEvents(const CollectorRequest& request, Endpoint endpoint, DecodedRequest& out);
    void decodeIdentifications(const CollectorRequest& request, Endpoint endpoint, DecodedRequest& out);

    CollectorConfig m_config;
    CanonicalEventWriter m_writer;
};

} // namespace Journey

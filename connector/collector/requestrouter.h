// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "config/collectorconfig.h"
#include "requestdecoder.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace Journey {

/*!
 * Picks the decoder for each request to the collector's one port. A first path segment naming a provider
 * (`/mixpanel/track`, `/posthog/batch/`, `/ga4/mp/collect`, …) selects that provider's decoder and is taken off
 * the path; otherwise every decoder claims the request and the surest wins (ties go to the first registered).
 */
class RequestRouter
{
public:
    explicit RequestRouter(const CollectorConfig& config);
    ~RequestRouter();

    /// The decoder for \a request, after setting its `path` and `explicitProvider`; nullptr when no format has
    /// such a path (then \a prefixDecoder is the decoder a provider prefix named, if one did).
    RequestDecoder* route(CollectorRequest& request, RequestDecoder** prefixDecoder = nullptr) const;

    /// Every decoder, in registration order.
    const std::vector<std::unique_ptr<RequestDecoder>>& decoders() const { return m_decoders; }
    /// Every path of every format, flat ("/v1/track", "/track", …).
    QStringList allPaths() const;
    /// {"segment": ["/v1/track", …], "mixpanel": [...], …}: what the index page and 404 answers list.
    QJsonObject endpointsByProvider() const;
    /// One line per provider: "Mixpanel: /track, /engage, … (also under /mixpanel/)".
    QString endpointsText() const;

private:
    std::vector<std::unique_ptr<RequestDecoder>> m_decoders;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "collectorrequest.h"
#include "decodedrequest.h"

#include <QLatin1StringView>
#include <QStringList>

namespace Journey {

/*!
 * One provider's ingestion format, as the collector understands it. A decoder says which requests are its own
 * (claim()) and turns one into canonical events and the answer the provider's SDK expects (decode()).
 *
 * All decoders share one port. Where two providers use the same path (Mixpanel's and PostHog's `/track`,
 * Amplitude's `/batch` and PostHog's `/batch/`), each looks at the request (query, content type, the first
 * bytes of the body) and the one that is sure wins; a `/<prefix>/…` path (`/mixpanel/track`) picks a decoder
 * outright. A new format is one new subclass plus a line in RequestRouter.
 *
 * decode() runs on the collector thread, one request at a time; a decoder may keep reusable buffers.
 */
class RequestDecoder
{
public:
    /// How strongly a decoder claims a request.
    enum class Claim {
        No, ///< not one of its paths
        Path, ///< its path, but another format uses the same one
        Certain, ///< its path, and the request looks like its format
    };

    virtual ~RequestDecoder() = default;

    /// The provider whose SDKs send this format.
    virtual EventSource source() const = 0;
    /// Path prefixes that select this decoder explicitly, without the slashes ("mixpanel").
    virtual QStringList prefixes() const = 0;
    /// The paths it answers, for the 404 answer, the collector's index page and the docs.
    virtual QStringList paths() const = 0;
    /// Whether \a request (its path already without any provider prefix) is in this format.
    virtual Claim claim(const CollectorRequest& request) const = 0;
    /// Decodes \a request into \a out (which arrives empty). Never throws; every problem is a rejection in \a out.
    virtual void decode(const CollectorRequest& request, DecodedRequest& out) = 0;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "requestrouter.h"

#include "amplituderequestdecoder.h"
#include "ga4requestdecoder.h"
#include "heaprequestdecoder.h"
#include "mixpanelrequestdecoder.h"
#include "posthogrequestdecoder.h"
#include "segmentrequestdecoder.h"

#include <QJsonArray>

namespace Journey {

RequestRouter::RequestRouter(const CollectorConfig& config)
{
    // Order breaks ties between formats that share a path and claim it equally.
    m_decoders.push_back(std::make_unique<SegmentRequestDecoder>(config));
    m_decoders.push_back(std::make_unique<MixpanelRequestDecoder>(config));
    m_decoders.push_back(std::make_unique<PostHogRequestDecoder>(config));
    m_decoders.push_back(std::make_unique<AmplitudeRequestDecoder>(config));
    m_decoders.push_back(std::make_unique<HeapRequestDecoder>(config));
    m_decoders.push_back(std::make_unique<Ga4RequestDecoder>(config));
}

RequestRouter::~RequestRouter() = default;

RequestDecoder* RequestRouter::route(CollectorRequest& request, RequestDecoder** prefixDecoder) const
{
    if (prefixDecoder)
        *prefixDecoder = nullptr;
    request.path = request.fullPath;
    request.explicitProvider = false;

    // "/mixpanel/track" → the Mixpanel decoder, path "/track".
    const QStringView full(request.fullPath);
    if (full.size() > 1 && full.startsWith(u'/')) {
        qsizetype end = full.indexOf(u'/', 1);
        if (end < 0)
            end = full.size();
        const QStringView first = full.sliced(1, end - 1);
        for (const auto& decoder : m_decoders) {
            if (!decoder->prefixes().contains(first))
                continue;
            request.path = end < full.size() ? full.sliced(end).toString() : QStringLiteral("/");
            request.explicitProvider = true;
            if (prefixDecoder)
                *prefixDecoder = decoder.get();
            return decoder->claim(request) == RequestDecoder::Claim::No ? nullptr : decoder.get();
        }
    }

    RequestDecoder* best = nullptr;
    auto bestClaim = RequestDecoder::Claim::No;
    for (const auto& decoder : m_decoders) {
        const auto claim = decoder->claim(request);
        if (int(claim) > int(bestClaim)) {
            best = decoder.get();
            bestClaim = claim;
            if (claim == RequestDecoder::Claim::Certain)
                break;
        }
    }
    return best;
}

QStringList RequestRouter::allPaths() const
{
    QStringList paths;
    for (const auto& decoder : m_decoders)
        paths += decoder->paths();
    return paths;
}

QJsonObject RequestRouter::endpointsByProvider() const
{
    QJsonObject result;
    for (const auto& decoder : m_decoders)
        result.insert(QString::fromLatin1(eventSourceName(decoder->source())), QJsonArray::fromStringList(decoder->paths()));
    return result;
}

QString RequestRouter::endpointsText() const
{
    QStringList lines;
    for (const auto& decoder : m_decoders) {
        QStringList prefixes;
        for (const QString& prefix : decoder->prefixes())
            prefixes.append(QLatin1Char('/') + prefix + QLatin1Char('/'));
        lines.append(QStringLiteral("%1: %2 (also under %3)")
                         .arg(eventSourceDisplayName(decoder->source()), decoder->paths().join(QLatin1String(", ")),
                             prefixes.join(QLatin1String(", "))));
    }
    return lines.join(QLatin1String("; "));
}

} // namespace Journey

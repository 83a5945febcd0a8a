// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "segmentrequestdecoder.h"

#include "core/secretmasker.h"
#include "requestbodyreader.h"

namespace Journey {

namespace {

// Our canonical form adds a few members (receivedAt, a normalised timestamp): allow for them.
constexpr qsizetype canonicalSlack = 512;

} // namespace

SegmentRequestDecoder::SegmentRequestDecoder(const CollectorConfig& config)
    : m_config(config)
{
}

std::optional<SegmentRequestDecoder::Endpoint> SegmentRequestDecoder::endpointFor(QStringView path)
{
    if (!path.startsWith(u"/v1/"))
        return std::nullopt;
    QStringView name = path.sliced(4);
    if (name.endsWith(u'/'))
        name.chop(1);
    struct Route
    {
        const char16_t* name;
        Endpoint endpoint;
    };
    static constexpr Route routes[] = {
        { u"track", Endpoint::Track },
        { u"t", Endpoint::Track },
        { u"identify", Endpoint::Identify },
        { u"i", Endpoint::Identify },
        { u"page", Endpoint::Page },
        { u"p", Endpoint::Page },
        { u"screen", Endpoint::Screen },
        { u"s", Endpoint::Screen },
        { u"group", Endpoint::Group },
        { u"g", Endpoint::Group },
        { u"alias", Endpoint::Alias },
        { u"a", Endpoint::Alias },
        { u"batch", Endpoint::Batch },
        { u"b", Endpoint::Batch },
        { u"import", Endpoint::Batch },
    };
    for (const Route& route : routes) {
        if (name == QStringView(route.name))
            return route.endpoint;
    }
    return std::nullopt;
}

QStringList SegmentRequestDecoder::prefixes() const
{
    return { QStringLiteral("segment"), QStringLiteral("rudderstack") };
}

QStringList SegmentRequestDecoder::paths() const
{
    return { QStringLiteral("/v1/track"), QStringLiteral("/v1/identify"), QStringLiteral("/v1/page"),
        QStringLiteral("/v1/screen"), QStringLiteral("/v1/group"), QStringLiteral("/v1/alias"),
        QStringLiteral("/v1/batch"), QStringLiteral("/v1/import"), QStringLiteral("/v1/t|i|p|s|g|a|b") };
}

RequestDecoder::Claim SegmentRequestDecoder::claim(const CollectorRequest& request) const
{
    return endpointFor(request.path) ? Claim::Certain : Claim::No;
}

void SegmentRequestDecoder::decode(const CollectorRequest& request, DecodedRequest& out)
{
    out.source = EventSource::Segment;
    const auto endpoint = endpointFor(request.path);
    if (!endpoint) {
        out.reject(404, "not_found", QStringLiteral("%1 is not a Segment endpoint").arg(request.path));
        return;
    }
    if (request.method != "POST") {
        out.reject(405, "method_not_allowed",
            QStringLiteral("%1 takes POST, not %2").arg(request.fullPath, QString::fromLatin1(request.method)));
        return;
    }
    const bool isBatch = *endpoint == Endpoint::Batch;
    const qsizetype limit = isBatch ? m_config.maxBatchBytes : m_config.maxEventBytes;
    const QString limitText = QStringLiteral("Segment accepts at most %1 KB %2")
                                  .arg(RequestBodyReader::kilobytes(limit),
                                      isBatch ? QStringLiteral("per batch") : QStringLiteral("per call"));
    if (!RequestBodyReader::decompress(request, request.body, limit, limitText, out.body, out))
        return;

    EventParser::Options options;
    options.source = EventSource::Segment;
    options.detectRudderStack = true;
    options.receivedAt = request.receivedAt;
    options.overrideReceivedAt = true;
    options.maxEventBytes = m_config.maxEventBytes + canonicalSlack;
    m_parser.setOptions(options);

    out.events.clear();
    bool ok = false;
    if (isBatch) {
        ok = m_parser.parseBatch(out.body, out.events);
    } else {
        static constexpr EventType types[] = { EventType::Track, EventType::Identify, EventType::Page,
            EventType::Screen, EventType::Group, EventType::Alias };
        ok = m_parser.parseMessage(out.body, out.events, types[int(*endpoint)]);
    }
    QByteArray writeKey = m_parser.writeKey();
    if (writeKey.isEmpty())
        writeKey = request.basicAuthUser();
    out.addSecret(writeKey);
    if (!ok) {
        const ParseError& error = m_parser.error();
        out.reject(error.tooLarge ? 413 : 400, error.tooLarge ? "payload_too_large" : "invalid_request",
            error.toString());
        return;
    }

    if (!m_config.writeKeys.isEmpty()) {
        if (writeKey.isEmpty()) {
            out.reject(401, "missing_write_key",
                QStringLiteral("no write key: send it as \"writeKey\" in the body or as the Basic auth user name"));
            return;
        }
        if (!m_config.writeKeys.contains(writeKey)) {
            out.reject(401, "invalid_write_key",
                QStringLiteral("the write key %1 is not one of the keys this collector accepts")
                    .arg(QString::fromUtf8(SecretMasker::maskValue(writeKey))));
            return;
        }
    }
    out.status = 200;
}

} // namespace Journey

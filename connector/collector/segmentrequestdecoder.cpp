// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "segmentrequestdecoder.h"

#include "core/gzipcodec.h"
#include "core/secretmasker.h"

namespace Journey {

namespace {

// Our canonical form adds a few members (receivedAt, a normalised timestamp): allow for them.
constexpr qsizetype canonicalSlack = 512;

QString kilobytes(qsizetype bytes)
{
    return QString::number(double(bytes) / 1024.0, 'f', 1);
}

void reject(DecodedRequest& out, int status, const char* code, const QString& message)
{
    out.status = status;
    out.errorCode = code;
    out.message = message;
    out.events.clear();
}

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

QStringList SegmentRequestDecoder::paths()
{
    return { QStringLiteral("/v1/track"), QStringLiteral("/v1/identify"), QStringLiteral("/v1/page"),
        QStringLiteral("/v1/screen"), QStringLiteral("/v1/group"), QStringLiteral("/v1/alias"),
        QStringLiteral("/v1/batch"), QStringLiteral("/v1/import"), QStringLiteral("/v1/t|i|p|s|g|a|b") };
}

QByteArray SegmentRequestDecoder::header(const QList<QPair<QByteArray, QByteArray>>& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray SegmentRequestDecoder::basicAuthUser(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    const QByteArray authorization = header(headers, "authorization").trimmed();
    if (!authorization.startsWith("Basic ") && !authorization.startsWith("basic "))
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed());
    if (!decoded)
        return {};
    const QByteArray credentials = *decoded;
    const qsizetype colon = credentials.indexOf(':');
    return colon < 0 ? credentials : credentials.left(colon);
}

void SegmentRequestDecoder::decode(Endpoint endpoint, const QList<QPair<QByteArray, QByteArray>>& headers,
    const QByteArray& body, qint64 receivedAt, DecodedRequest& out)
{
    const bool isBatch = endpoint == Endpoint::Batch;
    const qsizetype limit = isBatch ? m_config.maxBatchBytes : m_config.maxEventBytes;
    const QByteArray encoding = header(headers, "content-encoding").trimmed().toLower();

    // Decompress when the sender says so, or when the bytes say so (some SDKs omit the header).
    if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate" || GzipCodec::looksGzipped(body)) {
        QString reason;
        switch (GzipCodec::decompress(body, limit, out.body, &reason)) {
        case GzipCodec::Result::Ok:
            break;
        case GzipCodec::Result::TooLarge:
            reject(out, 413, "payload_too_large",
                QStringLiteral("the body is larger than %1 KB once decompressed; Segment accepts at most %1 KB %2")
                    .arg(kilobytes(limit), isBatch ? QStringLiteral("per batch") : QStringLiteral("per call")));
            return;
        case GzipCodec::Result::Corrupt:
            reject(out, 400, "invalid_encoding",
                QStringLiteral("the body says Content-Encoding: %1 but does not decompress: %2")
                    .arg(QString::fromLatin1(encoding.isEmpty() ? QByteArray("gzip") : encoding), reason));
            return;
        }
    } else if (!encoding.isEmpty() && encoding != "identity") {
        reject(out, 415, "unsupported_encoding",
            QStringLiteral("Content-Encoding %1 is not supported; send gzip, deflate or an uncompressed body")
                .arg(QString::fromLatin1(encoding)));
        return;
    } else {
        out.body = body;
    }

    if (out.body.size() > limit) {
        reject(out, 413, "payload_too_large",
            QStringLiteral("the body is %1 KB; Segment accepts at most %2 KB %3")
                .arg(kilobytes(out.body.size()), kilobytes(limit),
                    isBatch ? QStringLiteral("per batch") : QStringLiteral("per call")));
        return;
    }

    EventParser::Options options;
    options.source = EventSource::Segment;
    options.detectRudderStack = true;
    options.receivedAt = receivedAt;
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
        ok = m_parser.parseMessage(out.body, out.events, types[int(endpoint)]);
    }
    out.writeKey = m_parser.writeKey();
    if (out.writeKey.isEmpty())
        out.writeKey = basicAuthUser(headers);
    if (!ok) {
        const ParseError& error = m_parser.error();
        reject(out, error.tooLarge ? 413 : 400, error.tooLarge ? "payload_too_large" : "invalid_request",
            error.toString());
        return;
    }

    if (!m_config.writeKeys.isEmpty()) {
        if (out.writeKey.isEmpty()) {
            reject(out, 401, "missing_write_key",
                QStringLiteral("no write key: send it as \"writeKey\" in the body or as the Basic auth user name"));
            return;
        }
        if (!m_config.writeKeys.contains(out.writeKey)) {
            reject(out, 401, "invalid_write_key",
                QStringLiteral("the write key %1 is not one of the keys this collector accepts")
                    .arg(QString::fromUtf8(SecretMasker::maskValue(out.writeKey))));
            return;
        }
    }
    out.status = 200;
}

} // namespace Journey

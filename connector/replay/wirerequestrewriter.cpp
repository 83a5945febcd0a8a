// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "wirerequestrewriter.h"

#include "core/gzipcodec.h"

#include <QHash>
#include <QSet>
#include <QUrlQuery>

namespace Journey {

namespace {

using Field = MessageRewriter::Field;

/// Where a format keeps the fields a replay rewrites: full member paths ('*' for array elements).
struct FormatRules
{
    QHash<QByteArray, Field> fields;
    QSet<QByteArray> containers; ///< paths of objects and arrays that hold such fields
    // The last keys of those paths: most members are ruled out by their key alone, without hashing the path.
    QByteArrayList fieldKeys;
    QByteArrayList containerKeys;

    static bool has(const QByteArrayList& keys, QByteArrayView key)
    {
        for (const QByteArray& candidate : keys) {
            if (candidate.size() == key.size() && candidate == key)
                return true;
        }
        return false;
    }
};

FormatRules makeRules(
    std::initializer_list<const char*> roots, std::initializer_list<std::pair<const char*, Field>> members)
{
    FormatRules rules;
    for (const char* root : roots) {
        for (const auto& [member, field] : members) {
            const QByteArray rootText(root);
            const QByteArray path = rootText.isEmpty() ? QByteArray(member) : QByteArray(rootText + '/' + member);
            rules.fields.insert(path, field);
            const QByteArray key = path.mid(path.lastIndexOf('/') + 1);
            if (!rules.fieldKeys.contains(key))
                rules.fieldKeys.append(key);
            for (qsizetype slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                const QByteArray container = path.left(slash);
                rules.containers.insert(container);
                const QByteArray containerKey = container.mid(container.lastIndexOf('/') + 1);
                if (containerKey != "*" && !rules.containerKeys.contains(containerKey))
                    rules.containerKeys.append(containerKey);
            }
        }
    }
    return rules;
}

const FormatRules* rulesFor(EventSource source)
{
    static const FormatRules segment = makeRules({ "", "batch/*" },
        { { "messageId", Field::DedupId }, { "timestamp", Field::IsoTime }, { "originalTimestamp", Field::IsoTime },
            { "sentAt", Field::IsoTime }, { "receivedAt", Field::IsoTime }, { "userId", Field::UserId },
            { "anonymousId", Field::UserId }, { "previousId", Field::UserId }, { "writeKey", Field::WriteKey } });
    static const FormatRules mixpanel = makeRules({ "", "*" },
        { { "properties/$insert_id", Field::DedupId }, { "properties/time", Field::EpochTime },
            { "properties/distinct_id", Field::UserId }, { "properties/$user_id", Field::UserId },
            { "properties/$device_id", Field::UserId }, { "properties/$anon_id", Field::UserId },
            { "properties/$identified_id", Field::UserId }, { "properties/alias", Field::UserId },
            { "$distinct_id", Field::UserId }, { "$time", Field::EpochTime } });
    static const FormatRules amplitude = makeRules({ "", "*", "events/*" },
        { { "insert_id", Field::DedupId }, { "time", Field::EpochTime }, { "client_upload_time", Field::IsoTime },
            { "user_id", Field::UserId }, { "device_id", Field::UserId } });
    static const FormatRules posthog = makeRules({ "", "*", "batch/*" },
        { { "uuid", Field::DedupId }, { "properties/$insert_id", Field::DedupId }, { "timestamp", Field::IsoTime },
            { "sent_at", Field::IsoTime }, { "properties/$time", Field::EpochTime }, { "distinct_id", Field::UserId },
            { "$distinct_id", Field::UserId }, { "properties/distinct_id", Field::UserId },
            { "properties/$anon_distinct_id", Field::UserId }, { "properties/$device_id", Field::UserId },
            { "properties/alias", Field::UserId } });
    static const FormatRules ga4 = makeRules({ "" },
        { { "timestamp_micros", Field::EpochTime }, { "events/*/timestamp_micros", Field::EpochTime },
            { "client_id", Field::UserId }, { "app_instance_id", Field::UserId }, { "user_id", Field::UserId } });
    static const FormatRules heap = makeRules({ "", "events/*", "users/*" },
        { { "idempotency_key", Field::DedupId }, { "timestamp", Field::IsoTime }, { "identity", Field::UserId } });
    switch (source) {
    case EventSource::Segment:
    case EventSource::RudderStack:
    case EventSource::Import:
    case EventSource::Connector:
        return &segment;
    case EventSource::Mixpanel:
        return &mixpanel;
    case EventSource::Amplitude:
        return &amplitude;
    case EventSource::PostHog:
        return &posthog;
    case EventSource::GoogleAnalytics4:
        return &ga4;
    case EventSource::Heap:
        return &heap;
    case EventSource::Unknown:
        break;
    }
    return nullptr;
}

bool looksJson(QByteArrayView body)
{
    const QByteArrayView trimmed = body.trimmed();
    return trimmed.startsWith('{') || trimmed.startsWith('[');
}

QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void setHeader(HttpHeaders& headers, const QByteArray& name, const QByteArray& value)
{
    for (auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

/// Headers worth sending again: not hop-by-hop, not lengths or encodings (the body changes), not cookies,
/// not masked credentials.
HttpHeaders replayHeaders(const HttpHeaders& captured)
{
    static const QByteArray mask = QByteArrayLiteral("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2");
    static const QSet<QByteArray> dropped { "host", "content-length", "content-encoding", "transfer-encoding",
        "connection", "keep-alive", "cookie", "te", "upgrade", "accept-encoding", "expect", "proxy-authorization",
        "proxy-connection", "trailer" };
    HttpHeaders out;
    for (const auto& [name, value] : captured) {
        const QByteArray lower = name.toLower();
        if (lower.isEmpty() || lower.startsWith(':') || dropped.contains(lower) || value.contains(mask))
            continue;
        out.append({ name, value });
    }
    return out;
}

struct FormField
{
    QByteArray name; ///< decoded
    QByteArray rawValue; ///< as written
};

QList<FormField> splitForm(QByteArrayView body)
{
    QList<FormField> fields;
    for (const QByteArrayView pair : QByteArray::fromRawData(body.data(), body.size()).split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = (equals < 0 ? pair : pair.first(equals)).toByteArray();
        name.replace('+', ' ');
        fields.append({ QByteArray::fromPercentEncoding(name),
            equals < 0 ? QByteArray() : pair.sliced(equals + 1).toByteArray() });
    }
    return fields;
}

QByteArray formDecode(const QByteArray& raw)
{
    QByteArray value = raw;
    value.replace('+', ' ');
    return QByteArray::fromPercentEncoding(value);
}

QByteArray formEncode(const QByteArray& value)
{
    return value.toPercentEncoding();
}

QByteArray base64Decode(QByteArray text)
{
    // mixpanel-node writes base64 into its form without escaping it, so its '+' arrive as spaces.
    text.replace(' ', '+');
    const auto result = QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    return result ? *result : QByteArray();
}

} // namespace

WireRequestRewriter::WireRequestRewriter(const MessageRewriter::Settings& settings)
    : m_rewriter(settings)
{ }

bool WireRequestRewriter::knowsFormat(EventSource source)
{
    return rulesFor(source) != nullptr;
}

bool WireRequestRewriter::rewriteJson(EventSource source, QByteArrayView json, QByteArray& out) const
{
    const FormatRules* rules = rulesFor(source);
    if (!rules || m_rewriter.changesNothing()) {
        out = json.toByteArray();
        return rules != nullptr || m_rewriter.changesNothing();
    }
    return JsonValuePatcher::patch(
        json,
        [this, rules](const JsonValuePatcher::Member& member, QByteArray& replacement) {
            const QByteArray path = QByteArray::fromRawData(member.path.data(), member.path.size());
            if (member.kind == JsonValuePatcher::Kind::Object || member.kind == JsonValuePatcher::Kind::Array) {
                return FormatRules::has(rules->containerKeys, member.key) && rules->containers.contains(path)
                    ? JsonValuePatcher::Action::Keep
                    : JsonValuePatcher::Action::Skip;
            }
            if (!FormatRules::has(rules->fieldKeys, member.key))
                return JsonValuePatcher::Action::Keep;
            const auto field = rules->fields.constFind(path);
            if (field != rules->fields.cend() && m_rewriter.rewriteField(*field, member, replacement))
                return JsonValuePatcher::Action::Replace;
            return JsonValuePatcher::Action::Keep;
        },
        out);
}

WireRequestRewriter::Result WireRequestRewriter::rewrite(
    const CapturedRequest& captured, const QUrl& base, bool addProviderPrefix) const
{
    Result result;
    ProviderRequest& request = result.request;
    request.method = captured.method.isEmpty() ? QByteArrayLiteral("POST") : captured.method.toUpper();
    request.headers = replayHeaders(captured.headers);
    request.label = QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), captured.path);

    // URL: the base's path, the provider prefix for the collector, the captured path and query.
    QString path = captured.path.isEmpty() ? QStringLiteral("/") : captured.path;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    if (addProviderPrefix && rulesFor(captured.source) && captured.source != EventSource::Import
        && captured.source != EventSource::Connector) {
        static const QStringList prefixes { QStringLiteral("segment"), QStringLiteral("rudderstack"),
            QStringLiteral("mixpanel"), QStringLiteral("amplitude"), QStringLiteral("posthog"), QStringLiteral("ga4"),
            QStringLiteral("heap") };
        const QString first = path.section(QLatin1Char('/'), 1, 1);
        if (!prefixes.contains(first))
            path.prepend(QLatin1Char('/') + QString::fromLatin1(eventSourceName(captured.source)));
    }
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QUrl url = base;
    url.setPath(basePath + path);
    QUrlQuery query(base.query(QUrl::FullyEncoded));
    const QUrlQuery capturedQuery(captured.query);
    for (const auto& [name, value] : capturedQuery.queryItems(QUrl::FullyEncoded))
        query.addQueryItem(name, value);

    const bool changes = !m_rewriter.changesNothing();
    const auto leave = [&](const QString& why) {
        request.body = captured.body;
        if (changes)
            result.notes.append(tr("body sent as captured (ids, times and users not rewritten): %1").arg(why));
    };
    const auto rewriteText = [&](QByteArrayView json, QByteArray& out) -> bool {
        if (rewriteJson(captured.source, json, out))
            return true;
        // Mixpanel's /import takes NDJSON: one record per line.
        if (!json.contains('\n'))
            return false;
        QByteArray joined;
        for (const QByteArrayView line : QByteArray::fromRawData(json.data(), json.size()).split('\n')) {
            QByteArray rewritten;
            if (line.trimmed().isEmpty())
                rewritten = line.toByteArray();
            else if (!rewriteJson(captured.source, line, rewritten))
                return false;
            joined += rewritten;
            joined += '\n';
        }
        joined.chop(1);
        out = joined;
        return true;
    };

    const QByteArray contentType = headerValue(request.headers, "content-type").toLower();
    const bool formType = contentType.contains("application/x-www-form-urlencoded");
    const QString compression = capturedQuery.queryItemValue(QStringLiteral("compression")).toLower();
    const bool knownFormat = rulesFor(captured.source) != nullptr;

    if (captured.body.isEmpty()) {
        request.body.clear();
    } else if (!knownFormat) {
        leave(tr("the %1 format is not one replay knows").arg(eventSourceDisplayName(captured.source)));
    } else if (request.method == "GET") {
        // Mixpanel's GET ?data=<base64>: the collector kept the payload decoded as the body.
        QByteArray json;
        if (!looksJson(captured.body) || !rewriteText(captured.body, json)) {
            leave(tr("a GET body that is not JSON"));
        } else {
            query.removeAllQueryItems(QStringLiteral("data"));
            query.addQueryItem(QStringLiteral("data"), QString::fromLatin1(formEncode(json.toBase64())));
            request.body.clear();
        }
    } else if (compression == QLatin1String("gzip-js") || compression == QLatin1String("gzip")) {
        // posthog-js: a raw gzip body, announced in the query only. Kept decompressed; compressed again here.
        QByteArray json;
        if (!looksJson(captured.body) || !rewriteText(captured.body, json))
            leave(tr("not JSON once decompressed"));
        else
            request.body = GzipCodec::compress(json);
    } else if (!compression.isEmpty() && compression != QLatin1String("base64")) {
        leave(tr("compression=%1 is not one replay can write").arg(compression));
    } else if (!looksJson(captured.body)
        && (formType || captured.body.startsWith("data=") || captured.body.startsWith("identification="))) {
        // A form kept as it came: rewrite the JSON inside its data/identification field, in the same encoding.
        QList<FormField> fields = splitForm(captured.body);
        bool ok = true;
        bool found = false;
        for (FormField& field : fields) {
            if (field.name != "data" && field.name != "identification")
                continue;
            found = true;
            const QByteArray value = formDecode(field.rawValue);
            QByteArray json;
            if (looksJson(value)) {
                ok = ok && rewriteText(value, json);
                field.rawValue = formEncode(json);
            } else {
                const QByteArray decoded = base64Decode(field.rawValue);
                ok = ok && !decoded.isEmpty() && rewriteText(decoded, json);
                field.rawValue = formEncode(json.toBase64());
            }
        }
        if (!found || !ok) {
            leave(found ? tr("the form's JSON could not be read") : tr("a form without a data field"));
        } else {
            QByteArrayList pairs;
            for (const FormField& field : std::as_const(fields))
                pairs.append(formEncode(field.name) + '=' + field.rawValue);
            request.body = pairs.join('&');
        }
    } else if (looksJson(captured.body)) {
        QByteArray json;
        if (!rewriteText(captured.body, json)) {
            leave(tr("the JSON body could not be read"));
        } else if (formType || compression == QLatin1String("base64")) {
            // Sent as a form (mixpanel-js, posthog-js base64 mode), kept decoded: encoded again as it came.
            const QByteArray field = captured.source == EventSource::Amplitude ? QByteArrayLiteral("identification")
                                                                               : QByteArrayLiteral("data");
            request.body = field + '=' + formEncode(json.toBase64());
            setHeader(request.headers, "Content-Type", "application/x-www-form-urlencoded");
        } else {
            request.body = json;
        }
    } else {
        leave(tr("the body is not JSON"));
    }

    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    request.url = url;
    if (!request.body.isEmpty() && headerValue(request.headers, "content-type").isEmpty())
        setHeader(request.headers, "Content-Type", "application/json");
    return result;
}

} // namespace Journey

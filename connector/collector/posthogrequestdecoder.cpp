// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "posthogrequestdecoder.h"

#include "core/gzipcodec.h"
#include "core/jsontypename.h"
#include "core/timestamp.h"
#include "requestbodyreader.h"

#include <QJsonArray>
#include <QUuid>

#include <cmath>

namespace Journey {

namespace {

// PostHog's capture service: 20 MB for /batch/, 2 MB for the single-event endpoints (decompressed).
constexpr qsizetype maxBatchBytes = 20 * 1024 * 1024;
constexpr qsizetype maxSingleBytes = 2 * 1024 * 1024;

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/*!
 * Rejects \a out with PostHog's error body: `{"type":"validation_error","code","detail","attr"}`, or for 401
 * `{"type":"authentication_error","code":"invalid_api_key",…}`.
 */
void rejectWith(
    DecodedRequest& out, int status, const QByteArray& code, const QString& detail, const QString& attr = QString())
{
    out.reject(status, code, detail);
    QJsonObject body;
    body.insert(QStringLiteral("type"),
        status == 401 ? QStringLiteral("authentication_error") : QStringLiteral("validation_error"));
    body.insert(QStringLiteral("code"), QString::fromLatin1(code));
    body.insert(QStringLiteral("detail"), detail);
    body.insert(QStringLiteral("attr"), attr.isEmpty() ? QJsonValue() : QJsonValue(attr));
    out.reply = CollectorReply { status, compact(body), QByteArrayLiteral("application/json"), 0 };
}

/// After RequestBodyReader rejected \a out: the same rejection with PostHog's error body.
void answerBodyRejection(DecodedRequest& out)
{
    rejectWith(out, out.status, out.errorCode, out.message);
}

/// Top-level members of a JSON object text that tell PostHog's body from others': a scan, not a parse.
struct TopLevelKeys
{
    bool batch = false;
    bool apiKey = false;
    bool events = false;
};

std::optional<TopLevelKeys> scanTopLevelKeys(QByteArrayView json)
{
    qsizetype i = 0;
    while (i < json.size() && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t'))
        ++i;
    if (i >= json.size() || json[i] != '{')
        return std::nullopt;
    TopLevelKeys keys;
    int depth = 0;
    bool expectKey = false;
    for (; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            ++depth;
            expectKey = depth == 1;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                break;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        } else if (c == ':' && depth == 1) {
            expectKey = false;
        } else if (c == '"') {
            qsizetype end = i + 1;
            while (end < json.size() && json[end] != '"')
                end += json[end] == '\\' ? 2 : 1;
            if (depth == 1 && expectKey) {
                const QByteArrayView key = json.sliced(i + 1, std::min(end, json.size()) - i - 1);
                keys.batch = keys.batch || key == "batch";
                keys.apiKey = keys.apiKey || key == "api_key";
                keys.events = keys.events || key == "events";
            }
            i = end;
        }
    }
    return keys;
}

/// A PostHog id (distinct_id, alias, $group_key): a string, or an integer written as one.
std::optional<QString> idText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Integers that a double holds exactly (|n| < 2^53) are written without a fraction.
        if (std::abs(number) < 9007199254740992.0 && number == std::trunc(number))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    return std::nullopt;
}

QString memberPath(const QString& where, const QString& member)
{
    return where.isEmpty() ? member : where + QLatin1Char('.') + member;
}

} // namespace

PostHogRequestDecoder::PostHogRequestDecoder(const CollectorConfig& config)
    : m_config(config)
    , m_flags(config.featureFlags)
{ }

std::optional<PostHogRequestDecoder::Endpoint> PostHogRequestDecoder::endpointFor(QStringView path)
{
    if (path == u"/i/v0/e" || path == u"/e" || path == u"/capture" || path == u"/track" || path == u"/engage")
        return Endpoint::Capture;
    if (path == u"/batch")
        return Endpoint::Batch;
    if (path == u"/flags")
        return Endpoint::Flags;
    if (path == u"/decide")
        return Endpoint::Decide;
    return std::nullopt;
}

QStringList PostHogRequestDecoder::prefixes() const
{
    return { QStringLiteral("posthog") };
}

QStringList PostHogRequestDecoder::paths() const
{
    return { QStringLiteral("/i/v0/e/"), QStringLiteral("/e/"), QStringLiteral("/capture/"), QStringLiteral("/batch/"),
        QStringLiteral("/track/"), QStringLiteral("/engage/"), QStringLiteral("/flags/"), QStringLiteral("/decide/") };
}

RequestDecoder::Claim PostHogRequestDecoder::claim(const CollectorRequest& request) const
{
    const QStringView path = request.trimmedPath();
    if (!endpointFor(path))
        return Claim::No;
    // /track/ and /engage/ are Mixpanel's too, /batch/ Amplitude's: claim those only when the request is clearly
    // PostHog's (posthog-js's compression query, posthog-node's gzip, a body with api_key or batch).
    if (path != u"/batch" && path != u"/track" && path != u"/engage")
        return Claim::Certain;
    if (!request.queryValue(QStringLiteral("compression")).isEmpty())
        return Claim::Certain;
    const QByteArray encoding = request.header("content-encoding").trimmed().toLower();
    if (encoding == "gzip" || encoding == "x-gzip" || GzipCodec::looksGzipped(request.body))
        return Claim::Certain;
    const auto keys = scanTopLevelKeys(request.body);
    // Amplitude's /batch body is {api_key, events}: leave that one to Amplitude.
    if (keys && (keys->batch || (keys->apiKey && !keys->events)))
        return Claim::Certain;
    return Claim::Path;
}

bool PostHogRequestDecoder::readBody(
    const CollectorRequest& request, Endpoint endpoint, QByteArray& json, DecodedRequest& out)
{
    const qsizetype limit = endpoint == Endpoint::Batch ? maxBatchBytes : maxSingleBytes;
    const QString limitText = QStringLiteral("PostHog accepts at most %1 KB per request to %2")
                                  .arg(RequestBodyReader::kilobytes(limit), request.fullPath);
    const QString compression = request.queryValue(QStringLiteral("compression")).trimmed().toLower();
    const auto unsupported = [&](const QString& name) {
        rejectWith(out, 415, "unsupported_compression",
            QStringLiteral("compression: %1 is not supported; send gzip-js, base64 or uncompressed JSON").arg(name),
            QStringLiteral("compression"));
        return false;
    };
    if (!compression.isEmpty() && compression != QLatin1String("gzip-js") && compression != QLatin1String("gzip")
        && compression != QLatin1String("base64"))
        return unsupported(compression);

    QByteArray raw;
    if (compression == QLatin1String("gzip-js") || compression == QLatin1String("gzip")) {
        QString reason;
        switch (GzipCodec::decompress(request.body, limit, raw, &reason)) {
        case GzipCodec::Result::Ok:
            break;
        case GzipCodec::Result::TooLarge:
            rejectWith(out, 413, "payload_too_large",
                QStringLiteral("the body is larger than %1 KB once decompressed; %2")
                    .arg(RequestBodyReader::kilobytes(limit), limitText));
            return false;
        case GzipCodec::Result::Corrupt:
            rejectWith(out, 400, "invalid_encoding",
                QStringLiteral("the body is marked compression=%1 but does not decompress: %2")
                    .arg(compression, reason),
                QStringLiteral("compression"));
            return false;
        }
    } else if (!RequestBodyReader::decompress(request, request.body, limit, limitText, raw, out)) {
        answerBodyRejection(out);
        return false;
    }

    // posthog-js's base64 mode: a form `data=<base64 of the JSON>`.
    const bool form
        = compression == QLatin1String("base64") || RequestBodyReader::isForm(request) || raw.startsWith("data=");
    if (!form) {
        json = std::move(raw);
        out.body = json;
        return true;
    }
    QList<RequestBodyReader::FormField> fields;
    QString error;
    if (!RequestBodyReader::parseForm(raw, fields, &error)) {
        rejectWith(out, 400, "invalid_payload", QStringLiteral("the form body: %1").arg(error));
        return false;
    }
    const QString formCompression
        = QString::fromUtf8(RequestBodyReader::formValue(fields, u"compression").value_or(QByteArray())).trimmed();
    if (!formCompression.isEmpty() && formCompression != QLatin1String("base64"))
        return unsupported(formCompression);
    const auto data = RequestBodyReader::formValue(fields, u"data");
    if (!data || data->trimmed().isEmpty()) {
        rejectWith(out, 400, "required", QStringLiteral("data: required (the form body has no data field)"),
            QStringLiteral("data"));
        return false;
    }
    const QByteArray trimmed = data->trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        json = trimmed;
    } else {
        auto decoded = RequestBodyReader::decodeBase64(trimmed);
        if (!decoded) {
            rejectWith(out, 400, "invalid_payload", QStringLiteral("data: not valid base64"), QStringLiteral("data"));
            return false;
        }
        json = std::move(*decoded);
    }
    out.body = json;
    return true;
}

void PostHogRequestDecoder::decode(const CollectorRequest& request, DecodedRequest& out)
{
    out.source = source();
    const auto endpoint = endpointFor(request.trimmedPath());
    if (!endpoint) {
        rejectWith(out, 404, "not_found", QStringLiteral("%1 is not a PostHog endpoint").arg(request.path));
        return;
    }
    if (request.method != "POST") {
        rejectWith(out, 405, "method_not_allowed",
            QStringLiteral("%1 takes POST, not %2").arg(request.fullPath, QString::fromLatin1(request.method)));
        return;
    }
    QByteArray json;
    if (!readBody(request, *endpoint, json, out))
        return;
    QString error;
    const auto document = RequestBodyReader::parseJson(json, QStringLiteral("the body"), &error);
    if (!document) {
        rejectWith(out, 400, "invalid_payload", error);
        return;
    }
    if (*endpoint == Endpoint::Flags || *endpoint == Endpoint::Decide)
        answerFlags(request, *endpoint, *document, out);
    else
        decodeEvents(request, *document, out);
}

void PostHogRequestDecoder::decodeEvents(
    const CollectorRequest& request, const QJsonDocument& document, DecodedRequest& out)
{
    enum class Shape { Single, Batch, Array };
    Shape shape = Shape::Single;
    QJsonArray events;
    QJsonObject batchContext; // the batch's own members besides api_key and batch: sent_at, historical_migration
    QList<QJsonValue> tokens;
    if (document.isArray()) {
        shape = Shape::Array;
        events = document.array();
    } else if (document.isObject() && document.object().contains(QLatin1String("batch"))) {
        shape = Shape::Batch;
        const QJsonObject body = document.object();
        const QJsonValue batch = body.value(QLatin1String("batch"));
        if (!batch.isArray()) {
            rejectWith(out, 400, "invalid_payload",
                QStringLiteral("batch: expected an array of events, got %1").arg(jsonTypeName(batch)),
                QStringLiteral("batch"));
            return;
        }
        events = batch.toArray();
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() == QLatin1String("api_key") || it.key() == QLatin1String("token"))
                tokens.append(it.value());
            else if (it.key() != QLatin1String("batch"))
                batchContext.insert(it.key(), it.value());
        }
    } else if (document.isObject()) {
        events.append(document.object());
    } else {
        rejectWith(out, 400, "invalid_payload", QStringLiteral("the body: expected a JSON object or array"));
        return;
    }
    if (events.isEmpty()) {
        rejectWith(out, 400, "no_data",
            QStringLiteral("%1: no events")
                .arg(shape == Shape::Batch ? QStringLiteral("batch") : QStringLiteral("the body")),
            shape == Shape::Batch ? QStringLiteral("batch") : QString());
        return;
    }
    const auto where = [shape](qsizetype i) {
        switch (shape) {
        case Shape::Single:
            return QString();
        case Shape::Batch:
            return QStringLiteral("batch[%1]").arg(i);
        case Shape::Array:
            break;
        }
        return QStringLiteral("[%1]").arg(i);
    };

    // The project API key: the body's api_key, an event's api_key / token, or properties.token (posthog-js).
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject event = events.at(i).toObject();
        tokens.append(event.value(QLatin1String("api_key")));
        tokens.append(event.value(QLatin1String("token")));
        tokens.append(event.value(QLatin1String("properties")).toObject().value(QLatin1String("token")));
    }
    bool haveToken = false;
    for (const QJsonValue& token : std::as_const(tokens)) {
        if (token.isString() && !token.toString().isEmpty()) {
            out.addSecret(token.toString().toUtf8());
            haveToken = true;
        }
    }
    if (!haveToken) {
        rejectWith(out, 401, "invalid_api_key",
            QStringLiteral("API key not found: send the project API key as \"api_key\" in the body (or as "
                           "properties.token in each event)"));
        return;
    }

    m_writer.begin(source(), request.receivedAt, 0);
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject message;
        Failure failure;
        if (!toCanonical(events.at(i), batchContext, where(i), message, failure)) {
            rejectWith(out, 400, failure.code, failure.detail, failure.attr);
            return;
        }
        QString error;
        bool tooLarge = false;
        if (!m_writer.append(message, out.events, where(i), &error, &tooLarge)) {
            rejectWith(out, tooLarge ? 413 : 400, tooLarge ? "payload_too_large" : "invalid_payload", error);
            return;
        }
    }
    out.status = 200;
    out.reply = CollectorReply { 200, QByteArrayLiteral("{\"status\":1}"), QByteArrayLiteral("application/json"), 0 };
}

bool PostHogRequestDecoder::toCanonical(const QJsonValue& value, const QJsonObject& batchContext, const QString& where,
    QJsonObject& message, Failure& failure)
{
    const auto fail = [&](const QByteArray& code, const QString& member, const QString& reason) {
        failure.code = code;
        failure.attr = memberPath(where, member);
        failure.detail = failure.attr + QStringLiteral(": ") + reason;
        return false;
    };
    if (!value.isObject()) {
        failure.code = "invalid_payload";
        failure.attr = where;
        failure.detail = QStringLiteral("%1: expected an event object, got %2")
                             .arg(where.isEmpty() ? QStringLiteral("the body") : where, jsonTypeName(value));
        return false;
    }
    const QJsonObject event = value.toObject();

    const QJsonValue name = event.value(QLatin1String("event"));
    if (name.isUndefined() || name.isNull() || (name.isString() && name.toString().isEmpty()))
        return fail("required", QStringLiteral("event"), QStringLiteral("required"));
    if (!name.isString())
        return fail("invalid_payload", QStringLiteral("event"),
            QStringLiteral("expected a string, got %1").arg(jsonTypeName(name)));
    const QString eventName = name.toString();

    const QJsonValue propertiesValue = event.value(QLatin1String("properties"));
    if (!propertiesValue.isUndefined() && !propertiesValue.isNull() && !propertiesValue.isObject())
        return fail("invalid_payload", QStringLiteral("properties"),
            QStringLiteral("expected an object, got %1").arg(jsonTypeName(propertiesValue)));
    QJsonObject properties = propertiesValue.toObject();

    QString distinctMember = QStringLiteral("distinct_id");
    QJsonValue distinctValue = event.value(QLatin1String("distinct_id"));
    if (distinctValue.isUndefined() || distinctValue.isNull()) {
        distinctValue = properties.value(QLatin1String("distinct_id"));
        if (!distinctValue.isUndefined() && !distinctValue.isNull())
            distinctMember = QStringLiteral("properties.distinct_id");
    }
    if (distinctValue.isUndefined() || distinctValue.isNull())
        return fail("required", QStringLiteral("distinct_id"), QStringLiteral("required"));
    const auto distinctId = idText(distinctValue);
    if (!distinctId)
        return fail("invalid_payload", distinctMember,
            QStringLiteral("expected a string or a number, got %1").arg(jsonTypeName(distinctValue)));
    if (distinctId->isEmpty())
        return fail("required", distinctMember, QStringLiteral("required, got an empty string"));

    const QJsonValue uuid = event.value(QLatin1String("uuid"));
    if (!uuid.isUndefined() && !uuid.isNull() && !uuid.isString())
        return fail(
            "invalid_payload", QStringLiteral("uuid"), QStringLiteral("expected a string, got %1").arg(jsonTypeName(uuid)));
    std::optional<qint64> timestamp;
    const QJsonValue time = event.value(QLatin1String("timestamp"));
    if (!time.isUndefined() && !time.isNull()) {
        if (!time.isString())
            return fail("invalid_payload", QStringLiteral("timestamp"),
                QStringLiteral("expected an ISO 8601 date-time, got %1").arg(jsonTypeName(time)));
        timestamp = Timestamp::parseIso8601(time.toString().toUtf8());
        if (!timestamp)
            return fail("invalid_payload", QStringLiteral("timestamp"),
                QStringLiteral("expected an ISO 8601 date-time, got \"%1\"").arg(time.toString()));
    }
    const QJsonValue topSet = event.value(QLatin1String("$set"));
    const QJsonValue topSetOnce = event.value(QLatin1String("$set_once"));
    for (const auto& [member, operation] :
        { std::pair { QStringLiteral("$set"), topSet }, std::pair { QStringLiteral("$set_once"), topSetOnce } }) {
        if (!operation.isUndefined() && !operation.isNull() && !operation.isObject())
            return fail(
                "invalid_payload", member, QStringLiteral("expected an object, got %1").arg(jsonTypeName(operation)));
    }

    // Everything PostHog-specific that has no canonical place: under context.posthog, verbatim.
    QJsonObject posthog = batchContext;
    posthog.insert(QStringLiteral("distinct_id"), distinctValue);
    static const QStringList known { QStringLiteral("event"), QStringLiteral("properties"),
        QStringLiteral("distinct_id"), QStringLiteral("uuid"), QStringLiteral("timestamp"), QStringLiteral("api_key"),
        QStringLiteral("token"), QStringLiteral("$set"), QStringLiteral("$set_once"), QStringLiteral("library"),
        QStringLiteral("library_version") };
    for (auto it = event.begin(); it != event.end(); ++it) {
        if (!known.contains(it.key()))
            posthog.insert(it.key(), it.value());
    }

    properties.remove(QLatin1String("token"));
    properties.remove(QLatin1String("distinct_id"));
    QJsonObject context;
    QJsonValue libraryName = properties.value(QLatin1String("$lib"));
    QJsonValue libraryVersion = properties.value(QLatin1String("$lib_version"));
    if (libraryName.isString())
        properties.remove(QLatin1String("$lib"));
    else
        libraryName = event.value(QLatin1String("library"));
    if (libraryVersion.isString())
        properties.remove(QLatin1String("$lib_version"));
    else
        libraryVersion = event.value(QLatin1String("library_version"));
    if (libraryName.isString() && !libraryName.toString().isEmpty()) {
        QJsonObject library { { QStringLiteral("name"), libraryName } };
        if (libraryVersion.isString())
            library.insert(QStringLiteral("version"), libraryVersion);
        context.insert(QStringLiteral("library"), library);
    }
    const QJsonValue ip = properties.value(QLatin1String("$ip"));
    if (ip.isString()) {
        properties.remove(QLatin1String("$ip"));
        if (!ip.toString().isEmpty())
            context.insert(QStringLiteral("ip"), ip);
    }

    const auto takeObject = [&](const QString& member, QJsonObject& result) {
        const QJsonValue operation = properties.take(member);
        if (!operation.isUndefined() && !operation.isNull() && !operation.isObject())
            return fail("invalid_payload", QStringLiteral("properties.") + member,
                QStringLiteral("expected an object, got %1").arg(jsonTypeName(operation)));
        result = operation.toObject();
        return true;
    };
    const auto keepTopLevelSets = [&] {
        if (topSet.isObject())
            posthog.insert(QStringLiteral("$set"), topSet);
        if (topSetOnce.isObject())
            posthog.insert(QStringLiteral("$set_once"), topSetOnce);
    };

    message = QJsonObject();
    if (eventName == QLatin1String("$identify")) {
        QJsonObject set;
        QJsonObject setOnce;
        if (!takeObject(QStringLiteral("$set"), set) || !takeObject(QStringLiteral("$set_once"), setOnce))
            return false;
        // As PostHog's ingestion: the top-level $set / $set_once win over the ones in properties.
        const QJsonObject topSetObject = topSet.toObject();
        for (auto it = topSetObject.begin(); it != topSetObject.end(); ++it)
            set.insert(it.key(), it.value());
        const QJsonObject topSetOnceObject = topSetOnce.toObject();
        for (auto it = topSetOnceObject.begin(); it != topSetOnceObject.end(); ++it)
            setOnce.insert(it.key(), it.value());
        QJsonObject traits = set;
        for (auto it = setOnce.begin(); it != setOnce.end(); ++it) {
            if (!traits.contains(it.key()))
                traits.insert(it.key(), it.value());
        }
        const QJsonValue anonymous = properties.take(QLatin1String("$anon_distinct_id"));
        message.insert(QStringLiteral("type"), QStringLiteral("identify"));
        message.insert(QStringLiteral("userId"), *distinctId);
        if (!anonymous.isUndefined() && !anonymous.isNull()) {
            const auto anonymousId = idText(anonymous);
            if (!anonymousId)
                return fail("invalid_payload", QStringLiteral("properties.$anon_distinct_id"),
                    QStringLiteral("expected a string or a number, got %1").arg(jsonTypeName(anonymous)));
            if (!anonymousId->isEmpty())
                message.insert(QStringLiteral("anonymousId"), *anonymousId);
        }
        message.insert(QStringLiteral("traits"), traits);
        if (!setOnce.isEmpty())
            posthog.insert(QStringLiteral("$set_once"), setOnce);
        if (!properties.isEmpty())
            posthog.insert(QStringLiteral("properties"), properties);
    } else if (eventName == QLatin1String("$create_alias")) {
        const QJsonValue alias = properties.take(QLatin1String("alias"));
        if (alias.isUndefined() || alias.isNull())
            return fail("required", QStringLiteral("properties.alias"), QStringLiteral("required"));
        const auto previousId = idText(alias);
        if (!previousId || previousId->isEmpty())
            return fail("invalid_payload", QStringLiteral("properties.alias"),
                QStringLiteral("expected a non-empty string or a number, got %1").arg(jsonTypeName(alias)));
        message.insert(QStringLiteral("type"), QStringLiteral("alias"));
        message.insert(QStringLiteral("userId"), *distinctId);
        message.insert(QStringLiteral("previousId"), *previousId);
        keepTopLevelSets();
        if (!properties.isEmpty())
            posthog.insert(QStringLiteral("properties"), properties);
    } else if (eventName == QLatin1String("$groupidentify")) {
        const QJsonValue groupType = properties.take(QLatin1String("$group_type"));
        if (groupType.isUndefined() || groupType.isNull())
            return fail("required", QStringLiteral("properties.$group_type"), QStringLiteral("required"));
        if (!groupType.isString() || groupType.toString().isEmpty())
            return fail("invalid_payload", QStringLiteral("properties.$group_type"),
                QStringLiteral("expected a non-empty string, got %1").arg(jsonTypeName(groupType)));
        const QJsonValue groupKey = properties.take(QLatin1String("$group_key"));
        if (groupKey.isUndefined() || groupKey.isNull())
            return fail("required", QStringLiteral("properties.$group_key"), QStringLiteral("required"));
        const auto groupId = idText(groupKey);
        if (!groupId || groupId->isEmpty())
            return fail("invalid_payload", QStringLiteral("properties.$group_key"),
                QStringLiteral("expected a non-empty string or a number, got %1").arg(jsonTypeName(groupKey)));
        QJsonObject groupSet;
        if (!takeObject(QStringLiteral("$group_set"), groupSet))
            return false;
        message.insert(QStringLiteral("type"), QStringLiteral("group"));
        message.insert(QStringLiteral("groupId"), *groupId);
        message.insert(QStringLiteral("traits"), groupSet);
        posthog.insert(QStringLiteral("group_type"), groupType);
        keepTopLevelSets();
        if (!properties.isEmpty())
            posthog.insert(QStringLiteral("properties"), properties);
    } else {
        // A person seen only by their device is anonymous; posthog-js sends the device id as $device_id.
        const QJsonValue deviceId = properties.value(QLatin1String("$device_id"));
        const bool anonymous = deviceId.isString() && deviceId.toString() == *distinctId;
        message.insert(anonymous ? QStringLiteral("anonymousId") : QStringLiteral("userId"), *distinctId);
        if (eventName == QLatin1String("$pageview")) {
            // posthog-js sends the page title as `title`; other SDKs as $title.
            QJsonValue title = properties.value(QLatin1String("$title"));
            if (!title.isString())
                title = properties.value(QLatin1String("title"));
            message.insert(QStringLiteral("type"), QStringLiteral("page"));
            if (title.isString())
                message.insert(QStringLiteral("name"), title);
            for (const auto& [canonical, posthogName] :
                { std::pair { QStringLiteral("url"), QStringLiteral("$current_url") },
                    std::pair { QStringLiteral("path"), QStringLiteral("$pathname") },
                    std::pair { QStringLiteral("referrer"), QStringLiteral("$referrer") } }) {
                const QJsonValue pageValue = properties.value(posthogName);
                if (!pageValue.isUndefined() && !pageValue.isNull() && !properties.contains(canonical))
                    properties.insert(canonical, pageValue);
            }
            if (title.isString() && !properties.contains(QLatin1String("title")))
                properties.insert(QStringLiteral("title"), title);
        } else if (eventName == QLatin1String("$screen")) {
            message.insert(QStringLiteral("type"), QStringLiteral("screen"));
            const QJsonValue screenName = properties.value(QLatin1String("$screen_name"));
            if (screenName.isString())
                message.insert(QStringLiteral("name"), screenName);
        } else {
            message.insert(QStringLiteral("type"), QStringLiteral("track"));
            message.insert(QStringLiteral("event"), eventName);
        }
        message.insert(QStringLiteral("properties"), properties);
        keepTopLevelSets();
    }

    if (uuid.isString() && !uuid.toString().isEmpty())
        message.insert(QStringLiteral("messageId"), uuid);
    if (timestamp)
        message.insert(QStringLiteral("timestamp"), CanonicalEventWriter::timestamp(*timestamp));
    context.insert(QStringLiteral("posthog"), posthog);
    message.insert(QStringLiteral("context"), context);
    return true;
}

void PostHogRequestDecoder::answerFlags(
    const CollectorRequest& request, Endpoint endpoint, const QJsonDocument& document, DecodedRequest& out) const
{
    if (!document.isObject()) {
        rejectWith(out, 400, "invalid_payload", QStringLiteral("the body: expected a JSON object"));
        return;
    }
    const QJsonObject body = document.object();
    bool haveToken = false;
    for (const QJsonValue& token : { body.value(QLatin1String("token")), body.value(QLatin1String("api_key")) }) {
        if (token.isString() && !token.toString().isEmpty()) {
            out.addSecret(token.toString().toUtf8());
            haveToken = true;
        }
    }
    if (!haveToken) {
        rejectWith(out, 401, "invalid_api_key",
            QStringLiteral("API key not found: send the project API key as \"token\" in the body"));
        return;
    }
    const QJsonValue distinctId = body.value(QLatin1String("distinct_id"));
    if (distinctId.isUndefined() || distinctId.isNull() || distinctId.toString(QStringLiteral("x")).isEmpty()) {
        rejectWith(out, 400, "required", QStringLiteral("distinct_id: required"), QStringLiteral("distinct_id"));
        return;
    }
    if (!idText(distinctId)) {
        rejectWith(out, 400, "invalid_payload",
            QStringLiteral("distinct_id: expected a string or a number, got %1").arg(jsonTypeName(distinctId)),
            QStringLiteral("distinct_id"));
        return;
    }
    std::optional<QStringList> onlyKeys;
    const QJsonValue keys = body.value(QLatin1String("flag_keys_to_evaluate"));
    if (!keys.isUndefined() && !keys.isNull()) {
        const QJsonArray keyArray = keys.toArray();
        onlyKeys.emplace();
        bool valid = keys.isArray();
        for (const QJsonValue& key : keyArray) {
            valid = valid && key.isString();
            onlyKeys->append(key.toString());
        }
        if (!valid) {
            rejectWith(out, 400, "invalid_payload",
                QStringLiteral("flag_keys_to_evaluate: expected an array of flag keys"),
                QStringLiteral("flag_keys_to_evaluate"));
            return;
        }
    }
    bool numeric = false;
    const int requested = request.queryValue(QStringLiteral("v")).toInt(&numeric);
    const std::optional<int> version = numeric ? std::optional<int>(requested) : std::nullopt;
    const QJsonObject answer = m_flags.answer(
        endpoint == Endpoint::Flags ? PostHogFlagResponder::Api::Flags : PostHogFlagResponder::Api::Decide, version,
        onlyKeys, QUuid::createUuid().toString(QUuid::WithoutBraces), request.receivedAt);
    out.status = 200;
    out.record = false;
    out.reply = CollectorReply { 200, compact(answer), QByteArrayLiteral("application/json"), 0 };
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "amplituderequestdecoder.h"

#include "core/gzipcodec.h"
#include "core/jsontypename.h"
#include "requestbodyreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <cmath>

namespace Journey {

namespace {

// Amplitude's limits (../shared/reference/providers.md §3.3).
constexpr qsizetype maxHttpApiBytes = 1024 * 1024;
constexpr qsizetype maxBatchBytes = 20 * 1024 * 1024;
constexpr qsizetype maxIdentifyBytes = 1024 * 1024;
constexpr int maxEventsPerRequest = 2000;
constexpr int defaultMinIdLength = 5;

/// What a request carries: events (HTTP V2 and Batch), identify records, group identify records.
enum class RecordKind {
    Event,
    Identification,
    GroupIdentification,
};

bool isAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

bool isIntegral(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9007199254740992.0;
}

/// An id as text: strings as they are, integers in decimal; nothing for other types.
std::optional<QString> idText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (isIntegral(value))
        return QString::number(qint64(value.toDouble()));
    return std::nullopt;
}

/// Ids Amplitude refuses (its HTTP V2 documentation), compared without case.
bool isRefusedId(const QString& id)
{
    static const QStringList refused { QStringLiteral("anonymous"), QStringLiteral("nil"), QStringLiteral("none"),
        QStringLiteral("null"), QStringLiteral("n/a"), QStringLiteral("na"), QStringLiteral("undefined"),
        QStringLiteral("unknown"), QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("lmy47d"),
        QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("{}") };
    return refused.contains(id.trimmed().toLower());
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Rejects \a out and answers as Amplitude: status \a status with `{"code": status, "error": …, …extra}`.
void rejectWith(DecodedRequest& out, int status, const QByteArray& errorCode, const QString& message,
    const QString& amplitudeError, QJsonObject extra = {})
{
    out.reject(status, errorCode, message);
    extra.insert(QStringLiteral("code"), status);
    extra.insert(QStringLiteral("error"), amplitudeError);
    out.reply = CollectorReply { status, compact(extra), QByteArrayLiteral("application/json"), 0 };
}

void rejectTooLarge(DecodedRequest& out, const QString& message)
{
    rejectWith(out, 413, "payload_too_large", message, QStringLiteral("Payload too large"));
}

/// After RequestBodyReader rejected \a out: gives the rejection Amplitude's answer.
void answerBodyRejection(DecodedRequest& out)
{
    if (out.status == 413) {
        rejectTooLarge(out, out.message);
        return;
    }
    rejectWith(
        out, out.status, out.errorCode, out.message, QStringLiteral("Invalid request body: %1").arg(out.message));
}

/*!
 * The api_key of a request refused before its body was read (wrong method, malformed form), so that it is
 * masked in what is kept of it: the JSON member, or the form or query field, read leniently.
 */
QByteArray apiKeyOfUnreadRequest(const CollectorRequest& request)
{
    const QByteArray body = request.body.trimmed();
    if (body.startsWith('{')) {
        const QJsonValue key = QJsonDocument::fromJson(body).object().value(QLatin1String("api_key"));
        if (key.isString())
            return key.toString().toUtf8();
    }
    for (const QByteArray& pair : body.split('&')) {
        if (pair.startsWith("api_key="))
            return QByteArray::fromPercentEncoding(pair.mid(8).replace('+', ' '));
    }
    return request.queryValue(QStringLiteral("api_key")).toUtf8();
}

/// Whether the JSON text \a json is an object with members `events` and `api_key`: a scan, not a parse.
bool hasEventsAndApiKey(QByteArrayView json)
{
    const qsizetype size = json.size();
    qsizetype i = 0;
    while (i < size && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t'))
        ++i;
    if (i >= size || json[i] != '{')
        return false;
    int depth = 0;
    bool expectKey = false;
    bool events = false;
    bool apiKey = false;
    for (; i < size; ++i) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype start = ++i;
            while (i < size && json[i] != '"') {
                if (json[i] == '\\')
                    ++i;
                ++i;
            }
            if (i >= size)
                return false;
            if (depth == 1 && expectKey) {
                const QByteArrayView key = json.sliced(start, i - start);
                events = events || key == "events";
                apiKey = apiKey || key == "api_key";
                if (events && apiKey)
                    return true;
                expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
            if (depth <= 0)
                return false;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return false;
}

/// Indices of bad records by field, as Amplitude lists them, plus the first reason for the message.
struct RecordProblems
{
    QMap<QString, QList<int>> invalidFields;
    QMap<QString, QList<int>> missingFields;
    QMap<QString, QList<int>> invalidIdLengths;
    QString firstReason;

    bool isEmpty() const { return invalidFields.isEmpty() && missingFields.isEmpty() && invalidIdLengths.isEmpty(); }

    void add(QMap<QString, QList<int>>& map, const QString& field, int index, const QString& reason)
    {
        QList<int>& indices = map[field];
        if (indices.isEmpty() || indices.constLast() != index)
            indices.append(index);
        if (firstReason.isEmpty())
            firstReason = reason;
    }
    void invalid(const QString& field, int index, const QString& reason) { add(invalidFields, field, index, reason); }
    void missing(const QString& field, int index, const QString& reason) { add(missingFields, field, index, reason); }
    void idLength(const QString& field, int index, const QString& reason)
    {
        add(invalidIdLengths, field, index, reason);
    }

    static QJsonObject toJson(const QMap<QString, QList<int>>& map)
    {
        QJsonObject object;
        for (auto it = map.begin(); it != map.end(); ++it) {
            QJsonArray indices;
            for (int index : it.value())
                indices.append(index);
            object.insert(it.key(), indices);
        }
        return object;
    }
};

/// Checks record \a index as Amplitude does; \a where prefixes the reasons ("events[3]").
void checkRecord(const QJsonValue& value, int index, RecordKind kind, int minIdLength, const QString& where,
    RecordProblems& problems)
{
    if (!value.isObject()) {
        problems.invalid(QStringLiteral("event"), index,
            QStringLiteral("%1: expected an object, got %2").arg(where, jsonTypeName(value)));
        return;
    }
    const QJsonObject record = value.toObject();

    if (kind == RecordKind::GroupIdentification) {
        for (const char* key : { "group_type", "group_value" }) {
            const QJsonValue member = record.value(QLatin1String(key));
            const QString field = QLatin1String(key);
            if (isAbsent(member) || (member.isString() && member.toString().isEmpty()))
                problems.missing(field, index, QStringLiteral("%1.%2: required").arg(where, field));
            else if (!idText(member))
                problems.invalid(field, index,
                    QStringLiteral("%1.%2: expected a string, got %3").arg(where, field, jsonTypeName(member)));
        }
        const QJsonValue properties = record.value(QLatin1String("group_properties"));
        if (!isAbsent(properties) && !properties.isObject())
            problems.invalid(QStringLiteral("group_properties"), index,
                QStringLiteral("%1.group_properties: expected an object, got %2").arg(where, jsonTypeName(properties)));
        return;
    }

    const QString eventType = record.value(QLatin1String("event_type")).toString();
    if (kind == RecordKind::Event) {
        const QJsonValue type = record.value(QLatin1String("event_type"));
        if (isAbsent(type) || (type.isString() && type.toString().isEmpty()))
            problems.missing(QStringLiteral("event_type"), index, QStringLiteral("%1.event_type: required").arg(where));
        else if (!type.isString())
            problems.invalid(QStringLiteral("event_type"), index,
                QStringLiteral("%1.event_type: expected a string, got %2").arg(where, jsonTypeName(type)));
    }

    bool hasId = false;
    for (const char* key : { "user_id", "device_id" }) {
        const QString field = QLatin1String(key);
        const QJsonValue member = record.value(field);
        if (isAbsent(member))
            continue;
        const auto id = idText(member);
        if (!id) {
            problems.invalid(
                field, index, QStringLiteral("%1.%2: expected a string, got %3").arg(where, field, jsonTypeName(member)));
            hasId = true; // reported already; not "missing" as well
            continue;
        }
        if (id->isEmpty())
            continue;
        hasId = true;
        if (isRefusedId(*id))
            problems.invalid(
                field, index, QStringLiteral("%1.%2: '%3' is one of the ids Amplitude refuses").arg(where, field, *id));
        else if (id->size() < minIdLength)
            problems.idLength(field, index,
                QStringLiteral("%1.%2: '%3' is shorter than %4 characters (options.min_id_length)")
                    .arg(where, field, *id)
                    .arg(minIdLength));
    }
    if (!hasId)
        problems.missing(
            QStringLiteral("user_id"), index, QStringLiteral("%1: needs a user_id or a device_id").arg(where));

    const QJsonValue time = record.value(QLatin1String("time"));
    if (!isAbsent(time) && (!isIntegral(time) || time.toDouble() < 0))
        problems.invalid(QStringLiteral("time"), index,
            QStringLiteral("%1.time: expected milliseconds since 1970, got %2")
                .arg(where, time.isDouble() ? QStringLiteral("%1").arg(time.toDouble()) : jsonTypeName(time)));
    const QJsonValue sessionId = record.value(QLatin1String("session_id"));
    if (!isAbsent(sessionId) && !isIntegral(sessionId))
        problems.invalid(QStringLiteral("session_id"), index,
            QStringLiteral("%1.session_id: expected milliseconds since 1970 (or -1), got %2")
                .arg(where, jsonTypeName(sessionId)));
    const QJsonValue insertId = record.value(QLatin1String("insert_id"));
    if (!isAbsent(insertId) && !insertId.isString())
        problems.invalid(QStringLiteral("insert_id"), index,
            QStringLiteral("%1.insert_id: expected a string, got %2").arg(where, jsonTypeName(insertId)));
    for (const char* key : { "event_properties", "user_properties", "group_properties", "groups" }) {
        const QString field = QLatin1String(key);
        const QJsonValue member = record.value(field);
        if (!isAbsent(member) && !member.isObject())
            problems.invalid(
                field, index, QStringLiteral("%1.%2: expected an object, got %3").arg(where, field, jsonTypeName(member)));
    }
    if (kind == RecordKind::Event && eventType == QLatin1String("$groupidentify")
        && record.value(QLatin1String("groups")).toObject().isEmpty())
        problems.missing(QStringLiteral("groups"), index,
            QStringLiteral("%1.groups: required for $groupidentify (the group to describe)").arg(where));
}

/// Traits from Amplitude property operations: bare keys and `$set`, then the `$setOnce` keys not set already.
QJsonObject traitsFrom(const QJsonObject& operations)
{
    QJsonObject traits;
    for (auto it = operations.begin(); it != operations.end(); ++it) {
        if (!it.key().startsWith(u'$'))
            traits.insert(it.key(), it.value());
    }
    const QJsonObject set = operations.value(QLatin1String("$set")).toObject();
    for (auto it = set.begin(); it != set.end(); ++it)
        traits.insert(it.key(), it.value());
    const QJsonObject setOnce = operations.value(QLatin1String("$setOnce")).toObject();
    for (auto it = setOnce.begin(); it != setOnce.end(); ++it) {
        if (!traits.contains(it.key()))
            traits.insert(it.key(), it.value());
    }
    return traits;
}

/// Sets context[\a object][\a key] = \a value.
void insertNested(QJsonObject& context, const QString& object, const QString& key, const QJsonValue& value)
{
    QJsonObject inner = context.value(object).toObject();
    inner.insert(key, value);
    context.insert(object, inner);
}

/// The canonical message for one record (checked already). \a requestContext: request members kept for every event.
QJsonObject canonicalMessage(const QJsonObject& record, RecordKind kind, const QJsonObject& requestContext)
{
    QJsonObject message;
    QJsonObject context;
    QJsonObject amplitude = requestContext;
    QJsonObject properties = record.value(QLatin1String("event_properties")).toObject();
    const QString eventType = record.value(QLatin1String("event_type")).toString();

    // The call.
    QString type = QStringLiteral("track");
    if (kind == RecordKind::Identification || (kind == RecordKind::Event && eventType == QLatin1String("$identify")))
        type = QStringLiteral("identify");
    else if (kind == RecordKind::GroupIdentification
        || (kind == RecordKind::Event && eventType == QLatin1String("$groupidentify")))
        type = QStringLiteral("group");
    else if (eventType == QLatin1String("[Amplitude] Page Viewed"))
        type = QStringLiteral("page");
    else if (eventType == QLatin1String("[Amplitude] Screen Viewed"))
        type = QStringLiteral("screen");
    message.insert(QStringLiteral("type"), type);
    const bool hasProperties
        = type == QLatin1String("track") || type == QLatin1String("page") || type == QLatin1String("screen");

    if (type == QLatin1String("track")) {
        message.insert(QStringLiteral("event"), eventType);
    } else if (type == QLatin1String("page")) {
        const QJsonValue title = properties.value(QLatin1String("[Amplitude] Page Title"));
        if (title.isString())
            message.insert(QStringLiteral("name"), title);
    } else if (type == QLatin1String("screen")) {
        const QJsonValue name = properties.value(QLatin1String("[Amplitude] Screen Name"));
        if (name.isString())
            message.insert(QStringLiteral("name"), name);
    } else if (type == QLatin1String("identify")) {
        const QJsonObject userProperties = record.value(QLatin1String("user_properties")).toObject();
        message.insert(QStringLiteral("traits"), traitsFrom(userProperties));
    } else if (kind == RecordKind::GroupIdentification) {
        message.insert(QStringLiteral("groupId"), *idText(record.value(QLatin1String("group_value"))));
        amplitude.insert(QStringLiteral("group_type"), record.value(QLatin1String("group_type")));
        message.insert(
            QStringLiteral("traits"), traitsFrom(record.value(QLatin1String("group_properties")).toObject()));
    } else {
        // $groupidentify: the first group names the group.
        const QJsonObject groups = record.value(QLatin1String("groups")).toObject();
        const QJsonValue first = groups.begin().value();
        const QJsonValue value = first.isArray() ? first.toArray().first() : first;
        message.insert(QStringLiteral("groupId"), idText(value).value_or(QString()));
        amplitude.insert(QStringLiteral("group_type"), groups.begin().key());
        message.insert(
            QStringLiteral("traits"), traitsFrom(record.value(QLatin1String("group_properties")).toObject()));
    }

    // Every member: a canonical field, a context field, or kept under context.amplitude.
    static const QStringList revenueFields { QStringLiteral("price"), QStringLiteral("quantity"),
        QStringLiteral("revenue"), QStringLiteral("currency"), QStringLiteral("productId"),
        QStringLiteral("revenueType") };
    const bool hasIdfa = !isAbsent(record.value(QLatin1String("idfa")));
    for (auto it = record.begin(); it != record.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue& value = it.value();
        if (isAbsent(value))
            continue;
        if (key == QLatin1String("event_type") || key == QLatin1String("event_properties")) {
            continue; // the call and its properties
        } else if (key == QLatin1String("user_id")) {
            if (const auto id = idText(value); id && !id->isEmpty())
                message.insert(QStringLiteral("userId"), *id);
        } else if (key == QLatin1String("device_id")) {
            if (const auto id = idText(value); id && !id->isEmpty())
                message.insert(QStringLiteral("anonymousId"), *id);
        } else if (key == QLatin1String("time")) {
            message.insert(QStringLiteral("timestamp"), CanonicalEventWriter::timestamp(qint64(value.toDouble())));
        } else if (key == QLatin1String("insert_id")) {
            message.insert(QStringLiteral("messageId"), value);
        } else if (key == QLatin1String("group_value") || key == QLatin1String("group_type")) {
            if (kind != RecordKind::GroupIdentification)
                amplitude.insert(key, value);
        } else if (revenueFields.contains(key)) {
            const QString name = key == QLatin1String("productId") ? QStringLiteral("product_id") : key;
            if (hasProperties && !properties.contains(name))
                properties.insert(name, value);
            else
                amplitude.insert(key, value);
        } else if (key == QLatin1String("app_version")) {
            insertNested(context, QStringLiteral("app"), QStringLiteral("version"), value);
        } else if (key == QLatin1String("os_name")) {
            insertNested(context, QStringLiteral("os"), QStringLiteral("name"), value);
        } else if (key == QLatin1String("os_version")) {
            insertNested(context, QStringLiteral("os"), QStringLiteral("version"), value);
        } else if (key == QLatin1String("device_manufacturer")) {
            insertNested(context, QStringLiteral("device"), QStringLiteral("manufacturer"), value);
        } else if (key == QLatin1String("device_model")) {
            insertNested(context, QStringLiteral("device"), QStringLiteral("model"), value);
        } else if (key == QLatin1String("idfa") || (key == QLatin1String("adid") && !hasIdfa)) {
            insertNested(context, QStringLiteral("device"), QStringLiteral("advertisingId"), value);
        } else if (key == QLatin1String("carrier")) {
            insertNested(context, QStringLiteral("network"), QStringLiteral("carrier"), value);
        } else if (key == QLatin1String("country") || key == QLatin1String("region") || key == QLatin1String("city")) {
            insertNested(context, QStringLiteral("location"), key, value);
        } else if (key == QLatin1String("location_lat")) {
            insertNested(context, QStringLiteral("location"), QStringLiteral("latitude"), value);
        } else if (key == QLatin1String("location_lng")) {
            insertNested(context, QStringLiteral("location"), QStringLiteral("longitude"), value);
        } else if (key == QLatin1String("language")) {
            context.insert(QStringLiteral("locale"), value);
        } else if (key == QLatin1String("ip") && value.toString() != QLatin1String("$remote")) {
            context.insert(QStringLiteral("ip"), value);
        } else if (key == QLatin1String("user_agent")) {
            context.insert(QStringLiteral("userAgent"), value);
        } else if (key == QLatin1String("library") && value.isString()) {
            // "amplitude-node-ts/1.5.0"
            const QString library = value.toString();
            const qsizetype slash = library.lastIndexOf(u'/');
            QJsonObject object { { QStringLiteral("name"), slash < 0 ? library : library.left(slash) } };
            if (slash >= 0)
                object.insert(QStringLiteral("version"), library.mid(slash + 1));
            context.insert(QStringLiteral("library"), object);
        } else {
            // user_properties, group_properties, groups, session_id, event_id, platform, plan, … verbatim.
            amplitude.insert(key, value);
        }
    }

    if (hasProperties)
        message.insert(QStringLiteral("properties"), properties);
    else if (!properties.isEmpty())
        amplitude.insert(QStringLiteral("event_properties"), properties);
    if (!amplitude.isEmpty())
        context.insert(QStringLiteral("amplitude"), amplitude);
    message.insert(QStringLiteral("context"), context);
    return message;
}

/// Rejects \a out with Amplitude's answer for records that failed its checks.
void rejectRecords(DecodedRequest& out, const RecordProblems& problems, const QString& what)
{
    QJsonObject extra {
        { QStringLiteral("events_with_invalid_fields"), RecordProblems::toJson(problems.invalidFields) },
        { QStringLiteral("events_with_missing_fields"), RecordProblems::toJson(problems.missingFields) },
    };
    if (!problems.invalidIdLengths.isEmpty())
        extra.insert(
            QStringLiteral("events_with_invalid_id_lengths"), RecordProblems::toJson(problems.invalidIdLengths));
    rejectWith(out, 400, "invalid_request", problems.firstReason,
        QStringLiteral("Invalid field values on some %1: %2").arg(what, problems.firstReason), extra);
}

} // namespace

AmplitudeRequestDecoder::AmplitudeRequestDecoder(const CollectorConfig& config)
    : m_config(config)
{ }

std::optional<AmplitudeRequestDecoder::Endpoint> AmplitudeRequestDecoder::endpointFor(QStringView path)
{
    if (path == u"/2/httpapi")
        return Endpoint::HttpApi;
    if (path == u"/batch")
        return Endpoint::Batch;
    if (path == u"/identify")
        return Endpoint::Identify;
    if (path == u"/groupidentify")
        return Endpoint::GroupIdentify;
    return std::nullopt;
}

QStringList AmplitudeRequestDecoder::prefixes() const
{
    return { QStringLiteral("amplitude") };
}

QStringList AmplitudeRequestDecoder::paths() const
{
    return { QStringLiteral("/2/httpapi"), QStringLiteral("/batch"), QStringLiteral("/identify"),
        QStringLiteral("/groupidentify") };
}

RequestDecoder::Claim AmplitudeRequestDecoder::claim(const CollectorRequest& request) const
{
    const auto endpoint = endpointFor(request.trimmedPath());
    if (!endpoint)
        return Claim::No;
    if (*endpoint != Endpoint::Batch)
        return Claim::Certain;
    // Shared with PostHog's /batch/: Amplitude's body is an object with "events" and "api_key".
    if (!GzipCodec::looksGzipped(request.body) && hasEventsAndApiKey(request.body))
        return Claim::Certain;
    return Claim::Path;
}

void AmplitudeRequestDecoder::decode(const CollectorRequest& request, DecodedRequest& out)
{
    out.source = source();
    const auto endpoint = endpointFor(request.trimmedPath());
    const auto refuse = [&](int status, const QByteArray& code, const QString& message, const QString& amplitudeError) {
        out.addSecret(apiKeyOfUnreadRequest(request));
        rejectWith(out, status, code, message, amplitudeError);
    };
    if (!endpoint) {
        refuse(404, "not_found", QStringLiteral("%1 is not an Amplitude endpoint").arg(request.path),
            QStringLiteral("Invalid request path"));
        return;
    }
    const bool identify = *endpoint == Endpoint::Identify || *endpoint == Endpoint::GroupIdentify;
    // The Identify APIs also take their fields in a GET query (Amplitude answers 414 to one too long).
    if (request.method != "POST" && !(identify && request.method == "GET")) {
        const QString message
            = QStringLiteral("%1 takes POST, not %2").arg(request.fullPath, QString::fromLatin1(request.method));
        refuse(405, "method_not_allowed", message, message);
        return;
    }
    if (identify)
        decodeIdentifications(request, *endpoint, out);
    else
        decodeEvents(request, *endpoint, out);
}

void AmplitudeRequestDecoder::decodeEvents(const CollectorRequest& request, Endpoint endpoint, DecodedRequest& out)
{
    const bool batch = endpoint == Endpoint::Batch;
    const qsizetype limit = batch ? maxBatchBytes : maxHttpApiBytes;
    const QString limitText = batch ? QStringLiteral("Amplitude's Batch API takes at most 20 MB per request")
                                    : QStringLiteral("Amplitude's HTTP V2 API takes less than 1 MB per request");
    if (!RequestBodyReader::decompress(request, request.body, limit, limitText, out.body, out)) {
        answerBodyRejection(out);
        return;
    }
    if (out.body.trimmed().isEmpty()) {
        rejectWith(out, 400, "invalid_request", QStringLiteral("body: empty; expected {\"api_key\", \"events\"}"),
            QStringLiteral("Missing request body"));
        return;
    }
    QString error;
    const auto document = RequestBodyReader::parseJson(out.body, QStringLiteral("body"), &error);
    if (!document || !document->isObject()) {
        if (document)
            error = QStringLiteral("body: expected a JSON object, got %1")
                        .arg(document->isArray() ? QStringLiteral("an array") : QStringLiteral("a value"));
        rejectWith(out, 400, "invalid_json", error, QStringLiteral("Invalid JSON request body: %1").arg(error));
        return;
    }
    const QJsonObject body = document->object();

    const QJsonValue apiKey = body.value(QLatin1String("api_key"));
    if (apiKey.isString())
        out.addSecret(apiKey.toString().toUtf8());
    if (!apiKey.isString() || apiKey.toString().isEmpty()) {
        rejectWith(out, 400, "missing_api_key", QStringLiteral("api_key: required (the project's API key)"),
            QStringLiteral("Request missing required field"),
            { { QStringLiteral("missing_field"), QStringLiteral("api_key") } });
        return;
    }
    const QJsonValue eventsValue = body.value(QLatin1String("events"));
    if (isAbsent(eventsValue) || (eventsValue.isArray() && eventsValue.toArray().isEmpty())) {
        rejectWith(out, 400, "invalid_request", QStringLiteral("events: required; send at least one event"),
            QStringLiteral("Request missing required field"),
            { { QStringLiteral("missing_field"), QStringLiteral("events") } });
        return;
    }
    if (!eventsValue.isArray()) {
        const QString message = QStringLiteral("events: expected an array, got %1").arg(jsonTypeName(eventsValue));
        rejectWith(out, 400, "invalid_request", message, QStringLiteral("Invalid event JSON: %1").arg(message));
        return;
    }
    const QJsonArray events = eventsValue.toArray();
    if (events.size() > maxEventsPerRequest) {
        rejectTooLarge(out,
            QStringLiteral("events: %1 events; Amplitude takes at most %2 per request")
                .arg(events.size())
                .arg(maxEventsPerRequest));
        return;
    }
    int minIdLength = defaultMinIdLength;
    const QJsonValue options = body.value(QLatin1String("options"));
    if (!isAbsent(options)) {
        const QJsonValue minLength = options.toObject().value(QLatin1String("min_id_length"));
        if (!options.isObject() || (!isAbsent(minLength) && (!isIntegral(minLength) || minLength.toDouble() < 0))) {
            const QString message = options.isObject()
                ? QStringLiteral("options.min_id_length: expected a whole number, got %1").arg(jsonTypeName(minLength))
                : QStringLiteral("options: expected an object, got %1").arg(jsonTypeName(options));
            rejectWith(
                out, 400, "invalid_request", message, QStringLiteral("Invalid JSON request body: %1").arg(message));
            return;
        }
        if (!isAbsent(minLength))
            minIdLength = int(minLength.toDouble());
    }

    RecordProblems problems;
    for (int i = 0; i < events.size(); ++i)
        checkRecord(events.at(i), i, RecordKind::Event, minIdLength, QStringLiteral("events[%1]").arg(i), problems);
    if (!problems.isEmpty()) {
        rejectRecords(out, problems, QStringLiteral("events"));
        return;
    }

    // options, client_upload_time, request_metadata and anything else the request carries.
    QJsonObject requestContext;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("api_key") && it.key() != QLatin1String("events"))
            requestContext.insert(it.key(), it.value());
    }
    m_writer.begin(source(), request.receivedAt, 0);
    out.events.reserve(int(events.size()), out.body.size() * 2);
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject message = canonicalMessage(events.at(i).toObject(), RecordKind::Event, requestContext);
        bool tooLarge = false;
        if (!m_writer.append(message, out.events, QStringLiteral("events[%1]").arg(i), &error, &tooLarge)) {
            if (tooLarge)
                rejectTooLarge(out, error);
            else
                rejectWith(out, 400, "invalid_request", error, QStringLiteral("Invalid event JSON: %1").arg(error));
            return;
        }
    }

    out.status = 200;
    const QJsonObject reply { { QStringLiteral("code"), 200 }, { QStringLiteral("events_ingested"), events.size() },
        { QStringLiteral("payload_size_bytes"), double(out.body.size()) },
        { QStringLiteral("server_upload_time"), double(request.receivedAt) } };
    out.reply = CollectorReply { 200, compact(reply), QByteArrayLiteral("application/json"), 0 };
}

void AmplitudeRequestDecoder::decodeIdentifications(
    const CollectorRequest& request, Endpoint endpoint, DecodedRequest& out)
{
    const bool group = endpoint == Endpoint::GroupIdentify;
    if (!RequestBodyReader::decompress(request, request.body, maxIdentifyBytes,
            QStringLiteral("Amplitude's Identify API takes at most 1 MB per request"), out.body, out)) {
        answerBodyRejection(out);
        return;
    }
    QList<RequestBodyReader::FormField> fields;
    QString error;
    if (!out.body.trimmed().isEmpty() && !RequestBodyReader::parseForm(out.body, fields, &error)) {
        const QString message = QStringLiteral("body: not a valid form: %1").arg(error);
        out.addSecret(apiKeyOfUnreadRequest(request));
        rejectWith(out, 400, "invalid_form", message, QStringLiteral("Invalid request body: %1").arg(message));
        return;
    }
    const auto field = [&](const QString& name) -> std::optional<QByteArray> {
        if (auto value = RequestBodyReader::formValue(fields, name))
            return value;
        if (request.hasQueryValue(name))
            return request.queryValue(name).toUtf8();
        return std::nullopt;
    };

    const QByteArray apiKey = field(QStringLiteral("api_key")).value_or(QByteArray());
    out.addSecret(apiKey);
    if (apiKey.isEmpty()) {
        rejectWith(out, 400, "missing_api_key", QStringLiteral("api_key: required (the project's API key)"),
            QStringLiteral("Request missing required field"),
            { { QStringLiteral("missing_field"), QStringLiteral("api_key") } });
        return;
    }
    const QByteArray identification = field(QStringLiteral("identification")).value_or(QByteArray());
    if (identification.trimmed().isEmpty()) {
        rejectWith(out, 400, "missing_identification",
            QStringLiteral("identification: required (a JSON object or array of %1)")
                .arg(group ? QStringLiteral("{group_type, group_value, group_properties}")
                           : QStringLiteral("{user_id, device_id, user_properties}")),
            QStringLiteral("Request missing required field"),
            { { QStringLiteral("missing_event"), QStringLiteral("identification") } });
        return;
    }
    const auto document = RequestBodyReader::parseJson(identification, QStringLiteral("identification"), &error);
    if (!document) {
        rejectWith(out, 400, "invalid_json", error, QStringLiteral("Invalid JSON request body: %1").arg(error));
        return;
    }
    QJsonArray records;
    if (document->isArray())
        records = document->array();
    else if (document->isObject())
        records.append(document->object());
    if (records.isEmpty()) {
        const QString message = document->isArray() ? QStringLiteral("identification: empty array")
                                                    : QStringLiteral("identification: expected a JSON object or array");
        rejectWith(out, 400, "invalid_request", message, QStringLiteral("Invalid JSON request body: %1").arg(message),
            { { QStringLiteral("missing_event"), QStringLiteral("identification") } });
        return;
    }

    const RecordKind kind = group ? RecordKind::GroupIdentification : RecordKind::Identification;
    RecordProblems problems;
    for (int i = 0; i < records.size(); ++i) {
        const QString where
            = document->isArray() ? QStringLiteral("identification[%1]").arg(i) : QStringLiteral("identification");
        checkRecord(records.at(i), i, kind, defaultMinIdLength, where, problems);
    }
    if (!problems.isEmpty()) {
        rejectRecords(out, problems, QStringLiteral("identifications"));
        return;
    }

    m_writer.begin(source(), request.receivedAt, 0);
    for (int i = 0; i < records.size(); ++i) {
        const QJsonObject message = canonicalMessage(records.at(i).toObject(), kind, {});
        bool tooLarge = false;
        if (!m_writer.append(message, out.events, QStringLiteral("identification[%1]").arg(i), &error, &tooLarge)) {
            if (tooLarge)
                rejectTooLarge(out, error);
            else
                rejectWith(
                    out, 400, "invalid_request", error, QStringLiteral("Invalid JSON request body: %1").arg(error));
            return;
        }
    }
    out.status = 200;
    out.reply = CollectorReply { 200, QByteArrayLiteral("success"), QByteArrayLiteral("text/plain"), 0 };
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "ga4requestdecoder.h"

#include "core/jsontypename.h"
#include "ga4hitparser.h"
#include "requestbodyreader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <optional>

namespace Journey {

namespace {

/// Largest body taken at all. Google's limit (130 kB) is a validation message, not a rejection: Google accepts
/// larger requests with a 2xx too. This cap only keeps the collector safe.
constexpr qsizetype maxAcceptedBodyBytes = 1024 * 1024;

/// Request members that become canonical fields rather than context.ga4 entries.
bool isMappedRequestMember(const QString& key)
{
    return key == QLatin1String("events") || key == QLatin1String("user_id")
        || key == QLatin1String("timestamp_micros");
}

bool isIntegral(double number)
{
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9007199254740992.0;
}

/// An id as a string: strings as they are, integers in decimal; nothing for anything else.
std::optional<QString> idText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() && isIntegral(value.toDouble()))
        return QString::number(qint64(value.toDouble()));
    return std::nullopt;
}

bool isAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

/// Microseconds since 1970 from a number or a string of digits (proto3 JSON writes int64 as a string).
std::optional<qint64> micros(const QJsonValue& value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()) && value.toDouble() >= 0)
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        if (ok && parsed >= 0)
            return parsed;
    }
    return std::nullopt;
}

/// Rejects members whose type makes canonical events impossible; the validator reports the limits.
bool checkShape(const QJsonObject& body, QString* error)
{
    for (const char* key : { "client_id", "app_instance_id", "user_id" }) {
        const QJsonValue value = body.value(QLatin1String(key));
        if (!isAbsent(value) && !idText(value)) {
            *error = QStringLiteral("%1: expected a string, got %2").arg(QLatin1String(key), jsonTypeName(value));
            return false;
        }
    }
    const QJsonValue timestamp = body.value(QLatin1String("timestamp_micros"));
    if (!isAbsent(timestamp) && !micros(timestamp)) {
        *error = QStringLiteral("timestamp_micros: expected microseconds since 1970, got %1").arg(jsonTypeName(timestamp));
        return false;
    }
    const QJsonValue userProperties = body.value(QLatin1String("user_properties"));
    if (!isAbsent(userProperties) && !userProperties.isObject()) {
        *error = QStringLiteral("user_properties: expected an object, got %1").arg(jsonTypeName(userProperties));
        return false;
    }
    const QJsonValue events = body.value(QLatin1String("events"));
    if (isAbsent(events)) {
        *error = QStringLiteral("events: required; the body must have an \"events\" array");
        return false;
    }
    if (!events.isArray()) {
        *error = QStringLiteral("events: expected an array, got %1").arg(jsonTypeName(events));
        return false;
    }
    const QJsonArray array = events.toArray();
    if (array.isEmpty()) {
        *error = QStringLiteral("events: empty; send at least one event");
        return false;
    }
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("events[%1]").arg(i);
        if (!array.at(i).isObject()) {
            *error = QStringLiteral("%1: expected an object, got %2").arg(where, jsonTypeName(array.at(i)));
            return false;
        }
        const QJsonObject event = array.at(i).toObject();
        const QJsonValue name = event.value(QLatin1String("name"));
        if (!name.isString() || name.toString().isEmpty()) {
            *error = isAbsent(name) || name.isString()
                ? QStringLiteral("%1.name: required").arg(where)
                : QStringLiteral("%1.name: expected a string, got %2").arg(where, jsonTypeName(name));
            return false;
        }
        const QJsonValue params = event.value(QLatin1String("params"));
        if (!isAbsent(params) && !params.isObject()) {
            *error = QStringLiteral("%1.params: expected an object, got %2").arg(where, jsonTypeName(params));
            return false;
        }
        const QJsonValue eventTimestamp = event.value(QLatin1String("timestamp_micros"));
        if (!isAbsent(eventTimestamp) && !micros(eventTimestamp)) {
            *error = QStringLiteral("%1.timestamp_micros: expected microseconds since 1970, got %2")
                         .arg(where, jsonTypeName(eventTimestamp));
            return false;
        }
    }
    return true;
}

} // namespace

Ga4RequestDecoder::Ga4RequestDecoder(const CollectorConfig& config)
    : m_config(config)
{ }

QStringList Ga4RequestDecoder::prefixes() const
{
    return { QStringLiteral("ga4") };
}

QStringList Ga4RequestDecoder::paths() const
{
    return { QStringLiteral("/mp/collect"), QStringLiteral("/debug/mp/collect"), QStringLiteral("/g/collect") };
}

RequestDecoder::Claim Ga4RequestDecoder::claim(const CollectorRequest& request) const
{
    const QStringView path = request.trimmedPath();
    return path == u"/mp/collect" || path == u"/debug/mp/collect" || path == u"/g/collect" ? Claim::Certain
                                                                                           : Claim::No;
}

void Ga4RequestDecoder::decode(const CollectorRequest& request, DecodedRequest& out)
{
    out.source = source();
    // Masked wherever the request is kept, rejected or not.
    const QString apiSecret = request.queryValue(QStringLiteral("api_secret"));
    out.addSecret(apiSecret.toUtf8());
    const QStringView path = request.trimmedPath();
    if (path == u"/g/collect") {
        decodeHits(request, out);
        return;
    }
    const bool debug = path == u"/debug/mp/collect";
    if (!debug && path != u"/mp/collect") {
        out.reject(404, "not_found", QStringLiteral("%1 is not a GA4 Measurement Protocol endpoint").arg(request.path));
        return;
    }
    if (request.method != "POST") {
        out.reject(405, "method_not_allowed",
            QStringLiteral("%1 takes POST, not %2").arg(request.fullPath, QString::fromLatin1(request.method)));
        return;
    }

    if (apiSecret.isEmpty()) {
        out.reject(400, "missing_api_secret",
            QStringLiteral(
                "api_secret: required in the query string (the data stream's Measurement Protocol API secret)"));
        return;
    }
    const QString measurementId = request.queryValue(QStringLiteral("measurement_id"));
    const QString firebaseAppId = request.queryValue(QStringLiteral("firebase_app_id"));
    if (measurementId.isEmpty() && firebaseAppId.isEmpty()) {
        out.reject(400, "missing_stream_id",
            QStringLiteral("measurement_id or firebase_app_id: required in the query string (measurement_id for a web "
                           "stream, firebase_app_id for an app stream)"));
        return;
    }

    if (!RequestBodyReader::decompress(request, request.body, maxAcceptedBodyBytes,
            QStringLiteral("the collector takes at most %1 KB per GA4 request (Google's own limit, 130 kB, is reported "
                           "as a validation message)")
                .arg(RequestBodyReader::kilobytes(maxAcceptedBodyBytes)),
            out.body, out))
        return;
    if (out.body.trimmed().isEmpty()) {
        out.reject(
            400, "invalid_request", QStringLiteral("body: empty; expected a JSON object with an \"events\" array"));
        return;
    }
    QString error;
    const auto document = RequestBodyReader::parseJson(out.body, QStringLiteral("body"), &error);
    if (!document) {
        out.reject(400, "invalid_json", error);
        return;
    }
    if (!document->isObject()) {
        out.reject(400, "invalid_request",
            QStringLiteral("body: expected a JSON object, got %1")
                .arg(document->isArray() ? QStringLiteral("an array") : QStringLiteral("a value")));
        return;
    }
    const QJsonObject body = document->object();

    Ga4PayloadValidator::Options options;
    options.stream = !firebaseAppId.isEmpty() && measurementId.isEmpty() ? Ga4PayloadValidator::Stream::App
                                                                         : Ga4PayloadValidator::Stream::Web;
    options.nowMs = request.receivedAt;
    options.bodyBytes = out.body.size();
    const QList<Ga4PayloadValidator::Message> messages = m_validator.validate(body, options);

    if (debug) {
        // The validation server: every finding in the answer, nothing recorded.
        out.record = false;
        out.status = 200;
        CollectorReply reply;
        reply.body = QJsonDocument(
            QJsonObject { { QStringLiteral("validationMessages"), Ga4PayloadValidator::toJson(messages) } })
                         .toJson(QJsonDocument::Compact);
        out.reply = reply;
        return;
    }

    if (!checkShape(body, &error)) {
        out.reject(400, "invalid_request", error);
        return;
    }

    // What every event of the request shares under context.ga4.
    QJsonObject shared;
    if (!measurementId.isEmpty())
        shared.insert(QStringLiteral("measurement_id"), measurementId);
    if (!firebaseAppId.isEmpty())
        shared.insert(QStringLiteral("firebase_app_id"), firebaseAppId);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!isMappedRequestMember(it.key()))
            shared.insert(it.key(), it.value());
    }

    m_writer.begin(source(), request.receivedAt, 0);
    const QJsonArray events = body.value(QLatin1String("events")).toArray();
    out.events.reserve(int(events.size()), out.body.size() * 2);
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject message = canonicalEvent(body, shared, i, messages);
        bool tooLarge = false;
        if (!m_writer.append(message, out.events, QStringLiteral("events[%1]").arg(i), &error, &tooLarge)) {
            out.reject(tooLarge ? 413 : 400, tooLarge ? "payload_too_large" : "invalid_request", error);
            return;
        }
    }

    out.status = 200;
    CollectorReply reply;
    reply.status = 204; // Google's answer: no content, whatever the events were
    reply.contentType.clear();
    out.reply = reply;
}

void Ga4RequestDecoder::decodeHits(const CollectorRequest& request, DecodedRequest& out)
{
    if (request.method != "POST" && request.method != "GET") {
        out.reject(405, "method_not_allowed",
            QStringLiteral("%1 takes GET or POST, not %2").arg(request.fullPath, QString::fromLatin1(request.method)));
        return;
    }
    QList<RequestBodyReader::FormField> shared;
    for (const auto& [name, value] : request.query.queryItems(QUrl::FullyDecoded))
        shared.append(RequestBodyReader::FormField { name, value.toUtf8() });
    if (!RequestBodyReader::decompress(request, request.body, maxAcceptedBodyBytes,
            QStringLiteral("the collector takes at most %1 KB per gtag.js request")
                .arg(RequestBodyReader::kilobytes(maxAcceptedBodyBytes)),
            out.body, out))
        return;

    // A batched POST has one hit per body line (the query holds what they share); otherwise the query is the hit.
    QList<QList<RequestBodyReader::FormField>> lines;
    QList<int> lineNumbers;
    QString error;
    const QList<QByteArray> bodyLines = out.body.split('\n');
    for (qsizetype i = 0; i < bodyLines.size(); ++i) {
        const QByteArray line = bodyLines[i].trimmed();
        if (line.isEmpty())
            continue;
        QList<RequestBodyReader::FormField> fields;
        if (!RequestBodyReader::parseForm(line, fields, &error)) {
            out.reject(400, "invalid_request", QStringLiteral("body line %1: %2").arg(i + 1).arg(error));
            return;
        }
        lines.append(fields);
        lineNumbers.append(int(i + 1));
    }
    if (lines.isEmpty()) {
        lines.append(QList<RequestBodyReader::FormField>());
        lineNumbers.append(0);
    }

    m_writer.begin(source(), request.receivedAt, 0);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString where = lineNumbers[i] == 0 ? QStringLiteral("query") : QStringLiteral("body line %1").arg(lineNumbers[i]);
        Ga4HitParser::Hit hit;
        if (!Ga4HitParser::read(shared, lines[i], hit, &error)) {
            out.reject(400, "invalid_request", QStringLiteral("%1: %2").arg(where, error));
            return;
        }
        QJsonObject sharedContext { { QStringLiteral("measurement_id"), hit.measurementId } };
        for (auto it = hit.body.begin(); it != hit.body.end(); ++it) {
            if (!isMappedRequestMember(it.key()))
                sharedContext.insert(it.key(), it.value());
        }
        QJsonObject message = canonicalEvent(hit.body, sharedContext, 0, {});
        QJsonObject context = message.value(QLatin1String("context")).toObject();
        for (auto it = hit.context.begin(); it != hit.context.end(); ++it)
            context.insert(it.key(), it.value());
        message.insert(QStringLiteral("context"), context);
        bool tooLarge = false;
        if (!m_writer.append(message, out.events, where, &error, &tooLarge)) {
            out.reject(tooLarge ? 413 : 400, tooLarge ? "payload_too_large" : "invalid_request", error);
            return;
        }
    }

    out.status = 200;
    CollectorReply reply;
    reply.status = 204; // what Google answers gtag.js
    reply.contentType.clear();
    out.reply = reply;
}

QJsonObject Ga4RequestDecoder::canonicalEvent(const QJsonObject& body, const QJsonObject& sharedContext, int index,
    const QList<Ga4PayloadValidator::Message>& messages) const
{
    QJsonObject message;
    const QJsonObject event = body.value(QLatin1String("events")).toArray().at(index).toObject();
    const QString name = event.value(QLatin1String("name")).toString();
    QJsonObject params = event.value(QLatin1String("params")).toObject();

    QJsonObject ga4 = sharedContext;
    for (auto it = event.begin(); it != event.end(); ++it) {
        const QString& key = it.key();
        if (key != QLatin1String("name") && key != QLatin1String("params") && key != QLatin1String("timestamp_micros")
            && !ga4.contains(key))
            ga4.insert(key, it.value());
    }

    if (name == QLatin1String("page_view")) {
        message.insert(QStringLiteral("type"), QStringLiteral("page"));
        const QJsonValue title = params.value(QLatin1String("page_title"));
        if (title.isString())
            message.insert(QStringLiteral("name"), title);
        QJsonObject properties = params;
        const auto copy = [&](const char* from, const char* to) {
            const QJsonValue value = params.value(QLatin1String(from));
            if (!isAbsent(value))
                properties.insert(QLatin1String(to), value);
        };
        copy("page_location", "url");
        copy("page_referrer", "referrer");
        copy("page_title", "title");
        message.insert(QStringLiteral("properties"), properties);
    } else if (name == QLatin1String("screen_view")) {
        message.insert(QStringLiteral("type"), QStringLiteral("screen"));
        const QJsonValue screenName = params.value(QLatin1String("screen_name"));
        if (screenName.isString())
            message.insert(QStringLiteral("name"), screenName);
        message.insert(QStringLiteral("properties"), params);
    } else if (name == QLatin1String("join_group") && idText(params.value(QLatin1String("group_id")))) {
        message.insert(QStringLiteral("type"), QStringLiteral("group"));
        message.insert(QStringLiteral("groupId"), *idText(params.value(QLatin1String("group_id"))));
        params.remove(QLatin1String("group_id"));
        if (!params.isEmpty())
            ga4.insert(QStringLiteral("params"), params);
    } else {
        // join_group without a usable group_id stays the plain event it is.
        message.insert(QStringLiteral("type"), QStringLiteral("track"));
        message.insert(QStringLiteral("event"), name);
        message.insert(QStringLiteral("properties"), params);
    }

    if (const auto userId = idText(body.value(QLatin1String("user_id"))); userId && !userId->isEmpty())
        message.insert(QStringLiteral("userId"), *userId);
    for (const char* key : { "client_id", "app_instance_id" }) {
        const auto id = idText(body.value(QLatin1String(key)));
        if (id && !id->isEmpty()) {
            message.insert(QStringLiteral("anonymousId"), *id);
            break;
        }
    }

    std::optional<qint64> when = micros(event.value(QLatin1String("timestamp_micros")));
    if (!when)
        when = micros(body.value(QLatin1String("timestamp_micros")));
    if (when)
        message.insert(QStringLiteral("timestamp"), CanonicalEventWriter::timestamp(*when / 1000));

    QJsonObject context;
    const QJsonObject userProperties = body.value(QLatin1String("user_properties")).toObject();
    if (!userProperties.isEmpty()) {
        QJsonObject traits;
        for (auto it = userProperties.begin(); it != userProperties.end(); ++it)
            traits.insert(
                it.key(), it.value().isObject() ? it.value().toObject().value(QLatin1String("value")) : it.value());
        context.insert(QStringLiteral("traits"), traits);
    }
    const QList<Ga4PayloadValidator::Message> own = Ga4PayloadValidator::forEvent(messages, index);
    if (!own.isEmpty())
        ga4.insert(QStringLiteral("validationMessages"), Ga4PayloadValidator::toJson(own));
    context.insert(QStringLiteral("ga4"), ga4);
    message.insert(QStringLiteral("context"), context);
    return message;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "mixpanelrequestdecoder.h"

#include "core/gzipcodec.h"
#include "core/timestamp.h"
#include "mixpanelrecordmapper.h"
#include "requestbodyreader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Journey {

namespace {

// Mixpanel's limits (../shared/reference/providers.md §2.2, §2.3, §2.9). /import is documented at 10 MB; the
// same cap is used for the other endpoints, whose own byte limit Mixpanel does not state.
constexpr qsizetype maxRequestBytes = 10 * 1024 * 1024;
constexpr qsizetype maxEventBytes = 1024 * 1024;
constexpr int maxRecordsPerRequest = 2000;
// The canonical form adds a few members (receivedAt, a normalised timestamp): allow for them.
constexpr qsizetype canonicalSlack = 512;

// A 1×1 transparent GIF: what Mixpanel serves with img=1 (tracking pixels).
const QByteArray& pixelGif()
{
    static const QByteArray gif = QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    return gif;
}

/// \a text as a JSON string literal, quotes included.
QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray statusText(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    default:
        return "Error";
    }
}

/// /track, /engage and /groups errors: `{"status":0,"error":"…"}`.
CollectorReply trackError(int status, const QString& reason)
{
    return CollectorReply { status, "{\"status\":0,\"error\":" + jsonString(reason) + '}',
        QByteArrayLiteral("application/json"), 0 };
}

/// /import errors: `{"code":400,"error":"…","status":"Bad Request"}`.
CollectorReply importError(int status, const QString& reason)
{
    return CollectorReply { status,
        "{\"code\":" + QByteArray::number(status) + ",\"error\":" + jsonString(reason) + ",\"status\":\""
            + statusText(status) + "\"}",
        QByteArrayLiteral("application/json"), 0 };
}

/// After \a out was rejected: the answer in the endpoint's own wording.
void answerRejection(DecodedRequest& out, bool import)
{
    out.reply = import ? importError(out.status, out.message) : trackError(out.status, out.message);
}

/// A JavaScript function name for JSONP (`mixpanel._jsc.abc`, `cb[0]`), nothing that could inject script.
bool isCallbackName(const QString& name)
{
    if (name.isEmpty() || name.size() > 200)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$';
        const bool other = (c >= u'0' && c <= u'9') || c == u'.' || c == u'[' || c == u']';
        if (!letter && !(i > 0 && other))
            return false;
    }
    return true;
}

qsizetype firstNonSpace(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t'))
        ++i;
    return i;
}

/// The member names of the top-level object in \a json, by a scan (no parse): enough to tell formats apart.
QList<QByteArrayView> topLevelKeys(QByteArrayView json)
{
    QList<QByteArrayView> keys;
    qsizetype i = firstNonSpace(json);
    if (i >= json.size() || json[i] != '{')
        return keys;
    int depth = 0;
    bool expectKey = false;
    for (; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype start = ++i;
            while (i < json.size() && json[i] != '"') {
                if (json[i] == '\\')
                    ++i;
                ++i;
            }
            if (i >= json.size())
                break;
            if (depth == 1 && expectKey)
                keys.append(json.sliced(start, i - start));
            expectKey = false;
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                break;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return keys;
}

bool isNdjson(const CollectorRequest& request)
{
    const QByteArray type = request.header("content-type").trimmed().toLower();
    return type.startsWith("application/x-ndjson") || type.startsWith("application/ndjson");
}

/// Sets context.mixpanel.\a key of \a message.
void setMixpanelContext(QJsonObject& message, const QString& key, const QJsonValue& value)
{
    QJsonObject context = message.value(QLatin1String("context")).toObject();
    QJsonObject mixpanel = context.value(QLatin1String("mixpanel")).toObject();
    mixpanel.insert(key, value);
    context.insert(QStringLiteral("mixpanel"), mixpanel);
    message.insert(QStringLiteral("context"), context);
}

/// One record /import refused, as Mixpanel lists it in failed_records.
struct FailedRecord
{
    int index = 0;
    QString insertId;
    QString field;
    QString message;
};

QString insertIdOf(const QJsonValue& record)
{
    const QJsonValue id
        = record.toObject().value(QLatin1String("properties")).toObject().value(QLatin1String("$insert_id"));
    return id.isString() ? id.toString() : QString();
}

} // namespace

QString MixpanelRequestDecoder::Payload::where(int index) const
{
    switch (encoding) {
    case Encoding::DataField:
        return single ? QStringLiteral("data") : QStringLiteral("data[%1]").arg(index);
    case Encoding::JsonBody:
        return single ? QStringLiteral("body") : QStringLiteral("body[%1]").arg(index);
    case Encoding::NdjsonBody:
        return QStringLiteral("line %1").arg(lines.value(index));
    }
    return {};
}

MixpanelRequestDecoder::MixpanelRequestDecoder(const CollectorConfig& config)
    : m_config(config)
{ }

std::optional<MixpanelRequestDecoder::Endpoint> MixpanelRequestDecoder::endpointFor(QStringView path)
{
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    if (path == u"/track")
        return Endpoint::Track;
    if (path == u"/engage")
        return Endpoint::Engage;
    if (path == u"/groups")
        return Endpoint::Groups;
    if (path == u"/import")
        return Endpoint::Import;
    return std::nullopt;
}

QStringList MixpanelRequestDecoder::prefixes() const
{
    return { QStringLiteral("mixpanel") };
}

QStringList MixpanelRequestDecoder::paths() const
{
    return { QStringLiteral("/track"), QStringLiteral("/engage"), QStringLiteral("/groups"),
        QStringLiteral("/import") };
}

RequestDecoder::Claim MixpanelRequestDecoder::claim(const CollectorRequest& request) const
{
    const auto endpoint = endpointFor(request.path);
    if (!endpoint)
        return Claim::No;
    // Only Mixpanel has these two.
    if (*endpoint == Endpoint::Import || *endpoint == Endpoint::Groups || request.explicitProvider)
        return Claim::Certain;
    // /track and /engage are PostHog's too (posthog-js's legacy paths).
    if (request.hasQueryValue(QStringLiteral("compression")))
        return Claim::Path; // PostHog's ?compression=gzip-js / base64
    if (request.method == "GET" && request.hasQueryValue(QStringLiteral("data")))
        return Claim::Certain;
    const QByteArrayView body = request.body;
    if (!request.header("content-encoding").isEmpty() || GzipCodec::looksGzipped(body))
        return Claim::Path; // cannot look inside without decompressing
    if (RequestBodyReader::isForm(request) || body.startsWith("data="))
        return Claim::Certain;
    if (isNdjson(request))
        return Claim::Certain;
    const qsizetype start = firstNonSpace(body);
    if (start >= body.size())
        return Claim::Path;
    if (body[start] == '[')
        return Claim::Certain;
    if (body[start] != '{')
        return Claim::Path;
    const QList<QByteArrayView> keys = topLevelKeys(body);
    for (const QByteArrayView key : keys) {
        // PostHog's single events and batches name these at the top; Mixpanel records never do.
        if (key == "api_key" || key == "batch" || key == "distinct_id" || key == "uuid" || key == "timestamp")
            return Claim::Path;
    }
    for (const QByteArrayView key : keys) {
        if (key == "$token" || key == "$distinct_id")
            return Claim::Certain;
    }
    if (keys.contains(QByteArrayView("event")) && keys.contains(QByteArrayView("properties"))
        && (body.contains("\"token\"") || body.contains("\"distinct_id\"")))
        return Claim::Certain;
    return Claim::Path;
}

bool MixpanelRequestDecoder::readPayload(
    const CollectorRequest& request, Endpoint endpoint, ReplyOptions& options, Payload& payload, DecodedRequest& out)
{
    const bool import = endpoint == Endpoint::Import;
    QByteArray data;
    if (request.method == "GET") {
        if (!request.hasQueryValue(QStringLiteral("data"))) {
            out.reject(400, "invalid_request",
                QStringLiteral("data: missing; Mixpanel takes GET %1?data=<base64 of the JSON>").arg(request.fullPath));
            return false;
        }
        data = request.queryValue(QStringLiteral("data")).toUtf8();
        payload.encoding = Payload::Encoding::DataField;
    } else {
        const QString limitText = QStringLiteral("Mixpanel accepts at most %1 KB per request")
                                      .arg(RequestBodyReader::kilobytes(maxRequestBytes));
        QByteArray body;
        if (!RequestBodyReader::decompress(request, request.body, maxRequestBytes, limitText, body, out))
            return false;
        if (RequestBodyReader::isForm(request) || body.startsWith("data=")) {
            QList<RequestBodyReader::FormField> fields;
            QString error;
            if (!RequestBodyReader::parseForm(body, fields, &error)) {
                out.body = body;
                out.reject(400, "invalid_form", QStringLiteral("the form body: %1").arg(error));
                return false;
            }
            for (const RequestBodyReader::FormField& field : std::as_const(fields)) {
                // mixpanel-python sends its options in the body rather than the query.
                if (field.name == QLatin1String("verbose"))
                    options.verbose = field.value == "1";
                else if (field.name == QLatin1String("img"))
                    options.image = field.value == "1";
                else if (field.name == QLatin1String("callback"))
                    options.callback = QString::fromUtf8(field.value);
                else if (field.name == QLatin1String("api_key"))
                    out.addSecret(field.value);
            }
            const auto value = RequestBodyReader::formValue(fields, u"data");
            if (!value) {
                out.body = body;
                out.reject(400, "invalid_request",
                    QStringLiteral(
                        "data: missing from the form body; Mixpanel takes data=<JSON or base64 of the JSON>"));
                return false;
            }
            data = *value;
            payload.encoding = Payload::Encoding::DataField;
        } else {
            out.body = body;
            if (firstNonSpace(body) >= body.size()) {
                out.reject(400, "invalid_request",
                    QStringLiteral(
                        "the body is empty; Mixpanel takes a form body data=<JSON or base64>, a JSON array%1")
                        .arg(import ? QStringLiteral(" or NDJSON") : QString()));
                return false;
            }
            payload.encoding = isNdjson(request) ? Payload::Encoding::NdjsonBody : Payload::Encoding::JsonBody;
            if (payload.encoding == Payload::Encoding::NdjsonBody && !import) {
                out.reject(415, "unsupported_media_type",
                    QStringLiteral("NDJSON is accepted on /import only; send %1 a JSON array or a form body data=<…>")
                        .arg(request.fullPath));
                return false;
            }
        }
    }

    QString error;
    std::optional<QJsonDocument> document;
    if (payload.encoding == Payload::Encoding::DataField) {
        const QByteArray trimmed = data.trimmed();
        if (trimmed.isEmpty()) {
            out.reject(400, "invalid_request", QStringLiteral("data: empty"));
            return false;
        }
        if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
            out.body = trimmed;
        } else {
            // mixpanel-node writes the base64 into its form body without escaping it, so a form decoder turns
            // its '+' into spaces; base64 has no spaces, so they are put back.
            QByteArray base64 = trimmed;
            base64.replace(' ', '+');
            const auto decoded = RequestBodyReader::decodeBase64(base64);
            if (!decoded) {
                out.reject(400, "invalid_encoding", QStringLiteral("data: not valid base64 (nor JSON)"));
                return false;
            }
            out.body = *decoded;
        }
        document = RequestBodyReader::parseJson(out.body, QStringLiteral("data"), &error);
    } else if (payload.encoding == Payload::Encoding::JsonBody) {
        document = RequestBodyReader::parseJson(out.body, QStringLiteral("the body"), &error);
        // /import also takes NDJSON sent without its content type: several lines, each an object.
        if (!document && import && out.body.trimmed().contains('\n'))
            payload.encoding = Payload::Encoding::NdjsonBody;
    }

    if (payload.encoding == Payload::Encoding::NdjsonBody) {
        const QList<QByteArray> lines = out.body.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            if (line.isEmpty())
                continue;
            const auto lineDocument = RequestBodyReader::parseJson(line, QStringLiteral("line %1").arg(i + 1), &error);
            if (!lineDocument) {
                out.reject(400, "invalid_json", error);
                return false;
            }
            if (!lineDocument->isObject()) {
                out.reject(400, "invalid_request",
                    QStringLiteral("line %1: expected an event object, got an array").arg(i + 1));
                return false;
            }
            payload.records.append(lineDocument->object());
            payload.lines.append(int(i + 1));
        }
    } else {
        if (!document) {
            out.reject(400, "invalid_json", error);
            return false;
        }
        if (document->isArray()) {
            payload.records = document->array();
        } else if (document->isObject()) {
            payload.records.append(document->object());
            payload.single = true;
        } else {
            out.reject(400, "invalid_request",
                QStringLiteral("%1: expected a JSON object or an array of them")
                    .arg(payload.encoding == Payload::Encoding::DataField ? QStringLiteral("data")
                                                                          : QStringLiteral("the body")));
            return false;
        }
    }

    if (payload.records.isEmpty()) {
        out.reject(400, "invalid_request", QStringLiteral("no records: the request holds an empty list"));
        return false;
    }
    if (payload.records.size() > maxRecordsPerRequest) {
        out.reject(400, "too_many_records",
            QStringLiteral("%1 records; Mixpanel accepts at most %2 per request")
                .arg(payload.records.size())
                .arg(maxRecordsPerRequest));
        return false;
    }
    return true;
}

void MixpanelRequestDecoder::decode(const CollectorRequest& request, DecodedRequest& out)
{
    out.source = source();
    const auto endpoint = endpointFor(request.path);
    if (!endpoint) {
        out.reject(404, "not_found",
            QStringLiteral("%1 is not a Mixpanel endpoint; Mixpanel accepts %2")
                .arg(request.fullPath, paths().join(QLatin1String(", "))));
        answerRejection(out, false);
        return;
    }
    const bool import = *endpoint == Endpoint::Import;
    out.addSecret(request.queryValue(QStringLiteral("api_key")).toUtf8());
    if (request.method != "GET" && request.method != "POST") {
        out.reject(405, "method_not_allowed",
            QStringLiteral("%1 takes GET or POST, not %2").arg(request.fullPath, QString::fromLatin1(request.method)));
        answerRejection(out, import);
        return;
    }
    if (import) {
        // Service account user:secret, or the project secret (or token) as the user name.
        out.addSecret(request.basicAuthUser());
        out.addSecret(request.basicAuthPassword());
        if (request.basicAuthUser().isEmpty()) {
            out.reject(401, "unauthorized",
                QStringLiteral(
                    "/import needs Basic authentication: a service account (user:secret) or the project secret "
                    "as the user name"));
            out.reply = CollectorReply { 401,
                QByteArrayLiteral("{\"code\":401,\"error\":\"Invalid credentials\",\"status\":\"Unauthorized\"}"),
                QByteArrayLiteral("application/json"), 0 };
            return;
        }
    }

    ReplyOptions options;
    options.verbose = request.queryValue(QStringLiteral("verbose")) == QLatin1String("1");
    options.image = request.queryValue(QStringLiteral("img")) == QLatin1String("1");
    options.callback = request.queryValue(QStringLiteral("callback"));
    Payload payload;
    if (!readPayload(request, *endpoint, options, payload, out)) {
        answerRejection(out, import);
        return;
    }
    if (!options.callback.isEmpty() && !isCallbackName(options.callback)) {
        out.reject(400, "invalid_request", QStringLiteral("callback: not a JavaScript function name"));
        answerRejection(out, import);
        return;
    }

    m_writer.begin(EventSource::Mixpanel, request.receivedAt, maxEventBytes + canonicalSlack);
    if (import)
        decodeImport(request, payload, out);
    else
        decodeRecords(*endpoint, payload, out);
    if (out.status != 200 || out.reply)
        return;

    // Success in the wording the sender asked for.
    const QByteArray result
        = options.verbose ? QByteArrayLiteral("{\"status\":1,\"error\":null}") : QByteArrayLiteral("1");
    if (options.image)
        out.reply = CollectorReply { 200, pixelGif(), QByteArrayLiteral("image/gif"), 0 };
    else if (!options.callback.isEmpty())
        out.reply = CollectorReply { 200, options.callback.toUtf8() + '(' + result + ')',
            QByteArrayLiteral("text/javascript"), 0 };
    else
        out.reply = CollectorReply { 200, result,
            options.verbose ? QByteArrayLiteral("application/json") : QByteArrayLiteral("text/plain"), 0 };
}

void MixpanelRequestDecoder::decodeRecords(Endpoint endpoint, const Payload& payload, DecodedRequest& out)
{
    QJsonObject message;
    QString error;
    for (int i = 0; i < payload.records.size(); ++i) {
        const QJsonValue record = payload.records.at(i);
        std::optional<MixpanelRecordMapper::Problem> problem;
        switch (endpoint) {
        case Endpoint::Track:
        case Endpoint::Import:
            problem = MixpanelRecordMapper::mapEvent(record, true, message, out.secrets);
            break;
        case Endpoint::Engage:
            problem = MixpanelRecordMapper::mapProfile(record, message, out.secrets);
            break;
        case Endpoint::Groups:
            problem = MixpanelRecordMapper::mapGroupProfile(record, message, out.secrets);
            break;
        }
        const QString where = payload.where(i);
        if (problem) {
            const bool line = payload.encoding == Payload::Encoding::NdjsonBody;
            const QString separator = problem->field.isEmpty() || line ? QStringLiteral(": ") : QStringLiteral(".");
            out.reject(400, "invalid_record", where + separator + problem->text());
            answerRejection(out, false);
            return;
        }
        bool tooLarge = false;
        if (!m_writer.append(message, out.events, where, &error, &tooLarge)) {
            if (tooLarge)
                error += QStringLiteral(" (Mixpanel accepts at most 1 MB per record)");
            out.reject(tooLarge ? 413 : 400, tooLarge ? "payload_too_large" : "invalid_record", error);
            answerRejection(out, false);
            return;
        }
    }
    out.status = 200;
}

void MixpanelRequestDecoder::decodeImport(const CollectorRequest& request, const Payload& payload, DecodedRequest& out)
{
    // mixpanel-node and mixpanel-python send /import like /track (data=…): Mixpanel answers those as /track,
    // and checks fewer members (the SDKs add no $insert_id).
    const bool legacy = payload.encoding == Payload::Encoding::DataField;
    const qint64 nowMs = request.receivedAt > 0 ? request.receivedAt : Timestamp::nowMs();
    const QString projectId = request.queryValue(QStringLiteral("project_id"));

    QList<FailedRecord> failed;
    QJsonObject message;
    QString error;
    for (int i = 0; i < payload.records.size(); ++i) {
        const QJsonValue record = payload.records.at(i);
        auto problem = MixpanelRecordMapper::checkImportRecord(record, nowMs, !legacy);
        if (!problem)
            problem = MixpanelRecordMapper::mapEvent(record, false, message, out.secrets);
        if (problem) {
            failed.append(FailedRecord { i, insertIdOf(record), problem->field, problem->importText() });
            continue;
        }
        if (!projectId.isEmpty())
            setMixpanelContext(message, QStringLiteral("project_id"), projectId);
        bool tooLarge = false;
        if (!m_writer.append(message, out.events, QString(), &error, &tooLarge))
            failed.append(FailedRecord { i, insertIdOf(record), QString(),
                tooLarge ? error + QStringLiteral(" (at most 1 MB per record)") : error });
    }

    const int imported = out.events.size();
    if (failed.isEmpty()) {
        out.status = 200;
        if (!legacy) {
            out.reply = CollectorReply { 200,
                "{\"code\":200,\"num_records_imported\":" + QByteArray::number(imported) + ",\"status\":\"OK\"}",
                QByteArrayLiteral("application/json"), 0 };
        }
        return;
    }

    QByteArray body
        = "{\"code\":400,\"error\":\"some data points in the request failed validation\",\"status\":\"Bad Request\","
          "\"num_records_imported\":"
        + QByteArray::number(imported) + ",\"failed_records\":[";
    for (qsizetype f = 0; f < failed.size(); ++f) {
        const FailedRecord& record = failed[f];
        if (f)
            body += ',';
        body += "{\"index\":" + QByteArray::number(record.index) + ",\"insert_id\":" + jsonString(record.insertId)
            + ",\"field\":" + jsonString(record.field) + ",\"message\":" + jsonString(record.message) + '}';
    }
    body += "]}";
    const FailedRecord& first = failed.first();
    const QString summary = QStringLiteral("%1 of %2 records failed validation; the first, %3: %4")
                                .arg(failed.size())
                                .arg(payload.records.size())
                                .arg(payload.where(first.index), first.message);
    if (imported == 0)
        out.reject(400, "invalid_record", summary);
    else
        out.message = summary; // status stays 200: the valid records are stored
    out.status = imported == 0 ? 400 : 200;
    out.reply = CollectorReply { 400, body, QByteArrayLiteral("application/json"), 0 };
}

} // namespace Journey

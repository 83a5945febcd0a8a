// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "heaprequestdecoder.h"

#include "heaprecordmapper.h"
#include "requestbodyreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Journey {

namespace {

// Heap documents no byte limit; 1 MiB is what HeapProvider keeps its own requests under (a full 1000-event
// bulk of ~1 KB events), and an entry of 128 KiB holds ~60 properties at their longest.
constexpr qsizetype maxRequestBytes = 1024 * 1024;
constexpr qsizetype maxEntryBytes = 128 * 1024;
constexpr int maxBulkEntries = 1000;
constexpr qsizetype canonicalSlack = 512;

/// Heap's error answer: `{"error":"…"}`.
void rejectWith(DecodedRequest& out, int status, const QByteArray& code, const QString& reason)
{
    out.reject(status, code, reason);
    out.reply = CollectorReply { status,
        QJsonDocument(QJsonObject { { QStringLiteral("error"), reason } }).toJson(QJsonDocument::Compact),
        QByteArrayLiteral("application/json"), 0 };
}

bool isJsonContentType(const CollectorRequest& request)
{
    QByteArray type = request.header("content-type").trimmed().toLower();
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type = type.left(semicolon).trimmed();
    return type == "application/json" || type == "text/json"
        || (type.startsWith("application/") && type.endsWith("+json"));
}

/// `heap-node/1.0.1 request/2.88.2` → {name: heap-node, version: 1.0.1}: the only marker Heap's SDKs send.
QJsonObject libraryFrom(const CollectorRequest& request)
{
    const QByteArray agent = request.header("user-agent").trimmed();
    if (!agent.startsWith("heap-"))
        return {};
    const QByteArray product = agent.left(agent.indexOf(' ') < 0 ? agent.size() : agent.indexOf(' '));
    const qsizetype slash = product.indexOf('/');
    QJsonObject library { { QStringLiteral("name"), QString::fromUtf8(slash < 0 ? product : product.left(slash)) } };
    if (slash > 0 && slash + 1 < product.size())
        library.insert(QStringLiteral("version"), QString::fromUtf8(product.mid(slash + 1)));
    return library;
}

/// The member holding a bulk call's entries, if the endpoint has one.
const char* bulkMember(HeapRequestDecoder::Endpoint endpoint)
{
    switch (endpoint) {
    case HeapRequestDecoder::Endpoint::Track:
        return "events";
    case HeapRequestDecoder::Endpoint::AddUserProperties:
        return "users";
    case HeapRequestDecoder::Endpoint::AddAccountProperties:
        return "accounts";
    case HeapRequestDecoder::Endpoint::IdentifyLink:
    case HeapRequestDecoder::Endpoint::LegacyIdentify:
        break;
    }
    return nullptr;
}

} // namespace

HeapRequestDecoder::HeapRequestDecoder(const CollectorConfig& config)
    : m_config(config)
{ }

std::optional<HeapRequestDecoder::Endpoint> HeapRequestDecoder::endpointFor(QStringView path)
{
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    if (path == u"/api/track")
        return Endpoint::Track;
    if (path == u"/api/add_user_properties")
        return Endpoint::AddUserProperties;
    if (path == u"/api/add_account_properties")
        return Endpoint::AddAccountProperties;
    if (path == u"/api/v1/identify")
        return Endpoint::IdentifyLink;
    if (path == u"/api/identify")
        return Endpoint::LegacyIdentify;
    return std::nullopt;
}

QStringList HeapRequestDecoder::prefixes() const
{
    return { QStringLiteral("heap") };
}

QStringList HeapRequestDecoder::paths() const
{
    return { QStringLiteral("/api/track"), QStringLiteral("/api/add_user_properties"),
        QStringLiteral("/api/add_account_properties"), QStringLiteral("/api/v1/identify"),
        QStringLiteral("/api/identify") };
}

RequestDecoder::Claim HeapRequestDecoder::claim(const CollectorRequest& request) const
{
    // No other format uses these paths.
    return endpointFor(request.path) ? Claim::Certain : Claim::No;
}

void HeapRequestDecoder::decode(const CollectorRequest& request, DecodedRequest& out)
{
    out.source = source();
    const auto endpoint = endpointFor(request.path);
    if (!endpoint) {
        rejectWith(out, 404, "not_found",
            QStringLiteral("%1 is not a Heap endpoint; Heap accepts %2")
                .arg(request.fullPath, paths().join(QLatin1String(", "))));
        return;
    }
    if (request.method != "POST") {
        rejectWith(out, 405, "method_not_allowed",
            QStringLiteral("%1 takes POST, not %2").arg(request.fullPath, QString::fromLatin1(request.method)));
        return;
    }
    if (!isJsonContentType(request)) {
        const QByteArray type = request.header("content-type");
        rejectWith(out, 415, "unsupported_media_type",
            QStringLiteral("Content-Type %1: Heap takes JSON bodies sent as application/json")
                .arg(type.isEmpty() ? QStringLiteral("missing") : QString::fromUtf8(type)));
        return;
    }
    const QString limitText = QStringLiteral("the collector accepts at most %1 KB per Heap request")
                                  .arg(RequestBodyReader::kilobytes(maxRequestBytes));
    if (!RequestBodyReader::decompress(request, request.body, maxRequestBytes, limitText, out.body, out)) {
        rejectWith(out, out.status, out.errorCode, out.message);
        return;
    }
    QString error;
    const auto document = RequestBodyReader::parseJson(out.body, QStringLiteral("the body"), &error);
    if (!document) {
        rejectWith(out, 400, "invalid_json", error);
        return;
    }
    if (!document->isObject()) {
        rejectWith(out, 400, "invalid_request", QStringLiteral("the body: expected a JSON object"));
        return;
    }
    QJsonObject body = document->object();

    // app_id: the environment id, public (it is in every page that loads Heap), so kept rather than masked.
    const QJsonValue appId = body.take(QLatin1String("app_id"));
    QString appIdText;
    if (appId.isString())
        appIdText = appId.toString();
    else if (appId.isDouble() && std::floor(appId.toDouble()) == appId.toDouble() && appId.toDouble() >= 0)
        appIdText = QString::number(qint64(appId.toDouble()));
    else if (!appId.isUndefined() && !appId.isNull()) {
        rejectWith(out, 400, "invalid_request", QStringLiteral("app_id: expected the environment id as a string"));
        return;
    }
    if (appIdText.isEmpty()) {
        rejectWith(out, 400, "invalid_request", QStringLiteral("app_id: required (the Heap environment id)"));
        return;
    }
    QJsonObject heap { { QStringLiteral("app_id"), appIdText } };
    QJsonObject context;
    const QJsonObject library = libraryFrom(request);
    if (!library.isEmpty())
        context.insert(QStringLiteral("library"), library);

    // One entry, or a bulk array whose sibling members (beside app_id) go to every entry's context.heap.
    QJsonArray entries;
    QString arrayName;
    const char* bulk = bulkMember(*endpoint);
    if (bulk && body.contains(QLatin1String(bulk))) {
        arrayName = QLatin1String(bulk);
        const QJsonValue array = body.take(arrayName);
        if (!array.isArray()) {
            rejectWith(out, 400, "invalid_request", QStringLiteral("%1: expected an array").arg(arrayName));
            return;
        }
        entries = array.toArray();
        if (entries.isEmpty()) {
            rejectWith(out, 400, "invalid_request", QStringLiteral("%1: empty").arg(arrayName));
            return;
        }
        if (entries.size() > maxBulkEntries) {
            rejectWith(out, 400, "too_many_records",
                QStringLiteral("%1: %2 entries; Heap accepts at most %3 per request")
                    .arg(arrayName)
                    .arg(entries.size())
                    .arg(maxBulkEntries));
            return;
        }
        for (auto it = body.begin(); it != body.end(); ++it)
            heap.insert(it.key(), it.value());
    } else {
        entries.append(body);
    }
    context.insert(QStringLiteral("heap"), heap);

    m_writer.begin(EventSource::Heap, request.receivedAt, maxEntryBytes + canonicalSlack);
    QJsonObject message;
    for (int i = 0; i < entries.size(); ++i) {
        const QString where = arrayName.isEmpty() ? QString() : QStringLiteral("%1[%2]").arg(arrayName).arg(i);
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject()) {
            rejectWith(out, 400, "invalid_request", QStringLiteral("%1: expected an object").arg(where));
            return;
        }
        std::optional<HeapRecordMapper::Problem> problem;
        switch (*endpoint) {
        case Endpoint::Track:
            problem = HeapRecordMapper::mapTrack(entry.toObject(), context, message);
            break;
        case Endpoint::AddUserProperties:
        case Endpoint::LegacyIdentify:
            problem = HeapRecordMapper::mapUserProperties(entry.toObject(), context, message);
            break;
        case Endpoint::AddAccountProperties:
            problem = HeapRecordMapper::mapAccountProperties(entry.toObject(), context, message);
            break;
        case Endpoint::IdentifyLink:
            problem = HeapRecordMapper::mapIdentityLink(entry.toObject(), context, message);
            break;
        }
        if (problem) {
            QString text = problem->text();
            if (!where.isEmpty())
                text.prepend(where + (problem->field.isEmpty() ? QStringLiteral(": ") : QStringLiteral(".")));
            rejectWith(out, 400, "invalid_record", text);
            return;
        }
        bool tooLarge = false;
        if (!m_writer.append(message, out.events, where, &error, &tooLarge)) {
            rejectWith(out, tooLarge ? 413 : 400, tooLarge ? "payload_too_large" : "invalid_record", error);
            return;
        }
    }
    out.status = 200;
    out.reply = CollectorReply { 200, QByteArray(), QByteArrayLiteral("text/plain"), 0 };
}

} // namespace Journey

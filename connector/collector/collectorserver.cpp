// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "collectorserver.h"

#include "core/timestamp.h"
#include "store/eventrecorder.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcCollector, "journey.collector", QtWarningMsg)

namespace Journey {

namespace {

// Answers to SDKs are protocol text, read by programs and pasted into bug reports: always English.
const QByteArray successBody = QByteArrayLiteral("{\"success\":true}");
// Rejected bodies are kept for the Rejected list, but not without bound.
constexpr qsizetype maxStoredRejectedBody = 1024 * 1024;

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

} // namespace

CollectorServer::CollectorServer(const CollectorConfig& config, EventRecorder* recorder, const SecretMasker& masker,
    std::shared_ptr<CollectorCounters> counters, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_recorder(recorder)
    , m_masker(masker)
    , m_counters(std::move(counters))
    , m_decoder(config)
{
    // Commits are reported from the writer thread; handle them here, on the collector thread.
    connect(m_recorder, &EventRecorder::committed, this, &CollectorServer::onCommitted);
    connect(m_recorder, &EventRecorder::commitFailed, this, &CollectorServer::onCommitFailed);
}

CollectorServer::~CollectorServer() = default;

bool CollectorServer::listen(QString* error)
{
    auto* server = new QTcpServer(this);
    const QHostAddress address(m_config.host);
    if (!server->listen(address, m_config.port)) {
        if (server->serverError() == QAbstractSocket::AddressInUseError) {
            *error = tr("Port %1 on %2 is already in use by another program.").arg(m_config.port).arg(m_config.host);
        } else {
            *error = tr("Cannot listen on %1:%2: %3").arg(m_config.host).arg(m_config.port).arg(server->errorString());
        }
        delete server;
        return false;
    }
    bind(server);
    return true;
}

quint16 CollectorServer::port() const
{
    const auto all = servers();
    return all.isEmpty() ? 0 : all.first()->serverPort();
}

void CollectorServer::stopListening()
{
    for (QTcpServer* server : servers())
        server->close();
}

bool CollectorServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const qint64 receivedAt = Timestamp::nowMs();
    m_counters->requests.fetch_add(1, std::memory_order_relaxed);
    const QUrl url = request.url();
    const QString path = url.path();
    const auto method = request.method();
    QHttpServerResponder responder = makeResponder(request, socket);

    if (method == QHttpServerRequest::Method::Options) {
        // CORS preflight from browser SDKs on another origin.
        enqueue(socket, std::move(responder), 0, Reply { 204, {}, 0 });
        return true;
    }
    const auto endpoint = SegmentRequestDecoder::endpointFor(path);
    if (!endpoint) {
        if (method == QHttpServerRequest::Method::Get && (path == QLatin1String("/") || path.isEmpty())) {
            QJsonObject info { { QStringLiteral("name"), QStringLiteral("Journey Connector collector") },
                { QStringLiteral("version"), QStringLiteral(JOURNEY_VERSION) },
                { QStringLiteral("endpoints"), QJsonArray::fromStringList(SegmentRequestDecoder::paths()) } };
            enqueue(socket, std::move(responder), 0, Reply { 200, QJsonDocument(info).toJson(QJsonDocument::Compact), 0 });
            return true;
        }
        m_counters->rejected.fetch_add(1, std::memory_order_relaxed);
        enqueue(socket, std::move(responder), 0,
            errorReply(404, "not_found",
                QStringLiteral("no endpoint at %1; the collector accepts POST to %2")
                    .arg(path, SegmentRequestDecoder::paths().join(QLatin1String(", ")))));
        return true;
    }
    if (method != QHttpServerRequest::Method::Post) {
        m_counters->rejected.fetch_add(1, std::memory_order_relaxed);
        enqueue(socket, std::move(responder), 0,
            errorReply(405, "method_not_allowed", QStringLiteral("%1 takes POST, not %2").arg(path, methodName(method))));
        return true;
    }
    if (m_recorder->pendingBytes() > m_config.maxPendingBytes) {
        // The store is behind: ask the SDK to come back, as Segment does under load.
        m_counters->throttled.fetch_add(1, std::memory_order_relaxed);
        Reply reply = errorReply(429, "overloaded", QStringLiteral("the store is busy; retry in a second"));
        reply.retryAfterSeconds = 1;
        enqueue(socket, std::move(responder), 0, reply);
        return true;
    }

    const QList<QPair<QByteArray, QByteArray>> headers = request.headers();
    const QByteArray body = request.body();
    DecodedRequest decoded;
    m_decoder.decode(*endpoint, headers, body, receivedAt, decoded);

    IngestBatch ingest;
    StoredRequest& stored = ingest.request.emplace();
    stored.receivedAt = receivedAt;
    stored.source = decoded.events.isEmpty() ? EventSource::Segment : decoded.events.source(0);
    stored.method = methodName(method);
    stored.path = path;
    stored.query = m_masker.maskQuery(url.query(QUrl::FullyEncoded));
    stored.remoteAddress = request.remoteAddress().toString();
    stored.headers = m_masker.maskHeaders(headers);
    stored.contentType = SegmentRequestDecoder::header(headers, "content-type");
    stored.contentEncoding = SegmentRequestDecoder::header(headers, "content-encoding");
    stored.wireSize = body.size();
    stored.status = decoded.status;
    stored.error = decoded.message;

    if (decoded.status != 200) {
        m_counters->rejected.fetch_add(1, std::memory_order_relaxed);
        QByteArray kept = decoded.body.isEmpty() ? body : decoded.body;
        if (kept.size() > maxStoredRejectedBody) {
            kept.truncate(maxStoredRejectedBody);
            stored.error += QStringLiteral(" (body truncated to 1 MB for storage)");
        }
        stored.body = m_masker.maskJsonText(kept);
        qCInfo(lcCollector) << "rejected" << path << decoded.status << decoded.errorCode << "body bytes:" << body.size();
        // Kept for the Rejected list; the sender gets its answer at once.
        m_recorder->submit(std::move(ingest));
        enqueue(socket, std::move(responder), 0, errorReply(decoded.status, decoded.errorCode, decoded.message));
        return true;
    }

    // The request's own key is a secret wherever it appears in what is kept: masked as the JSON string it
    // is in the body (whatever its length), and in headers. A key written with escapes gets the thorough
    // walk over every member instead (slower: it looks at every key of the body).
    SecretMasker masker = m_masker;
    stored.body = decoded.body;
    if (!decoded.writeKey.isEmpty()) {
        masker.addKnownSecret(decoded.writeKey);
        const QByteArray token = '"' + decoded.writeKey + '"';
        if (stored.body.contains(token))
            stored.body.replace(token, QByteArray('"' + SecretMasker::maskValue(decoded.writeKey) + '"'));
        else
            stored.body = masker.maskJsonText(stored.body);
    }
    stored.body = masker.maskKnown(std::move(stored.body));
    stored.headers = masker.maskHeaders(headers);
    ingest.events = std::move(decoded.events);
    const int eventCount = ingest.events.size();
    QString error;
    const quint64 ticket = m_recorder->submit(std::move(ingest), &error);
    if (ticket == 0) {
        m_counters->rejected.fetch_add(1, std::memory_order_relaxed);
        Reply reply = errorReply(503, "store_unavailable", QStringLiteral("the events could not be stored: %1").arg(error));
        reply.retryAfterSeconds = 5;
        enqueue(socket, std::move(responder), 0, reply);
        return true;
    }
    m_counters->accepted.fetch_add(1, std::memory_order_relaxed);
    m_counters->events.fetch_add(eventCount, std::memory_order_relaxed);
    if (m_recorder->isJournalEnabled()) {
        // Journaled: safe from here on, even if the process dies before the commit.
        enqueue(socket, std::move(responder), 0, Reply { 200, successBody, 0 });
    } else {
        m_waitingForCommit.insert(ticket);
        enqueue(socket, std::move(responder), ticket, std::nullopt);
    }
    return true;
}

void CollectorServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this is for completeness.
    enqueue(socket, makeResponder(request, socket), 0, errorReply(404, "not_found", QStringLiteral("no such endpoint")));
}

CollectorServer::Reply CollectorServer::errorReply(int status, const QByteArray& code, const QString& message)
{
    const QJsonObject body { { QStringLiteral("success"), false }, { QStringLiteral("code"), QString::fromLatin1(code) },
        { QStringLiteral("message"), message } };
    return Reply { status, QJsonDocument(body).toJson(QJsonDocument::Compact), 0 };
}

void CollectorServer::enqueue(QTcpSocket* socket, QHttpServerResponder&& responder, quint64 ticket, std::optional<Reply> reply)
{
    auto [it, inserted] = m_pending.try_emplace(socket);
    if (inserted)
        connect(socket, &QObject::destroyed, this, [this, socket] { forgetSocket(socket); });
    Pending pending;
    pending.ticket = ticket;
    pending.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    pending.reply = std::move(reply);
    it->second.push_back(std::move(pending));
    if (ticket)
        m_socketOfTicket.emplace(ticket, socket);
    flush(socket);
}

void CollectorServer::complete(quint64 ticket, const Reply& reply)
{
    const auto found = m_socketOfTicket.find(ticket);
    if (found == m_socketOfTicket.end())
        return; // the client went away, or it was a rejected request's record
    QTcpSocket* socket = found->second;
    m_socketOfTicket.erase(found);
    for (Pending& pending : m_pending[socket]) {
        if (pending.ticket == ticket) {
            pending.reply = reply;
            break;
        }
    }
    flush(socket);
}

void CollectorServer::flush(QTcpSocket* socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return;
    auto& queue = it->second;
    bool sent = false;
    while (!queue.empty() && queue.front().reply) {
        if (socket->state() == QAbstractSocket::ConnectedState) {
            send(*queue.front().responder, *queue.front().reply);
            sent = true;
        }
        queue.pop_front();
    }
    if (sent)
        socket->flush(); // on the wire now, not at the next event loop turn (matters at shutdown)
}

void CollectorServer::forgetSocket(QTcpSocket* socket)
{
    const auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return;
    for (const Pending& pending : it->second) {
        if (pending.ticket)
            m_socketOfTicket.erase(pending.ticket);
    }
    m_pending.erase(it);
}

void CollectorServer::send(QHttpServerResponder& responder, const Reply& reply)
{
    using Status = QHttpServerResponder::StatusCode;
    const auto status = Status(reply.status);
    if (reply.status == 204) {
        responder.write({ { "Access-Control-Allow-Origin", "*" },
                            { "Access-Control-Allow-Methods", "POST, GET, OPTIONS" },
                            { "Access-Control-Allow-Headers", "Content-Type, Content-Encoding, Authorization, X-Retry-Count" },
                            { "Access-Control-Max-Age", "86400" } },
            status);
        return;
    }
    if (reply.retryAfterSeconds > 0) {
        responder.write(reply.body,
            { { "Content-Type", "application/json" }, { "Access-Control-Allow-Origin", "*" },
                { "Retry-After", QByteArray::number(reply.retryAfterSeconds) } },
            status);
        return;
    }
    responder.write(reply.body, { { "Content-Type", "application/json" }, { "Access-Control-Allow-Origin", "*" } }, status);
}

void CollectorServer::onCommitted(const CommitReportPtr& report)
{
    for (quint64 ticket : report->tickets) {
        if (m_waitingForCommit.erase(ticket))
            complete(ticket, Reply { 200, successBody, 0 });
    }
}

void CollectorServer::onCommitFailed(const QList<quint64>& tickets, const QString& message)
{
    for (quint64 ticket : tickets) {
        if (m_waitingForCommit.erase(ticket) == 0)
            continue;
        m_counters->accepted.fetch_sub(1, std::memory_order_relaxed);
        m_counters->rejected.fetch_add(1, std::memory_order_relaxed);
        Reply reply = errorReply(503, "store_unavailable", QStringLiteral("the events could not be stored: %1").arg(message));
        reply.retryAfterSeconds = 5;
        complete(ticket, reply);
    }
}

} // namespace Journey

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
#include <QUrlQuery>

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
    , m_router(config)
    , m_api(new JourneyApi(recorder, recorder->storePath(), this))
{
    if (!m_config.forwardTargets.empty()) {
        m_forwarder = new RequestForwarder(this);
        m_forwarder->setMasker(m_masker);
        m_forwarder->setTimeout(m_config.forwardTimeoutMs);
        connect(m_forwarder, &RequestForwarder::finished, this, &CollectorServer::onForwarded);
    }
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
    const auto method = request.method();
    QHttpServerResponder responder = makeResponder(request, socket);

    if (method == QHttpServerRequest::Method::Options) {
        // CORS preflight from browser SDKs on another origin.
        enqueue(socket, std::move(responder), 0, Reply { 204, {}, {}, 0 });
        return true;
    }

    CollectorRequest incoming;
    incoming.method = methodName(method).toLatin1();
    incoming.fullPath = url.path();
    incoming.query = QUrlQuery(url);
    incoming.headers = request.headers();
    incoming.body = request.body();
    incoming.receivedAt = receivedAt;

    if (incoming.fullPath == QLatin1String("/journey") || incoming.fullPath.startsWith(QLatin1String("/journey/"))) {
        m_api->handle(incoming, [this, socket, responder = std::make_shared<QHttpServerResponder>(std::move(responder))](
                                    const CollectorReply& reply) mutable {
            enqueue(socket, std::move(*responder), 0, reply);
        });
        return true;
    }

    RequestDecoder* prefixDecoder = nullptr;
    RequestDecoder* decoder = m_router.route(incoming, &prefixDecoder);
    if (!decoder) {
        if (method == QHttpServerRequest::Method::Get && (incoming.fullPath == QLatin1String("/") || incoming.fullPath.isEmpty())) {
            QJsonObject info { { QStringLiteral("name"), QStringLiteral("Journey Connector collector") },
                { QStringLiteral("version"), QStringLiteral(JOURNEY_VERSION) },
                { QStringLiteral("endpoints"), QJsonArray::fromStringList(m_router.allPaths()) },
                { QStringLiteral("providers"), m_router.endpointsByProvider() },
                { QStringLiteral("api"), QJsonArray::fromStringList(JourneyApi::paths()) } };
            enqueue(socket, std::move(responder), 0,
                Reply { 200, QJsonDocument(info).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), 0 });
            return true;
        }
        const QString supported = prefixDecoder
            ? QStringLiteral("%1 accepts %2").arg(eventSourceDisplayName(prefixDecoder->source()),
                  prefixDecoder->paths().join(QLatin1String(", ")))
            : QStringLiteral("the collector accepts %1; the test API is under /journey/").arg(m_router.endpointsText());
        DecodedRequest unknown;
        unknown.reject(404, "not_found", QStringLiteral("no endpoint at %1; %2").arg(incoming.fullPath, supported));
        unknown.source = prefixDecoder ? prefixDecoder->source() : EventSource::Unknown;
        unknown.body = incoming.body;
        reject(incoming, url, request, unknown);
        enqueue(socket, std::move(responder), 0, errorReply(404, "not_found", unknown.message));
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

    DecodedRequest decoded;
    decoded.source = decoder->source();
    decoder->decode(incoming, decoded);

    if (decoded.status != 200) {
        reject(incoming, url, request, decoded);
        enqueue(socket, std::move(responder), 0,
            decoded.reply ? *decoded.reply : errorReply(decoded.status, decoded.errorCode, decoded.message));
        return true;
    }
    const Reply success = decoded.reply ? *decoded.reply : Reply { 200, successBody, QByteArrayLiteral("application/json"), 0 };
    const QUrl upstream = m_forwarder ? forwardTarget(decoded) : QUrl();
    if (!decoded.record && upstream.isEmpty()) {
        // Flag evaluation, GA4's validation server: answered, nothing kept.
        m_counters->accepted.fetch_add(1, std::memory_order_relaxed);
        enqueue(socket, std::move(responder), 0, success);
        return true;
    }

    std::optional<IngestBatch> ingest;
    int eventCount = 0;
    if (decoded.record) {
        StoredRequest& stored = ingest.emplace().request.emplace();
        describe(incoming, url, request, decoded, stored);
        // The request's own keys are secrets wherever they appear in what is kept: masked as the JSON strings
        // they are in the body (whatever their length), and in headers. A key written with escapes gets the
        // thorough walk over every member instead (slower: it looks at every key of the body).
        SecretMasker masker = m_masker;
        stored.body = std::move(decoded.body);
        for (const QByteArray& secret : std::as_const(decoded.secrets)) {
            masker.addKnownSecret(secret);
            const QByteArray token = '"' + secret + '"';
            if (stored.body.contains(token))
                stored.body.replace(token, QByteArray('"' + SecretMasker::maskValue(secret) + '"'));
            else
                stored.body = masker.maskJsonText(stored.body);
        }
        stored.body = masker.maskKnown(std::move(stored.body));
        stored.headers = masker.maskHeaders(incoming.headers);
        stored.query = storedQuery(url, masker, decoded);
        ingest->events = std::move(decoded.events);
        eventCount = ingest->events.size();
    }

    const quint64 replyTicket = m_nextReplyTicket++;
    if (!upstream.isEmpty()) {
        // Inspect in transit: the SDK gets the upstream's answer, the events are kept with it beside them.
        Forwarding forwarding;
        forwarding.replyTicket = replyTicket;
        forwarding.ingest = std::move(ingest);
        forwarding.eventCount = eventCount;
        m_forwarding.emplace(m_forwarder->forward(incoming, upstream), std::move(forwarding));
        enqueue(socket, std::move(responder), replyTicket, std::nullopt);
        return true;
    }
    std::optional<Reply> now = submitEvents(std::move(*ingest), eventCount, success, replyTicket);
    enqueue(socket, std::move(responder), now ? 0 : replyTicket, std::move(now));
    return true;
}

std::optional<CollectorServer::Reply> CollectorServer::submitEvents(IngestBatch ingest, int eventCount,
    const Reply& success, quint64 replyTicket)
{
    QString error;
    const quint64 ticket = m_recorder->submit(std::move(ingest), &error);
    if (ticket == 0) {
        m_counters->rejected.fetch_add(1, std::memory_order_relaxed);
        Reply reply = errorReply(503, "store_unavailable", QStringLiteral("the events could not be stored: %1").arg(error));
        reply.retryAfterSeconds = 5;
        return reply;
    }
    m_counters->accepted.fetch_add(1, std::memory_order_relaxed);
    m_counters->events.fetch_add(eventCount, std::memory_order_relaxed);
    if (m_recorder->isJournalEnabled())
        return success; // journaled: safe from here on, even if the process dies before the commit
    m_waitingForCommit.emplace(ticket, success);
    m_replyTicketOfCommit.emplace(ticket, replyTicket);
    return std::nullopt;
}

QUrl CollectorServer::forwardTarget(const DecodedRequest& decoded) const
{
    QByteArray name = eventSourceName(decoded.source).toByteArray();
    // Segment's format spoken by a RudderStack SDK goes to RudderStack when that is forwarded.
    if (decoded.source == EventSource::Segment && !decoded.events.isEmpty()
        && decoded.events.source(0) == EventSource::RudderStack && m_config.forwardTargets.count("rudderstack"))
        name = "rudderstack";
    const auto found = m_config.forwardTargets.find(name);
    return found == m_config.forwardTargets.end() ? QUrl() : found->second;
}

void CollectorServer::onForwarded(quint64 forwardTicket, const UpstreamExchange& exchange)
{
    const auto found = m_forwarding.find(forwardTicket);
    if (found == m_forwarding.end())
        return;
    Forwarding forwarding = std::move(found->second);
    m_forwarding.erase(found);

    Reply reply;
    if (exchange.answered()) {
        reply.status = exchange.status;
        reply.body = exchange.body;
        reply.contentType = exchange.contentType;
        for (const auto& header : RequestForwarder::forwardedHeaders(exchange.headers)) {
            const QByteArray name = header.first.toLower();
            if (name != "content-type" && name != "access-control-allow-origin")
                reply.headers.append(header);
        }
    } else {
        reply = errorReply(exchange.timedOut ? 504 : 502, exchange.timedOut ? "upstream_timeout" : "upstream_unreachable",
            QStringLiteral("forwarding to %1 failed: %2").arg(exchange.url, exchange.error));
    }
    if (!forwarding.ingest) {
        complete(forwarding.replyTicket, reply);
        return;
    }
    UpstreamExchange kept = exchange;
    kept.headers = m_masker.maskHeaders(exchange.headers); // an upstream's cookies are as secret as ours
    forwarding.ingest->request->upstream = std::move(kept);
    if (const std::optional<Reply> now = submitEvents(std::move(*forwarding.ingest), forwarding.eventCount, reply,
            forwarding.replyTicket))
        complete(forwarding.replyTicket, *now);
}

QString CollectorServer::storedQuery(const QUrl& url, const SecretMasker& masker, const DecodedRequest& decoded)
{
    QUrlQuery query(url);
    // A `data` parameter (Mixpanel's GET ?data=<base64>) carries the payload, and with it the token, encoded: it is
    // kept decoded (and masked) as the body instead.
    if (!decoded.secrets.isEmpty() && query.hasQueryItem(QStringLiteral("data"))) {
        query.removeAllQueryItems(QStringLiteral("data"));
        query.addQueryItem(QStringLiteral("data"), QStringLiteral("(decoded into the body)"));
    }
    return masker.maskQuery(query.query(QUrl::FullyEncoded));
}

void CollectorServer::describe(const CollectorRequest& incoming, const QUrl& url, const QHttpServerRequest& request,
    const DecodedRequest& decoded, StoredRequest& stored) const
{
    stored.receivedAt = incoming.receivedAt;
    stored.source = decoded.source;
    stored.method = QString::fromLatin1(incoming.method);
    stored.path = incoming.fullPath;
    stored.query = storedQuery(url, m_masker, decoded);
    stored.remoteAddress = request.remoteAddress().toString();
    stored.headers = m_masker.maskHeaders(incoming.headers);
    stored.contentType = incoming.header("content-type");
    stored.contentEncoding = incoming.header("content-encoding");
    stored.wireSize = incoming.body.size();
    stored.status = decoded.reply && decoded.reply->status >= 400 ? decoded.reply->status : decoded.status;
    stored.error = decoded.message;
}

void CollectorServer::reject(const CollectorRequest& incoming, const QUrl& url, const QHttpServerRequest& request,
    const DecodedRequest& decoded)
{
    m_counters->rejected.fetch_add(1, std::memory_order_relaxed);
    IngestBatch ingest;
    StoredRequest& stored = ingest.request.emplace();
    describe(incoming, url, request, decoded, stored);
    QByteArray kept = decoded.body.isEmpty() ? incoming.body : decoded.body;
    if (kept.size() > maxStoredRejectedBody) {
        kept.truncate(maxStoredRejectedBody);
        stored.error += QStringLiteral(" (body truncated to 1 MB for storage)");
    }
    SecretMasker masker = m_masker;
    for (const QByteArray& secret : decoded.secrets)
        masker.addKnownSecret(secret);
    stored.body = masker.maskKnown(masker.maskJsonText(kept));
    stored.headers = masker.maskHeaders(incoming.headers);
    stored.query = storedQuery(url, masker, decoded);
    qCInfo(lcCollector) << "rejected" << incoming.fullPath << decoded.status << decoded.errorCode
                        << "body bytes:" << incoming.body.size();
    // Kept for the Rejected list; the sender gets its answer at once.
    m_recorder->submit(std::move(ingest));
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
    return Reply { status, QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), 0 };
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
    responder.writeStatusLine(status);
    responder.writeHeader("Access-Control-Allow-Origin", "*");
    if (!reply.contentType.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    if (reply.retryAfterSeconds > 0)
        responder.writeHeader("Retry-After", QByteArray::number(reply.retryAfterSeconds));
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

void CollectorServer::onCommitted(const CommitReportPtr& report)
{
    for (quint64 ticket : report->tickets) {
        const auto waiting = m_waitingForCommit.find(ticket);
        if (waiting == m_waitingForCommit.end())
            continue;
        const Reply reply = waiting->second;
        m_waitingForCommit.erase(waiting);
        const auto replyTicket = m_replyTicketOfCommit.find(ticket);
        if (replyTicket != m_replyTicketOfCommit.end()) {
            const quint64 answer = replyTicket->second;
            m_replyTicketOfCommit.erase(replyTicket);
            complete(answer, reply);
        }
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
        const auto replyTicket = m_replyTicketOfCommit.find(ticket);
        if (replyTicket != m_replyTicketOfCommit.end()) {
            const quint64 answer = replyTicket->second;
            m_replyTicketOfCommit.erase(replyTicket);
            complete(answer, reply);
        }
    }
}

} // namespace Journey

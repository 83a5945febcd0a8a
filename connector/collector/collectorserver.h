// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "collectorstats.h"
#include "config/collectorconfig.h"
#include "core/secretmasker.h"
#include "collectorreply.h"
#include "decodedrequest.h"
#include "journeyapi.h"
#include "requestforwarder.h"
#include "requestrouter.h"
#include "store/ingestbatch.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

class QTcpSocket;

namespace Journey {

class EventRecorder;

/// Counters shared between the collector thread and whoever reads them.
struct CollectorCounters
{
    std::atomic<qint64> requests { 0 };
    std::atomic<qint64> accepted { 0 };
    std::atomic<qint64> rejected { 0 };
    std::atomic<qint64> throttled { 0 };
    std::atomic<qint64> events { 0 };
};

/*!
 * The collector's HTTP server; lives on the collector thread. Decodes each request, hands accepted events
 * to the EventRecorder and answers only once they are committed, so a 200 means the events survive a crash.
 * Answers go out in request order on each connection even when commits finish out of order.
 */
class CollectorServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    CollectorServer(const CollectorConfig& config, EventRecorder* recorder, const SecretMasker& masker,
        std::shared_ptr<CollectorCounters> counters, QObject* parent = nullptr);
    ~CollectorServer() override;

    bool listen(QString* error);
    quint16 port() const;
    void stopListening();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    using Reply = CollectorReply;
    struct Pending
    {
        quint64 ticket = 0; ///< 0 when the reply is known at once
        std::unique_ptr<QHttpServerResponder> responder;
        std::optional<Reply> reply;
    };

    void enqueue(QTcpSocket* socket, QHttpServerResponder&& responder, quint64 ticket, std::optional<Reply> reply);
    void complete(quint64 ticket, const Reply& reply);
    void flush(QTcpSocket* socket);
    void forgetSocket(QTcpSocket* socket);
    static void send(QHttpServerResponder& responder, const Reply& reply);
    static Reply errorReply(int status, const QByteArray& code, const QString& message);
    /// The query as kept with the request: secrets masked, an encoded `data` payload left out.
    static QString storedQuery(const QUrl& url, const SecretMasker& masker, const DecodedRequest& decoded);
    /// Fills what is known of a request before its body is masked.
    void describe(const CollectorRequest& incoming, const QUrl& url, const QHttpServerRequest& request,
        const DecodedRequest& decoded, StoredRequest& stored) const;
    /// Keeps a rejected request for the Rejected list (nothing of its events is stored).
    void reject(const CollectorRequest& incoming, const QUrl& url, const QHttpServerRequest& request,
        const DecodedRequest& decoded);

    /// Submits \a ingest; the answer to send now (\a success, or a 503), or nothing when it must wait for the
    /// commit (no journal), which then answers the request behind \a replyTicket.
    std::optional<Reply> submitEvents(IngestBatch ingest, int eventCount, const Reply& success, quint64 replyTicket);
    /// The forwarding base URL for what \a decoded came in as; empty when that format is not forwarded.
    QUrl forwardTarget(const DecodedRequest& decoded) const;
    void onForwarded(quint64 forwardTicket, const UpstreamExchange& exchange);
    void onCommitted(const CommitReportPtr& report);
    void onCommitFailed(const QList<quint64>& tickets, const QString& message);

    CollectorConfig m_config;
    EventRecorder* m_recorder;
    SecretMasker m_masker;
    std::shared_ptr<CollectorCounters> m_counters;
    RequestRouter m_router;
    JourneyApi* m_api; ///< the /journey/ test automation API; a child
    std::unordered_map<QTcpSocket*, std::deque<Pending>> m_pending;
    std::unordered_map<quint64, QTcpSocket*> m_socketOfTicket;
    std::unordered_map<quint64, Reply> m_waitingForCommit; ///< tickets answered only once committed (no journal)
    /// A request passed on upstream, waiting for the answer.
    struct Forwarding
    {
        quint64 replyTicket = 0; ///< the place of its answer in its connection's queue
        std::optional<IngestBatch> ingest; ///< what to store once the upstream answered; none for flag calls
        int eventCount = 0;
    };
    RequestForwarder* m_forwarder = nullptr; ///< a child; only when something is forwarded
    std::unordered_map<quint64, Forwarding> m_forwarding; ///< by forwarder ticket
    std::unordered_map<quint64, quint64> m_replyTicketOfCommit; ///< recorder ticket → reply ticket (no journal)
    quint64 m_nextReplyTicket = quint64(1) << 62; ///< apart from the recorder's tickets
};

} // namespace Journey

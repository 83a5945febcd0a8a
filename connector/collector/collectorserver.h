// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "collectorstats.h"
#include "config/collectorconfig.h"
#include "core/secretmasker.h"
#include "segmentrequestdecoder.h"
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
    struct Reply
    {
        int status = 200;
        QByteArray body;
        int retryAfterSeconds = 0;
    };
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

    void onCommitted(const CommitReportPtr& report);
    void onCommitFailed(const QList<quint64>& tickets, const QString& message);

    CollectorConfig m_config;
    EventRecorder* m_recorder;
    SecretMasker m_masker;
    std::shared_ptr<CollectorCounters> m_counters;
    SegmentRequestDecoder m_decoder;
    std::unordered_map<QTcpSocket*, std::deque<Pending>> m_pending;
    std::unordered_map<quint64, QTcpSocket*> m_socketOfTicket;
    std::unordered_set<quint64> m_waitingForCommit; ///< tickets answered only once committed (no journal)
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <cstdint>
#include <memory>
#include <unordered_set>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace Journey::Bench {

/// What a CountingSink saw since its last reset().
struct SinkCounts
{
    qint64 requests = 0;
    qint64 badRequests = 0; ///< bodies that were not gzip/JSON of a known shape (answered 400)
    qint64 events = 0; ///< event objects in the bodies
    qint64 wireBytes = 0; ///< bodies as received
    qint64 bodyBytes = 0; ///< bodies decoded
    QMap<QByteArray, qint64> requestsByPath;

    // Loss and duplicates, by the `seq` property every benchmark event carries (0 … expected-1).
    qint64 expected = 0;
    qint64 lost = 0; ///< seq values never seen
    qint64 duplicates = 0; ///< events whose seq had been seen before
    qint64 unexpected = 0; ///< events without a seq, or with one outside 0 … expected-1

    // The provider's dedup id (messageId, uuid, insert_id, $insert_id, idempotency_key), hashed.
    qint64 withId = 0;
    qint64 distinctIds = 0;
    qint64 duplicateIds = 0;

    qint64 firstRequestMs = -1; ///< ms after reset() when the first request was counted
    qint64 lastRequestMs = -1;
    double busySeconds = 0; ///< time spent decoding and counting bodies
    double cpuSeconds = 0; ///< the sink thread's CPU time since reset()
};

/*!
 * A provider's ingestion API as far as a throughput benchmark needs it: HTTP/1.1 on 127.0.0.1 (keep-alive,
 * Content-Length or chunked bodies, gzip), answering 200 with a body every provider class and SDK reads as
 * success. It keeps no requests: each body is decoded with simdjson, its events counted by `seq` and by dedup
 * id, and dropped. Runs on its own thread so that it competes with the sender for CPU only, never for its
 * event loop. All public calls are thread-safe (they run on the sink's thread and wait).
 */
class CountingSink
{
public:
    CountingSink();
    ~CountingSink();
    CountingSink(const CountingSink&) = delete;
    CountingSink& operator=(const CountingSink&) = delete;

    /// Starts the thread and listens on 127.0.0.1 at a free port.
    bool start(QString* error);
    quint16 port() const { return m_port; }
    QUrl url() const;

    /// Forgets everything counted; the next run's events carry seq 0 … \a expected - 1.
    void reset(qint64 expected);
    /// The figures so far.
    SinkCounts counts();

private:
    struct Connection;
    struct Parser; ///< simdjson's, kept out of this header

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    /// False when the buffered data is not HTTP/1.1 (the connection is closed).
    bool serve(QTcpSocket* socket, Connection& connection);
    /// Counts the events of one body; the HTTP status to answer.
    int countBody(const QByteArray& path, const QByteArray& body, bool gzip);

    QThread m_thread;
    QObject* m_context = nullptr; ///< lives on m_thread; owns the server and the sockets
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    QHash<QTcpSocket*, std::shared_ptr<Connection>> m_connections;
    std::unique_ptr<Parser> m_parser;

    // Touched only on m_thread.
    SinkCounts m_counts;
    std::vector<std::uint8_t> m_seen; ///< per seq, saturating
    std::unordered_set<std::uint64_t> m_ids;
    qint64 m_resetAtNs = 0;
    double m_cpuAtReset = 0;
};

} // namespace Journey::Bench

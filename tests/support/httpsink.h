// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

// A real HTTP/1.1 server on 127.0.0.1 (port 0) that stands in for a provider's ingestion API in tests and
// benchmarks: it records every request (gzip bodies decoded) and answers from a script, so tests can inject
// 5xx, 429 with Retry-After, slow answers, dropped connections and per-record errors.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

namespace JourneyTest {

using SinkHeaders = QList<QPair<QByteArray, QByteArray>>;

struct SinkRequest
{
    QByteArray method;
    QByteArray target; ///< as sent: path and query
    QString path;
    QUrlQuery query;
    SinkHeaders headers;
    QByteArray wireBody; ///< as received
    QByteArray body; ///< gzip decoded when Content-Encoding says gzip
    bool gzipped = false;
    qint64 receivedMs = 0; ///< ms since the sink started

    QByteArray header(QByteArrayView name) const;
};

struct SinkResponse
{
    enum class Action {
        Respond,
        Close, ///< close the connection after reading the request, without answering (connection reset)
        Hang, ///< never answer (the client must time out)
    };
    Action action = Action::Respond;
    int status = 200;
    SinkHeaders headers { { "Content-Type", "application/json" } };
    QByteArray body = "{\"success\":true}";
    int delayMs = 0; ///< answer after this long

    static SinkResponse reply(int code, QByteArray body = {}, SinkHeaders headers = {});
    static SinkResponse close() { SinkResponse r; r.action = Action::Close; return r; }
    static SinkResponse hang() { SinkResponse r; r.action = Action::Hang; return r; }
};

class HttpSink : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<SinkResponse(const SinkRequest&)>;

    explicit HttpSink(QObject* parent = nullptr);
    ~HttpSink() override;

    /// Listens on 127.0.0.1 at \a port (0: a free one). False when listening failed.
    bool start(quint16 port = 0);
    QUrl url() const; ///< http://127.0.0.1:PORT
    quint16 port() const;

    /// Answers the next requests from \a responses in order, then with the default answer.
    void script(const QList<SinkResponse>& responses) { m_script = responses; }
    /// The answer once the script is used up (200 {"success":true} unless set).
    void setDefault(const SinkResponse& response) { m_default = response; }
    /// Decides every answer itself; the script and the default are not used while set.
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<SinkRequest>& requests() const { return m_requests; }
    void clear() { m_requests.clear(); }
    /// Runs the event loop until \a count requests arrived in total or \a timeoutMs passed.
    bool waitForRequests(int count, int timeoutMs = 10000);
    /// Stops accepting and drops every open connection (the "server went away" case).
    void stop();

signals:
    void requestReceived(const JourneyTest::SinkRequest& request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const SinkRequest& request);

    QTcpServer m_server;
    QList<SinkRequest> m_requests;
    QList<SinkResponse> m_script;
    SinkResponse m_default;
    Handler m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QElapsedTimer m_clock;
};

} // namespace JourneyTest

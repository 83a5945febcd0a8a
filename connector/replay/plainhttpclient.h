// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "providers/providerrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpSocket;
class QTimer;

namespace Journey {

/*!
 * A lean HTTP/1.1 client for plain http:// (the local collector, a loopback sink): keep-alive connections, one
 * per request in flight, TCP_NODELAY, and each request written in one piece.
 *
 * Why not QNetworkAccessManager here: it writes a request's headers and its body separately without
 * TCP_NODELAY, so each POST waits for the server's delayed ACK (40 ms on Linux) before its body leaves —
 * a replay at `max` speed then sends ~25 requests per second per connection whatever their size. https:// goes
 * through QNetworkAccessManager (HttpReplaySink), where TLS and proxies matter more than this.
 *
 * Lives on the thread that calls send(); that thread needs an event loop.
 */
class PlainHttpClient : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 0; ///< 0 when no answer arrived
        HttpHeaders headers;
        QByteArray body;
        QString error; ///< why there is no answer (refused, closed, timeout, cancelled)
        bool timedOut = false;
    };
    using Callback = std::function<void(const Response&)>;

    explicit PlainHttpClient(QObject* parent = nullptr);
    ~PlainHttpClient() override;

    /// Sends a request to \a url (http only); \a done runs on this thread when it ended.
    void send(const QUrl& url, const QByteArray& method, const HttpHeaders& headers, const QByteArray& body,
        int timeoutMs, Callback done);
    /// Ends every request in flight with "cancelled".
    void abortAll();
    int inFlight() const;

private:
    struct Connection;

    void start(Connection* connection);
    /// \a closed: the server closed the connection (what is buffered is all there is).
    void onReadyRead(Connection* connection, bool closed);
    void onFailed(Connection* connection, const QString& error, bool timedOut);
    void finish(Connection* connection, Response response, bool keepAlive);
    void drop(Connection* connection);
    /// Parses what the connection has buffered; true when a whole response is there.
    static bool parse(Connection* connection, Response& response, bool& keepAlive, bool atEnd);

    QList<Connection*> m_connections;
};

} // namespace Journey

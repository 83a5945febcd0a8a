// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "plainhttpclient.h"

#include <QTcpSocket>
#include <QTimer>

namespace Journey {

namespace {

QByteArray headerOf(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

struct PlainHttpClient::Connection
{
    QTcpSocket* socket = nullptr;
    QTimer* timer = nullptr;
    QString host;
    quint16 port = 0;
    bool busy = false;
    bool reused = false; ///< served a request before: a close before any answer may be the server ending it idle
    bool answered = false; ///< bytes of the current answer arrived
    QByteArray request; ///< the current request, as written (kept for one retry on a stale connection)
    Callback done;
    QByteArray buffer;
};

PlainHttpClient::PlainHttpClient(QObject* parent)
    : QObject(parent)
{ }

PlainHttpClient::~PlainHttpClient()
{
    abortAll();
    for (Connection* connection : std::as_const(m_connections)) {
        connection->socket->disconnect(this);
        delete connection->socket;
        delete connection->timer;
        delete connection;
    }
}

int PlainHttpClient::inFlight() const
{
    int count = 0;
    for (const Connection* connection : m_connections)
        count += connection->busy ? 1 : 0;
    return count;
}

void PlainHttpClient::send(const QUrl& url, const QByteArray& method, const HttpHeaders& headers,
    const QByteArray& body, int timeoutMs, Callback done)
{
    const QString host = url.host();
    const quint16 port = quint16(url.port(80));
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray request;
    request.reserve(body.size() + 512);
    request += method + ' ' + target + " HTTP/1.1\r\nHost: " + url.authority(QUrl::FullyEncoded).toUtf8() + "\r\n";
    for (const auto& [name, value] : headers) {
        if (name.compare("host", Qt::CaseInsensitive) == 0 || name.compare("content-length", Qt::CaseInsensitive) == 0
            || name.compare("connection", Qt::CaseInsensitive) == 0)
            continue;
        request += name + ": " + value + "\r\n";
    }
    if (!body.isEmpty() || method != "GET")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n";
    request += body;

    Connection* connection = nullptr;
    for (Connection* candidate : std::as_const(m_connections)) {
        if (!candidate->busy && candidate->host == host && candidate->port == port
            && candidate->socket->state() == QAbstractSocket::ConnectedState) {
            connection = candidate;
            break;
        }
    }
    if (!connection) {
        connection = new Connection;
        connection->host = host;
        connection->port = port;
        connection->socket = new QTcpSocket;
        connection->timer = new QTimer;
        connection->timer->setSingleShot(true);
        QTcpSocket* socket = connection->socket;
        connect(socket, &QTcpSocket::connected, this, [socket] {
            // One write per request, sent at once: no waiting for the server's delayed ACK.
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { onReadyRead(connection, false); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, connection](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::RemoteHostClosedError) {
                onReadyRead(connection, true); // an answer delimited by the close
                if (!m_connections.contains(connection))
                    return; // it finished that answer and was dropped
                if (connection->busy)
                    onFailed(connection, tr("connection closed by the server before it answered"), false);
                else
                    drop(connection);
                return;
            }
            if (!connection->busy) {
                drop(connection);
                return;
            }
            QString text;
            switch (error) {
            case QAbstractSocket::ConnectionRefusedError:
                text = tr("connection refused");
                break;
            case QAbstractSocket::HostNotFoundError:
                text = tr("host not found (DNS)");
                break;
            default:
                text = connection->socket->errorString();
            }
            onFailed(connection, text, false);
        });
        connect(connection->timer, &QTimer::timeout, this,
            [this, connection] { onFailed(connection, tr("no answer within the timeout"), true); });
        m_connections.append(connection);
    } else {
        connection->reused = true;
    }
    connection->busy = true;
    connection->answered = false;
    connection->request = std::move(request);
    connection->done = std::move(done);
    connection->buffer.clear();
    connection->timer->start(qMax(1, timeoutMs));
    start(connection);
}

void PlainHttpClient::start(Connection* connection)
{
    QTcpSocket* socket = connection->socket;
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->connectToHost(connection->host, connection->port);
    // Written once connected (QTcpSocket buffers until then).
    socket->write(connection->request);
}

void PlainHttpClient::onReadyRead(Connection* connection, bool closed)
{
    connection->buffer += connection->socket->readAll();
    if (!connection->busy) {
        connection->buffer.clear(); // nothing was asked
        return;
    }
    if (!connection->buffer.isEmpty())
        connection->answered = true;
    Response response;
    bool keepAlive = true;
    const bool atEnd = closed || connection->socket->state() != QAbstractSocket::ConnectedState;
    if (parse(connection, response, keepAlive, atEnd))
        finish(connection, std::move(response), keepAlive);
}

bool PlainHttpClient::parse(Connection* connection, Response& response, bool& keepAlive, bool atEnd)
{
    const QByteArray& buffer = connection->buffer;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    response.status = statusLine.value(1).toInt();
    response.headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    const qsizetype bodyStart = headerEnd + 4;
    keepAlive = headerOf(response.headers, "connection").toLower() != "close" && lines.value(0).startsWith("HTTP/1.1");
    const QByteArray length = headerOf(response.headers, "content-length");
    if (response.status == 204 || response.status == 304 || (response.status >= 100 && response.status < 200)) {
        response.body.clear();
        connection->buffer.remove(0, bodyStart);
        return true;
    }
    if (!length.isEmpty()) {
        const qsizetype size = length.toLongLong();
        if (buffer.size() - bodyStart < size)
            return false;
        response.body = buffer.mid(bodyStart, size);
        connection->buffer.remove(0, bodyStart + size);
        return true;
    }
    if (headerOf(response.headers, "transfer-encoding").toLower().contains("chunked")) {
        QByteArray body;
        qsizetype at = bodyStart;
        for (;;) {
            const qsizetype lineEnd = buffer.indexOf("\r\n", at);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qsizetype size = buffer.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok)
                return atEnd;
            at = lineEnd + 2;
            if (size == 0) {
                const qsizetype trailerEnd = buffer.indexOf("\r\n", at);
                if (trailerEnd < 0)
                    return false;
                response.body = body;
                connection->buffer.remove(0, trailerEnd + 2);
                return true;
            }
            if (buffer.size() < at + size + 2)
                return false;
            body += buffer.mid(at, size);
            at += size + 2;
        }
    }
    // Delimited by the end of the connection.
    if (!atEnd)
        return false;
    response.body = buffer.mid(bodyStart);
    keepAlive = false;
    return true;
}

void PlainHttpClient::onFailed(Connection* connection, const QString& error, bool timedOut)
{
    if (!connection->busy)
        return;
    // A keep-alive connection the server had just closed: try once more on a new one (what browsers do).
    if (!timedOut && connection->reused && !connection->answered) {
        connection->reused = false;
        connection->buffer.clear();
        // Not from inside the socket's own error signal: it tidies up after it returns.
        QMetaObject::invokeMethod(
            this,
            [this, connection] {
                if (!m_connections.contains(connection) || !connection->busy)
                    return;
                connection->socket->abort();
                start(connection);
            },
            Qt::QueuedConnection);
        return;
    }
    Response response;
    response.error = error;
    response.timedOut = timedOut;
    connection->socket->abort();
    finish(connection, std::move(response), false);
}

void PlainHttpClient::finish(Connection* connection, Response response, bool keepAlive)
{
    connection->timer->stop();
    connection->busy = false;
    connection->request.clear();
    Callback done = std::move(connection->done);
    connection->done = nullptr;
    if (!keepAlive)
        drop(connection);
    if (done)
        done(response);
}

void PlainHttpClient::drop(Connection* connection)
{
    if (connection->busy)
        return;
    m_connections.removeOne(connection);
    connection->socket->disconnect(this);
    connection->timer->disconnect(this);
    connection->socket->abort();
    connection->socket->deleteLater();
    connection->timer->deleteLater();
    delete connection;
}

void PlainHttpClient::abortAll()
{
    const QList<Connection*> busy = m_connections;
    for (Connection* connection : busy) {
        if (!connection->busy)
            continue;
        Response response;
        response.error = tr("cancelled");
        connection->socket->abort();
        finish(connection, std::move(response), false);
    }
}

} // namespace Journey

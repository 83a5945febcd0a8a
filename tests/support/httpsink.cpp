// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "httpsink.h"

#include "core/gzipcodec.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace JourneyTest {

namespace {

QByteArray statusText(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

// Parses one complete request at the start of \a buffer; returns the bytes it used, 0 when incomplete,
// -1 when malformed.
qsizetype parseRequest(const QByteArray& buffer, SinkRequest& out)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return 0;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 3)
        return -1;
    out.method = requestLine[0];
    out.target = requestLine[1];
    const QUrl url(QStringLiteral("http://sink") + QString::fromLatin1(out.target));
    out.path = url.path();
    out.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    qsizetype contentLength = 0;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        out.headers.append({ name, value });
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 && value.toLower().contains("chunked"))
            chunked = true;
    }
    qsizetype position = headerEnd + 4;
    if (!chunked) {
        if (buffer.size() < position + contentLength)
            return 0;
        out.wireBody = buffer.mid(position, contentLength);
        return position + contentLength;
    }
    QByteArray body;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", position);
        if (lineEnd < 0)
            return 0;
        bool ok = false;
        const qsizetype size = buffer.mid(position, lineEnd - position).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok)
            return -1;
        position = lineEnd + 2;
        if (size == 0) {
            const qsizetype trailerEnd = buffer.indexOf("\r\n", position);
            if (trailerEnd < 0)
                return 0;
            out.wireBody = body;
            return trailerEnd + 2;
        }
        if (buffer.size() < position + size + 2)
            return 0;
        body += buffer.mid(position, size);
        position += size + 2;
    }
}

} // namespace

QByteArray SinkRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SinkResponse SinkResponse::reply(int code, QByteArray body, SinkHeaders headers)
{
    SinkResponse response;
    response.status = code;
    response.body = std::move(body);
    if (!headers.isEmpty())
        response.headers = std::move(headers);
    return response;
}

HttpSink::HttpSink(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpSink::onNewConnection);
    m_clock.start();
}

HttpSink::~HttpSink()
{
    stop();
}

bool HttpSink::start(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 HttpSink::port() const
{
    return m_server.serverPort();
}

QUrl HttpSink::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

bool HttpSink::waitForRequests(int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_requests.size() < count && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return m_requests.size() >= count;
}

void HttpSink::stop()
{
    m_server.close();
    const QList<QTcpSocket*> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket* socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

void HttpSink::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void HttpSink::onReadyRead(QTcpSocket* socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    for (;;) {
        it = m_buffers.find(socket);
        if (it == m_buffers.end())
            return;
        SinkRequest request;
        const qsizetype used = parseRequest(*it, request);
        if (used == 0)
            return;
        if (used < 0) {
            socket->abort();
            return;
        }
        it->remove(0, used);
        request.receivedMs = m_clock.elapsed();
        request.body = request.wireBody;
        if (request.header("Content-Encoding").toLower() == "gzip") {
            request.gzipped = true;
            QByteArray decoded;
            if (Journey::GzipCodec::decompress(request.wireBody, 256 * 1024 * 1024, decoded) == Journey::GzipCodec::Result::Ok)
                request.body = decoded;
        }
        m_requests.append(request);
        emit requestReceived(request);
        answer(socket, request);
    }
}

void HttpSink::answer(QTcpSocket* socket, const SinkRequest& request)
{
    SinkResponse response;
    if (m_handler)
        response = m_handler(request);
    else if (!m_script.isEmpty())
        response = m_script.takeFirst();
    else
        response = m_default;

    if (response.action == SinkResponse::Action::Close) {
        m_buffers.remove(socket);
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (response.action == SinkResponse::Action::Hang)
        return;
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + statusText(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
    if (response.delayMs <= 0) {
        socket->write(bytes);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(response.delayMs, this, [guard, bytes] {
        if (guard)
            guard->write(bytes);
    });
}

} // namespace JourneyTest

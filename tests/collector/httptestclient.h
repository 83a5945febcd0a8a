// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

// A raw HTTP/1.1 client for the collector tests: every byte of the request is under the test's control
// (no Content-Type when none is wanted, pipelining, bodies that lie about their encoding), and replies are
// parsed strictly. Blocking on the socket is fine here: the collector answers from another thread or process.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QTcpSocket>

#include <optional>

namespace JourneyTest {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

inline QByteArray headerValue(const HeaderList& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

inline bool hasHeader(const HeaderList& headers, QByteArrayView name)
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

struct HttpRequest
{
    QByteArray method = "POST";
    QByteArray path;
    HeaderList headers; ///< sent as given; Host and Content-Length are added
    QByteArray body;

    QByteArray toBytes() const
    {
        QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const auto& [name, value] : headers)
            out += name + ": " + value + "\r\n";
        if (!body.isEmpty() || method == "POST")
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "\r\n";
        return out + body;
    }
};

struct HttpReply
{
    int status = 0;
    HeaderList headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// One keep-alive connection to 127.0.0.1:port.
class HttpTestClient
{
public:
    explicit HttpTestClient(quint16 port)
        : m_port(port)
    { }

    bool connectToServer(QString* error, int timeoutMs = 10000)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!m_socket.waitForConnected(timeoutMs)) {
            *error = QStringLiteral("cannot connect to 127.0.0.1:%1: %2").arg(m_port).arg(m_socket.errorString());
            return false;
        }
        return true;
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    /// Writes bytes without waiting for an answer (several requests may be written back to back).
    bool write(const QByteArray& bytes, QString* error, int timeoutMs = 10000)
    {
        if (m_socket.write(bytes) != bytes.size()) {
            *error = QStringLiteral("cannot write: %1").arg(m_socket.errorString());
            return false;
        }
        const QDeadlineTimer deadline(timeoutMs);
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(int(deadline.remainingTime()))) {
                *error = QStringLiteral("cannot write: %1").arg(m_socket.errorString());
                return false;
            }
        }
        return true;
    }

    bool send(const HttpRequest& request, QString* error) { return write(request.toBytes(), error); }

    /// The next reply on the connection, waiting at most \a timeoutMs for it.
    std::optional<HttpReply> read(QString* error, int timeoutMs = 15000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            bool malformed = false;
            if (auto reply = takeReply(&malformed))
                return reply;
            if (malformed) {
                *error = QStringLiteral("malformed reply: %1").arg(QString::fromLatin1(m_buffer.left(200)));
                return std::nullopt;
            }
            if (m_socket.bytesAvailable() > 0) {
                m_buffer += m_socket.readAll();
                continue;
            }
            if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState
                || !m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
                // The peer may have closed right after its last reply: what arrived still counts.
                m_buffer += m_socket.readAll();
                if (auto reply = takeReply(&malformed))
                    return reply;
                *error = QStringLiteral("no complete reply (%1; %2 bytes unparsed)")
                             .arg(m_socket.errorString())
                             .arg(m_buffer.size());
                return std::nullopt;
            }
        }
    }

    std::optional<HttpReply> exchange(const HttpRequest& request, QString* error)
    {
        if (!send(request, error))
            return std::nullopt;
        return read(error);
    }

    /// Bytes received that are not part of any reply read so far.
    QByteArray unreadBytes()
    {
        m_buffer += m_socket.readAll();
        return m_buffer;
    }

    /// One request on a connection of its own.
    static std::optional<HttpReply> oneShot(quint16 port, const HttpRequest& request, QString* error)
    {
        HttpTestClient client(port);
        if (!client.connectToServer(error))
            return std::nullopt;
        return client.exchange(request, error);
    }

private:
    // Parses one reply from the front of the buffer; nothing while it is incomplete.
    std::optional<HttpReply> takeReply(bool* malformed)
    {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return std::nullopt;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1.")) {
            *malformed = true;
            return std::nullopt;
        }
        HttpReply reply;
        bool ok = false;
        reply.status = statusLine.at(1).toInt(&ok);
        if (!ok) {
            *malformed = true;
            return std::nullopt;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                *malformed = true;
                return std::nullopt;
            }
            reply.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
        }
        qsizetype length = 0;
        if (hasHeader(reply.headers, "content-length")) {
            length = reply.header("content-length").toLongLong(&ok);
            if (!ok) {
                *malformed = true;
                return std::nullopt;
            }
        } else if (reply.status != 204 && reply.status != 304) {
            *malformed = true; // the collector always says how long its answers are
            return std::nullopt;
        }
        const qsizetype bodyStart = headerEnd + 4;
        if (m_buffer.size() - bodyStart < length)
            return std::nullopt;
        reply.body = m_buffer.mid(bodyStart, length);
        m_buffer.remove(0, bodyStart + length);
        return reply;
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace JourneyTest

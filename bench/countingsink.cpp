// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "countingsink.h"

#include "core/gzipcodec.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>

#include <charconv>
#include <ctime>
#include <simdjson.h>
#include <string_view>
#include <xxhash.h>

namespace Journey::Bench {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype maxBodyBytes = 256 * 1024 * 1024;

// Every provider class and SDK reads this as success: 2xx; Amplitude's "code" 200; Mixpanel's /track "status" 1.
const QByteArray& okResponse()
{
    static const QByteArray body = QByteArrayLiteral("{\"code\":200,\"status\":1,\"success\":true}");
    static const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return response;
}

const QByteArray& badRequestResponse()
{
    static const QByteArray body = QByteArrayLiteral("{\"code\":400,\"error\":\"the benchmark sink could not read the body\"}");
    static const QByteArray response = "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return response;
}

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// The keys that carry a provider's dedup id on an event object (Segment and RudderStack, PostHog, Amplitude, Heap).
bool isIdKey(std::string_view key)
{
    return key == "messageId" || key == "uuid" || key == "insert_id" || key == "idempotency_key";
}

// The objects holding the event's own properties (Segment/PostHog/Mixpanel/Heap, Amplitude, GA4).
bool isPropertiesKey(std::string_view key)
{
    return key == "properties" || key == "event_properties" || key == "params";
}

// `seq` as a JSON number or, where a provider turns properties into strings, as digits.
qint64 readSeq(simdjson::dom::element value)
{
    std::int64_t integer = 0;
    if (!value.get_int64().get(integer))
        return integer;
    double number = 0;
    if (!value.get_double().get(number))
        return number >= 0 && number == double(qint64(number)) ? qint64(number) : -1;
    std::string_view text;
    if (!value.get_string().get(text)) {
        qint64 parsed = -1;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
        return error == std::errc() && end == text.data() + text.size() ? parsed : -1;
    }
    return -1;
}

} // namespace

struct CountingSink::Connection
{
    QByteArray buffer;
    qsizetype bodyStart = -1; ///< after the blank line, once the head is read
    qint64 contentLength = 0;
    bool chunked = false;
    bool gzip = false;
    bool close = false;
    QByteArray path;

    void next()
    {
        bodyStart = -1;
        contentLength = 0;
        chunked = gzip = close = false;
        path.clear();
    }
};

// The DOM parser picks the best SIMD implementation at run time (the On-Demand front end is fixed at compile time,
// and the project's flags give it the scalar fallback).
struct CountingSink::Parser
{
    simdjson::dom::parser parser;
};

CountingSink::CountingSink() = default;

CountingSink::~CountingSink()
{
    if (m_context) {
        QMetaObject::invokeMethod(m_context, [this] {
            m_connections.clear();
            delete m_context; // the server and the sockets with it
            m_context = nullptr;
            m_server = nullptr;
        }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

QUrl CountingSink::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool CountingSink::start(QString* error)
{
    m_thread.setObjectName(QStringLiteral("bench-sink"));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool listening = false;
    QMetaObject::invokeMethod(m_context, [&] {
        m_parser = std::make_unique<Parser>();
        m_server = new QTcpServer(m_context);
        QObject::connect(m_server, &QTcpServer::newConnection, m_context, [this] { onNewConnection(); });
        listening = m_server->listen(QHostAddress::LocalHost, 0);
        if (!listening)
            *error = m_server->errorString();
        m_port = m_server->serverPort();
        m_resetAtNs = monotonicNs();
        m_cpuAtReset = threadCpuSeconds();
    }, Qt::BlockingQueuedConnection);
    return listening;
}

void CountingSink::reset(qint64 expected)
{
    QMetaObject::invokeMethod(m_context, [this, expected] {
        m_counts = SinkCounts();
        m_counts.expected = expected;
        m_seen.assign(size_t(std::max<qint64>(0, expected)), 0);
        m_ids.clear();
        m_ids.reserve(size_t(std::max<qint64>(0, expected)));
        m_resetAtNs = monotonicNs();
        m_cpuAtReset = threadCpuSeconds();
    }, Qt::BlockingQueuedConnection);
}

SinkCounts CountingSink::counts()
{
    SinkCounts out;
    QMetaObject::invokeMethod(m_context, [this, &out] {
        out = m_counts;
        out.lost = 0;
        for (const std::uint8_t seen : m_seen) {
            if (seen == 0)
                ++out.lost;
        }
        out.distinctIds = qint64(m_ids.size());
        out.cpuSeconds = threadCpuSeconds() - m_cpuAtReset;
    }, Qt::BlockingQueuedConnection);
    return out;
}

void CountingSink::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.insert(socket, std::make_shared<Connection>());
        QObject::connect(socket, &QTcpSocket::readyRead, m_context, [this, socket] { onReadyRead(socket); });
        QObject::connect(socket, &QTcpSocket::disconnected, m_context, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void CountingSink::onReadyRead(QTcpSocket* socket)
{
    const auto it = m_connections.constFind(socket);
    if (it == m_connections.cend())
        return;
    const std::shared_ptr<Connection> connection = *it; // serve() may end in the socket's removal
    connection->buffer += socket->readAll();
    if (!serve(socket, *connection)) {
        ++m_counts.badRequests;
        socket->abort();
    }
}

bool CountingSink::serve(QTcpSocket* socket, Connection& c)
{
    for (;;) {
        if (c.bodyStart < 0) {
            const qsizetype end = c.buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return c.buffer.size() <= maxHeaderBytes;
            const QList<QByteArray> lines = c.buffer.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
                return false;
            const QByteArray& target = requestLine[1];
            const qsizetype query = target.indexOf('?');
            c.path = query < 0 ? target : target.left(query);
            c.close = requestLine[2] == "HTTP/1.0";
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed().toLower();
                const QByteArray value = lines[i].mid(colon + 1).trimmed().toLower();
                if (name == "content-length")
                    c.contentLength = value.toLongLong();
                else if (name == "transfer-encoding")
                    c.chunked = value.contains("chunked");
                else if (name == "content-encoding")
                    c.gzip = value.contains("gzip") || value.contains("deflate");
                else if (name == "connection")
                    c.close = value == "close";
            }
            if (c.contentLength < 0 || c.contentLength > maxBodyBytes)
                return false;
            c.bodyStart = end + 4;
        }

        QByteArray body;
        qsizetype consumed = 0;
        if (c.chunked) {
            qsizetype at = c.bodyStart;
            bool complete = false;
            while (true) {
                const qsizetype lineEnd = c.buffer.indexOf("\r\n", at);
                if (lineEnd < 0)
                    break;
                bool ok = false;
                const qsizetype size = c.buffer.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
                if (!ok || size < 0 || body.size() + size > maxBodyBytes)
                    return false;
                if (size == 0) {
                    // Trailers (none expected) end with a blank line.
                    const qsizetype trailerEnd = c.buffer.indexOf("\r\n", lineEnd + 2);
                    if (trailerEnd < 0)
                        break;
                    consumed = trailerEnd + 2;
                    complete = true;
                    break;
                }
                if (c.buffer.size() < lineEnd + 2 + size + 2)
                    break;
                body.append(c.buffer.constData() + lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            if (!complete)
                return true; // wait for more
        } else {
            if (c.buffer.size() - c.bodyStart < c.contentLength)
                return true;
            body = c.buffer.mid(c.bodyStart, c.contentLength);
            consumed = c.bodyStart + c.contentLength;
        }

        const int status = countBody(c.path, body, c.gzip);
        socket->write(status == 200 ? okResponse() : badRequestResponse());
        const bool close = c.close;
        c.buffer.remove(0, consumed);
        c.next();
        if (close) {
            socket->disconnectFromHost();
            return true;
        }
        if (c.buffer.isEmpty())
            return true;
    }
}

int CountingSink::countBody(const QByteArray& path, const QByteArray& wire, bool gzip)
{
    QElapsedTimer busy;
    busy.start();
    ++m_counts.requests;
    ++m_counts.requestsByPath[path];
    m_counts.wireBytes += wire.size();
    const qint64 nowMs = (monotonicNs() - m_resetAtNs) / 1'000'000;
    if (m_counts.firstRequestMs < 0)
        m_counts.firstRequestMs = nowMs;
    m_counts.lastRequestMs = nowMs;

    QByteArray decoded;
    if (gzip || GzipCodec::looksGzipped(wire)) {
        if (GzipCodec::decompress(wire, maxBodyBytes, decoded) != GzipCodec::Result::Ok) {
            ++m_counts.badRequests;
            return 400;
        }
    } else {
        decoded = wire;
    }
    m_counts.bodyBytes += decoded.size();

    const auto countEvent = [this](simdjson::dom::object object) {
        ++m_counts.events;
        qint64 seq = -1;
        std::string_view id;
        bool hasId = false;
        for (const auto [key, value] : object) {
            if (isIdKey(key)) {
                hasId = !value.get_string().get(id);
            } else if (isPropertiesKey(key)) {
                simdjson::dom::object properties;
                if (value.get_object().get(properties))
                    continue;
                for (const auto [name, property] : properties) {
                    if (name == "seq")
                        seq = readSeq(property);
                    else if (name == "$insert_id") // Mixpanel
                        hasId = !property.get_string().get(id);
                }
            }
        }
        if (seq < 0 || seq >= qint64(m_seen.size())) {
            ++m_counts.unexpected;
        } else {
            std::uint8_t& seen = m_seen[size_t(seq)];
            if (seen > 0)
                ++m_counts.duplicates;
            if (seen < 255)
                ++seen;
        }
        if (hasId) {
            ++m_counts.withId;
            if (!m_ids.insert(XXH3_64bits(id.data(), id.size())).second)
                ++m_counts.duplicateIds;
        }
    };

    simdjson::dom::element document;
    simdjson::dom::array events;
    bool ok = !m_parser->parser.parse(decoded.constData(), size_t(decoded.size())).get(document);
    if (ok && document.is_array()) {
        ok = !document.get_array().get(events);
    } else if (ok) {
        simdjson::dom::object root;
        ok = !document.get_object().get(root)
            && (!root["batch"].get_array().get(events) || !root["events"].get_array().get(events));
    }
    if (ok) {
        for (const simdjson::dom::element element : events) {
            simdjson::dom::object object;
            if (element.get_object().get(object)) {
                ok = false;
                break;
            }
            countEvent(object);
        }
    }
    m_counts.busySeconds += double(busy.nsecsElapsed()) / 1e9;
    if (!ok) {
        ++m_counts.badRequests;
        return 400;
    }
    return 200;
}

} // namespace Journey::Bench

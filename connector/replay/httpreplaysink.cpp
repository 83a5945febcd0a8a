// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "httpreplaysink.h"

#include "core/gzipcodec.h"
#include "plainhttpclient.h"
#include "providers/provider.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace Journey {

namespace {

QString transportError(QNetworkReply* reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpReplaySink::tr("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return HttpReplaySink::tr("connection closed by the server before it answered");
    case QNetworkReply::HostNotFoundError:
        return HttpReplaySink::tr("host not found (DNS)");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply (abort() is told apart)
        return HttpReplaySink::tr("no answer within the timeout");
    default:
        break;
    }
    const QString text = reply->errorString();
    return text.isEmpty() ? HttpReplaySink::tr("request failed") : text;
}

} // namespace

HttpReplaySink::HttpReplaySink(int maxInFlight, int timeoutMs)
    : m_network(new QNetworkAccessManager)
    , m_plain(new PlainHttpClient)
    , m_maxInFlight(qMax(1, maxInFlight))
    , m_timeoutMs(timeoutMs)
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_clock.start();
}

HttpReplaySink::~HttpReplaySink()
{
    abort();
    delete m_plain;
    delete m_network;
}

void HttpReplaySink::send(int index, const ReplayRequest& request)
{
    const ProviderRequest& wire = request.request;
    if (wire.url.scheme() == QLatin1String("http")) {
        HttpHeaders headers = wire.headers;
        headers += m_extraHeaders;
        QByteArray body = wire.body;
        if (wire.gzip) {
            body = GzipCodec::compress(body, 1);
            headers.append({ QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip") });
        }
        const Pending pending { index, request.eventCount(), m_clock.elapsed() };
        ++m_plainInFlight;
        m_plain->send(wire.url, wire.method, headers, body, m_timeoutMs,
            [this, pending](const PlainHttpClient::Response& response) {
                --m_plainInFlight;
                if (m_aborting && response.status == 0) {
                    ReplayResult result;
                    result.index = pending.index;
                    result.eventCount = pending.eventCount;
                    result.outcome = ReplayResult::Outcome::NotSent;
                    result.error = tr("cancelled while in flight (the server may have received it)");
                    m_finished.append(result);
                    if (m_loop)
                        m_loop->quit();
                    return;
                }
                record(pending, response.status, response.body, response.error);
            });
        return;
    }
    QNetworkRequest networkRequest(wire.url);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setTransferTimeout(m_timeoutMs);
    for (const auto& [name, value] : wire.headers)
        networkRequest.setRawHeader(name, value);
    for (const auto& [name, value] : std::as_const(m_extraHeaders))
        networkRequest.setRawHeader(name, value);
    QByteArray body = wire.body;
    if (wire.gzip) {
        body = GzipCodec::compress(body, 1);
        networkRequest.setRawHeader("Content-Encoding", "gzip");
    }
    QNetworkReply* reply = nullptr;
    if (wire.method == "GET")
        reply = m_network->get(networkRequest);
    else if (wire.method == "POST")
        reply = m_network->post(networkRequest, body);
    else
        reply = m_network->sendCustomRequest(networkRequest, wire.method, body);
    m_replies.insert(reply, { index, request.eventCount(), m_clock.elapsed() });
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] { onFinished(reply); });
}

void HttpReplaySink::onFinished(QNetworkReply* reply)
{
    const auto found = m_replies.constFind(reply);
    if (found == m_replies.cend())
        return;
    const Pending pending = *found;
    m_replies.erase(found);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        record(pending, status.toInt(), reply->readAll(), {});
    } else if (m_aborting && reply->error() == QNetworkReply::OperationCanceledError) {
        ReplayResult result;
        result.index = pending.index;
        result.eventCount = pending.eventCount;
        result.outcome = ReplayResult::Outcome::NotSent;
        result.error = tr("cancelled while in flight (the server may have received it)");
        m_finished.append(result);
    } else {
        record(pending, 0, {}, transportError(reply));
    }
    reply->deleteLater();
}

void HttpReplaySink::record(const Pending& pending, int status, const QByteArray& body, const QString& transportError)
{
    ReplayResult result;
    result.index = pending.index;
    result.eventCount = pending.eventCount;
    result.durationMs = m_clock.elapsed() - pending.startedMs;
    result.status = status;
    if (status >= 200 && status < 300) {
        result.outcome = ReplayResult::Outcome::Delivered;
        result.eventsDelivered = pending.eventCount;
    } else if (status > 0) {
        ProviderResponse response;
        response.status = status;
        response.body = body;
        result.outcome = ReplayResult::Outcome::Failed;
        result.error = Provider::describe(response);
    } else {
        result.outcome = ReplayResult::Outcome::Failed;
        result.error = transportError.isEmpty() ? tr("request failed") : transportError;
    }
    m_finished.append(result);
    if (m_loop)
        m_loop->quit();
}

void HttpReplaySink::waitForFinished(int timeoutMs)
{
    if (!m_finished.isEmpty() || (m_replies.isEmpty() && m_plainInFlight == 0))
        return;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QList<QMetaObject::Connection> connections;
    for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it)
        connections.append(QObject::connect(it.key(), &QNetworkReply::finished, &loop, &QEventLoop::quit));
    timer.start(qMax(0, timeoutMs));
    m_loop = &loop;
    loop.exec();
    m_loop = nullptr;
    for (const QMetaObject::Connection& connection : std::as_const(connections))
        QObject::disconnect(connection);
}

QList<ReplayResult> HttpReplaySink::takeFinished()
{
    QList<ReplayResult> finished;
    finished.swap(m_finished);
    return finished;
}

void HttpReplaySink::abort()
{
    if (m_replies.isEmpty() && m_plainInFlight == 0)
        return;
    m_aborting = true;
    m_plain->abortAll(); // each ends at once through its callback
    const QList<QNetworkReply*> replies = m_replies.keys();
    for (QNetworkReply* reply : replies)
        reply->abort(); // emits finished() at once: onFinished() records it
    m_aborting = false;
}

} // namespace Journey

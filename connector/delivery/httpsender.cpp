// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "httpsender.h"

#include "core/gzipcodec.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Journey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Journey::HttpSender", text);
}

QString transportError(QNetworkReply::NetworkError error, const QString& detail, bool& timedOut, bool& notConnected)
{
    timedOut = false;
    notConnected = error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::TemporaryNetworkFailureError || error == QNetworkReply::NetworkSessionFailedError
        || error == QNetworkReply::ProxyConnectionRefusedError || error == QNetworkReply::ProxyNotFoundError;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return tr("connection closed by the server before it answered");
    case QNetworkReply::HostNotFoundError:
        return tr("host not found (DNS)");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        timedOut = true;
        return tr("no answer within the timeout");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("network unavailable");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("TLS handshake failed: %1").arg(detail);
    default:
        return detail;
    }
}

} // namespace

HttpSender::HttpSender(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpSender::~HttpSender() = default;

QByteArray HttpSender::wireBody(const ProviderRequest& request)
{
    // Level 1: on JSON it is within ~15 % of level 6 in size at a third of the CPU, and the sender is CPU-bound.
    return request.gzip ? GzipCodec::compress(request.body, 1) : request.body;
}

qint64 HttpSender::send(const ProviderRequest& request, int timeoutMs, Callback done, const HttpHeaders& extraHeaders)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setTransferTimeout(timeoutMs);
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    for (const auto& [name, value] : extraHeaders)
        networkRequest.setRawHeader(name, value);
    const QByteArray body = wireBody(request);
    if (request.gzip)
        networkRequest.setRawHeader("Content-Encoding", "gzip");

    QNetworkReply* reply = nullptr;
    if (request.method == "GET")
        reply = m_network->get(networkRequest);
    else
        reply = m_network->sendCustomRequest(networkRequest, request.method, body);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        --m_inFlight;
        ProviderResponse response;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            response.status = status.toInt();
            for (const auto& [name, value] : reply->rawHeaderPairs())
                response.headers.append({ name, value });
            response.body = reply->readAll();
        } else {
            response.transportError
                = transportError(reply->error(), reply->errorString(), response.timedOut, response.notConnected);
            if (response.transportError.isEmpty())
                response.transportError = tr("request failed");
        }
        reply->deleteLater();
        done(response);
    });
    return body.size();
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "requestforwarder.h"

#include "core/timestamp.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace Journey {

namespace {

bool isNamed(QByteArrayView name, QByteArrayView wanted)
{
    return name.compare(wanted, Qt::CaseInsensitive) == 0;
}

bool isHopByHop(QByteArrayView name)
{
    static constexpr QByteArrayView names[] = { "Connection", "Keep-Alive", "Transfer-Encoding", "TE", "Trailer",
        "Upgrade", "Host", "Content-Length", "Expect" };
    for (QByteArrayView hop : names) {
        if (isNamed(name, hop))
            return true;
    }
    return name.size() >= 6 && isNamed(name.first(6), "Proxy-");
}

// "host:port" of \a url, as people write it in the error texts.
QString hostOf(const QUrl& url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(defaultPort));
}

QString durationText(int ms)
{
    return ms % 1000 == 0 ? QStringLiteral("%1 s").arg(ms / 1000) : QStringLiteral("%1 ms").arg(ms);
}

// The URL with the secrets of its query masked.
QString maskedUrl(const QUrl& url, const SecretMasker& masker)
{
    QUrl masked = url;
    masked.setQuery(QString());
    masked.setUserInfo(QString());
    QString text = masked.toString(QUrl::FullyEncoded);
    const QString query = url.query(QUrl::FullyEncoded);
    if (!query.isEmpty())
        text += QLatin1Char('?') + masker.maskQuery(query);
    return text;
}

// Why a request got no usable answer, for a person; names the host. Protocol-ish text, English.
QString transportError(QNetworkReply::NetworkError error, const QString& host, const QString& detail)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("cannot connect to %1: connection refused (is anything listening there?)").arg(host);
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("cannot find the host %1: DNS lookup failed").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("%1 closed the connection before it answered").arg(host);
    case QNetworkReply::TimeoutError:
        return QStringLiteral("%1 did not answer in time").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("TLS handshake with %1 failed: %2").arg(host, detail);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QStringLiteral("cannot reach %1: the network is unavailable").arg(host);
    default:
        return QStringLiteral("the request to %1 failed: %2").arg(host, detail);
    }
}

// Network-level failures (as opposed to an HTTP answer with an error status): the answer, if any, is broken.
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}

} // namespace

RequestForwarder::RequestForwarder(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RequestForwarder::~RequestForwarder()
{
    // Nobody is told about exchanges cut short by the forwarder going away.
    const QList<QNetworkReply*> replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply* reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        delete reply;
    }
}

QUrl RequestForwarder::upstreamUrl(const CollectorRequest& request, const QUrl& upstreamBase)
{
    QUrl url = upstreamBase;
    QString path = upstreamBase.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += request.path.startsWith(QLatin1Char('/')) || request.path.isEmpty() ? request.path
                                                                               : QLatin1Char('/') + request.path;
    url.setPath(path.isEmpty() ? QStringLiteral("/") : path, QUrl::DecodedMode);
    const QString baseQuery = upstreamBase.query(QUrl::FullyEncoded);
    const QString requestQuery = request.query.query(QUrl::FullyEncoded);
    if (!baseQuery.isEmpty() && !requestQuery.isEmpty())
        url.setQuery(baseQuery + QLatin1Char('&') + requestQuery);
    else if (!requestQuery.isEmpty())
        url.setQuery(requestQuery);
    url.setFragment(QString());
    return url;
}

QList<QPair<QByteArray, QByteArray>> RequestForwarder::forwardedHeaders(
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    // Connection may name further headers that concern this hop only.
    QList<QByteArray> named;
    for (const auto& [name, value] : headers) {
        if (isNamed(name, "Connection")) {
            for (const QByteArray& token : value.split(','))
                named.append(token.trimmed());
        }
    }
    QList<QPair<QByteArray, QByteArray>> out;
    for (const auto& pair : headers) {
        if (isHopByHop(pair.first))
            continue;
        const bool connectionNamed = std::any_of(named.cbegin(), named.cend(),
            [&](const QByteArray& token) { return !token.isEmpty() && isNamed(pair.first, token); });
        if (!connectionNamed)
            out.append(pair);
    }
    return out;
}

quint64 RequestForwarder::forward(const CollectorRequest& request, const QUrl& upstreamBase)
{
    const quint64 ticket = m_nextTicket++;
    const QUrl url = upstreamUrl(request, upstreamBase);
    UpstreamExchange exchange;
    exchange.url = maskedUrl(url, m_masker);
    exchange.sentAt = Timestamp::nowMs();

    const QString scheme = upstreamBase.scheme();
    if (!upstreamBase.isValid() || upstreamBase.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        exchange.error = QStringLiteral("the upstream URL \"%1\" is not an http:// or https:// URL")
                             .arg(maskedUrl(upstreamBase, m_masker));
        finishLater(ticket, exchange);
        return ticket;
    }

    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Requests go out as the SDK sent them: no cookies of earlier answers, no cache.
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Repeated headers become one, their values joined as HTTP allows (Cookie with "; ").
    QList<QByteArray> names;
    QHash<QByteArray, QByteArray> values;
    for (const auto& [name, value] : forwardedHeaders(request.headers)) {
        const QByteArray key = name.toLower();
        auto it = values.find(key);
        if (it == values.end()) {
            names.append(name);
            values.insert(key, value);
        } else {
            it->append(key == "cookie" ? "; " : ", ").append(value);
        }
    }
    for (const QByteArray& name : names)
        networkRequest.setRawHeader(name, values.value(name.toLower()));
    // Without an Accept-Encoding of its own Qt would ask for gzip and decompress the answer behind our back,
    // leaving headers that no longer describe the body. "identity" is what an absent header means in practice.
    if (!values.contains("accept-encoding"))
        networkRequest.setRawHeader("Accept-Encoding", "identity");

    QNetworkReply* reply = nullptr;
    const bool bodyless = request.body.isEmpty()
        && (request.method == "GET" || request.method == "HEAD" || request.method == "DELETE"
            || request.method == "OPTIONS");
    if (bodyless)
        reply = m_network->sendCustomRequest(networkRequest, request.method, static_cast<QIODevice*>(nullptr));
    else
        reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);

    Pending pending;
    pending.ticket = ticket;
    pending.exchange = std::move(exchange);
    pending.host = hostOf(url);
    pending.clock.start();
    pending.timer = new QTimer(reply);
    pending.timer->setSingleShot(true);
    pending.timer->setTimerType(Qt::PreciseTimer);
    connect(pending.timer, &QTimer::timeout, this, [this, reply] {
        auto it = m_pending.find(reply);
        if (it == m_pending.end())
            return;
        it->timedOut = true;
        reply->abort(); // emits finished
    });
    pending.timer->start(m_timeoutMs);
    m_pending.insert(reply, std::move(pending));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    return ticket;
}

void RequestForwarder::onReplyFinished(QNetworkReply* reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    pending.timer->stop();
    reply->deleteLater();

    UpstreamExchange& exchange = pending.exchange;
    exchange.durationMs = int(pending.clock.elapsed());
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    for (const auto& [name, value] : reply->rawHeaderPairs())
        exchange.headers.append({ name, value });
    exchange.contentType = reply->rawHeader("Content-Type");
    if (reply->isOpen())
        exchange.body = reply->readAll();

    if (pending.timedOut) {
        exchange.timedOut = true;
        exchange.error = status.isValid()
            ? QStringLiteral("the answer from %1 did not complete within %2").arg(pending.host, durationText(m_timeoutMs))
            : QStringLiteral("no answer from %1 within %2").arg(pending.host, durationText(m_timeoutMs));
    } else if (!status.isValid() || isTransportFailure(reply->error())) {
        // A broken or partial answer is no answer: the SDK must not be handed half of it (status stays 0).
        exchange.error = transportError(reply->error(), pending.host, reply->errorString());
        exchange.timedOut = reply->error() == QNetworkReply::TimeoutError;
    } else {
        exchange.status = status.toInt();
        const QByteArray location = reply->rawHeader("Location");
        if (exchange.status >= 300 && exchange.status < 400 && !location.isEmpty()) {
            const QUrl target = reply->url().resolved(QUrl::fromEncoded(location));
            exchange.error = QStringLiteral("%1 answered %2, a redirect to %3; the collector does not follow redirects")
                                 .arg(pending.host)
                                 .arg(exchange.status)
                                 .arg(maskedUrl(target, m_masker));
        }
    }
    emit finished(pending.ticket, exchange);
}

void RequestForwarder::finishLater(quint64 ticket, const UpstreamExchange& exchange)
{
    QMetaObject::invokeMethod(this, [this, ticket, exchange] { emit finished(ticket, exchange); }, Qt::QueuedConnection);
}

} // namespace Journey

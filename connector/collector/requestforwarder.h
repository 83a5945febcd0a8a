// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "collectorrequest.h"
#include "core/secretmasker.h"
#include "store/upstreamexchange.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Journey {

/*!
 * Passes a request the collector received on to the provider's real endpoint (`forward: true`) and reports
 * what came back as an UpstreamExchange. The request goes out as it arrived: same method, same body bytes
 * (still compressed when they were), same headers apart from the hop-by-hop ones, Host and Content-Length,
 * to the upstream base URL followed by the request's path (without the collector's provider prefix) and its
 * query. Redirects are not followed: a 3xx comes back as the answer, with `error` saying where it pointed.
 *
 * Lives on the collector's thread (it needs an event loop there); finished() is always emitted later from
 * that loop, never from inside forward().
 */
class RequestForwarder : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultTimeoutMs = 15'000;

    explicit RequestForwarder(QObject* parent = nullptr);
    ~RequestForwarder() override;

    /// Masks query secrets in the URL reported in UpstreamExchange::url (its known secrets too).
    void setMasker(const SecretMasker& masker) { m_masker = masker; }
    /// How long a whole exchange may take, from sending to the last byte of the answer.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    /// Sends \a request to \a upstreamBase (scheme, host, port and optionally a leading path) + request.path
    /// + the request's query. Returns the ticket finished() will carry.
    quint64 forward(const CollectorRequest& request, const QUrl& upstreamBase);
    /// The URL forward() sends \a request to.
    static QUrl upstreamUrl(const CollectorRequest& request, const QUrl& upstreamBase);
    /// The headers forward() sends: \a headers without hop-by-hop ones (including those named by
    /// Connection), Host, Content-Length and Expect.
    static QList<QPair<QByteArray, QByteArray>> forwardedHeaders(const QList<QPair<QByteArray, QByteArray>>& headers);
    /// Exchanges sent and not finished yet.
    int inFlight() const { return int(m_pending.size()); }

Q_SIGNALS:
    void finished(quint64 ticket, const Journey::UpstreamExchange& response);

private:
    struct Pending
    {
        quint64 ticket = 0;
        UpstreamExchange exchange;
        QString host; ///< "host:port", for the error texts
        QElapsedTimer clock;
        QTimer* timer = nullptr;
        bool timedOut = false;
    };
    void onReplyFinished(QNetworkReply* reply);
    void finishLater(quint64 ticket, const UpstreamExchange& exchange);

    QNetworkAccessManager* m_network;
    SecretMasker m_masker;
    int m_timeoutMs = defaultTimeoutMs;
    quint64 m_nextTicket = 1;
    QHash<QNetworkReply*, Pending> m_pending;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "replaysink.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

class QEventLoop;
class QNetworkAccessManager;
class QNetworkReply;

namespace Journey {

class PlainHttpClient;

/*!
 * Sends replay requests over HTTP (the local collector, a raw URL) on the calling thread: http:// with
 * PlainHttpClient (keep-alive, TCP_NODELAY, one write per request), https:// with QNetworkAccessManager. A 2xx
 * answer is delivered; any other status, a refused connection or a timeout is a failure with the reason (the
 * answer's status line and the start of its body). Up to maxInFlight requests go at once at `max` speed.
 */
class HttpReplaySink : public ReplaySink
{
    Q_DECLARE_TR_FUNCTIONS(Journey::HttpReplaySink)

public:
    explicit HttpReplaySink(int maxInFlight = 4, int timeoutMs = 30000);
    ~HttpReplaySink() override;

    int capacity(bool asFastAsPossible) const override { return asFastAsPossible ? m_maxInFlight : 1; }
    void send(int index, const ReplayRequest& request) override;
    int inFlight() const override { return int(m_replies.size()) + m_plainInFlight + int(m_finished.size()); }
    void waitForFinished(int timeoutMs) override;
    QList<ReplayResult> takeFinished() override;
    void abort() override;

    /// Headers added to every request (e.g. the collector's write key).
    void setExtraHeaders(const HttpHeaders& headers) { m_extraHeaders = headers; }

private:
    struct Pending
    {
        int index = 0;
        int eventCount = 0;
        qint64 startedMs = 0;
    };

    void onFinished(QNetworkReply* reply);
    void record(const Pending& pending, int status, const QByteArray& body, const QString& transportError);

    QNetworkAccessManager* m_network;
    PlainHttpClient* m_plain;
    int m_plainInFlight = 0;
    int m_maxInFlight;
    int m_timeoutMs;
    HttpHeaders m_extraHeaders;
    QHash<QNetworkReply*, Pending> m_replies;
    QList<ReplayResult> m_finished;
    QElapsedTimer m_clock;
    bool m_aborting = false;
    QEventLoop* m_loop = nullptr; ///< waitForFinished()'s, quit when a request ends
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "providers/providerrequest.h"
#include "providers/providerresponse.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace Journey {

/*!
 * Sends ProviderRequests over HTTP with Qt Network: gzips the body when the request asks for it, enforces a
 * timeout, and turns every outcome (an HTTP answer of any status, refused connection, reset, timeout) into a
 * ProviderResponse. Lives on the thread that calls send(); that thread needs an event loop.
 */
class HttpSender : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ProviderResponse&)>;

    explicit HttpSender(QObject* parent = nullptr);
    ~HttpSender() override;

    /// Sends \a request; \a done runs on this object's thread when it finished. \a extraHeaders are added
    /// (e.g. X-Retry-Count). Returns the size of the body on the wire (after gzip).
    qint64 send(const ProviderRequest& request, int timeoutMs, Callback done, const HttpHeaders& extraHeaders = {});
    /// The bytes that go on the wire for \a request (gzip-compressed when asked).
    static QByteArray wireBody(const ProviderRequest& request);
    /// Requests sent and not answered yet.
    int inFlight() const { return m_inFlight; }

private:
    QNetworkAccessManager* m_network;
    int m_inFlight = 0;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "providerrequest.h"

#include <QByteArray>
#include <QString>

namespace Journey {

/*!
 * What came back for one ProviderRequest: an HTTP status with headers and body, or a transport failure
 * (status 0 and \c transportError set: connection refused, DNS failure, reset, timeout).
 */
struct ProviderResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    QString transportError; ///< empty when an HTTP answer arrived
    bool timedOut = false;
    bool notConnected = false; ///< nothing reached the server (refused, DNS, network down): safe to resend, and not the provider's fault

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace Journey

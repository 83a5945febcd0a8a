// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Journey {

/// What the collector answers to one request: status, body and its type, as the provider's own service would.
struct CollectorReply
{
    CollectorReply(int status = 200, QByteArray body = {}, QByteArray contentType = QByteArrayLiteral("application/json"),
        int retryAfterSeconds = 0)
        : status(status)
        , body(std::move(body))
        , contentType(std::move(contentType))
        , retryAfterSeconds(retryAfterSeconds)
    {
    }

    int status = 200;
    QByteArray body;
    QByteArray contentType;
    int retryAfterSeconds = 0; ///< sent as Retry-After when > 0
    QList<QPair<QByteArray, QByteArray>> headers; ///< more headers (an upstream's, when forwarding)

    bool isSet() const { return status != 200 || !body.isEmpty() || contentType != "application/json"; }
};

} // namespace Journey

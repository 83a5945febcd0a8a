// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "providers/deliveryverdict.h"
#include "providers/providerrequest.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Journey {

/// "delivered", "retry", "failed".
QString deliveryOutcomeName(DeliveryOutcome outcome);

/*!
 * One request to a provider and what came back, as kept in the delivery log (table `delivery_log`). Every
 * secret is already masked: URL query, headers and body.
 */
struct DeliveryExchange
{
    qint64 id = 0;
    QString provider;
    qint64 sentAt = 0; ///< ms since epoch
    int durationMs = 0;
    int attempt = 1;
    QString label;
    QByteArray method;
    QString url;
    HttpHeaders requestHeaders;
    QByteArray requestBody; ///< uncompressed
    bool gzip = false;
    qint64 wireSize = 0;
    int status = 0; ///< 0: no HTTP answer
    HttpHeaders responseHeaders;
    QByteArray responseBody;
    DeliveryOutcome outcome = DeliveryOutcome::Delivered;
    QString reason;
    int eventCount = 0;
    int delivered = 0;
    int failed = 0;
    int retried = 0;
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::DeliveryExchange)

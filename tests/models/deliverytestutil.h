// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

// A real store with delivery log entries and outbox rows, written the way delivery workers write them
// (OutboxStore::insert and settle), for the delivery models and the delivery query service.

#include "delivery/outboxstore.h"

#include <QList>
#include <QString>

namespace JourneyTest {

inline Journey::DeliveryExchange makeExchange(const QString& provider, Journey::DeliveryOutcome outcome, int n)
{
    Journey::DeliveryExchange exchange;
    exchange.provider = provider;
    exchange.sentAt = 1767225600000 + n * 1000;
    exchange.durationMs = 20 + n % 50;
    exchange.label = QStringLiteral("batch of 1");
    exchange.method = "POST";
    exchange.url = QStringLiteral("http://127.0.0.1:9/%1/v1/batch").arg(provider);
    exchange.requestHeaders = { { "Content-Type", "application/json" }, { "Authorization", "Basic ••••" } };
    exchange.requestBody = QStringLiteral(R"({"batch":[{"event":"Event %1"}]})").arg(n).toUtf8();
    exchange.status = outcome == Journey::DeliveryOutcome::Delivered ? 200
        : outcome == Journey::DeliveryOutcome::Retry                 ? 503
                                                                     : 400;
    exchange.responseHeaders = { { "Content-Type", "application/json" } };
    exchange.responseBody = exchange.status == 200 ? QByteArray(R"({"success":true})") : QByteArray(R"({"error":"no"})");
    exchange.outcome = outcome;
    exchange.reason = exchange.status == 200 ? QString() : QStringLiteral("HTTP %1").arg(exchange.status);
    exchange.eventCount = 1;
    exchange.delivered = exchange.status == 200 ? 1 : 0;
    exchange.failed = exchange.status == 400 ? 1 : 0;
    exchange.retried = exchange.status == 503 ? 1 : 0;
    return exchange;
}

/// Records \a exchanges in the delivery log (ids set) in one transaction.
inline bool recordExchanges(Journey::OutboxStore& store, QList<Journey::DeliveryExchange>& exchanges, QString* error)
{
    return store.settle(exchanges, {}, error);
}

inline Journey::OutboxRow makeRow(const QString& provider, Journey::OutboxState state, const QString& messageId)
{
    Journey::OutboxRow row;
    row.provider = provider;
    row.owner = 1;
    row.state = state;
    row.type = Journey::EventType::Track;
    row.messageId = messageId;
    row.name = QStringLiteral("Order Completed");
    row.userId = QStringLiteral("user-1");
    row.createdAt = 1767225600000;
    row.updatedAt = 1767225600000;
    row.attempts = state == Journey::OutboxState::Dead ? 3 : 0;
    row.reason = state == Journey::OutboxState::Dead ? QStringLiteral("HTTP 400 Bad Request") : QString();
    row.message = QStringLiteral(R"({"type":"track","event":"Order Completed","messageId":"%1"})").arg(messageId).toUtf8();
    return row;
}

} // namespace JourneyTest

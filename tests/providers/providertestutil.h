// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the provider tests: canonical events as the connector makes them, and sending a provider's
// requests through the real HttpSender to a real HttpSink on 127.0.0.1.

#include "delivery/httpsender.h"
#include "httpsink.h"
#include "providers/provider.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTest>

namespace JourneyTest {

inline Journey::OutboundEvent outbound(const QByteArray& json, qint64 outboxId = 1)
{
    Journey::OutboundEvent event;
    event.outboxId = outboxId;
    event.message = QJsonDocument::fromJson(json).object();
    event.type = Journey::eventTypeFromName(event.message.value(QLatin1String("type")).toString().toUtf8())
                     .value_or(Journey::EventType::Track);
    return event;
}

/// Sends every request of \a batch to its URL (point the provider's endpoint at the sink first) and
/// returns the responses in order.
inline QList<Journey::ProviderResponse> sendAll(const Journey::EncodedBatch& batch, int timeoutMs = 5000)
{
    Journey::HttpSender sender;
    QList<Journey::ProviderResponse> responses(batch.requests.size());
    int finished = 0;
    for (qsizetype i = 0; i < batch.requests.size(); ++i) {
        sender.send(batch.requests[i], timeoutMs, [&responses, &finished, i](const Journey::ProviderResponse& response) {
            responses[i] = response;
            ++finished;
        });
    }
    QDeadlineTimer deadline(timeoutMs + 2000);
    while (finished < batch.requests.size() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return responses;
}

/// Sends one request and returns its response.
inline Journey::ProviderResponse sendOne(const Journey::ProviderRequest& request, int timeoutMs = 5000)
{
    Journey::EncodedBatch batch;
    batch.requests.append(request);
    return sendAll(batch, timeoutMs).value(0);
}

} // namespace JourneyTest

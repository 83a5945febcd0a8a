// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"

#include <QByteArray>
#include <QString>

namespace Journey {

/// Where one event stands with one provider.
enum class OutboxState {
    Queued = 0, ///< waiting for its first or next attempt
    Delivered = 1,
    Dead = 2, ///< a dead letter: failed for good or gave up; can be retried by hand
    SampledOut = 3, ///< not sent: the sampling rules left this person out
};

/// "queued", "delivered", "dead", "sampled out" (English, stable: used in CLI output and JSON).
QString outboxStateName(OutboxState state);

/// One event for one provider in the durable outbox (table `outbox`).
struct OutboxRow
{
    qint64 id = 0;
    QString provider;
    qint64 owner = 0;
    OutboxState state = OutboxState::Queued;
    EventType type = EventType::Track;
    QString messageId;
    QString name;
    QString userId;
    QString anonymousId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    double sampleRate = 1.0;
    QString reason;
    qint64 exchangeId = 0;
    QByteArray message; ///< canonical JSON
};

} // namespace Journey

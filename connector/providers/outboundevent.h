// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"

#include <QJsonObject>
#include <QString>

namespace Journey {

/*!
 * One canonical event on its way to one provider: the Segment Spec message (with `messageId` and
 * `timestamp` always set) and its row in the outbox. Providers encode these into their wire format.
 */
struct OutboundEvent
{
    qint64 outboxId = 0; ///< row in the outbox; 0 for previews that are not queued
    EventType type = EventType::Track;
    QJsonObject message; ///< canonical message
    /// The same message as compact JSON text when the caller has it (the outbox does), else empty. Encoders
    /// that send the canonical message unchanged may use it instead of serialising \a message again.
    QByteArray json;
    int attempt = 0; ///< earlier delivery attempts of this event

    QString messageId() const { return message.value(QLatin1String("messageId")).toString(); }
};

} // namespace Journey

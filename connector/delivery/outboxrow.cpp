// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "outboxrow.h"

namespace Journey {

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Delivered:
        return QStringLiteral("delivered");
    case OutboxState::Dead:
        return QStringLiteral("dead");
    case OutboxState::SampledOut:
        return QStringLiteral("sampled out");
    }
    return QStringLiteral("unknown");
}

} // namespace Journey

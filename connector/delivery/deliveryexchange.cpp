// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "deliveryexchange.h"

namespace Journey {

QString deliveryOutcomeName(DeliveryOutcome outcome)
{
    switch (outcome) {
    case DeliveryOutcome::Delivered:
        return QStringLiteral("delivered");
    case DeliveryOutcome::Retry:
        return QStringLiteral("retry");
    case DeliveryOutcome::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "replayresult.h"

namespace Journey {

QString ReplayResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
        return QStringLiteral("delivered");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::NotSent:
        break;
    }
    return QStringLiteral("not-sent");
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "validationstate.h"

namespace Journey {

QString validationStateName(ValidationState state)
{
    switch (state) {
    case ValidationState::Unchecked:
        return QStringLiteral("unchecked");
    case ValidationState::Valid:
        return QStringLiteral("valid");
    case ValidationState::Warning:
        return QStringLiteral("warning");
    case ValidationState::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

std::optional<ValidationState> validationStateFromName(QStringView name)
{
    for (auto state : { ValidationState::Unchecked, ValidationState::Valid, ValidationState::Warning, ValidationState::Invalid }) {
        if (validationStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace Journey {

/// What validation against the tracking plan (and provider lints) concluded about one event.
enum class ValidationState : quint8 {
    Unchecked = 0, ///< nothing was checked when it arrived (no plan, no lints)
    Valid = 1,
    Warning = 2, ///< only warnings
    Invalid = 3, ///< at least one error
};

/// "unchecked", "valid", "warning", "invalid".
QString validationStateName(ValidationState state);
std::optional<ValidationState> validationStateFromName(QStringView name);

} // namespace Journey

Q_DECLARE_METATYPE(Journey::ValidationState)

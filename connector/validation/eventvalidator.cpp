// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventvalidator.h"

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

QList<PlanViolation> EventValidator::validate(const QJsonObject& message, qsizetype jsonBytes) const
{
    QList<PlanViolation> violations;
    if (m_plan)
        violations = m_plan->validate(message);
    if (!m_linter.isEmpty())
        violations.append(m_linter.lint(message, jsonBytes));
    return violations;
}

ValidationState EventValidator::stateOf(const QList<PlanViolation>& violations)
{
    ValidationState state = ValidationState::Valid;
    for (const PlanViolation& violation : violations) {
        if (violation.severity == PlanViolation::Severity::Error)
            return ValidationState::Invalid;
        state = ValidationState::Warning;
    }
    return state;
}

} // namespace Journey

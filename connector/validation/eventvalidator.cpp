// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventvalidator.h"

#include "trackingplanloader.h"

#include <QJsonDocument>

namespace Journey {

QList<PlanViolation> EventValidator::validate(const QJsonObject& message, qsizetype jsonBytes) const
{
    QList<PlanViolation> violations;
    if (m_plan)
        violations = m_plan->validate(message);
    if (!m_linter.isEmpty())
        violations.append(m_linter.lint(message, jsonBytes));
    return violations;
}

std::shared_ptr<EventValidator> EventValidator::load(
    const QString& planPath, const QStringList& lintProviders, QString* error)
{
    auto validator = std::make_shared<EventValidator>();
    ProviderLinter linter;
    if (!linter.setProviders(lintProviders, error))
        return nullptr;
    validator->setLinter(linter);
    if (planPath.isEmpty())
        return validator;
    TrackingPlan plan;
    if (!TrackingPlanLoader::load(planPath, plan, error))
        return nullptr;
    auto compiled = std::make_shared<PlanValidator>();
    QString reason;
    if (!compiled->load(plan, &reason)) {
        *error = planPath + QStringLiteral(": ") + reason;
        return nullptr;
    }
    validator->setPlan(std::move(compiled));
    return validator;
}

QList<PlanViolation> EventValidator::validate(QByteArrayView json) const
{
    QList<PlanViolation> violations;
    if (m_plan)
        violations = m_plan->validate(json);
    if (!m_linter.isEmpty())
        violations.append(m_linter.lint(QJsonDocument::fromJson(json.toByteArray()).object(), json.size()));
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

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "planvalidator.h"
#include "planviolation.h"
#include "providerlinter.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace Journey {

/// What validation concluded about one event.
enum class ValidationState : quint8 {
    Unchecked = 0, ///< no plan or lints were active when it arrived
    Valid = 1,
    Warning = 2, ///< only warnings
    Invalid = 3, ///< at least one error
};

/// "unchecked", "valid", "warning", "invalid".
QString validationStateName(ValidationState state);
std::optional<ValidationState> validationStateFromName(QStringView name);

/*!
 * Everything an event is checked against: a tracking plan (optional) and the provider lints (optional). This is
 * what the collector, the connector, `journeyctl validate` and the Validation page share. Immutable once set up;
 * validate() is const and thread-safe, so one EventValidator is shared as a std::shared_ptr<const EventValidator>.
 */
class EventValidator
{
public:
    /// Checks against \a plan (already loaded); null for none.
    void setPlan(std::shared_ptr<const PlanValidator> plan) { m_plan = std::move(plan); }
    const PlanValidator* plan() const { return m_plan.get(); }
    void setLinter(const ProviderLinter& linter) { m_linter = linter; }
    const ProviderLinter& linter() const { return m_linter; }
    /// Whether there is anything to check.
    bool isActive() const { return m_plan || !m_linter.isEmpty(); }

    /// The plan's violations of \a message followed by the provider lints; \a jsonBytes as for ProviderLinter::lint().
    QList<PlanViolation> validate(const QJsonObject& message, qsizetype jsonBytes = -1) const;

    /// Valid, Warning or Invalid for \a violations (Unchecked is for events nothing checked).
    static ValidationState stateOf(const QList<PlanViolation>& violations);

private:
    std::shared_ptr<const PlanValidator> m_plan;
    ProviderLinter m_linter;
};

using EventValidatorPtr = std::shared_ptr<const EventValidator>;

} // namespace Journey

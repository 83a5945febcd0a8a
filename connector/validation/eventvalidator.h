// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/validationstate.h"
#include "planvalidator.h"
#include "planviolation.h"
#include "providerlinter.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace Journey {

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
    /// The same from the message's compact JSON text: the plan is checked on the text (PlanValidator's fast
    /// path); the text is turned into a QJsonObject only when provider lints are on.
    QList<PlanViolation> validate(QByteArrayView json) const;

    /*!
     * Reads the plan at \a planPath (TrackingPlanLoader: a plan file, a Segment export or a folder of schemas;
     * empty for none) and sets up lints for \a lintProviders: what `journey.validation` configures. Null with
     * \a error naming the file and the part at fault when the plan cannot be used. Reads files: not for the UI
     * thread.
     */
    static std::shared_ptr<EventValidator> load(const QString& planPath, const QStringList& lintProviders, QString* error);

    /// Valid, Warning or Invalid for \a violations (Unchecked is for events nothing checked).
    static ValidationState stateOf(const QList<PlanViolation>& violations);

private:
    std::shared_ptr<const PlanValidator> m_plan;
    ProviderLinter m_linter;
};

using EventValidatorPtr = std::shared_ptr<const EventValidator>;

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "jsonschemavalidator.h"
#include "planviolation.h"
#include "trackingplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace Journey {

/*!
 * Checks canonical messages against a TrackingPlan. The plan's schemas are compiled once (valijson, through
 * JsonSchemaValidator); validate() is const and may run on several threads at once.
 *
 * A track call is looked up by `event`, page and screen calls by `name`, identify and group calls by their
 * type. The event's schema applies to `properties` (`traits`), the common schema to the whole message.
 * Violations point into the whole message ("/properties/price"), name the schema keyword that failed and
 * say which kind of problem it is; what the plan's policies say only deserves a warning is a Warning.
 */
class PlanValidator
{
    Q_DECLARE_TR_FUNCTIONS(Journey::PlanValidator)

public:
    /// Compiles \a plan; false with \a error naming the schema (by its JSON pointer in the plan) that failed.
    bool load(const TrackingPlan& plan, QString* error);
    const TrackingPlan& plan() const { return m_plan; }

    /// The violations of \a message (a canonical Segment Spec message); empty when it follows the plan.
    QList<PlanViolation> validate(const QJsonObject& message) const;

private:
    struct CompiledRule
    {
        std::shared_ptr<JsonSchemaValidator> schema; ///< null when the rule has no schema
        QStringList plannedNames; ///< the schema's top-level `properties`, for unplanned-property checks
        bool closed = false; ///< the schema itself says additionalProperties: false
    };
    bool compileRule(const TrackingPlan::Rule& rule, const QString& pointer, CompiledRule& out, QString* error);
    void checkRule(const CompiledRule& rule, const QJsonObject& message, const QString& member,
        QList<PlanViolation>& out) const;

    TrackingPlan m_plan;
    std::shared_ptr<JsonSchemaValidator> m_common;
    QHash<QString, CompiledRule> m_events;
    QHash<QString, CompiledRule> m_pages;
    QHash<QString, CompiledRule> m_screens;
    std::optional<CompiledRule> m_identify;
    std::optional<CompiledRule> m_group;
};

} // namespace Journey

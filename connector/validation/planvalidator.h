// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "jsonschemavalidator.h"
#include "planviolation.h"
#include "trackingplan.h"

#include <QByteArrayView>
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
 *
 * Messages come parsed (QJsonObject) or as JSON text, which is parsed with RapidJSON (JsonTextDocument) and never
 * becomes a Qt JSON tree: about twice as fast as QJsonDocument::fromJson() followed by validate(). Both give
 * the same violations, in the same order, for the same message (tst_planvalidator compares them).
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
    /// The same for a message as JSON text. Text that QJsonDocument::fromJson() would not read as a JSON object
    /// gives no violations and sets \a parseError.
    QList<PlanViolation> validate(QByteArrayView json, QString* parseError = nullptr) const;

private:
    struct CompiledRule
    {
        std::shared_ptr<JsonSchemaValidator> schema; ///< null when the rule has no schema
        QStringList plannedNames; ///< the schema's top-level `properties`, for unplanned-property checks
        QList<QByteArray> plannedUtf8; ///< the same in UTF-8, for messages parsed from text
        bool closed = false; ///< the schema itself says additionalProperties: false
    };
    bool compileRule(const TrackingPlan::Rule& rule, const QString& pointer, CompiledRule& out, QString* error);
    // One implementation for both kinds of message (QJsonObject, or RapidJSON's DOM wrapped in the .cpp).
    template<typename Message>
    QList<PlanViolation> validateMessage(const Message& message) const;
    template<typename Message>
    void checkRule(const CompiledRule& rule, const Message& message, QLatin1StringView member,
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

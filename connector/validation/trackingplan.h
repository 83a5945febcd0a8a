// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Journey {

/*!
 * A tracking plan: which events an app may send and what each must look like, as a JSON file
 * (docs/TRACKING-PLAN.md):
 *
 *     {"name": "Shop", "version": "1.2.0",
 *      "unplannedEvents": "warn", "unplannedProperties": "warn",        // allow | warn | block
 *      "common":   { JSON Schema (draft-07) for every whole message: ids, context, … },
 *      "events":   {"Order Completed": {"description": "…", "labels": {"team": "checkout"},
 *                                        "properties": { JSON Schema for `properties` }}},
 *      "pages":    {"Pricing": {"properties": {…}}},   "screens": {"Dashboard": {"properties": {…}}},
 *      "identify": {"traits": {…}},                     "group":   {"traits": {…}}}
 *
 * Reading a plan checks its shape; the schemas themselves are compiled by PlanValidator.
 */
class TrackingPlan
{
    Q_DECLARE_TR_FUNCTIONS(Journey::TrackingPlan)

public:
    /// What happens to events or properties the plan does not name.
    enum class Policy { Allow, Warn, Block };

    /// One planned event (or page, screen, identify, group): its schema and what people wrote about it.
    struct Rule
    {
        QString description;
        QJsonObject labels;
        QJsonObject schema; ///< for `properties` (events, pages, screens) or `traits` (identify, group)
    };

    QString name;
    QString version;
    Policy unplannedEvents = Policy::Warn;
    Policy unplannedProperties = Policy::Warn;
    QJsonObject common; ///< schema for every whole message; empty: none
    QMap<QString, Rule> events; ///< track calls, by event name
    QMap<QString, Rule> pages; ///< page calls, by name
    QMap<QString, Rule> screens; ///< screen calls, by name
    std::optional<Rule> identify;
    std::optional<Rule> group;

    /// Reads a plan from JSON text; \a origin (a file name) starts every error, which names the JSON pointer
    /// of the part at fault ("plan.json: /events/Order Completed/properties: expected an object").
    static bool parse(const QByteArray& json, const QString& origin, TrackingPlan& out, QString* error);
    /// The plan in the file format parse() reads, which gives it back unchanged. name, version and the two
    /// policies are always written; an empty `common`, empty rule lists, and a rule's empty description,
    /// labels or schema are left out.
    QJsonObject toJson() const;

    static QString policyName(Policy policy);
};

} // namespace Journey

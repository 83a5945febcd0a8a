// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "trackingplan.h"

#include "core/jsonpointer.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

namespace Journey {

namespace {

bool readPolicy(const QJsonObject& object, const QString& key, TrackingPlan::Policy& out, QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    const QString text = value.toString();
    if (text == QLatin1String("allow"))
        out = TrackingPlan::Policy::Allow;
    else if (text == QLatin1String("warn"))
        out = TrackingPlan::Policy::Warn;
    else if (text == QLatin1String("block"))
        out = TrackingPlan::Policy::Block;
    else {
        *error = TrackingPlan::tr("/%1: expected \"allow\", \"warn\" or \"block\"").arg(key);
        return false;
    }
    return true;
}

bool readRule(const QJsonValue& value, const QString& pointer, const QString& schemaKey, TrackingPlan::Rule& out,
    QString* error)
{
    if (!value.isObject()) {
        *error = TrackingPlan::tr("%1: expected an object").arg(pointer);
        return false;
    }
    const QJsonObject object = value.toObject();
    static const QStringList known { QStringLiteral("description"), QStringLiteral("labels"), QStringLiteral("properties"),
        QStringLiteral("traits") };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()) || (it.key() != schemaKey && (it.key() == QLatin1String("properties") || it.key() == QLatin1String("traits")))) {
            *error = TrackingPlan::tr("%1/%2: unknown key; expected description, labels or %3")
                         .arg(pointer, jsonPointerToken(it.key()), schemaKey);
            return false;
        }
    }
    const QJsonValue description = object.value(QLatin1String("description"));
    if (!description.isUndefined() && !description.isString()) {
        *error = TrackingPlan::tr("%1/description: expected a string").arg(pointer);
        return false;
    }
    out.description = description.toString();
    const QJsonValue labels = object.value(QLatin1String("labels"));
    if (!labels.isUndefined() && !labels.isObject()) {
        *error = TrackingPlan::tr("%1/labels: expected an object").arg(pointer);
        return false;
    }
    out.labels = labels.toObject();
    const QJsonValue schema = object.value(schemaKey);
    if (!schema.isUndefined() && !schema.isObject()) {
        *error = TrackingPlan::tr("%1/%2: expected a JSON Schema object").arg(pointer, schemaKey);
        return false;
    }
    out.schema = schema.toObject();
    return true;
}

bool readRules(const QJsonObject& plan, const QString& key, const QString& schemaKey,
    QMap<QString, TrackingPlan::Rule>& out, QString* error)
{
    const QJsonValue value = plan.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *error = TrackingPlan::tr("/%1: expected an object of names").arg(key);
        return false;
    }
    const QJsonObject rules = value.toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        if (it.key().isEmpty()) {
            *error = TrackingPlan::tr("/%1: a name is empty").arg(key);
            return false;
        }
        TrackingPlan::Rule rule;
        if (!readRule(it.value(), QLatin1Char('/') + key + QLatin1Char('/') + jsonPointerToken(it.key()), schemaKey, rule, error))
            return false;
        out.insert(it.key(), rule);
    }
    return true;
}

QJsonObject ruleToJson(const TrackingPlan::Rule& rule, const QString& schemaKey)
{
    QJsonObject object;
    if (!rule.description.isEmpty())
        object.insert(QLatin1String("description"), rule.description);
    if (!rule.labels.isEmpty())
        object.insert(QLatin1String("labels"), rule.labels);
    if (!rule.schema.isEmpty())
        object.insert(schemaKey, rule.schema);
    return object;
}

QJsonObject rulesToJson(const QMap<QString, TrackingPlan::Rule>& rules)
{
    QJsonObject object;
    for (auto it = rules.begin(); it != rules.end(); ++it)
        object.insert(it.key(), ruleToJson(it.value(), QStringLiteral("properties")));
    return object;
}

} // namespace

QString TrackingPlan::policyName(Policy policy)
{
    switch (policy) {
    case Policy::Allow:
        return QStringLiteral("allow");
    case Policy::Warn:
        return QStringLiteral("warn");
    case Policy::Block:
        return QStringLiteral("block");
    }
    return {};
}

bool TrackingPlan::parse(const QByteArray& json, const QString& origin, TrackingPlan& out, QString* error)
{
    const auto fail = [&](const QString& message) {
        *error = origin + QStringLiteral(": ") + message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("expected a JSON object (a tracking plan)"));
    const QJsonObject plan = document.object();
    static const QStringList known { QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("unplannedEvents"),
        QStringLiteral("unplannedProperties"), QStringLiteral("common"), QStringLiteral("events"), QStringLiteral("pages"),
        QStringLiteral("screens"), QStringLiteral("identify"), QStringLiteral("group"), QStringLiteral("$schema"),
        QStringLiteral("description") };
    for (auto it = plan.begin(); it != plan.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(tr("/%1: unknown key; expected one of %2").arg(jsonPointerToken(it.key()), known.join(QLatin1String(", "))));
    }
    TrackingPlan result;
    for (const auto& [key, target] : { std::pair { QStringLiteral("name"), &result.name },
             std::pair { QStringLiteral("version"), &result.version } }) {
        const QJsonValue value = plan.value(key);
        if (!value.isUndefined() && !value.isString())
            return fail(tr("/%1: expected a string").arg(key));
        *target = value.toString();
    }
    QString reason;
    if (!readPolicy(plan, QStringLiteral("unplannedEvents"), result.unplannedEvents, &reason)
        || !readPolicy(plan, QStringLiteral("unplannedProperties"), result.unplannedProperties, &reason))
        return fail(reason);
    const QJsonValue common = plan.value(QLatin1String("common"));
    if (!common.isUndefined() && !common.isObject())
        return fail(tr("/common: expected a JSON Schema object"));
    result.common = common.toObject();
    if (!readRules(plan, QStringLiteral("events"), QStringLiteral("properties"), result.events, &reason)
        || !readRules(plan, QStringLiteral("pages"), QStringLiteral("properties"), result.pages, &reason)
        || !readRules(plan, QStringLiteral("screens"), QStringLiteral("properties"), result.screens, &reason))
        return fail(reason);
    for (const auto& [key, target] : { std::pair { QStringLiteral("identify"), &result.identify },
             std::pair { QStringLiteral("group"), &result.group } }) {
        const QJsonValue value = plan.value(key);
        if (value.isUndefined())
            continue;
        Rule rule;
        if (!readRule(value, QLatin1Char('/') + key, QStringLiteral("traits"), rule, &reason))
            return fail(reason);
        *target = rule;
    }
    out = std::move(result);
    return true;
}

QJsonObject TrackingPlan::toJson() const
{
    QJsonObject plan;
    plan.insert(QLatin1String("name"), name);
    plan.insert(QLatin1String("version"), version);
    plan.insert(QLatin1String("unplannedEvents"), policyName(unplannedEvents));
    plan.insert(QLatin1String("unplannedProperties"), policyName(unplannedProperties));
    if (!common.isEmpty())
        plan.insert(QLatin1String("common"), common);
    for (const auto& [key, rules] : { std::pair { QStringLiteral("events"), &events },
             std::pair { QStringLiteral("pages"), &pages }, std::pair { QStringLiteral("screens"), &screens } }) {
        if (!rules->isEmpty())
            plan.insert(key, rulesToJson(*rules));
    }
    if (identify)
        plan.insert(QLatin1String("identify"), ruleToJson(*identify, QStringLiteral("traits")));
    if (group)
        plan.insert(QLatin1String("group"), ruleToJson(*group, QStringLiteral("traits")));
    return plan;
}

} // namespace Journey

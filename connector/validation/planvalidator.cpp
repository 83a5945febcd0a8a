// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "planvalidator.h"

#include <QJsonArray>
#include <QSet>

namespace Journey {

namespace {

QString pointerPart(QString key)
{
    return key.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
}

PlanViolation::Kind kindOf(const QString& keyword)
{
    static const QSet<QString> valueKeywords { QStringLiteral("enum"), QStringLiteral("const"), QStringLiteral("pattern"),
        QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("exclusiveMinimum"),
        QStringLiteral("exclusiveMaximum"), QStringLiteral("multipleOf"), QStringLiteral("minLength"),
        QStringLiteral("maxLength"), QStringLiteral("format"), QStringLiteral("minItems"), QStringLiteral("maxItems"),
        QStringLiteral("uniqueItems") };
    if (keyword == QLatin1String("required"))
        return PlanViolation::Kind::MissingRequired;
    if (keyword == QLatin1String("type"))
        return PlanViolation::Kind::WrongType;
    if (keyword == QLatin1String("additionalProperties"))
        return PlanViolation::Kind::UnplannedProperty;
    if (valueKeywords.contains(keyword))
        return PlanViolation::Kind::ValueNotAllowed;
    return PlanViolation::Kind::SchemaViolation;
}

PlanViolation::Severity severityOf(TrackingPlan::Policy policy)
{
    return policy == TrackingPlan::Policy::Block ? PlanViolation::Severity::Error : PlanViolation::Severity::Warning;
}

} // namespace

bool PlanValidator::compileRule(const TrackingPlan::Rule& rule, const QString& pointer, CompiledRule& out, QString* error)
{
    if (rule.schema.isEmpty())
        return true;
    auto validator = std::make_shared<JsonSchemaValidator>();
    QString reason;
    if (!validator->compile(rule.schema, &reason)) {
        *error = tr("%1: the schema does not compile: %2").arg(pointer, reason);
        return false;
    }
    out.schema = std::move(validator);
    out.plannedNames = rule.schema.value(QLatin1String("properties")).toObject().keys();
    out.closed = rule.schema.value(QLatin1String("additionalProperties")) == QJsonValue(false);
    return true;
}

bool PlanValidator::load(const TrackingPlan& plan, QString* error)
{
    PlanValidator loaded;
    loaded.m_plan = plan;
    if (!plan.common.isEmpty()) {
        auto common = std::make_shared<JsonSchemaValidator>();
        QString reason;
        if (!common->compile(plan.common, &reason)) {
            *error = tr("/common: the schema does not compile: %1").arg(reason);
            return false;
        }
        loaded.m_common = std::move(common);
    }
    for (const auto& [rules, compiled, key] :
        { std::tuple { &plan.events, &loaded.m_events, QStringLiteral("events") },
            std::tuple { &plan.pages, &loaded.m_pages, QStringLiteral("pages") },
            std::tuple { &plan.screens, &loaded.m_screens, QStringLiteral("screens") } }) {
        for (auto it = rules->begin(); it != rules->end(); ++it) {
            CompiledRule rule;
            if (!loaded.compileRule(it.value(), QStringLiteral("/%1/%2/properties").arg(key, pointerPart(it.key())), rule, error))
                return false;
            compiled->insert(it.key(), rule);
        }
    }
    for (const auto& [source, target, key] : { std::tuple { &plan.identify, &loaded.m_identify, QStringLiteral("identify") },
             std::tuple { &plan.group, &loaded.m_group, QStringLiteral("group") } }) {
        if (!*source)
            continue;
        CompiledRule rule;
        if (!loaded.compileRule(**source, QStringLiteral("/%1/traits").arg(key), rule, error))
            return false;
        *target = rule;
    }
    *this = std::move(loaded);
    return true;
}

void PlanValidator::checkRule(const CompiledRule& rule, const QJsonObject& message, const QString& member,
    QList<PlanViolation>& out) const
{
    const QJsonValue values = message.value(member);
    const QJsonObject object = values.toObject();
    if (rule.schema) {
        // A call without properties is checked as an empty object: required ones are then missing.
        for (const SchemaViolation& failure : rule.schema->validate(values.isUndefined() ? QJsonValue(QJsonObject()) : values)) {
            PlanViolation violation;
            violation.kind = kindOf(failure.keyword);
            violation.severity = violation.kind == PlanViolation::Kind::UnplannedProperty
                ? severityOf(m_plan.unplannedProperties) == PlanViolation::Severity::Error || rule.closed
                    ? PlanViolation::Severity::Error
                    : PlanViolation::Severity::Warning
                : PlanViolation::Severity::Error;
            violation.pointer = QLatin1Char('/') + member + failure.pointer;
            violation.keyword = failure.keyword;
            violation.message = failure.message;
            out.append(violation);
        }
    }
    // Properties the schema does not list, when the schema itself leaves them open.
    if (!rule.closed && m_plan.unplannedProperties != TrackingPlan::Policy::Allow && rule.schema) {
        // Nearly always every property is planned: count the planned ones present (lookups, no key copies) and
        // only go over the keys when some are not.
        qsizetype planned = 0;
        for (const QString& name : rule.plannedNames)
            planned += object.contains(name);
        for (auto it = object.begin(); planned < object.size() && it != object.end(); ++it) {
            if (rule.plannedNames.contains(it.key()))
                continue;
            PlanViolation violation;
            violation.kind = PlanViolation::Kind::UnplannedProperty;
            violation.severity = severityOf(m_plan.unplannedProperties);
            violation.pointer = QLatin1Char('/') + member + QLatin1Char('/') + pointerPart(it.key());
            violation.keyword = QStringLiteral("properties");
            violation.message = tr("\"%1\" is not in the plan for this event").arg(it.key());
            out.append(violation);
        }
    }
}

QList<PlanViolation> PlanValidator::validate(const QJsonObject& message) const
{
    QList<PlanViolation> violations;
    if (m_common) {
        for (const SchemaViolation& failure : m_common->validate(message)) {
            PlanViolation violation;
            violation.kind = PlanViolation::Kind::CommonSchema;
            violation.pointer = failure.pointer;
            violation.keyword = failure.keyword;
            violation.message = failure.message;
            violations.append(violation);
        }
    }
    const QString type = message.value(QLatin1String("type")).toString();
    const QHash<QString, CompiledRule>* rules = nullptr;
    QString name;
    if (type == QLatin1String("track")) {
        rules = &m_events;
        name = message.value(QLatin1String("event")).toString();
    } else if (type == QLatin1String("page")) {
        rules = &m_pages;
        name = message.value(QLatin1String("name")).toString();
    } else if (type == QLatin1String("screen")) {
        rules = &m_screens;
        name = message.value(QLatin1String("name")).toString();
    } else if (type == QLatin1String("identify")) {
        if (m_identify)
            checkRule(*m_identify, message, QStringLiteral("traits"), violations);
        return violations;
    } else if (type == QLatin1String("group")) {
        if (m_group)
            checkRule(*m_group, message, QStringLiteral("traits"), violations);
        return violations;
    } else {
        return violations; // alias: nothing to plan
    }
    const auto found = rules->constFind(name);
    if (found == rules->constEnd()) {
        if (m_plan.unplannedEvents != TrackingPlan::Policy::Allow) {
            PlanViolation violation;
            violation.kind = PlanViolation::Kind::UnplannedEvent;
            violation.severity = severityOf(m_plan.unplannedEvents);
            violation.pointer = type == QLatin1String("track") ? QStringLiteral("/event") : QStringLiteral("/name");
            // tr() looks the text up under a lock: only for the message that needs it.
            const QString what = rules == &m_events ? tr("event") : rules == &m_pages ? tr("page") : tr("screen");
            violation.message = tr("the %1 \"%2\" is not in the tracking plan").arg(what, name);
            violations.append(violation);
        }
        return violations;
    }
    checkRule(*found, message, QStringLiteral("properties"), violations);
    return violations;
}

} // namespace Journey

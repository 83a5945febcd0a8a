// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "planvalidator.h"

#include "core/jsonpointer.h"
#include "jsontextdocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

namespace Journey {

namespace {

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

// What validateMessage() asks of a message, over Qt JSON.
class QtMessage
{
public:
    explicit QtMessage(const QJsonObject& object)
        : m_object(object)
    {
    }
    QString string(QLatin1StringView key) const { return m_object.value(key).toString(); }
    QList<SchemaViolation> violationsOf(const JsonSchemaValidator& schema) const { return schema.validate(m_object); }
    // A call without the member is checked as an empty object: required properties are then missing.
    QList<SchemaViolation> violationsOf(const JsonSchemaValidator& schema, QLatin1StringView member) const
    {
        const QJsonValue values = m_object.value(member);
        return schema.validate(values.isUndefined() ? QJsonValue(QJsonObject()) : values);
    }
    // The keys of the object \a member that \a planned does not list, in the object's order.
    QStringList unplannedKeys(QLatin1StringView member, const QStringList& planned, const QList<QByteArray>&) const
    {
        const QJsonObject object = m_object.value(member).toObject();
        // Nearly always every property is planned: count the planned ones present (lookups, no key copies) and
        // only go over the keys when some are not.
        qsizetype present = 0;
        for (const QString& name : planned)
            present += object.contains(name);
        QStringList keys;
        for (auto it = object.begin(); present < object.size() && it != object.end(); ++it) {
            if (!planned.contains(it.key()))
                keys.append(it.key());
        }
        return keys;
    }

private:
    const QJsonObject& m_object;
};

rapidjson::Value keyOf(QByteArrayView key)
{
    return rapidjson::Value(rapidjson::StringRef(key.data(), rapidjson::SizeType(key.size())));
}

// The same over RapidJSON's DOM (a JsonTextDocument, whose members are sorted and unique as in a QJsonObject).
class TextMessage
{
public:
    explicit TextMessage(const rapidjson::Value& object)
        : m_object(object)
    {
    }
    QString string(QLatin1StringView key) const
    {
        const rapidjson::Value* value = memberOf(key);
        return value && value->IsString() ? QString::fromUtf8(value->GetString(), qsizetype(value->GetStringLength()))
                                          : QString();
    }
    QList<SchemaViolation> violationsOf(const JsonSchemaValidator& schema) const
    {
        return schema.validate(JsonTextValue { m_object });
    }
    QList<SchemaViolation> violationsOf(const JsonSchemaValidator& schema, QLatin1StringView member) const
    {
        static const rapidjson::Value empty(rapidjson::kObjectType);
        const rapidjson::Value* values = memberOf(member);
        return schema.validate(JsonTextValue { values ? *values : empty });
    }
    QStringList unplannedKeys(QLatin1StringView member, const QStringList&, const QList<QByteArray>& planned) const
    {
        const rapidjson::Value* object = memberOf(member);
        if (!object || !object->IsObject())
            return {};
        rapidjson::SizeType present = 0;
        for (const QByteArray& name : planned)
            present += object->HasMember(keyOf(name));
        QStringList keys;
        if (present == object->MemberCount())
            return keys;
        for (const auto& property : object->GetObject()) {
            const QByteArrayView key(property.name.GetString(), qsizetype(property.name.GetStringLength()));
            if (std::none_of(planned.begin(), planned.end(), [key](const QByteArray& name) { return name == key; }))
                keys.append(QString::fromUtf8(key));
        }
        return keys;
    }

private:
    const rapidjson::Value* memberOf(QLatin1StringView key) const
    {
        const auto found = m_object.FindMember(keyOf(QByteArrayView(key.data(), key.size())));
        return found == m_object.MemberEnd() ? nullptr : &found->value;
    }

    const rapidjson::Value& m_object;
};

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
    for (const QString& name : std::as_const(out.plannedNames))
        out.plannedUtf8.append(name.toUtf8());
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
            if (!loaded.compileRule(it.value(), QStringLiteral("/%1/%2/properties").arg(key, jsonPointerToken(it.key())), rule, error))
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

template<typename Message>
void PlanValidator::checkRule(const CompiledRule& rule, const Message& message, QLatin1StringView member,
    QList<PlanViolation>& out) const
{
    if (rule.schema) {
        for (const SchemaViolation& failure : message.violationsOf(*rule.schema, member)) {
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
        for (const QString& key : message.unplannedKeys(member, rule.plannedNames, rule.plannedUtf8)) {
            PlanViolation violation;
            violation.kind = PlanViolation::Kind::UnplannedProperty;
            violation.severity = severityOf(m_plan.unplannedProperties);
            violation.pointer = QLatin1Char('/') + member + QLatin1Char('/') + jsonPointerToken(key);
            violation.keyword = QStringLiteral("properties");
            violation.message = tr("\"%1\" is not in the plan for this event").arg(key);
            out.append(violation);
        }
    }
}

template<typename Message>
QList<PlanViolation> PlanValidator::validateMessage(const Message& message) const
{
    QList<PlanViolation> violations;
    if (m_common) {
        for (const SchemaViolation& failure : message.violationsOf(*m_common)) {
            PlanViolation violation;
            violation.kind = PlanViolation::Kind::CommonSchema;
            violation.pointer = failure.pointer;
            violation.keyword = failure.keyword;
            violation.message = failure.message;
            violations.append(violation);
        }
    }
    const QString type = message.string(QLatin1String("type"));
    const QHash<QString, CompiledRule>* rules = nullptr;
    QString name;
    if (type == QLatin1String("track")) {
        rules = &m_events;
        name = message.string(QLatin1String("event"));
    } else if (type == QLatin1String("page")) {
        rules = &m_pages;
        name = message.string(QLatin1String("name"));
    } else if (type == QLatin1String("screen")) {
        rules = &m_screens;
        name = message.string(QLatin1String("name"));
    } else if (type == QLatin1String("identify")) {
        if (m_identify)
            checkRule(*m_identify, message, QLatin1String("traits"), violations);
        return violations;
    } else if (type == QLatin1String("group")) {
        if (m_group)
            checkRule(*m_group, message, QLatin1String("traits"), violations);
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
    checkRule(*found, message, QLatin1String("properties"), violations);
    return violations;
}

QList<PlanViolation> PlanValidator::validate(const QJsonObject& message) const
{
    return validateMessage(QtMessage(message));
}

QList<PlanViolation> PlanValidator::validate(QByteArrayView json, QString* parseError) const
{
    JsonTextDocument document;
    if (document.parse(json)) {
        if (document.root().IsObject())
            return validateMessage(TextMessage(document.root()));
        if (parseError)
            *parseError = tr("the message is not a JSON object");
        return {};
    }
    // RapidJSON refused it: Qt's parser decides, as it reads a few things RapidJSON does not (JsonTextDocument).
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (parsed.isObject())
        return validate(parsed.object());
    if (parseError)
        *parseError = error.error != QJsonParseError::NoError
            ? tr("%1 at offset %2").arg(error.errorString()).arg(error.offset)
            : tr("the message is not a JSON object");
    return {};
}

} // namespace Journey

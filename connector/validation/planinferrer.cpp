// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "planinferrer.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace Journey {

void PlanInferrer::add(const QJsonObject& message)
{
    const QString type = message.value(QLatin1String("type")).toString();
    const auto addNamed = [&](QHash<QString, Seen>& rules, const QString& nameKey) {
        // A plan file cannot name an event without a name, so there is nothing to infer for it.
        const QString name = message.value(nameKey).toString();
        if (!name.isEmpty())
            addTo(rules[name], message, QStringLiteral("properties"));
    };
    if (type == QLatin1String("track"))
        addNamed(m_events, QStringLiteral("event"));
    else if (type == QLatin1String("page"))
        addNamed(m_pages, QStringLiteral("name"));
    else if (type == QLatin1String("screen"))
        addNamed(m_screens, QStringLiteral("name"));
    else if (type == QLatin1String("identify"))
        addTo(m_identify, message, QStringLiteral("traits"));
    else if (type == QLatin1String("group"))
        addTo(m_group, message, QStringLiteral("traits"));
}

void PlanInferrer::clear()
{
    m_nodes.clear();
    m_events.clear();
    m_pages.clear();
    m_screens.clear();
    m_identify = {};
    m_group = {};
    m_eventCount = 0;
}

void PlanInferrer::addTo(Seen& seen, const QJsonObject& message, const QString& member)
{
    if (seen.root < 0) {
        seen.root = int(m_nodes.size());
        m_nodes.emplace_back();
    }
    ++seen.count;
    ++m_eventCount;
    // PlanValidator checks a call without the member as {}: count it so, which keeps `required` honest.
    const QJsonValue value = message.value(member);
    addValue(seen.root, value.isUndefined() ? QJsonValue(QJsonObject()) : value, 0);
}

int PlanInferrer::memberNode(int parent, const QString& name)
{
    const auto found = m_nodes[parent].members.constFind(name);
    if (found != m_nodes[parent].members.constEnd())
        return found.value();
    const int index = int(m_nodes.size());
    m_nodes.emplace_back(); // invalidates references into m_nodes: look the parent up again
    m_nodes[parent].members.insert(name, index);
    return index;
}

int PlanInferrer::itemsNode(int parent)
{
    if (m_nodes[parent].items < 0) {
        const int index = int(m_nodes.size());
        m_nodes.emplace_back();
        m_nodes[parent].items = index;
    }
    return m_nodes[parent].items;
}

void PlanInferrer::addValue(int node, const QJsonValue& value, int depth)
{
    switch (value.type()) {
    case QJsonValue::Null:
        ++m_nodes[node].nulls;
        break;
    case QJsonValue::Bool:
        ++m_nodes[node].booleans;
        break;
    case QJsonValue::Double:
        // Exactly valijson's QtJsonAdapter::isInteger(): toInt() gives the default for a fraction or a whole
        // number outside int's range, which its "integer" type then rejects.
        if (value.toInt(0) == value.toInt(1))
            ++m_nodes[node].integers;
        else
            ++m_nodes[node].numbers;
        break;
    case QJsonValue::String: {
        Node& seen = m_nodes[node];
        ++seen.strings;
        if (!seen.enumerable)
            break;
        const QString text = value.toString();
        if (text.size() <= maxEnumValueLength)
            seen.values.insert(text);
        if (text.size() > maxEnumValueLength || seen.values.size() > maxTrackedValues) {
            seen.enumerable = false;
            seen.values = {};
        }
        break;
    }
    case QJsonValue::Object: {
        ++m_nodes[node].objects;
        if (depth > maxCollectedDepth)
            break;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addValue(memberNode(node, it.key()), it.value(), depth + 1);
        break;
    }
    case QJsonValue::Array: {
        ++m_nodes[node].arrays;
        if (depth > maxCollectedDepth)
            break;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& element : array)
            addValue(itemsNode(node), element, depth + 1);
        break;
    }
    case QJsonValue::Undefined:
        break;
    }
}

QJsonObject PlanInferrer::schemaOf(int index, int depth, const Options& options) const
{
    const Node& node = m_nodes[index];
    const int maxDepth = std::clamp(options.maxDepth, 0, maxCollectedDepth);
    QJsonObject schema;

    // Names in alphabetical order, null last: ["integer", "string", "null"].
    QStringList types;
    if (node.arrays)
        types << QStringLiteral("array");
    if (node.booleans)
        types << QStringLiteral("boolean");
    if (node.numbers)
        types << QStringLiteral("number"); // covers the integers too
    else if (node.integers)
        types << QStringLiteral("integer");
    if (node.objects)
        types << QStringLiteral("object");
    if (node.strings)
        types << QStringLiteral("string");
    if (node.nulls)
        types << QStringLiteral("null");
    if (types.size() == 1)
        schema.insert(QLatin1String("type"), types.first());
    else if (!types.isEmpty())
        schema.insert(QLatin1String("type"), QJsonArray::fromStringList(types));

    if (node.objects && depth <= maxDepth) {
        QJsonObject properties;
        QStringList required;
        for (auto it = node.members.begin(); it != node.members.end(); ++it) {
            properties.insert(it.key(), schemaOf(it.value(), depth + 1, options));
            // A member is only ever counted inside an object, so this means "in every object seen".
            if (m_nodes[it.value()].count() == node.objects)
                required << it.key();
        }
        schema.insert(QLatin1String("properties"), properties);
        if (!required.isEmpty()) {
            required.sort();
            schema.insert(QLatin1String("required"), QJsonArray::fromStringList(required));
        }
    }
    if (node.arrays && node.items >= 0 && depth <= maxDepth)
        schema.insert(QLatin1String("items"), schemaOf(node.items, depth + 1, options));

    // An enum applies to every value, whatever its type: only for strings (and null, then listed too).
    const int maxEnumValues = std::min(options.maxEnumValues, maxTrackedValues);
    if (node.strings && node.enumerable && node.strings + node.nulls == node.count()
        && node.strings >= options.minOccurrencesForEnum && node.values.size() <= maxEnumValues) {
        QStringList values(node.values.begin(), node.values.end());
        values.sort();
        QJsonArray allowed = QJsonArray::fromStringList(values);
        if (node.nulls)
            allowed.append(QJsonValue::Null);
        schema.insert(QLatin1String("enum"), allowed);
    }
    return schema;
}

TrackingPlan::Rule PlanInferrer::ruleOf(const Seen& seen, const Options& options) const
{
    TrackingPlan::Rule rule;
    // Two strings rather than one "%n event(s)": the text goes into a plan file people read and share.
    rule.description
        = seen.count == 1 ? tr("Inferred from 1 event") : tr("Inferred from %n events", nullptr, seen.count);
    rule.schema = schemaOf(seen.root, 0, options);
    return rule;
}

TrackingPlan PlanInferrer::plan() const
{
    return plan(Options());
}

TrackingPlan PlanInferrer::plan(const Options& options) const
{
    TrackingPlan result;
    result.name = options.name;
    result.version = options.version;
    result.unplannedEvents = options.unplannedEvents;
    result.unplannedProperties = options.unplannedProperties;
    for (const auto& [seen, rules] : { std::pair { &m_events, &result.events }, std::pair { &m_pages, &result.pages },
             std::pair { &m_screens, &result.screens } }) {
        for (auto it = seen->begin(); it != seen->end(); ++it)
            rules->insert(it.key(), ruleOf(it.value(), options));
    }
    if (m_identify.count)
        result.identify = ruleOf(m_identify, options);
    if (m_group.count)
        result.group = ruleOf(m_group, options);
    return result;
}

} // namespace Journey

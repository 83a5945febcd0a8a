// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "routerules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Journey {

namespace {

bool readStrings(const QJsonObject& object, const QString& member, const QString& key, QStringList& out, QString* error)
{
    const QJsonValue value = object.value(member);
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = QCoreApplication::translate("Journey::RouteRules", "%1.%2: expected an array of strings")
                     .arg(key, member);
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty()) {
            *error = QCoreApplication::translate("Journey::RouteRules", "%1.%2[%3]: expected a non-empty string")
                         .arg(key, member)
                         .arg(i);
            return false;
        }
        out.append(array.at(i).toString());
    }
    return true;
}

} // namespace

bool RouteRules::globMatches(const QString& pattern, const QString& name)
{
    // Iterative wildcard match with one backtrack point: linear for the patterns people write.
    qsizetype p = 0;
    qsizetype n = 0;
    qsizetype starP = -1;
    qsizetype starN = 0;
    while (n < name.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || pattern[p] == name[n])) {
            ++p;
            ++n;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            starP = p++;
            starN = n;
        } else if (starP >= 0) {
            p = starP + 1;
            n = ++starN;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool RouteRules::matches(EventType type, const QString& name) const
{
    if (!types.isEmpty() && !types.contains(type))
        return false;
    const bool named = type == EventType::Track || type == EventType::Page || type == EventType::Screen;
    if (!named)
        return true;
    if (!events.isEmpty()) {
        bool listed = false;
        for (const QString& pattern : events)
            listed = listed || globMatches(pattern, name);
        if (!listed)
            return false;
    }
    for (const QString& pattern : exclude) {
        if (globMatches(pattern, name))
            return false;
    }
    return true;
}

bool RouteRules::parse(const QJsonValue& value, const QString& key, RouteRules& out, QString* error)
{
    out = RouteRules();
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *error = tr("%1: expected an object with \"types\", \"events\" and/or \"exclude\"").arg(key);
        return false;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("types") && it.key() != QLatin1String("events") && it.key() != QLatin1String("exclude")) {
            *error = tr("%1.%2: unknown key; expected one of: types, events, exclude").arg(key, it.key());
            return false;
        }
    }
    QStringList typeNames;
    if (!readStrings(object, QStringLiteral("types"), key, typeNames, error)
        || !readStrings(object, QStringLiteral("events"), key, out.events, error)
        || !readStrings(object, QStringLiteral("exclude"), key, out.exclude, error))
        return false;
    for (qsizetype i = 0; i < typeNames.size(); ++i) {
        const std::optional<EventType> type = eventTypeFromName(typeNames[i].toUtf8());
        if (!type) {
            *error = tr("%1.types[%2]: '%3' is not a call type; expected track, identify, page, screen, group or alias")
                         .arg(key)
                         .arg(i)
                         .arg(typeNames[i]);
            return false;
        }
        out.types.append(*type);
    }
    return true;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "trackingplanloader.h"

#include "jsonschemavalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Journey {

namespace {

/// "line L, column C" of byte \a offset in \a text (both from 1).
QString lineAndColumn(const QByteArray& text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArrayView before(text.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    return TrackingPlanLoader::tr("line %1, column %2").arg(line).arg(column);
}

/// The schema Segment keeps for \a member (`properties`, `traits`) inside its whole-message schema.
QJsonObject memberSchema(const QJsonObject& messageSchema, const QString& member)
{
    return messageSchema.value(QLatin1String("properties")).toObject().value(member).toObject();
}

/// Unwraps `{"data": …}` and `{"trackingPlan": …}` (how the Public API returns a plan).
QJsonObject unwrapped(QJsonObject json)
{
    for (int i = 0; i < 2; ++i) {
        for (const char* wrapper : { "data", "trackingPlan" }) {
            const QJsonValue inner = json.value(QLatin1String(wrapper));
            if (inner.isObject() && !json.contains(QLatin1String("rules")))
                json = inner.toObject();
        }
    }
    return json;
}

} // namespace

bool TrackingPlanLoader::readJsonFile(const QString& path, QJsonObject& out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray text = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: %2: not valid JSON: %3").arg(path, lineAndColumn(text, parseError.offset), parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = tr("%1: expected a JSON object").arg(path);
        return false;
    }
    out = document.object();
    return true;
}

bool TrackingPlanLoader::load(const QString& path, TrackingPlan& out, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: no such file or folder").arg(path);
        return false;
    }
    if (info.isDir())
        return loadSchemaFolder(path, out, error);
    QJsonObject json;
    if (!readJsonFile(path, json, error))
        return false;
    if (isSegmentExport(json))
        return fromSegmentExport(json, path, out, error);
    return TrackingPlan::parse(QJsonDocument(json).toJson(QJsonDocument::Compact), path, out, error);
}

bool TrackingPlanLoader::loadSchemaFolder(const QString& folder, TrackingPlan& out, QString* error)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        *error = tr("%1: no such folder").arg(folder);
        return false;
    }
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name);
    if (files.isEmpty()) {
        *error = tr("%1: no *.json schemas in the folder").arg(folder);
        return false;
    }
    TrackingPlan plan;
    plan.name = QFileInfo(QDir::cleanPath(dir.absolutePath())).fileName();
    for (const QString& fileName : files) {
        const QString path = dir.filePath(fileName);
        QJsonObject schema;
        if (!readJsonFile(path, schema, error))
            return false;
        // Compiled here too so that a bad schema is reported against its own file, not a plan pointer.
        JsonSchemaValidator validator;
        QString reason;
        if (!validator.compile(schema, &reason)) {
            *error = tr("%1: the schema does not compile: %2").arg(path, reason);
            return false;
        }
        TrackingPlan::Rule rule;
        rule.description = schema.value(QLatin1String("description")).toString();
        rule.schema = schema;
        plan.events.insert(fileName.chopped(5), rule);
    }
    out = plan;
    return true;
}

bool TrackingPlanLoader::isSegmentExport(const QJsonObject& json)
{
    const QJsonValue rules = unwrapped(json).value(QLatin1String("rules"));
    return rules.isArray() || rules.isObject();
}

bool TrackingPlanLoader::fromSegmentExport(const QJsonObject& exported, const QString& origin, TrackingPlan& out,
    QString* error)
{
    const auto fail = [&](const QString& message) {
        *error = origin + QStringLiteral(": ") + message;
        return false;
    };
    const QJsonObject json = unwrapped(exported);
    TrackingPlan plan;
    plan.name = json.value(QLatin1String("display_name")).toString(json.value(QLatin1String("name")).toString());
    const QJsonValue rules = json.value(QLatin1String("rules"));

    if (rules.isObject()) {
        // Config API: {"global": schema, "events": [{"name", "description", "rules": schema, "version"}], "identify", "group"}
        const QJsonObject object = rules.toObject();
        const QJsonValue global = object.value(QLatin1String("global"));
        if (global.isObject())
            plan.common = global.toObject();
        const QJsonValue events = object.value(QLatin1String("events"));
        if (!events.isUndefined() && !events.isArray())
            return fail(tr("/rules/events: expected an array"));
        const QJsonArray list = events.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject event = list.at(i).toObject();
            const QString name = event.value(QLatin1String("name")).toString();
            if (name.isEmpty())
                return fail(tr("/rules/events/%1/name: expected the event's name").arg(i));
            const QJsonValue schema = event.value(QLatin1String("rules"));
            if (!schema.isUndefined() && !schema.isObject())
                return fail(tr("/rules/events/%1/rules: expected a JSON Schema object").arg(i));
            TrackingPlan::Rule rule;
            rule.description = event.value(QLatin1String("description")).toString();
            rule.schema = memberSchema(schema.toObject(), QStringLiteral("properties"));
            plan.events.insert(name, rule);
        }
        for (const auto& [key, target] : { std::pair { "identify", &plan.identify }, std::pair { "group", &plan.group } }) {
            const QJsonValue schema = object.value(QLatin1String(key));
            if (schema.isUndefined() || schema.isNull())
                continue;
            if (!schema.isObject())
                return fail(tr("/rules/%1: expected a JSON Schema object").arg(QLatin1String(key)));
            TrackingPlan::Rule rule;
            rule.schema = memberSchema(schema.toObject(), QStringLiteral("traits"));
            *target = rule;
        }
    } else {
        // Public API: [{"type": "TRACK", "key": "Order Completed", "jsonSchema": schema, "version": 1}, …]
        const QJsonArray list = rules.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString pointer = QStringLiteral("/rules/%1").arg(i);
            const QJsonObject entry = list.at(i).toObject();
            const QString type = entry.value(QLatin1String("type")).toString().toUpper();
            const QString key = entry.value(QLatin1String("key")).toString();
            const QJsonValue schemaValue = entry.value(QLatin1String("jsonSchema"));
            if (!schemaValue.isUndefined() && !schemaValue.isNull() && !schemaValue.isObject())
                return fail(tr("%1/jsonSchema: expected a JSON Schema object").arg(pointer));
            const QJsonObject schema = schemaValue.toObject();
            TrackingPlan::Rule rule;
            rule.description = schema.value(QLatin1String("description")).toString();
            if (type == QLatin1String("COMMON")) {
                plan.common = schema;
                continue;
            }
            if (type == QLatin1String("IDENTIFY") || type == QLatin1String("GROUP")) {
                rule.schema = memberSchema(schema, QStringLiteral("traits"));
                (type == QLatin1String("IDENTIFY") ? plan.identify : plan.group) = rule;
                continue;
            }
            QMap<QString, TrackingPlan::Rule>* target = type == QLatin1String("TRACK") ? &plan.events
                : type == QLatin1String("PAGE")                                          ? &plan.pages
                : type == QLatin1String("SCREEN")                                        ? &plan.screens
                                                                                          : nullptr;
            if (!target)
                return fail(tr("%1/type: \"%2\" is not one of TRACK, PAGE, SCREEN, IDENTIFY, GROUP, COMMON")
                                .arg(pointer, entry.value(QLatin1String("type")).toString()));
            if (key.isEmpty())
                return fail(tr("%1/key: expected the event's name").arg(pointer));
            rule.schema = memberSchema(schema, QStringLiteral("properties"));
            target->insert(key, rule);
        }
    }
    // Check the schemas compile, naming the rule at fault.
    for (const auto& [rules, key] : { std::pair { &plan.events, "events" }, std::pair { &plan.pages, "pages" },
             std::pair { &plan.screens, "screens" } }) {
        for (auto it = rules->begin(); it != rules->end(); ++it) {
            JsonSchemaValidator validator;
            QString reason;
            if (!it->schema.isEmpty() && !validator.compile(it->schema, &reason))
                return fail(tr("%1 \"%2\": the schema does not compile: %3").arg(QLatin1String(key), it.key(), reason));
        }
    }
    out = plan;
    return true;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "propertyflattener.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <utility>

namespace Journey {

PropertyFlattener::PropertyFlattener(QString arraySeparator)
    : m_arraySeparator(std::move(arraySeparator))
{
}

QList<PropertyFlattener::Property> PropertyFlattener::flatten(const QString& name, const QJsonValue& value)
{
    QList<Property> properties;
    flattenInto(properties, name, value, true);
    return properties;
}

QList<PropertyFlattener::Property> PropertyFlattener::flattenAll(const QJsonObject& object, const QString& prefix)
{
    QList<Property> properties;
    for (auto it = object.begin(); it != object.end(); ++it)
        flattenInto(properties, prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value(), true);
    return properties;
}

QString PropertyFlattener::elementText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9007199254740992.0)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

void PropertyFlattener::flattenInto(QList<Property>& properties, const QString& name, const QJsonValue& value,
    bool topLevel)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            m_empty.append(name);
            return;
        }
        if (topLevel)
            m_nested.append(name); // reported once, by the outermost name
        for (auto it = object.begin(); it != object.end(); ++it)
            flattenInto(properties, name + QLatin1Char('.') + it.key(), it.value(), false);
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            m_empty.append(name);
            return;
        }
        QStringList parts;
        for (const QJsonValue& element : array)
            parts.append(elementText(element));
        m_joined.append(name);
        properties.append({ name, parts.join(m_arraySeparator) });
        return;
    }
    case QJsonValue::Bool:
        m_booleans.append(name);
        properties.append({ name, value.toBool() ? QStringLiteral("true") : QStringLiteral("false") });
        return;
    case QJsonValue::Double:
    case QJsonValue::String:
        properties.append({ name, value });
        return;
    default:
        m_empty.append(name);
        return;
    }
}

} // namespace Journey

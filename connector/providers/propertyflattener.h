// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Journey {

/*!
 * Nested event properties or traits flattened into the flat name/value pairs that providers taking only
 * strings and numbers want: an object's members get dotted names ("address.geo.lat"), an array becomes one
 * text of its elements joined with the array separator, true/false become the texts "true"/"false", and
 * null, empty objects and empty arrays are left out. Names and values are not cut or renamed here; that is
 * each provider's own rule.
 *
 * The flattener remembers, across calls, which names were flattened, joined, turned into text or left out,
 * so that the provider can say so in its notes.
 */
class PropertyFlattener
{
public:
    /// One flattened property: its dotted name and a string or a number.
    struct Property
    {
        QString name;
        QJsonValue value;
    };

    /// \a arraySeparator joins the elements of an array ("," for GA4, "||" for Heap).
    explicit PropertyFlattener(QString arraySeparator);

    /// \a value under \a name flattened, in order (an object's members in their key order).
    QList<Property> flatten(const QString& name, const QJsonValue& value);
    /// Every member of \a object flattened, the names under \a prefix ("prefix.member") when it is set.
    QList<Property> flattenAll(const QJsonObject& object, const QString& prefix = {});

    /// Top-level names whose object was flattened into dotted names (each named once).
    const QStringList& nestedNames() const { return m_nested; }
    /// Names whose array was sent as joined text.
    const QStringList& joinedNames() const { return m_joined; }
    /// Names whose true/false was sent as text.
    const QStringList& booleanNames() const { return m_booleans; }
    /// Names left out for being null or an empty object or array.
    const QStringList& emptyNames() const { return m_empty; }

    /*!
     * \a value as the text it takes in a joined array: strings as they are, numbers in their shortest form
     * (whole numbers below 2^53 without a fraction or exponent), "true"/"false", objects and arrays as
     * compact JSON, null as an empty text.
     */
    static QString elementText(const QJsonValue& value);

private:
    void flattenInto(QList<Property>& properties, const QString& name, const QJsonValue& value, bool topLevel);

    QString m_arraySeparator;
    QStringList m_nested;
    QStringList m_joined;
    QStringList m_booleans;
    QStringList m_empty;
};

} // namespace Journey

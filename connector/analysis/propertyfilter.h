// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Journey {

class PropertyColumn;

/*!
 * A condition on one property of an event, written as text: "plan=pro", "plan!=free", "revenue>=10",
 * "price<5", "name~shoe" (contains), "coupon?" (has the property), "!coupon" (does not). Paths are
 * PropertyPath paths ("plan" is "properties.plan"). Comparisons are numeric when both sides are numbers,
 * else on the text; "=" and "!=" on numbers compare their values (10 = 10.0).
 */
class PropertyFilter
{
    Q_DECLARE_TR_FUNCTIONS(Journey::PropertyFilter)

public:
    enum class Op { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Contains, Exists, Missing };

    QString path;
    Op op = Op::Exists;
    QString value;

    /// Parses one condition; false with \a error naming what is wrong.
    static bool parse(const QString& text, PropertyFilter& out, QString* error);
    QString toString() const;

    /// Whether value \a value (0: missing) of \a column passes.
    bool passes(const PropertyColumn& column, quint32 value) const;
    /// passes() for every value of \a column, indexed by value id.
    std::vector<quint8> passTable(const PropertyColumn& column) const;

    bool operator==(const PropertyFilter& other) const = default;
};

} // namespace Journey

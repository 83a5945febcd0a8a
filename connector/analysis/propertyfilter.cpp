// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "propertyfilter.h"

#include "propertycolumn.h"
#include "propertypath.h"

namespace Journey {

namespace {

struct Spelling
{
    const char* text;
    PropertyFilter::Op op;
};

// Longest first, so that ">=" is not read as ">".
constexpr Spelling s_spellings[] = { { "!=", PropertyFilter::Op::NotEqual }, { ">=", PropertyFilter::Op::GreaterOrEqual },
    { "<=", PropertyFilter::Op::LessOrEqual }, { "=", PropertyFilter::Op::Equal }, { ">", PropertyFilter::Op::Greater },
    { "<", PropertyFilter::Op::Less }, { "~", PropertyFilter::Op::Contains } };

} // namespace

bool PropertyFilter::parse(const QString& text, PropertyFilter& out, QString* error)
{
    const QString trimmed = text.trimmed();
    PropertyFilter filter;
    QString path;
    if (trimmed.startsWith(QLatin1Char('!')) && !trimmed.contains(QLatin1Char('='))) {
        filter.op = Op::Missing;
        path = trimmed.mid(1);
    } else if (trimmed.endsWith(QLatin1Char('?'))) {
        filter.op = Op::Exists;
        path = trimmed.chopped(1);
    } else {
        qsizetype at = -1;
        for (const Spelling& spelling : s_spellings) {
            const qsizetype found = trimmed.indexOf(QLatin1String(spelling.text));
            if (found > 0 && (at < 0 || found < at || (found == at && qstrlen(spelling.text) > 1))) {
                at = found;
                filter.op = spelling.op;
            }
        }
        if (at < 0) {
            *error = tr("\"%1\" is not a condition: write PROPERTY=VALUE, !=, <, <=, >, >=, ~ (contains), PROPERTY? (has it) "
                        "or !PROPERTY (does not)")
                         .arg(trimmed);
            return false;
        }
        const int length = filter.op == Op::NotEqual || filter.op == Op::GreaterOrEqual || filter.op == Op::LessOrEqual ? 2 : 1;
        path = trimmed.left(at);
        filter.value = trimmed.mid(at + length).trimmed();
        if ((filter.op == Op::Less || filter.op == Op::LessOrEqual || filter.op == Op::Greater || filter.op == Op::GreaterOrEqual)) {
            bool number = false;
            filter.value.toDouble(&number);
            if (!number) {
                *error = tr("\"%1\": <, <=, > and >= compare numbers, and \"%2\" is not one").arg(trimmed, filter.value);
                return false;
            }
        }
    }
    filter.path = PropertyPath::normalise(path);
    if (filter.path.isEmpty()) {
        *error = tr("\"%1\": the property name is missing or has an empty part").arg(trimmed);
        return false;
    }
    out = filter;
    return true;
}

QString PropertyFilter::toString() const
{
    const QString shown = path.startsWith(QLatin1String("properties.")) ? path.mid(11) : path;
    switch (op) {
    case Op::Equal:
        return shown + QLatin1Char('=') + value;
    case Op::NotEqual:
        return shown + QLatin1String("!=") + value;
    case Op::Less:
        return shown + QLatin1Char('<') + value;
    case Op::LessOrEqual:
        return shown + QLatin1String("<=") + value;
    case Op::Greater:
        return shown + QLatin1Char('>') + value;
    case Op::GreaterOrEqual:
        return shown + QLatin1String(">=") + value;
    case Op::Contains:
        return shown + QLatin1Char('~') + value;
    case Op::Exists:
        return shown + QLatin1Char('?');
    case Op::Missing:
        return QLatin1Char('!') + shown;
    }
    return shown;
}

bool PropertyFilter::passes(const PropertyColumn& column, quint32 id) const
{
    if (op == Op::Exists)
        return id != PropertyColumn::missing;
    if (op == Op::Missing)
        return id == PropertyColumn::missing;
    if (id == PropertyColumn::missing)
        return op == Op::NotEqual; // an event without the property is not equal to any value
    const QByteArray& text = column.text(id);
    bool valueIsNumber = false;
    const double wanted = value.toDouble(&valueIsNumber);
    const bool numeric = valueIsNumber && column.isNumber(id);
    const double number = column.number(id);
    switch (op) {
    case Op::Equal:
        return numeric ? number == wanted : text == value.toUtf8();
    case Op::NotEqual:
        return numeric ? number != wanted : text != value.toUtf8();
    case Op::Less:
        return numeric && number < wanted;
    case Op::LessOrEqual:
        return numeric && number <= wanted;
    case Op::Greater:
        return numeric && number > wanted;
    case Op::GreaterOrEqual:
        return numeric && number >= wanted;
    case Op::Contains:
        return text.contains(value.toUtf8());
    case Op::Exists:
    case Op::Missing:
        break;
    }
    return false;
}

std::vector<quint8> PropertyFilter::passTable(const PropertyColumn& column) const
{
    std::vector<quint8> table(size_t(column.valueCount()));
    for (int id = 0; id < column.valueCount(); ++id)
        table[size_t(id)] = passes(column, quint32(id)) ? 1 : 0;
    return table;
}

} // namespace Journey

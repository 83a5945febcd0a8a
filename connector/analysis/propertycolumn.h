// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace Journey {

/*!
 * The values one property path (see PropertyPath) takes on the events of an AnalysisSnapshot: one value id
 * per event, in the snapshot's event order, 0 where the event does not have the property. Each distinct
 * value is stored once, as text (strings as they are, numbers in their shortest form, true/false, objects
 * and arrays as compact JSON) and, when it is a number, as a double too.
 */
class PropertyColumn
{
public:
    static constexpr quint32 missing = 0;

    explicit PropertyColumn(QString path = {});

    const QString& path() const { return m_path; }
    /// The value id of event \a position (0: the event does not have it).
    quint32 valueAt(qsizetype position) const { return m_values[size_t(position)]; }
    /// Number of distinct values plus one (id 0 is "missing").
    int valueCount() const { return int(m_texts.size()); }
    const QByteArray& text(quint32 value) const { return m_texts[value]; }
    bool isNumber(quint32 value) const { return m_isNumber[value] != 0; }
    double number(quint32 value) const { return m_numbers[value]; }

    /// For builders: makes room for \a events events, all missing.
    void resize(qsizetype events) { m_values.assign(size_t(events), missing); }
    /// For builders: the id of \a text (made on first sight).
    quint32 intern(const QByteArray& text, bool isNumber, double number);
    void set(qsizetype position, quint32 value) { m_values[size_t(position)] = value; }

private:
    QString m_path;
    std::vector<quint32> m_values;
    std::vector<QByteArray> m_texts { QByteArray() };
    std::vector<double> m_numbers { 0.0 };
    std::vector<quint8> m_isNumber { 0 };
    QHash<QByteArray, quint32> m_ids;
};

} // namespace Journey

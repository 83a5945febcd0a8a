// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "csvrecordreader.h"

#include <QCoreApplication>

namespace Journey {

bool CsvRecordReader::next(QList<QByteArray>& fields)
{
    fields.clear();
    QByteArrayView line;
    // Skip blank lines between records.
    do {
        if (!m_lines.next(line)) {
            if (!m_lines.error().isEmpty())
                m_error = m_lines.error();
            return false;
        }
    } while (line.trimmed().isEmpty());
    m_recordLine = m_lines.lineNumber();

    QByteArray field;
    bool quoted = false; // inside a quoted field
    for (;;) {
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field.append('"');
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.append(field);
                field.clear();
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else {
                field.append(c);
            }
        }
        if (!quoted)
            break;
        // The quoted field goes on with the next line.
        field.append('\n');
        if (!m_lines.next(line)) {
            m_error = m_lines.error().isEmpty()
                ? QCoreApplication::translate("Journey::CsvRecordReader",
                      "%1: line %2: a quoted field is not closed before the end of the file")
                      .arg(m_path)
                      .arg(m_recordLine)
                : m_lines.error();
            return false;
        }
    }
    fields.append(field);
    return true;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "linereader.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Journey {

/// Reads RFC 4180 CSV records (comma-separated, `"` quoting with `""` escapes, quoted fields may span lines).
class CsvRecordReader
{
public:
    bool open(const QString& path, QString* error)
    {
        m_path = path;
        return m_lines.open(path, error);
    }
    /// The next record's fields; false at the end or on an error (error() is then set, naming the file).
    bool next(QList<QByteArray>& fields);
    /// Line on which the record last returned by next() starts.
    qint64 recordLine() const { return m_recordLine; }
    const QString& error() const { return m_error; }

private:
    LineReader m_lines;
    qint64 m_recordLine = 0;
    QString m_error;
    QString m_path;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Journey {

/*!
 * Reads a text file line by line in large chunks, gzip-compressed or not (zlib tells them apart), or
 * standard input for the path "-". Each line is handed out as a view into an internal buffer that has
 * at least `padding` readable bytes after the line, so simdjson can parse it without copying. Line endings
 * (LF or CRLF) are not part of the line; a UTF-8 byte order mark at the start is skipped.
 */
class LineReader
{
    Q_DECLARE_TR_FUNCTIONS(Journey::LineReader)

public:
    static constexpr qsizetype padding = 64;

    LineReader();
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    bool open(const QString& path, QString* error);
    /// The next line, or false at the end of the file or on a read error (see error()).
    bool next(QByteArrayView& line);
    /// 1-based number of the line last returned by next().
    qint64 lineNumber() const { return m_lineNumber; }
    /// Bytes read from the file so far (compressed size for gzip files).
    qint64 bytesRead() const;
    const QString& error() const { return m_error; }

private:
    bool fill();

    void* m_file = nullptr; // gzFile
    QByteArray m_buffer;
    qsizetype m_begin = 0; ///< start of unread data
    qsizetype m_end = 0; ///< end of read data
    bool m_eof = false;
    qint64 m_lineNumber = 0;
    QString m_error;
    QString m_path;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bytebuffer.h"

#include <QCoreApplication>
#include <QString>

namespace Journey {

/*!
 * Cuts a line-oriented file (gzip-compressed or not; "-" is standard input) into large chunks that end on
 * a line boundary, so several threads can parse lines at once. Each chunk is followed by `padding` zero
 * bytes for simdjson, and knows the number of its first line.
 */
class ChunkReader
{
    Q_DECLARE_TR_FUNCTIONS(Journey::ChunkReader)

public:
    static constexpr qsizetype padding = 64;

    struct Chunk
    {
        ByteBuffer data; ///< whole lines; size() excludes the padding
        qint64 firstLine = 1;
    };

    ChunkReader();
    ~ChunkReader();
    ChunkReader(const ChunkReader&) = delete;
    ChunkReader& operator=(const ChunkReader&) = delete;

    bool open(const QString& path, QString* error, qsizetype chunkSize = 8 * 1024 * 1024);
    /// The next chunk; false at the end or on a read error (error() then says which).
    bool next(Chunk& chunk);
    qint64 bytesRead() const { return m_bytesRead; }
    const QString& error() const { return m_error; }

private:
    qint64 readSome(char* target, qsizetype room);

    QString m_path;
    int m_fd = -1;
    void* m_gz = nullptr; // gzFile, for compressed input
    ByteBuffer m_carry; ///< the start of a line cut by the previous read
    qsizetype m_chunkSize = 0;
    qint64 m_nextLine = 1;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_firstRead = true;
    QString m_error;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "chunkreader.h"

#include "core/gzipcodec.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

namespace Journey {

namespace {

qint64 countLines(const char* data, qsizetype size)
{
    qint64 lines = 0;
    const char* p = data;
    const char* end = data + size;
    while ((p = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p))))) {
        ++lines;
        ++p;
    }
    return lines;
}
} // namespace

ChunkReader::ChunkReader() = default;

ChunkReader::~ChunkReader()
{
    if (m_gz)
        gzclose(static_cast<gzFile>(m_gz));
    else if (m_fd > 0)
        ::close(m_fd);
}

bool ChunkReader::open(const QString& path, QString* error, qsizetype chunkSize)
{
    m_path = path;
    m_chunkSize = chunkSize;
    m_fd = path == QLatin1String("-") ? 0 : ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (m_fd < 0) {
        *error = tr("cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // gzip files go through zlib; plain files are read straight into the chunk (no extra copy).
    unsigned char magic[2] = {};
    if (m_fd != 0 && ::pread(m_fd, magic, 2, 0) == 2 && magic[0] == 0x1f && magic[1] == 0x8b) {
        m_gz = gzdopen(m_fd, "rb");
        if (!m_gz) {
            *error = tr("cannot open %1: not readable as gzip").arg(path);
            return false;
        }
        gzbuffer(static_cast<gzFile>(m_gz), 1 << 20);
    } else if (m_fd == 0) {
        // Standard input may be compressed too: let zlib look (it passes plain data through).
        m_gz = gzdopen(::dup(0), "rb");
    }
    return true;
}

qint64 ChunkReader::readSome(char* target, qsizetype room)
{
    if (m_gz) {
        const int got = gzread(static_cast<gzFile>(m_gz), target, unsigned(std::min<qsizetype>(room, 1 << 30)));
        int code = Z_OK;
        const QString reason = got <= 0 ? GzipCodec::fileError(m_gz, code) : QString();
        // A truncated gzip file reads as a normal end; only gzerror() tells (Z_BUF_ERROR).
        if (got < 0 || (got == 0 && code == Z_BUF_ERROR)) {
            m_error = tr("cannot read %1: %2").arg(m_path, reason);
            return -1;
        }
        return got;
    }
    for (;;) {
        const ssize_t got = ::read(m_fd, target, size_t(room));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            m_error = tr("cannot read %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return got;
    }
}

bool ChunkReader::next(Chunk& chunk)
{
    if (m_eof && m_carry.isEmpty())
        return false;
    chunk.data.clear();
    chunk.data.reserve(m_chunkSize + padding);
    chunk.data.append(m_carry.view());
    m_carry.clear();

    // Fill up to the chunk size, then give the partial last line to the next chunk.
    while (!m_eof && chunk.data.size() < m_chunkSize) {
        const qsizetype room = m_chunkSize - chunk.data.size();
        char* target = chunk.data.prepare(room + padding);
        const qint64 got = readSome(target, room);
        if (got < 0)
            return false;
        if (got == 0) {
            m_eof = true;
            break;
        }
        m_bytesRead += got;
        chunk.data.resize(chunk.data.size() + got);
    }
    if (m_firstRead) {
        m_firstRead = false;
        if (chunk.data.size() >= 3 && std::memcmp(chunk.data.data(), "\xEF\xBB\xBF", 3) == 0)
            chunk.data.data()[0] = chunk.data.data()[1] = chunk.data.data()[2] = ' '; // byte order mark
    }
    if (!m_eof) {
        const char* data = chunk.data.data();
        qsizetype cut = chunk.data.size();
        while (cut > 0 && data[cut - 1] != '\n')
            --cut;
        if (cut == 0) {
            // A single line longer than the chunk: grow until it ends.
            m_carry.append(chunk.data.view());
            m_chunkSize *= 2;
            return next(chunk);
        }
        m_carry.append(data + cut, chunk.data.size() - cut);
        chunk.data.resize(cut);
    }
    chunk.firstLine = m_nextLine;
    m_nextLine += countLines(chunk.data.data(), chunk.data.size());
    // The padding simdjson may read past the last line.
    std::memset(chunk.data.prepare(padding), 0, size_t(padding));
    return !chunk.data.isEmpty() || !m_eof;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "linereader.h"

#include "core/gzipcodec.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>
#include <zlib.h>

namespace Journey {

namespace {
constexpr qsizetype chunkSize = 8 * 1024 * 1024;

} // namespace

LineReader::LineReader() = default;

LineReader::~LineReader()
{
    if (m_file)
        gzclose(static_cast<gzFile>(m_file));
}

bool LineReader::open(const QString& path, QString* error)
{
    m_path = path;
    gzFile file = nullptr;
    if (path == QLatin1String("-")) {
        file = gzdopen(0, "rb");
    } else {
        file = gzopen(QFile::encodeName(path).constData(), "rb");
    }
    if (!file) {
        *error = tr("cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    gzbuffer(file, 1 << 20);
    m_file = file;
    m_buffer.resize(chunkSize + padding);
    return true;
}

qint64 LineReader::bytesRead() const
{
    return m_file ? qint64(gzoffset(static_cast<gzFile>(m_file))) : 0;
}

bool LineReader::fill()
{
    // Keep the unread tail, then read after it; grow when a single line fills the buffer.
    const qsizetype tail = m_end - m_begin;
    if (m_begin > 0 && tail > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(tail));
    m_begin = 0;
    m_end = tail;
    if (m_buffer.size() - padding - m_end < chunkSize / 2)
        m_buffer.resize(m_buffer.size() + chunkSize);
    const qsizetype room = m_buffer.size() - padding - m_end;
    const int got = gzread(static_cast<gzFile>(m_file), m_buffer.data() + m_end, unsigned(std::min<qsizetype>(room, 1 << 30)));
    int code = Z_OK;
    const QString reason = got <= 0 ? GzipCodec::fileError(m_file, code) : QString();
    // A truncated gzip file reads as a normal end; only gzerror() tells (Z_BUF_ERROR).
    if (got < 0 || (got == 0 && code == Z_BUF_ERROR)) {
        m_error = tr("cannot read %1: %2").arg(m_path, reason);
        return false;
    }
    if (got == 0)
        m_eof = true;
    m_end += got;
    // Padding must be readable and deterministic.
    std::memset(m_buffer.data() + m_end, 0, size_t(padding));
    return true;
}

bool LineReader::next(QByteArrayView& line)
{
    if (!m_file)
        return false;
    for (;;) {
        const char* start = m_buffer.constData() + m_begin;
        const auto* newline = static_cast<const char*>(std::memchr(start, '\n', size_t(m_end - m_begin)));
        if (newline || (m_eof && m_end > m_begin)) {
            qsizetype length = newline ? newline - start : m_end - m_begin;
            m_begin += length + (newline ? 1 : 0);
            if (length > 0 && start[length - 1] == '\r')
                --length;
            ++m_lineNumber;
            if (m_lineNumber == 1 && length >= 3 && std::memcmp(start, "\xEF\xBB\xBF", 3) == 0) {
                start += 3;
                length -= 3;
            }
            line = QByteArrayView(start, length);
            return true;
        }
        if (m_eof)
            return false;
        if (!fill())
            return false;
    }
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "gzipcodec.h"

#include <QCoreApplication>

#include <zlib.h>

namespace Journey {

bool GzipCodec::looksGzipped(QByteArrayView data)
{
    return data.size() >= 2 && quint8(data[0]) == 0x1f && quint8(data[1]) == 0x8b;
}

GzipCodec::Result GzipCodec::decompress(QByteArrayView data, qsizetype maxBytes, QByteArray& out, QString* error)
{
    z_stream stream {};
    // 15 + 32: accept both gzip and zlib headers.
    if (inflateInit2(&stream, 15 + 32) != Z_OK) {
        if (error)
            *error = QStringLiteral("cannot start decompression");
        return Result::Corrupt;
    }
    out.clear();
    out.resize(std::min<qsizetype>(std::max<qsizetype>(data.size() * 4, 4096), maxBytes + 1));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = uInt(data.size());
    qsizetype produced = 0;
    Result result = Result::Ok;
    for (;;) {
        if (produced == out.size()) {
            if (out.size() > maxBytes) {
                result = Result::TooLarge;
                break;
            }
            out.resize(std::min<qsizetype>(out.size() * 2, maxBytes + 1));
        }
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
        stream.avail_out = uInt(out.size() - produced);
        const int code = inflate(&stream, Z_NO_FLUSH);
        produced = out.size() - qsizetype(stream.avail_out);
        // Before the end-of-stream check: a stream may end exactly one byte past the cap.
        if (produced > maxBytes) {
            result = Result::TooLarge;
            break;
        }
        if (code == Z_STREAM_END) {
            // Concatenated gzip members are legal: continue with the next one.
            if (stream.avail_in > 0 && inflateReset(&stream) == Z_OK)
                continue;
            break;
        }
        if (code == Z_BUF_ERROR && stream.avail_in == 0) {
            result = Result::Corrupt;
            if (error)
                *error = QStringLiteral("the compressed data is truncated");
            break;
        }
        if (code != Z_OK && code != Z_BUF_ERROR) {
            result = Result::Corrupt;
            if (error)
                *error = QString::fromLatin1(stream.msg ? stream.msg : "invalid compressed data");
            break;
        }
    }
    inflateEnd(&stream);
    if (result == Result::Ok)
        out.resize(produced);
    else
        out.clear();
    if (result == Result::TooLarge && error)
        *error = QStringLiteral("more than %1 bytes once decompressed").arg(maxBytes);
    return result;
}

QString GzipCodec::fileError(void* file, int& code)
{
    const char* message = gzerror(static_cast<gzFile>(file), &code);
    if (code == Z_BUF_ERROR)
        return QCoreApplication::translate("Journey::GzipCodec", "the compressed data is truncated");
    const QString text = QString::fromLocal8Bit(message);
    const qsizetype colon = text.lastIndexOf(QLatin1String(": "));
    return colon < 0 ? text : text.mid(colon + 2);
}

QByteArray GzipCodec::compress(QByteArrayView data, int level)
{
    z_stream stream {};
    // 15 + 16: write a gzip header.
    deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace Journey

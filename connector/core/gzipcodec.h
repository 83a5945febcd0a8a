// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Journey {

/// gzip and zlib (deflate) request bodies, with a cap on the decompressed size against decompression bombs.
class GzipCodec
{
public:
    enum class Result {
        Ok,
        TooLarge, ///< the decompressed data would exceed the cap
        Corrupt,
    };

    /// True when \a data starts with the gzip magic bytes.
    static bool looksGzipped(QByteArrayView data);
    /// Decompresses gzip or zlib data (detected from the header) into \a out, at most \a maxBytes.
    static Result decompress(QByteArrayView data, qsizetype maxBytes, QByteArray& out, QString* error = nullptr);
    /// Why reading a zlib file handle (gzFile) failed, without the file name zlib puts first (callers name the
    /// file themselves); \a code receives zlib's error code.
    static QString fileError(void* gzFile, int& code);
    /// gzip-compresses \a data (level 6 unless given).
    static QByteArray compress(QByteArrayView data, int level = 6);
};

} // namespace Journey

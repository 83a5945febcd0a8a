// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "capture.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Journey {

/*!
 * Reads and writes capture files (docs/CAPTURES.md): NDJSON whose first line is a header
 * `{"journeyCapture":1,"name":…}`, then for each request a line `{"request":{…,"events":N}}` followed by the N
 * canonical events it carried, and canonical events without a request on lines of their own. Dropping the
 * header and request lines leaves plain canonical NDJSON.
 *
 * Reading also accepts plain canonical NDJSON (what `journeyctl export` writes) and gzip-compressed files of
 * either kind. Writing compresses when the file name ends in `.gz`, and replaces the file atomically.
 * Errors name the file and the line.
 */
class CaptureFile
{
    Q_DECLARE_TR_FUNCTIONS(Journey::CaptureFile)

public:
    static bool read(const QString& path, Capture& out, QString* error);
    /// \a name is what errors call the input (a file name).
    static bool read(QIODevice& device, const QString& name, Capture& out, QString* error);
    static bool write(const QString& path, const Capture& capture, QString* error);
    /// Uncompressed.
    static bool write(QIODevice& device, const Capture& capture, QString* error);
    /// The capture as the bytes write() puts in a file (uncompressed).
    static QByteArray serialize(const Capture& capture);
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventexporter.h"

#include "csvformat.h"
#include "store/storereader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Journey {

namespace {
constexpr qsizetype flushBytes = 4 * 1024 * 1024;
}

EventExporter::EventExporter(StoreReader& reader)
    : m_reader(reader)
{
}

bool EventExporter::exportTo(QIODevice& out, const Options& options, qint64* count, QString* error)
{
    QByteArray buffer;
    buffer.reserve(flushBytes + 64 * 1024);
    CsvFormat csv;
    if (options.format == Format::Csv)
        CsvFormat::appendHeader(buffer);

    qint64 written = 0;
    QString writeError;
    const auto flush = [&]() {
        if (buffer.isEmpty())
            return true;
        if (out.write(buffer) != buffer.size()) {
            writeError = QCoreApplication::translate("Journey::EventExporter", "cannot write the export: %1")
                             .arg(out.errorString());
            return false;
        }
        buffer.clear();
        return true;
    };

    const bool ok = m_reader.scan(
        options.filter, true,
        [&](const EventBatch& events) {
            for (int i = 0; i < events.size(); ++i) {
                const QByteArrayView payload = events.payload(i);
                if (options.format == Format::Csv) {
                    csv.appendRow(buffer, payload);
                } else {
                    buffer.append(payload.data(), payload.size());
                    buffer.append('\n');
                }
            }
            written += events.size();
            return buffer.size() < flushBytes || flush();
        },
        error);
    if (count)
        *count = written;
    if (!ok)
        return false;
    if (!flush() || !writeError.isEmpty()) {
        *error = writeError;
        return false;
    }
    return true;
}

} // namespace Journey

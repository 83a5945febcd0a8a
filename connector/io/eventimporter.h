// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace Journey {

class StoreWriter;

/*!
 * Loads canonical events from NDJSON or CSV files (gzip-compressed or not) into a store.
 *
 * Parsing runs on a thread of its own while the calling thread writes, and all files go in one
 * transaction: either every event is stored or, on the first bad line, none is (unless skipInvalid is set,
 * which stores the good lines and reports the bad ones). Errors name the file, the line and the field.
 */
class EventImporter
{
    Q_DECLARE_TR_FUNCTIONS(Journey::EventImporter)

public:
    enum class Format { Ndjson, Csv };

    struct Options
    {
        Format format = Format::Ndjson;
        bool skipInvalid = false;
        /// Problems kept in Result::problems when skipping (all are counted).
        int maxReportedProblems = 20;
    };

    struct Result
    {
        qint64 imported = 0;
        qint64 skipped = 0;
        qint64 bytesRead = 0;
        QStringList problems;
    };

    /// Called about once a second with the events parsed so far.
    using Progress = std::function<void(qint64 events, qint64 bytes)>;

    explicit EventImporter(StoreWriter& writer);
    bool importFiles(const QStringList& files, const Options& options, Result& result, QString* error,
        const Progress& progress = {});

private:
    StoreWriter& m_writer;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "store/eventfilter.h"

#include <QString>

class QIODevice;

namespace Journey {

class StoreReader;

/// Writes stored events as canonical NDJSON (one message per line) or CSV (see CsvFormat), oldest first.
class EventExporter
{
public:
    enum class Format { Ndjson, Csv };

    struct Options
    {
        Format format = Format::Ndjson;
        EventFilter filter;
    };

    explicit EventExporter(StoreReader& reader);
    /// Returns false with \a error set when reading or writing fails; \a count is the events written.
    bool exportTo(QIODevice& out, const Options& options, qint64* count, QString* error);

private:
    StoreReader& m_reader;
};

} // namespace Journey

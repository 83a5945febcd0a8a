// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventimporter.h"

#include "core/eventparser.h"
#include "core/timestamp.h"
#include "csvformat.h"
#include "csvrecordreader.h"
#include "linereader.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace Journey {

namespace {

constexpr int eventsPerBatch = StoreWriter::maxSegmentEvents;
constexpr size_t maxQueuedBatches = 8;

QString tr(const char* text)
{
    return QCoreApplication::translate("Journey::EventImporter", text);
}

// Parsed batches handed from the parsing thread to the writing thread; bounded so memory stays flat.
class BatchQueue
{
public:
    void push(EventBatch&& batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < maxQueuedBatches || m_aborted; });
        if (m_aborted)
            return;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }
    // False when the producer is done and nothing is left.
    bool pop(EventBatch& batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return true;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }
    void abort()
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_notFull.notify_all();
    }
    bool aborted()
    {
        std::lock_guard lock(m_mutex);
        return m_aborted;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<EventBatch> m_batches;
    bool m_finished = false;
    bool m_aborted = false;
};

// Runs on the parsing thread.
class FileParser
{
public:
    FileParser(const QStringList& files, const EventImporter::Options& options, BatchQueue& queue)
        : m_files(files)
        , m_options(options)
        , m_queue(queue)
    {
        EventParser::Options parserOptions;
        parserOptions.source = EventSource::Import;
        parserOptions.receivedAt = Timestamp::nowMs();
        parserOptions.overrideReceivedAt = false;
        m_parser.setOptions(parserOptions);
    }

    void run()
    {
        for (const QString& file : m_files) {
            const bool ok = m_options.format == EventImporter::Format::Csv ? parseCsv(file) : parseNdjson(file);
            if (!ok || m_queue.aborted())
                break;
        }
        if (!m_batch.isEmpty() && m_error.isEmpty())
            m_queue.push(std::move(m_batch));
        m_queue.finish();
    }

    QString m_error;
    qint64 m_skipped = 0;
    QStringList m_problems;
    std::atomic<qint64> m_events { 0 };
    std::atomic<qint64> m_bytes { 0 };

private:
    // Records a bad line; false when the import must stop.
    bool problem(const QString& file, qint64 line, const QString& what, qint64 column = 0)
    {
        const QString text = column > 0 ? tr("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(what)
                                        : tr("%1:%2: %3").arg(file).arg(line).arg(what);
        if (!m_options.skipInvalid) {
            m_error = text;
            return false;
        }
        ++m_skipped;
        if (m_problems.size() < m_options.maxReportedProblems)
            m_problems.append(text);
        return true;
    }

    void emitBatchIfFull()
    {
        if (m_batch.size() >= eventsPerBatch) {
            m_events.fetch_add(m_batch.size());
            m_queue.push(std::move(m_batch));
            m_batch = EventBatch();
            m_batch.reserve(eventsPerBatch, qsizetype(eventsPerBatch) * 400);
        }
    }

    bool parseNdjson(const QString& file)
    {
        LineReader reader;
        if (!reader.open(file, &m_error))
            return false;
        QByteArrayView line;
        while (reader.next(line)) {
            if (line.trimmed().isEmpty())
                continue;
            if (!m_parser.parseMessage(line, m_batch, std::nullopt, true)) {
                // A line is one JSON document: its column is the line's column.
                ParseError error = m_parser.error();
                const qint64 column = error.column;
                error.line = 0;
                error.column = 0;
                if (!problem(file, reader.lineNumber(), error.toString(), column))
                    return false;
                continue;
            }
            if ((reader.lineNumber() & 0x3ff) == 0)
                m_bytes.store(m_bytesBefore + reader.bytesRead());
            emitBatchIfFull();
            if (m_queue.aborted())
                return false;
        }
        if (!reader.error().isEmpty()) {
            m_error = reader.error();
            return false;
        }
        m_bytesBefore += reader.bytesRead();
        m_bytes.store(m_bytesBefore);
        return true;
    }

    bool parseCsv(const QString& file)
    {
        CsvRecordReader reader;
        if (!reader.open(file, &m_error))
            return false;
        CsvFormat format;
        QList<QByteArray> fields;
        if (!reader.next(fields)) {
            m_error = reader.error().isEmpty() ? tr("%1: the file is empty; a CSV import needs a header row").arg(file)
                                               : reader.error();
            return false;
        }
        QString error;
        if (!format.setHeader(fields, &error)) {
            m_error = tr("%1:%2: %3").arg(file).arg(reader.recordLine()).arg(error);
            return false;
        }
        QByteArray json;
        while (reader.next(fields)) {
            if (!format.rowToJson(fields, json, &error)) {
                if (!problem(file, reader.recordLine(), error))
                    return false;
                continue;
            }
            if (!m_parser.parseMessage(json, m_batch)) {
                ParseError parseError = m_parser.error();
                parseError.line = 0;
                parseError.column = 0;
                if (!problem(file, reader.recordLine(), parseError.toString()))
                    return false;
                continue;
            }
            emitBatchIfFull();
            if (m_queue.aborted())
                return false;
        }
        if (!reader.error().isEmpty()) {
            m_error = tr("%1: %2").arg(file, reader.error());
            return false;
        }
        return true;
    }

    const QStringList& m_files;
    const EventImporter::Options& m_options;
    BatchQueue& m_queue;
    EventParser m_parser;
    EventBatch m_batch;
    qint64 m_bytesBefore = 0;
};

} // namespace

EventImporter::EventImporter(StoreWriter& writer)
    : m_writer(writer)
{
}

bool EventImporter::importFiles(const QStringList& files, const Options& options, Result& result, QString* error,
    const Progress& progress)
{
    BatchQueue queue;
    FileParser parser(files, options, queue);
    std::unique_ptr<QThread> thread(QThread::create([&parser] { parser.run(); }));
    thread->setObjectName(QStringLiteral("journey-import-parser"));

    if (!m_writer.begin(error))
        return false;
    thread->start();

    QString writeError;
    bool writeOk = true;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    EventBatch batch;
    while (queue.pop(batch)) {
        IngestBatch ingest;
        ingest.events = std::move(batch);
        const int count = ingest.events.size();
        if (!m_writer.write(ingest, &writeError)) {
            writeOk = false;
            queue.abort();
            break;
        }
        result.imported += count;
        batch = EventBatch();
        if (progress && sinceProgress.elapsed() >= 1000) {
            progress(result.imported, parser.m_bytes.load());
            sinceProgress.restart();
        }
    }
    thread->wait();

    result.skipped = parser.m_skipped;
    result.problems = parser.m_problems;
    result.bytesRead = parser.m_bytes.load();
    if (!writeOk || !parser.m_error.isEmpty()) {
        m_writer.rollback();
        result.imported = 0;
        *error = writeOk ? parser.m_error : writeError;
        return false;
    }
    if (!m_writer.commit(error)) {
        result.imported = 0;
        return false;
    }
    return true;
}

} // namespace Journey

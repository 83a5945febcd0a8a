// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventimporter.h"

#include "chunkreader.h"
#include "core/eventparser.h"
#include "core/timestamp.h"
#include "csvformat.h"
#include "csvrecordreader.h"
#include "store/segmentcodec.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>

namespace Journey {

namespace {

constexpr int eventsPerBatch = StoreWriter::maxSegmentEvents;

// One bad line, kept in file order.
struct Problem
{
    qint64 line = 0;
    QString text;
};

// A unit of parsing work and what came of it. Units are numbered in file order; the writer stores their
// batches in that order whatever order the parsers finish in.
struct Unit
{
    quint64 sequence = 0;
    QString file;
    ChunkReader::Chunk chunk;
    std::vector<EventBatch> batches;
    std::vector<EncodedSegment> segments; ///< the batches, encoded by the parser thread
    std::vector<Problem> problems;
    qint64 bytes = 0;
};

/*!
 * The pipeline: one reader thread cuts files into chunks, parser threads turn chunks into batches, and the
 * calling thread writes the batches in order. Bounded: at most `maxInFlight` chunks exist at once.
 */
class Pipeline
{
public:
    explicit Pipeline(size_t maxInFlight)
        : m_maxInFlight(maxInFlight)
    {
    }

    // Reader side: waits for room, then queues a chunk for parsing. False when aborted.
    bool pushChunk(std::unique_ptr<Unit> unit)
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return m_inFlight < m_maxInFlight || m_aborted; });
        if (m_aborted)
            return false;
        ++m_inFlight;
        m_toParse.push_back(std::move(unit));
        m_work.notify_one();
        return true;
    }
    void readerDone(const QString& error)
    {
        std::lock_guard lock(m_mutex);
        m_readerDone = true;
        m_readerError = error;
        m_work.notify_all();
        m_parsed.notify_all();
    }
    // Parser side: the next chunk, or null when there is no more work.
    std::unique_ptr<Unit> takeChunk()
    {
        std::unique_lock lock(m_mutex);
        m_work.wait(lock, [this] { return !m_toParse.empty() || m_readerDone || m_aborted; });
        if (m_aborted || m_toParse.empty())
            return nullptr;
        auto unit = std::move(m_toParse.front());
        m_toParse.pop_front();
        return unit;
    }
    void putParsed(std::unique_ptr<Unit> unit)
    {
        std::lock_guard lock(m_mutex);
        const quint64 sequence = unit->sequence;
        m_done.emplace(sequence, std::move(unit));
        m_parsed.notify_all();
    }
    void parserFinished()
    {
        std::lock_guard lock(m_mutex);
        ++m_finishedParsers;
        m_parsed.notify_all();
    }
    // Writer side: the next unit in file order, or null at the end.
    std::unique_ptr<Unit> takeInOrder(size_t parsers)
    {
        std::unique_lock lock(m_mutex);
        m_parsed.wait(lock, [&] {
            return m_done.count(m_nextToWrite) || m_aborted || (m_finishedParsers == parsers && m_done.empty());
        });
        const auto it = m_done.find(m_nextToWrite);
        if (m_aborted || it == m_done.end())
            return nullptr;
        auto unit = std::move(it->second);
        m_done.erase(it);
        ++m_nextToWrite;
        --m_inFlight;
        m_room.notify_one();
        return unit;
    }
    void abort()
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_room.notify_all();
        m_work.notify_all();
        m_parsed.notify_all();
    }
    QString readerError()
    {
        std::lock_guard lock(m_mutex);
        return m_readerError;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_room;
    std::condition_variable m_work;
    std::condition_variable m_parsed;
    std::deque<std::unique_ptr<Unit>> m_toParse;
    std::map<quint64, std::unique_ptr<Unit>> m_done;
    size_t m_maxInFlight;
    size_t m_inFlight = 0;
    size_t m_finishedParsers = 0;
    quint64 m_nextToWrite = 0;
    bool m_readerDone = false;
    bool m_aborted = false;
    QString m_readerError;
};

EventParser::Options importOptions(qint64 importedAt)
{
    EventParser::Options options;
    options.source = EventSource::Import;
    options.receivedAt = importedAt; // for lines that carry no receivedAt of their own
    options.overrideReceivedAt = false;
    return options;
}

QString describeProblem(const QString& file, qint64 line, const ParseError& parseError)
{
    ParseError error = parseError;
    const qint64 column = error.column;
    error.line = 0;
    error.column = 0;
    return column > 0
        ? QCoreApplication::translate("Journey::EventImporter", "%1:%2:%3: %4")
              .arg(file)
              .arg(line)
              .arg(column)
              .arg(error.toString())
        : QCoreApplication::translate("Journey::EventImporter", "%1:%2: %3").arg(file).arg(line).arg(error.toString());
}

// Parses the lines of one chunk; stops at the first bad line unless bad lines are skipped.
void parseChunk(EventParser& parser, Unit& unit, bool skipInvalid)
{
    EventBatch batch;
    batch.reserve(eventsPerBatch, qsizetype(eventsPerBatch) * 320);
    const char* p = unit.chunk.data.data();
    const char* end = p + unit.chunk.data.size();
    qint64 line = unit.chunk.firstLine;
    for (; p < end; ++line) {
        const char* newline = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = newline ? newline : end;
        qsizetype length = lineEnd - p;
        if (length > 0 && p[length - 1] == '\r')
            --length;
        const QByteArrayView text(p, length);
        p = lineEnd + 1;
        if (text.trimmed().isEmpty())
            continue;
        if (!parser.parseMessage(text, batch, std::nullopt, true)) {
            unit.problems.push_back({ line, describeProblem(unit.file, line, parser.error()) });
            if (!skipInvalid)
                break;
            continue;
        }
        if (batch.size() >= eventsPerBatch) {
            unit.batches.push_back(std::move(batch));
            batch = EventBatch();
            batch.reserve(eventsPerBatch, qsizetype(eventsPerBatch) * 320);
        }
    }
    if (!batch.isEmpty())
        unit.batches.push_back(std::move(batch));
    unit.chunk.data = ByteBuffer(); // the text is no longer needed
}

} // namespace

EventImporter::EventImporter(StoreWriter& writer)
    : m_writer(writer)
{
}

bool EventImporter::importFiles(const QStringList& files, const Options& options, Result& result, QString* error,
    const Progress& progress)
{
    result = Result(); // what this call did, not what earlier calls with the same Result did
    const qint64 importedAt = Timestamp::nowMs();
    const size_t parserCount = options.format == Format::Csv ? 1 : size_t(std::max(1, QThread::idealThreadCount()));
    Pipeline pipeline(parserCount * 3);
    std::atomic<qint64> bytesRead { 0 };

    // Reader: NDJSON files are cut into chunks for the parsers; CSV (whose quoted fields may span lines)
    // is parsed right here, one batch per unit.
    std::unique_ptr<QThread> reader(QThread::create([&] {
        quint64 sequence = 0;
        qint64 bytesBefore = 0;
        for (const QString& file : files) {
            if (options.format == Format::Csv) {
                CsvRecordReader csv;
                QString reason;
                if (!csv.open(file, &reason)) {
                    pipeline.readerDone(reason);
                    return;
                }
                CsvFormat format;
                QList<QByteArray> fields;
                if (!csv.next(fields)) {
                    pipeline.readerDone(csv.error().isEmpty()
                            ? tr("%1: the file is empty; a CSV import needs a header row").arg(file)
                            : csv.error());
                    return;
                }
                if (!format.setHeader(fields, &reason)) {
                    pipeline.readerDone(tr("%1:%2: %3").arg(file).arg(csv.recordLine()).arg(reason));
                    return;
                }
                EventParser parser(importOptions(importedAt));
                ByteBuffer json;
                auto unit = std::make_unique<Unit>();
                unit->file = file;
                EventBatch batch;
                bool stop = false;
                while (!stop && csv.next(fields)) {
                    const qint64 line = csv.recordLine();
                    if (!format.rowToJson(fields, json, &reason)) {
                        unit->problems.push_back({ line, tr("%1:%2: %3").arg(file).arg(line).arg(reason) });
                        stop = !options.skipInvalid;
                    } else if (!parser.parseMessage(json.view(), batch)) {
                        ParseError parseError = parser.error();
                        parseError.line = 0;
                        parseError.column = 0;
                        unit->problems.push_back({ line, tr("%1:%2: %3").arg(file).arg(line).arg(parseError.toString()) });
                        stop = !options.skipInvalid;
                    }
                    if (batch.size() >= eventsPerBatch || stop) {
                        if (!batch.isEmpty())
                            unit->batches.push_back(std::move(batch));
                        batch = EventBatch();
                        unit->sequence = sequence++;
                        if (!pipeline.pushChunk(std::move(unit)))
                            return;
                        unit = std::make_unique<Unit>();
                        unit->file = file;
                    }
                }
                if (!stop && !csv.error().isEmpty()) {
                    // The reader's messages name the file already.
                    pipeline.readerDone(csv.error());
                    return;
                }
                if (!batch.isEmpty())
                    unit->batches.push_back(std::move(batch));
                unit->sequence = sequence++;
                if (!pipeline.pushChunk(std::move(unit)) || stop)
                    break;
                continue;
            }

            ChunkReader chunks;
            QString reason;
            if (!chunks.open(file, &reason)) {
                pipeline.readerDone(reason);
                return;
            }
            for (;;) {
                auto unit = std::make_unique<Unit>();
                unit->file = file;
                if (!chunks.next(unit->chunk)) {
                    if (!chunks.error().isEmpty()) {
                        pipeline.readerDone(chunks.error());
                        return;
                    }
                    break;
                }
                unit->sequence = sequence++;
                bytesRead.store(bytesBefore + chunks.bytesRead());
                if (!pipeline.pushChunk(std::move(unit)))
                    return;
            }
            bytesBefore += chunks.bytesRead();
            bytesRead.store(bytesBefore);
        }
        pipeline.readerDone(QString());
    }));
    reader->setObjectName(QStringLiteral("journey-import-reader"));

    // Parsers: CSV units arrive parsed already and pass straight through.
    std::vector<std::unique_ptr<QThread>> parsers;
    for (size_t i = 0; i < parserCount; ++i) {
        parsers.emplace_back(QThread::create([&] {
            EventParser parser(importOptions(importedAt));
            while (auto unit = pipeline.takeChunk()) {
                if (options.format == Format::Ndjson)
                    parseChunk(parser, *unit, options.skipInvalid);
                // Encoding (string tables, compression) happens here, in parallel; the writer only stores.
                for (EventBatch& batch : unit->batches) {
                    batch.assignIds(0);
                    unit->segments.push_back(SegmentCodec::encode(batch));
                }
                unit->batches.clear();
                pipeline.putParsed(std::move(unit));
            }
            pipeline.parserFinished();
        }));
        parsers.back()->setObjectName(QStringLiteral("journey-import-parser"));
    }

    if (!m_writer.begin(error))
        return false;
    reader->start();
    for (auto& parser : parsers)
        parser->start();

    QString failure;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    while (auto unit = pipeline.takeInOrder(parserCount)) {
        for (const Problem& problem : unit->problems) {
            if (!options.skipInvalid) {
                failure = problem.text;
                break;
            }
            ++result.skipped;
            if (result.problems.size() < options.maxReportedProblems)
                result.problems.append(problem.text);
        }
        if (!failure.isEmpty())
            break;
        for (EncodedSegment& segment : unit->segments) {
            if (!m_writer.writeEncoded(segment, &failure))
                break;
            result.imported += segment.info.eventCount;
        }
        if (!failure.isEmpty())
            break;
        if (progress && sinceProgress.elapsed() >= 1000) {
            progress(result.imported, bytesRead.load());
            sinceProgress.restart();
        }
    }
    if (failure.isEmpty())
        failure = pipeline.readerError();
    pipeline.abort();
    reader->wait();
    for (auto& parser : parsers)
        parser->wait();

    result.bytesRead = bytesRead.load();
    if (!failure.isEmpty()) {
        m_writer.rollback();
        result.imported = 0;
        *error = failure;
        return false;
    }
    if (!m_writer.commit(error)) {
        result.imported = 0;
        return false;
    }
    return true;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventrecorder.h"

#include "ingestjournal.h"
#include "storecheckpointer.h"
#include "storewriter.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Journey {

namespace {
qint64 batchBytes(const IngestBatch& batch)
{
    qint64 bytes = batch.events.payloadBytes() + batch.events.stringBytes() + qint64(batch.events.size()) * 96;
    if (batch.request)
        bytes += batch.request->body.size();
    return bytes;
}
} // namespace

/// Lives on the writer thread; owns the StoreWriter.
class EventRecorder::Worker : public QObject
{
public:
    explicit Worker(EventRecorder* recorder)
        : m_recorder(recorder)
    {
    }

    bool open(const QString& path, QString* error)
    {
        m_writer = std::make_unique<StoreWriter>(path);
        if (!m_writer->open(error))
            return false;
        m_writer->disableAutomaticCheckpoints();
        m_checkpointer = std::make_unique<StoreCheckpointer>(path);
        return true;
    }

    // Everything is committed: the journal's files and marks are no longer needed. Files go first: a mark
    // without its file is harmless, a file without its mark would be replayed again.
    void dropJournal(IngestJournal& journal, const QStringList& files)
    {
        journal.removeAll();
        QString error;
        bool ok = m_writer->begin(&error);
        for (const QString& file : files)
            ok = ok && m_writer->clearJournalMark(file, &error);
        if (!ok || !m_writer->commit(&error)) {
            m_writer->rollback();
            qCWarning(lcStore) << "cannot retire the journal marks:" << error;
        }
    }

    void close()
    {
        // Leave the store compact: what is in the log goes into the file before the writer closes.
        if (m_checkpointer)
            m_checkpointer->checkpointNow();
        m_checkpointer.reset();
        m_writer.reset();
    }

    // Drains the inbox into one transaction; repeats while more arrived meanwhile.
    void flush()
    {
        if (m_retryPending) {
            // A commit failed: wait before trying again rather than spinning on a locked store.
            if (!m_retryTimer) {
                m_retryTimer = new QTimer(this);
                m_retryTimer->setSingleShot(true);
                m_retryTimer->setInterval(1000);
                connect(m_retryTimer, &QTimer::timeout, this, [this] {
                    m_retryPending = false;
                    flush();
                });
            }
            if (!m_retryTimer->isActive())
                m_retryTimer->start();
            return;
        }
        for (;;) {
            std::vector<IngestBatch> batches;
            {
                std::lock_guard lock(m_recorder->m_mutex);
                batches.swap(m_recorder->m_inbox);
                if (batches.empty()) {
                    m_recorder->m_flushScheduled = false;
                    return;
                }
            }
            commit(batches);
            if (m_retryPending) {
                flush(); // arms the retry timer
                return;
            }
        }
    }

    /*!
     * Gathers for a few milliseconds before committing: under load one commit then carries hundreds of
     * requests (fewer, larger segments, nothing to merge later); when idle the delay is all there is. The
     * collector's answers do not wait for it (the journal has the data), only the live view does.
     */
    void flushSoon()
    {
        if (!m_gatherTimer) {
            m_gatherTimer = new QTimer(this);
            m_gatherTimer->setSingleShot(true);
            m_gatherTimer->setInterval(gatherMs);
            connect(m_gatherTimer, &QTimer::timeout, this, [this] { flush(); });
        }
        if (!m_gatherTimer->isActive())
            m_gatherTimer->start();
    }

    // At shutdown: one last attempt at whatever waits. True when nothing is left uncommitted.
    bool flushForShutdown()
    {
        m_retryPending = false;
        if (m_retryTimer)
            m_retryTimer->stop();
        std::vector<IngestBatch> batches;
        {
            std::lock_guard lock(m_recorder->m_mutex);
            batches.swap(m_recorder->m_inbox);
            m_recorder->m_flushScheduled = false;
        }
        if (!batches.empty())
            commit(batches);
        std::lock_guard lock(m_recorder->m_mutex);
        return m_recorder->m_inbox.empty();
    }

    void clear()
    {
        flush();
        QString error;
        const bool ok = m_writer->clear(&error);
        Q_EMIT m_recorder->cleared(ok, error);
    }

private:
    void commit(std::vector<IngestBatch>& batches)
    {
        qint64 bytes = 0;
        for (const auto& batch : batches)
            bytes += batchBytes(batch);

        QString error;
        auto report = std::make_shared<CommitReport>();
        m_writer->setValidator(m_recorder->validator());
        bool ok = m_writer->begin(&error);
        int eventCount = 0;
        for (auto& batch : batches)
            eventCount += batch.events.size();
        const bool withEvents = m_recorder->m_eventsInReports.load(std::memory_order_relaxed);
        if (withEvents)
            report->events.reserve(eventCount, 0);
        quint64 lastTicket = 0;
        std::vector<std::pair<QString, quint64>> journalMarks;
        for (auto& batch : batches) {
            if (!ok)
                break;
            // Copied, not moved: a failed commit is retried from these batches.
            ok = m_writer->write(batch, &error);
            report->tickets.push_back(batch.ticket);
            report->requestIds.push_back(batch.request ? batch.request->id : 0);
            report->statuses.push_back(batch.request ? batch.request->status : 0);
            lastTicket = std::max(lastTicket, batch.ticket);
            if (!batch.journalFile.isEmpty()) {
                if (journalMarks.empty() || journalMarks.back().first != batch.journalFile)
                    journalMarks.emplace_back(batch.journalFile, batch.ticket);
                journalMarks.back().second = std::max(journalMarks.back().second, batch.ticket);
            }
        }
        // In the same transaction: how far each journal file is stored, for exactly-once replay.
        for (const auto& [file, ticket] : journalMarks) {
            if (ok)
                ok = m_writer->setJournalMark(file, ticket, &error);
        }
        if (ok)
            ok = m_writer->commit(&error);
        else
            m_writer->rollback();
        m_recorder->m_pendingBytes.fetch_sub(bytes, std::memory_order_relaxed);

        if (!ok) {
            QList<quint64> tickets;
            for (const auto& batch : batches)
                tickets.append(batch.ticket);
            qCWarning(lcStore) << "commit of" << batches.size() << "submissions failed:" << error;
            Q_EMIT m_recorder->commitFailed(tickets, error);
            if (m_recorder->m_journal) {
                // Already acknowledged from the journal: never drop them. Try again in a moment (the store
                // may be locked by another process, or the disk full for a while).
                std::lock_guard lock(m_recorder->m_mutex);
                auto& inbox = m_recorder->m_inbox;
                inbox.insert(inbox.begin(), std::make_move_iterator(batches.begin()), std::make_move_iterator(batches.end()));
                m_recorder->m_pendingBytes.fetch_add(bytes, std::memory_order_relaxed);
                m_retryPending = true;
            }
            return;
        }
        if (m_recorder->m_journal)
            m_recorder->m_journal->committedThrough(lastTicket);
        if (withEvents) {
            for (auto& batch : batches)
                report->events.appendAll(batch.events);
        }
        Q_EMIT m_recorder->committed(report);
        m_checkpointer->requestCheckpoint();

        // Merge small segments when nothing waits (or when they pile up under a steady trickle).
        bool idle = false;
        {
            std::lock_guard lock(m_recorder->m_mutex);
            idle = m_recorder->m_inbox.empty();
        }
        if ((idle && m_writer->smallSegmentsWritten() >= 16) || m_writer->smallSegmentsWritten() >= 256) {
            QString compactError;
            if (m_writer->compactTail(&compactError) < 0)
                qCWarning(lcStore) << "compaction failed:" << compactError;
        }
    }

    EventRecorder* m_recorder;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<StoreCheckpointer> m_checkpointer;
    QTimer* m_retryTimer = nullptr;
    QTimer* m_gatherTimer = nullptr;
    bool m_retryPending = false;
    static constexpr int gatherMs = 5;
};

EventRecorder::EventRecorder(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_storePath(storePath)
{
    qRegisterMetaType<Journey::CommitReportPtr>();
    m_thread.setObjectName(QStringLiteral("journey-store-writer"));
}

EventRecorder::~EventRecorder()
{
    stop();
    if (m_worker)
        abandonThread(); // destroyed while startAsync() was still opening the store
}

void EventRecorder::launchThread()
{
    m_worker = new Worker(this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

void EventRecorder::abandonThread()
{
    QMetaObject::invokeMethod(m_worker, [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
    if (m_journal) {
        m_journal->removeAll();
        m_journal.reset();
    }
}

// Runs on the writer thread: the store (with recovery of interrupted sessions), then our own journal.
bool EventRecorder::openOnWriterThread(QString* error)
{
    if (!m_worker->open(m_storePath, error))
        return false;
    if (m_journalEnabled) {
        auto journal = std::make_unique<IngestJournal>(m_storePath);
        if (!journal->open(error))
            return false;
        std::lock_guard lock(m_mutex);
        m_journal = std::move(journal);
    }
    return true;
}

bool EventRecorder::start(QString* error)
{
    if (m_running)
        return true;
    launchThread();
    bool ok = false;
    QString reason;
    QMetaObject::invokeMethod(
        m_worker, [this, &ok, &reason] { ok = openOnWriterThread(&reason); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        abandonThread();
        if (error)
            *error = reason;
        return false;
    }
    m_running = true;
    return true;
}

void EventRecorder::startAsync()
{
    if (m_running) {
        Q_EMIT startFinished(true, QString());
        return;
    }
    launchThread();
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            QString reason;
            const bool ok = openOnWriterThread(&reason);
            // Back on the owner's thread to finish (or undo) the start.
            QMetaObject::invokeMethod(
                this,
                [this, ok, reason] {
                    if (ok)
                        m_running = true;
                    else
                        abandonThread();
                    Q_EMIT startFinished(ok, reason);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EventRecorder::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            // Keep the journal when something could not be committed: the next process replays it.
            if (m_worker->flushForShutdown() && m_journal)
                m_worker->dropJournal(*m_journal, m_journalFiles);
            else if (m_journal)
                qCWarning(lcStore) << "some events stay in the journal until the store can be written again";
            m_worker->close();
        },
        Qt::BlockingQueuedConnection);
    m_journal.reset();
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

quint64 EventRecorder::submit(IngestBatch batch, QString* error)
{
    const qint64 bytes = batchBytes(batch);
    quint64 ticket = 0;
    bool schedule = false;
    {
        std::lock_guard lock(m_mutex);
        ticket = m_nextTicket++;
        batch.ticket = ticket;
        if (m_journal) {
            QString reason;
            if (!m_journal->append(ticket, batch, &batch.journalFile, &reason)) {
                if (error)
                    *error = reason;
                return 0;
            }
            if (m_journalFiles.isEmpty() || m_journalFiles.constLast() != batch.journalFile)
                m_journalFiles.append(batch.journalFile);
        }
        m_inbox.push_back(std::move(batch));
        schedule = !m_flushScheduled;
        m_flushScheduled = true;
    }
    m_pendingBytes.fetch_add(bytes, std::memory_order_relaxed);
    if (schedule)
        scheduleFlush();
    return ticket;
}

void EventRecorder::scheduleFlush()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->flushSoon(); }, Qt::QueuedConnection);
}

void EventRecorder::waitForCommitted()
{
    if (!m_running)
        return;
    Q_ASSERT(QThread::currentThread() != &m_thread);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->flush(); }, Qt::BlockingQueuedConnection);
}

void EventRecorder::clearStore()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->clear(); }, Qt::QueuedConnection);
}

void EventRecorder::setValidator(EventValidatorPtr validator)
{
    std::lock_guard lock(m_mutex);
    m_validator = std::move(validator);
}

EventValidatorPtr EventRecorder::validator() const
{
    std::lock_guard lock(m_mutex);
    return m_validator;
}

} // namespace Journey

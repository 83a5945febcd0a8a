// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ingestbatch.h"
#include "validation/eventvalidator.h"

#include <QList>
#include <QStringList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace Journey {

class IngestJournal;
class StoreWriter;

/*!
 * Records events into a store from a writer thread of its own, committing in batches: whatever producers
 * submit while a commit is running goes into the next commit together (group commit), so the commit rate
 * adapts to the load and an idle recorder commits at once.
 *
 * submit() may be called from any thread and never blocks. committed() is emitted from the writer thread
 * after each commit; connect to it with a receiver context so it is queued to the receiver's thread.
 */
class EventRecorder : public QObject
{
    Q_OBJECT
public:
    explicit EventRecorder(const QString& storePath, QObject* parent = nullptr);
    ~EventRecorder() override;

    /// Opens the store on the writer thread and waits for the outcome (replaying journals of interrupted
    /// sessions first). Not for the UI thread: use startAsync() there.
    bool start(QString* error);
    /// Opens the store on the writer thread; reports with startFinished().
    void startAsync();
    /// Commits everything submitted so far, then stops the writer thread.
    void stop();
    bool isRunning() const { return m_running; }
    const QString& storePath() const { return m_storePath; }

    /*!
     * Queues a batch for the next commit and returns its ticket, or 0 with \a error set when it could not
     * be taken. Thread-safe. With the journal on (the default), the batch survives the process once this
     * returns, before it is committed: callers may acknowledge it at once.
     */
    quint64 submit(IngestBatch batch, QString* error = nullptr);
    /// Whether committed() reports carry the events themselves (a live view needs them; a headless
    /// collector only needs the tickets, and saves a copy of every event). On by default.
    void setEventsInReports(bool enabled) { m_eventsInReports = enabled; }
    /// Off: submit() only queues, and a batch is safe only once committed() reports it. Set before start().
    void setJournalEnabled(bool enabled) { m_journalEnabled = enabled; }
    bool isJournalEnabled() const { return m_journalEnabled; }
    /// Bytes submitted but not yet committed: producers back off when this grows too large.
    qint64 pendingBytes() const { return m_pendingBytes.load(std::memory_order_relaxed); }
    /// Blocks until everything submitted before the call is committed. Not for the UI thread.
    void waitForCommitted();

    /*!
     * Checks every event committed from now on with \a validator (the active tracking plan and lints; null for
     * none): the writer sets each event's ValidationState and stores its violations in the same transaction, so
     * committed() reports and every reader see them. Events recovered from the journal of a session that crashed are
     * stored unchecked (they are written when the store opens, before a validator is set).
     * Thread-safe.
     */
    void setValidator(EventValidatorPtr validator);
    EventValidatorPtr validator() const;

    /// Deletes every stored event and request. Thread-safe; reported by cleared().
    void clearStore();

Q_SIGNALS:
    void committed(Journey::CommitReportPtr report);
    /// A commit failed and nothing of these submissions was stored.
    void commitFailed(const QList<quint64>& tickets, const QString& message);
    void cleared(bool ok, const QString& message);
    void startFinished(bool ok, const QString& message);

private:
    class Worker;
    void scheduleFlush();
    void launchThread();
    void abandonThread();
    bool openOnWriterThread(QString* error);

    QThread m_thread;
    Worker* m_worker = nullptr;
    mutable std::mutex m_mutex;
    EventValidatorPtr m_validator; ///< under m_mutex
    std::vector<IngestBatch> m_inbox;
    bool m_flushScheduled = false;
    quint64 m_nextTicket = 1;
    std::atomic<qint64> m_pendingBytes { 0 };
    bool m_running = false;
    bool m_journalEnabled = true;
    std::atomic<bool> m_eventsInReports { true };
    std::unique_ptr<IngestJournal> m_journal;
    QStringList m_journalFiles; ///< every file the journal wrote to, for retiring their marks
    QString m_storePath;
};

} // namespace Journey

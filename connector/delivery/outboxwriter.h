// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "outboxrow.h"
#include "outboxstore.h"

#include "core/bytebuffer.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>


namespace Journey {

/// What one commit added to the outbox for one provider.
struct OutboxCommit
{
    qint64 maxId = 0;
    int queued = 0;
    int sampledOut = 0;
    /// The queued rows themselves, ids set, oldest first: a worker that has everything older in memory takes
    /// them from here instead of reading them back from the store.
    QList<OutboxRow> rows;
    /// Rows that went in as dead letters (blocked by the tracking plan), ids set, without their messages.
    QList<OutboxRow> blocked;
};

/*!
 * Puts accepted events into the outbox. submit() may be called from any thread and never blocks on the
 * disk: rows wait in memory (bounded by the capacity) until the writer's thread commits them, as many as
 * have gathered, in one transaction. Lives on its own thread.
 */
class DeliveryOwnership;

class OutboxWriter : public QObject
{
    Q_OBJECT
public:
    enum class Submitted {
        Accepted, ///< journaled (survives a crash) and queued for the next commit
        Full, ///< the capacity would be exceeded; nothing taken
        Failed, ///< the journal could not be written; nothing taken
    };

    /// \a journal (may be null) receives every submission before submit() returns.
    OutboxWriter(const QString& storePath, int capacity, DeliveryOwnership* journal);
    ~OutboxWriter() override;

    /// Where submissions are journaled from now on (null: nowhere). Set before the first submit().
    void setJournal(DeliveryOwnership* journal) { m_journal = journal; }
    /// Opens the store on the writer's thread. Call through a blocking queued invocation.
    Q_INVOKABLE bool open(QString* error);
    /// Hands rows over. Thread-safe.
    Submitted submit(QList<OutboxRow> rows, QString* error);
    /// Forgets this session's journal mark once everything is committed (clean shutdown).
    Q_INVOKABLE void close();
    /// Waits until everything submitted before the call is committed. Thread-safe. False on timeout.
    bool waitCommitted(int timeoutMs);
    /// The highest outbox id committed so far, per provider. Thread-safe.
    QHash<QString, qint64> committedMaxIds() const;
    /// Rows waiting for the next commit.
    int pending() const;
    /// The last error committing, empty when the last commit worked.
    QString lastError() const;

signals:
    void committed(const QHash<QString, Journey::OutboxCommit>& perProvider);
    void commitFailed(const QString& error);

private:
    Q_INVOKABLE void commitPending();

    QString m_storePath;
    int m_capacity;
    DeliveryOwnership* m_journal;
    OutboxStore m_store;

    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    QList<OutboxRow> m_pending;
    QList<OutboxRow> m_spare; ///< the list the last commit emptied, kept for its capacity
    ByteBuffer m_journalFrame; ///< the record being written, reused from call to call
    qint64 m_submittedSerial = 0; ///< rows handed over so far
    qint64 m_recordSerial = 0; ///< journal records written so far
    qint64 m_committedSerial = 0; ///< rows committed so far
    QHash<QString, qint64> m_maxIds;
    bool m_commitScheduled = false;
    QString m_lastError;
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::OutboxCommit)

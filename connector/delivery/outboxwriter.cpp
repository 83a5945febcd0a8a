// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "outboxwriter.h"

#include "deliveryownership.h"
#include "outboxjournal.h"

#include <QDeadlineTimer>
#include <QTimer>

namespace Journey {

OutboxWriter::OutboxWriter(const QString& storePath, int capacity, DeliveryOwnership* journal)
    : m_storePath(storePath)
    , m_capacity(capacity)
    , m_journal(journal)
{
    qRegisterMetaType<QHash<QString, Journey::OutboxCommit>>();
}

OutboxWriter::~OutboxWriter() = default;

bool OutboxWriter::open(QString* error)
{
    return m_store.open(m_storePath, error);
}

OutboxWriter::Submitted OutboxWriter::submit(QList<OutboxRow> rows, QString* error)
{
    if (rows.isEmpty())
        return Submitted::Accepted;
    bool schedule = false;
    {
        QMutexLocker locker(&m_mutex);
        if (m_pending.size() + rows.size() > m_capacity)
            return Submitted::Full;
        if (m_journal) {
            m_journalFrame.clear();
            OutboxJournal::encode(m_journalFrame, m_recordSerial + 1, rows);
            if (!m_journal->append(m_journalFrame.view(), error))
                return Submitted::Failed;
        }
        ++m_recordSerial;
        m_pending += rows;
        m_submittedSerial += rows.size();
        schedule = !m_commitScheduled;
        m_commitScheduled = true;
    }
    if (schedule)
        QMetaObject::invokeMethod(this, &OutboxWriter::commitPending, Qt::QueuedConnection);
    return Submitted::Accepted;
}

void OutboxWriter::close()
{
    QMutexLocker locker(&m_mutex);
    if (m_pending.isEmpty() && m_journal && m_store.isOpen()) {
        QString error;
        m_store.forgetJournal(m_journal->owner(), &error);
    }
}

bool OutboxWriter::waitCommitted(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker locker(&m_mutex);
    const qint64 target = m_submittedSerial;
    while (m_committedSerial < target) {
        if (!m_changed.wait(&m_mutex, deadline))
            return m_committedSerial >= target;
    }
    return true;
}

QHash<QString, qint64> OutboxWriter::committedMaxIds() const
{
    QMutexLocker locker(&m_mutex);
    return m_maxIds;
}

int OutboxWriter::pending() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_pending.size());
}

QString OutboxWriter::lastError() const
{
    QMutexLocker locker(&m_mutex);
    return m_lastError;
}

void OutboxWriter::commitPending()
{
    QList<OutboxRow> rows;
    qint64 serial = 0;
    {
        QMutexLocker locker(&m_mutex);
        rows.swap(m_pending);
        m_pending.swap(m_spare); // empty, with the capacity of an earlier round
        serial = m_recordSerial; // every record up to here is in `rows`
        m_commitScheduled = false;
    }
    if (rows.isEmpty())
        return;
    QString error;
    if (!m_store.insert(rows, &error, m_journal ? m_journal->owner() : 0, serial)) {
        // Keep them, in order, ahead of anything newer; try again shortly (the store may be busy).
        {
            QMutexLocker locker(&m_mutex);
            rows += m_pending;
            m_pending.swap(rows);
            m_lastError = error;
            m_commitScheduled = true;
        }
        emit commitFailed(error);
        QTimer::singleShot(200, this, &OutboxWriter::commitPending);
        return;
    }
    QHash<QString, OutboxCommit> perProvider;
    for (const OutboxRow& row : rows) {
        OutboxCommit& commit = perProvider[row.provider];
        commit.maxId = qMax(commit.maxId, row.id);
        if (row.state == OutboxState::SampledOut) {
            ++commit.sampledOut;
        } else if (row.state == OutboxState::Dead) {
            OutboxRow blocked = row;
            blocked.message.clear();
            commit.blocked.append(blocked);
        } else {
            ++commit.queued;
            commit.rows.append(row);
        }
    }
    {
        QMutexLocker locker(&m_mutex);
        m_committedSerial += rows.size();
        for (auto it = perProvider.cbegin(); it != perProvider.cend(); ++it)
            m_maxIds[it.key()] = qMax(m_maxIds.value(it.key()), it->maxId);
        // Everything journaled is in the store: start the journal afresh (the mark keeps the serial).
        if (m_pending.isEmpty() && m_journal)
            m_journal->clearJournal();
        m_lastError.clear();
        if (m_spare.capacity() < rows.capacity()) {
            rows.clear(); // keeps the capacity; the rows live on in perProvider
            m_spare.swap(rows);
        }
        m_changed.wakeAll();
    }
    emit committed(perProvider);
}

} // namespace Journey

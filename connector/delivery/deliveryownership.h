// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Journey {

/*!
 * Which connector session delivers which outbox rows, so that two processes on one store (the app and a
 * `journeyctl send`) never send the same event twice, and rows of a crashed process are picked up.
 *
 * Each session holds an exclusive flock on `<store>.outbox/<owner>.lock` while it runs. A lock file that can be
 * locked by someone else belongs to a session that is gone: its queued rows are adopted by the next session
 * that starts. The kernel drops flocks when a process dies, even by kill -9.
 *
 * The lock file is also the session's journal: every accepted call is appended to it before the call returns
 * (a copy into the file's mapped pages, no system call, no fsync), and it is started over once the outbox has
 * committed everything. The file is allocated ahead in 4 MB steps; the zeros after the newest record end it. A session killed between
 * the two leaves the calls in its journal, and the next session replays those the outbox does not have.
 */
class DeliveryOwnership
{
public:
    explicit DeliveryOwnership(const QString& storePath);
    ~DeliveryOwnership();
    DeliveryOwnership(const DeliveryOwnership&) = delete;
    DeliveryOwnership& operator=(const DeliveryOwnership&) = delete;

    /// Picks a fresh owner id and locks its file.
    bool acquire(QString* error);
    qint64 owner() const { return m_owner; }
    /// Owners whose sessions still run (their lock files are held).
    QList<qint64> liveOwners() const;

    /// A journal left by a session that ended: its owner and contents. Its lock is held until released.
    struct Orphan
    {
        qint64 owner = 0;
        QByteArray journal;
        int fd = -1;
    };
    /// Locks and reads the files of sessions that ended.
    QList<Orphan> claimOrphans() const;
    /// Removes the files of \a orphans (after their contents were replayed) and drops their locks.
    void release(const QList<Orphan>& orphans) const;

    /// Appends \a bytes to this session's journal. Not thread-safe: the caller serialises.
    bool append(QByteArrayView bytes, QString* error);
    /*!
     * Starts the journal over (everything in it is committed): the next record is written at the start of
     * the file, over the old ones. The file keeps its size, so writing does not allocate blocks again; what
     * lies after the newest record is older records, whose serials the store's mark already covers (replay
     * skips them) or a torn tail (reading stops there).
     */
    void clearJournal();

private:
    /// Allocates and maps at least twice \a needed bytes of the journal file.
    bool reserve(qsizetype needed, QString* error);

    QString m_folder;
    qint64 m_owner = 0;
    int m_fd = -1;
    char* m_map = nullptr;
    qsizetype m_mapSize = 0;
    qsizetype m_offset = 0; ///< where the next record goes
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bytebuffer.h"
#include "ingestbatch.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <mutex>
#include <vector>

namespace Journey {

class StoreWriter;

/*!
 * The collector's write-ahead journal: each accepted request is appended here (one write() call) before
 * the collector answers 200, and reaches SQLite in a later group commit. An answer therefore never waits
 * for SQLite, and what was answered survives the process being killed: the next program that opens the
 * store replays whatever the store does not have yet.
 *
 * Files live in `<store>.journal/`, named `<pid>-<first sequence>.journal`, each locked (flock) by the
 * process that writes it; a file nobody holds a lock on belongs to a process that ended, and is replayed.
 * The store remembers, in the same transaction as the events, up to which sequence each file is committed,
 * so a replay stores every record exactly once.
 */
class IngestJournal
{
    Q_DECLARE_TR_FUNCTIONS(Journey::IngestJournal)

public:
    static constexpr qint64 rotateBytes = 8 * 1024 * 1024;

    explicit IngestJournal(const QString& storePath);
    ~IngestJournal();
    IngestJournal(const IngestJournal&) = delete;
    IngestJournal& operator=(const IngestJournal&) = delete;

    bool open(QString* error);
    /// Appends one record; when it returns true the record survives the process. Thread-safe.
    bool append(quint64 sequence, const IngestBatch& batch, QString* fileName, QString* error);
    /// Records up to \a sequence are in the store: files holding nothing newer are deleted. Thread-safe.
    void committedThrough(quint64 sequence);
    /// Deletes the journal files (call when everything appended is committed).
    void removeAll();

    static QString folderFor(const QString& storePath);
    /// Replays journals left by processes that ended (crashed, killed) into \a writer. Returns the number of
    /// events recovered, or -1 on error. Does nothing when there is no journal folder.
    static qint64 recoverOrphans(const QString& storePath, StoreWriter& writer, QString* error);
    /// True when the store has journal files that no running process holds.
    static bool hasOrphans(const QString& storePath);

    /// Reads the records of one journal file; stops quietly at a torn last record.
    static bool readRecords(const QString& path, const std::function<void(quint64, IngestBatch&&)>& visit,
        QString* error);

private:
    struct File
    {
        QString path;
        QString name;
        int fd = -1;
        qint64 size = 0;
        quint64 lastSequence = 0;
    };
    bool startFile(quint64 firstSequence, QString* error);

    QString m_folder;
    std::mutex m_mutex;
    std::vector<File> m_sealed;
    File m_current;
    ByteBuffer m_record;
};

} // namespace Journey

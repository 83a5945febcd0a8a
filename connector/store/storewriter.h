// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventbatch.h"
#include "ingestbatch.h"
#include "segmentcodec.h"
#include "validation/eventvalidator.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace Journey {

class SqliteStatement;
class StoreConnection;

/*!
 * Writes to a store on the calling thread, inside explicit transactions: begin(), any number of write(),
 * commit() (or rollback()). Events are gathered into segments of at most maxSegmentEvents; a transaction
 * that is rolled back leaves nothing behind. Used directly by `journeyctl import` and, on its own thread,
 * by EventRecorder.
 *
 * Ids come from the store inside the transaction, so several processes may write one store.
 */
class StoreWriter
{
    Q_DECLARE_TR_FUNCTIONS(Journey::StoreWriter)

public:
    static constexpr int maxSegmentEvents = 4096;
    /// Segments smaller than this are merged with their neighbours by compactTail().
    static constexpr int smallSegmentEvents = 1024;

    explicit StoreWriter(const QString& path);
    ~StoreWriter();

    bool open(QString* error);
    const QString& path() const;
    /// Leaves checkpoints to a StoreCheckpointer: commits then never wait for fsync.
    void disableAutomaticCheckpoints();

    bool begin(QString* error);
    /// Assigns ids to the events (and the request), and stores them when the transaction commits. With
    /// \a consumeEvents the events may be moved out of \a batch (saves a copy for bulk loads).
    bool write(IngestBatch& batch, QString* error, bool consumeEvents = false);
    /*!
     * Stores a segment encoded elsewhere (by parser threads of a bulk load) from a batch whose ids were
     * 0, 1, 2, …: it gets the next ids of the store.
     */
    bool writeEncoded(EncodedSegment& segment, QString* error);
    bool commit(QString* error);
    void rollback();

    /// Up to which sequence the journal file \a name is stored (0 when unknown). See IngestJournal.
    quint64 journalMark(const QString& name);
    /// Within a transaction: the journal file \a name is stored up to \a sequence.
    bool setJournalMark(const QString& name, quint64 sequence, QString* error);
    bool clearJournalMark(const QString& name, QString* error);
    /// Deletes the marks of journal files not in \a names (files that no longer exist). Its own transaction.
    bool forgetJournalMarksExcept(const QStringList& names, QString* error);
    bool inTransaction() const { return m_inTransaction; }

    /// Checks every event written from now on with \a validator (null or inactive: none): its ValidationState is
    /// set on the batch and a row with its violations goes into `event_validation` in the same transaction.
    void setValidator(EventValidatorPtr validator) { m_validator = std::move(validator); }

    /// Merges the newest run of small segments into full ones; its own transaction. Returns the number of
    /// segments merged (0 when there was nothing worth merging), or -1 on error.
    int compactTail(QString* error);
    /// Deletes every event and request; ids keep counting up. Its own transaction.
    bool clear(QString* error);
    /// Small segments written since the last compaction.
    int smallSegmentsWritten() const { return m_smallSegmentsWritten; }

private:
    bool flushSegment(QString* error);
    bool insertSegment(const EventBatch& events, QString* error);
    bool insertEncoded(const EncodedSegment& segment, QString* error);

    bool validate(EventBatch& events, QString* error);

    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<SqliteStatement> m_insertValidation; ///< after m_connection: finalised before it closes
    EventValidatorPtr m_validator;
    EventBatch m_pending;
    qint64 m_nextEventId = 1;
    bool m_inTransaction = false;
    int m_smallSegmentsWritten = 0;
};

} // namespace Journey

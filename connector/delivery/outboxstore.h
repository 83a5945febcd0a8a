// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "deliveryexchange.h"
#include "outboxrow.h"
#include "providerstats.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Journey {

class StoreConnection;

/*!
 * The outbox and the delivery log on one SQLite connection of the store. One instance per thread: the
 * outbox writer inserts, each delivery worker updates its provider's rows, the UI's query thread reads.
 * Every change is one transaction, so a crash leaves each event either queued or settled, never half.
 */
class OutboxStore
{
public:
    /// A row's new state after an attempt.
    struct Update
    {
        qint64 id = 0;
        OutboxState state = OutboxState::Queued;
        int attempts = 0;
        qint64 nextAttemptAt = 0;
        QString reason;
        int exchange = -1; ///< index into the exchanges passed along, -1: none
        QByteArray message; ///< non-empty: replaces the stored message (a retried event validated again)
    };

    /// Filter for the delivery log.
    struct ExchangeFilter
    {
        QString provider; ///< empty: all
        int outcome = -1; ///< DeliveryOutcome, -1: all
        qint64 beforeId = 0; ///< page backwards from here; 0: newest
        int limit = 200;
    };

    OutboxStore();
    ~OutboxStore();

    /// Opens (creating the store when missing) and brings the schema up to date.
    bool open(const QString& path, QString* error);
    bool isOpen() const;

    /// Inserts \a rows in one transaction and sets their ids. With \a journalOwner set, the same transaction
    /// records that the owner's journal is committed up to \a journalSerial.
    bool insert(QList<OutboxRow>& rows, QString* error, qint64 journalOwner = 0, qint64 journalSerial = 0);
    /// Inserts the records of an ended session's journal that its outbox did not commit, under \a owner, and
    /// marks that journal as fully committed (remove the file, then forgetJournal()). Returns how many rows
    /// were added, -1 on error.
    int replayJournal(qint64 endedOwner, const QByteArray& journal, qint64 owner, QString* error);
    /// Forgets the journal mark of \a owner (its session ended with everything committed).
    bool forgetJournal(qint64 owner, QString* error);
    /// Queued rows of \a provider owned by \a owner with id above \a afterId, oldest first, with messages.
    QList<OutboxRow> queued(const QString& provider, qint64 owner, qint64 afterId, int limit, QString* error);
    /// The highest queued id per provider owned by \a owner.
    QHash<QString, qint64> maxQueuedIds(qint64 owner, QString* error);
    /// Rows by id (any state), with messages.
    QList<OutboxRow> rows(const QList<qint64>& ids, QString* error);
    /// Records \a exchanges and applies \a updates in one transaction; sets the exchanges' ids.
    bool settle(QList<DeliveryExchange>& exchanges, const QList<Update>& updates, QString* error);
    /// Moves queued rows of owners not in \a liveOwners to \a owner. Returns how many moved, -1 on error.
    int adopt(qint64 owner, const QList<qint64>& liveOwners, QString* error);
    /// Dead letters back to the queue (attempts reset) under \a owner; returns the ids that moved.
    QList<qint64> requeueDead(const QString& provider, const QList<qint64>& ids, qint64 owner, QString* error);
    /// Removes dead letters (\a ids empty: all of the provider's). Returns how many.
    int discardDead(const QString& provider, const QList<qint64>& ids, QString* error);

    /// Counts per provider and state.
    QHash<QString, ProviderStats> counts(QString* error);
    /// Every provider's row for one event (its delivery status), newest first.
    QList<OutboxRow> statusOf(const QString& messageId, QString* error);
    /// Dead letters of \a provider (all when empty), newest first, without messages.
    QList<OutboxRow> deadLetters(const QString& provider, int limit, QString* error);
    /// Delivery log entries, newest first; bodies are left out (see exchange()).
    QList<DeliveryExchange> exchanges(const ExchangeFilter& filter, QString* error);
    /// One delivery log entry with its bodies.
    bool exchange(qint64 id, DeliveryExchange& out, QString* error);

private:
    struct Statements;
    Statements* statements(QString* error);

    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<Statements> m_statements; ///< prepared on first use; destroyed before the connection
};

} // namespace Journey

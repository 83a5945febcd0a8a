// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "config/providersettings.h"
#include "core/secretmasker.h"
#include "deliveryexchange.h"
#include "outboxstore.h"
#include "outboxwriter.h"
#include "providerstats.h"
#include "validation/eventvalidator.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>

namespace Journey {

class HttpSender;

/*!
 * Delivers one provider's share of the outbox, on its own thread: loads queued rows, batches them within the
 * provider's limits (count, bytes, time), encodes, sends, reads each answer through the provider's classify()
 * and settles every event in one transaction with the delivery log entry: delivered, retried later
 * (exponential backoff with jitter, Retry-After honoured, per-record answers respected), or dead-lettered.
 * An unreachable provider (refused, DNS) pauses the worker and is retried without using up attempts.
 */
class DeliveryWorker : public QObject
{
    Q_OBJECT
public:
    DeliveryWorker(const ProviderSettings& settings, const QString& storePath, qint64 owner,
        const QStringList& knownSecrets);
    ~DeliveryWorker() override;

    const QString& provider() const { return m_settings.id; }

    /// Called (thread-safe) whenever progress may let a flush() finish.
    void setProgressCallback(std::function<void()> callback) { m_progress = std::move(callback); }
    /// Where retryDeadLetters() gets the validator in use (called on the worker's thread; thread-safe).
    void setValidatorSource(std::function<EventValidatorPtr()> source) { m_validatorSource = std::move(source); }
    /// Lowest outbox id of this provider not yet settled (delivered or dead); INT64_MAX when none. Thread-safe.
    qint64 pendingFloor() const { return m_pendingFloor.load(); }
    /// Highest outbox id this worker has been told about. Thread-safe.
    qint64 knownUpTo() const { return m_knownUpTo.load(); }

public slots:
    /// Opens the store and loads the queue. Runs on the worker's thread.
    void start();
    /// New rows were committed.
    void onCommitted(const QHash<QString, Journey::OutboxCommit>& perProvider);
    /// While draining, partial batches go out at once (flush()).
    void setDraining(bool draining);
    /// Dead letters back to the queue; all of this provider's when \a ids is empty.
    void retryDeadLetters(const QList<qint64>& ids);
    void discardDeadLetters(const QList<qint64>& ids);
    /// Stops sending; answers still outstanding are dropped (their events stay queued for the next run).
    void stop();

signals:
    void started(const QString& provider, const QString& error);
    void exchangeFinished(const Journey::DeliveryExchange& exchange);
    void eventsSettled(const QString& provider, const QStringList& delivered, const QStringList& failed, const QString& reason);
    void statsChanged(const Journey::ProviderStats& stats);

private:
    struct Pending
    {
        qint64 id = 0;
        int attempts = 0;
        QString messageId;
        OutboundEvent event;
        bool retried = false; ///< came back from m_waiting, so it may be out of id order in m_ready
        QString note; ///< what the row said before its first attempt (validation), kept for the delivered row
    };
    struct Group;

    void load();
    void pump();
    void sendGroup(std::vector<Pending> events);
    void finishGroup(const std::shared_ptr<Group>& group);
    void scheduleTimer();
    void updateFloor();
    qint64 backoffMs(int attempts) const;
    DeliveryExchange makeExchange(const ProviderRequest& request, const ProviderResponse& response, qint64 sentAt,
        int durationMs, int attempt) const;
    void publishStats();
    void requeueInMemory(const QList<OutboxRow>& rows);
    /// Validates retried dead letters again; returns the ids that went back to the dead letters.
    QList<qint64> revalidate(QList<OutboxRow>& rows);
    /// eventsSettled() for rows that are dead letters without an attempt (blocked), one signal per reason.
    void reportBlocked(const QList<OutboxRow>& rows);

    ProviderSettings m_settings;
    BatchLimits m_limits;
    QString m_storePath;
    qint64 m_owner;
    SecretMasker m_masker;
    OutboxStore m_store;
    HttpSender* m_sender = nullptr;
    QTimer* m_timer = nullptr;
    QTimer* m_statsTimer = nullptr;

    /// Events to send, in id order except for retried ones, whose ids m_readyRetried holds (the floor
    /// is the smaller of the front's id and the least retried id, without a walk over the queue).
    std::deque<Pending> m_ready;
    std::multiset<qint64> m_readyRetried;
    std::multimap<qint64, Pending> m_waiting; ///< by due time (ms since epoch)
    std::map<qint64, int> m_inFlightIds; ///< outbox ids in requests awaiting answers
    int m_inFlightGroups = 0;
    qint64 m_cursor = 0; ///< highest id loaded
    bool m_exhausted = false; ///< the last load found everything up to now
    bool m_draining = false;
    bool m_stopped = false;
    qint64 m_readySince = 0; ///< when the oldest ready event became ready
    qint64 m_pausedUntil = 0;
    int m_connectFailures = 0;
    int m_batchCap = 0; ///< lowered after a 413

    ProviderStats m_stats;
    std::atomic<qint64> m_pendingFloor { 0 }; // nothing is known settled until the worker has looked
    std::atomic<qint64> m_knownUpTo { 0 };
    std::function<void()> m_progress;
    std::function<EventValidatorPtr()> m_validatorSource;
};

} // namespace Journey

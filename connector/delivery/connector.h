// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "calloptions.h"
#include "config/journeyconfig.h"
#include "deliveryexchange.h"
#include "enqueueresult.h"
#include "outboxrow.h"
#include "providerstats.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace Journey {

class ByteBuffer;
class DeliveryOwnership;
class DeliveryWorker;
class EventParser;
class OutboxWriter;

/*!
 * The connector engine's public API: one call sends an event to one or many providers.
 *
 *     Journey::Connector connector;
 *     connector.start(storePath, config, &error);
 *     connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Order Completed"), {{"revenue", 25}});
 *     connector.flush(10000);
 *
 * Calls are thread-safe and return at once: the event is checked (a bad field is reported by name), routed
 * (configuration, routes, `integrations`), sampled, and handed to the durable outbox in the store, from which
 * one worker thread per provider delivers it. An accepted event survives a crash or restart until it is
 * delivered or dead-lettered. The queue in front of the outbox is bounded; a full queue is reported, never
 * blocks. Results come back as signals (emitted on the connector's thread) and as per-event status in the
 * store (statusOf()).
 */
class Connector : public QObject
{
    Q_OBJECT
public:
    explicit Connector(QObject* parent = nullptr);
    /// Stops the workers (shutdown(0)); queued events stay in the store for the next start.
    ~Connector() override;

    /// Opens the outbox in the store at \a storePath, adopts queued events of sessions that ended, and starts
    /// one delivery worker per configured, enabled provider.
    bool start(const QString& storePath, const JourneyConfig& config, QString* error);
    /// The same without blocking the calling thread on the disk (for the UI thread): the store is opened on
    /// the outbox thread; started() reports the outcome.
    void startAsync(const QString& storePath, const JourneyConfig& config);
    bool isStarted() const { return m_started; }
    const JourneyConfig& config() const { return m_config; }
    /// Ids of the providers with a running worker.
    QStringList providers() const;

    EnqueueResult track(const QString& userId, const QString& anonymousId, const QString& event,
        const QJsonObject& properties = {}, const CallOptions& options = {});
    EnqueueResult identify(const QString& userId, const QString& anonymousId, const QJsonObject& traits = {},
        const CallOptions& options = {});
    EnqueueResult page(const QString& userId, const QString& anonymousId, const QString& name,
        const QJsonObject& properties = {}, const CallOptions& options = {});
    EnqueueResult screen(const QString& userId, const QString& anonymousId, const QString& name,
        const QJsonObject& properties = {}, const CallOptions& options = {});
    EnqueueResult group(const QString& userId, const QString& anonymousId, const QString& groupId,
        const QJsonObject& traits = {}, const CallOptions& options = {});
    EnqueueResult alias(const QString& userId, const QString& previousId, const CallOptions& options = {});
    /// A whole Segment Spec message (from a file, the composer, a replay). \a providers overrides the default.
    EnqueueResult send(const QByteArray& messageJson, const QStringList& providers = {});

    /// Waits until every event accepted before the call is delivered or dead-lettered, sending partial batches
    /// at once. False when \a timeoutMs passed first (the rest stays queued).
    bool flush(int timeoutMs);
    /// flush(), then stops the workers. Undelivered events stay in the outbox for the next start.
    bool shutdown(int timeoutMs);

    /// The latest figures per provider.
    QList<ProviderStats> stats() const;
    /// Every provider's delivery status of one event, read from the store. Thread-safe (own connection).
    QList<OutboxRow> statusOf(const QString& messageId, QString* error) const;

    /// Dead letters back to the queue (all of the provider's when \a ids is empty).
    void retryDeadLetters(const QString& provider, const QList<qint64>& ids = {});
    void discardDeadLetters(const QString& provider, const QList<qint64>& ids = {});

signals:
    /// startAsync() finished: \a error is empty when the connector runs.
    void started(const QString& error);
    void exchangeFinished(const Journey::DeliveryExchange& exchange);
    void eventsDelivered(const QString& provider, const QStringList& messageIds);
    void eventsFailed(const QString& provider, const QStringList& messageIds, const QString& reason);
    void statsChanged(const Journey::ProviderStats& stats);
    /// The bounded queue refused an event.
    void queueFull();
    /// The outbox could not be written (the calls keep their events in memory and retry).
    void storeError(const QString& error);

private:
    /// The disk work of starting: opens the store, takes an owner id, adopts orphaned rows, opens the writer.
    static bool prepare(const QString& storePath, OutboxWriter* writer, std::unique_ptr<DeliveryOwnership>& ownership,
        QHash<QString, qint64>& backlog, QString* error);
    QThread* createWriterThread(const QString& storePath, int capacity);
    void launchWorkers();
    void abandonWriter();
    /// \a integrations: the message's `integrations` when the caller knows them, null to read them from \a json.
    EnqueueResult enqueueMessage(QByteArrayView json, const QStringList& providers, const QJsonObject* integrations);
    EnqueueResult call(ByteBuffer& message, const CallOptions& options);
    void onProgress();
    void stopWorkers();

    JourneyConfig m_config;
    QString m_storePath;
    bool m_started = false;
    std::unique_ptr<DeliveryOwnership> m_ownership;
    OutboxWriter* m_writer = nullptr; ///< lives on m_writerThread, deleted there when it finishes
    QThread* m_writerThread = nullptr;
    QList<DeliveryWorker*> m_workers;
    QList<QThread*> m_workerThreads;

    QHash<QString, qint64> m_backlog; ///< highest queued id per provider found at start (earlier sessions' events)
    mutable QMutex m_parserMutex;
    std::unique_ptr<EventParser> m_parser;

    mutable QMutex m_statsMutex;
    QHash<QString, ProviderStats> m_stats;

    QMutex m_progressMutex;
    QWaitCondition m_progressChanged;
};

} // namespace Journey

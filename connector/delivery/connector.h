// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "calloptions.h"
#include "config/journeyconfig.h"
#include "deliveryexchange.h"
#include "enqueueresult.h"
#include "outboxrow.h"
#include "providerstats.h"
#include "validation/eventvalidator.h"

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
 *
 * With a tracking plan (`journey.validation`, or setValidator()), each event is validated once before it goes
 * into the outbox, and each provider's `validation` mode decides what it gets (ValidationGate): allow (sent,
 * violations noted), omit-unplanned-properties (sent without them) or block (an event with errors becomes a
 * dead letter with its violations as the reason; retrying it validates it again).
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

    /*!
     * The tracking plan and provider lints events are checked against before they go into each provider's
     * outbox, where the provider's `validation` mode applies. Thread-safe; it applies to the calls made and
     * the dead letters retried after it returns. Null: nothing is validated from now on, and the next start()
     * takes the configuration's validator again.
     *
     * Without it, start() and startAsync() take the validator loadValidator() builds from their configuration
     * (`journey.validation.plan` and `.lint`); startAsync() reads and compiles the plan on the outbox thread.
     * A validator set here takes precedence over the configuration's.
     */
    void setValidator(EventValidatorPtr validator);
    EventValidatorPtr validator() const;
    /// The validator `journey.validation` of \a config asks for: null when it names neither a plan nor lints.
    /// Reads the plan (TrackingPlanLoader) and compiles its schemas; false with \a error naming the key and the
    /// file.
    static bool loadValidator(const JourneyConfig& config, EventValidatorPtr& out, QString* error);

    /// Dead letters back to the queue (all of the provider's when \a ids is empty). When the provider validates
    /// (its `validation` mode, a validator set), they are validated again with the current plan: what still
    /// breaks it in block mode goes back to the dead letters with the new reason.
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
    /// Installs the validator start() built from the configuration, unless setValidator() chose one.
    void useConfigValidator(EventValidatorPtr validator);

    JourneyConfig m_config;
    QString m_storePath;
    bool m_started = false;
    bool m_anyProviderValidates = false; ///< a provider's `validation` is not allow (set with m_config)
    std::unique_ptr<DeliveryOwnership> m_ownership;
    OutboxWriter* m_writer = nullptr; ///< lives on m_writerThread, deleted there when it finishes
    QThread* m_writerThread = nullptr;
    QList<DeliveryWorker*> m_workers;
    QList<QThread*> m_workerThreads;

    QHash<QString, qint64> m_backlog; ///< highest queued id per provider found at start (earlier sessions' events)
    mutable QMutex m_parserMutex;
    std::unique_ptr<EventParser> m_parser;
    // Guarded by m_parserMutex, which each call takes anyway for its parse: reading them costs no extra lock.
    EventValidatorPtr m_validator;
    bool m_validatorGiven = false; ///< setValidator() chose: start() does not take the configuration's

    mutable QMutex m_statsMutex;
    QHash<QString, ProviderStats> m_stats;

    QMutex m_progressMutex;
    QWaitCondition m_progressChanged;
};

} // namespace Journey

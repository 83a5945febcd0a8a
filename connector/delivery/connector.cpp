// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "connector.h"

#include "core/eventbatch.h"
#include "core/eventparser.h"
#include "core/jsonwriter.h"
#include "core/timestamp.h"
#include "deliveryownership.h"
#include "deliveryworker.h"
#include "eventrouter.h"
#include "outboxstore.h"
#include "outboxwriter.h"
#include "validation/trackingplanloader.h"
#include "validationgate.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <cstring>

namespace Journey {

namespace {

// A call's message is written straight to compact JSON (no QJsonObject of the whole message, no second
// serialisation): the typed calls below are the hot path of an application that tracks a lot.

void appendKey(ByteBuffer& out, std::string_view key)
{
    out.append(out.size() > 1 ? ",\"" : "\"", out.size() > 1 ? 2 : 1);
    out.append(key.data(), qsizetype(key.size()));
    out.append("\":", 2);
}

void appendString(ByteBuffer& out, std::string_view key, const QString& value, bool always = false)
{
    if (value.isEmpty() && !always)
        return;
    appendKey(out, key);
    const QByteArray utf8 = value.toUtf8();
    JsonWriter::appendString(out, QByteArrayView(utf8));
}

void appendObject(ByteBuffer& out, std::string_view key, const QJsonObject& value)
{
    appendKey(out, key);
    out.append(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

ByteBuffer startMessage(const char* type)
{
    ByteBuffer out;
    out.reserve(512);
    out.append("{\"type\":\"", 9);
    out.append(type, qsizetype(std::strlen(type)));
    out.append('"');
    return out;
}

} // namespace

Connector::Connector(QObject* parent)
    : QObject(parent)
    , m_parser(std::make_unique<EventParser>())
{
    qRegisterMetaType<Journey::DeliveryExchange>();
    qRegisterMetaType<Journey::ProviderStats>();
    qRegisterMetaType<QList<qint64>>();
}

Connector::~Connector()
{
    stopWorkers();
}

bool Connector::prepare(const QString& storePath, OutboxWriter* writer, std::unique_ptr<DeliveryOwnership>& ownership,
    QHash<QString, qint64>& backlog, QString* error)
{
    // Open (create, migrate) the store before anything else, so a bad store is reported here.
    OutboxStore probe;
    if (!probe.open(storePath, error))
        return false;
    ownership = std::make_unique<DeliveryOwnership>(storePath);
    if (!ownership->acquire(error)) {
        ownership.reset();
        return false;
    }
    // Calls that ended sessions accepted but did not get into the outbox come back from their journals.
    const QList<DeliveryOwnership::Orphan> orphans = ownership->claimOrphans();
    for (const DeliveryOwnership::Orphan& orphan : orphans) {
        if (probe.replayJournal(orphan.owner, orphan.journal, ownership->owner(), error) < 0) {
            ownership->release({});
            ownership.reset();
            return false;
        }
    }
    ownership->release(orphans);
    for (const DeliveryOwnership::Orphan& orphan : orphans)
        probe.forgetJournal(orphan.owner, error);
    if (probe.adopt(ownership->owner(), ownership->liveOwners(), error) < 0) {
        ownership.reset();
        return false;
    }
    writer->setJournal(ownership.get());
    QString queryError;
    backlog = probe.maxQueuedIds(ownership->owner(), &queryError);
    if (!queryError.isEmpty()) {
        *error = queryError;
        ownership.reset();
        return false;
    }
    if (!writer->open(error)) {
        writer->setJournal(nullptr);
        ownership.reset();
        return false;
    }
    return true;
}

QThread* Connector::createWriterThread(const QString& storePath, int capacity)
{
    m_writer = new OutboxWriter(storePath, capacity, nullptr);
    m_writerThread = new QThread(this);
    m_writerThread->setObjectName(QStringLiteral("journey-outbox"));
    m_writer->moveToThread(m_writerThread);
    connect(m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &OutboxWriter::commitFailed, this, &Connector::storeError);
    m_writerThread->start();
    return m_writerThread;
}

void Connector::abandonWriter()
{
    m_writerThread->quit();
    m_writerThread->wait();
    delete m_writerThread;
    m_writerThread = nullptr;
    m_writer = nullptr;
}

bool Connector::start(const QString& storePath, const JourneyConfig& config, QString* error)
{
    if (m_started || m_writer) {
        *error = tr("the connector is already running");
        return false;
    }
    // The plan first: a broken one is a configuration error, reported before the store is touched.
    bool fromConfig = false;
    {
        QMutexLocker locker(&m_parserMutex);
        fromConfig = !m_validatorGiven;
    }
    EventValidatorPtr validator;
    if (fromConfig && !loadValidator(config, validator, error))
        return false;
    m_config = config;
    m_storePath = storePath;
    createWriterThread(storePath, config.queueCapacity);
    bool prepared = false;
    std::unique_ptr<DeliveryOwnership> ownership;
    QHash<QString, qint64> backlog;
    QMetaObject::invokeMethod(m_writer, [&] { prepared = prepare(storePath, m_writer, ownership, backlog, error); },
        Qt::BlockingQueuedConnection);
    if (!prepared) {
        abandonWriter();
        return false;
    }
    if (fromConfig)
        useConfigValidator(std::move(validator));
    m_ownership = std::move(ownership);
    m_backlog = backlog;
    launchWorkers();
    return true;
}

void Connector::startAsync(const QString& storePath, const JourneyConfig& config)
{
    if (m_started || m_writer) {
        emit started(tr("the connector is already running"));
        return;
    }
    bool fromConfig = false;
    {
        QMutexLocker locker(&m_parserMutex);
        fromConfig = !m_validatorGiven;
    }
    m_config = config;
    m_storePath = storePath;
    createWriterThread(storePath, config.queueCapacity);
    OutboxWriter* writer = m_writer;
    QMetaObject::invokeMethod(writer, [this, writer, storePath, fromConfig, config] {
        auto ownership = std::make_shared<std::unique_ptr<DeliveryOwnership>>();
        QHash<QString, qint64> backlog;
        QString error;
        // Reading the plan and compiling its schemas is file work too: here, not on the caller's (UI) thread.
        EventValidatorPtr validator;
        const bool prepared = (!fromConfig || loadValidator(config, validator, &error))
            && prepare(storePath, writer, *ownership, backlog, &error);
        QMetaObject::invokeMethod(this, [this, prepared, ownership, backlog, error, fromConfig, validator] {
            if (!prepared) {
                abandonWriter();
                emit started(error);
                return;
            }
            if (fromConfig)
                useConfigValidator(validator);
            m_ownership = std::move(*ownership);
            m_backlog = backlog;
            launchWorkers();
            emit started(QString());
        });
    });
}

void Connector::launchWorkers()
{
    m_anyProviderValidates = std::any_of(m_config.providerSettings.cbegin(), m_config.providerSettings.cend(),
        [](const ProviderSettings& settings) { return settings.validationMode != ValidationMode::Allow; });
    for (const ProviderSettings& settings : m_config.providerSettings) {
        ProviderStats stats;
        stats.provider = settings.id;
        stats.enabled = settings.enabled;
        m_stats.insert(settings.id, stats);
        if (!settings.enabled)
            continue;
        auto* worker = new DeliveryWorker(settings, m_storePath, m_ownership->owner(), m_config.knownSecrets);
        auto* thread = new QThread(this);
        thread->setObjectName(QStringLiteral("journey-%1").arg(settings.id));
        worker->moveToThread(thread);
        worker->setProgressCallback([this] { onProgress(); });
        worker->setValidatorSource([this] { return validator(); });
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(m_writer, &OutboxWriter::committed, worker, &DeliveryWorker::onCommitted);
        connect(worker, &DeliveryWorker::exchangeFinished, this, &Connector::exchangeFinished);
        connect(worker, &DeliveryWorker::eventsSettled, this,
            [this](const QString& provider, const QStringList& delivered, const QStringList& failed, const QString& reason) {
                if (!delivered.isEmpty())
                    emit eventsDelivered(provider, delivered);
                if (!failed.isEmpty())
                    emit eventsFailed(provider, failed, reason);
            });
        connect(worker, &DeliveryWorker::statsChanged, this, [this](const ProviderStats& stats) {
            {
                QMutexLocker locker(&m_statsMutex);
                m_stats.insert(stats.provider, stats);
            }
            emit statsChanged(stats);
        });
        connect(worker, &DeliveryWorker::started, this, [this](const QString& provider, const QString& failure) {
            if (!failure.isEmpty())
                emit storeError(tr("%1: %2").arg(provider, failure));
        });
        thread->start();
        QMetaObject::invokeMethod(worker, &DeliveryWorker::start, Qt::QueuedConnection);
        m_workers.append(worker);
        m_workerThreads.append(thread);
    }
    m_started = true;
}

QStringList Connector::providers() const
{
    QStringList ids;
    for (const DeliveryWorker* worker : m_workers)
        ids.append(worker->provider());
    return ids;
}

EnqueueResult Connector::call(ByteBuffer& message, const CallOptions& options)
{
    appendString(message, "messageId", options.messageId);
    char timestamp[24];
    Timestamp::formatIso8601(timestamp, options.timestamp > 0 ? options.timestamp : Timestamp::nowMs());
    appendKey(message, "timestamp");
    JsonWriter::appendString(message, std::string_view(timestamp, 24));
    if (!options.context.isEmpty())
        appendObject(message, "context", options.context);
    if (!options.integrations.isEmpty())
        appendObject(message, "integrations", options.integrations);
    message.append('}');
    return enqueueMessage(QByteArrayView(message.data(), message.size()), options.providers, &options.integrations);
}

EnqueueResult Connector::track(const QString& userId, const QString& anonymousId, const QString& event,
    const QJsonObject& properties, const CallOptions& options)
{
    ByteBuffer message = startMessage("track");
    appendString(message, "event", event, true);
    appendString(message, "userId", userId);
    appendString(message, "anonymousId", anonymousId);
    appendObject(message, "properties", properties);
    return call(message, options);
}

EnqueueResult Connector::identify(const QString& userId, const QString& anonymousId, const QJsonObject& traits,
    const CallOptions& options)
{
    ByteBuffer message = startMessage("identify");
    appendString(message, "userId", userId);
    appendString(message, "anonymousId", anonymousId);
    appendObject(message, "traits", traits);
    return call(message, options);
}

EnqueueResult Connector::page(const QString& userId, const QString& anonymousId, const QString& name,
    const QJsonObject& properties, const CallOptions& options)
{
    ByteBuffer message = startMessage("page");
    appendString(message, "userId", userId);
    appendString(message, "anonymousId", anonymousId);
    appendString(message, "name", name);
    appendObject(message, "properties", properties);
    return call(message, options);
}

EnqueueResult Connector::screen(const QString& userId, const QString& anonymousId, const QString& name,
    const QJsonObject& properties, const CallOptions& options)
{
    ByteBuffer message = startMessage("screen");
    appendString(message, "userId", userId);
    appendString(message, "anonymousId", anonymousId);
    appendString(message, "name", name);
    appendObject(message, "properties", properties);
    return call(message, options);
}

EnqueueResult Connector::group(const QString& userId, const QString& anonymousId, const QString& groupId,
    const QJsonObject& traits, const CallOptions& options)
{
    ByteBuffer message = startMessage("group");
    appendString(message, "groupId", groupId, true);
    appendString(message, "userId", userId);
    appendString(message, "anonymousId", anonymousId);
    appendObject(message, "traits", traits);
    return call(message, options);
}

EnqueueResult Connector::alias(const QString& userId, const QString& previousId, const CallOptions& options)
{
    ByteBuffer message = startMessage("alias");
    appendString(message, "previousId", previousId, true);
    appendString(message, "userId", userId);
    return call(message, options);
}

EnqueueResult Connector::send(const QByteArray& messageJson, const QStringList& providers)
{
    return enqueueMessage(messageJson, providers, nullptr);
}

EnqueueResult Connector::enqueueMessage(QByteArrayView json, const QStringList& providers, const QJsonObject* integrations)
{
    EnqueueResult result;
    if (!m_started) {
        result.error = tr("the connector has not been started");
        return result;
    }
    if (!m_config.enabled) {
        result.status = EnqueueResult::Status::Disabled;
        result.error = tr("the connector is disabled (journey.enabled is false)");
        return result;
    }
    for (const QString& id : providers) {
        if (!m_config.settingsFor(id)) {
            result.status = EnqueueResult::Status::NoProvider;
            result.error = tr("%1 is not configured under journey.providers").arg(id);
            return result;
        }
    }

    EventBatch batch;
    EventValidatorPtr validator;
    {
        QMutexLocker locker(&m_parserMutex);
        EventParser::Options options;
        options.source = EventSource::Connector;
        options.receivedAt = Timestamp::nowMs();
        m_parser->setOptions(options);
        if (!m_parser->parseMessage(json, batch)) {
            result.status = EnqueueResult::Status::Invalid;
            result.error = m_parser->error().toString();
            return result;
        }
        validator = m_validator;
    }
    const EventType type = batch.type(0);
    const QString name = QString::fromUtf8(batch.name(0));
    const QString userId = QString::fromUtf8(batch.userId(0));
    const QString anonymousId = QString::fromUtf8(batch.anonymousId(0));
    result.messageId = QString::fromUtf8(batch.messageId(0));
    const QByteArray payload = batch.payload(0).toByteArray();
    // The typed calls know their integrations; a message sent as JSON is read for them. The message is parsed
    // at most once: validation below takes the same object.
    QJsonObject message;
    bool parsed = false;
    if (!integrations) {
        message = QJsonDocument::fromJson(payload).object();
        parsed = true;
    }

    QString why;
    const QStringList targets = EventRouter(m_config).route(type, name,
        integrations ? *integrations : message.value(QLatin1String("integrations")).toObject(), providers, &why);
    if (targets.isEmpty()) {
        result.status = EnqueueResult::Status::NoProvider;
        result.error = tr("no provider takes this event: %1").arg(why);
        return result;
    }
    const SamplingRules::Decision sampling = m_config.sampling.decide(type, name, userId, anonymousId);

    // Validated once for all providers, and only when a provider acts on it or a plan's findings are noted:
    // allow-mode providers with lints alone cost nothing, and sampled-out events are not sent at all.
    QList<ValidationMode> modes;
    QList<PlanViolation> violations;
    bool validated = false;
    if (validator && sampling.kept && (m_anyProviderValidates || validator->plan())) {
        modes.reserve(targets.size());
        bool needed = false;
        for (const QString& provider : targets) {
            const ProviderSettings* settings = m_config.settingsFor(provider);
            modes.append(settings ? settings->validationMode : ValidationMode::Allow);
            needed = needed || ValidationGate::needsValidation(validator.get(), modes.last());
        }
        if (needed) {
            if (!parsed)
                message = QJsonDocument::fromJson(payload).object();
            violations = validator->validate(message, payload.size());
            validated = true;
        }
    }

    const qint64 now = Timestamp::nowMs();
    QList<OutboxRow> rows;
    rows.reserve(targets.size());
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QString& provider = targets[i];
        OutboxRow row;
        row.provider = provider;
        row.owner = m_ownership->owner();
        row.state = sampling.kept ? OutboxState::Queued : OutboxState::SampledOut;
        row.type = type;
        row.messageId = result.messageId;
        row.name = name;
        row.userId = userId;
        row.anonymousId = anonymousId;
        row.createdAt = now;
        row.updatedAt = now;
        row.sampleRate = sampling.rate;
        if (!sampling.kept)
            row.reason = tr("sampled out: rule '%1' keeps %2 % of people").arg(sampling.rule).arg(sampling.rate * 100, 0, 'g', 4);
        row.message = payload;
        if (validated && !violations.isEmpty() && ValidationGate::needsValidation(validator.get(), modes[i])) {
            // A blocked event is stored whole, so that a retry (with the plan fixed) can validate it again.
            const ValidationGate::Verdict verdict = ValidationGate::judge(modes[i], provider, violations, message);
            row.reason = verdict.reason;
            if (verdict.blocked) {
                row.state = OutboxState::Dead;
                result.blocked.append(provider);
            } else if (!verdict.message.isEmpty()) {
                row.message = verdict.message;
            }
        }
        rows.append(row);
    }
    QString journalError;
    switch (m_writer->submit(rows, &journalError)) {
    case OutboxWriter::Submitted::Accepted:
        break;
    case OutboxWriter::Submitted::Full:
        result.status = EnqueueResult::Status::QueueFull;
        result.error = tr("the queue is full (%1 events waiting for the outbox)").arg(m_config.queueCapacity);
        emit queueFull();
        return result;
    case OutboxWriter::Submitted::Failed:
        result.status = EnqueueResult::Status::StoreFailed;
        result.error = journalError;
        return result;
    }
    result.status = EnqueueResult::Status::Accepted;
    result.providers = targets;
    result.sampledOut = !sampling.kept;
    return result;
}

void Connector::onProgress()
{
    QMutexLocker locker(&m_progressMutex);
    m_progressChanged.wakeAll();
}

bool Connector::flush(int timeoutMs)
{
    if (!m_started)
        return true;
    QDeadlineTimer deadline(timeoutMs);
    if (!m_writer->waitCommitted(int(qMax<qint64>(0, deadline.remainingTime()))))
        return false;
    QHash<QString, qint64> targets = m_writer->committedMaxIds();
    for (auto it = m_backlog.cbegin(); it != m_backlog.cend(); ++it)
        targets[it.key()] = qMax(targets.value(it.key()), it.value());
    for (DeliveryWorker* worker : m_workers)
        QMetaObject::invokeMethod(worker, [worker] { worker->setDraining(true); }, Qt::QueuedConnection);
    bool done = false;
    {
        QMutexLocker locker(&m_progressMutex);
        for (;;) {
            done = true;
            for (const DeliveryWorker* worker : m_workers) {
                const qint64 target = targets.value(worker->provider());
                if (target == 0)
                    continue;
                if (worker->knownUpTo() < target || worker->pendingFloor() <= target)
                    done = false;
            }
            if (done || deadline.hasExpired())
                break;
            m_progressChanged.wait(&m_progressMutex, QDeadlineTimer(qMin<qint64>(deadline.remainingTime(), 100)));
        }
    }
    for (DeliveryWorker* worker : m_workers)
        QMetaObject::invokeMethod(worker, [worker] { worker->setDraining(false); }, Qt::QueuedConnection);
    return done;
}

bool Connector::shutdown(int timeoutMs)
{
    const bool flushed = flush(timeoutMs);
    stopWorkers();
    return flushed;
}

void Connector::stopWorkers()
{
    if (!m_started) {
        // startAsync() may still be preparing on the outbox thread: let it finish there and drop the result
        // (the answer it posts back is discarded with this object).
        if (m_writerThread)
            abandonWriter();
        return;
    }
    m_started = false;
    for (DeliveryWorker* worker : m_workers)
        QMetaObject::invokeMethod(worker, &DeliveryWorker::stop, Qt::BlockingQueuedConnection);
    for (QThread* thread : m_workerThreads) {
        thread->quit();
        thread->wait();
    }
    m_workers.clear();
    qDeleteAll(m_workerThreads);
    m_workerThreads.clear();
    if (m_writer) {
        m_writer->waitCommitted(5000);
        QMetaObject::invokeMethod(m_writer, &OutboxWriter::close, Qt::BlockingQueuedConnection);
        m_writerThread->quit();
        m_writerThread->wait();
        m_writer = nullptr;
        delete m_writerThread;
        m_writerThread = nullptr;
    }
    m_ownership.reset();
}

QList<ProviderStats> Connector::stats() const
{
    QMutexLocker locker(&m_statsMutex);
    QList<ProviderStats> result;
    for (const ProviderSettings& settings : m_config.providerSettings)
        result.append(m_stats.value(settings.id));
    return result;
}

QList<OutboxRow> Connector::statusOf(const QString& messageId, QString* error) const
{
    OutboxStore store;
    if (!store.open(m_storePath, error))
        return {};
    return store.statusOf(messageId, error);
}

void Connector::setValidator(EventValidatorPtr validator)
{
    QMutexLocker locker(&m_parserMutex);
    m_validatorGiven = validator != nullptr;
    m_validator = std::move(validator);
}

EventValidatorPtr Connector::validator() const
{
    QMutexLocker locker(&m_parserMutex);
    return m_validator;
}

void Connector::useConfigValidator(EventValidatorPtr validator)
{
    QMutexLocker locker(&m_parserMutex);
    if (!m_validatorGiven) // setValidator() came while the start was under way: it wins
        m_validator = std::move(validator);
}

bool Connector::loadValidator(const JourneyConfig& config, EventValidatorPtr& out, QString* error)
{
    out.reset();
    if (config.validationPlan.isEmpty() && config.validationLint.isEmpty())
        return true;
    auto validator = std::make_shared<EventValidator>();
    QString reason;
    if (!config.validationPlan.isEmpty()) {
        TrackingPlan plan;
        // The loader's errors start with the file (and say where in it).
        if (!TrackingPlanLoader::load(config.validationPlan, plan, &reason)) {
            *error = tr("journey.validation.plan: %1").arg(reason);
            return false;
        }
        auto compiled = std::make_shared<PlanValidator>();
        if (!compiled->load(plan, &reason)) {
            *error = tr("journey.validation.plan: %1: %2").arg(config.validationPlan, reason);
            return false;
        }
        validator->setPlan(std::move(compiled));
    }
    ProviderLinter linter;
    if (!linter.setProviders(config.validationLint, &reason)) {
        *error = tr("journey.validation.lint: %1").arg(reason);
        return false;
    }
    validator->setLinter(linter);
    out = std::move(validator);
    return true;
}

void Connector::retryDeadLetters(const QString& provider, const QList<qint64>& ids)
{
    for (DeliveryWorker* worker : m_workers) {
        if (worker->provider() == provider)
            QMetaObject::invokeMethod(worker, [worker, ids] { worker->retryDeadLetters(ids); }, Qt::QueuedConnection);
    }
}

void Connector::discardDeadLetters(const QString& provider, const QList<qint64>& ids)
{
    for (DeliveryWorker* worker : m_workers) {
        if (worker->provider() == provider)
            QMetaObject::invokeMethod(worker, [worker, ids] { worker->discardDeadLetters(ids); }, Qt::QueuedConnection);
    }
}

} // namespace Journey

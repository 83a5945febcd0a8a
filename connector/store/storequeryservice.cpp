// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storequeryservice.h"

#include "storereader.h"

#include <QMetaObject>

namespace Journey {

struct StoreQueryService::PageQueryState
{
    std::atomic<quint64> latest { 0 };
    std::atomic<bool> cancel { false };
};

/// Lives on the query thread; opens the store lazily on first use.
class StoreQueryService::Worker : public QObject
{
public:
    using PageState = std::shared_ptr<PageQueryState>;

    Worker(StoreQueryService* service, const QString& path)
        : m_service(service)
        , m_path(path)
    {
    }

    StoreReader* reader(QString* error)
    {
        if (!m_reader) {
            auto reader = std::make_unique<StoreReader>(m_path);
            if (!reader->open(false, error))
                return nullptr;
            m_reader = std::move(reader);
        }
        return m_reader.get();
    }

    void page(quint64 ticket, const EventFilter& filter, qint64 beforeId, int limit, const PageState& state)
    {
        if (state->latest.load() != ticket)
            return; // a newer page query is already queued
        state->cancel.store(false);
        if (state->latest.load() != ticket)
            return;
        QString error;
        StoreReader* store = reader(&error);
        if (!store) {
            Q_EMIT m_service->queryFailed(ticket, error);
            return;
        }
        auto events = std::make_shared<EventBatch>();
        bool exhausted = false;
        // queryPage() raises `cancel` when a newer page query arrives while this one scans.
        const bool ok = store->readPage(filter, beforeId, limit, *events, &exhausted, &error, &state->cancel);
        if (state->latest.load() != ticket)
            return;
        if (!ok) {
            Q_EMIT m_service->queryFailed(ticket, error);
            return;
        }
        Q_EMIT m_service->pageReady(ticket, events, exhausted);
    }

    void forward(quint64 ticket, qint64 afterId, int limit)
    {
        QString error;
        StoreReader* store = reader(&error);
        auto events = std::make_shared<EventBatch>();
        if (!store || !store->readForward(EventFilter(), afterId, limit, *events, &error)) {
            Q_EMIT m_service->queryFailed(ticket, error);
            return;
        }
        Q_EMIT m_service->forwardReady(ticket, events);
    }

    void request(quint64 ticket, qint64 requestId)
    {
        QString error;
        StoreReader* store = reader(&error);
        std::optional<StoredRequest> request;
        if (store)
            request = store->request(requestId, &error);
        if (!request) {
            Q_EMIT m_service->queryFailed(ticket, error);
            return;
        }
        Q_EMIT m_service->requestReady(ticket, *request);
    }

    void rejected(quint64 ticket, qint64 beforeId, int limit)
    {
        QString error;
        StoreReader* store = reader(&error);
        QList<StoredRequest> requests;
        if (!store || !store->rejectedRequests(beforeId, limit, requests, &error)) {
            Q_EMIT m_service->queryFailed(ticket, error);
            return;
        }
        Q_EMIT m_service->rejectedReady(ticket, requests);
    }

    void stats(quint64 ticket)
    {
        QString error;
        StoreReader* store = reader(&error);
        StoreStats stats;
        if (!store || !store->stats(stats, &error)) {
            Q_EMIT m_service->queryFailed(ticket, error);
            return;
        }
        Q_EMIT m_service->statsReady(ticket, stats);
    }

    void validation(quint64 ticket, qint64 eventId)
    {
        QString error;
        StoreReader* store = reader(&error);
        ValidationState state = ValidationState::Unchecked;
        QList<PlanViolation> violations;
        if (!store || !store->validation(eventId, state, violations, &error)) {
            Q_EMIT m_service->queryFailed(ticket, error);
            return;
        }
        Q_EMIT m_service->validationReady(ticket, eventId, state, violations);
    }

    void validationSummary(quint64 ticket, const std::shared_ptr<std::atomic<quint64>>& latest)
    {
        if (latest->load() != ticket)
            return; // a newer summary is already asked for
        QString error;
        StoreReader* store = reader(&error);
        ValidationSummary summary;
        if (!store || !store->validationSummary(summary, &error)) {
            Q_EMIT m_service->queryFailed(ticket, error);
            return;
        }
        Q_EMIT m_service->validationSummaryReady(ticket, summary);
    }

    void close() { m_reader.reset(); }

private:
    StoreQueryService* m_service;
    QString m_path;
    std::unique_ptr<StoreReader> m_reader;
};

StoreQueryService::StoreQueryService(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_storePath(storePath)

{
    qRegisterMetaType<Journey::EventBatchPtr>();
    qRegisterMetaType<QList<Journey::StoredRequest>>();
    qRegisterMetaType<Journey::StoredRequest>();
    qRegisterMetaType<Journey::StoreStats>();
    qRegisterMetaType<Journey::ValidationState>();
    qRegisterMetaType<QList<Journey::PlanViolation>>();
    qRegisterMetaType<Journey::ValidationSummary>();
    m_thread.setObjectName(QStringLiteral("journey-store-queries"));
    m_worker = new Worker(this, storePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreQueryService::~StoreQueryService()
{
    for (auto& [requester, state] : m_pageStates) {
        state->latest.store(0);
        state->cancel.store(true);
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 StoreQueryService::queryPage(const EventFilter& filter, qint64 beforeId, int limit, const void* requester)
{
    const quint64 ticket = m_nextTicket++;
    // "Latest wins" among the queries of one requester only: two views never cancel each other.
    std::shared_ptr<PageQueryState>& state = m_pageStates[requester];
    if (!state)
        state = std::make_shared<PageQueryState>();
    state->latest.store(ticket);
    state->cancel.store(true);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, ticket, filter, beforeId, limit, state] {
            worker->page(ticket, filter, beforeId, limit, state);
        },
        Qt::QueuedConnection);
    return ticket;
}

quint64 StoreQueryService::queryForward(qint64 afterId, int limit)
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, afterId, limit] { worker->forward(ticket, afterId, limit); },
        Qt::QueuedConnection);
    return ticket;
}

quint64 StoreQueryService::queryRequest(qint64 requestId)
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, requestId] { worker->request(ticket, requestId); }, Qt::QueuedConnection);
    return ticket;
}

quint64 StoreQueryService::queryRejected(qint64 beforeId, int limit)
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, beforeId, limit] { worker->rejected(ticket, beforeId, limit); },
        Qt::QueuedConnection);
    return ticket;
}

quint64 StoreQueryService::queryStats()
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket] { worker->stats(ticket); }, Qt::QueuedConnection);
    return ticket;
}

quint64 StoreQueryService::queryValidation(qint64 eventId)
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, eventId] { worker->validation(ticket, eventId); }, Qt::QueuedConnection);
    return ticket;
}

quint64 StoreQueryService::queryValidationSummary()
{
    const quint64 ticket = m_nextTicket++;
    m_latestSummary->store(ticket);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, latest = m_latestSummary] { worker->validationSummary(ticket, latest); },
        Qt::QueuedConnection);
    return ticket;
}

} // namespace Journey

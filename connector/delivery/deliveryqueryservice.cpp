// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "deliveryqueryservice.h"

#include <QMetaObject>

namespace Journey {

namespace {
enum Kind { ExchangesKind, DeadLettersKind };
} // namespace

/// Lives on the query thread; opens the store lazily on first use.
class DeliveryQueryService::Worker : public QObject
{
public:
    Worker(DeliveryQueryService* service, const QString& path)
        : m_service(service)
        , m_path(path)
    {
    }

    OutboxStore* store(QString* error)
    {
        if (!m_store) {
            auto store = std::make_unique<OutboxStore>();
            if (!store->open(m_path, error))
                return nullptr;
            m_store = std::move(store);
        }
        return m_store.get();
    }

    void exchanges(quint64 ticket, const OutboxStore::ExchangeFilter& filter, const Latest& latest)
    {
        if (latest->load() != ticket)
            return; // a newer query of the same requester is queued
        QString error;
        OutboxStore* outbox = store(&error);
        QList<DeliveryExchange> result;
        if (outbox) {
            error.clear();
            result = outbox->exchanges(filter, &error);
        }
        if (!error.isEmpty()) {
            Q_EMIT m_service->queryFailed(ticket, error);
            return;
        }
        Q_EMIT m_service->exchangesReady(ticket, result);
    }

    void exchange(quint64 ticket, qint64 id)
    {
        QString error;
        OutboxStore* outbox = store(&error);
        DeliveryExchange result;
        if (!outbox || !outbox->exchange(id, result, &error)) {
            Q_EMIT m_service->queryFailed(ticket, error);
            return;
        }
        Q_EMIT m_service->exchangeReady(ticket, result);
    }

    void deadLetters(quint64 ticket, const QString& provider, int limit, const Latest& latest)
    {
        if (latest->load() != ticket)
            return;
        QString error;
        OutboxStore* outbox = store(&error);
        QList<OutboxRow> rows;
        if (outbox) {
            error.clear();
            rows = outbox->deadLetters(provider, limit, &error);
        }
        if (!error.isEmpty()) {
            Q_EMIT m_service->queryFailed(ticket, error);
            return;
        }
        Q_EMIT m_service->deadLettersReady(ticket, rows);
    }

    void counts(quint64 ticket)
    {
        QString error;
        OutboxStore* outbox = store(&error);
        QHash<QString, ProviderStats> result;
        if (outbox) {
            error.clear();
            result = outbox->counts(&error);
        }
        if (!error.isEmpty()) {
            Q_EMIT m_service->queryFailed(ticket, error);
            return;
        }
        Q_EMIT m_service->countsReady(ticket, result);
    }

    void status(quint64 ticket, const QString& messageId)
    {
        QString error;
        OutboxStore* outbox = store(&error);
        QList<OutboxRow> rows;
        if (outbox) {
            error.clear();
            rows = outbox->statusOf(messageId, &error);
        }
        if (!error.isEmpty()) {
            Q_EMIT m_service->queryFailed(ticket, error);
            return;
        }
        Q_EMIT m_service->statusReady(ticket, rows);
    }

    void close() { m_store.reset(); }

private:
    DeliveryQueryService* m_service;
    QString m_path;
    std::unique_ptr<OutboxStore> m_store;
};

DeliveryQueryService::DeliveryQueryService(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_storePath(storePath)
{
    qRegisterMetaType<Journey::DeliveryExchange>();
    qRegisterMetaType<QList<Journey::DeliveryExchange>>();
    qRegisterMetaType<QList<Journey::OutboxRow>>();
    qRegisterMetaType<QHash<QString, Journey::ProviderStats>>();
    m_thread.setObjectName(QStringLiteral("journey-delivery-queries"));
    m_worker = new Worker(this, storePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DeliveryQueryService::~DeliveryQueryService()
{
    for (auto& [key, latest] : m_latest)
        latest->store(0);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

DeliveryQueryService::Latest DeliveryQueryService::latestFor(const void* requester, int kind, quint64 ticket)
{
    // "Latest wins" among the queries of one requester and kind only: two views never skip each other's.
    Latest& latest = m_latest[{ requester, kind }];
    if (!latest)
        latest = std::make_shared<std::atomic<quint64>>(0);
    latest->store(ticket);
    return latest;
}

quint64 DeliveryQueryService::queryExchanges(const OutboxStore::ExchangeFilter& filter, const void* requester)
{
    const quint64 ticket = m_nextTicket++;
    const Latest latest = latestFor(requester, ExchangesKind, ticket);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, filter, latest] { worker->exchanges(ticket, filter, latest); },
        Qt::QueuedConnection);
    return ticket;
}

quint64 DeliveryQueryService::queryExchange(qint64 id)
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, id] { worker->exchange(ticket, id); }, Qt::QueuedConnection);
    return ticket;
}

quint64 DeliveryQueryService::queryDeadLetters(const QString& provider, int limit, const void* requester)
{
    const quint64 ticket = m_nextTicket++;
    const Latest latest = latestFor(requester, DeadLettersKind, ticket);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, ticket, provider, limit, latest] { worker->deadLetters(ticket, provider, limit, latest); },
        Qt::QueuedConnection);
    return ticket;
}

quint64 DeliveryQueryService::queryCounts()
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket] { worker->counts(ticket); }, Qt::QueuedConnection);
    return ticket;
}

quint64 DeliveryQueryService::queryStatus(const QString& messageId)
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, messageId] { worker->status(ticket, messageId); }, Qt::QueuedConnection);
    return ticket;
}

} // namespace Journey

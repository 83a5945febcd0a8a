// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "deliveryexchange.h"
#include "outboxrow.h"
#include "outboxstore.h"
#include "providerstats.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <map>
#include <memory>

namespace Journey {

/*!
 * Answers the UI's questions about the outbox and the delivery log from a thread of its own (with its own
 * OutboxStore, so its own SQLite connection), so the UI thread never waits on the store. Each call returns
 * a ticket at once; the answer comes back as a signal carrying the ticket.
 *
 * List queries (delivery log pages, dead letters) follow "latest wins" per requester: a query still
 * waiting in the queue when a newer one of the same kind and requester arrives is skipped and reports
 * nothing.
 */
class DeliveryQueryService : public QObject
{
    Q_OBJECT
public:
    explicit DeliveryQueryService(const QString& storePath, QObject* parent = nullptr);
    ~DeliveryQueryService() override;

    const QString& storePath() const { return m_storePath; }

    /// Delivery log entries matching \a filter, newest first, without bodies.
    quint64 queryExchanges(const OutboxStore::ExchangeFilter& filter, const void* requester = nullptr);
    /// One delivery log entry with its request and response bodies.
    quint64 queryExchange(qint64 id);
    /// Dead letters of \a provider (all when empty), newest first.
    quint64 queryDeadLetters(const QString& provider, int limit, const void* requester = nullptr);
    /// Outbox counts per provider and state.
    quint64 queryCounts();
    /// Every provider's outbox row for one event.
    quint64 queryStatus(const QString& messageId);

Q_SIGNALS:
    void exchangesReady(quint64 ticket, const QList<Journey::DeliveryExchange>& exchanges);
    void exchangeReady(quint64 ticket, const Journey::DeliveryExchange& exchange);
    void deadLettersReady(quint64 ticket, const QList<Journey::OutboxRow>& rows);
    void countsReady(quint64 ticket, const QHash<QString, Journey::ProviderStats>& counts);
    void statusReady(quint64 ticket, const QList<Journey::OutboxRow>& rows);
    void queryFailed(quint64 ticket, const QString& message);

private:
    class Worker;
    using Latest = std::shared_ptr<std::atomic<quint64>>;
    Latest latestFor(const void* requester, int kind, quint64 ticket);

    QString m_storePath;
    QThread m_thread;
    Worker* m_worker = nullptr;
    quint64 m_nextTicket = 1;
    std::map<std::pair<const void*, int>, Latest> m_latest; ///< owner thread only
};

} // namespace Journey

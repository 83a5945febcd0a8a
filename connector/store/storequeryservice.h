// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventbatch.h"
#include "eventfilter.h"
#include "storedrequest.h"
#include "storestats.h"
#include "validationsummary.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <map>
#include <memory>

namespace Journey {

/*!
 * Answers the UI's questions about the store from a thread of its own, so the UI thread never waits on
 * SQLite. Each call returns a ticket at once; the answer comes back as a signal carrying the ticket.
 *
 * Page queries follow "latest wins": starting one cancels a page scan still running, and the canceled one
 * reports nothing.
 */
class StoreQueryService : public QObject
{
    Q_OBJECT
public:
    explicit StoreQueryService(const QString& storePath, QObject* parent = nullptr);
    ~StoreQueryService() override;

    const QString& storePath() const { return m_storePath; }

    /// Newest events below \a beforeId (0: the newest of all) matching \a filter, at most \a limit. A new
    /// query cancels the unanswered page queries of the same \a requester (pass the asking object).
    quint64 queryPage(const EventFilter& filter, qint64 beforeId, int limit, const void* requester = nullptr);
    /// Events above \a afterId, oldest first (used to follow writes by other processes).
    quint64 queryForward(qint64 afterId, int limit);
    quint64 queryRequest(qint64 requestId);
    /// Rejected requests below \a beforeId (0: the newest), newest first, at most \a limit, with their bodies.
    quint64 queryRejected(qint64 beforeId, int limit);
    quint64 queryStats();
    /// What validation found for event \a eventId (validationReady).
    quint64 queryValidation(qint64 eventId);
    /// Every validation result grouped by event and kind (validationSummaryReady); a newer call cancels an
    /// unanswered one.
    quint64 queryValidationSummary();

Q_SIGNALS:
    /// \a events are in ascending id order; \a exhausted is true when no older match exists.
    void pageReady(quint64 ticket, Journey::EventBatchPtr events, bool exhausted);
    void forwardReady(quint64 ticket, Journey::EventBatchPtr events);
    void requestReady(quint64 ticket, const Journey::StoredRequest& request);
    void rejectedReady(quint64 ticket, const QList<Journey::StoredRequest>& requests);
    void statsReady(quint64 ticket, const Journey::StoreStats& stats);
    void validationReady(quint64 ticket, qint64 eventId, Journey::ValidationState state,
        const QList<Journey::PlanViolation>& violations);
    void validationSummaryReady(quint64 ticket, const Journey::ValidationSummary& summary);
    void queryFailed(quint64 ticket, const QString& message);

private:
    class Worker;
    struct PageQueryState;
    QString m_storePath;
    QThread m_thread;
    Worker* m_worker = nullptr;
    quint64 m_nextTicket = 1;
    std::shared_ptr<std::atomic<quint64>> m_latestSummary = std::make_shared<std::atomic<quint64>>(0);
    std::map<const void*, std::shared_ptr<PageQueryState>> m_pageStates; ///< owner thread only
};

} // namespace Journey

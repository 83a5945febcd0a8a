// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "funnelresult.h"
#include "retentionresult.h"
#include "trendresult.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace Journey {

class LatestWinsQueue;

/*!
 * Runs funnels, retention and trends for the UI on a thread of its own. Each call returns a ticket at once;
 * progress and the answer come back as signals carrying the ticket, on the thread that owns the service.
 *
 * Latest wins per kind of query: a new funnel cancels the funnel still running (or waiting), which then
 * reports nothing; a retention query does not disturb a funnel. The service keeps the AnalysisSnapshot it
 * built and the property columns it loaded; before each query it asks the store for its last event id and
 * reads the store again when events were added since (or after invalidate()).
 */
class AnalysisService : public QObject
{
    Q_OBJECT

public:
    struct EventKey
    {
        QString name; ///< AnalysisSnapshot::eventKey()
        qint64 events = 0;
    };

    explicit AnalysisService(const QString& storePath, QObject* parent = nullptr);
    ~AnalysisService() override;

    quint64 runFunnel(const FunnelQuery& query, bool mergeIdentities = true);
    quint64 runRetention(const RetentionQuery& query, bool mergeIdentities = true);
    quint64 runTrends(const TrendQuery& query, bool mergeIdentities = true);
    /// The event keys in the store, most events first (eventKeysReady): what step pickers offer.
    quint64 queryEventKeys();
    /// The display ids of the persons whose funnel level is exactly \a level (0: entered nowhere) in the
    /// result of the last funnel with ticket \a funnelTicket, at most \a limit (personsReady).
    quint64 queryFunnelPersons(quint64 funnelTicket, int level, int limit);
    /// Stops query \a ticket if it is still waiting or running; it then reports nothing.
    void cancel(quint64 ticket);
    /// Forgets the snapshot: the next query reads the store again.
    void invalidate();

Q_SIGNALS:
    /// \a stage says what is happening ("reading the store", "loading properties", "computing").
    void progress(quint64 ticket, int percent, const QString& stage);
    void funnelReady(quint64 ticket, const Journey::FunnelResult& result);
    void retentionReady(quint64 ticket, const Journey::RetentionResult& result);
    void trendsReady(quint64 ticket, const Journey::TrendResult& result);
    void eventKeysReady(quint64 ticket, const QList<Journey::AnalysisService::EventKey>& keys);
    void personsReady(quint64 ticket, const QStringList& persons, qint64 total);
    void failed(quint64 ticket, const QString& message);

private:
    struct Shared;
    enum class Kind { Funnel, Retention, Trends, Keys, Persons };
    quint64 submit(Kind kind, std::function<void(quint64)> job);

    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<LatestWinsQueue> m_queue; ///< after m_shared: joined first
};

} // namespace Journey

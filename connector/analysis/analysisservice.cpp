// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "analysisservice.h"

#include "core/latestwinsqueue.h"
#include "analysissnapshotbuilder.h"
#include "core/eventbatch.h"
#include "funnelengine.h"
#include "propertycolumnbuilder.h"
#include "retentionengine.h"
#include "store/storereader.h"
#include "trendengine.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <map>

namespace Journey {

// What the service and its worker thread share. The service's destructor stops and joins the worker, so
// the worker may post answers to the service for as long as it runs.
struct AnalysisService::Shared
{
    AnalysisService* owner = nullptr;
    QString storePath;
    std::atomic<bool> invalidated { false };

    // The worker's own.
    AnalysisSnapshot snapshot;
    bool haveSnapshot = false;
    std::unique_ptr<AnalysisSnapshotBuilder> builder; ///< every event read so far, for cheap updates
    bool builderMerged = true;
    qint64 snapshotLastId = -1;
    quint64 lastFunnelTicket = 0;
    std::vector<quint8> lastFunnelLevels;
    std::shared_ptr<std::atomic<bool>> cancel;

    /// Makes `snapshot` current, with columns for \a paths; false with \a error when it cannot.
    bool prepare(quint64 ticket, bool merge, const QStringList& paths, QString* error);
    void post(std::function<void(AnalysisService*)> emitter)
    {
        AnalysisService* service = owner;
        QMetaObject::invokeMethod(service, [service, emitter = std::move(emitter)] { emitter(service); }, Qt::QueuedConnection);
    }
    void reportProgress(quint64 ticket, int percent, const QString& stage)
    {
        post([=](AnalysisService* service) { Q_EMIT service->progress(ticket, percent, stage); });
    }
    void reportFailure(quint64 ticket, const QString& message)
    {
        if (cancel->load())
            return; // a newer query replaced it: nobody waits for this one
        post([=](AnalysisService* service) { Q_EMIT service->failed(ticket, message); });
    }
};

bool AnalysisService::Shared::prepare(quint64 ticket, bool merge, const QStringList& paths, QString* error)
{
    StoreStats stats;
    {
        StoreReader reader(storePath);
        if (!reader.open(true, error) || !reader.stats(stats, error))
            return false;
    }
    const bool rebuild = !builder || builderMerged != merge || invalidated.exchange(false) || stats.lastEventId < builder->lastEventId();
    if (rebuild) {
        // Everything again: the first query, identities counted the other way, or a store that shrank.
        const QString stage = QCoreApplication::translate("Journey::AnalysisService", "reading the store");
        reportProgress(ticket, 0, stage);
        const qint64 total = std::max<qint64>(1, stats.events);
        auto fresh = std::make_unique<AnalysisSnapshotBuilder>(merge);
        if (!AnalysisSnapshotBuilder::readStore(storePath, *fresh, error, cancel.get(),
                [&](qint64 read) { reportProgress(ticket, int(std::min<qint64>(99, read * 100 / total)), stage); }))
            return false;
        builder = std::move(fresh);
        builderMerged = merge;
    }
    std::vector<EventBatch> arrived; // since the last snapshot, with payloads
    if (!rebuild && stats.lastEventId > builder->lastEventId()) {
        // Only what arrived since: the builder keeps every event it was given.
        StoreReader reader(storePath);
        if (!reader.open(true, error))
            return false;
        for (;;) {
            EventBatch batch;
            if (!reader.readForward(EventFilter(), builder->lastEventId(), 50'000, batch, error))
                return false;
            if (batch.isEmpty())
                break;
            builder->add(batch);
            arrived.push_back(std::move(batch));
        }
    }
    if (rebuild || !haveSnapshot || snapshotLastId != builder->lastEventId()) {
        AnalysisSnapshot updated = builder->snapshot();
        if (!rebuild && haveSnapshot) {
            // Property columns already read keep their values; only the new events' messages are parsed.
            for (const QString& path : snapshot.propertyPaths()) {
                PropertyColumnBuilder column(updated, path);
                column.carryOver(snapshot);
                for (const EventBatch& batch : arrived)
                    column.add(batch);
                updated = updated.withProperty(column.finish());
            }
        }
        snapshot = updated;
        lastFunnelTicket = 0; // its levels index the persons of the old snapshot
        haveSnapshot = true;
        snapshotLastId = builder->lastEventId();
    }
    QStringList missing;
    for (const QString& path : paths) {
        if (!snapshot.hasProperty(path))
            missing.append(path);
    }
    if (!missing.isEmpty()) {
        reportProgress(ticket, 0, QCoreApplication::translate("Journey::AnalysisService", "loading %1").arg(missing.join(QLatin1String(", "))));
        if (!PropertyColumnBuilder::addFromStore(storePath, snapshot, missing, error, cancel.get()))
            return false;
    }
    return true;
}

AnalysisService::AnalysisService(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
    m_shared->storePath = storePath;
    m_queue = std::make_unique<LatestWinsQueue>(QStringLiteral("journey-analysis"));
}

AnalysisService::~AnalysisService()
{
    m_queue.reset(); // cancels what runs and joins the worker before the shared state goes
}

quint64 AnalysisService::submit(Kind kind, std::function<void(quint64)> job)
{
    Shared* shared = m_shared.get();
    return m_queue->submit(int(kind), [shared, job = std::move(job)](quint64 ticket, const LatestWinsQueue::CancelFlag& cancel) {
        shared->cancel = cancel;
        job(ticket);
    });
}

void AnalysisService::cancel(quint64 ticket)
{
    m_queue->cancel(ticket);
}

void AnalysisService::invalidate()
{
    m_shared->invalidated = true;
}

quint64 AnalysisService::runFunnel(const FunnelQuery& query, bool mergeIdentities)
{
    Shared* shared = m_shared.get();
    return submit(Kind::Funnel, [shared, query, mergeIdentities](quint64 ticket) {
        QString error;
        if (!query.check(&error) || !shared->prepare(ticket, mergeIdentities, query.propertyPaths(), &error)) {
            shared->reportFailure(ticket, error);
            return;
        }
        const QString stage = QCoreApplication::translate("Journey::AnalysisService", "computing");
        FunnelResult result;
        if (!FunnelEngine::run(shared->snapshot, query, result, &error, shared->cancel.get(),
                [&](int percent) { shared->reportProgress(ticket, percent, stage); })) {
            shared->reportFailure(ticket, error);
            return;
        }
        shared->lastFunnelTicket = ticket;
        shared->lastFunnelLevels = result.levels;
        if (shared->cancel->load())
            return; // replaced by a newer query while it finished
        shared->post([ticket, result = std::move(result)](AnalysisService* service) { Q_EMIT service->funnelReady(ticket, result); });
    });
}

quint64 AnalysisService::runRetention(const RetentionQuery& query, bool mergeIdentities)
{
    Shared* shared = m_shared.get();
    return submit(Kind::Retention, [shared, query, mergeIdentities](quint64 ticket) {
        QString error;
        if (!query.check(&error) || !shared->prepare(ticket, mergeIdentities, query.propertyPaths(), &error)) {
            shared->reportFailure(ticket, error);
            return;
        }
        const QString stage = QCoreApplication::translate("Journey::AnalysisService", "computing");
        RetentionResult result;
        if (!RetentionEngine::run(shared->snapshot, query, result, &error, shared->cancel.get(),
                [&](int percent) { shared->reportProgress(ticket, percent, stage); })) {
            shared->reportFailure(ticket, error);
            return;
        }
        if (shared->cancel->load())
            return; // replaced by a newer query while it finished
        shared->post([ticket, result = std::move(result)](AnalysisService* service) { Q_EMIT service->retentionReady(ticket, result); });
    });
}

quint64 AnalysisService::runTrends(const TrendQuery& query, bool mergeIdentities)
{
    Shared* shared = m_shared.get();
    return submit(Kind::Trends, [shared, query, mergeIdentities](quint64 ticket) {
        QString error;
        if (!query.check(&error) || !shared->prepare(ticket, mergeIdentities, query.propertyPaths(), &error)) {
            shared->reportFailure(ticket, error);
            return;
        }
        const QString stage = QCoreApplication::translate("Journey::AnalysisService", "computing");
        TrendResult result;
        if (!TrendEngine::run(shared->snapshot, query, result, &error, shared->cancel.get(),
                [&](int percent) { shared->reportProgress(ticket, percent, stage); })) {
            shared->reportFailure(ticket, error);
            return;
        }
        if (shared->cancel->load())
            return; // replaced by a newer query while it finished
        shared->post([ticket, result = std::move(result)](AnalysisService* service) { Q_EMIT service->trendsReady(ticket, result); });
    });
}

quint64 AnalysisService::queryEventKeys()
{
    Shared* shared = m_shared.get();
    return submit(Kind::Keys, [shared](quint64 ticket) {
        QString error;
        if (!shared->prepare(ticket, shared->builder ? shared->builderMerged : true, {}, &error)) {
            shared->reportFailure(ticket, error);
            return;
        }
        QList<EventKey> keys;
        for (qint32 key = 0; key < shared->snapshot.keyCount(); ++key)
            keys.append({ QString::fromUtf8(shared->snapshot.keyName(key)), shared->snapshot.keyEventCount(key) });
        std::sort(keys.begin(), keys.end(), [](const EventKey& a, const EventKey& b) {
            return a.events != b.events ? a.events > b.events : a.name < b.name;
        });
        shared->post([ticket, keys](AnalysisService* service) { Q_EMIT service->eventKeysReady(ticket, keys); });
    });
}

quint64 AnalysisService::queryFunnelPersons(quint64 funnelTicket, int level, int limit)
{
    Shared* shared = m_shared.get();
    return submit(Kind::Persons, [shared, funnelTicket, level, limit](quint64 ticket) {
        if (shared->lastFunnelTicket != funnelTicket) {
            shared->reportFailure(ticket, QCoreApplication::translate("Journey::AnalysisService", "that funnel is no longer the latest; run it again"));
            return;
        }
        QStringList persons;
        qint64 total = 0;
        for (size_t person = 0; person < shared->lastFunnelLevels.size(); ++person) {
            if (shared->lastFunnelLevels[person] != level)
                continue;
            if (++total <= limit)
                persons.append(QString::fromUtf8(shared->snapshot.personId(int(person))));
        }
        shared->post([ticket, persons, total](AnalysisService* service) { Q_EMIT service->personsReady(ticket, persons, total); });
    });
}

} // namespace Journey

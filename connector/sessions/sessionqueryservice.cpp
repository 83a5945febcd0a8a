// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "sessionqueryservice.h"

#include "core/latestwinsqueue.h"
#include "capture/capture.h"
#include "capture/capturefile.h"
#include "store/storereader.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <map>

namespace Journey {

// What the service and its worker thread share. The service's destructor stops and joins the worker, so the
// worker may post answers to the service for as long as it runs.
struct SessionQueryService::Shared
{
    SessionQueryService* owner = nullptr;
    QString storePath;
    std::atomic<bool> invalidated { false };

    // The worker's own.
    std::unique_ptr<Sessionizer> store; ///< every event of the store read so far
    CapturePtr capture; ///< the capture `captureSessions` was made from
    std::unique_ptr<Sessionizer> captureSessions;
    SessionListPtr last; ///< the last answer, what it was made from and how
    const Sessionizer* lastSource = nullptr;
    qint64 lastSize = -1;
    Sessionizer::Options lastOptions;
    std::shared_ptr<std::atomic<bool>> cancel;

    /// Brings `store` up to date with the store; false with \a error when it cannot.
    bool prepareStore(quint64 ticket, QString* error);
    void post(std::function<void(SessionQueryService*)> emitter)
    {
        SessionQueryService* service = owner;
        QMetaObject::invokeMethod(
            service, [service, emitter = std::move(emitter)] { emitter(service); }, Qt::QueuedConnection);
    }
    void reportProgress(quint64 ticket, int percent, const QString& stage)
    {
        post([=](SessionQueryService* service) { Q_EMIT service->progress(ticket, percent, stage); });
    }
    void reportFailure(quint64 ticket, const QString& message)
    {
        if (cancel->load())
            return; // a newer query replaced it: nobody waits for this one
        post([=](SessionQueryService* service) { Q_EMIT service->failed(ticket, message); });
    }
};

bool SessionQueryService::Shared::prepareStore(quint64 ticket, QString* error)
{
    StoreStats stats;
    {
        StoreReader reader(storePath);
        if (!reader.open(true, error) || !reader.stats(stats, error))
            return false;
    }
    bool rebuild = !store || invalidated.exchange(false) || stats.lastEventId < store->lastEventId()
        || stats.events < store->eventsAdded();
    if (!rebuild && stats.lastEventId > store->lastEventId()) {
        // Only what arrived since. Events are never changed in place, but a store can be cleared and filled again
        // (ids go on counting): what is held plus what is new must be what the store has, or everything is read.
        StoreReader reader(storePath);
        if (!reader.open(true, error))
            return false;
        std::vector<EventBatch> arrived;
        qint64 newUpToStats = 0;
        qint64 after = store->lastEventId();
        for (;;) {
            EventBatch batch;
            if (!reader.readForward(EventFilter(), after, 50'000, batch, error))
                return false;
            if (batch.isEmpty())
                break;
            for (int i = 0; i < batch.size(); ++i)
                newUpToStats += batch.id(i) <= stats.lastEventId ? 1 : 0;
            after = batch.id(batch.size() - 1);
            arrived.push_back(std::move(batch));
        }
        if (store->eventsAdded() + newUpToStats == stats.events) {
            for (const EventBatch& batch : arrived)
                store->add(batch);
            last.reset();
        } else {
            rebuild = true;
        }
    }
    if (rebuild) {
        const QString stage = QCoreApplication::translate("Journey::SessionQueryService", "reading the store");
        reportProgress(ticket, 0, stage);
        const qint64 total = std::max<qint64>(1, stats.events);
        auto fresh = std::make_unique<Sessionizer>();
        store.reset(); // a failed read must not leave half a store behind
        last.reset(); // made from what is gone (and a new Sessionizer may reuse its address)
        if (!Sessionizer::readStore(storePath, *fresh, error, cancel.get(),
                [&](qint64 read) { reportProgress(ticket, int(std::min<qint64>(99, read * 100 / total)), stage); }))
            return false;
        store = std::move(fresh);
    }
    return true;
}

SessionQueryService::SessionQueryService(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<Journey::SessionListPtr>();
    qRegisterMetaType<Journey::EventBatchPtr>();
    qRegisterMetaType<Journey::CapturePtr>();
    m_shared->owner = this;
    m_shared->storePath = storePath;
    m_queue = std::make_unique<LatestWinsQueue>(QStringLiteral("journey-sessions"));
}

SessionQueryService::~SessionQueryService()
{
    m_queue.reset(); // cancels what runs and joins the worker before the shared state goes
}

quint64 SessionQueryService::submit(Kind kind, std::function<void(quint64)> job)
{
    Shared* shared = m_shared.get();
    return m_queue->submit(int(kind), [shared, job = std::move(job)](quint64 ticket, const LatestWinsQueue::CancelFlag& cancel) {
        shared->cancel = cancel;
        job(ticket);
    });
}

void SessionQueryService::cancel(quint64 ticket)
{
    m_queue->cancel(ticket);
}

void SessionQueryService::invalidate()
{
    m_shared->invalidated = true;
}

quint64 SessionQueryService::querySessions(const Sessionizer::Options& options)
{
    return querySessions(options, CapturePtr());
}

quint64 SessionQueryService::querySessions(const Sessionizer::Options& options, const CapturePtr& capture)
{
    Shared* shared = m_shared.get();
    return submit(Kind::Sessions, [shared, options, capture](quint64 ticket) {
        QString error;
        if (!Sessionizer::checkOptions(options, &error)) {
            shared->reportFailure(ticket, error);
            return;
        }
        const Sessionizer* source = nullptr;
        if (capture) {
            if (shared->capture != capture || !shared->captureSessions) {
                shared->last.reset(); // made from what is about to go
                shared->captureSessions = std::make_unique<Sessionizer>();
                shared->captureSessions->add(*capture);
                shared->capture = capture;
            }
            source = shared->captureSessions.get();
        } else {
            if (!shared->prepareStore(ticket, &error)) {
                shared->reportFailure(ticket, error);
                return;
            }
            source = shared->store.get();
        }
        // The same question about the same events (the page shown again): the same answer.
        const bool same = shared->last && shared->lastSource == source && shared->lastSize == source->size()
            && shared->lastOptions.gapMs == options.gapMs
            && shared->lastOptions.mergeIdentities == options.mergeIdentities
            && shared->lastOptions.person == options.person;
        if (!same) {
            shared->reportProgress(
                ticket, 99, QCoreApplication::translate("Journey::SessionQueryService", "making sessions"));
            auto list = std::make_shared<SessionList>(source->sessions(options, shared->cancel.get()));
            if (shared->cancel->load())
                return; // replaced by a newer query
            shared->last = std::move(list);
            shared->lastSource = source;
            shared->lastSize = source->size();
            shared->lastOptions = options;
        }
        shared->post([ticket, list = shared->last](
                         SessionQueryService* service) { Q_EMIT service->sessionsReady(ticket, list); });
    });
}

quint64 SessionQueryService::querySessionEvents(const PersonSession& session, const CapturePtr& capture)
{
    Shared* shared = m_shared.get();
    return submit(Kind::Events, [shared, session, capture](quint64 ticket) {
        auto events = std::make_shared<EventBatch>();
        if (capture) {
            const EventBatch& all = capture->events();
            events->reserve(int(session.eventIds.size()), 0);
            for (const qint64 ref : session.eventIds) {
                const int index = Sessionizer::indexInCapture(*capture, ref);
                if (index < 0) {
                    shared->reportFailure(ticket,
                        QCoreApplication::translate("Journey::SessionQueryService",
                            "the session does not belong to this capture (it has no event %1)")
                            .arg(ref));
                    return;
                }
                events->appendFrom(all, index);
            }
        } else {
            // The session's time range narrows the segments read; its ids pick the events.
            std::vector<qint64> wanted = session.eventIds;
            std::sort(wanted.begin(), wanted.end());
            EventBatch found;
            EventFilter filter;
            filter.setTimeRange(session.start, session.end + 1);
            StoreReader reader(shared->storePath);
            QString error;
            const bool read = reader.open(true, &error)
                && reader.scan(
                    filter, true,
                    [&](const EventBatch& batch) {
                        for (int i = 0; i < batch.size(); ++i) {
                            if (std::binary_search(wanted.begin(), wanted.end(), batch.id(i)))
                                found.appendFrom(batch, i);
                        }
                        return !shared->cancel->load(std::memory_order_relaxed);
                    },
                    &error, shared->cancel.get());
            if (!read) {
                shared->reportFailure(ticket, error);
                return;
            }
            if (shared->cancel->load())
                return;
            // In the session's order (time, then id), not the store's.
            std::vector<int> index(size_t(found.size()));
            for (int i = 0; i < found.size(); ++i)
                index[size_t(i)] = i;
            std::sort(index.begin(), index.end(), [&found](int a, int b) {
                return found.timestamp(a) != found.timestamp(b) ? found.timestamp(a) < found.timestamp(b)
                                                                : found.id(a) < found.id(b);
            });
            events->reserve(found.size(), found.payloadBytes());
            for (const int i : index)
                events->appendFrom(found, i);
        }
        if (shared->cancel->load())
            return;
        shared->post([ticket, events = EventBatchPtr(std::move(events))](
                         SessionQueryService* service) { Q_EMIT service->sessionEventsReady(ticket, events); });
    });
}

quint64 SessionQueryService::loadCapture(const QString& path)
{
    Shared* shared = m_shared.get();
    return submit(Kind::Capture, [shared, path](quint64 ticket) {
        shared->reportProgress(
            ticket, 0, QCoreApplication::translate("Journey::SessionQueryService", "reading %1").arg(path));
        auto capture = std::make_shared<Capture>();
        QString error;
        if (!CaptureFile::read(path, *capture, &error)) {
            shared->reportFailure(ticket, error);
            return;
        }
        if (shared->cancel->load())
            return;
        shared->post([ticket, path, capture = CapturePtr(std::move(capture))](
                         SessionQueryService* service) { Q_EMIT service->captureLoaded(ticket, capture, path); });
    });
}

} // namespace Journey

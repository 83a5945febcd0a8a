// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "connectorreplaysink.h"

#include "delivery/connector.h"

#include <QDeadlineTimer>
#include <QMultiHash>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>

namespace Journey {

struct ConnectorReplaySink::State
{
    struct Pending
    {
        int events = 0;
        int delivered = 0;
        int failed = 0;
        int unsettled = 0;
        QString reason;
        qint64 startedMs = 0;
    };
    struct Early
    {
        bool delivered = false;
        QString reason;
    };

    QMutex mutex;
    QWaitCondition changed;
    QMultiHash<QString, int> requestOf; ///< messageId → request index, until settled
    QHash<QString, Early> early; ///< settled before send() recorded them
    QHash<int, Pending> pending;
    QString provider;

    void settle(const QStringList& ids, bool delivered, const QString& reason)
    {
        QMutexLocker locker(&mutex);
        for (const QString& id : ids) {
            const auto found = requestOf.constFind(id);
            if (found == requestOf.cend()) {
                early.insert(id, { delivered, reason });
                continue;
            }
            const int index = found.value();
            requestOf.erase(found);
            apply(index, delivered, reason);
        }
        changed.wakeAll();
    }

    void apply(int index, bool delivered, const QString& reason)
    {
        Pending& request = pending[index];
        --request.unsettled;
        if (delivered) {
            ++request.delivered;
        } else {
            ++request.failed;
            if (request.reason.isEmpty())
                request.reason = reason;
        }
    }
};

ConnectorReplaySink::ConnectorReplaySink(Connector* connector, const QString& provider)
    : m_connector(connector)
    , m_provider(provider)
    , m_state(std::make_shared<State>())
    , m_receiver(std::make_unique<QObject>())
{
    m_state->provider = provider;
    m_clock.start();
    // Direct connections: the connector may live on another thread, and the state is locked.
    const std::shared_ptr<State> state = m_state;
    QObject::connect(
        connector, &Connector::eventsDelivered, m_receiver.get(),
        [state](const QString& name, const QStringList& ids) {
            if (name == state->provider)
                state->settle(ids, true, {});
        },
        Qt::DirectConnection);
    QObject::connect(
        connector, &Connector::eventsFailed, m_receiver.get(),
        [state](const QString& name, const QStringList& ids, const QString& reason) {
            if (name == state->provider)
                state->settle(ids, false, reason);
        },
        Qt::DirectConnection);
}

ConnectorReplaySink::~ConnectorReplaySink() = default;

int ConnectorReplaySink::capacity(bool) const
{
    return 1 << 20;
}

void ConnectorReplaySink::send(int index, const ReplayRequest& request)
{
    {
        QMutexLocker locker(&m_state->mutex);
        State::Pending& pending = m_state->pending[index];
        pending.events = request.eventCount();
        pending.startedMs = m_clock.elapsed();
    }
    const QStringList providers { m_provider };
    for (const QByteArray& message : request.messages) {
        EnqueueResult result = m_connector->send(message, providers);
        while (result.status == EnqueueResult::Status::QueueFull) {
            // The bounded queue in front of the outbox is full: let it drain, then try again.
            m_connector->flush(50);
            QCoreApplication::processEvents();
            result = m_connector->send(message, providers);
        }
        QMutexLocker locker(&m_state->mutex);
        State::Pending& pending = m_state->pending[index];
        if (!result.accepted()) {
            ++pending.failed;
            if (pending.reason.isEmpty())
                pending.reason = result.error.isEmpty() ? tr("the connector did not take the event") : result.error;
            continue;
        }
        if (result.sampledOut || !result.providers.contains(m_provider)) {
            // Left out by the sampling rules (or routed elsewhere): recorded, deliberately not sent.
            ++pending.delivered;
            continue;
        }
        ++pending.unsettled;
        const auto early = m_state->early.constFind(result.messageId);
        if (early != m_state->early.cend()) {
            const State::Early settled = *early;
            m_state->early.erase(early);
            m_state->apply(index, settled.delivered, settled.reason);
        } else {
            m_state->requestOf.insert(result.messageId, index);
        }
    }
}

int ConnectorReplaySink::inFlight() const
{
    QMutexLocker locker(&m_state->mutex);
    return int(m_state->pending.size());
}

void ConnectorReplaySink::waitForFinished(int timeoutMs)
{
    const auto anyFinished = [this] {
        QMutexLocker locker(&m_state->mutex);
        if (m_state->pending.isEmpty())
            return true;
        for (const State::Pending& pending : std::as_const(m_state->pending)) {
            if (pending.unsettled <= 0)
                return true;
        }
        return false;
    };
    // Flushing in short slices, with this thread's events handled in between: the settlement signals come
    // through the connector's thread (this one, in journeyctl), and whatever answers the providers' requests
    // may live here too (a test's sink).
    const QDeadlineTimer deadline(qMax(1, timeoutMs));
    while (!anyFinished() && !deadline.hasExpired()) {
        m_connector->flush(int(qBound(qint64(1), deadline.remainingTime(), qint64(50))));
        QCoreApplication::processEvents();
        if (anyFinished())
            return;
        if (m_connector->thread() != QThread::currentThread()) {
            QMutexLocker locker(&m_state->mutex);
            m_state->changed.wait(&m_state->mutex, QDeadlineTimer(qMin<qint64>(deadline.remainingTime(), 20)));
        }
    }
}

QList<ReplayResult> ConnectorReplaySink::takeFinished()
{
    QList<ReplayResult> finished;
    QMutexLocker locker(&m_state->mutex);
    for (auto it = m_state->pending.begin(); it != m_state->pending.end();) {
        const State::Pending& pending = it.value();
        if (pending.unsettled > 0) {
            ++it;
            continue;
        }
        ReplayResult result;
        result.index = it.key();
        result.eventCount = pending.events;
        result.eventsDelivered = pending.delivered;
        result.durationMs = m_clock.elapsed() - pending.startedMs;
        if (pending.failed == 0) {
            result.outcome = ReplayResult::Outcome::Delivered;
        } else {
            result.outcome = ReplayResult::Outcome::Failed;
            result.error = tr("%n event(s) failed: %1", nullptr, pending.failed).arg(pending.reason);
        }
        finished.append(result);
        it = m_state->pending.erase(it);
    }
    std::sort(finished.begin(), finished.end(),
        [](const ReplayResult& a, const ReplayResult& b) { return a.index < b.index; });
    return finished;
}

void ConnectorReplaySink::abort()
{
    QMutexLocker locker(&m_state->mutex);
    for (auto it = m_state->pending.begin(); it != m_state->pending.end(); ++it) {
        State::Pending& pending = it.value();
        if (pending.unsettled <= 0)
            continue;
        pending.failed += pending.unsettled;
        pending.unsettled = 0;
        if (pending.reason.isEmpty())
            pending.reason
                = tr("not delivered yet; the events stay queued in the outbox and the connector keeps retrying");
    }
    m_state->requestOf.clear();
}

} // namespace Journey

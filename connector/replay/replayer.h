// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "replayplan.h"
#include "replayresult.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <functional>

namespace Journey {

class ReplayClock;
class ReplaySink;

/*!
 * Runs a ReplayPlan on the calling thread: waits on the clock until each request is due, sends it through the
 * sink, and collects every outcome. At `max` speed up to the sink's capacity is in flight at once, sent in plan
 * order; paced replays send in order, one at a time (unless the sink keeps the order itself, as the connector
 * does). A dry-run plan is listed (every request "not sent") without touching the sink.
 *
 * pause(), resume() and cancel() may be called from any thread (atomics). A pause holds the schedule: after
 * resume() the remaining requests keep their spacing, shifted by the time spent paused. Cancelling stops
 * sending at once, gives up on requests in flight, and reports the rest as not sent.
 */
class Replayer
{
    Q_DECLARE_TR_FUNCTIONS(Journey::Replayer)

public:
    Replayer(ReplayClock& clock, ReplaySink& sink);

    /// After each request is sent and each outcome arrives (\a result: null after a send).
    using ProgressCallback = std::function<void(const ReplayProgress& progress, const ReplayResult* result)>;
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    /// The longest single wait, so that pause and cancel are noticed (ms of the clock). Default 100.
    void setPollInterval(int ms) { m_pollMs = qMax(1, ms); }
    /// How long to wait for the answers still missing after the last request was sent. Default 60 s.
    void setDrainTimeout(int ms) { m_drainTimeoutMs = ms; }

    /// Runs \a plan; one result per request, in plan order.
    QList<ReplayResult> run(const ReplayPlan& plan);

    void pause() { m_paused.store(true); }
    void resume() { m_paused.store(false); }
    void cancel() { m_cancelled.store(true); }
    bool isPaused() const { return m_paused.load(); }
    bool isCancelled() const { return m_cancelled.load(); }

private:
    void take(QList<ReplayResult>& results, ReplayProgress& progress, qint64 start);
    void report(const ReplayProgress& progress, const ReplayResult* result);

    ReplayClock& m_clock;
    ReplaySink& m_sink;
    ProgressCallback m_progress;
    int m_pollMs = 100;
    int m_drainTimeoutMs = 60000;
    std::atomic<bool> m_paused { false };
    std::atomic<bool> m_cancelled { false };
};

} // namespace Journey

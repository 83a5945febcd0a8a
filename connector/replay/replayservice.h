// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "replayoptions.h"
#include "replayplan.h"
#include "replayresult.h"
#include "replaytarget.h"

#include "capture/capture.h"
#include "providers/provider.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Journey {

class Connector;
class ReplayClock;
class Replayer;

/*!
 * Replays captures on a thread of its own, for the UI: start() plans the job there (a large capture takes a
 * moment), reports the plan, then (unless it is a dry run) runs it with a Replayer and reports progress and
 * per-request results in batches (at most every 100 ms), never one signal per request. pause(), resume() and
 * cancel() may be called from any thread. One job at a time.
 */
class ReplayService : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        std::shared_ptr<const Capture> capture;
        ReplayOptions options;
        ReplayTarget target;
        /// Provider target: the configured provider, its limits, and the started connector that sends for it
        /// (it must outlive the job).
        ProviderPtr provider;
        BatchLimits limits;
        Connector* connector = nullptr;
        /// The "now" shifted timestamps end at (ms since epoch); 0: the wall clock when planning.
        qint64 nowMs = 0;
        /// HTTP targets: headers added to every request (the collector's write key, see collectorHeaders()).
        HttpHeaders extraHeaders;
    };

    explicit ReplayService(QObject* parent = nullptr);
    /// Cancels a running job and waits for the thread.
    ~ReplayService() override;

    /// For tests: the clock replays pace themselves by (used on the service thread; owned by the caller).
    void setClock(ReplayClock* clock) { m_clock = clock; }

    /// Starts \a job; false when one is running already.
    bool start(const Job& job);
    void pause();
    void resume();
    void cancel();
    bool isRunning() const { return m_running.load(); }
    bool isPaused() const { return m_paused.load(); }

Q_SIGNALS:
    /// The plan is ready (for a dry run, the whole answer).
    void planned(const Journey::ReplayPlanPtr& plan);
    void progressed(const Journey::ReplayProgress& progress);
    /// Outcomes of requests that ended since the last batch, in the order they ended.
    void resultsReady(const QList<Journey::ReplayResult>& results);
    void pausedChanged(bool paused);
    /// The job ended: \a error is empty unless it could not be planned; \a cancelled when cancel() stopped it.
    void finished(bool cancelled, const QString& error);

private:
    void run(const Job& job);

    QThread m_thread;
    QObject* m_worker = nullptr; ///< lives on m_thread
    ReplayClock* m_clock = nullptr;
    std::atomic<bool> m_running { false };
    std::atomic<bool> m_paused { false };
    std::atomic<bool> m_cancelled { false };
    QMutex m_replayerMutex;
    Replayer* m_replayer = nullptr; ///< the running one, guarded by m_replayerMutex
};

} // namespace Journey

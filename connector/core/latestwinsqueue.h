// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace Journey {

/*!
 * One worker thread that runs jobs in order, where the latest job of each kind wins: submitting a job cancels
 * the job of the same kind still running (its cancel flag is set) and makes one still waiting be skipped. The
 * query services of the UI (analysis, sessions) run on it. Jobs get their ticket and their cancel flag.
 * The destructor cancels what runs and joins the thread.
 */
class LatestWinsQueue
{
public:
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;
    using Job = std::function<void(quint64 ticket, const CancelFlag& cancel)>;

    explicit LatestWinsQueue(const QString& threadName);
    ~LatestWinsQueue();
    LatestWinsQueue(const LatestWinsQueue&) = delete;
    LatestWinsQueue& operator=(const LatestWinsQueue&) = delete;

    /// Queues \a job as the latest of \a kind; returns its ticket (never 0).
    quint64 submit(int kind, Job job);
    /// Stops job \a ticket if it is still waiting (skipped) or running (its cancel flag is set).
    void cancel(quint64 ticket);

private:
    struct Queued
    {
        quint64 ticket = 0;
        int kind = 0;
        Job run;
    };
    struct Running
    {
        quint64 ticket = 0;
        CancelFlag cancel;
    };

    void loop();

    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Queued> m_jobs; ///< under m_mutex
    bool m_stopping = false; ///< under m_mutex
    std::map<int, quint64> m_latest; ///< under m_mutex: the newest ticket of each kind
    std::map<int, Running> m_running; ///< under m_mutex: the job of each kind running now
    std::atomic<quint64> m_nextTicket { 1 };
    std::unique_ptr<QThread> m_thread;
};

} // namespace Journey

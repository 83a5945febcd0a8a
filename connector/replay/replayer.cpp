// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "replayer.h"

#include "replayclock.h"
#include "replaysink.h"

#include <QDeadlineTimer>

namespace Journey {

Replayer::Replayer(ReplayClock& clock, ReplaySink& sink)
    : m_clock(clock)
    , m_sink(sink)
{ }

void Replayer::report(const ReplayProgress& progress, const ReplayResult* result)
{
    if (m_progress)
        m_progress(progress, result);
}

void Replayer::take(QList<ReplayResult>& results, ReplayProgress& progress, qint64 start)
{
    const QList<ReplayResult> finished = m_sink.takeFinished();
    for (ReplayResult result : finished) {
        if (result.index < 0 || result.index >= results.size())
            continue;
        result.sentAtMs = results[result.index].sentAtMs;
        results[result.index] = result;
        ++progress.finished;
        if (result.outcome != ReplayResult::Outcome::Delivered)
            ++progress.failed;
        progress.elapsedMs = m_clock.now() - start;
        report(progress, &results[result.index]);
    }
}

QList<ReplayResult> Replayer::run(const ReplayPlan& plan)
{
    const int total = int(plan.requests.size());
    QList<ReplayResult> results;
    results.reserve(total);
    for (int i = 0; i < total; ++i) {
        ReplayResult result;
        result.index = i;
        result.eventCount = plan.requests[i].eventCount();
        results.append(result);
    }
    ReplayProgress progress;
    progress.total = total;
    progress.eventsTotal = plan.eventCount;
    progress.plannedMs = plan.durationMs();
    if (plan.options.dryRun) {
        for (ReplayResult& result : results)
            result.error = tr("dry run");
        report(progress, nullptr);
        return results;
    }

    const bool fast = plan.options.asFastAsPossible;
    const int capacity = qMax(1, m_sink.capacity(fast));
    const qint64 start = m_clock.now();
    qint64 pausedTotal = 0;
    int next = 0;
    report(progress, nullptr);
    while (next < total && !m_cancelled.load()) {
        take(results, progress, start);
        if (m_paused.load()) {
            progress.paused = true;
            progress.elapsedMs = m_clock.now() - start;
            report(progress, nullptr);
            const qint64 pausedAt = m_clock.now();
            while (m_paused.load() && !m_cancelled.load()) {
                // Answers to what is in flight keep coming while paused.
                if (m_sink.inFlight() > 0) {
                    m_sink.waitForFinished(m_pollMs);
                    take(results, progress, start);
                }
                m_clock.waitUntil(m_clock.now() + m_pollMs);
            }
            // The schedule moves by the pause: the remaining requests keep their spacing.
            pausedTotal += m_clock.now() - pausedAt;
            progress.paused = false;
            progress.elapsedMs = m_clock.now() - start;
            report(progress, nullptr);
            continue;
        }
        if (m_sink.inFlight() >= capacity) {
            m_sink.waitForFinished(m_pollMs);
            continue;
        }
        const ReplayRequest& request = plan.requests[next];
        const qint64 now = m_clock.now();
        if (!fast) {
            const qint64 due = start + pausedTotal + request.dueMs;
            if (now < due) {
                const qint64 until = qMin(due, now + m_pollMs);
                if (m_sink.inFlight() > 0)
                    m_sink.waitForFinished(int(until - now));
                if (m_clock.now() < until)
                    m_clock.waitUntil(until);
                // A heartbeat while waiting: the elapsed time moves, and listeners can pass on what they hold.
                progress.elapsedMs = m_clock.now() - start;
                report(progress, nullptr);
                continue;
            }
        }
        results[next].sentAtMs = now - start;
        m_sink.send(next, request);
        ++progress.sent;
        progress.eventsSent += request.eventCount();
        progress.elapsedMs = now - start;
        report(progress, nullptr);
        ++next;
    }

    // The answers still missing (a cancel gives up on them).
    const QDeadlineTimer deadline(m_drainTimeoutMs);
    for (;;) {
        take(results, progress, start);
        if (m_sink.inFlight() == 0)
            break;
        if (m_cancelled.load() || deadline.hasExpired()) {
            m_sink.abort();
            take(results, progress, start);
            break;
        }
        m_sink.waitForFinished(m_pollMs);
    }

    for (int i = 0; i < total; ++i) {
        ReplayResult& result = results[i];
        if (i >= next) {
            result.outcome = ReplayResult::Outcome::NotSent;
            result.error = tr("cancelled before it was sent");
        } else if (result.outcome == ReplayResult::Outcome::NotSent && result.error.isEmpty()) {
            result.outcome = ReplayResult::Outcome::Failed;
            result.error = tr("no answer within %1 s").arg(m_drainTimeoutMs / 1000);
        }
    }
    progress.elapsedMs = m_clock.now() - start;
    report(progress, nullptr);
    return results;
}

} // namespace Journey

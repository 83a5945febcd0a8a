// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "replayservice.h"

#include "connectorreplaysink.h"
#include "httpreplaysink.h"
#include "replayer.h"
#include "replayplanner.h"
#include "systemreplayclock.h"

#include "core/timestamp.h"

#include <QElapsedTimer>

#include <vector>

namespace Journey {

namespace {
constexpr int batchIntervalMs = 100;
}

ReplayService::ReplayService(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Journey::ReplayPlanPtr>();
    qRegisterMetaType<Journey::ReplayProgress>();
    qRegisterMetaType<Journey::ReplayResult>();
    qRegisterMetaType<QList<Journey::ReplayResult>>();
    m_thread.setObjectName(QStringLiteral("journey-replay"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ReplayService::~ReplayService()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

bool ReplayService::start(const Job& job)
{
    bool expected = false;
    if (!m_running.compare_exchange_strong(expected, true))
        return false;
    m_cancelled.store(false);
    m_paused.store(false);
    QMetaObject::invokeMethod(
        m_worker, [this, job] { run(job); }, Qt::QueuedConnection);
    return true;
}

void ReplayService::pause()
{
    if (!m_running.load() || m_paused.exchange(true))
        return;
    QMutexLocker locker(&m_replayerMutex);
    if (m_replayer)
        m_replayer->pause();
    locker.unlock();
    emit pausedChanged(true);
}

void ReplayService::resume()
{
    if (!m_paused.exchange(false))
        return;
    QMutexLocker locker(&m_replayerMutex);
    if (m_replayer)
        m_replayer->resume();
    locker.unlock();
    emit pausedChanged(false);
}

void ReplayService::cancel()
{
    m_cancelled.store(true);
    QMutexLocker locker(&m_replayerMutex);
    if (m_replayer)
        m_replayer->cancel();
}

void ReplayService::run(const Job& job)
{
    const auto finish = [this](bool cancelled, const QString& error) {
        m_running.store(false);
        const bool wasPaused = m_paused.exchange(false);
        if (wasPaused)
            emit pausedChanged(false);
        emit finished(cancelled, error);
    };
    if (!job.capture) {
        finish(false, tr("no capture to replay"));
        return;
    }

    ReplayPlanner planner(job.options, job.target);
    if (job.target.kind == ReplayTarget::Kind::Provider)
        planner.setProvider(job.provider, job.limits);
    planner.setCancelFlag(&m_cancelled);
    auto plan = std::make_shared<ReplayPlan>();
    QString error;
    if (!planner.plan(*job.capture, job.nowMs ? job.nowMs : Timestamp::nowMs(), *plan, &error)) {
        finish(m_cancelled.load(), m_cancelled.load() ? QString() : error);
        return;
    }
    emit planned(plan);
    if (job.options.dryRun || m_cancelled.load()) {
        finish(m_cancelled.load(), {});
        return;
    }

    std::unique_ptr<ReplaySink> sink;
    if (job.target.kind == ReplayTarget::Kind::Provider) {
        if (!job.connector) {
            finish(false, tr("the connector is not running"));
            return;
        }
        sink = std::make_unique<ConnectorReplaySink>(job.connector, job.target.provider);
    } else {
        auto http = std::make_unique<HttpReplaySink>(job.options.maxInFlight, job.options.timeoutMs);
        http->setExtraHeaders(job.extraHeaders);
        sink = std::move(http);
    }
    SystemReplayClock systemClock;
    ReplayClock& clock = m_clock ? *m_clock : systemClock;
    Replayer replayer(clock, *sink);

    QList<ReplayResult> pending;
    QElapsedTimer sinceBatch;
    sinceBatch.start();
    ReplayProgress lastProgress;
    bool progressPending = false;
    const auto flush = [&] {
        if (!pending.isEmpty()) {
            emit resultsReady(pending);
            pending.clear();
        }
        if (progressPending) {
            emit progressed(lastProgress);
            progressPending = false;
        }
        sinceBatch.restart();
    };
    bool lastPaused = false;
    std::vector<bool> reported(size_t(plan->requests.size()), false);
    replayer.setProgressCallback([&](const ReplayProgress& progress, const ReplayResult* result) {
        if (result) {
            pending.append(*result);
            reported[size_t(result->index)] = true;
        }
        lastProgress = progress;
        progressPending = true;
        if (progress.paused != lastPaused || sinceBatch.elapsed() >= batchIntervalMs) {
            lastPaused = progress.paused;
            flush();
        }
    });
    {
        QMutexLocker locker(&m_replayerMutex);
        m_replayer = &replayer;
        if (m_paused.load())
            replayer.pause();
        if (m_cancelled.load())
            replayer.cancel();
    }
    const QList<ReplayResult> results = replayer.run(*plan);
    // What ended without an answer (cancelled before sending) is reported too.
    for (const ReplayResult& result : results) {
        if (!reported[size_t(result.index)])
            pending.append(result);
    }
    {
        QMutexLocker locker(&m_replayerMutex);
        m_replayer = nullptr;
    }
    flush();
    finish(m_cancelled.load(), {});
}

} // namespace Journey

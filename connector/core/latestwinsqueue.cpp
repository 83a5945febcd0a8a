// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "latestwinsqueue.h"

namespace Journey {

LatestWinsQueue::LatestWinsQueue(const QString& threadName)
{
    m_thread.reset(QThread::create([this] { loop(); }));
    m_thread->setObjectName(threadName);
    m_thread->start(QThread::LowPriority);
}

LatestWinsQueue::~LatestWinsQueue()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        for (auto& [kind, job] : m_running)
            job.cancel->store(true);
        m_wake.wakeAll();
    }
    m_thread->wait();
}

quint64 LatestWinsQueue::submit(int kind, Job job)
{
    const quint64 ticket = m_nextTicket++;
    QMutexLocker lock(&m_mutex);
    m_latest[kind] = ticket;
    const auto running = m_running.find(kind);
    if (running != m_running.end())
        running->second.cancel->store(true); // latest wins
    m_jobs.push_back({ ticket, kind, std::move(job) });
    m_wake.wakeOne();
    return ticket;
}

void LatestWinsQueue::cancel(quint64 ticket)
{
    QMutexLocker lock(&m_mutex);
    for (auto& [kind, latest] : m_latest) {
        if (latest == ticket)
            latest = 0; // still waiting: the worker skips it
    }
    for (auto& [kind, job] : m_running) {
        if (job.ticket == ticket)
            job.cancel->store(true);
    }
}

void LatestWinsQueue::loop()
{
    for (;;) {
        Queued job;
        CancelFlag cancel;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            if (m_latest[job.kind] != job.ticket)
                continue; // a newer job of its kind came in while it waited
            cancel = std::make_shared<std::atomic<bool>>(false);
            m_running[job.kind] = { job.ticket, cancel };
        }
        job.run(job.ticket, cancel);
        QMutexLocker lock(&m_mutex);
        m_running.erase(job.kind);
    }
}

} // namespace Journey

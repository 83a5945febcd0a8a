// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "systemreplayclock.h"

#include <QAbstractEventDispatcher>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace Journey {

SystemReplayClock::SystemReplayClock()
{
    m_timer.start();
}

qint64 SystemReplayClock::now() const
{
    return m_timer.elapsed();
}

void SystemReplayClock::waitUntil(qint64 deadline)
{
    const qint64 remaining = deadline - now();
    if (remaining <= 0)
        return;
    if (!QAbstractEventDispatcher::instance(QThread::currentThread())) {
        QThread::msleep(quint64(remaining));
        return;
    }
    // The event loop keeps answers to requests in flight coming while the replay waits for the next one.
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(int(qMin<qint64>(remaining, 1 << 30)));
    loop.exec();
}

} // namespace Journey

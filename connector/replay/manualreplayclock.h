// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "replayclock.h"

#include <QList>

#include <functional>

namespace Journey {

/*!
 * A clock that only moves when asked to: waitUntil() jumps to the deadline at once and records it. Tests use it
 * to check a replay's pacing (and pause, resume and cancel, from the wait hook) without sleeping.
 */
class ManualReplayClock : public ReplayClock
{
public:
    explicit ManualReplayClock(qint64 start = 0)
        : m_now(start)
    { }

    qint64 now() const override { return m_now; }
    void waitUntil(qint64 deadline) override;

    /// Moves the clock forward by \a ms.
    void advance(qint64 ms) { m_now += ms; }
    /// Every deadline waitUntil() was called with, in order.
    const QList<qint64>& waits() const { return m_waits; }
    /// Called after each waitUntil() moved the clock, with the new time (to pause, resume or cancel a replay).
    void setWaitHook(std::function<void(qint64 now)> hook) { m_hook = std::move(hook); }

private:
    qint64 m_now;
    QList<qint64> m_waits;
    std::function<void(qint64)> m_hook;
};

} // namespace Journey

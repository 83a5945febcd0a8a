// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "replayclock.h"

#include <QElapsedTimer>

namespace Journey {

/// The monotonic clock. waitUntil() runs the thread's event loop (when it has one) until the deadline.
class SystemReplayClock : public ReplayClock
{
public:
    SystemReplayClock();

    qint64 now() const override;
    void waitUntil(qint64 deadline) override;

private:
    QElapsedTimer m_timer;
};

} // namespace Journey

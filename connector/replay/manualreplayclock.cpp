// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "manualreplayclock.h"

namespace Journey {

void ManualReplayClock::waitUntil(qint64 deadline)
{
    m_waits.append(deadline);
    if (deadline > m_now)
        m_now = deadline;
    if (m_hook)
        m_hook(m_now);
}

} // namespace Journey

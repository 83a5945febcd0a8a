// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace Journey {

/*!
 * The time a Replayer paces itself by. SystemReplayClock is the real one; ManualReplayClock lets tests check
 * pacing without sleeping.
 */
class ReplayClock
{
public:
    virtual ~ReplayClock();

    /// Milliseconds on a monotonic scale (only differences matter).
    virtual qint64 now() const = 0;
    /// Returns at \a deadline (a now() value) or a little after; at once when it has passed. May run the
    /// calling thread's event loop meanwhile, so that answers to requests in flight are handled.
    virtual void waitUntil(qint64 deadline) = 0;
};

} // namespace Journey

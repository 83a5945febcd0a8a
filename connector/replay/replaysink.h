// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "replayrequest.h"
#include "replayresult.h"

#include <QList>

namespace Journey {

/*!
 * Where a Replayer sends its requests. Sending is asynchronous: send() starts a request, takeFinished()
 * hands over the outcomes of those that ended. Everything runs on the Replayer's thread.
 */
class ReplaySink
{
public:
    virtual ~ReplaySink();

    /// How many requests may be in flight at once. \a asFastAsPossible: a `max` speed replay; paced replays
    /// of sinks that do not keep the order themselves send one at a time.
    virtual int capacity(bool asFastAsPossible) const = 0;
    /// Starts sending request \a index of the plan.
    virtual void send(int index, const ReplayRequest& request) = 0;
    /// Requests sent whose outcome has not been taken yet by takeFinished().
    virtual int inFlight() const = 0;
    /// Waits until a request in flight ends or \a timeoutMs passes (runs the thread's event loop meanwhile).
    virtual void waitForFinished(int timeoutMs) = 0;
    /// Outcomes of the requests that ended since the last call. The sink sets index, outcome, status, error,
    /// eventCount, eventsDelivered and durationMs.
    virtual QList<ReplayResult> takeFinished() = 0;
    /// Gives up on the requests in flight: they end as not sent (or failed, when they reached the server).
    virtual void abort() = 0;
};

} // namespace Journey

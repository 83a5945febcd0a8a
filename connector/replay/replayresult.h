// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Journey {

/// How one request of a replay ended.
struct ReplayResult
{
    enum class Outcome {
        Delivered, ///< a 2xx answer (Connector: every event delivered)
        Failed, ///< another answer, a transport failure, or (Connector) events failed or still queued
        NotSent, ///< cancelled before it was sent, or a dry run
    };

    int index = -1; ///< into ReplayPlan::requests
    Outcome outcome = Outcome::NotSent;
    int status = 0; ///< HTTP status (0: none, or a connector request)
    QString error; ///< why it failed or was not sent; empty when delivered
    int eventCount = 0;
    int eventsDelivered = 0;
    qint64 sentAtMs = -1; ///< after the replay's start (its clock); -1 when not sent
    qint64 durationMs = 0; ///< from sending to the answer

    bool delivered() const { return outcome == Outcome::Delivered; }
    /// "delivered", "failed", "not-sent".
    static QString outcomeName(Outcome outcome);
};

/// Where a replay stands (reported after each request is sent or answered).
struct ReplayProgress
{
    int total = 0; ///< requests in the plan
    int sent = 0;
    int finished = 0;
    int failed = 0;
    int eventsTotal = 0;
    int eventsSent = 0;
    qint64 elapsedMs = 0; ///< since the start, pauses included
    qint64 plannedMs = 0; ///< when the last request is due (pauses not included)
    bool paused = false;
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::ReplayResult)
Q_DECLARE_METATYPE(Journey::ReplayProgress)

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "replayoptions.h"
#include "replayrequest.h"
#include "replaytarget.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

namespace Journey {

/*!
 * What ReplayPlanner makes of a capture: the requests in the order they are due, and the events it could not
 * replay with the reason (nothing is left out silently).
 */
struct ReplayPlan
{
    struct Skipped
    {
        int event = 0; ///< index into the capture's events
        QString reason;
    };

    ReplayTarget target;
    ReplayOptions options;
    QList<ReplayRequest> requests; ///< by due time (ties in capture order)
    QList<Skipped> skipped;
    QStringList notes; ///< about the whole plan
    qint64 shiftMs = 0; ///< added to every timestamp (ReplayTimestamps::Shift)
    int eventCount = 0; ///< events the requests carry (each once)
    int captureEvents = 0; ///< events in the capture

    /// When the last request is due, in ms after the start.
    qint64 durationMs() const { return requests.isEmpty() ? 0 : requests.constLast().dueMs; }
};

using ReplayPlanPtr = std::shared_ptr<const ReplayPlan>;

} // namespace Journey

Q_DECLARE_METATYPE(Journey::ReplayPlanPtr)

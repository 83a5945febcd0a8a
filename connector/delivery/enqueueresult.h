// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Journey {

/// What became of one call to the Connector: accepted (and for which providers), or why not.
struct EnqueueResult
{
    enum class Status {
        Accepted, ///< in the outbox's hands; delivery follows
        Invalid, ///< the message is malformed: \c error names the field
        QueueFull, ///< the bounded queue is full: try again later
        StoreFailed, ///< the event could not be written down (disk full, permissions): \c error says why
        NoProvider, ///< no configured, enabled provider takes this event (routes, integrations)
        Disabled, ///< `journey.enabled` is false
        NotStarted, ///< start() has not succeeded
    };

    Status status = Status::NotStarted;
    QString messageId;
    QStringList providers; ///< where it goes (sampled-out providers included)
    bool sampledOut = false; ///< the sampling rules left this person out: recorded, not sent
    /// Providers (among \c providers) whose `validation` mode is block and which the event breaks the tracking
    /// plan for: not sent, a dead letter with the violations as its reason (eventsFailed() follows).
    QStringList blocked;
    QString error;

    bool accepted() const { return status == Status::Accepted; }
};

} // namespace Journey

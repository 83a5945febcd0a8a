// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "capture.h"
#include "store/eventfilter.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace Journey {

/*!
 * Makes a Capture from a store: the events that match a filter (and an id range: what arrived while a
 * capture was recording), each with the request the collector kept for it. Reads on the calling thread
 * through its own connection.
 */
class StoreCaptureBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Journey::StoreCaptureBuilder)

public:
    struct Range
    {
        qint64 afterId = 0; ///< events with an id above this
        qint64 upToId = 0; ///< and at most this; 0 = no upper bound
        int maxEvents = 0; ///< 0 = no limit; otherwise the oldest that many
    };

    /// Builds \a out (its info is left as it is, but `origin` defaults to "store").
    static bool build(const QString& storePath, const EventFilter& filter, const Range& range, Capture& out,
        QString* error, const std::atomic<bool>* cancel = nullptr);
};

} // namespace Journey

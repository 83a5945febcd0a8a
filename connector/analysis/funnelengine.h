// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysissnapshot.h"
#include "funnelquery.h"
#include "funnelresult.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace Journey {

/*!
 * Computes funnels over an AnalysisSnapshot in one pass over each person's events (docs/ANALYSIS.md has
 * the semantics; tests/analysis/funnelreference.h is a plain, independent implementation the engine must
 * agree with).
 *
 * Ordered (ClickHouse windowFunnel): for each step, the latest start among the chains that have reached it
 * is all that matters, since a later start leaves more of the window; events of equal timestamps never
 * follow one another. Strict keeps only chains ending at the previous funnel event. Any order slides a
 * window over the step events. Exclusions kill the chains they fall inside. Runs on any thread.
 */
class FunnelEngine
{
    Q_DECLARE_TR_FUNCTIONS(Journey::FunnelEngine)

public:
    /// \a snapshot must hold a column for each of query.propertyPaths(). \a progress gets 0..100 and is
    /// called on the calling thread. Persons are split over \a threads threads (0: one per core for large
    /// snapshots, one for small ones).
    static bool run(const AnalysisSnapshot& snapshot, const FunnelQuery& query, FunnelResult& out, QString* error,
        const std::atomic<bool>* cancel = nullptr, const std::function<void(int)>& progress = {}, int threads = 0);
};

} // namespace Journey

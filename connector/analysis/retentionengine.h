// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysissnapshot.h"
#include "retentionquery.h"
#include "retentionresult.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace Journey {

/*!
 * Computes retention cohorts over an AnalysisSnapshot in one pass over each person's events; agrees with
 * the reference in tests/analysis. Runs on any thread.
 */
class RetentionEngine
{
    Q_DECLARE_TR_FUNCTIONS(Journey::RetentionEngine)

public:
    /// \a snapshot must hold a column for each of query.propertyPaths(). \a progress gets 0..100.
    static bool run(const AnalysisSnapshot& snapshot, const RetentionQuery& query, RetentionResult& out,
        QString* error, const std::atomic<bool>* cancel = nullptr, const std::function<void(int)>& progress = {});
};

} // namespace Journey

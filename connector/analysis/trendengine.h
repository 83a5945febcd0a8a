// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysissnapshot.h"
#include "trendquery.h"
#include "trendresult.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace Journey {

/// Counts events or unique persons per period and series over an AnalysisSnapshot. Runs on any thread.
class TrendEngine
{
    Q_DECLARE_TR_FUNCTIONS(Journey::TrendEngine)

public:
    static bool run(const AnalysisSnapshot& snapshot, const TrendQuery& query, TrendResult& out, QString* error,
        const std::atomic<bool>* cancel = nullptr, const std::function<void(int)>& progress = {});
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "trendquery.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <vector>

namespace Journey {

/// What TrendEngine found: every period from the first to the last with data, and one count per series each.
class TrendResult
{
public:
    TrendQuery query;
    qint64 firstPeriod = 0;
    std::vector<std::vector<qint64>> counts; ///< [series][period - firstPeriod]

    int periodCount() const { return counts.empty() ? 0 : int(counts.front().size()); }
    QDate periodStart(int i) const { return AnalysisPeriod::start(firstPeriod + i, query.period); }
    /// {"period":"day","measure":"events","series":[{"event":"A","counts":[…]}],"periods":["2026-01-05",…]}
    QJsonObject toJson() const;
};

} // namespace Journey

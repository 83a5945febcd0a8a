// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/trendresult.h"
#include "analysischartview.h"

namespace Journey {

/// Trends as lines over a date axis, one per series, with a legend naming each series and its total.
class TrendChart : public AnalysisChartView
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget* parent = nullptr);

    void setResult(const TrendResult& result);
    void clear();
    /// The series on display, as named in the query (EventSelector::toString()).
    QStringList seriesNames() const;

protected:
    void paletteChanged() override;

private:
    void rebuild();

    TrendResult m_result;
};

} // namespace Journey

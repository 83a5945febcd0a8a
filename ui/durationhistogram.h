// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysischartview.h"

#include <QList>
#include <QPair>

#include <vector>

namespace Journey {

/*!
 * How long people took to convert, as a histogram of equal-width bins (FunnelResult::histogram()). Times far
 * beyond the usual (past Q3 + 3 IQR) are put in the last bar, labelled "≥ …", so that a few slow people do
 * not squash everyone else into the first bar.
 */
class DurationHistogram : public AnalysisChartView
{
    Q_OBJECT
public:
    static constexpr int binCount = 15;

    explicit DurationHistogram(QWidget* parent = nullptr);

    /// Shows the times in \a durationsMs (any order) under \a title.
    void setDurations(const std::vector<qint64>& durationsMs, const QString& title);
    void clear(const QString& placeholder);
    /// The bins on display: (start in seconds, people).
    const QList<QPair<double, qint64>>& bins() const { return m_bins; }

private:
    QList<QPair<double, qint64>> m_bins;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/retentionresult.h"
#include "analysischartview.h"

namespace Journey {

/*!
 * Retention curves: the % of a cohort retained per period offset. The average over the cohorts (weighted by
 * size, over those observable that far) is drawn bold; each cohort can be drawn faintly behind it.
 */
class RetentionCurveChart : public AnalysisChartView
{
    Q_OBJECT
public:
    explicit RetentionCurveChart(QWidget* parent = nullptr);

    /// \a cohorts of \a result (everyone's, or a breakdown value's) with their \a average curve.
    void setCurves(const RetentionResult& result, const QList<RetentionCohort>& cohorts,
        const std::vector<double>& average, const QString& averageName);
    void setCohortsShown(bool shown);
    bool cohortsShown() const { return m_cohortsShown; }
    void clear();
    /// The number of line series on display (the average and, when shown, one per cohort).
    int curveCount() const;

protected:
    void paletteChanged() override;

private:
    void rebuild();

    RetentionResult m_result;
    QList<RetentionCohort> m_cohorts;
    std::vector<double> m_average;
    QString m_averageName;
    bool m_cohortsShown = true;
};

} // namespace Journey

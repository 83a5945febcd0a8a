// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "retentioncurvechart.h"

#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace Journey {

namespace {
QString periodTitle(AnalysisPeriod::Unit unit, const QString& event)
{
    switch (unit) {
    case AnalysisPeriod::Unit::Day:
        return RetentionCurveChart::tr("Days since the first %1").arg(event);
    case AnalysisPeriod::Unit::Week:
        return RetentionCurveChart::tr("Weeks since the first %1").arg(event);
    case AnalysisPeriod::Unit::Month:
        return RetentionCurveChart::tr("Months since the first %1").arg(event);
    }
    return {};
}
} // namespace

RetentionCurveChart::RetentionCurveChart(QWidget* parent)
    : AnalysisChartView(parent)
{
    setPlaceholderText(tr("Run a retention query to see how many people come back."));
}

void RetentionCurveChart::clear()
{
    clearChart();
    m_cohorts.clear();
    m_average.clear();
}

void RetentionCurveChart::setCurves(const RetentionResult& result, const QList<RetentionCohort>& cohorts,
    const std::vector<double>& average, const QString& averageName)
{
    m_result = result;
    m_cohorts = cohorts;
    m_average = average;
    m_averageName = averageName;
    rebuild();
}

void RetentionCurveChart::setCohortsShown(bool shown)
{
    if (m_cohortsShown == shown)
        return;
    m_cohortsShown = shown;
    rebuild();
}

int RetentionCurveChart::curveCount() const
{
    return int(chart()->series().size());
}

void RetentionCurveChart::paletteChanged()
{
    rebuild();
}

void RetentionCurveChart::rebuild()
{
    clearChart();
    if (m_cohorts.isEmpty()) {
        setPlaceholderText(m_result.query.periods > 0 ? tr("Nobody did the cohort event.") : QString());
        return;
    }
    setPlaceholderText(QString());
    const int periods = m_result.query.periods;
    auto* x = new QValueAxis;
    // A little room either side so that the first and last points are not cut, ticks on whole periods.
    x->setRange(-0.25, std::max(1, periods - 1) + 0.25);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(std::max(1, (periods + 9) / 10));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(periodTitle(m_result.query.period, m_result.query.cohortEvent.toString()));
    auto* y = new QValueAxis;
    // A little headroom so that 100 % points are not cut, ticks every 20 %.
    y->setRange(0, 104);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(20);
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    y->setTitleText(tr("Retained"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);

    if (m_cohortsShown) {
        const QColor faded = faint(seriesColor(0), 0.3);
        for (const RetentionCohort& cohort : std::as_const(m_cohorts)) {
            if (cohort.size == 0)
                continue;
            auto* line = new QLineSeries;
            line->setName(cohort.start.toString(Qt::ISODate));
            for (int offset = 0; offset < periods && size_t(offset) < cohort.retained.size(); ++offset) {
                if (m_result.isObservable(cohort, offset))
                    line->append(offset, 100.0 * double(cohort.retained[size_t(offset)]) / double(cohort.size));
            }
            QPen pen(faded);
            pen.setWidthF(1.2);
            line->setPen(pen);
            chart()->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            chart()->legend()->markers(line).value(0)->setVisible(false);
        }
    }
    auto* average = new QLineSeries;
    average->setName(m_averageName);
    for (int offset = 0; offset < periods && size_t(offset) < m_average.size(); ++offset) {
        if (m_average[size_t(offset)] >= 0)
            average->append(offset, 100.0 * m_average[size_t(offset)]);
    }
    QPen pen(seriesColor(0));
    pen.setWidthF(3);
    average->setPen(pen);
    average->setPointsVisible(true);
    chart()->addSeries(average);
    average->attachAxis(x);
    average->attachAxis(y);
    const AnalysisPeriod::Unit unit = m_result.query.period;
    connect(average, &QLineSeries::hovered, this, [this, unit](const QPointF& point, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const int offset = int(point.x() + 0.5);
        const QString period = unit == AnalysisPeriod::Unit::Day ? tr("Day %1").arg(offset)
            : unit == AnalysisPeriod::Unit::Week                 ? tr("Week %1").arg(offset)
                                                                 : tr("Month %1").arg(offset);
        const double value = size_t(offset) < m_average.size() ? m_average[size_t(offset)] * 100.0 : point.y();
        QToolTip::showText(
            QCursor::pos(), tr("%1: %2 % retained on average").arg(period, QLocale().toString(value, 'f', 1)), this);
    });
    chart()->legend()->setVisible(true);
    applyPalette();
}

} // namespace Journey

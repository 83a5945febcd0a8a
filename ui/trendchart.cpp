// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "trendchart.h"

#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Journey {

namespace {
/// Where period start \a date is drawn: local midnight of that calendar day, so the axis (local time) shows it.
qreal dateX(const QDate& date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}
} // namespace

TrendChart::TrendChart(QWidget* parent)
    : AnalysisChartView(parent)
{
    setPlaceholderText(tr("Pick events on the left to see how often they happen."));
}

void TrendChart::clear()
{
    m_result = TrendResult();
    clearChart();
}

void TrendChart::setResult(const TrendResult& result)
{
    m_result = result;
    rebuild();
}

QStringList TrendChart::seriesNames() const
{
    QStringList names;
    for (const EventSelector& series : m_result.query.series)
        names.append(series.toString());
    return names;
}

void TrendChart::paletteChanged()
{
    rebuild();
}

void TrendChart::rebuild()
{
    clearChart();
    const int periods = m_result.periodCount();
    if (periods == 0) {
        setPlaceholderText(m_result.query.series.isEmpty() ? tr("Pick events on the left to see how often they happen.")
                                                           : tr("None of these events happened."));
        return;
    }
    setPlaceholderText(QString());
    const AnalysisPeriod::Unit unit = m_result.query.period;
    const bool persons = m_result.query.measure == TrendQuery::Measure::Persons;
    auto* x = new QDateTimeAxis;
    x->setFormat(unit == AnalysisPeriod::Unit::Month ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM d"));
    // Ticks a whole number of periods apart (for days, whole weeks when they can be), at most about nine, with the
    // axis stretched to the next tick: the date axis spaces its ticks evenly over its range.
    const int span = std::max(1, periods - 1);
    int step = 1;
    if (unit == AnalysisPeriod::Unit::Day) {
        for (const int days : { 1, 2, 7, 14, 28, 56, 91, 182, 364 }) {
            step = days;
            if ((span + days - 1) / days <= 8)
                break;
        }
    } else {
        while ((span + step - 1) / step > 8)
            ++step;
    }
    const int intervals = (span + step - 1) / step;
    const QDate first = m_result.periodStart(0);
    const QDate end = unit == AnalysisPeriod::Unit::Month ? first.addMonths(intervals * step)
        : unit == AnalysisPeriod::Unit::Week              ? first.addDays(7LL * intervals * step)
                                                          : first.addDays(qint64(intervals) * step);
    x->setRange(
        QDateTime::fromMSecsSinceEpoch(qint64(dateX(first))), QDateTime::fromMSecsSinceEpoch(qint64(dateX(end))));
    x->setTickCount(intervals + 1);
    x->setTitleText(unit == AnalysisPeriod::Unit::Day ? tr("Day (UTC)")
            : unit == AnalysisPeriod::Unit::Week      ? tr("Week starting (UTC)")
                                                      : tr("Month (UTC)"));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(persons ? tr("Users") : tr("Events"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);

    qint64 most = 0;
    for (size_t s = 0; s < m_result.counts.size() && s < size_t(m_result.query.series.size()); ++s) {
        auto* line = new QLineSeries;
        qint64 total = 0;
        for (int i = 0; i < periods; ++i) {
            const qint64 count = m_result.counts[s][size_t(i)];
            line->append(dateX(m_result.periodStart(i)), double(count));
            total += count;
            most = std::max(most, count);
        }
        const QString name = m_result.query.series[int(s)].toString();
        // A sum of unique users per period is not a number of people: only events get a total.
        line->setName(persons ? name : tr("%1 (%2)").arg(name, QLocale().toString(total)));
        QPen pen(seriesColor(int(s)));
        pen.setWidthF(2.2);
        line->setPen(pen);
        line->setPointsVisible(periods <= 35);
        line->setMarkerSize(5);
        chart()->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        connect(line, &QLineSeries::hovered, this, [this, name, unit, persons](const QPointF& point, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const QDate date = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
            const QString when = unit == AnalysisPeriod::Unit::Month ? date.toString(QStringLiteral("yyyy-MM"))
                : unit == AnalysisPeriod::Unit::Week                 ? tr("week of %1").arg(date.toString(Qt::ISODate))
                                                                     : date.toString(Qt::ISODate);
            const qint64 count = qint64(std::llround(point.y()));
            QToolTip::showText(QCursor::pos(),
                tr("%1\n%2: %3")
                    .arg(name, when,
                        persons ? tr("%n user(s)", nullptr, int(count)) : tr("%n event(s)", nullptr, int(count))),
                this);
        });
    }
    y->setRange(0, std::max(4.0, double(most) * 1.05));
    y->applyNiceNumbers();
    chart()->legend()->setVisible(true);
    applyPalette();
}

} // namespace Journey

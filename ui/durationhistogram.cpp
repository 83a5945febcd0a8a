// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "durationhistogram.h"

#include "analysis/analysisreportwriter.h"
#include "analysis/funnelresult.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Journey {

namespace {
struct TimeUnit
{
    double seconds;
    QString title;
};

/// The unit the axis counts in: the largest that leaves a few whole units over \a maxSeconds.
TimeUnit unitFor(double maxSeconds)
{
    if (maxSeconds <= 180)
        return { 1, DurationHistogram::tr("Seconds from step 1") };
    if (maxSeconds <= 3 * 3600)
        return { 60, DurationHistogram::tr("Minutes from step 1") };
    if (maxSeconds <= 3 * 86'400)
        return { 3600, DurationHistogram::tr("Hours from step 1") };
    return { 86'400, DurationHistogram::tr("Days from step 1") };
}
} // namespace

DurationHistogram::DurationHistogram(QWidget* parent)
    : AnalysisChartView(parent)
{
    chart()->legend()->setVisible(false);
    clear(tr("Time to convert appears here after a run."));
}

void DurationHistogram::clear(const QString& placeholder)
{
    clearChart();
    m_bins.clear();
    chart()->setTitle(QString());
    setPlaceholderText(placeholder);
}

void DurationHistogram::setDurations(const std::vector<qint64>& durationsMs, const QString& title)
{
    clearChart();
    m_bins.clear();
    if (durationsMs.empty()) {
        chart()->setTitle(title);
        setPlaceholderText(tr("Nobody reached this step."));
        return;
    }
    setPlaceholderText(QString());
    std::vector<qint64> sorted = durationsMs;
    std::sort(sorted.begin(), sorted.end());
    // Times to convert have long tails (most people within minutes, a few after days): the slow ones past
    // Tukey's outer fence (Q3 + 3 IQR) share the last bar, so that the bars show where most people are.
    const auto quantile
        = [&sorted](double fraction) { return sorted[size_t(std::floor(double(sorted.size() - 1) * fraction))]; };
    const qint64 q1 = quantile(0.25);
    const qint64 q3 = quantile(0.75);
    const qint64 cap = std::max(q3 + 3 * (q3 - q1), quantile(0.5) + 1000);
    const bool clipped = cap < sorted.back();
    qint64 slow = 0;
    for (qint64& value : sorted) {
        if (value > cap) {
            value = cap;
            ++slow;
        }
    }
    m_bins = FunnelResult::histogram(sorted, binCount);
    const double width = m_bins.size() > 1 ? m_bins[1].first - m_bins[0].first : 1.0;
    const double end = m_bins.last().first + width;
    // The title is rich text: the note on the long tail goes on a line of its own.
    chart()->setTitle(clipped
            ? tr("%1<br><small>the last bar holds everyone slower than %2 (%3 people)</small>")
                  .arg(title.toHtmlEscaped(), AnalysisReportWriter::formatDuration(m_bins.last().first),
                      QLocale().toString(slow))
            : title.toHtmlEscaped());

    // Bars as rectangles on a time axis: a category axis cannot fit a label under each of a dozen bars.
    const TimeUnit unit = unitFor(end);
    auto* x = new QValueAxis;
    x->setRange(m_bins.first().first / unit.seconds, end / unit.seconds);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%g"));
    x->setTitleText(unit.title);
    auto* y = new QValueAxis;
    qint64 most = 0;
    for (const auto& bin : std::as_const(m_bins))
        most = std::max(most, bin.second);
    y->setRange(0, std::max(4.0, double(most) * 1.05));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("People"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);

    const QColor color = seriesColor(0);
    const double gap = width * 0.06;
    for (int i = 0; i < m_bins.size(); ++i) {
        const double from = (m_bins[i].first + gap) / unit.seconds;
        const double to = (m_bins[i].first + width - gap) / unit.seconds;
        const double count = double(m_bins[i].second);
        auto* upper = new QLineSeries;
        upper->append(from, count);
        upper->append(to, count);
        auto* lower = new QLineSeries;
        lower->append(from, 0);
        lower->append(to, 0);
        auto* bar = new QAreaSeries(upper, lower);
        bar->setColor(color);
        bar->setBorderColor(color);
        chart()->addSeries(bar);
        bar->attachAxis(x);
        bar->attachAxis(y);
        const bool last = clipped && i == m_bins.size() - 1;
        const double start = m_bins[i].first;
        const qint64 people = m_bins[i].second;
        connect(bar, &QAreaSeries::hovered, this, [this, start, width, people, last](const QPointF&, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const QString text = last ? tr("%n person(s) took %1 or longer", nullptr, int(people))
                                            .arg(AnalysisReportWriter::formatDuration(start))
                                      : tr("%n person(s) took %1 to %2", nullptr, int(people))
                                            .arg(AnalysisReportWriter::formatDuration(start),
                                                AnalysisReportWriter::formatDuration(start + width));
            QToolTip::showText(QCursor::pos(), text, this);
        });
    }
    applyPalette();
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "analysisreportwriter.h"

#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Journey {

namespace {

constexpr int s_lineWidth = 100;
/// Breakdown buckets a text report shows (the largest); csv and json have them all.
constexpr qsizetype s_textBuckets = 20;

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// --- CSV -------------------------------------------------------------------------------------------------------

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void appendCsvRow(QByteArray& out, const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields)
        quoted.append(csvField(field));
    out += quoted.join(QLatin1Char(',')).toUtf8();
    out += '\n';
}

QString csvNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void appendFunnelCsvRows(QByteArray& out, const QList<FunnelStepResult>& steps, const QString* bucket)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const FunnelStepResult& step = steps[i];
        QStringList row;
        if (bucket)
            row.append(*bucket);
        row << QString::number(i + 1) << step.event << QString::number(step.users)
            << csvNumber(step.conversionFromFirst) << csvNumber(step.conversionFromPrevious)
            << (step.medianSecondsToConvert ? csvNumber(*step.medianSecondsToConvert) : QString());
        appendCsvRow(out, row);
    }
}

void appendRetentionCsvRows(
    QByteArray& out, const RetentionResult& result, const QList<RetentionCohort>& cohorts, const QString* bucket)
{
    for (const RetentionCohort& cohort : cohorts) {
        QStringList row;
        if (bucket)
            row.append(*bucket);
        row << cohort.start.toString(Qt::ISODate) << QString::number(cohort.size);
        for (size_t offset = 0; offset < cohort.retained.size(); ++offset)
            row << (result.isObservable(cohort, int(offset)) ? QString::number(cohort.retained[offset]) : QString());
        appendCsvRow(out, row);
    }
}

// --- Text ------------------------------------------------------------------------------------------------------

/// \a text cut to \a width characters, an ellipsis marking the cut.
QString clip(const QString& text, int width)
{
    if (text.size() <= width)
        return text;
    return text.left(std::max(0, width - 1)) + QChar(0x2026);
}

QString percent(double fraction, int decimals)
{
    return QString::number(fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

/// A property path as a user would type it: "plan" for "properties.plan".
QString shownPath(const QString& path)
{
    return path.startsWith(QLatin1String("properties.")) ? path.mid(11) : path;
}

void appendLine(QString& out, const QString& line)
{
    // Trailing blanks help nobody (and show up in diffs of saved reports).
    qsizetype end = line.size();
    while (end > 0 && line[end - 1] == QLatin1Char(' '))
        --end;
    out += QStringView(line).left(end);
    out += QLatin1Char('\n');
}

void appendFunnelTable(QString& out, const QList<FunnelStepResult>& steps)
{
    int nameWidth = 4;
    qint64 mostUsers = 0;
    for (const FunnelStepResult& step : steps) {
        nameWidth = std::max(nameWidth, int(step.event.size()));
        mostUsers = std::max(mostUsers, step.users);
    }
    nameWidth = std::min(nameWidth, 32);
    const int numberWidth = int(QString::number(steps.size()).size()) + 2; // "1. "
    const QString usersTitle = AnalysisReportWriter::tr("Users");
    const QString firstTitle = AnalysisReportWriter::tr("From first");
    const QString previousTitle = AnalysisReportWriter::tr("From prev.");
    const QString medianTitle = AnalysisReportWriter::tr("Median time");
    const int usersWidth = std::max(int(usersTitle.size()), int(QString::number(mostUsers).size()));
    const int firstWidth = std::max(int(firstTitle.size()), 6);
    const int previousWidth = std::max(int(previousTitle.size()), 6);
    const int medianWidth = std::max(int(medianTitle.size()), 7);
    const int fixed
        = numberWidth + nameWidth + 2 + usersWidth + 2 + firstWidth + 2 + previousWidth + 2 + medianWidth + 2;
    const int barWidth = std::clamp(s_lineWidth - 1 - fixed, 10, 30);

    QString header = QString(numberWidth, QLatin1Char(' ')) + AnalysisReportWriter::tr("Step").leftJustified(nameWidth)
        + QStringLiteral("  ") + usersTitle.rightJustified(usersWidth) + QStringLiteral("  ")
        + firstTitle.rightJustified(firstWidth) + QStringLiteral("  ") + previousTitle.rightJustified(previousWidth)
        + QStringLiteral("  ") + medianTitle.rightJustified(medianWidth);
    appendLine(out, header);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const FunnelStepResult& step = steps[i];
        const QString median = step.medianSecondsToConvert
            ? AnalysisReportWriter::formatDuration(*step.medianSecondsToConvert)
            : QStringLiteral("-");
        int bar = int(std::lround(step.conversionFromFirst * barWidth));
        if (bar == 0 && step.users > 0)
            bar = 1;
        const QString line = QString(QString::number(i + 1) + QLatin1Char('.')).leftJustified(numberWidth)
            + clip(step.event, nameWidth).leftJustified(nameWidth) + QStringLiteral("  ")
            + QString::number(step.users).rightJustified(usersWidth) + QStringLiteral("  ")
            + percent(step.conversionFromFirst, 1).rightJustified(firstWidth) + QStringLiteral("  ")
            + percent(step.conversionFromPrevious, 1).rightJustified(previousWidth) + QStringLiteral("  ")
            + median.rightJustified(medianWidth) + QStringLiteral("  ") + QString(bar, QLatin1Char('#'));
        appendLine(out, line);
    }
}

QString periodLetter(AnalysisPeriod::Unit unit)
{
    switch (unit) {
    case AnalysisPeriod::Unit::Day:
        return AnalysisReportWriter::tr("D", "day offset in a retention table");
    case AnalysisPeriod::Unit::Week:
        return AnalysisReportWriter::tr("W", "week offset in a retention table");
    case AnalysisPeriod::Unit::Month:
        return AnalysisReportWriter::tr("M", "month offset in a retention table");
    }
    return {};
}

void appendRetentionTable(QString& out, const RetentionResult& result, const QList<RetentionCohort>& cohorts)
{
    const int periods = result.query.periods;
    qint64 largest = 0;
    for (const RetentionCohort& cohort : cohorts)
        largest = std::max(largest, cohort.size);
    const QString cohortTitle = AnalysisReportWriter::tr("Cohort");
    const QString sizeTitle = AnalysisReportWriter::tr("Size");
    const QString averageTitle = AnalysisReportWriter::tr("Average");
    const int cohortWidth = std::max({ 10, int(cohortTitle.size()), int(averageTitle.size()) });
    const int sizeWidth = std::max(int(sizeTitle.size()), int(QString::number(largest).size()));
    // One decimal when the triangle fits the line that way, whole percentages otherwise.
    const int lead = cohortWidth + 2 + sizeWidth;
    const bool decimals = lead + periods * 8 <= s_lineWidth;
    const int cellWidth = std::max(
        decimals ? 6 : 4, int(periodLetter(result.query.period).size() + QString::number(periods - 1).size()));
    const QString gap = decimals ? QStringLiteral("  ") : QStringLiteral(" ");

    QString header
        = cohortTitle.leftJustified(cohortWidth) + QStringLiteral("  ") + sizeTitle.rightJustified(sizeWidth);
    for (int offset = 0; offset < periods; ++offset)
        header += gap + QString(periodLetter(result.query.period) + QString::number(offset)).rightJustified(cellWidth);
    appendLine(out, header);
    for (const RetentionCohort& cohort : cohorts) {
        QString line = cohort.start.toString(Qt::ISODate).leftJustified(cohortWidth) + QStringLiteral("  ")
            + QString::number(cohort.size).rightJustified(sizeWidth);
        for (int offset = 0; offset < periods; ++offset) {
            const QString cell = result.isObservable(cohort, offset) && cohort.size > 0
                ? percent(double(cohort.retained[size_t(offset)]) / double(cohort.size), decimals ? 1 : 0)
                : QString();
            line += gap + cell.rightJustified(cellWidth);
        }
        appendLine(out, line);
    }
    if (cohorts.size() < 2)
        return;
    // The average curve, each offset over the cohorts observable that far, weighted by size.
    QString line
        = averageTitle.leftJustified(cohortWidth) + QStringLiteral("  ") + QString(sizeWidth, QLatin1Char(' '));
    for (int offset = 0; offset < periods; ++offset) {
        qint64 retained = 0;
        qint64 persons = 0;
        for (const RetentionCohort& cohort : cohorts) {
            if (!result.isObservable(cohort, offset))
                continue;
            retained += cohort.retained[size_t(offset)];
            persons += cohort.size;
        }
        const QString cell = persons > 0 ? percent(double(retained) / double(persons), decimals ? 1 : 0) : QString();
        line += gap + cell.rightJustified(cellWidth);
    }
    appendLine(out, line);
}

} // namespace

bool AnalysisReportWriter::parseFormat(const QString& text, Format& out)
{
    if (text == QLatin1String("json"))
        out = Format::Json;
    else if (text == QLatin1String("csv"))
        out = Format::Csv;
    else if (text == QLatin1String("text"))
        out = Format::Text;
    else
        return false;
    return true;
}

QString AnalysisReportWriter::formatName(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Text:
        return QStringLiteral("text");
    }
    return {};
}

QString AnalysisReportWriter::formatDuration(double seconds)
{
    const qint64 whole = std::llround(std::max(0.0, seconds));
    if (whole < 60)
        return tr("%1s", "seconds").arg(whole);
    if (whole < 3600)
        return tr("%1m %2s", "minutes and seconds").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
    const qint64 minutes = std::llround(double(whole) / 60.0);
    if (minutes < 24 * 60)
        return tr("%1h %2m", "hours and minutes").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const qint64 hours = std::llround(double(whole) / 3600.0);
    return tr("%1d %2h", "days and hours").arg(hours / 24).arg(hours % 24);
}

QString AnalysisReportWriter::formatWindow(qint64 ms)
{
    if (ms > 0 && ms % 86'400'000 == 0)
        return QString::number(ms / 86'400'000) + QLatin1Char('d');
    if (ms > 0 && ms % 3'600'000 == 0)
        return QString::number(ms / 3'600'000) + QLatin1Char('h');
    if (ms > 0 && ms % 60'000 == 0)
        return QString::number(ms / 60'000) + QLatin1Char('m');
    return QString::number(ms / 1000) + QLatin1Char('s');
}

QByteArray AnalysisReportWriter::write(const FunnelResult& result, Format format)
{
    const bool hasBreakdown = !result.query.breakdown.isEmpty();
    switch (format) {
    case Format::Json:
        return jsonLine(result.toJson());
    case Format::Csv: {
        QByteArray out;
        QStringList header { QStringLiteral("step"), QStringLiteral("event"), QStringLiteral("users"),
            QStringLiteral("conversion_from_first"), QStringLiteral("conversion_from_previous"),
            QStringLiteral("median_seconds_to_convert") };
        if (hasBreakdown)
            header.prepend(QStringLiteral("breakdown"));
        appendCsvRow(out, header);
        const QString all = QStringLiteral("(all)");
        appendFunnelCsvRows(out, result.steps, hasBreakdown ? &all : nullptr);
        for (const FunnelBucket& bucket : result.breakdown)
            appendFunnelCsvRows(out, bucket.steps, &bucket.value);
        return out;
    }
    case Format::Text: {
        QString out;
        const qint64 entered = result.steps.isEmpty() ? 0 : result.steps.first().users;
        appendLine(out,
            tr("Funnel: %1 steps (%2), conversion window %3; %n user(s) entered", nullptr, int(entered))
                .arg(result.steps.size())
                .arg(FunnelQuery::orderName(result.query.order), formatWindow(result.query.windowMs)));
        if (!result.query.holdConstant.isEmpty())
            appendLine(
                out, tr("Every step of a conversion has the same %1.").arg(shownPath(result.query.holdConstant)));
        for (const FunnelExclusion& exclusion : result.query.exclusions)
            appendLine(out,
                tr("Excluded: %1 between steps %2 and %3.")
                    .arg(exclusion.event.toString())
                    .arg(exclusion.fromStep + 1)
                    .arg(exclusion.toStep + 1));
        appendLine(out, QString());
        appendFunnelTable(out, result.steps);
        if (hasBreakdown) {
            const QString attribution
                = FunnelQuery::attributionName(result.query.attribution, result.query.attributionStep);
            for (const FunnelBucket& bucket :
                result.breakdown.first(std::min(result.breakdown.size(), s_textBuckets))) {
                appendLine(out, QString());
                const qint64 bucketEntered = bucket.steps.isEmpty() ? 0 : bucket.steps.first().users;
                appendLine(out,
                    tr("%1 = %2 (%3): %n user(s) entered", nullptr, int(bucketEntered))
                        .arg(shownPath(result.query.breakdown), bucket.value, attribution));
                appendFunnelTable(out, bucket.steps);
            }
            if (result.breakdown.size() > s_textBuckets) {
                appendLine(out, QString());
                appendLine(out,
                    tr("… and %n more value(s) of %1 (csv and json have them all)", nullptr,
                        int(result.breakdown.size() - s_textBuckets))
                        .arg(shownPath(result.query.breakdown)));
            }
        }
        return out.toUtf8();
    }
    }
    return {};
}

QByteArray AnalysisReportWriter::write(const RetentionResult& result, Format format)
{
    const bool hasBreakdown = !result.query.breakdown.isEmpty();
    switch (format) {
    case Format::Json:
        return jsonLine(result.toJson());
    case Format::Csv: {
        QByteArray out;
        QStringList header { QStringLiteral("cohort_start"), QStringLiteral("size") };
        for (int offset = 0; offset < result.query.periods; ++offset)
            header.append(QStringLiteral("retained_") + QString::number(offset));
        if (hasBreakdown)
            header.prepend(QStringLiteral("breakdown"));
        appendCsvRow(out, header);
        const QString all = QStringLiteral("(all)");
        appendRetentionCsvRows(out, result, result.cohorts, hasBreakdown ? &all : nullptr);
        for (const RetentionBucket& bucket : result.breakdown)
            appendRetentionCsvRows(out, result, bucket.cohorts, &bucket.value);
        return out;
    }
    case Format::Text: {
        QString out;
        const QString unit = AnalysisPeriod::name(result.query.period);
        const QString returned
            = result.query.returnEvent.isAnyEvent() ? tr("any event") : result.query.returnEvent.toString();
        appendLine(out,
            (result.query.mode == RetentionQuery::Mode::On
                    ? tr("Retention by %1: cohorts by first %2; cells: %3 in %1 N, as % of the cohort (%4 is the "
                         "cohort's own)")
                    : tr("Retention by %1: cohorts by first %2; cells: %3 in %1 N or later, as % of the cohort (%4 is "
                         "the cohort's own)"))
                .arg(unit, result.query.cohortEvent.toString(), returned,
                    QString(periodLetter(result.query.period) + QLatin1Char('0'))));
        if (result.cohorts.isEmpty()) {
            appendLine(
                out, tr("No cohorts: nobody did %1 in the time range.").arg(result.query.cohortEvent.toString()));
            return out.toUtf8();
        }
        appendLine(out, QString());
        appendRetentionTable(out, result, result.cohorts);
        for (const RetentionBucket& bucket : result.breakdown.first(std::min(result.breakdown.size(), s_textBuckets))) {
            qint64 persons = 0;
            for (const RetentionCohort& cohort : bucket.cohorts)
                persons += cohort.size;
            appendLine(out, QString());
            appendLine(out,
                tr("%1 = %2: %n user(s)", nullptr, int(persons)).arg(shownPath(result.query.breakdown), bucket.value));
            appendRetentionTable(out, result, bucket.cohorts);
        }
        if (result.breakdown.size() > s_textBuckets) {
            appendLine(out, QString());
            appendLine(out,
                tr("… and %n more value(s) of %1 (csv and json have them all)", nullptr,
                    int(result.breakdown.size() - s_textBuckets))
                    .arg(shownPath(result.query.breakdown)));
        }
        return out.toUtf8();
    }
    }
    return {};
}

QByteArray AnalysisReportWriter::write(const TrendResult& result, Format format)
{
    switch (format) {
    case Format::Json:
        return jsonLine(result.toJson());
    case Format::Csv: {
        QByteArray out;
        QStringList header { QStringLiteral("period_start") };
        for (const EventSelector& series : result.query.series)
            header.append(series.toString());
        appendCsvRow(out, header);
        for (int period = 0; period < result.periodCount(); ++period) {
            QStringList row { result.periodStart(period).toString(Qt::ISODate) };
            for (const std::vector<qint64>& counts : result.counts)
                row.append(QString::number(counts[size_t(period)]));
            appendCsvRow(out, row);
        }
        return out;
    }
    case Format::Text: {
        QString out;
        const QString unit = AnalysisPeriod::name(result.query.period);
        appendLine(out,
            result.query.measure == TrendQuery::Measure::Events ? tr("Trends: events per %1").arg(unit)
                                                                : tr("Trends: unique persons per %1").arg(unit));
        if (result.periodCount() == 0) {
            appendLine(out, tr("No events in the time range."));
            return out.toUtf8();
        }
        const QString periodTitle = tr("Period");
        const QString totalTitle = tr("Total");
        const int periodWidth = std::max({ 10, int(periodTitle.size()), int(totalTitle.size()) });
        // Column widths; the series go in as many tables as it takes to keep within the line.
        const int seriesCount = int(result.query.series.size());
        std::vector<int> widths(static_cast<size_t>(seriesCount));
        std::vector<qint64> totals(size_t(seriesCount), 0);
        for (int s = 0; s < seriesCount; ++s) {
            for (const qint64 count : result.counts[size_t(s)])
                totals[size_t(s)] += count;
            widths[size_t(s)] = std::max(std::min(int(result.query.series[s].toString().size()), 24),
                int(QString::number(totals[size_t(s)]).size()));
        }
        int first = 0;
        while (first < seriesCount) {
            int last = first;
            int used = periodWidth + 2 + widths[size_t(first)];
            while (last + 1 < seriesCount && used + 2 + widths[size_t(last + 1)] <= s_lineWidth)
                used += 2 + widths[size_t(++last)];
            appendLine(out, QString());
            QString header = periodTitle.leftJustified(periodWidth);
            for (int s = first; s <= last; ++s)
                header += QStringLiteral("  ")
                    + clip(result.query.series[s].toString(), widths[size_t(s)]).rightJustified(widths[size_t(s)]);
            appendLine(out, header);
            for (int period = 0; period < result.periodCount(); ++period) {
                QString line = result.periodStart(period).toString(Qt::ISODate).leftJustified(periodWidth);
                for (int s = first; s <= last; ++s)
                    line += QStringLiteral("  ")
                        + QString::number(result.counts[size_t(s)][size_t(period)]).rightJustified(widths[size_t(s)]);
                appendLine(out, line);
            }
            // Events add up over periods; persons do not (one person in two periods is counted twice).
            if (result.query.measure == TrendQuery::Measure::Events) {
                QString line = totalTitle.leftJustified(periodWidth);
                for (int s = first; s <= last; ++s)
                    line += QStringLiteral("  ") + QString::number(totals[size_t(s)]).rightJustified(widths[size_t(s)]);
                appendLine(out, line);
            }
            first = last + 1;
        }
        return out.toUtf8();
    }
    }
    return {};
}

} // namespace Journey

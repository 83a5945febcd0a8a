// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "funnelresult.h"
#include "retentionresult.h"
#include "trendresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Journey {

/*!
 * Writes funnel, retention and trend results for `journeyctl` and for the UI's CSV export, in UTF-8:
 *
 * - **json**: exactly the result's toJson() (the shapes of DESIGN.md), compact, on one line ending in a newline.
 * - **csv** (RFC 4180 quoting, LF line ends, a header row):
 *   - funnel: `step,event,users,conversion_from_first,conversion_from_previous,median_seconds_to_convert`, one
 *     row per step (step numbered from 1; no median for step 1). With a breakdown, a leading `breakdown`
 *     column: the overall rows first with the value `(all)`, then each bucket's rows, buckets in the result's
 *     order (most persons entering first).
 *   - retention: `cohort_start,size,retained_0,…,retained_{N-1}`; a cell whose period cannot have been
 *     observed yet (RetentionResult::isObservable()) is empty rather than 0. With a breakdown, a leading
 *     `breakdown` column as for funnels.
 *   - trends: `period_start,SERIES 1,SERIES 2,…`, the series as written (EventSelector::toString()).
 *   Conversions are fractions (0..1) and times are seconds, in the shortest form that reads back exactly.
 * - **text**: aligned tables for people, within 100 columns where the data allows: the funnel with users, %
 *   of the first step, % of the previous, the median time to convert ("3m 20s", "2h 05m", "1d 4h") and a bar;
 *   retention as a triangle of percentages (periods not observable yet left blank) with the average curve;
 *   trends as one row per period (series split over several tables when they do not fit side by side).
 */
class AnalysisReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Journey::AnalysisReportWriter)

public:
    enum class Format { Json, Csv, Text };

    /// "json", "csv" or "text"; false for anything else.
    static bool parseFormat(const QString& text, Format& out);
    static QString formatName(Format format);

    static QByteArray write(const FunnelResult& result, Format format);
    static QByteArray write(const RetentionResult& result, Format format);
    static QByteArray write(const TrendResult& result, Format format);

    /// A time to convert for people: "45s", "3m 20s", "2h 05m", "1d 4h" (rounded to the unit shown last).
    static QString formatDuration(double seconds);
    /// A conversion window as typed: "7d", "12h", "90m", "45s" (the largest unit that divides it).
    static QString formatWindow(qint64 ms);
};

} // namespace Journey

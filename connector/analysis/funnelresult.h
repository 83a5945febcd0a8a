// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "funnelquery.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Journey {

/// One step's figures, over everyone or over one breakdown bucket.
struct FunnelStepResult
{
    QString event; ///< the step as written (EventSelector::toString())
    qint64 users = 0; ///< persons reaching this step
    double conversionFromFirst = 0; ///< users / users of step 1 (0 when nobody entered)
    double conversionFromPrevious = 0;
    /// Time from entering (step 1) to first reaching this step, over the persons who reached it; none for
    /// step 1 and when nobody reached it.
    std::optional<double> medianSecondsToConvert;
    std::optional<double> p25SecondsToConvert;
    std::optional<double> p75SecondsToConvert;
    std::optional<double> p90SecondsToConvert;
    std::optional<double> meanSecondsToConvert;
};

struct FunnelBucket
{
    QString value; ///< the property value as text; "(none)" for persons without it
    QList<FunnelStepResult> steps;
};

/*!
 * What FunnelEngine found. toJson() is the shape `journeyctl funnel --format json` prints (DESIGN.md).
 */
class FunnelResult
{
public:
    static QString noneValue() { return QStringLiteral("(none)"); }

    FunnelQuery query;
    QList<FunnelStepResult> steps;
    QList<FunnelBucket> breakdown; ///< by persons entering, most first; empty without a breakdown
    /// Per person of the snapshot: the number of steps reached (0: did not enter).
    std::vector<quint8> levels;
    /// Per step: the milliseconds each person who reached it took from step 1 (step 1: empty).
    std::vector<std::vector<qint64>> durationsMs;
    qint64 personsConsidered = 0;

    QJsonObject toJson() const;
    /// Fills users, conversions and time statistics of \a steps from per-step counts and durations.
    static QList<FunnelStepResult> makeSteps(const FunnelQuery& query, const std::vector<qint64>& users,
        std::vector<std::vector<qint64>> durations);
    /// The value of the \a fraction quantile (0..1) of \a sortedMs, in seconds, linear between ranks.
    static double quantileSeconds(const std::vector<qint64>& sortedMs, double fraction);
    /// \a bins equal-width bins over \a durationsMs: (start seconds, count) each.
    static QList<QPair<double, qint64>> histogram(const std::vector<qint64>& durationsMs, int bins);
};

} // namespace Journey

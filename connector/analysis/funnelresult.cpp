// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "funnelresult.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Journey {

namespace {

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray stepsJson(const QList<FunnelStepResult>& steps)
{
    QJsonArray array;
    for (const FunnelStepResult& step : steps) {
        array.append(QJsonObject { { QStringLiteral("event"), step.event }, { QStringLiteral("users"), step.users },
            { QStringLiteral("conversion_from_first"), step.conversionFromFirst },
            { QStringLiteral("conversion_from_previous"), step.conversionFromPrevious },
            { QStringLiteral("median_seconds_to_convert"), optionalNumber(step.medianSecondsToConvert) } });
    }
    return array;
}

} // namespace

double FunnelResult::quantileSeconds(const std::vector<qint64>& sortedMs, double fraction)
{
    if (sortedMs.empty())
        return 0;
    const double rank = fraction * double(sortedMs.size() - 1);
    const auto below = size_t(std::floor(rank));
    const auto above = size_t(std::ceil(rank));
    const double low = double(sortedMs[below]);
    const double high = double(sortedMs[above]);
    return (low + (high - low) * (rank - double(below))) / 1000.0;
}

QList<FunnelStepResult> FunnelResult::makeSteps(const FunnelQuery& query, const std::vector<qint64>& users,
    std::vector<std::vector<qint64>> durations)
{
    QList<FunnelStepResult> steps;
    for (qsizetype i = 0; i < query.steps.size(); ++i) {
        FunnelStepResult step;
        step.event = query.steps[i].toString();
        step.users = users[size_t(i)];
        step.conversionFromFirst = users[0] > 0 ? double(step.users) / double(users[0]) : 0.0;
        step.conversionFromPrevious = i == 0 ? (users[0] > 0 ? 1.0 : 0.0)
            : users[size_t(i - 1)] > 0                    ? double(step.users) / double(users[size_t(i - 1)])
                                                          : 0.0;
        std::vector<qint64>& times = durations[size_t(i)];
        if (i > 0 && !times.empty()) {
            std::sort(times.begin(), times.end());
            step.medianSecondsToConvert = quantileSeconds(times, 0.5);
            step.p25SecondsToConvert = quantileSeconds(times, 0.25);
            step.p75SecondsToConvert = quantileSeconds(times, 0.75);
            step.p90SecondsToConvert = quantileSeconds(times, 0.9);
            step.meanSecondsToConvert
                = double(std::accumulate(times.begin(), times.end(), qint64(0))) / double(times.size()) / 1000.0;
        }
        steps.append(step);
    }
    return steps;
}

QList<QPair<double, qint64>> FunnelResult::histogram(const std::vector<qint64>& durationsMs, int bins)
{
    QList<QPair<double, qint64>> out;
    if (durationsMs.empty() || bins < 1)
        return out;
    const auto [low, high] = std::minmax_element(durationsMs.begin(), durationsMs.end());
    const double start = double(*low);
    const double width = std::max(1.0, double(*high - *low) / double(bins));
    std::vector<qint64> counts(size_t(bins), 0);
    for (const qint64 value : durationsMs)
        ++counts[std::min(size_t(bins) - 1, size_t((double(value) - start) / width))];
    for (int i = 0; i < bins; ++i)
        out.append({ (start + width * i) / 1000.0, counts[size_t(i)] });
    return out;
}

QJsonObject FunnelResult::toJson() const
{
    QJsonObject json { { QStringLiteral("steps"), stepsJson(steps) },
        { QStringLiteral("window_seconds"), QJsonValue(query.windowMs / 1000) },
        { QStringLiteral("order"), FunnelQuery::orderName(query.order) } };
    if (!query.breakdown.isEmpty()) {
        QJsonObject buckets;
        for (const FunnelBucket& bucket : breakdown)
            buckets.insert(bucket.value, QJsonObject { { QStringLiteral("steps"), stepsJson(bucket.steps) } });
        json.insert(QStringLiteral("breakdown"), buckets);
    }
    return json;
}

} // namespace Journey

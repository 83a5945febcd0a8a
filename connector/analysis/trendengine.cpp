// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "trendengine.h"

#include "eventselectormatcher.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace Journey {

bool TrendEngine::run(const AnalysisSnapshot& snapshot, const TrendQuery& query, TrendResult& out, QString* error,
    const std::atomic<bool>* cancel, const std::function<void(int)>& progress)
{
    if (!query.check(error))
        return false;
    for (const QString& path : query.propertyPaths()) {
        if (!snapshot.hasProperty(path)) {
            *error = tr("the property %1 is not loaded").arg(path);
            return false;
        }
    }
    TrendResult result;
    result.query = query;
    const int series = int(query.series.size());
    result.counts.assign(size_t(series), {});
    const qint64 from = std::max(query.from.value_or(std::numeric_limits<qint64>::min()), snapshot.minTimestamp());
    const qint64 to = std::min(query.to.value_or(std::numeric_limits<qint64>::max()), snapshot.maxTimestamp() + 1);
    if (snapshot.eventCount() == 0 || from >= to) {
        out = std::move(result);
        return true;
    }
    result.firstPeriod = AnalysisPeriod::index(from, query.period);
    const qint64 periods = AnalysisPeriod::index(to - 1, query.period) - result.firstPeriod + 1;
    for (auto& counts : result.counts)
        counts.assign(size_t(periods), 0);

    const EventSelectorMatcher matcher(snapshot, query.series);
    const bool persons = query.measure == TrendQuery::Measure::Persons;
    std::vector<qint64> lastCounted(static_cast<size_t>(series));
    const int personCount = snapshot.personCount();
    for (int person = 0; person < personCount; ++person) {
        if ((person & 4095) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                *error = tr("cancelled");
                return false;
            }
            if (progress)
                progress(int(qint64(person) * 100 / std::max(1, personCount)));
        }
        std::fill(lastCounted.begin(), lastCounted.end(), -1);
        const qsizetype end = snapshot.personEnd(person);
        for (qsizetype position = snapshot.personBegin(person); position < end; ++position) {
            const qint64 ts = snapshot.timestamp(position);
            if (ts < from || ts >= to)
                continue;
            const quint64 mask = matcher.match(position);
            if (!mask)
                continue;
            const qint64 period = AnalysisPeriod::index(ts, query.period) - result.firstPeriod;
            for (quint64 bits = mask; bits; bits &= bits - 1) {
                const int s = std::countr_zero(bits);
                if (persons) {
                    // A person's events are in time order, so periods only grow: count each period once.
                    if (lastCounted[size_t(s)] == period)
                        continue;
                    lastCounted[size_t(s)] = period;
                }
                ++result.counts[size_t(s)][size_t(period)];
            }
        }
    }
    if (progress)
        progress(100);
    out = std::move(result);
    return true;
}

} // namespace Journey

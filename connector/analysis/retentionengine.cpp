// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "retentionengine.h"

#include "eventselectormatcher.h"
#include "propertypath.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <map>

namespace Journey {

namespace {

struct CohortTally
{
    qint64 size = 0;
    std::vector<qint64> retained;
};

using Cohorts = std::map<qint64, CohortTally>;

QList<RetentionCohort> cohortList(const Cohorts& cohorts, AnalysisPeriod::Unit unit)
{
    QList<RetentionCohort> list;
    for (const auto& [period, tally] : cohorts) {
        RetentionCohort cohort;
        cohort.period = period;
        cohort.start = AnalysisPeriod::start(period, unit);
        cohort.size = tally.size;
        cohort.retained = tally.retained;
        list.append(cohort);
    }
    return list;
}

} // namespace

bool RetentionEngine::run(const AnalysisSnapshot& snapshot, const RetentionQuery& query, RetentionResult& out,
    QString* error, const std::atomic<bool>* cancel, const std::function<void(int)>& progress)
{
    if (!query.check(error))
        return false;
    for (const QString& path : query.propertyPaths()) {
        if (!snapshot.hasProperty(path)) {
            *error = tr("the property %1 is not loaded").arg(path);
            return false;
        }
    }
    const EventSelectorMatcher matcher(snapshot, { query.cohortEvent, query.returnEvent });
    constexpr quint64 cohortBit = 1;
    constexpr quint64 returnBit = 2;
    const PropertyColumn* breakdown = query.breakdown.isEmpty() ? nullptr : snapshot.property(query.breakdown);
    const bool userBreakdown = breakdown && PropertyPath::isUserProperty(query.breakdown);
    const qint64 from = query.from.value_or(std::numeric_limits<qint64>::min());
    const qint64 to = query.to.value_or(std::numeric_limits<qint64>::max());
    const int periods = query.periods;
    const bool onOrAfter = query.mode == RetentionQuery::Mode::OnOrAfter;

    Cohorts total;
    QHash<quint32, Cohorts> buckets;
    std::vector<quint8> returned(static_cast<size_t>(periods));
    const int persons = snapshot.personCount();
    for (int person = 0; person < persons; ++person) {
        if ((person & 4095) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                *error = tr("cancelled");
                return false;
            }
            if (progress)
                progress(int(qint64(person) * 100 / std::max(1, persons)));
        }
        const qsizetype begin = snapshot.personBegin(person);
        const qsizetype end = snapshot.personEnd(person);
        // The first cohort event opens the cohort; return events of earlier periods never count, so one pass
        // in time order is enough once the cohort is known. Return events before the cohort event but in its
        // period do count (retained[0] is "did it in the cohort's period").
        qsizetype cohortPosition = -1;
        qint64 cohort = 0;
        for (qsizetype position = begin; position < end; ++position) {
            const qint64 ts = snapshot.timestamp(position);
            if (ts < from || ts >= to)
                continue;
            if (matcher.match(position) & cohortBit) {
                cohortPosition = position;
                cohort = AnalysisPeriod::index(ts, query.period);
                break;
            }
        }
        if (cohortPosition < 0)
            continue;
        std::fill(returned.begin(), returned.end(), 0);
        qint64 latest = -1;
        const qint64 cohortStart = AnalysisPeriod::startMs(cohort, query.period);
        for (qsizetype position = begin; position < end; ++position) {
            const qint64 ts = snapshot.timestamp(position);
            if (ts < from || ts >= to || ts < cohortStart)
                continue;
            if (!(matcher.match(position) & returnBit))
                continue;
            const qint64 offset = AnalysisPeriod::index(ts, query.period) - cohort;
            latest = std::max(latest, offset);
            if (offset >= 0 && offset < periods)
                returned[size_t(offset)] = 1;
        }
        const auto tally = [&](Cohorts& cohorts) {
            CohortTally& row = cohorts[cohort];
            if (row.retained.empty())
                row.retained.assign(size_t(periods), 0);
            ++row.size;
            for (int offset = 0; offset < periods; ++offset) {
                if (onOrAfter ? offset <= latest : returned[size_t(offset)] != 0)
                    ++row.retained[size_t(offset)];
            }
        };
        tally(total);
        if (breakdown) {
            quint32 value = PropertyColumn::missing;
            if (userBreakdown) {
                for (qsizetype position = end - 1; position >= begin && value == PropertyColumn::missing; --position)
                    value = breakdown->valueAt(position);
            } else {
                value = breakdown->valueAt(cohortPosition);
            }
            tally(buckets[value]);
        }
    }

    RetentionResult result;
    result.query = query;
    result.lastObservedPeriod = AnalysisPeriod::index(std::min(snapshot.maxTimestamp(), to - 1), query.period);
    result.cohorts = cohortList(total, query.period);
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        RetentionBucket bucket;
        bucket.value = it.key() == PropertyColumn::missing ? QStringLiteral("(none)") : QString::fromUtf8(breakdown->text(it.key()));
        bucket.cohorts = cohortList(it.value(), query.period);
        result.breakdown.append(bucket);
    }
    const auto personsOf = [](const RetentionBucket& bucket) {
        qint64 sum = 0;
        for (const RetentionCohort& cohort : bucket.cohorts)
            sum += cohort.size;
        return sum;
    };
    std::sort(result.breakdown.begin(), result.breakdown.end(), [&](const RetentionBucket& a, const RetentionBucket& b) {
        const qint64 left = personsOf(a);
        const qint64 right = personsOf(b);
        return left != right ? left > right : a.value < b.value;
    });
    if (progress)
        progress(100);
    out = std::move(result);
    return true;
}

} // namespace Journey

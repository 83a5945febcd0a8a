// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "retentionresult.h"

#include <QJsonArray>

namespace Journey {

namespace {

QJsonArray cohortsJson(const QList<RetentionCohort>& cohorts)
{
    QJsonArray array;
    for (const RetentionCohort& cohort : cohorts) {
        QJsonArray retained;
        for (const qint64 count : cohort.retained)
            retained.append(count);
        array.append(QJsonObject { { QStringLiteral("start"), cohort.start.toString(Qt::ISODate) },
            { QStringLiteral("size"), cohort.size }, { QStringLiteral("retained"), retained } });
    }
    return array;
}

} // namespace

std::vector<double> RetentionResult::averageCurve() const
{
    std::vector<double> curve(size_t(query.periods), -1.0);
    for (int offset = 0; offset < query.periods; ++offset) {
        qint64 retained = 0;
        qint64 persons = 0;
        for (const RetentionCohort& cohort : cohorts) {
            if (!isObservable(cohort, offset))
                continue;
            retained += cohort.retained[size_t(offset)];
            persons += cohort.size;
        }
        if (persons > 0)
            curve[size_t(offset)] = double(retained) / double(persons);
    }
    return curve;
}

QJsonObject RetentionResult::toJson() const
{
    QJsonObject json { { QStringLiteral("period"), AnalysisPeriod::name(query.period) },
        { QStringLiteral("cohorts"), cohortsJson(cohorts) } };
    if (!query.breakdown.isEmpty()) {
        QJsonObject buckets;
        for (const RetentionBucket& bucket : breakdown)
            buckets.insert(bucket.value, QJsonObject { { QStringLiteral("cohorts"), cohortsJson(bucket.cohorts) } });
        json.insert(QStringLiteral("breakdown"), buckets);
    }
    return json;
}

} // namespace Journey

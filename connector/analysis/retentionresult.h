// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "retentionquery.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <vector>

namespace Journey {

struct RetentionCohort
{
    qint64 period = 0; ///< AnalysisPeriod index
    QDate start;
    qint64 size = 0;
    std::vector<qint64> retained; ///< query.periods entries
};

struct RetentionBucket
{
    QString value; ///< "(none)" for persons without the property
    QList<RetentionCohort> cohorts;
};

/*!
 * What RetentionEngine found: cohorts oldest first. Periods after the last event's period cannot have
 * been observed yet; isObservable() tells them apart (their counts are 0). toJson() is the shape
 * `journeyctl retention --format json` prints (DESIGN.md).
 */
class RetentionResult
{
public:
    RetentionQuery query;
    QList<RetentionCohort> cohorts;
    QList<RetentionBucket> breakdown; ///< by persons, most first
    qint64 lastObservedPeriod = 0; ///< the period of the latest event in the data

    bool isObservable(const RetentionCohort& cohort, int offset) const
    {
        return cohort.period + offset <= lastObservedPeriod;
    }
    /// Over all cohorts, per offset: retained persons / persons of the cohorts that could be observed that
    /// far (weighted by cohort size); -1 where no cohort could.
    std::vector<double> averageCurve() const;
    QJsonObject toJson() const;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "capturedifffinding.h"
#include "capturediffoptions.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Journey {

/*!
 * What CaptureDiffEngine found comparing a baseline capture (A) with a candidate (B): the events of both
 * with their counts, the funnel's steps when one was asked for, and the findings, ordered by event key (the
 * funnel's last). CaptureDiffReportWriter writes it as text, JSON or JUnit.
 */
class CaptureDiff
{
public:
    struct Side
    {
        QString name; ///< the capture's name, else its file name
        QString source; ///< the file it was read from
        qint64 events = 0;
    };

    /// One event key of A or B (or both).
    struct EventRow
    {
        QString event;
        QString type; ///< "track", "page", …
        qint64 before = 0;
        qint64 after = 0;
        /// The relative volume change in percent (of the key's share of all events when normalised); none when
        /// the key is in one capture only.
        std::optional<double> change;
        int properties = 0; ///< property paths of the key in A or B
    };

    /// One funnel step in A and in B.
    struct FunnelStep
    {
        int step = 0; ///< 1-based
        QString event; ///< the step as written
        qint64 usersBefore = 0;
        qint64 usersAfter = 0;
        double conversionBefore = 0; ///< from the previous step (1 for step 1 with users)
        double conversionAfter = 0;
        double fromFirstBefore = 0;
        double fromFirstAfter = 0;
    };

    Side baseline;
    Side candidate;
    CaptureDiffOptions options;
    QList<EventRow> events; ///< by key
    QList<FunnelStep> funnel; ///< empty without a funnel
    QList<CaptureDiffFinding> findings;
    QStringList notes; ///< things worth knowing that are not findings (a funnel step no event has)

    /// Whether any finding fails the diff.
    bool hasDrift() const;
    int errorCount() const;
    int infoCount() const;
    QMap<CaptureDiffFinding::Kind, int> countsByKind() const;
    /// The findings of event key \a event (not the funnel's).
    QList<CaptureDiffFinding> findingsOf(const QString& event) const;
    /// The findings of funnel step \a step (1-based).
    QList<CaptureDiffFinding> findingsOfStep(int step) const;
};

} // namespace Journey

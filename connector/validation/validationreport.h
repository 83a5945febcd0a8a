// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "planviolation.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Journey {

/*!
 * The outcome of validating many events (a file, the store), grouped by event: a track call by its event name,
 * a page or screen call as "page: NAME" / "screen: NAME", identify, group and alias calls by their type. Counts
 * are exact; each group keeps the failing events themselves only up to a limit, so validating millions of events
 * holds bounded memory. Written out by ValidationReportWriter.
 */
class ValidationReport
{
public:
    /// One event with violations.
    struct Failure
    {
        QString where; ///< "orders.ndjson:14", "event 3051"
        QString messageId;
        QList<PlanViolation> violations;
    };

    struct Group
    {
        QString key; ///< "Order Completed", "page: Pricing", "identify"
        QString type; ///< track, page, …
        qint64 events = 0;
        qint64 withErrors = 0; ///< events with at least one error
        qint64 withWarnings = 0; ///< events with warnings only
        qint64 errors = 0; ///< violations of severity error
        qint64 warnings = 0;
        QList<Failure> failures; ///< the first of the failing events
        qint64 failuresLeftOut = 0; ///< failing events beyond the limit, not kept
    };

    QString planName;
    QString planVersion;
    QString input; ///< what was validated ("orders.ndjson", "store /path/to/journey.sqlite")

    /// Keeps at most \a limit failing events per group (default 100; counts stay exact).
    void setFailureLimit(int limit) { m_failureLimit = limit; }

    /// Counts \a message (a canonical message) with its \a violations, found at \a where.
    void add(const QJsonObject& message, const QString& where, const QList<PlanViolation>& violations);

    /// The group key of \a message.
    static QString keyOf(const QJsonObject& message);

    const QMap<QString, Group>& groups() const { return m_groups; }
    qint64 events() const { return m_events; }
    qint64 withErrors() const { return m_withErrors; }
    qint64 withWarnings() const { return m_withWarnings; }
    qint64 errors() const { return m_errors; }
    qint64 warnings() const { return m_warnings; }
    bool hasErrors() const { return m_errors > 0; }
    bool hasWarnings() const { return m_warnings > 0; }

private:
    QMap<QString, Group> m_groups;
    int m_failureLimit = 100;
    qint64 m_events = 0;
    qint64 m_withErrors = 0;
    qint64 m_withWarnings = 0;
    qint64 m_errors = 0;
    qint64 m_warnings = 0;
};

} // namespace Journey

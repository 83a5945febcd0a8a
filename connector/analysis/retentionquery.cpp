// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "retentionquery.h"

namespace Journey {

bool RetentionQuery::check(QString* error) const
{
    if (cohortEvent.event.isEmpty() || cohortEvent.isAnyEvent()) {
        *error = tr("the cohort event needs a name");
        return false;
    }
    if (returnEvent.event.isEmpty()) {
        *error = tr("the return event needs a name (\"*\" for any event)");
        return false;
    }
    if (periods < 1 || periods > maxPeriods) {
        *error = tr("the number of periods must be between 1 and %1, not %2").arg(maxPeriods).arg(periods);
        return false;
    }
    if (from && to && *from >= *to) {
        *error = tr("the time range is empty: its start is not before its end");
        return false;
    }
    return true;
}

QStringList RetentionQuery::propertyPaths() const
{
    QStringList paths;
    for (const EventSelector* selector : { &cohortEvent, &returnEvent }) {
        for (const PropertyFilter& filter : selector->filters) {
            if (!paths.contains(filter.path))
                paths.append(filter.path);
        }
    }
    if (!breakdown.isEmpty() && !paths.contains(breakdown))
        paths.append(breakdown);
    return paths;
}

bool RetentionQuery::parseMode(const QString& text, Mode& out)
{
    if (text == QLatin1String("on"))
        out = Mode::On;
    else if (text == QLatin1String("on-or-after"))
        out = Mode::OnOrAfter;
    else
        return false;
    return true;
}

QString RetentionQuery::modeName(Mode mode)
{
    return mode == Mode::On ? QStringLiteral("on") : QStringLiteral("on-or-after");
}

} // namespace Journey

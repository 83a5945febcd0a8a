// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "trendquery.h"

namespace Journey {

bool TrendQuery::check(QString* error) const
{
    if (series.isEmpty() || series.size() > maxSeries) {
        *error = tr("a trend has 1 to %1 series, not %2").arg(maxSeries).arg(series.size());
        return false;
    }
    for (const EventSelector& selector : series) {
        if (selector.event.isEmpty()) {
            *error = tr("a series needs an event name (\"*\" for every event)");
            return false;
        }
    }
    if (from && to && *from >= *to) {
        *error = tr("the time range is empty: its start is not before its end");
        return false;
    }
    return true;
}

QStringList TrendQuery::propertyPaths() const
{
    QStringList paths;
    for (const EventSelector& selector : series) {
        for (const PropertyFilter& filter : selector.filters) {
            if (!paths.contains(filter.path))
                paths.append(filter.path);
        }
    }
    return paths;
}

bool TrendQuery::parseMeasure(const QString& text, Measure& out)
{
    if (text == QLatin1String("events"))
        out = Measure::Events;
    else if (text == QLatin1String("users") || text == QLatin1String("persons"))
        out = Measure::Persons;
    else
        return false;
    return true;
}

QString TrendQuery::measureName(Measure measure)
{
    return measure == Measure::Events ? QStringLiteral("events") : QStringLiteral("users");
}

} // namespace Journey

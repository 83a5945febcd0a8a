// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventselector.h"

#include <QStringList>

namespace Journey {

QString EventSelector::toString() const
{
    if (filters.isEmpty())
        return event;
    QStringList conditions;
    for (const PropertyFilter& filter : filters)
        conditions.append(filter.toString());
    return event + QLatin1Char('[') + conditions.join(QLatin1Char(',')) + QLatin1Char(']');
}

bool EventSelector::parse(const QString& text, EventSelector& out, QString* error)
{
    const QString trimmed = text.trimmed();
    EventSelector selector;
    const qsizetype open = trimmed.indexOf(QLatin1Char('['));
    if (open < 0) {
        selector.event = trimmed;
    } else {
        if (!trimmed.endsWith(QLatin1Char(']'))) {
            *error = tr("\"%1\": conditions go in brackets at the end, as in \"Order Completed[plan=pro]\"").arg(trimmed);
            return false;
        }
        selector.event = trimmed.left(open).trimmed();
        const QString inside = trimmed.mid(open + 1, trimmed.size() - open - 2);
        for (const QString& condition : inside.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            PropertyFilter filter;
            if (!PropertyFilter::parse(condition, filter, error))
                return false;
            selector.filters.append(filter);
        }
    }
    if (selector.event.isEmpty()) {
        *error = tr("an event name is missing");
        return false;
    }
    out = selector;
    return true;
}

} // namespace Journey

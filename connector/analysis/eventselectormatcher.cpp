// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventselectormatcher.h"

namespace Journey {

EventSelectorMatcher::EventSelectorMatcher(const AnalysisSnapshot& snapshot, const QList<EventSelector>& selectors)
    : m_snapshot(snapshot)
    , m_plans(size_t(snapshot.keyCount()))
{
    Q_ASSERT(selectors.size() <= 64);
    for (qsizetype i = 0; i < selectors.size(); ++i) {
        const EventSelector& selector = selectors[i];
        const auto bit = quint64(1) << i;
        if (selector.isAnyEvent()) {
            if (selector.filters.isEmpty())
                m_any |= bit;
            else
                m_anyFiltered.push_back(makeFiltered(snapshot, selector, int(i)));
            continue;
        }
        const qint32 key = snapshot.keyId(selector.event.toUtf8());
        if (key < 0)
            continue; // no event has it
        KeyPlan& plan = m_plans[size_t(key)];
        if (selector.filters.isEmpty())
            plan.plain |= bit;
        else
            plan.filtered.push_back(makeFiltered(snapshot, selector, int(i)));
    }
}

EventSelectorMatcher::Filtered EventSelectorMatcher::makeFiltered(
    const AnalysisSnapshot& snapshot, const EventSelector& selector, int index)
{
    Filtered entry;
    entry.index = index;
    for (const PropertyFilter& filter : selector.filters) {
        const PropertyColumn* column = snapshot.property(filter.path);
        Q_ASSERT(column);
        entry.conditions.push_back({ column, filter.passTable(*column) });
    }
    return entry;
}

quint64 EventSelectorMatcher::matchAnyFiltered(qsizetype position) const
{
    quint64 mask = 0;
    for (const Filtered& entry : m_anyFiltered) {
        bool passes = true;
        for (const Condition& condition : entry.conditions)
            passes = passes && condition.pass[condition.column->valueAt(position)];
        if (passes)
            mask |= quint64(1) << entry.index;
    }
    return mask;
}

} // namespace Journey

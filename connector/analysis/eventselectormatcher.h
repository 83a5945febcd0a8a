// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysissnapshot.h"
#include "eventselector.h"

#include <QList>

#include <vector>

namespace Journey {

/*!
 * Tells which of up to 64 EventSelectors each event of an AnalysisSnapshot matches, as a bit mask (bit i:
 * selector i). Selectors without conditions cost one table lookup by event key; conditions are evaluated
 * through pass tables over their columns' values. The snapshot must hold a column for every condition.
 */
class EventSelectorMatcher
{
public:
    EventSelectorMatcher(const AnalysisSnapshot& snapshot, const QList<EventSelector>& selectors);

    quint64 match(qsizetype position) const
    {
        const KeyPlan& plan = m_plans[size_t(m_snapshot.key(position))];
        quint64 mask = plan.plain | m_any;
        for (const Filtered& entry : plan.filtered) {
            bool passes = true;
            for (const Condition& condition : entry.conditions)
                passes = passes && condition.pass[condition.column->valueAt(position)];
            if (passes)
                mask |= quint64(1) << entry.index;
        }
        if (!m_anyFiltered.empty())
            mask |= matchAnyFiltered(position);
        return mask;
    }

    /// The selectors without conditions that events of \a key match (all of match() when no selector has
    /// conditions).
    quint64 unconditionalMask(qint32 key) const { return m_plans[size_t(key)].plain | m_any; }

private:
    struct Condition
    {
        const PropertyColumn* column = nullptr;
        std::vector<quint8> pass;
    };
    struct Filtered
    {
        int index = 0;
        std::vector<Condition> conditions;
    };
    struct KeyPlan
    {
        quint64 plain = 0;
        std::vector<Filtered> filtered;
    };

    static Filtered makeFiltered(const AnalysisSnapshot& snapshot, const EventSelector& selector, int index);
    quint64 matchAnyFiltered(qsizetype position) const;

    const AnalysisSnapshot& m_snapshot;
    std::vector<KeyPlan> m_plans;
    quint64 m_any = 0; ///< "*" selectors without conditions
    std::vector<Filtered> m_anyFiltered; ///< "*" selectors with conditions
};

} // namespace Journey

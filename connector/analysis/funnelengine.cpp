// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "funnelengine.h"

#include "eventselectormatcher.h"
#include "propertypath.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <bit>
#include <limits>

namespace Journey {

namespace {

constexpr qint64 s_none = std::numeric_limits<qint64>::min();
constexpr int s_maxSteps = FunnelQuery::maxSteps;

// An event of one person that matters to the funnel: which steps and exclusions it matches.
struct Relevant
{
    qint64 ts = 0;
    quint32 steps = 0;
    quint32 exclusions = 0;
    qsizetype position = 0;
};

// How far one person (or one held value) got: level = steps reached; for each reached step, when it was
// first reached, at which event, and how long after entering.
struct Outcome
{
    int level = 0;
    std::array<qint64, s_maxSteps> reachTs {};
    std::array<qint64, s_maxSteps> durations {};
    std::array<qsizetype, s_maxSteps> reachPosition {};

    void reach(int step, qint64 ts, qint64 start, qsizetype position)
    {
        if (step + 1 > level) {
            level = step + 1;
            reachTs[size_t(step)] = ts;
            durations[size_t(step)] = ts - start;
            reachPosition[size_t(step)] = position;
        } else if (reachTs[size_t(step)] == ts && ts - start < durations[size_t(step)]) {
            durations[size_t(step)] = ts - start; // reached again at the same time from a later start
        }
    }

    // Folds in the outcome of another held value: for each step the earliest reach, and at that time the
    // shortest time to convert and the first event (as reach() keeps them within one value).
    void merge(const Outcome& other)
    {
        for (int step = 0; step < other.level; ++step) {
            const auto s = size_t(step);
            if (step >= level || other.reachTs[s] < reachTs[s]) {
                reachTs[s] = other.reachTs[s];
                durations[s] = other.durations[s];
                reachPosition[s] = other.reachPosition[s];
            } else if (other.reachTs[s] == reachTs[s]) {
                durations[s] = std::min(durations[s], other.durations[s]);
                reachPosition[s] = std::min(reachPosition[s], other.reachPosition[s]);
            }
        }
        level = std::max(level, other.level);
    }
};

// Ordered: per step, the latest start among live chains that reached it. Events of one timestamp extend
// only chains from before that timestamp (their own extensions are committed when the timestamp changes).
void runOrdered(const Relevant* events, size_t count, int steps, qint64 window, const quint32* kills, Outcome& out)
{
    std::array<qint64, s_maxSteps> state;
    std::array<qint64, s_maxSteps> extended;
    quint32 stateSet = 0;
    quint32 extendedSet = 0;
    qint64 groupTs = s_none;
    for (size_t i = 0; i < count; ++i) {
        const Relevant& event = events[i];
        if (event.ts != groupTs) {
            for (quint32 bits = extendedSet; bits; bits &= bits - 1) {
                const int step = std::countr_zero(bits);
                if (!(stateSet >> step & 1u) || extended[size_t(step)] > state[size_t(step)])
                    state[size_t(step)] = extended[size_t(step)];
            }
            stateSet |= extendedSet;
            extendedSet = 0;
            groupTs = event.ts;
        }
        for (quint32 bits = event.steps; bits; bits &= bits - 1) {
            const int step = std::countr_zero(bits);
            if (step >= steps)
                break;
            qint64 start = event.ts;
            if (step > 0) {
                if (!(stateSet >> (step - 1) & 1u) || event.ts - state[size_t(step - 1)] > window)
                    continue;
                start = state[size_t(step - 1)];
            }
            if (!(extendedSet >> step & 1u) || start > extended[size_t(step)])
                extended[size_t(step)] = start;
            extendedSet |= 1u << step;
            out.reach(step, event.ts, start, event.position);
        }
        for (quint32 bits = event.exclusions; bits; bits &= bits - 1) {
            const quint32 kill = kills[std::countr_zero(bits)];
            stateSet &= ~kill;
            extendedSet &= ~kill;
        }
    }
}

// Strict: only chains ending at the previous step event can go on.
void runStrict(const Relevant* events, size_t count, int steps, qint64 window, const quint32* kills, Outcome& out)
{
    std::array<qint64, s_maxSteps> state;
    std::array<qint64, s_maxSteps> next;
    quint32 stateSet = 0;
    qint64 previousTs = s_none;
    for (size_t i = 0; i < count; ++i) {
        const Relevant& event = events[i];
        if (event.steps) {
            quint32 nextSet = 0;
            for (quint32 bits = event.steps; bits; bits &= bits - 1) {
                const int step = std::countr_zero(bits);
                if (step >= steps)
                    break;
                qint64 start = event.ts;
                if (step > 0) {
                    if (!(stateSet >> (step - 1) & 1u) || event.ts <= previousTs
                        || event.ts - state[size_t(step - 1)] > window)
                        continue;
                    start = state[size_t(step - 1)];
                }
                next[size_t(step)] = start;
                nextSet |= 1u << step;
                out.reach(step, event.ts, start, event.position);
            }
            state = next;
            stateSet = nextSet;
            previousTs = event.ts;
        }
        for (quint32 bits = event.exclusions; bits; bits &= bits - 1)
            stateSet &= ~kills[std::countr_zero(bits)];
    }
}

// Any order (each step a different event key, so an event matches one step): for each number of steps k,
// the first event that completes a window holding steps 1..k, with the window's start as late as possible.
void runAny(const Relevant* events, size_t count, int steps, qint64 window, Outcome& out)
{
    std::vector<const Relevant*> stepEvents;
    std::vector<qsizetype> exclusionPositions;
    for (size_t i = 0; i < count; ++i) {
        if (events[i].steps)
            stepEvents.push_back(&events[i]);
        if (events[i].exclusions)
            exclusionPositions.push_back(events[i].position);
    }
    const auto excludedBetween = [&](qsizetype after, qsizetype before) {
        const auto found = std::upper_bound(exclusionPositions.begin(), exclusionPositions.end(), after);
        return found != exclusionPositions.end() && *found < before;
    };
    for (int k = 1; k <= steps; ++k) {
        std::array<int, s_maxSteps> counts {};
        int covered = 0;
        size_t left = 0;
        bool reached = false;
        qint64 reachedTs = s_none;
        for (size_t right = 0; right < stepEvents.size(); ++right) {
            const Relevant& at = *stepEvents[right];
            if (reached && at.ts != reachedTs)
                break;
            const int step = std::countr_zero(at.steps);
            if (step < k && counts[size_t(step)]++ == 0)
                ++covered;
            while (left < right) {
                const int leftStep = std::countr_zero(stepEvents[left]->steps);
                if (leftStep < k && counts[size_t(leftStep)] == 1)
                    break;
                if (leftStep < k)
                    --counts[size_t(leftStep)];
                ++left;
            }
            if (covered < k)
                continue;
            const Relevant& first = *stepEvents[left];
            if (at.ts - first.ts > window || excludedBetween(first.position, at.position))
                continue;
            out.reach(k - 1, at.ts, first.ts, at.position);
            reached = true;
            reachedTs = at.ts;
        }
        if (!reached)
            return;
    }
}

struct Tally
{
    std::vector<qint64> users;
    std::vector<std::vector<qint64>> durations;

    explicit Tally(int steps)
        : users(size_t(steps), 0)
        , durations(size_t(steps))
    {
    }

    void add(const Outcome& outcome)
    {
        for (int step = 0; step < outcome.level; ++step) {
            ++users[size_t(step)];
            if (step > 0)
                durations[size_t(step)].push_back(outcome.durations[size_t(step)]);
        }
    }
};

} // namespace

bool FunnelEngine::run(const AnalysisSnapshot& snapshot, const FunnelQuery& query, FunnelResult& out, QString* error,
    const std::atomic<bool>* cancel, const std::function<void(int)>& progress)
{
    if (!query.check(error))
        return false;
    for (const QString& path : query.propertyPaths()) {
        if (!snapshot.hasProperty(path)) {
            *error = tr("the property %1 is not loaded").arg(path);
            return false;
        }
    }
    const int steps = int(query.steps.size());
    // One bit per step, then one per exclusion.
    QList<EventSelector> selectors = query.steps;
    for (const FunnelExclusion& exclusion : query.exclusions)
        selectors.append(exclusion.event);
    const EventSelectorMatcher matcher(snapshot, selectors);
    std::vector<quint32> kills;
    for (const FunnelExclusion& exclusion : query.exclusions) {
        quint32 kill = 0;
        for (int step = exclusion.fromStep; step < exclusion.toStep; ++step)
            kill |= 1u << step;
        kills.push_back(kill);
    }
    const PropertyColumn* held = query.holdConstant.isEmpty() ? nullptr : snapshot.property(query.holdConstant);
    const PropertyColumn* breakdown = query.breakdown.isEmpty() ? nullptr : snapshot.property(query.breakdown);
    const bool userBreakdown = breakdown && PropertyPath::isUserProperty(query.breakdown);
    const qint64 from = query.from.value_or(std::numeric_limits<qint64>::min());
    const qint64 to = query.to.value_or(std::numeric_limits<qint64>::max());

    FunnelResult result;
    result.query = query;
    result.levels.assign(size_t(snapshot.personCount()), 0);
    Tally total(steps);
    QHash<quint32, Tally*> buckets;
    std::vector<std::unique_ptr<Tally>> bucketStore;

    const auto evaluate = [&](const std::vector<Relevant>& events, Outcome& outcome) {
        switch (query.order) {
        case FunnelQuery::Order::Ordered:
            runOrdered(events.data(), events.size(), steps, query.windowMs, kills.data(), outcome);
            break;
        case FunnelQuery::Order::Strict:
            runStrict(events.data(), events.size(), steps, query.windowMs, kills.data(), outcome);
            break;
        case FunnelQuery::Order::Any:
            runAny(events.data(), events.size(), steps, query.windowMs, outcome);
            break;
        }
    };

    std::vector<Relevant> relevant;
    std::vector<Relevant> partition;
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
        relevant.clear();
        const qsizetype end = snapshot.personEnd(person);
        for (qsizetype position = snapshot.personBegin(person); position < end; ++position) {
            const quint64 mask = matcher.match(position);
            if (!mask)
                continue;
            Relevant event;
            event.steps = quint32(mask & ((quint64(1) << steps) - 1));
            event.exclusions = quint32(mask >> steps);
            event.ts = snapshot.timestamp(position);
            if (event.ts < from || event.ts >= to)
                continue;
            event.position = position;
            relevant.push_back(event);
        }
        if (relevant.empty())
            continue;

        Outcome outcome;
        if (!held) {
            evaluate(relevant, outcome);
        } else {
            // Each held value on its own: its step events and every exclusion event, in event order.
            std::vector<quint32> values;
            for (const Relevant& event : relevant) {
                const quint32 value = held->valueAt(event.position);
                if (event.steps && value != PropertyColumn::missing)
                    values.push_back(value);
            }
            std::sort(values.begin(), values.end());
            values.erase(std::unique(values.begin(), values.end()), values.end());
            for (const quint32 value : values) {
                partition.clear();
                for (const Relevant& event : relevant) {
                    Relevant copy = event;
                    if (held->valueAt(event.position) != value)
                        copy.steps = 0;
                    if (copy.steps || copy.exclusions)
                        partition.push_back(copy);
                }
                Outcome valueOutcome;
                evaluate(partition, valueOutcome);
                outcome.merge(valueOutcome);
            }
        }
        if (outcome.level == 0)
            continue;
        result.levels[size_t(person)] = quint8(outcome.level);
        total.add(outcome);

        if (breakdown) {
            quint32 value = PropertyColumn::missing;
            if (userBreakdown) {
                for (qsizetype position = end - 1; position >= snapshot.personBegin(person); --position) {
                    value = breakdown->valueAt(position);
                    if (value != PropertyColumn::missing)
                        break;
                }
            } else if (query.attribution == FunnelQuery::Attribution::LastTouch) {
                value = breakdown->valueAt(outcome.reachPosition[size_t(outcome.level - 1)]);
            } else {
                const int step = query.attribution == FunnelQuery::Attribution::Step ? query.attributionStep : 0;
                for (const Relevant& event : relevant) {
                    if (event.steps >> step & 1u) {
                        value = breakdown->valueAt(event.position);
                        break;
                    }
                }
            }
            Tally*& bucket = buckets[value];
            if (!bucket) {
                bucketStore.push_back(std::make_unique<Tally>(steps));
                bucket = bucketStore.back().get();
            }
            bucket->add(outcome);
        }
    }

    result.personsConsidered = persons;
    result.durationsMs = total.durations;
    result.steps = FunnelResult::makeSteps(query, total.users, std::move(total.durations));
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        FunnelBucket bucket;
        bucket.value = it.key() == PropertyColumn::missing ? FunnelResult::noneValue()
                                                            : QString::fromUtf8(breakdown->text(it.key()));
        bucket.steps = FunnelResult::makeSteps(query, it.value()->users, std::move(it.value()->durations));
        result.breakdown.append(bucket);
    }
    std::sort(result.breakdown.begin(), result.breakdown.end(), [](const FunnelBucket& a, const FunnelBucket& b) {
        return a.steps[0].users != b.steps[0].users ? a.steps[0].users > b.steps[0].users : a.value < b.value;
    });
    if (progress)
        progress(100);
    out = std::move(result);
    return true;
}

} // namespace Journey

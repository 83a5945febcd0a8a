// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "funnelengine.h"

#include "eventselectormatcher.h"
#include "propertypath.h"

#include <QThread>

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <map>
#include <thread>

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

    void merge(Tally&& other)
    {
        for (size_t step = 0; step < users.size(); ++step) {
            users[step] += other.users[step];
            durations[step].insert(durations[step].end(), other.durations[step].begin(), other.durations[step].end());
        }
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
    const std::atomic<bool>* cancel, const std::function<void(int)>& progress, int threadCount)
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
    // Without conditions an event's bits depend on its key alone: one table lookup.
    bool anyConditions = false;
    for (const EventSelector& selector : std::as_const(selectors))
        anyConditions = anyConditions || !selector.filters.isEmpty();
    std::vector<quint64> maskByKey;
    if (!anyConditions) {
        maskByKey.resize(size_t(snapshot.keyCount()));
        for (qint32 key = 0; key < snapshot.keyCount(); ++key)
            maskByKey[size_t(key)] = matcher.unconditionalMask(key);
    }
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
    const qint64* timestamps = snapshot.data().timestamps.data();
    const qint32* keys = snapshot.data().keys.data();

    FunnelResult result;
    result.query = query;
    result.levels.assign(size_t(snapshot.personCount()), 0);

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

    // What one thread gathers over its share of the persons.
    struct Partial
    {
        explicit Partial(int steps)
            : total(steps)
        {
        }
        Tally total;
        std::map<quint32, Tally> buckets;
        std::vector<Relevant> relevant;
        std::vector<Relevant> partition;
        bool cancelled = false;
    };
    const auto processRange = [&](int firstPerson, int endPerson, Partial& partial, bool reports) {
        std::vector<Relevant>& relevant = partial.relevant;
        for (int person = firstPerson; person < endPerson; ++person) {
            if (((person - firstPerson) & 4095) == 0) {
                if (cancel && cancel->load(std::memory_order_relaxed)) {
                    partial.cancelled = true;
                    return;
                }
                if (reports && progress)
                    progress(int(qint64(person - firstPerson) * 100 / std::max(1, endPerson - firstPerson)));
            }
            relevant.clear();
            const qsizetype begin = snapshot.personBegin(person);
            const qsizetype end = snapshot.personEnd(person);
            for (qsizetype position = begin; position < end; ++position) {
                const quint64 mask = anyConditions ? matcher.match(position) : maskByKey[size_t(keys[position])];
                if (!mask)
                    continue;
                const qint64 ts = timestamps[position];
                if (ts < from || ts >= to)
                    continue;
                relevant.push_back({ ts, quint32(mask & ((quint64(1) << steps) - 1)), quint32(mask >> steps), position });
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
                    partial.partition.clear();
                    for (const Relevant& event : relevant) {
                        Relevant copy = event;
                        if (held->valueAt(event.position) != value)
                            copy.steps = 0;
                        if (copy.steps || copy.exclusions)
                            partial.partition.push_back(copy);
                    }
                    Outcome valueOutcome;
                    evaluate(partial.partition, valueOutcome);
                    outcome.merge(valueOutcome);
                }
            }
            if (outcome.level == 0)
                continue;
            result.levels[size_t(person)] = quint8(outcome.level);
            partial.total.add(outcome);

            if (breakdown) {
                quint32 value = PropertyColumn::missing;
                if (userBreakdown) {
                    for (qsizetype position = end - 1; position >= begin; --position) {
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
                partial.buckets.try_emplace(value, steps).first->second.add(outcome);
            }
        }
    };

    // Persons are independent: a share of them per core (this thread takes the first and reports progress).
    const int persons = snapshot.personCount();
    const int threads = std::min(std::max(1, persons),
        threadCount > 0 ? threadCount : persons < 50'000 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 8));
    std::vector<Partial> partials;
    partials.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t)
        partials.emplace_back(steps);
    std::vector<std::thread> workers;
    const auto shareStart = [&](int t) { return int(qint64(persons) * t / threads); };
    for (int t = 1; t < threads; ++t)
        workers.emplace_back([&, t] { processRange(shareStart(t), shareStart(t + 1), partials[size_t(t)], false); });
    processRange(shareStart(0), shareStart(1), partials[0], true);
    for (std::thread& worker : workers)
        worker.join();
    for (const Partial& partial : partials) {
        if (partial.cancelled) {
            *error = tr("cancelled");
            return false;
        }
    }

    Tally total(steps);
    std::map<quint32, Tally> buckets;
    for (Partial& partial : partials) {
        total.merge(std::move(partial.total));
        for (auto& [value, tally] : partial.buckets)
            buckets.try_emplace(value, steps).first->second.merge(std::move(tally));
    }
    result.personsConsidered = persons;
    result.durationsMs = total.durations;
    result.steps = FunnelResult::makeSteps(query, total.users, std::move(total.durations));
    for (auto& [value, tally] : buckets) {
        FunnelBucket bucket;
        bucket.value = value == PropertyColumn::missing ? FunnelResult::noneValue() : QString::fromUtf8(breakdown->text(value));
        bucket.steps = FunnelResult::makeSteps(query, tally.users, std::move(tally.durations));
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

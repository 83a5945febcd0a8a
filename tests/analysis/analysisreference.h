// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once
//
// A deliberately plain reference for funnels and retention, written from the definitions in docs/ANALYSIS.md
// and sharing no code with connector/analysis beyond the query types: it enumerates every chain of events
// (every window, for any order) instead of keeping state, merges identities with repeated set unions, takes
// periods from QDate, and reads properties straight from the JSON messages. The engine must agree with it on
// every person.

#include "analysis/funnelquery.h"
#include "analysis/retentionquery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace Reference {

struct Event
{
    qint64 id = 0;
    qint64 ts = 0;
    QString type; ///< track, page, identify, alias
    QString name; ///< event or page name
    QString userId;
    QString anonymousId;
    QString previousId;
    QJsonObject message; ///< the canonical message
};

inline QString keyOf(const Event& event)
{
    if (event.type == QLatin1String("track"))
        return event.name;
    if (event.type == QLatin1String("page"))
        return QStringLiteral("page:") + event.name;
    return event.type;
}

/// Persons: lists of events sorted by (ts, id); the key is the shown id (first userId seen, else first
/// anonymousId seen), as the engine shows it.
inline QMap<QString, std::vector<Event>> persons(std::vector<Event> events, bool merge)
{
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
    // Groups of ids ("u:ID" and "a:ID"), merged until nothing changes.
    QList<QSet<QString>> groups;
    const auto groupOf = [&](const QString& id) {
        for (qsizetype i = 0; i < groups.size(); ++i) {
            if (groups[i].contains(id))
                return i;
        }
        groups.append(QSet<QString> { id });
        return groups.size() - 1;
    };
    const auto join = [&](const QString& a, const QString& b) {
        const qsizetype first = groupOf(a);
        const qsizetype second = groupOf(b);
        if (first == second)
            return;
        groups[first].unite(groups[second]);
        groups.removeAt(second);
    };
    QStringList order; // ids in the order first seen
    const auto see = [&](const QString& id) {
        if (!order.contains(id))
            order.append(id);
        groupOf(id);
    };
    for (const Event& event : events) {
        const QString user = event.userId.isEmpty() ? QString() : QStringLiteral("u:") + event.userId;
        const QString anonymous = event.anonymousId.isEmpty() ? QString() : QStringLiteral("a:") + event.anonymousId;
        if (!user.isEmpty())
            see(user);
        if (!anonymous.isEmpty())
            see(anonymous);
        if (merge && !user.isEmpty() && !anonymous.isEmpty())
            join(user, anonymous);
        if (merge && event.type == QLatin1String("alias") && !user.isEmpty() && !event.previousId.isEmpty()) {
            const QStringList previousIds { QString(QStringLiteral("u:") + event.previousId), QString(QStringLiteral("a:") + event.previousId) };
            for (const QString& previous : previousIds) {
                see(previous);
                join(user, previous);
            }
        }
    }
    QMap<QString, std::vector<Event>> out;
    for (const Event& event : events) {
        const QString own = !event.userId.isEmpty() ? QStringLiteral("u:") + event.userId : QStringLiteral("a:") + event.anonymousId;
        QSet<QString> members { own };
        if (merge)
            members = groups[groupOf(own)];
        QString shown;
        for (const QString& id : order) { // the first userId, else the first anonymousId
            if (members.contains(id) && id.startsWith(QLatin1String("u:"))) {
                shown = id;
                break;
            }
        }
        for (qsizetype i = 0; shown.isEmpty() && i < order.size(); ++i) {
            if (members.contains(order[i]))
                shown = order[i];
        }
        out[shown.mid(2)].push_back(event);
    }
    for (auto& list : out)
        std::sort(list.begin(), list.end(), [](const Event& a, const Event& b) { return a.ts != b.ts ? a.ts < b.ts : a.id < b.id; });
    return out;
}

inline std::optional<QJsonValue> valueAt(const Event& event, const QString& path)
{
    QJsonValue value = event.message;
    for (const QString& part : path.split(QLatin1Char('.'))) {
        if (!value.isObject() || !value.toObject().contains(part))
            return std::nullopt;
        value = value.toObject().value(part);
    }
    if (value.isNull())
        return std::nullopt;
    return value;
}

inline QString textOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::number(value.toDouble());
}

inline bool passes(const Journey::PropertyFilter& filter, const Event& event)
{
    using Op = Journey::PropertyFilter::Op;
    const std::optional<QJsonValue> value = valueAt(event, filter.path);
    if (filter.op == Op::Exists)
        return value.has_value();
    if (filter.op == Op::Missing)
        return !value.has_value();
    if (!value)
        return filter.op == Op::NotEqual;
    bool wantedIsNumber = false;
    const double wanted = filter.value.toDouble(&wantedIsNumber);
    const bool numeric = wantedIsNumber && value->isDouble();
    switch (filter.op) {
    case Op::Equal:
        return numeric ? value->toDouble() == wanted : textOf(*value) == filter.value;
    case Op::NotEqual:
        return numeric ? value->toDouble() != wanted : textOf(*value) != filter.value;
    case Op::Less:
        return numeric && value->toDouble() < wanted;
    case Op::LessOrEqual:
        return numeric && value->toDouble() <= wanted;
    case Op::Greater:
        return numeric && value->toDouble() > wanted;
    case Op::GreaterOrEqual:
        return numeric && value->toDouble() >= wanted;
    case Op::Contains:
        return textOf(*value).contains(filter.value);
    default:
        return false;
    }
}

inline bool matches(const Journey::EventSelector& selector, const Event& event)
{
    if (!selector.isAnyEvent() && selector.event != keyOf(event))
        return false;
    return std::all_of(selector.filters.begin(), selector.filters.end(),
        [&](const Journey::PropertyFilter& filter) { return passes(filter, event); });
}

/// One person's funnel outcome: steps reached and, per reached step, when first reached, the shortest time
/// from entering at that moment, and the first event (index into the person's list) reaching it then.
struct Outcome
{
    int level = 0;
    std::vector<qint64> reachTs;
    std::vector<qint64> durations;
    std::vector<int> reachIndex;
};

inline void record(Outcome& out, int k, qint64 ts, qint64 duration, int index)
{
    if (int(out.reachTs.size()) < k) {
        out.reachTs.resize(size_t(k), std::numeric_limits<qint64>::max());
        out.durations.resize(size_t(k), std::numeric_limits<qint64>::max());
        out.reachIndex.resize(size_t(k), std::numeric_limits<int>::max());
    }
    const auto s = size_t(k - 1);
    if (ts < out.reachTs[s]) {
        out.reachTs[s] = ts;
        out.durations[s] = duration;
        out.reachIndex[s] = index;
    } else if (ts == out.reachTs[s]) {
        out.durations[s] = std::min(out.durations[s], duration);
        out.reachIndex[s] = std::min(out.reachIndex[s], index);
    }
    out.level = std::max(out.level, k);
}

/// The funnel for one person's events (already restricted to the query's time range). \a stepAllowed says
/// whether an event may serve as a step at all (hold-constant restricts it to one value).
inline Outcome funnel(const std::vector<Event>& events, const Journey::FunnelQuery& query,
    const std::function<bool(int)>& stepAllowed = {})
{
    const int steps = int(query.steps.size());
    const int n = int(events.size());
    const auto isStep = [&](int i, int step) {
        return (!stepAllowed || stepAllowed(i)) && matches(query.steps[step], events[size_t(i)]);
    };
    const auto isAnyStep = [&](int i) {
        for (int step = 0; step < steps; ++step) {
            if (isStep(i, step))
                return true;
        }
        return false;
    };
    const auto excludedBetween = [&](const Journey::EventSelector& exclusion, int after, int before) {
        for (int i = after + 1; i < before; ++i) {
            if (matches(exclusion, events[size_t(i)]))
                return true;
        }
        return false;
    };
    Outcome out;
    if (query.order == Journey::FunnelQuery::Order::Any) {
        for (int k = 1; k <= steps; ++k) {
            for (int right = 0; right < n; ++right) {
                if (!isAnyStep(right))
                    continue;
                for (int left = 0; left <= right; ++left) {
                    if (!isAnyStep(left))
                        continue;
                    bool covered = true;
                    for (int step = 0; step < k && covered; ++step) {
                        bool found = false;
                        for (int i = left; i <= right && !found; ++i)
                            found = isStep(i, step);
                        covered = found;
                    }
                    if (!covered || events[size_t(right)].ts - events[size_t(left)].ts > query.windowMs)
                        continue;
                    bool excluded = false;
                    for (const Journey::FunnelExclusion& exclusion : query.exclusions)
                        excluded = excluded || excludedBetween(exclusion.event, left, right);
                    if (excluded)
                        continue;
                    record(out, k, events[size_t(right)].ts, events[size_t(right)].ts - events[size_t(left)].ts, right);
                }
            }
        }
        return out;
    }
    // Ordered and strict: every chain, depth first.
    const bool strict = query.order == Journey::FunnelQuery::Order::Strict;
    std::vector<int> chain;
    std::function<void()> extend = [&]() {
        const int k = int(chain.size());
        // Is the chain valid as it stands?
        const int last = k - 1;
        for (const Journey::FunnelExclusion& exclusion : query.exclusions) {
            if (last <= exclusion.fromStep)
                continue;
            const int end = std::min(exclusion.toStep, last);
            if (excludedBetween(exclusion.event, chain[size_t(exclusion.fromStep)], chain[size_t(end)]))
                return;
        }
        const Event& lastEvent = events[size_t(chain.back())];
        const Event& first = events[size_t(chain.front())];
        record(out, k, lastEvent.ts, lastEvent.ts - first.ts, chain.back());
        if (k == steps)
            return;
        for (int next = chain.back() + 1; next < n; ++next) {
            if (strict && !isAnyStep(next))
                continue;
            const Event& candidate = events[size_t(next)];
            if (isStep(next, k) && candidate.ts > lastEvent.ts && candidate.ts - first.ts <= query.windowMs) {
                chain.push_back(next);
                extend();
                chain.pop_back();
            }
            if (strict)
                break; // only the very next funnel event may follow
        }
    };
    for (int start = 0; start < n; ++start) {
        if (!isStep(start, 0))
            continue;
        chain = { start };
        extend();
    }
    return out;
}

/// Period number of \a ts (UTC) counted the plain way: days, Monday weeks and months since 1970.
inline qint64 period(qint64 ts, Journey::AnalysisPeriod::Unit unit)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC).date();
    const QDate epoch(1970, 1, 1);
    switch (unit) {
    case Journey::AnalysisPeriod::Unit::Day:
        return epoch.daysTo(date);
    case Journey::AnalysisPeriod::Unit::Week: {
        const QDate monday = date.addDays(1 - date.dayOfWeek());
        return QDate(1969, 12, 29).daysTo(monday) / 7;
    }
    case Journey::AnalysisPeriod::Unit::Month:
        return qint64(date.year() - 1970) * 12 + date.month() - 1;
    }
    return 0;
}

/// The first day of the period holding \a ts (UTC).
inline QDate periodStart(qint64 ts, Journey::AnalysisPeriod::Unit unit)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC).date();
    switch (unit) {
    case Journey::AnalysisPeriod::Unit::Day:
        return date;
    case Journey::AnalysisPeriod::Unit::Week:
        return date.addDays(1 - date.dayOfWeek());
    case Journey::AnalysisPeriod::Unit::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

} // namespace Reference

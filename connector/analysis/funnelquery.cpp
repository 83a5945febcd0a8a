// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "funnelquery.h"

#include "propertypath.h"

#include <QSet>

namespace Journey {

bool FunnelQuery::check(QString* error) const
{
    if (steps.size() < minSteps || steps.size() > maxSteps) {
        *error = tr("a funnel has %1 to %2 steps, not %3").arg(minSteps).arg(maxSteps).arg(steps.size());
        return false;
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps[i].event.isEmpty() || steps[i].isAnyEvent()) {
            *error = tr("step %1 needs an event name (\"*\", any event, is for retention)").arg(i + 1);
            return false;
        }
    }
    if (windowMs < minWindowMs || windowMs > maxWindowMs) {
        *error = tr("the conversion window must be between 1 second and 366 days");
        return false;
    }
    if (order == Order::Any) {
        QSet<QString> seen;
        for (const EventSelector& step : steps) {
            if (seen.contains(step.event)) {
                *error = tr("in an any-order funnel each step must be a different event, and \"%1\" repeats").arg(step.event);
                return false;
            }
            seen.insert(step.event);
        }
    }
    if (exclusions.size() > 32) {
        *error = tr("a funnel has at most 32 exclusions");
        return false;
    }
    for (qsizetype i = 0; i < exclusions.size(); ++i) {
        const FunnelExclusion& exclusion = exclusions[i];
        if (exclusion.event.event.isEmpty()) {
            *error = tr("exclusion %1 has no event name").arg(i + 1);
            return false;
        }
        if (exclusion.fromStep < 0 || exclusion.toStep >= steps.size() || exclusion.fromStep >= exclusion.toStep) {
            *error = tr("exclusion \"%1\" must lie between two steps: from a step to a later one, within steps 1 to %2")
                         .arg(exclusion.event.event)
                         .arg(steps.size());
            return false;
        }
        const int first = order == Order::Any ? 0 : exclusion.fromStep;
        const int last = order == Order::Any ? int(steps.size()) - 1 : exclusion.toStep;
        for (int step = first; step <= last; ++step) {
            if (steps[step].event == exclusion.event.event) {
                *error = tr("\"%1\" cannot be both a step and an exclusion between steps %2 and %3")
                             .arg(exclusion.event.event)
                             .arg(exclusion.fromStep + 1)
                             .arg(exclusion.toStep + 1);
                return false;
            }
        }
    }
    if (attribution == Attribution::Step && (attributionStep < 0 || attributionStep >= steps.size())) {
        *error = tr("the breakdown is attributed to step %1, and the funnel has %2").arg(attributionStep + 1).arg(steps.size());
        return false;
    }
    if (from && to && *from >= *to) {
        *error = tr("the time range is empty: its start is not before its end");
        return false;
    }
    return true;
}

QStringList FunnelQuery::propertyPaths() const
{
    QStringList paths;
    const auto add = [&paths](const QString& path) {
        if (!path.isEmpty() && !paths.contains(path))
            paths.append(path);
    };
    for (const EventSelector& step : steps) {
        for (const PropertyFilter& filter : step.filters)
            add(filter.path);
    }
    for (const FunnelExclusion& exclusion : exclusions) {
        for (const PropertyFilter& filter : exclusion.event.filters)
            add(filter.path);
    }
    add(breakdown);
    add(holdConstant);
    return paths;
}

bool FunnelQuery::parseSteps(const QString& text, QList<EventSelector>& out, QString* error)
{
    QList<EventSelector> steps;
    QString current;
    int depth = 0;
    const auto flush = [&]() {
        EventSelector step;
        if (!EventSelector::parse(current, step, error)) {
            if (current.trimmed().isEmpty())
                *error = tr("step %1 is empty (two '>' in a row, or one at an end)").arg(steps.size() + 1);
            return false;
        }
        steps.append(step);
        current.clear();
        return true;
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(']'))
            --depth;
        if (c == QLatin1Char('>') && depth == 0) {
            if (!flush())
                return false;
        } else {
            current.append(c);
        }
    }
    if (!flush())
        return false;
    out = steps;
    return true;
}

bool FunnelQuery::parseDuration(const QString& text, qint64& ms, QString* error)
{
    const QString trimmed = text.trimmed();
    qint64 unit = 1000;
    QString number = trimmed;
    if (!trimmed.isEmpty() && trimmed.back().isLetter()) {
        const QChar suffix = trimmed.back();
        number.chop(1);
        if (suffix == QLatin1Char('s'))
            unit = 1000;
        else if (suffix == QLatin1Char('m'))
            unit = 60'000;
        else if (suffix == QLatin1Char('h'))
            unit = 3'600'000;
        else if (suffix == QLatin1Char('d'))
            unit = 86'400'000;
        else if (suffix == QLatin1Char('w'))
            unit = 7 * 86'400'000LL;
        else
            unit = 0;
    }
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    if (!ok || unit == 0 || value <= 0 || value > maxWindowMs / unit * 10) {
        *error = tr("\"%1\" is not a duration: write a positive whole number with s, m, h, d or w (7d, 12h, 90s)").arg(trimmed);
        return false;
    }
    ms = value * unit;
    return true;
}

bool FunnelQuery::parseOrder(const QString& text, Order& out)
{
    if (text == QLatin1String("ordered"))
        out = Order::Ordered;
    else if (text == QLatin1String("strict"))
        out = Order::Strict;
    else if (text == QLatin1String("any"))
        out = Order::Any;
    else
        return false;
    return true;
}

QString FunnelQuery::orderName(Order order)
{
    switch (order) {
    case Order::Ordered:
        return QStringLiteral("ordered");
    case Order::Strict:
        return QStringLiteral("strict");
    case Order::Any:
        return QStringLiteral("any");
    }
    return {};
}

bool FunnelQuery::parseAttribution(const QString& text, Attribution& out, int& step)
{
    if (text == QLatin1String("first-touch")) {
        out = Attribution::FirstTouch;
        return true;
    }
    if (text == QLatin1String("last-touch")) {
        out = Attribution::LastTouch;
        return true;
    }
    if (text.startsWith(QLatin1String("step:"))) {
        bool ok = false;
        const int number = text.mid(5).toInt(&ok);
        if (!ok || number < 1)
            return false;
        out = Attribution::Step;
        step = number - 1;
        return true;
    }
    return false;
}

QString FunnelQuery::attributionName(Attribution attribution, int step)
{
    switch (attribution) {
    case Attribution::FirstTouch:
        return QStringLiteral("first-touch");
    case Attribution::LastTouch:
        return QStringLiteral("last-touch");
    case Attribution::Step:
        return QStringLiteral("step:%1").arg(step + 1);
    }
    return {};
}

} // namespace Journey

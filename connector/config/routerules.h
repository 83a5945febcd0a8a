// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Journey {

/*!
 * Which events one provider receives (`journey.providers.<id>.routes`):
 *
 *     "routes": {"types": ["track", "identify"], "events": ["Order *", "Signed Up"], "exclude": ["Debug *"]}
 *
 * `types` limits the calls; `events` (globs with `*` and `?`, matched against a track's `event` and a
 * page/screen's `name`) limits tracks, pages and screens to the names listed; `exclude` removes names. Empty
 * members do not restrict. An event's Segment `integrations` object overrides routes (see EventRouter).
 */
struct RouteRules
{
    Q_DECLARE_TR_FUNCTIONS(Journey::RouteRules)

public:
    QList<EventType> types;
    QStringList events;
    QStringList exclude;

    bool isEmpty() const { return types.isEmpty() && events.isEmpty() && exclude.isEmpty(); }
    bool matches(EventType type, const QString& name) const;

    /// Reads \a value; errors name \a key.
    static bool parse(const QJsonValue& value, const QString& key, RouteRules& out, QString* error);
    /// True when \a name matches the glob \a pattern (`*` any run, `?` one character, case-sensitive).
    static bool globMatches(const QString& pattern, const QString& name);
};

} // namespace Journey

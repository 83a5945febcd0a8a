// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayList>
#include <QString>

namespace Journey {

/*!
 * Where a property lives in a canonical message, written with dots: "properties.plan",
 * "context.campaign.source", "traits.plan". A name without a known first part is an event property:
 * "plan" is "properties.plan". Known first parts: properties, traits, context, integrations and the
 * message's own fields (userId, anonymousId, groupId, previousId, name, event, type). Paths under "traits."
 * are user properties: a person's value is the latest one their events carried.
 */
class PropertyPath
{
public:
    /// The full path for what a user typed; empty when \a text is empty or has an empty part.
    static QString normalise(const QString& text);
    static QByteArrayList parts(const QString& path);
    static bool isUserProperty(const QString& path) { return path.startsWith(QLatin1String("traits.")); }
};

} // namespace Journey

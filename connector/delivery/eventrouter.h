// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "config/journeyconfig.h"

#include <QJsonObject>
#include <QStringList>

namespace Journey {

/*!
 * Decides which providers get an event: the caller's list, else the configured default (`journey.provider`),
 * else every enabled provider; then each provider's routes; then the event's Segment `integrations` object,
 * which overrides routes both ways (`{"All": false, "Mixpanel": true}` sends to Mixpanel only;
 * `{"Amplitude": false}` keeps it from Amplitude). Disabled providers never get events.
 */
class EventRouter
{
public:
    explicit EventRouter(const JourneyConfig& config);

    /// Provider ids for the event, in the registry's order (Segment first). \a why says what excluded the rest when the
    /// result is empty.
    QStringList route(EventType type, const QString& name, const QJsonObject& integrations, const QStringList& requested,
        QString* why = nullptr) const;

private:
    const JourneyConfig& m_config;
};

} // namespace Journey

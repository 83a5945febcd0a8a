// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventrouter.h"

#include <QCoreApplication>
#include <optional>

namespace Journey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Journey::EventRouter", text);
}

// The integrations switch for one provider: explicit on/off, or nothing said.
std::optional<bool> integrationSwitch(const QJsonObject& integrations, const ProviderSettings& settings)
{
    QStringList names = settings.provider->integrationNames();
    names.append(settings.id);
    for (auto it = integrations.begin(); it != integrations.end(); ++it) {
        for (const QString& name : names) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
                // Segment also accepts an options object for a destination: that means "on".
                if (it.value().isBool())
                    return it.value().toBool();
                if (it.value().isObject())
                    return true;
            }
        }
    }
    return std::nullopt;
}

} // namespace

EventRouter::EventRouter(const JourneyConfig& config)
    : m_config(config)
{
}

QStringList EventRouter::route(EventType type, const QString& name, const QJsonObject& integrations,
    const QStringList& requested, QString* why) const
{
    QStringList result;
    QStringList reasons;
    const QStringList& chosen = requested.isEmpty() ? m_config.defaultProviders : requested;
    const bool allOff = integrations.value(QLatin1String("All")).isBool() && !integrations.value(QLatin1String("All")).toBool();
    for (const ProviderSettings& settings : m_config.providerSettings) {
        if (!chosen.isEmpty() && !chosen.contains(settings.id))
            continue;
        if (!settings.enabled) {
            reasons.append(tr("%1 is disabled").arg(settings.id));
            continue;
        }
        const std::optional<bool> on = integrationSwitch(integrations, settings);
        if (on.has_value()) {
            if (*on)
                result.append(settings.id);
            else
                reasons.append(tr("integrations turns %1 off").arg(settings.id));
            continue;
        }
        if (allOff) {
            reasons.append(tr("integrations.All is false and does not name %1").arg(settings.id));
            continue;
        }
        if (!settings.routes.matches(type, name)) {
            reasons.append(tr("the routes of %1 do not take it").arg(settings.id));
            continue;
        }
        result.append(settings.id);
    }
    if (result.isEmpty() && why) {
        for (const QString& id : chosen) {
            if (!m_config.settingsFor(id))
                reasons.prepend(tr("%1 is not configured").arg(id));
        }
        if (m_config.providerSettings.isEmpty())
            reasons.append(tr("no provider is configured under journey.providers"));
        *why = reasons.join(QLatin1String("; "));
    }
    return result;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "apppaths.h"

#include <QStandardPaths>

namespace Journey {

QString AppPaths::defaultStorePath()
{
    const QString fromEnvironment = qEnvironmentVariable("JOURNEY_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/journey-connector/journey.db");
}

QString AppPaths::defaultConfigPath()
{
    const QString fromEnvironment = qEnvironmentVariable("JOURNEY_CONFIG");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/journey-connector/config.json");
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Journey {

/// Where the GUI and `journeyctl` keep their files by default, so both use the same store and config.
class AppPaths
{
public:
    /// `$JOURNEY_STORE`, else `<app data>/journey-connector/journey.db`
    /// (on Linux `~/.local/share/journey-connector/journey.db`).
    static QString defaultStorePath();
    /// `$JOURNEY_CONFIG`, else `<config>/journey-connector/config.json`
    /// (on Linux `~/.config/journey-connector/config.json`).
    static QString defaultConfigPath();
};

} // namespace Journey

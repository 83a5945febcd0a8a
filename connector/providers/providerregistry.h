// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "provider.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Journey {

/*!
 * Every provider the connector can send to, by configuration key. A new provider is one Provider subclass
 * plus one line in the table in providerregistry.cpp.
 */
class ProviderRegistry
{
public:
    /// Configuration keys, in the order people see them ("segment", "rudderstack", "mixpanel", …).
    static QStringList ids();
    /// A fresh, unconfigured provider; null for an unknown id.
    static std::unique_ptr<Provider> create(const QString& id);
    /// "Google Analytics 4" for "ga4"; the id itself when unknown.
    static QString displayName(const QString& id);
};

} // namespace Journey

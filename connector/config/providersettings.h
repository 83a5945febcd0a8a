// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "routerules.h"

#include "providers/provider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace Journey {

/// What the connector does before sending an event that breaks the tracking plan (`validation`).
enum class ValidationMode {
    Allow, ///< send it as it is (violations are noted on the outbox row when a plan is set)
    OmitUnplannedProperties, ///< send it without the properties (traits) the plan does not list
    Block, ///< do not send an event with errors: it goes to the dead letters with its violations
};

/// "allow", "omit-unplanned-properties", "block" (stable: the configuration's values).
QString validationModeName(ValidationMode mode);
std::optional<ValidationMode> validationModeFromName(QStringView name);

/*!
 * One entry of `journey.providers`: the keys every provider shares, plus the provider's own keys
 * (credentials, options) which the provider class itself checks:
 *
 *     "mixpanel": {"token": "${MIXPANEL_TOKEN}",                 ← the provider's own keys
 *                  "enabled": true, "endpoint": "https://api-eu.mixpanel.com",
 *                  "batch": {"maxEvents": 500, "maxKB": 1024, "flushMs": 500},
 *                  "routes": {"types": ["track"], "events": ["Order *"]},
 *                  "timeoutMs": 10000, "maxAttempts": 10, "backoffMs": 500, "maxBackoffMs": 60000,
 *                  "concurrency": 4, "validation": "block"}
 */
struct ProviderSettings
{
    Q_DECLARE_TR_FUNCTIONS(Journey::ProviderSettings)

public:
    QString id;
    bool enabled = true;
    QUrl endpoint; ///< empty: the provider's default (or its own host key)
    int maxBatchEvents = 0; ///< 0: the provider's limit
    qint64 maxBatchBytes = 0; ///< 0: the provider's limit
    int flushIntervalMs = 200; ///< how long a partial batch may wait for more events
    int timeoutMs = 10000;
    int maxAttempts = 10; ///< attempts that reached the provider before an event is dead-lettered
    int backoffMs = 500; ///< first retry delay; doubles per attempt, with jitter
    int maxBackoffMs = 60000;
    int concurrency = 4; ///< requests in flight at once (4: the worker encodes and settles while answers come back)
    RouteRules routes;
    /// The collector passes what this provider's SDKs send it on to forwardTarget() and answers with the answer.
    bool forward = false;
    QUrl forwardTo; ///< where forwarding goes; empty: the provider's endpoint
    /// `validation`: what happens to events that break `journey.validation.plan` (or its lints) before sending.
    ValidationMode validationMode = ValidationMode::Allow;

    /// Where the collector forwards this provider's traffic: forwardTo, else the endpoint deliveries use.
    QUrl forwardTarget() const;
    QJsonObject options; ///< the provider's own keys

    /// The provider, configured with \a options and \a endpoint.
    ProviderPtr provider;

    /// The limits requests obey: the provider's, lowered by the configuration.
    BatchLimits effectiveLimits() const;

    /// Reads `journey.providers.<id>` (already `${VAR}`-expanded). Unknown provider ids, unknown keys and wrong
    /// types are errors naming the key.
    static bool parse(const QString& id, const QJsonObject& object, ProviderSettings& out, QString* error);
};

} // namespace Journey

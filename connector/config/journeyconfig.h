// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "collectorconfig.h"
#include "providersettings.h"
#include "samplingrules.h"

#include <QCoreApplication>
#include <QList>

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Journey {

/*!
 * The configuration file shared by the GUI and `journeyctl` (see docs/CONFIGURATION.md):
 *
 *     {"journey": {"enabled": true,
 *                  "collector": {"listen": "127.0.0.1:8787", "writeKeys": ["${SEGMENT_WRITE_KEY}"]},
 *                  "provider": "segment",
 *                  "providers": {"segment": {"writeKey": "${SEGMENT_WRITE_KEY}"}, …},
 *                  "sampling": {"Page Viewed": 0.1},
 *                  "queue": {"maxEvents": 100000}}}
 *
 * `provider` names where calls go when the caller does not say: one id, a list of ids, or "all" (every
 * enabled provider). Without it, calls go to every enabled provider.
 *
 * `${NAME}` in any string is replaced by the environment variable NAME (`$$` is a literal `$`). A missing
 * variable, an unknown key or a value of the wrong type is an error that names the key.
 */
struct JourneyConfig
{
    Q_DECLARE_TR_FUNCTIONS(Journey::JourneyConfig)

public:
    bool enabled = true;
    CollectorConfig collector;
    QStringList defaultProviders; ///< `provider`: ids calls go to by default; empty = every enabled provider
    QJsonObject providers; ///< per provider settings as written (expanded); secrets inside
    QList<ProviderSettings> providerSettings; ///< the same, parsed and checked, providers configured
    SamplingRules sampling;
    int queueCapacity = 100000; ///< events accepted but not yet in the outbox before calls report a full queue
    /// `validation.plan`: the tracking plan (file, Segment export or folder of schemas; relative to the
    /// configuration file) every collected and sent event is checked against; empty: none.
    QString validationPlan;
    /// `validation.lint`: providers whose lints apply to every event (ProviderLinter ids, or "all").
    QStringList validationLint;
    QStringList knownSecrets; ///< every value that came from a secret-looking key, to mask everywhere

    static QStringList providerNames();
    /// The parsed settings of provider \a id, or null when it is not configured.
    const ProviderSettings* settingsFor(const QString& id) const;

    /// Reads \a path. A missing file gives the defaults when \a missingIsOk, else an error.
    static bool load(const QString& path, bool missingIsOk, JourneyConfig& out, QString* error);
    /// Parses configuration text; \a origin names it in errors.
    static bool parse(const QByteArray& text, const QString& origin, JourneyConfig& out, QString* error);
    /// Sets `journey.collector.listen` in the file at \a path, keeping everything else as written.
    static bool saveCollectorListen(const QString& path, const QString& listen, QString* error);
};

} // namespace Journey

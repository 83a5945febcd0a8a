// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Journey {

/*!
 * Answers PostHog's feature-flag endpoints (`/flags/`, `/decide/`) from the flags configured for the collector
 * (CollectorConfig::featureFlags), so that an SDK pointed at the collector gets the flag values a developer
 * chose: `getFeatureFlag`, `isFeatureEnabled` and `getFeatureFlagPayload` return exactly the configured values,
 * and a flag that is not configured is absent from the answer (the SDK then says undefined / false).
 *
 * Every configured flag evaluates the same way for every person: there are no rollout conditions.
 *
 * Answer shapes, as PostHog's flags service gives them:
 * - `/flags/?v=2` (posthog-node 5, posthog-js): `{"flags":{key:{key, enabled, variant, reason, metadata:{id,
 *   version, payload}}}, "errorsWhileComputingFlags":false, "requestId", "evaluatedAt"}`, the payload being a
 *   JSON text (a string) or null.
 * - `/flags/` without v=2 and `/decide/?v=3`: `{"featureFlags":{key:true|false|"variant"},
 *   "featureFlagPayloads":{key:"<JSON text>"}, "errorsWhileComputingFlags":false, "requestId"}`.
 * - `/decide/?v=4` and later: the v3 answer plus `flags` as in v2.
 */
class PostHogFlagResponder
{
public:
    enum class Api {
        Flags, ///< `/flags/`
        Decide, ///< `/decide/` (older SDKs)
    };

    /// \a flags: key → flag, in CollectorConfig::featureFlags' form (raw config values are accepted too).
    explicit PostHogFlagResponder(const QJsonObject& flags);

    /*!
     * The answer to one request to \a api with query `v` = \a version (nothing when the query had none).
     * \a onlyKeys (the request's `flag_keys_to_evaluate`) limits the answer to those flags. \a requestId and
     * \a evaluatedAtMs go into the answer as PostHog's `requestId` and `evaluatedAt`.
     */
    QJsonObject answer(Api api, std::optional<int> version, const std::optional<QStringList>& onlyKeys,
        const QString& requestId, qint64 evaluatedAtMs) const;

    /// A flag payload as PostHog sends it: the JSON text of \a payload (`{"a":1}` → `"{\"a\":1}"`).
    static QString payloadText(const QJsonValue& payload);

private:
    struct Flag
    {
        QString key;
        bool enabled = false;
        QString variant; ///< empty: a boolean flag
        std::optional<QJsonValue> payload;
        int id = 0; ///< stands in for PostHog's flag id: the position in the configuration, from 1
    };

    QJsonObject detail(const Flag& flag) const;

    QList<Flag> m_flags;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "provider.h"

#include <QCoreApplication>

namespace Journey {

/*!
 * Amplitude HTTP V2 (`/2/httpapi`) or Batch Event Upload (`/batch`) (providers.md §3). Every call becomes
 * events of `{"api_key", "events", "options"}`: identify a `$identify` event, group a `$identify` event
 * (membership) plus a `$groupidentify` event (group properties); alias has no ingestion equivalent and is
 * rejected.
 *
 * Settings: `apiKey` (required), `useBatch` (send to `/batch`), `minIdLength` (`options.min_id_length`),
 * `groupType` (the group type of group calls, default "company").
 */
class AmplitudeProvider : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(Journey::AmplitudeProvider)

public:
    QString id() const override;
    QString displayName() const override;
    /// Also the name of Segment's Actions destination, which `integrations` objects use too.
    QStringList integrationNames() const override;
    QUrl defaultEndpoint() const override;
    BatchLimits limits() const override;
    QStringList settingKeys() const override;
    bool configure(const QJsonObject& settings, QString* error) override;
    QStringList secrets() const override;
    EncodedBatch encode(const QList<OutboundEvent>& events, const BatchLimits& limits) const override;
    DeliveryVerdict classify(const ProviderRequest& request, const ProviderResponse& response) const override;

    /// Amplitude's default minimum length of user_id and device_id.
    static constexpr int defaultMinIdLength = 5;
    /// The longest string Amplitude stores; longer values are cut to this (and noted).
    static constexpr int maxStringLength = 1024;
    /// Whether Amplitude refuses \a id as a user_id or device_id ("anonymous", "null", "lmy47d", … §3.2).
    static bool isInvalidId(const QString& id);
    /// How long throttled events wait (providers.md §3.4: ~30 s for HTTP V2, ~15 s for /batch).
    static constexpr qint64 throttlePauseMs = 30 * 1000;
    static constexpr qint64 batchThrottlePauseMs = 15 * 1000;
    /// How long events of a user or device over the daily quota wait: the quota counts a rolling 24 h, so
    /// the count falls gradually; an hour keeps retries rare without holding the events for a whole day.
    static constexpr qint64 dailyQuotaPauseMs = 60 * 60 * 1000;

private:
    QString m_apiKey;
    bool m_useBatch = false;
    int m_minIdLength = 0; ///< 0: not set, Amplitude's default applies and no `options` are sent
    QString m_groupType = QStringLiteral("company");
};

} // namespace Journey

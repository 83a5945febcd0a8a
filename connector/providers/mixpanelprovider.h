// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "provider.h"

#include <QCoreApplication>

namespace Journey {

/*!
 * Mixpanel ingestion (providers.md §2). Events go to `/track` with the project token, or to
 * `/import?strict=1` with HTTP Basic auth when a project secret or a service account is configured.
 * identify and group become profile updates on `/engage` and `/groups`; alias becomes a `$create_alias`
 * event, which Mixpanel documents on `/track` only.
 *
 * Settings: `token` (required), `apiSecret` or `serviceAccount` {`username`, `secret`} with `projectId`,
 * `groupKey` (the group key of group calls, default "company").
 */
class MixpanelProvider : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(Journey::MixpanelProvider)

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

    /// True when events go to `/import` (a project secret or a service account is set).
    bool usesImport() const { return !m_basicCredentials.isEmpty(); }

    /// `/track` ingests only events of the last five days (providers.md §0.3).
    static constexpr qint64 trackWindowMs = 5LL * 24 * 3600 * 1000;
    /// Whether Mixpanel refuses \a id as a `distinct_id` or `$insert_id` ("anonymous", "null", "0", … §2.3).
    static bool isForbiddenId(const QString& id);

private:
    QString m_token;
    QString m_apiSecret;
    QString m_serviceUser;
    QString m_serviceSecret;
    QString m_projectId;
    QString m_groupKey = QStringLiteral("company");
    QByteArray m_basicCredentials; ///< base64 "user:secret" for `/import`; empty without a secret
};

} // namespace Journey

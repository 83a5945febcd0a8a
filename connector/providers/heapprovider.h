// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "provider.h"

#include <QCoreApplication>

namespace Journey {

/*!
 * Heap's server-side APIs (../shared/reference/providers.md §4): `app_id` in every JSON body, no gzip.
 *
 * - track → `POST /api/track` bulk `{"app_id", "events": [{identity | user_id, event, timestamp,
 *   properties, idempotency_key}]}`; page → the custom event "Page Viewed", screen → "Screen Viewed"
 *   (Heap has no server-side view API).
 * - identify → `POST /api/add_user_properties` bulk `{"app_id", "users": [{identity, properties}]}`, plus
 *   `POST /api/v1/identify` when the anonymousId is a Heap SDK user id (a decimal number) to move that
 *   user's events to the identity.
 * - group → `/api/add_user_properties` setting the account-id user property to the groupId, plus
 *   `/api/add_account_properties` bulk `{"app_id", "accounts": [{account_id, properties}]}` for the traits.
 * - alias → `POST /api/v1/identify` `{"app_id", "user_id": previousId, "identity": userId}`, only when
 *   previousId is a Heap SDK user id; any other alias is rejected.
 *
 * Identity: the userId; without one the anonymousId becomes the identity (Heap then shows the anonymous
 * visitor as an identified user, noted), except on track/page/screen where an anonymousId that is a Heap SDK
 * user id is sent as `user_id`. Properties are flattened to numbers and strings (dotted keys, arrays joined
 * with "||" as Heap itself stores them, booleans as "true"/"false"), keys and values cut below 1024
 * characters. The dedup key `idempotency_key` is the messageId.
 */
class HeapProvider : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(Journey::HeapProvider)

public:
    QString id() const override { return QStringLiteral("heap"); }
    QString displayName() const override { return QStringLiteral("Heap"); }
    QStringList integrationNames() const override;
    QUrl defaultEndpoint() const override;
    BatchLimits limits() const override;
    QStringList settingKeys() const override;
    bool configure(const QJsonObject& settings, QString* error) override;
    QStringList secrets() const override;
    EncodedBatch encode(const QList<OutboundEvent>& events, const BatchLimits& limits) const override;

    QString appId() const { return m_appId; }
    QString accountIdProperty() const { return m_accountIdProperty; }

    /// True for a Heap SDK user id: a decimal number in [0, 2^53 − 1] without leading zeros.
    static bool isHeapUserId(const QString& text);

private:
    QString m_appId;
    QString m_accountIdProperty = QStringLiteral("account_id");
};

} // namespace Journey

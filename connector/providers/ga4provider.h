// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "provider.h"

#include <QCoreApplication>

namespace Journey {

/*!
 * Google Analytics 4 Measurement Protocol (../shared/reference/providers.md §5): `POST /mp/collect?measurement_id=…
 * &api_secret=…` (web stream) or `?firebase_app_id=…&api_secret=…` (app stream), JSON, no gzip. With the
 * `validate` option requests go to `/debug/mp/collect` instead: GA4 checks them and records nothing, and
 * classify() fails the events its `validationMessages` name.
 *
 * A request carries one client (`client_id` on web streams, `app_instance_id` on app streams), one `user_id`
 * and one set of request-level fields (`user_properties`, `user_data`, `ip_override`, `device`), so events are
 * grouped by those; an event that sets user properties starts a new request, so that they apply from that
 * event on. At most 25 events and 130 000 bytes per request.
 *
 * - client_id: the anonymousId; without one, a stable value derived from the userId ("<n>.<n>", the first 8
 *   bytes of SHA-256(userId) as two decimal numbers, the shape of the gtag cookie id). app_instance_id: the
 *   anonymousId when it is 32 hex digits (what the Firebase SDK reports), else 32 hex digits of SHA-256 of the
 *   anonymousId (or userId). Both derivations are noted on the event.
 * - track → an event named after the canonical one (sanitised: "Order Completed" → "order_completed"), or the
 *   GA4 ecommerce event for the Segment ecommerce spec ("Order Completed" → "purchase" with transaction_id,
 *   value, currency, items; see ecommerce mapping in the .cpp). page → `page_view` (page_location, page_title,
 *   page_referrer), screen → `screen_view` (screen_name, screen_class). identify → GA4 has no identify call:
 *   the recommended `login` event carrying the user_id and the traits as `user_properties` (e-mail and phone
 *   only SHA-256-hashed in `user_data`, other personal data not sent). group → `join_group` with `group_id`,
 *   the traits as `group_*` parameters, and the user property `group_id`. alias → rejected (GA4 joins users by
 *   user_id only).
 * - `timestamp_micros` on every event from the canonical timestamp; `session_id` and `engagement_time_msec`
 *   from the properties or from `context.sessionId` / `context.engagementTimeMsec`.
 * - GA4 has no dedup id and answers 2xx even for events it drops: every event carries a note saying so.
 */
class Ga4Provider : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(Journey::Ga4Provider)

public:
    QString id() const override { return QStringLiteral("ga4"); }
    QString displayName() const override { return QStringLiteral("Google Analytics 4"); }
    QStringList integrationNames() const override;
    QUrl defaultEndpoint() const override;
    BatchLimits limits() const override;
    QStringList settingKeys() const override;
    bool configure(const QJsonObject& settings, QString* error) override;
    QStringList secrets() const override;
    EncodedBatch encode(const QList<OutboundEvent>& events, const BatchLimits& limits) const override;
    /// The default HTTP rules; for `/debug/mp/collect` answers also the `validationMessages`.
    DeliveryVerdict classify(const ProviderRequest& request, const ProviderResponse& response) const override;

    bool isAppStream() const { return !m_firebaseAppId.isEmpty(); }
    bool validates() const { return m_validate; }

    /*!
     * \a name following GA4's naming rules: letters (accents removed), digits and `_`, starting with a letter,
     * at most \a maxLength characters; runs of other characters become one `_`, leading `_` are removed, and
     * names that start with a digit or a reserved prefix (`firebase_`, `ga_`, `google_`) or are in
     * \a reserved get the prefix `custom_`. Empty when nothing usable is left.
     */
    static QString sanitizedName(const QString& name, int maxLength, bool lowercase, const QStringList& reserved = {});
    /// The client_id used for \a userId when an event has no anonymousId.
    static QString clientIdFromUserId(const QString& userId);

private:
    QString m_measurementId;
    QString m_firebaseAppId;
    QString m_apiSecret;
    bool m_validate = false;
};

} // namespace Journey

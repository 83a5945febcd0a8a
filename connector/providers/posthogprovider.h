// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "provider.h"

#include <QCoreApplication>

namespace Journey {

/*!
 * PostHog's capture API (providers.md §6): events in `POST {endpoint}/batch/` bodies
 * `{"api_key":…,"batch":[{event, distinct_id, uuid, timestamp, properties}]}`, gzip-compressed.
 *
 * Settings: `apiKey` (required, the project API key `phc_…`), `host` (optional base URL, default
 * https://us.i.posthog.com; the app hosts us/eu/app.posthog.com are replaced by their ingest hosts, as the
 * python SDK does), `groupType` (optional, default "company": the PostHog group type Segment group ids go to).
 *
 * The six calls: track → the event; identify → `$identify` with `$set` (traits) and `$anon_distinct_id` when
 * both ids are known, or `$set` when only an anonymous id is; page → `$pageview`; screen → `$screen`
 * (`$screen_name`); group → `$groupidentify` for `$<groupType>_<groupId>`; alias → `$create_alias`.
 * `distinct_id` is userId, else anonymousId; `uuid` is DedupIds::uuid(messageId).
 *
 * Context goes where PostHog's own SDKs put it (`$ip`, `$current_url`, `$host`, `$pathname`, `$referrer`,
 * `$referring_domain`, `$title`, `$os`, `$os_version`, `$screen_width`, `$screen_height`, `$device_type`,
 * `$device_manufacturer`, `$device_model`, `$device_name`, `$app_name`, `$app_version`, `$app_build`,
 * `$app_namespace`, `$lib`, `$lib_version`, `$locale`, `$timezone`, `$raw_user_agent`); `context.campaign`
 * becomes `utm_*`, `context.groupId` becomes `$groups: {<groupType>: groupId}`, and every other context
 * member is kept as the property `segment_<member>` (the names PostHog's Segment destination uses), as are the
 * ids PostHog has no field for (`segment_userId`, `segment_anonymousId`: the anonymous id of an identified
 * user's event, both ids of a group call). Without
 * `context.ip` events carry `$geoip_disable: true`, as the server SDKs send by default, so that PostHog does
 * not locate every user at the connector's address.
 *
 * No `sent_at`: PostHog would shift each timestamp by (its clock − sent_at), so a request encoded once and
 * retried later would move its events, and the timestamps here are already the events' own (§6.6).
 */
class PostHogProvider : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(Journey::PostHogProvider)

public:
    PostHogProvider();
    ~PostHogProvider() override;

    QString id() const override;
    QString displayName() const override;
    QUrl defaultEndpoint() const override;
    /// 1000 events, 20 000 000 bytes per request, 900 KiB per event (see the .cpp).
    BatchLimits limits() const override;
    QStringList settingKeys() const override;
    bool configure(const QJsonObject& settings, QString* error) override;
    QStringList secrets() const override;
    /// Reads the message text (PostHogEventWriter): the worker need not parse it.
    bool needsParsedMessage() const override { return false; }
    EncodedBatch encode(const QList<OutboundEvent>& events, const BatchLimits& limits) const override;
    /// The common HTTP rules (only 2xx is delivered, 413 splits), with PostHog's error `detail` as the reason.
    DeliveryVerdict classify(const ProviderRequest& request, const ProviderResponse& response) const override;

    QString apiKey() const { return m_apiKey; }
    QString groupType() const { return m_groupType; }

private:
    QString m_apiKey;
    QString m_groupType;
};

} // namespace Journey

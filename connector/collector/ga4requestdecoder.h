// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "canonicaleventwriter.h"
#include "config/collectorconfig.h"
#include "providers/ga4payloadvalidator.h"
#include "requestdecoder.h"

#include <QJsonObject>

namespace Journey {

/*!
 * Decodes Google Analytics 4's Measurement Protocol: `/mp/collect` and the validation server `/debug/mp/collect`
 * (docs/collector/ga4.md).
 *
 * Both take `POST ?api_secret=…&measurement_id=…` (or `firebase_app_id=…`) with a JSON body `{client_id |
 * app_instance_id, user_id, timestamp_micros, user_properties, …, events:[{name, params, timestamp_micros}]}`.
 * `/mp/collect` stores one canonical event per GA4 event (page_view → page, screen_view → screen, join_group →
 * group, anything else → track) and answers 204 with no body, as Google does, even when the request breaks GA4's
 * limits: Ga4PayloadValidator's findings go with each event as `context.ga4.validationMessages`.
 * `/debug/mp/collect` stores nothing and answers 200 `{"validationMessages":[…]}`.
 *
 * Stricter than Google, which answers 2xx to anything: a missing api_secret or stream id, a body that is not a
 * JSON object, or members of the wrong type (events not an array, an event without a name) are rejected with 400.
 *
 * Also reads what gtag.js sends from browsers, `GET|POST /g/collect?v=2&tid=…&en=…` (Ga4HitParser): each hit
 * becomes the Measurement Protocol body it stands for and goes through the same mapping; the answer is 204.
 */
class Ga4RequestDecoder : public RequestDecoder
{
public:
    explicit Ga4RequestDecoder(const CollectorConfig& config);

    EventSource source() const override { return EventSource::GoogleAnalytics4; }
    QStringList prefixes() const override;
    QStringList paths() const override;
    Claim claim(const CollectorRequest& request) const override;
    void decode(const CollectorRequest& request, DecodedRequest& out) override;

private:
    /// `/g/collect`: one hit in the query, or one per line of the body with the query's parameters shared.
    void decodeHits(const CollectorRequest& request, DecodedRequest& out);
    /// The canonical message for event \a index of \a body (whose shape is checked already).
    QJsonObject canonicalEvent(const QJsonObject& body, const QJsonObject& sharedContext, int index,
        const QList<Ga4PayloadValidator::Message>& messages) const;

    CollectorConfig m_config;
    CanonicalEventWriter m_writer;
    Ga4PayloadValidator m_validator;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "provider.h"

#include <QCoreApplication>

namespace Journey {

/*!
 * Segment's HTTP Tracking API (providers.md §1): canonical messages are already Segment messages, so they go
 * out as they are, in `POST {endpoint}/v1/batch` bodies `{"batch":[…],"sentAt":…,"writeKey":…}` with
 * `Authorization: Basic base64("<writeKey>:")`, gzip-compressed. `messageId` is Segment's dedup key.
 *
 * Settings: `writeKey` (required).
 *
 * Messages Segment would accept with a 200 and then discard (no user or anonymous id, a track call without an
 * event name, a group call without groupId, an alias without previousId or userId) are rejected before sending,
 * so that they show up as rejected here instead of vanishing there.
 */
class SegmentProvider : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(Journey::SegmentProvider)

public:
    SegmentProvider();
    ~SegmentProvider() override;

    QString id() const override;
    QString displayName() const override;
    /// "Segment", and "Segment.io" (the name analytics.js uses in `integrations`).
    QStringList integrationNames() const override;
    QUrl defaultEndpoint() const override;
    /// 2500 events, 480 KB per request (below the documented 500 KB, see the .cpp), 32 KB per event.
    BatchLimits limits() const override;
    QStringList settingKeys() const override;
    bool configure(const QJsonObject& settings, QString* error) override;
    QStringList secrets() const override;
    bool needsParsedMessage() const override { return false; }
    EncodedBatch encode(const QList<OutboundEvent>& events, const BatchLimits& limits) const override;
    /// analytics-node's rules (providers.md §1.6): 200–399 delivered; 408, 410, 429, 460 and 5xx retried
    /// except 501, 505, 511; other statuses failed. 429 with Retry-After waits 1–300 s and does not count as an
    /// attempt; 429 without it waits 60 s. 413 splits the batch.
    DeliveryVerdict classify(const ProviderRequest& request, const ProviderResponse& response) const override;

    QString writeKey() const { return m_writeKey; }

protected:
    /// Rejects keys outside settingKeys() and reads `writeKey`; subclasses call it first from configure().
    bool configureWriteKey(const QJsonObject& settings, QString* error);
    /// `journey.providers.<id>.<key>`, the name errors use.
    QString settingPath(const QString& key) const;
    /// Whether the body repeats the write key next to the Basic auth header (Segment documents both).
    virtual bool writeKeyInBody() const { return true; }

private:
    QString m_writeKey;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "segmentprovider.h"

#include <QCoreApplication>

namespace Journey {

/*!
 * RudderStack's HTTP API (providers.md §1.9): the same Segment-spec messages and `POST /v1/batch` as Segment,
 * sent to the workspace's data plane with `Authorization: Basic base64("<writeKey>:")`, gzip-compressed.
 * Only the Basic header carries the write key (the gateway reads nothing else), so the body is
 * `{"batch":[…],"sentAt":…}`.
 *
 * Settings: `writeKey` (required), `dataPlaneUrl` (required, an http(s) base URL; becomes the endpoint unless
 * `endpoint` overrides it).
 */
class RudderStackProvider : public SegmentProvider
{
    Q_DECLARE_TR_FUNCTIONS(Journey::RudderStackProvider)

public:
    RudderStackProvider();
    ~RudderStackProvider() override;

    QString id() const override;
    QString displayName() const override;
    QStringList integrationNames() const override;
    /// None: every workspace has its own data plane, so `dataPlaneUrl` is required.
    QUrl defaultEndpoint() const override;
    /// 2500 events (see the .cpp), 4 000 000 bytes per request and per event.
    BatchLimits limits() const override;
    QStringList settingKeys() const override;
    bool configure(const QJsonObject& settings, QString* error) override;

protected:
    bool writeKeyInBody() const override { return false; }
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "rudderstackprovider.h"

#include <QCoreApplication>

namespace Journey {

RudderStackProvider::RudderStackProvider() = default;
RudderStackProvider::~RudderStackProvider() = default;

QString RudderStackProvider::id() const
{
    return QStringLiteral("rudderstack");
}

QString RudderStackProvider::displayName() const
{
    return QStringLiteral("RudderStack");
}

QStringList RudderStackProvider::integrationNames() const
{
    return { QStringLiteral("RudderStack") };
}

QUrl RudderStackProvider::defaultEndpoint() const
{
    return {};
}

BatchLimits RudderStackProvider::limits() const
{
    BatchLimits limits;
    // The gateway has no fixed event count (it is a per-deployment setting; rudder-server's own default is far
    // higher); 2500, Segment's limit, keeps one request's retry cost the same for both Segment-style providers.
    limits.maxEvents = 2500;
    // Gateway.maxReqSizeInKB defaults to 4000; rudder-server multiplied it by 1000 in older releases and by 1024
    // in newer ones, so 4 000 000 bytes is below the limit of both. The gateway has no separate per-event
    // limit: a single event may use the whole request.
    limits.maxRequestBytes = 4000 * 1000;
    limits.maxEventBytes = 4000 * 1000;
    return limits;
}

QStringList RudderStackProvider::settingKeys() const
{
    return { QStringLiteral("writeKey"), QStringLiteral("dataPlaneUrl") };
}

bool RudderStackProvider::configure(const QJsonObject& settings, QString* error)
{
    if (!configureWriteKey(settings, error))
        return false;

    const QString path = settingPath(QStringLiteral("dataPlaneUrl"));
    const QJsonValue value = settings.value(QLatin1String("dataPlaneUrl"));
    if (!value.isUndefined() && !value.isNull() && !value.isString()) {
        if (error)
            *error = tr("%1: expected a string").arg(path);
        return false;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        if (error) {
            *error = tr("%1 is missing: RudderStack needs the data plane URL of the workspace "
                        "(e.g. https://example-dataplane.rudderstack.com)")
                         .arg(path);
        }
        return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty()
        || url.hasQuery() || url.hasFragment()) {
        if (error)
            *error = tr("%1: \"%2\" is not an http(s) base URL").arg(path, text);
        return false;
    }
    setConfiguredEndpoint(url);
    return true;
}

} // namespace Journey

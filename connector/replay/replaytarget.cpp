// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "replaytarget.h"

#include "config/journeyconfig.h"

namespace Journey {

ReplayTarget ReplayTarget::forProvider(const QString& id, const QUrl& endpoint)
{
    ReplayTarget target;
    target.kind = Kind::Provider;
    target.provider = id;
    target.url = endpoint;
    return target;
}

ReplayTarget ReplayTarget::forCollector(const QUrl& url)
{
    ReplayTarget target;
    target.kind = Kind::Collector;
    target.url = url;
    return target;
}

ReplayTarget ReplayTarget::forUrl(const QUrl& url)
{
    ReplayTarget target;
    target.kind = Kind::Url;
    target.url = url;
    return target;
}

QUrl ReplayTarget::collectorUrl(const JourneyConfig& config)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QString host = config.collector.host;
    // A collector listening on every interface is reached on the loopback one.
    if (host.isEmpty() || host == QLatin1String("0.0.0.0"))
        host = QStringLiteral("127.0.0.1");
    else if (host == QLatin1String("::"))
        host = QStringLiteral("::1");
    url.setHost(host);
    url.setPort(config.collector.port);
    return url;
}

HttpHeaders ReplayTarget::collectorHeaders(const JourneyConfig& config)
{
    if (config.collector.writeKeys.isEmpty())
        return {};
    return { { QByteArrayLiteral("Authorization"),
        QByteArray("Basic " + QByteArray(config.collector.writeKeys.first() + ':').toBase64()) } };
}

bool ReplayTarget::parse(const QString& text, const JourneyConfig& config, ReplayTarget& out, QString* error)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        *error = tr("expected a configured provider, collector or an http(s) URL");
        return false;
    }
    if (value == QLatin1String("collector")) {
        out = forCollector(collectorUrl(config));
        return true;
    }
    if (value.contains(QLatin1String("://"))) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            *error = tr("'%1' is not an http:// or https:// URL").arg(value);
            return false;
        }
        out = forUrl(url);
        return true;
    }
    if (!JourneyConfig::providerNames().contains(value)) {
        *error = tr("unknown target '%1'; expected a provider (%2), collector or an http(s) URL")
                     .arg(value, JourneyConfig::providerNames().join(QLatin1String(", ")));
        return false;
    }
    const ProviderSettings* settings = config.settingsFor(value);
    if (!settings) {
        *error
            = tr("%1 is not configured: add journey.providers.%1 with its credentials to the configuration").arg(value);
        return false;
    }
    if (!settings->enabled) {
        *error = tr("%1 is disabled in the configuration (journey.providers.%1.enabled)").arg(value);
        return false;
    }
    out = forProvider(value, settings->provider ? settings->provider->endpoint() : settings->endpoint);
    return true;
}

QString ReplayTarget::describe() const
{
    switch (kind) {
    case Kind::Provider:
        return provider;
    case Kind::Collector:
        return tr("the collector (%1)").arg(url.toString(QUrl::RemoveUserInfo));
    case Kind::Url:
        break;
    }
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

} // namespace Journey

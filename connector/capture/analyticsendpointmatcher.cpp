// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "analyticsendpointmatcher.h"

namespace Journey {

AnalyticsEndpointMatcher::AnalyticsEndpointMatcher()
    : m_hosts(knownHosts())
{ }

QList<AnalyticsEndpointMatcher::Host> AnalyticsEndpointMatcher::knownHosts()
{
    // docs/CAPTURES.md lists these; /work/shared/reference/providers.md §0.1 and each provider's section name them.
    return {
        { QStringLiteral("api.segment.io"), EventSource::Segment },
        { QStringLiteral("events.eu1.segmentapis.com"), EventSource::Segment },
        { QStringLiteral("*.dataplane.rudderstack.com"), EventSource::RudderStack },
        { QStringLiteral("hosted.rudderlabs.com"), EventSource::RudderStack },
        { QStringLiteral("api.mixpanel.com"), EventSource::Mixpanel },
        { QStringLiteral("api-js.mixpanel.com"), EventSource::Mixpanel },
        { QStringLiteral("api-eu.mixpanel.com"), EventSource::Mixpanel },
        { QStringLiteral("api-in.mixpanel.com"), EventSource::Mixpanel },
        { QStringLiteral("api2.amplitude.com"), EventSource::Amplitude },
        { QStringLiteral("api.amplitude.com"), EventSource::Amplitude },
        { QStringLiteral("api.eu.amplitude.com"), EventSource::Amplitude },
        { QStringLiteral("*.i.posthog.com"), EventSource::PostHog },
        { QStringLiteral("app.posthog.com"), EventSource::PostHog },
        { QStringLiteral("www.google-analytics.com"), EventSource::GoogleAnalytics4 },
        { QStringLiteral("region1.google-analytics.com"), EventSource::GoogleAnalytics4 },
        { QStringLiteral("analytics.google.com"), EventSource::GoogleAnalytics4 },
        { QStringLiteral("region1.analytics.google.com"), EventSource::GoogleAnalytics4 },
        { QStringLiteral("heapanalytics.com"), EventSource::Heap },
        { QStringLiteral("c.us.heap-api.com"), EventSource::Heap },
        { QStringLiteral("c.eu.heap-api.com"), EventSource::Heap },
    };
}

void AnalyticsEndpointMatcher::addHost(const QString& pattern, EventSource provider)
{
    m_hosts.append({ pattern.trimmed().toLower(), provider });
}

bool AnalyticsEndpointMatcher::addHostSpec(const QString& spec, QString* error)
{
    const qsizetype equals = spec.lastIndexOf(QLatin1Char('='));
    if (equals <= 0 || equals == spec.size() - 1) {
        *error = tr("\"%1\" is not HOST=PROVIDER (e.g. dataplane.example.com=rudderstack)").arg(spec);
        return false;
    }
    QString host = spec.left(equals).trimmed().toLower();
    const QString name = spec.mid(equals + 1).trimmed().toLower();
    // A URL is forgiven: its host (and port) is what counts.
    if (host.contains(QLatin1String("://"))) {
        const QUrl url(host);
        host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    }
    const QString bare = host.startsWith(QLatin1String("*.")) ? host.mid(2) : host;
    if (bare.isEmpty() || bare.contains(QLatin1Char('/')) || bare.contains(QLatin1Char('*'))
        || bare.contains(QLatin1Char(' '))) {
        *error = tr("\"%1\" is not a host name (a host, \"*.domain\" for its subdomains, or host:port)").arg(host);
        return false;
    }
    EventSource provider = EventSource::Unknown;
    if (name != QLatin1String("collector")) {
        const auto source = eventSourceFromName(name.toLatin1());
        if (!source || *source == EventSource::Import || *source == EventSource::Connector || *source == EventSource::Unknown) {
            *error = tr("\"%1\" is not one of segment, rudderstack, mixpanel, amplitude, posthog, ga4, heap, collector")
                         .arg(name);
            return false;
        }
        provider = *source;
    }
    addHost(host, provider);
    return true;
}

bool AnalyticsEndpointMatcher::matches(const QString& pattern, const QString& host, int port)
{
    QStringView name(pattern);
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon > 0 && !name.contains(u']')) {
        // "host:port" matches that port only.
        bool ok = false;
        const int wanted = name.sliced(colon + 1).toInt(&ok);
        if (!ok || wanted != port)
            return false;
        name = name.first(colon);
    }
    if (name.startsWith(QLatin1String("*."))) {
        const QStringView domain = name.sliced(1); // ".i.posthog.com"
        return host.size() > domain.size() && QStringView(host).endsWith(domain);
    }
    return name == host;
}

std::optional<EventSource> AnalyticsEndpointMatcher::providerOf(const QUrl& url) const
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return std::nullopt;
    QString host = url.host().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    for (qsizetype i = m_hosts.size() - 1; i >= 0; --i) {
        if (matches(m_hosts[i].pattern, host, port))
            return m_hosts[i].provider;
    }
    return std::nullopt;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Journey {

/*!
 * Says which analytics provider a request went to, from its host alone: the providers' documented ingestion hosts
 * (api.segment.io, api-js.mixpanel.com, *.i.posthog.com, …, listed by knownHosts()) plus hosts people add (a
 * RudderStack data plane, a self-hosted PostHog, a first-party proxy). Nothing is guessed from paths or bodies.
 *
 * A host added with EventSource::Unknown is a Journey collector (or anything speaking all formats on one port):
 * requests to it are routed by path as the collector routes them.
 */
class AnalyticsEndpointMatcher
{
    Q_DECLARE_TR_FUNCTIONS(Journey::AnalyticsEndpointMatcher)

public:
    struct Host
    {
        QString pattern; ///< "api.segment.io", "*.i.posthog.com" (any subdomain), "localhost:8787" (that port only)
        EventSource provider = EventSource::Unknown; ///< Unknown: a collector, routed by path
    };

    /// The providers' own hosts.
    AnalyticsEndpointMatcher();

    /// The documented ingestion hosts of every supported provider.
    static QList<Host> knownHosts();

    /// Adds a host (pattern as in Host) for \a provider; later additions win over earlier ones and known hosts.
    void addHost(const QString& pattern, EventSource provider);
    /*!
     * Adds a host from `HOST=PROVIDER` ("dp.example.com=rudderstack", "127.0.0.1:8787=collector"), PROVIDER
     * being segment, rudderstack, mixpanel, amplitude, posthog, ga4, heap or collector. False with \a error
     * saying what is wrong.
     */
    bool addHostSpec(const QString& spec, QString* error);

    /// The provider \a url's host belongs to; nothing when it is no analytics host.
    std::optional<EventSource> providerOf(const QUrl& url) const;

    const QList<Host>& hosts() const { return m_hosts; }

private:
    static bool matches(const QString& pattern, const QString& host, int port);

    QList<Host> m_hosts; ///< searched from the end: added hosts first
};

} // namespace Journey

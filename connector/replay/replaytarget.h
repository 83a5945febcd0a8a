// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "providers/providerrequest.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Journey {

struct JourneyConfig;

/*!
 * Where a replay goes: a configured provider (through the connector, in that provider's format), the local
 * collector, or any URL. The collector and URLs get each captured request in its original wire format and
 * the events without one in Segment's format.
 */
struct ReplayTarget
{
    Q_DECLARE_TR_FUNCTIONS(Journey::ReplayTarget)

public:
    enum class Kind {
        Provider, ///< a configured provider, through Connector::send()
        Collector, ///< the local collector of the configuration (`journey.collector.listen`)
        Url, ///< a raw base URL: request paths are appended to its path
    };

    Kind kind = Kind::Url;
    QString provider; ///< Kind::Provider: the provider id ("segment")
    QUrl url; ///< Collector and Url: the base URL; Provider: the provider's endpoint (for people)

    static ReplayTarget forProvider(const QString& id, const QUrl& endpoint = {});
    static ReplayTarget forCollector(const QUrl& url);
    static ReplayTarget forUrl(const QUrl& url);

    /// The collector's base URL for \a config (`http://HOST:PORT`).
    static QUrl collectorUrl(const JourneyConfig& config);
    /*!
     * What every request to the collector of \a config carries: when it takes only known write keys
     * (`journey.collector.writeKeys`), the first of them as Basic auth (captures keep keys masked, so the
     * captured ones would be refused).
     */
    static HttpHeaders collectorHeaders(const JourneyConfig& config);
    /*!
     * Reads `--to`: a provider id configured in \a config, "collector", or an http(s) URL. False with \a error
     * saying what was expected (an unknown name, a provider that is not configured, a malformed URL).
     */
    static bool parse(const QString& text, const JourneyConfig& config, ReplayTarget& out, QString* error);

    /// For people: "segment", "the collector (http://127.0.0.1:8787)", the URL (credentials removed).
    QString describe() const;
    /// Whether requests are sent over HTTP by the replay itself (collector, URL) rather than by the connector.
    bool isHttp() const { return kind != Kind::Provider; }
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "deliveryverdict.h"
#include "outboundevent.h"
#include "providerrequest.h"
#include "providerresponse.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Journey {

/// The most one request may carry: the provider's documented limits, or lower ones from the configuration.
struct BatchLimits
{
    int maxEvents = 100;
    qint64 maxRequestBytes = 500 * 1024; ///< uncompressed body
    qint64 maxEventBytes = 32 * 1024; ///< one encoded event; larger ones are rejected, not sent
};

/*!
 * The requests a provider makes of a list of events, and what it could not express. Every input event is
 * either carried by at least one request or listed in \c rejected; nothing is dropped silently.
 */
struct EncodedBatch
{
    struct Issue
    {
        int index = 0; ///< index into the encoded event list
        QString text;
    };

    QList<ProviderRequest> requests;
    QList<Issue> rejected; ///< events the provider cannot take at all (an alias for GA4, an event over the size limit)
    QList<Issue> notes; ///< events sent with something lost or changed (a renamed event, params over the limit)
};

/*!
 * One analytics provider's outbound side: its wire format (encode), how it answers (classify), its limits
 * and its settings. Subclasses hold no mutable state after configure(), so encode() and classify() may run
 * on any thread. Adding a provider is one subclass plus one line in ProviderRegistry.
 */
class Provider
{
    Q_DECLARE_TR_FUNCTIONS(Journey::Provider)

public:
    virtual ~Provider();

    /// The key under `journey.providers` ("segment", "ga4", …).
    virtual QString id() const = 0;
    /// The name people know ("Google Analytics 4").
    virtual QString displayName() const = 0;
    /// Names that select this provider in a Segment `integrations` object (case-insensitive).
    virtual QStringList integrationNames() const;
    /// Base URL used when the configuration does not set `endpoint`.
    virtual QUrl defaultEndpoint() const = 0;
    /// The documented per-request limits (../shared/reference/providers.md §0.2).
    virtual BatchLimits limits() const = 0;
    /// Provider-specific setting keys this provider understands (credentials and options).
    virtual QStringList settingKeys() const = 0;
    /// Reads the provider-specific settings (already `${VAR}`-expanded). Errors name the key as
    /// `journey.providers.<id>.<key>`. May set a different default endpoint (PostHog `host`, RudderStack
    /// `dataPlaneUrl`) through setConfiguredEndpoint().
    virtual bool configure(const QJsonObject& settings, QString* error) = 0;
    /// The credentials among the settings, to mask wherever requests are shown or logged.
    virtual QStringList secrets() const = 0;

    /// Whether encode() needs OutboundEvent::message parsed when OutboundEvent::json is set. Providers that
    /// send the canonical message as it is read what they check from the text and save the parse.
    virtual bool needsParsedMessage() const { return true; }
    /// Encodes \a events into requests that respect \a limits. Pure: the same input gives the same requests.
    virtual EncodedBatch encode(const QList<OutboundEvent>& events, const BatchLimits& limits) const = 0;
    /// Reads one response. The default follows the common HTTP rules (see classifyHttp()).
    virtual DeliveryVerdict classify(const ProviderRequest& request, const ProviderResponse& response) const;

    /// The base URL requests go to: the `endpoint` override, else what configure() set, else the default.
    QUrl endpoint() const;
    void setEndpointOverride(const QUrl& url) { m_endpointOverride = url; }

    /// 2xx delivered; 408, 429, 5xx (but 501, 505) and transport failures retried with Retry-After honoured;
    /// 413 split (or failed for a single event); other statuses failed.
    static DeliveryVerdict classifyHttp(const ProviderRequest& request, const ProviderResponse& response);
    /// Milliseconds from now named by a Retry-After value (delta-seconds or HTTP-date); -1 when absent or bad.
    static qint64 retryAfterMs(const QByteArray& value);
    /// A short reason for people: "HTTP 503 Service Unavailable: <first 200 bytes of the body>".
    static QString describe(const ProviderResponse& response);

protected:
    /// \a path appended to endpoint(), keeping any path prefix of the endpoint ("/proxy" + "/v1/batch").
    QUrl urlFor(const QString& path) const;
    void setConfiguredEndpoint(const QUrl& url) { m_configuredEndpoint = url; }

private:
    QUrl m_endpointOverride;
    QUrl m_configuredEndpoint;
};

using ProviderPtr = std::shared_ptr<const Provider>;

} // namespace Journey

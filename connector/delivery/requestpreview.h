// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "config/journeyconfig.h"
#include "providers/providerrequest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Journey {

/*!
 * The exact HTTP requests each provider would get for one message, before anything is sent: what the
 * composer shows side by side. Secrets are masked in URLs, headers and bodies. Pure: no store, no network.
 */
class RequestPreview
{
public:
    struct ProviderRequests
    {
        QString provider;
        QString displayName;
        QList<ProviderRequest> requests; ///< masked; bodies uncompressed (`gzip` says how they travel)
        QStringList rejected; ///< why the provider cannot take the event, if it cannot
        QStringList notes; ///< what the provider loses or renames
        bool sampledOut = false;
        QString skipped; ///< why this provider gets nothing (routes, integrations, disabled); empty otherwise
    };

    /// Previews \a messageJson (a Segment Spec message) for \a providers (empty: where the connector would
    /// route it). False with \a error naming the field when the message is invalid.
    static bool build(const JourneyConfig& config, const QByteArray& messageJson, const QStringList& providers,
        QList<ProviderRequests>& out, QString* error);
    /// The request as text: request line, headers, blank line, body (pretty-printed when JSON).
    static QString toText(const ProviderRequest& request);
};

} // namespace Journey

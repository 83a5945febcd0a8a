// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace Journey {

/*!
 * What HAR import made of a file: how many requests it held, which went to an analytics provider and were
 * imported (per provider, with their events), which a decoder rejected and why, which went to an analytics host
 * but carry no events (flags, settings, preflights), and the unrecognised rest, listed, never guessed at.
 *
 * URLs in the report never show query values (they may hold keys): `https://host/path?name=…&other=…`.
 */
class HarImportReport
{
    Q_DECLARE_TR_FUNCTIONS(Journey::HarImportReport)

public:
    /// One request of the file, as the report lists it.
    struct Request
    {
        int entry = -1; ///< index in `log.entries`
        QString method;
        QString url; ///< without query values
        EventSource provider = EventSource::Unknown; ///< the provider it went to; Unknown for unrecognised ones
        int status = 0; ///< the answer recorded in the file (0: none)
        int events = 0; ///< events imported from it
        QString reason; ///< rejected or skipped: why; imported: a partial failure the decoder reported, if any
    };

    /// Requests and events per provider.
    struct ProviderCount
    {
        EventSource provider = EventSource::Unknown;
        int requests = 0; ///< recognised requests to it
        int imported = 0; ///< requests whose events were imported
        int rejected = 0;
        int skipped = 0;
        int events = 0;
    };

    QString file; ///< the input's name
    QString creator; ///< the tool that wrote it
    int requestsSeen = 0;
    int eventsImported = 0;
    QList<ProviderCount> providers; ///< in the order providers were first seen
    QList<Request> imported;
    QList<Request> rejected;
    QList<Request> skipped;
    QList<Request> unrecognised;

    /// Requests that went to an analytics host (imported, rejected or skipped).
    int recognisedRequests() const { return int(imported.size() + rejected.size() + skipped.size()); }
    /// True when at least one request was imported.
    bool hasImports() const { return !imported.isEmpty(); }
    /// The count for \a provider, added when it is not there yet.
    ProviderCount& countFor(EventSource provider);

    /// `{"file","creator","requests","recognised","imported","rejected","skipped","unrecognised","events",
    /// "providers":{"segment":{requests,imported,rejected,skipped,events},…},"importedRequests":[…],
    /// "rejectedRequests":[…],"skippedRequests":[…],"unrecognisedRequests":[…]}`, each request
    /// `{"entry","method","url","provider","status","events","reason"}` (provider, events and reason when set).
    QJsonObject toJson() const;
    /// For people: a summary, the counts per provider, then the rejected, skipped and unrecognised requests
    /// (at most \a listLimit of each; 0: all).
    QString toText(int listLimit = 0) const;

    /// \a url as the report shows it: scheme, host, port and path, and the query's names without their values.
    static QString displayUrl(const QUrl& url);
    /// The name the report gives \a provider ("segment", …; "collector" for Unknown).
    static QString providerKey(EventSource provider);
};

} // namespace Journey

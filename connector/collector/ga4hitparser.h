// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "requestbodyreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Journey {

/*!
 * Reads the hits gtag.js (the Google tag) sends to `/g/collect`: GA4's web protocol, which Google does not
 * document (docs/collector/ga4.md lists what is read and the public write-ups it follows). Each hit is one event
 * in URL-encoded parameters: `tid` (measurement id), `cid` (client id), `uid`, `en` (event name), `ep.<name>` /
 * `epn.<name>` (string / number event parameters), `up.<name>` / `upn.<name>` (user properties), `dl`/`dr`/`dt`
 * (page location, referrer, title), `sid` (session id), `_et` (engagement time), `cu` (currency), `pr<N>` (items,
 * `id…~nm…~pr…`), and more that is kept verbatim.
 *
 * A hit becomes the Measurement Protocol body it stands for, with one event: `{client_id, user_id,
 * user_properties, events:[{name, params}]}`, so that one mapping (Ga4RequestDecoder's) turns both protocols into
 * canonical events. Parameters the Measurement Protocol has no member for go in `hit`, verbatim.
 */
class Ga4HitParser
{
public:
    struct Hit
    {
        /// The Measurement Protocol body: client_id, user_id, user_properties, events (one), hit.
        QJsonObject body;
        /// The measurement id (`tid`).
        QString measurementId;
        /// Canonical context members the hit has and the Measurement Protocol lacks: page, locale, screen.
        QJsonObject context;
    };

    /*!
     * Reads one hit from \a shared (the request's query) and \a own (the hit's own line of a batched POST body;
     * empty when the query is the hit), \a own winning where both name a parameter. False with \a error naming
     * the parameter when it cannot make an event (no `en`, a number that is not one, a malformed item).
     */
    static bool read(const QList<RequestBodyReader::FormField>& shared, const QList<RequestBodyReader::FormField>& own,
        Hit& out, QString* error);

    /// The item of a `pr<N>` parameter (`id<sku>~nm<name>~pr<price>~qt<quantity>~…`) as a GA4 item object.
    static bool readItem(const QString& text, QJsonObject& item, QString* error);
};

} // namespace Journey

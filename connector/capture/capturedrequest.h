// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"
#include "providers/providerrequest.h"

#include <QByteArray>
#include <QString>

namespace Journey {

struct CollectorRequest;
struct StoredRequest;

/*!
 * One analytics request as a capture keeps it: enough to show it, decode it again with the collector's
 * decoders, and replay it in its original wire format. Secrets are masked before a CapturedRequest exists
 * (the collector masks what it stores; HAR import masks what it reads).
 */
struct CapturedRequest
{
    qint64 receivedAt = 0; ///< ms since epoch (HAR: the request's startedDateTime)
    EventSource source = EventSource::Unknown; ///< the provider format the body is in
    QByteArray method = QByteArrayLiteral("POST");
    QString host; ///< the host it went to ("api.segment.io"); empty when it was the local collector
    QString path; ///< as requested, any `/<provider>` prefix included ("/v1/batch", "/mixpanel/track")
    QString query; ///< without the leading '?', secrets masked
    HttpHeaders headers; ///< as sent, secrets masked; Content-Encoding and Content-Length are not kept
    /// The payload once transport encodings are undone (gzip, base64, a form's `data=` wrapper, Mixpanel's
    /// `?data=`): what the collector shows and keeps. Secrets masked.
    QByteArray body;
    int status = 0; ///< what the request was answered (0 when unknown)
    /// How many events the request carried when it was received. A capture may keep fewer of them (a filter
    /// took some out): only a complete request is replayed in its wire format.
    int eventCount = 0;

    /// From what the collector stored.
    static CapturedRequest fromStored(const StoredRequest& stored);
    /*!
     * The request as it can be sent again and decoded by the collector's decoders: path as requested, the kept
     * body re-wrapped where its wire form was an encoding of it (a JSON payload that came in a form body goes as
     * `application/json`; Mixpanel's GET `?data=` gets the base64 of the body back; PostHog's `compression`
     * parameter is dropped because the body is no longer compressed). Content-Encoding and Content-Length are
     * not set. receivedAt is left as it is.
     */
    CollectorRequest toCollectorRequest() const;
    /// The request in the shape the inspector shows stored requests in.
    StoredRequest toStored() const;
    /// The path and query as sent: "/v1/batch" or "/track?ip=1&verbose=1".
    QString pathWithQuery() const;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "messagerewriter.h"

#include "capture/capturedrequest.h"
#include "providers/providerrequest.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace Journey {

/*!
 * Turns a captured request back into one to send, in its original wire format, with the replay's rewrites
 * applied to each provider's own fields:
 *
 * - dedup ids: Segment `messageId`, Mixpanel `$insert_id`, Amplitude `insert_id`, PostHog `uuid`, Heap
 *   `idempotency_key` get new values;
 * - times: Segment `timestamp`/`originalTimestamp`/`sentAt`, Mixpanel `time`/`$time`, Amplitude `time` and
 *   `client_upload_time`, PostHog `timestamp`/`sent_at`/`$time`, GA4 `timestamp_micros`, Heap `timestamp`;
 * - users: userId/anonymousId/previousId and their spellings (`distinct_id`, `$device_id`, `$user_id`,
 *   `$anon_id`, `$identified_id`, `alias`, `user_id`, `device_id`, `$anon_distinct_id`, `client_id`, `identity`).
 *
 * Bodies are JSON, NDJSON (Mixpanel /import), or forms whose `data=` (Mixpanel, PostHog; base64 or plain JSON)
 * or `identification=` (Amplitude) field holds the JSON. The collector keeps form payloads decoded; they are put
 * back into the form their Content-Type (or PostHog's `compression` query) says. Anything else (lz64, a body
 * that is not JSON) is sent as captured, and notes() says so. Only the JSON members named above change; the
 * rest of each body is copied byte for byte.
 *
 * Headers are sent as captured except hop-by-hop and length headers, cookies and anything masked (a masked
 * Authorization would be refused anyway).
 */
class WireRequestRewriter
{
    Q_DECLARE_TR_FUNCTIONS(Journey::WireRequestRewriter)

public:
    explicit WireRequestRewriter(const MessageRewriter::Settings& settings);

    struct Result
    {
        ProviderRequest request;
        QStringList notes; ///< what was left as captured, and why
    };

    /*!
     * The request for \a captured sent to \a base: its path appended to the base URL's path, its query kept.
     * With \a addProviderPrefix (the local collector), a path without a `/<provider>/` prefix gets the one of
     * its format so that the collector picks the decoder it came through.
     */
    Result rewrite(const CapturedRequest& captured, const QUrl& base, bool addProviderPrefix) const;

    /// The JSON body \a json of format \a source rewritten (false when it is not well-formed JSON).
    bool rewriteJson(EventSource source, QByteArrayView json, QByteArray& out) const;

    /// Whether \a source is a format whose fields this class knows.
    static bool knowsFormat(EventSource source);

private:
    MessageRewriter m_rewriter;
};

} // namespace Journey

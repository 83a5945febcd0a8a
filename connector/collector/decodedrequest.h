// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "collectorreply.h"
#include "core/eventbatch.h"
#include "core/eventtype.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <optional>

namespace Journey {

/*!
 * What a RequestDecoder makes of one request: the canonical events to store, the body as it was decoded (for
 * the inspector), the secrets it carried (masked in everything kept) and the answer the sender expects.
 *
 * `status` says what happens to the events: 200 stores them; anything else stores none and keeps the request
 * in the Rejected list with `message`. `reply` is what goes back on the wire; when a decoder leaves it unset the
 * collector answers `{"success":true}` or, for an error, `{"success":false,"code":…,"message":…}`. The two may
 * differ: Mixpanel's /import stores the valid records of a partly bad batch (status 200) and answers 400 with
 * the records that failed.
 */
struct DecodedRequest
{
    int status = 200; ///< 200: store `events`; otherwise a rejection with this HTTP status
    QByteArray errorCode; ///< machine-readable reason when status is not 200
    QString message; ///< readable reason when status is not 200 (or a partial failure's summary)
    EventSource source = EventSource::Unknown; ///< the format the request was in
    EventBatch events;
    QByteArray body; ///< the body after decompression/decoding, as it is shown (empty when it could not be decoded)
    QByteArrayList secrets; ///< keys and tokens the request carried; masked wherever the request is kept
    std::optional<CollectorReply> reply; ///< the provider's own answer; unset = the collector's default
    bool record = true; ///< false: nothing is stored (flag evaluation, GA4's validation server)

    /// Marks the request rejected: no events, \a status, and the reason.
    void reject(int httpStatus, const QByteArray& code, const QString& reason)
    {
        status = httpStatus;
        errorCode = code;
        message = reason;
        events.clear();
    }
    void addSecret(const QByteArray& secret)
    {
        if (!secret.isEmpty() && !secrets.contains(secret))
            secrets.append(secret);
    }
};

} // namespace Journey

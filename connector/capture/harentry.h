// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "providers/providerrequest.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Journey {

/// One request of a HAR file, as HarReader read it: what HAR import needs, the body already turned into bytes.
struct HarEntry
{
    int index = 0; ///< position in `log.entries`
    qint64 startedAt = 0; ///< `startedDateTime`, ms since epoch
    QByteArray method; ///< "GET", "POST", …
    QUrl url;
    HttpHeaders headers; ///< request headers as recorded; HTTP/2 pseudo-headers (`:authority`, …) left out
    QByteArray body; ///< the request body: `postData.text` (base64 undone), or its `params` form-encoded
    QByteArray mimeType; ///< `postData.mimeType`
    /// The body was written as text with replacement characters (U+FFFD): the tool that wrote the file lost the
    /// bytes of a binary (e.g. gzip) body.
    bool bodyLossy = false;
    int status = 0; ///< `response.status`; 0 when there was no answer (blocked, cancelled)
};

} // namespace Journey

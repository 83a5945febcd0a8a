// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "canonicaleventwriter.h"
#include "config/collectorconfig.h"
#include "requestdecoder.h"

#include <QJsonArray>
#include <QList>

#include <optional>

namespace Journey {

/*!
 * Decodes Mixpanel's ingestion API: events at `/track` and `/import`, people profile updates at `/engage`,
 * group profile updates at `/groups` (each also with a trailing slash). Accepts what the SDKs send: GET
 * `?data=<base64>` (mixpanel-node's single calls), POST form `data=<base64 or urlencoded JSON>` (mixpanel-node
 * batches, mixpanel-python, mixpanel-js), JSON objects and arrays, NDJSON on /import, gzip. Answers as
 * Mixpanel does: `1`, `{"status":1,"error":null}` with verbose=1, a GIF with img=1, `fn(1)` with
 * callback=fn; /import `{"code":200,"num_records_imported":N,"status":"OK"}`, or a partial failure listing
 * failed_records while the valid records are stored. The mapping is documented in docs/collector/mixpanel.md.
 */
class MixpanelRequestDecoder : public RequestDecoder
{
public:
    enum class Endpoint { Track, Engage, Groups, Import };

    explicit MixpanelRequestDecoder(const CollectorConfig& config);

    EventSource source() const override { return EventSource::Mixpanel; }
    QStringList prefixes() const override;
    QStringList paths() const override;
    Claim claim(const CollectorRequest& request) const override;
    void decode(const CollectorRequest& request, DecodedRequest& out) override;

    /// The endpoint \a path names (trailing slash allowed), or nothing.
    static std::optional<Endpoint> endpointFor(QStringView path);

private:
    /// How the reply is worded, from the query and form fields.
    struct ReplyOptions
    {
        bool verbose = false;
        bool image = false;
        QString callback;
    };
    /// The records of one request and where they came from, for messages that name them.
    struct Payload
    {
        enum class Encoding { DataField, JsonBody, NdjsonBody };
        Encoding encoding = Encoding::JsonBody;
        bool single = false; ///< one object rather than an array
        QJsonArray records;
        QList<int> lines; ///< NDJSON: the line of each record (1-based)

        /// "data[3]", "body", "line 4": where record \a index is, in messages.
        QString where(int index) const;
    };

    /// Reads the records (and the form's reply options); false after rejecting \a out.
    bool readPayload(const CollectorRequest& request, Endpoint endpoint, ReplyOptions& options, Payload& payload,
        DecodedRequest& out);
    /// /track, /engage, /groups: every record mapped, or the request rejected at the first bad one.
    void decodeRecords(Endpoint endpoint, const Payload& payload, DecodedRequest& out);
    /// /import: each record checked on its own; the valid ones stored, the others listed in the answer.
    void decodeImport(const CollectorRequest& request, const Payload& payload, DecodedRequest& out);

    CollectorConfig m_config;
    CanonicalEventWriter m_writer;
};

} // namespace Journey

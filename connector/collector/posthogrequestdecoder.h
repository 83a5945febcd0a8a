// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "canonicaleventwriter.h"
#include "config/collectorconfig.h"
#include "posthogflagresponder.h"
#include "requestdecoder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Journey {

/*!
 * Decodes PostHog's capture API (`/i/v0/e/`, `/e/`, `/capture/`, `/batch/`, `/track/`, `/engage/`) into canonical
 * events and answers its flag endpoints (`/flags/`, `/decide/`) from the flags configured for the collector.
 *
 * Bodies are what posthog-node and posthog-js send: a JSON batch `{api_key, batch:[…], sent_at}`, one event
 * `{api_key, event, distinct_id, properties, timestamp, uuid}` or an array of events; gzip (Content-Encoding
 * or `?compression=gzip-js`), a form `data=<base64>` (`?compression=base64`) or plain JSON of any content type.
 * The mapping to canonical events, the replies and the limits are in docs/collector/posthog.md.
 */
class PostHogRequestDecoder : public RequestDecoder
{
public:
    explicit PostHogRequestDecoder(const CollectorConfig& config);

    EventSource source() const override { return EventSource::PostHog; }
    QStringList prefixes() const override;
    QStringList paths() const override;
    Claim claim(const CollectorRequest& request) const override;
    void decode(const CollectorRequest& request, DecodedRequest& out) override;

private:
    enum class Endpoint {
        Capture, ///< one event or a few: /i/v0/e/, /e/, /capture/, /track/, /engage/
        Batch, ///< /batch/
        Flags, ///< /flags/
        Decide, ///< /decide/
    };
    /// Why one event could not be read.
    struct Failure
    {
        QByteArray code;
        QString attr; ///< the member that failed ("batch[3].distinct_id")
        QString detail; ///< "batch[3].distinct_id: required"
    };

    static std::optional<Endpoint> endpointFor(QStringView path);
    /// The request's JSON text, undone from gzip / form / base64; false after rejecting \a out.
    static bool readBody(const CollectorRequest& request, Endpoint endpoint, QByteArray& json, DecodedRequest& out);
    void decodeEvents(const CollectorRequest& request, const QJsonDocument& document, DecodedRequest& out);
    void answerFlags(
        const CollectorRequest& request, Endpoint endpoint, const QJsonDocument& document, DecodedRequest& out) const;
    /// One PostHog event → one canonical message; \a batchContext goes under context.posthog.
    static bool toCanonical(const QJsonValue& value, const QJsonObject& batchContext, const QString& where,
        QJsonObject& message, Failure& failure);

    CollectorConfig m_config;
    CanonicalEventWriter m_writer;
    PostHogFlagResponder m_flags;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "eventbatch.h"
#include "eventtype.h"
#include "parseerror.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <optional>

namespace Journey {

/*!
 * Strict parser for Segment Spec messages: NDJSON lines, single-call bodies and `/v1/batch` bodies.
 *
 * Each accepted message is appended to an EventBatch in canonical form: spec fields first in a fixed order,
 * timestamps normalised to `YYYY-MM-DDTHH:MM:SS.mmmZ` UTC, numeric ids turned into strings, batch-level
 * `context` and `integrations` merged into each message, `writeKey` removed, every other member kept.
 * The first problem stops parsing and is reported by error() with the field path that caused it; the batch
 * is then left exactly as it was before the call (nothing partial).
 *
 * Not thread-safe: use one parser per thread (it owns simdjson's buffers and reuses them).
 */
class EventParser
{
public:
    struct Options
    {
        EventSource source = EventSource::Unknown;
        /// Segment-format senders whose `context.library.name` mentions RudderStack are marked as such.
        bool detectRudderStack = false;
        /// Arrival time stamped on each message, in ms since epoch.
        qint64 receivedAt = 0;
        /// true: receivedAt replaces whatever the message says (collector). false: a message's own
        /// receivedAt is kept (import of previously captured events).
        bool overrideReceivedAt = true;
        /// Largest canonical message accepted, in bytes; 0 = no limit.
        qsizetype maxEventBytes = 0;
        /// false: a message without userId and anonymousId is accepted. Other providers' formats have calls
        /// that name no person (Mixpanel `/groups`, Amplitude `/groupidentify`, Heap account properties).
        bool requireIdentity = true;
    };

    EventParser();
    explicit EventParser(const Options& options);
    ~EventParser();
    EventParser(const EventParser&) = delete;
    EventParser& operator=(const EventParser&) = delete;

    void setOptions(const Options& options);
    const Options& options() const;

    /*!
     * Parses one message. \a impliedType is the type an endpoint implies (`/v1/track`); without it, the
     * message must carry `type`. When \a padded is true, at least 64 readable bytes follow \a json in memory
     * and parsing avoids a copy.
     */
    bool parseMessage(QByteArrayView json, EventBatch& out, std::optional<EventType> impliedType = std::nullopt,
        bool padded = false);

    /// Parses a `/v1/batch` body: `{"batch":[…], "context", "integrations", "sentAt", "writeKey"}`.
    bool parseBatch(QByteArrayView json, EventBatch& out, bool padded = false);

    const ParseError& error() const;
    /// The `writeKey` member of the last parsed body, if it had one.
    QByteArray writeKey() const;

    /// Padding simdjson needs after the input when `padded` is true.
    static constexpr qsizetype padding = 64;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Journey

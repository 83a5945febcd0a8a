// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "bytebuffer.h"
#include "event.h"
#include "eventtype.h"
#include "validationstate.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>

#include <memory>
#include <vector>

namespace Journey {

/// The indexed fields of one event, as views into someone else's memory (copied by EventBatch::append).
struct EventFields
{
    EventType type = EventType::Track;
    EventSource source = EventSource::Unknown;
    qint64 timestamp = 0;
    qint64 receivedAt = 0;
    qint64 requestId = 0;
    QByteArrayView messageId;
    QByteArrayView userId;
    QByteArrayView anonymousId;
    QByteArrayView name;
    QByteArrayView groupId;
    QByteArrayView previousId;
    ValidationState validation = ValidationState::Unchecked;
};

/*!
 * A block of canonical events in columnar form: what the parser produces, the store writes as one segment,
 * the store reader returns, and the live model keeps. Strings are UTF-8 views into one arena; payloads are
 * the canonical messages as compact JSON, back to back.
 *
 * Appending never deduplicates strings (that is the segment encoder's job), so building a batch costs
 * little more than copying the bytes.
 */
class EventBatch
{
public:
    struct StringRef
    {
        quint32 offset = 0;
        quint32 length = 0;
    };

    int size() const { return int(m_types.size()); }
    bool isEmpty() const { return m_types.empty(); }
    void reserve(int events, qsizetype payloadBytes);
    void clear();

    /// A point to return to with rollback(): lets a parser undo a half-parsed request.
    struct Mark
    {
        int events = 0;
        qsizetype strings = 0;
        qsizetype payloads = 0;
    };
    Mark mark() const { return { size(), m_strings.size(), m_payloads.size() }; }
    void rollback(const Mark& mark);

    /// Appends one event; \a payload is its canonical JSON.
    void append(const EventFields& fields, QByteArrayView payload);
    /// Appends event \a index of \a other (with its id).
    void appendFrom(const EventBatch& other, int index);
    void appendAll(const EventBatch& other);

    qint64 id(int i) const { return m_ids[size_t(i)]; }
    void setId(int i, qint64 id) { m_ids[size_t(i)] = id; }
    /// Gives events [0, size) the ids first, first + 1, …
    void assignIds(qint64 first);
    EventType type(int i) const { return EventType(m_types[size_t(i)]); }
    EventSource source(int i) const { return EventSource(m_sources[size_t(i)]); }
    qint64 timestamp(int i) const { return m_timestamps[size_t(i)]; }
    qint64 receivedAt(int i) const { return m_receivedAts[size_t(i)]; }
    qint64 requestId(int i) const { return m_requestIds[size_t(i)]; }
    void setRequestId(int i, qint64 requestId) { m_requestIds[size_t(i)] = requestId; }
    /// Set by the store writer when a plan is active, and by readers from the store's validation results; not
    /// part of serialize() or the segment format (the results live in their own table).
    ValidationState validation(int i) const { return ValidationState(m_validations[size_t(i)]); }
    void setValidation(int i, ValidationState state) { m_validations[size_t(i)] = quint8(state); }
    QByteArrayView messageId(int i) const { return string(m_messageIds[size_t(i)]); }
    QByteArrayView userId(int i) const { return string(m_userIds[size_t(i)]); }
    QByteArrayView anonymousId(int i) const { return string(m_anonymousIds[size_t(i)]); }
    QByteArrayView name(int i) const { return string(m_names[size_t(i)]); }
    QByteArrayView groupId(int i) const { return string(m_groupIds[size_t(i)]); }
    QByteArrayView previousId(int i) const { return string(m_previousIds[size_t(i)]); }
    QByteArrayView payload(int i) const;
    qsizetype payloadBytes() const { return m_payloads.size(); }
    qsizetype stringBytes() const { return m_strings.size(); }
    EventFields fields(int i) const;

    /// Event \a i as a standalone value.
    Event event(int i) const;

    /// Appends a raw, uncompressed image of the batch (what the ingest journal stores).
    void serialize(ByteBuffer& out) const;
    /// Reads an image written by serialize(); false when it is damaged.
    static bool deserialize(QByteArrayView data, EventBatch& out);

    /// For decoders that rebuild a batch from a stored segment: the string arena and payloads are adopted as a
    /// whole and events then refer into them by offset.
    void setStringArena(ByteBuffer strings) { m_strings = std::move(strings); }
    /// \a refs holds the messageId, userId, anonymousId, name, groupId and previousId references into the arena.
    void appendDecoded(qint64 id, const EventFields& fields, const StringRef refs[6]);
    /// Sets all payloads at once: \a ends[i] is where payload i ends in \a payloads.
    void setPayloads(ByteBuffer payloads, std::vector<quint32> ends);
    bool hasPayloads() const { return m_payloadEnds.size() == m_types.size(); }
    /// All payloads back to back, in event order, and where each ends.
    QByteArrayView payloadArena() const { return m_payloads.view(); }
    const std::vector<quint32>& payloadEnds() const { return m_payloadEnds; }

private:
    QByteArrayView string(StringRef ref) const { return m_strings.view(ref.offset, ref.length); }
    StringRef addString(QByteArrayView text);

    std::vector<qint64> m_ids;
    std::vector<qint64> m_timestamps;
    std::vector<qint64> m_receivedAts;
    std::vector<qint64> m_requestIds;
    std::vector<quint8> m_types;
    std::vector<quint8> m_sources;
    std::vector<quint8> m_validations;
    std::vector<StringRef> m_messageIds;
    std::vector<StringRef> m_userIds;
    std::vector<StringRef> m_anonymousIds;
    std::vector<StringRef> m_names;
    std::vector<StringRef> m_groupIds;
    std::vector<StringRef> m_previousIds;
    std::vector<quint32> m_payloadEnds; ///< end offset of each payload in m_payloads
    ByteBuffer m_strings;
    ByteBuffer m_payloads;
};

/// Batches cross threads as shared, immutable values.
using EventBatchPtr = std::shared_ptr<const EventBatch>;

} // namespace Journey

Q_DECLARE_METATYPE(Journey::EventBatchPtr)

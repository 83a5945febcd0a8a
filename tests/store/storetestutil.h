// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the store and model tests: building events by hand (independently of the parser) and
// comparing them field by field.

#include "core/eventbatch.h"
#include "core/timestamp.h"
#include "store/ingestbatch.h"
#include "store/storewriter.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace JourneyTest {

/// One event as a test describes it. An empty payload is generated from the fields.
struct EventSpec
{
    Journey::EventType type = Journey::EventType::Track;
    Journey::EventSource source = Journey::EventSource::Segment;
    qint64 timestamp = 0;
    qint64 receivedAt = 0;
    qint64 requestId = 0;
    QByteArray messageId;
    QByteArray userId;
    QByteArray anonymousId;
    QByteArray name;
    QByteArray groupId;
    QByteArray previousId;
    QByteArray payload;
    QByteArray note; ///< free text put under properties.note of a generated payload
};

/// A canonical-looking Segment message for \a spec (QJsonDocument writes non-ASCII text as raw UTF-8).
inline QByteArray canonicalJson(const EventSpec& spec)
{
    QJsonObject message;
    message.insert(QStringLiteral("type"), QString::fromLatin1(Journey::eventTypeName(spec.type)));
    message.insert(QStringLiteral("messageId"), QString::fromUtf8(spec.messageId));
    message.insert(QStringLiteral("timestamp"), Journey::Timestamp::toIso8601String(spec.timestamp));
    if (!spec.userId.isEmpty())
        message.insert(QStringLiteral("userId"), QString::fromUtf8(spec.userId));
    if (!spec.anonymousId.isEmpty())
        message.insert(QStringLiteral("anonymousId"), QString::fromUtf8(spec.anonymousId));
    if (!spec.name.isEmpty()) {
        message.insert(spec.type == Journey::EventType::Track ? QStringLiteral("event") : QStringLiteral("name"),
            QString::fromUtf8(spec.name));
    }
    if (!spec.groupId.isEmpty())
        message.insert(QStringLiteral("groupId"), QString::fromUtf8(spec.groupId));
    if (!spec.previousId.isEmpty())
        message.insert(QStringLiteral("previousId"), QString::fromUtf8(spec.previousId));
    QJsonObject properties;
    if (!spec.note.isEmpty())
        properties.insert(QStringLiteral("note"), QString::fromUtf8(spec.note));
    message.insert(QStringLiteral("properties"), properties);
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

inline void appendEvent(Journey::EventBatch& batch, const EventSpec& spec)
{
    Journey::EventFields fields;
    fields.type = spec.type;
    fields.source = spec.source;
    fields.timestamp = spec.timestamp;
    fields.receivedAt = spec.receivedAt;
    fields.requestId = spec.requestId;
    fields.messageId = spec.messageId;
    fields.userId = spec.userId;
    fields.anonymousId = spec.anonymousId;
    fields.name = spec.name;
    fields.groupId = spec.groupId;
    fields.previousId = spec.previousId;
    batch.append(fields, spec.payload.isEmpty() ? canonicalJson(spec) : spec.payload);
}

/// Event number \a n of a simple, predictable stream: every sixth is an identify, names cycle through seven
/// values, users through thirteen. Message ids are "<prefix>-<n>".
inline EventSpec numberedSpec(int n, const QByteArray& prefix = "msg")
{
    static const Journey::EventType types[] = { Journey::EventType::Track, Journey::EventType::Track,
        Journey::EventType::Page, Journey::EventType::Track, Journey::EventType::Screen, Journey::EventType::Identify };
    EventSpec spec;
    spec.type = types[n % 6];
    spec.source = n % 4 == 0 ? Journey::EventSource::Import : Journey::EventSource::Segment;
    spec.timestamp = 1'767'225'600'000 + qint64(n) * 1000; // 2026-01-01 onwards, one a second
    spec.receivedAt = spec.timestamp + 250;
    spec.messageId = prefix + '-' + QByteArray::number(n);
    spec.userId = "user-" + QByteArray::number(n % 13);
    spec.anonymousId = "anon-" + QByteArray::number(n % 5);
    if (spec.type != Journey::EventType::Identify)
        spec.name = "Event " + QByteArray::number(n % 7);
    spec.note = "note " + QByteArray::number(n);
    return spec;
}

inline Journey::EventBatch numberedEvents(int first, int count, const QByteArray& prefix = "msg")
{
    Journey::EventBatch batch;
    for (int n = first; n < first + count; ++n)
        appendEvent(batch, numberedSpec(n, prefix));
    return batch;
}

/// Writes \a events in one transaction; on success they carry the ids the store gave them.
inline bool storeEvents(Journey::StoreWriter& writer, Journey::EventBatch& events, QString* error)
{
    Journey::IngestBatch batch;
    batch.events = std::move(events);
    const bool ok = writer.begin(error) && writer.write(batch, error) && writer.commit(error);
    if (!ok && writer.inTransaction())
        writer.rollback();
    events = std::move(batch.events);
    return ok;
}

/// Opens a writer on \a path and stores \a events (ids are set on success).
inline bool storeEvents(const QString& path, Journey::EventBatch& events, QString* error)
{
    Journey::StoreWriter writer(path);
    return writer.open(error) && storeEvents(writer, events, error);
}

/// Empty when event \a i of \a a equals event \a j of \a b in every field (ids and payloads included),
/// otherwise a description of the first difference.
inline QByteArray eventDifference(const Journey::EventBatch& a, int i, const Journey::EventBatch& b, int j,
    bool comparePayloads = true)
{
    const auto differs = [&](const char* field, const QByteArray& left, const QByteArray& right) {
        return QByteArray(field) + ": " + left + " != " + right + " (id " + QByteArray::number(a.id(i)) + ")";
    };
    if (a.id(i) != b.id(j))
        return differs("id", QByteArray::number(a.id(i)), QByteArray::number(b.id(j)));
    if (a.type(i) != b.type(j))
        return differs("type", QByteArray::number(int(a.type(i))), QByteArray::number(int(b.type(j))));
    if (a.source(i) != b.source(j))
        return differs("source", QByteArray::number(int(a.source(i))), QByteArray::number(int(b.source(j))));
    if (a.timestamp(i) != b.timestamp(j))
        return differs("timestamp", QByteArray::number(a.timestamp(i)), QByteArray::number(b.timestamp(j)));
    if (a.receivedAt(i) != b.receivedAt(j))
        return differs("receivedAt", QByteArray::number(a.receivedAt(i)), QByteArray::number(b.receivedAt(j)));
    if (a.requestId(i) != b.requestId(j))
        return differs("requestId", QByteArray::number(a.requestId(i)), QByteArray::number(b.requestId(j)));
    const struct
    {
        const char* field;
        QByteArrayView (Journey::EventBatch::*get)(int) const;
    } strings[] = {
        { "messageId", &Journey::EventBatch::messageId },
        { "userId", &Journey::EventBatch::userId },
        { "anonymousId", &Journey::EventBatch::anonymousId },
        { "name", &Journey::EventBatch::name },
        { "groupId", &Journey::EventBatch::groupId },
        { "previousId", &Journey::EventBatch::previousId },
    };
    for (const auto& s : strings) {
        if ((a.*s.get)(i) != (b.*s.get)(j))
            return differs(s.field, (a.*s.get)(i).toByteArray(), (b.*s.get)(j).toByteArray());
    }
    if (comparePayloads && a.payload(i) != b.payload(j))
        return differs("payload", a.payload(i).toByteArray(), b.payload(j).toByteArray());
    return {};
}

/// Empty when both batches hold the same events in the same order.
inline QByteArray batchDifference(const Journey::EventBatch& a, const Journey::EventBatch& b, bool comparePayloads = true)
{
    if (a.size() != b.size())
        return "sizes differ: " + QByteArray::number(a.size()) + " != " + QByteArray::number(b.size());
    for (int i = 0; i < a.size(); ++i) {
        const QByteArray difference = eventDifference(a, i, b, i, comparePayloads);
        if (!difference.isEmpty())
            return "event " + QByteArray::number(i) + ": " + difference;
    }
    return {};
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace JourneyTest

Q_DECLARE_METATYPE(JourneyTest::EventSpec)

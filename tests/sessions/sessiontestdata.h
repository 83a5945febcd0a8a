// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

// Hand-made canonical events for the session tests: the indexed fields plus a message holding what a decoder
// would have written (a session id under context, properties, …), and a compact way to compare session lists.

#include "core/eventbatch.h"
#include "core/timestamp.h"
#include "sessions/sessionizer.h"
#include "sessions/sessionlist.h"

#include <QByteArrayList>
#include <QJsonDocument>
#include <QList>

namespace JourneyTest {

using namespace Journey;

constexpr qint64 minute = 60 * 1000;
constexpr qint64 thirtyMinutes = 30 * minute;
/// 2026-01-05T10:00:00Z
constexpr qint64 t0 = 1'767'607'200'000;

inline QByteArray q(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

/// One hand-made event: the indexed fields, and a message that says what the decoders would have written.
struct Spec
{
    qint64 time = t0;
    QByteArray userId;
    QByteArray anonymousId;
    EventType type = EventType::Track;
    QByteArray name = "Clicked";
    QByteArray extra; ///< more members of the message, JSON written with single quotes, e.g. "'context':{…}"
    ValidationState validation = ValidationState::Unchecked;
    EventSource source = EventSource::Segment;
    QByteArray previousId;
};

inline Spec at(qint64 time, const QByteArray& userId, const QByteArray& extra = {})
{
    Spec spec;
    spec.time = time;
    spec.userId = userId;
    spec.extra = extra;
    return spec;
}

/// "'context':{'sessionId':'ID'}"
inline QByteArray contextSession(const QByteArray& id)
{
    return "'context':{'sessionId':'" + id + "'}";
}

inline void append(EventBatch& batch, const Spec& spec)
{
    QByteArray json = "{\"type\":\"" + eventTypeName(spec.type).toByteArray() + '"';
    if (spec.type == EventType::Track)
        json += ",\"event\":\"" + spec.name + '"';
    else if (spec.type == EventType::Page || spec.type == EventType::Screen)
        json += ",\"name\":\"" + spec.name + '"';
    if (!spec.userId.isEmpty())
        json += ",\"userId\":\"" + spec.userId + '"';
    if (!spec.anonymousId.isEmpty())
        json += ",\"anonymousId\":\"" + spec.anonymousId + '"';
    if (!spec.previousId.isEmpty())
        json += ",\"previousId\":\"" + spec.previousId + '"';
    json += ",\"timestamp\":\"" + Timestamp::toIso8601(spec.time) + '"';
    if (!spec.extra.isEmpty())
        json += ',' + QByteArray(spec.extra).replace('\'', '"');
    json += '}';
    if (QJsonDocument::fromJson(json).isNull())
        qFatal("bad test message %s", json.constData());
    EventFields fields;
    fields.type = spec.type;
    fields.source = spec.source;
    fields.timestamp = spec.time;
    fields.receivedAt = spec.time;
    fields.userId = spec.userId;
    fields.anonymousId = spec.anonymousId;
    fields.previousId = spec.previousId;
    const QByteArray name
        = spec.type == EventType::Track || spec.type == EventType::Page || spec.type == EventType::Screen
        ? spec.name
        : QByteArray();
    fields.name = name;
    fields.validation = spec.validation;
    batch.append(fields, json);
}

/// The events of \a specs with store-like ids 1, 2, …
inline Journey::EventBatch batchOf(const QList<Spec>& specs, qint64 firstId = 1)
{
    EventBatch batch;
    for (const Spec& spec : specs)
        append(batch, spec);
    batch.assignIds(firstId);
    return batch;
}

inline Journey::SessionList sessionsOf(
    const EventBatch& events, qint64 gapMs = Sessionizer::defaultGapMs, bool merge = true)
{
    Sessionizer sessionizer;
    sessionizer.add(events);
    Sessionizer::Options options;
    options.gapMs = gapMs;
    options.mergeIdentities = merge;
    return sessionizer.sessions(options);
}

/// "1,2,3|4,5": each session's event ids, sessions in the list's order.
inline QByteArray shape(const SessionList& list)
{
    QByteArrayList parts;
    for (const PersonSession& session : list.sessions()) {
        QByteArrayList ids;
        for (const qint64 id : session.eventIds)
            ids.append(QByteArray::number(id));
        parts.append(ids.join(','));
    }
    return parts.join('|');
}

} // namespace JourneyTest

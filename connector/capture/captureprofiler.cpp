// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "captureprofiler.h"

#include "analysis/analysissnapshot.h"
#include "core/eventbatch.h"

#include <QHash>

#include <cstring>

#include <simdjson.h>

namespace Journey {

struct CaptureProfiler::Private
{
    struct Property
    {
        qint64 events = 0;
        qint64 lastEvent = -1; ///< the event that last counted it: an event counts a path once
        quint8 types = 0;
    };
    struct Event
    {
        EventType type = EventType::Track;
        qint64 count = 0;
        QHash<QByteArray, Property> properties;
    };

    void walk(Event& event, simdjson::dom::element element, int depth);
    void note(Event& event, quint8 type);

    simdjson::dom::parser parser;
    QHash<QByteArray, Event> events;
    qint64 total = 0;
    QByteArray path; ///< the path being walked, reused
};

namespace {
quint8 typeOf(simdjson::dom::element_type type)
{
    switch (type) {
    case simdjson::dom::element_type::ARRAY:
        return CaptureProfile::ArrayType;
    case simdjson::dom::element_type::OBJECT:
        return CaptureProfile::ObjectType;
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return CaptureProfile::NumberType;
    case simdjson::dom::element_type::STRING:
        return CaptureProfile::StringType;
    case simdjson::dom::element_type::BOOL:
        return CaptureProfile::BooleanType;
    case simdjson::dom::element_type::NULL_VALUE:
        return CaptureProfile::NullType;
    }
    return 0;
}
} // namespace

void CaptureProfiler::Private::note(Event& event, quint8 type)
{
    Property& property = event.properties[path];
    if (property.lastEvent != total) {
        property.lastEvent = total;
        ++property.events;
    }
    property.types |= type;
}

void CaptureProfiler::Private::walk(Event& event, simdjson::dom::element element, int depth)
{
    const quint8 type = typeOf(element.type());
    note(event, type);
    if (depth >= CaptureProfiler::maxDepth)
        return;
    const qsizetype length = path.size();
    if (type == CaptureProfile::ObjectType) {
        const simdjson::dom::object object = element.get_object().value_unsafe();
        for (const simdjson::dom::key_value_pair member : object) {
            path += '.';
            path.append(member.key.data(), qsizetype(member.key.size()));
            walk(event, member.value, depth + 1);
            path.truncate(length);
        }
    } else if (type == CaptureProfile::ArrayType) {
        path += "[]";
        const simdjson::dom::array array = element.get_array().value_unsafe();
        for (const simdjson::dom::element item : array)
            walk(event, item, depth + 1);
        path.truncate(length);
    }
}

CaptureProfiler::CaptureProfiler()
    : d(std::make_unique<Private>())
{ }

CaptureProfiler::~CaptureProfiler() = default;

bool CaptureProfiler::add(const EventBatch& events, const std::atomic<bool>* cancel)
{
    for (int i = 0; i < events.size(); ++i) {
        if (cancel && (i & 1023) == 0 && cancel->load(std::memory_order_relaxed))
            return false;
        const EventType type = events.type(i);
        Private::Event& event = d->events[AnalysisSnapshot::eventKey(type, events.name(i))];
        event.type = type;
        ++event.count;
        const char* member = nullptr;
        switch (type) {
        case EventType::Track:
        case EventType::Page:
        case EventType::Screen:
            member = "properties";
            break;
        case EventType::Identify:
        case EventType::Group:
            member = "traits";
            break;
        case EventType::Alias:
            break;
        }
        if (member && events.hasPayloads()) {
            const QByteArrayView payload = events.payload(i);
            // Payloads lie back to back: simdjson may read past one into the next without a copy, as long as
            // its padding stays inside the arena.
            const QByteArrayView arena = events.payloadArena();
            const bool padded
                = payload.data() + payload.size() + simdjson::SIMDJSON_PADDING <= arena.data() + arena.size();
            simdjson::dom::object message;
            simdjson::dom::element root;
            // A member name in the text is a cheap test that skips parsing messages without it.
            if (payload.contains(QByteArrayView(member))
                && d->parser.parse(payload.data(), size_t(payload.size()), !padded).get_object().get(message)
                    == simdjson::SUCCESS
                && message.at_key(member).get(root) == simdjson::SUCCESS) {
                d->path = member;
                // The root object itself is not a property: only its members are.
                if (root.type() == simdjson::dom::element_type::OBJECT) {
                    const simdjson::dom::object object = root.get_object().value_unsafe();
                    for (const simdjson::dom::key_value_pair field : object) {
                        d->path.truncate(qsizetype(std::strlen(member)));
                        d->path += '.';
                        d->path.append(field.key.data(), qsizetype(field.key.size()));
                        d->walk(event, field.value, 1);
                    }
                }
            }
        }
        ++d->total;
    }
    return true;
}

CaptureProfile CaptureProfiler::profile() const
{
    CaptureProfile out;
    out.totalEvents = d->total;
    for (auto it = d->events.cbegin(); it != d->events.cend(); ++it) {
        CaptureProfile::Event event;
        event.key = QString::fromUtf8(it.key());
        event.type = it->type;
        event.count = it->count;
        for (auto property = it->properties.cbegin(); property != it->properties.cend(); ++property)
            event.properties.insert(QString::fromUtf8(property.key()), { property->events, property->types });
        out.events.insert(event.key, event);
    }
    return out;
}

CaptureProfile CaptureProfiler::profile(const EventBatch& events)
{
    CaptureProfiler profiler;
    profiler.add(events);
    return profiler.profile();
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "sessionidreader.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <initializer_list>
#include <string_view>

namespace Journey {

struct SessionIdReader::Parser
{
    simdjson::dom::parser parser;
};

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

/// Member \a key of \a from when \a from is an object that has it.
bool member(element from, std::string_view key, element& out)
{
    object members;
    return from.get_object().get(members) == simdjson::SUCCESS && members.at_key(key).get(out) == simdjson::SUCCESS;
}

/// The member at \a path (keys from the message down).
bool at(element root, std::initializer_list<std::string_view> path, element& out)
{
    element current = root;
    for (const std::string_view key : path) {
        if (!member(current, key, current))
            return false;
    }
    out = current;
    return true;
}

/// An id as text: a non-empty string as it is, an integer in decimal. \a rejectNegative: Amplitude's -1.
bool idText(element value, bool rejectNegative, QByteArray& out)
{
    char buffer[32];
    switch (value.type()) {
    case element_type::STRING: {
        const std::string_view text = value.get_string().value_unsafe();
        if (text.empty())
            return false;
        out = QByteArray(text.data(), qsizetype(text.size()));
        return true;
    }
    case element_type::INT64: {
        const qint64 number = value.get_int64().value_unsafe();
        if (rejectNegative && number < 0)
            return false;
        const auto written = std::to_chars(buffer, buffer + sizeof buffer, number);
        out = QByteArray(buffer, written.ptr - buffer);
        return true;
    }
    case element_type::UINT64: {
        const auto written = std::to_chars(buffer, buffer + sizeof buffer, value.get_uint64().value_unsafe());
        out = QByteArray(buffer, written.ptr - buffer);
        return true;
    }
    case element_type::DOUBLE: {
        // 1.7e12 written as a float by some SDK: still an integer.
        const double number = value.get_double().value_unsafe();
        if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) >= 9.2e18)
            return false;
        if (rejectNegative && number < 0)
            return false;
        const auto written = std::to_chars(buffer, buffer + sizeof buffer, qint64(number));
        out = QByteArray(buffer, written.ptr - buffer);
        return true;
    }
    default:
        return false;
    }
}

bool find(element root, std::initializer_list<std::string_view> path, bool rejectNegative, QByteArray& out)
{
    element value;
    return at(root, path, value) && idText(value, rejectNegative, out);
}

} // namespace

SessionIdReader::SessionIdReader()
    : m_parser(std::make_unique<Parser>())
{ }

SessionIdReader::~SessionIdReader() = default;

bool SessionIdReader::mayHaveSessionId(QByteArrayView payload)
{
    const std::string_view text(payload.data(), size_t(payload.size()));
    // "ession" covers session_id, $session_id, sessionId and ga_session_id.
    return text.find("ession") != std::string_view::npos || text.find("\"sid\"") != std::string_view::npos
        || text.find("_replay_id\"") != std::string_view::npos;
}

SessionIdReader::Result SessionIdReader::read(QByteArrayView payload)
{
    Result result;
    if (payload.isEmpty() || !mayHaveSessionId(payload))
        return result;
    element root;
    if (m_parser->parser.parse(payload.data(), size_t(payload.size()), true).get(root) != simdjson::SUCCESS)
        return result;
    const auto found = [&](SessionIdKind kind) {
        result.kind = kind;
        return result;
    };
    QByteArray& id = result.id;

    if (find(root, { "context", "amplitude", "session_id" }, true, id))
        return found(SessionIdKind::Amplitude);

    if (find(root, { "properties", "$session_id" }, false, id)
        || find(root, { "context", "posthog", "properties", "$session_id" }, false, id)
        || find(root, { "context", "posthog", "session_id" }, false, id))
        return found(SessionIdKind::PostHog);

    element ga4;
    if (at(root, { "context", "ga4" }, ga4) && ga4.is_object()) {
        for (const std::string_view key :
            { std::string_view("session_id"), std::string_view("ga_session_id"), std::string_view("sid") }) {
            if (find(root, { "properties", key }, false, id))
                return found(SessionIdKind::Ga4);
        }
        for (const std::string_view key :
            { std::string_view("session_id"), std::string_view("ga_session_id"), std::string_view("sid") }) {
            if (find(ga4, { "params", key }, false, id) || find(ga4, { key }, false, id))
                return found(SessionIdKind::Ga4);
        }
    }

    if (find(root, { "properties", "$mp_replay_id" }, false, id))
        return found(SessionIdKind::Mixpanel);

    if (find(root, { "context", "heap", "session_id" }, false, id))
        return found(SessionIdKind::Heap);

    if (find(root, { "context", "sessionId" }, false, id))
        return found(SessionIdKind::Context);

    if (find(root, { "integrations", "Actions Amplitude", "session_id" }, true, id)
        || find(root, { "integrations", "Amplitude", "session_id" }, true, id))
        return found(SessionIdKind::Amplitude);

    id.clear();
    return result;
}

} // namespace Journey

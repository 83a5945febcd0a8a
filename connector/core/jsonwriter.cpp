// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "jsonwriter.h"

#include <charconv>
#include <cmath>

namespace Journey::JsonWriter {

namespace {
constexpr char hexDigits[] = "0123456789abcdef";

// Characters that need escaping inside a JSON string.
constexpr bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}
} // namespace

void appendString(ByteBuffer& out, std::string_view text)
{
    out.append('"');
    const char* begin = text.data();
    const char* end = begin + text.size();
    const char* run = begin;
    for (const char* p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (!needsEscape(c))
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        default: {
            const char escaped[6] = { '\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xf] };
            out.append(escaped, 6);
        }
        }
    }
    out.append(run, end - run);
    out.append('"');
}

void appendInteger(ByteBuffer& out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void appendDouble(ByteBuffer& out, double value)
{
    if (!std::isfinite(value)) {
        out.append("null", 4); // JSON has no NaN or infinity
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void appendElement(ByteBuffer& out, simdjson::dom::element element)
{
    using simdjson::dom::element_type;
    switch (element.type()) {
    case element_type::OBJECT: {
        out.append('{');
        bool first = true;
        for (auto field : simdjson::dom::object(element)) {
            if (!first)
                out.append(',');
            first = false;
            appendString(out, field.key);
            out.append(':');
            appendElement(out, field.value);
        }
        out.append('}');
        break;
    }
    case element_type::ARRAY: {
        out.append('[');
        bool first = true;
        for (auto item : simdjson::dom::array(element)) {
            if (!first)
                out.append(',');
            first = false;
            appendElement(out, item);
        }
        out.append(']');
        break;
    }
    case element_type::STRING:
        appendString(out, std::string_view(element));
        break;
    case element_type::INT64:
        appendInteger(out, int64_t(element));
        break;
    case element_type::UINT64: {
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, uint64_t(element));
        out.append(buffer, result.ptr - buffer);
        break;
    }
    case element_type::DOUBLE:
        appendDouble(out, double(element));
        break;
    case element_type::BOOL:
        if (bool(element))
            out.append("true", 4);
        else
            out.append("false", 5);
        break;
    case element_type::NULL_VALUE:
        out.append("null", 4);
        break;
    }
}

const char* describeType(simdjson::dom::element_type type)
{
    using simdjson::dom::element_type;
    switch (type) {
    case element_type::OBJECT:
        return "an object";
    case element_type::ARRAY:
        return "an array";
    case element_type::STRING:
        return "a string";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return "a number";
    case element_type::BOOL:
        return "a boolean";
    case element_type::NULL_VALUE:
        return "null";
    }
    return "a value";
}

} // namespace Journey::JsonWriter

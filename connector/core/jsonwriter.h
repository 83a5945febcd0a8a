// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the engine: includes simdjson, so only .cpp files include this header.

#include "bytebuffer.h"

#include <QByteArrayView>

#include <simdjson.h>

#include <string_view>

namespace Journey::JsonWriter {

/// Appends \a text as a JSON string literal (quotes included, escaped as RFC 8259 requires).
void appendString(ByteBuffer& out, std::string_view text);
inline void appendString(ByteBuffer& out, QByteArrayView text)
{
    appendString(out, std::string_view(text.data(), size_t(text.size())));
}
/// Appends the compact JSON of a parsed value. Numbers are written in their shortest round-trip form.
void appendElement(ByteBuffer& out, simdjson::dom::element element);
void appendDouble(ByteBuffer& out, double value);
void appendInteger(ByteBuffer& out, qint64 value);

/// "an object", "a string", … for error messages.
const char* describeType(simdjson::dom::element_type type);

} // namespace Journey::JsonWriter

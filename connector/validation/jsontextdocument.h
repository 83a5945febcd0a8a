// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

#include <rapidjson/document.h>

#include <memory>
#include <optional>

namespace Journey {

/*!
 * JSON text parsed with RapidJSON (Debian `rapidjson-dev`, header-only) into the value QJsonDocument::fromJson
 * would make of it, for validating stored or received messages without the Qt JSON tree. Internal to
 * connector/validation: JsonSchemaValidator and PlanValidator take text in their public API and keep RapidJSON
 * out of their headers.
 *
 * The document is normalised the way QJsonObject stores members: sorted by key (UTF-8 byte order, which is the
 * order QJsonObject keeps), and of a repeated key only the last value is kept. Whatever depends on member order
 * (the additionalProperties and unplanned-property violations) then comes out as from the Qt value.
 *
 * parse() refuses what RapidJSON cannot read exactly as Qt does; the caller then parses with QJsonDocument,
 * which is the reference (and more lenient: "1.", ".5", raw control characters in strings, a lone high
 * surrogate escape, a byte order mark). Also refused: an escaped lone low surrogate ("\udc00", which RapidJSON
 * would store as invalid UTF-8 while Qt keeps the code unit) and nesting deeper than QJsonDocument's 1024 levels.
 * One difference remains: a number that underflows ("1e-400") is 0 here, and an error for Qt.
 *
 * Each thread reuses one memory pool (and one for the parse stack), so parsing a message whose tree fits in
 * 64 KiB allocates nothing. A JsonTextDocument made while another is alive on the same thread (not done in the
 * project) gets pools of its own. Not copyable; the values stay valid until it is destroyed.
 */
class JsonTextDocument
{
public:
    JsonTextDocument();
    ~JsonTextDocument();
    JsonTextDocument(const JsonTextDocument&) = delete;
    JsonTextDocument& operator=(const JsonTextDocument&) = delete;

    /// Parses \a json; false when it is not JSON or RapidJSON cannot read it as QJsonDocument would (see above).
    bool parse(QByteArrayView json);
    /// The parsed value (null before a successful parse()).
    const rapidjson::Value& root() const;

private:
    struct Pools;
    Pools* m_pools = nullptr; ///< this thread's, or m_ownPools
    std::unique_ptr<Pools> m_ownPools;
    // The parse stack comes from a pool too: with the default CrtAllocator each parse would malloc and free it.
    using Document = rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>,
        rapidjson::MemoryPoolAllocator<>>;
    std::optional<Document> m_document; ///< in place: made on the pools once they are chosen
};

/// A value inside a JsonTextDocument, as JsonSchemaValidator::validate() takes it: its header names only this
/// type, so that RapidJSON stays out of it.
struct JsonTextValue
{
    const rapidjson::Value& json;
};

} // namespace Journey

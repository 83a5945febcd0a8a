// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "schemaviolation.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Journey {

struct JsonTextValue;

/*!
 * A JSON Schema (draft-07) compiled once and checked against many values. The schema work is done by valijson
 * (Debian `libvalijson-dev`, header-only, through adapters of our own for Qt JSON and RapidJSON); this class only
 * compiles, resolves remote `$ref`s through a callback and turns valijson's flat error list into SchemaViolation
 * values. Before compiling, each subschema's `$id` scope is handed to valijson as draft-04's `id` (the only one it
 * reads) and relative `$ref`s are resolved by RFC 3986; `$ref`s to an embedded `$id` are answered from the schema
 * itself. With that the draft-07 required tests of the JSON-Schema-Test-Suite all pass.
 *
 * valijson reports each error as a context path ("<root>", "[products]", "[0]") and an English description, not
 * as a keyword. The pointer is rebuilt by walking the instance along the context (an index when the value there
 * is an array). The keyword is taken from the description, whose wording valijson fixes per constraint (see
 * keywordOf() in the .cpp; a description we do not know gives "schema"). valijson also reports, after a nested
 * failure, one summary error per enclosing `properties`/`items`/`allOf`…; those are dropped when the nested error
 * is there, so "/products/0/price" is reported once. The branch errors of a failed `anyOf`/`oneOf` are folded into
 * that keyword's message, because no single branch is "the" failure. `required` and `additionalProperties` point
 * at the object that lacks or carries the property, as in ajv.
 *
 * Values come as Qt JSON or as JSON text, which is parsed with RapidJSON (validateJson(), see JsonTextDocument);
 * both give the same violations for the same message. A number is an integer (for `"type": "integer"`,
 * `multipleOf`) when its value is whole and fits in 64 bits: 1.0, 1e3, -0 and 2^40 are integers, 2.5 and 2^64
 * are not. JSON Schema (draft-06 on) defines integers by value, not by spelling; valijson carries them as int64_t.
 *
 * validate() and isValid() are const and may run on several threads at once on one compiled validator: the
 * compiled valijson schema is only read, and valijson's Validator (which caches compiled regexes and is therefore
 * not thread-safe) is one per thread. validate() first checks the way isValid() does and collects errors only for
 * a value that fails, so a valid value costs the same in both.
 */
class JsonSchemaValidator
{
public:
    /// Returns the document at \a uri (without its fragment), or nothing when it is unknown.
    using Resolver = std::function<std::optional<QJsonObject>(const QString& uri)>;

    JsonSchemaValidator();
    ~JsonSchemaValidator();
    JsonSchemaValidator(const JsonSchemaValidator&) = delete;
    JsonSchemaValidator& operator=(const JsonSchemaValidator&) = delete;

    /// Sets how remote `$ref` documents are fetched; call before compile(). Without one, a remote `$ref` is a
    /// compile error that names the URI.
    void setResolver(Resolver resolver);

    /// Parses \a schema (draft-07) once; false with \a error saying why when valijson cannot use it. A failed
    /// compile leaves the validator uncompiled.
    bool compile(const QJsonObject& schema, QString* error);
    /// As above, also accepting the boolean schemas `true` and `false`.
    bool compile(const QJsonValue& schema, QString* error);
    bool isCompiled() const;

    /// Every violation of \a instance; empty when it is valid (or nothing was compiled).
    QList<SchemaViolation> validate(const QJsonValue& instance) const;
    /// Whether \a instance is valid; stops at the first failure, so faster than validate().
    bool isValid(const QJsonValue& instance) const;

    /// As validate(), for the JSON text \a json (any JSON value), parsed with RapidJSON; about twice as fast as
    /// QJsonDocument::fromJson() and validate(). Text that is not JSON gives no violations and sets \a parseError.
    QList<SchemaViolation> validateJson(QByteArrayView json, QString* parseError = nullptr) const;
    /// As isValid(), for the JSON text \a json; false, with \a parseError set, when it is not JSON.
    bool isValidJson(QByteArrayView json, QString* parseError = nullptr) const;
    /// As validate() and isValid(), for a value of a parsed JsonTextDocument (connector/validation only).
    QList<SchemaViolation> validate(const JsonTextValue& instance) const;
    bool isValid(const JsonTextValue& instance) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Journey

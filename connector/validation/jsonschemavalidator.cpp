// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "jsonschemavalidator.h"

#include "core/jsontypename.h"

// valijson aborts the process on a bad schema unless it may throw; the project builds with exceptions (GCC's
// default, journey_options does not turn them off), so let it throw and catch it in compile().
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <QJsonArray>
#include <QRegularExpression>

#include <mutex>
#include <regex>
#include <string_view>
#include <vector>

namespace Journey {

namespace {

using Context = std::vector<std::string>;

// What an entry of valijson's flat error list means for the list we report.
enum class Role {
    Leaf, ///< a failure of its own
    Detail, ///< a detail of another error that follows it (each enum value that did not match): dropped
    Summary, ///< "a nested schema failed": dropped when the nested error is reported
    Branch, ///< allOf/anyOf/oneOf "child schema #n failed": dropped when the branch's own errors are there
    Alternatives, ///< anyOf/oneOf matched no branch: the branch errors before it fold into its message
};

// Where the nested errors of a Summary sit, relative to the summary's own context.
enum class Nested {
    None,
    Child, ///< in the child named by the description ("property name 'x'", "item #3")
    Deeper, ///< anywhere below
    SameOrDeeper, ///< at the same value or below (allOf, if/then/else, dependencies)
};

struct Kind
{
    const char* text; ///< a part of valijson's description, unique to one constraint
    const char* keyword;
    Role role = Role::Leaf;
    Nested nested = Nested::None;
};

// valijson 1.0's descriptions (validation_visitor.hpp), most specific first. A description not found here gives
// the keyword "schema"; tst_jsonschemavalidator pins the common ones, so a reworded valijson release shows up there.
constexpr Kind s_kinds[] = {
    { "Target value and comparison value are not equal", "enum", Role::Detail },
    { "Failed to validate against child schema #", "allOf", Role::Branch, Nested::SameOrDeeper },
    { "any schemas allowed by anyOf", "anyOf", Role::Alternatives },
    { "any child schemas allowed by oneOf", "oneOf", Role::Alternatives },
    { "exactly one child schema", "oneOf" },
    { "conditional schema set by if-then-else", "if", Role::Summary, Nested::SameOrDeeper },
    { "set by 'const' constraint", "const" },
    { "in 'contains' constraint", "contains" },
    { "any enum values", "enum" },
    { "String should be a valid", "format" },
    { "more items than allowed by items constraint", "additionalItems" },
    { "against additional items schema", "additionalItems", Role::Summary, Nested::Child },
    { "using 'items' constraint or 'additionalItems' constraint", "additionalItems" },
    { "against corresponding item schema", "items", Role::Summary, Nested::SameOrDeeper },
    { "in array.", "items", Role::Summary, Nested::Child },
    { "Expected number less than or equal to", "maximum" },
    { "Expected number less than", "exclusiveMaximum" },
    { "Expected number greater than or equal to", "minimum" },
    { "Expected number greater than", "exclusiveMinimum" },
    { "Array should contain no more than", "maxItems" },
    { "String should be no more than", "maxLength" },
    { "Object should have no more than", "maxProperties" },
    { "Array should contain no fewer than", "minItems" },
    { "String should be no fewer than", "minLength" },
    { "Object should have no fewer than", "minProperties" },
    { "multiple", "multipleOf" },
    { "in 'not' constraint", "not" },
    { "specified by 'pattern' constraint", "pattern" },
    { "could not be validated using 'properties' or 'additionalProperties'", "additionalProperties" },
    { "against additional properties schema", "additionalProperties", Role::Summary, Nested::Deeper },
    { "not permitted by 'type' constraint", "type" },
    { "violate uniqueness constraint", "uniqueItems" },
    { "Missing required property", "required" },
    { "Missing dependency", "dependencies" },
    { "against dependent schema", "dependencies", Role::Summary, Nested::SameOrDeeper },
    { "schema associated with pattern", "patternProperties", Role::Summary, Nested::Deeper },
    { "schema associated with property name", "properties", Role::Summary, Nested::Child },
};

const Kind& kindOf(const std::string& description)
{
    static const Kind unknown { "", "schema" };
    for (const Kind& kind : s_kinds) {
        if (description.find(kind.text) != std::string::npos)
            return kind;
    }
    return unknown;
}

// "Failed to validate item #3 in array." → "[3]"; "… property name 'x'." → "[x]": the child a summary is about.
std::string childOf(const std::string& description)
{
    if (const auto hash = description.find('#'); hash != std::string::npos) {
        auto end = hash + 1;
        while (end < description.size() && std::isdigit(static_cast<unsigned char>(description[end])))
            ++end;
        return '[' + description.substr(hash + 1, end - hash - 1) + ']';
    }
    const auto open = description.find('\'');
    const auto close = description.rfind('\'');
    if (open == std::string::npos || close <= open)
        return {};
    return '[' + description.substr(open + 1, close - open - 1) + ']';
}

bool startsWith(const Context& context, const Context& prefix)
{
    return context.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), context.begin());
}

QString escapePointerPart(QString part)
{
    return part.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
}

// valijson's context ("<root>", "[products]", "[0]") as a JSON pointer. "[0]" is an index only where the value
// there is an array: an object may have a property named "0".
QString pointerOf(const Context& context, const QJsonValue& instance)
{
    QString pointer;
    QJsonValue current = instance;
    for (std::size_t i = 1; i < context.size(); ++i) {
        const std::string& part = context[i];
        const QString name = QString::fromStdString(part.size() >= 2 ? part.substr(1, part.size() - 2) : part);
        pointer += QLatin1Char('/') + escapePointerPart(name);
        if (current.isArray()) {
            bool ok = false;
            const int index = name.toInt(&ok);
            current = ok ? current.toArray().at(index) : QJsonValue(QJsonValue::Undefined);
        } else {
            current = current.toObject().value(name);
        }
    }
    return pointer;
}

QJsonValue valueAt(const Context& context, const QJsonValue& instance)
{
    QJsonValue current = instance;
    for (std::size_t i = 1; i < context.size(); ++i) {
        const std::string& part = context[i];
        const QString name = QString::fromStdString(part.size() >= 2 ? part.substr(1, part.size() - 2) : part);
        current = current.isArray() ? current.toArray().at(name.toInt()) : current.toObject().value(name);
    }
    return current;
}

// valijson prints limits with std::to_string ("0.000000"): print them as JSON would ("0").
QString messageOf(const std::string& description)
{
    static const QRegularExpression number(QStringLiteral("-?\\d+\\.\\d+"));
    QString message = QString::fromStdString(description);
    QString out;
    qsizetype last = 0;
    for (auto it = number.globalMatch(message); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(message).mid(last, match.capturedStart() - last);
        out += QString::number(match.captured().toDouble(), 'g', 15);
        last = match.capturedEnd();
    }
    out += QStringView(message).mid(last);
    return out;
}

struct Entry
{
    Context context;
    QString keyword;
    QString message;
    bool branchMarker = false;
};

// Checks the regular expressions up front: valijson compiles them lazily with std::regex during validation,
// where a bad one would throw on every call.
bool checkPatterns(const QJsonValue& node, const QString& pointer, QString* error)
{
    const auto check = [&](const QString& pattern, const QString& where) {
        try {
            std::regex compiled(pattern.toStdString());
        } catch (const std::regex_error& e) {
            if (error)
                *error = QStringLiteral("%1: \"%2\" is not a regular expression std::regex understands (%3)")
                             .arg(where.isEmpty() ? QStringLiteral("/") : where, pattern, QString::fromUtf8(e.what()));
            return false;
        }
        return true;
    };
    if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!checkPatterns(array.at(i), pointer + QLatin1Char('/') + QString::number(i), error))
                return false;
        }
        return true;
    }
    if (!node.isObject())
        return true;
    const QJsonObject object = node.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = pointer + QLatin1Char('/') + escapePointerPart(it.key());
        if (it.key() == QLatin1String("pattern") && it.value().isString() && !check(it.value().toString(), path))
            return false;
        if (it.key() == QLatin1String("patternProperties") && it.value().isObject()) {
            const QJsonObject patterns = it.value().toObject();
            for (auto p = patterns.begin(); p != patterns.end(); ++p) {
                if (!check(p.key(), path))
                    return false;
            }
        }
        if (!checkPatterns(it.value(), path, error))
            return false;
    }
    return true;
}

} // namespace

struct JsonSchemaValidator::Private
{
    Resolver resolver;
    std::unique_ptr<valijson::Schema> schema;
    bool alwaysInvalid = false; ///< the schema is `false`

    // valijson::Validator caches compiled regexes in a plain map, so one instance must not be used by two threads
    // at once: each call borrows one from this pool (and keeps its cache warm for the next call).
    mutable std::mutex poolMutex;
    mutable std::vector<std::unique_ptr<valijson::Validator>> pool;

    std::unique_ptr<valijson::Validator> borrow() const
    {
        {
            std::lock_guard lock(poolMutex);
            if (!pool.empty()) {
                auto validator = std::move(pool.back());
                pool.pop_back();
                return validator;
            }
        }
        return std::make_unique<valijson::Validator>(valijson::Validator::kStrongTypes);
    }
    void giveBack(std::unique_ptr<valijson::Validator> validator) const
    {
        std::lock_guard lock(poolMutex);
        pool.push_back(std::move(validator));
    }
};

JsonSchemaValidator::JsonSchemaValidator()
    : d(std::make_unique<Private>())
{
}

JsonSchemaValidator::~JsonSchemaValidator() = default;

void JsonSchemaValidator::setResolver(Resolver resolver)
{
    d->resolver = std::move(resolver);
}

bool JsonSchemaValidator::compile(const QJsonObject& schema, QString* error)
{
    return compile(QJsonValue(schema), error);
}

bool JsonSchemaValidator::compile(const QJsonValue& schema, QString* error)
{
    d->schema.reset();
    d->alwaysInvalid = false;
    if (!schema.isObject() && !schema.isBool()) {
        if (error)
            *error = QStringLiteral("a schema must be a JSON object or a boolean, not %1").arg(jsonTypeName(schema));
        return false;
    }
    if (!checkPatterns(schema, QString(), error))
        return false;

    QString fetchError;
    const auto fetch = [this, &fetchError](const std::string& uri) -> const QJsonValue* {
        const QString name = QString::fromStdString(uri);
        if (!d->resolver) {
            fetchError = QStringLiteral("the remote $ref \"%1\" cannot be fetched: no resolver is set").arg(name);
            return nullptr;
        }
        const std::optional<QJsonObject> document = d->resolver(name);
        if (!document) {
            fetchError = QStringLiteral("the remote $ref \"%1\" is unknown to the resolver").arg(name);
            return nullptr;
        }
        return new QJsonValue(*document);
    };
    const auto freeDocument = [](const QJsonValue* document) { delete document; };

    auto compiled = std::make_unique<valijson::Schema>();
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const valijson::adapters::QtJsonAdapter adapter(schema);
        using Documents = valijson::SchemaParser::FunctionPtrs<valijson::adapters::QtJsonAdapter>;
        parser.populateSchema(adapter, *compiled, Documents::FetchDoc(fetch), Documents::FreeDoc(freeDocument));
    } catch (const std::exception& e) {
        if (error)
            *error = fetchError.isEmpty() ? QStringLiteral("valijson cannot parse the schema: %1").arg(QString::fromUtf8(e.what()))
                                          : fetchError;
        return false;
    }
    d->schema = std::move(compiled);
    d->alwaysInvalid = schema.isBool() && !schema.toBool();
    return true;
}

bool JsonSchemaValidator::isCompiled() const
{
    return bool(d->schema);
}

bool JsonSchemaValidator::isValid(const QJsonValue& instance) const
{
    if (!d->schema)
        return true;
    auto validator = d->borrow();
    bool valid = false;
    try {
        valid = validator->validate(*d->schema, valijson::adapters::QtJsonAdapter(instance), nullptr);
    } catch (const std::exception&) {
        valid = false;
    }
    d->giveBack(std::move(validator));
    return valid;
}

QList<SchemaViolation> JsonSchemaValidator::validate(const QJsonValue& instance) const
{
    QList<SchemaViolation> violations;
    if (!d->schema)
        return violations;

    valijson::ValidationResults results;
    auto validator = d->borrow();
    bool valid = false;
    QString failure;
    try {
        valid = validator->validate(*d->schema, valijson::adapters::QtJsonAdapter(instance), &results);
    } catch (const std::exception& e) {
        failure = QString::fromUtf8(e.what());
    }
    d->giveBack(std::move(validator));
    if (valid)
        return violations;
    if (!failure.isEmpty()) {
        violations.append({ QString(), QStringLiteral("schema"), QStringLiteral("validation failed: %1").arg(failure) });
        return violations;
    }

    // valijson pushes nested errors before the summaries of the schemas around them, so one pass suffices.
    std::vector<Entry> entries;
    const auto reportedAt = [&entries](const Context& prefix, bool strictlyBelow) {
        return std::any_of(entries.begin(), entries.end(), [&](const Entry& entry) {
            return !entry.branchMarker && startsWith(entry.context, prefix)
                && (!strictlyBelow || entry.context.size() > prefix.size());
        });
    };
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        const Kind& kind = kindOf(error.description);
        Entry entry { error.context, QString::fromLatin1(kind.keyword), messageOf(error.description) };
        switch (kind.role) {
        case Role::Detail:
            continue;
        case Role::Summary:
        case Role::Branch: {
            bool nestedReported = false;
            if (kind.nested == Nested::Child) {
                Context child = error.context;
                child.push_back(childOf(error.description));
                nestedReported = reportedAt(child, false);
            } else {
                nestedReported = reportedAt(error.context, kind.nested == Nested::Deeper);
            }
            if (nestedReported)
                continue;
            // A failing branch or nested schema without errors of its own: the schema `false`.
            entry.branchMarker = kind.role == Role::Branch;
            break;
        }
        case Role::Alternatives: {
            QStringList reasons;
            const QString here = pointerOf(error.context, instance);
            while (!entries.empty() && startsWith(entries.back().context, error.context)) {
                const Entry& branchError = entries.back();
                if (!branchError.branchMarker) {
                    const QString at = pointerOf(branchError.context, instance);
                    reasons.prepend(at == here ? branchError.message : at + QStringLiteral(": ") + branchError.message);
                }
                entries.pop_back();
            }
            if (!reasons.isEmpty())
                entry.message += QStringLiteral(" (") + reasons.join(QStringLiteral("; ")) + QLatin1Char(')');
            break;
        }
        case Role::Leaf:
            if (kind.keyword == std::string_view("type"))
                entry.message += QStringLiteral(" (the value is %1)").arg(jsonTypeName(valueAt(error.context, instance)));
            break;
        }
        entries.push_back(std::move(entry));
    }

    for (const Entry& entry : entries)
        violations.append({ pointerOf(entry.context, instance), entry.keyword, entry.message });
    if (violations.isEmpty()) {
        // valijson reports nothing for the schema `false` and for `propertyNames`.
        violations.append(d->alwaysInvalid
                ? SchemaViolation { QString(), QStringLiteral("false"), QStringLiteral("The schema is false: no value is valid.") }
                : SchemaViolation { QString(), QStringLiteral("schema"), QStringLiteral("The value does not match the schema.") });
    }
    return violations;
}

} // namespace Journey

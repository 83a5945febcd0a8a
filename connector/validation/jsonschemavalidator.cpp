// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "jsonschemavalidator.h"

#include "core/jsonpointer.h"
#include "core/jsontypename.h"
#include "jsontextdocument.h"

// valijson aborts the process on a bad schema unless it may throw; the project builds with exceptions (GCC's
// default, journey_options does not turn them off), so let it throw and catch it in compile().
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/internal/basic_adapter.hpp>
#include <valijson/internal/frozen_value.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <QHash>
#include <QUrl>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
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

// valijson's own QtJsonAdapter converts every key it looks up to a QString and every key and string it reads
// through QString::toUtf8() to a std::string, allocating each time; that was most of the time a validation took.
// This adapter has the same semantics (strict types, numbers as QJsonValue::isDouble()) but for integers (see
// isInteger()), and takes the short ways: an ASCII key is looked up as a QLatin1StringView, a member found by its
// key keeps that key instead of converting the stored one back, and ASCII text goes straight into the std::string
// (which holds up to 15 bytes without allocating). Enum and const values are frozen with their text already
// converted.
class QtAdapter;
class QtArrayIterator;
class QtMemberIterator;
using QtMember = std::pair<std::string, QtAdapter>;

// UTF-16 to UTF-8, without the QByteArray in between when the text is ASCII (property names nearly always are).
void toStdString(QStringView text, std::string& out)
{
    out.resize(std::size_t(text.size()));
    const char16_t* source = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (source[i] >= 0x80) {
            const QByteArray utf8 = text.toUtf8();
            out.assign(utf8.constData(), std::size_t(utf8.size()));
            return;
        }
        out[std::size_t(i)] = char(source[i]);
    }
}

bool isAscii(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

class QtArray
{
public:
    using const_iterator = QtArrayIterator;
    using iterator = QtArrayIterator;

    QtArray() = default;
    explicit QtArray(QJsonArray array)
        : m_array(std::move(array))
    {
    }
    QtArrayIterator begin() const;
    QtArrayIterator end() const;
    std::size_t size() const { return std::size_t(m_array.size()); }

private:
    QJsonArray m_array;
};

class QtObject
{
public:
    using const_iterator = QtMemberIterator;
    using iterator = QtMemberIterator;

    QtObject() = default;
    explicit QtObject(QJsonObject object)
        : m_object(std::move(object))
    {
    }
    QtMemberIterator begin() const;
    QtMemberIterator end() const;
    QtMemberIterator find(const std::string& propertyName) const;
    std::size_t size() const { return std::size_t(m_object.size()); }

private:
    QJsonObject m_object;
};

class QtFrozenValue : public valijson::adapters::FrozenValue
{
public:
    explicit QtFrozenValue(QJsonValue value)
        : m_value(std::move(value))
    {
        if (m_value.isString())
            toStdString(m_value.toString(), m_text);
    }
    FrozenValue* clone() const override { return new QtFrozenValue(*this); }
    bool equalTo(const valijson::adapters::Adapter& other, bool strict) const override;

private:
    QJsonValue m_value;
    std::string m_text; ///< the string, converted once
};

class QtValue
{
public:
    QtValue() = default;
    QtValue(QJsonValue value)
        : m_value(std::move(value))
    {
    }

    valijson::adapters::FrozenValue* freeze() const { return new QtFrozenValue(m_value); }

    opt::optional<QtArray> getArrayOptional() const
    {
        return m_value.isArray() ? opt::make_optional(QtArray(m_value.toArray())) : opt::optional<QtArray>();
    }
    bool getArraySize(std::size_t& result) const
    {
        if (!m_value.isArray())
            return false;
        result = std::size_t(m_value.toArray().size());
        return true;
    }
    bool getBool(bool& result) const
    {
        if (!m_value.isBool())
            return false;
        result = m_value.toBool();
        return true;
    }
    bool getDouble(double& result) const
    {
        if (!m_value.isDouble())
            return false;
        result = m_value.toDouble();
        return true;
    }
    bool getInteger(int64_t& result) const
    {
        if (!isInteger())
            return false;
        result = m_value.toInteger();
        return true;
    }
    opt::optional<QtObject> getObjectOptional() const
    {
        return m_value.isObject() ? opt::make_optional(QtObject(m_value.toObject())) : opt::optional<QtObject>();
    }
    bool getObjectSize(std::size_t& result) const
    {
        if (!m_value.isObject())
            return false;
        result = std::size_t(m_value.toObject().size());
        return true;
    }
    bool getString(std::string& result) const
    {
        if (!m_value.isString())
            return false;
        toStdString(m_value.toString(), result);
        return true;
    }
    static bool hasStrictTypes() { return true; }
    bool isArray() const { return m_value.isArray(); }
    bool isBool() const { return m_value.isBool(); }
    bool isDouble() const { return m_value.isDouble(); }
    // A whole number that fits in 64 bits, whatever its spelling (1.0, 1e3): toInteger() gives its default
    // otherwise. valijson's QtJsonAdapter took toInt(), which made 2^31 and above (a time in ms) no integer; the
    // RapidJSON adapter below follows the same rule, so both kinds of instance agree.
    bool isInteger() const { return m_value.isDouble() && m_value.toInteger(0) == m_value.toInteger(1); }
    bool isNull() const { return m_value.isNull(); }
    bool isNumber() const { return m_value.isDouble(); }
    bool isObject() const { return m_value.isObject(); }
    bool isString() const { return m_value.isString(); }

private:
    QJsonValue m_value { QJsonObject() };
};

class QtAdapter : public valijson::adapters::BasicAdapter<QtAdapter, QtArray, QtMember, QtObject, QtValue>
{
public:
    QtAdapter() = default;
    QtAdapter(const QJsonValue& value)
        : BasicAdapter(QtValue(value))
    {
    }
};

// What operator->() hands out: the member itself, built in place (valijson's DerefProxy would copy it).
template<typename T>
struct Arrow
{
    T value;
    T* operator->() { return &value; }
};

class QtArrayIterator
{
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = QtAdapter;
    using difference_type = QtAdapter;
    using pointer = QtAdapter*;
    using reference = QtAdapter&;

    explicit QtArrayIterator(QJsonArray::const_iterator it)
        : m_it(it)
    {
    }
    QtAdapter operator*() const { return QtAdapter(QJsonValue(*m_it)); }
    Arrow<QtAdapter> operator->() const { return { **this }; }
    bool operator==(const QtArrayIterator& other) const { return m_it == other.m_it; }
    bool operator!=(const QtArrayIterator& other) const { return m_it != other.m_it; }
    const QtArrayIterator& operator++()
    {
        ++m_it;
        return *this;
    }
    QtArrayIterator operator++(int)
    {
        QtArrayIterator before(*this);
        ++m_it;
        return before;
    }
    const QtArrayIterator& operator--()
    {
        --m_it;
        return *this;
    }
    void advance(std::ptrdiff_t n) { m_it += n; }

private:
    QJsonArray::const_iterator m_it;
};

class QtMemberIterator
{
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = QtMember;
    using difference_type = QtMember;
    using pointer = QtMember*;
    using reference = QtMember&;

    explicit QtMemberIterator(QJsonObject::const_iterator it)
        : m_it(it)
    {
    }
    QtMemberIterator(QJsonObject::const_iterator it, const std::string& key)
        : m_it(it)
        , m_key(key)
        , m_hasKey(true)
    {
    }
    QtMember operator*() const
    {
        QtMember member { std::string(), QtAdapter(QJsonValue(m_it.value())) };
        if (m_hasKey)
            member.first = m_key;
        else
            toStdString(m_it.key(), member.first);
        return member;
    }
    Arrow<QtMember> operator->() const { return { **this }; }
    bool operator==(const QtMemberIterator& other) const { return m_it == other.m_it; }
    bool operator!=(const QtMemberIterator& other) const { return m_it != other.m_it; }
    const QtMemberIterator& operator++()
    {
        ++m_it;
        m_hasKey = false;
        return *this;
    }
    QtMemberIterator operator++(int)
    {
        QtMemberIterator before(*this);
        ++*this;
        return before;
    }
    const QtMemberIterator& operator--()
    {
        --m_it;
        m_hasKey = false;
        return *this;
    }

private:
    QJsonObject::const_iterator m_it;
    std::string m_key; ///< the key find() was given, so it needs no conversion back
    bool m_hasKey = false;
};

QtArrayIterator QtArray::begin() const
{
    return QtArrayIterator(m_array.constBegin());
}

QtArrayIterator QtArray::end() const
{
    return QtArrayIterator(m_array.constEnd());
}

QtMemberIterator QtObject::begin() const
{
    return QtMemberIterator(m_object.constBegin());
}

QtMemberIterator QtObject::end() const
{
    return QtMemberIterator(m_object.constEnd());
}

QtMemberIterator QtObject::find(const std::string& propertyName) const
{
    const auto found = isAscii(propertyName)
        ? m_object.constFind(QLatin1StringView(propertyName.data(), qsizetype(propertyName.size())))
        : m_object.constFind(QString::fromStdString(propertyName));
    return found == m_object.constEnd() ? QtMemberIterator(found) : QtMemberIterator(found, propertyName);
}

bool QtFrozenValue::equalTo(const valijson::adapters::Adapter& other, bool strict) const
{
    if (strict && m_value.isString())
        return other.isString() && other.asString() == m_text;
    return QtAdapter(m_value).equalTo(other, strict);
}

// The same semantics over RapidJSON's DOM (JsonTextDocument), where nothing needs converting: strings are UTF-8
// already and a member is found by its bytes. valijson's own RapidJsonAdapter would differ from the Qt adapter
// above on numbers: it calls 1.0 no integer, 2^40 one only when spelled without a fraction, and has only doubles
// (not integers) answer isDouble(). Here a number is what QJsonValue makes of it: a double, an integer when
// whole and within 64 bits, and a key lookup compares lengths too (a key may hold "\u0000").
class RapidAdapter;
class RapidArrayIterator;
class RapidMemberIterator;
using RapidMember = std::pair<std::string, RapidAdapter>;

const rapidjson::Value& emptyObject()
{
    static const rapidjson::Value empty(rapidjson::kObjectType);
    return empty;
}

// The rule QJsonValue::toInteger() applies to a double: whole, in [-2^63, 2^63).
bool wholeInt64(double value, int64_t& result)
{
    if (!(value >= -0x1p63 && value < 0x1p63)) // false for NaN too
        return false;
    result = static_cast<int64_t>(value);
    return static_cast<double>(result) == value;
}

// Only for valijson's freeze(), which validation does not call on instances (it freezes enum and const values
// of the schema, which is Qt JSON).
QJsonValue toQJsonValue(const rapidjson::Value& value)
{
    switch (value.GetType()) {
    case rapidjson::kNullType:
        return QJsonValue(QJsonValue::Null);
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
        return value.GetBool();
    case rapidjson::kNumberType:
        return value.IsInt64() ? QJsonValue(qint64(value.GetInt64())) : QJsonValue(value.GetDouble());
    case rapidjson::kStringType:
        return QString::fromUtf8(value.GetString(), qsizetype(value.GetStringLength()));
    case rapidjson::kArrayType: {
        QJsonArray array;
        for (const rapidjson::Value& item : value.GetArray())
            array.append(toQJsonValue(item));
        return array;
    }
    case rapidjson::kObjectType: {
        QJsonObject object;
        for (const auto& member : value.GetObject())
            object.insert(QString::fromUtf8(member.name.GetString(), qsizetype(member.name.GetStringLength())),
                toQJsonValue(member.value));
        return object;
    }
    }
    return {};
}

class RapidArray
{
public:
    using const_iterator = RapidArrayIterator;
    using iterator = RapidArrayIterator;

    RapidArray() = default;
    explicit RapidArray(const rapidjson::Value& array)
        : m_array(&array)
    {
    }
    RapidArrayIterator begin() const;
    RapidArrayIterator end() const;
    std::size_t size() const { return m_array ? std::size_t(m_array->Size()) : 0; }

private:
    const rapidjson::Value* m_array = nullptr;
};

class RapidObject
{
public:
    using const_iterator = RapidMemberIterator;
    using iterator = RapidMemberIterator;

    RapidObject() = default;
    explicit RapidObject(const rapidjson::Value& object)
        : m_object(&object)
    {
    }
    RapidMemberIterator begin() const;
    RapidMemberIterator end() const;
    RapidMemberIterator find(const std::string& propertyName) const;
    std::size_t size() const { return std::size_t(m_object->MemberCount()); }

private:
    const rapidjson::Value* m_object = &emptyObject();
};

class RapidValue
{
public:
    RapidValue() = default;
    RapidValue(const rapidjson::Value& value)
        : m_value(&value)
    {
    }

    valijson::adapters::FrozenValue* freeze() const { return new QtFrozenValue(toQJsonValue(*m_value)); }

    opt::optional<RapidArray> getArrayOptional() const
    {
        return m_value->IsArray() ? opt::make_optional(RapidArray(*m_value)) : opt::optional<RapidArray>();
    }
    bool getArraySize(std::size_t& result) const
    {
        if (!m_value->IsArray())
            return false;
        result = std::size_t(m_value->Size());
        return true;
    }
    bool getBool(bool& result) const
    {
        if (!m_value->IsBool())
            return false;
        result = m_value->GetBool();
        return true;
    }
    bool getDouble(double& result) const
    {
        if (!m_value->IsNumber())
            return false;
        result = m_value->GetDouble(); // an integer converted as QJsonValue::toDouble() does
        return true;
    }
    bool getInteger(int64_t& result) const
    {
        if (m_value->IsInt64()) {
            result = m_value->GetInt64();
            return true;
        }
        // Above 2^63 - 1 (Uint64) Qt keeps a double, which is no integer; a double must be whole.
        return m_value->IsDouble() && wholeInt64(m_value->GetDouble(), result);
    }
    opt::optional<RapidObject> getObjectOptional() const
    {
        return m_value->IsObject() ? opt::make_optional(RapidObject(*m_value)) : opt::optional<RapidObject>();
    }
    bool getObjectSize(std::size_t& result) const
    {
        if (!m_value->IsObject())
            return false;
        result = std::size_t(m_value->MemberCount());
        return true;
    }
    bool getString(std::string& result) const
    {
        if (!m_value->IsString())
            return false;
        result.assign(m_value->GetString(), m_value->GetStringLength());
        return true;
    }
    static bool hasStrictTypes() { return true; }
    bool isArray() const { return m_value->IsArray(); }
    bool isBool() const { return m_value->IsBool(); }
    bool isDouble() const { return m_value->IsNumber(); }
    bool isInteger() const
    {
        int64_t ignored = 0;
        return getInteger(ignored);
    }
    bool isNull() const { return m_value->IsNull(); }
    bool isNumber() const { return m_value->IsNumber(); }
    bool isObject() const { return m_value->IsObject(); }
    bool isString() const { return m_value->IsString(); }

private:
    const rapidjson::Value* m_value = &emptyObject();
};

class RapidAdapter
    : public valijson::adapters::BasicAdapter<RapidAdapter, RapidArray, RapidMember, RapidObject, RapidValue>
{
public:
    RapidAdapter() = default;
    RapidAdapter(const rapidjson::Value& value)
        : BasicAdapter(RapidValue(value))
    {
    }
};

class RapidArrayIterator
{
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = RapidAdapter;
    using difference_type = RapidAdapter;
    using pointer = RapidAdapter*;
    using reference = RapidAdapter&;

    explicit RapidArrayIterator(const rapidjson::Value* it)
        : m_it(it)
    {
    }
    RapidAdapter operator*() const { return RapidAdapter(*m_it); }
    Arrow<RapidAdapter> operator->() const { return { **this }; }
    bool operator==(const RapidArrayIterator& other) const { return m_it == other.m_it; }
    bool operator!=(const RapidArrayIterator& other) const { return m_it != other.m_it; }
    const RapidArrayIterator& operator++()
    {
        ++m_it;
        return *this;
    }
    RapidArrayIterator operator++(int)
    {
        RapidArrayIterator before(*this);
        ++m_it;
        return before;
    }
    const RapidArrayIterator& operator--()
    {
        --m_it;
        return *this;
    }
    void advance(std::ptrdiff_t n) { m_it += n; }

private:
    const rapidjson::Value* m_it;
};

class RapidMemberIterator
{
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = RapidMember;
    using difference_type = RapidMember;
    using pointer = RapidMember*;
    using reference = RapidMember&;

    explicit RapidMemberIterator(rapidjson::Value::ConstMemberIterator it)
        : m_it(it)
    {
    }
    RapidMember operator*() const
    {
        return { std::string(m_it->name.GetString(), m_it->name.GetStringLength()), RapidAdapter(m_it->value) };
    }
    Arrow<RapidMember> operator->() const { return { **this }; }
    bool operator==(const RapidMemberIterator& other) const { return m_it == other.m_it; }
    bool operator!=(const RapidMemberIterator& other) const { return m_it != other.m_it; }
    const RapidMemberIterator& operator++()
    {
        ++m_it;
        return *this;
    }
    RapidMemberIterator operator++(int)
    {
        RapidMemberIterator before(*this);
        ++m_it;
        return before;
    }
    const RapidMemberIterator& operator--()
    {
        --m_it;
        return *this;
    }

private:
    rapidjson::Value::ConstMemberIterator m_it;
};

RapidArrayIterator RapidArray::begin() const
{
    return RapidArrayIterator(m_array ? m_array->Begin() : nullptr);
}

RapidArrayIterator RapidArray::end() const
{
    return RapidArrayIterator(m_array ? m_array->End() : nullptr);
}

RapidMemberIterator RapidObject::begin() const
{
    return RapidMemberIterator(m_object->MemberBegin());
}

RapidMemberIterator RapidObject::end() const
{
    return RapidMemberIterator(m_object->MemberEnd());
}

RapidMemberIterator RapidObject::find(const std::string& propertyName) const
{
    const rapidjson::Value key(rapidjson::StringRef(propertyName.data(), rapidjson::SizeType(propertyName.size())));
    return RapidMemberIterator(m_object->FindMember(key));
}

bool startsWith(const Context& context, const Context& prefix)
{
    return context.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), context.begin());
}

// One step down an instance of either kind along valijson's context: the member \a name, or the item when the
// value is an array. Nothing (Undefined, null) when there is no such value.
QJsonValue stepInto(const QJsonValue& value, const QString& name)
{
    if (value.isArray()) {
        bool ok = false;
        const int index = name.toInt(&ok);
        return ok ? value.toArray().at(index) : QJsonValue(QJsonValue::Undefined);
    }
    return value.toObject().value(name);
}

const rapidjson::Value* stepInto(const rapidjson::Value* value, const QString& name)
{
    if (value && value->IsArray()) {
        bool ok = false;
        const int index = name.toInt(&ok);
        if (!ok || index < 0 || rapidjson::SizeType(index) >= value->Size())
            return nullptr;
        return &(*value)[rapidjson::SizeType(index)];
    }
    if (!value || !value->IsObject())
        return nullptr;
    const QByteArray key = name.toUtf8();
    const rapidjson::Value keyValue(rapidjson::StringRef(key.constData(), rapidjson::SizeType(key.size())));
    const auto found = value->FindMember(keyValue);
    return found == value->MemberEnd() ? nullptr : &found->value;
}

QString typeNameOf(const QJsonValue& value)
{
    return jsonTypeName(value);
}

QString typeNameOf(const rapidjson::Value* value)
{
    if (!value)
        return jsonTypeName(QJsonValue(QJsonValue::Undefined));
    static constexpr QJsonValue::Type types[] = { QJsonValue::Null, QJsonValue::Bool, QJsonValue::Bool,
        QJsonValue::Object, QJsonValue::Array, QJsonValue::String, QJsonValue::Double };
    return jsonTypeName(QJsonValue(types[value->GetType()])); // indexed by rapidjson::Type
}

QString partName(const std::string& part)
{
    return QString::fromStdString(part.size() >= 2 ? part.substr(1, part.size() - 2) : part);
}

// valijson's context ("<root>", "[products]", "[0]") as a JSON pointer. "[0]" is an index only where the value
// there is an array: an object may have a property named "0". \a Instance is a QJsonValue or a pointer to a
// RapidJSON value.
template<typename Instance>
QString pointerOf(const Context& context, const Instance& instance)
{
    QString pointer;
    Instance current = instance;
    for (std::size_t i = 1; i < context.size(); ++i) {
        const QString name = partName(context[i]);
        pointer += QLatin1Char('/') + jsonPointerToken(name);
        current = stepInto(current, name);
    }
    return pointer;
}

template<typename Instance>
Instance valueAt(const Context& context, const Instance& instance)
{
    Instance current = instance;
    for (std::size_t i = 1; i < context.size(); ++i)
        current = stepInto(current, partName(context[i]));
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
        const QString path = pointer + QLatin1Char('/') + jsonPointerToken(it.key());
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

} // namespace Journey

template<>
struct valijson::adapters::AdapterTraits<Journey::QtAdapter>
{
    using DocumentType = QJsonValue;
    static std::string adapterName() { return "Journey::QtAdapter"; }
};

namespace Journey {

struct JsonSchemaValidator::Private
{
    Resolver resolver;
    std::unique_ptr<valijson::Schema> schema;
    bool alwaysInvalid = false; ///< the schema is `false`

    // valijson::Validator holds nothing but a cache of compiled `pattern` regexes, by pattern text, in a plain
    // map, so one instance must not be used by two threads at once, while any schema may share it. Each thread
    // has its own, kept warm from call to call, with no lock on the way.
    static valijson::Validator& validator()
    {
        thread_local valijson::Validator validator(valijson::Validator::kStrongTypes);
        return validator;
    }

    // Both kinds of instance go through the same code: \a instance is what pointerOf() walks (a QJsonValue, or a
    // pointer to a RapidJSON value) and \a adapter what valijson walks.
    template<typename Adapter>
    bool isValid(const Adapter& adapter) const;
    template<typename Adapter, typename Instance>
    QList<SchemaViolation> validate(const Adapter& adapter, const Instance& instance) const;
};

template<typename Adapter>
bool JsonSchemaValidator::Private::isValid(const Adapter& adapter) const
{
    if (!schema)
        return true;
    try {
        return validator().validate(*schema, adapter, nullptr);
    } catch (const std::exception&) {
        return false;
    }
}

JsonSchemaValidator::JsonSchemaValidator()
    : d(std::make_unique<Private>())
{
}

JsonSchemaValidator::~JsonSchemaValidator() = default;

void JsonSchemaValidator::setResolver(Resolver resolver)
{
    d->resolver = std::move(resolver);
}

namespace {

// valijson 1.0 takes a schema's resolution scope (the base URI relative $refs resolve against) only from
// draft-04's "id", even in draft-07 mode (schema_parser.hpp, populateSchema: object.find("id")). Draft-07 spells it
// "$id". So every subschema's "$id" is also given as "id", in schema positions only: a property that happens to be
// called "id" (under "properties", in an "enum", a "const" or a "default") is left alone.
QJsonValue withDraft4Ids(const QJsonValue& schema, const QUrl& base, QHash<QString, QJsonValue>* embedded)
{
    if (!schema.isObject())
        return schema;
    QJsonObject object = schema.toObject();
    // The base URI of this subschema and everything under it.
    QUrl scope = base;
    if (const QJsonValue id = object.value(QLatin1String("$id")); id.isString() && !id.toString().startsWith(QLatin1Char('#')))
        scope = base.isEmpty() ? QUrl(id.toString()) : base.resolved(QUrl(id.toString()));
    static const QStringList schemaMaps { QStringLiteral("properties"), QStringLiteral("patternProperties"),
        QStringLiteral("definitions"), QStringLiteral("dependencies") };
    static const QStringList schemaValues { QStringLiteral("additionalItems"), QStringLiteral("additionalProperties"),
        QStringLiteral("contains"), QStringLiteral("propertyNames"), QStringLiteral("not"), QStringLiteral("if"),
        QStringLiteral("then"), QStringLiteral("else"), QStringLiteral("items") };
    static const QStringList schemaArrays { QStringLiteral("allOf"), QStringLiteral("anyOf"), QStringLiteral("oneOf"),
        QStringLiteral("items") };
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& key = it.key();
        if (schemaMaps.contains(key) && it.value().isObject()) {
            QJsonObject map = it.value().toObject();
            for (auto member = map.begin(); member != map.end(); ++member)
                member.value() = withDraft4Ids(member.value(), scope, embedded);
            it.value() = map;
        } else if (schemaArrays.contains(key) && it.value().isArray()) {
            QJsonArray list = it.value().toArray();
            for (qsizetype i = 0; i < list.size(); ++i)
                list[i] = withDraft4Ids(list.at(i), scope, embedded);
            it.value() = list;
        } else if (schemaValues.contains(key) && it.value().isObject()) {
            it.value() = withDraft4Ids(it.value(), scope, embedded);
        }
    }
    const QJsonValue id = object.value(QLatin1String("$id"));
    if (id.isString() && !object.contains(QLatin1String("id"))) {
        // valijson also resolves a relative $ref by appending it to the scope ("http://x/tree" + "node" gives
        // "http://x/treenode"), where RFC 3986 replaces the last path segment. Giving it the folder of an absolute
        // scope ("http://x/") makes its appending agree with the RFC for the relative references it meets.
        QString folder = id.toString();
        if (scope.isValid() && !scope.isRelative()) {
            QUrl directory = scope.resolved(QUrl(QStringLiteral(".")));
            directory.setFragment(QString());
            folder = directory.toString();
        }
        object.insert(QStringLiteral("id"), folder);
    }
    // A relative $ref is resolved here, against the scope it is in (RFC 3986), and handed to valijson absolute:
    // valijson does not follow scope changes along a JSON pointer ("#/definitions/baz/definitions/bar" under a
    // "baz" with its own $id). In draft-07 a $ref's siblings are ignored, its own $id included.
    const QJsonValue ref = object.value(QLatin1String("$ref"));
    if (ref.isString() && !ref.toString().startsWith(QLatin1Char('#')) && base.isValid() && !base.isRelative()
        && QUrl(ref.toString()).isRelative())
        object.insert(QStringLiteral("$ref"), base.resolved(QUrl(ref.toString())).toString());
    // A subschema with an absolute $id of its own can be the target of a $ref by that URI ("node" next to
    // "http://localhost:1234/tree" is the embedded "http://localhost:1234/node"): valijson asks the fetch callback
    // for it, which then answers from here.
    if (embedded && id.isString() && scope.isValid() && !scope.isRelative() && scope != base) {
        QUrl key = scope;
        key.setFragment(QString());
        embedded->insert(key.toString(), object);
    }
    return object;
}

} // namespace

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
    QHash<QString, QJsonValue> embedded; ///< subschemas by their absolute $id
    const QJsonValue withIds = withDraft4Ids(schema, QUrl(), &embedded);
    const auto fetch = [this, &fetchError, &embedded](const std::string& uri) -> const QJsonValue* {
        const QString name = QString::fromStdString(uri);
        if (const auto found = embedded.constFind(name); found != embedded.constEnd())
            return new QJsonValue(*found);
        if (!d->resolver) {
            fetchError = QStringLiteral("the remote $ref \"%1\" cannot be fetched: no resolver is set").arg(name);
            return nullptr;
        }
        const std::optional<QJsonObject> document = d->resolver(name);
        if (!document) {
            fetchError = QStringLiteral("the remote $ref \"%1\" is unknown to the resolver").arg(name);
            return nullptr;
        }
        return new QJsonValue(withDraft4Ids(*document, QUrl(name), nullptr));
    };
    const auto freeDocument = [](const QJsonValue* document) { delete document; };

    auto compiled = std::make_unique<valijson::Schema>();
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QtAdapter adapter(withIds);
        using Documents = valijson::SchemaParser::FunctionPtrs<QtAdapter>;
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

template<typename Adapter, typename Instance>
QList<SchemaViolation> JsonSchemaValidator::Private::validate(const Adapter& adapter, const Instance& instance) const
{
    QList<SchemaViolation> violations;
    if (!schema)
        return violations;

    // Most values are valid: check first without collecting errors (valijson then stops at the first failure and
    // builds no messages), and only go over a failing value again to say why.
    if (isValid(adapter))
        return violations;
    valijson::ValidationResults results;
    bool valid = false;
    QString failure;
    try {
        valid = validator().validate(*schema, adapter, &results);
    } catch (const std::exception& e) {
        failure = QString::fromUtf8(e.what());
    }
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
                entry.message += QStringLiteral(" (the value is %1)").arg(typeNameOf(valueAt(error.context, instance)));
            break;
        }
        entries.push_back(std::move(entry));
    }

    for (const Entry& entry : entries)
        violations.append({ pointerOf(entry.context, instance), entry.keyword, entry.message });
    if (violations.isEmpty()) {
        // valijson reports nothing for the schema `false` and for `propertyNames`.
        violations.append(alwaysInvalid
                ? SchemaViolation { QString(), QStringLiteral("false"), QStringLiteral("The schema is false: no value is valid.") }
                : SchemaViolation { QString(), QStringLiteral("schema"), QStringLiteral("The value does not match the schema.") });
    }
    return violations;
}

bool JsonSchemaValidator::isValid(const QJsonValue& instance) const
{
    return d->isValid(QtAdapter(instance));
}

QList<SchemaViolation> JsonSchemaValidator::validate(const QJsonValue& instance) const
{
    return d->validate(QtAdapter(instance), instance);
}

bool JsonSchemaValidator::isValid(const JsonTextValue& instance) const
{
    return d->isValid(RapidAdapter(instance.json));
}

QList<SchemaViolation> JsonSchemaValidator::validate(const JsonTextValue& instance) const
{
    return d->validate(RapidAdapter(instance.json), &instance.json);
}

namespace {

// RapidJSON refuses what it cannot read as QJsonDocument does (JsonTextDocument): then Qt's parser decides.
std::optional<QJsonValue> parsedByQt(QByteArrayView json, QString* parseError)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        if (parseError)
            *parseError = QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

QList<SchemaViolation> JsonSchemaValidator::validateJson(QByteArrayView json, QString* parseError) const
{
    JsonTextDocument document;
    if (document.parse(json))
        return validate(JsonTextValue { document.root() });
    const std::optional<QJsonValue> value = parsedByQt(json, parseError);
    return value ? validate(*value) : QList<SchemaViolation> {};
}

bool JsonSchemaValidator::isValidJson(QByteArrayView json, QString* parseError) const
{
    JsonTextDocument document;
    if (document.parse(json))
        return isValid(JsonTextValue { document.root() });
    const std::optional<QJsonValue> value = parsedByQt(json, parseError);
    return value && isValid(*value);
}

} // namespace Journey

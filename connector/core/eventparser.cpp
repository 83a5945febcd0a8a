// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventparser.h"

#include "jsonwriter.h"
#include "rawjsonscanner.h"
#include "timestamp.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QUuid>

#include <array>
#include <limits>
#include <charconv>
#include <cstring>
#include <string_view>
#include <vector>

using namespace std::string_view_literals;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

namespace Journey {

namespace {

/*!
 * A version 7 UUID (RFC 9562): the Unix time in milliseconds in the first 48 bits, then a counter that
 * orders the ids generated within one millisecond on this thread, then 62 random bits from a per-thread
 * generator seeded from the system's entropy. As unique as QUuid::createUuid() for message ids, without a
 * hardware random instruction per event (RDRAND costs microseconds on some CPUs), and ids made one after
 * the other sort one after the other, so the store's message-id indexes grow at their end instead of
 * touching a random page for every event.
 */
QUuid timeOrderedUuid()
{
    thread_local QRandomGenerator64 generator = QRandomGenerator64::securelySeeded();
    thread_local quint64 lastMs = 0;
    thread_local quint16 counter = 0;
    const quint64 now = quint64(Timestamp::nowMs());
    if (now > lastMs) {
        lastMs = now;
        counter = quint16(generator.generate() & 0x1ff); // room to count up within the millisecond
    } else {
        counter = quint16((counter + 1) & 0x0fff); // a clock step back or a busy millisecond: keep counting
    }
    const quint64 low = generator.generate64();
    const auto byte = [low](int i) { return uchar(low >> (8 * i)); };
    return QUuid(uint(lastMs >> 16), ushort(lastMs & 0xffff), ushort(0x7000 | counter), // version 7
        uchar((byte(0) & 0x3f) | 0x80), byte(1), byte(2), byte(3), byte(4), byte(5), byte(6), byte(7)); // RFC 9562 variant
}

QString describe(element value)
{
    return QString::fromLatin1(JsonWriter::describeType(value.type()));
}

QString sizeInKb(qsizetype bytes)
{
    return QString::number(double(bytes) / 1024.0, 'f', 1);
}

bool containsRudder(std::string_view text)
{
    static constexpr std::string_view needle = "rudder";
    for (size_t i = 0; i + needle.size() <= text.size(); ++i) {
        bool match = true;
        for (size_t j = 0; j < needle.size() && match; ++j)
            match = (text[i + j] | 0x20) == needle[j];
        if (match)
            return true;
    }
    return false;
}

QByteArrayView view(std::string_view s)
{
    return QByteArrayView(s.data(), qsizetype(s.size()));
}

// Where a member sits, turned into text ("batch[3].userId") only when something is wrong with it.
struct FieldPath
{
    int batchIndex = -1;
    std::string_view key;

    QString toString() const
    {
        const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
        if (batchIndex < 0)
            return name;
        return name.isEmpty() ? QStringLiteral("batch[%1]").arg(batchIndex)
                              : QStringLiteral("batch[%1].%2").arg(batchIndex).arg(name);
    }
};

// An id member: a string (kept as its raw JSON token) or an integer (turned into a string).
struct IdField
{
    std::string_view text; ///< unescaped value
    RawJsonScanner::Slice raw; ///< the JSON string token, when the value was a string
    std::array<char, 32> buffer {};
    bool present = false;
};

// A member kept as written.
struct RawMember
{
    std::string_view key;
    element value;
    RawJsonScanner::Slice raw;
};

// What the batch envelope contributes to each of its messages.
struct BatchDefaults
{
    element context;
    element integrations;
    RawJsonScanner::Slice contextRaw;
    RawJsonScanner::Slice integrationsRaw;
    RawJsonScanner::Slice sentAtRaw;
    bool hasContext = false;
    bool hasIntegrations = false;
    bool hasSentAt = false;
    qint64 sentAt = 0;
};

} // namespace

class EventParser::Private
{
public:
    Options options;
    simdjson::dom::parser parser;
    ParseError error;
    QByteArray writeKey;
    ByteBuffer scratch;
    char arrivalText[24] = {};
    qint64 arrivalFormattedFor = std::numeric_limits<qint64>::min();
    std::vector<RawMember> others;
    std::vector<std::string_view> keys;
    std::vector<RawJsonScanner::Slice> slices;
    std::vector<RawJsonScanner::Slice> envelope;
    RawJsonScanner::ArrayLayout layout;

    bool fail(const QString& field, const QString& message)
    {
        error = ParseError { field, message, 0, 0, false };
        return false;
    }

    bool parseDocument(QByteArrayView json, bool padded, element& root);
    bool readId(element value, const RawJsonScanner::Slice& raw, const FieldPath& path, IdField& out);
    bool readTimestamp(element value, const FieldPath& path, std::optional<qint64>& out);
    // \a memberValues are the raw values of the item's members, in document order.
    bool appendMessage(object item, const RawJsonScanner::Slice* memberValues, size_t memberCount, int batchIndex,
        std::optional<EventType> impliedType, const BatchDefaults* defaults, EventBatch& out);
    void appendRaw(const RawJsonScanner::Slice& raw);
    void appendMember(std::string_view key, const RawJsonScanner::Slice& raw);
    void appendMerged(std::string_view key, const element* own, const RawJsonScanner::Slice* ownRaw,
        const BatchDefaults* defaults, bool isContext);
};

bool EventParser::Private::parseDocument(QByteArrayView json, bool padded, element& root)
{
    if (json.trimmed().isEmpty())
        return fail(QString(), QStringLiteral("the body is empty; expected a JSON object"));
    const auto code = parser.parse(json.data(), size_t(json.size()), !padded).get(root);
    if (!code)
        return true;

    if (code == simdjson::UTF8_ERROR)
        return fail(QString(), QStringLiteral("the text is not valid UTF-8"));
    if (code == simdjson::DEPTH_ERROR)
        return fail(QString(), QStringLiteral("malformed JSON: nested deeper than 1024 levels"));
    // simdjson says what, QJsonDocument also says where: ask it only on this error path.
    QJsonParseError qtError;
    QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(qtError.offset, 0, json.size());
        qint64 line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < offset; ++i) {
            if (json[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        error = ParseError { QString(), QStringLiteral("malformed JSON: %1").arg(qtError.errorString()), line,
            offset - lineStart + 1, false };
        return false;
    }
    return fail(QString(), QStringLiteral("malformed JSON: %1").arg(QString::fromLatin1(simdjson::error_message(code))));
}

bool EventParser::Private::readId(element value, const RawJsonScanner::Slice& raw, const FieldPath& path, IdField& out)
{
    switch (value.type()) {
    case element_type::STRING:
        out.text = std::string_view(value);
        out.raw = raw;
        out.present = !out.text.empty();
        return true;
    case element_type::INT64: {
        const auto r = std::to_chars(out.buffer.data(), out.buffer.data() + out.buffer.size(), int64_t(value));
        out.text = std::string_view(out.buffer.data(), size_t(r.ptr - out.buffer.data()));
        out.raw = {};
        out.present = true;
        return true;
    }
    case element_type::UINT64: {
        const auto r = std::to_chars(out.buffer.data(), out.buffer.data() + out.buffer.size(), uint64_t(value));
        out.text = std::string_view(out.buffer.data(), size_t(r.ptr - out.buffer.data()));
        out.raw = {};
        out.present = true;
        return true;
    }
    case element_type::NULL_VALUE:
        out.present = false;
        return true;
    default:
        return fail(path.toString(), QStringLiteral("expected a string or an integer, got %1").arg(describe(value)));
    }
}

bool EventParser::Private::readTimestamp(element value, const FieldPath& path, std::optional<qint64>& out)
{
    if (value.type() == element_type::NULL_VALUE) {
        out.reset();
        return true;
    }
    if (value.type() != element_type::STRING)
        return fail(path.toString(), QStringLiteral("expected an ISO-8601 date-time string, got %1").arg(describe(value)));
    const std::string_view text(value);
    out = Timestamp::parseIso8601(view(text));
    if (!out)
        return fail(path.toString(),
            QStringLiteral("'%1' is not an ISO-8601 date-time").arg(QString::fromUtf8(text.data(), qsizetype(text.size()))));
    return true;
}

void EventParser::Private::appendRaw(const RawJsonScanner::Slice& raw)
{
    const size_t length = size_t(raw.end - raw.begin);
    if (!raw.hasWhitespace) {
        scratch.append(raw.begin, qsizetype(length));
        return;
    }
    size_t written = 0;
    // simdjson may write in whole blocks: leave it room past the end.
    char* target = scratch.prepare(qsizetype(length) + simdjson::SIMDJSON_PADDING);
    if (simdjson::minify(raw.begin, length, target, written) != simdjson::SUCCESS) {
        scratch.append(raw.begin, qsizetype(length)); // valid JSON always minifies; keep it as is if not
        return;
    }
    scratch.resize(scratch.size() + qsizetype(written));
}

void EventParser::Private::appendMember(std::string_view key, const RawJsonScanner::Slice& raw)
{
    scratch.append(',');
    if (raw.keyBegin)
        scratch.append(raw.keyBegin, raw.keyEnd - raw.keyBegin); // the key as written: already valid JSON
    else
        JsonWriter::appendString(scratch, key);
    scratch.append(':');
    appendRaw(raw);
}

void EventParser::Private::appendMerged(std::string_view key, const element* own, const RawJsonScanner::Slice* ownRaw,
    const BatchDefaults* defaults, bool isContext)
{
    const bool hasFallback = defaults && (isContext ? defaults->hasContext : defaults->hasIntegrations);
    if (!own && !hasFallback)
        return;
    if (!hasFallback) {
        appendMember(key, *ownRaw);
        return;
    }
    const element& fallback = isContext ? defaults->context : defaults->integrations;
    if (!own) {
        appendMember(key, isContext ? defaults->contextRaw : defaults->integrationsRaw);
        return;
    }
    // Both: the message's own members win; the batch's fill in what the message does not set.
    scratch.append(',');
    JsonWriter::appendString(scratch, key);
    scratch.append(':');
    keys.clear();
    scratch.append('{');
    bool first = true;
    for (auto field : object(*own)) {
        keys.push_back(field.key);
        if (!first)
            scratch.append(',');
        first = false;
        JsonWriter::appendString(scratch, field.key);
        scratch.append(':');
        JsonWriter::appendElement(scratch, field.value);
    }
    for (auto field : object(fallback)) {
        if (std::find(keys.begin(), keys.end(), field.key) != keys.end())
            continue;
        if (!first)
            scratch.append(',');
        first = false;
        JsonWriter::appendString(scratch, field.key);
        scratch.append(':');
        JsonWriter::appendElement(scratch, field.value);
    }
    scratch.append('}');
}

bool EventParser::Private::appendMessage(object item, const RawJsonScanner::Slice* memberValues, size_t memberCount,
    int batchIndex, std::optional<EventType> impliedType, const BatchDefaults* defaults, EventBatch& out)
{
    std::optional<EventType> declaredType;
    std::string_view messageId;
    RawJsonScanner::Slice messageIdRaw;
    std::optional<qint64> timestamp, originalTimestamp, sentAt, receivedAt;
    bool hasChannel = false; ///< RudderStack SDKs set `channel` and `originalTimestamp`; Segment's set neither
    IdField userId, anonymousId, groupId, previousId;
    std::string_view eventName, pageName;
    RawJsonScanner::Slice eventRaw, nameRaw, categoryRaw;
    bool hasEvent = false, hasName = false, hasCategory = false, hasOwnSentAt = false;
    element properties, traits, context, integrations;
    RawJsonScanner::Slice propertiesRaw, traitsRaw, contextRaw, integrationsRaw;
    bool hasProperties = false, hasTraits = false, hasContext = false, hasIntegrations = false;
    others.clear();

    const auto messagePath = [batchIndex]() { return FieldPath { batchIndex, {} }.toString(); };

    size_t memberIndex = 0;
    for (auto field : item) {
        const std::string_view key = field.key;
        const element value = field.value;
        Q_ASSERT(memberIndex < memberCount);
        const RawJsonScanner::Slice& raw = memberValues[memberIndex++];
        const FieldPath path { batchIndex, key };
        const auto readString = [&](std::string_view* target, RawJsonScanner::Slice& rawTarget, bool& present) {
            if (value.type() == element_type::NULL_VALUE) {
                present = false;
                return true;
            }
            if (value.type() != element_type::STRING)
                return fail(path.toString(), QStringLiteral("expected a string, got %1").arg(describe(value)));
            if (target)
                *target = std::string_view(value);
            rawTarget = raw;
            present = true;
            return true;
        };
        const auto readObject = [&](element& target, RawJsonScanner::Slice& rawTarget, bool& present) {
            if (value.type() == element_type::NULL_VALUE) {
                present = false;
                return true;
            }
            if (value.type() != element_type::OBJECT)
                return fail(path.toString(), QStringLiteral("expected an object, got %1").arg(describe(value)));
            target = value;
            rawTarget = raw;
            present = true;
            return true;
        };

        bool ok = true;
        if (key == "type"sv) {
            if (value.type() != element_type::STRING)
                return fail(path.toString(), QStringLiteral("expected a string, got %1").arg(describe(value)));
            const std::string_view text(value);
            declaredType = eventTypeFromName(view(text));
            if (!declaredType)
                return fail(path.toString(),
                    QStringLiteral("'%1' is not one of track, identify, page, screen, group, alias")
                        .arg(QString::fromUtf8(text.data(), qsizetype(text.size()))));
        } else if (key == "messageId"sv) {
            bool present = false;
            ok = readString(&messageId, messageIdRaw, present);
        } else if (key == "userId"sv) {
            ok = readId(value, raw, path, userId);
        } else if (key == "anonymousId"sv) {
            ok = readId(value, raw, path, anonymousId);
        } else if (key == "event"sv) {
            ok = readString(&eventName, eventRaw, hasEvent);
        } else if (key == "name"sv) {
            ok = readString(&pageName, nameRaw, hasName);
        } else if (key == "properties"sv) {
            ok = readObject(properties, propertiesRaw, hasProperties);
        } else if (key == "context"sv) {
            ok = readObject(context, contextRaw, hasContext);
        } else if (key == "timestamp"sv) {
            ok = readTimestamp(value, path, timestamp);
        } else if (key == "traits"sv) {
            ok = readObject(traits, traitsRaw, hasTraits);
        } else if (key == "integrations"sv) {
            ok = readObject(integrations, integrationsRaw, hasIntegrations);
        } else if (key == "groupId"sv) {
            ok = readId(value, raw, path, groupId);
        } else if (key == "previousId"sv) {
            ok = readId(value, raw, path, previousId);
        } else if (key == "receivedAt"sv) {
            ok = readTimestamp(value, path, receivedAt);
        } else if (key == "category"sv) {
            ok = readString(nullptr, categoryRaw, hasCategory);
        } else if (key == "writeKey"sv) {
            if (value.type() == element_type::STRING)
                writeKey = view(std::string_view(value)).toByteArray();
        } else if (key == "originalTimestamp"sv) {
            ok = readTimestamp(value, path, originalTimestamp);
            others.push_back({ key, value, raw });
        } else if (key == "sentAt"sv) {
            ok = readTimestamp(value, path, sentAt);
            hasOwnSentAt = true;
            others.push_back({ key, value, raw });
        } else {
            if (key == "channel"sv)
                hasChannel = true;
            others.push_back({ key, value, raw });
        }
        if (!ok)
            return false;
    }

    // What the call needs.
    if (impliedType && declaredType && *declaredType != *impliedType) {
        const auto declared = eventTypeName(*declaredType);
        const auto implied = eventTypeName(*impliedType);
        return fail(FieldPath { batchIndex, "type"sv }.toString(),
            QStringLiteral("'%1' does not match the endpoint, which takes %2 calls")
                .arg(QString::fromLatin1(declared), QString::fromLatin1(implied)));
    }
    const std::optional<EventType> resolved = impliedType ? impliedType : declaredType;
    if (!resolved)
        return fail(FieldPath { batchIndex, "type"sv }.toString(),
            QStringLiteral("required: one of track, identify, page, screen, group, alias"));
    const EventType type = *resolved;
    if (!userId.present && !anonymousId.present && options.requireIdentity)
        return fail(messagePath(), QStringLiteral("a message needs a userId or an anonymousId"));
    if (type == EventType::Track && (!hasEvent || eventName.empty()))
        return fail(FieldPath { batchIndex, "event"sv }.toString(), QStringLiteral("required for track calls"));
    if (type == EventType::Group && !groupId.present)
        return fail(FieldPath { batchIndex, "groupId"sv }.toString(), QStringLiteral("required for group calls"));
    if (type == EventType::Alias && !previousId.present)
        return fail(FieldPath { batchIndex, "previousId"sv }.toString(), QStringLiteral("required for alias calls"));
    if (type == EventType::Alias && !userId.present)
        return fail(FieldPath { batchIndex, "userId"sv }.toString(), QStringLiteral("required for alias calls"));

    if (defaults && !hasOwnSentAt && defaults->hasSentAt) {
        sentAt = defaults->sentAt;
        others.push_back({ "sentAt"sv, element(), defaults->sentAtRaw });
    }
    const qint64 arrival = (options.overrideReceivedAt || !receivedAt) ? options.receivedAt : *receivedAt;
    qint64 when = arrival;
    if (timestamp)
        when = *timestamp;
    else if (originalTimestamp)
        when = sentAt ? arrival - (*sentAt - *originalTimestamp) : *originalTimestamp; // Segment's skew correction

    QByteArray generatedId;
    if (messageId.empty()) {
        generatedId = "journey-" + timeOrderedUuid().toByteArray(QUuid::WithoutBraces);
        messageId = std::string_view(generatedId.constData(), size_t(generatedId.size()));
        messageIdRaw = {};
    }

    // The canonical message: spec fields in a fixed order, then everything else as sent.
    scratch.clear();
    scratch.append("{\"type\":\"", 9);
    scratch.append(eventTypeName(type));
    scratch.append("\",\"messageId\":", 14);
    if (messageIdRaw.begin)
        appendRaw(messageIdRaw);
    else
        JsonWriter::appendString(scratch, messageId);
    scratch.append(",\"timestamp\":\"", 14);
    Timestamp::formatIso8601(scratch.prepare(24), when);
    scratch.resize(scratch.size() + 24);
    scratch.append("\",\"receivedAt\":\"", 16);
    if (arrival != arrivalFormattedFor) {
        // All messages of a request share their arrival time: format it once.
        Timestamp::formatIso8601(arrivalText, arrival);
        arrivalFormattedFor = arrival;
    }
    scratch.append(arrivalText, 24);
    scratch.append('"');
    const auto appendId = [this](std::string_view key, const IdField& id) {
        if (!id.present)
            return;
        if (id.raw.begin) {
            appendMember(key, id.raw);
            return;
        }
        scratch.append(',');
        JsonWriter::appendString(scratch, key);
        scratch.append(':');
        JsonWriter::appendString(scratch, id.text);
    };
    appendId("userId"sv, userId);
    appendId("anonymousId"sv, anonymousId);
    if (hasEvent)
        appendMember("event"sv, eventRaw);
    if (hasName)
        appendMember("name"sv, nameRaw);
    if (hasCategory)
        appendMember("category"sv, categoryRaw);
    appendId("groupId"sv, groupId);
    appendId("previousId"sv, previousId);
    if (hasProperties)
        appendMember("properties"sv, propertiesRaw);
    if (hasTraits)
        appendMember("traits"sv, traitsRaw);
    appendMerged("context"sv, hasContext ? &context : nullptr, &contextRaw, defaults, true);
    appendMerged("integrations"sv, hasIntegrations ? &integrations : nullptr, &integrationsRaw, defaults, false);
    for (const RawMember& member : others)
        appendMember(member.key, member.raw);
    scratch.append('}');

    if (options.maxEventBytes > 0 && scratch.size() > options.maxEventBytes) {
        fail(messagePath(),
            QStringLiteral("the event is %1 KB; at most %2 KB per event are accepted")
                .arg(sizeInKb(scratch.size()), sizeInKb(options.maxEventBytes)));
        error.tooLarge = true;
        return false;
    }

    EventSource source = options.source;
    if (options.detectRudderStack) {
        const auto isRudder = [](const element* ctx) {
            if (!ctx)
                return false;
            std::string_view libraryName;
            if ((*ctx)["library"]["name"].get(libraryName) != simdjson::SUCCESS)
                return false;
            return containsRudder(libraryName);
        };
        // By library name, or by the two members only RudderStack's SDKs send (rudder-sdk-node names its library
        // "analytics-node", like Segment's).
        if (isRudder(hasContext ? &context : nullptr) || isRudder(defaults && defaults->hasContext ? &defaults->context : nullptr)
            || (hasChannel && originalTimestamp))
            source = EventSource::RudderStack;
    }

    EventFields fields;
    fields.type = type;
    fields.source = source;
    fields.timestamp = when;
    fields.receivedAt = arrival;
    fields.messageId = view(messageId);
    if (userId.present)
        fields.userId = view(userId.text);
    if (anonymousId.present)
        fields.anonymousId = view(anonymousId.text);
    if (type == EventType::Track)
        fields.name = view(eventName);
    else if ((type == EventType::Page || type == EventType::Screen) && hasName)
        fields.name = view(pageName);
    if (groupId.present)
        fields.groupId = view(groupId.text);
    if (previousId.present)
        fields.previousId = view(previousId.text);
    out.append(fields, scratch.view());
    return true;
}

EventParser::EventParser()
    : d(std::make_unique<Private>())
{
}

EventParser::EventParser(const Options& options)
    : EventParser()
{
    d->options = options;
}

EventParser::~EventParser() = default;

void EventParser::setOptions(const Options& options)
{
    d->options = options;
}

const EventParser::Options& EventParser::options() const
{
    return d->options;
}

const ParseError& EventParser::error() const
{
    return d->error;
}

QByteArray EventParser::writeKey() const
{
    return d->writeKey;
}

bool EventParser::parseMessage(QByteArrayView json, EventBatch& out, std::optional<EventType> impliedType, bool padded)
{
    d->error = {};
    d->writeKey.clear();
    element root;
    if (!d->parseDocument(json, padded, root))
        return false;
    if (root.type() != element_type::OBJECT)
        return d->fail(QString(), QStringLiteral("expected a JSON object, got %1").arg(describe(root)));
    const auto mark = out.mark();
    RawJsonScanner(json.data() + json.size()).objectValues(json.data(), d->slices);
    if (!d->appendMessage(object(root), d->slices.data(), d->slices.size(), -1, impliedType, nullptr, out)) {
        out.rollback(mark);
        return false;
    }
    return true;
}

bool EventParser::parseBatch(QByteArrayView json, EventBatch& out, bool padded)
{
    d->error = {};
    d->writeKey.clear();
    element root;
    if (!d->parseDocument(json, padded, root))
        return false;
    if (root.type() != element_type::OBJECT)
        return d->fail(QString(), QStringLiteral("expected a JSON object with a \"batch\" array, got %1").arg(describe(root)));

    BatchDefaults defaults;
    simdjson::dom::array items;
    bool hasBatch = false;
    RawJsonScanner::Slice batchRaw;
    const RawJsonScanner scanner(json.data() + json.size());
    scanner.objectValuesWithArray(json.data(), "batch", d->envelope, d->layout);
    size_t memberIndex = 0;
    for (auto field : object(root)) {
        const std::string_view key = field.key;
        const element value = field.value;
        const RawJsonScanner::Slice& raw = d->envelope[memberIndex++];
        if (key == "batch"sv) {
            // One array only: the raw layout is taken from one of them and must match the items read.
            if (hasBatch)
                return d->fail(QStringLiteral("batch"), QStringLiteral("appears more than once"));
            batchRaw = raw;
            if (value.type() != element_type::ARRAY)
                return d->fail(QStringLiteral("batch"), QStringLiteral("expected an array, got %1").arg(describe(value)));
            items = simdjson::dom::array(value);
            hasBatch = true;
        } else if (key == "context"sv || key == "integrations"sv) {
            if (value.type() == element_type::NULL_VALUE)
                continue;
            if (value.type() != element_type::OBJECT)
                return d->fail(QString::fromLatin1(key.data(), qsizetype(key.size())),
                    QStringLiteral("expected an object, got %1").arg(describe(value)));
            if (key == "context"sv) {
                defaults.context = value;
                defaults.contextRaw = raw;
                defaults.hasContext = true;
            } else {
                defaults.integrations = value;
                defaults.integrationsRaw = raw;
                defaults.hasIntegrations = true;
            }
        } else if (key == "sentAt"sv) {
            std::optional<qint64> sentAt;
            if (!d->readTimestamp(value, FieldPath { -1, "sentAt"sv }, sentAt))
                return false;
            if (sentAt) {
                defaults.hasSentAt = true;
                defaults.sentAt = *sentAt;
                defaults.sentAtRaw = raw;
            }
        } else if (key == "writeKey"sv && value.type() == element_type::STRING) {
            const std::string_view text(value);
            d->writeKey = QByteArray(text.data(), qsizetype(text.size()));
        }
    }
    if (!hasBatch)
        return d->fail(QStringLiteral("batch"), QStringLiteral("required: the body must have a \"batch\" array"));

    const auto mark = out.mark();
    const QByteArray bodyWriteKey = d->writeKey;
    if (!d->layout.found) {
        // The key was written with escapes: lay the array out on its own.
        d->layout = RawJsonScanner::ArrayLayout();
        d->layout.firstMember.push_back(0);
        scanner.arrayElements(batchRaw.begin, d->layout.elements);
        for (const auto& element : d->layout.elements) {
            if (*element.begin == '{') {
                scanner.objectValues(element.begin, d->slices);
                d->layout.members.insert(d->layout.members.end(), d->slices.begin(), d->slices.end());
            }
            d->layout.firstMember.push_back(d->layout.members.size());
        }
    }
    int index = 0;
    for (element item : items) {
        if (item.type() != element_type::OBJECT) {
            out.rollback(mark);
            return d->fail(QStringLiteral("batch[%1]").arg(index), QStringLiteral("expected an object, got %1").arg(describe(item)));
        }
        const size_t first = d->layout.firstMember[size_t(index)];
        const size_t count = d->layout.firstMember[size_t(index) + 1] - first;
        if (!d->appendMessage(object(item), d->layout.members.data() + first, count, index, std::nullopt, &defaults, out)) {
            out.rollback(mark);
            return false;
        }
        ++index;
    }
    if (!bodyWriteKey.isEmpty())
        d->writeKey = bodyWriteKey; // the envelope's key is the request's key
    return true;
}

} // namespace Journey

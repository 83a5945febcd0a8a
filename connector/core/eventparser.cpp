// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventparser.h"

#include "jsonwriter.h"
#include "timestamp.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

#include <array>
#include <charconv>
#include <string_view>
#include <vector>

using namespace std::string_view_literals;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

namespace Journey {

namespace {

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
    if (text.size() < needle.size())
        return false;
    for (size_t i = 0; i + needle.size() <= text.size(); ++i) {
        bool match = true;
        for (size_t j = 0; j < needle.size() && match; ++j)
            match = (text[i + j] | 0x20) == needle[j];
        if (match)
            return true;
    }
    return false;
}

// An id member: a string, or a number turned into its decimal text.
struct IdField
{
    std::string_view text;
    std::array<char, 32> buffer {};
    bool present = false;
};

// What the batch envelope contributes to each of its messages.
struct BatchDefaults
{
    element context;
    element integrations;
    element sentAtElement;
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
    QByteArray scratch;
    std::vector<std::pair<std::string_view, element>> others;
    std::vector<std::string_view> keys;

    bool fail(const QString& field, const QString& message)
    {
        error = ParseError { field, message, 0, 0, false };
        return false;
    }

    bool parseDocument(QByteArrayView json, bool padded, element& root);
    bool readId(element value, const QString& field, IdField& out);
    bool readTimestamp(element value, const QString& field, std::optional<qint64>& out);
    // \a batchIndex is the message's position in a batch body, or -1 for a message on its own.
    bool appendMessage(object item, int batchIndex, std::optional<EventType> impliedType,
        const BatchDefaults* defaults, EventBatch& out);
    void appendMerged(std::string_view key, const element* own, const element* fallback, bool hasFallback);
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

bool EventParser::Private::readId(element value, const QString& field, IdField& out)
{
    switch (value.type()) {
    case element_type::STRING:
        out.text = std::string_view(value);
        out.present = !out.text.empty();
        return true;
    case element_type::INT64: {
        const auto r = std::to_chars(out.buffer.data(), out.buffer.data() + out.buffer.size(), int64_t(value));
        out.text = std::string_view(out.buffer.data(), size_t(r.ptr - out.buffer.data()));
        out.present = true;
        return true;
    }
    case element_type::UINT64: {
        const auto r = std::to_chars(out.buffer.data(), out.buffer.data() + out.buffer.size(), uint64_t(value));
        out.text = std::string_view(out.buffer.data(), size_t(r.ptr - out.buffer.data()));
        out.present = true;
        return true;
    }
    case element_type::NULL_VALUE:
        out.present = false;
        return true;
    default:
        return fail(field, QStringLiteral("expected a string or an integer, got %1").arg(describe(value)));
    }
}

bool EventParser::Private::readTimestamp(element value, const QString& field, std::optional<qint64>& out)
{
    if (value.type() == element_type::NULL_VALUE) {
        out.reset();
        return true;
    }
    if (value.type() != element_type::STRING)
        return fail(field, QStringLiteral("expected an ISO-8601 date-time string, got %1").arg(describe(value)));
    const std::string_view text(value);
    out = Timestamp::parseIso8601(QByteArrayView(text.data(), qsizetype(text.size())));
    if (!out)
        return fail(field,
            QStringLiteral("'%1' is not an ISO-8601 date-time").arg(QString::fromUtf8(text.data(), qsizetype(text.size()))));
    return true;
}

void EventParser::Private::appendMerged(std::string_view key, const element* own, const element* fallback, bool hasFallback)
{
    if (!own && !hasFallback)
        return;
    scratch.append(',');
    JsonWriter::appendString(scratch, key);
    scratch.append(':');
    if (!own) {
        JsonWriter::appendElement(scratch, *fallback);
        return;
    }
    if (!hasFallback) {
        JsonWriter::appendElement(scratch, *own);
        return;
    }
    // The message's own members win; the batch's fill in what the message does not set.
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
    for (auto field : object(*fallback)) {
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

bool EventParser::Private::appendMessage(object item, int batchIndex, std::optional<EventType> impliedType,
    const BatchDefaults* defaults, EventBatch& out)
{
    // Field paths are only built when something is wrong.
    const auto messagePath = [batchIndex]() { return batchIndex < 0 ? QString() : QStringLiteral("batch[%1]").arg(batchIndex); };
    const auto path = [batchIndex](std::string_view key) {
        const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
        return batchIndex < 0 ? name : QStringLiteral("batch[%1].%2").arg(batchIndex).arg(name);
    };
    std::optional<EventType> declaredType;
    std::string_view messageId;
    std::optional<qint64> timestamp, originalTimestamp, sentAt, receivedAt;
    IdField userId, anonymousId, groupId, previousId;
    std::string_view eventName, pageName, category;
    bool hasEvent = false, hasName = false, hasCategory = false, hasOwnSentAt = false;
    element properties, traits, context, integrations;
    bool hasProperties = false, hasTraits = false, hasContext = false, hasIntegrations = false;
    others.clear();

    const auto readString = [&](element value, std::string_view key, std::string_view& target, bool& present) {
        if (value.type() == element_type::NULL_VALUE) {
            present = false;
            return true;
        }
        if (value.type() != element_type::STRING)
            return fail(path(key), QStringLiteral("expected a string, got %1").arg(describe(value)));
        target = std::string_view(value);
        present = true;
        return true;
    };
    const auto readObject = [&](element value, std::string_view key, element& target, bool& present) {
        if (value.type() == element_type::NULL_VALUE) {
            present = false;
            return true;
        }
        if (value.type() != element_type::OBJECT)
            return fail(path(key), QStringLiteral("expected an object, got %1").arg(describe(value)));
        target = value;
        present = true;
        return true;
    };

    for (auto field : item) {
        const std::string_view key = field.key;
        const element value = field.value;
        bool ok = true;
        if (key == "type"sv) {
            if (value.type() != element_type::STRING)
                return fail(path(key), QStringLiteral("expected a string, got %1").arg(describe(value)));
            const std::string_view text(value);
            declaredType = eventTypeFromName(QByteArrayView(text.data(), qsizetype(text.size())));
            if (!declaredType)
                return fail(path(key),
                    QStringLiteral("'%1' is not one of track, identify, page, screen, group, alias")
                        .arg(QString::fromUtf8(text.data(), qsizetype(text.size()))));
        } else if (key == "messageId"sv) {
            bool present = false;
            ok = readString(value, key, messageId, present);
        } else if (key == "userId"sv) {
            ok = readId(value, path(key), userId);
        } else if (key == "anonymousId"sv) {
            ok = readId(value, path(key), anonymousId);
        } else if (key == "event"sv) {
            ok = readString(value, key, eventName, hasEvent);
        } else if (key == "name"sv) {
            ok = readString(value, key, pageName, hasName);
        } else if (key == "properties"sv) {
            ok = readObject(value, key, properties, hasProperties);
        } else if (key == "context"sv) {
            ok = readObject(value, key, context, hasContext);
        } else if (key == "timestamp"sv) {
            ok = readTimestamp(value, path(key), timestamp);
        } else if (key == "traits"sv) {
            ok = readObject(value, key, traits, hasTraits);
        } else if (key == "integrations"sv) {
            ok = readObject(value, key, integrations, hasIntegrations);
        } else if (key == "groupId"sv) {
            ok = readId(value, path(key), groupId);
        } else if (key == "previousId"sv) {
            ok = readId(value, path(key), previousId);
        } else if (key == "receivedAt"sv) {
            ok = readTimestamp(value, path(key), receivedAt);
        } else if (key == "category"sv) {
            ok = readString(value, key, category, hasCategory);
        } else if (key == "writeKey"sv) {
            if (value.type() == element_type::STRING) {
                const std::string_view text(value);
                writeKey = QByteArray(text.data(), qsizetype(text.size()));
            }
        } else if (key == "originalTimestamp"sv) {
            ok = readTimestamp(value, path(key), originalTimestamp);
            others.emplace_back(key, value);
        } else if (key == "sentAt"sv) {
            ok = readTimestamp(value, path(key), sentAt);
            hasOwnSentAt = true;
            others.emplace_back(key, value);
        } else {
            others.emplace_back(key, value);
        }
        if (!ok)
            return false;
    }

    // What the call needs.
    if (impliedType && declaredType && *declaredType != *impliedType) {
        const auto declared = eventTypeName(*declaredType);
        const auto implied = eventTypeName(*impliedType);
        return fail(path("type"),
            QStringLiteral("'%1' does not match the endpoint, which takes %2 calls")
                .arg(QString::fromLatin1(declared), QString::fromLatin1(implied)));
    }
    const std::optional<EventType> resolved = impliedType ? impliedType : declaredType;
    if (!resolved)
        return fail(path("type"), QStringLiteral("required: one of track, identify, page, screen, group, alias"));
    const EventType type = *resolved;
    if (!userId.present && !anonymousId.present)
        return fail(messagePath(),
            QStringLiteral("a message needs a userId or an anonymousId"));
    if (type == EventType::Track && (!hasEvent || eventName.empty()))
        return fail(path("event"), QStringLiteral("required for track calls"));
    if (type == EventType::Group && !groupId.present)
        return fail(path("groupId"), QStringLiteral("required for group calls"));
    if (type == EventType::Alias && !previousId.present)
        return fail(path("previousId"), QStringLiteral("required for alias calls"));
    if (type == EventType::Alias && !userId.present)
        return fail(path("userId"), QStringLiteral("required for alias calls"));

    if (defaults && !hasOwnSentAt && defaults->hasSentAt) {
        sentAt = defaults->sentAt;
        others.emplace_back("sentAt"sv, defaults->sentAtElement);
    }
    const qint64 arrival = (options.overrideReceivedAt || !receivedAt) ? options.receivedAt : *receivedAt;
    qint64 when = arrival;
    if (timestamp)
        when = *timestamp;
    else if (originalTimestamp)
        when = sentAt ? arrival - (*sentAt - *originalTimestamp) : *originalTimestamp; // Segment's skew correction

    QByteArray generatedId;
    if (messageId.empty()) {
        generatedId = "journey-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        messageId = std::string_view(generatedId.constData(), size_t(generatedId.size()));
    }

    // The canonical message: spec fields in a fixed order, then everything else as sent.
    scratch.clear();
    scratch.append("{\"type\":\"", 9);
    scratch.append(eventTypeName(type));
    scratch.append("\",\"messageId\":", 14);
    JsonWriter::appendString(scratch, messageId);
    scratch.append(",\"timestamp\":\"", 14);
    Timestamp::appendIso8601(scratch, when);
    scratch.append("\",\"receivedAt\":\"", 16);
    Timestamp::appendIso8601(scratch, arrival);
    scratch.append('"');
    const auto appendText = [this](std::string_view key, std::string_view value) {
        scratch.append(',');
        JsonWriter::appendString(scratch, key);
        scratch.append(':');
        JsonWriter::appendString(scratch, value);
    };
    if (userId.present)
        appendText("userId", userId.text);
    if (anonymousId.present)
        appendText("anonymousId", anonymousId.text);
    if (hasEvent)
        appendText("event", eventName);
    if (hasName)
        appendText("name", pageName);
    if (hasCategory)
        appendText("category", category);
    if (groupId.present)
        appendText("groupId", groupId.text);
    if (previousId.present)
        appendText("previousId", previousId.text);
    if (hasProperties)
        appendMerged("properties", &properties, nullptr, false);
    if (hasTraits)
        appendMerged("traits", &traits, nullptr, false);
    appendMerged("context", hasContext ? &context : nullptr, defaults ? &defaults->context : nullptr,
        defaults && defaults->hasContext);
    appendMerged("integrations", hasIntegrations ? &integrations : nullptr,
        defaults ? &defaults->integrations : nullptr, defaults && defaults->hasIntegrations);
    for (const auto& [key, value] : others) {
        scratch.append(',');
        JsonWriter::appendString(scratch, key);
        scratch.append(':');
        JsonWriter::appendElement(scratch, value);
    }
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
        if (isRudder(hasContext ? &context : nullptr) || isRudder(defaults && defaults->hasContext ? &defaults->context : nullptr))
            source = EventSource::RudderStack;
    }

    const auto view = [](std::string_view s) { return QByteArrayView(s.data(), qsizetype(s.size())); };
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
    out.append(fields, QByteArrayView(scratch));
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
    if (!d->appendMessage(object(root), -1, impliedType, nullptr, out)) {
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
    for (auto field : object(root)) {
        const std::string_view key = field.key;
        const element value = field.value;
        if (key == "batch"sv) {
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
                defaults.hasContext = true;
            } else {
                defaults.integrations = value;
                defaults.hasIntegrations = true;
            }
        } else if (key == "sentAt"sv) {
            std::optional<qint64> sentAt;
            if (!d->readTimestamp(value, QStringLiteral("sentAt"), sentAt))
                return false;
            if (sentAt) {
                defaults.hasSentAt = true;
                defaults.sentAt = *sentAt;
                defaults.sentAtElement = value;
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
    int index = 0;
    for (element item : items) {
        if (item.type() != element_type::OBJECT) {
            out.rollback(mark);
            return d->fail(QStringLiteral("batch[%1]").arg(index), QStringLiteral("expected an object, got %1").arg(describe(item)));
        }
        if (!d->appendMessage(object(item), index, std::nullopt, &defaults, out)) {
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

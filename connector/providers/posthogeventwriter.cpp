// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "posthogeventwriter.h"

#include "core/jsonwriter.h"
#include "core/timestamp.h"
#include "dedupids.h"

#include <QUrl>

#include <algorithm>
#include <string_view>
#include <vector>

namespace Journey {

namespace {

using simdjson::dom::element;
using simdjson::dom::object;

// Context members with a PostHog property of their own (the names posthog-js and the mobile SDKs use).
struct ContextField
{
    const char* parent; ///< nullptr for a top-level context member
    const char* member;
    const char* property;
};

constexpr ContextField contextFields[] = {
    { nullptr, "ip", "$ip" },
    { nullptr, "userAgent", "$raw_user_agent" },
    { nullptr, "locale", "$locale" },
    { nullptr, "timezone", "$timezone" },
    { "page", "url", "$current_url" },
    { "page", "path", "$pathname" },
    { "page", "title", "$title" },
    { "page", "referrer", "$referrer" },
    { "os", "name", "$os" },
    { "os", "version", "$os_version" },
    { "screen", "width", "$screen_width" },
    { "screen", "height", "$screen_height" },
    { "device", "type", "$device_type" },
    { "device", "manufacturer", "$device_manufacturer" },
    { "device", "model", "$device_model" },
    { "device", "name", "$device_name" },
    { "app", "name", "$app_name" },
    { "app", "version", "$app_version" },
    { "app", "build", "$app_build" },
    { "app", "namespace", "$app_namespace" },
    { "library", "name", "$lib" },
    { "library", "version", "$lib_version" },
};

// Page properties of the Segment spec with a PostHog `$` property.
struct PageField
{
    const char* property;
    const char* posthog;
};

constexpr PageField pageFields[] = {
    { "url", "$current_url" },
    { "path", "$pathname" },
    { "title", "$title" },
    { "referrer", "$referrer" },
};

// Envelope members of a canonical message that describe its transport, not the event: PostHog has its own
// (uuid, timestamp) or needs none; routing (`integrations`) was applied before encoding.
constexpr std::string_view transportKeys[] = { "type", "messageId", "timestamp", "originalTimestamp", "sentAt",
    "receivedAt", "version", "_metadata", "writeKey", "integrations", "channel", "userId", "anonymousId", "context" };

/// One property on its way out: its name and its value as compact JSON (and as text when it is a string).
struct Property
{
    QByteArray key;
    QByteArray json;
    QString text;
    bool isString = false;
};

std::string_view view(QByteArrayView bytes)
{
    return std::string_view(bytes.data(), size_t(bytes.size()));
}

QString stringOf(element value)
{
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool isScalar(element value)
{
    return value.is_string() || value.is_number() || value.is_bool();
}

std::optional<element> member(object from, std::string_view key)
{
    element value;
    if (from.at_key(key).get(value) != simdjson::SUCCESS)
        return std::nullopt;
    return value;
}

/// userId / anonymousId / groupId / previousId as a string; numbers are accepted as the Segment spec allows.
QString idOf(object message, std::string_view key)
{
    const std::optional<element> value = member(message, key);
    if (!value)
        return {};
    if (value->is_string())
        return stringOf(*value);
    if (value->is_int64())
        return QString::number(int64_t(*value));
    if (value->is_uint64())
        return QString::number(uint64_t(*value));
    if (value->is_double()) {
        const double number = double(*value);
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    return {};
}

QByteArray minified(element value)
{
    ByteBuffer out;
    JsonWriter::appendElement(out, value);
    return out.toByteArray();
}

Property elementProperty(QByteArray key, element value)
{
    Property property;
    property.key = std::move(key);
    property.json = minified(value);
    property.isString = value.is_string();
    if (property.isString)
        property.text = stringOf(value);
    return property;
}

Property stringProperty(QByteArray key, const QString& text)
{
    Property property;
    property.key = std::move(key);
    ByteBuffer out;
    const QByteArray utf8 = text.toUtf8();
    JsonWriter::appendString(out, QByteArrayView(utf8));
    property.json = out.toByteArray();
    property.text = text;
    property.isString = true;
    return property;
}

Property jsonProperty(QByteArray key, QByteArray json)
{
    Property property;
    property.key = std::move(key);
    property.json = std::move(json);
    return property;
}

const Property* find(const std::vector<Property>& list, QByteArrayView key)
{
    for (const Property& property : list) {
        if (property.key == key)
            return &property;
    }
    return nullptr;
}

/// Adds \a property, replacing one of the same name (a later insert wins, as in an object).
void put(std::vector<Property>& list, Property property)
{
    for (Property& existing : list) {
        if (existing.key == property.key) {
            existing = std::move(property);
            return;
        }
    }
    list.push_back(std::move(property));
}

/// `host[:port]` of \a url, as `location.host` gives it; empty when it has no host.
QString hostOf(const QString& url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return {};
    return parsed.port() == -1 ? parsed.host() : parsed.host() + QLatin1Char(':') + QString::number(parsed.port());
}

/// The PostHog properties of a canonical `context` (see PostHogProvider's class comment).
void contextProperties(object context, const QString& groupType, std::vector<Property>& out)
{
    std::vector<std::string_view> consumed; // top-level members used up whole
    std::vector<std::pair<std::string_view, std::string_view>> consumedNested; // (parent, member)
    for (const ContextField& field : contextFields) {
        if (!field.parent) {
            const std::optional<element> value = member(context, field.member);
            if (value && isScalar(*value)) {
                put(out, elementProperty(QByteArray(field.property), *value));
                consumed.push_back(field.member);
            }
            continue;
        }
        object parent;
        const std::optional<element> parentValue = member(context, field.parent);
        if (!parentValue || parentValue->get_object().get(parent) != simdjson::SUCCESS)
            continue;
        const std::optional<element> value = member(parent, field.member);
        if (!value || !isScalar(*value))
            continue;
        put(out, elementProperty(QByteArray(field.property), *value));
        consumedNested.emplace_back(field.parent, field.member);
    }

    object campaign;
    const std::optional<element> campaignValue = member(context, "campaign");
    if (campaignValue && campaignValue->get_object().get(campaign) == simdjson::SUCCESS) {
        for (const auto& field : campaign) {
            const std::string_view key = field.key == "name" ? std::string_view("campaign") : field.key;
            put(out, elementProperty(QByteArray("utm_") + QByteArray(key.data(), qsizetype(key.size())), field.value));
        }
        consumed.push_back("campaign");
    }

    const QString groupId = idOf(context, "groupId");
    if (!groupId.isEmpty()) {
        ByteBuffer groups;
        groups.append('{');
        const QByteArray type = groupType.toUtf8();
        const QByteArray id = groupId.toUtf8();
        JsonWriter::appendString(groups, QByteArrayView(type));
        groups.append(':');
        JsonWriter::appendString(groups, QByteArrayView(id));
        groups.append('}');
        put(out, jsonProperty(QByteArrayLiteral("$groups"), groups.toByteArray()));
        consumed.push_back("groupId");
    }

    // Everything else is kept as segment_<member>; objects that gave some members away keep the rest.
    for (const auto& field : context) {
        if (std::find(consumed.cbegin(), consumed.cend(), field.key) != consumed.cend())
            continue;
        const QByteArray key = QByteArray("segment_") + QByteArray(field.key.data(), qsizetype(field.key.size()));
        object nested;
        const bool gaveAway = std::any_of(consumedNested.cbegin(), consumedNested.cend(),
            [&field](const auto& pair) { return pair.first == field.key; });
        if (!gaveAway || field.value.get_object().get(nested) != simdjson::SUCCESS) {
            put(out, elementProperty(key, field.value));
            continue;
        }
        ByteBuffer rest;
        rest.append('{');
        for (const auto& inner : nested) {
            const bool taken = std::any_of(consumedNested.cbegin(), consumedNested.cend(),
                [&field, &inner](const auto& pair) { return pair.first == field.key && pair.second == inner.key; });
            if (taken)
                continue;
            if (rest.size() > 1)
                rest.append(',');
            JsonWriter::appendString(rest, inner.key);
            rest.append(':');
            JsonWriter::appendElement(rest, inner.value);
        }
        rest.append('}');
        if (rest.size() > 2)
            put(out, jsonProperty(key, rest.toByteArray()));
    }
}

} // namespace

struct PostHogEventWriter::Private
{
    QString groupType;
    simdjson::dom::parser parser;
    std::vector<Property> context; ///< from `context`: lowest precedence
    std::vector<Property> additions; ///< set by the mapping: highest precedence
    ByteBuffer out;
};

PostHogEventWriter::PostHogEventWriter(const QString& groupType)
    : d(std::make_unique<Private>())
{
    d->groupType = groupType;
}

PostHogEventWriter::~PostHogEventWriter() = default;

QByteArray PostHogEventWriter::write(QByteArrayView json, EventType type, QStringList* notes, QString* rejection)
{
    object message;
    if (d->parser.parse(json.data(), size_t(json.size())).get_object().get(message) != simdjson::SUCCESS) {
        *rejection = tr("the message is not a JSON object");
        return {};
    }
    const QString userId = idOf(message, "userId");
    const QString anonymousId = idOf(message, "anonymousId");
    const QString person = userId.isEmpty() ? anonymousId : userId;
    if (person.isEmpty()) {
        // PostHog answers 200 and drops events without a distinct_id (§6.3).
        *rejection
            = tr("the message has neither userId nor anonymousId, and PostHog drops events without a distinct_id");
        return {};
    }

    std::vector<std::string_view> used(std::begin(transportKeys), std::end(transportKeys));
    used.push_back("properties");
    d->context.clear();
    d->additions.clear();
    object context;
    const std::optional<element> contextValue = member(message, "context");
    if (contextValue && contextValue->get_object().get(context) == simdjson::SUCCESS)
        contextProperties(context, d->groupType, d->context);
    object own;
    const std::optional<element> ownValue = member(message, "properties");
    const bool hasOwn = ownValue && ownValue->get_object().get(own) == simdjson::SUCCESS;
    std::vector<Property>& additions = d->additions;

    QString eventName;
    QString distinctId = person;
    switch (type) {
    case EventType::Track: {
        const std::optional<element> event = member(message, "event");
        eventName = event ? stringOf(*event) : QString();
        if (eventName.isEmpty()) {
            *rejection = tr("the track call has no event name, and PostHog drops events without one");
            return {};
        }
        used.push_back("event");
        break;
    }
    case EventType::Identify: {
        // Without a userId there is nobody to identify as: only the anonymous person's properties change.
        eventName = userId.isEmpty() ? QStringLiteral("$set") : QStringLiteral("$identify");
        object traits;
        const std::optional<element> traitsValue = member(message, "traits");
        if (traitsValue && traitsValue->get_object().get(traits) == simdjson::SUCCESS && traits.size() > 0)
            put(additions, jsonProperty(QByteArrayLiteral("$set"), minified(*traitsValue)));
        if (!userId.isEmpty() && !anonymousId.isEmpty() && anonymousId != userId)
            put(additions, stringProperty(QByteArrayLiteral("$anon_distinct_id"), anonymousId));
        used.push_back("traits");
        break;
    }
    case EventType::Page:
    case EventType::Screen: {
        eventName = type == EventType::Page ? QStringLiteral("$pageview") : QStringLiteral("$screen");
        if (type == EventType::Page && hasOwn) {
            for (const PageField& field : pageFields) {
                const std::optional<element> value = member(own, field.property);
                if (value && value->is_string() && !stringOf(*value).isEmpty())
                    put(additions, elementProperty(QByteArray(field.posthog), *value));
            }
        }
        // A screen's name is `$screen_name`; a page's has no `$` property (PostHog names pages by URL), so it
        // stays `name`, as in Segment's page properties.
        const std::optional<element> nameValue = member(message, "name");
        const QString name = nameValue ? stringOf(*nameValue) : QString();
        if (type == EventType::Screen && !name.isEmpty())
            put(additions, stringProperty(QByteArrayLiteral("$screen_name"), name));
        for (const char* key : { "name", "category" }) {
            const std::string_view field(key);
            if (type == EventType::Screen && field == "name")
                continue;
            const std::optional<element> value = member(message, field);
            if (!value || value->is_null())
                continue;
            const std::optional<element> ownSide = hasOwn ? member(own, field) : std::nullopt;
            if (!ownSide) {
                put(additions, elementProperty(QByteArray(key), *value));
            } else if (minified(*ownSide) != minified(*value)) {
                const QString shown = value->is_string() ? stringOf(*value) : QString::fromUtf8(minified(*value));
                notes->append(tr("the %1 \"%2\" is not sent: the properties carry a different %1, which wins")
                                  .arg(QString::fromLatin1(key), shown));
            }
        }
        used.push_back("name");
        used.push_back("category");
        break;
    }
    case EventType::Group: {
        const QString groupId = idOf(message, "groupId");
        if (groupId.isEmpty()) {
            *rejection = tr("the group call has no groupId");
            return {};
        }
        eventName = QStringLiteral("$groupidentify");
        distinctId = QLatin1Char('$') + d->groupType + QLatin1Char('_') + groupId;
        put(additions, stringProperty(QByteArrayLiteral("$group_type"), d->groupType));
        put(additions, stringProperty(QByteArrayLiteral("$group_key"), groupId));
        const std::optional<element> traits = member(message, "traits");
        put(additions,
            jsonProperty(QByteArrayLiteral("$group_set"), traits && traits->is_object() ? minified(*traits) : QByteArrayLiteral("{}")));
        notes->append(tr("PostHog keeps the group's traits but has no membership record: %1 is tied to %2 \"%3\" only "
                         "on events that carry context.groupId")
                          .arg(person, d->groupType, groupId));
        used.push_back("groupId");
        used.push_back("traits");
        break;
    }
    case EventType::Alias: {
        const QString previousId = idOf(message, "previousId");
        if (previousId.isEmpty()) {
            *rejection = tr("the alias call has no previousId to merge");
            return {};
        }
        eventName = QStringLiteral("$create_alias");
        put(additions, stringProperty(QByteArrayLiteral("distinct_id"), person));
        put(additions, stringProperty(QByteArrayLiteral("alias"), previousId));
        used.push_back("previousId");
        break;
    }
    }

    // Precedence: what the mapping set, then the event's own properties, then what context gave.
    const auto contains = [&](std::string_view key) {
        return find(additions, QByteArrayView(key.data(), qsizetype(key.size())))
            || (hasOwn && member(own, key)) || find(d->context, QByteArrayView(key.data(), qsizetype(key.size())));
    };
    const auto stringValue = [&](std::string_view key) -> QString {
        const QByteArrayView name(key.data(), qsizetype(key.size()));
        if (const Property* property = find(additions, name))
            return property->isString ? property->text : QString();
        if (hasOwn) {
            if (const std::optional<element> value = member(own, key))
                return stringOf(*value);
        }
        if (const Property* property = find(d->context, name))
            return property->isString ? property->text : QString();
        return {};
    };

    // The ids PostHog does not use here (the anonymousId of an identified user's event, both ids of a group
    // call) are kept, like the rest of the Segment data PostHog has no field for.
    const bool anonymousMerged = contains("$anon_distinct_id");
    if (!userId.isEmpty() && userId != distinctId && !contains("segment_userId"))
        put(additions, stringProperty(QByteArrayLiteral("segment_userId"), userId));
    if (!anonymousId.isEmpty() && anonymousId != distinctId && !anonymousMerged && !contains("segment_anonymousId"))
        put(additions, stringProperty(QByteArrayLiteral("segment_anonymousId"), anonymousId));

    // `$host` and `$referring_domain` follow from the URLs, as the web SDK derives them.
    const QString currentUrl = stringValue("$current_url");
    if (!currentUrl.isEmpty()) {
        const QUrl url(currentUrl);
        const QString host = hostOf(currentUrl);
        if (!host.isEmpty() && !contains("$host"))
            put(additions, stringProperty(QByteArrayLiteral("$host"), host));
        if (!contains("$pathname") && url.isValid() && !url.path().isEmpty())
            put(additions, stringProperty(QByteArrayLiteral("$pathname"), url.path()));
    }
    const QString referrer = stringValue("$referrer");
    if (!referrer.isEmpty() && !contains("$referring_domain")) {
        const QString host = hostOf(referrer);
        if (!host.isEmpty())
            put(additions, stringProperty(QByteArrayLiteral("$referring_domain"), host));
    }
    if (!contains("$ip") && !contains("$geoip_disable"))
        put(additions, jsonProperty(QByteArrayLiteral("$geoip_disable"), QByteArrayLiteral("true")));

    QStringList unused;
    for (const auto& field : message) {
        if (std::find(used.cbegin(), used.cend(), field.key) == used.cend())
            unused.append(QString::fromUtf8(field.key.data(), qsizetype(field.key.size())));
    }
    if (!unused.isEmpty()) {
        unused.sort();
        notes->append(tr("PostHog has no place for %1 in a %2 call; not sent")
                          .arg(unused.join(QStringLiteral(", ")), QString::fromLatin1(eventTypeName(type))));
    }

    ByteBuffer& out = d->out;
    out.clear();
    const auto appendQString = [&out](const QString& text) {
        const QByteArray utf8 = text.toUtf8();
        JsonWriter::appendString(out, QByteArrayView(utf8));
    };
    out.append("{\"distinct_id\":", 15);
    appendQString(distinctId);
    out.append(",\"event\":", 9);
    appendQString(eventName);
    out.append(",\"properties\":{", 15);
    bool first = true;
    const auto appendProperty = [&out, &first](QByteArrayView key, QByteArrayView value) {
        if (!first)
            out.append(',');
        first = false;
        JsonWriter::appendString(out, key);
        out.append(':');
        out.append(value);
    };
    for (const Property& property : additions)
        appendProperty(property.key, property.json);
    if (hasOwn) {
        for (const auto& field : own) {
            const QByteArrayView key(field.key.data(), qsizetype(field.key.size()));
            if (find(additions, key))
                continue;
            if (!first)
                out.append(',');
            first = false;
            JsonWriter::appendString(out, field.key);
            out.append(':');
            JsonWriter::appendElement(out, field.value);
        }
    }
    for (const Property& property : d->context) {
        if (find(additions, property.key) || (hasOwn && member(own, view(property.key))))
            continue;
        appendProperty(property.key, property.json);
    }
    out.append('}');
    const std::optional<element> timestampValue = member(message, "timestamp");
    const QString timestamp = timestampValue ? stringOf(*timestampValue) : QString();
    if (!timestamp.isEmpty()) {
        out.append(",\"timestamp\":", 13);
        const std::optional<qint64> ms = Timestamp::parseIso8601(timestamp.toUtf8());
        appendQString(ms ? Timestamp::toIso8601String(*ms) : timestamp);
    }
    const std::optional<element> messageIdValue = member(message, "messageId");
    const QString messageId = messageIdValue ? stringOf(*messageIdValue) : QString();
    if (!messageId.isEmpty()) {
        out.append(",\"uuid\":", 8);
        appendQString(DedupIds::uuid(messageId));
    }
    out.append('}');
    return out.toByteArray();
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "amplitudeprovider.h"

#include "core/timestamp.h"
#include "dedupids.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Journey {

namespace {

QString settingName(const QString& key)
{
    return QStringLiteral("journey.providers.amplitude.") + key;
}

// $groupidentify events travel in requests of their own, so that in every request the n-th event of the
// body is the n-th item: Amplitude's per-event answers (throttled_events, …) index the body.
enum Stream { EventStream, GroupIdentifyStream, StreamCount };

struct Part
{
    Stream stream;
    QJsonObject object;
};

struct Record
{
    int index = 0;
    QByteArray json;
};

struct Encoded
{
    QList<Part> parts;
    QStringList notes;
    QString rejection;
};

struct Options
{
    QString groupType;
    int minIdLength = AmplitudeProvider::defaultMinIdLength;
};

} // namespace

bool AmplitudeProvider::isInvalidId(const QString& id)
{
    static const QStringList invalid {
        QStringLiteral("anonymous"),
        QStringLiteral("nil"),
        QStringLiteral("none"),
        QStringLiteral("null"),
        QStringLiteral("n/a"),
        QStringLiteral("na"),
        QStringLiteral("undefined"),
        QStringLiteral("unknown"),
        QStringLiteral("00000000-0000-0000-0000-000000000000"),
        QStringLiteral("{}"),
        QStringLiteral("lmy47d"),
        QStringLiteral("0"),
        QStringLiteral("-1"),
    };
    return invalid.contains(id.trimmed(), Qt::CaseInsensitive);
}

namespace {

QString idText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

// Why Amplitude would refuse \a id, or an empty string.
QString idProblem(const QString& id, int minLength)
{
    if (AmplitudeProvider::isInvalidId(id))
        return QCoreApplication::translate("Journey::AmplitudeProvider", "\"%1\" is a value Amplitude refuses as an id")
            .arg(id);
    if (id.size() < minLength)
        return QCoreApplication::translate(
            "Journey::AmplitudeProvider", "\"%1\" is shorter than the minimum id length of %2 (setting minIdLength)")
            .arg(id)
            .arg(minLength);
    if (id.size() > AmplitudeProvider::maxStringLength)
        return QCoreApplication::translate("Journey::AmplitudeProvider", "the id is longer than %1 characters")
            .arg(AmplitudeProvider::maxStringLength);
    return {};
}

struct Ids
{
    QString userId;
    QString deviceId;
};

std::optional<Ids> idsOf(const QJsonObject& message, const Options& options, QStringList& notes, QString* rejection)
{
    Ids ids;
    ids.userId = idText(message.value(QLatin1String("userId")));
    ids.deviceId = idText(message.value(QLatin1String("anonymousId")));
    QStringList problems;
    if (!ids.userId.isEmpty()) {
        const QString problem = idProblem(ids.userId, options.minIdLength);
        if (!problem.isEmpty()) {
            problems.append(QStringLiteral("userId: ") + problem);
            ids.userId.clear();
        }
    }
    if (!ids.deviceId.isEmpty()) {
        const QString problem = idProblem(ids.deviceId, options.minIdLength);
        if (!problem.isEmpty()) {
            problems.append(QStringLiteral("anonymousId: ") + problem);
            ids.deviceId.clear();
        }
    }
    if (ids.userId.isEmpty() && ids.deviceId.isEmpty()) {
        *rejection = problems.isEmpty()
            ? QCoreApplication::translate("Journey::AmplitudeProvider", "the event has neither userId nor anonymousId")
            : QCoreApplication::translate("Journey::AmplitudeProvider", "the event has no id Amplitude accepts (%1)")
                  .arg(problems.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    for (const QString& problem : problems)
        notes.append(QCoreApplication::translate("Journey::AmplitudeProvider", "%1; the id was left out").arg(problem));
    return ids;
}

void flatten(const QJsonObject& object, const QString& prefix, QList<QPair<QString, QJsonValue>>& out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), path, out);
        else if (!it.value().isNull() && !it.value().isUndefined())
            out.append({ path, it.value() });
    }
}

QJsonValue asText(const QJsonValue& value)
{
    if (value.isString())
        return value;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value;
}

// What Segment context becomes in an Amplitude event.
struct ContextParts
{
    QJsonObject topLevel; ///< platform, os_name, ip, language, library, …
    QJsonObject userSet; ///< context.traits and utm_* (user_properties $set)
    QJsonObject userSetOnce; ///< initial_utm_* (user_properties $setOnce), as Amplitude's web attribution does
    QJsonObject groups; ///< context.groupId under the group type
    QJsonObject leftovers; ///< "context.<path>" for everything without an Amplitude field
};

ContextParts splitContext(const QJsonObject& context, bool pageConsumed, const QString& groupType)
{
    struct Field
    {
        const char* path;
        const char* field;
        bool text;
    };
    static const Field fields[] = {
        { "app.version", "app_version", true },
        { "os.name", "os_name", true },
        { "os.version", "os_version", true },
        { "device.brand", "device_brand", true },
        { "device.manufacturer", "device_manufacturer", true },
        { "device.model", "device_model", true },
        { "network.carrier", "carrier", true },
        { "location.country", "country", true },
        { "location.region", "region", true },
        { "location.city", "city", true },
        { "location.latitude", "location_lat", false },
        { "location.longitude", "location_lng", false },
        { "ip", "ip", true },
        { "locale", "language", true },
        { "userAgent", "user_agent", true },
    };

    ContextParts parts;
    const QJsonObject device = context.value(QLatin1String("device")).toObject();
    const QString deviceType = device.value(QLatin1String("type")).toString();
    QString platform;
    if (deviceType.compare(QLatin1String("ios"), Qt::CaseInsensitive) == 0)
        platform = QStringLiteral("iOS");
    else if (deviceType.compare(QLatin1String("android"), Qt::CaseInsensitive) == 0)
        platform = QStringLiteral("Android");
    else if (!deviceType.isEmpty())
        platform = deviceType;
    else if (context.contains(QLatin1String("page")) || context.contains(QLatin1String("userAgent")))
        platform = QStringLiteral("Web");
    if (!platform.isEmpty())
        parts.topLevel.insert(QStringLiteral("platform"), platform);

    const QJsonObject library = context.value(QLatin1String("library")).toObject();
    const QString libraryName = library.value(QLatin1String("name")).toString();
    const QString libraryVersion = idText(library.value(QLatin1String("version")));
    if (libraryName.isEmpty())
        parts.topLevel.insert(QStringLiteral("library"), QStringLiteral("journey-connector"));
    else if (libraryVersion.isEmpty())
        parts.topLevel.insert(QStringLiteral("library"), libraryName);
    else
        parts.topLevel.insert(QStringLiteral("library"), QString(libraryName + QLatin1Char('/') + libraryVersion));

    const QJsonObject traits = context.value(QLatin1String("traits")).toObject();
    for (auto it = traits.begin(); it != traits.end(); ++it)
        parts.userSet.insert(it.key(), it.value());

    QList<QPair<QString, QJsonValue>> leaves;
    flatten(context, {}, leaves);
    for (const auto& [path, value] : leaves) {
        if (path.startsWith(QLatin1String("traits.")) || path.startsWith(QLatin1String("library."))
            || path == QLatin1String("device.type"))
            continue; // taken above
        if (pageConsumed && path.startsWith(QLatin1String("page.")))
            continue;
        if (path == QLatin1String("groupId")) {
            parts.groups.insert(groupType, asText(value));
            continue;
        }
        if (path.startsWith(QLatin1String("campaign."))) {
            QString key = path.mid(9);
            if (key == QLatin1String("name"))
                key = QStringLiteral("campaign");
            if (key == QLatin1String("campaign") || key == QLatin1String("source") || key == QLatin1String("medium")
                || key == QLatin1String("term") || key == QLatin1String("content")) {
                parts.userSet.insert(QStringLiteral("utm_") + key, value);
                parts.userSetOnce.insert(QStringLiteral("initial_utm_") + key, value);
                continue;
            }
        }
        if (path == QLatin1String("device.advertisingId")
            && (platform == QLatin1String("iOS") || platform == QLatin1String("Android"))) {
            parts.topLevel.insert(
                platform == QLatin1String("iOS") ? QStringLiteral("idfa") : QStringLiteral("adid"), value);
            continue;
        }
        bool mapped = false;
        for (const Field& field : fields) {
            if (path == QLatin1String(field.path)) {
                parts.topLevel.insert(QLatin1String(field.field), field.text ? asText(value) : value);
                mapped = true;
                break;
            }
        }
        if (!mapped)
            parts.leftovers.insert(QStringLiteral("context.") + path, value);
    }
    return parts;
}

// session_id as Segment's Amplitude destinations carry it: integrations["Actions Amplitude"].session_id or
// integrations.Amplitude.session_id, epoch ms (numbers, digit strings and ISO-8601 accepted).
std::optional<qint64> sessionIdOf(const QJsonObject& message, QStringList& notes)
{
    const QJsonObject integrations = message.value(QLatin1String("integrations")).toObject();
    for (const char* name : { "Actions Amplitude", "Amplitude" }) {
        const QJsonValue value = integrations.value(QLatin1String(name)).toObject().value(QLatin1String("session_id"));
        if (value.isUndefined() || value.isNull())
            continue;
        if (value.isDouble())
            return qint64(value.toDouble());
        if (value.isString()) {
            bool ok = false;
            const qint64 number = value.toString().toLongLong(&ok);
            if (ok)
                return number;
            if (const std::optional<qint64> ms = Timestamp::parseIso8601(value.toString().toUtf8()))
                return ms;
        }
        notes.append(QCoreApplication::translate("Journey::AmplitudeProvider",
            "integrations.%1.session_id is not a time in milliseconds; no session_id was sent")
                         .arg(QLatin1String(name)));
        return std::nullopt;
    }
    return std::nullopt;
}

// Amplitude's revenue fields (providers.md §3.8), copied to the top level; the properties keep them too.
void putRevenue(const QJsonObject& given, QJsonObject& event, QStringList& notes)
{
    auto number = [&](const char* key, const char* field, bool integer) {
        const QJsonValue value = given.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return;
        double amount = 0;
        bool ok = value.isDouble();
        if (ok)
            amount = value.toDouble();
        else if (value.isString())
            amount = value.toString().toDouble(&ok);
        if (!ok || (integer && amount != double(qint64(amount)))) {
            notes.append(QCoreApplication::translate(
                "Journey::AmplitudeProvider", "property \"%1\" is not a number; Amplitude's %2 field was left empty")
                             .arg(QLatin1String(key), QLatin1String(field)));
            return;
        }
        if (integer)
            event.insert(QLatin1String(field), qint64(amount));
        else
            event.insert(QLatin1String(field), amount);
    };
    number("revenue", "revenue", false);
    number("price", "price", false);
    number("quantity", "quantity", true);
    auto text = [&](std::initializer_list<const char*> keys, const char* field) {
        for (const char* key : keys) {
            const QJsonValue value = given.value(QLatin1String(key));
            if (value.isString() || value.isDouble()) {
                event.insert(QLatin1String(field), asText(value));
                return;
            }
        }
    };
    text({ "productId", "product_id" }, "productId");
    text({ "revenueType", "revenue_type" }, "revenueType");
    text({ "currency" }, "currency");
}

void truncateStrings(QJsonValue& value, const QString& path, QStringList& cut)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.size() > AmplitudeProvider::maxStringLength) {
            value = text.left(AmplitudeProvider::maxStringLength);
            cut.append(path);
        }
    } else if (value.isObject()) {
        QJsonObject object = value.toObject();
        bool changed = false;
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue inner = it.value();
            const qsizetype before = cut.size();
            truncateStrings(inner, path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), cut);
            if (cut.size() != before) {
                it.value() = inner;
                changed = true;
            }
        }
        if (changed)
            value = object;
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        bool changed = false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue inner = array.at(i);
            const qsizetype before = cut.size();
            truncateStrings(inner, path + QStringLiteral("[%1]").arg(i), cut);
            if (cut.size() != before) {
                array.replace(i, inner);
                changed = true;
            }
        }
        if (changed)
            value = array;
    }
}

// Amplitude stores strings of at most 1024 characters: cut longer ones here, so that what is sent is what is
// kept, and say so.
QJsonObject withStringLimit(const QJsonObject& event, QStringList& notes)
{
    QJsonValue value = event;
    QStringList cut;
    truncateStrings(value, {}, cut);
    if (!cut.isEmpty())
        notes.append(QCoreApplication::translate(
            "Journey::AmplitudeProvider", "Amplitude keeps at most %1 characters per string; cut: %2")
                         .arg(AmplitudeProvider::maxStringLength)
                         .arg(cut.join(QStringLiteral(", "))));
    return value.toObject();
}

QString insertIdOf(const QString& messageId)
{
    if (!messageId.isEmpty() && messageId.size() <= AmplitudeProvider::maxStringLength)
        return messageId;
    return DedupIds::insertId(messageId);
}

QJsonObject baseEvent(const QString& eventType, const Ids& ids, qint64 timeMs, const QString& insertId,
    const ContextParts& context, std::optional<qint64> sessionId)
{
    QJsonObject event = context.topLevel;
    if (!ids.userId.isEmpty())
        event.insert(QStringLiteral("user_id"), ids.userId);
    if (!ids.deviceId.isEmpty())
        event.insert(QStringLiteral("device_id"), ids.deviceId);
    event.insert(QStringLiteral("event_type"), eventType);
    event.insert(QStringLiteral("time"), timeMs);
    event.insert(QStringLiteral("insert_id"), insertId);
    if (sessionId)
        event.insert(QStringLiteral("session_id"), *sessionId);
    return event;
}

QJsonObject userProperties(const QJsonObject& set, const QJsonObject& setOnce)
{
    QJsonObject out;
    if (!set.isEmpty())
        out.insert(QStringLiteral("$set"), set);
    if (!setOnce.isEmpty())
        out.insert(QStringLiteral("$setOnce"), setOnce);
    return out;
}

void noteLeftoversNotSent(const ContextParts& context, QStringList& notes)
{
    if (context.leftovers.isEmpty())
        return;
    notes.append(QCoreApplication::translate("Journey::AmplitudeProvider",
        "Amplitude's $identify and $groupidentify events keep no event properties; not sent: %1")
                     .arg(context.leftovers.keys().join(QStringLiteral(", "))));
}

// [Amplitude] Page … properties of the browser SDK's page view event (providers.md §3.7), from the page
// call's properties or else its context.page.
QJsonObject pageFields(const QJsonObject& message)
{
    const QJsonObject given = message.value(QLatin1String("properties")).toObject();
    const QJsonObject page = message.value(QLatin1String("context")).toObject().value(QLatin1String("page")).toObject();
    auto field = [&](QLatin1String key) {
        const QJsonValue value = given.value(key);
        return value.isString() ? value.toString() : page.value(key).toString();
    };
    QJsonObject out;
    auto put = [&out](const QString& key, const QString& value) {
        if (!value.isEmpty())
            out.insert(key, value);
    };
    const QString location = field(QLatin1String("url"));
    const QUrl url(location);
    put(QStringLiteral("[Amplitude] Page Location"), location);
    put(QStringLiteral("[Amplitude] Page Domain"), url.host());
    QString path = field(QLatin1String("path"));
    if (path.isEmpty())
        path = url.path();
    put(QStringLiteral("[Amplitude] Page Path"), path);
    put(QStringLiteral("[Amplitude] Page Title"), field(QLatin1String("title")));
    if (!location.isEmpty())
        put(QStringLiteral("[Amplitude] Page URL"), url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
    put(QStringLiteral("[Amplitude] Previous Page Location"), field(QLatin1String("referrer")));
    put(QStringLiteral("name"), message.value(QLatin1String("name")).toString());
    put(QStringLiteral("category"), message.value(QLatin1String("category")).toString());
    return out;
}

Encoded encodeOne(const OutboundEvent& event, const Options& options)
{
    Encoded out;
    const QJsonObject& message = event.message;
    if (event.type == EventType::Alias) {
        out.rejection = QCoreApplication::translate("Journey::AmplitudeProvider",
            "Amplitude's ingestion API has no alias: merging user ids needs its /usermap API (Portfolio "
            "add-on), which the connector does not call; events carrying both userId and anonymousId "
            "link them");
        return out;
    }
    const std::optional<qint64> timeMs
        = Timestamp::parseIso8601(message.value(QLatin1String("timestamp")).toString().toUtf8());
    if (!timeMs) {
        out.rejection = QCoreApplication::translate("Journey::AmplitudeProvider", "the event has no valid timestamp");
        return out;
    }
    const std::optional<Ids> ids = idsOf(message, options, out.notes, &out.rejection);
    if (!ids)
        return out;
    const QString messageId = message.value(QLatin1String("messageId")).toString();
    const QString insertId = insertIdOf(messageId);
    const QJsonObject context = message.value(QLatin1String("context")).toObject();
    const std::optional<qint64> sessionId = sessionIdOf(message, out.notes);
    const QJsonObject given = message.value(QLatin1String("properties")).toObject();

    switch (event.type) {
    case EventType::Track:
    case EventType::Page:
    case EventType::Screen: {
        const ContextParts parts = splitContext(context, event.type == EventType::Page, options.groupType);
        QString eventType;
        QJsonObject properties = parts.leftovers;
        if (event.type == EventType::Track) {
            eventType = message.value(QLatin1String("event")).toString();
            if (eventType.isEmpty()) {
                out.rejection
                    = QCoreApplication::translate("Journey::AmplitudeProvider", "a track call needs an event name");
                return out;
            }
        } else if (event.type == EventType::Page) {
            eventType = QStringLiteral("[Amplitude] Page Viewed");
            const QJsonObject fields = pageFields(message);
            for (auto it = fields.begin(); it != fields.end(); ++it)
                properties.insert(it.key(), it.value());
        } else {
            eventType = QStringLiteral("[Amplitude] Screen Viewed");
            const QString name = message.value(QLatin1String("name")).toString();
            if (!name.isEmpty())
                properties.insert(QStringLiteral("[Amplitude] Screen Name"), name);
            const QString category = message.value(QLatin1String("category")).toString();
            if (!category.isEmpty())
                properties.insert(QStringLiteral("category"), category);
        }
        for (auto it = given.begin(); it != given.end(); ++it)
            properties.insert(it.key(), it.value());
        QJsonObject object = baseEvent(eventType, *ids, *timeMs, insertId, parts, sessionId);
        if (!properties.isEmpty())
            object.insert(QStringLiteral("event_properties"), properties);
        const QJsonObject user = userProperties(parts.userSet, parts.userSetOnce);
        if (!user.isEmpty())
            object.insert(QStringLiteral("user_properties"), user);
        if (!parts.groups.isEmpty())
            object.insert(QStringLiteral("groups"), parts.groups);
        if (event.type == EventType::Track)
            putRevenue(given, object, out.notes);
        out.parts.append({ EventStream, withStringLimit(object, out.notes) });
        return out;
    }
    case EventType::Identify: {
        const ContextParts parts = splitContext(context, false, options.groupType);
        QJsonObject set = parts.userSet;
        const QJsonObject traits = message.value(QLatin1String("traits")).toObject();
        for (auto it = traits.begin(); it != traits.end(); ++it)
            set.insert(it.key(), it.value());
        // Setting user_id and device_id on one identify also links them (providers.md §3.7).
        QJsonObject object = baseEvent(QStringLiteral("$identify"), *ids, *timeMs, insertId, parts, sessionId);
        object.insert(QStringLiteral("user_properties"), userProperties(set, parts.userSetOnce));
        if (!parts.groups.isEmpty())
            object.insert(QStringLiteral("groups"), parts.groups);
        noteLeftoversNotSent(parts, out.notes);
        out.parts.append({ EventStream, withStringLimit(object, out.notes) });
        return out;
    }
    case EventType::Group: {
        const QString groupId = idText(message.value(QLatin1String("groupId")));
        if (groupId.isEmpty()) {
            out.rejection = QCoreApplication::translate("Journey::AmplitudeProvider", "a group call needs a groupId");
            return out;
        }
        const ContextParts parts = splitContext(context, false, options.groupType);
        const QJsonObject groups { { options.groupType, groupId } };
        // Membership: what the SDK's setGroup() sends.
        QJsonObject membership = baseEvent(QStringLiteral("$identify"), *ids, *timeMs, insertId, parts, sessionId);
        QJsonObject set = parts.userSet;
        set.insert(options.groupType, groupId);
        membership.insert(QStringLiteral("groups"), groups);
        membership.insert(QStringLiteral("user_properties"), userProperties(set, parts.userSetOnce));
        out.parts.append({ EventStream, withStringLimit(membership, out.notes) });
        // The group's own properties: a $groupidentify event, with an insert_id of its own (insert_id
        // deduplicates per device, and both events share the device).
        const QJsonObject traits = message.value(QLatin1String("traits")).toObject();
        if (!traits.isEmpty()) {
            QJsonObject properties = baseEvent(QStringLiteral("$groupidentify"), *ids, *timeMs,
                DedupIds::insertId(messageId + QStringLiteral(":groupidentify")), parts, sessionId);
            properties.insert(QStringLiteral("groups"), groups);
            properties.insert(QStringLiteral("group_properties"), QJsonObject { { QStringLiteral("$set"), traits } });
            out.parts.append({ GroupIdentifyStream, withStringLimit(properties, out.notes) });
        }
        noteLeftoversNotSent(parts, out.notes);
        return out;
    }
    case EventType::Alias:
        break;
    }
    out.rejection = QCoreApplication::translate("Journey::AmplitudeProvider", "unknown event type");
    return out;
}

QList<QList<Record>> pack(const QList<Record>& records, int maxEvents, qint64 maxBytes, qint64 envelope)
{
    QList<QList<Record>> out;
    QList<Record> current;
    qint64 size = envelope;
    for (const Record& record : records) {
        const qint64 extra = record.json.size() + (current.isEmpty() ? 0 : 1);
        if (!current.isEmpty() && (current.size() >= maxEvents || size + extra > maxBytes)) {
            out.append(current);
            current.clear();
            size = envelope;
        }
        size += record.json.size() + (current.isEmpty() ? 0 : 1);
        current.append(record);
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// The request's events as the body lists them (classify reads user and device ids from them).
QJsonArray bodyEvents(const ProviderRequest& request)
{
    return QJsonDocument::fromJson(request.body).object().value(QLatin1String("events")).toArray();
}

// Indexes listed in an answer field: an array of indexes, or an object of arrays (per field name).
QList<QPair<int, QString>> listedIndexes(const QJsonObject& answer, const char* key)
{
    QList<QPair<int, QString>> out;
    const QJsonValue value = answer.value(QLatin1String(key));
    if (value.isArray()) {
        for (const QJsonValue& index : value.toArray())
            out.append({ index.toInt(-1), QString() });
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            for (const QJsonValue& index : it.value().toArray())
                out.append({ index.toInt(-1), it.key() });
        }
    }
    return out;
}

} // namespace

QString AmplitudeProvider::id() const
{
    return QStringLiteral("amplitude");
}

QString AmplitudeProvider::displayName() const
{
    return QStringLiteral("Amplitude");
}

QStringList AmplitudeProvider::integrationNames() const
{
    return { QStringLiteral("Amplitude"), QStringLiteral("Actions Amplitude") };
}

QUrl AmplitudeProvider::defaultEndpoint() const
{
    return QUrl(QStringLiteral("https://api2.amplitude.com"));
}

BatchLimits AmplitudeProvider::limits() const
{
    BatchLimits limits;
    limits.maxEvents = 2000;
    // "< 1 MB" (HTTP V2) and "20 MB" (batch), read as decimal megabytes, the smaller reading.
    limits.maxRequestBytes = m_useBatch ? 20 * 1000 * 1000 : 1000 * 1000;
    // No per-event byte limit is documented (strings are capped at 1024 characters): an event must fit a request.
    limits.maxEventBytes = limits.maxRequestBytes;
    return limits;
}

QStringList AmplitudeProvider::settingKeys() const
{
    return { QStringLiteral("apiKey"), QStringLiteral("useBatch"), QStringLiteral("minIdLength"),
        QStringLiteral("groupType") };
}

bool AmplitudeProvider::configure(const QJsonObject& settings, QString* error)
{
    auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    m_apiKey.clear();
    m_useBatch = false;
    m_minIdLength = 0;
    m_groupType = QStringLiteral("company");

    const QStringList known = settingKeys();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(tr("%1: unknown setting (Amplitude understands %2)")
                            .arg(settingName(it.key()), known.join(QStringLiteral(", "))));
    }
    auto present = [&](const char* key) {
        const QJsonValue value = settings.value(QLatin1String(key));
        return !value.isUndefined() && !value.isNull();
    };
    auto text = [&](const char* key, QString& out) {
        const QJsonValue value = settings.value(QLatin1String(key));
        if (!value.isString())
            return fail(tr("%1 must be a string").arg(settingName(QLatin1String(key))));
        out = value.toString().trimmed();
        if (out.isEmpty())
            return fail(tr("%1 must not be empty").arg(settingName(QLatin1String(key))));
        return true;
    };
    if (!present("apiKey"))
        return fail(tr("%1 is required").arg(settingName(QStringLiteral("apiKey"))));
    if (!text("apiKey", m_apiKey))
        return false;
    if (present("groupType") && !text("groupType", m_groupType))
        return false;
    if (present("useBatch")) {
        const QJsonValue value = settings.value(QLatin1String("useBatch"));
        if (!value.isBool())
            return fail(tr("%1 must be true or false").arg(settingName(QStringLiteral("useBatch"))));
        m_useBatch = value.toBool();
    }
    if (present("minIdLength")) {
        const QJsonValue value = settings.value(QLatin1String("minIdLength"));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(qint64(number)) || number < 1 || number > maxStringLength)
            return fail(tr("%1 must be a whole number from 1 to %2")
                            .arg(settingName(QStringLiteral("minIdLength")))
                            .arg(maxStringLength));
        m_minIdLength = int(number);
    }
    return true;
}

QStringList AmplitudeProvider::secrets() const
{
    if (m_apiKey.isEmpty())
        return {};
    return { m_apiKey };
}

EncodedBatch AmplitudeProvider::encode(const QList<OutboundEvent>& events, const BatchLimits& limits) const
{
    EncodedBatch batch;
    Options options;
    options.groupType = m_groupType;
    options.minIdLength = m_minIdLength > 0 ? m_minIdLength : defaultMinIdLength;
    const int maxEvents = qMax(1, limits.maxEvents);

    const QByteArray prefix = "{\"api_key\":" + jsonString(m_apiKey) + ",\"events\":[";
    QByteArray suffix = "]";
    if (m_minIdLength > 0)
        suffix += ",\"options\":{\"min_id_length\":" + QByteArray::number(m_minIdLength) + '}';
    suffix += '}';
    const qint64 envelope = prefix.size() + suffix.size();

    QList<Record> streams[StreamCount];
    for (qsizetype i = 0; i < events.size(); ++i) {
        const int index = int(i);
        const Encoded encoded = encodeOne(events[i], options);
        if (!encoded.rejection.isEmpty()) {
            batch.rejected.append({ index, encoded.rejection });
            continue;
        }
        QList<QPair<Stream, QByteArray>> records;
        QString tooLarge;
        for (const Part& part : encoded.parts) {
            const QByteArray json = QJsonDocument(part.object).toJson(QJsonDocument::Compact);
            if (json.size() > limits.maxEventBytes) {
                tooLarge = tr("the event is %1 bytes as Amplitude JSON, over the limit of %2 bytes per event")
                               .arg(json.size())
                               .arg(limits.maxEventBytes);
                break;
            }
            if (json.size() + envelope > limits.maxRequestBytes) {
                tooLarge = tr("the event is %1 bytes as Amplitude JSON and does not fit in a request of %2 bytes")
                               .arg(json.size())
                               .arg(limits.maxRequestBytes);
                break;
            }
            records.append({ part.stream, json });
        }
        if (!tooLarge.isEmpty()) {
            batch.rejected.append({ index, tooLarge });
            continue;
        }
        for (const auto& [stream, json] : records)
            streams[stream].append({ index, json });
        for (const QString& note : encoded.notes)
            batch.notes.append({ index, note });
    }

    // Amplitude's own hosts take gzip bodies (its browser SDK compresses only for them); a proxy or another
    // endpoint may not, so those get plain JSON.
    const QString host = endpoint().host().toLower();
    const bool gzip = host == QLatin1String("amplitude.com") || host.endsWith(QLatin1String(".amplitude.com"));
    const QString path = m_useBatch ? QStringLiteral("/batch") : QStringLiteral("/2/httpapi");
    for (int stream = 0; stream < StreamCount; ++stream) {
        for (const QList<Record>& records : pack(streams[stream], maxEvents, limits.maxRequestBytes, envelope)) {
            ProviderRequest request;
            request.url = urlFor(path);
            request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
            request.gzip = gzip;
            QByteArray body = prefix;
            for (qsizetype i = 0; i < records.size(); ++i) {
                if (i > 0)
                    body.append(',');
                body.append(records[i].json);
                request.items.append(records[i].index);
            }
            body.append(suffix);
            request.body = body;
            request.label = stream == GroupIdentifyStream
                ? tr("%1: %n $groupidentify event(s)", nullptr, int(records.size())).arg(path)
                : tr("%1: %n event(s)", nullptr, int(records.size())).arg(path);
            batch.requests.append(request);
        }
    }
    return batch;
}

DeliveryVerdict AmplitudeProvider::classify(const ProviderRequest& request, const ProviderResponse& response) const
{
    if (!response.transportError.isEmpty() || response.status == 0)
        return classifyHttp(request, response);

    // Amplitude's SDKs trust the `code` of a JSON answer over the status line (providers.md §8 note).
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonObject answer = document.object();
    ProviderResponse effective = response;
    if (document.isObject() && answer.value(QLatin1String("code")).isDouble())
        effective.status = answer.value(QLatin1String("code")).toInt();
    const int code = effective.status;

    if (code >= 200 && code < 300)
        return {};

    DeliveryVerdict verdict;
    verdict.reason = describe(effective);
    const int count = int(request.items.size());

    if (code == 400) {
        const QString error = answer.value(QLatin1String("error")).toString();
        const QString missing = answer.value(QLatin1String("missing_field")).toString();
        if (!missing.isEmpty() || error.startsWith(QLatin1String("Invalid API key"))) {
            verdict.outcome = DeliveryOutcome::Failed;
            return verdict;
        }
        struct Listed
        {
            const char* key;
            const char* text;
        };
        static const Listed lists[] = {
            { "events_with_invalid_fields", QT_TRANSLATE_NOOP("Journey::AmplitudeProvider", "invalid value of %1") },
            { "events_with_missing_fields", QT_TRANSLATE_NOOP("Journey::AmplitudeProvider", "missing field %1") },
            { "events_with_invalid_id_lengths",
                QT_TRANSLATE_NOOP("Journey::AmplitudeProvider", "id too short or too long (%1)") },
            { "silenced_events",
                QT_TRANSLATE_NOOP("Journey::AmplitudeProvider", "Amplitude silenced the device (%1)") },
        };
        QHash<int, QStringList> reasons;
        for (const Listed& list : lists) {
            for (const auto& [index, field] : listedIndexes(answer, list.key)) {
                if (index < 0 || index >= count)
                    continue;
                const QString detail = field.isEmpty() ? (error.isEmpty() ? QLatin1String(list.key) : error) : field;
                reasons[index].append(tr(list.text).arg(detail));
            }
        }
        if (reasons.isEmpty()) {
            verdict.outcome = DeliveryOutcome::Failed; // the request itself was refused
            return verdict;
        }
        // The listed events are refused; the others were not taken either and go again at once.
        verdict.outcome = DeliveryOutcome::Retry;
        verdict.retryAfterMs = 0;
        verdict.reason = tr(
            "Amplitude refused %n event(s) of the request; the others are sent again", nullptr, int(reasons.size()));
        QList<int> indexes = reasons.keys();
        std::sort(indexes.begin(), indexes.end());
        for (int index : indexes) {
            DeliveryVerdict::Item item;
            item.index = index;
            item.outcome = DeliveryOutcome::Failed;
            item.reason = reasons.value(index).join(QStringLiteral("; "));
            verdict.items.append(item);
        }
        return verdict;
    }

    if (code == 429) {
        const QJsonObject quotaUsers = answer.value(QLatin1String("exceeded_daily_quota_users")).toObject();
        const QJsonObject quotaDevices = answer.value(QLatin1String("exceeded_daily_quota_devices")).toObject();
        QSet<int> throttled;
        for (const auto& [index, field] : listedIndexes(answer, "throttled_events")) {
            if (index >= 0 && index < count)
                throttled.insert(index);
        }
        if (throttled.isEmpty() && quotaUsers.isEmpty() && quotaDevices.isEmpty())
            return classifyHttp(request, effective);

        verdict.outcome = DeliveryOutcome::Retry;
        // Amplitude names the throttled events and how long they wait; the others may go again soon.
        verdict.countsAsAttempt = false;
        verdict.retryAfterMs = retryAfterMs(response.header("Retry-After"));
        const qint64 pause
            = request.url.path().endsWith(QLatin1String("/batch")) ? batchThrottlePauseMs : throttlePauseMs;
        const QJsonArray sent = bodyEvents(request);
        for (int index = 0; index < count; ++index) {
            const QJsonObject event = sent.at(index).toObject();
            const QString user = event.value(QLatin1String("user_id")).toString();
            const QString device = event.value(QLatin1String("device_id")).toString();
            DeliveryVerdict::Item item;
            item.index = index;
            item.outcome = DeliveryOutcome::Retry;
            if ((!user.isEmpty() && quotaUsers.contains(user))
                || (!device.isEmpty() && quotaDevices.contains(device))) {
                item.retryAfterMs = dailyQuotaPauseMs;
                item.reason = tr("the user or device is over Amplitude's daily event quota");
            } else if (throttled.contains(index)) {
                item.retryAfterMs = pause;
                item.reason = tr("Amplitude throttled the user or device");
            } else {
                continue;
            }
            verdict.items.append(item);
        }
        return verdict;
    }

    return classifyHttp(request, effective);
}

} // namespace Journey

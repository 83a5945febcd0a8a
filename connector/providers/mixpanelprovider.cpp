// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "mixpanelprovider.h"

#include "core/timestamp.h"
#include "dedupids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <optional>

namespace Journey {

namespace {

QString settingName(const QString& key)
{
    return QStringLiteral("journey.providers.mixpanel.") + key;
}

// Where a record goes. Events go to /import when a secret is configured, else to /track; $create_alias is
// documented on /track only, so it goes there in both modes.
enum Stream { ImportStream, TrackStream, EngageStream, GroupsStream, StreamCount };

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
    QString token;
    QString groupKey;
    bool import = false;
    qint64 nowMs = 0;
};

} // namespace

bool MixpanelProvider::isForbiddenId(const QString& id)
{
    static const QStringList forbidden {
        QStringLiteral("00000000-0000-0000-0000-000000000000"),
        QStringLiteral("anon"),
        QStringLiteral("anonymous"),
        QStringLiteral("nil"),
        QStringLiteral("none"),
        QStringLiteral("null"),
        QStringLiteral("n/a"),
        QStringLiteral("na"),
        QStringLiteral("undefined"),
        QStringLiteral("unknown"),
        QStringLiteral("<nil>"),
        QStringLiteral("0"),
        QStringLiteral("-1"),
        QStringLiteral("true"),
        QStringLiteral("false"),
        QStringLiteral("[]"),
        QStringLiteral("{}"),
    };
    return forbidden.contains(id.trimmed(), Qt::CaseInsensitive);
}

namespace {

// A canonical id as text (ids may arrive as numbers).
QString idText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

// Segment context paths with a Mixpanel default property (Mixpanel "Default Properties", the names Mixpanel's
// own SDKs and Segment's Mixpanel destination use).
const char* mappedContextProperty(const QString& path)
{
    struct Field
    {
        const char* path;
        const char* property;
    };
    static const Field fields[] = {
        { "app.name", "$app_name" },
        { "app.namespace", "$app_namespace" },
        { "app.build", "$app_build_number" },
        { "app.version", "$app_version_string" },
        { "device.manufacturer", "$manufacturer" },
        { "device.model", "$model" },
        { "device.name", "$device_name" },
        { "device.type", "$device_type" },
        { "os.name", "$os" },
        { "os.version", "$os_version" },
        { "screen.width", "$screen_width" },
        { "screen.height", "$screen_height" },
        { "screen.density", "$screen_density" },
        { "network.carrier", "$carrier" },
        { "network.wifi", "$wifi_enabled" },
        { "network.bluetooth", "$bluetooth_enabled" },
        { "network.cellular", "$cellular_enabled" },
        { "locale", "$locale" },
        { "page.url", "$current_url" },
        { "page.referrer", "$referrer" },
        { "page.path", "current_url_path" },
        { "page.title", "current_page_title" },
        { "page.search", "current_url_search" },
        { "campaign.name", "utm_campaign" },
        { "campaign.source", "utm_source" },
        { "campaign.medium", "utm_medium" },
        { "campaign.term", "utm_term" },
        { "campaign.content", "utm_content" },
        { "library.name", "mp_lib" },
        { "library.version", "$lib_version" },
        { "ip", "ip" },
    };
    for (const Field& field : fields) {
        if (path == QLatin1String(field.path))
            return field.property;
    }
    return nullptr;
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

// Context as event properties: known fields under Mixpanel's names, the rest kept as "context.<path>" so that
// nothing is lost (Mixpanel has no separate place for context).
QJsonObject contextProperties(const QJsonObject& context, const QString& groupKey)
{
    QJsonObject properties;
    properties.insert(QStringLiteral("mp_lib"), QStringLiteral("journey-connector"));
    QList<QPair<QString, QJsonValue>> leaves;
    flatten(context, {}, leaves);
    for (const auto& [path, value] : leaves) {
        if (path == QLatin1String("groupId")) {
            // The group an event belongs to is a property named by the group key (providers.md §2.6).
            properties.insert(groupKey, value);
            continue;
        }
        if (const char* property = mappedContextProperty(path))
            properties.insert(QLatin1String(property), value);
        else
            properties.insert(QStringLiteral("context.") + path, value);
    }
    return properties;
}

// Segment reserved traits with a Mixpanel reserved profile property.
QJsonObject profileProperties(const QJsonObject& traits)
{
    static const QList<QPair<QLatin1String, QLatin1String>> reserved {
        { QLatin1String("email"), QLatin1String("$email") },
        { QLatin1String("name"), QLatin1String("$name") },
        { QLatin1String("firstName"), QLatin1String("$first_name") },
        { QLatin1String("lastName"), QLatin1String("$last_name") },
        { QLatin1String("phone"), QLatin1String("$phone") },
        { QLatin1String("createdAt"), QLatin1String("$created") },
        { QLatin1String("avatar"), QLatin1String("$avatar") },
    };
    QJsonObject out;
    for (auto it = traits.begin(); it != traits.end(); ++it) {
        QString key = it.key();
        for (const auto& [trait, property] : reserved) {
            if (key == trait) {
                key = property;
                break;
            }
        }
        out.insert(key, it.value());
    }
    return out;
}

void collectLongStrings(const QJsonValue& value, const QString& path, QStringList& out)
{
    if (value.isString()) {
        if (value.toString().size() > 255)
            out.append(path);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectLongStrings(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectLongStrings(array.at(i), path + QStringLiteral("[%1]").arg(i), out);
    }
}

// What Mixpanel does to oversized properties (providers.md §2.3): it truncates strings to 255 characters and
// keeps fewer than 255 properties.
void noteLimits(const QJsonObject& properties, QStringList& notes)
{
    QStringList longStrings;
    collectLongStrings(properties, {}, longStrings);
    if (!longStrings.isEmpty())
        notes.append(QCoreApplication::translate(
            "Journey::MixpanelProvider", "Mixpanel keeps only the first 255 characters of %1")
                         .arg(longStrings.join(QStringLiteral(", "))));
    if (properties.size() >= 255)
        notes.append(QCoreApplication::translate(
            "Journey::MixpanelProvider", "the event has %1 properties; Mixpanel keeps fewer than 255")
                         .arg(properties.size()));
}

void putReserved(
    QJsonObject& properties, const QString& key, const QJsonValue& value, const QJsonObject& given, QStringList& notes)
{
    if (given.contains(key) && given.value(key) != value)
        notes.append(QCoreApplication::translate(
            "Journey::MixpanelProvider", "property \"%1\" is reserved by Mixpanel; the connector's value replaced it")
                         .arg(key));
    properties.insert(key, value);
}

QString insertIdOf(const QString& messageId)
{
    const QString id = DedupIds::insertId(messageId);
    // A message id like "null" would be taken as is and refused; its hash never is.
    return MixpanelProvider::isForbiddenId(id) ? DedupIds::insertId(QStringLiteral("journey:") + messageId) : id;
}

struct Ids
{
    QString userId;
    QString anonymousId;

    QString distinctId() const { return userId.isEmpty() ? anonymousId : userId; }
};

Ids idsOf(const QJsonObject& message, QStringList& notes)
{
    Ids ids;
    ids.userId = idText(message.value(QLatin1String("userId")));
    ids.anonymousId = idText(message.value(QLatin1String("anonymousId")));
    if (!ids.userId.isEmpty() && MixpanelProvider::isForbiddenId(ids.userId)) {
        notes.append(QCoreApplication::translate(
            "Journey::MixpanelProvider", "userId \"%1\" is a value Mixpanel refuses as an id; it was left out")
                         .arg(ids.userId));
        ids.userId.clear();
    }
    if (!ids.anonymousId.isEmpty() && MixpanelProvider::isForbiddenId(ids.anonymousId)) {
        notes.append(QCoreApplication::translate(
            "Journey::MixpanelProvider", "anonymousId \"%1\" is a value Mixpanel refuses as an id; it was left out")
                         .arg(ids.anonymousId));
        ids.anonymousId.clear();
    }
    return ids;
}

// Properties of an event: context, then \a derived (page fields), then the event's own properties, then the
// fields Mixpanel reserves. \a timeMs < 0 leaves `time` out (Mixpanel then uses the time it receives it).
QJsonObject eventProperties(const QJsonObject& message, const QJsonObject& derived, const QJsonObject& given,
    const Ids& ids, qint64 timeMs, const Options& options, QStringList& notes)
{
    QJsonObject properties = contextProperties(message.value(QLatin1String("context")).toObject(), options.groupKey);
    for (auto it = derived.begin(); it != derived.end(); ++it)
        properties.insert(it.key(), it.value());
    for (auto it = given.begin(); it != given.end(); ++it)
        properties.insert(it.key(), it.value());
    putReserved(properties, QStringLiteral("token"), options.token, given, notes);
    if (timeMs >= 0)
        putReserved(properties, QStringLiteral("time"), timeMs, given, notes);
    putReserved(properties, QStringLiteral("distinct_id"), ids.distinctId(), given, notes);
    putReserved(properties, QStringLiteral("$insert_id"),
        insertIdOf(message.value(QLatin1String("messageId")).toString()), given, notes);
    // Simplified ID Merge: the first event with both ids links them (providers.md §2.5).
    if (!ids.anonymousId.isEmpty())
        putReserved(properties, QStringLiteral("$device_id"), ids.anonymousId, given, notes);
    if (!ids.userId.isEmpty())
        putReserved(properties, QStringLiteral("$user_id"), ids.userId, given, notes);
    if (ids.distinctId().isEmpty())
        notes.append(QCoreApplication::translate("Journey::MixpanelProvider",
            "the event has no id Mixpanel accepts; it is sent with an empty distinct_id, tied to no user"));
    noteLimits(properties, notes);
    return properties;
}

QJsonObject eventObject(const QString& name, const QJsonObject& properties)
{
    return QJsonObject { { QStringLiteral("event"), name }, { QStringLiteral("properties"), properties } };
}

// The fields of mixpanel-js track_pageview() (providers.md §2.6), from the page call's properties or else
// its context.page.
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
    const QString url = field(QLatin1String("url"));
    put(QStringLiteral("$current_url"), url);
    put(QStringLiteral("current_url_path"), field(QLatin1String("path")));
    put(QStringLiteral("current_page_title"), field(QLatin1String("title")));
    put(QStringLiteral("current_url_search"), field(QLatin1String("search")));
    put(QStringLiteral("$referrer"), field(QLatin1String("referrer")));
    if (!url.isEmpty()) {
        const QUrl parsed(url);
        put(QStringLiteral("current_domain"), parsed.host());
        if (!parsed.scheme().isEmpty())
            put(QStringLiteral("current_url_protocol"), parsed.scheme() + QLatin1Char(':'));
        if (!out.contains(QLatin1String("current_url_path")))
            put(QStringLiteral("current_url_path"), parsed.path());
        if (!out.contains(QLatin1String("current_url_search")) && parsed.hasQuery())
            put(QStringLiteral("current_url_search"), QLatin1Char('?') + parsed.query(QUrl::FullyEncoded));
    }
    put(QStringLiteral("name"), message.value(QLatin1String("name")).toString());
    put(QStringLiteral("category"), message.value(QLatin1String("category")).toString());
    return out;
}

// A profile update's common fields. $ip "0" keeps Mixpanel from locating the profile by the connector's
// own address.
QJsonObject profileUpdate(const QString& token, const QString& distinctId, const QJsonObject& message, qint64 timeMs)
{
    const QString ip = message.value(QLatin1String("context")).toObject().value(QLatin1String("ip")).toString();
    return QJsonObject {
        { QStringLiteral("$token"), token },
        { QStringLiteral("$distinct_id"), distinctId },
        { QStringLiteral("$ip"), ip.isEmpty() ? QStringLiteral("0") : ip },
        { QStringLiteral("$time"), timeMs },
    };
}

void noteContextNotSent(const QJsonObject& message, QStringList& notes)
{
    QStringList keys;
    const QJsonObject context = message.value(QLatin1String("context")).toObject();
    for (auto it = context.begin(); it != context.end(); ++it) {
        if (it.key() != QLatin1String("ip"))
            keys.append(QStringLiteral("context.") + it.key());
    }
    if (!keys.isEmpty())
        notes.append(QCoreApplication::translate(
            "Journey::MixpanelProvider", "Mixpanel profile updates carry no event context; not sent: %1")
                         .arg(keys.join(QStringLiteral(", "))));
}

Encoded encodeOne(const OutboundEvent& event, const Options& options)
{
    Encoded out;
    const QJsonObject& message = event.message;
    const std::optional<qint64> parsedTime
        = Timestamp::parseIso8601(message.value(QLatin1String("timestamp")).toString().toUtf8());
    if (!parsedTime) {
        out.rejection = QCoreApplication::translate("Journey::MixpanelProvider", "the event has no valid timestamp");
        return out;
    }
    const qint64 timeMs = *parsedTime;
    const bool tooOldForTrack = !options.import && timeMs < options.nowMs - MixpanelProvider::trackWindowMs;
    const QString tooOld = QCoreApplication::translate("Journey::MixpanelProvider",
        "Mixpanel's /track endpoint ingests only events of the last 5 days; set apiSecret or "
        "serviceAccount to send older events through /import");
    const Stream eventStream = options.import ? ImportStream : TrackStream;
    const QJsonObject given = message.value(QLatin1String("properties")).toObject();

    switch (event.type) {
    case EventType::Track:
    case EventType::Page:
    case EventType::Screen: {
        if (tooOldForTrack) {
            out.rejection = tooOld;
            return out;
        }
        QString name;
        QJsonObject derived;
        if (event.type == EventType::Track) {
            name = message.value(QLatin1String("event")).toString();
            if (name.isEmpty()) {
                out.rejection
                    = QCoreApplication::translate("Journey::MixpanelProvider", "a track call needs an event name");
                return out;
            }
        } else if (event.type == EventType::Page) {
            // What Mixpanel's own web SDK sends for a page view, so Mixpanel's page reports work.
            name = QStringLiteral("$mp_web_page_view");
            derived = pageFields(message);
        } else {
            // What Mixpanel's mobile autocapture sends for a screen view.
            name = QStringLiteral("$mp_page_view");
            const QString screen = message.value(QLatin1String("name")).toString();
            if (!screen.isEmpty()) {
                derived.insert(QStringLiteral("current_page_title"), screen);
                derived.insert(QStringLiteral("name"), screen);
            }
            const QString category = message.value(QLatin1String("category")).toString();
            if (!category.isEmpty())
                derived.insert(QStringLiteral("category"), category);
        }
        const Ids ids = idsOf(message, out.notes);
        out.parts.append({ eventStream,
            eventObject(name, eventProperties(message, derived, given, ids, timeMs, options, out.notes)) });
        return out;
    }
    case EventType::Identify: {
        const Ids ids = idsOf(message, out.notes);
        if (ids.distinctId().isEmpty()) {
            out.rejection = QCoreApplication::translate(
                "Journey::MixpanelProvider", "an identify call needs a userId or anonymousId that Mixpanel accepts");
            return out;
        }
        QJsonObject update = profileUpdate(options.token, ids.distinctId(), message, timeMs);
        update.insert(QStringLiteral("$set"), profileProperties(message.value(QLatin1String("traits")).toObject()));
        out.parts.append({ EngageStream, update });
        if (!ids.userId.isEmpty() && !ids.anonymousId.isEmpty()) {
            if (tooOldForTrack) {
                out.notes.append(QCoreApplication::translate(
                    "Journey::MixpanelProvider", "the $identify event linking anonymousId to userId was not sent: %1")
                                     .arg(tooOld));
                noteContextNotSent(message, out.notes);
            } else {
                // $identify links the ids under Original ID Merge; carrying $device_id and $user_id, it links
                // them under Simplified ID Merge too (what mixpanel-js sends on identify()).
                const QJsonObject linkage {
                    { QStringLiteral("$identified_id"), ids.userId },
                    { QStringLiteral("$anon_id"), ids.anonymousId },
                };
                out.parts.append({ eventStream,
                    eventObject(QStringLiteral("$identify"),
                        eventProperties(message, linkage, {}, ids, timeMs, options, out.notes)) });
            }
        } else {
            noteContextNotSent(message, out.notes);
        }
        return out;
    }
    case EventType::Group: {
        const QString groupId = idText(message.value(QLatin1String("groupId")));
        if (groupId.isEmpty()) {
            out.rejection = QCoreApplication::translate("Journey::MixpanelProvider", "a group call needs a groupId");
            return out;
        }
        const Ids ids = idsOf(message, out.notes);
        out.parts.append({ GroupsStream,
            QJsonObject {
                { QStringLiteral("$token"), options.token },
                { QStringLiteral("$group_key"), options.groupKey },
                { QStringLiteral("$group_id"), groupId },
                { QStringLiteral("$set"), profileProperties(message.value(QLatin1String("traits")).toObject()) },
            } });
        if (ids.distinctId().isEmpty()) {
            out.notes.append(QCoreApplication::translate("Journey::MixpanelProvider",
                "the user has no id Mixpanel accepts; only the group profile was updated"));
        } else {
            // Membership lives on the user profile under the group key (mixpanel-js add_group()).
            QJsonObject update = profileUpdate(options.token, ids.distinctId(), message, timeMs);
            update.insert(QStringLiteral("$union"), QJsonObject { { options.groupKey, QJsonArray { groupId } } });
            out.parts.append({ EngageStream, update });
        }
        noteContextNotSent(message, out.notes);
        return out;
    }
    case EventType::Alias: {
        const QString previousId = idText(message.value(QLatin1String("previousId")));
        QString newId = idText(message.value(QLatin1String("userId")));
        if (newId.isEmpty())
            newId = idText(message.value(QLatin1String("anonymousId")));
        if (previousId.isEmpty() || newId.isEmpty()) {
            out.rejection = QCoreApplication::translate(
                "Journey::MixpanelProvider", "an alias call needs a previousId and a userId");
            return out;
        }
        if (MixpanelProvider::isForbiddenId(previousId) || MixpanelProvider::isForbiddenId(newId)) {
            out.rejection = QCoreApplication::translate("Journey::MixpanelProvider", "Mixpanel refuses \"%1\" as an id")
                                .arg(MixpanelProvider::isForbiddenId(previousId) ? previousId : newId);
            return out;
        }
        // {"distinct_id": "<existing>", "alias": "<new>"} (providers.md §2.5). No `time`: an identity call takes
        // effect when received, and /track would drop one older than 5 days.
        QJsonObject properties
            = contextProperties(message.value(QLatin1String("context")).toObject(), options.groupKey);
        properties.insert(QStringLiteral("distinct_id"), previousId);
        properties.insert(QStringLiteral("alias"), newId);
        properties.insert(QStringLiteral("token"), options.token);
        properties.insert(
            QStringLiteral("$insert_id"), insertIdOf(message.value(QLatin1String("messageId")).toString()));
        out.parts.append({ TrackStream, eventObject(QStringLiteral("$create_alias"), properties) });
        out.notes.append(QCoreApplication::translate("Journey::MixpanelProvider",
            "$create_alias only merges ids in projects on Original ID Merge; under Simplified ID Merge "
            "Mixpanel links ids from events that carry both $device_id and $user_id"));
        return out;
    }
    }
    out.rejection = QCoreApplication::translate("Journey::MixpanelProvider", "unknown event type");
    return out;
}

// Groups records into requests of at most \a maxEvents records and \a maxBytes bytes of "[a,b,…]".
QList<QList<Record>> pack(const QList<Record>& records, int maxEvents, qint64 maxBytes)
{
    QList<QList<Record>> out;
    QList<Record> current;
    qint64 size = 2;
    for (const Record& record : records) {
        const qint64 extra = record.json.size() + (current.isEmpty() ? 0 : 1);
        if (!current.isEmpty() && (current.size() >= maxEvents || size + extra > maxBytes)) {
            out.append(current);
            current.clear();
            size = 2;
        }
        size += record.json.size() + (current.isEmpty() ? 0 : 1);
        current.append(record);
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QByteArray arrayBody(const QList<Record>& records)
{
    QByteArray body;
    qint64 size = 2;
    for (const Record& record : records)
        size += record.json.size() + 1;
    body.reserve(size);
    body.append('[');
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i > 0)
            body.append(',');
        body.append(records[i].json);
    }
    body.append(']');
    return body;
}

// The `status` of a verbose answer ({"status":1,"error":null}) or a plain "1"/"0"; nothing for other bodies.
std::optional<int> answerStatus(const QByteArray& body, QString* error)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed == "1")
        return 1;
    if (trimmed == "0")
        return 0;
    const QJsonObject object = QJsonDocument::fromJson(trimmed).object();
    const QJsonValue status = object.value(QLatin1String("status"));
    if (!status.isDouble())
        return std::nullopt;
    if (error)
        *error = object.value(QLatin1String("error")).toString();
    return status.toInt();
}

} // namespace

QString MixpanelProvider::id() const
{
    return QStringLiteral("mixpanel");
}

QString MixpanelProvider::displayName() const
{
    return QStringLiteral("Mixpanel");
}

QStringList MixpanelProvider::integrationNames() const
{
    return { QStringLiteral("Mixpanel"), QStringLiteral("Actions Mixpanel") };
}

QUrl MixpanelProvider::defaultEndpoint() const
{
    return QUrl(QStringLiteral("https://api.mixpanel.com"));
}

BatchLimits MixpanelProvider::limits() const
{
    BatchLimits limits;
    limits.maxEvents = 2000;
    // /import is documented at 10 MB and at 2 MB (providers.md §2.9): the smaller one is safe for both.
    limits.maxRequestBytes = 2 * 1024 * 1024;
    limits.maxEventBytes = 1024 * 1024;
    return limits;
}

QStringList MixpanelProvider::settingKeys() const
{
    return { QStringLiteral("token"), QStringLiteral("apiSecret"), QStringLiteral("serviceAccount"),
        QStringLiteral("projectId"), QStringLiteral("groupKey") };
}

bool MixpanelProvider::configure(const QJsonObject& settings, QString* error)
{
    auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    m_token.clear();
    m_apiSecret.clear();
    m_serviceUser.clear();
    m_serviceSecret.clear();
    m_projectId.clear();
    m_groupKey = QStringLiteral("company");
    m_basicCredentials.clear();

    const QStringList known = settingKeys();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(tr("%1: unknown setting (Mixpanel understands %2)")
                            .arg(settingName(it.key()), known.join(QStringLiteral(", "))));
    }
    auto text = [&](const QString& key, QString& out, bool required) {
        const QJsonValue value = settings.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return fail(tr("%1 is required").arg(settingName(key)));
            return true;
        }
        if (!value.isString())
            return fail(tr("%1 must be a string").arg(settingName(key)));
        out = value.toString().trimmed();
        if (out.isEmpty())
            return fail(tr("%1 must not be empty").arg(settingName(key)));
        return true;
    };
    if (!text(QStringLiteral("token"), m_token, true) || !text(QStringLiteral("apiSecret"), m_apiSecret, false)
        || !text(QStringLiteral("groupKey"), m_groupKey, false))
        return false;

    const QJsonValue project = settings.value(QLatin1String("projectId"));
    if (project.isString() && !project.toString().trimmed().isEmpty())
        m_projectId = project.toString().trimmed();
    else if (project.isDouble() && project.toDouble() == double(project.toInteger()) && project.toInteger() > 0)
        m_projectId = QString::number(project.toInteger());
    else if (!project.isUndefined() && !project.isNull())
        return fail(tr("%1 must be a project id (a number or a string of digits)")
                        .arg(settingName(QStringLiteral("projectId"))));

    const QJsonValue account = settings.value(QLatin1String("serviceAccount"));
    if (!account.isUndefined() && !account.isNull()) {
        const QString accountKey = settingName(QStringLiteral("serviceAccount"));
        if (!account.isObject())
            return fail(tr("%1 must be an object with \"username\" and \"secret\"").arg(accountKey));
        const QJsonObject object = account.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("username") && it.key() != QLatin1String("secret"))
                return fail(tr("%1.%2: unknown setting (a service account has \"username\" and \"secret\")")
                                .arg(accountKey, it.key()));
        }
        const QJsonValue user = object.value(QLatin1String("username"));
        const QJsonValue secret = object.value(QLatin1String("secret"));
        if (!user.isString() || user.toString().trimmed().isEmpty())
            return fail(tr("%1.username is required and must be a string").arg(accountKey));
        if (!secret.isString() || secret.toString().trimmed().isEmpty())
            return fail(tr("%1.secret is required and must be a string").arg(accountKey));
        m_serviceUser = user.toString().trimmed();
        m_serviceSecret = secret.toString().trimmed();
        if (!m_apiSecret.isEmpty())
            return fail(
                tr("%1 and %2: set one of them, not both").arg(settingName(QStringLiteral("apiSecret")), accountKey));
        if (m_projectId.isEmpty())
            return fail(tr("%1 is required with a service account").arg(settingName(QStringLiteral("projectId"))));
        m_basicCredentials = (m_serviceUser + QLatin1Char(':') + m_serviceSecret).toUtf8().toBase64();
    } else if (!m_apiSecret.isEmpty()) {
        // The legacy project secret is the user name, with an empty password.
        m_basicCredentials = (m_apiSecret + QLatin1Char(':')).toUtf8().toBase64();
    }
    return true;
}

QStringList MixpanelProvider::secrets() const
{
    QStringList out;
    for (const QString& value : { m_token, m_apiSecret, m_serviceSecret }) {
        if (!value.isEmpty())
            out.append(value);
    }
    // The Authorization header carries the credentials base64-encoded: mask that form too.
    if (!m_basicCredentials.isEmpty())
        out.append(QString::fromLatin1(m_basicCredentials));
    return out;
}

EncodedBatch MixpanelProvider::encode(const QList<OutboundEvent>& events, const BatchLimits& limits) const
{
    EncodedBatch batch;
    Options options;
    options.token = m_token;
    options.groupKey = m_groupKey;
    options.import = usesImport();
    options.nowMs = Timestamp::nowMs();
    const int maxEvents = qMax(1, limits.maxEvents);

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
                tooLarge = tr("the event is %1 bytes as Mixpanel JSON, over the limit of %2 bytes per event")
                               .arg(json.size())
                               .arg(limits.maxEventBytes);
                break;
            }
            if (json.size() + 2 > limits.maxRequestBytes) {
                tooLarge = tr("the event is %1 bytes as Mixpanel JSON and does not fit in a request of %2 bytes")
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

    for (int stream = 0; stream < StreamCount; ++stream) {
        for (const QList<Record>& records : pack(streams[stream], maxEvents, limits.maxRequestBytes)) {
            ProviderRequest request;
            QUrlQuery query;
            QString path;
            switch (Stream(stream)) {
            case ImportStream:
                path = QStringLiteral("/import");
                query.addQueryItem(QStringLiteral("strict"), QStringLiteral("1"));
                if (!m_projectId.isEmpty())
                    query.addQueryItem(QStringLiteral("project_id"), m_projectId);
                request.headers.append(
                    { QByteArrayLiteral("Authorization"), QByteArray("Basic " + m_basicCredentials) });
                request.gzip = true;
                request.label = tr("/import: %n event(s)", nullptr, int(records.size()));
                break;
            case TrackStream:
                path = QStringLiteral("/track");
                query.addQueryItem(QStringLiteral("ip"), QStringLiteral("0"));
                query.addQueryItem(QStringLiteral("verbose"), QStringLiteral("1"));
                request.gzip = true;
                request.label = tr("/track: %n event(s)", nullptr, int(records.size()));
                break;
            case EngageStream:
                path = QStringLiteral("/engage");
                query.addQueryItem(QStringLiteral("ip"), QStringLiteral("0"));
                query.addQueryItem(QStringLiteral("verbose"), QStringLiteral("1"));
                request.label = tr("/engage: %n profile update(s)", nullptr, int(records.size()));
                break;
            case GroupsStream:
                path = QStringLiteral("/groups");
                query.addQueryItem(QStringLiteral("verbose"), QStringLiteral("1"));
                request.label = tr("/groups: %n group update(s)", nullptr, int(records.size()));
                break;
            case StreamCount:
                break;
            }
            request.url = urlFor(path);
            request.url.setQuery(query);
            request.headers.prepend({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
            request.body = arrayBody(records);
            for (const Record& record : records)
                request.items.append(record.index);
            batch.requests.append(request);
        }
    }
    return batch;
}

DeliveryVerdict MixpanelProvider::classify(const ProviderRequest& request, const ProviderResponse& response) const
{
    if (!response.transportError.isEmpty() || response.status == 0)
        return classifyHttp(request, response);
    const bool isImport = request.url.path().endsWith(QLatin1String("/import"));
    const bool success = response.status >= 200 && response.status < 300;

    if (isImport) {
        if (response.status != 400)
            return classifyHttp(request, response);
        // strict=1 partial success: the records in failed_records were refused, the others imported.
        const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
        const QJsonArray failed = answer.value(QLatin1String("failed_records")).toArray();
        DeliveryVerdict verdict; // Delivered, but for the listed records
        const QString whole = describe(response);
        for (const QJsonValue& value : failed) {
            const QJsonObject record = value.toObject();
            const int index = record.value(QLatin1String("index")).toInt(-1);
            if (index < 0 || index >= request.items.size())
                continue;
            DeliveryVerdict::Item item;
            item.index = index;
            item.outcome = DeliveryOutcome::Failed;
            const QString field = record.value(QLatin1String("field")).toString();
            const QString message = record.value(QLatin1String("message")).toString();
            item.reason = field.isEmpty() || message.contains(field) ? message : field + QStringLiteral(": ") + message;
            if (item.reason.isEmpty())
                item.reason = whole;
            verdict.items.append(item);
        }
        if (verdict.items.isEmpty())
            return classifyHttp(request, response); // the whole request was refused
        return verdict;
    }

    if (!success)
        return classifyHttp(request, response);
    QString error;
    const std::optional<int> status = answerStatus(response.body, &error);
    DeliveryVerdict verdict;
    if (!status || *status == 1)
        return verdict;
    verdict.reason
        = error.isEmpty() ? tr("Mixpanel refused the data (answer 0)") : tr("Mixpanel refused the data: %1").arg(error);
    // The answer does not say which record was refused. Resending halves finds it; the others are kept once
    // thanks to $insert_id (profile operations are idempotent). A token problem concerns every record.
    if (request.items.size() > 1 && !error.contains(QLatin1String("token"), Qt::CaseInsensitive)) {
        verdict.outcome = DeliveryOutcome::Retry;
        verdict.splitBatch = true;
        verdict.countsAsAttempt = false;
        verdict.retryAfterMs = 0;
    } else {
        verdict.outcome = DeliveryOutcome::Failed;
    }
    return verdict;
}

} // namespace Journey

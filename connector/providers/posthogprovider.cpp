// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "posthogprovider.h"

#include "core/timestamp.h"
#include "dedupids.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace Journey {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("Journey::PostHogProvider", text, nullptr, n);
}

const QString defaultGroupType = QStringLiteral("company");

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
const QStringList transportKeys = {
    QStringLiteral("type"),
    QStringLiteral("messageId"),
    QStringLiteral("timestamp"),
    QStringLiteral("originalTimestamp"),
    QStringLiteral("sentAt"),
    QStringLiteral("receivedAt"),
    QStringLiteral("version"),
    QStringLiteral("_metadata"),
    QStringLiteral("writeKey"),
    QStringLiteral("integrations"),
    QStringLiteral("channel"),
    QStringLiteral("userId"),
    QStringLiteral("anonymousId"),
    QStringLiteral("context"),
};

bool isScalar(const QJsonValue& value)
{
    return value.isString() || value.isDouble() || value.isBool();
}

/// userId / anonymousId / groupId / previousId as a string; numbers are accepted as the Segment spec allows.
QString idOf(const QJsonObject& message, QLatin1String key)
{
    const QJsonValue value = message.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    return {};
}

/// `host[:port]` of \a url, as `location.host` gives it; empty when it has no host.
QString hostOf(const QString& url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return {};
    return parsed.port() == -1 ? parsed.host() : parsed.host() + QLatin1Char(':') + QString::number(parsed.port());
}

/// The PostHog properties of a canonical `context` (see the class comment).
QJsonObject contextProperties(QJsonObject context, const QString& groupType)
{
    QJsonObject properties;
    if (context.isEmpty())
        return properties;
    for (const ContextField& field : contextFields) {
        const QLatin1String member(field.member);
        const QLatin1String property(field.property);
        if (!field.parent) {
            const QJsonValue value = context.value(member);
            if (isScalar(value)) {
                properties.insert(property, value);
                context.remove(member);
            }
            continue;
        }
        const QLatin1String parent(field.parent);
        const QJsonValue parentValue = context.value(parent);
        if (!parentValue.isObject())
            continue;
        QJsonObject object = parentValue.toObject();
        const QJsonValue value = object.value(member);
        if (!isScalar(value))
            continue;
        properties.insert(property, value);
        object.remove(member);
        if (object.isEmpty())
            context.remove(parent);
        else
            context.insert(parent, object);
    }

    const QJsonValue campaign = context.value(QLatin1String("campaign"));
    if (campaign.isObject()) {
        const QJsonObject fields = campaign.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString key = it.key() == QLatin1String("name") ? QStringLiteral("campaign") : it.key();
            properties.insert(QStringLiteral("utm_") + key, it.value());
        }
        context.remove(QLatin1String("campaign"));
    }

    const QString groupId = idOf(context, QLatin1String("groupId"));
    if (!groupId.isEmpty()) {
        properties.insert(QStringLiteral("$groups"), QJsonObject { { groupType, groupId } });
        context.remove(QLatin1String("groupId"));
    }

    for (auto it = context.begin(); it != context.end(); ++it)
        properties.insert(QStringLiteral("segment_") + it.key(), it.value());
    return properties;
}

/// Copies \a from into \a to; members of \a from win.
void merge(QJsonObject& to, const QJsonObject& from)
{
    if (to.isEmpty()) {
        to = from; // shared until the first change: one copy instead of an insert per member
        return;
    }
    for (auto it = from.begin(); it != from.end(); ++it)
        to.insert(it.key(), it.value());
}

bool isPostHogAppHost(const QUrl& url, QLatin1String host)
{
    return url.scheme() == QLatin1String("https") && url.host() == host
        && (url.path().isEmpty() || url.path() == QLatin1String("/"));
}

} // namespace

PostHogProvider::PostHogProvider()
    : m_groupType(defaultGroupType)
{ }

PostHogProvider::~PostHogProvider() = default;

QString PostHogProvider::id() const
{
    return QStringLiteral("posthog");
}

QString PostHogProvider::displayName() const
{
    return QStringLiteral("PostHog");
}

QUrl PostHogProvider::defaultEndpoint() const
{
    return QUrl(QStringLiteral("https://us.i.posthog.com"));
}

BatchLimits PostHogProvider::limits() const
{
    BatchLimits limits;
    // `/batch/` has no event-count limit. 1000 per request keeps one failed or split request (a 413 resends
    // everything it carried) bounded while still being 10x the SDKs' batches (node 100, python 100).
    limits.maxEvents = 1000;
    // "20 MB" per body: 20 000 000 bytes is below both the decimal and the binary reading.
    limits.maxRequestBytes = 20 * 1000 * 1000;
    // About 1 MB per event once PostHog has added its own properties; posthog-python drops events over
    // 900 KiB, and so does this.
    limits.maxEventBytes = 900 * 1024;
    return limits;
}

QStringList PostHogProvider::settingKeys() const
{
    return { QStringLiteral("apiKey"), QStringLiteral("host"), QStringLiteral("groupType") };
}

bool PostHogProvider::configure(const QJsonObject& settings, QString* error)
{
    const auto path
        = [this](const char* key) { return QStringLiteral("journey.providers.%1.%2").arg(id(), QLatin1String(key)); };
    const auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };

    const QStringList known = settingKeys();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!known.contains(it.key())) {
            return fail(tr("%1: unknown setting (PostHog understands: %2)")
                            .arg(QStringLiteral("journey.providers.%1.%2").arg(id(), it.key()),
                                known.join(QStringLiteral(", "))));
        }
        if (!it.value().isString() && !it.value().isNull())
            return fail(tr("%1: expected a string").arg(QStringLiteral("journey.providers.%1.%2").arg(id(), it.key())));
    }

    const QString apiKey = settings.value(QLatin1String("apiKey")).toString().trimmed();
    if (apiKey.isEmpty())
        return fail(tr("%1 is missing: PostHog needs the project API key (phc_…)").arg(path("apiKey")));
    if (apiKey.startsWith(QLatin1String("phx_"))) {
        return fail(tr("%1: this is a personal API key (phx_…); capture needs the project API key (phc_…)")
                        .arg(path("apiKey")));
    }

    QUrl endpoint;
    const QString host = settings.value(QLatin1String("host")).toString().trimmed();
    if (!host.isEmpty()) {
        endpoint = QUrl(host, QUrl::StrictMode);
        const QString scheme = endpoint.scheme().toLower();
        if (!endpoint.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || endpoint.host().isEmpty() || endpoint.hasQuery() || endpoint.hasFragment()) {
            return fail(tr("%1: \"%2\" is not an http(s) base URL").arg(path("host"), host));
        }
        // The app hosts do not take events; the python SDK sends to the ingest hosts instead, and so do we.
        if (isPostHogAppHost(endpoint, QLatin1String("app.posthog.com"))
            || isPostHogAppHost(endpoint, QLatin1String("us.posthog.com")))
            endpoint = QUrl(QStringLiteral("https://us.i.posthog.com"));
        else if (isPostHogAppHost(endpoint, QLatin1String("eu.posthog.com")))
            endpoint = QUrl(QStringLiteral("https://eu.i.posthog.com"));
    }

    QString groupType = settings.value(QLatin1String("groupType")).toString().trimmed();
    if (settings.contains(QLatin1String("groupType")) && groupType.isEmpty())
        return fail(tr("%1: expected a group type name such as \"company\"").arg(path("groupType")));
    if (groupType.isEmpty())
        groupType = defaultGroupType;

    m_apiKey = apiKey;
    m_groupType = groupType;
    setConfiguredEndpoint(endpoint);
    return true;
}

QStringList PostHogProvider::secrets() const
{
    if (m_apiKey.isEmpty())
        return {};
    return { m_apiKey };
}

QJsonObject PostHogProvider::eventFor(const OutboundEvent& outbound, QStringList* notes, QString* rejection) const
{
    const QJsonObject& message = outbound.message;
    const EventType type = outbound.type;
    const QString userId = idOf(message, QLatin1String("userId"));
    const QString anonymousId = idOf(message, QLatin1String("anonymousId"));
    const QString person = userId.isEmpty() ? anonymousId : userId;
    if (person.isEmpty()) {
        // PostHog answers 200 and drops events without a distinct_id (§6.3).
        *rejection
            = tr("the message has neither userId nor anonymousId, and PostHog drops events without a distinct_id");
        return {};
    }

    QStringList used = transportKeys;
    QJsonObject properties = contextProperties(message.value(QLatin1String("context")).toObject(), m_groupType);
    merge(properties, message.value(QLatin1String("properties")).toObject());
    used << QStringLiteral("properties");

    QString eventName;
    QString distinctId = person;
    switch (type) {
    case EventType::Track:
        eventName = message.value(QLatin1String("event")).toString();
        if (eventName.isEmpty()) {
            *rejection = tr("the track call has no event name, and PostHog drops events without one");
            return {};
        }
        used << QStringLiteral("event");
        break;
    case EventType::Identify: {
        // Without a userId there is nobody to identify as: only the anonymous person's properties change.
        eventName = userId.isEmpty() ? QStringLiteral("$set") : QStringLiteral("$identify");
        const QJsonObject traits = message.value(QLatin1String("traits")).toObject();
        if (!traits.isEmpty())
            properties.insert(QStringLiteral("$set"), traits);
        if (!userId.isEmpty() && !anonymousId.isEmpty() && anonymousId != userId)
            properties.insert(QStringLiteral("$anon_distinct_id"), anonymousId);
        used << QStringLiteral("traits");
        break;
    }
    case EventType::Page:
    case EventType::Screen: {
        eventName = type == EventType::Page ? QStringLiteral("$pageview") : QStringLiteral("$screen");
        const QJsonObject own = message.value(QLatin1String("properties")).toObject();
        if (type == EventType::Page) {
            for (const PageField& field : pageFields) {
                const QJsonValue value = own.value(QLatin1String(field.property));
                if (value.isString() && !value.toString().isEmpty())
                    properties.insert(QLatin1String(field.posthog), value);
            }
        }
        // A screen's name is `$screen_name`; a page's has no `$` property (PostHog names pages by URL), so it
        // stays `name`, as in Segment's page properties.
        const QString name = message.value(QLatin1String("name")).toString();
        if (type == EventType::Screen && !name.isEmpty())
            properties.insert(QStringLiteral("$screen_name"), name);
        for (const char* key : { "name", "category" }) {
            const QString member = QString::fromLatin1(key);
            if (type == EventType::Screen && member == QLatin1String("name"))
                continue;
            const QJsonValue value = message.value(member);
            if (value.isUndefined() || value.isNull())
                continue;
            if (!own.contains(member)) {
                properties.insert(member, value);
            } else if (own.value(member) != value) {
                notes->append(tr("the %1 \"%2\" is not sent: the properties carry a different %1, which wins")
                                  .arg(member, value.toVariant().toString()));
            }
        }
        used << QStringLiteral("name") << QStringLiteral("category");
        break;
    }
    case EventType::Group: {
        const QString groupId = idOf(message, QLatin1String("groupId"));
        if (groupId.isEmpty()) {
            *rejection = tr("the group call has no groupId");
            return {};
        }
        eventName = QStringLiteral("$groupidentify");
        distinctId = QLatin1Char('$') + m_groupType + QLatin1Char('_') + groupId;
        properties.insert(QStringLiteral("$group_type"), m_groupType);
        properties.insert(QStringLiteral("$group_key"), groupId);
        properties.insert(QStringLiteral("$group_set"), message.value(QLatin1String("traits")).toObject());
        notes->append(tr("PostHog keeps the group's traits but has no membership record: %1 is tied to %2 \"%3\" only "
                         "on events that carry context.groupId")
                          .arg(person, m_groupType, groupId));
        used << QStringLiteral("groupId") << QStringLiteral("traits");
        break;
    }
    case EventType::Alias: {
        const QString previousId = idOf(message, QLatin1String("previousId"));
        if (previousId.isEmpty()) {
            *rejection = tr("the alias call has no previousId to merge");
            return {};
        }
        eventName = QStringLiteral("$create_alias");
        properties.insert(QStringLiteral("distinct_id"), person);
        properties.insert(QStringLiteral("alias"), previousId);
        used << QStringLiteral("previousId");
        break;
    }
    }

    // The ids PostHog does not use here (the anonymousId of an identified user's event, both ids of a group
    // call) are kept, like the rest of the Segment data PostHog has no field for.
    const bool anonymousMerged = properties.contains(QLatin1String("$anon_distinct_id"));
    if (!userId.isEmpty() && userId != distinctId && !properties.contains(QLatin1String("segment_userId")))
        properties.insert(QStringLiteral("segment_userId"), userId);
    if (!anonymousId.isEmpty() && anonymousId != distinctId && !anonymousMerged
        && !properties.contains(QLatin1String("segment_anonymousId")))
        properties.insert(QStringLiteral("segment_anonymousId"), anonymousId);

    // `$host` and `$referring_domain` follow from the URLs, as the web SDK derives them.
    const QString currentUrl = properties.value(QLatin1String("$current_url")).toString();
    if (!currentUrl.isEmpty()) {
        const QUrl url(currentUrl);
        const QString host = hostOf(currentUrl);
        if (!host.isEmpty() && !properties.contains(QLatin1String("$host")))
            properties.insert(QStringLiteral("$host"), host);
        if (!properties.contains(QLatin1String("$pathname")) && url.isValid() && !url.path().isEmpty())
            properties.insert(QStringLiteral("$pathname"), url.path());
    }
    const QString referrer = properties.value(QLatin1String("$referrer")).toString();
    if (!referrer.isEmpty() && !properties.contains(QLatin1String("$referring_domain"))) {
        const QString host = hostOf(referrer);
        if (!host.isEmpty())
            properties.insert(QStringLiteral("$referring_domain"), host);
    }
    if (!properties.contains(QLatin1String("$ip")) && !properties.contains(QLatin1String("$geoip_disable")))
        properties.insert(QStringLiteral("$geoip_disable"), true);

    QStringList unused;
    for (auto it = message.begin(); it != message.end(); ++it) {
        if (!used.contains(it.key()))
            unused.append(it.key());
    }
    if (!unused.isEmpty()) {
        notes->append(tr("PostHog has no place for %1 in a %2 call; not sent")
                          .arg(unused.join(QStringLiteral(", ")), QString::fromLatin1(eventTypeName(type))));
    }

    QJsonObject event;
    event.insert(QStringLiteral("event"), eventName);
    event.insert(QStringLiteral("distinct_id"), distinctId);
    event.insert(QStringLiteral("properties"), properties);
    const QString messageId = outbound.messageId();
    if (!messageId.isEmpty())
        event.insert(QStringLiteral("uuid"), DedupIds::uuid(messageId));
    const QString timestamp = message.value(QLatin1String("timestamp")).toString();
    if (!timestamp.isEmpty()) {
        const std::optional<qint64> ms = Timestamp::parseIso8601(timestamp.toUtf8());
        event.insert(QStringLiteral("timestamp"), ms ? Timestamp::toIso8601String(*ms) : timestamp);
    }
    return event;
}

EncodedBatch PostHogProvider::encode(const QList<OutboundEvent>& events, const BatchLimits& limits) const
{
    EncodedBatch out;

    struct Encoded
    {
        int index = 0;
        QByteArray json;
    };
    QList<Encoded> accepted;
    accepted.reserve(events.size());
    for (int i = 0; i < int(events.size()); ++i) {
        QStringList notes;
        QString rejection;
        const QJsonObject event = eventFor(events[i], &notes, &rejection);
        if (!rejection.isEmpty()) {
            out.rejected.append({ i, rejection });
            continue;
        }
        QByteArray json = QJsonDocument(event).toJson(QJsonDocument::Compact);
        if (json.size() > limits.maxEventBytes) {
            out.rejected.append({ i,
                tr("the event is %1 bytes; PostHog takes at most %2 bytes per event")
                    .arg(json.size())
                    .arg(limits.maxEventBytes) });
            continue;
        }
        for (const QString& note : std::as_const(notes))
            out.notes.append({ i, note });
        accepted.append({ i, std::move(json) });
    }

    // Envelope: {"api_key":"…","batch":[…]}; the head is built by QJsonDocument so the key is escaped properly.
    QByteArray prefix
        = QJsonDocument(QJsonObject { { QStringLiteral("api_key"), m_apiKey } }).toJson(QJsonDocument::Compact);
    prefix.chop(1);
    prefix += ",\"batch\":[";
    const QByteArray suffix = QByteArrayLiteral("]}");
    const qint64 overhead = prefix.size() + suffix.size();
    const QUrl url = urlFor(QStringLiteral("/batch/"));
    const int maxEvents = std::max(1, limits.maxEvents);

    QByteArray body;
    QList<int> items;
    auto flush = [&] {
        if (items.isEmpty())
            return;
        body += suffix;
        ProviderRequest request;
        request.method = QByteArrayLiteral("POST");
        request.url = url;
        request.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } };
        request.body = body;
        request.gzip = true;
        request.items = items;
        request.label = tr("batch of %n event(s)", int(items.size()));
        out.requests.append(request);
        body.clear();
        items.clear();
    };

    qint64 unplaced = 0;
    for (const auto& encoded : std::as_const(accepted))
        unplaced += encoded.json.size() + 1;
    for (const Encoded& event : std::as_const(accepted)) {
        if (overhead + event.json.size() > limits.maxRequestBytes) {
            out.rejected.append({ event.index,
                tr("the event is %1 bytes; with the batch envelope it does not fit in a request of at most %2 bytes")
                    .arg(event.json.size())
                    .arg(limits.maxRequestBytes) });
            continue;
        }
        if (!items.isEmpty()
            && (items.size() >= maxEvents
                || body.size() + 1 + event.json.size() + suffix.size() > limits.maxRequestBytes))
            flush();
        if (items.isEmpty()) {
            // One allocation per request: growing a body of hundreds of KB by doubling costs more than filling it.
            body = QByteArray();
            body.reserve(qsizetype(std::min<qint64>(limits.maxRequestBytes, overhead + unplaced)));
            body.append(QByteArrayView(prefix));
        } else {
            body += ',';
        }
        body += event.json;
        unplaced -= event.json.size() + 1;
        items.append(event.index);
    }
    flush();

    const auto byIndex = [](const EncodedBatch::Issue& a, const EncodedBatch::Issue& b) { return a.index < b.index; };
    std::stable_sort(out.rejected.begin(), out.rejected.end(), byIndex);
    // Notes of events rejected for size afterwards are dropped with them: the rejection says it all.
    out.notes.removeIf([&out](const EncodedBatch::Issue& note) {
        return std::any_of(out.rejected.cbegin(), out.rejected.cend(),
            [&note](const EncodedBatch::Issue& rejected) { return rejected.index == note.index; });
    });
    return out;
}

DeliveryVerdict PostHogProvider::classify(const ProviderRequest& request, const ProviderResponse& response) const
{
    DeliveryVerdict verdict = classifyHttp(request, response);
    if (verdict.outcome == DeliveryOutcome::Delivered || !response.transportError.isEmpty() || response.status == 0)
        return verdict;
    // Errors come as {"type":"authentication_error","code":"invalid_api_key","detail":"…"} (§6.5): the detail
    // is the sentence for people, and the JSON around it would use up much of the 200 bytes describe() quotes.
    const QJsonObject error = QJsonDocument::fromJson(response.body).object();
    const QString detail = error.value(QLatin1String("detail")).toString();
    if (!detail.isEmpty()) {
        ProviderResponse shown = response;
        const QString code = error.value(QLatin1String("code")).toString();
        shown.body = (code.isEmpty() ? detail : detail + QStringLiteral(" (") + code + QLatin1Char(')')).toUtf8();
        verdict.reason = describe(shown);
    }
    return verdict;
}

} // namespace Journey

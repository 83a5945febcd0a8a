// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "heapprovider.h"

#include "propertyflattener.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace Journey {

namespace {

// Heap's documented field rules (providers.md §4.2).
constexpr int maxPropertyChars = 1023; // keys and values: "fewer than 1024 characters"
constexpr int maxEventNameChars = 1024;
constexpr int maxIdentityChars = 255;
constexpr int maxBulkEntries = 1000;

// Not documented by Heap (providers.md §0.2 and §9.5). 1 MiB carries a full 1000-event bulk of ~1 KB events
// and stays below the 1–2 MB body caps common in front of ingestion APIs. One event may take 128 KiB: with
// every key and value under 1024 characters that is ~60 full-length properties, more than any real event has.
constexpr qint64 maxRequestBodyBytes = 1024 * 1024;
constexpr qint64 maxEventBodyBytes = 128 * 1024;

const QString& keyAppId()
{
    static const QString key = QStringLiteral("appId");
    return key;
}

const QString& keyAccountIdProperty()
{
    static const QString key = QStringLiteral("accountIdProperty");
    return key;
}

QString settingName(const QString& key)
{
    return QStringLiteral("journey.providers.heap.") + key;
}

/// A string id from JSON: strings as they are, whole numbers without a fraction.
QString idText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9007199254740992.0)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    return {};
}

/// \a text cut to \a maxChars UTF-16 units without splitting a surrogate pair.
QString cut(const QString& text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    int length = maxChars;
    if (length > 0 && text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

QString listed(const QStringList& names)
{
    constexpr int shown = 10;
    QStringList quoted;
    for (qsizetype i = 0; i < names.size() && i < shown; ++i)
        quoted.append(QLatin1Char('"') + cut(names.at(i), 60) + QLatin1Char('"'));
    QString text = quoted.join(QLatin1String(", "));
    if (names.size() > shown)
        text
            += QCoreApplication::translate("Journey::HeapProvider", " and %n more", nullptr, int(names.size() - shown));
    return text;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Properties reduced to what Heap accepts (numbers and strings under 1024 characters), with what changed.
struct Flattened
{
    Q_DECLARE_TR_FUNCTIONS(Journey::HeapProvider) // part of the provider's messages

public:
    PropertyFlattener flattener { QStringLiteral("||") }; // as Heap stores arrays
    QJsonObject values;
    QStringList cutKeys;
    QStringList cutValues;
    QStringList duplicates;

    void put(QString key, QJsonValue value)
    {
        if (key.size() > maxPropertyChars) {
            cutKeys.append(key);
            key = cut(key, maxPropertyChars);
        }
        if (value.isString() && value.toString().size() > maxPropertyChars) {
            cutValues.append(key);
            value = cut(value.toString(), maxPropertyChars);
        }
        if (values.contains(key)) {
            duplicates.append(key);
            return;
        }
        values.insert(key, value);
    }

    void addAll(const QJsonObject& object)
    {
        for (const PropertyFlattener::Property& property : flattener.flattenAll(object))
            put(property.name, property.value);
    }

    void appendNotes(QStringList& notes) const
    {
        if (!flattener.nestedNames().isEmpty())
            notes.append(tr("nested values flattened into dotted keys (Heap takes only numbers and strings): %1")
                             .arg(listed(flattener.nestedNames())));
        if (!flattener.joinedNames().isEmpty())
            notes.append(tr("arrays sent as text joined with \"||\" (as Heap stores arrays): %1")
                             .arg(listed(flattener.joinedNames())));
        if (!flattener.booleanNames().isEmpty())
            notes.append(tr("true/false sent as the text \"true\"/\"false\" (Heap takes only numbers and strings): %1")
                             .arg(listed(flattener.booleanNames())));
        if (!flattener.emptyNames().isEmpty())
            notes.append(tr("null or empty values not sent: %1").arg(listed(flattener.emptyNames())));
        if (!cutKeys.isEmpty())
            notes.append(tr("property names cut to 1023 characters (Heap's limit): %1").arg(listed(cutKeys)));
        if (!cutValues.isEmpty())
            notes.append(tr("values cut to 1023 characters (Heap's limit): %1").arg(listed(cutValues)));
        if (!duplicates.isEmpty())
            notes.append(tr("properties whose flattened name repeats another one, not sent: %1").arg(listed(duplicates)));
    }
};

/// Who an event is about, as Heap names people.
struct Identity
{
    QString identity;
    QString heapUserId; ///< set instead of identity for an anonymous event of a Heap SDK user
    QString note;
    QString error;
};

Identity identityOf(const QJsonObject& message, bool heapUserIdAllowed)
{
    Identity who;
    const QString userId = idText(message.value(QLatin1String("userId")));
    const QString anonymousId = idText(message.value(QLatin1String("anonymousId")));
    if (!userId.isEmpty()) {
        who.identity = userId;
    } else if (heapUserIdAllowed && HeapProvider::isHeapUserId(anonymousId)) {
        who.heapUserId = anonymousId;
        return who;
    } else if (!anonymousId.isEmpty()) {
        who.identity = anonymousId;
        who.note = QCoreApplication::translate("Journey::HeapProvider",
            "no userId: the anonymousId is sent as the Heap identity, so Heap shows this visitor as an "
            "identified user named by the anonymousId");
    } else {
        who.error = QCoreApplication::translate(
            "Journey::HeapProvider", "neither userId nor anonymousId is set: Heap needs an identity");
        return who;
    }
    if (who.identity.size() > maxIdentityChars)
        who.error = QCoreApplication::translate(
            "Journey::HeapProvider", "the identity is %1 characters long; Heap takes at most 255")
                        .arg(who.identity.size());
    return who;
}

void noteUnsentContext(const QJsonObject& message, const QStringList& used, QStringList& notes)
{
    const QJsonObject context = message.value(QLatin1String("context")).toObject();
    QStringList unsent;
    for (auto it = context.begin(); it != context.end(); ++it) {
        if (!used.contains(it.key()))
            unsent.append(QStringLiteral("context.") + it.key());
    }
    if (!unsent.isEmpty())
        notes.append(QCoreApplication::translate(
            "Journey::HeapProvider", "not sent, Heap's server APIs have no field for it: %1")
                         .arg(listed(unsent)));
}

/// Why one encoded entry cannot be sent at all; empty when it fits.
QString sizeProblem(qint64 entryBytes, qint64 soloRequestBytes, const BatchLimits& limits)
{
    if (entryBytes > limits.maxEventBytes)
        return QCoreApplication::translate(
            "Journey::HeapProvider", "encoded for Heap this event takes %1 bytes; the limit is %2 bytes per event")
            .arg(entryBytes)
            .arg(limits.maxEventBytes);
    if (soloRequestBytes > limits.maxRequestBytes)
        return QCoreApplication::translate("Journey::HeapProvider",
            "a request carrying only this event would take %1 bytes; the limit is %2 bytes per request")
            .arg(soloRequestBytes)
            .arg(limits.maxRequestBytes);
    return {};
}

ProviderRequest jsonRequest(const QUrl& url, QByteArray body)
{
    ProviderRequest request;
    request.url = url;
    request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    request.body = std::move(body);
    return request;
}

/// Entries of one bulk endpoint (`{"app_id": …, "<array>": [entries]}`) split into requests within the limits.
class Bulk
{
    Q_DECLARE_TR_FUNCTIONS(Journey::HeapProvider) // part of the provider's messages

public:
    Bulk(const QUrl& url, const QByteArray& head, const char* arrayKey, const char* path, const BatchLimits& limits)
        : m_url(url)
        , m_prefix(head + ",\"" + arrayKey + "\":[")
        , m_path(QString::fromLatin1(path))
        , m_maxEntries(qBound(1, limits.maxEvents, maxBulkEntries))
        , m_maxBytes(limits.maxRequestBytes)
    {
    }

    /// Size of a request carrying only \a entryBytes of entries.
    qint64 soloBytes(qint64 entryBytes) const { return m_prefix.size() + entryBytes + 2; }

    void add(int index, const QByteArray& entry, QList<ProviderRequest>& out)
    {
        if (!m_entries.isEmpty()
            && (m_entries.size() >= m_maxEntries || bytes() + 1 + entry.size() > m_maxBytes))
            flush(out);
        m_entries.append(entry);
        m_items.append(index);
        m_entryBytes += entry.size();
    }

    void flush(QList<ProviderRequest>& out)
    {
        if (m_entries.isEmpty())
            return;
        QByteArray body;
        body.reserve(bytes());
        body += m_prefix;
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (i > 0)
                body += ',';
            body += m_entries.at(i);
        }
        body += "]}";
        ProviderRequest request = jsonRequest(m_url, std::move(body));
        request.items = m_items;
        request.label = tr("%1: %n item(s)", nullptr, int(m_entries.size())).arg(m_path);
        out.append(std::move(request));
        m_entries.clear();
        m_items.clear();
        m_entryBytes = 0;
    }

private:
    qint64 bytes() const { return m_prefix.size() + m_entryBytes + qMax<qint64>(0, m_entries.size() - 1) + 2; }

    QUrl m_url;
    QByteArray m_prefix;
    QString m_path;
    int m_maxEntries;
    qint64 m_maxBytes;
    QList<QByteArray> m_entries;
    QList<int> m_items;
    qint64 m_entryBytes = 0;
};

/// Page and screen properties with the view's own fields (name, category, context.page) filled in.
QJsonObject viewProperties(const QJsonObject& message, bool page)
{
    QJsonObject properties = message.value(QLatin1String("properties")).toObject();
    if (page) {
        const QJsonObject contextPage
            = message.value(QLatin1String("context")).toObject().value(QLatin1String("page")).toObject();
        for (const char* key : { "path", "title", "url", "referrer", "search" }) {
            const QString name = QString::fromLatin1(key);
            if (!properties.contains(name) && contextPage.contains(name))
                properties.insert(name, contextPage.value(name));
        }
    }
    const QString name = message.value(QLatin1String("name")).toString();
    if (!name.isEmpty())
        properties.insert(QStringLiteral("name"), name);
    const QString category = message.value(QLatin1String("category")).toString();
    if (!category.isEmpty() && !properties.contains(QLatin1String("category")))
        properties.insert(QStringLiteral("category"), category);
    return properties;
}

} // namespace

QStringList HeapProvider::integrationNames() const
{
    return { QStringLiteral("Heap"), QStringLiteral("Heap Analytics"), QStringLiteral("Heap Cloud (Actions)"),
        QStringLiteral("Heap Web (Actions)") };
}

QUrl HeapProvider::defaultEndpoint() const
{
    return QUrl(QStringLiteral("https://heapanalytics.com"));
}

BatchLimits HeapProvider::limits() const
{
    BatchLimits limits;
    limits.maxEvents = maxBulkEntries;
    limits.maxRequestBytes = maxRequestBodyBytes;
    limits.maxEventBytes = maxEventBodyBytes;
    return limits;
}

QStringList HeapProvider::settingKeys() const
{
    return { keyAppId(), keyAccountIdProperty() };
}

bool HeapProvider::configure(const QJsonObject& settings, QString* error)
{
    auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    const QStringList keys = settingKeys();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!keys.contains(it.key()))
            return fail(tr("%1: unknown key; expected one of: %2").arg(settingName(it.key()), keys.join(QLatin1String(", "))));
    }

    const QJsonValue appId = settings.value(keyAppId());
    if (appId.isUndefined() || appId.isNull())
        return fail(tr("%1: required: the Heap environment id (sent as app_id)").arg(settingName(keyAppId())));
    if (!appId.isString())
        return fail(tr("%1: expected a string").arg(settingName(keyAppId())));
    if (appId.toString().trimmed().isEmpty())
        return fail(tr("%1: required: the Heap environment id (sent as app_id)").arg(settingName(keyAppId())));

    QString accountIdProperty = QStringLiteral("account_id");
    const QJsonValue property = settings.value(keyAccountIdProperty());
    if (!property.isUndefined()) {
        if (!property.isString())
            return fail(tr("%1: expected a string").arg(settingName(keyAccountIdProperty())));
        accountIdProperty = property.toString();
        if (accountIdProperty.trimmed().isEmpty())
            return fail(tr("%1: expected the name of the user property that holds the account id")
                            .arg(settingName(keyAccountIdProperty())));
        if (accountIdProperty.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0)
            return fail(tr("%1: Heap refuses a user property named \"id\"; choose another name")
                            .arg(settingName(keyAccountIdProperty())));
        if (accountIdProperty.size() > maxPropertyChars)
            return fail(tr("%1: at most 1023 characters").arg(settingName(keyAccountIdProperty())));
    }

    m_appId = appId.toString().trimmed();
    m_accountIdProperty = accountIdProperty;
    return true;
}

QStringList HeapProvider::secrets() const
{
    // The environment id is not secret in the strict sense (Heap's web snippet shows it), but it is the only
    // credential these APIs take: whoever has it can write into the environment.
    if (m_appId.isEmpty())
        return {};
    return { m_appId };
}

bool HeapProvider::isHeapUserId(const QString& text)
{
    if (text.isEmpty() || text.size() > 16)
        return false;
    for (const QChar ch : text) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return false;
    }
    if (text.size() > 1 && text.at(0) == QLatin1Char('0'))
        return false;
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    return ok && value <= (Q_UINT64_C(1) << 53) - 1;
}

EncodedBatch HeapProvider::encode(const QList<OutboundEvent>& events, const BatchLimits& limits) const
{
    EncodedBatch batch;
    QByteArray head = compact(QJsonObject { { QStringLiteral("app_id"), m_appId } });
    head.chop(1); // the closing brace; Bulk appends the array and closes the object
    Bulk tracks(urlFor(QStringLiteral("/api/track")), head, "events", "/api/track", limits);
    Bulk users(urlFor(QStringLiteral("/api/add_user_properties")), head, "users", "/api/add_user_properties", limits);
    Bulk accounts(urlFor(QStringLiteral("/api/add_account_properties")), head, "accounts",
        "/api/add_account_properties", limits);
    const qint64 singleOverhead = head.size() + 1;

    // /api/v1/identify takes one link per call.
    auto linkRequest = [&](const QString& heapUserId, const QString& identity, const QJsonObject& message) {
        QJsonObject body { { QStringLiteral("app_id"), m_appId }, { QStringLiteral("user_id"), heapUserId },
            { QStringLiteral("identity"), identity } };
        const QString timestamp = message.value(QLatin1String("timestamp")).toString();
        if (!timestamp.isEmpty())
            body.insert(QStringLiteral("timestamp"), timestamp);
        ProviderRequest request = jsonRequest(urlFor(QStringLiteral("/api/v1/identify")), compact(body));
        request.label = tr("/api/v1/identify: link a Heap user to an identity");
        return request;
    };

    for (int index = 0; index < events.size(); ++index) {
        const OutboundEvent& event = events.at(index);
        const QJsonObject& message = event.message;
        const QString messageId = event.messageId();
        QStringList notes;
        QString rejection;

        switch (event.type) {
        case EventType::Track:
        case EventType::Page:
        case EventType::Screen: {
            const Identity who = identityOf(message, true);
            if (!who.error.isEmpty()) {
                rejection = who.error;
                break;
            }
            if (!who.note.isEmpty())
                notes.append(who.note);

            QString name;
            QJsonObject properties;
            if (event.type == EventType::Track) {
                name = message.value(QLatin1String("event")).toString();
                if (name.trimmed().isEmpty()) {
                    rejection = tr("track without an event name: Heap needs one");
                    break;
                }
                if (name.size() > maxEventNameChars) {
                    notes.append(tr("event name cut to 1024 characters (Heap's limit)"));
                    name = cut(name, maxEventNameChars);
                }
                properties = message.value(QLatin1String("properties")).toObject();
                noteUnsentContext(message, {}, notes);
            } else if (event.type == EventType::Page) {
                name = QStringLiteral("Page Viewed");
                properties = viewProperties(message, true);
                notes.append(tr("page sent as the custom event \"Page Viewed\" (Heap has no server-side page view)"));
                noteUnsentContext(message, { QStringLiteral("page") }, notes);
            } else {
                name = QStringLiteral("Screen Viewed");
                properties = viewProperties(message, false);
                notes.append(tr("screen sent as the custom event \"Screen Viewed\" (Heap has no server-side screen view)"));
                noteUnsentContext(message, {}, notes);
            }
            Flattened flat;
            flat.addAll(properties);
            flat.appendNotes(notes);

            QJsonObject entry { { QStringLiteral("event"), name },
                { QStringLiteral("timestamp"), message.value(QLatin1String("timestamp")).toString() },
                { QStringLiteral("idempotency_key"), messageId } };
            if (!who.heapUserId.isEmpty())
                entry.insert(QStringLiteral("user_id"), who.heapUserId);
            else
                entry.insert(QStringLiteral("identity"), who.identity);
            if (!flat.values.isEmpty())
                entry.insert(QStringLiteral("properties"), flat.values);
            const QByteArray bytes = compact(entry);
            rejection = sizeProblem(bytes.size(), tracks.soloBytes(bytes.size()), limits);
            if (rejection.isEmpty())
                tracks.add(index, bytes, batch.requests);
            break;
        }

        case EventType::Identify: {
            const Identity who = identityOf(message, false);
            if (!who.error.isEmpty()) {
                rejection = who.error;
                break;
            }
            if (!who.note.isEmpty())
                notes.append(who.note);
            Flattened flat;
            flat.addAll(message.value(QLatin1String("traits")).toObject());
            flat.appendNotes(notes);

            // Heap refuses a user property called id in any casing, and keeps e-mail addresses in its built-in
            // Email property only under the lowercase key.
            QJsonObject traits = flat.values;
            for (const QString& key : traits.keys()) {
                if (key.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0) {
                    traits.remove(key);
                    notes.append(tr("trait \"%1\" not sent: Heap refuses a user property named id").arg(key));
                } else if (key != QLatin1String("email") && key.compare(QLatin1String("email"), Qt::CaseInsensitive) == 0) {
                    const QJsonValue value = traits.take(key);
                    if (flat.values.contains(QLatin1String("email"))) {
                        notes.append(tr("trait \"%1\" not sent: \"email\" is set as well").arg(key));
                    } else {
                        traits.insert(QStringLiteral("email"), value);
                        notes.append(tr("trait \"%1\" sent as \"email\", Heap's built-in Email property").arg(key));
                    }
                }
            }

            const QString userId = idText(message.value(QLatin1String("userId")));
            const QString anonymousId = idText(message.value(QLatin1String("anonymousId")));
            const bool link = !userId.isEmpty() && isHeapUserId(anonymousId);
            if (traits.isEmpty() && !link) {
                rejection = tr("identify without traits, and the anonymousId is not a Heap user id to link: Heap has "
                               "nothing to record");
                break;
            }
            noteUnsentContext(message, {}, notes);

            QByteArray entry;
            if (!traits.isEmpty()) {
                entry = compact(QJsonObject { { QStringLiteral("identity"), who.identity },
                    { QStringLiteral("properties"), traits } });
                rejection = sizeProblem(entry.size(), users.soloBytes(entry.size()), limits);
                if (!rejection.isEmpty())
                    break;
            }
            if (link) {
                ProviderRequest request = linkRequest(anonymousId, userId, message);
                rejection = sizeProblem(request.body.size() - singleOverhead, request.body.size(), limits);
                if (!rejection.isEmpty())
                    break;
                request.items = { index };
                batch.requests.append(std::move(request));
                notes.append(tr("the anonymousId is a Heap user id: its events are moved to the identity with "
                                "/api/v1/identify"));
            }
            if (!entry.isEmpty())
                users.add(index, entry, batch.requests);
            break;
        }

        case EventType::Group: {
            QString groupId = idText(message.value(QLatin1String("groupId")));
            if (groupId.isEmpty()) {
                rejection = tr("group without a groupId: Heap needs the account id");
                break;
            }
            const Identity who = identityOf(message, false);
            if (!who.error.isEmpty()) {
                rejection = who.error;
                break;
            }
            if (!who.note.isEmpty())
                notes.append(who.note);
            if (groupId.size() > maxPropertyChars) {
                notes.append(tr("groupId cut to 1023 characters (Heap's limit for property values)"));
                groupId = cut(groupId, maxPropertyChars);
            }
            const QByteArray userEntry = compact(QJsonObject { { QStringLiteral("identity"), who.identity },
                { QStringLiteral("properties"), QJsonObject { { m_accountIdProperty, groupId } } } });
            rejection = sizeProblem(userEntry.size(), users.soloBytes(userEntry.size()), limits);
            if (!rejection.isEmpty())
                break;

            Flattened flat;
            flat.addAll(message.value(QLatin1String("traits")).toObject());
            flat.appendNotes(notes);
            QByteArray accountEntry;
            if (!flat.values.isEmpty()) {
                accountEntry = compact(QJsonObject { { QStringLiteral("account_id"), groupId },
                    { QStringLiteral("properties"), flat.values } });
                rejection = sizeProblem(accountEntry.size(), accounts.soloBytes(accountEntry.size()), limits);
                if (!rejection.isEmpty())
                    break;
            }
            noteUnsentContext(message, {}, notes);
            users.add(index, userEntry, batch.requests);
            if (!accountEntry.isEmpty())
                accounts.add(index, accountEntry, batch.requests);
            break;
        }

        case EventType::Alias: {
            const QString userId = idText(message.value(QLatin1String("userId")));
            const QString previousId = idText(message.value(QLatin1String("previousId")));
            if (userId.isEmpty()) {
                rejection = tr("alias without a userId: Heap needs the identity to move the Heap user to");
                break;
            }
            if (!isHeapUserId(previousId)) {
                rejection = tr("Heap can only merge a Heap SDK user id (a decimal number) into an identity; "
                               "previousId \"%1\" is not one, so this alias has no Heap equivalent")
                                .arg(cut(previousId, 80));
                break;
            }
            if (userId.size() > maxIdentityChars) {
                rejection = tr("the identity is %1 characters long; Heap takes at most 255").arg(userId.size());
                break;
            }
            ProviderRequest request = linkRequest(previousId, userId, message);
            rejection = sizeProblem(request.body.size() - singleOverhead, request.body.size(), limits);
            if (!rejection.isEmpty())
                break;
            request.items = { index };
            batch.requests.append(std::move(request));
            noteUnsentContext(message, {}, notes);
            break;
        }
        }

        if (!rejection.isEmpty()) {
            batch.rejected.append({ index, rejection });
            continue;
        }
        for (const QString& note : std::as_const(notes))
            batch.notes.append({ index, note });
    }

    tracks.flush(batch.requests);
    users.flush(batch.requests);
    accounts.flush(batch.requests);
    return batch;
}

} // namespace Journey

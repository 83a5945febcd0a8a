// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "ga4payloadvalidator.h"

#include "core/timestamp.h"

#include <QJsonValue>
#include <QStringList>

#include <cmath>
#include <optional>

namespace Journey {

namespace {

const QString valueInvalid = QStringLiteral("VALUE_INVALID");
const QString valueRequired = QStringLiteral("VALUE_REQUIRED");
const QString nameInvalid = QStringLiteral("NAME_INVALID");
const QString nameReserved = QStringLiteral("NAME_RESERVED");
const QString valueOutOfBounds = QStringLiteral("VALUE_OUT_OF_BOUNDS");
const QString exceededMaxEntities = QStringLiteral("EXCEEDED_MAX_ENTITIES");

/// Characters as people count them (code points), not UTF-16 units.
int characterCount(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

/// What is wrong with a name, in the order Google's messages report it.
enum class NameProblem {
    None,
    ReservedPrefix,
    BadStart,
    BadCharacters,
    TooLong,
};

struct NameCheck
{
    NameProblem problem = NameProblem::None;
    QString prefix; ///< the reserved prefix, for ReservedPrefix
};

NameCheck checkName(const QString& name, int maxChars, const QStringList& reservedPrefixes)
{
    const QString lower = name.toLower();
    for (const QString& prefix : reservedPrefixes) {
        if (prefix != QLatin1String("_") && lower.startsWith(prefix))
            return { NameProblem::ReservedPrefix, prefix };
    }
    if (name.isEmpty() || !name.at(0).isLetter())
        return { NameProblem::BadStart, {} };
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'_' && !c.isSurrogate())
            return { NameProblem::BadCharacters, {} };
    }
    if (characterCount(name) > maxChars)
        return { NameProblem::TooLong, {} };
    return {};
}

/// The rule a name broke, as the end of Google's sentence ("Names must start with an alphabetic character.").
QString nameRule(NameProblem problem, int maxChars)
{
    switch (problem) {
    case NameProblem::BadStart:
        return QStringLiteral("Names must start with an alphabetic character.");
    case NameProblem::BadCharacters:
        return QStringLiteral("Only alphanumeric characters and underscores are allowed.");
    case NameProblem::TooLong:
        return QStringLiteral("Names must be %1 characters or fewer.").arg(maxChars);
    case NameProblem::None:
    case NameProblem::ReservedPrefix:
        break;
    }
    return {};
}

const QStringList& paramPrefixes()
{
    static const QStringList prefixes { QStringLiteral("_"), QStringLiteral("firebase_"), QStringLiteral("ga_"),
        QStringLiteral("google_"), QStringLiteral("gtag.") };
    return prefixes;
}

const QStringList& userPropertyPrefixes()
{
    static const QStringList prefixes { QStringLiteral("_"), QStringLiteral("firebase_"), QStringLiteral("ga_"),
        QStringLiteral("google_") };
    return prefixes;
}

const QStringList& eventPrefixes()
{
    static const QStringList prefixes { QStringLiteral("_"), QStringLiteral("firebase_"), QStringLiteral("ga_"),
        QStringLiteral("google_") };
    return prefixes;
}

/// Microseconds since 1970 from a JSON number or a string of digits (proto3 JSON writes int64 as strings).
std::optional<double> micros(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        if (ok)
            return double(parsed);
    }
    return std::nullopt;
}

QString shown(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::fabs(number) < 9.0e15)
            return QString::number(qint64(number));
        return QString::number(number);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return value.isArray() ? QStringLiteral("an array") : QStringLiteral("an object");
}

class Checker
{
public:
    Checker(const Ga4PayloadValidator::Options& options, QList<Ga4PayloadValidator::Message>& out)
        : m_options(options)
        , m_out(out)
        , m_now(options.nowMs > 0 ? options.nowMs : Timestamp::nowMs())
    { }

    void add(const QString& path, const QString& description, const QString& code, int eventIndex = -1)
    {
        m_out.append({ path, description, code, eventIndex });
    }

    void checkBody(const QJsonObject& body)
    {
        if (m_options.bodyBytes >= Ga4PayloadValidator::maxBodyBytes)
            add(QStringLiteral("body"),
                QStringLiteral("Request body is [%1] bytes. Requests must be smaller than %2 bytes.")
                    .arg(m_options.bodyBytes)
                    .arg(Ga4PayloadValidator::maxBodyBytes),
                valueOutOfBounds);
        checkClientId(body);
        checkUserId(body.value(QLatin1String("user_id")));
        checkTimestamp(body.value(QLatin1String("timestamp_micros")), QStringLiteral("timestamp_micros"), -1);
        checkUserProperties(body.value(QLatin1String("user_properties")));
        checkEvents(body.value(QLatin1String("events")));
    }

private:
    void checkClientId(const QJsonObject& body)
    {
        const QJsonValue clientId = body.value(QLatin1String("client_id"));
        const QJsonValue appInstanceId = body.value(QLatin1String("app_instance_id"));
        const auto present = [](const QJsonValue& value) { return !value.isUndefined() && !value.isNull(); };
        const auto checkType = [this](const QJsonValue& value, const QString& name) {
            if (!value.isString())
                add(name,
                    QStringLiteral("Parameter [%1] has invalid value [%2]. It must be a string.")
                        .arg(name, shown(value)),
                    valueInvalid);
            else if (value.toString().isEmpty())
                add(name, QStringLiteral("Unable to find non-empty parameter [%1] value in payload.").arg(name),
                    valueRequired);
        };
        const QString client = QStringLiteral("client_id");
        const QString app = QStringLiteral("app_instance_id");
        switch (m_options.stream) {
        case Ga4PayloadValidator::Stream::Web:
            if (!present(clientId))
                add(client, QStringLiteral("Unable to find non-empty parameter [client_id] value in payload."),
                    valueRequired);
            else
                checkType(clientId, client);
            break;
        case Ga4PayloadValidator::Stream::App:
            if (!present(appInstanceId))
                add(app, QStringLiteral("Unable to find non-empty parameter [app_instance_id] value in payload."),
                    valueRequired);
            else
                checkType(appInstanceId, app);
            break;
        case Ga4PayloadValidator::Stream::Unknown:
            if (present(clientId))
                checkType(clientId, client);
            else if (present(appInstanceId))
                checkType(appInstanceId, app);
            else
                add(client,
                    QStringLiteral(
                        "Unable to find non-empty parameter [client_id] or [app_instance_id] value in payload."),
                    valueRequired);
            break;
        }
    }

    void checkUserId(const QJsonValue& userId)
    {
        if (userId.isUndefined() || userId.isNull())
            return;
        const QString path = QStringLiteral("user_id");
        if (!userId.isString()) {
            add(path,
                QStringLiteral("Parameter [user_id] has invalid value [%1]. It must be a string.").arg(shown(userId)),
                valueInvalid);
            return;
        }
        const int length = characterCount(userId.toString());
        if (length > Ga4PayloadValidator::maxUserIdChars)
            add(path,
                QStringLiteral("Parameter [user_id] has a value that is too long: [%1] characters. Values must be %2 "
                               "characters or fewer.")
                    .arg(length)
                    .arg(Ga4PayloadValidator::maxUserIdChars),
                valueOutOfBounds);
    }

    void checkTimestamp(const QJsonValue& value, const QString& path, int eventIndex)
    {
        if (value.isUndefined() || value.isNull())
            return;
        const auto parsed = micros(value);
        if (!parsed || !std::isfinite(*parsed) || *parsed < 0) {
            add(path,
                eventIndex < 0
                    ? QStringLiteral(
                        "Parameter [timestamp_micros] has invalid value [%1]. It must be microseconds since "
                        "the Unix epoch.")
                          .arg(shown(value))
                    : QStringLiteral("Event at index: [%1] has invalid timestamp_micros [%2]. It must be microseconds "
                                     "since the Unix epoch.")
                          .arg(eventIndex)
                          .arg(shown(value)),
                valueInvalid, eventIndex);
            return;
        }
        const qint64 ms = qint64(*parsed / 1000.0);
        if (m_now - ms > Ga4PayloadValidator::maxBackdateMs)
            add(path,
                eventIndex < 0 ? QStringLiteral(
                    "Parameter [timestamp_micros] has value [%1], which is more than 72 hours in the past.")
                                     .arg(shown(value))
                               : QStringLiteral(
                                   "Event at index: [%1] has timestamp_micros [%2], which is more than 72 hours in the "
                                   "past.")
                                     .arg(eventIndex)
                                     .arg(shown(value)),
                valueOutOfBounds, eventIndex);
    }

    void checkUserProperties(const QJsonValue& value)
    {
        if (value.isUndefined() || value.isNull())
            return;
        const QString path = QStringLiteral("user_properties");
        if (!value.isObject()) {
            add(path,
                QStringLiteral("Parameter [user_properties] has invalid value [%1]. It must be an object.")
                    .arg(shown(value)),
                valueInvalid);
            return;
        }
        const QJsonObject properties = value.toObject();
        if (properties.size() > Ga4PayloadValidator::maxUserProperties)
            add(path,
                QStringLiteral("Request has [%1] user properties. A maximum of %2 user properties can be specified per "
                               "request.")
                    .arg(properties.size())
                    .arg(Ga4PayloadValidator::maxUserProperties),
                exceededMaxEntities);
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QString name = it.key();
            const QString propertyPath = path + QLatin1Char('.') + name;
            const NameCheck check
                = checkName(name, Ga4PayloadValidator::maxUserPropertyNameChars, userPropertyPrefixes());
            if (check.problem == NameProblem::ReservedPrefix) {
                add(propertyPath,
                    QStringLiteral("User property name [%1] starts with the reserved prefix [%2].")
                        .arg(name, check.prefix),
                    nameReserved);
            } else if (check.problem != NameProblem::None) {
                add(propertyPath,
                    QStringLiteral("User property has invalid name [%1]. %2")
                        .arg(name, nameRule(check.problem, Ga4PayloadValidator::maxUserPropertyNameChars)),
                    nameInvalid);
            } else if (Ga4PayloadValidator::isReservedUserPropertyName(name)) {
                add(propertyPath, QStringLiteral("User property name [%1] is reserved.").arg(name), nameReserved);
            }

            const QJsonValue entry = it.value();
            if (!entry.isObject() || !entry.toObject().contains(QLatin1String("value"))) {
                add(propertyPath,
                    QStringLiteral(
                        "User property [%1] has invalid value [%2]. It must be an object with a [value] member.")
                        .arg(name, shown(entry)),
                    valueInvalid);
                continue;
            }
            const QJsonValue propertyValue = entry.toObject().value(QLatin1String("value"));
            if (propertyValue.isString()) {
                const int length = characterCount(propertyValue.toString());
                if (length > Ga4PayloadValidator::maxUserPropertyValueChars)
                    add(propertyPath + QStringLiteral(".value"),
                        QStringLiteral(
                            "User property [%1] has a value that is too long: [%2] characters. Values must be "
                            "%3 characters or fewer.")
                            .arg(name)
                            .arg(length)
                            .arg(Ga4PayloadValidator::maxUserPropertyValueChars),
                        valueOutOfBounds);
            }
        }
    }

    void checkEvents(const QJsonValue& value)
    {
        const QString path = QStringLiteral("events");
        if (value.isUndefined() || value.isNull() || (value.isArray() && value.toArray().isEmpty())) {
            add(path, QStringLiteral("Unable to find non-empty parameter [events] value in payload."), valueRequired);
            return;
        }
        if (!value.isArray()) {
            add(path,
                QStringLiteral("Parameter [events] has invalid value [%1]. It must be an array.").arg(shown(value)),
                valueInvalid);
            return;
        }
        const QJsonArray events = value.toArray();
        if (events.size() > Ga4PayloadValidator::maxEvents)
            add(path,
                QStringLiteral("Request has [%1] events. A maximum of %2 events can be specified per request.")
                    .arg(events.size())
                    .arg(Ga4PayloadValidator::maxEvents),
                exceededMaxEntities);
        for (int index = 0; index < events.size(); ++index)
            checkEvent(events.at(index), index);
    }

    void checkEvent(const QJsonValue& value, int index)
    {
        const QString path = QStringLiteral("events[%1]").arg(index);
        if (!value.isObject()) {
            add(path,
                QStringLiteral("Event at index: [%1] has invalid value [%2]. It must be an object.")
                    .arg(index)
                    .arg(shown(value)),
                valueInvalid, index);
            return;
        }
        const QJsonObject event = value.toObject();
        checkEventName(event.value(QLatin1String("name")), index);
        checkTimestamp(
            event.value(QLatin1String("timestamp_micros")), path + QStringLiteral(".timestamp_micros"), index);

        const QJsonValue params = event.value(QLatin1String("params"));
        if (params.isUndefined() || params.isNull())
            return;
        if (!params.isObject()) {
            add(path + QStringLiteral(".params"),
                QStringLiteral("Event at index: [%1] has invalid params [%2]. They must be an object.")
                    .arg(index)
                    .arg(shown(params)),
                valueInvalid, index);
            return;
        }
        const QJsonObject object = params.toObject();
        if (object.size() > Ga4PayloadValidator::maxParams)
            add(path + QStringLiteral(".params"),
                QStringLiteral("Event at index: [%1] has [%2] parameters. A maximum of %3 parameters can be specified "
                               "per event.")
                    .arg(index)
                    .arg(object.size())
                    .arg(Ga4PayloadValidator::maxParams),
                exceededMaxEntities, index);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString name = it.key();
            const QString paramPath = path + QStringLiteral(".params.") + name;
            const NameCheck check = checkName(name, Ga4PayloadValidator::maxNameChars, paramPrefixes());
            if (check.problem == NameProblem::ReservedPrefix)
                add(paramPath,
                    QStringLiteral(
                        "Event at index: [%1] has parameter [%2], which starts with the reserved prefix [%3].")
                        .arg(index)
                        .arg(name, check.prefix),
                    nameReserved, index);
            else if (check.problem != NameProblem::None)
                add(paramPath,
                    QStringLiteral("Event at index: [%1] has parameter with invalid name [%2]. %3")
                        .arg(index)
                        .arg(name, nameRule(check.problem, Ga4PayloadValidator::maxNameChars)),
                    nameInvalid, index);

            if (it.value().isString()) {
                const int limit = Ga4PayloadValidator::maxParamValueCharsFor(name);
                const int length = characterCount(it.value().toString());
                if (length > limit)
                    add(paramPath,
                        QStringLiteral("Event at index: [%1] has parameter [%2] with a value that is too long: [%3] "
                                       "characters. Values must be %4 characters or fewer.")
                            .arg(index)
                            .arg(name)
                            .arg(length)
                            .arg(limit),
                        valueOutOfBounds, index);
            }
        }
    }

    void checkEventName(const QJsonValue& value, int index)
    {
        const QString path = QStringLiteral("events[%1].name").arg(index);
        if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())) {
            add(path,
                QStringLiteral("Event at index: [%1] has no name. Unable to find non-empty parameter [name] value.")
                    .arg(index),
                valueRequired, index);
            return;
        }
        if (!value.isString()) {
            add(path,
                QStringLiteral("Event at index: [%1] has invalid name [%2]. It must be a string.")
                    .arg(index)
                    .arg(shown(value)),
                valueInvalid, index);
            return;
        }
        const QString name = value.toString();
        const NameCheck check = checkName(name, Ga4PayloadValidator::maxNameChars, eventPrefixes());
        if (check.problem == NameProblem::ReservedPrefix)
            add(path,
                QStringLiteral("Event at index: [%1] has name [%2], which starts with the reserved prefix [%3].")
                    .arg(index)
                    .arg(name, check.prefix),
                nameReserved, index);
        else if (check.problem != NameProblem::None)
            add(path,
                QStringLiteral("Event at index: [%1] has invalid name [%2]. %3")
                    .arg(index)
                    .arg(name, nameRule(check.problem, Ga4PayloadValidator::maxNameChars)),
                nameInvalid, index);
        else if (Ga4PayloadValidator::isReservedEventName(name))
            add(path, QStringLiteral("Event at index: [%1] has name [%2], which is reserved.").arg(index).arg(name),
                nameReserved, index);
    }

    const Ga4PayloadValidator::Options& m_options;
    QList<Ga4PayloadValidator::Message>& m_out;
    qint64 m_now = 0;
};

} // namespace

QJsonObject Ga4PayloadValidator::Message::toJson() const
{
    return QJsonObject { { QStringLiteral("fieldPath"), fieldPath }, { QStringLiteral("description"), description },
        { QStringLiteral("validationCode"), validationCode } };
}

QList<Ga4PayloadValidator::Message> Ga4PayloadValidator::validate(const QJsonObject& body, const Options& options) const
{
    QList<Message> messages;
    Checker(options, messages).checkBody(body);
    return messages;
}

int Ga4PayloadValidator::maxParamValueCharsFor(const QString& name)
{
    // GA4's collection limits page: these three page parameters keep longer values.
    if (name == QLatin1String("page_location"))
        return 1000;
    if (name == QLatin1String("page_referrer"))
        return 420;
    if (name == QLatin1String("page_title"))
        return 300;
    return maxParamValueChars;
}

bool Ga4PayloadValidator::isReservedEventName(const QString& name)
{
    // The Measurement Protocol reference's list (developers.google.com/analytics/devguides/collection/protocol/
    // ga4/reference#reserved_names). The web naming-rules page reserves more (page_view, click, scroll, …) for
    // events created in the UI; the Measurement Protocol takes those, so they are not reported here.
    static const QStringList names {
        QStringLiteral("ad_activeview"),
        QStringLiteral("ad_click"),
        QStringLiteral("ad_exposure"),
        QStringLiteral("ad_impression"),
        QStringLiteral("ad_query"),
        QStringLiteral("adunit_exposure"),
        QStringLiteral("app_clear_data"),
        QStringLiteral("app_install"),
        QStringLiteral("app_update"),
        QStringLiteral("app_remove"),
        QStringLiteral("error"),
        QStringLiteral("first_open"),
        QStringLiteral("first_visit"),
        QStringLiteral("in_app_purchase"),
        QStringLiteral("notification_dismiss"),
        QStringLiteral("notification_foreground"),
        QStringLiteral("notification_open"),
        QStringLiteral("notification_receive"),
        QStringLiteral("os_update"),
        QStringLiteral("screen_view"),
        QStringLiteral("session_start"),
        QStringLiteral("user_engagement"),
    };
    return names.contains(name);
}

bool Ga4PayloadValidator::isReservedUserPropertyName(const QString& name)
{
    static const QStringList names { QStringLiteral("first_open_time"), QStringLiteral("first_visit_time"),
        QStringLiteral("last_deep_link_referrer"), QStringLiteral("user_id"),
        QStringLiteral("first_open_after_install") };
    return names.contains(name);
}

QJsonArray Ga4PayloadValidator::toJson(const QList<Message>& messages)
{
    QJsonArray array;
    for (const Message& message : messages)
        array.append(message.toJson());
    return array;
}

QList<Ga4PayloadValidator::Message> Ga4PayloadValidator::forEvent(const QList<Message>& messages, int index)
{
    QList<Message> result;
    for (const Message& message : messages) {
        if (message.eventIndex == index || message.eventIndex < 0)
            result.append(message);
    }
    return result;
}

} // namespace Journey

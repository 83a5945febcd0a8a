// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "mixpanelrecordmapper.h"

#include "canonicaleventwriter.h"
#include "core/jsontypename.h"

#include <QJsonArray>

#include <cmath>

namespace Journey {

namespace {

using Problem = MixpanelRecordMapper::Problem;

// Below this a `time` is seconds (1e11 s is the year 5138; 1e11 ms is March 1973).
constexpr double secondsBelow = 1e11;
constexpr qint64 importFutureSlackMs = 3600 * 1000;
constexpr qsizetype maxInsertIdChars = 36;

Problem missing(const QString& field)
{
    return Problem { field, QString(), true };
}

Problem invalid(const QString& field, const QString& reason)
{
    return Problem { field, reason, false };
}

bool isAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

bool isIntegral(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9007199254740992.0;
}

/// An id as text: a string as it is, an integer in decimal; nothing for other types.
std::optional<QString> idText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (isIntegral(value))
        return QString::number(qint64(value.toDouble()));
    return std::nullopt;
}

/// Reads the id \a field of \a object into \a text (empty when absent); a problem when it is not an id.
std::optional<Problem> readId(const QJsonValue& value, const QString& field, QString& text)
{
    text.clear();
    if (isAbsent(value))
        return std::nullopt;
    const auto id = idText(value);
    if (!id)
        return invalid(field,
            QStringLiteral("expected a string or an integer, got %1").arg(jsonTypeName(value)));
    text = *id;
    return std::nullopt;
}

/// A token member: added to the secrets; a problem when it has the wrong type or is required and absent.
std::optional<Problem> takeToken(const QJsonValue& value, const QString& field, bool required, QByteArrayList& secrets)
{
    if (value.isString() && !value.toString().isEmpty()) {
        const QByteArray token = value.toString().toUtf8();
        if (!secrets.contains(token))
            secrets.append(token);
        return std::nullopt;
    }
    if (!isAbsent(value) && !value.isString())
        return invalid(field,
            QStringLiteral("expected the project token as a string, got %1")
                .arg(jsonTypeName(value)));
    if (required)
        return invalid(
            field, QStringLiteral("missing or empty: Mixpanel needs the project token to know where the record goes"));
    return std::nullopt;
}

/// `ip` / `$ip`: an address as text ("0" and "1" are Mixpanel's flags, kept as sent).
std::optional<Problem> readIp(const QJsonValue& value, const QString& field, QJsonObject& context)
{
    if (isAbsent(value))
        return std::nullopt;
    if (value.isString()) {
        context.insert(QStringLiteral("ip"), value.toString());
        return std::nullopt;
    }
    if (isIntegral(value)) {
        context.insert(QStringLiteral("ip"), QString::number(qint64(value.toDouble())));
        return std::nullopt;
    }
    return invalid(
        field, QStringLiteral("expected an IP address as a string, got %1").arg(jsonTypeName(value)));
}

std::optional<Problem> readTime(const QJsonValue& value, const QString& field, std::optional<qint64>& ms)
{
    ms.reset();
    if (isAbsent(value))
        return std::nullopt;
    ms = MixpanelRecordMapper::milliseconds(value);
    if (!ms) {
        return invalid(field,
            value.isDouble()
                ? QStringLiteral("expected seconds or milliseconds since 1970, got %1").arg(value.toDouble())
                : QStringLiteral("expected seconds or milliseconds since 1970, got %1")
                      .arg(jsonTypeName(value)));
    }
    return std::nullopt;
}

/// A distinct id as Mixpanel writes an anonymous device: "$device:<id>".
bool splitDevice(const QString& distinctId, QString& deviceId)
{
    static const QString prefix = QStringLiteral("$device:");
    if (!distinctId.startsWith(prefix))
        return false;
    deviceId = distinctId.mid(prefix.size());
    return true;
}

void insertIfNotEmpty(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

/// The canonical message's common tail: timestamp and context (with `mixpanel` when it has anything).
void finish(
    QJsonObject& message, const std::optional<qint64>& timestamp, QJsonObject context, const QJsonObject& mixpanel)
{
    if (timestamp)
        message.insert(QStringLiteral("timestamp"), CanonicalEventWriter::timestamp(*timestamp));
    if (!mixpanel.isEmpty())
        context.insert(QStringLiteral("mixpanel"), mixpanel);
    if (!context.isEmpty())
        message.insert(QStringLiteral("context"), context);
}

// The operations of a profile update, in Mixpanel's order, and the JSON shape each takes.
struct Operation
{
    const char* name;
    QJsonValue::Type shape; ///< Undefined: any
};
constexpr Operation profileOperations[] = {
    { "$set_once", QJsonValue::Object },
    { "$add", QJsonValue::Object },
    { "$union", QJsonValue::Object },
    { "$append", QJsonValue::Object },
    { "$remove", QJsonValue::Object },
    { "$unset", QJsonValue::Array },
    { "$delete", QJsonValue::Undefined },
};

QString shapeName(QJsonValue::Type type)
{
    return type == QJsonValue::Object ? QStringLiteral("an object") : QStringLiteral("an array of property names");
}

/*!
 * What /engage and /groups records share: `$token`, `$set` (+ `$set_once`) → traits, the other operations
 * verbatim, `$time`, `$ip`; everything not in \a identifiers nor consumed here is copied to \a mixpanel.
 */
std::optional<Problem> mapProfileCommon(const QJsonObject& record, const QStringList& identifiers, QJsonObject& traits,
    QJsonObject& context, QJsonObject& mixpanel, std::optional<qint64>& timestamp, QByteArrayList& secrets)
{
    if (auto problem = takeToken(record.value(QLatin1String("$token")), QStringLiteral("$token"), true, secrets))
        return problem;

    const QJsonValue set = record.value(QLatin1String("$set"));
    if (!isAbsent(set)) {
        if (!set.isObject())
            return invalid(QStringLiteral("$set"),
                QStringLiteral("expected an object, got %1").arg(jsonTypeName(set)));
        traits = set.toObject();
    }
    QJsonObject operations;
    for (const Operation& operation : profileOperations) {
        const QString name = QLatin1String(operation.name);
        const QJsonValue value = record.value(name);
        if (value.isUndefined())
            continue;
        if (operation.shape != QJsonValue::Undefined && value.type() != operation.shape)
            return invalid(name,
                QStringLiteral("expected %1, got %2")
                    .arg(shapeName(operation.shape), jsonTypeName(value)));
        operations.insert(name, value);
    }
    if (set.isUndefined() && operations.isEmpty()) {
        return invalid(QString(),
            QStringLiteral("no profile operation: expected one of $set, $set_once, $add, $union, $append, $remove, "
                           "$unset, $delete"));
    }
    // $set_once fills in what $set does not set.
    const QJsonObject setOnce = operations.value(QLatin1String("$set_once")).toObject();
    for (auto it = setOnce.begin(); it != setOnce.end(); ++it) {
        if (!traits.contains(it.key()))
            traits.insert(it.key(), it.value());
    }
    if (!operations.isEmpty())
        mixpanel.insert(QStringLiteral("operations"), operations);

    if (auto problem = readTime(record.value(QLatin1String("$time")), QStringLiteral("$time"), timestamp))
        return problem;
    if (auto problem = readIp(record.value(QLatin1String("$ip")), QStringLiteral("$ip"), context))
        return problem;

    QStringList consumed { QStringLiteral("$token"), QStringLiteral("$set"), QStringLiteral("$time"),
        QStringLiteral("$ip") };
    for (const Operation& operation : profileOperations)
        consumed.append(QLatin1String(operation.name));
    consumed += identifiers;
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (!consumed.contains(it.key()))
            mixpanel.insert(it.key(), it.value());
    }
    return std::nullopt;
}

} // namespace

QString MixpanelRecordMapper::Problem::text() const
{
    if (field.isEmpty())
        return reason;
    return field + QStringLiteral(": ") + (missing ? QStringLiteral("required") : reason);
}

QString MixpanelRecordMapper::Problem::importText() const
{
    if (field.isEmpty())
        return reason;
    if (missing)
        return QStringLiteral("'%1' is required").arg(field);
    return QStringLiteral("'%1' is invalid: %2").arg(field, reason);
}

std::optional<qint64> MixpanelRecordMapper::milliseconds(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < 0 || number >= 1e15)
        return std::nullopt;
    return number < secondsBelow ? qint64(std::llround(number * 1000.0)) : qint64(std::llround(number));
}

std::optional<Problem> MixpanelRecordMapper::mapEvent(
    const QJsonValue& record, bool requireToken, QJsonObject& message, QByteArrayList& secrets)
{
    message = QJsonObject();
    if (!record.isObject())
        return invalid(QString(),
            QStringLiteral("expected an event object {\"event\", \"properties\"}, got %1").arg(jsonTypeName(record)));
    const QJsonObject object = record.toObject();

    const QJsonValue eventValue = object.value(QLatin1String("event"));
    if (isAbsent(eventValue))
        return missing(QStringLiteral("event"));
    if (!eventValue.isString())
        return invalid(QStringLiteral("event"),
            QStringLiteral("expected the event name as a string, got %1").arg(jsonTypeName(eventValue)));
    const QString event = eventValue.toString();
    if (event.isEmpty())
        return invalid(QStringLiteral("event"), QStringLiteral("must not be empty"));

    QJsonObject properties;
    const QJsonValue propertiesValue = object.value(QLatin1String("properties"));
    if (!isAbsent(propertiesValue)) {
        if (!propertiesValue.isObject())
            return invalid(QStringLiteral("properties"),
                QStringLiteral("expected an object, got %1").arg(jsonTypeName(propertiesValue)));
        properties = propertiesValue.toObject();
    }

    if (auto problem
        = takeToken(properties.take(QLatin1String("token")), QStringLiteral("properties.token"), requireToken, secrets))
        return problem;

    QJsonObject context;
    QJsonObject mixpanel;
    // Members of the record beside event and properties (none in Mixpanel's format, but never dropped).
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("event") && it.key() != QLatin1String("properties"))
            mixpanel.insert(it.key(), it.value());
    }

    std::optional<qint64> timestamp;
    if (auto problem = readTime(properties.take(QLatin1String("time")), QStringLiteral("properties.time"), timestamp))
        return problem;
    QString messageId;
    if (auto problem
        = readId(properties.take(QLatin1String("$insert_id")), QStringLiteral("properties.$insert_id"), messageId))
        return problem;
    const QJsonValue distinctValue = properties.take(QLatin1String("distinct_id"));
    QString distinctId;
    if (auto problem = readId(distinctValue, QStringLiteral("properties.distinct_id"), distinctId))
        return problem;
    if (!isAbsent(distinctValue))
        mixpanel.insert(QStringLiteral("distinct_id"), distinctValue);

    const QJsonValue library = properties.value(QLatin1String("mp_lib"));
    if (library.isString()) {
        QJsonObject libraryObject { { QStringLiteral("name"), library.toString() } };
        properties.remove(QLatin1String("mp_lib"));
        const QJsonValue version = properties.value(QLatin1String("$lib_version"));
        if (version.isString()) {
            libraryObject.insert(QStringLiteral("version"), version.toString());
            properties.remove(QLatin1String("$lib_version"));
        }
        context.insert(QStringLiteral("library"), libraryObject);
    }
    if (auto problem = readIp(properties.take(QLatin1String("ip")), QStringLiteral("properties.ip"), context))
        return problem;

    QString userId;
    QString anonymousId;
    QString previousId;
    QString type = QStringLiteral("track");
    QString name;
    bool keepProperties = true;

    if (event == QLatin1String("$identify")) {
        type = QStringLiteral("identify");
        if (auto problem = readId(
                properties.take(QLatin1String("$identified_id")), QStringLiteral("properties.$identified_id"), userId))
            return problem;
        if (userId.isEmpty())
            userId = distinctId;
        if (auto problem
            = readId(properties.take(QLatin1String("$anon_id")), QStringLiteral("properties.$anon_id"), anonymousId))
            return problem;
        if (anonymousId.isEmpty()) {
            if (auto problem = readId(properties.take(QLatin1String("$anon_distinct_id")),
                    QStringLiteral("properties.$anon_distinct_id"), anonymousId))
                return problem;
        }
        if (userId.isEmpty())
            return missing(QStringLiteral("properties.$identified_id"));
        keepProperties = false;
    } else if (event == QLatin1String("$create_alias")) {
        type = QStringLiteral("alias");
        if (auto problem = readId(properties.take(QLatin1String("alias")), QStringLiteral("properties.alias"), userId))
            return problem;
        if (userId.isEmpty())
            return missing(QStringLiteral("properties.alias"));
        previousId = distinctId;
        if (previousId.isEmpty())
            return missing(QStringLiteral("properties.distinct_id"));
        keepProperties = false;
    } else if (event == QLatin1String("$merge")) {
        type = QStringLiteral("alias");
        const QJsonValue ids = properties.take(QLatin1String("$distinct_ids"));
        if (isAbsent(ids))
            return missing(QStringLiteral("properties.$distinct_ids"));
        const QJsonArray idList = ids.toArray();
        if (!ids.isArray() || idList.size() != 2 || !idText(idList.at(0)) || !idText(idList.at(1)))
            return invalid(QStringLiteral("properties.$distinct_ids"),
                QStringLiteral("expected an array of the two distinct ids to merge"));
        userId = *idText(idList.at(0));
        previousId = *idText(idList.at(1));
        keepProperties = false;
    } else {
        if (event == QLatin1String("$mp_web_page_view"))
            type = QStringLiteral("page");
        else if (event == QLatin1String("$mp_page_view"))
            type = QStringLiteral("screen");
        if (type != QLatin1String("track")) {
            const QJsonValue title = properties.value(QLatin1String("current_page_title"));
            if (title.isString())
                name = title.toString();
        }
        // Simplified ID Merge names both ids; otherwise distinct_id is the person ("$device:…" an anonymous one).
        const QJsonValue userValue = properties.value(QLatin1String("$user_id"));
        const QJsonValue deviceValue = properties.value(QLatin1String("$device_id"));
        if (!isAbsent(userValue) || !isAbsent(deviceValue)) {
            if (auto problem
                = readId(properties.take(QLatin1String("$user_id")), QStringLiteral("properties.$user_id"), userId))
                return problem;
            if (auto problem = readId(
                    properties.take(QLatin1String("$device_id")), QStringLiteral("properties.$device_id"), anonymousId))
                return problem;
        } else if (!splitDevice(distinctId, anonymousId)) {
            userId = distinctId;
        }
    }
    if (type != QLatin1String("track"))
        mixpanel.insert(QStringLiteral("event"), event);
    if (!keepProperties && !properties.isEmpty())
        mixpanel.insert(QStringLiteral("properties"), properties);

    message.insert(QStringLiteral("type"), type);
    if (type == QLatin1String("track"))
        message.insert(QStringLiteral("event"), event);
    else
        insertIfNotEmpty(message, QStringLiteral("name"), name);
    insertIfNotEmpty(message, QStringLiteral("messageId"), messageId);
    insertIfNotEmpty(message, QStringLiteral("userId"), userId);
    insertIfNotEmpty(message, QStringLiteral("anonymousId"), anonymousId);
    insertIfNotEmpty(message, QStringLiteral("previousId"), previousId);
    if (keepProperties)
        message.insert(QStringLiteral("properties"), properties);
    finish(message, timestamp, context, mixpanel);
    return std::nullopt;
}

std::optional<Problem> MixpanelRecordMapper::mapProfile(
    const QJsonValue& record, QJsonObject& message, QByteArrayList& secrets)
{
    message = QJsonObject();
    if (!record.isObject())
        return invalid(QString(), QStringLiteral("expected a profile update object, got %1").arg(jsonTypeName(record)));
    const QJsonObject object = record.toObject();

    const QJsonValue distinctValue = object.value(QLatin1String("$distinct_id"));
    QString distinctId;
    if (auto problem = readId(distinctValue, QStringLiteral("$distinct_id"), distinctId))
        return problem;
    if (distinctId.isEmpty())
        return missing(QStringLiteral("$distinct_id"));

    QJsonObject traits;
    QJsonObject context;
    QJsonObject mixpanel;
    std::optional<qint64> timestamp;
    if (auto problem
        = mapProfileCommon(object, { QStringLiteral("$distinct_id") }, traits, context, mixpanel, timestamp, secrets))
        return problem;
    mixpanel.insert(QStringLiteral("$distinct_id"), distinctValue);

    message.insert(QStringLiteral("type"), QStringLiteral("identify"));
    QString deviceId;
    if (splitDevice(distinctId, deviceId))
        insertIfNotEmpty(message, QStringLiteral("anonymousId"), deviceId);
    else
        message.insert(QStringLiteral("userId"), distinctId);
    message.insert(QStringLiteral("traits"), traits);
    finish(message, timestamp, context, mixpanel);
    return std::nullopt;
}

std::optional<Problem> MixpanelRecordMapper::mapGroupProfile(
    const QJsonValue& record, QJsonObject& message, QByteArrayList& secrets)
{
    message = QJsonObject();
    if (!record.isObject())
        return invalid(
            QString(), QStringLiteral("expected a group profile update object, got %1").arg(jsonTypeName(record)));
    const QJsonObject object = record.toObject();

    const QJsonValue keyValue = object.value(QLatin1String("$group_key"));
    if (isAbsent(keyValue))
        return missing(QStringLiteral("$group_key"));
    if (!keyValue.isString() || keyValue.toString().isEmpty())
        return invalid(
            QStringLiteral("$group_key"), QStringLiteral("expected the group key (\"company\") as a non-empty string"));
    QString groupId;
    if (auto problem = readId(object.value(QLatin1String("$group_id")), QStringLiteral("$group_id"), groupId))
        return problem;
    if (groupId.isEmpty())
        return missing(QStringLiteral("$group_id"));

    QJsonObject traits;
    QJsonObject context;
    QJsonObject mixpanel;
    std::optional<qint64> timestamp;
    if (auto problem = mapProfileCommon(object, { QStringLiteral("$group_key"), QStringLiteral("$group_id") }, traits,
            context, mixpanel, timestamp, secrets))
        return problem;
    mixpanel.insert(QStringLiteral("group_key"), keyValue.toString());

    message.insert(QStringLiteral("type"), QStringLiteral("group"));
    message.insert(QStringLiteral("groupId"), groupId);
    message.insert(QStringLiteral("traits"), traits);
    finish(message, timestamp, context, mixpanel);
    return std::nullopt;
}

std::optional<Problem> MixpanelRecordMapper::checkImportRecord(const QJsonValue& record, qint64 nowMs, bool requireIds)
{
    if (!record.isObject())
        return invalid(QString(),
            QStringLiteral("expected an event object {\"event\", \"properties\"}, got %1").arg(jsonTypeName(record)));
    const QJsonObject object = record.toObject();
    const QJsonValue event = object.value(QLatin1String("event"));
    if (isAbsent(event) || (event.isString() && event.toString().isEmpty()))
        return missing(QStringLiteral("event"));
    const QJsonValue propertiesValue = object.value(QLatin1String("properties"));
    if (!propertiesValue.isObject())
        return missing(QStringLiteral("properties.time"));
    const QJsonObject properties = propertiesValue.toObject();

    const QJsonValue time = properties.value(QLatin1String("time"));
    if (isAbsent(time))
        return missing(QStringLiteral("properties.time"));
    const auto ms = milliseconds(time);
    if (!ms)
        return invalid(QStringLiteral("properties.time"),
            QStringLiteral("must be specified as seconds or milliseconds since epoch"));
    if (*ms > nowMs + importFutureSlackMs)
        return invalid(QStringLiteral("properties.time"), QStringLiteral("must not be more than 1 hour in the future"));

    if (requireIds && isAbsent(properties.value(QLatin1String("distinct_id"))))
        return missing(QStringLiteral("properties.distinct_id"));
    const QJsonValue insertId = properties.value(QLatin1String("$insert_id"));
    if (isAbsent(insertId)) {
        if (requireIds)
            return missing(QStringLiteral("properties.$insert_id"));
        return std::nullopt;
    }
    const auto insertText = idText(insertId);
    bool valid = insertText && !insertText->isEmpty() && insertText->size() <= maxInsertIdChars;
    for (qsizetype i = 0; valid && i < insertText->size(); ++i) {
        const QChar c = insertText->at(i);
        valid = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
    }
    if (!valid)
        return invalid(QStringLiteral("properties.$insert_id"),
            QStringLiteral("must be 1 to 36 characters of letters, digits and '-'"));
    return std::nullopt;
}

} // namespace Journey

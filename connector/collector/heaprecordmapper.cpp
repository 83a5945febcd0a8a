// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "heaprecordmapper.h"

#include "canonicaleventwriter.h"
#include "core/jsontypename.h"
#include "core/timestamp.h"

#include <QJsonArray>

#include <cmath>

namespace Journey {

namespace {

using Problem = HeapRecordMapper::Problem;

// Heap's field rules (../shared/reference/providers.md §4.2; heap-ruby lib/heap/validations.rb).
constexpr qsizetype maxEventChars = 1024;
constexpr qsizetype maxIdentityChars = 255;
constexpr qsizetype maxPropertyChars = 1023; // "fewer than 1024 characters", names and values
constexpr qint64 maxHeapUserId = 9007199254740991; // 2^53 − 1

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

/// `identity`: a string of 1 to 255 characters, or an integer (heap-ruby sends those as text).
std::optional<Problem> readIdentity(const QJsonValue& value, QString& identity)
{
    const QString field = QStringLiteral("identity");
    if (isIntegral(value)) {
        identity = QString::number(qint64(value.toDouble()));
        return std::nullopt;
    }
    if (!value.isString())
        return Problem { field, QStringLiteral("expected a string, got %1").arg(jsonTypeName(value)) };
    identity = value.toString();
    if (identity.isEmpty())
        return Problem { field, QStringLiteral("must not be empty") };
    if (identity.size() > maxIdentityChars)
        return Problem { field, QStringLiteral("%1 characters; Heap takes at most 255").arg(identity.size()) };
    return std::nullopt;
}

/// `user_id`: Heap's numeric id of an SDK user, a decimal number in [0, 2^53 − 1], as text or a number.
std::optional<Problem> readHeapUserId(const QJsonValue& value, QString& userId)
{
    const QString field = QStringLiteral("user_id");
    const QString expected = QStringLiteral("expected Heap's numeric user id (a decimal number up to 2^53−1)");
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!isIntegral(value) || number < 0)
            return Problem { field, expected + QStringLiteral(", got %1").arg(number) };
        userId = QString::number(qint64(number));
        return std::nullopt;
    }
    if (!value.isString())
        return Problem { field, expected + QStringLiteral(", got %1").arg(jsonTypeName(value)) };
    userId = value.toString();
    bool digits = !userId.isEmpty() && userId.size() <= 16;
    for (const QChar c : std::as_const(userId))
        digits = digits && c >= u'0' && c <= u'9';
    if (!digits || userId.toLongLong() > maxHeapUserId)
        return Problem { field, expected + QStringLiteral(", got \"%1\"").arg(userId.left(40)) };
    return std::nullopt;
}

std::optional<Problem> checkScalar(const QJsonValue& value, const QString& field)
{
    if (value.isDouble())
        return std::nullopt;
    if (value.isString()) {
        if (value.toString().size() > maxPropertyChars)
            return Problem { field,
                QStringLiteral("%1 characters; Heap takes fewer than 1024").arg(value.toString().size()) };
        return std::nullopt;
    }
    return Problem { field,
        QStringLiteral("expected a number or a string (Heap takes no booleans, objects or null), got %1")
            .arg(jsonTypeName(value)) };
}

/// `properties`: names under 1024 characters, values numbers or strings (and on track arrays of those).
std::optional<Problem> readProperties(
    const QJsonValue& value, bool required, bool arraysAllowed, bool refuseId, QJsonObject& properties)
{
    const QString field = QStringLiteral("properties");
    if (isAbsent(value)) {
        if (required)
            return Problem { field, QStringLiteral("required") };
        return std::nullopt;
    }
    if (!value.isObject())
        return Problem { field, QStringLiteral("expected an object, got %1").arg(jsonTypeName(value)) };
    properties = value.toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString name = field + QLatin1Char('.') + it.key();
        if (it.key().size() > maxPropertyChars)
            return Problem { name.left(60) + QStringLiteral("…"),
                QStringLiteral("the name has %1 characters; Heap takes fewer than 1024").arg(it.key().size()) };
        if (refuseId && it.key().compare(QLatin1String("id"), Qt::CaseInsensitive) == 0)
            return Problem { name, QStringLiteral("Heap refuses a user property named id (in any casing)") };
        if (arraysAllowed && it.value().isArray()) {
            const QJsonArray items = it.value().toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (auto problem = checkScalar(items.at(i), name + QStringLiteral("[%1]").arg(i)))
                    return problem;
            }
            continue;
        }
        if (auto problem = checkScalar(it.value(), name)) {
            if (it.value().isArray())
                problem->reason = QStringLiteral("arrays are taken on /api/track only; expected a number or a string");
            return problem;
        }
    }
    return std::nullopt;
}

/// `timestamp`: ISO 8601 text or milliseconds since 1970.
std::optional<Problem> readTimestamp(const QJsonValue& value, std::optional<qint64>& ms)
{
    ms.reset();
    if (isAbsent(value))
        return std::nullopt;
    if (value.isString()) {
        ms = Timestamp::parseIso8601(value.toString().toUtf8());
        if (!ms)
            return Problem { QStringLiteral("timestamp"),
                QStringLiteral("\"%1\" is not an ISO 8601 date-time").arg(value.toString().left(40)) };
        return std::nullopt;
    }
    if (isIntegral(value) && value.toDouble() >= 0) {
        ms = qint64(value.toDouble());
        return std::nullopt;
    }
    return Problem { QStringLiteral("timestamp"),
        QStringLiteral("expected an ISO 8601 date-time or milliseconds since 1970, got %1").arg(jsonTypeName(value)) };
}

/// The message's context: \a context plus the entry's members that have no canonical place, under `heap`.
void finish(QJsonObject& message, QJsonObject context, const QJsonObject& entry, const QStringList& consumed,
    const std::optional<qint64>& timestamp)
{
    if (timestamp)
        message.insert(QStringLiteral("timestamp"), CanonicalEventWriter::timestamp(*timestamp));
    QJsonObject heap = context.value(QLatin1String("heap")).toObject();
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (!consumed.contains(it.key()))
            heap.insert(it.key(), it.value());
    }
    if (!heap.isEmpty())
        context.insert(QStringLiteral("heap"), heap);
    if (!context.isEmpty())
        message.insert(QStringLiteral("context"), context);
}

} // namespace

QString HeapRecordMapper::Problem::text() const
{
    return field.isEmpty() ? reason : field + QStringLiteral(": ") + reason;
}

std::optional<Problem> HeapRecordMapper::mapTrack(
    const QJsonObject& entry, const QJsonObject& context, QJsonObject& message)
{
    message = QJsonObject();
    const QJsonValue identityValue = entry.value(QLatin1String("identity"));
    const QJsonValue userIdValue = entry.value(QLatin1String("user_id"));
    if (!isAbsent(identityValue) && !isAbsent(userIdValue))
        return Problem { QStringLiteral("identity"),
            QStringLiteral("send exactly one of identity and user_id, not both") };
    if (isAbsent(identityValue) && isAbsent(userIdValue))
        return Problem { QStringLiteral("identity"), QStringLiteral("required (or user_id, Heap's numeric user id)") };
    QString identity;
    QString heapUserId;
    if (!isAbsent(identityValue)) {
        if (auto problem = readIdentity(identityValue, identity))
            return problem;
    } else if (auto problem = readHeapUserId(userIdValue, heapUserId)) {
        return problem;
    }

    const QJsonValue eventValue = entry.value(QLatin1String("event"));
    if (isAbsent(eventValue))
        return Problem { QStringLiteral("event"), QStringLiteral("required") };
    if (!eventValue.isString())
        return Problem { QStringLiteral("event"),
            QStringLiteral("expected a string, got %1").arg(jsonTypeName(eventValue)) };
    const QString event = eventValue.toString();
    if (event.isEmpty())
        return Problem { QStringLiteral("event"), QStringLiteral("must not be empty") };
    if (event.size() > maxEventChars)
        return Problem { QStringLiteral("event"),
            QStringLiteral("%1 characters; Heap takes at most 1024").arg(event.size()) };

    QJsonObject properties;
    if (auto problem = readProperties(entry.value(QLatin1String("properties")), false, true, false, properties))
        return problem;
    std::optional<qint64> timestamp;
    if (auto problem = readTimestamp(entry.value(QLatin1String("timestamp")), timestamp))
        return problem;
    QString messageId;
    const QJsonValue key = entry.value(QLatin1String("idempotency_key"));
    if (key.isString())
        messageId = key.toString();
    else if (isIntegral(key))
        messageId = QString::number(qint64(key.toDouble()));
    else if (!isAbsent(key))
        return Problem { QStringLiteral("idempotency_key"),
            QStringLiteral("expected a string, got %1").arg(jsonTypeName(key)) };
    const QJsonValue session = entry.value(QLatin1String("session_id"));
    if (!isAbsent(session) && !session.isString() && !isIntegral(session))
        return Problem { QStringLiteral("session_id"),
            QStringLiteral("expected a string, got %1").arg(jsonTypeName(session)) };

    message.insert(QStringLiteral("type"), QStringLiteral("track"));
    message.insert(QStringLiteral("event"), event);
    if (!messageId.isEmpty())
        message.insert(QStringLiteral("messageId"), messageId);
    if (!identity.isEmpty())
        message.insert(QStringLiteral("userId"), identity);
    else
        message.insert(QStringLiteral("anonymousId"), heapUserId);
    message.insert(QStringLiteral("properties"), properties);
    // session_id is not consumed: it stays under context.heap as sent.
    finish(message, context, entry,
        { QStringLiteral("identity"), QStringLiteral("user_id"), QStringLiteral("event"), QStringLiteral("properties"),
            QStringLiteral("timestamp"), QStringLiteral("idempotency_key") },
        timestamp);
    return std::nullopt;
}

std::optional<Problem> HeapRecordMapper::mapUserProperties(
    const QJsonObject& entry, const QJsonObject& context, QJsonObject& message)
{
    message = QJsonObject();
    const QJsonValue identityValue = entry.value(QLatin1String("identity"));
    if (isAbsent(identityValue)) {
        return Problem { QStringLiteral("identity"),
            entry.contains(QLatin1String("user_id"))
                ? QStringLiteral("required (user properties are set on an identity, not on a user_id)")
                : QStringLiteral("required") };
    }
    QString identity;
    if (auto problem = readIdentity(identityValue, identity))
        return problem;
    QJsonObject properties;
    if (auto problem = readProperties(entry.value(QLatin1String("properties")), true, false, true, properties))
        return problem;

    message.insert(QStringLiteral("type"), QStringLiteral("identify"));
    message.insert(QStringLiteral("userId"), identity);
    message.insert(QStringLiteral("traits"), properties);
    finish(message, context, entry, { QStringLiteral("identity"), QStringLiteral("properties") }, std::nullopt);
    return std::nullopt;
}

std::optional<Problem> HeapRecordMapper::mapAccountProperties(
    const QJsonObject& entry, const QJsonObject& context, QJsonObject& message)
{
    message = QJsonObject();
    const QJsonValue accountValue = entry.value(QLatin1String("account_id"));
    if (isAbsent(accountValue))
        return Problem { QStringLiteral("account_id"), QStringLiteral("required") };
    QString accountId;
    if (accountValue.isString())
        accountId = accountValue.toString();
    else if (isIntegral(accountValue))
        accountId = QString::number(qint64(accountValue.toDouble()));
    else
        return Problem { QStringLiteral("account_id"),
            QStringLiteral("expected a string, got %1").arg(jsonTypeName(accountValue)) };
    if (accountId.isEmpty())
        return Problem { QStringLiteral("account_id"), QStringLiteral("must not be empty") };
    QJsonObject properties;
    if (auto problem = readProperties(entry.value(QLatin1String("properties")), true, false, false, properties))
        return problem;

    message.insert(QStringLiteral("type"), QStringLiteral("group"));
    message.insert(QStringLiteral("groupId"), accountId);
    message.insert(QStringLiteral("traits"), properties);
    finish(message, context, entry, { QStringLiteral("account_id"), QStringLiteral("properties") }, std::nullopt);
    return std::nullopt;
}

std::optional<Problem> HeapRecordMapper::mapIdentityLink(
    const QJsonObject& entry, const QJsonObject& context, QJsonObject& message)
{
    message = QJsonObject();
    const QJsonValue userIdValue = entry.value(QLatin1String("user_id"));
    if (isAbsent(userIdValue))
        return Problem { QStringLiteral("user_id"), QStringLiteral("required") };
    QString heapUserId;
    if (auto problem = readHeapUserId(userIdValue, heapUserId))
        return problem;
    const QJsonValue identityValue = entry.value(QLatin1String("identity"));
    if (isAbsent(identityValue))
        return Problem { QStringLiteral("identity"), QStringLiteral("required") };
    QString identity;
    if (auto problem = readIdentity(identityValue, identity))
        return problem;
    std::optional<qint64> timestamp;
    if (auto problem = readTimestamp(entry.value(QLatin1String("timestamp")), timestamp))
        return problem;

    message.insert(QStringLiteral("type"), QStringLiteral("alias"));
    message.insert(QStringLiteral("userId"), identity);
    message.insert(QStringLiteral("previousId"), heapUserId);
    finish(message, context, entry,
        { QStringLiteral("user_id"), QStringLiteral("identity"), QStringLiteral("timestamp") }, timestamp);
    return std::nullopt;
}

} // namespace Journey

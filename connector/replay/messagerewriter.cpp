// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "messagerewriter.h"

#include "core/timestamp.h"

#include <QUuid>

#include <cmath>

namespace Journey {

namespace {

std::optional<MessageRewriter::Field> canonicalField(QByteArrayView key)
{
    using Field = MessageRewriter::Field;
    if (key == "messageId")
        return Field::DedupId;
    if (key == "timestamp" || key == "originalTimestamp" || key == "sentAt" || key == "receivedAt")
        return Field::IsoTime;
    if (key == "userId" || key == "anonymousId" || key == "previousId")
        return Field::UserId;
    return std::nullopt;
}

} // namespace

bool MessageRewriter::rewrite(QByteArrayView message, QByteArray& out) const
{
    if (changesNothing()) {
        out = message.toByteArray();
        return true;
    }
    return JsonValuePatcher::patch(
        message,
        [this](const JsonValuePatcher::Member& member, QByteArray& replacement) {
            // Only the top level: nested objects (properties, context) are the sender's data.
            if (member.kind == JsonValuePatcher::Kind::Object || member.kind == JsonValuePatcher::Kind::Array)
                return JsonValuePatcher::Action::Skip;
            const std::optional<Field> field = canonicalField(member.key);
            if (field && rewriteField(*field, member, replacement))
                return JsonValuePatcher::Action::Replace;
            return JsonValuePatcher::Action::Keep;
        },
        out);
}

bool MessageRewriter::rewriteField(Field field, const JsonValuePatcher::Member& member, QByteArray& replacement) const
{
    using Kind = JsonValuePatcher::Kind;
    switch (field) {
    case Field::DedupId:
        if (!m_settings.regenerateIds || member.kind != Kind::String)
            return false;
        replacement = '"' + newId() + '"';
        return true;
    case Field::IsoTime:
        if (m_settings.shiftMs == 0)
            return false;
        if (member.kind == Kind::Number)
            return shiftEpoch(member.raw, m_settings.shiftMs, replacement);
        return member.kind == Kind::String && shiftIso(member.raw, m_settings.shiftMs, replacement);
    case Field::EpochTime:
        if (m_settings.shiftMs == 0)
            return false;
        if (member.kind == Kind::String && shiftIso(member.raw, m_settings.shiftMs, replacement))
            return true;
        return (member.kind == Kind::Number || member.kind == Kind::String)
            && shiftEpoch(member.raw, m_settings.shiftMs, replacement);
    case Field::WriteKey:
        if (m_settings.writeKey.isEmpty() || member.kind != Kind::String)
            return false;
        replacement = JsonValuePatcher::quoted(m_settings.writeKey);
        return true;
    case Field::UserId:
        if (m_settings.userSuffix.isEmpty())
            return false;
        if (member.kind == Kind::String) {
            if (member.raw.size() <= 2)
                return false; // "" stays empty: no person to rename
            const QByteArray suffix = JsonValuePatcher::quoted(m_settings.userSuffix);
            replacement = member.raw.first(member.raw.size() - 1).toByteArray() + suffix.mid(1);
            return true;
        }
        if (member.kind == Kind::Number) {
            // Numeric ids become strings, as the canonical form already has them.
            replacement = JsonValuePatcher::quoted(QByteArray(member.raw.toByteArray() + m_settings.userSuffix));
            return true;
        }
        return false;
    }
    return false;
}

QByteArray MessageRewriter::newId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

bool MessageRewriter::shiftIso(QByteArrayView raw, qint64 shiftMs, QByteArray& out)
{
    const QByteArray text = JsonValuePatcher::stringValue(raw);
    if (text.isEmpty())
        return false;
    const std::optional<qint64> time = Timestamp::parseIso8601(text);
    if (!time)
        return false;
    out.clear();
    out.append('"');
    Timestamp::appendIso8601(out, *time + shiftMs);
    out.append('"');
    return true;
}

bool MessageRewriter::shiftEpoch(QByteArrayView raw, qint64 shiftMs, QByteArray& out)
{
    const bool quoted = raw.size() >= 2 && raw.front() == '"';
    const QByteArray text = quoted ? JsonValuePatcher::stringValue(raw) : raw.toByteArray();
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != 'e' && c != 'E' && c != '+')
            return false;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return false;
    const double magnitude = std::fabs(value);
    // 1e11 s is the year 5138 and 1e11 ms is 1973: the unit follows from the size of the number.
    qint64 perMs = 0; // units per ms; 0 for seconds
    if (magnitude >= 1e17)
        perMs = 1'000'000; // ns
    else if (magnitude >= 1e14)
        perMs = 1000; // µs
    else if (magnitude >= 1e11)
        perMs = 1; // ms
    const bool integral = !text.contains('.') && !text.contains('e') && !text.contains('E');
    QByteArray number;
    if (perMs > 0 && integral) {
        const qint64 integer = text.toLongLong(&ok);
        if (!ok)
            return false;
        number = QByteArray::number(integer + shiftMs * perMs);
    } else if (perMs > 0) {
        number = QByteArray::number(value + double(shiftMs) * double(perMs), 'f', 3);
    } else if (integral) {
        const qint64 seconds = text.toLongLong(&ok);
        if (!ok)
            return false;
        // Whole seconds stay whole: a receiver may not take a fraction where it got an integer.
        number = QByteArray::number(seconds + qint64(std::llround(double(shiftMs) / 1000.0)));
    } else {
        number = QByteArray::number(value + double(shiftMs) / 1000.0, 'f', 3);
    }
    if (number.contains('.')) {
        while (number.endsWith('0'))
            number.chop(1);
        if (number.endsWith('.'))
            number.chop(1);
    }
    out = quoted ? '"' + number + '"' : number;
    return true;
}

} // namespace Journey

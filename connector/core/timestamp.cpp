// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "timestamp.h"

#include <QDateTime>

namespace Journey::Timestamp {

namespace {

constexpr qint64 msPerDay = 86'400'000;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly \a count digits at \a pos; advances pos.
bool readDigits(QByteArrayView text, qsizetype& pos, int count, int& value)
{
    if (pos + count > text.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (!isDigit(c))
            return false;
        v = v * 10 + (c - '0');
    }
    value = v;
    pos += count;
    return true;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Inverse of daysFromCivil (Howard Hinnant's algorithm).
void civilFromDays(qint64 z, int& year, int& month, int& day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(y + (month <= 2 ? 1 : 0));
}

void appendPadded(char*& p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    p += width;
}

} // namespace

qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * unsigned(month > 2 ? month - 3 : month + 9) + 2) / 5 + unsigned(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

std::optional<qint64> parseIso8601(QByteArrayView text)
{
    qsizetype pos = 0;
    int year = 0, month = 0, day = 0;
    if (!readDigits(text, pos, 4, year) || pos >= text.size() || text[pos++] != '-')
        return std::nullopt;
    if (!readDigits(text, pos, 2, month) || pos >= text.size() || text[pos++] != '-')
        return std::nullopt;
    if (!readDigits(text, pos, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;

    qint64 ms = daysFromCivil(year, month, day) * msPerDay;
    if (pos == text.size())
        return ms;

    const char sep = text[pos++];
    if (sep != 'T' && sep != 't' && sep != ' ')
        return std::nullopt;
    int hour = 0, minute = 0, second = 0, millis = 0;
    if (!readDigits(text, pos, 2, hour) || pos >= text.size() || text[pos++] != ':')
        return std::nullopt;
    if (!readDigits(text, pos, 2, minute))
        return std::nullopt;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        if (!readDigits(text, pos, 2, second))
            return std::nullopt;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            int digits = 0;
            while (pos < text.size() && isDigit(text[pos])) {
                if (digits < 3)
                    millis = millis * 10 + (text[pos] - '0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return std::nullopt;
            for (int i = digits; i < 3; ++i)
                millis *= 10;
        }
    }
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    ms += ((hour * 60 + minute) * 60 + second) * qint64(1000) + millis;

    if (pos == text.size())
        return ms; // no zone: read as UTC
    const char zone = text[pos++];
    if (zone == 'Z' || zone == 'z')
        return pos == text.size() ? std::optional<qint64>(ms) : std::nullopt;
    if (zone != '+' && zone != '-')
        return std::nullopt;
    int offsetHours = 0, offsetMinutes = 0;
    if (!readDigits(text, pos, 2, offsetHours))
        return std::nullopt;
    if (pos < text.size()) {
        if (text[pos] == ':')
            ++pos;
        if (!readDigits(text, pos, 2, offsetMinutes))
            return std::nullopt;
    }
    if (pos != text.size() || offsetHours > 23 || offsetMinutes > 59)
        return std::nullopt;
    const qint64 offsetMs = (offsetHours * 60 + offsetMinutes) * qint64(60'000);
    return zone == '+' ? ms - offsetMs : ms + offsetMs;
}

void formatIso8601(char out[24], qint64 msSinceEpoch)
{
    qint64 days = msSinceEpoch / msPerDay;
    qint64 rest = msSinceEpoch % msPerDay;
    if (rest < 0) {
        rest += msPerDay;
        --days;
    }
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    const int millis = int(rest % 1000);
    const int totalSeconds = int(rest / 1000);
    char* p = out;
    if (year < 0 || year > 9999) {
        // Outside what ISO-8601 basic form can express: clamp to the representable range.
        year = year < 0 ? 0 : 9999;
    }
    appendPadded(p, year, 4);
    *p++ = '-';
    appendPadded(p, month, 2);
    *p++ = '-';
    appendPadded(p, day, 2);
    *p++ = 'T';
    appendPadded(p, totalSeconds / 3600, 2);
    *p++ = ':';
    appendPadded(p, totalSeconds / 60 % 60, 2);
    *p++ = ':';
    appendPadded(p, totalSeconds % 60, 2);
    *p++ = '.';
    appendPadded(p, millis, 3);
    *p = 'Z';
}

void appendIso8601(QByteArray& out, qint64 msSinceEpoch)
{
    char buffer[24];
    formatIso8601(buffer, msSinceEpoch);
    out.append(buffer, 24);
}

QByteArray toIso8601(qint64 msSinceEpoch)
{
    QByteArray out;
    out.reserve(24);
    appendIso8601(out, msSinceEpoch);
    return out;
}

QString toIso8601String(qint64 msSinceEpoch)
{
    return QString::fromLatin1(toIso8601(msSinceEpoch));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace Journey::Timestamp

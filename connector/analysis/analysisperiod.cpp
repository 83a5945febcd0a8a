// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "analysisperiod.h"

namespace Journey {

namespace {

constexpr qint64 s_msPerDay = 86'400'000;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Days since 1970-01-01 to year/month/day in the proleptic Gregorian calendar, and back (the algorithms
// Howard Hinnant published as civil_from_days and days_from_civil).
void civilFromDays(qint64 days, qint64& year, int& month, int& day)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
}

qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = floorDiv(year, 400);
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

} // namespace

bool AnalysisPeriod::parse(QStringView text, Unit& out)
{
    if (text == QLatin1String("day"))
        out = Unit::Day;
    else if (text == QLatin1String("week"))
        out = Unit::Week;
    else if (text == QLatin1String("month"))
        out = Unit::Month;
    else
        return false;
    return true;
}

QString AnalysisPeriod::name(Unit unit)
{
    switch (unit) {
    case Unit::Day:
        return QStringLiteral("day");
    case Unit::Week:
        return QStringLiteral("week");
    case Unit::Month:
        return QStringLiteral("month");
    }
    return {};
}

qint64 AnalysisPeriod::index(qint64 msSinceEpoch, Unit unit)
{
    const qint64 day = floorDiv(msSinceEpoch, s_msPerDay);
    switch (unit) {
    case Unit::Day:
        return day;
    case Unit::Week:
        return floorDiv(day + 3, 7); // 1970-01-01 was a Thursday: week 0 starts on Monday 1969-12-29
    case Unit::Month: {
        qint64 year = 0;
        int month = 0;
        int dayOfMonth = 0;
        civilFromDays(day, year, month, dayOfMonth);
        return year * 12 + (month - 1);
    }
    }
    return day;
}

qint64 AnalysisPeriod::startMs(qint64 index, Unit unit)
{
    switch (unit) {
    case Unit::Day:
        return index * s_msPerDay;
    case Unit::Week:
        return (index * 7 - 3) * s_msPerDay;
    case Unit::Month:
        return daysFromCivil(floorDiv(index, 12), int(index - floorDiv(index, 12) * 12) + 1, 1) * s_msPerDay;
    }
    return 0;
}

QDate AnalysisPeriod::start(qint64 index, Unit unit)
{
    return QDate(1970, 1, 1).addDays(startMs(index, unit) / s_msPerDay);
}

} // namespace Journey

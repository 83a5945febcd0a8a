// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "core/timestamp.h"

#include <QDate>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Journey;

namespace {
// The reference: Qt's own calendar, independent of the code under test.
qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

class TestTimestamp : public QObject
{
    Q_OBJECT

private slots:
    void testParseValid_data();
    void testParseValid();
    void testParseInvalid_data();
    void testParseInvalid();
    void testFormat_data();
    void testFormat();
    void testFormatAgreesWithQt();
    void testRoundTrip();
    void testAppendAndString();
    void testDaysFromCivil();
    void testNow();
};

void TestTimestamp::testParseValid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected");

    const qint64 base = utcMs(2024, 1, 15, 10, 30, 0);
    QTest::newRow("Z") << QByteArray("2024-01-15T10:30:00Z") << base;
    QTest::newRow("lower-case t and z") << QByteArray("2024-01-15t10:30:00z") << base;
    QTest::newRow("space separator") << QByteArray("2024-01-15 10:30:00Z") << base;
    QTest::newRow("no zone is UTC") << QByteArray("2024-01-15T10:30:00") << base;
    QTest::newRow("no seconds") << QByteArray("2024-01-15T10:30Z") << base;
    QTest::newRow("no seconds, no zone") << QByteArray("2024-01-15T10:30") << base;
    QTest::newRow("date only is midnight") << QByteArray("2024-01-15") << utcMs(2024, 1, 15);
    QTest::newRow("milliseconds") << QByteArray("2024-01-15T10:30:00.123Z") << base + 123;
    QTest::newRow("one fraction digit") << QByteArray("2024-01-15T10:30:00.1Z") << base + 100;
    QTest::newRow("two fraction digits") << QByteArray("2024-01-15T10:30:00.12Z") << base + 120;
    QTest::newRow("nanoseconds truncated") << QByteArray("2024-01-15T10:30:00.123456789Z") << base + 123;
    QTest::newRow("truncated, not rounded") << QByteArray("2024-01-15T10:30:00.9999Z") << base + 999;
    QTest::newRow("comma fraction") << QByteArray("2024-01-15T10:30:00,5Z") << base + 500;
    QTest::newRow("fraction without zone") << QByteArray("2024-01-15T10:30:00.250") << base + 250;
    QTest::newRow("+HH:MM") << QByteArray("2024-01-15T10:30:00+02:00") << utcMs(2024, 1, 15, 8, 30);
    QTest::newRow("+HHMM") << QByteArray("2024-01-15T10:30:00+0200") << utcMs(2024, 1, 15, 8, 30);
    QTest::newRow("+HH") << QByteArray("2024-01-15T10:30:00+02") << utcMs(2024, 1, 15, 8, 30);
    QTest::newRow("-HH:MM with minutes") << QByteArray("2024-01-15T10:30:00-05:30") << utcMs(2024, 1, 15, 16, 0);
    QTest::newRow("+00:00") << QByteArray("2024-01-15T10:30:00+00:00") << base;
    QTest::newRow("-00:00") << QByteArray("2024-01-15T10:30:00-00:00") << base;
    QTest::newRow("fraction and offset") << QByteArray("2024-03-01T12:00:00.123456+05:30")
                                         << utcMs(2024, 3, 1, 6, 30, 0, 123);
    QTest::newRow("offset crosses the year back") << QByteArray("2024-01-01T00:30:00+01:00")
                                                  << utcMs(2023, 12, 31, 23, 30);
    QTest::newRow("offset crosses the year forward") << QByteArray("2023-12-31T23:30:00-01:00")
                                                     << utcMs(2024, 1, 1, 0, 30);
    QTest::newRow("+23:59") << QByteArray("2024-01-15T10:30:00+23:59") << base - (23 * 60 + 59) * 60'000LL;
    QTest::newRow("leap day 2024") << QByteArray("2024-02-29T23:59:59.999Z") << utcMs(2024, 2, 29, 23, 59, 59, 999);
    QTest::newRow("leap day 2000 (divisible by 400)") << QByteArray("2000-02-29") << utcMs(2000, 2, 29);
    QTest::newRow("end of year") << QByteArray("2024-12-31T23:59:59Z") << utcMs(2024, 12, 31, 23, 59, 59);
    QTest::newRow("30 April") << QByteArray("2024-04-30T00:00:00Z") << utcMs(2024, 4, 30);
    QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00.000Z") << qint64(0);
    QTest::newRow("one ms before the epoch") << QByteArray("1969-12-31T23:59:59.999Z") << qint64(-1);
    QTest::newRow("1900") << QByteArray("1900-01-01T00:00:00Z") << utcMs(1900, 1, 1);
    QTest::newRow("year 1") << QByteArray("0001-01-01T00:00:00Z") << utcMs(1, 1, 1);
    QTest::newRow("year 9999") << QByteArray("9999-12-31T23:59:59.999Z") << utcMs(9999, 12, 31, 23, 59, 59, 999);
    QTest::newRow("offset before the epoch") << QByteArray("1970-01-01T00:00:00+01:00") << qint64(-3'600'000);
}

void TestTimestamp::testParseValid()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    const std::optional<qint64> parsed = Timestamp::parseIso8601(text);
    QVERIFY2(parsed.has_value(), text.constData());
    QCOMPARE(*parsed, expected);
}

void TestTimestamp::testParseInvalid_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("yesterday");
    QTest::newRow("epoch number") << QByteArray("1705314600000");
    QTest::newRow("30 February") << QByteArray("2024-02-30");
    QTest::newRow("29 February, common year") << QByteArray("2023-02-29T00:00:00Z");
    QTest::newRow("29 February 1900 (century)") << QByteArray("1900-02-29");
    QTest::newRow("31 April") << QByteArray("2024-04-31T00:00:00Z");
    QTest::newRow("month 13") << QByteArray("2024-13-01");
    QTest::newRow("month 0") << QByteArray("2024-00-10");
    QTest::newRow("day 0") << QByteArray("2024-01-00");
    QTest::newRow("day 32") << QByteArray("2024-01-32");
    QTest::newRow("hour 24") << QByteArray("2024-01-15T24:00:00Z");
    QTest::newRow("minute 60") << QByteArray("2024-01-15T10:60:00Z");
    QTest::newRow("second 60") << QByteArray("2024-01-15T10:30:60Z");
    QTest::newRow("one-digit month") << QByteArray("2024-1-15");
    QTest::newRow("two-digit year") << QByteArray("24-01-15");
    QTest::newRow("slashes") << QByteArray("2024/01/15");
    QTest::newRow("leading space") << QByteArray(" 2024-01-15");
    QTest::newRow("trailing space") << QByteArray("2024-01-15T10:30:00Z ");
    QTest::newRow("signed year") << QByteArray("+2024-01-15");
    QTest::newRow("hour only") << QByteArray("2024-01-15T10");
    QTest::newRow("one-digit minute") << QByteArray("2024-01-15T10:3");
    QTest::newRow("bad separator") << QByteArray("2024-01-15X10:30");
    QTest::newRow("date and separator only") << QByteArray("2024-01-15T");
    QTest::newRow("dot without digits") << QByteArray("2024-01-15T10:30:00.Z");
    QTest::newRow("fraction then letters") << QByteArray("2024-01-15T10:30:00.123abc");
    QTest::newRow("ZZ") << QByteArray("2024-01-15T10:30:00ZZ");
    QTest::newRow("zone name") << QByteArray("2024-01-15T10:30:00 UTC");
    QTest::newRow("offset hour 24") << QByteArray("2024-01-15T10:30:00+24:00");
    QTest::newRow("offset minute 60") << QByteArray("2024-01-15T10:30:00+02:60");
    QTest::newRow("one-digit offset") << QByteArray("2024-01-15T10:30:00+2");
    QTest::newRow("offset with colon and no minutes") << QByteArray("2024-01-15T10:30:00+02:");
    QTest::newRow("sign only") << QByteArray("2024-01-15T10:30:00+");
    QTest::newRow("junk after the offset") << QByteArray("2024-01-15T10:30:00+02:00junk");
    QTest::newRow("letters in the year") << QByteArray("20x4-01-15");
}

void TestTimestamp::testParseInvalid()
{
    QFETCH(QByteArray, text);
    const std::optional<qint64> parsed = Timestamp::parseIso8601(text);
    QVERIFY2(!parsed.has_value(), qPrintable(QStringLiteral("'%1' parsed as %2").arg(QString::fromLatin1(text)).arg(parsed.value_or(0))));
}

void TestTimestamp::testFormat_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("epoch") << qint64(0) << QByteArray("1970-01-01T00:00:00.000Z");
    QTest::newRow("-1 ms") << qint64(-1) << QByteArray("1969-12-31T23:59:59.999Z");
    QTest::newRow("-1 s") << qint64(-1000) << QByteArray("1969-12-31T23:59:59.000Z");
    QTest::newRow("-1 day") << qint64(-86'400'000) << QByteArray("1969-12-31T00:00:00.000Z");
    QTest::newRow("-1 day -1 ms") << qint64(-86'400'001) << QByteArray("1969-12-30T23:59:59.999Z");
    QTest::newRow("leap day") << utcMs(2000, 2, 29, 1, 2, 3, 4) << QByteArray("2000-02-29T01:02:03.004Z");
    QTest::newRow("1 March after a leap day") << utcMs(2024, 3, 1) << QByteArray("2024-03-01T00:00:00.000Z");
    QTest::newRow("ordinary") << utcMs(2024, 1, 15, 10, 30, 0, 120) << QByteArray("2024-01-15T10:30:00.120Z");
    QTest::newRow("year 1") << utcMs(1, 1, 1) << QByteArray("0001-01-01T00:00:00.000Z");
    QTest::newRow("year 1900") << utcMs(1900, 3, 1, 12) << QByteArray("1900-03-01T12:00:00.000Z");
    QTest::newRow("year 9999") << utcMs(9999, 12, 31, 23, 59, 59, 999) << QByteArray("9999-12-31T23:59:59.999Z");
}

void TestTimestamp::testFormat()
{
    QFETCH(qint64, ms);
    QFETCH(QByteArray, expected);
    char buffer[25];
    buffer[24] = '#'; // formatIso8601 writes exactly 24 characters and no terminator
    Timestamp::formatIso8601(buffer, ms);
    QCOMPARE(QByteArray(buffer, 24), expected);
    QCOMPARE(buffer[24], '#');
    QCOMPARE(Timestamp::toIso8601(ms), expected);
}

void TestTimestamp::testFormatAgreesWithQt()
{
    // Random instants from 1000 to 9999 against Qt's formatter.
    QRandomGenerator random(20260101);
    const qint64 low = utcMs(1000, 1, 1);
    const qint64 high = utcMs(9999, 12, 31, 23, 59, 59, 999);
    for (int i = 0; i < 20000; ++i) {
        const qint64 ms = low + qint64(random.bounded(quint64(high - low)));
        const QString reference = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        QCOMPARE(Timestamp::toIso8601String(ms), reference);
    }
}

void TestTimestamp::testRoundTrip()
{
    QRandomGenerator random(7);
    const qint64 low = utcMs(1, 1, 1);
    const qint64 high = utcMs(9999, 12, 31, 23, 59, 59, 999);
    std::vector<qint64> values { low, high, 0, -1, 1, 951'782'399'999, 951'782'400'000 };
    for (int i = 0; i < 20000; ++i)
        values.push_back(low + qint64(random.bounded(quint64(high - low))));
    for (const qint64 ms : values) {
        const QByteArray text = Timestamp::toIso8601(ms);
        QCOMPARE(text.size(), 24);
        const std::optional<qint64> parsed = Timestamp::parseIso8601(text);
        QVERIFY2(parsed.has_value(), text.constData());
        QCOMPARE(*parsed, ms);
    }
}

void TestTimestamp::testAppendAndString()
{
    QByteArray out("at ");
    Timestamp::appendIso8601(out, 0);
    QCOMPARE(out, QByteArray("at 1970-01-01T00:00:00.000Z"));
    QCOMPARE(Timestamp::toIso8601String(-1), QStringLiteral("1969-12-31T23:59:59.999Z"));
}

void TestTimestamp::testDaysFromCivil()
{
    QCOMPARE(Timestamp::daysFromCivil(1970, 1, 1), qint64(0));
    QCOMPARE(Timestamp::daysFromCivil(1969, 12, 31), qint64(-1));
    QCOMPARE(Timestamp::daysFromCivil(2000, 3, 1), qint64(11017));
    // Every day of 1600..2400 against Qt's Julian day numbers (2440588 is 1970-01-01).
    const qint64 epochJulian = QDate(1970, 1, 1).toJulianDay();
    for (QDate date(1600, 1, 1); date.year() <= 2400; date = date.addDays(1)) {
        const qint64 days = Timestamp::daysFromCivil(date.year(), date.month(), date.day());
        if (days != date.toJulianDay() - epochJulian)
            QFAIL(qPrintable(date.toString(Qt::ISODate)));
    }
}

void TestTimestamp::testNow()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = Timestamp::nowMs();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(now >= before);
    QVERIFY(now <= after);
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"

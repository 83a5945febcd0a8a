// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "io/csvformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Journey;

namespace {
const QByteArray header = "type,messageId,timestamp,receivedAt,userId,anonymousId,event,name,category,groupId,previousId,"
                          "properties,traits,context,integrations,other\n";
const QString knownColumns = QStringLiteral("type, messageId, timestamp, receivedAt, userId, anonymousId, event, name, "
                                            "category, groupId, previousId, properties, traits, context, integrations, other");
}

class TestCsvFormat : public QObject
{
    Q_OBJECT

private slots:
    void testColumnNames();
    void testHeader();
    void testAppendRow_data();
    void testAppendRow();
    void testAppendRowRefusesNonObjects_data();
    void testAppendRowRefusesNonObjects();
    void testSetHeader_data();
    void testSetHeader();
    void testSetHeaderErrors_data();
    void testSetHeaderErrors();
    void testRowToJson_data();
    void testRowToJson();
    void testRowToJsonErrors_data();
    void testRowToJsonErrors();
};

void TestCsvFormat::testColumnNames()
{
    QCOMPARE(CsvFormat::columnNames(),
        (QList<QByteArray> { "type", "messageId", "timestamp", "receivedAt", "userId", "anonymousId", "event", "name",
            "category", "groupId", "previousId", "properties", "traits", "context", "integrations", "other" }));
}

void TestCsvFormat::testHeader()
{
    QByteArray out("prefix\n");
    CsvFormat::appendHeader(out);
    QCOMPARE(out, "prefix\n" + header);
}

void TestCsvFormat::testAppendRow_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("row");

    QTest::newRow("track")
        << QByteArray(R"({"type":"track","messageId":"m1","timestamp":"2024-05-01T10:00:00.000Z","receivedAt":"2024-05-01T10:00:01.000Z","userId":"u1","event":"Clicked"})")
        << QByteArray("track,m1,2024-05-01T10:00:00.000Z,2024-05-01T10:00:01.000Z,u1,,Clicked,,,,,,,,,\n");
    QTest::newRow("comma in a cell") << QByteArray(R"({"type":"page","name":"Plans, pricing"})")
                                     << QByteArray("page,,,,,,,\"Plans, pricing\",,,,,,,,\n");
    QTest::newRow("quotes doubled") << QByteArray(R"({"type":"page","name":"The \"best\" page"})")
                                    << QByteArray("page,,,,,,,\"The \"\"best\"\" page\",,,,,,,,\n");
    QTest::newRow("newline kept inside quotes") << QByteArray(R"({"type":"track","event":"two\nlines"})")
                                                << QByteArray("track,,,,,,\"two\nlines\",,,,,,,,,\n");
    QTest::newRow("carriage return quoted") << QByteArray(R"({"type":"track","event":"a\rb"})")
                                            << QByteArray("track,,,,,,\"a\rb\",,,,,,,,,\n");
    QTest::newRow("unicode unescaped") << QByteArray(R"({"type":"screen","name":"Caf\u00e9"})")
                                       << QByteArray("screen,,,,,,,Caf\xc3\xa9,,,,,,,,\n");
    QTest::newRow("JSON columns compact and quoted")
        << QByteArray(R"({"type":"identify","traits":{ "a" : [1, 2], "b":"x,y" },"context":{},"integrations":{"All":true}})")
        << QByteArray("identify,,,,,,,,,,,,\"{\"\"a\"\":[1,2],\"\"b\"\":\"\"x,y\"\"}\",{},\"{\"\"All\"\":true}\",\n");
    QTest::newRow("other members gathered")
        << QByteArray(R"({"type":"track","z":1,"event":"E","sentAt":"2024-05-01T10:00:00Z","nested":{"k":[true,null]}})")
        << QByteArray("track,,,,,,E,,,,,,,,,\"{\"\"z\"\":1,\"\"sentAt\"\":\"\"2024-05-01T10:00:00Z\"\",\"\"nested\"\":{\"\"k\"\":[true,null]}}\"\n");
    QTest::newRow("members in any order") << QByteArray(R"({"previousId":"p","userId":"u","type":"alias"})")
                                          << QByteArray("alias,,,,u,,,,,,p,,,,,\n");
    QTest::newRow("non-string in a text column") << QByteArray(R"({"type":"identify","userId":42})")
                                                 << QByteArray("identify,,,,42,,,,,,,,,,,\n");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray(",,,,,,,,,,,,,,,\n");
}

void TestCsvFormat::testAppendRow()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, row);
    CsvFormat format;
    QByteArray out("before\n");
    QVERIFY(format.appendRow(out, json));
    QCOMPARE(out, "before\n" + row);
    // One cell per column, always.
    QCOMPARE(CsvFormat::columnNames().size(), 16);
}

void TestCsvFormat::testAppendRowRefusesNonObjects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("array") << QByteArray("[1]");
    QTest::newRow("string") << QByteArray(R"("x")");
    QTest::newRow("invalid") << QByteArray(R"({"type":)");
    QTest::newRow("empty") << QByteArray();
}

void TestCsvFormat::testAppendRowRefusesNonObjects()
{
    QFETCH(QByteArray, json);
    CsvFormat format;
    QByteArray out("kept");
    QVERIFY(!format.appendRow(out, json));
    QCOMPARE(out, QByteArray("kept"));
}

void TestCsvFormat::testSetHeader_data()
{
    QTest::addColumn<QList<QByteArray>>("header");
    QTest::newRow("all columns") << CsvFormat::columnNames();
    QTest::newRow("type only") << QList<QByteArray> { "type" };
    QTest::newRow("any order") << QList<QByteArray> { "other", "userId", "type" };
    QTest::newRow("spaces around names") << QList<QByteArray> { " type ", "\tevent", "userId  " };
}

void TestCsvFormat::testSetHeader()
{
    QFETCH(QList<QByteArray>, header);
    CsvFormat format;
    QString error;
    QVERIFY2(format.setHeader(header, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
}

void TestCsvFormat::testSetHeaderErrors_data()
{
    QTest::addColumn<QList<QByteArray>>("header");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown column") << QList<QByteArray> { "type", "colour" }
                                    << QStringLiteral("unknown column 'colour' in the header; known columns: ") + knownColumns;
    QTest::newRow("case matters") << QList<QByteArray> { "Type" }
                                  << QStringLiteral("unknown column 'Type' in the header; known columns: ") + knownColumns;
    QTest::newRow("empty column name") << QList<QByteArray> { "type", "" }
                                       << QStringLiteral("unknown column '' in the header; known columns: ") + knownColumns;
    QTest::newRow("duplicate") << QList<QByteArray> { "type", "event", "event" }
                               << QStringLiteral("column 'event' appears twice in the header");
    QTest::newRow("duplicate after trimming") << QList<QByteArray> { "type", "userId", " userId" }
                                              << QStringLiteral("column 'userId' appears twice in the header");
    QTest::newRow("no type") << QList<QByteArray> { "userId", "event" } << QStringLiteral("the header has no 'type' column");
    QTest::newRow("nothing") << QList<QByteArray> {} << QStringLiteral("the header has no 'type' column");
}

void TestCsvFormat::testSetHeaderErrors()
{
    QFETCH(QList<QByteArray>, header);
    QFETCH(QString, error);
    CsvFormat format;
    QString reason;
    QVERIFY(!format.setHeader(header, &reason));
    QCOMPARE(reason, error);
}

void TestCsvFormat::testRowToJson_data()
{
    QTest::addColumn<QList<QByteArray>>("header");
    QTest::addColumn<QList<QByteArray>>("row");
    QTest::addColumn<QByteArray>("json");

    const QList<QByteArray> basic { "type", "userId", "event" };
    QTest::newRow("strings") << basic << QList<QByteArray> { "track", "u1", "Clicked" }
                             << QByteArray(R"({"type":"track","userId":"u1","event":"Clicked"})");
    QTest::newRow("empty cells left out") << basic << QList<QByteArray> { "identify", "u1", "" }
                                          << QByteArray(R"({"type":"identify","userId":"u1"})");
    QTest::newRow("text is escaped") << basic << QList<QByteArray> { "track", "u\"1\\", "line\nbreak\ttab\x01" }
                                     << QByteArray(R"({"type":"track","userId":"u\"1\\","event":"line\nbreak\ttab\u0001"})");
    QTest::newRow("numbers in text columns stay text") << basic << QList<QByteArray> { "track", "42", "1.5" }
                                                       << QByteArray(R"({"type":"track","userId":"42","event":"1.5"})");
    QTest::newRow("JSON columns") << QList<QByteArray> { "type", "properties", "context" }
                                  << QList<QByteArray> { "track", R"({ "a" : [1, {"b":null}] })", "{}" }
                                  << QByteArray(R"({"type":"track","properties":{"a":[1,{"b":null}]},"context":{}})");
    QTest::newRow("other spreads its members") << QList<QByteArray> { "other", "type", "userId" }
                                               << QList<QByteArray> { R"({"version":2,"x":"y"})", "identify", "u" }
                                               << QByteArray(R"({"version":2,"x":"y","type":"identify","userId":"u"})");
    QTest::newRow("empty other") << QList<QByteArray> { "type", "other" } << QList<QByteArray> { "identify", "{}" }
                                 << QByteArray(R"({"type":"identify"})");
    QTest::newRow("header order kept") << QList<QByteArray> { "event", "type" } << QList<QByteArray> { "E", "track" }
                                       << QByteArray(R"({"event":"E","type":"track"})");
}

void TestCsvFormat::testRowToJson()
{
    QFETCH(QList<QByteArray>, header);
    QFETCH(QList<QByteArray>, row);
    QFETCH(QByteArray, json);
    CsvFormat format;
    QString error;
    QVERIFY(format.setHeader(header, &error));
    ByteBuffer out;
    out.append(QByteArrayView("stale"));
    QVERIFY2(format.rowToJson(row, out, &error), qPrintable(error));
    QCOMPARE(out.toByteArray(), json);
    QVERIFY(QJsonDocument::fromJson(out.toByteArray()).isObject());
}

void TestCsvFormat::testRowToJsonErrors_data()
{
    QTest::addColumn<QList<QByteArray>>("row");
    QTest::addColumn<QString>("error");
    // Header: type, traits, other.
    QTest::newRow("too few fields") << QList<QByteArray> { "identify" }
                                    << QStringLiteral("the row has 1 fields but the header has 3");
    QTest::newRow("too many fields") << QList<QByteArray> { "identify", "", "", "" }
                                     << QStringLiteral("the row has 4 fields but the header has 3");
    QTest::newRow("invalid JSON") << QList<QByteArray> { "identify", "{a:1}", "" }
                                  << QStringLiteral("column 'traits': not valid JSON");
    QTest::newRow("JSON array") << QList<QByteArray> { "identify", "[]", "" }
                                << QStringLiteral("column 'traits': expected a JSON object");
    QTest::newRow("JSON string") << QList<QByteArray> { "identify", "\"text\"", "" }
                                 << QStringLiteral("column 'traits': expected a JSON object");
    QTest::newRow("other not JSON") << QList<QByteArray> { "identify", "", "version=2" }
                                    << QStringLiteral("column 'other': not valid JSON");
    QTest::newRow("other a number") << QList<QByteArray> { "identify", "", "2" }
                                    << QStringLiteral("column 'other': expected a JSON object");
}

void TestCsvFormat::testRowToJsonErrors()
{
    QFETCH(QList<QByteArray>, row);
    QFETCH(QString, error);
    CsvFormat format;
    QString reason;
    QVERIFY(format.setHeader({ "type", "traits", "other" }, &reason));
    ByteBuffer out;
    QVERIFY(!format.rowToJson(row, out, &reason));
    QCOMPARE(reason, error);
    // The next row is read as if nothing had happened.
    QVERIFY(format.rowToJson({ "identify", R"({"a":1})", "" }, out, &reason));
    QCOMPARE(out.toByteArray(), QByteArray(R"({"type":"identify","traits":{"a":1}})"));
}

QTEST_GUILESS_MAIN(TestCsvFormat)
#include "tst_csvformat.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "core/eventparser.h"
#include "core/timestamp.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace Journey;

Q_DECLARE_METATYPE(std::optional<Journey::EventType>)

namespace {

qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC).toMSecsSinceEpoch();
}

// When the collector received the request in these tests: 2024-03-01T12:00:00.000Z.
const qint64 arrival = utcMs(2024, 3, 1, 12);
const QByteArray arrivalText = "2024-03-01T12:00:00.000Z";

EventParser::Options collectorOptions()
{
    EventParser::Options options;
    options.source = EventSource::Segment;
    options.receivedAt = arrival;
    options.overrideReceivedAt = true;
    return options;
}

// The input followed by `padding` bytes that look like JSON, as in an import chunk where the next line follows.
QByteArray withPadding(const QByteArray& json)
{
    QByteArray buffer = json;
    for (int i = 0; i < EventParser::padding; ++i)
        buffer.append("}\"],{"[i % 5]);
    return buffer;
}

// Everything a batch holds, to compare batches as values.
QByteArray dump(const EventBatch& batch)
{
    QByteArray out;
    for (int i = 0; i < batch.size(); ++i) {
        out += QByteArray::number(int(batch.type(i))) + '|' + QByteArray::number(int(batch.source(i))) + '|'
            + QByteArray::number(batch.timestamp(i)) + '|' + QByteArray::number(batch.receivedAt(i)) + '|'
            + batch.messageId(i).toByteArray() + '|' + batch.userId(i).toByteArray() + '|'
            + batch.anonymousId(i).toByteArray() + '|' + batch.name(i).toByteArray() + '|'
            + batch.groupId(i).toByteArray() + '|' + batch.previousId(i).toByteArray() + '|'
            + batch.payload(i).toByteArray() + '\n';
    }
    return out;
}

} // namespace

class TestEventParser : public QObject
{
    Q_OBJECT

private slots:
    void testCanonical_data();
    void testCanonical();
    void testColumns_data();
    void testColumns();
    void testReceivedAt_data();
    void testReceivedAt();
    void testTimestamp_data();
    void testTimestamp();
    void testGeneratedMessageId();
    void testWriteKey();
    void testBatchMerge_data();
    void testBatchMerge();
    void testBatchOrderAndSource();
    void testRecordedBatch();
    void testTruncatedRecordedBatch();
    void testEscapedBatchKey();
    void testDuplicateBatchMember();
    void testMessageErrors_data();
    void testMessageErrors();
    void testBatchErrors_data();
    void testBatchErrors();
    void testMalformedJson_data();
    void testMalformedJson();
    void testErrorText();
    void testTooLarge();
    void testTooLargeInBatch();
    void testNothingPartial_data();
    void testNothingPartial();
    void testRudderStack_data();
    void testRudderStack();
    void testParserReuse();
    void testOptions();
};

void TestEventParser::testCanonical_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<std::optional<EventType>>("implied");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray received = "\"receivedAt\":\"" + arrivalText + "\"";
    const QByteArray at = "\"timestamp\":\"2024-03-01T11:59:00.000Z\"," + received;
    const std::optional<EventType> none;

    QTest::newRow("track")
        << QByteArray(R"({"type":"track","event":"Signed Up","userId":"u1","messageId":"m1","timestamp":"2024-03-01T11:59:00Z"})")
        << none
        << R"({"type":"track","messageId":"m1",)" + at + R"(,"userId":"u1","event":"Signed Up"})";
    QTest::newRow("identify")
        << QByteArray(R"({"traits":{"email":"a@example.com"},"anonymousId":"a1","type":"identify","messageId":"m2","timestamp":"2024-03-01T11:59:00Z"})")
        << none
        << R"({"type":"identify","messageId":"m2",)" + at + R"(,"anonymousId":"a1","traits":{"email":"a@example.com"}})";
    QTest::newRow("page")
        << QByteArray(R"({"type":"page","name":"Home","category":"Docs","properties":{"path":"/"},"userId":"u1","messageId":"m3","timestamp":"2024-03-01T11:59:00Z"})")
        << none
        << R"({"type":"page","messageId":"m3",)" + at + R"(,"userId":"u1","name":"Home","category":"Docs","properties":{"path":"/"}})";
    QTest::newRow("screen")
        << QByteArray(R"({"type":"screen","name":"Settings","anonymousId":"a1","messageId":"m4","timestamp":"2024-03-01T11:59:00Z"})")
        << none
        << R"({"type":"screen","messageId":"m4",)" + at + R"(,"anonymousId":"a1","name":"Settings"})";
    QTest::newRow("group")
        << QByteArray(R"({"type":"group","groupId":"g1","traits":{"name":"Acme"},"userId":"u1","messageId":"m5","timestamp":"2024-03-01T11:59:00Z"})")
        << none
        << R"({"type":"group","messageId":"m5",)" + at + R"(,"userId":"u1","groupId":"g1","traits":{"name":"Acme"}})";
    QTest::newRow("alias")
        << QByteArray(R"({"type":"alias","previousId":"anon-1","userId":"u1","messageId":"m6","timestamp":"2024-03-01T11:59:00Z"})")
        << none
        << R"({"type":"alias","messageId":"m6",)" + at + R"(,"userId":"u1","previousId":"anon-1"})";

    QTest::newRow("every member, reversed, with others")
        << QByteArray(R"({"zzz":true,"integrations":{"All":false},"context":{"ip":"1.2.3.4"},"traits":{"plan":"pro"},)"
                      R"("properties":{"x":1},"previousId":"p0","groupId":"g1","category":"Docs","name":"Home","event":"E",)"
                      R"("anonymousId":"a1","userId":"u1","receivedAt":"2020-01-01T00:00:00Z",)"
                      R"("timestamp":"2024-03-01T10:00:00+01:00","messageId":"m7","type":"page","aaa":[1,2],"version":2})")
        << none
        << R"({"type":"page","messageId":"m7","timestamp":"2024-03-01T09:00:00.000Z",)" + received
            + R"(,"userId":"u1","anonymousId":"a1","event":"E","name":"Home","category":"Docs","groupId":"g1","previousId":"p0",)"
              R"("properties":{"x":1},"traits":{"plan":"pro"},"context":{"ip":"1.2.3.4"},"integrations":{"All":false},)"
              R"("zzz":true,"aaa":[1,2],"version":2})";

    QTest::newRow("numeric ids become strings")
        << QByteArray(R"({"type":"group","userId":42,"anonymousId":-7,"groupId":18446744073709551615,"messageId":"m8","timestamp":"2024-03-01T11:59:00Z"})")
        << none
        << R"({"type":"group","messageId":"m8",)" + at + R"(,"userId":"42","anonymousId":"-7","groupId":"18446744073709551615"})";
    QTest::newRow("numeric previousId")
        << QByteArray(R"({"type":"alias","userId":"u1","previousId":0,"messageId":"m9","timestamp":"2024-03-01T11:59:00Z"})")
        << none
        << R"({"type":"alias","messageId":"m9",)" + at + R"(,"userId":"u1","previousId":"0"})";

    QTest::newRow("null members are absent")
        << QByteArray(R"({"type":"track","userId":null,"anonymousId":"a1","event":"E","name":null,"category":null,)"
                      R"("groupId":null,"previousId":null,"properties":null,"traits":null,"context":null,)"
                      R"("integrations":null,"messageId":"m10","timestamp":null,"receivedAt":null})")
        << none
        << R"({"type":"track","messageId":"m10","timestamp":")" + arrivalText + "\"," + received
            + R"(,"anonymousId":"a1","event":"E"})";
    QTest::newRow("empty userId is absent")
        << QByteArray(R"({"type":"identify","userId":"","anonymousId":"a1","messageId":"m11","timestamp":"2024-03-01T11:59:00Z"})")
        << none
        << R"({"type":"identify","messageId":"m11",)" + at + R"(,"anonymousId":"a1"})";
    QTest::newRow("writeKey is removed")
        << QByteArray(R"({"writeKey":"wk_live_0123456789","type":"identify","userId":"u1","messageId":"m12","timestamp":"2024-03-01T11:59:00Z","extra":"x"})")
        << none
        << R"({"type":"identify","messageId":"m12",)" + at + R"(,"userId":"u1","extra":"x"})";

    QTest::newRow("pretty-printed input is minified, strings keep their spaces")
        << QByteArray("{\n  \"type\" : \"track\",\r\n\t\"event\":   \"Order  Completed\" ,\n  \"userId\": \"u 1\",\n"
                      "  \"messageId\": \"m13\",\n  \"timestamp\": \"2024-03-01T11:59:00Z\",\n"
                      "  \"properties\": {\n    \"note\": \"two  spaces, a\\ttab\",\n    \"items\": [ 1 , 2 , { \"k\" : \"v w\" } ]\n  },\n"
                      "  \"extra\" : [ true , null ]\n}\n")
        << none
        << R"({"type":"track","messageId":"m13",)" + at
            + R"(,"userId":"u 1","event":"Order  Completed","properties":{"note":"two  spaces, a\ttab","items":[1,2,{"k":"v w"}]},"extra":[true,null]})";

    QTest::newRow("escapes are kept as written")
        << QByteArray(R"({"type":"track","userId":"\u0075\"1","event":"Caf\u00e9 \ud83d\ude00","messageId":"m\/14",)"
                      R"("timestamp":"2024-03-01T11:59:00Z","properties":{"qu\"ote":"say \"hi\"","back\\slash":"a\\b","nl":"a\nb"},)"
                      R"("ex\u0074ra":1})")
        << none
        << R"({"type":"track","messageId":"m\/14",)" + at
            + R"(,"userId":"\u0075\"1","event":"Caf\u00e9 \ud83d\ude00","properties":{"qu\"ote":"say \"hi\"","back\\slash":"a\\b","nl":"a\nb"},"ex\u0074ra":1})";
    QTest::newRow("raw UTF-8 is kept")
        << QByteArray(R"({"type":"track","userId":"ü","event":"日本語","messageId":"m15","timestamp":"2024-03-01T11:59:00Z"})")
        << none
        << R"({"type":"track","messageId":"m15",)" + at + R"(,"userId":"ü","event":"日本語"})";
    QTest::newRow("numbers are kept as written")
        << QByteArray(R"({"type":"track","userId":"u1","event":"E","messageId":"m16","timestamp":"2024-03-01T11:59:00Z",)"
                      R"("properties":{"big":12345678901234567890,"price":1.10,"exp":1E+2,"neg":-0.0,"small":5e-324}})")
        << none
        << R"({"type":"track","messageId":"m16",)" + at
            + R"(,"userId":"u1","event":"E","properties":{"big":12345678901234567890,"price":1.10,"exp":1E+2,"neg":-0.0,"small":5e-324}})";

    QTest::newRow("implied type")
        << QByteArray(R"({"event":"E","userId":"u1","messageId":"m17","timestamp":"2024-03-01T11:59:00Z"})")
        << std::optional<EventType>(EventType::Track)
        << R"({"type":"track","messageId":"m17",)" + at + R"(,"userId":"u1","event":"E"})";
    QTest::newRow("implied type that matches the declared one")
        << QByteArray(R"({"type":"screen","name":"S","userId":"u1","messageId":"m18","timestamp":"2024-03-01T11:59:00Z"})")
        << std::optional<EventType>(EventType::Screen)
        << R"({"type":"screen","messageId":"m18",)" + at + R"(,"userId":"u1","name":"S"})";

    QTest::newRow("originalTimestamp and sentAt stay, in the order sent")
        << QByteArray(R"({"type":"identify","userId":"u1","messageId":"m19","sentAt":"2024-03-01T11:00:05Z",)"
                      R"("originalTimestamp":"2024-03-01T11:00:00Z","timestamp":"2024-03-01T11:59:00Z"})")
        << none
        << R"({"type":"identify","messageId":"m19",)" + at
            + R"(,"userId":"u1","sentAt":"2024-03-01T11:00:05Z","originalTimestamp":"2024-03-01T11:00:00Z"})";
    QTest::newRow("nested null and empty containers are kept")
        << QByteArray(R"({"type":"track","userId":"u1","event":"E","messageId":"m20","timestamp":"2024-03-01T11:59:00Z","properties":{"a":null,"b":{},"c":[]},"context":{}})")
        << none
        << R"({"type":"track","messageId":"m20",)" + at + R"(,"userId":"u1","event":"E","properties":{"a":null,"b":{},"c":[]},"context":{}})";
}

void TestEventParser::testCanonical()
{
    QFETCH(QByteArray, input);
    QFETCH(std::optional<EventType>, implied);
    QFETCH(QByteArray, expected);

    EventParser parser(collectorOptions());
    EventBatch batch;
    QVERIFY2(parser.parseMessage(input, batch, implied), qPrintable(parser.error().toString()));
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.payload(0).toByteArray(), expected);
    QVERIFY(QJsonDocument::fromJson(batch.payload(0).toByteArray()).isObject());
    QVERIFY(parser.error().isEmpty());

    // The zero-copy path (import chunks) gives the same event, whatever follows the input in memory.
    const QByteArray padded = withPadding(input);
    EventParser paddedParser(collectorOptions());
    EventBatch paddedBatch;
    QVERIFY2(paddedParser.parseMessage(QByteArrayView(padded.constData(), input.size()), paddedBatch, implied, true),
        qPrintable(paddedParser.error().toString()));
    QCOMPARE(dump(paddedBatch), dump(batch));

    // The same message inside a /v1/batch body gives the same canonical form.
    if (!implied) {
        EventParser batchParser(collectorOptions());
        EventBatch fromBatch;
        QVERIFY2(batchParser.parseBatch(QByteArray("{\"batch\":[" + input + "]}"), fromBatch),
            qPrintable(batchParser.error().toString()));
        QCOMPARE(dump(fromBatch), dump(batch));
    }
}

void TestEventParser::testColumns_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("userId");
    QTest::addColumn<QByteArray>("anonymousId");
    QTest::addColumn<QByteArray>("groupId");
    QTest::addColumn<QByteArray>("previousId");

    QTest::newRow("track: name is the event")
        << QByteArray(R"({"type":"track","event":"Clicked","name":"ignored","userId":"u1","anonymousId":"a1"})")
        << int(EventType::Track) << QByteArray("Clicked") << QByteArray("u1") << QByteArray("a1") << QByteArray()
        << QByteArray();
    QTest::newRow("page: name is the name")
        << QByteArray(R"({"type":"page","name":"Pricing","event":"ignored","anonymousId":"a1"})") << int(EventType::Page)
        << QByteArray("Pricing") << QByteArray() << QByteArray("a1") << QByteArray() << QByteArray();
    QTest::newRow("page without a name") << QByteArray(R"({"type":"page","anonymousId":"a1"})") << int(EventType::Page)
                                         << QByteArray() << QByteArray() << QByteArray("a1") << QByteArray()
                                         << QByteArray();
    QTest::newRow("screen") << QByteArray(R"({"type":"screen","name":"Login","userId":"u1"})") << int(EventType::Screen)
                            << QByteArray("Login") << QByteArray("u1") << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("identify: no name") << QByteArray(R"({"type":"identify","name":"Ann","userId":"u1"})")
                                       << int(EventType::Identify) << QByteArray() << QByteArray("u1") << QByteArray()
                                       << QByteArray() << QByteArray();
    QTest::newRow("group") << QByteArray(R"({"type":"group","name":"x","groupId":"g1","userId":"u1"})")
                           << int(EventType::Group) << QByteArray() << QByteArray("u1") << QByteArray()
                           << QByteArray("g1") << QByteArray();
    QTest::newRow("alias") << QByteArray(R"({"type":"alias","previousId":"p1","userId":"u1"})") << int(EventType::Alias)
                           << QByteArray() << QByteArray("u1") << QByteArray() << QByteArray() << QByteArray("p1");
    QTest::newRow("numeric ids") << QByteArray(R"({"type":"group","groupId":-12,"userId":9007199254740993})")
                                 << int(EventType::Group) << QByteArray() << QByteArray("9007199254740993")
                                 << QByteArray() << QByteArray("-12") << QByteArray();
    QTest::newRow("columns hold unescaped text")
        << QByteArray(R"({"type":"track","event":"Caf\u00e9 \"x\"","userId":"a\/b","anonymousId":"\u00fc"})")
        << int(EventType::Track) << QByteArray("Caf\xc3\xa9 \"x\"") << QByteArray("a/b") << QByteArray("\xc3\xbc")
        << QByteArray() << QByteArray();
}

void TestEventParser::testColumns()
{
    QFETCH(QByteArray, input);
    QFETCH(int, type);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, userId);
    QFETCH(QByteArray, anonymousId);
    QFETCH(QByteArray, groupId);
    QFETCH(QByteArray, previousId);

    EventParser parser(collectorOptions());
    EventBatch batch;
    QVERIFY2(parser.parseMessage(input, batch), qPrintable(parser.error().toString()));
    QCOMPARE(batch.size(), 1);
    QCOMPARE(int(batch.type(0)), type);
    QCOMPARE(batch.source(0), EventSource::Segment);
    QCOMPARE(batch.name(0).toByteArray(), name);
    QCOMPARE(batch.userId(0).toByteArray(), userId);
    QCOMPARE(batch.anonymousId(0).toByteArray(), anonymousId);
    QCOMPARE(batch.groupId(0).toByteArray(), groupId);
    QCOMPARE(batch.previousId(0).toByteArray(), previousId);
    QCOMPARE(batch.receivedAt(0), arrival);
    QCOMPARE(batch.timestamp(0), arrival);
    QCOMPARE(batch.id(0), qint64(0));

    // The columns agree with the canonical message.
    const Event event = batch.event(0);
    const QJsonObject json = event.toJsonObject();
    QCOMPARE(json.value(QLatin1String("type")).toString(), QString::fromLatin1(eventTypeName(EventType(type))));
    QCOMPARE(json.value(QLatin1String("userId")).toString(), QString::fromUtf8(userId));
    QCOMPARE(json.value(QLatin1String("messageId")).toString(), event.messageId);
    QCOMPARE(event.name, QString::fromUtf8(name));
}

void TestEventParser::testReceivedAt_data()
{
    QTest::addColumn<bool>("override");
    QTest::addColumn<QByteArray>("own");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("collector: own receivedAt replaced") << true << QByteArray("2020-05-05T05:05:05.555Z") << arrivalText;
    QTest::newRow("collector: none of its own") << true << QByteArray() << arrivalText;
    QTest::newRow("import: own receivedAt kept") << false << QByteArray("2020-05-05T05:05:05.555Z")
                                                 << QByteArray("2020-05-05T05:05:05.555Z");
    QTest::newRow("import: own receivedAt normalised") << false << QByteArray("2020-05-05T07:05:05.5+02:00")
                                                       << QByteArray("2020-05-05T05:05:05.500Z");
    QTest::newRow("import: none of its own") << false << QByteArray() << arrivalText;
}

void TestEventParser::testReceivedAt()
{
    QFETCH(bool, override);
    QFETCH(QByteArray, own);
    QFETCH(QByteArray, expected);

    EventParser::Options options = collectorOptions();
    options.overrideReceivedAt = override;
    EventParser parser(options);
    EventBatch batch;
    QByteArray input = R"({"type":"identify","userId":"u1","messageId":"m")";
    if (!own.isEmpty())
        input += ",\"receivedAt\":\"" + own + "\"";
    input += "}";
    QVERIFY2(parser.parseMessage(input, batch), qPrintable(parser.error().toString()));
    const QJsonObject json = QJsonDocument::fromJson(batch.payload(0).toByteArray()).object();
    QCOMPARE(json.value(QLatin1String("receivedAt")).toString().toLatin1(), expected);
    QCOMPARE(batch.receivedAt(0), *Timestamp::parseIso8601(expected));
    // Without a timestamp of its own, the message happened when it was received.
    QCOMPARE(json.value(QLatin1String("timestamp")).toString().toLatin1(), expected);
    QCOMPARE(batch.timestamp(0), batch.receivedAt(0));
    // receivedAt appears once, in its place.
    QVERIFY(batch.payload(0).toByteArray().startsWith(QByteArray(
        R"({"type":"identify","messageId":"m","timestamp":")" + expected + R"(","receivedAt":")" + expected + "\"")));
    QCOMPARE(batch.payload(0).toByteArray().count("receivedAt"), 1);
}

void TestEventParser::testTimestamp_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Z") << QByteArray(R"("timestamp":"2024-03-01T11:00:00Z")") << QByteArray("2024-03-01T11:00:00.000Z");
    QTest::newRow("offset and microseconds") << QByteArray(R"("timestamp":"2024-03-01T12:00:00.123456+05:30")")
                                             << QByteArray("2024-03-01T06:30:00.123Z");
    QTest::newRow("date only") << QByteArray(R"("timestamp":"2024-02-29")") << QByteArray("2024-02-29T00:00:00.000Z");
    QTest::newRow("before the epoch") << QByteArray(R"("timestamp":"1969-07-20T20:17:40Z")")
                                      << QByteArray("1969-07-20T20:17:40.000Z");
    QTest::newRow("missing: receivedAt") << QByteArray(R"("x":1)") << arrivalText;
    QTest::newRow("null: receivedAt") << QByteArray(R"("timestamp":null)") << arrivalText;
    QTest::newRow("originalTimestamp without sentAt")
        << QByteArray(R"("originalTimestamp":"2024-03-01T10:00:00.250Z")") << QByteArray("2024-03-01T10:00:00.250Z");
    QTest::newRow("skew corrected: receivedAt - (sentAt - originalTimestamp)")
        << QByteArray(R"("originalTimestamp":"2024-03-01T11:00:00.000Z","sentAt":"2024-03-01T11:00:05.000Z")")
        << QByteArray("2024-03-01T11:59:55.000Z");
    QTest::newRow("skew corrected, client clock behind")
        << QByteArray(R"("sentAt":"2024-03-01T08:00:00.500Z","originalTimestamp":"2024-03-01T07:59:59.000Z")")
        << QByteArray("2024-03-01T11:59:58.500Z");
    QTest::newRow("timestamp wins over originalTimestamp")
        << QByteArray(R"("originalTimestamp":"2024-03-01T11:00:00Z","sentAt":"2024-03-01T11:00:05Z","timestamp":"2024-01-01T00:00:00Z")")
        << QByteArray("2024-01-01T00:00:00.000Z");
    QTest::newRow("sentAt alone changes nothing") << QByteArray(R"("sentAt":"2024-03-01T11:00:05Z")") << arrivalText;
}

void TestEventParser::testTimestamp()
{
    QFETCH(QByteArray, members);
    QFETCH(QByteArray, expected);

    EventParser parser(collectorOptions());
    EventBatch batch;
    QVERIFY2(parser.parseMessage(QByteArray(R"({"type":"identify","userId":"u1",)" + members + "}"), batch),
        qPrintable(parser.error().toString()));
    const QJsonObject json = QJsonDocument::fromJson(batch.payload(0).toByteArray()).object();
    QCOMPARE(json.value(QLatin1String("timestamp")).toString().toLatin1(), expected);
    QCOMPARE(batch.timestamp(0), *Timestamp::parseIso8601(expected));
    QCOMPARE(json.value(QLatin1String("receivedAt")).toString().toLatin1(), arrivalText);
}

void TestEventParser::testGeneratedMessageId()
{
    EventParser parser(collectorOptions());
    EventBatch batch;
    QVERIFY(parser.parseMessage(R"({"type":"identify","userId":"u1"})", batch));
    QVERIFY(parser.parseMessage(R"({"type":"identify","userId":"u1","messageId":""})", batch));
    QVERIFY(parser.parseMessage(R"({"type":"identify","userId":"u1","messageId":null})", batch));
    QCOMPARE(batch.size(), 3);
    QSet<QByteArray> seen;
    for (int i = 0; i < batch.size(); ++i) {
        const QByteArray id = batch.messageId(i).toByteArray();
        QVERIFY2(id.startsWith("journey-"), id.constData());
        QVERIFY2(!QUuid::fromString(QLatin1String(id.mid(8))).isNull(), id.constData());
        QCOMPARE(QJsonDocument::fromJson(batch.payload(i).toByteArray()).object().value(QLatin1String("messageId")).toString(),
            QString::fromLatin1(id));
        QVERIFY(batch.payload(i).toByteArray().startsWith(QByteArray(R"({"type":"identify","messageId":")" + id + "\"")));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 3);

    // Version 7: the time of generation leads, so ids made one after the other sort one after the other
    // (the store's message-id index then grows at its end).
    const qint64 before = Timestamp::nowMs();
    EventBatch many;
    for (int i = 0; i < 5000; ++i)
        QVERIFY(parser.parseMessage(R"({"type":"identify","userId":"u1"})", many));
    QByteArray previous;
    for (int i = 0; i < many.size(); ++i) {
        const QByteArray id = many.messageId(i).toByteArray();
        const QUuid uuid = QUuid::fromString(QLatin1String(id.mid(8)));
        QCOMPARE(uuid.data3 >> 12, 7); // QUuid::version() of Qt 6.4 knows versions 1 to 5 only
        QCOMPARE(uuid.variant(), QUuid::DCE);
        const qint64 millis = (qint64(uuid.data1) << 16) | uuid.data2;
        QVERIFY2(millis >= before && millis <= Timestamp::nowMs(), id.constData());
        QVERIFY2(id > previous, id.constData());
        previous = id;
    }
}

void TestEventParser::testWriteKey()
{
    EventParser parser(collectorOptions());
    EventBatch batch;
    QVERIFY(parser.parseMessage(R"({"type":"identify","userId":"u1","writeKey":"wk_message"})", batch));
    QCOMPARE(parser.writeKey(), QByteArray("wk_message"));
    QVERIFY(!batch.payload(0).toByteArray().contains("wk_message"));

    // Each call reports its own body's key only.
    QVERIFY(parser.parseMessage(R"({"type":"identify","userId":"u1"})", batch));
    QCOMPARE(parser.writeKey(), QByteArray());

    // The envelope's key is the request's key, even when messages carry their own.
    QVERIFY(parser.parseBatch(
        R"({"writeKey":"wk_envelope","batch":[{"type":"identify","userId":"u1","writeKey":"wk_inner"}]})", batch));
    QCOMPARE(parser.writeKey(), QByteArray("wk_envelope"));
    QVERIFY(!batch.payload(2).toByteArray().contains("wk_"));
    QVERIFY(parser.parseBatch(R"({"batch":[{"type":"identify","userId":"u1","writeKey":"wk_inner"}]})", batch));
    QCOMPARE(parser.writeKey(), QByteArray("wk_inner"));
    QVERIFY(!batch.payload(3).toByteArray().contains("wk_"));

    // A key is reported even when the body is then refused (the collector checks it before anything else).
    QVERIFY(!parser.parseMessage(R"({"type":"identify","writeKey":"wk_refused"})", batch));
    QCOMPARE(parser.writeKey(), QByteArray("wk_refused"));
    QCOMPARE(batch.size(), 4);
}

void TestEventParser::testBatchMerge_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArrayList>("expected");

    const QByteArray head = R"({"type":"track","messageId":"m1","timestamp":")" + arrivalText + R"(","receivedAt":")"
        + arrivalText + R"(","userId":"u1","event":"E")";

    QTest::newRow("batch context for a message without one")
        << QByteArray(R"({"context":{"library":{"name":"analytics-node","version":"1.0.0"}},"batch":[{"type":"track","messageId":"m1","userId":"u1","event":"E"}]})")
        << QByteArrayList { head + R"(,"context":{"library":{"name":"analytics-node","version":"1.0.0"}}})" };
    QTest::newRow("message members win, batch members fill in")
        << QByteArray(R"({"batch":[{"type":"track","messageId":"m1","userId":"u1","event":"E","context":{"ip":"10.0.0.1","locale":"fr-FR"},)"
                      R"("integrations":{"Amplitude":false}}],"context":{"ip":"1.1.1.1","library":{"name":"l"}},"integrations":{"All":true,"Amplitude":true}})")
        << QByteArrayList { head
               + R"(,"context":{"ip":"10.0.0.1","locale":"fr-FR","library":{"name":"l"}},"integrations":{"Amplitude":false,"All":true}})" };
    QTest::newRow("null envelope members are ignored")
        << QByteArray(R"({"batch":[{"type":"track","messageId":"m1","userId":"u1","event":"E"}],"context":null,"integrations":null,"sentAt":null})")
        << QByteArrayList { head + "}" };
    QTest::newRow("sentAt copied into messages without one")
        << QByteArray(R"({"sentAt":"2024-03-01T11:59:59Z","batch":[{"type":"track","messageId":"m1","userId":"u1","event":"E"},)"
                      R"({"type":"track","messageId":"m2","userId":"u1","event":"E","sentAt":"2024-03-01T11:00:00Z"}]})")
        << QByteArrayList { head + R"(,"sentAt":"2024-03-01T11:59:59Z"})",
               R"({"type":"track","messageId":"m2","timestamp":")" + arrivalText + R"(","receivedAt":")" + arrivalText
                   + R"(","userId":"u1","event":"E","sentAt":"2024-03-01T11:00:00Z"})" };
    QTest::newRow("batch sentAt corrects the skew of originalTimestamp")
        << QByteArray(R"({"batch":[{"type":"track","messageId":"m1","userId":"u1","event":"E","originalTimestamp":"2024-03-01T09:00:00Z"}],)"
                      R"("sentAt":"2024-03-01T09:00:10Z"})")
        << QByteArrayList { R"({"type":"track","messageId":"m1","timestamp":"2024-03-01T11:59:50.000Z","receivedAt":")"
               + arrivalText + R"(","userId":"u1","event":"E","originalTimestamp":"2024-03-01T09:00:00Z","sentAt":"2024-03-01T09:00:10Z"})" };
    QTest::newRow("pretty-printed envelope")
        << QByteArray("{\n \"batch\" : [\n  { \"type\" : \"track\" , \"messageId\" : \"m1\", \"userId\" : \"u1\", \"event\" : \"E\" }\n ],\n"
                      " \"context\" : { \"app\" : { \"name\" : \"My  App\" } }\n}")
        << QByteArrayList { head + R"(,"context":{"app":{"name":"My  App"}}})" };
    QTest::newRow("empty batch") << QByteArray(R"({"batch":[]})") << QByteArrayList {};
}

void TestEventParser::testBatchMerge()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArrayList, expected);

    EventParser parser(collectorOptions());
    EventBatch batch;
    QVERIFY2(parser.parseBatch(body, batch), qPrintable(parser.error().toString()));
    QCOMPARE(batch.size(), int(expected.size()));
    for (int i = 0; i < batch.size(); ++i)
        QCOMPARE(batch.payload(i).toByteArray(), expected.at(i));

    const QByteArray padded = withPadding(body);
    EventBatch paddedBatch;
    QVERIFY(parser.parseBatch(QByteArrayView(padded.constData(), body.size()), paddedBatch, true));
    QCOMPARE(dump(paddedBatch), dump(batch));
}

void TestEventParser::testBatchOrderAndSource()
{
    QByteArray body = R"({"batch":[)";
    for (int i = 0; i < 500; ++i) {
        if (i)
            body += ',';
        body += R"({"type":"track","event":"E)" + QByteArray::number(i) + R"(","userId":)" + QByteArray::number(i)
            + R"(,"messageId":"m)" + QByteArray::number(i) + "\"}";
    }
    body += "]}";
    EventParser::Options options = collectorOptions();
    options.source = EventSource::Import;
    EventParser parser(options);
    EventBatch batch;
    QVERIFY2(parser.parseBatch(body, batch), qPrintable(parser.error().toString()));
    QCOMPARE(batch.size(), 500);
    for (int i = 0; i < 500; ++i) {
        QCOMPARE(batch.messageId(i).toByteArray(), "m" + QByteArray::number(i));
        QCOMPARE(batch.userId(i).toByteArray(), QByteArray::number(i));
        QCOMPARE(batch.name(i).toByteArray(), "E" + QByteArray::number(i));
        QCOMPARE(batch.source(i), EventSource::Import);
    }
}

void TestEventParser::testRecordedBatch()
{
    QFile body(QStringLiteral(JOURNEY_TEST_DATA "/segment/analytics-node-batch.json"));
    QFile expected(QStringLiteral(JOURNEY_TEST_DATA "/segment/analytics-node-batch.expected.ndjson"));
    QVERIFY(body.open(QIODevice::ReadOnly));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const QByteArrayList lines = expected.readAll().trimmed().split('\n');

    EventParser::Options options = collectorOptions();
    options.receivedAt = utcMs(2012, 12, 2, 0, 30, 20);
    options.detectRudderStack = true;
    EventParser parser(options);
    EventBatch batch;
    QVERIFY2(parser.parseBatch(body.readAll(), batch), qPrintable(parser.error().toString()));
    QCOMPARE(parser.writeKey(), QByteArray("wk_test_segment_fixture"));
    QCOMPARE(batch.size(), int(lines.size()));
    for (int i = 0; i < batch.size(); ++i) {
        QCOMPARE(batch.payload(i).toByteArray(), lines.at(i));
        QCOMPARE(batch.source(i), EventSource::Segment);
    }
    QCOMPARE(batch.name(1).toByteArray(), QByteArray("Song Played"));
    QCOMPARE(batch.name(2).toByteArray(), QByteArray("Home"));
    QCOMPARE(batch.timestamp(2), utcMs(2012, 12, 2, 0, 30, 10));
}

void TestEventParser::testTruncatedRecordedBatch()
{
    QFile body(QStringLiteral(JOURNEY_TEST_DATA "/segment/truncated-batch.json"));
    QVERIFY(body.open(QIODevice::ReadOnly));
    const QByteArray text = body.readAll();
    EventParser parser(collectorOptions());
    EventBatch batch;
    QVERIFY(!parser.parseBatch(text, batch));
    QVERIFY2(parser.error().message.startsWith(QLatin1String("malformed JSON: ")), qPrintable(parser.error().message));
    QCOMPARE(parser.error().line, qint64(text.count('\n') + 1)); // it ends on the last line
    QCOMPARE(batch.size(), 0);
}

void TestEventParser::testEscapedBatchKey()
{
    // The envelope's "batch" key written with an escape takes the slow path; the result must be the same.
    const QByteArray items = R"([{"type":"track","event":"A","userId":"u1","messageId":"m1","properties":{"p":1.50}},)"
                             R"({"type":"identify","anonymousId":"a1","messageId":"m2","traits":{ "t" : 2 }},)"
                             R"({"type":"page","name":"P","userId":"u2","messageId":"m3"}])";
    EventParser parser(collectorOptions());
    EventBatch plain, escaped;
    QVERIFY(parser.parseBatch(QByteArray(R"({"context":{"c":1},"batch":)" + items + "}"), plain));
    QVERIFY2(parser.parseBatch(QByteArray(R"({"context":{"c":1},"b\u0061tch":)" + items + "}"), escaped),
        qPrintable(parser.error().toString()));
    QCOMPARE(escaped.size(), 3);
    QCOMPARE(dump(escaped), dump(plain));
    QVERIFY(escaped.payload(0).toByteArray().contains(R"("properties":{"p":1.50})"));

    // Errors on the slow path name the right item.
    QVERIFY(!parser.parseBatch(R"({"b\u0061tch":[{"type":"identify","userId":"u"},{"type":"identify","userId":[]}]})", escaped));
    QCOMPARE(parser.error().field, QStringLiteral("batch[1].userId"));
    QCOMPARE(escaped.size(), 3);
}

void TestEventParser::testDuplicateBatchMember()
{
    // Two "batch" members: one array must not be read with the layout of the other (that read past the end).
    EventParser parser(collectorOptions());
    EventBatch batch;
    const QByteArray body = R"({"batch":[],"batch":[{"type":"identify","userId":"u1"},{"type":"identify","userId":"u2"}]})";
    QVERIFY(!parser.parseBatch(body, batch));
    QCOMPARE(parser.error().field, QStringLiteral("batch"));
    QCOMPARE(parser.error().message, QStringLiteral("appears more than once"));
    QCOMPARE(batch.size(), 0);
    QVERIFY(!parser.parseBatch(R"({"batch":[{"type":"identify","userId":"u1"}],"b\u0061tch":[]})", batch));
    QCOMPARE(parser.error().field, QStringLiteral("batch"));
    QCOMPARE(batch.size(), 0);
}

void TestEventParser::testMessageErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<std::optional<EventType>>("implied");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const auto row = [&](const char* name, const char* input, const char* field, const char* message,
                         std::optional<EventType> implied = std::nullopt) {
        QTest::newRow(name) << QByteArray(input) << implied << QString::fromUtf8(field) << QString::fromUtf8(message);
    };
    row("track without event", R"({"type":"track","userId":"u"})", "event", "required for track calls");
    row("track with empty event", R"({"type":"track","userId":"u","event":""})", "event", "required for track calls");
    row("track with null event", R"({"type":"track","userId":"u","event":null})", "event", "required for track calls");
    row("implied track without event", R"({"userId":"u"})", "event", "required for track calls", EventType::Track);
    row("event not a string", R"({"type":"track","userId":"u","event":5})", "event", "expected a string, got a number");
    row("group without groupId", R"({"type":"group","userId":"u"})", "groupId", "required for group calls");
    row("group with empty groupId", R"({"type":"group","userId":"u","groupId":""})", "groupId", "required for group calls");
    row("alias without previousId", R"({"type":"alias","userId":"u"})", "previousId", "required for alias calls");
    row("alias without userId", R"({"type":"alias","anonymousId":"a","previousId":"p"})", "userId",
        "required for alias calls");
    row("no identity", R"({"type":"identify","traits":{}})", "", "a message needs a userId or an anonymousId");
    row("empty and null identity", R"({"type":"identify","userId":"","anonymousId":null})", "",
        "a message needs a userId or an anonymousId");
    row("identity checked before event", R"({"type":"track"})", "", "a message needs a userId or an anonymousId");
    row("userId object", R"({"type":"identify","userId":{"id":1}})", "userId",
        "expected a string or an integer, got an object");
    row("userId fraction", R"({"type":"identify","userId":1.5})", "userId", "expected a string or an integer, got a number");
    row("userId boolean", R"({"type":"identify","userId":true})", "userId",
        "expected a string or an integer, got a boolean");
    row("anonymousId array", R"({"type":"identify","anonymousId":["a"]})", "anonymousId",
        "expected a string or an integer, got an array");
    row("groupId object", R"({"type":"group","userId":"u","groupId":{}})", "groupId",
        "expected a string or an integer, got an object");
    row("previousId boolean", R"({"type":"alias","userId":"u","previousId":false})", "previousId",
        "expected a string or an integer, got a boolean");
    row("unknown type", R"({"type":"login","userId":"u"})", "type",
        "'login' is not one of track, identify, page, screen, group, alias");
    row("type is case-sensitive", R"({"type":"Track","userId":"u","event":"e"})", "type",
        "'Track' is not one of track, identify, page, screen, group, alias");
    row("type not a string", R"({"type":1,"userId":"u"})", "type", "expected a string, got a number");
    row("type null", R"({"type":null,"userId":"u"})", "type", "expected a string, got null");
    row("no type", R"({"userId":"u","event":"e"})", "type", "required: one of track, identify, page, screen, group, alias");
    row("type does not match the endpoint", R"({"type":"identify","userId":"u"})", "type",
        "'identify' does not match the endpoint, which takes track calls", EventType::Track);
    row("alias sent to page", R"({"type":"alias","userId":"u","previousId":"p"})", "type",
        "'alias' does not match the endpoint, which takes page calls", EventType::Page);
    row("impossible timestamp", R"({"type":"identify","userId":"u","timestamp":"2024-02-30T00:00:00Z"})", "timestamp",
        "'2024-02-30T00:00:00Z' is not an ISO-8601 date-time");
    row("timestamp hour 24", R"({"type":"identify","userId":"u","timestamp":"2024-01-01T24:00:00Z"})", "timestamp",
        "'2024-01-01T24:00:00Z' is not an ISO-8601 date-time");
    row("epoch timestamp", R"({"type":"identify","userId":"u","timestamp":1709294400000})", "timestamp",
        "expected an ISO-8601 date-time string, got a number");
    row("bad receivedAt", R"({"type":"identify","userId":"u","receivedAt":"now"})", "receivedAt",
        "'now' is not an ISO-8601 date-time");
    row("bad sentAt", R"({"type":"identify","userId":"u","sentAt":{}})", "sentAt",
        "expected an ISO-8601 date-time string, got an object");
    row("bad originalTimestamp", R"({"type":"identify","userId":"u","originalTimestamp":"2024-13-01"})",
        "originalTimestamp", "'2024-13-01' is not an ISO-8601 date-time");
    row("properties array", R"({"type":"track","userId":"u","event":"e","properties":[]})", "properties",
        "expected an object, got an array");
    row("traits string", R"({"type":"identify","userId":"u","traits":"x"})", "traits", "expected an object, got a string");
    row("context number", R"({"type":"identify","userId":"u","context":5})", "context", "expected an object, got a number");
    row("integrations boolean", R"({"type":"identify","userId":"u","integrations":true})", "integrations",
        "expected an object, got a boolean");
    row("messageId number", R"({"type":"identify","userId":"u","messageId":5})", "messageId",
        "expected a string, got a number");
    row("name number", R"({"type":"page","userId":"u","name":5})", "name", "expected a string, got a number");
    row("category object", R"({"type":"page","userId":"u","category":{}})", "category", "expected a string, got an object");
    row("first problem in document order", R"({"type":"track","userId":{},"event":5})", "userId",
        "expected a string or an integer, got an object");
    row("root array", R"([{"type":"identify","userId":"u"}])", "", "expected a JSON object, got an array");
    row("root string", R"("track")", "", "expected a JSON object, got a string");
    row("root null", "null", "", "expected a JSON object, got null");
    row("empty body", "", "", "the body is empty; expected a JSON object");
    row("blank body", " \r\n\t ", "", "the body is empty; expected a JSON object");
    row("invalid UTF-8", "{\"type\":\"identify\",\"userId\":\"\xff\xfe\"}", "", "the text is not valid UTF-8");
    row("overlong UTF-8", "{\"type\":\"identify\",\"userId\":\"\xc0\xaf\"}", "", "the text is not valid UTF-8");
    row("lone surrogate bytes", "{\"type\":\"identify\",\"userId\":\"\xed\xa0\x80\"}", "", "the text is not valid UTF-8");
}

void TestEventParser::testMessageErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(std::optional<EventType>, implied);
    QFETCH(QString, field);
    QFETCH(QString, message);

    EventParser parser(collectorOptions());
    EventBatch batch;
    QVERIFY(parser.parseMessage(R"({"type":"identify","userId":"before","messageId":"m0"})", batch));
    const QByteArray before = dump(batch);

    QVERIFY(!parser.parseMessage(input, batch, implied));
    QCOMPARE(parser.error().field, field);
    QCOMPARE(parser.error().message, message);
    QVERIFY(!parser.error().tooLarge);
    QVERIFY(!parser.error().isEmpty());
    QCOMPARE(dump(batch), before);

    // The same through the zero-copy path.
    const QByteArray padded = withPadding(input);
    EventBatch paddedBatch;
    QVERIFY(!parser.parseMessage(QByteArrayView(padded.constData(), input.size()), paddedBatch, implied, true));
    QCOMPARE(parser.error().field, field);
    QCOMPARE(parser.error().message, message);
    QCOMPARE(paddedBatch.size(), 0);
}

void TestEventParser::testBatchErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QByteArray ok = R"({"type":"identify","userId":"u"})";
    QTest::newRow("no batch") << QByteArray(R"({"sentAt":"2024-03-01T11:00:00Z"})") << QStringLiteral("batch")
                              << QStringLiteral("required: the body must have a \"batch\" array");
    QTest::newRow("batch is an object") << QByteArray(R"({"batch":{}})") << QStringLiteral("batch")
                                        << QStringLiteral("expected an array, got an object");
    QTest::newRow("batch is null") << QByteArray(R"({"batch":null})") << QStringLiteral("batch")
                                   << QStringLiteral("expected an array, got null");
    QTest::newRow("root is an array") << QByteArray("[" + ok + "]") << QString()
                                      << QStringLiteral("expected a JSON object with a \"batch\" array, got an array");
    QTest::newRow("item is a number") << QByteArray(R"({"batch":[1]})") << QStringLiteral("batch[0]")
                                      << QStringLiteral("expected an object, got a number");
    QTest::newRow("second item is a string") << QByteArray(R"({"batch":[)" + ok + R"(,"x"]})")
                                             << QStringLiteral("batch[1]") << QStringLiteral("expected an object, got a string");
    QTest::newRow("item is null") << QByteArray(R"({"batch":[)" + ok + "," + ok + R"(,null]})")
                                  << QStringLiteral("batch[2]") << QStringLiteral("expected an object, got null");
    QTest::newRow("fourth item has an object userId")
        << QByteArray(R"({"batch":[)" + ok + "," + ok + "," + ok + R"(,{"type":"track","event":"e","userId":{}}]})")
        << QStringLiteral("batch[3].userId") << QStringLiteral("expected a string or an integer, got an object");
    QTest::newRow("item without type") << QByteArray(R"({"batch":[{"userId":"u"}]})") << QStringLiteral("batch[0].type")
                                       << QStringLiteral("required: one of track, identify, page, screen, group, alias");
    QTest::newRow("track item without event") << QByteArray(R"({"batch":[)" + ok + R"(,{"type":"track","userId":"u"}]})")
                                              << QStringLiteral("batch[1].event") << QStringLiteral("required for track calls");
    QTest::newRow("group item without groupId") << QByteArray(R"({"batch":[{"type":"group","userId":"u"}]})")
                                                << QStringLiteral("batch[0].groupId")
                                                << QStringLiteral("required for group calls");
    QTest::newRow("alias item without previousId") << QByteArray(R"({"batch":[{"type":"alias","userId":"u"}]})")
                                                   << QStringLiteral("batch[0].previousId")
                                                   << QStringLiteral("required for alias calls");
    QTest::newRow("item without identity") << QByteArray(R"({"batch":[)" + ok + R"(,{"type":"identify"}]})")
                                           << QStringLiteral("batch[1]")
                                           << QStringLiteral("a message needs a userId or an anonymousId");
    QTest::newRow("item with unknown type") << QByteArray(R"({"batch":[{"type":"purchase","userId":"u"}]})")
                                            << QStringLiteral("batch[0].type")
                                            << QStringLiteral("'purchase' is not one of track, identify, page, screen, group, alias");
    QTest::newRow("item with bad timestamp") << QByteArray(R"({"batch":[{"type":"identify","userId":"u","timestamp":"2023-02-29"}]})")
                                             << QStringLiteral("batch[0].timestamp")
                                             << QStringLiteral("'2023-02-29' is not an ISO-8601 date-time");
    QTest::newRow("envelope context not an object") << QByteArray(R"({"batch":[],"context":5})") << QStringLiteral("context")
                                                    << QStringLiteral("expected an object, got a number");
    QTest::newRow("envelope integrations an array") << QByteArray(R"({"integrations":[],"batch":[]})")
                                                    << QStringLiteral("integrations")
                                                    << QStringLiteral("expected an object, got an array");
    QTest::newRow("envelope sentAt garbage") << QByteArray(R"({"batch":[],"sentAt":"nope"})") << QStringLiteral("sentAt")
                                             << QStringLiteral("'nope' is not an ISO-8601 date-time");
    QTest::newRow("envelope sentAt number") << QByteArray(R"({"batch":[],"sentAt":5})") << QStringLiteral("sentAt")
                                            << QStringLiteral("expected an ISO-8601 date-time string, got a number");
    QTest::newRow("invalid UTF-8 in an item") << QByteArray("{\"batch\":[{\"type\":\"identify\",\"userId\":\"\x80\"}]}")
                                              << QString() << QStringLiteral("the text is not valid UTF-8");
    QTest::newRow("empty body") << QByteArray() << QString() << QStringLiteral("the body is empty; expected a JSON object");
}

void TestEventParser::testBatchErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, message);

    EventParser parser(collectorOptions());
    EventBatch batch;
    QVERIFY(parser.parseBatch(R"({"batch":[{"type":"identify","userId":"before"},{"type":"page","anonymousId":"a"}]})", batch));
    const QByteArray before = dump(batch);

    QVERIFY(!parser.parseBatch(body, batch));
    QCOMPARE(parser.error().field, field);
    QCOMPARE(parser.error().message, message);
    QCOMPARE(parser.error().line, qint64(0));
    QCOMPARE(dump(batch), before);
}

void TestEventParser::testMalformedJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("isBatch");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column"); // of the offending character, 1-based

    QTest::newRow("truncated") << QByteArray(R"({"type":"track","userId":"u")") << false << qint64(1) << qint64(29);
    QTest::newRow("missing colon") << QByteArray(R"({"type" "track"})") << false << qint64(1) << qint64(9);
    QTest::newRow("trailing comma") << QByteArray(R"({"type":"track","userId":"u",})") << false << qint64(1)
                                    << qint64(30);
    QTest::newRow("missing comma on line 4")
        << QByteArray("{\n  \"type\": \"track\",\n  \"userId\": \"u\"\n  \"event\": \"e\"\n}") << false << qint64(4)
        << qint64(3);
    QTest::newRow("bare word on line 2") << QByteArray("{\"batch\":[\n{\"type\":track}]}") << true << qint64(2)
                                         << qint64(9);
    QTest::newRow("two documents") << QByteArray(R"({"type":"identify","userId":"u"} {})") << false << qint64(1)
                                   << qint64(33);
    QTest::newRow("single quotes") << QByteArray("{'type':'track'}") << false << qint64(1) << qint64(2);
    QTest::newRow("CRLF lines") << QByteArray("{\r\n\"type\":\"track\",\r\n\"userId\":\"u\",\r\n\"event\":}") << false
                                << qint64(4) << qint64(9);
}

void TestEventParser::testMalformedJson()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, isBatch);
    QFETCH(qint64, line);
    QFETCH(qint64, column);

    EventParser parser(collectorOptions());
    EventBatch batch;
    QVERIFY(!(isBatch ? parser.parseBatch(input, batch) : parser.parseMessage(input, batch)));
    QVERIFY2(parser.error().message.startsWith(QLatin1String("malformed JSON: ")), qPrintable(parser.error().message));
    QVERIFY(parser.error().message.size() > 16);
    QCOMPARE(parser.error().field, QString());
    QCOMPARE(parser.error().line, line);
    // Qt's offset lands on the offending character or a few characters past it (on what it was reading).
    QVERIFY2(parser.error().column >= column && parser.error().column <= column + 3,
        qPrintable(QStringLiteral("column %1, expected about %2").arg(parser.error().column).arg(column)));
    QCOMPARE(batch.size(), 0);
}

void TestEventParser::testErrorText()
{
    EventParser parser(collectorOptions());
    EventBatch batch;
    const QByteArray ok = R"({"type":"identify","userId":"u"})";
    QVERIFY(!parser.parseBatch(QByteArray("{\"batch\":[" + ok + "," + ok + "," + ok + ",{\"type\":\"track\",\"userId\":{}}]}"), batch));
    QCOMPARE(parser.error().toString(), QStringLiteral("batch[3].userId: expected a string or an integer, got an object"));

    QVERIFY(!parser.parseMessage("{\n\"type\":\n}", batch));
    QVERIFY2(QRegularExpression(QStringLiteral("^line 3, column [12]: malformed JSON: .+$")).match(parser.error().toString()).hasMatch(),
        qPrintable(parser.error().toString()));

    // Nesting beyond simdjson's limit is refused with a message of its own, not a crash.
    QByteArray deep = R"({"type":"identify","userId":"u","traits":{"t":)";
    deep += QByteArray(1100, '[') + QByteArray(1100, ']') + "}}";
    QVERIFY(!parser.parseMessage(deep, batch));
    QCOMPARE(parser.error().message, QStringLiteral("malformed JSON: nested deeper than 1024 levels"));
    QCOMPARE(batch.size(), 0);
}

void TestEventParser::testTooLarge()
{
    const QByteArray input = R"({"type":"track","userId":"u1","event":"E","messageId":"m1","properties":{"text":")"
        + QByteArray(2000, 'x') + "\"}}";
    EventParser parser(collectorOptions());
    EventBatch batch;
    QVERIFY(parser.parseMessage(input, batch));
    const qsizetype size = batch.payload(0).size();
    batch.clear();

    // The limit is on the canonical message: exactly at the limit passes, one byte over does not.
    EventParser::Options options = collectorOptions();
    options.maxEventBytes = size;
    parser.setOptions(options);
    QVERIFY2(parser.parseMessage(input, batch), qPrintable(parser.error().toString()));
    QCOMPARE(batch.size(), 1);
    QVERIFY(!parser.error().tooLarge);

    options.maxEventBytes = size - 1;
    parser.setOptions(options);
    QVERIFY(!parser.parseMessage(input, batch));
    QVERIFY(parser.error().tooLarge);
    QCOMPARE(parser.error().field, QString());
    QCOMPARE(parser.error().message, QStringLiteral("the event is %1 KB; at most %2 KB per event are accepted")
                                         .arg(QString::number(double(size) / 1024.0, 'f', 1),
                                             QString::number(double(size - 1) / 1024.0, 'f', 1)));
    QCOMPARE(batch.size(), 1);

    // A format error is not a size error.
    QVERIFY(!parser.parseMessage(R"({"type":"track"})", batch));
    QVERIFY(!parser.error().tooLarge);

    // 0 means no limit.
    options.maxEventBytes = 0;
    parser.setOptions(options);
    QVERIFY(parser.parseMessage(input, batch));
    QCOMPARE(batch.size(), 2);
}

void TestEventParser::testTooLargeInBatch()
{
    EventParser::Options options = collectorOptions();
    options.maxEventBytes = 32 * 1024;
    EventParser parser(options);
    EventBatch batch;
    const QByteArray small = R"({"type":"identify","userId":"u"})";
    const QByteArray big = R"({"type":"identify","userId":"u","traits":{"blob":")" + QByteArray(40 * 1024, 'b') + "\"}}";
    QVERIFY(!parser.parseBatch(QByteArray("{\"batch\":[" + small + "," + big + "," + small + "]}"), batch));
    QVERIFY(parser.error().tooLarge);
    QCOMPARE(parser.error().field, QStringLiteral("batch[1]"));
    QVERIFY2(parser.error().message.endsWith(QLatin1String("at most 32.0 KB per event are accepted")),
        qPrintable(parser.error().message));
    QCOMPARE(batch.size(), 0);
}

void TestEventParser::testNothingPartial_data()
{
    QTest::addColumn<QByteArray>("body");

    QByteArray good;
    for (int i = 0; i < 50; ++i)
        good += R"({"type":"track","event":"Long enough to move the arenas )" + QByteArray::number(i)
            + R"(","userId":"user-)" + QByteArray::number(i) + R"(","properties":{"i":)" + QByteArray::number(i) + "}},";
    QTest::newRow("bad last item") << QByteArray("{\"batch\":[" + good + R"({"type":"track","userId":"u"}]})");
    QTest::newRow("non-object last item") << QByteArray("{\"batch\":[" + good + "42]}");
    QTest::newRow("bad first item") << QByteArray(R"({"batch":[{"type":"nope","userId":"u"},)" + good.chopped(1) + "]}");
    QTest::newRow("too large middle item")
        << QByteArray("{\"batch\":[" + good + R"({"type":"identify","userId":"u","traits":{"x":")" + QByteArray(5000, 'x')
            + "\"}}," + good.chopped(1) + "]}");
}

void TestEventParser::testNothingPartial()
{
    QFETCH(QByteArray, body);

    EventParser::Options options = collectorOptions();
    options.maxEventBytes = 4096;
    EventParser parser(options);
    EventBatch batch;
    QVERIFY(parser.parseBatch(R"({"batch":[{"type":"identify","userId":"first","messageId":"m1"},)"
                              R"({"type":"page","name":"Home","anonymousId":"a","messageId":"m2"}]})",
        batch));
    QCOMPARE(batch.size(), 2);
    const QByteArray before = dump(batch);
    const qsizetype payloadBytes = batch.payloadBytes();
    const qsizetype stringBytes = batch.stringBytes();

    QVERIFY(!parser.parseBatch(body, batch));
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.payloadBytes(), payloadBytes);
    QCOMPARE(batch.stringBytes(), stringBytes);
    QCOMPARE(dump(batch), before);

    // And the batch is fine to go on with.
    QVERIFY(parser.parseMessage(R"({"type":"identify","userId":"after","messageId":"m3"})", batch));
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.userId(2).toByteArray(), QByteArray("after"));
    QVERIFY(batch.payload(2).toByteArray().startsWith(R"({"type":"identify","messageId":"m3")"));
    QCOMPARE(batch.payload(1).toByteArray(),
        R"({"type":"page","messageId":"m2","timestamp":")" + arrivalText + R"(","receivedAt":")" + arrivalText
            + R"(","anonymousId":"a","name":"Home"})");
}

void TestEventParser::testRudderStack_data()
{
    QTest::addColumn<bool>("detect");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("source");

    const int segment = int(EventSource::Segment);
    const int rudder = int(EventSource::RudderStack);
    const auto single = [](const QByteArray& context) -> QByteArray {
        return R"({"batch":[{"type":"identify","userId":"u")" + (context.isEmpty() ? QByteArray() : ",\"context\":" + context)
            + "}]}";
    };
    QTest::newRow("JavaScript SDK") << true << single(R"({"library":{"name":"RudderLabs JavaScript SDK"}})") << rudder;
    QTest::newRow("Android package name") << true << single(R"({"library":{"name":"com.rudderstack.android.sdk.core"}})")
                                          << rudder;
    QTest::newRow("upper case") << true << single(R"({"library":{"name":"RUDDER-GO"}})") << rudder;
    QTest::newRow("Segment library") << true << single(R"({"library":{"name":"analytics.js","version":"4"}})") << segment;
    QTest::newRow("no library") << true << single(R"({"ip":"1.2.3.4"})") << segment;
    QTest::newRow("no context") << true << single(QByteArray()) << segment;
    QTest::newRow("library name not a string") << true << single(R"({"library":{"name":5}})") << segment;
    QTest::newRow("rudder elsewhere in the context") << true << single(R"({"app":{"name":"rudder"}})") << segment;
    QTest::newRow("detection off") << false << single(R"({"library":{"name":"RudderLabs JavaScript SDK"}})") << segment;
    QTest::newRow("channel and originalTimestamp (rudder-sdk-node)")
        << true
        << QByteArray(R"({"batch":[{"type":"identify","userId":"u","channel":"server","originalTimestamp":"2026-01-01T00:00:00.000Z","context":{"library":{"name":"analytics-node","version":"3.0.13"}}}]})")
        << rudder;
    QTest::newRow("channel alone") << true << QByteArray(R"({"batch":[{"type":"identify","userId":"u","channel":"server"}]})")
                                   << segment;
    QTest::newRow("originalTimestamp alone")
        << true << QByteArray(R"({"batch":[{"type":"identify","userId":"u","originalTimestamp":"2026-01-01T00:00:00.000Z"}]})")
        << segment;
    QTest::newRow("from the envelope's context")
        << true << QByteArray(R"({"context":{"library":{"name":"rudder-sdk-node"}},"batch":[{"type":"identify","userId":"u"}]})")
        << rudder;
}

void TestEventParser::testRudderStack()
{
    QFETCH(bool, detect);
    QFETCH(QByteArray, body);
    QFETCH(int, source);

    EventParser::Options options = collectorOptions();
    options.detectRudderStack = detect;
    EventParser parser(options);
    EventBatch batch;
    QVERIFY2(parser.parseBatch(body, batch), qPrintable(parser.error().toString()));
    QCOMPARE(batch.size(), 1);
    QCOMPARE(int(batch.source(0)), source);
}

void TestEventParser::testParserReuse()
{
    EventParser parser(collectorOptions());
    EventBatch batch;
    QVERIFY(!parser.parseMessage("{", batch));
    QVERIFY(!parser.error().isEmpty());
    QVERIFY(parser.parseMessage(R"({"type":"identify","userId":"u","messageId":"m1"})", batch));
    QVERIFY(parser.error().isEmpty());
    QCOMPARE(parser.error().line, qint64(0));
    // A big message then a small one: nothing of the first leaks into the second.
    QVERIFY(parser.parseMessage(QByteArray(R"({"type":"identify","userId":"u","messageId":"m2","traits":{"long":")"
                                    + QByteArray(100000, 'z') + "\"}}"),
        batch));
    QVERIFY(parser.parseMessage(R"({"type":"identify","userId":"v","messageId":"m3"})", batch));
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.payload(2).toByteArray(),
        R"({"type":"identify","messageId":"m3","timestamp":")" + arrivalText + R"(","receivedAt":")" + arrivalText
            + R"(","userId":"v"})");

    // A new arrival time is used as soon as the options change.
    EventParser::Options options = collectorOptions();
    options.receivedAt = arrival + 1;
    parser.setOptions(options);
    QCOMPARE(parser.options().receivedAt, arrival + 1);
    QVERIFY(parser.parseMessage(R"({"type":"identify","userId":"v","messageId":"m4"})", batch));
    QVERIFY(batch.payload(3).toByteArray().contains(R"("receivedAt":"2024-03-01T12:00:00.001Z")"));
    QCOMPARE(batch.receivedAt(3), arrival + 1);
}

void TestEventParser::testOptions()
{
    const EventParser defaults;
    QCOMPARE(defaults.options().source, EventSource::Unknown);
    QVERIFY(defaults.options().overrideReceivedAt);
    QCOMPARE(defaults.options().maxEventBytes, qsizetype(0));
    QVERIFY(!defaults.options().detectRudderStack);

    EventParser::Options options;
    options.source = EventSource::Connector;
    options.receivedAt = 0;
    EventParser parser(options);
    EventBatch batch;
    QVERIFY(parser.parseMessage(R"({"type":"identify","userId":"u","messageId":"m"})", batch));
    QCOMPARE(batch.source(0), EventSource::Connector);
    QCOMPARE(batch.receivedAt(0), qint64(0));
    QVERIFY(batch.payload(0).toByteArray().contains(R"("timestamp":"1970-01-01T00:00:00.000Z","receivedAt":"1970-01-01T00:00:00.000Z")"));
}

QTEST_GUILESS_MAIN(TestEventParser)
#include "tst_eventparser.moc"

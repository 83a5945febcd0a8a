// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "core/eventbatch.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Journey;

namespace {

// Appends an event whose every string is built in a temporary that dies before the batch is read.
void appendEvent(EventBatch& batch, int n, EventType type = EventType::Track)
{
    const QByteArray messageId = "msg-" + QByteArray::number(n);
    const QByteArray userId = n % 3 == 0 ? QByteArray() : "user-" + QByteArray::number(n);
    const QByteArray anonymousId = "anon-" + QByteArray::number(n);
    const QByteArray name = type == EventType::Track ? "Event " + QByteArray::number(n) : QByteArray();
    const QByteArray groupId = type == EventType::Group ? "group-" + QByteArray::number(n) : QByteArray();
    const QByteArray previousId = type == EventType::Alias ? "prev-" + QByteArray::number(n) : QByteArray();
    const QByteArray payload = R"({"type":"x","messageId":"msg-)" + QByteArray::number(n) + "\"}";
    EventFields fields;
    fields.type = type;
    fields.source = n % 2 ? EventSource::Segment : EventSource::Import;
    fields.timestamp = 1'700'000'000'000 + n;
    fields.receivedAt = 1'700'000'001'000 + n;
    fields.requestId = n * 10;
    fields.messageId = messageId;
    fields.userId = userId;
    fields.anonymousId = anonymousId;
    fields.name = name;
    fields.groupId = groupId;
    fields.previousId = previousId;
    batch.append(fields, payload);
}

// Checks that event \a i of \a batch holds what appendEvent(n) put in.
void verifyEvent(const EventBatch& batch, int i, int n, EventType type = EventType::Track)
{
    QCOMPARE(batch.type(i), type);
    QCOMPARE(batch.source(i), n % 2 ? EventSource::Segment : EventSource::Import);
    QCOMPARE(batch.timestamp(i), 1'700'000'000'000 + n);
    QCOMPARE(batch.receivedAt(i), 1'700'000'001'000 + n);
    QCOMPARE(batch.requestId(i), qint64(n * 10));
    QCOMPARE(batch.messageId(i).toByteArray(), "msg-" + QByteArray::number(n));
    QCOMPARE(batch.userId(i).toByteArray(), n % 3 == 0 ? QByteArray() : "user-" + QByteArray::number(n));
    QCOMPARE(batch.anonymousId(i).toByteArray(), "anon-" + QByteArray::number(n));
    QCOMPARE(batch.name(i).toByteArray(), type == EventType::Track ? "Event " + QByteArray::number(n) : QByteArray());
    QCOMPARE(batch.groupId(i).toByteArray(), type == EventType::Group ? "group-" + QByteArray::number(n) : QByteArray());
    QCOMPARE(batch.previousId(i).toByteArray(),
        type == EventType::Alias ? "prev-" + QByteArray::number(n) : QByteArray());
    QCOMPARE(batch.payload(i).toByteArray(), R"({"type":"x","messageId":"msg-)" + QByteArray::number(n) + "\"}");
}

QByteArray image(const EventBatch& batch)
{
    ByteBuffer buffer;
    batch.serialize(buffer);
    return buffer.toByteArray();
}

// Reads every column of every event; with a damaged batch this is where a bad offset would bite.
void touchEverything(const EventBatch& batch)
{
    const QByteArrayView arena = batch.payloadArena();
    for (int i = 0; i < batch.size(); ++i) {
        const QByteArrayView payload = batch.payload(i);
        QVERIFY(payload.size() <= arena.size());
        QVERIFY(payload.isEmpty() || (payload.data() >= arena.data() && payload.data() + payload.size() <= arena.data() + arena.size()));
        for (const QByteArrayView text : { batch.messageId(i), batch.userId(i), batch.anonymousId(i), batch.name(i),
                 batch.groupId(i), batch.previousId(i) })
            QVERIFY(text.size() <= batch.stringBytes());
        const Event event = batch.event(i);
        QCOMPARE(event.json.size(), payload.size());
    }
}

} // namespace

class TestEventBatch : public QObject
{
    Q_OBJECT

private slots:
    void testEmpty();
    void testAppendCopies();
    void testEveryType_data();
    void testEveryType();
    void testAppendFromKeepsIds();
    void testAppendAll();
    void testAssignIds();
    void testMarkRollback();
    void testRollbackToEmpty();
    void testClearAndReserve();
    void testEvent();
    void testFields();
    void testDecodedBatch();
    void testSerializeRoundTrip_data();
    void testSerializeRoundTrip();
    void testSerializeAppends();
    void testTruncatedImages();
    void testCorruptedImages_data();
    void testCorruptedImages();
    void testFuzz();
};

void TestEventBatch::testEmpty()
{
    EventBatch batch;
    QCOMPARE(batch.size(), 0);
    QVERIFY(batch.isEmpty());
    QCOMPARE(batch.payloadBytes(), qsizetype(0));
    QCOMPARE(batch.stringBytes(), qsizetype(0));
    QVERIFY(batch.hasPayloads());
    QCOMPARE(batch.payload(0).size(), qsizetype(0)); // no such event: an empty view, not a crash
}

void TestEventBatch::testAppendCopies()
{
    EventBatch batch;
    for (int n = 0; n < 100; ++n)
        appendEvent(batch, n);
    QCOMPARE(batch.size(), 100);
    QVERIFY(!batch.isEmpty());
    for (int i = 0; i < 100; ++i)
        verifyEvent(batch, i, i);
    QCOMPARE(batch.id(0), qint64(0)); // ids are the store's to give
    QVERIFY(batch.hasPayloads());
    // Payloads are back to back in the arena.
    qsizetype total = 0;
    for (int i = 0; i < batch.size(); ++i)
        total += batch.payload(i).size();
    QCOMPARE(batch.payloadBytes(), total);
    QCOMPARE(batch.payloadArena().size(), total);
    QCOMPARE(batch.payloadEnds().size(), size_t(100));
    QCOMPARE(qsizetype(batch.payloadEnds().back()), total);
}

void TestEventBatch::testEveryType_data()
{
    QTest::addColumn<int>("type");
    for (const EventType type : { EventType::Track, EventType::Identify, EventType::Page, EventType::Screen,
             EventType::Group, EventType::Alias })
        QTest::newRow(eventTypeName(type).toByteArray().constData()) << int(type);
}

void TestEventBatch::testEveryType()
{
    QFETCH(int, type);
    EventBatch batch;
    appendEvent(batch, 7, EventType(type));
    appendEvent(batch, 8, EventType(type));
    verifyEvent(batch, 0, 7, EventType(type));
    verifyEvent(batch, 1, 8, EventType(type));
}

void TestEventBatch::testAppendFromKeepsIds()
{
    EventBatch source;
    for (int n = 0; n < 5; ++n)
        appendEvent(source, n);
    source.assignIds(100);
    EventBatch target;
    appendEvent(target, 50);
    target.appendFrom(source, 3);
    target.appendFrom(source, 0);
    QCOMPARE(target.size(), 3);
    QCOMPARE(target.id(0), qint64(0));
    QCOMPARE(target.id(1), qint64(103));
    QCOMPARE(target.id(2), qint64(100));
    verifyEvent(target, 0, 50);
    verifyEvent(target, 1, 3);
    verifyEvent(target, 2, 0);
}

void TestEventBatch::testAppendAll()
{
    EventBatch first, second;
    for (int n = 0; n < 3; ++n)
        appendEvent(first, n);
    for (int n = 3; n < 10; ++n)
        appendEvent(second, n, n % 2 ? EventType::Group : EventType::Alias);
    second.assignIds(40);
    first.appendAll(second);
    QCOMPARE(first.size(), 10);
    for (int n = 0; n < 3; ++n)
        verifyEvent(first, n, n);
    for (int n = 3; n < 10; ++n) {
        verifyEvent(first, n, n, n % 2 ? EventType::Group : EventType::Alias);
        QCOMPARE(first.id(n), qint64(40 + n - 3));
    }
    // A copy is independent of its original.
    EventBatch copy = first;
    first.appendAll(copy);
    QCOMPARE(first.size(), 20);
    verifyEvent(first, 19, 9, EventType::Group);
    // An empty batch adds nothing.
    first.appendAll(EventBatch());
    QCOMPARE(first.size(), 20);
}

void TestEventBatch::testAssignIds()
{
    EventBatch batch;
    for (int n = 0; n < 4; ++n)
        appendEvent(batch, n);
    batch.assignIds(1000);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(batch.id(i), qint64(1000 + i));
    batch.setId(2, 7);
    QCOMPARE(batch.id(2), qint64(7));
    batch.setRequestId(1, 99);
    QCOMPARE(batch.requestId(1), qint64(99));
}

void TestEventBatch::testMarkRollback()
{
    EventBatch batch;
    for (int n = 0; n < 3; ++n)
        appendEvent(batch, n);
    const EventBatch::Mark mark = batch.mark();
    QCOMPARE(mark.events, 3);
    QCOMPARE(mark.payloads, batch.payloadBytes());
    QCOMPARE(mark.strings, batch.stringBytes());
    const QByteArray before = image(batch);

    for (int n = 3; n < 60; ++n)
        appendEvent(batch, n);
    QCOMPARE(batch.size(), 60);
    batch.rollback(mark);
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.payloadBytes(), mark.payloads);
    QCOMPARE(batch.stringBytes(), mark.strings);
    QCOMPARE(image(batch), before);
    for (int i = 0; i < 3; ++i)
        verifyEvent(batch, i, i);

    // Appending after a rollback reuses the space cleanly.
    appendEvent(batch, 77);
    QCOMPARE(batch.size(), 4);
    verifyEvent(batch, 3, 77);
    verifyEvent(batch, 2, 2);
}

void TestEventBatch::testRollbackToEmpty()
{
    EventBatch batch;
    const EventBatch::Mark mark = batch.mark();
    appendEvent(batch, 1);
    appendEvent(batch, 2);
    batch.rollback(mark);
    QVERIFY(batch.isEmpty());
    QCOMPARE(batch.payloadBytes(), qsizetype(0));
    QCOMPARE(batch.stringBytes(), qsizetype(0));
    QCOMPARE(image(batch), image(EventBatch()));
}

void TestEventBatch::testClearAndReserve()
{
    EventBatch batch;
    batch.reserve(1000, 100000);
    QCOMPARE(batch.size(), 0);
    appendEvent(batch, 1);
    batch.clear();
    QVERIFY(batch.isEmpty());
    QCOMPARE(batch.payloadBytes(), qsizetype(0));
    QCOMPARE(batch.stringBytes(), qsizetype(0));
    appendEvent(batch, 2);
    verifyEvent(batch, 0, 2);
}

void TestEventBatch::testEvent()
{
    EventBatch batch;
    appendEvent(batch, 1);
    EventFields fields;
    fields.type = EventType::Page;
    fields.source = EventSource::RudderStack;
    fields.timestamp = -5;
    fields.receivedAt = 6;
    fields.requestId = 12;
    fields.messageId = "m\xc3\xa9";
    fields.userId = "u";
    fields.anonymousId = "a";
    fields.name = "Caf\xc3\xa9";
    const QByteArray payload = R"({"type":"page","name":"Café"})";
    batch.append(fields, payload);
    batch.assignIds(41);

    const Event event = batch.event(1);
    QCOMPARE(event.id, qint64(42));
    QCOMPARE(event.type, EventType::Page);
    QCOMPARE(event.source, EventSource::RudderStack);
    QCOMPARE(event.timestamp, qint64(-5));
    QCOMPARE(event.receivedAt, qint64(6));
    QCOMPARE(event.requestId, qint64(12));
    QCOMPARE(event.messageId, QStringLiteral("m\u00e9"));
    QCOMPARE(event.userId, QStringLiteral("u"));
    QCOMPARE(event.anonymousId, QStringLiteral("a"));
    QCOMPARE(event.name, QStringLiteral("Caf\u00e9"));
    QVERIFY(event.groupId.isEmpty());
    QVERIFY(event.previousId.isEmpty());
    QCOMPARE(event.json, payload);
    QCOMPARE(event.toJsonObject().value(QLatin1String("name")).toString(), QStringLiteral("Caf\u00e9"));
    QVERIFY(event.prettyJson().contains("\n"));

    const Event first = batch.event(0);
    QCOMPARE(first.id, qint64(41));
    QCOMPARE(first.messageId, QStringLiteral("msg-1"));
}

void TestEventBatch::testFields()
{
    EventBatch batch;
    for (int n = 0; n < 4; ++n)
        appendEvent(batch, n, n == 2 ? EventType::Alias : EventType::Track);
    EventBatch copy;
    for (int i = 0; i < batch.size(); ++i)
        copy.append(batch.fields(i), batch.payload(i));
    QCOMPARE(image(copy), image(batch));
}

void TestEventBatch::testDecodedBatch()
{
    // How the segment decoder rebuilds a batch: one arena, references into it, then payloads.
    ByteBuffer arena;
    arena.append(QByteArrayView("m1u1Home"));
    EventBatch batch;
    batch.setStringArena(std::move(arena));
    EventFields fields;
    fields.type = EventType::Page;
    fields.timestamp = 10;
    const EventBatch::StringRef refs[6] = { { 0, 2 }, { 2, 2 }, {}, { 4, 4 }, {}, {} };
    batch.appendDecoded(5, fields, refs);
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.id(0), qint64(5));
    QCOMPARE(batch.messageId(0).toByteArray(), QByteArray("m1"));
    QCOMPARE(batch.userId(0).toByteArray(), QByteArray("u1"));
    QCOMPARE(batch.anonymousId(0).toByteArray(), QByteArray());
    QCOMPARE(batch.name(0).toByteArray(), QByteArray("Home"));
    QVERIFY(!batch.hasPayloads());
    QCOMPARE(batch.payload(0).size(), qsizetype(0));

    ByteBuffer payloads;
    payloads.append(QByteArrayView("{\"a\":1}"));
    batch.setPayloads(std::move(payloads), { 7 });
    QVERIFY(batch.hasPayloads());
    QCOMPARE(batch.payload(0).toByteArray(), QByteArray("{\"a\":1}"));
    QCOMPARE(batch.event(0).json, QByteArray("{\"a\":1}"));
}

void TestEventBatch::testSerializeRoundTrip_data()
{
    QTest::addColumn<int>("events");
    QTest::newRow("empty") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("many") << 1000;
}

void TestEventBatch::testSerializeRoundTrip()
{
    QFETCH(int, events);
    EventBatch batch;
    for (int n = 0; n < events; ++n)
        appendEvent(batch, n, EventType(1 + n % eventTypeCount));
    batch.assignIds(500);
    const QByteArray bytes = image(batch);

    EventBatch restored;
    appendEvent(restored, 999); // whatever was there goes
    QVERIFY(EventBatch::deserialize(bytes, restored));
    QCOMPARE(restored.size(), events);
    QCOMPARE(restored.payloadBytes(), batch.payloadBytes());
    QCOMPARE(restored.stringBytes(), batch.stringBytes());
    for (int i = 0; i < events; ++i) {
        verifyEvent(restored, i, i, EventType(1 + i % eventTypeCount));
        QCOMPARE(restored.id(i), qint64(500 + i));
    }
    QCOMPARE(image(restored), bytes);
}

void TestEventBatch::testSerializeAppends()
{
    EventBatch a, b;
    appendEvent(a, 1);
    appendEvent(b, 2);
    appendEvent(b, 3);
    ByteBuffer buffer;
    buffer.append(QByteArrayView("HEAD"));
    a.serialize(buffer);
    const qsizetype firstEnd = buffer.size();
    b.serialize(buffer);
    EventBatch readA, readB;
    QVERIFY(EventBatch::deserialize(buffer.view(4, firstEnd - 4), readA));
    QVERIFY(EventBatch::deserialize(buffer.view(firstEnd, buffer.size() - firstEnd), readB));
    QCOMPARE(readA.size(), 1);
    QCOMPARE(readB.size(), 2);
    verifyEvent(readA, 0, 1);
    verifyEvent(readB, 1, 3);
}

void TestEventBatch::testTruncatedImages()
{
    EventBatch batch;
    for (int n = 0; n < 5; ++n)
        appendEvent(batch, n);
    const QByteArray bytes = image(batch);
    for (qsizetype length = 0; length < bytes.size(); ++length) {
        EventBatch out;
        appendEvent(out, 1);
        if (EventBatch::deserialize(QByteArrayView(bytes.constData(), length), out))
            QFAIL(qPrintable(QStringLiteral("a %1-byte prefix of a %2-byte image was accepted").arg(length).arg(bytes.size())));
        QCOMPARE(out.size(), 0);
    }
    // Trailing bytes are damage too.
    EventBatch out;
    QVERIFY(!EventBatch::deserialize(QByteArray(bytes + 'x'), out));
    QCOMPARE(out.size(), 0);
}

void TestEventBatch::testCorruptedImages_data()
{
    QTest::addColumn<QByteArray>("bytes");

    EventBatch batch;
    for (int n = 0; n < 3; ++n)
        appendEvent(batch, n);
    const QByteArray good = image(batch);
    const auto patched = [&](qsizetype offset, quint32 value) {
        QByteArray bytes = good;
        std::memcpy(bytes.data() + offset, &value, sizeof value);
        return bytes;
    };
    const int n = 3;
    // Layout: header (3 × u32), ids, timestamps, receivedAts, requestIds (n × i64 each), types, sources (n × u8),
    // six string-reference columns (n × 2 × u32), payload ends (n × u32), strings, payloads.
    const qsizetype refs = 12 + 4 * 8 * n + 2 * n;
    const qsizetype ends = refs + 6 * 8 * n;
    QTest::newRow("count larger than the image") << patched(0, 1'000'000);
    QTest::newRow("count one more") << patched(0, 4);
    QTest::newRow("count one less") << patched(0, 2);
    QTest::newRow("count huge") << patched(0, 0xffffffffu);
    QTest::newRow("string arena size wrong") << patched(4, quint32(batch.stringBytes() + 1));
    QTest::newRow("payload arena size wrong") << patched(8, quint32(batch.payloadBytes() - 1));
    QTest::newRow("string offset out of range") << patched(refs, quint32(batch.stringBytes()));
    QTest::newRow("string length out of range") << patched(refs + 4, quint32(batch.stringBytes() + 1));
    QTest::newRow("string offset wraps") << patched(refs + 8, 0xfffffff0u);
    QTest::newRow("payload end past the arena") << patched(ends + 8, quint32(batch.payloadBytes() + 1));
    QTest::newRow("payload ends decrease") << patched(ends + 4, 1);
    QTest::newRow("all zero") << QByteArray(good.size(), '\0');
    QTest::newRow("all ones") << QByteArray(good.size(), '\xff');
}

void TestEventBatch::testCorruptedImages()
{
    QFETCH(QByteArray, bytes);
    EventBatch out;
    appendEvent(out, 1);
    QVERIFY(!EventBatch::deserialize(bytes, out));
    QCOMPARE(out.size(), 0);
    QCOMPARE(out.payloadBytes(), qsizetype(0));
}

void TestEventBatch::testFuzz()
{
    EventBatch batch;
    for (int n = 0; n < 8; ++n)
        appendEvent(batch, n, EventType(1 + n % eventTypeCount));
    const QByteArray good = image(batch);
    QRandomGenerator random(12345);
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes = good;
        const int flips = 1 + int(random.bounded(4));
        for (int f = 0; f < flips; ++f) {
            const qsizetype at = random.bounded(bytes.size());
            bytes[at] = char(bytes[at] ^ char(1 << random.bounded(8)));
        }
        if (random.bounded(4) == 0)
            bytes.truncate(random.bounded(bytes.size()));
        EventBatch out;
        if (EventBatch::deserialize(bytes, out)) {
            ++accepted;
            touchEverything(out);
            // What was accepted is exactly what the image says.
            QCOMPARE(image(out), bytes);
        } else {
            QCOMPARE(out.size(), 0);
        }
    }
    // Flips inside ids, times, types and text are not detectable: some images must get through.
    QVERIFY(accepted > 0);
}

QTEST_GUILESS_MAIN(TestEventBatch)
#include "tst_eventbatch.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storetestutil.h"

#include "store/segmentcodec.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <cstring>

using namespace Journey;
using namespace JourneyTest;

// Damaged blobs must never make the decoder ask for gigabytes. To see what it asks for, this test binary
// puts itself in front of glibc's allocator and remembers the largest single request.
#if defined(__GLIBC__)
#define JOURNEY_TRACK_ALLOCATIONS 1
extern "C" void* __libc_malloc(size_t size);
extern "C" void* __libc_realloc(void* pointer, size_t size);
extern "C" void* __libc_calloc(size_t count, size_t size);

namespace {
std::atomic<size_t> s_largestAllocation { 0 };
void noteAllocation(size_t size)
{
    size_t largest = s_largestAllocation.load(std::memory_order_relaxed);
    while (size > largest && !s_largestAllocation.compare_exchange_weak(largest, size, std::memory_order_relaxed)) {
    }
}
} // namespace

extern "C" void* malloc(size_t size)
{
    noteAllocation(size);
    return __libc_malloc(size);
}
extern "C" void* realloc(void* pointer, size_t size)
{
    noteAllocation(size);
    return __libc_realloc(pointer, size);
}
extern "C" void* calloc(size_t count, size_t size)
{
    noteAllocation(count * size);
    return __libc_calloc(count, size);
}
#endif

namespace {

constexpr qsizetype headerBytes = 16;
// Far more than any test blob here can legitimately need, far less than a damaged size field could ask for.
constexpr size_t allocationLimit = 64 * 1024 * 1024;

EventBatch withIds(EventBatch batch, qint64 firstId)
{
    batch.assignIds(firstId);
    return batch;
}

// The uncompressed column body of an encoded segment, and a way to put a modified one back.
QByteArray columnBody(const EncodedSegment& segment)
{
    QByteArray body;
    if (!SegmentCodec::decompress(QByteArrayView(segment.columns).sliced(headerBytes), body))
        return {};
    return body;
}

QByteArray withColumnBody(const EncodedSegment& segment, const QByteArray& body)
{
    return segment.columns.left(headerBytes) + SegmentCodec::compress(body);
}

template<typename T>
void poke(QByteArray& bytes, qsizetype offset, T value)
{
    std::memcpy(bytes.data() + offset, &value, sizeof value);
}

template<typename T>
T peek(const QByteArray& bytes, qsizetype offset)
{
    T value {};
    std::memcpy(&value, bytes.constData() + offset, sizeof value);
    return value;
}

// Offsets inside the column body for a segment of n events with s distinct strings (see segmentcodec.h).
struct Layout
{
    qsizetype n;
    qsizetype strings;
    qsizetype types() const { return 28 * n; }
    qsizetype stringColumn(int column) const { return 30 * n + (4 - (2 * n) % 4) % 4 + qsizetype(column) * 4 * n; }
    qsizetype stringEnds() const { return stringColumn(6); }
    qsizetype payloadEnds(qsizetype stringBytes) const { return stringEnds() + 4 * strings + stringBytes; }
};

EventBatch mixedEvents()
{
    EventBatch batch;
    for (int n = 0; n < 40; ++n)
        appendEvent(batch, numberedSpec(n));
    return withIds(batch, 1000);
}

} // namespace

class TestSegmentCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void decodeWithoutPayload();
    void segmentInfo_data();
    void segmentInfo();
    void idGapsSurvive();
    void repeatedStringsAreStoredOnce();
    void compressRoundTrip_data();
    void compressRoundTrip();
    void decompressRejects_data();
    void decompressRejects();
    void damagedColumns_data();
    void damagedColumns();
    void damagedPayload_data();
    void damagedPayload();
    void damagedBody_data();
    void damagedBody();
    void randomDamageNeverCrashes();
};

void TestSegmentCodec::roundTrip_data()
{
    QTest::addColumn<QList<EventSpec>>("specs");

    EventSpec empty;
    empty.messageId = "";
    empty.payload = "{}";
    QTest::newRow("one event, every string empty") << QList<EventSpec> { empty };

    EventSpec full;
    full.type = EventType::Group;
    full.source = EventSource::PostHog;
    full.timestamp = 1'767'225'600'123;
    full.receivedAt = 1'767'225'601'456;
    full.requestId = 77;
    full.messageId = "m-1";
    full.userId = "u-1";
    full.anonymousId = "a-1";
    full.name = "Signed Up";
    full.groupId = "g-1";
    full.previousId = "p-1";
    QTest::newRow("every field set") << QList<EventSpec> { full };

    EventSpec unicode = full;
    unicode.type = EventType::Page;
    unicode.userId = "Jürgen 🚀";
    unicode.name = "Bestellung abgeschlossen — 注文完了";
    unicode.anonymousId = QByteArray("nul\0inside", 10);
    unicode.note = "emoji 🎉 and \"quotes\" and \\ backslash";
    QTest::newRow("unicode and embedded nul") << QList<EventSpec> { unicode };

    EventSpec negative = full;
    negative.timestamp = -62'135'596'800'000; // year 1
    negative.receivedAt = 253'402'300'799'999; // year 9999
    negative.requestId = -5;
    EventSpec back = full;
    back.timestamp = 0;
    back.receivedAt = -1;
    QTest::newRow("extreme and decreasing times") << QList<EventSpec> { full, negative, back, full };

    QList<EventSpec> everyType;
    for (int type = 1; type <= eventTypeCount; ++type) {
        for (EventSource source : { EventSource::Unknown, EventSource::Segment, EventSource::RudderStack,
                 EventSource::Mixpanel, EventSource::Amplitude, EventSource::Heap, EventSource::GoogleAnalytics4,
                 EventSource::PostHog, EventSource::Import, EventSource::Connector }) {
            EventSpec spec = numberedSpec(type * 100 + int(source));
            spec.type = EventType(type);
            spec.source = source;
            everyType.append(spec);
        }
    }
    QTest::newRow("every type and source") << everyType;

    QList<EventSpec> mixedEmpty;
    for (int n = 0; n < 50; ++n) {
        EventSpec spec = numberedSpec(n);
        if (n % 2)
            spec.userId.clear();
        if (n % 3)
            spec.name.clear();
        if (n % 5 == 0)
            spec.payload = QByteArray(); // generated
        else if (n % 5 == 1)
            spec.payload = "{}";
        mixedEmpty.append(spec);
    }
    QTest::newRow("some strings empty") << mixedEmpty;

    EventSpec big = full;
    big.note = QByteArray(300'000, 'x');
    QTest::newRow("large payload") << QList<EventSpec> { full, big, full };

    QList<EventSpec> fullSegment;
    for (int n = 0; n < StoreWriter::maxSegmentEvents; ++n)
        fullSegment.append(numberedSpec(n));
    QTest::newRow("a full segment") << fullSegment;
}

void TestSegmentCodec::roundTrip()
{
    QFETCH(QList<EventSpec>, specs);
    EventBatch events;
    for (const EventSpec& spec : specs)
        appendEvent(events, spec);
    events.assignIds(42);

    const EncodedSegment segment = SegmentCodec::encode(events);
    EventBatch decoded;
    QString error;
    QVERIFY2(SegmentCodec::decode(segment.info.firstId, segment.columns, &segment.payload, decoded, &error),
        qPrintable(error));
    QVERIFY(decoded.hasPayloads());
    const QByteArray difference = batchDifference(events, decoded);
    QVERIFY2(difference.isEmpty(), difference.constData());
    // The standalone form carries the same text.
    for (int i = 0; i < events.size(); i += std::max(1, events.size() / 7)) {
        QCOMPARE(decoded.event(i).userId, QString::fromUtf8(specs.at(i).userId));
        QCOMPARE(decoded.event(i).name, QString::fromUtf8(specs.at(i).name));
    }
}

void TestSegmentCodec::decodeWithoutPayload()
{
    const EventBatch events = mixedEvents();
    const EncodedSegment segment = SegmentCodec::encode(events);
    EventBatch decoded;
    QString error;
    QVERIFY2(SegmentCodec::decode(segment.info.firstId, segment.columns, nullptr, decoded, &error), qPrintable(error));
    QVERIFY(!decoded.hasPayloads());
    QCOMPARE(decoded.payload(0), QByteArrayView());
    const QByteArray difference = batchDifference(events, decoded, false);
    QVERIFY2(difference.isEmpty(), difference.constData());
    // A damaged payload does not matter when payloads are not asked for.
    EventBatch again;
    QVERIFY(SegmentCodec::decode(segment.info.firstId, segment.columns, nullptr, again, &error));
}

void TestSegmentCodec::segmentInfo_data()
{
    QTest::addColumn<QList<EventSpec>>("specs");
    QTest::addColumn<qint64>("minTimestamp");
    QTest::addColumn<qint64>("maxTimestamp");
    QTest::addColumn<qint64>("minReceivedAt");
    QTest::addColumn<qint64>("maxReceivedAt");
    QTest::addColumn<quint32>("typeMask");
    QTest::addColumn<quint64>("sourceMask");

    EventSpec a;
    a.timestamp = 500;
    a.receivedAt = 9000;
    a.type = EventType::Alias;
    a.source = EventSource::Connector;
    EventSpec b;
    b.timestamp = -20;
    b.receivedAt = 100;
    b.type = EventType::Track;
    b.source = EventSource::Unknown;
    EventSpec c;
    c.timestamp = 300;
    c.receivedAt = 99'999;
    c.type = EventType::Alias;
    c.source = EventSource::Heap;
    QTest::newRow("one") << QList<EventSpec> { a } << qint64(500) << qint64(500) << qint64(9000) << qint64(9000)
                         << (1u << 6) << (quint64(1) << 33);
    QTest::newRow("three, unordered") << QList<EventSpec> { a, b, c } << qint64(-20) << qint64(500) << qint64(100)
                                      << qint64(99'999) << ((1u << 6) | (1u << 1))
                                      << ((quint64(1) << 33) | quint64(1) | (quint64(1) << 5));
}

void TestSegmentCodec::segmentInfo()
{
    QFETCH(QList<EventSpec>, specs);
    EventBatch events;
    for (const EventSpec& spec : specs)
        appendEvent(events, spec);
    events.assignIds(7);
    const SegmentInfo info = SegmentCodec::encode(events).info;
    QCOMPARE(info.firstId, qint64(7));
    QCOMPARE(info.lastId, qint64(7 + specs.size() - 1));
    QCOMPARE(info.eventCount, int(specs.size()));
    QTEST(info.minTimestamp, "minTimestamp");
    QTEST(info.maxTimestamp, "maxTimestamp");
    QTEST(info.minReceivedAt, "minReceivedAt");
    QTEST(info.maxReceivedAt, "maxReceivedAt");
    QTEST(info.typeMask, "typeMask");
    QTEST(info.sourceMask, "sourceMask");
}

void TestSegmentCodec::idGapsSurvive()
{
    // After a merge or a clear, ids inside one segment need not be consecutive.
    EventBatch events = numberedEvents(0, 5);
    const qint64 ids[] = { 10, 11, 15, 1000, 70'000 };
    for (int i = 0; i < 5; ++i)
        events.setId(i, ids[i]);
    const EncodedSegment segment = SegmentCodec::encode(events);
    QCOMPARE(segment.info.firstId, qint64(10));
    QCOMPARE(segment.info.lastId, qint64(70'000));
    EventBatch decoded;
    QString error;
    QVERIFY(SegmentCodec::decode(10, segment.columns, &segment.payload, decoded, &error));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(decoded.id(i), ids[i]);
    // Ids are stored relative to the first: a segment stored under another first id moves as a whole.
    EventBatch moved;
    QVERIFY(SegmentCodec::decode(110, segment.columns, nullptr, moved, &error));
    QCOMPARE(moved.id(0), qint64(110));
    QCOMPARE(moved.id(4), qint64(70'100));
}

void TestSegmentCodec::repeatedStringsAreStoredOnce()
{
    EventBatch events;
    for (int n = 0; n < 1000; ++n) {
        EventSpec spec = numberedSpec(n);
        spec.userId = "the-same-user-id-for-everyone-0123456789";
        spec.anonymousId = spec.userId; // shared across columns too
        spec.name = "Product Viewed";
        events.append(EventFields { spec.type, spec.source, spec.timestamp, spec.receivedAt, 0, spec.messageId,
                          spec.userId, spec.anonymousId, spec.name, {}, {} },
            "{}");
    }
    events.assignIds(1);
    const EncodedSegment segment = SegmentCodec::encode(events);
    const quint32 stringCount = peek<quint32>(segment.columns, 8);
    // 1000 message ids plus one user id and one name.
    QCOMPARE(stringCount, quint32(1002));
    EventBatch decoded;
    QString error;
    QVERIFY(SegmentCodec::decode(1, segment.columns, &segment.payload, decoded, &error));
    const QByteArray difference = batchDifference(events, decoded);
    QVERIFY2(difference.isEmpty(), difference.constData());
}

void TestSegmentCodec::compressRoundTrip_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("binary") << QByteArray("\0\1\2\xff\xfe\0", 6);
    QTest::newRow("repetitive") << QByteArray(1 << 20, 'a');
    // LZ4's best ratio (about 255:1): the decoder's sanity bound on sizes must still accept it.
    QTest::newRow("16 MB of zeros") << QByteArray(16 << 20, '\0');
    QByteArray random(1 << 20, Qt::Uninitialized);
    QRandomGenerator generator(7);
    generator.fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
    QTest::newRow("incompressible") << random;
}

void TestSegmentCodec::compressRoundTrip()
{
    QFETCH(QByteArray, raw);
    const QByteArray compressed = SegmentCodec::compress(raw);
    QCOMPARE(peek<quint32>(compressed, 0), quint32(raw.size()));
    QByteArray out = "garbage that must be replaced";
    QVERIFY(SegmentCodec::decompress(compressed, out));
    QCOMPARE(out, raw);
    ByteBuffer buffer;
    QVERIFY(SegmentCodec::decompress(compressed, buffer));
    QCOMPARE(buffer.toByteArray(), raw);
}

void TestSegmentCodec::decompressRejects_data()
{
    QTest::addColumn<QByteArray>("compressed");
    const QByteArray good = SegmentCodec::compress(QByteArray(QByteArray(10'000, 'q') + "tail"));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("three bytes") << QByteArray("\4\0\0", 3);
    QTest::newRow("size only") << good.left(4);
    QTest::newRow("truncated block") << good.left(good.size() - 3);
    QByteArray smaller = good;
    poke<quint32>(smaller, 0, quint32(100));
    QTest::newRow("size smaller than the data") << smaller;
    QByteArray larger = good;
    poke<quint32>(larger, 0, quint32(20'000));
    QTest::newRow("size larger than the data") << larger;
    QByteArray huge = good;
    poke<quint32>(huge, 0, quint32(0x3fff'ffff));
    QTest::newRow("size of a gigabyte") << huge;
    QByteArray maximum = good;
    poke<quint32>(maximum, 0, quint32(0xffff'ffff));
    QTest::newRow("size of four gigabytes") << maximum;
}

void TestSegmentCodec::decompressRejects()
{
    QFETCH(QByteArray, compressed);
#ifdef JOURNEY_TRACK_ALLOCATIONS
    s_largestAllocation = 0;
#endif
    QByteArray out;
    QVERIFY(!SegmentCodec::decompress(compressed, out));
#ifdef JOURNEY_TRACK_ALLOCATIONS
    QVERIFY2(s_largestAllocation.load() < allocationLimit,
        qPrintable(QStringLiteral("asked for %1 bytes").arg(s_largestAllocation.load())));
#endif
}

void TestSegmentCodec::damagedColumns_data()
{
    QTest::addColumn<QByteArray>("columns");

    const EncodedSegment segment = SegmentCodec::encode(mixedEvents());
    const QByteArray good = segment.columns;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("header only") << good.left(headerBytes);
    QTest::newRow("half the header") << good.left(8);
    for (qsizetype cut : { qsizetype(1), qsizetype(2), qsizetype(9), good.size() / 2 })
        QTest::addRow("%lld bytes cut off", qlonglong(cut)) << good.left(good.size() - cut);
    QByteArray magic = good;
    magic[0] = 'X';
    QTest::newRow("wrong magic") << magic;

    QByteArray count = good;
    poke<quint32>(count, 4, quint32(0xffff'ffff));
    QTest::newRow("count of four billion") << count;
    QByteArray moreCount = good;
    poke<quint32>(moreCount, 4, peek<quint32>(good, 4) + 1);
    QTest::newRow("count one too many") << moreCount;
    QByteArray zero = good;
    poke<quint32>(zero, 4, quint32(0));
    QTest::newRow("count of zero") << zero;
    QByteArray strings = good;
    poke<quint32>(strings, 8, quint32(0x4000'0000));
    QTest::newRow("a billion strings") << strings;
    QByteArray stringBytes = good;
    poke<quint32>(stringBytes, 12, quint32(0xffff'ff00));
    QTest::newRow("four gigabytes of strings") << stringBytes;
    QByteArray moreStringBytes = good;
    poke<quint32>(moreStringBytes, 12, peek<quint32>(good, 12) + 4000);
    QTest::newRow("string bytes beyond the body") << moreStringBytes;
    QByteArray rawSize = good;
    poke<quint32>(rawSize, headerBytes, quint32(0x3fff'0000));
    QTest::newRow("body claims a gigabyte") << rawSize;
    QByteArray garbage = good.left(headerBytes) + QByteArray(200, '\xee');
    QTest::newRow("body is garbage") << garbage;
}

void TestSegmentCodec::damagedColumns()
{
    QFETCH(QByteArray, columns);
    const EncodedSegment segment = SegmentCodec::encode(mixedEvents());
#ifdef JOURNEY_TRACK_ALLOCATIONS
    s_largestAllocation = 0;
#endif
    for (const QByteArray* payload : { static_cast<const QByteArray*>(nullptr), &segment.payload }) {
        EventBatch out;
        QString error;
        QVERIFY(!SegmentCodec::decode(1000, columns, payload, out, &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QVERIFY(out.isEmpty());
    }
#ifdef JOURNEY_TRACK_ALLOCATIONS
    QVERIFY2(s_largestAllocation.load() < allocationLimit,
        qPrintable(QStringLiteral("asked for %1 bytes").arg(s_largestAllocation.load())));
#endif
}

void TestSegmentCodec::damagedPayload_data()
{
    QTest::addColumn<QByteArray>("payload");
    const EncodedSegment segment = SegmentCodec::encode(mixedEvents());
    const QByteArray good = segment.payload;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << good.left(good.size() - 5);
    QTest::newRow("size only") << good.left(4);
    QByteArray huge = good;
    poke<quint32>(huge, 0, quint32(0x3fff'ffff));
    QTest::newRow("claims a gigabyte") << huge;
    QByteArray shorter = good;
    poke<quint32>(shorter, 0, peek<quint32>(good, 0) - 10);
    QTest::newRow("claims less than the offsets need") << shorter;
    // A valid LZ4 blob that is simply too short for the payload offsets.
    QTest::newRow("too short for the offsets") << SegmentCodec::compress("{}");
}

void TestSegmentCodec::damagedPayload()
{
    QFETCH(QByteArray, payload);
    const EncodedSegment segment = SegmentCodec::encode(mixedEvents());
#ifdef JOURNEY_TRACK_ALLOCATIONS
    s_largestAllocation = 0;
#endif
    EventBatch out;
    QString error;
    QVERIFY(!SegmentCodec::decode(1000, segment.columns, &payload, out, &error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    QVERIFY(out.isEmpty());
#ifdef JOURNEY_TRACK_ALLOCATIONS
    QVERIFY2(s_largestAllocation.load() < allocationLimit,
        qPrintable(QStringLiteral("asked for %1 bytes").arg(s_largestAllocation.load())));
#endif
}

void TestSegmentCodec::damagedBody_data()
{
    // Damage inside the (valid LZ4) column body, at the places the layout defines.
    QTest::addColumn<QByteArray>("columns");
    QTest::addColumn<QString>("reason");

    const EncodedSegment segment = SegmentCodec::encode(mixedEvents());
    const QByteArray body = columnBody(segment);
    QVERIFY(!body.isEmpty());
    const Layout layout { peek<quint32>(segment.columns, 4), peek<quint32>(segment.columns, 8) };
    const qsizetype stringBytes = peek<quint32>(segment.columns, 12);

    for (quint8 type : { quint8(0), quint8(7), quint8(255) }) {
        QByteArray damaged = body;
        damaged[layout.types() + 3] = char(type);
        QTest::addRow("event type %d", type) << withColumnBody(segment, damaged) << QStringLiteral("unknown event type");
    }
    for (int column : { 0, 3, 5 }) {
        QByteArray damaged = body;
        poke<quint32>(damaged, layout.stringColumn(column) + 4 * 2, quint32(layout.strings + 1));
        QTest::addRow("string index out of range in column %d", column)
            << withColumnBody(segment, damaged) << QStringLiteral("string index out of range");
    }
    QByteArray order = body;
    poke<quint32>(order, layout.stringEnds() + 4 * 5, quint32(1));
    QTest::newRow("string ends go backwards") << withColumnBody(segment, order) << QStringLiteral("string table");
    QByteArray beyond = body;
    poke<quint32>(beyond, layout.stringEnds() + 4 * (layout.strings - 1), quint32(stringBytes + 100));
    QTest::newRow("string end beyond the strings") << withColumnBody(segment, beyond) << QStringLiteral("string table");
    QByteArray payloadOrder = body;
    poke<quint32>(payloadOrder, layout.payloadEnds(stringBytes) + 4 * 10, quint32(0));
    QTest::newRow("payload ends go backwards") << withColumnBody(segment, payloadOrder) << QStringLiteral("payload offsets");
    QByteArray payloadBeyond = body;
    poke<quint32>(payloadBeyond, layout.payloadEnds(stringBytes) + 4 * (layout.n - 1), quint32(0x7fff'ffff));
    QTest::newRow("payload end beyond the payload") << withColumnBody(segment, payloadBeyond)
                                                    << QStringLiteral("payload offsets");
    QTest::newRow("body one byte short") << withColumnBody(segment, body.chopped(1)) << QStringLiteral("truncated");
    QTest::newRow("body cut in the columns") << withColumnBody(segment, body.left(layout.stringColumn(2)))
                                             << QStringLiteral("damaged");
}

void TestSegmentCodec::damagedBody()
{
    QFETCH(QByteArray, columns);
    QFETCH(QString, reason);
    const EncodedSegment segment = SegmentCodec::encode(mixedEvents());
    // The layout assumptions of the _data function hold: the untouched body decodes.
    {
        EventBatch out;
        QString error;
        QVERIFY(SegmentCodec::decode(1000, withColumnBody(segment, columnBody(segment)), &segment.payload, out, &error));
    }
    EventBatch out;
    QString error;
    QVERIFY(!SegmentCodec::decode(1000, columns, &segment.payload, out, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(out.isEmpty());
}

void TestSegmentCodec::randomDamageNeverCrashes()
{
    // Flipped bytes anywhere: decoding either fails with a message or yields events whose every view stays
    // inside the decoded buffers (reading them all would trip the sanitizers or crash otherwise).
    const EncodedSegment segment = SegmentCodec::encode(mixedEvents());
    const quint32 seed = 20260101;
    QRandomGenerator generator(seed);
    int failures = 0;
#ifdef JOURNEY_TRACK_ALLOCATIONS
    s_largestAllocation = 0;
#endif
    for (int round = 0; round < 3000; ++round) {
        QByteArray columns = segment.columns;
        QByteArray payload = segment.payload;
        const bool damageColumns = round % 3 != 0;
        QByteArray& target = damageColumns ? columns : payload;
        const int flips = 1 + int(generator.bounded(4));
        for (int f = 0; f < flips; ++f) {
            const auto at = qsizetype(generator.bounded(quint32(target.size())));
            target[at] = char(target.at(at) ^ char(1 + generator.bounded(255)));
        }
        if (round % 7 == 0)
            target.truncate(qsizetype(generator.bounded(quint32(target.size()))));
        EventBatch out;
        QString error;
        if (!SegmentCodec::decode(1000, columns, &payload, out, &error)) {
            ++failures;
            QVERIFY2(!error.isEmpty(), qPrintable(QStringLiteral("round %1 of seed %2").arg(round).arg(seed)));
            QVERIFY(out.isEmpty());
            continue;
        }
        qsizetype touched = 0;
        for (int i = 0; i < out.size(); ++i) {
            touched += out.messageId(i).size() + out.userId(i).size() + out.anonymousId(i).size() + out.name(i).size()
                + out.groupId(i).size() + out.previousId(i).size() + out.payload(i).size();
            for (QByteArrayView view : { out.userId(i), out.name(i), out.payload(i) }) {
                if (!view.isEmpty())
                    touched += view.back();
            }
        }
        Q_UNUSED(touched);
    }
    // Most damage must be noticed (the checks are not all trivially passing).
    QVERIFY2(failures > 1000, qPrintable(QString::number(failures)));
#ifdef JOURNEY_TRACK_ALLOCATIONS
    QVERIFY2(s_largestAllocation.load() < allocationLimit,
        qPrintable(QStringLiteral("asked for %1 bytes").arg(s_largestAllocation.load())));
#endif
}

QTEST_GUILESS_MAIN(TestSegmentCodec)
#include "tst_segmentcodec.moc"

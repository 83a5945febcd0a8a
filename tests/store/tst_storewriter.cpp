// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storetestutil.h"

#include "store/segmentcodec.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <set>
#include <thread>

using namespace Journey;
using namespace JourneyTest;

namespace {

struct SegmentRow
{
    qint64 firstId;
    qint64 lastId;
    int count;
};

// The segments table as SQL sees it, oldest first.
std::vector<SegmentRow> segmentRows(const QString& path)
{
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("writer-test-%1").arg(++counter);
    std::vector<SegmentRow> rows;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        if (database.open()) {
            QSqlQuery query(database);
            query.exec(QStringLiteral("SELECT id, last_id, event_count FROM segments ORDER BY id"));
            while (query.next())
                rows.push_back({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt() });
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QList<int> segmentSizes(const QString& path)
{
    QList<int> sizes;
    for (const SegmentRow& row : segmentRows(path))
        sizes.append(row.count);
    return sizes;
}

// Every stored event, oldest first, with payloads.
EventBatch readAll(const QString& path)
{
    EventBatch all;
    StoreReader reader(path);
    QString error;
    if (!reader.open(true, &error))
        return all;
    reader.scan(EventFilter(), true, [&](const EventBatch& events) {
        all.appendAll(events);
        return true;
    }, &error);
    return all;
}

StoredRequest sampleRequest()
{
    StoredRequest request;
    request.receivedAt = 1'767'225'600'000;
    request.source = EventSource::Segment;
    request.method = QStringLiteral("POST");
    request.path = QStringLiteral("/v1/batch");
    request.remoteAddress = QStringLiteral("127.0.0.1");
    request.headers = { { "Content-Type", "application/json" } };
    request.contentType = "application/json";
    request.body = R"({"batch":[]})";
    request.wireSize = request.body.size();
    request.status = 200;
    return request;
}

} // namespace

class TestStoreWriter : public QObject
{
    Q_OBJECT

private slots:
    void segmentsHoldAtMostMaxEvents_data();
    void segmentsHoldAtMostMaxEvents();
    void idsContinueAcrossTransactions();
    void rollbackLeavesNothing();
    void destroyingWriterRollsBack();
    void requestIdsAreLinked();
    void consumeEventsStoresTheSame();
    void writeEncodedKeepsArrivalOrder();
    void compactTail_data();
    void compactTail();
    void compactTailKeepsRequestsAndOrder();
    void clearKeepsCountingIds();
    void journalMarksFollowTransactions();
    void twoWritersNeverShareIds();
};

void TestStoreWriter::segmentsHoldAtMostMaxEvents_data()
{
    QTest::addColumn<QList<int>>("writes"); // events per write() call, all in one transaction
    QTest::addColumn<QList<int>>("segments");
    const int max = StoreWriter::maxSegmentEvents;
    QTest::newRow("one event") << QList<int> { 1 } << QList<int> { 1 };
    QTest::newRow("exactly full") << QList<int> { max } << QList<int> { max };
    QTest::newRow("one over") << QList<int> { max + 1 } << QList<int> { max, 1 };
    QTest::newRow("ten thousand") << QList<int> { 10'000 } << QList<int> { max, max, 10'000 - 2 * max };
    QTest::newRow("many small writes gather") << QList<int>(50, 100) << QList<int> { max, 5000 - max };
    QTest::newRow("writes straddle a segment") << QList<int> { 4000, 200, 10 } << QList<int> { max, 4210 - max };
}

void TestStoreWriter::segmentsHoldAtMostMaxEvents()
{
    QFETCH(QList<int>, writes);
    QFETCH(QList<int>, segments);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY2(writer.open(&error), qPrintable(error));
    QVERIFY(writer.begin(&error));
    QVERIFY(writer.inTransaction());
    EventBatch expected;
    int n = 0;
    for (int count : writes) {
        IngestBatch batch;
        batch.events = numberedEvents(n, count);
        n += count;
        QVERIFY2(writer.write(batch, &error), qPrintable(error));
        expected.appendAll(batch.events);
    }
    QVERIFY2(writer.commit(&error), qPrintable(error));
    QVERIFY(!writer.inTransaction());
    QCOMPARE(segmentSizes(path), segments);
    // Ids are 1..n, and segment rows cover them without gaps.
    qint64 nextId = 1;
    for (const SegmentRow& row : segmentRows(path)) {
        QCOMPARE(row.firstId, nextId);
        QCOMPARE(row.lastId, row.firstId + row.count - 1);
        nextId = row.lastId + 1;
    }
    QCOMPARE(nextId, qint64(n + 1));
    const QByteArray difference = batchDifference(expected, readAll(path));
    QVERIFY2(difference.isEmpty(), difference.constData());
}

void TestStoreWriter::idsContinueAcrossTransactions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    QString error;
    {
        StoreWriter writer(path);
        QVERIFY(writer.open(&error));
        EventBatch first = numberedEvents(0, 3);
        QVERIFY(storeEvents(writer, first, &error));
        QCOMPARE(first.id(0), qint64(1));
        QCOMPARE(first.id(2), qint64(3));
        QCOMPARE(writer.smallSegmentsWritten(), 1);
        EventBatch second = numberedEvents(3, 2);
        QVERIFY(storeEvents(writer, second, &error));
        QCOMPARE(second.id(0), qint64(4));
        QCOMPARE(writer.smallSegmentsWritten(), 2);
    }
    // A new writer (another process, later) continues where the store is.
    StoreWriter writer(path);
    QVERIFY(writer.open(&error));
    EventBatch third = numberedEvents(5, 1);
    QVERIFY(storeEvents(writer, third, &error));
    QCOMPARE(third.id(0), qint64(6));
    QCOMPARE(segmentSizes(path), (QList<int> { 3, 2, 1 }));
}

void TestStoreWriter::rollbackLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    QVERIFY(writer.begin(&error));
    IngestBatch batch;
    batch.events = numberedEvents(0, 5000); // one full segment is inserted before the rollback
    batch.request = sampleRequest();
    QVERIFY(writer.write(batch, &error));
    QVERIFY(writer.setJournalMark(QStringLiteral("x.journal"), 9, &error));
    writer.rollback();
    QVERIFY(!writer.inTransaction());
    QCOMPARE(segmentSizes(path), QList<int>());
    QCOMPARE(writer.journalMark(QStringLiteral("x.journal")), quint64(0));
    StoreReader reader(path);
    QVERIFY(reader.open(true, &error));
    StoreStats stats;
    QVERIFY(reader.stats(stats, &error));
    QCOMPARE(stats.events, qint64(0));
    QCOMPARE(stats.requests, qint64(0));
    // The ids of the rolled-back events are given out again.
    EventBatch next = numberedEvents(0, 2);
    QVERIFY(storeEvents(writer, next, &error));
    QCOMPARE(next.id(0), qint64(1));
    // Rolling back outside a transaction does nothing.
    writer.rollback();
    QCOMPARE(readAll(path).size(), 2);
}

void TestStoreWriter::destroyingWriterRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    QString error;
    {
        StoreWriter writer(path);
        QVERIFY(writer.open(&error));
        QVERIFY(writer.begin(&error));
        IngestBatch batch;
        batch.events = numberedEvents(0, 10);
        QVERIFY(writer.write(batch, &error));
    }
    QCOMPARE(readAll(path).size(), 0);
    // And the store is not left locked.
    StoreWriter writer(path);
    QVERIFY(writer.open(&error));
    EventBatch events = numberedEvents(0, 1);
    QVERIFY2(storeEvents(writer, events, &error), qPrintable(error));
}

void TestStoreWriter::requestIdsAreLinked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    QVERIFY(writer.begin(&error));
    IngestBatch plain;
    plain.events = numberedEvents(0, 2);
    IngestBatch withRequest;
    withRequest.events = numberedEvents(2, 3);
    withRequest.request = sampleRequest();
    IngestBatch rejected;
    rejected.request = sampleRequest();
    rejected.request->status = 400;
    rejected.request->error = QStringLiteral("missing type");
    QVERIFY(writer.write(plain, &error));
    QVERIFY(writer.write(withRequest, &error));
    QVERIFY(writer.write(rejected, &error));
    QVERIFY(writer.commit(&error));

    QVERIFY(withRequest.request->id > 0);
    QVERIFY(rejected.request->id > withRequest.request->id);
    QCOMPARE(withRequest.request->eventCount, 3);
    QCOMPARE(withRequest.request->firstEventId, qint64(3));
    QCOMPARE(rejected.request->eventCount, 0);
    QCOMPARE(rejected.request->firstEventId, qint64(0));

    const EventBatch stored = readAll(path);
    QCOMPARE(stored.size(), 5);
    QCOMPARE(stored.requestId(0), qint64(0));
    QCOMPARE(stored.requestId(1), qint64(0));
    for (int i = 2; i < 5; ++i)
        QCOMPARE(stored.requestId(i), withRequest.request->id);

    StoreReader reader(path);
    QVERIFY(reader.open(true, &error));
    const auto request = reader.request(withRequest.request->id, &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->firstEventId, qint64(3));
    QCOMPARE(request->eventCount, 3);
    StoreStats stats;
    QVERIFY(reader.stats(stats, &error));
    QCOMPARE(stats.requests, qint64(2));
    QCOMPARE(stats.rejectedRequests, qint64(1));
}

void TestStoreWriter::consumeEventsStoresTheSame()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    EventBatch expected;
    QVERIFY(writer.begin(&error));
    // Sizes that take each branch: the fast move (pending empty, fits a segment) and the copying path.
    int n = 0;
    for (int count : { 100, 50, StoreWriter::maxSegmentEvents, 5000, 7 }) {
        IngestBatch batch;
        batch.events = numberedEvents(n, count);
        EventBatch copy = batch.events;
        copy.assignIds(n + 1);
        expected.appendAll(copy);
        n += count;
        QVERIFY2(writer.write(batch, &error, true), qPrintable(error));
    }
    QVERIFY(writer.commit(&error));
    const QByteArray difference = batchDifference(expected, readAll(path));
    QVERIFY2(difference.isEmpty(), difference.constData());
}

void TestStoreWriter::writeEncodedKeepsArrivalOrder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    EventBatch first = numberedEvents(0, 10, "a");
    QVERIFY(storeEvents(writer, first, &error)); // ids 1..10

    QVERIFY(writer.begin(&error));
    IngestBatch pending;
    pending.events = numberedEvents(0, 5, "b");
    QVERIFY(writer.write(pending, &error)); // ids 11..15, still pending when the encoded segment comes
    EventBatch parsed = numberedEvents(0, 20, "c");
    parsed.assignIds(0); // as a parser thread numbers them
    EncodedSegment segment = SegmentCodec::encode(parsed);
    QVERIFY2(writer.writeEncoded(segment, &error), qPrintable(error));
    QCOMPARE(segment.info.firstId, qint64(16));
    QCOMPARE(segment.info.lastId, qint64(35));
    IngestBatch after;
    after.events = numberedEvents(0, 3, "d");
    QVERIFY(writer.write(after, &error));
    QVERIFY(writer.commit(&error));

    const EventBatch stored = readAll(path);
    QCOMPARE(stored.size(), 38);
    for (int i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored.id(i), qint64(i + 1));
        const char prefix = i < 10 ? 'a' : i < 15 ? 'b' : i < 35 ? 'c' : 'd';
        QVERIFY2(stored.messageId(i).startsWith(prefix), stored.messageId(i).toByteArray().constData());
    }
    QCOMPARE(stored.payload(20), parsed.payload(5));
    QCOMPARE(segmentSizes(path), (QList<int> { 10, 5, 20, 3 }));
    // Later writes continue after the encoded ids.
    EventBatch last = numberedEvents(0, 1, "e");
    QVERIFY(storeEvents(writer, last, &error));
    QCOMPARE(last.id(0), qint64(39));
}

void TestStoreWriter::compactTail_data()
{
    QTest::addColumn<QList<int>>("transactions"); // events per committed transaction (one segment each)
    QTest::addColumn<int>("merged");
    QTest::addColumn<QList<int>>("after");

    const int max = StoreWriter::maxSegmentEvents;
    QTest::newRow("nothing stored") << QList<int>() << 0 << QList<int>();
    QTest::newRow("a single small segment") << QList<int> { 10 } << 0 << QList<int> { 10 };
    QTest::newRow("twenty small segments") << QList<int>(20, 100) << 20 << QList<int> { 2000 };
    QTest::newRow("run stops at a full segment") << QList<int> { max, 5, 6, 7 } << 3 << QList<int> { max, 18 };
    QTest::newRow("run stops at a big segment") << QList<int> { 3, StoreWriter::smallSegmentEvents, 5, 6 } << 2
                                                << QList<int> { 3, StoreWriter::smallSegmentEvents, 11 };
    QTest::newRow("merged segment stays within the maximum") << QList<int>(50, 100) << 40
                                                            << (QList<int>(10, 100) << 4000);
    QTest::newRow("only the newest run") << QList<int> { 10, 20, max, 30, 40 } << 2 << QList<int> { 10, 20, max, 70 };
}

void TestStoreWriter::compactTail()
{
    QFETCH(QList<int>, transactions);
    QFETCH(int, merged);
    QFETCH(QList<int>, after);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    int n = 0;
    for (int count : transactions) {
        EventBatch events = numberedEvents(n, count);
        n += count;
        QVERIFY(storeEvents(writer, events, &error));
    }
    const EventBatch before = readAll(path);
    QCOMPARE(writer.compactTail(&error), merged);
    QVERIFY(!writer.inTransaction());
    QCOMPARE(writer.smallSegmentsWritten(), 0);
    QCOMPARE(segmentSizes(path), after);
    const QByteArray difference = batchDifference(before, readAll(path));
    QVERIFY2(difference.isEmpty(), difference.constData());
    // A merged tail is not merged again, and new ids do not collide with merged ones.
    if (merged > 0)
        QCOMPARE(writer.compactTail(&error), 0);
    EventBatch next = numberedEvents(n, 1);
    QVERIFY(storeEvents(writer, next, &error));
    QCOMPARE(next.id(0), qint64(n + 1));
}

void TestStoreWriter::compactTailKeepsRequestsAndOrder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    for (int t = 0; t < 6; ++t) {
        QVERIFY(writer.begin(&error));
        IngestBatch batch;
        batch.events = numberedEvents(t * 10, 10);
        batch.request = sampleRequest();
        QVERIFY(writer.write(batch, &error));
        QVERIFY(writer.commit(&error));
    }
    const EventBatch before = readAll(path);
    QCOMPARE(writer.compactTail(&error), 6);
    const EventBatch after = readAll(path);
    const QByteArray difference = batchDifference(before, after);
    QVERIFY2(difference.isEmpty(), difference.constData());
    QCOMPARE(after.requestId(0), qint64(1));
    QCOMPARE(after.requestId(59), qint64(6));
}

void TestStoreWriter::clearKeepsCountingIds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    QVERIFY(writer.begin(&error));
    IngestBatch batch;
    batch.events = numberedEvents(0, 25);
    batch.request = sampleRequest();
    QVERIFY(writer.write(batch, &error));
    QVERIFY(writer.commit(&error));
    QVERIFY2(writer.clear(&error), qPrintable(error));
    QVERIFY(!writer.inTransaction());

    StoreReader reader(path);
    QVERIFY(reader.open(true, &error));
    StoreStats stats;
    QVERIFY(reader.stats(stats, &error));
    QCOMPARE(stats.events, qint64(0));
    QCOMPARE(stats.segments, qint64(0));
    QCOMPARE(stats.requests, qint64(0));
    QVERIFY(!reader.request(1, &error));

    // An id is never given out twice, so nothing that remembered an old id can confuse it with a new event.
    EventBatch next = numberedEvents(0, 1);
    QVERIFY(storeEvents(writer, next, &error));
    QCOMPARE(next.id(0), qint64(26));
}

void TestStoreWriter::journalMarksFollowTransactions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    const QString name = QStringLiteral("123-1767225600000-1.journal");
    QCOMPARE(writer.journalMark(name), quint64(0));
    QVERIFY(writer.begin(&error));
    QVERIFY(writer.setJournalMark(name, 5, &error));
    QVERIFY(writer.commit(&error));
    QCOMPARE(writer.journalMark(name), quint64(5));
    QCOMPARE(writer.journalMark(QStringLiteral("other.journal")), quint64(0));
    // A 64-bit sequence survives (marks are stored as text).
    QVERIFY(writer.begin(&error));
    QVERIFY(writer.setJournalMark(name, Q_UINT64_C(18446744073709551000), &error));
    QVERIFY(writer.commit(&error));
    QCOMPARE(writer.journalMark(name), Q_UINT64_C(18446744073709551000));
    // Rolled back with the transaction.
    QVERIFY(writer.begin(&error));
    QVERIFY(writer.clearJournalMark(name, &error));
    writer.rollback();
    QCOMPARE(writer.journalMark(name), Q_UINT64_C(18446744073709551000));
    QVERIFY(writer.begin(&error));
    QVERIFY(writer.clearJournalMark(name, &error));
    QVERIFY(writer.commit(&error));
    QCOMPARE(writer.journalMark(name), quint64(0));
    // Marks never count as events.
    QCOMPARE(readAll(path).size(), 0);
}

void TestStoreWriter::twoWritersNeverShareIds()
{
    // Ids come from the store inside each transaction, so two writers (two processes in the product) interleave
    // without ever giving out an id twice.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    {
        StoreWriter init(path);
        QString error;
        QVERIFY(init.open(&error));
    }
    constexpr int transactions = 40;
    std::atomic<int> failures { 0 };
    auto run = [&](const QByteArray& prefix) {
        StoreWriter writer(path);
        QString error;
        if (!writer.open(&error)) {
            ++failures;
            return;
        }
        for (int t = 0; t < transactions; ++t) {
            EventBatch events = numberedEvents(t * 7, 7, prefix);
            if (!storeEvents(writer, events, &error))
                ++failures;
        }
    };
    std::thread other(run, QByteArray("left"));
    run("right");
    other.join();
    QCOMPARE(failures.load(), 0);

    const EventBatch stored = readAll(path);
    QCOMPARE(stored.size(), 2 * transactions * 7);
    std::set<QByteArray> messageIds;
    for (int i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored.id(i), qint64(i + 1));
        messageIds.insert(stored.messageId(i).toByteArray());
    }
    QCOMPARE(int(messageIds.size()), stored.size());
    // Each transaction's events stay together.
    for (int i = 0; i < stored.size(); i += 7) {
        const QByteArrayView first = stored.messageId(i);
        const QByteArray prefix = first.first(first.indexOf('-')).toByteArray();
        for (int j = i; j < i + 7; ++j)
            QVERIFY(stored.messageId(j).startsWith(prefix));
    }
}

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_storewriter.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storetestutil.h"

#include "store/storereader.h"
#include "store/storewriter.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Journey;
using namespace JourneyTest;

namespace {

bool runSql(const QString& path, const QString& statement)
{
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("reader-test-%1").arg(++counter);
    bool ok = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        ok = database.open() && QSqlQuery(database).exec(statement);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QList<qint64> idsOf(const EventBatch& events)
{
    QList<qint64> ids;
    for (int i = 0; i < events.size(); ++i)
        ids.append(events.id(i));
    return ids;
}

QList<qint64> idRange(qint64 first, qint64 last)
{
    QList<qint64> ids;
    for (qint64 id = first; id <= last; ++id)
        ids.append(id);
    return ids;
}

} // namespace

class TestStoreReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readPage_data();
    void readPage();
    void pagingReachesTheOldestEvent_data();
    void pagingReachesTheOldestEvent();
    void readPageReturnsPayloads();
    void readPageCanceled();
    void readForward_data();
    void readForward();
    void scanVisitsSegmentsInOrder();
    void scanStopsWhenAsked();
    void scanWithoutPayloads();
    void scanCanceled();
    void emptyStore();
    void statsCountEverything();
    void missingRequest();
    void damagedSegmentIsAnError_data();
    void damagedSegmentIsAnError();

private:
    QTemporaryDir m_dir;
    QString m_path; ///< 10 000 numbered events in segments of 4096, 4096 and 1808
    EventBatch m_events;
};

void TestStoreReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("journey.db"));
    m_events = numberedEvents(0, 10'000);
    QString error;
    QVERIFY2(storeEvents(m_path, m_events, &error), qPrintable(error));
    QCOMPARE(m_events.id(9999), qint64(10'000));
}

void TestStoreReader::readPage_data()
{
    QTest::addColumn<qint64>("beforeId");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<bool>("exhausted");
    QTest::newRow("newest page") << qint64(0) << 500 << idRange(9501, 10'000) << false;
    QTest::newRow("before an id") << qint64(9501) << 500 << idRange(9001, 9500) << false;
    QTest::newRow("across a segment boundary") << qint64(4200) << 300 << idRange(3900, 4199) << false;
    QTest::newRow("exactly one segment") << qint64(4097) << 4096 << idRange(1, 4096) << true;
    QTest::newRow("last page") << qint64(101) << 500 << idRange(1, 100) << true;
    QTest::newRow("more than there is") << qint64(0) << 20'000 << idRange(1, 10'000) << true;
    QTest::newRow("before the first id") << qint64(1) << 10 << QList<qint64>() << true;
    QTest::newRow("limit of one") << qint64(5000) << 1 << QList<qint64> { 4999 } << false;
    QTest::newRow("oldest event alone") << qint64(2) << 1 << QList<qint64> { 1 } << true;
    QTest::newRow("beyond the newest id") << qint64(50'000) << 3 << idRange(9998, 10'000) << false;
}

void TestStoreReader::readPage()
{
    QFETCH(qint64, beforeId);
    QFETCH(int, limit);
    QFETCH(QList<qint64>, ids);
    QFETCH(bool, exhausted);
    StoreReader reader(m_path);
    QString error;
    QVERIFY2(reader.open(true, &error), qPrintable(error));
    EventBatch page;
    bool isExhausted = !exhausted;
    QVERIFY2(reader.readPage(EventFilter(), beforeId, limit, page, &isExhausted, &error), qPrintable(error));
    QCOMPARE(idsOf(page), ids);
    QCOMPARE(isExhausted, exhausted);
}

void TestStoreReader::pagingReachesTheOldestEvent_data()
{
    QTest::addColumn<int>("eventCount");
    QTest::addColumn<int>("limit");
    QTest::newRow("one segment, small pages") << 100 << 10;
    QTest::newRow("one segment, uneven pages") << 100 << 33;
    QTest::newRow("three segments, big pages") << 10'000 << 3000;
    QTest::newRow("two segments, page of one segment") << 5000 << 4096;
}

void TestStoreReader::pagingReachesTheOldestEvent()
{
    // Page after page (as the live view scrolls up) must bring every event once, and say "no more" only at
    // the end: a page that stops inside a segment still has older events in that segment.
    QFETCH(int, eventCount);
    QFETCH(int, limit);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    EventBatch events = numberedEvents(0, eventCount);
    QString error;
    QVERIFY(storeEvents(path, events, &error));
    StoreReader reader(path);
    QVERIFY(reader.open(true, &error));
    QList<qint64> seen;
    qint64 beforeId = 0;
    bool exhausted = false;
    for (int round = 0; !exhausted && round < eventCount; ++round) {
        EventBatch page;
        QVERIFY(reader.readPage(EventFilter(), beforeId, limit, page, &exhausted, &error));
        QVERIFY2(!page.isEmpty() || exhausted, "an empty page that is not the end");
        if (page.isEmpty())
            break;
        seen = idsOf(page) + seen;
        beforeId = page.id(0);
    }
    QCOMPARE(seen, idRange(1, eventCount));
}

void TestStoreReader::readPageReturnsPayloads()
{
    StoreReader reader(m_path);
    QString error;
    QVERIFY(reader.open(true, &error));
    EventFilter filter;
    filter.addType(EventType::Identify);
    EventBatch page;
    QVERIFY(reader.readPage(filter, 0, 5, page, nullptr, &error));
    QCOMPARE(page.size(), 5);
    QVERIFY(page.hasPayloads());
    for (int i = 0; i < page.size(); ++i) {
        const int index = int(page.id(i)) - 1;
        const QByteArray difference = eventDifference(page, i, m_events, index);
        QVERIFY2(difference.isEmpty(), difference.constData());
    }
}

void TestStoreReader::readPageCanceled()
{
    StoreReader reader(m_path);
    QString error;
    QVERIFY(reader.open(true, &error));
    const std::atomic<bool> cancel { true };
    EventBatch page;
    bool exhausted = true;
    QVERIFY(reader.readPage(EventFilter(), 0, 100'000, page, &exhausted, &error, &cancel));
    QVERIFY(page.isEmpty());
    QVERIFY(!exhausted); // a canceled page never claims to be complete
}

void TestStoreReader::readForward_data()
{
    QTest::addColumn<qint64>("afterId");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("from the start") << qint64(0) << 5 << idRange(1, 5);
    QTest::newRow("inside a segment") << qint64(4090) << 10 << idRange(4091, 4100);
    QTest::newRow("to the end") << qint64(9990) << 100 << idRange(9991, 10'000);
    QTest::newRow("after the last") << qint64(10'000) << 100 << QList<qint64>();
    QTest::newRow("whole store") << qint64(0) << 10'000 << idRange(1, 10'000);
}

void TestStoreReader::readForward()
{
    QFETCH(qint64, afterId);
    QFETCH(int, limit);
    QFETCH(QList<qint64>, ids);
    StoreReader reader(m_path);
    QString error;
    QVERIFY(reader.open(true, &error));
    EventBatch events;
    QVERIFY2(reader.readForward(EventFilter(), afterId, limit, events, &error), qPrintable(error));
    QCOMPARE(idsOf(events), ids);
    if (!events.isEmpty()) {
        QVERIFY(events.hasPayloads());
        const QByteArray difference = eventDifference(events, 0, m_events, int(events.id(0)) - 1);
        QVERIFY2(difference.isEmpty(), difference.constData());
    }
}

void TestStoreReader::scanVisitsSegmentsInOrder()
{
    StoreReader reader(m_path);
    QString error;
    QVERIFY(reader.open(true, &error));
    QList<int> sizes;
    EventBatch all;
    QVERIFY(reader.scan(EventFilter(), true, [&](const EventBatch& events) {
        sizes.append(events.size());
        all.appendAll(events);
        return true;
    }, &error));
    QCOMPARE(sizes, (QList<int> { 4096, 4096, 1808 }));
    const QByteArray difference = batchDifference(m_events, all);
    QVERIFY2(difference.isEmpty(), difference.constData());
}

void TestStoreReader::scanStopsWhenAsked()
{
    StoreReader reader(m_path);
    QString error;
    QVERIFY(reader.open(true, &error));
    int visits = 0;
    QVERIFY(reader.scan(EventFilter(), false, [&](const EventBatch&) { return ++visits < 2; }, &error));
    QCOMPARE(visits, 2);
    // The same with a filter (matches are gathered per segment).
    EventFilter filter;
    filter.addType(EventType::Page);
    visits = 0;
    QVERIFY(reader.scan(filter, false, [&](const EventBatch& events) {
        for (int i = 0; i < events.size(); ++i) {
            if (events.type(i) != EventType::Page)
                return false;
        }
        return ++visits < 1;
    }, &error));
    QCOMPARE(visits, 1);
}

void TestStoreReader::scanWithoutPayloads()
{
    StoreReader reader(m_path);
    QString error;
    QVERIFY(reader.open(true, &error));
    bool anyPayload = false;
    QVERIFY(reader.scan(EventFilter(), false, [&](const EventBatch& events) {
        anyPayload = anyPayload || events.hasPayloads();
        return true;
    }, &error));
    QVERIFY(!anyPayload);
    // A text filter needs the payloads, and gets them.
    EventFilter filter;
    filter.setText(QStringLiteral("note 12"));
    int matches = 0;
    QVERIFY(reader.scan(filter, false, [&](const EventBatch& events) {
        for (int i = 0; i < events.size(); ++i)
            matches += events.payload(i).contains("note 12") ? 1 : 0;
        return true;
    }, &error));
    // "note 12", "note 120".."note 129", "note 1200".."note 1299": 1 + 10 + 100.
    QCOMPARE(matches, 111);
}

void TestStoreReader::scanCanceled()
{
    StoreReader reader(m_path);
    QString error;
    QVERIFY(reader.open(true, &error));
    const std::atomic<bool> cancel { true };
    int visits = 0;
    QVERIFY(reader.scan(EventFilter(), false, [&](const EventBatch&) { return ++visits > 0; }, &error, &cancel));
    QCOMPARE(visits, 0);
}

void TestStoreReader::emptyStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/new.db"));
    StoreReader reader(path);
    QString error;
    QVERIFY2(reader.open(false, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    EventBatch page;
    bool exhausted = false;
    QVERIFY(reader.readPage(EventFilter(), 0, 10, page, &exhausted, &error));
    QVERIFY(page.isEmpty());
    QVERIFY(exhausted);
    QVERIFY(reader.readForward(EventFilter(), 0, 10, page, &error));
    QVERIFY(page.isEmpty());
    StoreStats stats;
    QVERIFY(reader.stats(stats, &error));
    QCOMPARE(stats.events, qint64(0));
    QCOMPARE(stats.lastEventId, qint64(0));
}

void TestStoreReader::statsCountEverything()
{
    StoreReader reader(m_path);
    QString error;
    QVERIFY(reader.open(true, &error));
    StoreStats stats;
    QVERIFY(reader.stats(stats, &error));
    QCOMPARE(stats.events, qint64(10'000));
    QCOMPARE(stats.segments, qint64(3));
    QCOMPARE(stats.lastEventId, qint64(10'000));
    QCOMPARE(stats.requests, qint64(0));
    QVERIFY(stats.fileBytes >= QFileInfo(m_path).size());
    QVERIFY(stats.fileBytes > 0);
}

void TestStoreReader::missingRequest()
{
    StoreReader reader(m_path);
    QString error;
    QVERIFY(reader.open(true, &error));
    QVERIFY(!reader.request(4242, &error));
    QVERIFY2(error.contains(QLatin1String("4242")), qPrintable(error));
}

void TestStoreReader::damagedSegmentIsAnError_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("columns") << QStringLiteral("UPDATE segments SET columns = X'00112233' WHERE id = 4097")
                             << QStringLiteral("damaged");
    QTest::newRow("payload") << QStringLiteral("UPDATE segments SET payload = X'FFFFFF7F0102' WHERE id = 4097")
                             << QStringLiteral("damaged");
    QTest::newRow("format") << QStringLiteral("UPDATE segments SET format = 9 WHERE id = 4097") << QStringLiteral("format 9");
}

void TestStoreReader::damagedSegmentIsAnError()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    QVERIFY(QFile::copy(m_path, path));
    QVERIFY(runSql(path, damage));
    StoreReader reader(path);
    QString error;
    QVERIFY(reader.open(true, &error));

    EventBatch page;
    QVERIFY(!reader.readPage(EventFilter(), 0, 10'000, page, nullptr, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    error.clear();
    QVERIFY(!reader.scan(EventFilter(), true, [](const EventBatch&) { return true; }, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    error.clear();
    EventBatch forward;
    QVERIFY(!reader.readForward(EventFilter(), 0, 10'000, forward, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    // Segments that are not damaged stay readable.
    EventBatch newest;
    QVERIFY2(reader.readPage(EventFilter(), 0, 100, newest, nullptr, &error), qPrintable(error));
    QCOMPARE(newest.size(), 100);
}

QTEST_GUILESS_MAIN(TestStoreReader)
#include "tst_storereader.moc"

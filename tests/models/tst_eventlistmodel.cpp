// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "../store/storetestutil.h"

#include "core/timestamp.h"
#include "models/eventlistmodel.h"
#include "store/eventrecorder.h"
#include "store/storequeryservice.h"
#include "store/storewriter.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <set>

using namespace Journey;
using namespace JourneyTest;

namespace {

/// A real store with numbered events, a query service on it and the model under test.
class Fixture
{
public:
    explicit Fixture(int storedEvents)
    {
        m_path = m_dir.filePath(QStringLiteral("journey.db"));
        m_writer = std::make_unique<StoreWriter>(m_path);
        QString error;
        m_ok = m_writer->open(&error);
        if (m_ok && storedEvents > 0)
            m_ok = commit(storedEvents) != nullptr;
        service = std::make_unique<StoreQueryService>(m_path);
        model = std::make_unique<EventListModel>(service.get());
    }

    bool isValid() const { return m_ok; }
    const QString& path() const { return m_path; }
    /// Every event in the store, in id order.
    const EventBatch& stored() const { return m_stored; }

    /// Stores \a count more numbered events (as the recorder would) and returns them with their ids, ready to be
    /// handed to the model as a live batch.
    EventBatchPtr commit(int count)
    {
        EventBatch events = numberedEvents(m_stored.size(), count);
        QString error;
        if (!storeEvents(*m_writer, events, &error))
            return nullptr;
        m_stored.appendAll(events);
        return std::make_shared<const EventBatch>(std::move(events));
    }

    std::unique_ptr<StoreQueryService> service;
    std::unique_ptr<EventListModel> model;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StoreWriter> m_writer;
    EventBatch m_stored;
    bool m_ok = false;
};

QList<qint64> modelIds(const EventListModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    return ids;
}

QList<qint64> idRange(qint64 first, qint64 last)
{
    QList<qint64> ids;
    for (qint64 id = first; id <= last; ++id)
        ids.append(id);
    return ids;
}

QList<qint64> matchingIds(const EventBatch& events, const EventFilter& filter)
{
    QList<qint64> ids;
    for (int i = 0; i < events.size(); ++i) {
        if (filter.matches(events, i))
            ids.append(events.id(i));
    }
    return ids;
}

// Loads the first page and waits for it.
#define LOAD(fixture, filter)                                                                                           \
    do {                                                                                                               \
        (fixture).model->setFilter(filter);                                                                            \
        QVERIFY((fixture).model->isLoading());                                                                         \
        QTRY_VERIFY_WITH_TIMEOUT(!(fixture).model->isLoading(), 10000);                                                \
    } while (false)

} // namespace

class TestEventListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelTester();
    void setFilterLoadsNewestPage_data();
    void setFilterLoadsNewestPage();
    void latestFilterWins();
    void liveAppendsArriveInOneInsert();
    void liveRowsAreFiltered();
    void pageAndLiveRowsDoNotDuplicate();
    void liveRowsWhileLoadingAreKept();
    void pauseHoldsRowsBack();
    void pauseOverflowReloadsOnResume();
    void capacityDropsWholeChunks();
    void trimOnlyWhenAllowed();
    void fetchOlderPrependsPages();
    void fetchOlderWithFilter();
    void followsTheRecorder();
    void rowLookups();
    void displayData();
    void roles();
    void headers();
    void loadFailure();
};

void TestEventListModel::initTestCase()
{
    qRegisterMetaType<Journey::CommitReportPtr>();
}

void TestEventListModel::modelTester()
{
    Fixture fixture(1200);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(1000);
    LOAD(fixture, EventFilter());
    QCOMPARE(model.rowCount(), EventListModel::pageSize);
    model.appendEvents(fixture.commit(700)); // 1200 rows: trimmed to 200
    QTRY_COMPARE_WITH_TIMEOUT(model.idAt(model.rowCount() - 1), qint64(1900), 5000);
    QVERIFY(model.rowCount() <= 1000);
    model.fetchOlder();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 200, 5000);
    model.setPaused(true);
    model.appendEvents(fixture.commit(10));
    model.setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(model.idAt(model.rowCount() - 1), qint64(1910), 5000);
    EventFilter pages;
    pages.addType(EventType::Page);
    LOAD(fixture, pages);
    model.appendEvents(fixture.commit(60));
    // Numbered event n (id n + 1) is a page when n % 6 == 2: the newest of 1910..1969 is 1964.
    QTRY_COMPARE_WITH_TIMEOUT(model.idAt(model.rowCount() - 1), qint64(1965), 5000);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 5000);
}

void TestEventListModel::setFilterLoadsNewestPage_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::newRow("everything") << EventFilter();
    EventFilter identify;
    identify.addType(EventType::Identify);
    QTest::newRow("identifies (fewer than a page)") << identify;
    EventFilter tracks;
    tracks.addType(EventType::Track);
    QTest::newRow("tracks (more than a page)") << tracks;
    EventFilter name;
    name.setName(QStringLiteral("event 3"));
    QTest::newRow("name") << name;
    EventFilter user;
    user.setIdentity(QStringLiteral("USER-12"));
    user.addSource(EventSource::Segment);
    QTest::newRow("identity and source") << user;
    EventFilter text;
    text.setText(QStringLiteral("note 11"));
    QTest::newRow("text") << text;
    EventFilter time;
    time.setTimeRange(1'767'225'600'000 + 100'000, 1'767'225'600'000 + 160'000);
    QTest::newRow("time range") << time;
    EventFilter nothing;
    nothing.setName(QStringLiteral("no such event"));
    QTest::newRow("nothing matches") << nothing;
}

void TestEventListModel::setFilterLoadsNewestPage()
{
    QFETCH(EventFilter, filter);
    Fixture fixture(1200);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    QSignalSpy loading(&model, &EventListModel::loadingChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    LOAD(fixture, filter);
    QCOMPARE(model.filter(), filter);
    const QList<qint64> matches = matchingIds(fixture.stored(), filter);
    // The newest page of matches, oldest at the top.
    QCOMPARE(modelIds(model), matches.mid(std::max<qsizetype>(0, matches.size() - EventListModel::pageSize)));
    QCOMPARE(model.hasOlder(), matches.size() > EventListModel::pageSize);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(loading.count(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    QCOMPARE(model.columnCount(), int(EventListModel::ColumnCount));
}

void TestEventListModel::latestFilterWins()
{
    Fixture fixture(1200);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    EventFilter first;
    first.addType(EventType::Track);
    EventFilter second;
    second.addType(EventType::Screen);
    model.setFilter(first);
    model.setFilter(second);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(modelIds(model), matchingIds(fixture.stored(), second));
    QCOMPARE(model.filter(), second);
}

void TestEventListModel::liveAppendsArriveInOneInsert()
{
    // Thousands of events in many batches within one flush interval: one beginInsertRows for all of them.
    Fixture fixture(600);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    LOAD(fixture, EventFilter());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy appended(&model, &EventListModel::liveRowsAppended);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int batch = 0; batch < 10; ++batch)
        model.appendEvents(fixture.commit(500));
    QCOMPARE(model.rowCount(), 500); // not shown before the flush
    QCOMPARE(model.liveEventCount(), qint64(5000));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5500, 5000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 500);
    QCOMPARE(inserted.first().at(2).toInt(), 5499);
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.first().at(0).toInt(), 5000);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(modelIds(model), idRange(101, 5600));

    // A second burst is a second insert.
    model.appendEvents(fixture.commit(3));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5503, 5000);
    QCOMPARE(inserted.count(), 2);
}

void TestEventListModel::liveRowsAreFiltered()
{
    Fixture fixture(100);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    EventFilter filter;
    filter.addType(EventType::Track);
    filter.setName(QStringLiteral("Event 2"));
    LOAD(fixture, filter);
    const int loaded = model.rowCount();
    QVERIFY(loaded > 0);
    const EventBatchPtr live = fixture.commit(300);
    model.appendEvents(live);
    const QList<qint64> expected = matchingIds(*live, filter);
    QVERIFY(!expected.isEmpty() && expected.size() < 300);
    QCOMPARE(model.liveEventCount(), qint64(expected.size()));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(loaded + expected.size()), 5000);
    QCOMPARE(modelIds(model).mid(loaded), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        const Event event = model.eventAt(row);
        QCOMPARE(event.type, EventType::Track);
        QVERIFY(event.name.contains(QLatin1String("Event 2")));
    }
    // A batch with no match changes nothing.
    EventBatch identifies = numberedEvents(5, 1);
    identifies.assignIds(100'000);
    model.appendEvents(std::make_shared<const EventBatch>(std::move(identifies)));
    QCOMPARE(model.liveEventCount(), qint64(expected.size()));
}

void TestEventListModel::pageAndLiveRowsDoNotDuplicate()
{
    Fixture fixture(100);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    // Events committed just before the page was read arrive as live events after it: the page already has them.
    const EventBatchPtr recent = fixture.commit(30); // ids 101..130, in the store
    model.setFilter(EventFilter());
    model.appendEvents(recent); // delivered while the page loads
    const EventBatchPtr fresh = fixture.commit(5); // 131..135: committed after the page was asked for
    model.appendEvents(fresh);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model.idAt(model.rowCount() - 1), qint64(135), 5000);
    QCOMPARE(modelIds(model), idRange(1, 135));

    // Live events the rows already have (a repeated report) are not inserted again.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendEvents(recent);
    const EventBatchPtr next = fixture.commit(1);
    model.appendEvents(next);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 136, 5000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 135);
    QCOMPARE(inserted.first().at(2).toInt(), 135);
    QCOMPARE(modelIds(model), idRange(1, 136));
}

void TestEventListModel::liveRowsWhileLoadingAreKept()
{
    // Live events that arrive while a page loads and are newer than the page show up after it.
    Fixture fixture(50);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    EventBatch future = numberedEvents(1000, 20);
    future.assignIds(1000);
    model.setFilter(EventFilter());
    model.appendEvents(std::make_shared<const EventBatch>(std::move(future)));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 70, 5000);
    QCOMPARE(modelIds(model), idRange(1, 50) + idRange(1000, 1019));
}

void TestEventListModel::pauseHoldsRowsBack()
{
    Fixture fixture(10);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    LOAD(fixture, EventFilter());
    EventListModel witness(fixture.service.get());
    witness.setFilter(EventFilter());
    QTRY_VERIFY_WITH_TIMEOUT(!witness.isLoading(), 10000);
    QSignalSpy heldBack(&model, &EventListModel::heldBackCountChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setPaused(true);
    model.setPaused(true);
    QVERIFY(model.isPaused());
    QCOMPARE(model.heldBackCount(), 0);
    for (int batch = 0; batch < 3; ++batch) {
        const EventBatchPtr events = fixture.commit(100);
        model.appendEvents(events);
        witness.appendEvents(events);
    }
    QCOMPARE(heldBack.count(), 3);
    QCOMPARE(heldBack.at(0).at(0).toInt(), 100);
    QCOMPARE(heldBack.at(2).at(0).toInt(), 300);
    QCOMPARE(model.heldBackCount(), 300);
    QCOMPARE(model.liveEventCount(), qint64(300));
    // Nothing is shown while paused: a model that is not paused, given the same events just after, shows them
    // after its flush interval, by which time the paused one would have flushed too.
    QTRY_COMPARE_WITH_TIMEOUT(witness.rowCount(), 310, 5000);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(inserted.count(), 0);

    model.setPaused(false);
    QVERIFY(!model.isPaused());
    QCOMPARE(heldBack.last().at(0).toInt(), 0);
    QCOMPARE(model.heldBackCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 310, 5000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(modelIds(model), idRange(1, 310));
}

void TestEventListModel::pauseOverflowReloadsOnResume()
{
    // Held back beyond the capacity: memory stays bounded, and resuming shows the newest page from the store.
    Fixture fixture(10);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    model.setCapacity(1000);
    LOAD(fixture, EventFilter());
    model.setPaused(true);
    QSignalSpy heldBack(&model, &EventListModel::heldBackCountChanged);
    for (int batch = 0; batch < 3; ++batch)
        model.appendEvents(fixture.commit(600));
    QCOMPARE(model.heldBackCount(), 1000);
    QCOMPARE(heldBack.last().at(0).toInt(), 1000);
    QSignalSpy loading(&model, &EventListModel::loadingChanged);
    model.setPaused(false);
    QVERIFY(model.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(modelIds(model), idRange(1810 - EventListModel::pageSize + 1, 1810));
    QVERIFY(model.hasOlder());
    QCOMPARE(model.heldBackCount(), 0);
    QCOMPARE(heldBack.last().at(0).toInt(), 0);
    QCOMPARE(loading.count(), 2);
}

void TestEventListModel::capacityDropsWholeChunks()
{
    Fixture fixture(1200);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    QCOMPARE(model.capacity(), EventListModel::defaultCapacity);
    model.setCapacity(10); // at least 1000 rows are kept
    QCOMPARE(model.capacity(), 1000);
    model.setCapacity(1500);
    QCOMPARE(model.capacity(), 1500);
    EventFilter everything;
    LOAD(fixture, everything);
    QCOMPARE(model.rowCount(), 500);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendEvents(fixture.commit(2000)); // 2500 rows: 1000 over, dropped as one chunk of 1000
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 999);
    QCOMPARE(model.rowCount(), 1500);
    QCOMPARE(modelIds(model), idRange(1701, 3200));
    QVERIFY(model.hasOlder());

    // Just over: still a whole chunk.
    model.appendEvents(fixture.commit(1));
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 2, 5000);
    QCOMPARE(removed.last().at(2).toInt(), 999);
    QCOMPARE(modelIds(model), idRange(2701, 3201));

    // What was dropped pages back in from the store.
    QSignalSpy older(&model, &EventListModel::olderRowsInserted);
    model.fetchOlder();
    QTRY_COMPARE_WITH_TIMEOUT(older.count(), 1, 5000);
    QCOMPARE(older.first().at(0).toInt(), EventListModel::pageSize);
    QCOMPARE(modelIds(model), idRange(2201, 3201));

    // Lowering the capacity trims at once.
    model.setCapacity(1000);
    QCOMPARE(model.rowCount(), 1001 - 1000);
    QCOMPARE(modelIds(model), QList<qint64> { 3201 });
}

void TestEventListModel::trimOnlyWhenAllowed()
{
    // While the user looks at older rows (not following the tail), rows are not pulled from under them.
    Fixture fixture(500);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    model.setCapacity(1000);
    LOAD(fixture, EventFilter());
    model.setTrimAllowed(false);
    model.appendEvents(fixture.commit(1500));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2000, 5000);
    QCOMPARE(model.idAt(0), qint64(1));
    model.setTrimAllowed(true);
    model.appendEvents(fixture.commit(1));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
    QCOMPARE(model.idAt(0), qint64(2001));
}

void TestEventListModel::fetchOlderPrependsPages()
{
    Fixture fixture(1200);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    LOAD(fixture, EventFilter());
    QCOMPARE(modelIds(model), idRange(701, 1200));
    QVERIFY(model.hasOlder());
    QSignalSpy older(&model, &EventListModel::olderRowsInserted);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy loading(&model, &EventListModel::loadingChanged);

    model.fetchOlder();
    QCOMPARE(loading.count(), 1);
    QCOMPARE(loading.first().at(0).toBool(), true);
    model.fetchOlder(); // already fetching: ignored
    QTRY_COMPARE_WITH_TIMEOUT(older.count(), 1, 5000);
    QCOMPARE(older.last().at(0).toInt(), 500);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 0);
    QCOMPARE(inserted.last().at(2).toInt(), 499);
    QCOMPARE(loading.last().at(0).toBool(), false);
    QCOMPARE(modelIds(model), idRange(201, 1200));
    QVERIFY(model.hasOlder());

    model.fetchOlder();
    QTRY_COMPARE_WITH_TIMEOUT(older.count(), 2, 5000);
    QCOMPARE(older.last().at(0).toInt(), 200);
    QCOMPARE(modelIds(model), idRange(1, 1200));
    QVERIFY(!model.hasOlder());

    // Nothing older: no query, no signal.
    loading.clear();
    model.fetchOlder();
    QCOMPARE(loading.count(), 0);
    QCOMPARE(older.count(), 2);
}

void TestEventListModel::fetchOlderWithFilter()
{
    Fixture fixture(4000);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    EventFilter filter;
    filter.setIdentity(QStringLiteral("user-1")); // user-1, user-10, user-11, user-12
    LOAD(fixture, filter);
    const QList<qint64> all = matchingIds(fixture.stored(), filter);
    QVERIFY(all.size() > EventListModel::pageSize);
    QSignalSpy older(&model, &EventListModel::olderRowsInserted);
    for (int round = 0; round < 10 && model.hasOlder(); ++round) {
        model.fetchOlder();
        QTRY_COMPARE_WITH_TIMEOUT(older.count(), round + 1, 5000);
    }
    QVERIFY(!model.hasOlder());
    QCOMPARE(modelIds(model), all);
}

void TestEventListModel::followsTheRecorder()
{
    // The wiring of the app: recorder commits → model, while the page comes from the store.
    Fixture fixture(0);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    EventRecorder recorder(fixture.path());
    connect(&recorder, &EventRecorder::committed, &model, &EventListModel::appendCommitted);
    QString error;
    QVERIFY2(recorder.start(&error), qPrintable(error));
    LOAD(fixture, EventFilter());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasOlder());
    int total = 0;
    for (int batch = 0; batch < 40; ++batch) {
        IngestBatch ingest;
        ingest.events = numberedEvents(total, 25, "rec");
        total += 25;
        QVERIFY(recorder.submit(std::move(ingest)) != 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), total, 10000);
    QCOMPARE(modelIds(model), idRange(1, total));
    for (int row = 0; row < total; row += 97)
        QCOMPARE(model.eventAt(row).messageId, QStringLiteral("rec-%1").arg(row));
    // An empty report changes nothing.
    model.appendCommitted(std::make_shared<const CommitReport>());
    recorder.stop();
    // The same rows come back from the store.
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(modelIds(model), idRange(total - EventListModel::pageSize + 1, total));
}

void TestEventListModel::rowLookups()
{
    Fixture fixture(1200);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    EventFilter pages;
    pages.addType(EventType::Page);
    LOAD(fixture, pages);
    // Numbered event n (id n + 1) is a page when n % 6 == 2.
    QCOMPARE(model.rowOfId(3), 0);
    QCOMPARE(model.idAt(0), qint64(3));
    QCOMPARE(model.rowOfId(9), 1);
    QCOMPARE(model.rowOfId(1197), 199);
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.rowOfId(4), -1); // not a page
    QCOMPARE(model.rowOfId(0), -1);
    QCOMPARE(model.rowOfId(5000), -1);
    QCOMPARE(model.idAt(-1), qint64(0));
    QCOMPARE(model.idAt(model.rowCount()), qint64(0));
    for (int row = 0; row < model.rowCount(); row += 17)
        QCOMPARE(model.rowOfId(model.idAt(row)), row);

    const Event event = model.eventAt(1);
    QCOMPARE(event.id, qint64(9));
    QCOMPARE(event.type, EventType::Page);
    QCOMPARE(event.source, EventSource::Import); // numbered event 8: n % 4 == 0
    QCOMPARE(event.messageId, QStringLiteral("msg-8"));
    QCOMPARE(event.userId, QStringLiteral("user-8"));
    QCOMPARE(event.anonymousId, QStringLiteral("anon-3"));
    QCOMPARE(event.name, QStringLiteral("Event 1"));
    QCOMPARE(event.timestamp, qint64(1'767'225'600'000 + 8000));
    QCOMPARE(event.receivedAt, event.timestamp + 250);
    QCOMPARE(event.json, canonicalJson(numberedSpec(8)));
    QCOMPARE(model.eventAt(-1).id, qint64(0));
    QVERIFY(model.eventAt(model.rowCount()).json.isEmpty());
}

void TestEventListModel::displayData()
{
    Fixture fixture(0);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    LOAD(fixture, EventFilter());
    // One event from today and one from long ago: times of today show without the date.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    EventSpec today;
    today.type = EventType::Screen;
    today.source = EventSource::Amplitude;
    today.timestamp = now - 1234;
    today.receivedAt = now;
    today.messageId = "msg-ü";
    today.userId = "Jürgen";
    today.anonymousId = "anon-1";
    today.name = "Home Screen";
    EventSpec old = today;
    old.type = EventType::Alias;
    old.source = EventSource::Connector;
    old.timestamp = 946'684'800'000 + 3'723'456; // 2000-01-01T01:02:03.456Z
    old.receivedAt = old.timestamp + 1;
    old.name.clear();
    EventBatch events;
    appendEvent(events, today);
    appendEvent(events, old);
    events.assignIds(500);
    model.appendEvents(std::make_shared<const EventBatch>(std::move(events)));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 5000);

    const auto display = [&](int row, int column) { return model.index(row, column).data().toString(); };
    const auto localMs = [](const QString& text, const QString& format, const QDate& date) {
        QDateTime time = QDateTime::fromString(text, format);
        if (!date.isNull())
            time.setDate(date);
        return time.toMSecsSinceEpoch();
    };
    const QRegularExpression timeOnly(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d$"));
    const QRegularExpression dateTime(QStringLiteral("^\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d$"));
    // Today, unless the test runs across midnight.
    if (QDateTime::fromMSecsSinceEpoch(now).date() == QDate::currentDate()) {
        QVERIFY2(timeOnly.match(display(0, EventListModel::ReceivedColumn)).hasMatch(),
            qPrintable(display(0, EventListModel::ReceivedColumn)));
        QCOMPARE(localMs(display(0, EventListModel::ReceivedColumn), QStringLiteral("HH:mm:ss.zzz"), QDate::currentDate()), now);
        QCOMPARE(localMs(display(0, EventListModel::TimestampColumn), QStringLiteral("HH:mm:ss.zzz"),
                     QDateTime::fromMSecsSinceEpoch(now - 1234).date()),
            now - 1234);
    }
    QVERIFY2(dateTime.match(display(1, EventListModel::TimestampColumn)).hasMatch(),
        qPrintable(display(1, EventListModel::TimestampColumn)));
    // Older events show month and day (the tooltip has the full UTC time).
    const QDate oldDate = QDateTime::fromMSecsSinceEpoch(old.timestamp).toLocalTime().date();
    QCOMPARE(localMs(QString::number(oldDate.year()) + QLatin1Char('-') + display(1, EventListModel::TimestampColumn),
                 QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"), {}),
        old.timestamp);
    QCOMPARE(localMs(QString::number(oldDate.year()) + QLatin1Char('-') + display(1, EventListModel::ReceivedColumn),
                 QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"), {}),
        old.receivedAt);

    QCOMPARE(display(0, EventListModel::TypeColumn), QStringLiteral("screen"));
    QCOMPARE(display(1, EventListModel::TypeColumn), QStringLiteral("alias"));
    QCOMPARE(display(0, EventListModel::NameColumn), QStringLiteral("Home Screen"));
    QCOMPARE(display(1, EventListModel::NameColumn), QString());
    QCOMPARE(display(0, EventListModel::UserIdColumn), QStringLiteral("Jürgen"));
    QCOMPARE(display(0, EventListModel::AnonymousIdColumn), QStringLiteral("anon-1"));
    QCOMPARE(display(0, EventListModel::SourceColumn), QStringLiteral("Amplitude"));
    QCOMPARE(display(1, EventListModel::SourceColumn), QStringLiteral("Connector"));
    QCOMPARE(display(0, EventListModel::MessageIdColumn), QStringLiteral("msg-ü"));

    // Tooltips of the time columns give the exact UTC time; other columns have none.
    QCOMPARE(model.index(1, EventListModel::TimestampColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("2000-01-01T01:02:03.456Z"));
    QCOMPARE(model.index(1, EventListModel::ReceivedColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("2000-01-01T01:02:03.457Z"));
    QVERIFY(!model.index(1, EventListModel::NameColumn).data(Qt::ToolTipRole).isValid());
    // Invalid indexes and roles not served.
    QVERIFY(!model.index(5, 0).data().isValid());
    QVERIFY(!QModelIndex().data().isValid());
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(0, 0).data(Qt::EditRole).isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
}

void TestEventListModel::roles()
{
    Fixture fixture(0);
    QVERIFY(fixture.isValid());
    EventListModel& model = *fixture.model;
    LOAD(fixture, EventFilter());
    EventSpec spec = numberedSpec(5);
    spec.requestId = 77;
    spec.source = EventSource::Heap;
    EventBatch events;
    appendEvent(events, spec);
    events.assignIds(42);
    model.appendEvents(std::make_shared<const EventBatch>(std::move(events)));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
    // Every column answers the roles the same way.
    for (int column = 0; column < EventListModel::ColumnCount; ++column) {
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data(EventListModel::EventIdRole).toLongLong(), qint64(42));
        QCOMPARE(index.data(EventListModel::EventTypeRole).value<EventType>(), EventType::Identify);
        QCOMPARE(index.data(EventListModel::PayloadRole).toByteArray(), canonicalJson(spec));
        QCOMPARE(index.data(EventListModel::RequestIdRole).toLongLong(), qint64(77));
        QCOMPARE(index.data(EventListModel::TimestampRole).toLongLong(), spec.timestamp);
        QCOMPARE(index.data(EventListModel::ReceivedAtRole).toLongLong(), spec.receivedAt);
        QCOMPARE(index.data(EventListModel::SourceRole).value<EventSource>(), EventSource::Heap);
        QCOMPARE(index.data(EventListModel::ValidationRole).value<ValidationState>(), ValidationState::Unchecked);
    }
    QVERIFY(!model.index(0, 0).data(EventListModel::ValidationRole + 1).isValid());
}

void TestEventListModel::headers()
{
    Fixture fixture(0);
    EventListModel& model = *fixture.model;
    const QStringList expected = { QStringLiteral("Received"), QStringLiteral("Timestamp"), QStringLiteral("Type"),
        QStringLiteral("Event / Name"), QStringLiteral("User ID"), QStringLiteral("Anonymous ID"), QStringLiteral("Source"),
        QStringLiteral("Message ID") };
    QCOMPARE(expected.size(), qsizetype(EventListModel::ColumnCount));
    for (int column = 0; column < EventListModel::ColumnCount; ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    QVERIFY(!model.headerData(EventListModel::ColumnCount, Qt::Horizontal).isValid());
}

void TestEventListModel::loadFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-store.db"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '#'));
    }
    StoreQueryService service(path);
    EventListModel model(&service);
    QSignalSpy failed(&model, &EventListModel::loadFailed);
    QSignalSpy loading(&model, &EventListModel::loadingChanged);
    model.setFilter(EventFilter());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("not an SQLite database")),
        qPrintable(failed.first().at(0).toString()));
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.last().at(0).toBool(), false);
    QCOMPARE(model.rowCount(), 0);
    // Live rows still work without a store.
    EventBatch events = numberedEvents(0, 3);
    events.assignIds(1);
    model.appendEvents(std::make_shared<const EventBatch>(std::move(events)));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 5000);
}

QTEST_GUILESS_MAIN(TestEventListModel)
#include "tst_eventlistmodel.moc"

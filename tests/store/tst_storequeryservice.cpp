// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storetestutil.h"

#include "core/secretmasker.h"
#include "store/storequeryservice.h"
#include "store/storewriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>
#include <memory>

using namespace Journey;
using namespace JourneyTest;

namespace {

/// Collects the service's answers on the test's thread (its signals come from the query thread).
struct Answers
{
    struct Page
    {
        EventBatchPtr events;
        bool exhausted = false;
    };
    std::map<quint64, Page> pages;
    std::vector<quint64> pageOrder;
    std::map<quint64, EventBatchPtr> forwards;
    std::map<quint64, StoredRequest> requests;
    std::map<quint64, StoreStats> stats;
    std::map<quint64, QString> failures;

    void listen(StoreQueryService& service, QObject* context)
    {
        QObject::connect(&service, &StoreQueryService::pageReady, context,
            [this](quint64 ticket, const EventBatchPtr& events, bool exhausted) {
                pages[ticket] = { events, exhausted };
                pageOrder.push_back(ticket);
            });
        QObject::connect(&service, &StoreQueryService::forwardReady, context,
            [this](quint64 ticket, const EventBatchPtr& events) { forwards[ticket] = events; });
        QObject::connect(&service, &StoreQueryService::requestReady, context,
            [this](quint64 ticket, const StoredRequest& request) { requests[ticket] = request; });
        QObject::connect(&service, &StoreQueryService::statsReady, context,
            [this](quint64 ticket, const StoreStats& value) { stats[ticket] = value; });
        QObject::connect(&service, &StoreQueryService::queryFailed, context,
            [this](quint64 ticket, const QString& message) { failures[ticket] = message; });
    }
};

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

// A filter that has to decompress and search every payload of the store, and matches nothing.
EventFilter slowFilter(int n)
{
    EventFilter filter;
    filter.setText(QStringLiteral("no event contains this text %1").arg(n));
    return filter;
}

} // namespace

class TestStoreQueryService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageReady();
    void pageWithFilter();
    void latestPageWins();
    void manyQuickPagesOnlyLastAnswers();
    void otherQueriesAreNotCanceled();
    void forwardReady();
    void requestReadyAsWritten();
    void missingRequestFails();
    void statsReady();
    void unreadableStoreFails();
    void destroyWhileScanning();

private:
    QTemporaryDir m_dir;
    QString m_path; ///< 40 000 numbered events, then a masked request with 3 events
    qint64 m_requestId = 0;
    StoredRequest m_request;
    QByteArray m_secret = "sk_live_abcdefgh12345678";
};

void TestStoreQueryService::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(m_path);
    QString error;
    QVERIFY(writer.open(&error));
    EventBatch events = numberedEvents(0, 40'000);
    QVERIFY(storeEvents(writer, events, &error));

    SecretMasker masker;
    masker.addKnownSecret(m_secret);
    m_request.receivedAt = 1'767'225'600'000;
    m_request.source = EventSource::PostHog;
    m_request.method = QStringLiteral("POST");
    m_request.path = QStringLiteral("/batch/");
    m_request.remoteAddress = QStringLiteral("127.0.0.1");
    m_request.headers = masker.maskHeaders({ { "Authorization", "Bearer " + m_secret }, { "Content-Type", "application/json" } });
    m_request.contentType = "application/json";
    m_request.body = masker.maskJsonText(R"({"api_key":")" + m_secret + R"(","batch":[1,2,3]})");
    m_request.wireSize = 77;
    m_request.status = 200;
    QVERIFY(writer.begin(&error));
    IngestBatch batch;
    batch.request = m_request;
    batch.events = numberedEvents(40'000, 3);
    QVERIFY(writer.write(batch, &error));
    QVERIFY(writer.commit(&error));
    m_requestId = batch.request->id;
    QVERIFY(m_requestId > 0);
}

void TestStoreQueryService::pageReady()
{
    StoreQueryService service(m_path);
    QCOMPARE(service.storePath(), m_path);
    Answers answers;
    answers.listen(service, this);
    const quint64 ticket = service.queryPage(EventFilter(), 0, 500);
    QVERIFY(ticket != 0);
    QTRY_COMPARE_WITH_TIMEOUT(answers.pages.count(ticket), size_t(1), 10000);
    const auto& page = answers.pages[ticket];
    QCOMPARE(idsOf(*page.events), idRange(40'003 - 499, 40'003));
    QVERIFY(!page.exhausted);
    QVERIFY(page.events->hasPayloads());

    const quint64 older = service.queryPage(EventFilter(), 101, 500);
    QVERIFY(older > ticket);
    QTRY_COMPARE_WITH_TIMEOUT(answers.pages.count(older), size_t(1), 10000);
    QCOMPARE(idsOf(*answers.pages[older].events), idRange(1, 100));
    QVERIFY(answers.pages[older].exhausted);
    QVERIFY(answers.failures.empty());
}

void TestStoreQueryService::pageWithFilter()
{
    StoreQueryService service(m_path);
    Answers answers;
    answers.listen(service, this);
    EventFilter filter;
    filter.addType(EventType::Identify);
    filter.setTimeRange(std::nullopt, 1'767'225'600'000 + 600 * 1000); // numbered events 0..599
    const quint64 ticket = service.queryPage(filter, 0, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(answers.pages.count(ticket), size_t(1), 10000);
    const EventBatch& events = *answers.pages[ticket].events;
    QCOMPARE(events.size(), 100); // every sixth of 600
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(events.type(i), EventType::Identify);
        QCOMPARE(events.id(i), qint64(6 * i + 6));
    }
    QVERIFY(answers.pages[ticket].exhausted);
}

void TestStoreQueryService::latestPageWins()
{
    // The user changes the filter while the previous one still scans: only the newest query answers.
    StoreQueryService service(m_path);
    Answers answers;
    answers.listen(service, this);
    const quint64 first = service.queryPage(slowFilter(1), 0, 500);
    EventFilter tracks;
    tracks.addType(EventType::Track);
    const quint64 second = service.queryPage(tracks, 0, 50);
    // Queries run in order on one thread: once this answers, anything the first query would send has arrived.
    const quint64 barrier = service.queryStats();
    QTRY_COMPARE_WITH_TIMEOUT(answers.stats.count(barrier), size_t(1), 20000);
    QCOMPARE(answers.pages.count(second), size_t(1));
    QCOMPARE(answers.pages.count(first), size_t(0));
    QCOMPARE(answers.pageOrder, std::vector<quint64> { second });
    QVERIFY(answers.failures.empty());
    const EventBatch& events = *answers.pages[second].events;
    QCOMPARE(events.size(), 50);
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(events.type(i), EventType::Track);
}

void TestStoreQueryService::manyQuickPagesOnlyLastAnswers()
{
    StoreQueryService service(m_path);
    Answers answers;
    answers.listen(service, this);
    std::vector<quint64> tickets;
    for (int n = 0; n < 6; ++n)
        tickets.push_back(service.queryPage(slowFilter(n), 0, 500));
    const quint64 last = service.queryPage(EventFilter(), 0, 10);
    const quint64 barrier = service.queryStats();
    QTRY_COMPARE_WITH_TIMEOUT(answers.stats.count(barrier), size_t(1), 30000);
    QCOMPARE(answers.pageOrder, std::vector<quint64> { last });
    QCOMPARE(idsOf(*answers.pages[last].events), idRange(40'003 - 9, 40'003));
}

void TestStoreQueryService::otherQueriesAreNotCanceled()
{
    // "Latest wins" is for pages only: forward, request and stats queries all answer.
    StoreQueryService service(m_path);
    Answers answers;
    answers.listen(service, this);
    const quint64 forward = service.queryForward(39'990, 5);
    const quint64 page = service.queryPage(slowFilter(9), 0, 5);
    const quint64 request = service.queryRequest(m_requestId);
    const quint64 stats = service.queryStats();
    const quint64 lastPage = service.queryPage(EventFilter(), 0, 1);
    QTRY_COMPARE_WITH_TIMEOUT(answers.pages.count(lastPage), size_t(1), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(answers.stats.count(stats), size_t(1), 20000);
    QCOMPARE(answers.forwards.count(forward), size_t(1));
    QCOMPARE(answers.requests.count(request), size_t(1));
    QCOMPARE(answers.pages.count(page), size_t(0));
    // Tickets are unique across kinds.
    const std::set<quint64> tickets { forward, page, request, stats, lastPage };
    QCOMPARE(tickets.size(), size_t(5));
}

void TestStoreQueryService::forwardReady()
{
    StoreQueryService service(m_path);
    Answers answers;
    answers.listen(service, this);
    const quint64 ticket = service.queryForward(39'995, 100);
    QTRY_COMPARE_WITH_TIMEOUT(answers.forwards.count(ticket), size_t(1), 10000);
    QCOMPARE(idsOf(*answers.forwards[ticket]), idRange(39'996, 40'003));
    QCOMPARE(answers.forwards[ticket]->requestId(7), m_requestId);
    const quint64 none = service.queryForward(40'003, 100);
    QTRY_COMPARE_WITH_TIMEOUT(answers.forwards.count(none), size_t(1), 10000);
    QVERIFY(answers.forwards[none]->isEmpty());
}

void TestStoreQueryService::requestReadyAsWritten()
{
    StoreQueryService service(m_path);
    Answers answers;
    answers.listen(service, this);
    const quint64 ticket = service.queryRequest(m_requestId);
    QTRY_COMPARE_WITH_TIMEOUT(answers.requests.count(ticket), size_t(1), 10000);
    const StoredRequest& request = answers.requests[ticket];
    QCOMPARE(request.id, m_requestId);
    QCOMPARE(request.source, m_request.source);
    QCOMPARE(request.path, m_request.path);
    QCOMPARE(request.headers, m_request.headers);
    QCOMPARE(request.body, m_request.body);
    QCOMPARE(request.wireSize, m_request.wireSize);
    QCOMPARE(request.eventCount, 3);
    QCOMPARE(request.firstEventId, qint64(40'001));
    QVERIFY(!request.headerText().contains(m_secret));
    QVERIFY(!request.body.contains(m_secret));
    QVERIFY(request.body.contains("\"batch\":[1,2,3]"));
}

void TestStoreQueryService::missingRequestFails()
{
    StoreQueryService service(m_path);
    Answers answers;
    answers.listen(service, this);
    const quint64 ticket = service.queryRequest(987'654);
    QTRY_COMPARE_WITH_TIMEOUT(answers.failures.count(ticket), size_t(1), 10000);
    QVERIFY2(answers.failures[ticket].contains(QLatin1String("987654")), qPrintable(answers.failures[ticket]));
    QVERIFY(answers.requests.empty());
}

void TestStoreQueryService::statsReady()
{
    StoreQueryService service(m_path);
    Answers answers;
    answers.listen(service, this);
    const quint64 ticket = service.queryStats();
    QTRY_COMPARE_WITH_TIMEOUT(answers.stats.count(ticket), size_t(1), 10000);
    const StoreStats& stats = answers.stats[ticket];
    QCOMPARE(stats.events, qint64(40'003));
    QCOMPARE(stats.lastEventId, qint64(40'003));
    QCOMPARE(stats.requests, qint64(1));
    QCOMPARE(stats.rejectedRequests, qint64(0));
    QVERIFY(stats.segments >= 10);
    QVERIFY(stats.fileBytes > 0);
}

void TestStoreQueryService::unreadableStoreFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(10'000, 'x'));
    }
    StoreQueryService service(path);
    Answers answers;
    answers.listen(service, this);
    const quint64 page = service.queryPage(EventFilter(), 0, 10);
    const quint64 forward = service.queryForward(0, 10);
    const quint64 request = service.queryRequest(1);
    const quint64 stats = service.queryStats();
    QTRY_COMPARE_WITH_TIMEOUT(answers.failures.size(), size_t(4), 10000);
    for (quint64 ticket : { page, forward, request, stats }) {
        QVERIFY(answers.failures.count(ticket));
        QVERIFY2(answers.failures[ticket].contains(QLatin1String("not an SQLite database")),
            qPrintable(answers.failures[ticket]));
    }
    QVERIFY(answers.pages.empty());
    QCOMPARE(QFile(path).size(), qint64(10'000));
}

void TestStoreQueryService::destroyWhileScanning()
{
    // Closing the window while a long scan runs must not wait for the scan to finish.
    QElapsedTimer timer;
    qint64 baseline = 0;
    {
        StoreQueryService service(m_path);
        Answers answers;
        answers.listen(service, this);
        timer.start();
        const quint64 ticket = service.queryPage(slowFilter(100), 0, 10);
        QTRY_COMPARE_WITH_TIMEOUT(answers.pages.count(ticket), size_t(1), 30000);
        baseline = timer.elapsed(); // one whole scan
    }
    timer.restart();
    {
        auto service = std::make_unique<StoreQueryService>(m_path);
        for (int n = 0; n < 100; ++n)
            service->queryPage(slowFilter(200 + n), 0, 10);
    }
    // Far less than 100 scans (at most the one running is finished); allow for a slow machine.
    qInfo("one scan %lld ms, closing %lld ms", qlonglong(baseline), qlonglong(timer.elapsed()));
    QVERIFY2(timer.elapsed() < 10 * baseline + 300,
        qPrintable(QStringLiteral("%1 ms to close, one scan takes %2 ms").arg(timer.elapsed()).arg(baseline)));
}

QTEST_GUILESS_MAIN(TestStoreQueryService)
#include "tst_storequeryservice.moc"

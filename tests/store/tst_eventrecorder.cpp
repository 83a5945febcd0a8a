// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storetestutil.h"

#include "store/eventrecorder.h"
#include "store/ingestjournal.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <signal.h>
#include <thread>
#include <unistd.h>

using namespace Journey;
using namespace JourneyTest;

namespace {

// The crash test runs this binary again with this first argument: the child records into a store and is
// killed (SIGKILL, no stop(), no destructors) right after its last submit() returned.
constexpr char crashChildArgument[] = "--journey-recorder-crash-child";

StoredRequest requestFor(int n)
{
    StoredRequest request;
    request.receivedAt = 1'767'225'600'000 + n;
    request.source = EventSource::Segment;
    request.method = QStringLiteral("POST");
    request.path = QStringLiteral("/v1/batch");
    request.headers = { { "Content-Type", "application/json" } };
    request.contentType = "application/json";
    request.body = "{\"batch\":[" + QByteArray::number(n) + "]}";
    request.wireSize = request.body.size();
    request.status = 200;
    return request;
}

// Batch n of a run: `perBatch` events "<prefix>-<n * perBatch + i>", a request on every other batch.
IngestBatch batchFor(int n, int perBatch, const QByteArray& prefix)
{
    IngestBatch batch;
    batch.events = numberedEvents(n * perBatch, perBatch, prefix);
    if (n % 2 == 0)
        batch.request = requestFor(n);
    return batch;
}

int runCrashChild(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 6)
        return 10;
    const QString store = QString::fromLocal8Bit(argv[2]);
    const int batches = std::atoi(argv[3]);
    const int perBatch = std::atoi(argv[4]);
    const int commitFirst = std::atoi(argv[5]);
    EventRecorder recorder(store);
    QString error;
    if (!recorder.start(&error)) {
        std::fprintf(stderr, "start failed: %s\n", qPrintable(error));
        return 11;
    }
    for (int n = 0; n < batches; ++n) {
        if (recorder.submit(batchFor(n, perBatch, "crash"), &error) == 0) {
            std::fprintf(stderr, "submit failed: %s\n", qPrintable(error));
            return 12;
        }
        if (n + 1 == commitFirst)
            recorder.waitForCommitted();
    }
    std::fputs("submitted\n", stdout);
    std::fflush(stdout);
    ::kill(::getpid(), SIGKILL);
    return 13;
}

// Message ids of every stored event, oldest first.
QList<QByteArray> storedMessageIds(const QString& store, QString* error)
{
    QList<QByteArray> ids;
    StoreReader reader(store);
    if (!reader.open(true, error))
        return ids;
    reader.scan(EventFilter(), false, [&](const EventBatch& events) {
        for (int i = 0; i < events.size(); ++i)
            ids.append(events.messageId(i).toByteArray());
        return true;
    }, error);
    return ids;
}

QList<QByteArray> expectedMessageIds(const QByteArray& prefix, int count)
{
    QList<QByteArray> ids;
    for (int n = 0; n < count; ++n)
        ids.append(prefix + '-' + QByteArray::number(n));
    return ids;
}

StoreStats storeStats(const QString& store)
{
    StoreStats stats;
    StoreReader reader(store);
    QString error;
    if (reader.open(true, &error))
        reader.stats(stats, &error);
    return stats;
}

QStringList journalFiles(const QString& store)
{
    return QDir(IngestJournal::folderFor(store)).entryList({ QStringLiteral("*.journal") }, QDir::Files);
}

// A second connection that holds the store's write lock, as another process writing would.
class WriteLock
{
public:
    explicit WriteLock(const QString& path)
    {
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("write-lock"));
        m_database.setDatabaseName(path);
        m_database.open();
    }
    ~WriteLock()
    {
        release();
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("write-lock"));
    }
    bool take() { return QSqlQuery(m_database).exec(QStringLiteral("BEGIN IMMEDIATE")) && (m_held = true); }
    void release()
    {
        if (m_held)
            QSqlQuery(m_database).exec(QStringLiteral("ROLLBACK"));
        m_held = false;
    }
    int eventCount()
    {
        QSqlQuery query(m_database);
        return query.exec(QStringLiteral("SELECT coalesce(sum(event_count), 0) FROM segments")) && query.next()
            ? query.value(0).toInt()
            : -1;
    }

private:
    QSqlDatabase m_database;
    bool m_held = false;
};

} // namespace

class TestEventRecorder : public QObject
{
    Q_OBJECT

private slots:
    void committedReportsInSubmissionOrder();
    void submitsFromTwoThreadsLandOnce();
    void stopCommitsEverythingAndRemovesJournal();
    void restartAfterStop();
    void journalCanBeTurnedOff();
    void smallCommitsAreCompacted();
    void clearStore();
    void startRefusesForeignFile();
    void startAsyncReports();
    void recoversAfterCrash_data();
    void recoversAfterCrash();
    void lockedStoreDelaysButLosesNothing();
    void stopWhileLockedKeepsJournal();
};

void TestEventRecorder::committedReportsInSubmissionOrder()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    EventRecorder recorder(store);
    std::vector<CommitReportPtr> reports;
    connect(&recorder, &EventRecorder::committed, this, [&](const CommitReportPtr& report) { reports.push_back(report); });
    QString error;
    QVERIFY2(recorder.start(&error), qPrintable(error));
    QVERIFY(recorder.isRunning());

    std::vector<quint64> tickets;
    int total = 0;
    for (int n = 0; n < 60; ++n) {
        IngestBatch batch = batchFor(n, 1 + n % 9, "r");
        // Message ids continue across batches of different sizes.
        batch.events = numberedEvents(total, 1 + n % 9, "r");
        total += batch.events.size();
        const quint64 ticket = recorder.submit(std::move(batch), &error);
        QVERIFY2(ticket != 0, qPrintable(error));
        QVERIFY(tickets.empty() || ticket > tickets.back());
        tickets.push_back(ticket);
        if (n % 10 == 0)
            recorder.waitForCommitted(); // a few separate commits, the rest grouped
    }
    recorder.waitForCommitted();
    const auto reportedEvents = [&] {
        int events = 0;
        for (const auto& report : reports)
            events += report->events.size();
        return events;
    };
    QTRY_COMPARE_WITH_TIMEOUT(reportedEvents(), total, 10000);

    std::vector<quint64> reportedTickets;
    qint64 nextId = 1;
    int message = 0;
    for (const CommitReportPtr& report : reports) {
        QCOMPARE(report->requestIds.size(), report->tickets.size());
        QCOMPARE(report->statuses.size(), report->tickets.size());
        for (size_t t = 0; t < report->tickets.size(); ++t) {
            reportedTickets.push_back(report->tickets[t]);
            const int n = int(report->tickets[t] - tickets.front());
            QCOMPARE(report->requestIds[t] != 0, n % 2 == 0);
            QCOMPARE(report->statuses[t], n % 2 == 0 ? 200 : 0);
        }
        const EventBatch& events = report->events;
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(events.id(i), nextId++);
            QCOMPARE(events.messageId(i).toByteArray(), QByteArray("r-" + QByteArray::number(message++)));
            QVERIFY(events.hasPayloads());
        }
    }
    QCOMPARE(reportedTickets, tickets);
    // Events carry the id of the request they came with.
    std::set<qint64> requestIds;
    for (const CommitReportPtr& report : reports) {
        for (int i = 0; i < report->events.size(); ++i) {
            if (report->events.requestId(i))
                requestIds.insert(report->events.requestId(i));
        }
    }
    QCOMPARE(int(requestIds.size()), 30);
    recorder.stop();
    QVERIFY(!recorder.isRunning());
    QCOMPARE(storedMessageIds(store, &error), expectedMessageIds("r", total));
    QCOMPARE(storeStats(store).requests, qint64(30));
}

void TestEventRecorder::submitsFromTwoThreadsLandOnce()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    EventRecorder recorder(store);
    std::vector<CommitReportPtr> reports;
    connect(&recorder, &EventRecorder::committed, this, [&](const CommitReportPtr& report) { reports.push_back(report); });
    QString error;
    QVERIFY2(recorder.start(&error), qPrintable(error));

    constexpr int perThread = 500;
    std::vector<quint64> ticketsOf[2];
    std::atomic<int> failures { 0 };
    auto produce = [&](int which) {
        const QByteArray prefix = which ? "right" : "left";
        for (int n = 0; n < perThread; ++n) {
            IngestBatch batch;
            batch.events = numberedEvents(n * 3, 3, prefix);
            if (n % 5 == 0)
                batch.request = requestFor(n);
            const quint64 ticket = recorder.submit(std::move(batch));
            if (ticket == 0)
                ++failures;
            ticketsOf[which].push_back(ticket);
        }
    };
    std::thread left(produce, 0);
    std::thread right(produce, 1);
    left.join();
    right.join();
    QCOMPARE(failures.load(), 0);
    std::set<quint64> allTickets(ticketsOf[0].begin(), ticketsOf[0].end());
    allTickets.insert(ticketsOf[1].begin(), ticketsOf[1].end());
    QCOMPARE(int(allTickets.size()), 2 * perThread);

    recorder.stop();
    // Every submission reported exactly once.
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        size_t n = 0;
        for (const auto& report : reports)
            n += report->tickets.size();
        return n == allTickets.size();
    }(), 10000);
    std::multiset<quint64> reported;
    for (const auto& report : reports)
        reported.insert(report->tickets.begin(), report->tickets.end());
    QCOMPARE(std::set<quint64>(reported.begin(), reported.end()), allTickets);
    QCOMPARE(reported.size(), allTickets.size());

    // Every event stored exactly once, and each thread's events in the order it submitted them.
    const QList<QByteArray> stored = storedMessageIds(store, &error);
    QCOMPARE(stored.size(), 2 * perThread * 3);
    QList<QByteArray> leftIds, rightIds;
    for (const QByteArray& id : stored)
        (id.startsWith("left") ? leftIds : rightIds).append(id);
    QCOMPARE(leftIds, expectedMessageIds("left", perThread * 3));
    QCOMPARE(rightIds, expectedMessageIds("right", perThread * 3));
    QCOMPARE(storeStats(store).requests, qint64(2 * perThread / 5));
    QCOMPARE(recorder.pendingBytes(), qint64(0));
}

void TestEventRecorder::stopCommitsEverythingAndRemovesJournal()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    EventRecorder recorder(store);
    QString error;
    QVERIFY2(recorder.start(&error), qPrintable(error));
    QVERIFY(QFileInfo(IngestJournal::folderFor(store)).isDir());
    for (int n = 0; n < 200; ++n)
        QVERIFY(recorder.submit(batchFor(n, 10, "s")) != 0);
    QVERIFY(!journalFiles(store).isEmpty());
    recorder.stop(); // at once: whatever is not committed yet is committed now
    QVERIFY(!recorder.isRunning());
    QVERIFY2(!QFileInfo::exists(IngestJournal::folderFor(store)), "the journal folder outlived stop()");
    QCOMPARE(storedMessageIds(store, &error), expectedMessageIds("s", 2000));
    // No journal marks are left behind in the store either.
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("marks"));
        database.setDatabaseName(store);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM store_info WHERE key LIKE 'journal:%'")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        query = QSqlQuery();
        database.close();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("marks"));
    }
    recorder.stop(); // harmless
}

void TestEventRecorder::restartAfterStop()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    EventRecorder recorder(store);
    QString error;
    QVERIFY(recorder.start(&error));
    QVERIFY(recorder.start(&error)); // already running: fine
    recorder.submit(batchFor(0, 5, "a"));
    recorder.stop();
    QVERIFY2(recorder.start(&error), qPrintable(error));
    recorder.submit(batchFor(1, 5, "a"));
    recorder.stop();
    QCOMPARE(storedMessageIds(store, &error), expectedMessageIds("a", 10));
}

void TestEventRecorder::journalCanBeTurnedOff()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    EventRecorder recorder(store);
    QVERIFY(recorder.isJournalEnabled());
    recorder.setJournalEnabled(false);
    QString error;
    QVERIFY(recorder.start(&error));
    for (int n = 0; n < 20; ++n)
        QVERIFY(recorder.submit(batchFor(n, 2, "nj")) != 0);
    QVERIFY(!QFileInfo::exists(IngestJournal::folderFor(store)));
    recorder.waitForCommitted();
    QCOMPARE(storedMessageIds(store, &error), expectedMessageIds("nj", 40));
    recorder.stop();
}

void TestEventRecorder::smallCommitsAreCompacted()
{
    // One small segment per commit at low rates; the recorder merges them so the store does not fill up with
    // tiny segments.
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    EventRecorder recorder(store);
    QString error;
    QVERIFY(recorder.start(&error));
    for (int n = 0; n < 40; ++n) {
        recorder.submit(batchFor(n, 3, "c"));
        recorder.waitForCommitted();
    }
    recorder.stop();
    const StoreStats stats = storeStats(store);
    QCOMPARE(stats.events, qint64(120));
    QVERIFY2(stats.segments < 20, qPrintable(QString::number(stats.segments)));
    QCOMPARE(storedMessageIds(store, &error), expectedMessageIds("c", 120));
}

void TestEventRecorder::clearStore()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    EventRecorder recorder(store);
    QSignalSpy cleared(&recorder, &EventRecorder::cleared);
    QString error;
    QVERIFY(recorder.start(&error));
    for (int n = 0; n < 5; ++n)
        recorder.submit(batchFor(n, 4, "x"));
    recorder.clearStore(); // commits what was submitted first, then clears
    QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 10000);
    QCOMPARE(cleared.first().at(0).toBool(), true);
    QCOMPARE(storeStats(store).events, qint64(0));
    QCOMPARE(storeStats(store).requests, qint64(0));
    std::vector<CommitReportPtr> reports;
    connect(&recorder, &EventRecorder::committed, this, [&](const CommitReportPtr& report) { reports.push_back(report); });
    recorder.submit(batchFor(0, 1, "y"));
    QTRY_COMPARE_WITH_TIMEOUT(int(reports.size()), 1, 10000);
    QCOMPARE(reports.front()->events.id(0), qint64(21)); // ids are never reused
    recorder.stop();
}

void TestEventRecorder::startRefusesForeignFile()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(store);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'n'));
    }
    EventRecorder recorder(store);
    QString error;
    QVERIFY(!recorder.start(&error));
    QVERIFY2(error.contains(QLatin1String("not an SQLite database")), qPrintable(error));
    QVERIFY(!recorder.isRunning());
    QVERIFY(!QFileInfo::exists(IngestJournal::folderFor(store)));
    recorder.stop(); // harmless
}

void TestEventRecorder::startAsyncReports()
{
    QTemporaryDir dir;
    {
        EventRecorder recorder(dir.filePath(QStringLiteral("journey.db")));
        QSignalSpy finished(&recorder, &EventRecorder::startFinished);
        recorder.startAsync();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(recorder.isRunning());
        recorder.startAsync(); // already running: reports success at once
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.last().at(0).toBool(), true);
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.db")));
    EventRecorder recorder(dir.filePath(QStringLiteral("folder.db")));
    QSignalSpy finished(&recorder, &EventRecorder::startFinished);
    recorder.startAsync();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("folder")), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!recorder.isRunning());
}

void TestEventRecorder::recoversAfterCrash_data()
{
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("perBatch");
    QTest::addColumn<int>("commitFirst"); // batches known to be committed before the kill
    QTest::addColumn<QString>("recoverWith");
    QTest::newRow("nothing committed, reader recovers") << 20 << 7 << 0 << QStringLiteral("reader");
    QTest::newRow("half committed, reader recovers") << 20 << 7 << 10 << QStringLiteral("reader");
    QTest::newRow("all committed, writer recovers") << 20 << 7 << 20 << QStringLiteral("writer");
    QTest::newRow("half committed, recorder recovers") << 20 << 7 << 10 << QStringLiteral("recorder");
    QTest::newRow("many small batches") << 400 << 2 << 150 << QStringLiteral("reader");
    QTest::newRow("large batches") << 6 << 3000 << 3 << QStringLiteral("recorder");
}

void TestEventRecorder::recoversAfterCrash()
{
    QFETCH(int, batches);
    QFETCH(int, perBatch);
    QFETCH(int, commitFirst);
    QFETCH(QString, recoverWith);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));

    QProcess child;
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(),
        { QString::fromLatin1(crashChildArgument), store, QString::number(batches), QString::number(perBatch),
            QString::number(commitFirst) });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(child.readAllStandardOutput() == "submitted\n", child.readAllStandardError().constData());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // The killed process left its journal behind, and nobody holds it any more.
    QVERIFY(!journalFiles(store).isEmpty());
    QVERIFY(IngestJournal::hasOrphans(store));

    QString error;
    if (recoverWith == QLatin1String("reader")) {
        StoreReader reader(store);
        QVERIFY2(reader.open(true, &error), qPrintable(error));
    } else if (recoverWith == QLatin1String("writer")) {
        StoreWriter writer(store);
        QVERIFY2(writer.open(&error), qPrintable(error));
    } else {
        EventRecorder recorder(store);
        QVERIFY2(recorder.start(&error), qPrintable(error));
        recorder.stop();
    }
    QVERIFY(journalFiles(store).isEmpty());
    QVERIFY(!IngestJournal::hasOrphans(store));

    // Every submitted event exactly once, in submission order; every request once.
    const QList<QByteArray> expected = expectedMessageIds("crash", batches * perBatch);
    QCOMPARE(storedMessageIds(store, &error), expected);
    QCOMPARE(storeStats(store).requests, qint64((batches + 1) / 2));

    // Opening again (any way) adds nothing.
    {
        StoreReader reader(store);
        QVERIFY(reader.open(true, &error));
    }
    {
        EventRecorder recorder(store);
        QVERIFY(recorder.start(&error));
        recorder.stop();
    }
    QCOMPARE(storedMessageIds(store, &error), expected);
    QCOMPARE(storeStats(store).requests, qint64((batches + 1) / 2));
}

void TestEventRecorder::lockedStoreDelaysButLosesNothing()
{
    // Another process holds the write lock: commits fail, but batches acknowledged from the journal are kept
    // and committed once the lock is released (the recorder retries every second).
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    EventRecorder recorder(store);
    std::vector<CommitReportPtr> reports;
    connect(&recorder, &EventRecorder::committed, this, [&](const CommitReportPtr& report) { reports.push_back(report); });
    QList<QList<quint64>> failedTickets;
    QStringList failures;
    connect(&recorder, &EventRecorder::commitFailed, this, [&](const QList<quint64>& tickets, const QString& message) {
        failedTickets.append(tickets);
        failures.append(message);
    });
    QString error;
    QVERIFY(recorder.start(&error));

    WriteLock lock(store);
    QVERIFY(lock.take());
    QList<quint64> tickets;
    for (int n = 0; n < 8; ++n)
        tickets.append(recorder.submit(batchFor(n, 5, "locked")));
    QVERIFY(!tickets.contains(0));
    QVERIFY(recorder.pendingBytes() > 0);
    // The busy timeout of the store is 10 s: the first attempt gives up after that.
    QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 30000);
    QVERIFY2(failures.first().contains(QLatin1String("locked")), qPrintable(failures.first()));
    QVERIFY(failedTickets.first().size() >= 1);
    for (quint64 ticket : failedTickets.first())
        QVERIFY(tickets.contains(ticket));
    QVERIFY(reports.empty());
    QCOMPARE(lock.eventCount(), 0);
    QVERIFY(!journalFiles(store).isEmpty()); // still safe on disk
    QVERIFY(recorder.pendingBytes() > 0);

    lock.release();
    const auto reportedTickets = [&] {
        QList<quint64> all;
        for (const auto& report : reports)
            all += QList<quint64>(report->tickets.begin(), report->tickets.end());
        return all;
    };
    QTRY_COMPARE_WITH_TIMEOUT(reportedTickets(), tickets, 30000);
    QCOMPARE(recorder.pendingBytes(), qint64(0));
    recorder.stop();
    QCOMPARE(storedMessageIds(store, &error), expectedMessageIds("locked", 40));
    QCOMPARE(storeStats(store).requests, qint64(4));
}

void TestEventRecorder::stopWhileLockedKeepsJournal()
{
    // stop() cannot commit while another process holds the lock: the journal stays, and the next program to
    // open the store stores the events (once).
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    QString error;
    {
        EventRecorder recorder(store);
        QVERIFY(recorder.start(&error));
        WriteLock lock(store);
        QVERIFY(lock.take());
        for (int n = 0; n < 6; ++n)
            QVERIFY(recorder.submit(batchFor(n, 4, "kept")) != 0);
        recorder.stop(); // gives up after the busy timeout
        QVERIFY(!recorder.isRunning());
        QCOMPARE(lock.eventCount(), 0);
    }
    QVERIFY(!journalFiles(store).isEmpty());
    QVERIFY(IngestJournal::hasOrphans(store));
    QCOMPARE(storedMessageIds(store, &error), expectedMessageIds("kept", 24));
    QCOMPARE(storedMessageIds(store, &error), expectedMessageIds("kept", 24));
    QVERIFY(journalFiles(store).isEmpty());
}

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], crashChildArgument) == 0)
        return runCrashChild(argc, argv);
    // What QTEST_GUILESS_MAIN does.
    QCoreApplication app(argc, argv);
    TestEventRecorder test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_eventrecorder.moc"

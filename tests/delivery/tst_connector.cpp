// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// The connector end to end: the public API, a real store file, a delivery worker per provider and real HTTP
// sinks on 127.0.0.1 that answer like providers do, including their faults (5xx, 429 with Retry-After,
// timeouts, dropped connections, 400, an unreachable host) and per-record answers.

#include "config/journeyconfig.h"
#include "delivery/connector.h"
#include "delivery/outboxstore.h"
#include "httpsink.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Journey;
using namespace JourneyTest;

namespace {

const char segmentKey[] = "wk_connector_test_4711";

QByteArray q(const char* json)
{
    return QByteArray(json).replace('\'', '"');
}

JourneyConfig configFor(const QByteArray& json)
{
    JourneyConfig config;
    QString error;
    if (!JourneyConfig::parse(json, QStringLiteral("test config"), config, &error))
        qFatal("bad test config: %s", qPrintable(error));
    return config;
}

// A Segment provider pointed at \a url with fast retries, plus whatever \a extra adds to its settings.
QByteArray segmentConfig(const QUrl& url, const QByteArray& extra = {})
{
    return "{\"journey\":{\"providers\":{\"segment\":{\"writeKey\":\"" + QByteArray(segmentKey) + "\",\"endpoint\":\""
        + url.toString().toUtf8() + "\",\"backoffMs\":20,\"maxBackoffMs\":200,\"batch\":{\"flushMs\":20}" + extra + "}}}}";
}

// The messageIds of every message in a Segment /v1/batch request.
QStringList batchIds(const SinkRequest& request)
{
    QStringList ids;
    const QJsonArray batch = QJsonDocument::fromJson(request.body).object().value(QLatin1String("batch")).toArray();
    for (const QJsonValue& message : batch)
        ids.append(message.toObject().value(QLatin1String("messageId")).toString());
    return ids;
}

OutboxState stateOf(Connector& connector, const QString& messageId, const QString& provider = QStringLiteral("segment"))
{
    QString error;
    const QList<OutboxRow> rows = connector.statusOf(messageId, &error);
    for (const OutboxRow& row : rows) {
        if (row.provider == provider)
            return row.state;
    }
    return OutboxState(-1);
}

OutboxRow rowOf(Connector& connector, const QString& messageId, const QString& provider = QStringLiteral("segment"))
{
    QString error;
    const QList<OutboxRow> rows = connector.statusOf(messageId, &error);
    for (const OutboxRow& row : rows) {
        if (row.provider == provider)
            return row;
    }
    return {};
}

// Runs the event loop (the sinks live on this thread) until \a done or the timeout.
template<typename Predicate>
bool spin(Predicate done, int timeoutMs = 15000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

// flush() blocks the calling thread, and the sinks answer on this thread: flush from a helper while this
// thread keeps serving.
bool flushWhileServing(Connector& connector, int timeoutMs = 15000)
{
    std::atomic<bool> result = false;
    std::atomic<bool> finished = false;
    std::thread flusher([&] {
        result = connector.flush(timeoutMs);
        finished = true;
    });
    spin([&] { return finished.load(); }, timeoutMs + 5000);
    flusher.join();
    return result.load();
}

} // namespace

class TestConnector : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sixCallsAreDeliveredAndRecorded();
    void serverErrorsAreRetriedWithTheSameIds();
    void retryAfterIsHonouredWithoutUsingAttempts();
    void timeoutsAndDroppedConnectionsAreRetried();
    void badRequestIsDeadLetteredAndRetryableByHand();
    void givesUpAfterMaxAttempts();
    void offlineQueuesAndResumesByItself();
    void batchesAreSplitAtTheConfiguredCount();
    void fansOutAndRoutes();
    void samplingKeepsWholeJourneys();
    void fullQueueIsReportedAndNothingIsLost();
    void queuedEventsSurviveARestart();
    void acceptedEventsSurviveACrashBeforeTheOutboxCommits();
    void invalidCallsNameTheField();
    void mixpanelPartialFailureIsSettledPerRecord();
    void secretsNeverReachTheLog();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("journey.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConnector::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConnector::sixCallsAreDeliveredAndRecorded()
{
    HttpSink sink;
    QVERIFY(sink.start());
    Connector connector;
    QString error;
    QVERIFY2(connector.start(storePath(), configFor(segmentConfig(sink.url())), &error), qPrintable(error));
    QSignalSpy delivered(&connector, &Connector::eventsDelivered);

    CallOptions options;
    options.context = QJsonObject { { QStringLiteral("ip"), QStringLiteral("203.0.113.9") } };
    QStringList ids;
    ids << connector.track(QStringLiteral("u-1"), QStringLiteral("a-1"), QStringLiteral("Order Completed"),
                        QJsonObject { { QStringLiteral("revenue"), 25.5 } }, options)
               .messageId;
    ids << connector.identify(QStringLiteral("u-1"), QStringLiteral("a-1"), QJsonObject { { QStringLiteral("email"), QStringLiteral("a@x.io") } }).messageId;
    ids << connector.page(QString(), QStringLiteral("a-1"), QStringLiteral("Pricing")).messageId;
    ids << connector.screen(QStringLiteral("u-1"), QString(), QStringLiteral("Dashboard")).messageId;
    ids << connector.group(QStringLiteral("u-1"), QString(), QStringLiteral("acme"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Acme") } }).messageId;
    ids << connector.alias(QStringLiteral("u-1"), QStringLiteral("a-1")).messageId;
    for (const QString& id : ids)
        QVERIFY(!id.isEmpty());

    QVERIFY(flushWhileServing(connector));
    QStringList received;
    for (const SinkRequest& request : sink.requests()) {
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v1/batch"));
        received += batchIds(request);
    }
    QCOMPARE(QSet<QString>(received.begin(), received.end()), QSet<QString>(ids.begin(), ids.end()));
    QCOMPARE(received.size(), 6);
    const QJsonArray batch = QJsonDocument::fromJson(sink.requests().first().body).object().value(QLatin1String("batch")).toArray();
    const QJsonObject track = batch.first().toObject();
    QCOMPARE(track.value(QLatin1String("event")).toString(), QStringLiteral("Order Completed"));
    QCOMPARE(track.value(QLatin1String("properties")).toObject().value(QLatin1String("revenue")).toDouble(), 25.5);
    QCOMPARE(track.value(QLatin1String("context")).toObject().value(QLatin1String("ip")).toString(), QStringLiteral("203.0.113.9"));

    for (const QString& id : ids)
        QCOMPARE(stateOf(connector, id), OutboxState::Delivered);
    QVERIFY(spin([&] { return delivered.size() > 0; }));
    QStringList signalled;
    for (const QList<QVariant>& arguments : delivered)
        signalled += arguments.at(1).toStringList();
    QCOMPARE(signalled.size(), 6);

    OutboxStore store;
    QVERIFY(store.open(storePath(), &error));
    const QList<DeliveryExchange> log = store.exchanges({}, &error);
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().outcome, DeliveryOutcome::Delivered);
    QCOMPARE(log.first().status, 200);
    connector.shutdown(1000);
}

void TestConnector::serverErrorsAreRetriedWithTheSameIds()
{
    HttpSink sink;
    QVERIFY(sink.start());
    sink.script({ SinkResponse::reply(500, "{}"), SinkResponse::reply(502, "bad gateway") });
    Connector connector;
    QString error;
    QVERIFY(connector.start(storePath(), configFor(segmentConfig(sink.url())), &error));
    const QString id = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Retried")).messageId;
    QVERIFY(flushWhileServing(connector));
    QCOMPARE(sink.requests().size(), 3);
    for (const SinkRequest& request : sink.requests())
        QCOMPARE(batchIds(request), QStringList { id });
    QCOMPARE(sink.requests().at(0).header("X-Retry-Count"), QByteArray());
    QCOMPARE(sink.requests().at(1).header("X-Retry-Count"), QByteArray("1"));
    QCOMPARE(sink.requests().at(2).header("X-Retry-Count"), QByteArray("2"));
    const OutboxRow row = rowOf(connector, id);
    QCOMPARE(row.state, OutboxState::Delivered);
    QCOMPARE(row.attempts, 3);

    OutboxStore store;
    QVERIFY(store.open(storePath(), &error));
    const QList<DeliveryExchange> log = store.exchanges({}, &error);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(2).outcome, DeliveryOutcome::Retry);
    QCOMPARE(log.at(2).status, 500);
    QCOMPARE(log.at(1).status, 502);
    QCOMPARE(log.at(0).outcome, DeliveryOutcome::Delivered);
}

void TestConnector::retryAfterIsHonouredWithoutUsingAttempts()
{
    HttpSink sink;
    QVERIFY(sink.start());
    sink.script({ SinkResponse::reply(429, "{\"error\":\"slow down\"}", { { "Retry-After", "1" } }) });
    Connector connector;
    QString error;
    // One attempt only: a 429 that says when to come back must not use it up.
    QVERIFY(connector.start(storePath(), configFor(segmentConfig(sink.url(), ",\"maxAttempts\":1")), &error));
    const QString id = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Throttled")).messageId;
    QVERIFY(flushWhileServing(connector));
    QCOMPARE(sink.requests().size(), 2);
    const qint64 waited = sink.requests().at(1).receivedMs - sink.requests().at(0).receivedMs;
    QVERIFY2(waited >= 950, qPrintable(QStringLiteral("waited %1 ms").arg(waited)));
    QCOMPARE(stateOf(connector, id), OutboxState::Delivered);
}

void TestConnector::timeoutsAndDroppedConnectionsAreRetried()
{
    HttpSink sink;
    QVERIFY(sink.start());
    // Qt resends a request once by itself when a kept-alive connection is closed before the answer, so two
    // closes in a row are what reaches the worker as a dropped connection.
    sink.script({ SinkResponse::hang(), SinkResponse::close(), SinkResponse::close() });
    Connector connector;
    QString error;
    QVERIFY(connector.start(storePath(), configFor(segmentConfig(sink.url(), ",\"timeoutMs\":300")), &error));
    const QString id = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Flaky")).messageId;
    QVERIFY(flushWhileServing(connector));
    QVERIFY(sink.requests().size() >= 3);
    for (const SinkRequest& request : sink.requests())
        QCOMPARE(batchIds(request), QStringList { id });
    QCOMPARE(stateOf(connector, id), OutboxState::Delivered);
    OutboxStore store;
    QVERIFY(store.open(storePath(), &error));
    const QList<DeliveryExchange> log = store.exchanges({}, &error);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).outcome, DeliveryOutcome::Delivered);
    QVERIFY2(log.at(2).reason.contains(QLatin1String("timeout")), qPrintable(log.at(2).reason));
    QCOMPARE(log.at(2).outcome, DeliveryOutcome::Retry);
    QCOMPARE(log.at(1).status, 0);
    QVERIFY2(log.at(1).reason.contains(QLatin1String("closed")), qPrintable(log.at(1).reason));
    QCOMPARE(log.at(1).outcome, DeliveryOutcome::Retry);
}

void TestConnector::badRequestIsDeadLetteredAndRetryableByHand()
{
    HttpSink sink;
    QVERIFY(sink.start());
    sink.script({ SinkResponse::reply(400, "{\"code\":\"bad_request\",\"message\":\"nope\"}") });
    Connector connector;
    QString error;
    QVERIFY(connector.start(storePath(), configFor(segmentConfig(sink.url())), &error));
    QSignalSpy failed(&connector, &Connector::eventsFailed);
    const QString id = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Rejected")).messageId;
    QVERIFY(flushWhileServing(connector)); // settled: dead letters count as settled
    QCOMPARE(sink.requests().size(), 1);
    OutboxRow row = rowOf(connector, id);
    QCOMPARE(row.state, OutboxState::Dead);
    QVERIFY2(row.reason.contains(QLatin1String("400")), qPrintable(row.reason));
    QVERIFY(row.exchangeId > 0);
    QVERIFY(spin([&] { return failed.size() == 1; }));
    QCOMPARE(failed.first().at(1).toStringList(), QStringList { id });

    OutboxStore store;
    QVERIFY(store.open(storePath(), &error));
    DeliveryExchange exchange;
    QVERIFY(store.exchange(row.exchangeId, exchange, &error));
    QCOMPARE(exchange.status, 400);
    QVERIFY(exchange.responseBody.contains("nope"));
    QVERIFY(exchange.requestBody.contains(id.toUtf8()));
    QCOMPARE(store.deadLetters(QStringLiteral("segment"), 10, &error).size(), 1);

    connector.retryDeadLetters(QStringLiteral("segment"));
    QVERIFY(spin([&] { return stateOf(connector, id) == OutboxState::Delivered; }));
    QCOMPARE(sink.requests().size(), 2);
    QCOMPARE(batchIds(sink.requests().at(1)), QStringList { id });
    QCOMPARE(store.deadLetters(QStringLiteral("segment"), 10, &error).size(), 0);
}

void TestConnector::givesUpAfterMaxAttempts()
{
    HttpSink sink;
    QVERIFY(sink.start());
    sink.setDefault(SinkResponse::reply(503, "down"));
    Connector connector;
    QString error;
    QVERIFY(connector.start(storePath(), configFor(segmentConfig(sink.url(), ",\"maxAttempts\":3")), &error));
    const QString id = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Doomed")).messageId;
    QVERIFY(flushWhileServing(connector));
    QCOMPARE(sink.requests().size(), 3);
    const OutboxRow row = rowOf(connector, id);
    QCOMPARE(row.state, OutboxState::Dead);
    QCOMPARE(row.attempts, 3);
    QVERIFY2(row.reason.startsWith(QLatin1String("gave up after 3 attempts")), qPrintable(row.reason));
}

void TestConnector::offlineQueuesAndResumesByItself()
{
    quint16 port = 0;
    {
        HttpSink probe;
        QVERIFY(probe.start());
        port = probe.port();
    } // closed: connections are refused now
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
    Connector connector;
    QString error;
    QVERIFY(connector.start(storePath(), configFor(segmentConfig(url, ",\"maxAttempts\":2")), &error));
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << connector.track(QStringLiteral("u-%1").arg(i), {}, QStringLiteral("Offline")).messageId;
    QVERIFY(!connector.flush(800)); // nothing can be delivered
    for (const QString& id : ids) {
        const OutboxRow row = rowOf(connector, id);
        QCOMPARE(row.state, OutboxState::Queued);
        QCOMPARE(row.attempts, 0); // refused connections do not use up attempts
        QVERIFY2(row.reason.contains(QLatin1String("refused")), qPrintable(row.reason));
    }
    HttpSink sink;
    QVERIFY(sink.start(port));
    QVERIFY(spin([&] {
        for (const QString& id : ids) {
            if (stateOf(connector, id) != OutboxState::Delivered)
                return false;
        }
        return true;
    }));
    QStringList received;
    for (const SinkRequest& request : sink.requests())
        received += batchIds(request);
    QCOMPARE(QSet<QString>(received.begin(), received.end()), QSet<QString>(ids.begin(), ids.end()));
}

void TestConnector::batchesAreSplitAtTheConfiguredCount()
{
    HttpSink sink;
    QVERIFY(sink.start());
    Connector connector;
    QString error;
    QVERIFY(connector.start(storePath(),
        configFor(segmentConfig(sink.url()).replace("\"batch\":{\"flushMs\":20}", "\"batch\":{\"flushMs\":20,\"maxEvents\":100}")),
        &error));
    QSet<QString> ids;
    for (int i = 0; i < 250; ++i)
        ids.insert(connector.track(QStringLiteral("u-%1").arg(i % 7), {}, QStringLiteral("Bulk")).messageId);
    QVERIFY(flushWhileServing(connector));
    QSet<QString> received;
    int largest = 0;
    for (const SinkRequest& request : sink.requests()) {
        const QStringList batch = batchIds(request);
        largest = qMax(largest, int(batch.size()));
        for (const QString& id : batch)
            QVERIFY2(!received.contains(id), "an event was delivered twice");
        received.unite(QSet<QString>(batch.begin(), batch.end()));
    }
    QCOMPARE(received, ids);
    QCOMPARE(largest, 100);
    QVERIFY(sink.requests().size() >= 3);
}

void TestConnector::fansOutAndRoutes()
{
    HttpSink sink;
    QVERIFY(sink.start());
    const QByteArray url = sink.url().toString().toUtf8();
    const JourneyConfig config = configFor(q("{'journey':{'providers':{"
                                             "'segment':{'writeKey':'wk_fan_1','endpoint':'")
        + url + q("','batch':{'flushMs':10}},"
                  "'posthog':{'apiKey':'phc_fan_2','endpoint':'")
        + url + q("','batch':{'flushMs':10},'routes':{'types':['track'],'exclude':['Debug *']}}}}}"));
    Connector connector;
    QString error;
    QVERIFY(connector.start(storePath(), config, &error));
    QCOMPARE(connector.providers(), (QStringList { QStringLiteral("segment"), QStringLiteral("posthog") }));

    const EnqueueResult both = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Signed Up"));
    QCOMPARE(both.providers, (QStringList { QStringLiteral("segment"), QStringLiteral("posthog") }));
    const EnqueueResult identify = connector.identify(QStringLiteral("u-1"), {});
    QCOMPARE(identify.providers, QStringList { QStringLiteral("segment") });
    const EnqueueResult debug = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Debug Ping"));
    QCOMPARE(debug.providers, QStringList { QStringLiteral("segment") });
    CallOptions onlyPostHog;
    onlyPostHog.integrations = QJsonObject { { QStringLiteral("All"), false }, { QStringLiteral("PostHog"), true } };
    const EnqueueResult chosen = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Debug Forced"), {}, onlyPostHog);
    QCOMPARE(chosen.providers, QStringList { QStringLiteral("posthog") }); // integrations override routes
    CallOptions none;
    none.integrations = QJsonObject { { QStringLiteral("All"), false } };
    const EnqueueResult nowhere = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Nowhere"), {}, none);
    QCOMPARE(nowhere.status, EnqueueResult::Status::NoProvider);
    QVERIFY2(nowhere.error.contains(QLatin1String("integrations")), qPrintable(nowhere.error));

    QVERIFY(flushWhileServing(connector));
    int segmentRequests = 0;
    int posthogRequests = 0;
    QByteArray posthogBodies;
    for (const SinkRequest& request : sink.requests()) {
        if (request.path == QLatin1String("/v1/batch"))
            ++segmentRequests;
        else {
            ++posthogRequests;
            posthogBodies += request.body;
        }
    }
    QVERIFY(segmentRequests >= 1);
    QVERIFY(posthogRequests >= 1);
    QVERIFY(posthogBodies.contains("Signed Up"));
    QVERIFY(posthogBodies.contains("Debug Forced"));
    QVERIFY(!posthogBodies.contains("Debug Ping"));
    QCOMPARE(stateOf(connector, both.messageId, QStringLiteral("posthog")), OutboxState::Delivered);
    QCOMPARE(stateOf(connector, both.messageId, QStringLiteral("segment")), OutboxState::Delivered);
}

void TestConnector::samplingKeepsWholeJourneys()
{
    HttpSink sink;
    QVERIFY(sink.start());
    Connector connector;
    QString error;
    QByteArray json = segmentConfig(sink.url());
    json.chop(2);
    json += ",\"sampling\":{\"Scrolled\":0.3,\"Page *\":0}}}";
    QVERIFY(connector.start(storePath(), configFor(json), &error));
    int kept = 0;
    for (int user = 0; user < 200; ++user) {
        const QString anonymousId = QStringLiteral("anon-%1").arg(user);
        QList<bool> decisions;
        for (int i = 0; i < 3; ++i) {
            const EnqueueResult result = connector.track({}, anonymousId, QStringLiteral("Scrolled"));
            QVERIFY(result.accepted());
            decisions.append(!result.sampledOut);
        }
        QVERIFY2(decisions[0] == decisions[1] && decisions[1] == decisions[2], "a person's journey was cut");
        // Once identified, the same person (same anonymousId) stays in or out.
        const EnqueueResult later = connector.track(QStringLiteral("user-%1").arg(user), anonymousId, QStringLiteral("Scrolled"));
        QCOMPARE(!later.sampledOut, decisions[0]);
        kept += decisions[0] ? 1 : 0;
        // Identify is never sampled.
        QVERIFY(!connector.identify(QStringLiteral("user-%1").arg(user), anonymousId).sampledOut);
    }
    QVERIFY2(kept > 30 && kept < 90, qPrintable(QString::number(kept)));
    const EnqueueResult page = connector.track({}, QStringLiteral("anon-1"), QStringLiteral("Page Loaded"));
    QVERIFY(page.sampledOut);
    QVERIFY(flushWhileServing(connector));
    const OutboxRow row = rowOf(connector, page.messageId);
    QCOMPARE(row.state, OutboxState::SampledOut);
    QCOMPARE(row.sampleRate, 0.0);
    QVERIFY2(row.reason.contains(QLatin1String("Page *")), qPrintable(row.reason));
    QVERIFY(!sink.requests().isEmpty());
    for (const SinkRequest& request : sink.requests())
        QVERIFY(!batchIds(request).contains(page.messageId));
}

void TestConnector::fullQueueIsReportedAndNothingIsLost()
{
    HttpSink sink;
    QVERIFY(sink.start());
    QByteArray json = segmentConfig(sink.url());
    json.chop(2);
    json += ",\"queue\":{\"maxEvents\":5}}}";
    Connector connector;
    QString error;
    QVERIFY(connector.start(storePath(), configFor(json), &error));
    QSignalSpy full(&connector, &Connector::queueFull);

    // Another writer holds the store: the outbox cannot commit, so accepted events wait in the bounded queue.
    QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
    blocker.setDatabaseName(storePath());
    QVERIFY(blocker.open());
    QSqlQuery lock(blocker);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QStringList accepted;
    EnqueueResult refused;
    for (int i = 0; i < 50 && refused.status != EnqueueResult::Status::QueueFull; ++i) {
        const EnqueueResult result = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Burst %1").arg(i));
        if (result.accepted())
            accepted << result.messageId;
        else
            refused = result;
        QTest::qWait(5);
    }
    QCOMPARE(refused.status, EnqueueResult::Status::QueueFull);
    QVERIFY(refused.error.contains(QLatin1String("full")));
    QVERIFY(accepted.size() >= 5);
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    lock.finish();
    blocker.close();
    blocker = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
    QVERIFY(spin([&] { return full.size() >= 1; }));

    QVERIFY(flushWhileServing(connector, 20000));
    QSet<QString> received;
    for (const SinkRequest& request : sink.requests()) {
        const QStringList ids = batchIds(request);
        received.unite(QSet<QString>(ids.begin(), ids.end()));
    }
    for (const QString& id : accepted)
        QVERIFY2(received.contains(id), qPrintable(id));
}

void TestConnector::queuedEventsSurviveARestart()
{
    quint16 port = 0;
    {
        HttpSink probe;
        QVERIFY(probe.start());
        port = probe.port();
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QStringList ids;
    {
        Connector first;
        QString error;
        QVERIFY(first.start(storePath(), configFor(segmentConfig(url)), &error));
        for (int i = 0; i < 10; ++i)
            ids << first.track(QStringLiteral("u-%1").arg(i), {}, QStringLiteral("Before Restart")).messageId;
        QVERIFY(!first.shutdown(300)); // unreachable: they stay queued
    }
    HttpSink sink;
    QVERIFY(sink.start(port));
    Connector second;
    QString error;
    QVERIFY(second.start(storePath(), configFor(segmentConfig(url)), &error));
    QVERIFY(flushWhileServing(second)); // the flush covers what earlier sessions left queued
    QStringList received;
    for (const SinkRequest& request : sink.requests())
        received += batchIds(request);
    QCOMPARE(QSet<QString>(received.begin(), received.end()), QSet<QString>(ids.begin(), ids.end()));
    QCOMPARE(received.size(), ids.size());
}

void TestConnector::acceptedEventsSurviveACrashBeforeTheOutboxCommits()
{
    HttpSink sink;
    QVERIFY(sink.start());
    const JourneyConfig config = configFor(segmentConfig(sink.url()));
    const QString crashed = m_dir->filePath(QStringLiteral("crashed"));
    QVERIFY(QDir().mkpath(crashed));
    QStringList ids;
    {
        Connector connector;
        QString error;
        QVERIFY(connector.start(storePath(), config, &error));
        // Another writer holds the store, so the outbox cannot commit what the calls accept.
        QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-blocker"));
        blocker.setDatabaseName(storePath());
        QVERIFY(blocker.open());
        {
            QSqlQuery lock(blocker);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            for (int i = 0; i < 20; ++i) {
                const EnqueueResult result = connector.track(QStringLiteral("u-%1").arg(i), {}, QStringLiteral("Accepted"));
                QVERIFY(result.accepted());
                ids << result.messageId;
            }
            // What a kill -9 at this moment leaves on disk: the store (nothing committed) and the journal.
            for (const QString& name : QDir(m_dir->path()).entryList(QDir::Files))
                QVERIFY(QFile::copy(m_dir->filePath(name), crashed + QLatin1Char('/') + name));
            const QString journals = storePath() + QStringLiteral(".outbox");
            QVERIFY(QDir().mkpath(crashed + QStringLiteral("/journey.db.outbox")));
            for (const QString& name : QDir(journals).entryList(QDir::Files))
                QVERIFY(QFile::copy(journals + QLatin1Char('/') + name, crashed + QStringLiteral("/journey.db.outbox/") + name));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        blocker.close();
        blocker = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("crash-blocker"));
        connector.shutdown(0);
    }
    sink.clear();
    Connector restarted;
    QString error;
    QVERIFY2(restarted.start(crashed + QStringLiteral("/journey.db"), config, &error), qPrintable(error));
    QVERIFY(flushWhileServing(restarted));
    QStringList received;
    for (const SinkRequest& request : sink.requests())
        received += batchIds(request);
    QCOMPARE(QSet<QString>(received.begin(), received.end()), QSet<QString>(ids.begin(), ids.end()));
    QCOMPARE(received.size(), ids.size());
    QVERIFY(QDir(crashed + QStringLiteral("/journey.db.outbox")).entryList(QDir::Files).size() == 1); // only the new session's
}

void TestConnector::invalidCallsNameTheField()
{
    HttpSink sink;
    QVERIFY(sink.start());
    Connector connector;
    QString error;
    QVERIFY(connector.start(storePath(), configFor(segmentConfig(sink.url())), &error));
    const EnqueueResult noId = connector.track({}, {}, QStringLiteral("Anonymous"));
    QCOMPARE(noId.status, EnqueueResult::Status::Invalid);
    QVERIFY2(noId.error.contains(QLatin1String("userId or an anonymousId")), qPrintable(noId.error));
    const EnqueueResult badType = connector.send(q("{'type':'track','userId':'u','event':'E','properties':[1]}"));
    QCOMPARE(badType.status, EnqueueResult::Status::Invalid);
    QVERIFY2(badType.error.contains(QLatin1String("properties")), qPrintable(badType.error));
    const EnqueueResult unknown = connector.send(q("{'type':'track','userId':'u','event':'E'}"), { QStringLiteral("heap") });
    QCOMPARE(unknown.status, EnqueueResult::Status::NoProvider);
    QVERIFY2(unknown.error.contains(QLatin1String("heap")), qPrintable(unknown.error));
    QVERIFY(connector.flush(2000));
    QVERIFY(sink.requests().isEmpty());
}

void TestConnector::mixpanelPartialFailureIsSettledPerRecord()
{
    HttpSink sink;
    QVERIFY(sink.start());
    sink.setHandler([](const SinkRequest& request) {
        // Mixpanel /import: the second record fails validation, the others are imported.
        const QJsonArray records = QJsonDocument::fromJson(request.body).array();
        const QString insertId = records.at(1).toObject().value(QLatin1String("properties")).toObject().value(QLatin1String("$insert_id")).toString();
        return SinkResponse::reply(400,
            QJsonDocument(QJsonObject {
                              { QStringLiteral("code"), 400 },
                              { QStringLiteral("error"), QStringLiteral("some data points in the request failed validation") },
                              { QStringLiteral("status"), QStringLiteral("Bad Request") },
                              { QStringLiteral("num_records_imported"), records.size() - 1 },
                              { QStringLiteral("failed_records"),
                                  QJsonArray { QJsonObject { { QStringLiteral("index"), 1 }, { QStringLiteral("insert_id"), insertId },
                                      { QStringLiteral("field"), QStringLiteral("properties.time") },
                                      { QStringLiteral("message"), QStringLiteral("'properties.time' is invalid") } } } } })
                .toJson(QJsonDocument::Compact));
    });
    const JourneyConfig config = configFor(q("{'journey':{'providers':{'mixpanel':{'token':'mp_token_1','apiSecret':'mp_secret_2',"
                                             "'endpoint':'")
        + sink.url().toString().toUtf8() + q("','batch':{'flushMs':50}}}}}"));
    Connector connector;
    QString error;
    QVERIFY(connector.start(storePath(), config, &error));
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << connector.track(QStringLiteral("u-%1").arg(i), {}, QStringLiteral("Imported")).messageId;
    QVERIFY(flushWhileServing(connector));
    QCOMPARE(sink.requests().size(), 1);
    QVERIFY(sink.requests().first().path.startsWith(QLatin1String("/import")));
    QCOMPARE(stateOf(connector, ids[0], QStringLiteral("mixpanel")), OutboxState::Delivered);
    const OutboxRow failed = rowOf(connector, ids[1], QStringLiteral("mixpanel"));
    QCOMPARE(failed.state, OutboxState::Dead);
    QVERIFY2(failed.reason.contains(QLatin1String("properties.time")), qPrintable(failed.reason));
    QCOMPARE(stateOf(connector, ids[2], QStringLiteral("mixpanel")), OutboxState::Delivered);
}

void TestConnector::secretsNeverReachTheLog()
{
    HttpSink sink;
    QVERIFY(sink.start());
    sink.script({ SinkResponse::reply(401, QByteArray("{\"error\":\"bad key ") + segmentKey + "\"}") });
    Connector connector;
    QString error;
    QVERIFY(connector.start(storePath(), configFor(segmentConfig(sink.url())), &error));
    connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Secret"));
    QVERIFY(flushWhileServing(connector));
    QVERIFY(sink.requests().first().body.contains(segmentKey)); // the provider gets it…
    OutboxStore store;
    QVERIFY(store.open(storePath(), &error));
    const QList<DeliveryExchange> log = store.exchanges({}, &error);
    QCOMPARE(log.size(), 1);
    DeliveryExchange exchange;
    QVERIFY(store.exchange(log.first().id, exchange, &error));
    QByteArray everything = exchange.url.toUtf8() + exchange.requestBody + exchange.responseBody + exchange.reason.toUtf8();
    for (const auto& [name, value] : exchange.requestHeaders)
        everything += name + value;
    QVERIFY2(!everything.contains(segmentKey), everything.constData()); // …the log never
    QVERIFY(!everything.contains(QByteArray(segmentKey).toBase64().left(16)));
}

QTEST_GUILESS_MAIN(TestConnector)
#include "tst_connector.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// The Replayer: pacing at each speed, pause/resume and cancel on a manual clock (no sleeps: the clock jumps),
// the dry run (a real loopback sink sees nothing), and real HTTP outcomes reported per request, several in
// flight at max speed.

#include "httpsink.h"
#include "replaytestutil.h"

#include "replay/httpreplaysink.h"
#include "replay/manualreplayclock.h"
#include "replay/replayer.h"
#include "replay/replayplanner.h"
#include "replay/systemreplayclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {

constexpr qint64 t0 = 1717171717000;
constexpr qint64 clockStart = 5000;

/// Four loose events 0, 1 s, 2.5 s and 62.5 s apart; each its own request unless at max speed.
ReplayPlan fourEvents(const QString& speed, const QUrl& target = QUrl(QStringLiteral("http://127.0.0.1:9")))
{
    const Capture capture = looseCapture(
        { trackAt(t0, "A"), trackAt(t0 + 1000, "B"), trackAt(t0 + 2500, "C"), trackAt(t0 + 62500, "D") });
    ReplayOptions options;
    QString error;
    if (!ReplayOptions::parseSpeed(speed, options, &error))
        qFatal("bad speed");
    ReplayPlan plan;
    if (!ReplayPlanner(options, ReplayTarget::forUrl(target)).plan(capture, 0, plan, &error))
        qFatal("planning failed");
    return plan;
}

/// One Segment request per event (distinct due times), \a count of them, 1 ms apart, sent at max speed.
ReplayPlan separateRequests(int count, const QUrl& target, int maxInFlight)
{
    QList<QByteArray> messages;
    for (int i = 0; i < count; ++i)
        messages.append(trackAt(t0 + i, "E" + QByteArray::number(i)));
    ReplayPlan plan;
    QString error;
    if (!ReplayPlanner(ReplayOptions(), ReplayTarget::forUrl(target)).plan(looseCapture(messages), 0, plan, &error))
        qFatal("planning failed");
    plan.options.asFastAsPossible = true; // distinct requests, sent without waiting
    plan.options.maxInFlight = maxInFlight;
    return plan;
}

QString eventOf(const SinkRequest& request)
{
    return QJsonDocument::fromJson(request.body)
        .object()
        .value(QLatin1String("batch"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("event"))
        .toString();
}

} // namespace

class TestReplayer : public QObject
{
    Q_OBJECT

private slots:
    void pacingFollowsTheSpeed_data();
    void pacingFollowsTheSpeed();
    void pauseHoldsTheScheduleAndResumeKeepsTheSpacing();
    void cancelStopsSendingAndReportsTheRestNotSent();
    void dryRunSendsNothing();
    void httpOutcomesAreReportedPerRequest();
    void refusedConnectionIsAFailureWithTheReason();
    void maxSpeedKeepsSeveralRequestsInFlight();
};

void TestReplayer::pacingFollowsTheSpeed_data()
{
    QTest::addColumn<QString>("speed");
    QTest::addColumn<QList<qint64>>("sentAt");
    QTest::newRow("1x") << QStringLiteral("1") << QList<qint64> { 0, 1000, 2500, 62500 };
    QTest::newRow("2x") << QStringLiteral("2") << QList<qint64> { 0, 500, 1250, 31250 };
    QTest::newRow("0.5x") << QStringLiteral("0.5") << QList<qint64> { 0, 2000, 5000, 125000 };
    QTest::newRow("max") << QStringLiteral("max") << QList<qint64> { 0 };
}

void TestReplayer::pacingFollowsTheSpeed()
{
    QFETCH(QString, speed);
    QFETCH(QList<qint64>, sentAt);
    const ReplayPlan plan = fourEvents(speed);
    ManualReplayClock clock(clockStart);
    RecordingSink sink(clock, 4);
    Replayer replayer(clock, sink);
    int reports = 0;
    replayer.setProgressCallback([&reports](const ReplayProgress&, const ReplayResult*) { ++reports; });
    const QList<ReplayResult> results = replayer.run(plan);

    QList<qint64> expected;
    for (const qint64 at : sentAt)
        expected.append(clockStart + at);
    QCOMPARE(sink.times(), expected);
    QCOMPARE(results.size(), sentAt.size());
    for (const ReplayResult& result : results) {
        QVERIFY(result.delivered());
        QCOMPARE(result.sentAtMs, sentAt[result.index]);
    }
    QVERIFY(reports >= 2 * int(sentAt.size()));
    // Waits never overshoot a due time, and never last longer than the poll interval (pause/cancel stay live).
    qint64 previous = clockStart;
    for (const qint64 wait : clock.waits()) {
        QVERIFY(wait - previous <= 100);
        previous = wait;
    }
}

void TestReplayer::pauseHoldsTheScheduleAndResumeKeepsTheSpacing()
{
    const ReplayPlan plan = fourEvents(QStringLiteral("1"));
    ManualReplayClock clock(clockStart);
    RecordingSink sink(clock);
    Replayer replayer(clock, sink);
    QList<bool> pausedStates;
    bool pausedOnce = false;
    replayer.setProgressCallback([&](const ReplayProgress& progress, const ReplayResult* result) {
        if (!result && progress.sent == 2 && !pausedOnce) {
            pausedOnce = true;
            replayer.pause(); // right after the second request went out (at +1000)
        }
        if (pausedStates.isEmpty() || pausedStates.last() != progress.paused)
            pausedStates.append(progress.paused);
    });
    clock.setWaitHook([&](qint64 now) {
        if (replayer.isPaused() && now >= clockStart + 1000 + 4000)
            replayer.resume(); // after four seconds of pause
    });
    replayer.run(plan);
    // The third request was due 1.5 s after the second: it goes 1.5 s after the resume, and so on.
    QCOMPARE(sink.times(),
        (QList<qint64> { clockStart, clockStart + 1000, clockStart + 2500 + 4000, clockStart + 62500 + 4000 }));
    QCOMPARE(pausedStates, (QList<bool> { false, true, false }));
}

void TestReplayer::cancelStopsSendingAndReportsTheRestNotSent()
{
    const ReplayPlan plan = fourEvents(QStringLiteral("1"));
    ManualReplayClock clock(clockStart);
    RecordingSink sink(clock);
    Replayer replayer(clock, sink);
    clock.setWaitHook([&](qint64 now) {
        if (now >= clockStart + 2000)
            replayer.cancel();
    });
    const QList<ReplayResult> results = replayer.run(plan);
    QCOMPARE(sink.sent().size(), 2);
    QCOMPARE(results.size(), 4);
    QVERIFY(results[0].delivered());
    QVERIFY(results[1].delivered());
    for (int i = 2; i < 4; ++i) {
        QCOMPARE(results[i].outcome, ReplayResult::Outcome::NotSent);
        QCOMPARE(results[i].sentAtMs, -1);
        QVERIFY(!results[i].error.isEmpty());
    }
    QVERIFY(replayer.isCancelled());
    // Nothing waited past the cancel.
    QVERIFY(clock.now() <= clockStart + 2100);
}

void TestReplayer::dryRunSendsNothing()
{
    HttpSink server;
    QVERIFY(server.start());
    ReplayPlan plan = fourEvents(QStringLiteral("1"), server.url());
    plan.options.dryRun = true;
    SystemReplayClock clock;
    HttpReplaySink sink;
    Replayer replayer(clock, sink);
    const QList<ReplayResult> results = replayer.run(plan);
    QCOMPARE(results.size(), 4); // every request listed
    for (const ReplayResult& result : results) {
        QCOMPARE(result.outcome, ReplayResult::Outcome::NotSent);
        QCOMPARE(result.sentAtMs, -1);
    }
    QCOMPARE(sink.inFlight(), 0);

    // The same plan for real, at max speed: the sink's first request is the one sent now, so the dry run
    // sent none.
    ReplayPlan real = fourEvents(QStringLiteral("max"), server.url());
    const QList<ReplayResult> sent = Replayer(clock, sink).run(real);
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().delivered(), qPrintable(sent.first().error));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(
        QJsonDocument::fromJson(server.requests().first().body).object().value(QLatin1String("batch")).toArray().size(),
        4);
}

void TestReplayer::httpOutcomesAreReportedPerRequest()
{
    HttpSink server;
    QVERIFY(server.start());
    server.script({ SinkResponse::reply(200), SinkResponse::reply(500, "{\"error\":\"boom\"}"),
        SinkResponse::reply(400, "{\"message\":\"bad writeKey\"}"), SinkResponse::hang(), SinkResponse::reply(202) });
    const ReplayPlan plan = separateRequests(5, server.url(), 1);
    SystemReplayClock clock;
    HttpReplaySink sink(1, 1000); // the hanging answer times out after a second
    Replayer replayer(clock, sink);
    QList<int> reported;
    replayer.setProgressCallback([&reported](const ReplayProgress&, const ReplayResult* result) {
        if (result)
            reported.append(result->index);
    });
    const QList<ReplayResult> results = replayer.run(plan);
    QCOMPARE(reported, (QList<int> { 0, 1, 2, 3, 4 }));
    QCOMPARE(server.requests().size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(eventOf(server.requests()[i]), QStringLiteral("E%1").arg(i)); // in order, one at a time

    QCOMPARE(results[0].outcome, ReplayResult::Outcome::Delivered);
    QCOMPARE(results[0].status, 200);
    QCOMPARE(results[0].eventsDelivered, 1);
    QCOMPARE(results[1].outcome, ReplayResult::Outcome::Failed);
    QCOMPARE(results[1].status, 500);
    QVERIFY2(results[1].error.contains(QLatin1String("500")) && results[1].error.contains(QLatin1String("boom")),
        qPrintable(results[1].error));
    QCOMPARE(results[2].status, 400);
    QVERIFY2(results[2].error.contains(QLatin1String("bad writeKey")), qPrintable(results[2].error));
    QCOMPARE(results[3].outcome, ReplayResult::Outcome::Failed);
    QCOMPARE(results[3].status, 0);
    QCOMPARE(results[3].error, QStringLiteral("no answer within the timeout"));
    QCOMPARE(results[4].outcome, ReplayResult::Outcome::Delivered);
    QCOMPARE(results[4].status, 202);
}

void TestReplayer::refusedConnectionIsAFailureWithTheReason()
{
    quint16 port = 0;
    {
        HttpSink gone;
        QVERIFY(gone.start());
        port = gone.port();
    } // nobody listens there now
    const ReplayPlan plan = separateRequests(2, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), 2);
    SystemReplayClock clock;
    HttpReplaySink sink(2, 5000);
    const QList<ReplayResult> results = Replayer(clock, sink).run(plan);
    QCOMPARE(results.size(), 2);
    for (const ReplayResult& result : results) {
        QCOMPARE(result.outcome, ReplayResult::Outcome::Failed);
        QCOMPARE(result.error, QStringLiteral("connection refused"));
    }
}

void TestReplayer::maxSpeedKeepsSeveralRequestsInFlight()
{
    HttpSink server;
    QVERIFY(server.start());
    SinkResponse slow = SinkResponse::reply(200);
    slow.delayMs = 400;
    server.setDefault(slow);
    const ReplayPlan plan = separateRequests(8, server.url(), 4);
    SystemReplayClock clock;
    HttpReplaySink sink(4, 10000);
    Replayer replayer(clock, sink);
    int mostInFlight = 0;
    replayer.setProgressCallback([&](const ReplayProgress& progress, const ReplayResult*) {
        mostInFlight = qMax(mostInFlight, progress.sent - progress.finished);
    });
    const QList<ReplayResult> results = replayer.run(plan);
    QCOMPARE(server.requests().size(), 8);
    for (const ReplayResult& result : results)
        QVERIFY2(result.delivered(), qPrintable(result.error));
    QCOMPARE(mostInFlight, 4); // never more than asked, and as many as asked
    // The second request reached the server while the first was still waiting for its (slow) answer.
    QVERIFY(server.requests()[1].receivedMs < server.requests()[0].receivedMs + slow.delayMs);
}

QTEST_GUILESS_MAIN(TestReplayer)
#include "tst_replayer.moc"

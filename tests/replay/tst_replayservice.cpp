// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// ReplayService, as the replay dialog uses it: planning and sending on its own thread (a loopback sink on the
// test thread answers), results in batches rather than one signal per request, a dry run that sends nothing,
// pause/resume reported, and cancel honoured in the middle of a long wait.

#include "httpsink.h"
#include "replaytestutil.h"

#include "replay/replayservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {

constexpr qint64 t0 = 1717171717000;

/// \a count events \a gapMs apart.
std::shared_ptr<const Capture> spacedEvents(int count, qint64 gapMs)
{
    QList<QByteArray> messages;
    for (int i = 0; i < count; ++i)
        messages.append(trackAt(t0 + i * gapMs, "E" + QByteArray::number(i)));
    return std::make_shared<const Capture>(looseCapture(messages));
}

ReplayService::Job jobFor(std::shared_ptr<const Capture> capture, const QUrl& url, double speed)
{
    ReplayService::Job job;
    job.capture = std::move(capture);
    job.target = ReplayTarget::forUrl(url);
    job.options.speed = speed;
    return job;
}

QList<ReplayResult> allResults(const QSignalSpy& spy)
{
    QList<ReplayResult> results;
    for (const QList<QVariant>& arguments : spy)
        results += arguments.at(0).value<QList<ReplayResult>>();
    return results;
}

} // namespace

class TestReplayService : public QObject
{
    Q_OBJECT

private slots:
    void replaysOnItsThreadAndReportsInBatches();
    void dryRunPlansAndSendsNothing();
    void pauseResumeAndCancelDuringALongWait();
    void oneJobAtATime();
};

void TestReplayService::replaysOnItsThreadAndReportsInBatches()
{
    HttpSink server;
    QVERIFY(server.start());
    ReplayService service;
    QSignalSpy planned(&service, &ReplayService::planned);
    QSignalSpy results(&service, &ReplayService::resultsReady);
    QSignalSpy progressed(&service, &ReplayService::progressed);
    QSignalSpy finished(&service, &ReplayService::finished);
    // 60 events a second apart at 1000×: 60 requests 1 ms apart.
    QVERIFY(service.start(jobFor(spacedEvents(60, 1000), server.url(), 1000)));
    QVERIFY(service.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(!service.isRunning());
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.first().at(0).value<ReplayPlanPtr>()->requests.size(), 60);
    QCOMPARE(server.requests().size(), 60);

    const QList<ReplayResult> all = allResults(results);
    QCOMPARE(all.size(), 60);
    for (const ReplayResult& result : all)
        QVERIFY2(result.delivered(), qPrintable(result.error));
    QVERIFY2(results.size() < 60, "results come in batches, not one signal per request");
    QVERIFY(!progressed.isEmpty());
    const ReplayProgress last = progressed.last().at(0).value<ReplayProgress>();
    QCOMPARE(last.finished, 60);
    QCOMPARE(last.eventsSent, 60);
}

void TestReplayService::dryRunPlansAndSendsNothing()
{
    HttpSink server;
    QVERIFY(server.start());
    ReplayService service;
    QSignalSpy planned(&service, &ReplayService::planned);
    QSignalSpy results(&service, &ReplayService::resultsReady);
    QSignalSpy finished(&service, &ReplayService::finished);
    ReplayService::Job job = jobFor(spacedEvents(10, 60'000), server.url(), 1);
    job.options.dryRun = true;
    QVERIFY(service.start(job));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.first().at(0).value<ReplayPlanPtr>()->requests.size(), 10);
    QCOMPARE(planned.first().at(0).value<ReplayPlanPtr>()->durationMs(), 9 * 60'000);
    QCOMPARE(results.size(), 0);
    QCOMPARE(server.requests().size(), 0);
}

void TestReplayService::pauseResumeAndCancelDuringALongWait()
{
    HttpSink server;
    QVERIFY(server.start());
    ReplayService service;
    QSignalSpy results(&service, &ReplayService::resultsReady);
    QSignalSpy progressed(&service, &ReplayService::progressed);
    QSignalSpy paused(&service, &ReplayService::pausedChanged);
    QSignalSpy finished(&service, &ReplayService::finished);
    // A minute between events at real speed: after the first request, the replay waits.
    QVERIFY(service.start(jobFor(spacedEvents(5, 60'000), server.url(), 1)));
    QTRY_COMPARE_WITH_TIMEOUT(allResults(results).size(), 1, 10000);

    service.pause();
    QVERIFY(service.isPaused());
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.first().at(0).toBool(), true);
    const auto sawPaused = [&progressed] {
        for (const QList<QVariant>& arguments : progressed) {
            if (arguments.at(0).value<ReplayProgress>().paused)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sawPaused(), 10000); // the replay thread took the pause
    service.resume();
    QCOMPARE(paused.size(), 2);
    QCOMPARE(paused.last().at(0).toBool(), false);

    service.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000); // not a minute later
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(server.requests().size(), 1);
    const QList<ReplayResult> all = allResults(results);
    QCOMPARE(all.size(), 5); // the unsent ones are reported too
    int notSent = 0;
    for (const ReplayResult& result : all)
        notSent += result.outcome == ReplayResult::Outcome::NotSent ? 1 : 0;
    QCOMPARE(notSent, 4);
}

void TestReplayService::oneJobAtATime()
{
    HttpSink server;
    QVERIFY(server.start());
    ReplayService service;
    QSignalSpy finished(&service, &ReplayService::finished);
    QVERIFY(service.start(jobFor(spacedEvents(3, 60'000), server.url(), 1)));
    QVERIFY(!service.start(jobFor(spacedEvents(3, 60'000), server.url(), 1)));
    service.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(service.start(jobFor(spacedEvents(2, 1), server.url(), 1)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
    QCOMPARE(finished.last().at(0).toBool(), false);
}

QTEST_GUILESS_MAIN(TestReplayService)
#include "tst_replayservice.moc"

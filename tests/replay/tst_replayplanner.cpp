// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// What a replay will send and when: due times from the events' timestamps at each speed, the order, captured
// requests in their wire format and the rest in Segment's (within its limits: 500 KB per request, 32 KB per
// event), timestamps shifted so that the capture ends now with its gaps kept, and provider targets (groups of
// the provider's batch size, what the provider cannot take listed as skipped, previews without secrets).

#include "replaytestutil.h"

#include "core/secretmasker.h"
#include "providers/providerregistry.h"
#include "replay/replayplanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {

constexpr qint64 t0 = 1717171717000; // 2024-05-31

ReplayPlan planFor(const Capture& capture, const ReplayOptions& options, const ReplayTarget& target, qint64 now = 0)
{
    ReplayPlan plan;
    QString error;
    if (!ReplayPlanner(options, target).plan(capture, now, plan, &error))
        qWarning() << "planning failed:" << error;
    return plan;
}

const ReplayTarget url = ReplayTarget::forUrl(QUrl(QStringLiteral("http://127.0.0.1:9/base")));

QJsonArray batchOf(const ReplayRequest& request)
{
    return QJsonDocument::fromJson(request.request.body).object().value(QLatin1String("batch")).toArray();
}

/// A captured Segment batch request carrying \a messages (with the events the collector made of them).
void addSegmentRequest(Capture& capture, const QList<QByteArray>& messages, int claimed = 0)
{
    const EventBatch events = parseEvents(messages);
    CapturedRequest request;
    request.source = EventSource::Segment;
    request.path = QStringLiteral("/v1/batch");
    request.headers = { { "Content-Type", "application/json" } };
    request.body = "{\"batch\":[" + QByteArrayList(messages).join(',') + "]}";
    request.eventCount = claimed ? claimed : int(messages.size());
    capture.addRequest(request, events, 0, events.size());
}

} // namespace

class TestReplayPlanner : public QObject
{
    Q_OBJECT

private slots:
    void dueTimesFollowTheSpeed_data();
    void dueTimesFollowTheSpeed();
    void requestsAreOrderedByTimeTiesInCaptureOrder();
    void completeRequestsGoInWireFormatTheRestInSegmentFormat();
    void shiftedTimestampsEndNowWithGapsPreserved();
    void segmentFormatStaysWithinSegmentLimits();
    void providerTargetGroupsByBatchAndListsWhatItCannotTake();
    void listingsMaskSecrets();
    void badOptionsAreRefused();
};

void TestReplayPlanner::dueTimesFollowTheSpeed_data()
{
    QTest::addColumn<QString>("speed");
    QTest::addColumn<QList<qint64>>("dues");
    QTest::newRow("1x") << QStringLiteral("1") << QList<qint64> { 0, 1000, 2500, 62500 };
    QTest::newRow("2x") << QStringLiteral("2") << QList<qint64> { 0, 500, 1250, 31250 };
    QTest::newRow("0.5x") << QStringLiteral("0.5") << QList<qint64> { 0, 2000, 5000, 125000 };
    QTest::newRow("10x") << QStringLiteral("10x") << QList<qint64> { 0, 100, 250, 6250 };
    QTest::newRow("max") << QStringLiteral("max") << QList<qint64> { 0 }; // one batch, due at once
}

void TestReplayPlanner::dueTimesFollowTheSpeed()
{
    QFETCH(QString, speed);
    QFETCH(QList<qint64>, dues);
    const Capture capture = looseCapture(
        { trackAt(t0, "A"), trackAt(t0 + 1000, "B"), trackAt(t0 + 2500, "C"), trackAt(t0 + 62500, "D") });
    ReplayOptions options;
    QString error;
    QVERIFY(ReplayOptions::parseSpeed(speed, options, &error));
    const ReplayPlan plan = planFor(capture, options, url);
    QList<qint64> planned;
    for (const ReplayRequest& request : plan.requests)
        planned.append(request.dueMs);
    QCOMPARE(planned, dues);
    QCOMPARE(plan.eventCount, 4);
    QCOMPARE(plan.durationMs(), dues.last());
}

void TestReplayPlanner::requestsAreOrderedByTimeTiesInCaptureOrder()
{
    // Captured out of order (a late-arriving event), and two events at the same moment.
    const Capture capture = looseCapture(
        { trackAt(t0 + 3000, "late"), trackAt(t0, "first"), trackAt(t0 + 1000, "tie-a"), trackAt(t0 + 1000, "tie-b") });
    const ReplayPlan plan = planFor(capture, ReplayOptions(), url);
    QCOMPARE(plan.requests.size(), 3); // the two ties share a body: they are due together
    QCOMPARE(plan.requests[0].events, QList<int> { 1 });
    QCOMPARE(plan.requests[1].events, (QList<int> { 2, 3 }));
    QCOMPARE(plan.requests[2].events, QList<int> { 0 });
    QCOMPARE(plan.requests[2].dueMs, 3000);
    const QJsonArray tie = batchOf(plan.requests[1]);
    QCOMPARE(tie.at(0).toObject().value(QLatin1String("event")).toString(), QStringLiteral("tie-a"));
    QCOMPARE(tie.at(1).toObject().value(QLatin1String("event")).toString(), QStringLiteral("tie-b"));
}

void TestReplayPlanner::completeRequestsGoInWireFormatTheRestInSegmentFormat()
{
    Capture capture;
    addSegmentRequest(capture, { trackAt(t0, "A", "u-1", "a"), trackAt(t0 + 400, "B", "u-1", "b") });
    // The capture keeps 2 of the 3 events this one carried: it cannot be sent as it was.
    addSegmentRequest(capture, { trackAt(t0 + 1000, "C", "u-1", "c"), trackAt(t0 + 1000, "D", "u-1", "d") }, 3);
    const EventBatch loose = parseEvents({ trackAt(t0 + 2000, "E", "u-1", "e") });
    capture.addEvent(loose, 0);

    ReplayOptions options;
    options.regenerateIds = false;
    const ReplayPlan plan
        = planFor(capture, options, ReplayTarget::forCollector(QUrl(QStringLiteral("http://127.0.0.1:8787"))));
    QCOMPARE(plan.requests.size(), 3);
    QCOMPARE(plan.requests[0].kind, ReplayRequest::Kind::Wire);
    QCOMPARE(plan.requests[0].capturedRequest, 0);
    QCOMPARE(plan.requests[0].events, (QList<int> { 0, 1 }));
    QCOMPARE(plan.requests[0].dueMs, 0); // a request stands for its latest event (t0 + 400), the first moment
    QCOMPARE(plan.requests[0].originalTime, t0 + 400);
    QCOMPARE(plan.requests[1].dueMs, 600);
    QCOMPARE(plan.requests[0].request.url.toString(), QStringLiteral("http://127.0.0.1:8787/segment/v1/batch"));
    QCOMPARE(plan.requests[0].request.body, capture.request(0).body);
    QCOMPARE(plan.requests[1].kind, ReplayRequest::Kind::Segment);
    QCOMPARE(plan.requests[1].events, (QList<int> { 2, 3 }));
    QCOMPARE(plan.requests[1].request.url.toString(), QStringLiteral("http://127.0.0.1:8787/v1/batch"));
    QCOMPARE(plan.requests[2].kind, ReplayRequest::Kind::Segment);
    QCOMPARE(plan.requests[2].events, QList<int> { 4 });
    // Segment-format bodies carry the canonical messages as they are (ids kept here).
    QCOMPARE(
        batchOf(plan.requests[2]).at(0).toObject().value(QLatin1String("messageId")).toString(), QStringLiteral("e"));
    QCOMPARE(plan.eventCount, 5);
    QVERIFY(plan.skipped.isEmpty());
}

void TestReplayPlanner::shiftedTimestampsEndNowWithGapsPreserved()
{
    Capture capture;
    addSegmentRequest(capture, { trackAt(t0, "A", "u-1", "a"), trackAt(t0 + 1500, "B", "u-1", "b") });
    const EventBatch loose = parseEvents({ trackAt(t0 + 90'000, "C", "u-1", "c") });
    capture.addEvent(loose, 0);
    ReplayOptions options;
    options.timestamps = ReplayTimestamps::Shift;
    const qint64 now = t0 + 5LL * 86'400'000 + 777; // five days later
    const ReplayPlan plan = planFor(capture, options, url, now);
    QCOMPARE(plan.shiftMs, now - (t0 + 90'000));

    QList<qint64> times;
    for (const ReplayRequest& request : plan.requests) {
        const QJsonArray batch = batchOf(request);
        for (const QJsonValue& message : batch) {
            const QString timestamp = message.toObject().value(QLatin1String("timestamp")).toString();
            times.append(*Timestamp::parseIso8601(timestamp.toUtf8()));
            QVERIFY(message.toObject().value(QLatin1String("messageId")).toString().size() == 36); // new ids
        }
    }
    QCOMPARE(times, (QList<qint64> { now - 90'000, now - 88'500, now }));
    // Pacing is about the original gaps, not the shift: from the request (its latest event) to the last event.
    QCOMPARE(plan.requests.last().dueMs, 90'000 - 1500);
}

void TestReplayPlanner::segmentFormatStaysWithinSegmentLimits()
{
    QList<QByteArray> messages;
    const QByteArray filler(900, 'x');
    for (int i = 0; i < 2000; ++i) {
        QByteArray message = trackAt(t0 + i, "E");
        message.replace("\"n\":1", QByteArray("\"n\":1,\"pad\":\"" + filler + '"'));
        messages.append(message);
    }
    // One event just under 32 KB, one over it.
    QByteArray big = trackAt(t0 + 5000, "Big");
    big.replace("\"n\":1", QByteArray("\"pad\":\"" + QByteArray(32 * 1024 - big.size() - 100, 'y') + '"'));
    messages.append(big);
    QByteArray huge = trackAt(t0 + 5001, "Huge");
    huge.replace("\"n\":1", QByteArray("\"pad\":\"" + QByteArray(40 * 1024, 'z') + '"'));
    messages.append(huge);
    const Capture capture = looseCapture(messages);

    ReplayOptions options;
    options.asFastAsPossible = true;
    options.regenerateIds = false;
    const ReplayPlan plan = planFor(capture, options, url);
    QCOMPARE(plan.skipped.size(), 1);
    QCOMPARE(plan.skipped.first().event, 2001);
    QVERIFY2(plan.skipped.first().reason.contains(QLatin1String("32 KB")), qPrintable(plan.skipped.first().reason));
    QVERIFY(plan.requests.size() >= 4); // ~2 MB of events
    int next = 0;
    for (const ReplayRequest& request : plan.requests) {
        QVERIFY2(request.request.body.size() <= ReplayPlanner::segmentMaxRequestBytes,
            qPrintable(QString::number(request.request.body.size())));
        const QJsonArray batch = batchOf(request);
        QCOMPARE(batch.size(), request.events.size());
        for (qsizetype i = 0; i < batch.size(); ++i) {
            QCOMPARE(request.events[i], next); // every event once, in order
            QCOMPARE(batch[i].toObject().value(QLatin1String("messageId")).toString(),
                QString::fromUtf8(capture.events().messageId(next).toByteArray()));
            ++next;
        }
    }
    QCOMPARE(next, 2001);
    QCOMPARE(plan.eventCount, 2001);
}

void TestReplayPlanner::providerTargetGroupsByBatchAndListsWhatItCannotTake()
{
    std::unique_ptr<Provider> provider = ProviderRegistry::create(QStringLiteral("ga4"));
    QString error;
    QVERIFY2(provider->configure(QJsonObject { { QStringLiteral("measurementId"), QStringLiteral("G-REPLAY1") },
                                     { QStringLiteral("apiSecret"), QStringLiteral("ga4-secret-value-1234") } },
                 &error),
        qPrintable(error));
    BatchLimits limits = provider->limits();
    limits.maxEvents = 3;
    QList<QByteArray> messages;
    for (int i = 0; i < 7; ++i)
        messages.append(trackAt(t0 + i, "Viewed", "u-1"));
    messages.append(json("{'type':'alias','userId':'u-2','previousId':'u-1','messageId':'al-1','timestamp':'2024-05-"
                         "31T16:08:40.000Z'}"));
    const Capture capture = looseCapture(messages);

    ReplayOptions options;
    options.asFastAsPossible = true;
    options.userSuffix = QStringLiteral("-x");
    ReplayPlanner planner(options, ReplayTarget::forProvider(QStringLiteral("ga4"), provider->endpoint()));
    planner.setProvider(ProviderPtr(std::move(provider)), limits);
    ReplayPlan plan;
    QVERIFY(planner.plan(capture, 0, plan, &error));
    QCOMPARE(plan.skipped.size(), 1); // GA4 has no alias
    QCOMPARE(plan.skipped.first().event, 7);
    QVERIFY(!plan.skipped.first().reason.isEmpty());
    QCOMPARE(plan.requests.size(), 3); // 3 + 3 + 1
    QCOMPARE(plan.eventCount, 7);
    for (const ReplayRequest& request : plan.requests) {
        QCOMPARE(request.kind, ReplayRequest::Kind::Connector);
        QCOMPARE(request.messages.size(), request.events.size());
        QVERIFY(!request.previews.isEmpty());
        for (const QByteArray& message : request.messages)
            QVERIFY(message.contains("\"userId\":\"u-1-x\""));
    }
}

void TestReplayPlanner::listingsMaskSecrets()
{
    std::unique_ptr<Provider> provider = ProviderRegistry::create(QStringLiteral("ga4"));
    QString error;
    QVERIFY(provider->configure(QJsonObject { { QStringLiteral("measurementId"), QStringLiteral("G-REPLAY1") },
                                    { QStringLiteral("apiSecret"), QStringLiteral("ga4-secret-value-1234") } },
        &error));
    const Capture capture = looseCapture({ trackAt(t0, "Viewed") });
    ReplayPlanner planner(ReplayOptions(), ReplayTarget::forProvider(QStringLiteral("ga4"), provider->endpoint()));
    planner.setProvider(ProviderPtr(std::move(provider)), BatchLimits());
    ReplayPlan plan;
    QVERIFY(planner.plan(capture, 0, plan, &error));
    QCOMPARE(plan.requests.size(), 1);
    QVERIFY(plan.requests.first().previews.first().url.toString().contains(QLatin1String("ga4-secret-value-1234")));
    SecretMasker masker;
    masker.addKnownSecret("ga4-secret-value-1234");
    const QString shown = plan.requests.first().maskedUrl(masker);
    QVERIFY2(!shown.contains(QLatin1String("secret-value")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("measurement_id=G-REPLAY1")), qPrintable(shown));
}

void TestReplayPlanner::badOptionsAreRefused()
{
    ReplayOptions options;
    QString error;
    for (const char* bad : { "0", "-1", "fast", "", "nan", "inf" }) {
        QVERIFY2(!ReplayOptions::parseSpeed(QString::fromLatin1(bad), options, &error), bad);
        QVERIFY(!error.isEmpty());
    }
    ReplayPlan plan;
    // A provider target without its provider.
    QVERIFY(!ReplayPlanner(ReplayOptions(), ReplayTarget::forProvider(QStringLiteral("segment")))
                 .plan(looseCapture({ trackAt(t0, "A") }), 0, plan, &error));
    // An empty capture is an empty plan, said so.
    QVERIFY(ReplayPlanner(ReplayOptions(), url).plan(Capture(), 0, plan, &error));
    QVERIFY(plan.requests.isEmpty());
    QCOMPARE(plan.notes.size(), 1);
}

QTEST_GUILESS_MAIN(TestReplayPlanner)
#include "tst_replayplanner.moc"

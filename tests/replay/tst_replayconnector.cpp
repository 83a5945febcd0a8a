// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// Replay to a configured provider through the real connector (store in a temporary folder) and a loopback HTTP
// sink standing in for the provider: every event delivered once, with new dedup ids, suffixed users and shifted
// times; a provider that refuses is reported per request with its reason.

#include "httpsink.h"
#include "replaytestutil.h"

#include "config/journeyconfig.h"
#include "delivery/connector.h"
#include "providers/dedupids.h"
#include "replay/connectorreplaysink.h"
#include "replay/replayer.h"
#include "replay/replayplanner.h"
#include "replay/systemreplayclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {

constexpr qint64 t0 = 1717171717000;

JourneyConfig configFor(const QUrl& sink)
{
    const QByteArray endpoint = sink.toString().toUtf8();
    const QByteArray text = "{\"journey\":{\"providers\":{"
                            "\"segment\":{\"writeKey\":\"wk_replay_test_secret_99\",\"endpoint\":\""
        + endpoint
        + "\",\"backoffMs\":20,\"maxBackoffMs\":100,\"maxAttempts\":2,\"batch\":{\"flushMs\":10,\"maxEvents\":20}},"
          "\"posthog\":{\"apiKey\":\"phc_replay_test_secret_77\",\"endpoint\":\""
        + endpoint
        + "\",\"backoffMs\":20,\"maxBackoffMs\":100,\"maxAttempts\":2,\"batch\":{\"flushMs\":10,\"maxEvents\":20}}}}}";
    JourneyConfig config;
    QString error;
    if (!JourneyConfig::parse(text, QStringLiteral("test config"), config, &error))
        qFatal("bad test config: %s", qPrintable(error));
    return config;
}

Capture fiftyEvents()
{
    QList<QByteArray> messages;
    for (int i = 0; i < 50; ++i)
        messages.append(trackAt(t0 + i * 10, "Step " + QByteArray::number(i), "user-" + QByteArray::number(i % 3),
            "orig-" + QByteArray::number(i)));
    messages.append(json("{'type':'identify','userId':'user-1','anonymousId':'anon-1','messageId':'orig-id',"
                         "'timestamp':'2024-05-31T16:08:40.000Z','traits':{'plan':'pro'}}"));
    return looseCapture(messages);
}

struct Outcome
{
    ReplayPlan plan;
    QList<ReplayResult> results;
};

Outcome replay(const JourneyConfig& config, const QString& storePath, const QString& provider,
    const ReplayOptions& options, const Capture& capture)
{
    Outcome outcome;
    const ProviderSettings* settings = config.settingsFor(provider);
    ReplayPlanner planner(options, ReplayTarget::forProvider(provider));
    planner.setProvider(settings->provider, settings->effectiveLimits());
    QString error;
    if (!planner.plan(capture, t0 + 3'600'000, outcome.plan, &error))
        qFatal("planning failed: %s", qPrintable(error));
    Connector connector;
    if (!connector.start(storePath, config, &error))
        qFatal("connector: %s", qPrintable(error));
    ConnectorReplaySink sink(&connector, provider);
    SystemReplayClock clock;
    Replayer replayer(clock, sink);
    replayer.setDrainTimeout(20000);
    outcome.results = replayer.run(outcome.plan);
    connector.shutdown(0);
    return outcome;
}

} // namespace

class TestReplayConnector : public QObject
{
    Q_OBJECT

private slots:
    void replaysToAProviderWithNewIdsAndSuffixedUsers();
    void posthogGetsNewUuidsFromTheNewMessageIds();
    void refusalsAreReportedPerRequest();
};

void TestReplayConnector::replaysToAProviderWithNewIdsAndSuffixedUsers()
{
    HttpSink server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    const JourneyConfig config = configFor(server.url());
    ReplayOptions options;
    options.asFastAsPossible = true;
    options.userSuffix = QStringLiteral("-replay");
    options.timestamps = ReplayTimestamps::Shift;
    const Capture capture = fiftyEvents();
    const Outcome outcome
        = replay(config, dir.filePath(QStringLiteral("journey.db")), QStringLiteral("segment"), options, capture);

    QCOMPARE(outcome.plan.requests.size(), 3); // 51 events in groups of the provider's batch size (20)
    for (const ReplayResult& result : outcome.results) {
        QVERIFY2(result.delivered(), qPrintable(result.error));
        QCOMPARE(result.eventsDelivered, result.eventCount);
    }
    QHash<QString, QJsonObject> received; // by event name or type
    QSet<QString> ids;
    for (const SinkRequest& request : server.requests()) {
        QCOMPARE(request.path, QStringLiteral("/v1/batch"));
        for (const QJsonValue& value :
            QJsonDocument::fromJson(request.body).object().value(QLatin1String("batch")).toArray()) {
            const QJsonObject message = value.toObject();
            const QString id = message.value(QLatin1String("messageId")).toString();
            QVERIFY2(!id.startsWith(QLatin1String("orig-")), qPrintable(id));
            ids.insert(id);
            const QString key = message.value(QLatin1String("event")).toString();
            received.insert(key.isEmpty() ? message.value(QLatin1String("type")).toString() : key, message);
        }
    }
    QCOMPARE(ids.size(), 51); // each event once
    QCOMPARE(received.value(QStringLiteral("Step 4")).value(QLatin1String("userId")).toString(),
        QStringLiteral("user-1-replay"));
    const QJsonObject identify = received.value(QStringLiteral("identify"));
    QCOMPARE(identify.value(QLatin1String("userId")).toString(), QStringLiteral("user-1-replay"));
    QCOMPARE(identify.value(QLatin1String("anonymousId")).toString(), QStringLiteral("anon-1-replay"));
    // The capture's last event (the identify) is at "now": t0 + 1 h in this test.
    QCOMPARE(identify.value(QLatin1String("timestamp")).toString(), Timestamp::toIso8601String(t0 + 3'600'000));
    const qint64 step0 = *Timestamp::parseIso8601(
        received.value(QStringLiteral("Step 0")).value(QLatin1String("timestamp")).toString().toUtf8());
    const qint64 step1 = *Timestamp::parseIso8601(
        received.value(QStringLiteral("Step 1")).value(QLatin1String("timestamp")).toString().toUtf8());
    QCOMPARE(step1 - step0, 10); // gaps kept
}

void TestReplayConnector::posthogGetsNewUuidsFromTheNewMessageIds()
{
    HttpSink server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    const JourneyConfig config = configFor(server.url());
    ReplayOptions options;
    options.asFastAsPossible = true;
    const Capture capture = fiftyEvents();
    const Outcome outcome
        = replay(config, dir.filePath(QStringLiteral("journey.db")), QStringLiteral("posthog"), options, capture);
    for (const ReplayResult& result : outcome.results)
        QVERIFY2(result.delivered(), qPrintable(result.error));
    QSet<QString> originalUuids;
    for (int i = 0; i < capture.eventCount(); ++i)
        originalUuids.insert(DedupIds::uuid(QString::fromUtf8(capture.events().messageId(i).toByteArray())));
    QSet<QString> uuids;
    for (const SinkRequest& request : server.requests()) {
        for (const QJsonValue& value :
            QJsonDocument::fromJson(request.body).object().value(QLatin1String("batch")).toArray())
            uuids.insert(value.toObject().value(QLatin1String("uuid")).toString());
    }
    QCOMPARE(uuids.size(), 51);
    QVERIFY(!uuids.intersects(originalUuids)); // PostHog would not drop them as duplicates of the original

    // With --keep-ids, the same uuids as the first time.
    server.clear();
    QTemporaryDir again;
    options.regenerateIds = false;
    replay(config, again.filePath(QStringLiteral("journey.db")), QStringLiteral("posthog"), options, capture);
    uuids.clear();
    for (const SinkRequest& request : server.requests()) {
        for (const QJsonValue& value :
            QJsonDocument::fromJson(request.body).object().value(QLatin1String("batch")).toArray())
            uuids.insert(value.toObject().value(QLatin1String("uuid")).toString());
    }
    QCOMPARE(uuids, originalUuids);
}

void TestReplayConnector::refusalsAreReportedPerRequest()
{
    HttpSink server;
    QVERIFY(server.start());
    server.setDefault(SinkResponse::reply(400, "{\"error\":\"invalid writeKey\"}"));
    QTemporaryDir dir;
    ReplayOptions options;
    options.asFastAsPossible = true;
    const Outcome outcome = replay(configFor(server.url()), dir.filePath(QStringLiteral("journey.db")),
        QStringLiteral("segment"), options, fiftyEvents());
    QCOMPARE(outcome.results.size(), 3);
    for (const ReplayResult& result : outcome.results) {
        QCOMPARE(result.outcome, ReplayResult::Outcome::Failed);
        QCOMPARE(result.eventsDelivered, 0);
        QVERIFY2(result.error.contains(QLatin1String("invalid writeKey")), qPrintable(result.error));
    }
}

QTEST_GUILESS_MAIN(TestReplayConnector)
#include "tst_replayconnector.moc"

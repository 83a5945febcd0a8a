// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Conformance with RudderStack's Node SDK, @rudderstack/rudder-sdk-node (exact version pinned in package.json,
// installed with `npm ci`): rudderstack-node.mjs sends identify/track/page/screen/group/alias through its public
// API to the collector running in this process (`dataPlaneUrl` option; gzip-compressed Segment-format batches);
// the test checks every stored canonical event against the message the SDK reports it sent, field by field.

#include "sdkconformance.h"

#include <QTest>

#include <map>

using namespace Journey;
using namespace Journey::SdkConformance;

namespace {

const QByteArray writeKey = "wk_rudder_0123456789abcdef";
const QString sdkVersion = QStringLiteral("3.0.13");

} // namespace

/// @rudderstack/rudder-sdk-node → collector → store.
class TestRudderStackNodeSdk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sdkEventsAreStoredCanonically();
};

void TestRudderStackNodeSdk::initTestCase()
{
    JOURNEY_REQUIRE_SDK("@rudderstack/rudder-sdk-node");
    QCOMPARE(pinnedVersion(QStringLiteral("@rudderstack/rudder-sdk-node")), sdkVersion);
}

void TestRudderStackNodeSdk::sdkEventsAreStoredCanonically()
{
    CollectorUnderTest collector;
    CollectorConfig config;
    config.writeKeys = { writeKey };
    QString error;
    QVERIFY2(collector.start(config, &error), qPrintable(error));

    const QString runId = newRunId();
    const NodeRun run = collector.runNode(
        QStringLiteral("rudderstack-node.mjs"), { collector.url(), runId, QString::fromUtf8(writeKey) });
    QVERIFY2(run.ok(), QByteArray(run.diagnostics() + "\nrejected:\n" + collector.rejectedSummary()).constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());

    const CollectorStats stats = collector.collector().stats();
    QCOMPARE(stats.rejectedRequests, 0);
    QCOMPARE(stats.events, 6);
    EventBatch events;
    QVERIFY2(collector.readEvents(events, &error), qPrintable(error));
    QCOMPARE(events.size(), 6);

    const QJsonArray sent = run.report.value(QLatin1String("sent")).toArray();
    QCOMPARE(sent.size(), 6);
    const QString userId = QStringLiteral("user-") + runId;
    const QString anonymousId = QStringLiteral("anon-") + runId;
    const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    std::map<EventType, int> byType;
    QSet<qint64> requestIds;

    for (const QJsonValue& value : sent) {
        const QJsonObject original = value.toObject();
        const QString messageId = original.value(QLatin1String("messageId")).toString();
        QVERIFY2(uuid.match(messageId).hasMatch(), qPrintable(messageId)); // the SDK's own v4 UUID
        const int i = indexOfMessageId(events, messageId.toUtf8());
        QVERIFY2(i >= 0, qPrintable(messageId));
        const QJsonObject stored = message(events, i);
        const QString type = original.value(QLatin1String("type")).toString();
        QCOMPARE(stored.value(QLatin1String("type")).toString(), type);
        QCOMPARE(text(eventTypeName(events.type(i))), type);
        QVERIFY2(byType.emplace(events.type(i), i).second, "one event of each type");

        // RudderStack's SDK names itself "analytics-node" (like Segment's legacy SDK) and its user agent is
        // analytics-node/<version>; the collector knows it by the members channel ("server") and
        // originalTimestamp, which Segment's SDKs do not send.
        QCOMPARE(events.source(i), EventSource::RudderStack);

        // Everything the SDK sent is kept unchanged (originalTimestamp, channel, _metadata, context.traits …).
        for (auto it = original.begin(); it != original.end(); ++it)
            QVERIFY2(stored.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" of ") + type));
        QSet<QString> added;
        for (auto it = stored.begin(); it != stored.end(); ++it) {
            if (!original.contains(it.key()))
                added.insert(it.key());
        }
        QCOMPARE(added, (QSet<QString> { QStringLiteral("timestamp"), QStringLiteral("receivedAt") }));

        // No `timestamp` from this SDK: originalTimestamp with Segment's clock-skew correction,
        // timestamp = receivedAt − (sentAt − originalTimestamp), exactly.
        const auto originalTimestamp = Timestamp::parseIso8601(original.value(QLatin1String("originalTimestamp")).toString().toUtf8());
        const auto sentAt = Timestamp::parseIso8601(original.value(QLatin1String("sentAt")).toString().toUtf8());
        QVERIFY(originalTimestamp && sentAt);
        QCOMPARE(iso(events.timestamp(i)), iso(events.receivedAt(i) - (*sentAt - *originalTimestamp)));
        QCOMPARE(stored.value(QLatin1String("timestamp")).toString(), iso(events.timestamp(i)));
        QCOMPARE(stored.value(QLatin1String("receivedAt")).toString(), iso(events.receivedAt(i)));
        QVERIFY(events.receivedAt(i) >= run.startedAt && events.receivedAt(i) <= run.finishedAt);
        QVERIFY2(events.timestamp(i) >= run.startedAt - 1000 && events.timestamp(i) <= run.finishedAt + 1000,
            qPrintable(iso(events.timestamp(i))));

        QCOMPARE(stored.value(QLatin1String("channel")).toString(), QStringLiteral("server"));
        QCOMPARE(stored.value(QLatin1String("context")).toObject().value(QLatin1String("library")).toObject(),
            QJsonObject({ { QStringLiteral("name"), QStringLiteral("analytics-node") },
                { QStringLiteral("version"), sdkVersion } }));
        QVERIFY(!events.payload(i).contains(writeKey));
        requestIds.insert(events.requestId(i));

        QCOMPARE(text(events.messageId(i)), messageId);
        QCOMPARE(text(events.userId(i)), stored.value(QLatin1String("userId")).toString());
        QCOMPARE(text(events.anonymousId(i)), stored.value(QLatin1String("anonymousId")).toString());
        QCOMPARE(text(events.groupId(i)), stored.value(QLatin1String("groupId")).toString());
        QCOMPARE(text(events.previousId(i)), stored.value(QLatin1String("previousId")).toString());
    }
    QCOMPARE(int(byType.size()), 6);
    const auto stored = [&](EventType type) { return message(events, byType[type]); };

    const int identify = byType[EventType::Identify];
    QCOMPARE(text(events.userId(identify)), userId);
    QCOMPARE(text(events.anonymousId(identify)), anonymousId);
    const QJsonObject traits = object("{'email':'ada@example.com','name':'Ada Lovelace','plan':'pro','logins':42}");
    QCOMPARE(stored(EventType::Identify).value(QLatin1String("traits")).toObject(), traits);
    // The SDK copies identify traits into context.traits as well.
    QCOMPARE(stored(EventType::Identify).value(QLatin1String("context")).toObject().value(QLatin1String("traits")).toObject(),
        traits);

    const int track = byType[EventType::Track];
    QCOMPARE(text(events.name(track)), QStringLiteral("Order Completed"));
    QCOMPARE(text(events.userId(track)), userId);
    QJsonObject trackProperties
        = object("{'revenue':25.99,'currency':'EUR','products':[{'product_id':'p-1','sku':'SKU-1','price':19.99,'quantity':1}]}");
    trackProperties.insert(QStringLiteral("order_id"), QString(QStringLiteral("order-") + runId));
    QCOMPARE(stored(EventType::Track).value(QLatin1String("properties")).toObject(), trackProperties);
    QVERIFY(events.payload(track).contains("\"revenue\":25.99"));
    QCOMPARE(stored(EventType::Track).value(QLatin1String("integrations")).toObject(),
        object("{'All':true,'Amplitude':false}"));
    QCOMPARE(stored(EventType::Track).value(QLatin1String("context")).toObject().value(QLatin1String("ip")).toString(),
        QStringLiteral("203.0.113.7"));

    const int page = byType[EventType::Page];
    QCOMPARE(text(events.anonymousId(page)), anonymousId);
    QVERIFY(events.userId(page).isEmpty());
    QCOMPARE(text(events.name(page)), QStringLiteral("Pricing"));
    QCOMPARE(stored(EventType::Page).value(QLatin1String("category")).toString(), QStringLiteral("Docs"));
    QCOMPARE(stored(EventType::Page).value(QLatin1String("properties")).toObject(),
        object("{'url':'https://example.com/pricing','path':'/pricing','title':'Pricing'}"));

    const int screen = byType[EventType::Screen];
    QCOMPARE(text(events.name(screen)), QStringLiteral("Checkout"));
    QCOMPARE(stored(EventType::Screen).value(QLatin1String("properties")).toObject(), object("{'step':2}"));

    const int group = byType[EventType::Group];
    QCOMPARE(text(events.groupId(group)), QStringLiteral("group-") + runId);
    QCOMPARE(stored(EventType::Group).value(QLatin1String("traits")).toObject(),
        object("{'name':'Analytical Engines Ltd','employees':12}"));

    const int alias = byType[EventType::Alias];
    QCOMPARE(text(events.userId(alias)), userId);
    QCOMPARE(text(events.previousId(alias)), anonymousId);

    // The raw requests: gzip-compressed JSON posted to /v1/batch with Basic auth (masked).
    int eventsInRequests = 0;
    for (qint64 requestId : std::as_const(requestIds)) {
        const auto request = collector.request(requestId, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->method, QStringLiteral("POST"));
        QCOMPARE(request->path, QStringLiteral("/v1/batch"));
        QCOMPARE(request->status, 200);
        QCOMPARE(request->contentEncoding, QByteArray("gzip"));
        QVERIFY(request->wireSize > 0 && request->wireSize < request->body.size()); // stored decompressed
        QCOMPARE(headerValue(request->headers, "user-agent"), QByteArray("analytics-node/") + sdkVersion.toUtf8());
        QVERIFY(headerValue(request->headers, "authorization").startsWith("Basic "));
        QVERIFY(!request->headerText().contains(QByteArray(writeKey + ':').toBase64()));
        QVERIFY(!request->body.contains(writeKey));
        const QJsonObject body = QJsonDocument::fromJson(request->body).object();
        QCOMPARE(body.value(QLatin1String("batch")).toArray().size(), request->eventCount);
        eventsInRequests += request->eventCount;
    }
    QCOMPARE(eventsInRequests, 6);
}

QTEST_GUILESS_MAIN(TestRudderStackNodeSdk)
#include "tst_rudderstacknodesdk.moc"

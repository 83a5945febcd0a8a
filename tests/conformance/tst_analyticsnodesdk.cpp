// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Conformance with Segment's legacy Node SDK, analytics-node (exact version pinned in package.json, installed
// with `npm ci`): analytics-node.mjs sends identify/track/page/screen/group/alias through its public API to the
// collector running in this process (`host` option); the test checks every stored canonical event against the
// message the SDK reports it sent, field by field, and the raw requests.

#include "sdkconformance.h"

#include <QTest>

#include <map>

using namespace Journey;
using namespace Journey::SdkConformance;

namespace {

const QByteArray writeKey = "wk_legacy_0123456789abcdef";
const QString sdkVersion = QStringLiteral("6.2.0");

} // namespace

/// analytics-node (legacy Segment Node SDK) → collector → store.
class TestAnalyticsNodeSdk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sdkEventsAreStoredCanonically();
};

void TestAnalyticsNodeSdk::initTestCase()
{
    JOURNEY_REQUIRE_SDK("analytics-node");
    QCOMPARE(pinnedVersion(QStringLiteral("analytics-node")), sdkVersion);
}

void TestAnalyticsNodeSdk::sdkEventsAreStoredCanonically()
{
    CollectorUnderTest collector;
    CollectorConfig config;
    config.writeKeys = { writeKey }; // the SDK's Basic auth must be accepted
    QString error;
    QVERIFY2(collector.start(config, &error), qPrintable(error));

    const QString runId = newRunId();
    const NodeRun run = collector.runNode(
        QStringLiteral("analytics-node.mjs"), { collector.url(), runId, QString::fromUtf8(writeKey) });
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
    std::map<EventType, int> byType;
    QSet<qint64> requestIds;

    // Every message the SDK sent is stored under its own messageId with every field as sent.
    for (const QJsonValue& value : sent) {
        const QJsonObject original = value.toObject();
        const QString messageId = original.value(QLatin1String("messageId")).toString();
        QVERIFY2(!messageId.isEmpty(), "the SDK reports each message's id");
        const int i = indexOfMessageId(events, messageId.toUtf8());
        QVERIFY2(i >= 0, qPrintable(messageId));
        const QJsonObject stored = message(events, i);
        const QString type = original.value(QLatin1String("type")).toString();
        QCOMPARE(stored.value(QLatin1String("type")).toString(), type);
        QCOMPARE(text(eventTypeName(events.type(i))), type);
        QVERIFY2(byType.emplace(events.type(i), i).second, "one event of each type");
        QCOMPARE(events.source(i), EventSource::Segment);
        QCOMPARE(stored.value(QLatin1String("messageId")).toString(), messageId);

        // Everything the SDK put in the message is in the canonical event, unchanged (timestamp included: the
        // SDK sends `timestamp`, which wins over any skew correction).
        for (auto it = original.begin(); it != original.end(); ++it)
            QVERIFY2(stored.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" of ") + type));
        QCOMPARE(iso(events.timestamp(i)), original.value(QLatin1String("timestamp")).toString());
        QVERIFY(canonicalTime.match(stored.value(QLatin1String("timestamp")).toString()).hasMatch());
        QVERIFY(canonicalTime.match(stored.value(QLatin1String("receivedAt")).toString()).hasMatch());
        QVERIFY(canonicalTime.match(stored.value(QLatin1String("sentAt")).toString()).hasMatch()); // the batch's
        QVERIFY(events.receivedAt(i) >= run.startedAt && events.receivedAt(i) <= run.finishedAt);
        QCOMPARE(iso(events.receivedAt(i)), stored.value(QLatin1String("receivedAt")).toString());
        // Only what the collector adds.
        QSet<QString> added;
        for (auto it = stored.begin(); it != stored.end(); ++it) {
            if (!original.contains(it.key()))
                added.insert(it.key());
        }
        QCOMPARE(added, (QSet<QString> { QStringLiteral("receivedAt"), QStringLiteral("sentAt") }));

        // The library marker the SDK puts on every call, and its metadata.
        QCOMPARE(stored.value(QLatin1String("context")).toObject().value(QLatin1String("library")).toObject(),
            QJsonObject({ { QStringLiteral("name"), QStringLiteral("analytics-node") },
                { QStringLiteral("version"), sdkVersion } }));
        QVERIFY(stored.value(QLatin1String("_metadata")).toObject().contains(QLatin1String("nodeVersion")));
        QVERIFY(!events.payload(i).contains(writeKey));
        requestIds.insert(events.requestId(i));

        // The indexed columns agree with the JSON.
        QCOMPARE(text(events.messageId(i)), messageId);
        QCOMPARE(text(events.userId(i)), stored.value(QLatin1String("userId")).toString());
        QCOMPARE(text(events.anonymousId(i)), stored.value(QLatin1String("anonymousId")).toString());
        QCOMPARE(text(events.groupId(i)), stored.value(QLatin1String("groupId")).toString());
        QCOMPARE(text(events.previousId(i)), stored.value(QLatin1String("previousId")).toString());
    }
    QCOMPARE(int(byType.size()), 6);
    const auto stored = [&](EventType type) { return message(events, byType[type]); };

    // The values the script passed, not only "as sent": the SDK could have changed them on the way.
    const int identify = byType[EventType::Identify];
    QVERIFY2(text(events.messageId(identify)).startsWith(QLatin1String("node-")), events.messageId(identify).data());
    QCOMPARE(text(events.userId(identify)), userId);
    QCOMPARE(text(events.anonymousId(identify)), anonymousId);
    QCOMPARE(stored(EventType::Identify).value(QLatin1String("traits")).toObject(),
        object("{'email':'ada@example.com','name':'Ada Lovelace','plan':'pro','logins':42,"
               "'address':{'city':'London','postalCode':'NW1'}}"));

    const int track = byType[EventType::Track];
    QCOMPARE(text(events.messageId(track)), QStringLiteral("order-completed-") + runId); // explicit messageId kept
    QCOMPARE(text(events.name(track)), QStringLiteral("Order Completed"));
    QCOMPARE(text(events.userId(track)), userId);
    QVERIFY(events.anonymousId(track).isEmpty());
    const QJsonObject trackProperties = stored(EventType::Track).value(QLatin1String("properties")).toObject();
    QCOMPARE(trackProperties.value(QLatin1String("order_id")).toString(), QStringLiteral("order-") + runId);
    QCOMPARE(trackProperties.value(QLatin1String("revenue")).toDouble(), 25.99);
    QCOMPARE(trackProperties.value(QLatin1String("total")).toDouble(), 30.5);
    QCOMPARE(trackProperties.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(trackProperties.value(QLatin1String("products")).toArray(),
        array("[{'product_id':'p-1','sku':'SKU-1','price':19.99,'quantity':1}]"));
    QVERIFY(events.payload(track).contains("\"revenue\":25.99"));
    QCOMPARE(stored(EventType::Track).value(QLatin1String("integrations")).toObject(),
        object("{'All':false,'Mixpanel':true}"));
    QCOMPARE(stored(EventType::Track).value(QLatin1String("context")).toObject().value(QLatin1String("ip")).toString(),
        QStringLiteral("203.0.113.7"));

    const int page = byType[EventType::Page];
    QCOMPARE(text(events.anonymousId(page)), anonymousId);
    QVERIFY(events.userId(page).isEmpty());
    QCOMPARE(text(events.name(page)), QStringLiteral("Pricing"));
    QCOMPARE(stored(EventType::Page).value(QLatin1String("category")).toString(), QStringLiteral("Docs"));
    QCOMPARE(iso(events.timestamp(page)), QStringLiteral("2024-01-15T10:30:00.123Z")); // the explicit timestamp
    QCOMPARE(stored(EventType::Page).value(QLatin1String("properties")).toObject(),
        object("{'url':'https://example.com/pricing','path':'/pricing','title':'Pricing'}"));

    const int screen = byType[EventType::Screen];
    QCOMPARE(text(events.name(screen)), QStringLiteral("Checkout"));
    QCOMPARE(stored(EventType::Screen).value(QLatin1String("properties")).toObject(), object("{'step':2}"));

    const int group = byType[EventType::Group];
    QCOMPARE(text(events.userId(group)), userId);
    QCOMPARE(text(events.groupId(group)), QStringLiteral("group-") + runId);
    QCOMPARE(stored(EventType::Group).value(QLatin1String("traits")).toObject(),
        object("{'name':'Analytical Engines Ltd','employees':12}"));

    const int alias = byType[EventType::Alias];
    QCOMPARE(text(events.userId(alias)), userId);
    QCOMPARE(text(events.previousId(alias)), anonymousId);

    // The SDK's own calls stamped during the run (1 s slack for clocks read apart).
    for (EventType type : { EventType::Identify, EventType::Track, EventType::Screen, EventType::Group, EventType::Alias }) {
        const qint64 when = events.timestamp(byType[type]);
        QVERIFY2(when >= run.startedAt - 1000 && when <= run.finishedAt + 1000, qPrintable(iso(when)));
    }

    // The raw requests: POST /v1/batch, JSON, Basic auth with the write key (masked), the SDK's user agent.
    // The SDK sends its first call on its own, then the rest in one batch.
    QCOMPARE(requestIds.size(), 2);
    int eventsInRequests = 0;
    for (qint64 requestId : std::as_const(requestIds)) {
        const auto request = collector.request(requestId, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->method, QStringLiteral("POST"));
        QCOMPARE(request->path, QStringLiteral("/v1/batch"));
        QCOMPARE(request->status, 200);
        QCOMPARE(request->source, EventSource::Segment);
        QVERIFY(request->contentType.startsWith("application/json"));
        QCOMPARE(headerValue(request->headers, "user-agent"), QByteArray("analytics-node/") + sdkVersion.toUtf8());
        const QByteArray authorization = headerValue(request->headers, "authorization");
        QVERIFY2(authorization.startsWith("Basic "), request->headerText().constData());
        QVERIFY(!request->headerText().contains(QByteArray(writeKey + ':').toBase64()));
        QVERIFY(!request->body.contains(writeKey));
        const QJsonObject body = QJsonDocument::fromJson(request->body).object();
        QCOMPARE(body.value(QLatin1String("batch")).toArray().size(), request->eventCount);
        QVERIFY(body.contains(QLatin1String("sentAt")));
        eventsInRequests += request->eventCount;
    }
    QCOMPARE(eventsInRequests, 6);
}

QTEST_GUILESS_MAIN(TestAnalyticsNodeSdk)
#include "tst_analyticsnodesdk.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Conformance with Heap's Node SDK, heap-api (exact version pinned in package.json, installed with `npm ci`).
// The SDK always posts to https://heapanalytics.com; heap-api.mjs reaches the collector through the SDK's own
// proxy support (HTTPS_PROXY) and a local TLS-terminating proxy (see README.md), then makes track and
// addUserProperties calls — all the SDK has. The test checks the stored canonical events field by field as the
// agreed mapping (notes/mapping.md) says.

#include "sdkconformance.h"

#include <QTest>

using namespace Journey;
using namespace Journey::SdkConformance;

namespace {

const QString sdkVersion = QStringLiteral("1.0.1");
const QString appId = QStringLiteral("1234567890");

} // namespace

/// heap-api → (its HTTPS proxy support) → collector → store.
class TestHeapApiSdk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sdkEventsAreStoredCanonically();
};

void TestHeapApiSdk::initTestCase()
{
    JOURNEY_REQUIRE_SDK("heap-api");
    QCOMPARE(pinnedVersion(QStringLiteral("heap-api")), sdkVersion);
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("heap-api.mjs needs the openssl command to make the proxy's throw-away certificate");
}

void TestHeapApiSdk::sdkEventsAreStoredCanonically()
{
    CollectorUnderTest collector;
    QString error;
    QVERIFY2(collector.start(CollectorConfig(), &error), qPrintable(error));

    const QString runId = newRunId();
    const NodeRun run = collector.runNode(QStringLiteral("heap-api.mjs"), { collector.url(), runId, appId });
    QVERIFY2(run.ok(), QByteArray(run.diagnostics() + "\nrejected:\n" + collector.rejectedSummary()).constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    // What went through the proxy: the SDK's real paths, each answered 200.
    const QJsonArray forwarded = run.report.value(QLatin1String("forwarded")).toArray();
    QCOMPARE(forwarded.size(), 3);
    QCOMPARE(forwarded[0].toObject(), object("{'method':'POST','path':'/api/track','status':200}"));
    QCOMPARE(forwarded[1].toObject(), object("{'method':'POST','path':'/api/track','status':200}"));
    QCOMPARE(forwarded[2].toObject(), object("{'method':'POST','path':'/api/add_user_properties','status':200}"));

    QCOMPARE(collector.collector().stats().rejectedRequests, 0);
    EventBatch events;
    QVERIFY2(collector.readEvents(events, &error), qPrintable(error));
    QCOMPARE(events.size(), 3);

    const QString userId = QStringLiteral("user-") + runId;
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject canonical = message(events, i);
        QCOMPARE(events.source(i), EventSource::Heap);
        QCOMPARE(canonical.value(QLatin1String("type")).toString(), text(eventTypeName(events.type(i))));
        // app_id is public: kept as context.heap.app_id.
        QCOMPARE(canonical.value(QLatin1String("context")).toObject().value(QLatin1String("heap")).toObject()
                     .value(QLatin1String("app_id")).toString(), appId);
        // The SDK sends no time and no idempotency key: the collector's receivedAt and a generated id.
        QCOMPARE(events.timestamp(i), events.receivedAt(i));
        QVERIFY(events.receivedAt(i) >= run.startedAt && events.receivedAt(i) <= run.finishedAt);
        QVERIFY(!events.messageId(i).isEmpty());
        QCOMPARE(canonical.value(QLatin1String("messageId")).toString(), text(events.messageId(i)));
    }

    const QList<int> orders = indexesOf(events, EventType::Track, "Order Completed");
    QCOMPARE(orders.size(), 1);
    QCOMPARE(text(events.userId(orders[0])), userId); // identity → userId
    QVERIFY(events.anonymousId(orders[0]).isEmpty());
    QJsonObject orderProperties = object("{'revenue':25.99,'currency':'EUR','quantity':2}");
    orderProperties.insert(QStringLiteral("order_id"), QString(QStringLiteral("order-") + runId));
    QCOMPARE(message(events, orders[0]).value(QLatin1String("properties")).toObject(), orderProperties);
    QVERIFY(events.payload(orders[0]).contains("\"revenue\":25.99"));

    const QList<int> opened = indexesOf(events, EventType::Track, "App Opened");
    QCOMPARE(opened.size(), 1);
    QCOMPARE(text(events.userId(opened[0])), QStringLiteral("anon-") + runId);

    const QList<int> identifies = indexesOf(events, EventType::Identify);
    QCOMPARE(identifies.size(), 1);
    QCOMPARE(text(events.userId(identifies[0])), userId);
    QCOMPARE(message(events, identifies[0]).value(QLatin1String("traits")).toObject(),
        object("{'email':'ada@example.com','plan':'pro','logins':42}"));

    // The raw request as the SDK sent it (through the proxy, unchanged): JSON with its own user agent.
    const auto request = collector.request(events.requestId(orders[0]), &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->method, QStringLiteral("POST"));
    QCOMPARE(request->path, QStringLiteral("/api/track"));
    QCOMPARE(request->status, 200);
    QCOMPARE(request->source, EventSource::Heap);
    QVERIFY(request->contentType.startsWith("application/json"));
    QVERIFY2(headerValue(request->headers, "user-agent").startsWith(QByteArray("heap-node/" + sdkVersion.toUtf8() + " request/")),
        request->headerText().constData());
}

QTEST_GUILESS_MAIN(TestHeapApiSdk)
#include "tst_heapapisdk.moc"

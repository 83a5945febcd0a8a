// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Conformance with Amplitude's Node SDK, @amplitude/analytics-node (exact version pinned in package.json,
// installed with `npm ci`): amplitude-node.mjs makes track (with every device field and top-level revenue
// fields), revenue, identify, setGroup, groupIdentify and page/screen-view calls through its public API against
// the collector running in this process (serverUrl option); the test checks each stored canonical event against
// the event the SDK reports it sent, field by field, as the agreed mapping (notes/mapping.md) says.

#include "sdkconformance.h"

#include <QTest>

using namespace Journey;
using namespace Journey::SdkConformance;

namespace {

const QByteArray apiKey = "amp_key_0123456789abcdef";
const QString sdkVersion = QStringLiteral("1.5.73");

QJsonObject member(const QJsonObject& object, const char* path)
{
    QJsonObject current = object;
    for (const QByteArray& key : QByteArray(path).split('.'))
        current = current.value(QString::fromUtf8(key)).toObject();
    return current;
}

} // namespace

/// @amplitude/analytics-node → collector → store.
class TestAmplitudeNodeSdk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sdkEventsAreStoredCanonically();
};

void TestAmplitudeNodeSdk::initTestCase()
{
    JOURNEY_REQUIRE_SDK("@amplitude/analytics-node");
    QCOMPARE(pinnedVersion(QStringLiteral("@amplitude/analytics-node")), sdkVersion);
}

void TestAmplitudeNodeSdk::sdkEventsAreStoredCanonically()
{
    CollectorUnderTest collector;
    QString error;
    QVERIFY2(collector.start(CollectorConfig(), &error), qPrintable(error));

    const QString runId = newRunId();
    const NodeRun run = collector.runNode(QStringLiteral("amplitude-node.mjs"), { collector.url(), runId, QString::fromUtf8(apiKey) });
    QVERIFY2(run.ok(), QByteArray(run.diagnostics() + "\nrejected:\n" + collector.rejectedSummary()).constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());

    QCOMPARE(collector.collector().stats().rejectedRequests, 0);
    EventBatch events;
    QVERIFY2(collector.readEvents(events, &error), qPrintable(error));
    const QJsonArray sent = run.report.value(QLatin1String("sent")).toArray();
    QCOMPARE(sent.size(), 7);
    QCOMPARE(events.size(), 7);

    const QString userId = QStringLiteral("user-") + runId;
    const QString deviceId = QStringLiteral("device-") + runId;
    const QString groupId = QStringLiteral("group-") + runId;
    const QJsonObject library { { QStringLiteral("name"), QStringLiteral("amplitude-node-ts") }, { QStringLiteral("version"), sdkVersion } };
    QList<int> stored; // stored index of each sent event
    for (const QJsonValue& value : sent) {
        const QJsonObject original = value.toObject();
        const QString label = original.value(QLatin1String("event_type")).toString();
        // insert_id → messageId: the SDK's dedup id.
        const QString insertId = original.value(QLatin1String("insert_id")).toString();
        QVERIFY2(!insertId.isEmpty(), qPrintable(label));
        const int i = indexOfMessageId(events, insertId.toUtf8());
        QVERIFY2(i >= 0, qPrintable(label + QLatin1Char(' ') + insertId));
        stored.append(i);
        const QJsonObject canonical = message(events, i);
        QCOMPARE(events.source(i), EventSource::Amplitude);
        QCOMPARE(canonical.value(QLatin1String("messageId")).toString(), insertId);
        // time (ms) → timestamp, exactly.
        QCOMPARE(canonical.value(QLatin1String("timestamp")).toString(), iso(qint64(original.value(QLatin1String("time")).toDouble())));
        QCOMPARE(events.timestamp(i), qint64(original.value(QLatin1String("time")).toDouble()));
        // user_id → userId, device_id → anonymousId.
        QCOMPARE(canonical.value(QLatin1String("userId")).toString(), original.value(QLatin1String("user_id")).toString());
        QCOMPARE(text(events.userId(i)), original.value(QLatin1String("user_id")).toString());
        QCOMPARE(text(events.anonymousId(i)), original.value(QLatin1String("device_id")).toString());
        // library "amplitude-node-ts/1.5.73" → context.library; the rest of the SDK's fields under context.amplitude.
        QCOMPARE(member(canonical, "context.library"), library);
        const QJsonObject kept = member(canonical, "context.amplitude");
        QCOMPARE(kept.value(QLatin1String("event_id")), original.value(QLatin1String("event_id")));
        QVERIFY2(kept.contains(QLatin1String("options")), events.payload(i).toByteArray().constData()); // the request's options
        QVERIFY2(kept.contains(QLatin1String("client_upload_time")), events.payload(i).toByteArray().constData());
        QVERIFY2(!events.payload(i).contains(apiKey), events.payload(i).toByteArray().constData()); // api_key is a secret
    }
    const auto at = [&](int sentIndex) { return message(events, stored[sentIndex]); };
    const auto eventAt = [&](int sentIndex) { return sent[sentIndex].toObject(); };

    // 0: track with device fields and top-level revenue fields.
    const int order = stored[0];
    QCOMPARE(events.type(order), EventType::Track);
    QCOMPARE(text(events.name(order)), QStringLiteral("Order Completed"));
    QCOMPARE(text(events.messageId(order)), QStringLiteral("order-") + runId);
    QCOMPARE(text(events.userId(order)), userId);
    QCOMPARE(text(events.anonymousId(order)), deviceId);
    QCOMPARE(iso(events.timestamp(order)), QStringLiteral("2024-01-15T10:30:00.123Z"));
    QJsonObject orderProperties = object("{'products':[{'product_id':'p-1','price':19.99,'quantity':2}],"
                                         "'price':19.99,'quantity':2,'revenue':39.98,'currency':'EUR','product_id':'p-1','revenueType':'purchase'}");
    orderProperties.insert(QStringLiteral("order_id"), QString(QStringLiteral("order-") + runId));
    QCOMPARE(at(0).value(QLatin1String("properties")).toObject(), orderProperties);
    QVERIFY(events.payload(order).contains("\"revenue\":39.98"));
    const QJsonObject context = at(0).value(QLatin1String("context")).toObject();
    QCOMPARE(member(context, "app").value(QLatin1String("version")).toString(), QStringLiteral("2.1.0"));
    QCOMPARE(member(context, "os"), object("{'name':'Linux','version':'6.1'}"));
    QCOMPARE(member(context, "device"), object("{'manufacturer':'Framework','model':'Laptop 13'}"));
    QCOMPARE(member(context, "network").value(QLatin1String("carrier")).toString(), QStringLiteral("Example Mobile"));
    QCOMPARE(member(context, "location"),
        object("{'country':'United Kingdom','region':'England','city':'London','latitude':51.5072,'longitude':-0.1276}"));
    QCOMPARE(context.value(QLatin1String("locale")).toString(), QStringLiteral("en-GB"));
    QCOMPARE(context.value(QLatin1String("ip")).toString(), QStringLiteral("203.0.113.7"));
    const QJsonObject orderKept = member(context, "amplitude");
    QCOMPARE(orderKept.value(QLatin1String("session_id")), eventAt(0).value(QLatin1String("session_id")));
    QCOMPARE(orderKept.value(QLatin1String("platform")).toString(), QStringLiteral("Node.js"));

    // 1: revenue(): revenue_amount with the SDK's $-prefixed event properties, as sent.
    QCOMPARE(events.type(stored[1]), EventType::Track);
    QCOMPARE(text(events.name(stored[1])), QStringLiteral("revenue_amount"));
    QCOMPARE(at(1).value(QLatin1String("properties")).toObject(), eventAt(1).value(QLatin1String("event_properties")).toObject());
    const QJsonObject revenueProperties = at(1).value(QLatin1String("properties")).toObject();
    QCOMPARE(revenueProperties.value(QLatin1String("$productId")).toString(), QStringLiteral("p-2"));
    QCOMPARE(revenueProperties.value(QLatin1String("$price")), QJsonValue(3));
    QCOMPARE(revenueProperties.value(QLatin1String("$quantity")), QJsonValue(4));
    QCOMPARE(revenueProperties.value(QLatin1String("coupon")).toString(), QStringLiteral("SPRING"));

    // 2: identify: traits = $set plus $setOnce keys not in $set; user_properties verbatim.
    QCOMPARE(events.type(stored[2]), EventType::Identify);
    QCOMPARE(at(2).value(QLatin1String("traits")).toObject(),
        object("{'plan':'pro','email':'ada@example.com','first_seen':'2024-01-15'}"));
    QCOMPARE(member(at(2), "context.amplitude").value(QLatin1String("user_properties")).toObject(),
        eventAt(2).value(QLatin1String("user_properties")).toObject());
    QCOMPARE(member(at(2), "context.amplitude.user_properties").value(QLatin1String("$add")).toObject(), object("{'logins':1}"));

    // 3: setGroup: an identify that puts the user in the group.
    QCOMPARE(events.type(stored[3]), EventType::Identify);
    QCOMPARE(text(events.userId(stored[3])), userId);
    QCOMPARE(member(at(3), "context.amplitude").value(QLatin1String("groups")).toObject().value(QLatin1String("company")).toString(), groupId);

    // 4: groupIdentify → group.
    QCOMPARE(events.type(stored[4]), EventType::Group);
    QCOMPARE(text(events.groupId(stored[4])), groupId);
    QCOMPARE(at(4).value(QLatin1String("groupId")).toString(), groupId);
    QCOMPARE(at(4).value(QLatin1String("traits")).toObject(), object("{'name':'Analytical Engines Ltd','employees':12}"));
    QCOMPARE(member(at(4), "context.amplitude").value(QLatin1String("group_type")).toString(), QStringLiteral("company"));
    QCOMPARE(member(at(4), "context.amplitude").value(QLatin1String("group_properties")).toObject(),
        eventAt(4).value(QLatin1String("group_properties")).toObject());

    // 5, 6: page and screen views.
    QCOMPARE(events.type(stored[5]), EventType::Page);
    QCOMPARE(text(events.name(stored[5])), QStringLiteral("Pricing"));
    QVERIFY(events.userId(stored[5]).isEmpty());
    QCOMPARE(at(5).value(QLatin1String("properties")).toObject(), eventAt(5).value(QLatin1String("event_properties")).toObject());
    QCOMPARE(events.type(stored[6]), EventType::Screen);
    QCOMPARE(text(events.name(stored[6])), QStringLiteral("Checkout"));
    QCOMPARE(at(6).value(QLatin1String("name")).toString(), QStringLiteral("Checkout"));

    // The raw request: POST /2/httpapi, JSON, api_key masked.
    const auto request = collector.request(events.requestId(order), &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->method, QStringLiteral("POST"));
    QCOMPARE(request->path, QStringLiteral("/2/httpapi"));
    QCOMPARE(request->status, 200);
    QCOMPARE(request->source, EventSource::Amplitude);
    QCOMPARE(request->eventCount, 7);
    QVERIFY(!request->body.contains(apiKey));
}

QTEST_GUILESS_MAIN(TestAmplitudeNodeSdk)
#include "tst_amplitudenodesdk.moc"

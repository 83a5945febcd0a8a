// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Conformance with Mixpanel's Node SDK, mixpanel (exact version pinned in package.json, installed with `npm ci`):
// mixpanel-node.mjs makes track (GET /track, base64 data), track_batch (POST form), $identify, alias, people.*
// (/engage) and groups.set (/groups) calls through its public API against the collector running in this process
// (host/protocol options); the test checks the stored canonical events field by field as the agreed mapping (notes/mapping.md) says.

#include "sdkconformance.h"

#include <QTest>

using namespace Journey;
using namespace Journey::SdkConformance;

namespace {

const QByteArray token = "mp_token_0123456789abcdef";
const QString sdkVersion = QStringLiteral("0.24.0");
const QString eventTime = QStringLiteral("2024-01-15T10:30:00.123Z");

QJsonObject member(const QJsonObject& object, const char* path)
{
    QJsonObject current = object;
    const QList<QByteArray> keys = QByteArray(path).split('.');
    for (qsizetype k = 0; k + 1 < keys.size(); ++k)
        current = current.value(QString::fromUtf8(keys[k])).toObject();
    return current.value(QString::fromUtf8(keys.last())).toObject();
}

} // namespace

/// mixpanel (Node) → collector → store.
class TestMixpanelNodeSdk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sdkEventsAreStoredCanonically();
};

void TestMixpanelNodeSdk::initTestCase()
{
    JOURNEY_REQUIRE_SDK("mixpanel");
    QCOMPARE(pinnedVersion(QStringLiteral("mixpanel")), sdkVersion);
}

void TestMixpanelNodeSdk::sdkEventsAreStoredCanonically()
{
    CollectorUnderTest collector;
    QString error;
    QVERIFY2(collector.start(CollectorConfig(), &error), qPrintable(error));

    const QString runId = newRunId();
    const NodeRun run = collector.runNode(QStringLiteral("mixpanel-node.mjs"), { collector.url(), runId, QString::fromUtf8(token) });
    QVERIFY2(run.ok(), QByteArray(run.diagnostics() + "\nrejected:\n" + collector.rejectedSummary()).constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.report.value(QLatin1String("calls")).toInt(), 11);

    QCOMPARE(collector.collector().stats().rejectedRequests, 0);
    EventBatch events;
    QVERIFY2(collector.readEvents(events, &error), qPrintable(error));
    QCOMPARE(events.size(), 13); // 8 events (3 in one batch) + 4 profile updates + 1 group update

    const QString userId = QStringLiteral("user-") + runId;
    const QString anonymousId = QStringLiteral("anon-") + runId;
    const QJsonObject library { { QStringLiteral("name"), QStringLiteral("node") }, { QStringLiteral("version"), sdkVersion } };
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject stored = message(events, i);
        QCOMPARE(events.source(i), EventSource::Mixpanel);
        QCOMPARE(stored.value(QLatin1String("type")).toString(), text(eventTypeName(events.type(i))));
        QVERIFY2(!events.payload(i).contains(token), events.payload(i).toByteArray().constData()); // the project token is a secret
        QVERIFY(!stored.value(QLatin1String("properties")).toObject().contains(QLatin1String("token")));
        QVERIFY(canonicalTime.match(stored.value(QLatin1String("timestamp")).toString()).hasMatch());
        QCOMPARE(stored.value(QLatin1String("messageId")).toString(), text(events.messageId(i)));
        QVERIFY(!events.messageId(i).isEmpty());
        QVERIFY(events.receivedAt(i) >= run.startedAt && events.receivedAt(i) <= run.finishedAt);
        // mp_lib / $lib_version → context.library. The SDK adds them to single track calls only: track_batch
        // events ($insert_id page-, screen-, cart-…) and /engage, /groups records carry none.
        const bool batched = QRegularExpression(QStringLiteral("^(page|screen|cart)-")).match(text(events.messageId(i))).hasMatch();
        if (events.type(i) == EventType::Identify && !events.messageId(i).startsWith("identify-"))
            continue;
        if (events.type(i) == EventType::Group || batched)
            QVERIFY2(!stored.value(QLatin1String("context")).toObject().contains(QLatin1String("library")), events.payload(i).toByteArray().constData());
        else
            QVERIFY2(member(stored, "context.library") == library, events.payload(i).toByteArray().constData());
    }
    const auto byId = [&](const QString& prefix) {
        const int i = indexOfMessageId(events, QString(prefix + QLatin1Char('-') + runId).toUtf8());
        return i;
    };

    // track: $insert_id → messageId, time → timestamp, distinct_id → userId, ip → context.ip, the rest as sent.
    const int order = byId(QStringLiteral("order"));
    QVERIFY(order >= 0);
    QCOMPARE(events.type(order), EventType::Track);
    QCOMPARE(text(events.name(order)), QStringLiteral("Order Completed"));
    QCOMPARE(text(events.userId(order)), userId);
    QVERIFY(events.anonymousId(order).isEmpty());
    QCOMPARE(iso(events.timestamp(order)), eventTime);
    const QJsonObject orderMessage = message(events, order);
    QCOMPARE(orderMessage.value(QLatin1String("event")).toString(), QStringLiteral("Order Completed"));
    QCOMPARE(orderMessage.value(QLatin1String("timestamp")).toString(), eventTime);
    const QJsonObject orderProperties = orderMessage.value(QLatin1String("properties")).toObject();
    QCOMPARE(orderProperties.value(QLatin1String("revenue")).toDouble(), 25.99);
    QVERIFY(events.payload(order).contains("\"revenue\":25.99"));
    QCOMPARE(orderProperties.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(orderProperties.value(QLatin1String("products")).toArray(), array("[{'product_id':'p-1','price':19.99,'quantity':1}]"));
    QCOMPARE(member(orderMessage, "context").value(QLatin1String("ip")).toString(), QStringLiteral("203.0.113.7"));
    QCOMPARE(member(orderMessage, "context.mixpanel").value(QLatin1String("distinct_id")).toString(), userId);

    // "$device:" distinct_id → anonymousId; no time → the collector's receivedAt.
    const int opened = byId(QStringLiteral("opened"));
    QVERIFY(opened >= 0);
    QCOMPARE(text(events.name(opened)), QStringLiteral("App Opened"));
    QVERIFY(events.userId(opened).isEmpty());
    QCOMPARE(text(events.anonymousId(opened)), anonymousId);
    QCOMPARE(events.timestamp(opened), events.receivedAt(opened));
    QCOMPARE(message(events, opened).value(QLatin1String("properties")).toObject().value(QLatin1String("campaign")).toString(),
        QStringLiteral("spring"));
    QCOMPARE(member(message(events, opened), "context.mixpanel").value(QLatin1String("distinct_id")).toString(),
        QStringLiteral("$device:") + anonymousId);

    // $user_id and $device_id (answered in verbose form, which the SDK checked).
    const int checkout = byId(QStringLiteral("checkout"));
    QVERIFY(checkout >= 0);
    QCOMPARE(text(events.userId(checkout)), userId);
    QCOMPARE(text(events.anonymousId(checkout)), anonymousId);
    QCOMPARE(message(events, checkout).value(QLatin1String("properties")).toObject().value(QLatin1String("step")), QJsonValue(1));

    // $identify → identify.
    const int identified = byId(QStringLiteral("identify"));
    QVERIFY(identified >= 0);
    QCOMPARE(events.type(identified), EventType::Identify);
    QCOMPARE(text(events.userId(identified)), userId);
    QCOMPARE(text(events.anonymousId(identified)), anonymousId);

    // alias(anonymousId, userId) → $create_alias → alias: previousId = distinct_id, userId = alias.
    const QList<int> aliases = indexesOf(events, EventType::Alias);
    QCOMPARE(aliases.size(), 1);
    QCOMPARE(text(events.previousId(aliases[0])), anonymousId);
    QCOMPARE(text(events.userId(aliases[0])), userId);
    QCOMPARE(message(events, aliases[0]).value(QLatin1String("previousId")).toString(), anonymousId);

    // The batch: $mp_web_page_view → page, $mp_page_view → screen, both named by current_page_title.
    const int page = byId(QStringLiteral("page"));
    QVERIFY(page >= 0);
    QCOMPARE(events.type(page), EventType::Page);
    QCOMPARE(text(events.name(page)), QStringLiteral("Pricing"));
    QCOMPARE(text(events.userId(page)), userId);
    QCOMPARE(iso(events.timestamp(page)), eventTime);
    QCOMPARE(message(events, page).value(QLatin1String("properties")).toObject().value(QLatin1String("current_url_path")).toString(),
        QStringLiteral("/pricing"));
    const int screen = byId(QStringLiteral("screen"));
    QVERIFY(screen >= 0);
    QCOMPARE(events.type(screen), EventType::Screen);
    QCOMPARE(text(events.name(screen)), QStringLiteral("Checkout"));
    QCOMPARE(iso(events.timestamp(screen)), QStringLiteral("2024-01-15T10:30:01.123Z"));
    const int cart = byId(QStringLiteral("cart"));
    QVERIFY(cart >= 0);
    QCOMPARE(text(events.name(cart)), QStringLiteral("Cart Viewed"));
    QCOMPARE(iso(events.timestamp(cart)), QStringLiteral("2024-01-15T10:30:02.123Z"));
    QCOMPARE(message(events, cart).value(QLatin1String("properties")).toObject().value(QLatin1String("items")), QJsonValue(3));
    QCOMPARE(events.requestId(page), events.requestId(cart)); // one POST
    QVERIFY(events.requestId(page) != events.requestId(order));

    // /engage → identify: $set → traits, $set_once keys not in $set too, other operations verbatim.
    QList<int> profiles;
    for (int i : indexesOf(events, EventType::Identify)) {
        if (i != identified)
            profiles.append(i);
    }
    QCOMPARE(profiles.size(), 4);
    int set = -1, setOnce = -1, add = -1, charge = -1;
    for (int i : std::as_const(profiles)) {
        QCOMPARE(text(events.userId(i)), userId);
        const QJsonObject operations = member(message(events, i), "context.mixpanel.operations");
        if (operations.contains(QLatin1String("$set_once")))
            setOnce = i;
        else if (operations.contains(QLatin1String("$add")))
            add = i;
        else if (operations.contains(QLatin1String("$append")))
            charge = i;
        else
            set = i;
    }
    QVERIFY(set >= 0 && setOnce >= 0 && add >= 0 && charge >= 0);
    const QJsonObject setMessage = message(events, set);
    QCOMPARE(setMessage.value(QLatin1String("traits")).toObject(),
        object("{'$email':'ada@example.com','$name':'Ada Lovelace','plan':'pro'}"));
    QCOMPARE(setMessage.value(QLatin1String("timestamp")).toString(), QStringLiteral("2024-01-16T08:00:00.000Z")); // $time
    QCOMPARE(member(setMessage, "context").value(QLatin1String("ip")).toString(), QStringLiteral("203.0.113.7")); // $ip
    QCOMPARE(member(setMessage, "context.mixpanel").value(QLatin1String("$ignore_time")), QJsonValue(true));
    QCOMPARE(message(events, setOnce).value(QLatin1String("traits")).toObject(), object("{'first_seen':'2024-01-15','plan':'free'}"));
    QCOMPARE(member(message(events, setOnce), "context.mixpanel.operations"),
        object("{'$set_once':{'first_seen':'2024-01-15','plan':'free'}}"));
    QCOMPARE(member(message(events, add), "context.mixpanel.operations"), object("{'$add':{'logins':1}}"));
    QVERIFY(message(events, add).value(QLatin1String("traits")).toObject().isEmpty());
    // track_charge: revenue as a $transactions append.
    QCOMPARE(member(message(events, charge), "context.mixpanel.operations"),
        object("{'$append':{'$transactions':{'sku':'SKU-1','$time':'2024-01-15T10:30:00.123Z','$amount':29.99}}}"));
    QVERIFY(events.payload(charge).contains("\"$amount\":29.99"));

    // /groups → group.
    const QList<int> groups = indexesOf(events, EventType::Group);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(text(events.groupId(groups[0])), QStringLiteral("group-") + runId);
    QVERIFY(events.userId(groups[0]).isEmpty());
    QCOMPARE(message(events, groups[0]).value(QLatin1String("traits")).toObject(),
        object("{'name':'Analytical Engines Ltd','employees':12}"));
    QCOMPARE(member(message(events, groups[0]), "context.mixpanel").value(QLatin1String("group_key")).toString(),
        QStringLiteral("company"));

    // The raw requests: GET with base64 data for single calls, POST form for the batch; token masked.
    const auto request = collector.request(events.requestId(order), &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->method, QStringLiteral("GET"));
    QCOMPARE(request->path, QStringLiteral("/track"));
    QCOMPARE(request->status, 200);
    QCOMPARE(request->source, EventSource::Mixpanel);
    const auto batch = collector.request(events.requestId(cart), &error);
    QVERIFY2(batch, qPrintable(error));
    QCOMPARE(batch->method, QStringLiteral("POST"));
    QCOMPARE(batch->path, QStringLiteral("/track"));
    QCOMPARE(batch->eventCount, 3);
    QVERIFY(batch->contentType.startsWith("application/x-www-form-urlencoded"));
    for (int i : { set, groups[0] }) {
        const auto engage = collector.request(events.requestId(i), &error);
        QVERIFY2(engage, qPrintable(error));
        QCOMPARE(engage->path, i == set ? QStringLiteral("/engage") : QStringLiteral("/groups"));
        QCOMPARE(engage->status, 200);
    }
}

QTEST_GUILESS_MAIN(TestMixpanelNodeSdk)
#include "tst_mixpanelnodesdk.moc"

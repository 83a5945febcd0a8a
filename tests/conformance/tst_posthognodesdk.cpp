// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Conformance with PostHog's Node SDK, posthog-node (exact version pinned in package.json, installed with
// `npm ci`): posthog-node.mjs makes capture (plain, anonymous, $pageview, $screen), identify, alias and
// groupIdentify calls and reads feature flags through its public API against the collector running in this
// process (host option), which is configured with those flags; the test checks the flag answers the SDK got, the
// $feature_flag_called exposures it sent, and every stored canonical event against the message the SDK reports
// it sent, field by field, as the agreed mapping (notes/mapping.md) says.

#include "sdkconformance.h"

#include <QTest>

using namespace Journey;
using namespace Journey::SdkConformance;

namespace {

const QByteArray apiKey = "phc_conformance0123456789abcdef";
const QString sdkVersion = QStringLiteral("5.70.0");

QJsonObject member(const QJsonObject& object, const char* path)
{
    QJsonObject current = object;
    for (const QByteArray& key : QByteArray(path).split('.'))
        current = current.value(QString::fromUtf8(key)).toObject();
    return current;
}

} // namespace

/// posthog-node → collector → store.
class TestPostHogNodeSdk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sdkEventsAndFlagsAreHandled();
};

void TestPostHogNodeSdk::initTestCase()
{
    JOURNEY_REQUIRE_SDK("posthog-node");
    QCOMPARE(pinnedVersion(QStringLiteral("posthog-node")), sdkVersion);
}

void TestPostHogNodeSdk::sdkEventsAndFlagsAreHandled()
{
    CollectorUnderTest collector;
    CollectorConfig config;
    const QJsonObject flags = object("{'new-checkout':{'enabled':true,'variant':'variant-b','payload':{'color':'green'}},"
                                     "'beta-banner':true,'legacy-export':false}");
    // As the configuration file gives them (journey.collector.flags), in the normal form the config loader makes.
    for (auto it = flags.begin(); it != flags.end(); ++it) {
        QJsonObject flag;
        QString why;
        QVERIFY2(CollectorConfig::parseFeatureFlag(it.value(), flag, &why), qPrintable(it.key() + QStringLiteral(": ") + why));
        config.featureFlags.insert(it.key(), flag);
    }
    QString error;
    QVERIFY2(collector.start(config, &error), qPrintable(error));

    const QString runId = newRunId();
    const NodeRun run = collector.runNode(QStringLiteral("posthog-node.mjs"), { collector.url(), runId, QString::fromUtf8(apiKey) });
    QVERIFY2(run.ok(), QByteArray(run.diagnostics() + "\nrejected:\n" + collector.rejectedSummary()).constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(collector.collector().stats().rejectedRequests, 0);

    // The flag answers, as the SDK read them from the collector's /flags/ reply.
    const QJsonObject answers = run.report.value(QLatin1String("flags")).toObject();
    QCOMPARE(answers.value(QLatin1String("checkoutVariant")).toString(), QStringLiteral("variant-b"));
    QCOMPARE(answers.value(QLatin1String("bannerEnabled")), QJsonValue(true));
    QCOMPARE(answers.value(QLatin1String("legacyEnabled")), QJsonValue(false));
    QCOMPARE(answers.value(QLatin1String("checkoutPayload")).toObject(), object("{'color':'green'}"));
    // The same through evaluateFlags() (posthog-node 5's replacement for the calls above).
    const QJsonObject evaluated = answers.value(QLatin1String("evaluated")).toObject();
    QCOMPARE(evaluated.value(QLatin1String("checkoutVariant")).toString(), QStringLiteral("variant-b"));
    QCOMPARE(evaluated.value(QLatin1String("bannerEnabled")), QJsonValue(true));
    QCOMPARE(evaluated.value(QLatin1String("legacyEnabled")), QJsonValue(false));
    QCOMPARE(evaluated.value(QLatin1String("unknownEnabled")), QJsonValue(false));
    QCOMPARE(evaluated.value(QLatin1String("checkoutPayload")).toObject(), object("{'color':'green'}"));

    EventBatch events;
    QVERIFY2(collector.readEvents(events, &error), qPrintable(error));
    const QJsonArray sent = run.report.value(QLatin1String("sent")).toArray();
    QVERIFY2(sent.size() >= 13, qPrintable(QString::number(sent.size()))); // 7 calls + one exposure per flag and user
    QCOMPARE(events.size(), sent.size()); // /flags/ requests record nothing

    const QString userId = QStringLiteral("user-") + runId;
    const QString anonymousId = QStringLiteral("anon-") + runId;
    const QString groupId = QStringLiteral("group-") + runId;
    const QJsonObject library { { QStringLiteral("name"), QStringLiteral("posthog-node") }, { QStringLiteral("version"), sdkVersion } };
    QMap<QString, int> byEvent; // PostHog event name → stored index (the last for $feature_flag_called)
    QMap<QString, QJsonObject> sentByEvent;
    QList<int> exposures;
    for (const QJsonValue& value : sent) {
        const QJsonObject original = value.toObject();
        const QString event = original.value(QLatin1String("event")).toString();
        // uuid → messageId, timestamp → timestamp, exactly as sent.
        const QString uuid = original.value(QLatin1String("uuid")).toString();
        const int i = indexOfMessageId(events, uuid.toUtf8());
        QVERIFY2(i >= 0, qPrintable(event + QLatin1Char(' ') + uuid));
        const QJsonObject canonical = message(events, i);
        QCOMPARE(events.source(i), EventSource::PostHog);
        QCOMPARE(canonical.value(QLatin1String("messageId")).toString(), uuid);
        const auto sentTime = Timestamp::parseIso8601(original.value(QLatin1String("timestamp")).toString().toUtf8());
        QVERIFY(sentTime);
        QCOMPARE(events.timestamp(i), *sentTime);
        QCOMPARE(canonical.value(QLatin1String("timestamp")).toString(), iso(*sentTime));
        // distinct_id always kept; $lib/$lib_version → context.library; the key never stored.
        QCOMPARE(member(canonical, "context.posthog").value(QLatin1String("distinct_id")).toString(),
            original.value(QLatin1String("distinct_id")).toString());
        QCOMPARE(member(canonical, "context.library"), library);
        QVERIFY2(!events.payload(i).contains(apiKey), events.payload(i).toByteArray().constData());
        QVERIFY(member(canonical, "context.posthog").contains(QLatin1String("sent_at")));
        if (event == QLatin1String("$feature_flag_called"))
            exposures.append(i);
        byEvent.insert(event, i);
        sentByEvent.insert(event, original);
    }

    // capture → track; $groups kept in properties as sent.
    const int order = byEvent.value(QStringLiteral("Order Completed"), -1);
    QVERIFY(order >= 0);
    QCOMPARE(events.type(order), EventType::Track);
    QCOMPARE(text(events.messageId(order)), QStringLiteral("018d0c5e-2f3b-7a4c-9d5e-6f7a8b9c0d1e"));
    QCOMPARE(iso(events.timestamp(order)), QStringLiteral("2024-01-15T10:30:00.123Z"));
    QCOMPARE(text(events.userId(order)), userId);
    QVERIFY(events.anonymousId(order).isEmpty());
    const QJsonObject orderProperties = message(events, order).value(QLatin1String("properties")).toObject();
    QCOMPARE(orderProperties.value(QLatin1String("order_id")).toString(), QStringLiteral("order-") + runId);
    QCOMPARE(orderProperties.value(QLatin1String("revenue")).toDouble(), 25.99);
    QVERIFY(events.payload(order).contains("\"revenue\":25.99"));
    QCOMPARE(orderProperties.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(orderProperties.value(QLatin1String("products")).toArray(), array("[{'product_id':'p-1','price':19.99}]"));
    QCOMPARE(orderProperties.value(QLatin1String("$groups")).toObject().value(QLatin1String("company")).toString(), groupId);
    QVERIFY(!orderProperties.contains(QLatin1String("$lib")));
    QVERIFY(!orderProperties.contains(QLatin1String("distinct_id")));

    // distinct_id equal to $device_id → anonymousId.
    const int opened = byEvent.value(QStringLiteral("App Opened"), -1);
    QVERIFY(opened >= 0);
    QVERIFY(events.userId(opened).isEmpty());
    QCOMPARE(text(events.anonymousId(opened)), anonymousId);

    // $pageview → page with url/path/referrer/title; $screen → screen.
    const int page = byEvent.value(QStringLiteral("$pageview"), -1);
    QVERIFY(page >= 0);
    QCOMPARE(events.type(page), EventType::Page);
    QCOMPARE(text(events.name(page)), QStringLiteral("Pricing"));
    const QJsonObject pageProperties = message(events, page).value(QLatin1String("properties")).toObject();
    QCOMPARE(pageProperties.value(QLatin1String("url")).toString(), QStringLiteral("https://example.com/pricing"));
    QCOMPARE(pageProperties.value(QLatin1String("path")).toString(), QStringLiteral("/pricing"));
    QCOMPARE(pageProperties.value(QLatin1String("referrer")).toString(), QStringLiteral("https://example.com/"));
    QCOMPARE(pageProperties.value(QLatin1String("title")).toString(), QStringLiteral("Pricing"));
    QCOMPARE(pageProperties.value(QLatin1String("$current_url")).toString(), QStringLiteral("https://example.com/pricing"));
    const int screen = byEvent.value(QStringLiteral("$screen"), -1);
    QVERIFY(screen >= 0);
    QCOMPARE(events.type(screen), EventType::Screen);
    QCOMPARE(text(events.name(screen)), QStringLiteral("Checkout"));
    QCOMPARE(message(events, screen).value(QLatin1String("properties")).toObject().value(QLatin1String("step")), QJsonValue(2));

    // $identify → identify: traits = $set plus $set_once keys not in $set; $set_once verbatim.
    const int identify = byEvent.value(QStringLiteral("$identify"), -1);
    QVERIFY(identify >= 0);
    QCOMPARE(events.type(identify), EventType::Identify);
    QCOMPARE(text(events.userId(identify)), userId);
    QCOMPARE(text(events.anonymousId(identify)), anonymousId);
    QCOMPARE(message(events, identify).value(QLatin1String("traits")).toObject(),
        object("{'email':'ada@example.com','plan':'pro','first_seen':'2024-01-15'}"));
    QCOMPARE(member(message(events, identify), "context.posthog").value(QLatin1String("$set_once")).toObject(),
        object("{'first_seen':'2024-01-15','plan':'free'}"));

    // $create_alias → alias.
    const int alias = byEvent.value(QStringLiteral("$create_alias"), -1);
    QVERIFY(alias >= 0);
    QCOMPARE(events.type(alias), EventType::Alias);
    QCOMPARE(text(events.userId(alias)), userId);
    QCOMPARE(text(events.previousId(alias)), anonymousId);

    // $groupidentify → group, no userId.
    const int group = byEvent.value(QStringLiteral("$groupidentify"), -1);
    QVERIFY(group >= 0);
    QCOMPARE(events.type(group), EventType::Group);
    QCOMPARE(text(events.groupId(group)), groupId);
    QVERIFY(events.userId(group).isEmpty());
    QCOMPARE(message(events, group).value(QLatin1String("traits")).toObject(), object("{'name':'Analytical Engines Ltd','employees':12}"));
    QCOMPARE(member(message(events, group), "context.posthog").value(QLatin1String("group_type")).toString(), QStringLiteral("company"));

    // The flag exposures: one $feature_flag_called per flag and user, with the value the SDK got.
    QMap<QString, QJsonValue> exposed; // "user flag" → response
    for (int i : std::as_const(exposures)) {
        QCOMPARE(events.type(i), EventType::Track);
        QCOMPARE(text(events.name(i)), QStringLiteral("$feature_flag_called"));
        const QJsonObject properties = message(events, i).value(QLatin1String("properties")).toObject();
        exposed.insert(text(events.userId(i)) + QLatin1Char(' ') + properties.value(QLatin1String("$feature_flag")).toString(),
            properties.value(QLatin1String("$feature_flag_response")));
    }
    const QString memberId = QStringLiteral("member-") + runId;
    for (const QString& user : { userId, memberId }) {
        QCOMPARE(exposed.value(user + QStringLiteral(" new-checkout")), QJsonValue(QStringLiteral("variant-b")));
        QCOMPARE(exposed.value(user + QStringLiteral(" beta-banner")), QJsonValue(true));
        QCOMPARE(exposed.value(user + QStringLiteral(" legacy-export")), QJsonValue(false));
    }

    // The raw requests: gzip-compressed JSON batches on /batch/.
    const auto request = collector.request(events.requestId(order), &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->method, QStringLiteral("POST"));
    QCOMPARE(request->path, QStringLiteral("/batch/"));
    QCOMPARE(request->status, 200);
    QCOMPARE(request->source, EventSource::PostHog);
    QCOMPARE(request->contentEncoding, QByteArray("gzip"));
    QVERIFY(!request->body.contains(apiKey));
}

QTEST_GUILESS_MAIN(TestPostHogNodeSdk)
#include "tst_posthognodesdk.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The PostHog decoder, called directly: what posthog-node 5.70 (recorded: tests/data/collector/posthog/) and
// posthog-js send, each call type's canonical fields, the replies the SDKs read, the flag answers that
// getFeatureFlag / isFeatureEnabled / getFeatureFlagPayload read, and every rejection.
#include "collector/posthogflagresponder.h"
#include "collector/posthogrequestdecoder.h"
#include "collector/requestrouter.h"
#include "core/gzipcodec.h"
#include "core/timestamp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Journey;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

constexpr qint64 receivedAt = 1738555600000; // 2025-02-03T04:06:40Z
const QByteArray nodeKey = "phc_recorded0123456789abcdef";
const QByteArray browserKey = "phc_browser0123456789abcdef";

/// JSON written with single quotes (moc in Qt 6.4 trips over some raw string literals).
QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

QJsonObject object(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(q(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON %s: %s", text, qPrintable(error.errorString()));
    return document.object();
}

QByteArray readData(const char* name)
{
    QFile file(QStringLiteral(JOURNEY_TEST_DATA "/collector/posthog/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

CollectorRequest post(
    const QString& path, const QByteArray& body, const Headers& headers = {}, const QString& query = QString())
{
    CollectorRequest request;
    request.method = "POST";
    request.path = path;
    request.fullPath = path;
    request.query = QUrlQuery(query);
    request.headers = headers;
    request.body = body;
    request.receivedAt = receivedAt;
    return request;
}

const Headers json { { "Content-Type", "application/json" } };
const Headers nodeGzip { { "Content-Type", "application/json" }, { "Content-Encoding", "gzip" },
    { "User-Agent", "posthog-node/5.70.0" } };
const Headers textPlain { { "Content-Type", "text/plain" } };
const Headers form { { "Content-Type", "application/x-www-form-urlencoded" } };

/// The canonical message of event \a i without receivedAt (the collector's arrival stamp).
QJsonObject canonical(const EventBatch& events, int i)
{
    QJsonObject message = QJsonDocument::fromJson(events.payload(i).toByteArray()).object();
    message.remove(QStringLiteral("receivedAt"));
    return message;
}

QString text(QByteArrayView view)
{
    return QString::fromUtf8(view.toByteArray());
}

QJsonObject replyObject(const DecodedRequest& out)
{
    return out.reply ? QJsonDocument::fromJson(out.reply->body).object() : QJsonObject();
}

QString iso(const char* text)
{
    return Timestamp::toIso8601String(*Timestamp::parseIso8601(QByteArray(text)));
}

/// What posthog-node 5.70 makes of a /flags/?v=2 answer (PostHogBackendClient._getFeatureFlagResult, remote).
struct SdkRead
{
    bool defined = false; ///< false: getFeatureFlag / isFeatureEnabled / getFeatureFlagPayload return undefined
    QJsonValue flag; ///< getFeatureFlag
    bool enabled = false; ///< isFeatureEnabled
    QJsonValue payload; ///< getFeatureFlagPayload
};

SdkRead sdkRead(const QJsonObject& answer, const QString& key)
{
    SdkRead read;
    const QJsonValue detailValue = answer.value(QLatin1String("flags")).toObject().value(key);
    if (detailValue.isUndefined())
        return read;
    const QJsonObject detail = detailValue.toObject();
    read.defined = true;
    const QJsonValue enabled = detail.value(QLatin1String("enabled"));
    const QJsonValue variant = detail.value(QLatin1String("variant"));
    const bool off = enabled.isBool() && !enabled.toBool();
    read.flag = off ? QJsonValue(false) : (variant.isUndefined() || variant.isNull() ? QJsonValue(true) : variant);
    read.enabled = !off;
    const QJsonValue payload = detail.value(QLatin1String("metadata")).toObject().value(QLatin1String("payload"));
    if (payload.isString()) {
        // JSON.parse, falling back to the raw text.
        const QByteArray wrapped = "[" + payload.toString().toUtf8() + "]";
        const QJsonDocument parsed = QJsonDocument::fromJson(wrapped);
        read.payload = parsed.isArray() ? parsed.array().at(0) : payload;
    } else {
        read.payload = QJsonValue(); // null: `result.payload ?? null`
    }
    return read;
}

CollectorConfig flagConfig()
{
    CollectorConfig config;
    config.featureFlags = object("{'beta-banner':true,'legacy-export':false,'button-color':'red',"
                                 "'new-checkout':{'enabled':true,'variant':'variant-b','payload':{'color':'green'}},"
                                 "'pricing-copy':{'payload':'Save 20%'},'seat-limits':{'payload':[5,10]},"
                                 "'old-banner':{'enabled':false}}");
    return config;
}

} // namespace

class TestPostHogRequestDecoder : public QObject
{
    Q_OBJECT

private slots:
    void testPaths();
    void testClaim_data();
    void testClaim();
    void testRouterSharesBatchWithAmplitude();
    void testNodeBatch();
    void testNodeBatchUncompressed();
    void testBrowserGzipJs();
    void testBrowserBase64();
    void testSingleEvent();
    void testNumericIdsAndMissingTime();
    void testFlagsV2_data();
    void testFlagsV2();
    void testFlagsV2ExactAnswer();
    void testFlagsLimitedToRequestedKeys();
    void testFlagsLegacyShapes();
    void testFlagsFromBrowserBase64();
    void testFlagsWithoutConfiguration();
    void testRejections_data();
    void testRejections();
    void testOversized();
};

void TestPostHogRequestDecoder::testPaths()
{
    PostHogRequestDecoder decoder { CollectorConfig() };
    QCOMPARE(decoder.source(), EventSource::PostHog);
    QCOMPARE(decoder.prefixes(), QStringList { QStringLiteral("posthog") });
    QCOMPARE(decoder.paths(),
        (QStringList { QStringLiteral("/i/v0/e/"), QStringLiteral("/e/"), QStringLiteral("/capture/"),
            QStringLiteral("/batch/"), QStringLiteral("/track/"), QStringLiteral("/engage/"), QStringLiteral("/flags/"),
            QStringLiteral("/decide/") }));
}

void TestPostHogRequestDecoder::testClaim_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<int>("claim");

    const int no = int(RequestDecoder::Claim::No);
    const int path = int(RequestDecoder::Claim::Path);
    const int certain = int(RequestDecoder::Claim::Certain);
    const QByteArray batch = q("{'api_key':'phc_x','batch':[]}");
    for (const char* own :
        { "/i/v0/e/", "/i/v0/e", "/e/", "/e", "/capture/", "/capture", "/flags/", "/flags", "/decide/", "/decide" })
        QTest::addRow("%s", own) << QString::fromLatin1(own) << QString() << QByteArray("{}") << QByteArray()
                                 << certain;
    for (const char* shared : { "/batch/", "/batch", "/track/", "/track", "/engage/", "/engage" }) {
        QTest::addRow("%s PostHog batch", shared)
            << QString::fromLatin1(shared) << QString() << batch << QByteArray() << certain;
        QTest::addRow("%s api_key event", shared)
            << QString::fromLatin1(shared) << QString() << q("{'api_key':'phc_x','event':'e','distinct_id':'d'}")
            << QByteArray() << certain;
        QTest::addRow("%s compression query", shared)
            << QString::fromLatin1(shared) << QStringLiteral("compression=gzip-js") << QByteArray("x") << QByteArray()
            << certain;
        QTest::addRow("%s gzip body", shared)
            << QString::fromLatin1(shared) << QString() << GzipCodec::compress(batch) << QByteArray() << certain;
        QTest::addRow("%s Content-Encoding gzip", shared)
            << QString::fromLatin1(shared) << QString() << QByteArray("x") << QByteArray("gzip") << certain;
        QTest::addRow("%s Mixpanel form", shared)
            << QString::fromLatin1(shared) << QString() << QByteArray("data=eyJldmVudCI6ImUifQ%3D%3D") << QByteArray()
            << path;
        QTest::addRow("%s Mixpanel JSON", shared)
            << QString::fromLatin1(shared) << QString()
            << q("[{'event':'e','properties':{'token':'t','distinct_id':'d'}}]") << QByteArray() << path;
    }
    QTest::newRow("Amplitude batch") << QStringLiteral("/batch") << QString()
                                     << q("{'api_key':'k','events':[{'event_type':'e','user_id':'u'}]}") << QByteArray()
                                     << path;
    QTest::newRow("api_key nested only") << QStringLiteral("/batch/") << QString()
                                         << q("{'events':[{'api_key':'k','batch':1}]}") << QByteArray() << path;
    QTest::newRow("api_key as a value") << QStringLiteral("/track/") << QString() << q("{'name':'api_key'}")
                                        << QByteArray() << path;
    QTest::newRow("Segment") << QStringLiteral("/v1/track") << QString() << batch << QByteArray() << no;
    QTest::newRow("Amplitude httpapi") << QStringLiteral("/2/httpapi") << QString() << batch << QByteArray() << no;
    QTest::newRow("prefix of a path") << QStringLiteral("/e/x") << QString() << batch << QByteArray() << no;
    QTest::newRow("root") << QStringLiteral("/") << QString() << batch << QByteArray() << no;
}

void TestPostHogRequestDecoder::testClaim()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, encoding);
    QFETCH(int, claim);
    PostHogRequestDecoder decoder { CollectorConfig() };
    Headers headers = textPlain;
    if (!encoding.isEmpty())
        headers.append({ "Content-Encoding", encoding });
    QCOMPARE(int(decoder.claim(post(path, body, headers, query))), claim);
}

void TestPostHogRequestDecoder::testRouterSharesBatchWithAmplitude()
{
    RequestRouter router { CollectorConfig() };
    CollectorRequest posthog = post(QString(), readData("node-5.70-batch.json.gz"), nodeGzip);
    posthog.fullPath = QStringLiteral("/batch/");
    RequestDecoder* decoder = router.route(posthog);
    QVERIFY(decoder);
    QCOMPARE(decoder->source(), EventSource::PostHog);

    CollectorRequest amplitude
        = post(QString(), q("{'api_key':'k','events':[{'event_type':'e','user_id':'user1'}]}"), json);
    amplitude.fullPath = QStringLiteral("/batch");
    decoder = router.route(amplitude);
    QVERIFY(decoder);
    QCOMPARE(decoder->source(), EventSource::Amplitude);

    CollectorRequest prefixed = post(QString(), q("{'api_key':'k','events':[]}"), json);
    prefixed.fullPath = QStringLiteral("/posthog/batch/");
    decoder = router.route(prefixed);
    QVERIFY(decoder);
    QCOMPARE(decoder->source(), EventSource::PostHog);
    QCOMPARE(prefixed.path, QStringLiteral("/batch/"));
}

void TestPostHogRequestDecoder::testNodeBatch()
{
    // Recorded from posthog-node 5.70.0: capture (with groups), an anonymous capture, $pageview, $screen, identify,
    // alias, groupIdentify and the $feature_flag_called events of getFeatureFlag / isFeatureEnabled.
    PostHogRequestDecoder decoder { CollectorConfig() };
    DecodedRequest out;
    decoder.decode(post(QStringLiteral("/batch/"), readData("node-5.70-batch.json.gz"), nodeGzip), out);
    QVERIFY2(out.status == 200, qPrintable(out.message));
    QVERIFY(out.record);
    QVERIFY(out.reply);
    QCOMPARE(out.reply->status, 200);
    QCOMPARE(out.reply->body, QByteArray("{\"status\":1}"));
    QCOMPARE(out.reply->contentType, QByteArray("application/json"));
    QCOMPARE(out.body, readData("node-5.70-batch.json"));
    QCOMPARE(out.secrets, QByteArrayList { nodeKey });
    QCOMPARE(out.events.size(), 12);
    for (int i = 0; i < out.events.size(); ++i) {
        QCOMPARE(out.events.source(i), EventSource::PostHog);
        QCOMPARE(out.events.receivedAt(i), receivedAt);
        QVERIFY2(!out.events.payload(i).contains(nodeKey), out.events.payload(i).data());
    }

    const QString sentAt = QStringLiteral("2026-11-29T04:36:23.370Z");
    const QJsonObject library = object("{'name':'posthog-node','version':'5.70.0'}");
    const auto contextWith = [&](const QJsonObject& posthog) {
        QJsonObject withSentAt = posthog;
        withSentAt.insert(QStringLiteral("sent_at"), sentAt);
        return QJsonObject { { QStringLiteral("library"), library }, { QStringLiteral("posthog"), withSentAt } };
    };

    // capture → track.
    QJsonObject expected
        = object("{'type':'track','event':'Order Completed','messageId':'01a22597-02ad-7fd3-8e2c-594c83a46555',"
                 "'userId':'user-42','properties':{'order_id':'o-1','revenue':25.99,'$groups':{'company':'acme'},"
                 "'$is_server':true,'$geoip_disable':true}}");
    QJsonObject message = canonical(out.events, 0);
    QCOMPARE(out.events.type(0), EventType::Track);
    QCOMPARE(text(out.events.name(0)), QStringLiteral("Order Completed"));
    QCOMPARE(text(out.events.userId(0)), QStringLiteral("user-42"));
    QVERIFY(out.events.anonymousId(0).isEmpty());
    QCOMPARE(text(out.events.messageId(0)), QStringLiteral("01a22597-02ad-7fd3-8e2c-594c83a46555"));
    QCOMPARE(out.events.timestamp(0), *Timestamp::parseIso8601("2026-11-29T04:36:23.340Z"));
    QCOMPARE(message.value(QLatin1String("timestamp")).toString(), QStringLiteral("2026-11-29T04:36:23.340Z"));
    QCOMPARE(
        message.value(QLatin1String("properties")).toObject(), expected.value(QLatin1String("properties")).toObject());
    QCOMPARE(message.value(QLatin1String("context")).toObject(), contextWith(object("{'distinct_id':'user-42'}")));
    QCOMPARE(message.value(QLatin1String("event")).toString(), QStringLiteral("Order Completed"));
    QVERIFY(!message.contains(QLatin1String("anonymousId")));

    // distinct_id equal to properties.$device_id → anonymousId.
    QCOMPARE(out.events.type(1), EventType::Track);
    QVERIFY(out.events.userId(1).isEmpty());
    QCOMPARE(text(out.events.anonymousId(1)), QStringLiteral("anon-7"));
    message = canonical(out.events, 1);
    QCOMPARE(message.value(QLatin1String("properties")).toObject(),
        object("{'$device_id':'anon-7','$is_server':true,'$geoip_disable':true}"));
    QCOMPARE(message.value(QLatin1String("context")).toObject(), contextWith(object("{'distinct_id':'anon-7'}")));

    // $pageview → page: name = $title, url/path/referrer/title added, the PostHog names kept.
    QCOMPARE(out.events.type(2), EventType::Page);
    QCOMPARE(text(out.events.name(2)), QStringLiteral("Pricing"));
    QCOMPARE(text(out.events.userId(2)), QStringLiteral("user-42"));
    message = canonical(out.events, 2);
    QCOMPARE(message.value(QLatin1String("name")).toString(), QStringLiteral("Pricing"));
    QCOMPARE(message.value(QLatin1String("properties")).toObject(),
        object("{'$current_url':'https://example.com/pricing','$pathname':'/pricing','$title':'Pricing',"
               "'$referrer':'https://example.com/','$is_server':true,'$geoip_disable':true,"
               "'url':'https://example.com/pricing','path':'/pricing','referrer':'https://example.com/"
               "','title':'Pricing'}"));
    QCOMPARE(message.value(QLatin1String("context")).toObject(), contextWith(object("{'distinct_id':'user-42'}")));
    QCOMPARE(
        message.value(QLatin1String("messageId")).toString(), QStringLiteral("01a22597-02ae-7451-815d-8c49119e9a91"));

    // $screen → screen: name = $screen_name.
    QCOMPARE(out.events.type(3), EventType::Screen);
    QCOMPARE(text(out.events.name(3)), QStringLiteral("Checkout"));
    QCOMPARE(text(out.events.userId(3)), QStringLiteral("user-42"));
    message = canonical(out.events, 3);
    QCOMPARE(message.value(QLatin1String("properties")).toObject(),
        object("{'$screen_name':'Checkout','step':2,'$is_server':true,'$geoip_disable':true}"));
    QCOMPARE(message.value(QLatin1String("context")).toObject(), contextWith(object("{'distinct_id':'user-42'}")));

    // $identify → identify: traits = $set plus the $set_once keys not in $set.
    QCOMPARE(out.events.type(4), EventType::Identify);
    QCOMPARE(text(out.events.userId(4)), QStringLiteral("user-42"));
    QCOMPARE(text(out.events.anonymousId(4)), QStringLiteral("anon-7"));
    QCOMPARE(text(out.events.messageId(4)), QStringLiteral("01a22597-02ae-7451-815d-8c4bc0cbdbdf"));
    QCOMPARE(out.events.timestamp(4), *Timestamp::parseIso8601("2026-11-29T04:36:23.342Z"));
    message = canonical(out.events, 4);
    QCOMPARE(message.value(QLatin1String("traits")).toObject(),
        object("{'email':'ada@example.com','plan':'pro','first_seen':'2024-01-15'}"));
    QCOMPARE(message.value(QLatin1String("context")).toObject(),
        contextWith(object("{'distinct_id':'user-42','$set_once':{'first_seen':'2024-01-15','plan':'free'},"
                           "'properties':{'$is_server':true,'$geoip_disable':true}}")));
    QVERIFY(!message.contains(QLatin1String("properties")));

    // $create_alias → alias: userId = distinct_id, previousId = properties.alias.
    QCOMPARE(out.events.type(5), EventType::Alias);
    QCOMPARE(text(out.events.userId(5)), QStringLiteral("user-42"));
    QCOMPARE(text(out.events.previousId(5)), QStringLiteral("anon-7"));
    QVERIFY(out.events.anonymousId(5).isEmpty());
    message = canonical(out.events, 5);
    QCOMPARE(message.value(QLatin1String("context")).toObject(),
        contextWith(object("{'distinct_id':'user-42','properties':{'$is_server':true,'$geoip_disable':true}}")));
    QCOMPARE(
        message.value(QLatin1String("messageId")).toString(), QStringLiteral("01a22597-02ae-7451-815d-8c4c2a713486"));

    // $groupidentify → group: groupId = $group_key, traits = $group_set, no person.
    QCOMPARE(out.events.type(6), EventType::Group);
    QCOMPARE(text(out.events.groupId(6)), QStringLiteral("acme"));
    QVERIFY(out.events.userId(6).isEmpty());
    QVERIFY(out.events.anonymousId(6).isEmpty());
    message = canonical(out.events, 6);
    QCOMPARE(message.value(QLatin1String("traits")).toObject(), object("{'name':'Acme','employees':12}"));
    QCOMPARE(message.value(QLatin1String("context")).toObject(),
        contextWith(object("{'distinct_id':'$company_acme','group_type':'company',"
                           "'properties':{'$is_server':true,'$geoip_disable':true}}")));

    // $feature_flag_called → track with the exposure as sent.
    QCOMPARE(out.events.type(7), EventType::Track);
    QCOMPARE(text(out.events.name(7)), QStringLiteral("$feature_flag_called"));
    QCOMPARE(text(out.events.userId(7)), QStringLiteral("user-42"));
    QCOMPARE(text(out.events.messageId(7)), QStringLiteral("01a22597-02b9-773b-8b65-da0ab6a272ad"));
    message = canonical(out.events, 7);
    QCOMPARE(message.value(QLatin1String("properties")).toObject(),
        object("{'$feature_flag':'beta-banner','$feature_flag_response':true,'$feature_flag_id':1,"
               "'$feature_flag_version':1,'$feature_flag_reason':'Matched condition set 1','locally_evaluated':false,"
               "'$feature/beta-banner':true,'$feature_flag_request_id':'0b8f5a0e-1111-4222-8333-944455556666',"
               "'$feature_flag_evaluated_at':1738555506789,'$is_server':true,'$geoip_disable':true}"));
    QCOMPARE(message.value(QLatin1String("context")).toObject(), contextWith(object("{'distinct_id':'user-42'}")));
    // The exposure of a flag that was not configured: no response, flag_missing.
    message = canonical(out.events, 11);
    QCOMPARE(message.value(QLatin1String("properties")).toObject().value(QLatin1String("$feature_flag_error")),
        QJsonValue(QStringLiteral("flag_missing")));
    QVERIFY(!message.value(QLatin1String("properties")).toObject().contains(QLatin1String("$feature_flag_response")));
    const QJsonObject variantExposure = canonical(out.events, 9).value(QLatin1String("properties")).toObject();
    QCOMPARE(variantExposure.value(QLatin1String("$feature_flag_response")), QJsonValue(QStringLiteral("variant-b")));
}

void TestPostHogRequestDecoder::testNodeBatchUncompressed()
{
    // disableCompression: true (or a runtime without CompressionStream) sends the same JSON uncompressed.
    PostHogRequestDecoder decoder { CollectorConfig() };
    DecodedRequest gzipped;
    decoder.decode(post(QStringLiteral("/batch/"), readData("node-5.70-batch.json.gz"), nodeGzip), gzipped);
    DecodedRequest plain;
    decoder.decode(post(QStringLiteral("/batch"), readData("node-5.70-batch.json"), json), plain);
    QVERIFY2(plain.status == 200, qPrintable(plain.message));
    QCOMPARE(plain.events.size(), gzipped.events.size());
    for (int i = 0; i < plain.events.size(); ++i)
        QCOMPARE(canonical(plain.events, i), canonical(gzipped.events, i));
}

void TestPostHogRequestDecoder::testBrowserGzipJs()
{
    // posthog-js: a JSON array of events, gzip (fflate, mtime 0) in a text/plain body, ?compression=gzip-js.
    PostHogRequestDecoder decoder { CollectorConfig() };
    DecodedRequest out;
    const QString query = QStringLiteral("ip=0&_=1738555506789&ver=1.200.0&compression=gzip-js");
    decoder.decode(
        post(QStringLiteral("/e/"), GzipCodec::compress(readData("js-1.x-batch.json")), textPlain, query), out);
    QVERIFY2(out.status == 200, qPrintable(out.message));
    QCOMPARE(out.reply->body, QByteArray("{\"status\":1}"));
    QCOMPARE(out.body, readData("js-1.x-batch.json"));
    QCOMPARE(out.secrets, QByteArrayList { browserKey });
    QCOMPARE(out.events.size(), 3);
    for (int i = 0; i < out.events.size(); ++i)
        QVERIFY2(!out.events.payload(i).contains(browserKey), out.events.payload(i).data());
    const QJsonObject library = object("{'name':'web','version':'1.200.0'}");
    const QString device = QStringLiteral("01950a3c-5b10-7c3e-9f21-0a1b2c3d4e5f");

    // $pageview of an anonymous visitor: posthog-js names the page `title`.
    QCOMPARE(out.events.type(0), EventType::Page);
    QCOMPARE(text(out.events.name(0)), QStringLiteral("Pricing - Example Shop"));
    QCOMPARE(text(out.events.anonymousId(0)), device);
    QVERIFY(out.events.userId(0).isEmpty());
    QCOMPARE(text(out.events.messageId(0)), QStringLiteral("01950a3c-6e2a-7b7e-a0a6-1f3b5c7d9e01"));
    QCOMPARE(out.events.timestamp(0), *Timestamp::parseIso8601("2025-02-03T04:05:06.789Z"));
    QJsonObject message = canonical(out.events, 0);
    QJsonObject properties = message.value(QLatin1String("properties")).toObject();
    QCOMPARE(
        properties.value(QLatin1String("url")).toString(), QStringLiteral("https://shop.example.com/pricing?plan=pro"));
    QCOMPARE(properties.value(QLatin1String("path")).toString(), QStringLiteral("/pricing"));
    QCOMPARE(properties.value(QLatin1String("referrer")).toString(), QStringLiteral("$direct"));
    QCOMPARE(properties.value(QLatin1String("title")).toString(), QStringLiteral("Pricing - Example Shop"));
    QCOMPARE(properties.value(QLatin1String("$session_id")).toString(),
        QStringLiteral("01950a3c-5b11-7000-8000-aaaaaaaaaaaa"));
    QCOMPARE(properties.value(QLatin1String("$browser_version")), QJsonValue(128));
    for (const char* removed : { "token", "distinct_id", "$lib", "$lib_version" })
        QVERIFY2(!properties.contains(QLatin1String(removed)), removed);
    // 24 sent; token, distinct_id, $lib and $lib_version taken out; url, path and referrer added (title was there).
    QCOMPARE(properties.size(), 24 - 4 + 3);
    QCOMPARE(message.value(QLatin1String("context")).toObject(),
        (QJsonObject { { QStringLiteral("library"), library },
            { QStringLiteral("posthog"),
                QJsonObject { { QStringLiteral("distinct_id"), device },
                    { QStringLiteral("$set_once"),
                        object("{'$initial_current_url':'https://shop.example.com/pricing?plan=pro',"
                               "'$initial_pathname':'/pricing'}") } } } }));

    // A custom event of the same visitor.
    QCOMPARE(out.events.type(1), EventType::Track);
    QCOMPARE(text(out.events.name(1)), QStringLiteral("Plan Selected"));
    QCOMPARE(text(out.events.anonymousId(1)), device);
    message = canonical(out.events, 1);
    QCOMPARE(message.value(QLatin1String("properties")).toObject(),
        (QJsonObject { { QStringLiteral("plan"), QStringLiteral("pro") }, { QStringLiteral("seats"), 5 },
            { QStringLiteral("$current_url"), QStringLiteral("https://shop.example.com/pricing?plan=pro") },
            { QStringLiteral("$pathname"), QStringLiteral("/pricing") }, { QStringLiteral("$device_id"), device },
            { QStringLiteral("$session_id"), QStringLiteral("01950a3c-5b11-7000-8000-aaaaaaaaaaaa") },
            { QStringLiteral("$is_identified"), false } }));

    // $identify from the browser: $set / $set_once at the top level, the anonymous id in $anon_distinct_id.
    QCOMPARE(out.events.type(2), EventType::Identify);
    QCOMPARE(text(out.events.userId(2)), QStringLiteral("user-1001"));
    QCOMPARE(text(out.events.anonymousId(2)), device);
    message = canonical(out.events, 2);
    QCOMPARE(message.value(QLatin1String("traits")).toObject(),
        object("{'email':'grace@example.com','plan':'pro','signup_source':'pricing'}"));
    QCOMPARE(message.value(QLatin1String("context")).toObject(),
        (QJsonObject { { QStringLiteral("library"), library },
            { QStringLiteral("posthog"),
                QJsonObject { { QStringLiteral("distinct_id"), QStringLiteral("user-1001") },
                    { QStringLiteral("$set_once"), object("{'signup_source':'pricing','plan':'trial'}") },
                    { QStringLiteral("properties"),
                        QJsonObject { { QStringLiteral("$device_id"), device },
                            { QStringLiteral("$session_id"), QStringLiteral("01950a3c-5b11-7000-8000-aaaaaaaaaaaa") },
                            { QStringLiteral("$is_identified"), false } } } } } }));
}

void TestPostHogRequestDecoder::testBrowserBase64()
{
    // posthog-js without gzip support: form `data=<base64>` (encodeURIComponent), ?compression=base64.
    PostHogRequestDecoder decoder { CollectorConfig() };
    const QByteArray payload = readData("js-1.x-batch.json");
    const QByteArray body = "data=" + payload.toBase64().toPercentEncoding();
    DecodedRequest out;
    decoder.decode(post(QStringLiteral("/i/v0/e/"), body, form, QStringLiteral("ver=1.200.0&compression=base64")), out);
    QVERIFY2(out.status == 200, qPrintable(out.message));
    QCOMPARE(out.body, payload);
    DecodedRequest gzipped;
    decoder.decode(
        post(QStringLiteral("/e/"), GzipCodec::compress(payload), textPlain, QStringLiteral("compression=gzip-js")),
        gzipped);
    QCOMPARE(out.events.size(), 3);
    for (int i = 0; i < out.events.size(); ++i)
        QCOMPARE(canonical(out.events, i), canonical(gzipped.events, i));

    // A form whose data is JSON, not base64 (older SDKs), and a sendBeacon blob without the query.
    DecodedRequest formJson;
    decoder.decode(post(QStringLiteral("/e/"), "data=" + payload.toPercentEncoding(), form), formJson);
    QVERIFY2(formJson.status == 200, qPrintable(formJson.message));
    QCOMPARE(formJson.events.size(), 3);
    DecodedRequest beacon;
    decoder.decode(post(QStringLiteral("/e/"), payload, textPlain, QStringLiteral("beacon=1")), beacon);
    QVERIFY2(beacon.status == 200, qPrintable(beacon.message));
    QCOMPARE(canonical(beacon.events, 2), canonical(gzipped.events, 2));
}

void TestPostHogRequestDecoder::testSingleEvent()
{
    // The capture API called by hand (or by an older SDK): one event with its own api_key; top-level $set on a
    // plain event, the legacy library / type members, $ip.
    PostHogRequestDecoder decoder { CollectorConfig() };
    DecodedRequest out;
    const QByteArray body = q("{'api_key':'phc_single_key_123','event':'Report Exported','distinct_id':'user-9',"
                              "'properties':{'format':'csv','$ip':'203.0.113.7','token':'phc_single_key_123'},"
                              "'timestamp':'2025-02-03T05:06:07+02:00','uuid':'0194cc39-1f25-7000-8000-000000000009',"
                              "'$set':{'exports':3},'$set_once':{'first_export':'2025-02-03'},"
                              "'type':'capture','library':'posthog-python','library_version':'3.8.0','offset':150}");
    decoder.decode(post(QStringLiteral("/capture/"), body, json), out);
    QVERIFY2(out.status == 200, qPrintable(out.message));
    QCOMPARE(out.reply->body, QByteArray("{\"status\":1}"));
    QCOMPARE(out.secrets, QByteArrayList { "phc_single_key_123" });
    QCOMPARE(out.events.size(), 1);
    QVERIFY(!out.events.payload(0).contains("phc_single_key_123"));
    QCOMPARE(out.events.type(0), EventType::Track);
    QCOMPARE(text(out.events.name(0)), QStringLiteral("Report Exported"));
    QCOMPARE(text(out.events.userId(0)), QStringLiteral("user-9"));
    QCOMPARE(text(out.events.messageId(0)), QStringLiteral("0194cc39-1f25-7000-8000-000000000009"));
    QCOMPARE(out.events.timestamp(0), *Timestamp::parseIso8601("2025-02-03T03:06:07Z"));
    const QJsonObject message = canonical(out.events, 0);
    QCOMPARE(message.value(QLatin1String("timestamp")).toString(), iso("2025-02-03T03:06:07Z"));
    QCOMPARE(message.value(QLatin1String("properties")).toObject(), object("{'format':'csv'}"));
    QCOMPARE(message.value(QLatin1String("context")).toObject(),
        object("{'library':{'name':'posthog-python','version':'3.8.0'},'ip':'203.0.113.7',"
               "'posthog':{'distinct_id':'user-9','type':'capture','offset':150,'$set':{'exports':3},"
               "'$set_once':{'first_export':'2025-02-03'}}}"));

    // The same through every single-event path, with and without the trailing slash.
    for (const char* path : { "/i/v0/e", "/e/", "/track/", "/engage", "/capture" }) {
        DecodedRequest again;
        decoder.decode(post(QString::fromLatin1(path), body, textPlain), again);
        QVERIFY2(again.status == 200, path);
        QCOMPARE(canonical(again.events, 0), message);
    }
}

void TestPostHogRequestDecoder::testNumericIdsAndMissingTime()
{
    PostHogRequestDecoder decoder { CollectorConfig() };
    DecodedRequest out;
    decoder.decode(
        post(QStringLiteral("/batch/"),
            q("{'api_key':'phc_k','historical_migration':true,'batch':["
              "{'event':'Clicked','distinct_id':42,'properties':{}},"
              "{'event':'$groupidentify','distinct_id':'$org_7','properties':{'$group_type':'org','$group_key':7}},"
              "{'event':'Seen','properties':{'distinct_id':'from-properties'}},"
              "{'event':'$identify','distinct_id':'u-1','properties':{'$set':{'a':1}},'$set':{'a':2,'b':3}}]}"),
            json),
        out);
    QVERIFY2(out.status == 200, qPrintable(out.message));
    QCOMPARE(out.events.size(), 4);
    QCOMPARE(text(out.events.userId(0)), QStringLiteral("42"));
    QCOMPARE(out.events.timestamp(0), receivedAt); // no timestamp: the arrival time
    QVERIFY(!canonical(out.events, 0).value(QLatin1String("timestamp")).toString().isEmpty());
    QVERIFY(!out.events.messageId(0).isEmpty()); // no uuid: a generated id
    QCOMPARE(canonical(out.events, 0).value(QLatin1String("context")).toObject(),
        object("{'posthog':{'distinct_id':42,'historical_migration':true}}"));
    QCOMPARE(text(out.events.groupId(1)), QStringLiteral("7"));
    QCOMPARE(text(out.events.userId(2)), QStringLiteral("from-properties"));
    QVERIFY(
        !canonical(out.events, 2).value(QLatin1String("properties")).toObject().contains(QLatin1String("distinct_id")));
    // The top-level $set wins over the one in properties, as in PostHog's ingestion.
    QCOMPARE(canonical(out.events, 3).value(QLatin1String("traits")).toObject(), object("{'a':2,'b':3}"));
}

void TestPostHogRequestDecoder::testFlagsV2_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("defined");
    QTest::addColumn<QJsonValue>("flag");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QJsonValue>("payload");

    QTest::newRow("true") << QStringLiteral("beta-banner") << true << QJsonValue(true) << true << QJsonValue();
    QTest::newRow("false") << QStringLiteral("legacy-export") << true << QJsonValue(false) << false << QJsonValue();
    QTest::newRow("variant string") << QStringLiteral("button-color") << true << QJsonValue(QStringLiteral("red"))
                                    << true << QJsonValue();
    QTest::newRow("variant with payload")
        << QStringLiteral("new-checkout") << true << QJsonValue(QStringLiteral("variant-b")) << true
        << QJsonValue(object("{'color':'green'}"));
    QTest::newRow("string payload") << QStringLiteral("pricing-copy") << true << QJsonValue(true) << true
                                    << QJsonValue(QStringLiteral("Save 20%"));
    QTest::newRow("array payload") << QStringLiteral("seat-limits") << true << QJsonValue(true) << true
                                   << QJsonValue(QJsonArray { 5, 10 });
    QTest::newRow("object disabled") << QStringLiteral("old-banner") << true << QJsonValue(false) << false
                                     << QJsonValue();
    QTest::newRow("not configured") << QStringLiteral("not-configured") << false << QJsonValue(QJsonValue::Undefined)
                                    << false << QJsonValue(QJsonValue::Undefined);
}

void TestPostHogRequestDecoder::testFlagsV2()
{
    QFETCH(QString, key);
    QFETCH(bool, defined);
    QFETCH(QJsonValue, flag);
    QFETCH(bool, enabled);
    QFETCH(QJsonValue, payload);

    // posthog-node 5.70's request for one flag (recorded), with the flag key asked about.
    QJsonObject request = QJsonDocument::fromJson(readData("node-5.70-flags-request.json")).object();
    request.insert(QStringLiteral("flag_keys_to_evaluate"), QJsonArray { key });
    PostHogRequestDecoder decoder { flagConfig() };
    DecodedRequest out;
    decoder.decode(
        post(QStringLiteral("/flags/"), QJsonDocument(request).toJson(QJsonDocument::Compact),
            { { "Content-Type", "application/json" }, { "User-Agent", "posthog-node/5.70.0" } }, QStringLiteral("v=2")),
        out);
    QVERIFY2(out.status == 200, qPrintable(out.message));
    QVERIFY(!out.record);
    QVERIFY(out.events.isEmpty());
    QCOMPARE(out.secrets, QByteArrayList { nodeKey });
    QCOMPARE(out.reply->status, 200);
    QCOMPARE(out.reply->contentType, QByteArray("application/json"));
    const QJsonObject answer = replyObject(out);
    QCOMPARE(answer.value(QLatin1String("flags")).toObject().size(), defined ? 1 : 0);

    const SdkRead read = sdkRead(answer, key);
    QCOMPARE(read.defined, defined);
    if (!defined)
        return;
    QCOMPARE(read.flag, flag); // getFeatureFlag
    QCOMPARE(read.enabled, enabled); // isFeatureEnabled
    QCOMPARE(read.payload, payload); // getFeatureFlagPayload
}

void TestPostHogRequestDecoder::testFlagsV2ExactAnswer()
{
    PostHogRequestDecoder decoder { flagConfig() };
    DecodedRequest out;
    decoder.decode(post(QStringLiteral("/flags"),
                       q("{'token':'phc_flags_key','distinct_id':'user-42','flag_keys_to_evaluate':"
                         "['beta-banner','legacy-export','new-checkout']}"),
                       json, QStringLiteral("v=2")),
        out);
    QVERIFY2(out.status == 200, qPrintable(out.message));
    QJsonObject answer = replyObject(out);
    const QString requestId = answer.take(QLatin1String("requestId")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                 .match(requestId)
                 .hasMatch(),
        qPrintable(requestId));
    QCOMPARE(answer,
        object("{'flags':{"
               "'beta-banner':{'key':'beta-banner','enabled':true,'variant':null,'reason':{'code':'condition_match',"
               "'condition_index':0,'description':'Matched condition set "
               "1'},'metadata':{'id':1,'version':1,'payload':null}},"
               "'legacy-export':{'key':'legacy-export','enabled':false,'variant':null,'reason':{'code':'no_condition_"
               "match',"
               "'condition_index':0,'description':'No matching condition "
               "set'},'metadata':{'id':3,'version':1,'payload':null}},"
               "'new-checkout':{'key':'new-checkout','enabled':true,'variant':'variant-b','reason':{'code':'condition_"
               "match',"
               "'condition_index':0,'description':'Matched condition set 1'},'metadata':{'id':4,'version':1,"
               "'payload':'{\\'color\\':\\'green\\'}'}}},"
               "'errorsWhileComputingFlags':false,'evaluatedAt':1738555600000}"));
    QCOMPARE(out.secrets, QByteArrayList { "phc_flags_key" });
}

void TestPostHogRequestDecoder::testFlagsLimitedToRequestedKeys()
{
    PostHogRequestDecoder decoder { flagConfig() };
    DecodedRequest all;
    decoder.decode(
        post(QStringLiteral("/flags/"), q("{'token':'phc_k','distinct_id':'u'}"), json, QStringLiteral("v=2")), all);
    QVERIFY2(all.status == 200, qPrintable(all.message));
    QCOMPARE(replyObject(all).value(QLatin1String("flags")).toObject().keys(),
        (QStringList { QStringLiteral("beta-banner"), QStringLiteral("button-color"), QStringLiteral("legacy-export"),
            QStringLiteral("new-checkout"), QStringLiteral("old-banner"), QStringLiteral("pricing-copy"),
            QStringLiteral("seat-limits") }));
    DecodedRequest none;
    decoder.decode(post(QStringLiteral("/flags/"), q("{'token':'phc_k','distinct_id':'u','flag_keys_to_evaluate':[]}"),
                       json, QStringLiteral("v=2")),
        none);
    QCOMPARE(replyObject(none).value(QLatin1String("flags")).toObject(), QJsonObject());
}

void TestPostHogRequestDecoder::testFlagsLegacyShapes()
{
    PostHogRequestDecoder decoder { flagConfig() };
    const QByteArray body = q("{'api_key':'phc_k','distinct_id':'u','flag_keys_to_evaluate':"
                              "['beta-banner','legacy-export','button-color','new-checkout','pricing-copy']}");
    const QJsonObject values
        = object("{'beta-banner':true,'legacy-export':false,'button-color':'red','new-checkout':'variant-b',"
                 "'pricing-copy':true}");
    const QJsonObject payloads = object("{'new-checkout':'{\\'color\\':\\'green\\'}','pricing-copy':'\\'Save 20%\\''}");

    // /flags/ without v=2, and /decide/?v=3: featureFlags and featureFlagPayloads.
    for (const auto& [path, query] : { std::pair { QStringLiteral("/flags/"), QString() },
             std::pair { QStringLiteral("/decide/"), QStringLiteral("v=3") },
             std::pair { QStringLiteral("/decide"), QString() } }) {
        DecodedRequest out;
        decoder.decode(post(path, body, json, query), out);
        QVERIFY2(out.status == 200, qPrintable(out.message));
        QVERIFY(!out.record);
        QVERIFY(out.events.isEmpty());
        QJsonObject answer = replyObject(out);
        QVERIFY(!answer.take(QLatin1String("requestId")).toString().isEmpty());
        QCOMPARE(answer,
            (QJsonObject { { QStringLiteral("featureFlags"), values },
                { QStringLiteral("featureFlagPayloads"), payloads },
                { QStringLiteral("errorsWhileComputingFlags"), false } }));
    }
    // /decide/?v=4: both.
    DecodedRequest out;
    decoder.decode(post(QStringLiteral("/decide/"), body, json, QStringLiteral("v=4")), out);
    const QJsonObject answer = replyObject(out);
    QCOMPARE(answer.value(QLatin1String("featureFlags")).toObject(), values);
    QCOMPARE(answer.value(QLatin1String("featureFlagPayloads")).toObject(), payloads);
    QCOMPARE(answer.value(QLatin1String("flags")).toObject().size(), 5);
    QCOMPARE(sdkRead(answer, QStringLiteral("new-checkout")).payload, QJsonValue(object("{'color':'green'}")));
    QCOMPARE(answer.value(QLatin1String("evaluatedAt")).toInteger(), receivedAt);
}

void TestPostHogRequestDecoder::testFlagsFromBrowserBase64()
{
    // posthog-js asks /flags/?v=2&config=true with a base64 form body carrying the token.
    PostHogRequestDecoder decoder { flagConfig() };
    const QByteArray request
        = q("{'token':'phc_browser0123456789abcdef','distinct_id':'01950a3c-5b10-7c3e-9f21-0a1b2c3d4e5f',"
            "'groups':{},'$anon_distinct_id':null,'person_properties':{'$initial_pathname':'/pricing'}}");
    DecodedRequest out;
    decoder.decode(post(QStringLiteral("/flags/"), "data=" + request.toBase64().toPercentEncoding(), form,
                       QStringLiteral("v=2&config=true&ip=0&_=1738555506789&ver=1.200.0&compression=base64")),
        out);
    QVERIFY2(out.status == 200, qPrintable(out.message));
    QCOMPARE(out.body, request);
    QCOMPARE(out.secrets, QByteArrayList { browserKey });
    const QJsonObject answer = replyObject(out);
    QCOMPARE(answer.value(QLatin1String("flags")).toObject().size(), 7);
    QCOMPARE(sdkRead(answer, QStringLiteral("button-color")).flag, QJsonValue(QStringLiteral("red")));
}

void TestPostHogRequestDecoder::testFlagsWithoutConfiguration()
{
    PostHogRequestDecoder decoder { CollectorConfig() };
    DecodedRequest out;
    decoder.decode(
        post(QStringLiteral("/flags/"), readData("node-5.70-flags-request.json"), json, QStringLiteral("v=2")), out);
    QVERIFY2(out.status == 200, qPrintable(out.message));
    QCOMPARE(replyObject(out).value(QLatin1String("flags")).toObject(), QJsonObject());
    QCOMPARE(replyObject(out).value(QLatin1String("errorsWhileComputingFlags")), QJsonValue(false));

    // The responder's payload text is the JSON text of any value.
    QCOMPARE(PostHogFlagResponder::payloadText(QJsonValue(QStringLiteral("a\"b"))), QStringLiteral("\"a\\\"b\""));
    QCOMPARE(PostHogFlagResponder::payloadText(QJsonValue(12.5)), QStringLiteral("12.5"));
    QCOMPARE(PostHogFlagResponder::payloadText(QJsonValue(false)), QStringLiteral("false"));
}

void TestPostHogRequestDecoder::testRejections_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reply");

    const auto row = [](const char* name, const char* path, const char* query, const QByteArray& body, int status,
                         const char* reply, const QByteArray& contentType = "application/json",
                         const QByteArray& method = "POST") {
        QTest::newRow(name) << QString::fromLatin1(path) << QString::fromLatin1(query) << method << contentType << body
                            << status << q(reply);
    };
    const QByteArray event = q("{'event':'e','distinct_id':'d','properties':{}}");
    row("bad gzip-js", "/e/", "compression=gzip-js", "{\"not\":\"gzip\"}", 400,
        "{'type':'validation_error','code':'invalid_encoding','detail':'the body is marked compression=gzip-js but "
        "does "
        "not decompress: incorrect header check','attr':'compression'}",
        "text/plain");
    row("bad base64", "/e/", "compression=base64", "data=%%%%", 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'the form body: the form field \\'data\\' has a "
        "malformed %-escape at byte 5','attr':null}",
        "application/x-www-form-urlencoded");
    row("data not base64", "/e/", "compression=base64", "data=not*base64!", 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'data: not valid base64','attr':'data'}",
        "application/x-www-form-urlencoded");
    row("form without data", "/e/", "compression=base64", "payload=abc", 400,
        "{'type':'validation_error','code':'required','detail':'data: required (the form body has no data field)',"
        "'attr':'data'}",
        "application/x-www-form-urlencoded");
    row("bad JSON", "/batch/", "", "{\"api_key\":\"phc_k\",\"batch\":[", 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'the body is not valid JSON: unterminated "
        "array at byte 28','attr':null}");
    row("bad JSON in base64", "/e/", "compression=base64", "data=" + QByteArray("{\"event\":").toBase64(), 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'the body is not valid JSON: unterminated "
        "object at byte 9','attr':null}",
        "application/x-www-form-urlencoded");
    row("no api_key", "/batch/", "", q("{'batch':[{'event':'e','distinct_id':'d','properties':{'token':''}}]}"), 401,
        "{'type':'authentication_error','code':'invalid_api_key','detail':'API key not found: send the project API key "
        "as \\'api_key\\' in the body (or as properties.token in each event)','attr':null}");
    row("missing distinct_id", "/batch/", "",
        q("{'api_key':'phc_k','batch':[{'event':'ok','distinct_id':'d'},{'event':'e','properties':{'a':1}}]}"), 400,
        "{'type':'validation_error','code':'required','detail':'batch[1].distinct_id: required',"
        "'attr':'batch[1].distinct_id'}");
    row("empty distinct_id", "/e/", "", q("[{'event':'e','distinct_id':'','properties':{'token':'phc_k'}}]"), 400,
        "{'type':'validation_error','code':'required','detail':'[0].distinct_id: required, got an empty string',"
        "'attr':'[0].distinct_id'}");
    row("distinct_id an object", "/capture/", "", q("{'api_key':'phc_k','event':'e','distinct_id':{'id':1}}"), 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'distinct_id: expected a string or a number, got "
        "an object','attr':'distinct_id'}");
    row("missing event", "/batch/", "", q("{'api_key':'phc_k','batch':[{'distinct_id':'d'}]}"), 400,
        "{'type':'validation_error','code':'required','detail':'batch[0].event: required','attr':'batch[0].event'}");
    row("event a number", "/batch/", "", q("{'api_key':'phc_k','batch':[{'event':5,'distinct_id':'d'}]}"), 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'batch[0].event: expected a string, got a "
        "number',"
        "'attr':'batch[0].event'}");
    row("properties an array", "/batch/", "",
        q("{'api_key':'phc_k','batch':[{'event':'e','distinct_id':'d','properties':[]}]}"), 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'batch[0].properties: expected an object, got an "
        "array','attr':'batch[0].properties'}");
    row("bad timestamp", "/batch/", "",
        q("{'api_key':'phc_k','batch':[{'event':'e','distinct_id':'d','timestamp':'yesterday'}]}"), 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'batch[0].timestamp: expected an ISO 8601 "
        "date-time, got \\'yesterday\\'','attr':'batch[0].timestamp'}");
    row("timestamp a number", "/batch/", "",
        q("{'api_key':'phc_k','batch':[{'event':'e','distinct_id':'d','timestamp':1738555506789}]}"), 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'batch[0].timestamp: expected an ISO 8601 "
        "date-time, got a number','attr':'batch[0].timestamp'}");
    row("batch not an array", "/batch/", "", q("{'api_key':'phc_k','batch':{}}"), 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'batch: expected an array of events, got an "
        "object','attr':'batch'}");
    row("empty batch", "/batch/", "", q("{'api_key':'phc_k','batch':[]}"), 400,
        "{'type':'validation_error','code':'no_data','detail':'batch: no events','attr':'batch'}");
    row("event not an object", "/batch/", "", q("{'api_key':'phc_k','batch':['e']}"), 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'batch[0]: expected an event object, got a "
        "string','attr':'batch[0]'}");
    row("body a string", "/e/", "", q("'e'"), 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'the body is not valid JSON: illegal value at "
        "byte 1','attr':null}");
    row("alias without alias", "/batch/", "",
        q("{'api_key':'phc_k','batch':[{'event':'$create_alias','distinct_id':'d','properties':{}}]}"), 400,
        "{'type':'validation_error','code':'required','detail':'batch[0].properties.alias: required',"
        "'attr':'batch[0].properties.alias'}");
    row("groupidentify without key", "/batch/", "",
        q("{'api_key':'phc_k','batch':[{'event':'$groupidentify','distinct_id':'d','properties':{'$group_type':'org'}}]"
          "}"),
        400,
        "{'type':'validation_error','code':'required','detail':'batch[0].properties.$group_key: required',"
        "'attr':'batch[0].properties.$group_key'}");
    row("groupidentify set an array", "/batch/", "",
        q("{'api_key':'phc_k','batch':[{'event':'$groupidentify','distinct_id':'d','properties':{'$group_type':'org',"
          "'$group_key':'o','$group_set':[]}}]}"),
        400,
        "{'type':'validation_error','code':'invalid_payload','detail':'batch[0].properties.$group_set: expected an "
        "object, got an array','attr':'batch[0].properties.$group_set'}");
    row("identify $set a string", "/batch/", "",
        q("{'api_key':'phc_k','batch':[{'event':'$identify','distinct_id':'d','properties':{'$set':'x'}}]}"), 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'batch[0].properties.$set: expected an object, "
        "got a string','attr':'batch[0].properties.$set'}");
    row("lz64 query", "/e/", "compression=lz64", "data=N4Ig", 415,
        "{'type':'validation_error','code':'unsupported_compression','detail':'compression: lz64 is not supported; "
        "send "
        "gzip-js, base64 or uncompressed JSON','attr':'compression'}",
        "application/x-www-form-urlencoded");
    row("lz64 form field", "/e/", "", "data=N4Ig&compression=lz64", 415,
        "{'type':'validation_error','code':'unsupported_compression','detail':'compression: lz64 is not supported; "
        "send "
        "gzip-js, base64 or uncompressed JSON','attr':'compression'}",
        "application/x-www-form-urlencoded");
    row("unknown compression", "/batch/", "compression=brotli", event, 415,
        "{'type':'validation_error','code':'unsupported_compression','detail':'compression: brotli is not supported; "
        "send gzip-js, base64 or uncompressed JSON','attr':'compression'}");
    row("GET", "/e/", "", QByteArray(), 405,
        "{'type':'validation_error','code':'method_not_allowed','detail':'/e/ takes POST, not GET','attr':null}",
        "application/json", "GET");
    row("not a path", "/e/x", "", event, 404,
        "{'type':'validation_error','code':'not_found','detail':'/e/x is not a PostHog endpoint','attr':null}");
    row("flags without token", "/flags/", "v=2", q("{'distinct_id':'d'}"), 401,
        "{'type':'authentication_error','code':'invalid_api_key','detail':'API key not found: send the project API key "
        "as \\'token\\' in the body','attr':null}");
    row("flags without distinct_id", "/flags/", "v=2", q("{'token':'phc_k'}"), 400,
        "{'type':'validation_error','code':'required','detail':'distinct_id: required','attr':'distinct_id'}");
    row("flags with keys not an array", "/flags/", "v=2",
        q("{'token':'phc_k','distinct_id':'d','flag_keys_to_evaluate':'a'}"), 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'flag_keys_to_evaluate: expected an array of "
        "flag "
        "keys','attr':'flag_keys_to_evaluate'}");
    row("flags body an array", "/decide/", "v=3", q("[]"), 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'the body: expected a JSON object','attr':null}");
    row("flags bad JSON", "/flags/", "v=2", "{", 400,
        "{'type':'validation_error','code':'invalid_payload','detail':'the body is not valid JSON: unterminated object "
        "at byte 1','attr':null}");
}

void TestPostHogRequestDecoder::testRejections()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, reply);

    PostHogRequestDecoder decoder { flagConfig() };
    CollectorRequest request = post(path, body, { { "Content-Type", contentType } }, query);
    request.method = method;
    DecodedRequest out;
    decoder.decode(request, out);
    QCOMPARE(out.status, status);
    QVERIFY(out.events.isEmpty());
    QVERIFY(!out.message.isEmpty());
    QVERIFY(out.reply);
    QCOMPARE(out.reply->status, status);
    QCOMPARE(out.reply->contentType, QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(out.reply->body).object(), QJsonDocument::fromJson(reply).object());
    QCOMPARE(QString::fromUtf8(out.errorCode),
        QJsonDocument::fromJson(reply).object().value(QLatin1String("code")).toString());
    QCOMPARE(out.message, QJsonDocument::fromJson(reply).object().value(QLatin1String("detail")).toString());
}

void TestPostHogRequestDecoder::testOversized()
{
    PostHogRequestDecoder decoder { CollectorConfig() };
    const auto padded = [](qsizetype bytes) {
        QByteArray body = q("{'api_key':'phc_k','event':'e','distinct_id':'d','properties':{'pad':'");
        body.append(bytes - body.size() - 3, 'x');
        body.append("\"}}");
        return body;
    };

    // A single-event endpoint takes 2 MB, /batch/ 20 MB (decompressed); the 2 MB body is fine.
    DecodedRequest fits;
    decoder.decode(post(QStringLiteral("/e/"), padded(2 * 1024 * 1024), json), fits);
    QVERIFY2(fits.status == 200, qPrintable(fits.message));
    QCOMPARE(fits.events.size(), 1);

    DecodedRequest tooLarge;
    decoder.decode(post(QStringLiteral("/e/"), padded(2 * 1024 * 1024 + 1), json), tooLarge);
    QCOMPARE(tooLarge.status, 413);
    QVERIFY(tooLarge.events.isEmpty());
    QCOMPARE(tooLarge.reply->status, 413);
    QCOMPARE(replyObject(tooLarge),
        object("{'type':'validation_error','code':'payload_too_large','detail':'the body is 2048.0 KB; PostHog accepts "
               "at most 2048.0 KB per request to /e/','attr':null}"));

    // A gzip bomb: small on the wire, over 20 MB once decompressed.
    const QByteArray bomb = GzipCodec::compress(padded(20 * 1024 * 1024 + 10));
    QVERIFY(bomb.size() < 1024 * 1024);
    for (const auto& [headers, query] :
        { std::pair { nodeGzip, QString() }, std::pair { textPlain, QStringLiteral("compression=gzip-js") } }) {
        DecodedRequest out;
        decoder.decode(post(QStringLiteral("/batch/"), bomb, headers, query), out);
        QCOMPARE(out.status, 413);
        QVERIFY(out.events.isEmpty());
        QCOMPARE(replyObject(out).value(QLatin1String("detail")).toString(),
            QStringLiteral(
                "the body is larger than 20480.0 KB once decompressed; PostHog accepts at most 20480.0 KB per "
                "request to /batch/"));
        QCOMPARE(replyObject(out).value(QLatin1String("code")).toString(), QStringLiteral("payload_too_large"));
    }
}

QTEST_GUILESS_MAIN(TestPostHogRequestDecoder)
#include "tst_posthogrequestdecoder.moc"

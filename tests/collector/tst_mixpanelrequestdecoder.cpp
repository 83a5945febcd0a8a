// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The Mixpanel decoder, called directly. Recorded payloads (tests/data/collector/mixpanel/):
//   node-0.24.0-*   what mixpanel-node 0.24.0 sent to a recording server (GET query strings, the batch's form body);
//   python-4.9.0-*  mixpanel-python 4.9.0's Consumer body (its params dict urlencoded as requests does);
//   js-2.55.0-*     a mixpanel-js batch to *.mixpanel.com (form data=<urlencoded JSON>), built from its source;
//   import-*.ndjson /import NDJSON as documented.

#include "collector/mixpanelrequestdecoder.h"
#include "core/gzipcodec.h"
#include "core/timestamp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

Q_DECLARE_METATYPE(Journey::CollectorRequest)

using namespace Journey;

namespace {

const QByteArray token = "mp_token_0123456789abcdef";
// 2024-06-10T07:13:20.000Z
constexpr qint64 receivedAt = 1718003600000;

/// JSON written with single quotes (moc-friendly) → real JSON.
QByteArray q(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QJsonObject object(const char* text)
{
    return QJsonDocument::fromJson(q(text)).object();
}

QByteArray dataFile(const char* name)
{
    QFile file(QStringLiteral(JOURNEY_TEST_DATA "/collector/mixpanel/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

CollectorRequest get(const QString& path, const QByteArray& query)
{
    CollectorRequest request;
    request.method = "GET";
    request.path = request.fullPath = path;
    request.query = QUrlQuery(QString::fromUtf8(query));
    request.receivedAt = receivedAt;
    return request;
}

CollectorRequest post(
    const QString& path, const QByteArray& body, const QByteArray& contentType, const QByteArray& query = {})
{
    CollectorRequest request;
    request.method = "POST";
    request.path = request.fullPath = path;
    request.query = QUrlQuery(QString::fromUtf8(query));
    request.body = body;
    if (!contentType.isEmpty())
        request.headers.append({ "Content-Type", contentType });
    request.receivedAt = receivedAt;
    return request;
}

CollectorRequest form(const QString& path, const QByteArray& body, const QByteArray& query = {})
{
    return post(path, body, "application/x-www-form-urlencoded", query);
}

void basicAuth(CollectorRequest& request, const QByteArray& credentials)
{
    request.headers.append({ "Authorization", "Basic " + credentials.toBase64() });
}

/// `data=<base64 of json>`, escaped as a form field.
QByteArray base64Form(const QByteArray& json)
{
    return "data=" + json.toBase64().toPercentEncoding();
}

DecodedRequest decode(const CollectorRequest& request)
{
    MixpanelRequestDecoder decoder { CollectorConfig() };
    DecodedRequest out;
    decoder.decode(request, out);
    return out;
}

QJsonObject payload(const DecodedRequest& out, int i)
{
    return QJsonDocument::fromJson(out.events.payload(i).toByteArray()).object();
}

/// Compares event \a i's canonical payload with \a expected, member by member, and its indexed fields.
/// receivedAt must be the request's; a messageId the sender did not give must be a generated one.
bool checkEvent(const DecodedRequest& out, int i, const QJsonObject& expected)
{
    QJsonObject actual = payload(out, i);
    if (actual.take(QLatin1String("receivedAt")).toString() != QLatin1String("2024-06-10T07:13:20.000Z")) {
        qWarning() << "receivedAt is not the request's";
        return false;
    }
    if (!expected.contains(QLatin1String("messageId"))) {
        const QString generated = actual.take(QLatin1String("messageId")).toString();
        if (!generated.startsWith(QLatin1String("journey-"))) {
            qWarning() << "messageId" << generated << "is neither sent nor generated";
            return false;
        }
    }
    if (actual != expected) {
        qWarning().noquote() << "event" << i << "\n  actual:  " << QJsonDocument(actual).toJson(QJsonDocument::Compact)
                             << "\n  expected:" << QJsonDocument(expected).toJson(QJsonDocument::Compact);
        return false;
    }
    const auto text = [](QByteArrayView view) { return QString::fromUtf8(view); };
    return text(out.events.userId(i)) == expected.value(QLatin1String("userId")).toString()
        && text(out.events.anonymousId(i)) == expected.value(QLatin1String("anonymousId")).toString()
        && text(out.events.previousId(i)) == expected.value(QLatin1String("previousId")).toString()
        && text(out.events.groupId(i)) == expected.value(QLatin1String("groupId")).toString()
        && out.events.source(i) == EventSource::Mixpanel
        && QString::fromLatin1(eventTypeName(out.events.type(i))) == expected.value(QLatin1String("type")).toString();
}

bool noSecretInPayloads(const DecodedRequest& out)
{
    for (int i = 0; i < out.events.size(); ++i) {
        for (const QByteArray& secret : out.secrets) {
            if (out.events.payload(i).contains(secret))
                return false;
        }
    }
    return true;
}

/// A /track-style error answer: `{"status":0,"error":"<message>"}`.
QByteArray trackError(const QString& message)
{
    return "{\"status\":0,\"error\":"
        + QJsonDocument(QJsonArray { message }).toJson(QJsonDocument::Compact).mid(1).chopped(1) + '}';
}

} // namespace

class TestMixpanelRequestDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paths();
    void claims_data();
    void claims();

    void nodeTrack();
    void nodeTrackAnonymousDevice();
    void nodeTrackVerboseSimplifiedIdMerge();
    void nodeIdentify();
    void nodeAlias();
    void nodeTrackBatchForm();
    void nodeBatchBase64WithUnescapedPlus();
    void nodeProfileUpdates_data();
    void nodeProfileUpdates();
    void nodeGroupSet();
    void pythonTrackForm();
    void pythonEngageBatch();
    void browserBatchUrlencodedJson();
    void jsonArrayAndGzip();
    void mergeAndTimeUnits();

    void replies_data();
    void replies();

    void importJsonAndNdjson();
    void importLegacyEncodings();
    void importPartialFailure();
    void importEveryRecordInvalid();
    void importValidation_data();
    void importValidation();
    void importRejections_data();
    void importRejections();

    void rejections_data();
    void rejections();
    void tooLarge();
};

void TestMixpanelRequestDecoder::paths()
{
    MixpanelRequestDecoder decoder { CollectorConfig() };
    QCOMPARE(decoder.source(), EventSource::Mixpanel);
    QCOMPARE(decoder.prefixes(), QStringList { QStringLiteral("mixpanel") });
    QCOMPARE(decoder.paths(),
        (QStringList { QStringLiteral("/track"), QStringLiteral("/engage"), QStringLiteral("/groups"),
            QStringLiteral("/import") }));
    QCOMPARE(MixpanelRequestDecoder::endpointFor(u"/track/"), MixpanelRequestDecoder::Endpoint::Track);
    QCOMPARE(MixpanelRequestDecoder::endpointFor(u"/engage"), MixpanelRequestDecoder::Endpoint::Engage);
    QCOMPARE(MixpanelRequestDecoder::endpointFor(u"/groups/"), MixpanelRequestDecoder::Endpoint::Groups);
    QCOMPARE(MixpanelRequestDecoder::endpointFor(u"/import"), MixpanelRequestDecoder::Endpoint::Import);
    QVERIFY(!MixpanelRequestDecoder::endpointFor(u"/trackx"));
    QVERIFY(!MixpanelRequestDecoder::endpointFor(u"/v1/track"));
}

void TestMixpanelRequestDecoder::claims_data()
{
    QTest::addColumn<CollectorRequest>("request");
    QTest::addColumn<int>("claim");
    const int no = int(RequestDecoder::Claim::No);
    const int path = int(RequestDecoder::Claim::Path);
    const int certain = int(RequestDecoder::Claim::Certain);
    const QByteArray json = "application/json";

    QTest::newRow("not a Mixpanel path") << post(QStringLiteral("/v1/track"), q("[{'event':'A'}]"), json) << no;
    QTest::newRow("GET ?data= (mixpanel-node)")
        << get(QStringLiteral("/track"), dataFile("node-0.24.0-track-get.txt")) << certain;
    QTest::newRow("form data= (mixpanel-node batch)")
        << form(QStringLiteral("/track"), dataFile("node-0.24.0-track-batch-form.txt"), "ip=0&verbose=0") << certain;
    QTest::newRow("form data= without its content type")
        << post(QStringLiteral("/track/"), "data=W10%3D", {}) << certain;
    QTest::newRow("JSON array") << post(QStringLiteral("/track/"), q("[{'event':'A','properties':{}}]"), json)
                                << certain;
    QTest::newRow("NDJSON") << post(QStringLiteral("/track"), q("{'event':'A'}\n"), "application/x-ndjson") << certain;
    QTest::newRow("event object with token")
        << post(QStringLiteral("/track"), q("{'event':'A','properties':{'token':'t','distinct_id':'u'}}"), json)
        << certain;
    QTest::newRow("engage object") << post(QStringLiteral("/engage/"), q("{'$token':'t','$distinct_id':'u','$set':{}}"),
        json) << certain;
    QTest::newRow("PostHog api_key at the top")
        << post(QStringLiteral("/track/"), q("{'api_key':'phc_x','event':'A','properties':{'distinct_id':'u'}}"), json)
        << path;
    QTest::newRow("PostHog batch") << post(
        QStringLiteral("/track/"), q("{'batch':[{'event':'A','properties':{'token':'t'}}]}"), json)
                                   << path;
    QTest::newRow("PostHog single event with a top-level distinct_id") << post(
        QStringLiteral("/engage/"), q("{'event':'$identify','distinct_id':'u','properties':{'token':'t'}}"), json)
                                                                       << path;
    QTest::newRow("PostHog compression=base64 form")
        << form(QStringLiteral("/track/"), "data=W10%3D", "compression=base64") << path;
    QTest::newRow("gzip body: cannot tell") << post(QStringLiteral("/track/"), GzipCodec::compress("[]"), json) << path;
    QTest::newRow("empty body") << post(QStringLiteral("/track"), {}, {}) << path;
    QTest::newRow("/import is Mixpanel's alone")
        << post(QStringLiteral("/import"), q("{'api_key':'x'}"), json) << certain;
    QTest::newRow("/groups is Mixpanel's alone") << post(QStringLiteral("/groups"), {}, {}) << certain;
    CollectorRequest prefixed = post(QStringLiteral("/track"), q("{'api_key':'x'}"), json);
    prefixed.explicitProvider = true;
    QTest::newRow("/mixpanel/ prefix") << prefixed << certain;
}

void TestMixpanelRequestDecoder::claims()
{
    QFETCH(CollectorRequest, request);
    QFETCH(int, claim);
    MixpanelRequestDecoder decoder { CollectorConfig() };
    QCOMPARE(int(decoder.claim(request)), claim);
}

void TestMixpanelRequestDecoder::nodeTrack()
{
    const DecodedRequest out = decode(get(QStringLiteral("/track"), dataFile("node-0.24.0-track-get.txt")));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QVERIFY(checkEvent(out, 0,
        object(
            "{'type':'track','event':'Order Completed','messageId':'order-42','timestamp':'2024-01-15T10:30:00.123Z',"
            "'userId':'user-42','properties':{'revenue':25.99,'currency':'EUR','products':[{'product_id':'p-1','price':"
            "19.99,"
            "'quantity':1}]},'context':{'ip':'203.0.113.7','library':{'name':'node','version':'0.24.0'},"
            "'mixpanel':{'distinct_id':'user-42'}}}")));
    QCOMPARE(out.events.timestamp(0), Timestamp::parseIso8601("2024-01-15T10:30:00.123Z").value());
    QCOMPARE(QString::fromUtf8(out.events.name(0)), QStringLiteral("Order Completed"));
    QCOMPARE(out.secrets, QByteArrayList { token });
    QVERIFY(noSecretInPayloads(out));
    // The stored body is the decoded data, with the token still there for the collector to mask.
    QVERIFY(out.body.startsWith("{\"event\":\"Order Completed\""));
    QVERIFY(out.body.contains(token));
    // mixpanel-node (verbose=0) reads exactly "1".
    QVERIFY(out.reply);
    QCOMPARE(out.reply->status, 200);
    QCOMPARE(out.reply->body, QByteArray("1"));
    QCOMPARE(out.reply->contentType, QByteArray("text/plain"));
}

void TestMixpanelRequestDecoder::nodeTrackAnonymousDevice()
{
    // mixpanel-node with test: true adds test=1; "$device:" distinct_id → anonymousId; no time → receivedAt.
    const DecodedRequest out = decode(get(QStringLiteral("/track"), dataFile("node-0.24.0-track-test-get.txt")));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'track','event':'App Opened','messageId':'opened-42','timestamp':'2024-06-10T07:13:20.000Z',"
               "'anonymousId':'anon-42','properties':{'campaign':'spring'},'context':{'library':{'name':'node','"
               "version':'0.24.0'},"
               "'mixpanel':{'distinct_id':'$device:anon-42'}}}")));
    QCOMPARE(out.events.timestamp(0), receivedAt);
    QCOMPARE(out.reply->body, QByteArray("1"));
}

void TestMixpanelRequestDecoder::nodeTrackVerboseSimplifiedIdMerge()
{
    const DecodedRequest out = decode(get(QStringLiteral("/track"), dataFile("node-0.24.0-track-verbose-get.txt")));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'track','event':'Checkout "
               "Started','messageId':'checkout-42','timestamp':'2024-06-10T07:13:20.000Z',"
               "'userId':'user-42','anonymousId':'anon-42','properties':{'step':1},"
               "'context':{'library':{'name':'node','version':'0.24.0'},'mixpanel':{'distinct_id':'user-42'}}}")));
    // mixpanel-node with verbose: true parses the JSON and checks status == 1.
    QCOMPARE(out.reply->body, QByteArray("{\"status\":1,\"error\":null}"));
    QCOMPARE(out.reply->contentType, QByteArray("application/json"));
}

void TestMixpanelRequestDecoder::nodeIdentify()
{
    const DecodedRequest out = decode(get(QStringLiteral("/track"), dataFile("node-0.24.0-identify-get.txt")));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'identify','messageId':'identify-42','timestamp':'2024-06-10T07:13:20.000Z','userId':'user-42',"
               "'anonymousId':'anon-42','context':{'library':{'name':'node','version':'0.24.0'},"
               "'mixpanel':{'distinct_id':'user-42','event':'$identify'}}}")));

    // The web SDK's form: $anon_distinct_id, and other properties kept under context.mixpanel.properties.
    const DecodedRequest web = decode(post(QStringLiteral("/track"),
        q("[{'event':'$identify','properties':{'token':'t1','distinct_id':'user-9','$anon_distinct_id':'dev-9','$os':'"
          "Mac OS X',"
          "'$user_id':'user-9','$device_id':'dev-9'}}]"),
        "application/json"));
    QCOMPARE(web.status, 200);
    QVERIFY(checkEvent(web, 0,
        object("{'type':'identify','userId':'user-9','anonymousId':'dev-9','timestamp':'2024-06-10T07:13:20.000Z',"
               "'context':{'mixpanel':{'distinct_id':'user-9','event':'$identify','properties':{'$os':'Mac OS X',"
               "'$user_id':'user-9','$device_id':'dev-9'}}}}")));
}

void TestMixpanelRequestDecoder::nodeAlias()
{
    const DecodedRequest out = decode(get(QStringLiteral("/track"), dataFile("node-0.24.0-alias-get.txt")));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'alias','userId':'user-42','previousId':'anon-42','timestamp':'2024-06-10T07:13:20.000Z',"
               "'context':{'library':{'name':'node','version':'0.24.0'},'mixpanel':{'distinct_id':'anon-42',"
               "'event':'$create_alias'}}}")));
}

void TestMixpanelRequestDecoder::nodeTrackBatchForm()
{
    // track_batch: POST form, data=<base64> (not escaped), 3 events; the SDK adds no mp_lib to batched events.
    const DecodedRequest out
        = decode(form(QStringLiteral("/track"), dataFile("node-0.24.0-track-batch-form.txt"), "ip=0&verbose=0"));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 3);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'page','name':'Pricing','messageId':'page-42','timestamp':'2024-01-15T10:30:00.123Z','userId':'"
               "user-42',"
               "'properties':{'current_page_title':'Pricing','current_url_path':'/pricing'},"
               "'context':{'mixpanel':{'distinct_id':'user-42','event':'$mp_web_page_view'}}}")));
    QVERIFY(checkEvent(out, 1,
        object("{'type':'screen','name':'Checkout','messageId':'screen-42','timestamp':'2024-01-15T10:30:01.123Z',"
               "'userId':'user-42','properties':{'current_page_title':'Checkout'},"
               "'context':{'mixpanel':{'distinct_id':'user-42','event':'$mp_page_view'}}}")));
    QVERIFY(checkEvent(out, 2,
        object("{'type':'track','event':'Cart Viewed','messageId':'cart-42','timestamp':'2024-01-15T10:30:02.123Z',"
               "'userId':'user-42','properties':{'items':3},'context':{'mixpanel':{'distinct_id':'user-42'}}}")));
    QCOMPARE(QString::fromUtf8(out.events.name(0)), QStringLiteral("Pricing"));
    QCOMPARE(out.secrets, QByteArrayList { token });
    QVERIFY(noSecretInPayloads(out));
    QVERIFY(out.body.startsWith("[{\"event\":\"$mp_web_page_view\""));
    QCOMPARE(out.reply->body, QByteArray("1"));
}

void TestMixpanelRequestDecoder::nodeBatchBase64WithUnescapedPlus()
{
    // mixpanel-node puts the base64 into the form body as it is: a '+' arrives as a form-encoded space.
    const QByteArray json
        = q("[{'event':'Caf\xc3\xa9 \xe2\x9c\x93 ~~~','properties':{'token':'t1','distinct_id':'u>?>'}}]");
    const QByteArray base64 = json.toBase64();
    QVERIFY(base64.contains('+') || base64.contains('/'));
    const DecodedRequest out = decode(form(QStringLiteral("/track"), "data=" + base64, "ip=0&verbose=0"));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QCOMPARE(
        payload(out, 0).value(QLatin1String("event")).toString(), QString::fromUtf8("Caf\xc3\xa9 \xe2\x9c\x93 ~~~"));
    QCOMPARE(QString::fromUtf8(out.events.userId(0)), QStringLiteral("u>?>"));
}

void TestMixpanelRequestDecoder::nodeProfileUpdates_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("people.set with $ip, $time, $ignore_time")
        << QByteArray("node-0.24.0-engage-set-get.txt")
        << q("{'type':'identify','userId':'user-42','timestamp':'2024-01-16T08:00:00.000Z','traits':{'$email':'ada@"
             "example.com',"
             "'$name':'Ada Lovelace','plan':'pro'},'context':{'ip':'203.0.113.7','mixpanel':{'$distinct_id':'user-42',"
             "'$ignore_time':true}}}");
    QTest::newRow("people.set_once: its keys are traits too")
        << QByteArray("node-0.24.0-engage-set-once-get.txt")
        << q("{'type':'identify','userId':'user-42','timestamp':'2024-06-10T07:13:20.000Z','traits':{'first_seen':'"
             "2024-01-15',"
             "'plan':'free'},'context':{'mixpanel':{'$distinct_id':'user-42','operations':{'$set_once':{'first_seen':'"
             "2024-01-15',"
             "'plan':'free'}}}}}");
    QTest::newRow("people.increment")
        << QByteArray("node-0.24.0-engage-increment-get.txt")
        << q("{'type':'identify','userId':'user-42','timestamp':'2024-06-10T07:13:20.000Z','traits':{},"
             "'context':{'mixpanel':{'$distinct_id':'user-42','operations':{'$add':{'logins':1}}}}}");
    QTest::newRow("people.track_charge") << QByteArray("node-0.24.0-engage-track-charge-get.txt")
                                         << q("{'type':'identify','userId':'user-42','timestamp':'2024-06-10T07:13:20."
                                              "000Z','traits':{},'context':{'mixpanel':"
                                              "{'$distinct_id':'user-42','operations':{'$append':{'$transactions':{'"
                                              "sku':'SKU-1','$time':'2024-01-15T10:30:00.123Z',"
                                              "'$amount':29.99}}}}}}");
    QTest::newRow("people.unset")
        << QByteArray("node-0.24.0-engage-unset-get.txt")
        << q("{'type':'identify','userId':'user-42','timestamp':'2024-06-10T07:13:20.000Z','traits':{},"
             "'context':{'mixpanel':{'$distinct_id':'user-42','operations':{'$unset':['legacy_flag']}}}}");
    QTest::newRow("people.delete_user")
        << QByteArray("node-0.24.0-engage-delete-get.txt")
        << q("{'type':'identify','userId':'user-42','timestamp':'2024-06-10T07:13:20.000Z','traits':{},"
             "'context':{'mixpanel':{'$distinct_id':'user-42','operations':{'$delete':''}}}}");
}

void TestMixpanelRequestDecoder::nodeProfileUpdates()
{
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, expected);
    const DecodedRequest out = decode(get(QStringLiteral("/engage"), dataFile(file.constData())));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QVERIFY(checkEvent(out, 0, QJsonDocument::fromJson(expected).object()));
    QCOMPARE(out.secrets, QByteArrayList { token });
    QVERIFY(noSecretInPayloads(out));
    QCOMPARE(out.reply->body, QByteArray("1"));
}

void TestMixpanelRequestDecoder::nodeGroupSet()
{
    const DecodedRequest out = decode(get(QStringLiteral("/groups"), dataFile("node-0.24.0-groups-set-get.txt")));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'group','groupId':'group-42','timestamp':'2024-06-10T07:13:20.000Z','traits':{'name':'"
               "Analytical Engines Ltd',"
               "'employees':12},'context':{'mixpanel':{'group_key':'company'}}}")));
    QVERIFY(out.events.userId(0).isEmpty());
    QCOMPARE(out.secrets, QByteArrayList { token });
    QCOMPARE(out.reply->body, QByteArray("1"));

    // The other group operations stay verbatim; $set_once fills traits.
    const DecodedRequest union_ = decode(post(QStringLiteral("/groups/"),
        q("[{'$token':'t1','$group_key':'company','$group_id':42,'$set_once':{'tier':'gold'},'$union':{'tags':['a']}}"
          "]"),
        "application/json"));
    QCOMPARE(union_.status, 200);
    QVERIFY(checkEvent(union_, 0,
        object("{'type':'group','groupId':'42','timestamp':'2024-06-10T07:13:20.000Z','traits':{'tier':'gold'},"
               "'context':{'mixpanel':{'group_key':'company','operations':{'$set_once':{'tier':'gold'},'$union':{'tags'"
               ":['a']}}}}}")));
}

void TestMixpanelRequestDecoder::pythonTrackForm()
{
    // mixpanel-python: data=<urlencoded JSON>&verbose=1&ip=0 in the body; it reads response['status'] == 1.
    const DecodedRequest out = decode(form(QStringLiteral("/track"), dataFile("python-4.9.0-track-form.txt")));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'track','event':'Signed "
               "Up','messageId':'9f1c2b3a4d5e6f708192a3b4c5d6e7f8','timestamp':'2024-06-10T06:13:20.000Z',"
               "'userId':'user-7','properties':{'Referred By':'Friend','plan':'pro & more'},"
               "'context':{'library':{'name':'python','version':'4.9.0'},'mixpanel':{'distinct_id':'user-7'}}}")));
    QCOMPARE(out.reply->body, QByteArray("{\"status\":1,\"error\":null}"));
    QCOMPARE(out.secrets, QByteArrayList { token });
}

void TestMixpanelRequestDecoder::pythonEngageBatch()
{
    // BufferedConsumer: several profile updates in one data= array; $time in seconds.
    const DecodedRequest out = decode(form(QStringLiteral("/engage"), dataFile("python-4.9.0-engage-batch-form.txt")));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 2);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'identify','userId':'user-7','timestamp':'2024-06-10T06:13:20.000Z','traits':{'$email':'grace@"
               "example.com',"
               "'plan':'pro'},'context':{'mixpanel':{'$distinct_id':'user-7'}}}")));
    QVERIFY(checkEvent(out, 1,
        object("{'type':'identify','userId':'user-7','timestamp':'2024-06-10T06:13:21.000Z','traits':{},"
               "'context':{'mixpanel':{'$distinct_id':'user-7','operations':{'$union':{'roles':['admin']}}}}}")));
    QCOMPARE(out.reply->body, QByteArray("{\"status\":1,\"error\":null}"));
}

void TestMixpanelRequestDecoder::browserBatchUrlencodedJson()
{
    // mixpanel-js to *.mixpanel.com: POST /track/?verbose=1&ip=1&_=… with data=<urlencoded JSON>; time in float
    // seconds.
    const DecodedRequest out = decode(
        form(QStringLiteral("/track/"), dataFile("js-2.55.0-batch-json-form.txt"), "verbose=1&ip=1&_=1718000005000"));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 2);
    QVERIFY(checkEvent(out, 0,
        object(
            "{'type':'page','name':'Pricing \xe2\x80\x93 "
            "Shop','messageId':'wq7xhd0emu0wh6kf','timestamp':'2024-06-10T06:13:20.123Z',"
            "'anonymousId':'18f0c1d2e3a-0b1c2d3e4f5a6b7','properties':{'$os':'Linux','$browser':'Chrome',"
            "'$current_url':'https://shop.example.com/pricing?plan=pro','$browser_version':124,'$screen_height':1080,"
            "'$screen_width':1920,'$initial_referrer':'$direct','$initial_referring_domain':'$direct',"
            "'current_domain':'shop.example.com','current_url_path':'/pricing','current_url_protocol':'https:',"
            "'current_url_search':'?plan=pro','current_page_title':'Pricing \xe2\x80\x93 "
            "Shop','mp_sent_by_lib_version':'2.55.0'},"
            "'context':{'library':{'name':'web','version':'2.55.0'},'mixpanel':{'distinct_id':'$device:18f0c1d2e3a-"
            "0b1c2d3e4f5a6b7',"
            "'event':'$mp_web_page_view'}}}")));
    QVERIFY(checkEvent(out, 1,
        object("{'type':'track','event':'Plan "
               "Selected','messageId':'3kq9zj1m0c4p8r2t','timestamp':'2024-06-10T06:13:24.500Z',"
               "'userId':'user-7','anonymousId':'18f0c1d2e3a-0b1c2d3e4f5a6b7','properties':{'$os':'Linux','$browser':'"
               "Chrome',"
               "'plan':'pro'},'context':{'library':{'name':'web','version':'2.55.0'},'mixpanel':{'distinct_id':'user-7'"
               "}}}")));
    QCOMPARE(out.reply->body, QByteArray("{\"status\":1,\"error\":null}"));
}

void TestMixpanelRequestDecoder::jsonArrayAndGzip()
{
    const QByteArray json
        = q("[{'event':'A','properties':{'token':'t1','distinct_id':7,'time':1718000000,'$insert_id':99}}]");
    const QJsonObject expected
        = object("{'type':'track','event':'A','messageId':'99','timestamp':'2024-06-10T06:13:20.000Z',"
                 "'userId':'7','properties':{},'context':{'mixpanel':{'distinct_id':7}}}");
    const DecodedRequest plain = decode(post(QStringLiteral("/track"), json, "application/json"));
    QCOMPARE(plain.status, 200);
    QVERIFY(checkEvent(plain, 0, expected)); // numeric ids become strings; distinct_id kept as sent

    CollectorRequest gzipped = post(QStringLiteral("/track"), GzipCodec::compress(json), "application/json");
    gzipped.headers.append({ QByteArray("Content-Encoding"), QByteArray("gzip") });
    const DecodedRequest unzipped = decode(gzipped);
    QCOMPARE(unzipped.status, 200);
    QVERIFY(checkEvent(unzipped, 0, expected));
    QCOMPARE(unzipped.body, json);

    // A form body with base64 data, escaped as it should be, and a JSON object rather than an array.
    const DecodedRequest single
        = decode(form(QStringLiteral("/track"), base64Form(q("{'event':'B','properties':{'token':'t1'}}"))));
    QCOMPARE(single.status, 200);
    QVERIFY(checkEvent(
        single, 0, object("{'type':'track','event':'B','timestamp':'2024-06-10T07:13:20.000Z','properties':{}}")));
}

void TestMixpanelRequestDecoder::mergeAndTimeUnits()
{
    // $merge (as /import takes it) → alias; time in seconds, float seconds and milliseconds.
    CollectorRequest request = post(QStringLiteral("/import"),
        q("[{'event':'$merge','properties':{'$distinct_ids':['user-1','dev-1'],'token':'t1','time':1718000000,"
          "'distinct_id':'','$insert_id':'m-1'}},"
          "{'event':'S','properties':{'time':1718000000.25,'distinct_id':'u','$insert_id':'m-2'}},"
          "{'event':'M','properties':{'time':1718000000999,'distinct_id':'u','$insert_id':'m-3'}}]"),
        "application/json");
    basicAuth(request, "secret:");
    const DecodedRequest out = decode(request);
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 3);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'alias','userId':'user-1','previousId':'dev-1','messageId':'m-1','timestamp':'2024-06-10T06:13:"
               "20.000Z',"
               "'context':{'mixpanel':{'distinct_id':'','event':'$merge'}}}")));
    QCOMPARE(payload(out, 1).value(QLatin1String("timestamp")).toString(), QStringLiteral("2024-06-10T06:13:20.250Z"));
    QCOMPARE(payload(out, 2).value(QLatin1String("timestamp")).toString(), QStringLiteral("2024-06-10T06:13:20.999Z"));
    QVERIFY(out.events.userId(0) == "user-1");
    QVERIFY(out.secrets.contains("t1"));
    QVERIFY(out.secrets.contains("secret"));
    QVERIFY(noSecretInPayloads(out));
}

void TestMixpanelRequestDecoder::replies_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    const QByteArray gif = QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    QTest::newRow("plain") << QByteArray("ip=1") << QByteArray("1") << QByteArray("text/plain");
    QTest::newRow("verbose=1") << QByteArray("verbose=1") << QByteArray("{\"status\":1,\"error\":null}")
                               << QByteArray("application/json");
    QTest::newRow("img=1 (tracking pixel)") << QByteArray("img=1") << gif << QByteArray("image/gif");
    QTest::newRow("JSONP") << QByteArray("callback=mixpanel._jsc.abc1") << QByteArray("mixpanel._jsc.abc1(1)")
                           << QByteArray("text/javascript");
    QTest::newRow("JSONP verbose") << QByteArray("callback=cb&verbose=1")
                                   << QByteArray("cb({\"status\":1,\"error\":null})") << QByteArray("text/javascript");
    QTest::newRow("the other documented flags are tolerated")
        << QByteArray("ip=0&_=1718000000000&strict=1&test=1&redirect=https%3A%2F%2Fexample.com%2F") << QByteArray("1")
        << QByteArray("text/plain");
}

void TestMixpanelRequestDecoder::replies()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const QByteArray data = q("{'event':'A','properties':{'token':'t1'}}").toBase64().toPercentEncoding();
    const DecodedRequest out = decode(get(QStringLiteral("/track"), query + "&data=" + data));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QVERIFY(out.reply);
    QCOMPARE(out.reply->status, 200);
    QCOMPARE(out.reply->body, body);
    QCOMPARE(out.reply->contentType, contentType);
    if (contentType == "image/gif")
        QVERIFY(body.startsWith("GIF89a"));
}

void TestMixpanelRequestDecoder::importJsonAndNdjson()
{
    CollectorRequest ndjson = post(QStringLiteral("/import"), dataFile("import-3-records.ndjson"),
        "application/x-ndjson", "strict=1&project_id=12345");
    basicAuth(ndjson, "svc.user:svc-secret");
    const DecodedRequest out = decode(ndjson);
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QJsonObject expected = object("{'type':'track','event':'Order Completed','userId':'user-7',"
                                      "'context':{'mixpanel':{'distinct_id':'user-7','project_id':'12345'}}}");
        expected.insert(QStringLiteral("messageId"), QStringLiteral("import-%1").arg(i));
        expected.insert(QStringLiteral("timestamp"), QStringLiteral("2024-06-10T06:13:2%1.000Z").arg(i));
        expected.insert(QStringLiteral("properties"), QJsonObject { { QStringLiteral("revenue"), 10 + i } });
        QVERIFY(checkEvent(out, i, expected));
    }
    QCOMPARE(out.reply->status, 200);
    QCOMPARE(out.reply->body, QByteArray("{\"code\":200,\"num_records_imported\":3,\"status\":\"OK\"}"));
    QCOMPARE(out.reply->contentType, QByteArray("application/json"));
    QCOMPARE(out.secrets, (QByteArrayList { "svc.user", "svc-secret" }));

    // The same lines without the NDJSON content type, gzip-compressed; and as a JSON array.
    CollectorRequest lines = post(
        QStringLiteral("/import/"), GzipCodec::compress(dataFile("import-3-records.ndjson")), "application/json");
    lines.headers.append({ QByteArray("Content-Encoding"), QByteArray("gzip") });
    basicAuth(lines, "project-token");
    const DecodedRequest unzipped = decode(lines);
    QCOMPARE(unzipped.status, 200);
    QCOMPARE(unzipped.events.size(), 3);
    QCOMPARE(unzipped.reply->body, QByteArray("{\"code\":200,\"num_records_imported\":3,\"status\":\"OK\"}"));

    QByteArray array = "[" + dataFile("import-3-records.ndjson").trimmed().replace('\n', ',') + "]";
    CollectorRequest json = post(QStringLiteral("/import"), array, "application/json");
    basicAuth(json, "secret:");
    const DecodedRequest fromArray = decode(json);
    QCOMPARE(fromArray.status, 200);
    QCOMPARE(fromArray.events.size(), 3);
    QVERIFY(payload(fromArray, 0).value(QLatin1String("context")).toObject().value(QLatin1String("mixpanel")).toObject()
        == object("{'distinct_id':'user-7'}"));
}

void TestMixpanelRequestDecoder::importLegacyEncodings()
{
    // mixpanel-python import_data: form data=<JSON>&verbose=1 with Basic secret: → answered as /track.
    CollectorRequest python = form(QStringLiteral("/import"), dataFile("python-4.9.0-import-form.txt"));
    basicAuth(python, "project-secret:");
    const DecodedRequest out = decode(python);
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'track','event':'Legacy Signup','messageId':'0a1b2c3d4e5f60718293a4b5c6d7e8f9','timestamp':"
               "'2024-06-09T02:26:40.000Z','userId':'user-7','properties':{},'context':{'library':{'name':'python','"
               "version':'4.9.0'},"
               "'mixpanel':{'distinct_id':'user-7'}}}")));
    QCOMPARE(out.reply->body, QByteArray("{\"status\":1,\"error\":null}"));
    QVERIFY(out.secrets.contains("project-secret"));
    QVERIFY(out.secrets.contains(token));
    QVERIFY(noSecretInPayloads(out));

    // mixpanel-node import() with the deprecated key: GET ?api_key=…&data=…, no Basic auth → 401, key masked.
    const QByteArray nodeQuery = dataFile("node-0.24.0-import-api-key-get.txt");
    const DecodedRequest refused = decode(get(QStringLiteral("/import"), nodeQuery));
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.events.isEmpty());
    QCOMPARE(refused.reply->status, 401);
    QCOMPARE(refused.reply->body,
        QByteArray("{\"code\":401,\"error\":\"Invalid credentials\",\"status\":\"Unauthorized\"}"));
    QVERIFY(refused.secrets.contains("mp_api_key_legacy"));

    // With a secret it goes through (no $insert_id needed in this form); mixpanel-node reads "1".
    CollectorRequest node = get(QStringLiteral("/import"), nodeQuery);
    basicAuth(node, "project-secret:");
    const DecodedRequest accepted = decode(node);
    QCOMPARE(accepted.status, 200);
    QVERIFY(checkEvent(accepted, 0,
        object("{'type':'track','event':'Legacy Signup','timestamp':'2024-01-15T10:30:00.123Z','userId':'user-42',"
               "'properties':{'plan':'free'},'context':{'library':{'name':'node','version':'0.24.0'},"
               "'mixpanel':{'distinct_id':'user-42'}}}")));
    QCOMPARE(accepted.reply->body, QByteArray("1"));
}

void TestMixpanelRequestDecoder::importPartialFailure()
{
    CollectorRequest request = post(QStringLiteral("/import"),
        q("[{'event':'Ok','properties':{'time':1718000000,'distinct_id':'u','$insert_id':'ok-1'}},"
          "{'event':'Late','properties':{'distinct_id':'u','$insert_id':'bad-1'}},"
          "{'event':'Ok2','properties':{'time':1718000001,'distinct_id':'u','$insert_id':'ok-2'}},"
          "{'event':'Odd','properties':{'time':1718000001,'distinct_id':'u','$insert_id':'not valid!'}}]"),
        "application/json");
    basicAuth(request, "secret:");
    const DecodedRequest out = decode(request);
    // The valid records are stored; the answer lists the others.
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 2);
    QCOMPARE(QString::fromUtf8(out.events.messageId(0)), QStringLiteral("ok-1"));
    QCOMPARE(QString::fromUtf8(out.events.messageId(1)), QStringLiteral("ok-2"));
    QVERIFY(out.reply);
    QCOMPARE(out.reply->status, 400);
    QCOMPARE(out.reply->body,
        q("{'code':400,'error':'some data points in the request failed validation','status':'Bad Request',"
          "'num_records_imported':2,'failed_records':[{'index':1,'insert_id':'bad-1','field':'properties.time',"
          "'message':'\\'properties.time\\' is required'},{'index':3,'insert_id':'not "
          "valid!','field':'properties.$insert_id',"
          "'message':'\\'properties.$insert_id\\' is invalid: must be 1 to 36 characters of letters, digits and "
          "\\'-\\''}]}")
            .replace("\\\"", "'"));
    QCOMPARE(out.message,
        QStringLiteral("2 of 4 records failed validation; the first, body[1]: 'properties.time' is required"));
}

void TestMixpanelRequestDecoder::importEveryRecordInvalid()
{
    CollectorRequest request
        = post(QStringLiteral("/import"), q("[{'event':'A','properties':{'time':1718000000}}]"), "application/json");
    basicAuth(request, "secret:");
    const DecodedRequest out = decode(request);
    QCOMPARE(out.status, 400);
    QVERIFY(out.events.isEmpty());
    QCOMPARE(out.message,
        QStringLiteral("1 of 1 records failed validation; the first, body[0]: 'properties.distinct_id' is required"));
    QCOMPARE(out.reply->status, 400);
    QCOMPARE(out.reply->body,
        QByteArray(
            "{\"code\":400,\"error\":\"some data points in the request failed validation\",\"status\":\"Bad Request\","
            "\"num_records_imported\":0,\"failed_records\":[{\"index\":0,\"insert_id\":\"\",\"field\":"
            "\"properties.distinct_id\",\"message\":\"'properties.distinct_id' is required\"}]}"));
}

void TestMixpanelRequestDecoder::importValidation_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("no event") << q("{'properties':{'time':1718000000,'distinct_id':'u','$insert_id':'i'}}")
                              << QStringLiteral("event") << QStringLiteral("'event' is required");
    QTest::newRow("empty event") << q(
        "{'event':'','properties':{'time':1718000000,'distinct_id':'u','$insert_id':'i'}}")
                                 << QStringLiteral("event") << QStringLiteral("'event' is required");
    QTest::newRow("time as text")
        << q("{'event':'A','properties':{'time':'2024-06-10','distinct_id':'u','$insert_id':'i'}}")
        << QStringLiteral("properties.time")
        << QStringLiteral("'properties.time' is invalid: must be specified as seconds or milliseconds since epoch");
    // receivedAt is 07:13:20; an hour later is allowed, a second more is not.
    QTest::newRow("time an hour ahead + 1 s")
        << q("{'event':'A','properties':{'time':1718007201,'distinct_id':'u','$insert_id':'i'}}")
        << QStringLiteral("properties.time")
        << QStringLiteral("'properties.time' is invalid: must not be more than 1 hour in the future");
    QTest::newRow("no distinct_id") << q("{'event':'A','properties':{'time':1718000000,'$insert_id':'i'}}")
                                    << QStringLiteral("properties.distinct_id")
                                    << QStringLiteral("'properties.distinct_id' is required");
    QTest::newRow("no $insert_id") << q("{'event':'A','properties':{'time':1718000000,'distinct_id':'u'}}")
                                   << QStringLiteral("properties.$insert_id")
                                   << QStringLiteral("'properties.$insert_id' is required");
    QTest::newRow("$insert_id of 37 characters")
        << q("{'event':'A','properties':{'time':1718000000,'distinct_id':'u','$insert_id':'"
             "0123456789012345678901234567890123456'}}")
        << QStringLiteral("properties.$insert_id")
        << QStringLiteral("'properties.$insert_id' is invalid: must be 1 to 36 characters of letters, digits and '-'");
    QTest::newRow("distinct_id a boolean")
        << q("{'event':'A','properties':{'time':1718000000,'distinct_id':true,'$insert_id':'i'}}")
        << QStringLiteral("properties.distinct_id")
        << QStringLiteral("'properties.distinct_id' is invalid: expected a string or an integer, got a boolean");
    QTest::newRow("record not an object")
        << q("'just text'") << QString()
        << QStringLiteral("expected an event object {\"event\", \"properties\"}, got a string");
}

void TestMixpanelRequestDecoder::importValidation()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, field);
    QFETCH(QString, message);
    // One valid record beside it: the request is a partial failure, the bad record listed.
    CollectorRequest request = post(QStringLiteral("/import"),
        "[" + q("{'event':'Fine','properties':{'time':1718007200,'distinct_id':'','$insert_id':'fine-1'}}") + ","
            + record + "]",
        "application/json");
    basicAuth(request, "secret:");
    const DecodedRequest out = decode(request);
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QCOMPARE(QString::fromUtf8(out.events.messageId(0)), QStringLiteral("fine-1"));
    QVERIFY(out.events.userId(0).isEmpty()); // distinct_id "" ties the event to nobody
    QCOMPARE(out.reply->status, 400);
    const QJsonObject reply = QJsonDocument::fromJson(out.reply->body).object();
    QCOMPARE(reply.value(QLatin1String("num_records_imported")).toInt(), 1);
    const QJsonArray failed = reply.value(QLatin1String("failed_records")).toArray();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed[0].toObject().value(QLatin1String("index")).toInt(), 1);
    QCOMPARE(failed[0].toObject().value(QLatin1String("field")).toString(), field);
    QCOMPARE(failed[0].toObject().value(QLatin1String("message")).toString(), message);
}

void TestMixpanelRequestDecoder::importRejections_data()
{
    QTest::addColumn<CollectorRequest>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("reply");

    CollectorRequest noAuth = post(QStringLiteral("/import"), q("[]"), "application/json");
    QTest::newRow("no Basic auth")
        << noAuth << 401
        << QStringLiteral("/import needs Basic authentication: a service account (user:secret) or the "
                          "project secret as the user name")
        << QByteArray("{\"code\":401,\"error\":\"Invalid credentials\",\"status\":\"Unauthorized\"}");
    CollectorRequest badJson = post(QStringLiteral("/import"), "[{\"event\":", "application/json");
    basicAuth(badJson, "s:");
    QTest::newRow("malformed JSON")
        << badJson << 400 << QStringLiteral("the body is not valid JSON: unterminated object at byte 10")
        << QByteArray("{\"code\":400,\"error\":\"the body is not valid JSON: unterminated object at byte 10\","
                      "\"status\":\"Bad Request\"}");
    CollectorRequest badLine = post(QStringLiteral("/import"), q("{'event':'A'}\n{'event':\n"), "application/x-ndjson");
    basicAuth(badLine, "s:");
    QTest::newRow("malformed NDJSON line")
        << badLine << 400 << QStringLiteral("line 2 is not valid JSON: unterminated object at byte 9")
        << QByteArray("{\"code\":400,\"error\":\"line 2 is not valid JSON: unterminated object at byte 9\","
                      "\"status\":\"Bad Request\"}");
    CollectorRequest put = post(QStringLiteral("/import"), q("[]"), "application/json");
    put.method = "PUT";
    QTest::newRow("PUT")
        << put << 405 << QStringLiteral("/import takes GET or POST, not PUT")
        << QByteArray(
               "{\"code\":405,\"error\":\"/import takes GET or POST, not PUT\",\"status\":\"Method Not Allowed\"}");
    QByteArray big(10 * 1024 * 1024 + 1, ' ');
    big[0] = '[';
    CollectorRequest tooBig = post(QStringLiteral("/import"), big, "application/json");
    basicAuth(tooBig, "s:");
    QTest::newRow("over 10 MB")
        << tooBig << 413 << QStringLiteral("the body is 10240.0 KB; Mixpanel accepts at most 10240.0 KB per request")
        << QByteArray("{\"code\":413,\"error\":\"the body is 10240.0 KB; Mixpanel accepts at most 10240.0 KB per "
                      "request\",\"status\":\"Request Entity Too Large\"}");
}

void TestMixpanelRequestDecoder::importRejections()
{
    QFETCH(CollectorRequest, request);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QByteArray, reply);
    const DecodedRequest out = decode(request);
    QCOMPARE(out.status, status);
    QCOMPARE(out.message, message);
    QVERIFY(out.events.isEmpty());
    QVERIFY(out.reply);
    QCOMPARE(out.reply->status, status);
    QCOMPARE(out.reply->body, reply);
}

void TestMixpanelRequestDecoder::rejections_data()
{
    QTest::addColumn<CollectorRequest>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QByteArray json = "application/json";
    const auto track = [](const char* body) { return post(QStringLiteral("/track"), q(body), "application/json"); };

    QTest::newRow("not base64") << form(QStringLiteral("/track"), "data=%%%%") << 400
                                << QStringLiteral(
                                       "the form body: the form field \"data\" has a malformed %-escape at byte 5");
    QTest::newRow("data neither base64 nor JSON") << form(QStringLiteral("/track"), "data=not*base64") << 400
                                                  << QStringLiteral("data: not valid base64 (nor JSON)");
    QTest::newRow("base64 of broken JSON")
        << get(QStringLiteral("/track"), "data=" + QByteArray("{\"event\":").toBase64().toPercentEncoding()) << 400
        << QStringLiteral("data is not valid JSON: unterminated object at byte 9");
    QTest::newRow("GET without data") << get(QStringLiteral("/track/"),
        "ip=1") << 400 << QStringLiteral("data: missing; Mixpanel takes GET /track/?data=<base64 of the JSON>");
    QTest::newRow("form without data")
        << form(QStringLiteral("/engage"), "verbose=1") << 400
        << QStringLiteral("data: missing from the form body; Mixpanel takes data=<JSON or base64 of the JSON>");
    QTest::newRow("empty data") << form(QStringLiteral("/track"), "data=") << 400 << QStringLiteral("data: empty");
    QTest::newRow("empty body")
        << post(QStringLiteral("/track"), "  ", json) << 400
        << QStringLiteral("the body is empty; Mixpanel takes a form body data=<JSON or base64>, a JSON array");
    CollectorRequest badGzip = post(QStringLiteral("/track"), "not gzip", json);
    badGzip.headers.append({ QByteArray("Content-Encoding"), QByteArray("gzip") });
    QTest::newRow("not gzip") << badGzip << 400
                              << QStringLiteral(
                                     "the body is marked as gzip but does not decompress: incorrect header check");
    QTest::newRow("NDJSON on /track")
        << post(QStringLiteral("/track"), q("{'event':'A'}\n"), "application/x-ndjson") << 415
        << QStringLiteral("NDJSON is accepted on /import only; send /track a JSON array or a form body data=<…>");
    CollectorRequest del = track("[]");
    del.method = "DELETE";
    QTest::newRow("DELETE") << del << 405 << QStringLiteral("/track takes GET or POST, not DELETE");
    QTest::newRow("a bare number") << track("42") << 400
                                   << QStringLiteral("the body is not valid JSON: illegal value at byte 1");
    QTest::newRow("empty array") << track("[]") << 400 << QStringLiteral("no records: the request holds an empty list");
    QTest::newRow("record not an object")
        << track("[{'event':'A','properties':{'token':'t'}},7]") << 400
        << QStringLiteral("body[1]: expected an event object {\"event\", \"properties\"}, got a number");
    QTest::newRow("no event") << track("[{'properties':{'token':'t'}}]") << 400
                              << QStringLiteral("body[0].event: required");
    QTest::newRow("event a number") << track("{'event':5,'properties':{'token':'t'}}") << 400
                                    << QStringLiteral("body.event: expected the event name as a string, got a number");
    QTest::newRow("properties an array") << track("[{'event':'A','properties':[]}]") << 400
                                         << QStringLiteral("body[0].properties: expected an object, got an array");
    QTest::newRow("no token") << track("[{'event':'A','properties':{'distinct_id':'u'}}]") << 400
                              << QStringLiteral(
                                     "body[0].properties.token: missing or empty: Mixpanel needs the project token to "
                                     "know where the record goes");
    QTest::newRow("time as text")
        << track("[{'event':'A','properties':{'token':'t','time':'yesterday'}}]") << 400
        << QStringLiteral("body[0].properties.time: expected seconds or milliseconds since 1970, got a string");
    QTest::newRow("negative time")
        << track("[{'event':'A','properties':{'token':'t','time':-5}}]") << 400
        << QStringLiteral("body[0].properties.time: expected seconds or milliseconds since 1970, got -5");
    QTest::newRow("distinct_id an object")
        << track("[{'event':'A','properties':{'token':'t','distinct_id':{}}}]") << 400
        << QStringLiteral("body[0].properties.distinct_id: expected a string or an integer, got an object");
    QTest::newRow("$create_alias without alias")
        << track("[{'event':'$create_alias','properties':{'token':'t','distinct_id':'a'}}]") << 400
        << QStringLiteral("body[0].properties.alias: required");
    QTest::newRow("$merge with one id")
        << track("[{'event':'$merge','properties':{'token':'t','$distinct_ids':['a']}}]") << 400
        << QStringLiteral("body[0].properties.$distinct_ids: expected an array of the two distinct ids to merge");
    QTest::newRow("second record bad: nothing stored")
        << form(QStringLiteral("/track"), base64Form(q("[{'event':'A','properties':{'token':'t'}},{'event':'B'}]")))
        << 400
        << QStringLiteral("data[1].properties.token: missing or empty: Mixpanel needs the project token to know where "
                          "the record goes");
    QByteArray many = "[";
    for (int i = 0; i <= 2000; ++i)
        many += q("{'event':'A','properties':{'token':'t'}},");
    many.chop(1);
    many += ']';
    QTest::newRow("2001 records") << post(QStringLiteral("/track"), many, json) << 400
                                  << QStringLiteral("2001 records; Mixpanel accepts at most 2000 per request");
    const auto engage = [](const char* body) { return post(QStringLiteral("/engage"), q(body), "application/json"); };
    QTest::newRow("engage without $distinct_id")
        << engage("[{'$token':'t','$set':{'a':1}}]") << 400 << QStringLiteral("body[0].$distinct_id: required");
    QTest::newRow("engage without $token")
        << engage("[{'$distinct_id':'u','$set':{'a':1}}]") << 400
        << QStringLiteral("body[0].$token: missing or empty: Mixpanel needs the project token to know "
                          "where the record goes");
    QTest::newRow("engage without an operation")
        << engage("[{'$token':'t','$distinct_id':'u'}]") << 400
        << QStringLiteral("body[0]: no profile operation: expected one of $set, $set_once, $add, "
                          "$union, $append, $remove, $unset, $delete");
    QTest::newRow("$set not an object") << engage("{'$token':'t','$distinct_id':'u','$set':[1]}") << 400
                                        << QStringLiteral("body.$set: expected an object, got an array");
    QTest::newRow("$unset not an array") << engage("{'$token':'t','$distinct_id':'u','$unset':'a'}") << 400
                                         << QStringLiteral(
                                                "body.$unset: expected an array of property names, got a string");
    QTest::newRow("$time as text") << engage("{'$token':'t','$distinct_id':'u','$set':{},'$time':'now'}") << 400
                                   << QStringLiteral(
                                          "body.$time: expected seconds or milliseconds since 1970, got a string");
    QTest::newRow("group without $group_key")
        << post(QStringLiteral("/groups"), q("[{'$token':'t','$group_id':'g','$set':{}}]"), json) << 400
        << QStringLiteral("body[0].$group_key: required");
    QTest::newRow("group without $group_id")
        << post(QStringLiteral("/groups"), q("[{'$token':'t','$group_key':'company','$set':{}}]"), json) << 400
        << QStringLiteral("body[0].$group_id: required");
    QTest::newRow("bad JSONP callback") << get(QStringLiteral("/track"),
        "callback=alert(1)%3B&data=" + q("{'event':'A','properties':{'token':'t'}}").toBase64().toPercentEncoding())
                                        << 400 << QStringLiteral("callback: not a JavaScript function name");
    QTest::newRow("not a Mixpanel path")
        << post(QStringLiteral("/decide"), q("[]"), json) << 404
        << QStringLiteral("/decide is not a Mixpanel endpoint; Mixpanel accepts /track, /engage, /groups, /import");
}

void TestMixpanelRequestDecoder::rejections()
{
    QFETCH(CollectorRequest, request);
    QFETCH(int, status);
    QFETCH(QString, message);
    const DecodedRequest out = decode(request);
    QCOMPARE(out.status, status);
    QCOMPARE(out.message, message);
    QVERIFY(out.events.isEmpty());
    QVERIFY(!out.errorCode.isEmpty());
    QVERIFY(out.reply);
    QCOMPARE(out.reply->status, status);
    QCOMPARE(out.reply->body, trackError(message));
    QCOMPARE(out.reply->contentType, QByteArray("application/json"));
    // A token seen before the failure is still a secret (the rejected request is kept, masked).
    for (const QByteArray& secret : out.secrets)
        QVERIFY(!secret.isEmpty());
}

void TestMixpanelRequestDecoder::tooLarge()
{
    // 1 MB per record.
    const QByteArray text(1024 * 1024 + 600, 'x');
    const DecodedRequest out = decode(post(QStringLiteral("/track"),
        q("[{'event':'A','properties':{'token':'t'}},{'event':'B','properties':{'token':'t','blob':'") + text
            + q("'}}]"),
        "application/json"));
    QVERIFY2(out.status == 413, qPrintable(out.message));
    QVERIFY(out.events.isEmpty());
    QVERIFY2(out.message.startsWith(QLatin1String("body[1]: ")), qPrintable(out.message));
    QVERIFY2(
        out.message.endsWith(QLatin1String("(Mixpanel accepts at most 1 MB per record)")), qPrintable(out.message));
    QCOMPARE(out.reply->status, 413);

    // 10 MB per request, measured once decompressed.
    QByteArray big(10 * 1024 * 1024 + 10, ' ');
    big[0] = '[';
    big[big.size() - 1] = ']';
    CollectorRequest gzipped = post(QStringLiteral("/track"), GzipCodec::compress(big), "application/json");
    gzipped.headers.append({ QByteArray("Content-Encoding"), QByteArray("gzip") });
    const DecodedRequest bomb = decode(gzipped);
    QCOMPARE(bomb.status, 413);
    QVERIFY(bomb.events.isEmpty());
    QCOMPARE(bomb.reply->body, trackError(bomb.message));
}

QTEST_GUILESS_MAIN(TestMixpanelRequestDecoder)
#include "tst_mixpanelrequestdecoder.moc"

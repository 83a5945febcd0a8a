// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The Heap decoder, called directly. Recorded payloads (tests/data/collector/heap/node-1.0.1-*) are the bodies
// heap-api 1.0.1 (Heap's Node SDK) sent, captured through tests/conformance/heap-api.mjs's proxy; its User-Agent
// was "heap-node/1.0.1 request/2.88.2 node/20.20.2 (x64 linux) openssl/3.0.19".

#include "collector/heaprequestdecoder.h"
#include "core/gzipcodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(Journey::CollectorRequest)

using namespace Journey;

namespace {

// 2024-06-10T07:13:20.000Z
constexpr qint64 receivedAt = 1718003600000;
const QByteArray nodeUserAgent = "heap-node/1.0.1 request/2.88.2 node/20.20.2 (x64 linux) openssl/3.0.19";

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
    QFile file(QStringLiteral(JOURNEY_TEST_DATA "/collector/heap/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

CollectorRequest post(const QString& path, const QByteArray& body, const QByteArray& contentType = "application/json")
{
    CollectorRequest request;
    request.method = "POST";
    request.path = request.fullPath = path;
    request.body = body;
    if (!contentType.isEmpty())
        request.headers.append({ QByteArray("Content-Type"), contentType });
    request.receivedAt = receivedAt;
    return request;
}

DecodedRequest decode(const CollectorRequest& request)
{
    HeapRequestDecoder decoder { CollectorConfig() };
    DecodedRequest out;
    decoder.decode(request, out);
    return out;
}

QJsonObject payload(const DecodedRequest& out, int i)
{
    return QJsonDocument::fromJson(out.events.payload(i).toByteArray()).object();
}

/// Event \a i's canonical payload equals \a expected member by member (receivedAt must be the request's; a
/// messageId Heap's caller did not give must be generated), and its indexed fields agree.
bool checkEvent(const DecodedRequest& out, int i, const QJsonObject& expected)
{
    QJsonObject actual = payload(out, i);
    if (actual.take(QLatin1String("receivedAt")).toString() != QLatin1String("2024-06-10T07:13:20.000Z"))
        return false;
    if (!expected.contains(QLatin1String("messageId"))
        && !actual.take(QLatin1String("messageId")).toString().startsWith(QLatin1String("journey-")))
        return false;
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
        && out.events.source(i) == EventSource::Heap
        && QString::fromLatin1(eventTypeName(out.events.type(i))) == expected.value(QLatin1String("type")).toString();
}

/// Heap's answer to a success: 200, empty body.
bool isHeapSuccess(const DecodedRequest& out)
{
    return out.status == 200 && out.reply && out.reply->status == 200 && out.reply->body.isEmpty();
}

} // namespace

class TestHeapRequestDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paths();
    void nodeTrack();
    void nodeTrackWithoutProperties();
    void nodeAddUserProperties();
    void trackAllFields();
    void bulkTrack();
    void bulkUserAndAccountProperties();
    void identityLinkAndLegacyIdentify();
    void gzip();
    void rejections_data();
    void rejections();
};

void TestHeapRequestDecoder::paths()
{
    HeapRequestDecoder decoder { CollectorConfig() };
    QCOMPARE(decoder.source(), EventSource::Heap);
    QCOMPARE(decoder.prefixes(), QStringList { QStringLiteral("heap") });
    QCOMPARE(decoder.paths(),
        (QStringList { QStringLiteral("/api/track"), QStringLiteral("/api/add_user_properties"),
            QStringLiteral("/api/add_account_properties"), QStringLiteral("/api/v1/identify"),
            QStringLiteral("/api/identify") }));
    QCOMPARE(decoder.claim(post(QStringLiteral("/api/track"), {})), RequestDecoder::Claim::Certain);
    QCOMPARE(decoder.claim(post(QStringLiteral("/api/v1/identify/"), {})), RequestDecoder::Claim::Certain);
    QCOMPARE(decoder.claim(post(QStringLiteral("/track"), {})), RequestDecoder::Claim::No);
    QCOMPARE(decoder.claim(post(QStringLiteral("/api/v2/track"), {})), RequestDecoder::Claim::No);
}

void TestHeapRequestDecoder::nodeTrack()
{
    CollectorRequest request = post(QStringLiteral("/api/track"), dataFile("node-1.0.1-track.json"));
    request.headers.append({ QByteArray("User-Agent"), nodeUserAgent });
    const DecodedRequest out = decode(request);
    QVERIFY(isHeapSuccess(out));
    QCOMPARE(out.events.size(), 1);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'track','event':'Order Completed','userId':'user-42','timestamp':'2024-06-10T07:13:20.000Z',"
               "'properties':{'order_id':'order-42','revenue':25.99,'currency':'EUR','quantity':2},"
               "'context':{'heap':{'app_id':'1234567890'},'library':{'name':'heap-node','version':'1.0.1'}}}")));
    QCOMPARE(out.events.timestamp(0), receivedAt);
    QVERIFY(out.secrets.isEmpty()); // app_id is public
    QCOMPARE(out.body, dataFile("node-1.0.1-track.json"));
}

void TestHeapRequestDecoder::nodeTrackWithoutProperties()
{
    const DecodedRequest out
        = decode(post(QStringLiteral("/api/track"), dataFile("node-1.0.1-track-no-properties.json")));
    QVERIFY(isHeapSuccess(out));
    QCOMPARE(out.events.size(), 1);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'track','event':'App "
               "Opened','userId':'anon-42','timestamp':'2024-06-10T07:13:20.000Z','properties':{},"
               "'context':{'heap':{'app_id':'1234567890'}}}")));
}

void TestHeapRequestDecoder::nodeAddUserProperties()
{
    CollectorRequest request
        = post(QStringLiteral("/api/add_user_properties"), dataFile("node-1.0.1-add-user-properties.json"));
    request.headers.append({ QByteArray("User-Agent"), nodeUserAgent });
    const DecodedRequest out = decode(request);
    QVERIFY(isHeapSuccess(out));
    QCOMPARE(out.events.size(), 1);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'identify','userId':'user-42','timestamp':'2024-06-10T07:13:20.000Z','traits':{'email':'ada@"
               "example.com',"
               "'plan':'pro','logins':42},'context':{'heap':{'app_id':'1234567890'},'library':{'name':'heap-node','"
               "version':'1.0.1'}}}")));
}

void TestHeapRequestDecoder::trackAllFields()
{
    // user_id (Heap's SDK user) → anonymousId; idempotency_key → messageId; session_id and unknown members kept.
    const DecodedRequest out = decode(post(QStringLiteral("/api/track"),
        q("{'app_id':1234567890,'user_id':'9007199254740991','event':'Signed "
          "Up','timestamp':'2024-06-10T08:13:20.5+02:00',"
          "'session_id':'s-7','idempotency_key':'signup-7','properties':{'plan':'pro','seats':3,'tags':['a',2]},'"
          "source':'server'}"),
        "application/json; charset=utf-8"));
    QVERIFY(isHeapSuccess(out));
    QCOMPARE(out.events.size(), 1);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'track','event':'Signed Up','messageId':'signup-7','anonymousId':'9007199254740991',"
               "'timestamp':'2024-06-10T06:13:20.500Z','properties':{'plan':'pro','seats':3,'tags':['a',2]},"
               "'context':{'heap':{'app_id':'1234567890','session_id':'s-7','source':'server'}}}")));

    // A numeric identity (heap-ruby allows integers) and a time in milliseconds.
    const DecodedRequest numeric = decode(post(QStringLiteral("/api/track"),
        q("{'app_id':'1','identity':4711,'event':'E','timestamp':1718000000000,'user_agent_note':null}")));
    QVERIFY(isHeapSuccess(numeric));
    QVERIFY(checkEvent(numeric, 0,
        object("{'type':'track','event':'E','userId':'4711','timestamp':'2024-06-10T06:13:20.000Z','properties':{},"
               "'context':{'heap':{'app_id':'1','user_agent_note':null}}}")));
}

void TestHeapRequestDecoder::bulkTrack()
{
    const DecodedRequest out = decode(post(QStringLiteral("/api/track"),
        q("{'app_id':'42','events':[{'identity':'ada@example.com','event':'A','timestamp':'2024-06-10T06:13:20Z',"
          "'idempotency_key':'a-1','properties':{'n':1}},{'user_id':2084764307,'event':'B','session_id':99}]}")));
    QVERIFY(isHeapSuccess(out));
    QCOMPARE(out.events.size(), 2);
    QVERIFY(checkEvent(out, 0,
        object("{'type':'track','event':'A','messageId':'a-1','userId':'ada@example.com','timestamp':'2024-06-10T06:13:"
               "20.000Z',"
               "'properties':{'n':1},'context':{'heap':{'app_id':'42'}}}")));
    QVERIFY(checkEvent(out, 1,
        object("{'type':'track','event':'B','anonymousId':'2084764307','timestamp':'2024-06-10T07:13:20.000Z','"
               "properties':{},"
               "'context':{'heap':{'app_id':'42','session_id':99}}}")));
}

void TestHeapRequestDecoder::bulkUserAndAccountProperties()
{
    const DecodedRequest users = decode(post(QStringLiteral("/api/add_user_properties"),
        q("{'app_id':'42','users':[{'identity':'u1','properties':{'plan':'pro'}},{'identity':'u2','properties':{'Email'"
          ":'b@example.com'}}]}")));
    QVERIFY(isHeapSuccess(users));
    QCOMPARE(users.events.size(), 2);
    QVERIFY(checkEvent(users, 0,
        object("{'type':'identify','userId':'u1','timestamp':'2024-06-10T07:13:20.000Z','traits':{'plan':'pro'},"
               "'context':{'heap':{'app_id':'42'}}}")));
    QVERIFY(checkEvent(users, 1,
        object("{'type':'identify','userId':'u2','timestamp':'2024-06-10T07:13:20.000Z','traits':{'Email':'b@example."
               "com'},"
               "'context':{'heap':{'app_id':'42'}}}")));

    const DecodedRequest account = decode(post(QStringLiteral("/api/add_account_properties"),
        q("{'app_id':'42','account_id':'acme','properties':{'tier':'gold','seats':12}}")));
    QVERIFY(isHeapSuccess(account));
    QVERIFY(checkEvent(account, 0,
        object("{'type':'group','groupId':'acme','timestamp':'2024-06-10T07:13:20.000Z','traits':{'tier':'gold','seats'"
               ":12},"
               "'context':{'heap':{'app_id':'42'}}}")));
    QVERIFY(account.events.userId(0).isEmpty());

    const DecodedRequest accounts = decode(post(QStringLiteral("/api/add_account_properties"),
        q("{'app_id':'42','accounts':[{'account_id':7,'properties':{'id':'x'}},{'account_id':'b','properties':{}}]}")));
    QVERIFY(isHeapSuccess(accounts));
    QCOMPARE(accounts.events.size(), 2);
    QVERIFY(checkEvent(accounts, 0,
        object("{'type':'group','groupId':'7','timestamp':'2024-06-10T07:13:20.000Z','traits':{'id':'x'},"
               "'context':{'heap':{'app_id':'42'}}}")));
}

void TestHeapRequestDecoder::identityLinkAndLegacyIdentify()
{
    const DecodedRequest link = decode(post(QStringLiteral("/api/v1/identify"),
        q("{'app_id':'42','user_id':'2084764307','identity':'ada@example.com','timestamp':'2024-06-10T06:13:20.000Z'"
          "}")));
    QVERIFY(isHeapSuccess(link));
    QCOMPARE(link.events.size(), 1);
    QVERIFY(checkEvent(link, 0,
        object("{'type':'alias','userId':'ada@example.com','previousId':'2084764307','timestamp':'2024-06-10T06:13:20."
               "000Z',"
               "'context':{'heap':{'app_id':'42'}}}")));

    // heap-ruby's add_user_properties posts to the legacy /api/identify.
    CollectorRequest legacy
        = post(QStringLiteral("/api/identify"), q("{'app_id':'42','identity':'u1','properties':{'plan':'pro'}}"));
    legacy.headers.append(
        { QByteArray("User-Agent"), QByteArray("heap-ruby/0.3.0 faraday/0.9.2 ruby/2.3.0 (x86_64-linux)") });
    const DecodedRequest identify = decode(legacy);
    QVERIFY(isHeapSuccess(identify));
    QVERIFY(checkEvent(identify, 0,
        object("{'type':'identify','userId':'u1','timestamp':'2024-06-10T07:13:20.000Z','traits':{'plan':'pro'},"
               "'context':{'heap':{'app_id':'42'},'library':{'name':'heap-ruby','version':'0.3.0'}}}")));
}

void TestHeapRequestDecoder::gzip()
{
    CollectorRequest request
        = post(QStringLiteral("/api/track"), GzipCodec::compress(dataFile("node-1.0.1-track.json")));
    request.headers.append({ QByteArray("Content-Encoding"), QByteArray("gzip") });
    const DecodedRequest out = decode(request);
    QVERIFY(isHeapSuccess(out));
    QCOMPARE(out.events.size(), 1);
    QCOMPARE(out.body, dataFile("node-1.0.1-track.json"));
}

void TestHeapRequestDecoder::rejections_data()
{
    QTest::addColumn<CollectorRequest>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const auto track = [](const char* body) { return post(QStringLiteral("/api/track"), q(body)); };
    const auto users = [](const char* body) { return post(QStringLiteral("/api/add_user_properties"), q(body)); };

    CollectorRequest get = track("{}");
    get.method = "GET";
    QTest::newRow("GET") << get << 405 << QStringLiteral("/api/track takes POST, not GET");
    QTest::newRow("form body")
        << post(QStringLiteral("/api/track"), "app_id=1&event=A", "application/x-www-form-urlencoded") << 415
        << QStringLiteral(
               "Content-Type application/x-www-form-urlencoded: Heap takes JSON bodies sent as application/json");
    QTest::newRow("no content type") << post(QStringLiteral("/api/track"), q("{'app_id':'1'}"),
        {}) << 415 << QStringLiteral("Content-Type missing: Heap takes JSON bodies sent as application/json");
    QTest::newRow("malformed JSON") << post(QStringLiteral("/api/track"), "{\"app_id\":") << 400
                                    << QStringLiteral("the body is not valid JSON: unterminated object at byte 10");
    CollectorRequest badGzip = track("{}");
    badGzip.headers.append({ QByteArray("Content-Encoding"), QByteArray("gzip") });
    QTest::newRow("not gzip") << badGzip << 400
                              << QStringLiteral(
                                     "the body is marked as gzip but does not decompress: incorrect header check");
    QTest::newRow("an array") << track("[{'app_id':'1'}]") << 400 << QStringLiteral("the body: expected a JSON object");
    QTest::newRow("no app_id") << track("{'identity':'u','event':'A'}") << 400
                               << QStringLiteral("app_id: required (the Heap environment id)");
    QTest::newRow("app_id an object") << track("{'app_id':{},'identity':'u','event':'A'}") << 400
                                      << QStringLiteral("app_id: expected the environment id as a string");
    QTest::newRow("neither identity nor user_id")
        << track("{'app_id':'1','event':'A'}") << 400
        << QStringLiteral("identity: required (or user_id, Heap's numeric user id)");
    QTest::newRow("both identity and user_id")
        << track("{'app_id':'1','identity':'u','user_id':'5','event':'A'}") << 400
        << QStringLiteral("identity: send exactly one of identity and user_id, not both");
    QTest::newRow("identity over 255 characters")
        << post(QStringLiteral("/api/track"),
               "{\"app_id\":\"1\",\"event\":\"A\",\"identity\":\"" + QByteArray(256, 'u') + "\"}")
        << 400 << QStringLiteral("identity: 256 characters; Heap takes at most 255");
    QTest::newRow("identity a boolean") << track("{'app_id':'1','identity':true,'event':'A'}") << 400
                                        << QStringLiteral("identity: expected a string, got a boolean");
    QTest::newRow("user_id not a number")
        << track("{'app_id':'1','user_id':'abc','event':'A'}") << 400
        << QStringLiteral("user_id: expected Heap's numeric user id (a decimal number up to 2^53\u22121), got \"abc\"");
    QTest::newRow("user_id above 2^53-1") << track("{'app_id':'1','user_id':'9007199254740992','event':'A'}") << 400
                                          << QStringLiteral("user_id: expected Heap's numeric user id (a decimal "
                                                            "number up to 2^53\u22121), got \"9007199254740992\"");
    QTest::newRow("no event") << track("{'app_id':'1','identity':'u'}") << 400 << QStringLiteral("event: required");
    QTest::newRow("event over 1024 characters")
        << post(QStringLiteral("/api/track"),
               "{\"app_id\":\"1\",\"identity\":\"u\",\"event\":\"" + QByteArray(1025, 'e') + "\"}")
        << 400 << QStringLiteral("event: 1025 characters; Heap takes at most 1024");
    QTest::newRow("property a boolean") << track(
        "{'app_id':'1','identity':'u','event':'A','properties':{'ok':1,'paid':true}}")
                                        << 400
                                        << QStringLiteral("properties.paid: expected a number or a string (Heap takes "
                                                          "no booleans, objects or null), got a boolean");
    QTest::newRow("property an object") << track(
        "{'app_id':'1','identity':'u','event':'A','properties':{'cart':{'n':1}}}")
                                        << 400
                                        << QStringLiteral("properties.cart: expected a number or a string (Heap takes "
                                                          "no booleans, objects or null), got an object");
    QTest::newRow("property null")
        << track("{'app_id':'1','identity':'u','event':'A','properties':{'x':null}}") << 400
        << QStringLiteral(
               "properties.x: expected a number or a string (Heap takes no booleans, objects or null), got null");
    QTest::newRow("array item an object")
        << track("{'app_id':'1','identity':'u','event':'A','properties':{'tags':['a',{}]}}") << 400
        << QStringLiteral("properties.tags[1]: expected a number or a string (Heap takes no booleans, objects or "
                          "null), got an object");
    QTest::newRow("value of 1024 characters") << post(QStringLiteral("/api/track"),
        "{\"app_id\":\"1\",\"identity\":\"u\",\"event\":\"A\",\"properties\":{\"v\":\"" + QByteArray(1024, 'v')
            + "\"}}") << 400 << QStringLiteral("properties.v: 1024 characters; Heap takes fewer than 1024");
    QTest::newRow("timestamp not ISO 8601")
        << track("{'app_id':'1','identity':'u','event':'A','timestamp':'yesterday'}") << 400
        << QStringLiteral("timestamp: \"yesterday\" is not an ISO 8601 date-time");
    QTest::newRow("idempotency_key an object")
        << track("{'app_id':'1','identity':'u','event':'A','idempotency_key':{}}") << 400
        << QStringLiteral("idempotency_key: expected a string, got an object");
    QTest::newRow("bulk entry bad, nothing stored") << track(
        "{'app_id':'1','events':[{'identity':'u','event':'A'},{'identity':'u','event':'B','properties':{'f':false}}]}")
                                                    << 400
                                                    << QStringLiteral(
                                                           "events[1].properties.f: expected a number or a string "
                                                           "(Heap takes no booleans, objects or null), got a boolean");
    QTest::newRow("bulk entry not an object") << track("{'app_id':'1','events':[{'identity':'u','event':'A'},3]}")
                                              << 400 << QStringLiteral("events[1]: expected an object");
    QTest::newRow("events not an array") << track("{'app_id':'1','events':{}}") << 400
                                         << QStringLiteral("events: expected an array");
    QTest::newRow("events empty") << track("{'app_id':'1','events':[]}") << 400 << QStringLiteral("events: empty");
    QByteArray many = "{\"app_id\":\"1\",\"events\":[";
    for (int i = 0; i <= 1000; ++i)
        many += q("{'identity':'u','event':'A'},");
    many.chop(1);
    many += "]}";
    QTest::newRow("1001 events") << post(QStringLiteral("/api/track"), many) << 400
                                 << QStringLiteral("events: 1001 entries; Heap accepts at most 1000 per request");
    QTest::newRow("user property id") << users("{'app_id':'1','identity':'u','properties':{'ID':'7'}}") << 400
                                      << QStringLiteral(
                                             "properties.ID: Heap refuses a user property named id (in any casing)");
    QTest::newRow("user property an array")
        << users("{'app_id':'1','identity':'u','properties':{'tags':['a']}}") << 400
        << QStringLiteral("properties.tags: arrays are taken on /api/track only; expected a number or a string");
    QTest::newRow("user properties without identity")
        << users("{'app_id':'1','user_id':'5','properties':{'a':1}}") << 400
        << QStringLiteral("identity: required (user properties are set on an identity, not on a user_id)");
    QTest::newRow("user properties without properties")
        << users("{'app_id':'1','identity':'u'}") << 400 << QStringLiteral("properties: required");
    QTest::newRow("bulk user bad")
        << users("{'app_id':'1','users':[{'identity':'u','properties':{'id':1}}]}") << 400
        << QStringLiteral("users[0].properties.id: Heap refuses a user property named id (in any casing)");
    QTest::newRow("account without account_id")
        << post(QStringLiteral("/api/add_account_properties"), q("{'app_id':'1','properties':{}}")) << 400
        << QStringLiteral("account_id: required");
    QTest::newRow("identify link without user_id") << post(QStringLiteral("/api/v1/identify"),
        q("{'app_id':'1','identity':'u'}")) << 400 << QStringLiteral("user_id: required");
    QTest::newRow("identify link without identity") << post(QStringLiteral("/api/v1/identify"),
        q("{'app_id':'1','user_id':'5'}")) << 400 << QStringLiteral("identity: required");
    QTest::newRow("not a Heap path")
        << post(QStringLiteral("/api/v2/track"), q("{}")) << 404
        << QStringLiteral("/api/v2/track is not a Heap endpoint; Heap accepts /api/track, /api/add_user_properties, "
                          "/api/add_account_properties, /api/v1/identify, /api/identify");
    QTest::newRow("over 1 MB")
        << post(QStringLiteral("/api/track"), QByteArray(1024 * 1024 + 1, ' ')) << 413
        << QStringLiteral("the body is 1024.0 KB; the collector accepts at most 1024.0 KB per Heap request");
}

void TestHeapRequestDecoder::rejections()
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
    // Heap's error shape.
    QCOMPARE(out.reply->body,
        QJsonDocument(QJsonObject { { QStringLiteral("error"), message } }).toJson(QJsonDocument::Compact));
    QCOMPARE(out.reply->contentType, QByteArray("application/json"));
}

QTEST_GUILESS_MAIN(TestHeapRequestDecoder)
#include "tst_heaprequestdecoder.moc"

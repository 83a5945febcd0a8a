// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The Amplitude decoder, called directly with recorded SDK payloads (@amplitude/analytics-node 1.5.0,
// @amplitude/analytics-browser 2.11, the HTTP V2 documentation's full event, Identify API forms): every
// canonical field of each call type, the exact JSON answers the SDK reads (`code`), and every rejection.

#include "collector/amplituderequestdecoder.h"
#include "core/gzipcodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Journey;

namespace {

constexpr qint64 receivedAt = 1754395201500; // 2025-08-05T12:00:01.500Z
const QByteArray apiKey = QByteArrayLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");

/// JSON written with single quotes (moc-safe), turned into real JSON.
QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

QByteArray dataFile(const QString& name)
{
    QFile file(QStringLiteral(JOURNEY_TEST_DATA "/collector/amplitude/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

CollectorRequest request(
    const QString& path, const QByteArray& body, const QByteArray& contentType = "application/json")
{
    CollectorRequest r;
    r.method = "POST";
    r.path = path;
    r.fullPath = path;
    r.headers = { qMakePair(QByteArray("Content-Type"), contentType) };
    r.body = body;
    r.receivedAt = receivedAt;
    return r;
}

CollectorRequest formRequest(const QString& path, const QByteArray& body)
{
    return request(path, body, "application/x-www-form-urlencoded");
}

DecodedRequest decode(const CollectorRequest& r)
{
    CollectorConfig config;
    AmplitudeRequestDecoder decoder(config);
    DecodedRequest out;
    decoder.decode(r, out);
    return out;
}

RequestDecoder::Claim claim(const CollectorRequest& r)
{
    CollectorConfig config;
    return AmplitudeRequestDecoder(config).claim(r);
}

QJsonObject payload(const DecodedRequest& out, int i)
{
    return QJsonDocument::fromJson(out.events.payload(i).toByteArray()).object();
}

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject contextOf(const QJsonObject& event)
{
    return event.value(QLatin1String("context")).toObject();
}

QJsonObject amplitudeOf(const QJsonObject& event)
{
    return contextOf(event).value(QLatin1String("amplitude")).toObject();
}

QString iso(qint64 ms)
{
    return CanonicalEventWriter::timestamp(ms);
}

QByteArray events(const char* eventsJson, const char* extra = "")
{
    return "{\"api_key\":\"" + apiKey + "\"," + q(extra) + "\"events\":" + q(eventsJson) + '}';
}

void verifyNoSecret(const DecodedRequest& out)
{
    QCOMPARE(out.secrets, QByteArrayList { apiKey });
    for (int i = 0; i < out.events.size(); ++i) {
        QVERIFY(!out.events.payload(i).contains(apiKey));
        QVERIFY(!out.events.payload(i).contains("api_key"));
    }
}

} // namespace

class TestAmplitudeRequestDecoder : public QObject
{
    Q_OBJECT

private slots:
    void claims_data();
    void claims();
    void nodeSdkFlush();
    void browserPageViewed();
    void screenViewed();
    void httpApiAllFields();
    void revenueFieldAlreadyInProperties();
    void numericIdsAndMinIdLength();
    void batchEndpointAndGzip();
    void identifyApi();
    void identifyApiGet();
    void groupIdentifyApi();
    void invalidEventsAnswer();
    void rejections_data();
    void rejections();
};

void TestAmplitudeRequestDecoder::claims_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expected");

    const int no = int(RequestDecoder::Claim::No);
    const int path = int(RequestDecoder::Claim::Path);
    const int certain = int(RequestDecoder::Claim::Certain);
    QTest::newRow("/2/httpapi") << QStringLiteral("/2/httpapi") << QByteArray() << certain;
    QTest::newRow("/2/httpapi/") << QStringLiteral("/2/httpapi/") << QByteArray() << certain;
    QTest::newRow("/identify") << QStringLiteral("/identify") << QByteArray() << certain;
    QTest::newRow("/groupidentify") << QStringLiteral("/groupidentify") << QByteArray() << certain;
    QTest::newRow("/batch amplitude") << QStringLiteral("/batch") << q("{'api_key':'k','events':[]}") << certain;
    QTest::newRow("/batch/ amplitude, events first")
        << QStringLiteral("/batch/")
        << q(" {\n 'events':[{'event_type':'a','api_key':'x'}],'options':{},'api_key':'k'}") << certain;
    QTest::newRow("/batch posthog") << QStringLiteral("/batch/") << q("{'api_key':'phc_x','batch':[{'event':'a'}]}")
                                    << path;
    QTest::newRow("/batch nested keys") << QStringLiteral("/batch") << q("{'api_key':'k','data':{'events':[]}}")
                                        << path;
    QTest::newRow("/batch key as value") << QStringLiteral("/batch") << q("{'api_key':'events','x':1}") << path;
    QTest::newRow("/batch gzip") << QStringLiteral("/batch") << GzipCodec::compress(q("{'api_key':'k','events':[]}"))
                                 << path;
    QTest::newRow("/batch array") << QStringLiteral("/batch") << q("[{'api_key':'k','events':[]}]") << path;
    QTest::newRow("/batch empty") << QStringLiteral("/batch") << QByteArray() << path;
    QTest::newRow("/track") << QStringLiteral("/track") << QByteArray() << no;
    QTest::newRow("/api/identify") << QStringLiteral("/api/identify") << QByteArray() << no;
}

void TestAmplitudeRequestDecoder::claims()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, expected);
    QCOMPARE(int(claim(request(path, body))), expected);
}

void TestAmplitudeRequestDecoder::nodeSdkFlush()
{
    const QByteArray body = dataFile(QStringLiteral("node-1.5.0-flush.json"));
    const DecodedRequest out = decode(request(QStringLiteral("/2/httpapi"), body));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.source, EventSource::Amplitude);
    QVERIFY(out.record);
    QVERIFY(out.reply);
    QCOMPARE(out.reply->status, 200);
    QCOMPARE(out.reply->contentType, QByteArray("application/json"));
    QCOMPARE(out.reply->body,
        "{\"code\":200,\"events_ingested\":5,\"payload_size_bytes\":" + QByteArray::number(body.size())
            + ",\"server_upload_time\":1754395201500}");
    QCOMPARE(out.events.size(), 5);
    verifyNoSecret(out);

    const QJsonObject requestLevel = object(q("{'options':{},'client_upload_time':'2025-08-05T12:00:01.000Z',"
                                              "'request_metadata':{'sdk':{'metrics':{'histogram':{}}}}}"));
    const QJsonObject library = object(q("{'name':'amplitude-node-ts','version':'1.5.0'}"));
    for (int i = 0; i < 5; ++i) {
        const QJsonObject event = payload(out, i);
        QCOMPARE(out.events.source(i), EventSource::Amplitude);
        QCOMPARE(event.value(QLatin1String("userId")).toString(), QStringLiteral("user-12345"));
        QCOMPARE(contextOf(event).value(QLatin1String("library")).toObject(), library);
        const QJsonObject amplitude = amplitudeOf(event);
        QCOMPARE(amplitude.value(QLatin1String("event_id")).toInt(-1), i);
        for (auto it = requestLevel.begin(); it != requestLevel.end(); ++it)
            QCOMPARE(amplitude.value(it.key()), it.value());
    }

    // track
    const QJsonObject track = payload(out, 0);
    QCOMPARE(out.events.type(0), EventType::Track);
    QCOMPARE(track.value(QLatin1String("event")).toString(), QStringLiteral("Order Completed"));
    QCOMPARE(out.events.name(0), QByteArrayView("Order Completed"));
    QCOMPARE(
        track.value(QLatin1String("messageId")).toString(), QStringLiteral("5f0adeff-6668-4427-8d02-57d803a2b841"));
    QCOMPARE(out.events.messageId(0), QByteArrayView("5f0adeff-6668-4427-8d02-57d803a2b841"));
    QCOMPARE(track.value(QLatin1String("anonymousId")).toString(), QStringLiteral("device-abcdef"));
    QCOMPARE(track.value(QLatin1String("timestamp")).toString(), iso(1754395200123));
    QCOMPARE(out.events.timestamp(0), 1754395200123);
    QCOMPARE(track.value(QLatin1String("properties")).toObject(),
        object(q("{'order_id':'o-1001','total':42.5,'coupon':null}")));
    QCOMPARE(amplitudeOf(track),
        object(q("{'event_id':0,'options':{},'client_upload_time':'2025-08-05T12:00:01.000Z',"
                 "'request_metadata':{'sdk':{'metrics':{'histogram':{}}}}}")));

    // $identify → identify: traits = $set + the $setOnce keys $set does not have
    const QJsonObject identify = payload(out, 1);
    QCOMPARE(out.events.type(1), EventType::Identify);
    QVERIFY(!identify.contains(QLatin1String("event")));
    QVERIFY(!identify.contains(QLatin1String("anonymousId")));
    QCOMPARE(
        identify.value(QLatin1String("messageId")).toString(), QStringLiteral("b1e8d3a0-2c4f-4a51-9d7e-0f6a2b3c4d5e"));
    QCOMPARE(identify.value(QLatin1String("timestamp")).toString(), iso(1754395200200));
    QCOMPARE(identify.value(QLatin1String("traits")).toObject(),
        object(q("{'plan':'pro','email':'ada@example.com','signup_date':'2025-08-01'}")));
    QCOMPARE(amplitudeOf(identify).value(QLatin1String("user_properties")).toObject(),
        object(
            q("{'$set':{'plan':'pro','email':'ada@example.com'},'$setOnce':{'plan':'free','signup_date':'2025-08-01'},"
              "'$add':{'logins':1}}")));

    // $groupidentify → group
    const QJsonObject group = payload(out, 2);
    QCOMPARE(out.events.type(2), EventType::Group);
    QCOMPARE(group.value(QLatin1String("groupId")).toString(), QStringLiteral("acme-inc"));
    QCOMPARE(out.events.groupId(2), QByteArrayView("acme-inc"));
    QCOMPARE(group.value(QLatin1String("traits")).toObject(),
        object(q("{'name':'Acme Inc.','employees':50,'founded':1999}")));
    QCOMPARE(amplitudeOf(group).value(QLatin1String("group_type")).toString(), QStringLiteral("company"));
    QCOMPARE(amplitudeOf(group).value(QLatin1String("groups")).toObject(), object(q("{'company':'acme-inc'}")));
    QCOMPARE(amplitudeOf(group).value(QLatin1String("group_properties")).toObject(),
        object(q("{'$set':{'name':'Acme Inc.','employees':50},'$setOnce':{'founded':1999}}")));

    // setGroup: an $identify with groups
    const QJsonObject setGroup = payload(out, 3);
    QCOMPARE(out.events.type(3), EventType::Identify);
    QCOMPARE(setGroup.value(QLatin1String("traits")).toObject(), object(q("{'company':'acme-inc'}")));
    QCOMPARE(amplitudeOf(setGroup).value(QLatin1String("groups")).toObject(), object(q("{'company':'acme-inc'}")));

    // revenue(): an ordinary event with $-prefixed properties
    const QJsonObject revenue = payload(out, 4);
    QCOMPARE(out.events.type(4), EventType::Track);
    QCOMPARE(revenue.value(QLatin1String("event")).toString(), QStringLiteral("revenue_amount"));
    QCOMPARE(revenue.value(QLatin1String("properties")).toObject(),
        object(q("{'$price':9.99,'$quantity':2,'$productId':'sku-1','$revenueType':'purchase','$revenue':19.98}")));
}

void TestAmplitudeRequestDecoder::browserPageViewed()
{
    const DecodedRequest out
        = decode(request(QStringLiteral("/2/httpapi"), dataFile(QStringLiteral("browser-2.11-page-viewed.json"))));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    verifyNoSecret(out);
    const QJsonObject page = payload(out, 0);
    QCOMPARE(out.events.type(0), EventType::Page);
    QCOMPARE(page.value(QLatin1String("name")).toString(), QStringLiteral("Your cart"));
    QCOMPARE(
        page.value(QLatin1String("anonymousId")).toString(), QStringLiteral("3d2f1c4b-9a8e-4f7d-b6c5-a4b3c2d1e0f9"));
    QVERIFY(!page.contains(QLatin1String("userId")));
    QCOMPARE(page.value(QLatin1String("messageId")).toString(), QStringLiteral("f5c2b7e4-6a8d-4e95-b1b2-4d0e6f708192"));
    QCOMPARE(page.value(QLatin1String("timestamp")).toString(), iso(1754395200600));
    QCOMPARE(page.value(QLatin1String("properties")).toObject(),
        object(q("{'[Amplitude] Page Domain':'shop.example.com','[Amplitude] Page "
                 "Location':'https://shop.example.com/cart?step=1',"
                 "'[Amplitude] Page Path':'/cart','[Amplitude] Page Title':'Your cart',"
                 "'[Amplitude] Page URL':'https://shop.example.com/cart'}")));
    QJsonObject context = contextOf(page);
    QCOMPARE(context.value(QLatin1String("os")).toObject(), object(q("{'name':'Chrome','version':'127.0.0.0'}")));
    QCOMPARE(context.value(QLatin1String("device")).toObject(), object(q("{'model':'Macintosh'}")));
    QCOMPARE(context.value(QLatin1String("locale")).toString(), QStringLiteral("en-US"));
    QCOMPARE(context.value(QLatin1String("userAgent")).toString(),
        QStringLiteral("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                       "Chrome/127.0.0.0 Safari/537.36"));
    QCOMPARE(
        context.value(QLatin1String("library")).toObject(), object(q("{'name':'amplitude-ts','version':'2.11.1'}")));
    QVERIFY(!context.contains(QLatin1String("ip"))); // "$remote": the sender's address, not an address
    QCOMPARE(amplitudeOf(page),
        object(
            q("{'ip':'$remote','session_id':1754395100000,'platform':'Web','event_id':7,'options':{},"
              "'client_upload_time':'2025-08-05T12:00:02.000Z',"
              "'request_metadata':{'sdk':{'metrics':{'histogram':{'remote_config_fetch_time_API_success':112}}}}}")));
}

void TestAmplitudeRequestDecoder::screenViewed()
{
    const DecodedRequest out = decode(request(QStringLiteral("/2/httpapi"),
        events("[{'event_type':'[Amplitude] Screen Viewed','device_id':'rn-device-1',"
               "'event_properties':{'[Amplitude] Screen Name':'Settings'}},"
               "{'event_type':'[Amplitude] Page Viewed','device_id':'rn-device-1'}]")));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.type(0), EventType::Screen);
    QCOMPARE(payload(out, 0).value(QLatin1String("name")).toString(), QStringLiteral("Settings"));
    QCOMPARE(payload(out, 0).value(QLatin1String("properties")).toObject(),
        object(q("{'[Amplitude] Screen Name':'Settings'}")));
    QCOMPARE(out.events.timestamp(0), receivedAt); // no time: the arrival
    QCOMPARE(out.events.type(1), EventType::Page);
    QVERIFY(!payload(out, 1).contains(QLatin1String("name")));
}

void TestAmplitudeRequestDecoder::httpApiAllFields()
{
    const DecodedRequest out
        = decode(request(QStringLiteral("/2/httpapi"), dataFile(QStringLiteral("httpapi-all-fields.json"))));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    verifyNoSecret(out);
    const QJsonObject event = payload(out, 0);
    QCOMPARE(out.events.type(0), EventType::Track);
    QCOMPARE(event.value(QLatin1String("event")).toString(), QStringLiteral("watch_tutorial"));
    QCOMPARE(event.value(QLatin1String("userId")).toString(), QStringLiteral("12345"));
    QCOMPARE(
        event.value(QLatin1String("anonymousId")).toString(), QStringLiteral("C8F9E604-F01A-4BD9-95C6-8E5357DF265D"));
    QCOMPARE(
        event.value(QLatin1String("messageId")).toString(), QStringLiteral("5f0adeff-6668-4427-8d02-57d803a2b841"));
    QCOMPARE(event.value(QLatin1String("timestamp")).toString(), iso(1396381378123));
    QCOMPARE(event.value(QLatin1String("properties")).toObject(),
        object(q("{'source':'notification','price':4.99,'quantity':3,'revenue':-1.99,'product_id':'sku1',"
                 "'revenueType':'Refund','currency':'USD'}")));
    QJsonObject context = contextOf(event);
    QCOMPARE(context.value(QLatin1String("app")).toObject(), object(q("{'version':'2.1.3'}")));
    QCOMPARE(context.value(QLatin1String("os")).toObject(), object(q("{'name':'Android','version':'4.2.2'}")));
    QCOMPARE(context.value(QLatin1String("device")).toObject(),
        object(
            q("{'manufacturer':'Apple','model':'iPhone 9,1','advertisingId':'AEBE52E7-03EE-455A-B3C4-E57283966239'}")));
    QCOMPARE(context.value(QLatin1String("network")).toObject(), object(q("{'carrier':'Verizon'}")));
    QCOMPARE(context.value(QLatin1String("location")).toObject(),
        object(q("{'country':'United States','region':'California','city':'San "
                 "Francisco','latitude':37.77,'longitude':-122.39}")));
    QCOMPARE(context.value(QLatin1String("locale")).toString(), QStringLiteral("English"));
    QCOMPARE(context.value(QLatin1String("ip")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(context.value(QLatin1String("userAgent")).toString(), QStringLiteral("curl/8.0"));
    QVERIFY(!context.contains(QLatin1String("library")));
    QCOMPARE(amplitudeOf(event),
        object(q("{'session_id':1396381378123,'event_id':23,'user_properties':{'Cohort':'Test "
                 "A'},'groups':{'company_id':'1'},"
                 "'platform':'iOS','device_brand':'Verizon','dma':'San Francisco-Oakland-San Jose, CA',"
                 "'idfv':'BCCE52E7-03EE-321A-B3D4-E57123966239','adid':'AEBE52E7-03EE-455A-B3C4-E57283966239',"
                 "'android_id':'BCCE52E7-03EE-321A-B3D4-E57123966239','android_app_set_id':'f9a2b7c1-2c3d-4e5f-8a9b-"
                 "0c1d2e3f4a5b',"
                 "'plan':{'branch':'main','source':'web','version':'1'},'$skip_user_properties_sync':false,"
                 "'options':{'min_id_length':5}}")));
}

void TestAmplitudeRequestDecoder::revenueFieldAlreadyInProperties()
{
    const DecodedRequest out = decode(request(QStringLiteral("/2/httpapi"),
        events("[{'event_type':'Buy','user_id':'user-1','price':5,'adid':'ad-id-1',"
               "'event_properties':{'price':'from the properties'}}]")));
    QCOMPARE(out.status, 200);
    QCOMPARE(
        payload(out, 0).value(QLatin1String("properties")).toObject(), object(q("{'price':'from the properties'}")));
    QCOMPARE(amplitudeOf(payload(out, 0)).value(QLatin1String("price")).toInt(), 5);
    // adid alone is the advertising id
    QCOMPARE(
        contextOf(payload(out, 0)).value(QLatin1String("device")).toObject(), object(q("{'advertisingId':'ad-id-1'}")));
}

void TestAmplitudeRequestDecoder::numericIdsAndMinIdLength()
{
    DecodedRequest out = decode(request(QStringLiteral("/2/httpapi"),
        events("[{'event_type':'a','user_id':1234567,'device_id':'abc'}]", "'options':{'min_id_length':3},")));
    QCOMPARE(out.status, 200);
    QCOMPARE(payload(out, 0).value(QLatin1String("userId")).toString(), QStringLiteral("1234567"));
    QCOMPARE(payload(out, 0).value(QLatin1String("anonymousId")).toString(), QStringLiteral("abc"));

    // The default minimum is 5: "abcd" is refused, "abcde" taken.
    out = decode(request(QStringLiteral("/2/httpapi"), events("[{'event_type':'a','device_id':'abcde'}]")));
    QCOMPARE(out.status, 200);
    out = decode(request(QStringLiteral("/2/httpapi"), events("[{'event_type':'a','device_id':'abcd'}]")));
    QCOMPARE(out.status, 400);
    QCOMPARE(object(out.reply->body).value(QLatin1String("events_with_invalid_id_lengths")).toObject(),
        object(q("{'device_id':[0]}")));
}

void TestAmplitudeRequestDecoder::batchEndpointAndGzip()
{
    const QByteArray body = events("[{'event_type':'a','user_id':'user-1','time':1754395200000}]");
    CollectorRequest r = request(QStringLiteral("/batch"), GzipCodec::compress(body));
    r.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
    const DecodedRequest out = decode(r);
    QCOMPARE(out.status, 200);
    QCOMPARE(out.body, body);
    QCOMPARE(out.events.size(), 1);
    QCOMPARE(object(out.reply->body),
        (QJsonObject { { QStringLiteral("code"), 200 }, { QStringLiteral("events_ingested"), 1 },
            { QStringLiteral("payload_size_bytes"), body.size() },
            { QStringLiteral("server_upload_time"), double(receivedAt) } }));

    // 1.2 MB: too large for /2/httpapi, fine for /batch.
    const QByteArray large = "{\"api_key\":\"" + apiKey
        + "\",\"events\":[{\"event_type\":\"a\",\"user_id\":\"user-1\","
          "\"event_properties\":{\"blob\":\""
        + QByteArray(1200 * 1024, 'x') + "\"}}]}";
    DecodedRequest big = decode(request(QStringLiteral("/batch"), large));
    QCOMPARE(big.status, 200);
    big = decode(request(QStringLiteral("/2/httpapi"), large));
    QCOMPARE(big.status, 413);
    QCOMPARE(big.reply->status, 413);
    QCOMPARE(big.reply->body, QByteArray("{\"code\":413,\"error\":\"Payload too large\"}"));
    QCOMPARE(big.events.size(), 0);
}

void TestAmplitudeRequestDecoder::identifyApi()
{
    const DecodedRequest out
        = decode(formRequest(QStringLiteral("/identify"), dataFile(QStringLiteral("identify-form.txt"))));
    QCOMPARE(out.status, 200);
    QVERIFY(out.reply);
    QCOMPARE(out.reply->status, 200);
    QCOMPARE(out.reply->body, QByteArray("success"));
    QCOMPARE(out.reply->contentType, QByteArray("text/plain"));
    QCOMPARE(out.events.size(), 2);
    verifyNoSecret(out);

    const QJsonObject first = payload(out, 0);
    QCOMPARE(out.events.type(0), EventType::Identify);
    QCOMPARE(first.value(QLatin1String("userId")).toString(), QStringLiteral("datamonster@gmail.com"));
    QCOMPARE(
        first.value(QLatin1String("anonymousId")).toString(), QStringLiteral("C8F9E604-F01A-4BD9-95C6-8E5357DF265D"));
    QCOMPARE(
        first.value(QLatin1String("traits")).toObject(), object(q("{'Cohort':'Test A','First seen':'2025-08-01'}")));
    QCOMPARE(contextOf(first).value(QLatin1String("app")).toObject(), object(q("{'version':'2.1.3'}")));
    QCOMPARE(amplitudeOf(first),
        object(q("{'platform':'iOS','user_properties':{'$set':{'Cohort':'Test A'},"
                 "'$setOnce':{'Cohort':'Test B','First seen':'2025-08-01'},'$add':{'friendCount':3}}}")));
    QCOMPARE(out.events.timestamp(0), receivedAt);

    // Bare keys are $set.
    const QJsonObject second = payload(out, 1);
    QCOMPARE(out.events.type(1), EventType::Identify);
    QCOMPARE(second.value(QLatin1String("userId")).toString(), QStringLiteral("second-user"));
    QCOMPARE(second.value(QLatin1String("traits")).toObject(),
        object(q("{'gender':'female','interests':['chess','football']}")));
}

void TestAmplitudeRequestDecoder::identifyApiGet()
{
    CollectorRequest r = request(QStringLiteral("/identify"), {});
    r.method = "GET";
    r.query.addQueryItem(QStringLiteral("api_key"), QString::fromLatin1(apiKey));
    r.query.addQueryItem(QStringLiteral("identification"), QStringLiteral("%7B%22user_id%22%3A%22user-9%22%7D"));
    const DecodedRequest out = decode(r);
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QCOMPARE(payload(out, 0).value(QLatin1String("userId")).toString(), QStringLiteral("user-9"));
    QCOMPARE(payload(out, 0).value(QLatin1String("traits")).toObject(), QJsonObject());
    QCOMPARE(out.secrets, QByteArrayList { apiKey });
}

void TestAmplitudeRequestDecoder::groupIdentifyApi()
{
    const DecodedRequest out
        = decode(formRequest(QStringLiteral("/groupidentify"), dataFile(QStringLiteral("groupidentify-form.txt"))));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.reply->body, QByteArray("success"));
    QCOMPARE(out.events.size(), 1);
    verifyNoSecret(out);
    const QJsonObject group = payload(out, 0);
    QCOMPARE(out.events.type(0), EventType::Group);
    QCOMPARE(group.value(QLatin1String("groupId")).toString(), QStringLiteral("10"));
    QVERIFY(!group.contains(QLatin1String("userId")));
    QVERIFY(!group.contains(QLatin1String("anonymousId")));
    QCOMPARE(group.value(QLatin1String("traits")).toObject(), object(q("{'org csm':'Lucas','org plan':'Enterprise'}")));
    QCOMPARE(amplitudeOf(group),
        object(q("{'group_type':'org id','group_properties':{'org csm':'Lucas','org plan':'Enterprise'}}")));
}

void TestAmplitudeRequestDecoder::invalidEventsAnswer()
{
    // One good event and five bad ones: the whole request is refused and the answer lists the bad indices, which
    // the SDK drops before it sends the rest again.
    const DecodedRequest out = decode(request(QStringLiteral("/2/httpapi"),
        events("[{'event_type':'good','user_id':'user-1'},"
               "{'user_id':'user-1'},"
               "{'event_type':'b','user_id':'user-1','time':'2025-08-05T12:00:00Z'},"
               "{'event_type':'c','user_id':'null'},"
               "{'event_type':'d','device_id':'abc'},"
               "{'event_type':'e'},"
               "{'event_type':'f','user_id':'user-1','event_properties':[1]}]")));
    QCOMPARE(out.status, 400);
    QCOMPARE(out.events.size(), 0);
    QCOMPARE(out.reply->status, 400);
    QCOMPARE(object(out.reply->body),
        object(q("{'code':400,'error':'Invalid field values on some events: events[1].event_type: required',"
                 "'events_with_invalid_fields':{'time':[2],'user_id':[3],'event_properties':[6]},"
                 "'events_with_missing_fields':{'event_type':[1],'user_id':[5]},"
                 "'events_with_invalid_id_lengths':{'device_id':[4]}}")));
    QVERIFY(!object(out.reply->body).contains(QLatin1String("missing_field"))); // else the SDK drops the whole batch
    QCOMPARE(out.message, QStringLiteral("events[1].event_type: required"));
    QCOMPARE(out.secrets, QByteArrayList { apiKey });
}

void TestAmplitudeRequestDecoder::rejections_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reply");

    const QString httpApi = QStringLiteral("/2/httpapi");
    const QByteArray json = "application/json";
    const QByteArray form = "application/x-www-form-urlencoded";
    const QByteArray post = "POST";
    const QByteArray none;
    const QByteArray key = "api_key=" + apiKey;

    QTest::newRow("GET httpapi") << httpApi << QByteArray("GET") << json << none << events("[]") << 405
                                 << q("{'code':405,'error':'/2/httpapi takes POST, not GET'}");
    QTest::newRow("unknown path") << QStringLiteral("/usermap") << post << json << none << QByteArray("{}") << 404
                                  << q("{'code':404,'error':'Invalid request path'}");
    QTest::newRow("empty body") << httpApi << post << json << none << QByteArray() << 400
                                << q("{'code':400,'error':'Missing request body'}");
    QTest::newRow("malformed JSON")
        << httpApi << post << json << none << QByteArray("{\"api_key\":") << 400
        << QByteArray("prefix:{\"code\":400,\"error\":\"Invalid JSON request body: body is not valid JSON");
    QTest::newRow("array body")
        << httpApi << post << json << none << QByteArray("[]") << 400
        << q("{'code':400,'error':'Invalid JSON request body: body: expected a JSON object, got an array'}");
    QTest::newRow("no api_key") << httpApi << post << json << none
                                << q("{'events':[{'event_type':'a','user_id':'user-1'}]}") << 400
                                << q("{'code':400,'error':'Request missing required field','missing_field':'api_key'}");
    QTest::newRow("api_key number")
        << httpApi << post << json << none << q("{'api_key':5,'events':[{'event_type':'a','user_id':'user-1'}]}") << 400
        << q("{'code':400,'error':'Request missing required field','missing_field':'api_key'}");
    QTest::newRow("no events") << httpApi << post << json << none << ("{\"api_key\":\"" + apiKey + "\"}") << 400
                               << q("{'code':400,'error':'Request missing required field','missing_field':'events'}");
    QTest::newRow("empty events")
        << httpApi << post << json << none << events("[]") << 400
        << q("{'code':400,'error':'Request missing required field','missing_field':'events'}");
    QTest::newRow("events object")
        << httpApi << post << json << none << events("{}") << 400
        << q("{'code':400,'error':'Invalid event JSON: events: expected an array, got an object'}");
    QTest::newRow("options not object")
        << httpApi << post << json << none << events("[{'event_type':'a','user_id':'user-1'}]", "'options':[],") << 400
        << q("{'code':400,'error':'Invalid JSON request body: options: expected an object, got an array'}");
    QTest::newRow("min_id_length text") << httpApi << post << json << none
                                        << events("[{'event_type':'a','user_id':'user-1'}]",
                                               "'options':{'min_id_length':'3'},")
                                        << 400
                                        << q("{'code':400,'error':'Invalid JSON request body: options.min_id_length: "
                                             "expected a whole number, got a string'}");
    QByteArray many = "[";
    for (int i = 0; i < 2001; ++i)
        many += (i ? "," : "") + q("{'event_type':'a','user_id':'user-1'}");
    many += ']';
    QTest::newRow("2001 events") << httpApi << post << json << none
                                 << ("{\"api_key\":\"" + apiKey + "\",\"events\":" + many + '}') << 413
                                 << q("{'code':413,'error':'Payload too large'}");
    QTest::newRow("event not object")
        << httpApi << post << json << none << events("['a']") << 400
        << q("{'code':400,'error':'Invalid field values on some events: events[0]: expected an object, got a string',"
             "'events_with_invalid_fields':{'event':[0]},'events_with_missing_fields':{}}");
    QTest::newRow("float time") << httpApi << post << json << none
                                << events("[{'event_type':'a','user_id':'user-1','time':1.5}]") << 400
                                << q("{'code':400,'error':'Invalid field values on some events: events[0].time: "
                                     "expected milliseconds since 1970, got 1.5',"
                                     "'events_with_invalid_fields':{'time':[0]},'events_with_missing_fields':{}}");
    QTest::newRow("refused device id")
        << httpApi << post << json << none
        << events("[{'event_type':'a','device_id':'00000000-0000-0000-0000-000000000000'}]") << 400
        << q("{'code':400,'error':'Invalid field values on some events: events[0].device_id: "
             "&00000000-0000-0000-0000-000000000000& is one of the ids Amplitude refuses',"
             "'events_with_invalid_fields':{'device_id':[0]},'events_with_missing_fields':{}}")
               .replace('&', '\'');
    QTest::newRow("groupidentify without groups")
        << httpApi << post << json << none
        << events("[{'event_type':'$groupidentify','user_id':'user-1','group_properties':{}}]") << 400
        << q("{'code':400,'error':'Invalid field values on some events: events[0].groups: required for $groupidentify "
             "(the group to describe)',"
             "'events_with_invalid_fields':{},'events_with_missing_fields':{'groups':[0]}}");
    QTest::newRow("corrupt gzip")
        << httpApi << post << json << QByteArray("gzip") << QByteArray("\x1f\x8b\x08garbage", 10) << 400
        << QByteArray("prefix:{\"code\":400,\"error\":\"Invalid request body: the body is marked as gzip");

    const QString identify = QStringLiteral("/identify");
    QTest::newRow("identify PUT") << identify << QByteArray("PUT") << form << none << key << 405
                                  << q("{'code':405,'error':'/identify takes POST, not PUT'}");
    QTest::newRow("identify no api_key")
        << identify << post << form << none << QByteArray("identification=%7B%22user_id%22%3A%22user-1%22%7D") << 400
        << q("{'code':400,'error':'Request missing required field','missing_field':'api_key'}");
    QTest::newRow("identify no identification")
        << identify << post << form << none << key << 400
        << q("{'code':400,'error':'Request missing required field','missing_event':'identification'}");
    QTest::newRow("identify bad escape")
        << identify << post << form << none << (key + "&identification=%zz") << 400
        << QByteArray("prefix:{\"code\":400,\"error\":\"Invalid request body: body: not a valid form");
    QTest::newRow("identify malformed JSON")
        << identify << post << form << none << (key + "&identification=%7B") << 400
        << QByteArray("prefix:{\"code\":400,\"error\":\"Invalid JSON request body: identification is not valid JSON");
    QTest::newRow("identify empty array") << identify << post << form << none << (key + "&identification=%5B%5D") << 400
                                          << q("{'code':400,'error':'Invalid JSON request body: identification: empty "
                                               "array','missing_event':'identification'}");
    QTest::newRow("identify without ids")
        << identify << post << form << none << (key + "&identification=%7B%22user_properties%22%3A%7B%7D%7D") << 400
        << q("{'code':400,'error':'Invalid field values on some identifications: identification: needs a user_id or a "
             "device_id',"
             "'events_with_invalid_fields':{},'events_with_missing_fields':{'user_id':[0]}}");
    QTest::newRow("identify properties array")
        << identify << post << form << none
        << (key + "&identification=%5B%7B%22user_id%22%3A%22user-1%22%2C%22user_properties%22%3A5%7D%5D") << 400
        << q("{'code':400,'error':'Invalid field values on some identifications: identification[0].user_properties: "
             "expected an object, got a number',"
             "'events_with_invalid_fields':{'user_properties':[0]},'events_with_missing_fields':{}}");
    QTest::newRow("groupidentify without group_type")
        << QStringLiteral("/groupidentify") << post << form << none
        << (key + "&identification=%7B%22group_value%22%3A%2210%22%7D") << 400
        << q("{'code':400,'error':'Invalid field values on some identifications: identification.group_type: required',"
             "'events_with_invalid_fields':{},'events_with_missing_fields':{'group_type':[0]}}");
}

void TestAmplitudeRequestDecoder::rejections()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, reply);

    CollectorRequest r = request(path, body, contentType);
    r.method = method;
    if (!encoding.isEmpty())
        r.headers.append(qMakePair(QByteArray("Content-Encoding"), encoding));
    const DecodedRequest out = decode(r);
    QCOMPARE(out.status, status);
    QCOMPARE(out.events.size(), 0);
    QVERIFY(!out.message.isEmpty());
    QVERIFY(!out.errorCode.isEmpty());
    QVERIFY(out.reply);
    QCOMPARE(out.reply->status, status);
    QCOMPARE(out.reply->contentType, QByteArray("application/json"));
    if (reply.startsWith("prefix:"))
        QVERIFY2(out.reply->body.startsWith(reply.mid(7)), out.reply->body.constData());
    else {
        QVERIFY(!object(reply).isEmpty());
        QCOMPARE(object(out.reply->body), object(reply));
    }
    QCOMPARE(object(out.reply->body).value(QLatin1String("code")).toInt(), status);
    if (body.contains(apiKey))
        QCOMPARE(out.secrets, QByteArrayList { apiKey });
}

QTEST_GUILESS_MAIN(TestAmplitudeRequestDecoder)
#include "tst_amplituderequestdecoder.moc"

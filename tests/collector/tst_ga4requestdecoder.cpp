// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The GA4 Measurement Protocol decoder, called directly, and Ga4PayloadValidator: every canonical field of
// each call type, the exact answers (/mp/collect 204, /debug/mp/collect validationMessages), every rejection,
// and each of Google's limits at the limit (passes) and one over (fails, with its code and field path).

#include "collector/ga4requestdecoder.h"
#include "core/gzipcodec.h"
#include "providers/ga4payloadvalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Journey;

namespace {

// 2025-08-05T12:01:00Z: a minute after the recorded payloads' request timestamp.
constexpr qint64 receivedAt = 1754395260000;
const QByteArray secret = QByteArrayLiteral("Xy9_secret-Ab12");

/// JSON written with single quotes (moc-safe), turned into real JSON.
QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

QByteArray dataFile(const QString& name)
{
    QFile file(QStringLiteral(JOURNEY_TEST_DATA "/collector/ga4/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

CollectorRequest request(const QString& path, const QByteArray& body,
    const QString& query = QStringLiteral("measurement_id=G-TEST123&api_secret=Xy9_secret-Ab12"))
{
    CollectorRequest r;
    r.method = "POST";
    r.path = path;
    r.fullPath = path;
    r.query = QUrlQuery(query);
    r.headers = { { "Content-Type", "application/json" } };
    r.body = body;
    r.receivedAt = receivedAt;
    return r;
}

DecodedRequest decode(const CollectorRequest& r)
{
    CollectorConfig config;
    Ga4RequestDecoder decoder(config);
    DecodedRequest out;
    decoder.decode(r, out);
    return out;
}

QJsonObject payload(const DecodedRequest& out, int i)
{
    return QJsonDocument::fromJson(out.events.payload(i).toByteArray()).object();
}

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QString iso(qint64 ms)
{
    return CanonicalEventWriter::timestamp(ms);
}

/// A body Google finds nothing wrong with.
QJsonObject validBody()
{
    return object(q("{'client_id':'123.456','user_id':'u1','user_properties':{'tier':{'value':'gold'}},"
                    "'events':[{'name':'add_to_cart','params':{'currency':'EUR','value':3}}]}"));
}

QString repeated(int count, QChar c = u'a')
{
    return QString(count, c);
}

QJsonObject withEventName(const QString& name)
{
    QJsonObject body = validBody();
    QJsonArray events = body.value(QLatin1String("events")).toArray();
    QJsonObject event = events.at(0).toObject();
    event.insert(QStringLiteral("name"), name);
    events.replace(0, event);
    body.insert(QStringLiteral("events"), events);
    return body;
}

QJsonObject withParams(const QJsonObject& params)
{
    QJsonObject body = validBody();
    QJsonArray events = body.value(QLatin1String("events")).toArray();
    QJsonObject event = events.at(0).toObject();
    event.insert(QStringLiteral("params"), params);
    events.replace(0, event);
    body.insert(QStringLiteral("events"), events);
    return body;
}

QJsonObject withUserProperties(const QJsonObject& properties)
{
    QJsonObject body = validBody();
    body.insert(QStringLiteral("user_properties"), properties);
    return body;
}

QJsonObject withEventCount(int count)
{
    QJsonObject body = validBody();
    QJsonArray events;
    for (int i = 0; i < count; ++i)
        events.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("tick") } });
    body.insert(QStringLiteral("events"), events);
    return body;
}

QJsonObject manyParams(int count)
{
    QJsonObject params;
    for (int i = 0; i < count; ++i)
        params.insert(QStringLiteral("p%1").arg(i), i);
    return params;
}

QJsonObject manyUserProperties(int count)
{
    QJsonObject properties;
    for (int i = 0; i < count; ++i)
        properties.insert(QStringLiteral("up%1").arg(i), QJsonObject { { QStringLiteral("value"), i } });
    return properties;
}

QString describe(const QList<Ga4PayloadValidator::Message>& messages)
{
    QStringList lines;
    for (const auto& message : messages)
        lines.append(
            message.validationCode + QLatin1Char(' ') + message.fieldPath + QStringLiteral(": ") + message.description);
    return lines.join(QLatin1String("; "));
}

} // namespace

class TestGa4RequestDecoder : public QObject
{
    Q_OBJECT

private slots:
    void claimsItsPaths();
    void webStreamRequest();
    void appStreamRequest();
    void timestamps();
    void joinGroupWithoutGroupIdStaysTrack();
    void numericIdsBecomeStrings();
    void requestBreakingLimitsIsStoredWithMessages();
    void gzipBody();
    void debugEndpointAnswersValidationMessages();
    void debugEndpointValidRequest();
    void rejections_data();
    void rejections();
    void gtagHits();
    void gtagRejections_data();
    void gtagRejections();

    void validatorLimits_data();
    void validatorLimits();
    void validatorStreams();
    void validatorDescriptions();
    void validatorTimestamps();
    void validatorEventIndex();
};

void TestGa4RequestDecoder::claimsItsPaths()
{
    CollectorConfig config;
    Ga4RequestDecoder decoder(config);
    QCOMPARE(decoder.claim(request(QStringLiteral("/mp/collect"), {})), RequestDecoder::Claim::Certain);
    QCOMPARE(decoder.claim(request(QStringLiteral("/mp/collect/"), {})), RequestDecoder::Claim::Certain);
    QCOMPARE(decoder.claim(request(QStringLiteral("/debug/mp/collect"), {})), RequestDecoder::Claim::Certain);
    QCOMPARE(decoder.claim(request(QStringLiteral("/g/collect"), {})), RequestDecoder::Claim::Certain);
    QCOMPARE(decoder.claim(request(QStringLiteral("/collect"), {})), RequestDecoder::Claim::No);
    QCOMPARE(decoder.claim(request(QStringLiteral("/v1/track"), {})), RequestDecoder::Claim::No);
    QCOMPARE(decoder.prefixes(), QStringList { QStringLiteral("ga4") });
    QCOMPARE(decoder.paths(),
        (QStringList { QStringLiteral("/mp/collect"), QStringLiteral("/debug/mp/collect"), QStringLiteral("/g/collect") }));
}

void TestGa4RequestDecoder::webStreamRequest()
{
    const DecodedRequest out = decode(request(QStringLiteral("/mp/collect"), dataFile(QStringLiteral("mp-web.json"))));
    QCOMPARE(out.status, 200);
    QVERIFY(out.record);
    QCOMPARE(out.source, EventSource::GoogleAnalytics4);
    QVERIFY(out.reply);
    QCOMPARE(out.reply->status, 204);
    QVERIFY(out.reply->body.isEmpty());
    QCOMPARE(out.secrets, QByteArrayList { secret });
    QCOMPARE(out.events.size(), 3);

    // What the request shares: context.ga4 and context.traits on every event.
    const QJsonObject sharedGa4 = object(
        q("{'measurement_id':'G-TEST123','client_id':'123456.7654321','non_personalized_ads':false,"
          "'consent':{'ad_user_data':'GRANTED','ad_personalization':'DENIED'},"
          "'user_location':{'city':'Mountain "
          "View','region_id':'US-CA','country_id':'US','subcontinent_id':'021','continent_id':'019'},"
          "'ip_override':'203.0.113.7',"
          "'device':{'category':'desktop','language':'en','screen_resolution':'1280x2856','operating_system':'MacOS',"
          "'operating_system_version':'14.0.0','browser':'Chrome','browser_version':'136.0.7103.60'},"
          "'user_properties':{'customer_tier':{'value':'premium'},'visits':{'value':12}},"
          "'validation_behavior':'ENFORCE_RECOMMENDATIONS'}"));
    const QJsonObject traits = object(q("{'customer_tier':'premium','visits':12}"));

    for (int i = 0; i < out.events.size(); ++i) {
        const QJsonObject event = payload(out, i);
        QCOMPARE(out.events.source(i), EventSource::GoogleAnalytics4);
        QCOMPARE(event.value(QLatin1String("userId")).toString(), QStringLiteral("user-12345"));
        QCOMPARE(out.events.userId(i), QByteArrayView("user-12345"));
        QCOMPARE(event.value(QLatin1String("anonymousId")).toString(), QStringLiteral("123456.7654321"));
        QVERIFY(!event.value(QLatin1String("messageId")).toString().isEmpty()); // generated: GA4 has no event id
        const QJsonObject context = event.value(QLatin1String("context")).toObject();
        QCOMPARE(context.value(QLatin1String("traits")).toObject(), traits);
        QJsonObject ga4 = context.value(QLatin1String("ga4")).toObject();
        QVERIFY2(!ga4.contains(QLatin1String("validationMessages")), QJsonDocument(ga4).toJson().constData());
        ga4.remove(QStringLiteral("params"));
        QCOMPARE(ga4, sharedGa4);
        QVERIFY(!out.events.payload(i).contains(secret));
        QVERIFY(!out.events.payload(i).contains("api_secret"));
    }

    // page_view → page
    const QJsonObject page = payload(out, 0);
    QCOMPARE(out.events.type(0), EventType::Page);
    QCOMPARE(page.value(QLatin1String("type")).toString(), QStringLiteral("page"));
    QCOMPARE(page.value(QLatin1String("name")).toString(), QStringLiteral("Your cart"));
    QCOMPARE(page.value(QLatin1String("timestamp")).toString(), iso(1754395200000)); // the request's timestamp_micros
    QCOMPARE(page.value(QLatin1String("properties")).toObject(),
        object(q("{'page_location':'https://shop.example.com/cart','page_referrer':'https://shop.example.com/',"
                 "'page_title':'Your cart','session_id':'1754395100','engagement_time_msec':1200,"
                 "'url':'https://shop.example.com/cart','referrer':'https://shop.example.com/','title':'Your cart'}")));

    // purchase → track, with its own timestamp_micros
    const QJsonObject purchase = payload(out, 1);
    QCOMPARE(out.events.type(1), EventType::Track);
    QCOMPARE(purchase.value(QLatin1String("event")).toString(), QStringLiteral("purchase"));
    QCOMPARE(purchase.value(QLatin1String("timestamp")).toString(), iso(1754395230500));
    QCOMPARE(purchase.value(QLatin1String("properties")).toObject(),
        object(q("{'currency':'USD','value':30.03,'transaction_id':'T_12345','coupon':'SUMMER',"
                 "'items':[{'item_id':'SKU_12345','item_name':'Stan and Friends Tee','price':10.01,'quantity':3}],"
                 "'session_id':'1754395100','engagement_time_msec':100}")));

    // join_group → group
    const QJsonObject group = payload(out, 2);
    QCOMPARE(out.events.type(2), EventType::Group);
    QCOMPARE(group.value(QLatin1String("groupId")).toString(), QStringLiteral("G_12345"));
    QCOMPARE(out.events.groupId(2), QByteArrayView("G_12345"));
    QVERIFY(!group.contains(QLatin1String("properties")));
    QCOMPARE(group.value(QLatin1String("context"))
                 .toObject()
                 .value(QLatin1String("ga4"))
                 .toObject()
                 .value(QLatin1String("params"))
                 .toObject(),
        object(q("{'session_id':'1754395100'}")));
}

void TestGa4RequestDecoder::appStreamRequest()
{
    const DecodedRequest out = decode(request(QStringLiteral("/mp/collect"), dataFile(QStringLiteral("mp-app.json")),
        QStringLiteral("firebase_app_id=1:1234567890:android:321abc456def7890&api_secret=Xy9_secret-Ab12")));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.reply->status, 204);
    QCOMPARE(out.events.size(), 2);

    // screen_view → screen; Google reserves screen_view on the Measurement Protocol: reported on that event only.
    const QJsonObject screen = payload(out, 0);
    QCOMPARE(out.events.type(0), EventType::Screen);
    QCOMPARE(screen.value(QLatin1String("name")).toString(), QStringLiteral("Checkout"));
    QCOMPARE(screen.value(QLatin1String("properties")).toObject(),
        object(q("{'screen_name':'Checkout','screen_class':'CheckoutViewController','engagement_time_msec':300}")));
    QCOMPARE(screen.value(QLatin1String("anonymousId")).toString(), QStringLiteral("bc17b822c8c84a7e84ac7e010cc2d7f1"));
    QCOMPARE(screen.value(QLatin1String("userId")).toString(), QStringLiteral("user-12345"));
    QCOMPARE(screen.value(QLatin1String("timestamp")).toString(), iso(receivedAt)); // no timestamp_micros anywhere
    const QJsonObject ga4 = screen.value(QLatin1String("context")).toObject().value(QLatin1String("ga4")).toObject();
    QCOMPARE(ga4.value(QLatin1String("firebase_app_id")).toString(),
        QStringLiteral("1:1234567890:android:321abc456def7890"));
    QCOMPARE(
        ga4.value(QLatin1String("app_instance_id")).toString(), QStringLiteral("bc17b822c8c84a7e84ac7e010cc2d7f1"));
    QVERIFY(!ga4.contains(QLatin1String("measurement_id")));
    QCOMPARE(ga4.value(QLatin1String("validationMessages")).toArray(),
        QJsonArray { object(q("{'fieldPath':'events[0].name','validationCode':'NAME_RESERVED',"
                              "'description':'Event at index: [0] has name [screen_view], which is reserved.'}")) });
    QVERIFY(!screen.value(QLatin1String("context")).toObject().contains(QLatin1String("traits")));

    const QJsonObject levelUp = payload(out, 1);
    QCOMPARE(out.events.type(1), EventType::Track);
    QCOMPARE(levelUp.value(QLatin1String("event")).toString(), QStringLiteral("level_up"));
    QCOMPARE(levelUp.value(QLatin1String("properties")).toObject(), object(q("{'level':5,'character':'Ada'}")));
    QVERIFY(!levelUp.value(QLatin1String("context"))
                 .toObject()
                 .value(QLatin1String("ga4"))
                 .toObject()
                 .contains(QLatin1String("validationMessages")));
}

void TestGa4RequestDecoder::timestamps()
{
    // Event timestamp_micros wins over the request's; strings of digits (proto3 JSON int64) are read too.
    const DecodedRequest out = decode(request(QStringLiteral("/mp/collect"),
        q("{'client_id':'1.2','timestamp_micros':'1754395200000000','events':[{'name':'a'},"
          "{'name':'b','timestamp_micros':1754395100123456}]}")));
    QCOMPARE(out.status, 200);
    QCOMPARE(payload(out, 0).value(QLatin1String("timestamp")).toString(), iso(1754395200000));
    QCOMPARE(payload(out, 1).value(QLatin1String("timestamp")).toString(), iso(1754395100123));
    QCOMPARE(out.events.timestamp(1), 1754395100123);
}

void TestGa4RequestDecoder::joinGroupWithoutGroupIdStaysTrack()
{
    const DecodedRequest out = decode(request(QStringLiteral("/mp/collect"),
        q("{'client_id':'1.2','events':[{'name':'join_group','params':{'method':'invite'}},"
          "{'name':'join_group','params':{'group_id':42}}]}")));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.type(0), EventType::Track);
    QCOMPARE(payload(out, 0).value(QLatin1String("event")).toString(), QStringLiteral("join_group"));
    QCOMPARE(payload(out, 0).value(QLatin1String("properties")).toObject(), object(q("{'method':'invite'}")));
    QCOMPARE(out.events.type(1), EventType::Group);
    QCOMPARE(payload(out, 1).value(QLatin1String("groupId")).toString(), QStringLiteral("42"));
}

void TestGa4RequestDecoder::numericIdsBecomeStrings()
{
    const DecodedRequest out = decode(
        request(QStringLiteral("/mp/collect"), q("{'client_id':12345,'user_id':678,'events':[{'name':'a'}]}")));
    QCOMPARE(out.status, 200);
    QCOMPARE(payload(out, 0).value(QLatin1String("anonymousId")).toString(), QStringLiteral("12345"));
    QCOMPARE(payload(out, 0).value(QLatin1String("userId")).toString(), QStringLiteral("678"));
    // Google's validator wants a string: the event is stored, with the finding.
    const QJsonArray messages = payload(out, 0)
                                    .value(QLatin1String("context"))
                                    .toObject()
                                    .value(QLatin1String("ga4"))
                                    .toObject()
                                    .value(QLatin1String("validationMessages"))
                                    .toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("fieldPath")).toString(), QStringLiteral("client_id"));
    QCOMPARE(
        messages.at(0).toObject().value(QLatin1String("validationCode")).toString(), QStringLiteral("VALUE_INVALID"));
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("fieldPath")).toString(), QStringLiteral("user_id"));
}

void TestGa4RequestDecoder::requestBreakingLimitsIsStoredWithMessages()
{
    // 26 events (one too many), no client_id, event 1 with an invalid name: Google answers 2xx and drops what it
    // must; the collector stores everything and says what Google would drop.
    QJsonObject body;
    QJsonArray events;
    for (int i = 0; i < 26; ++i)
        events.append(
            QJsonObject { { QStringLiteral("name"), i == 1 ? QStringLiteral("bad-name") : QStringLiteral("tick") } });
    body.insert(QStringLiteral("events"), events);
    const DecodedRequest out
        = decode(request(QStringLiteral("/mp/collect"), QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.reply->status, 204);
    QVERIFY(out.reply->body.isEmpty());
    QCOMPARE(out.events.size(), 26);

    const QJsonObject clientMessage
        = object(q("{'fieldPath':'client_id','validationCode':'VALUE_REQUIRED',"
                   "'description':'Unable to find non-empty parameter [client_id] value in payload.'}"));
    const QJsonObject countMessage
        = object(q("{'fieldPath':'events','validationCode':'EXCEEDED_MAX_ENTITIES',"
                   "'description':'Request has [26] events. A maximum of 25 events can be specified per request.'}"));
    const QJsonObject nameMessage = object(q("{'fieldPath':'events[1].name','validationCode':'NAME_INVALID',"
                                             "'description':'Event at index: [1] has invalid name [bad-name]. Only "
                                             "alphanumeric characters and underscores are allowed.'}"));
    const auto messagesOf = [&](int i) {
        return payload(out, i)
            .value(QLatin1String("context"))
            .toObject()
            .value(QLatin1String("ga4"))
            .toObject()
            .value(QLatin1String("validationMessages"))
            .toArray();
    };
    QCOMPARE(messagesOf(0), (QJsonArray { clientMessage, countMessage }));
    QCOMPARE(messagesOf(1), (QJsonArray { clientMessage, countMessage, nameMessage }));
    QCOMPARE(messagesOf(25), (QJsonArray { clientMessage, countMessage }));
    QVERIFY(!payload(out, 0).contains(QLatin1String("anonymousId")));
}

void TestGa4RequestDecoder::gzipBody()
{
    CollectorRequest r
        = request(QStringLiteral("/mp/collect"), GzipCodec::compress(q("{'client_id':'1.2','events':[{'name':'a'}]}")));
    r.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
    const DecodedRequest out = decode(r);
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 1);
    QCOMPARE(out.body, q("{'client_id':'1.2','events':[{'name':'a'}]}"));
}

void TestGa4RequestDecoder::debugEndpointAnswersValidationMessages()
{
    const DecodedRequest out = decode(request(QStringLiteral("/debug/mp/collect"),
        q("{'client_id':'1.2','events':[{'name':'_badEventName','params':{'ga_x':1}}]}")));
    QCOMPARE(out.status, 200);
    QVERIFY(!out.record);
    QCOMPARE(out.events.size(), 0);
    QVERIFY(out.reply);
    QCOMPARE(out.reply->status, 200);
    QCOMPARE(out.reply->contentType, QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(out.reply->body).object(),
        object(q("{'validationMessages':["
                 "{'fieldPath':'events[0].name','validationCode':'NAME_INVALID',"
                 "'description':'Event at index: [0] has invalid name [_badEventName]. Names must start with an "
                 "alphabetic character.'},"
                 "{'fieldPath':'events[0].params.ga_x','validationCode':'NAME_RESERVED',"
                 "'description':'Event at index: [0] has parameter [ga_x], which starts with the reserved prefix "
                 "[ga_].'}]}")));
    QCOMPARE(out.secrets, QByteArrayList { secret });
}

void TestGa4RequestDecoder::debugEndpointValidRequest()
{
    // Shapes the collecting endpoint rejects are findings here, as on Google's validation server.
    DecodedRequest out = decode(request(QStringLiteral("/debug/mp/collect"), dataFile(QStringLiteral("mp-web.json"))));
    QCOMPARE(out.status, 200);
    QVERIFY(!out.record);
    QCOMPARE(out.reply->body, QByteArray("{\"validationMessages\":[]}"));

    out = decode(request(QStringLiteral("/debug/mp/collect"), q("{'client_id':'1.2'}")));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.reply->body,
        q("{'validationMessages':[{'description':'Unable to find non-empty parameter [events] value in payload.',"
          "'fieldPath':'events','validationCode':'VALUE_REQUIRED'}]}"));
}

void TestGa4RequestDecoder::rejections_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QString query = QStringLiteral("measurement_id=G-TEST123&api_secret=Xy9_secret-Ab12");
    const QByteArray good = q("{'client_id':'1.2','events':[{'name':'a'}]}");
    const QString collect = QStringLiteral("/mp/collect");
    const QString debug = QStringLiteral("/debug/mp/collect");

    QTest::newRow("GET") << collect << QByteArray("GET") << query << good << QByteArray() << 405
                         << QStringLiteral("/mp/collect takes POST, not GET");
    QTest::newRow("no api_secret") << collect << QByteArray("POST") << QStringLiteral("measurement_id=G-TEST123")
                                   << good << QByteArray() << 400 << QStringLiteral("api_secret: required");
    QTest::newRow("no stream id") << collect << QByteArray("POST") << QStringLiteral("api_secret=Xy9_secret-Ab12")
                                  << good << QByteArray() << 400
                                  << QStringLiteral("measurement_id or firebase_app_id: required");
    QTest::newRow("debug without api_secret") << debug << QByteArray("POST") << QStringLiteral("measurement_id=G-1")
                                              << good << QByteArray() << 400 << QStringLiteral("api_secret: required");
    QTest::newRow("malformed JSON") << collect << QByteArray("POST") << query << QByteArray("{\"events\":[")
                                    << QByteArray() << 400 << QStringLiteral("body is not valid JSON");
    QTest::newRow("debug malformed JSON") << debug << QByteArray("POST") << query << QByteArray("{\"events\":")
                                          << QByteArray() << 400 << QStringLiteral("body is not valid JSON");
    QTest::newRow("empty body") << collect << QByteArray("POST") << query << QByteArray() << QByteArray() << 400
                                << QStringLiteral("body: empty");
    QTest::newRow("array body") << collect << QByteArray("POST") << query << q("[{'name':'a'}]") << QByteArray() << 400
                                << QStringLiteral("body: expected a JSON object, got an array");
    QTest::newRow("no events") << collect << QByteArray("POST") << query << q("{'client_id':'1.2'}") << QByteArray()
                               << 400 << QStringLiteral("events: required");
    QTest::newRow("empty events") << collect << QByteArray("POST") << query << q("{'client_id':'1.2','events':[]}")
                                  << QByteArray() << 400 << QStringLiteral("events: empty");
    QTest::newRow("events not array") << collect << QByteArray("POST") << query << q("{'client_id':'1.2','events':{}}")
                                      << QByteArray() << 400
                                      << QStringLiteral("events: expected an array, got an object");
    QTest::newRow("event not object") << collect << QByteArray("POST") << query
                                      << q("{'client_id':'1.2','events':[{'name':'a'},'b']}") << QByteArray() << 400
                                      << QStringLiteral("events[1]: expected an object, got a string");
    QTest::newRow("event without name") << collect << QByteArray("POST") << query
                                        << q("{'client_id':'1.2','events':[{'params':{}}]}") << QByteArray() << 400
                                        << QStringLiteral("events[0].name: required");
    QTest::newRow("name not string") << collect << QByteArray("POST") << query
                                     << q("{'client_id':'1.2','events':[{'name':7}]}") << QByteArray() << 400
                                     << QStringLiteral("events[0].name: expected a string, got a number");
    QTest::newRow("params not object") << collect << QByteArray("POST") << query
                                       << q("{'client_id':'1.2','events':[{'name':'a','params':[1]}]}") << QByteArray()
                                       << 400 << QStringLiteral("events[0].params: expected an object, got an array");
    QTest::newRow("event timestamp text")
        << collect << QByteArray("POST") << query
        << q("{'client_id':'1.2','events':[{'name':'a','timestamp_micros':'yesterday'}]}") << QByteArray() << 400
        << QStringLiteral("events[0].timestamp_micros: expected microseconds since 1970, got a string");
    QTest::newRow("request timestamp object")
        << collect << QByteArray("POST") << query
        << q("{'client_id':'1.2','timestamp_micros':{},'events':[{'name':'a'}]}") << QByteArray() << 400
        << QStringLiteral("timestamp_micros: expected microseconds since 1970, got an object");
    QTest::newRow("user_id object") << collect << QByteArray("POST") << query
                                    << q("{'client_id':'1.2','user_id':{},'events':[{'name':'a'}]}") << QByteArray()
                                    << 400 << QStringLiteral("user_id: expected a string, got an object");
    QTest::newRow("client_id array") << collect << QByteArray("POST") << query
                                     << q("{'client_id':[1],'events':[{'name':'a'}]}") << QByteArray() << 400
                                     << QStringLiteral("client_id: expected a string, got an array");
    QTest::newRow("user_properties array")
        << collect << QByteArray("POST") << query
        << q("{'client_id':'1.2','user_properties':[],'events':[{'name':'a'}]}") << QByteArray() << 400
        << QStringLiteral("user_properties: expected an object, got an array");
    QTest::newRow("corrupt gzip") << collect << QByteArray("POST") << query << QByteArray("\x1f\x8b\x08garbage", 10)
                                  << QByteArray("gzip") << 400 << QStringLiteral("does not decompress");
    QTest::newRow("over 1 MB") << collect << QByteArray("POST") << query
                               << QByteArray("{\"client_id\":\"1.2\",\"events\":[{\"name\":\"a\",\"params\":{\"x\":\"")
            + QByteArray(1024 * 1024, 'x') + QByteArray("\"}}]}")
                               << QByteArray() << 413
                               << QStringLiteral("the collector takes at most 1024.0 KB per GA4 request");
    QTest::newRow("unknown path") << QStringLiteral("/mp/other") << QByteArray("POST") << query << good << QByteArray()
                                  << 404 << QStringLiteral("not a GA4 Measurement Protocol endpoint");
}

void TestGa4RequestDecoder::rejections()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, method);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, encoding);
    QFETCH(int, status);
    QFETCH(QString, message);

    CollectorRequest r = request(path, body, query);
    r.method = method;
    if (!encoding.isEmpty())
        r.headers.append(qMakePair(QByteArray("Content-Encoding"), encoding));
    const DecodedRequest out = decode(r);
    QCOMPARE(out.status, status);
    QVERIFY2(out.message.contains(message), qPrintable(out.message));
    QCOMPARE(out.events.size(), 0);
    QVERIFY(!out.errorCode.isEmpty());
    if (query.contains(QLatin1String("api_secret")))
        QCOMPARE(out.secrets, QByteArrayList { secret });
}

void TestGa4RequestDecoder::gtagHits()
{
    // One hit in the query (GET, or a POST without a body): a page view.
    CollectorRequest get = request(QStringLiteral("/g/collect"), {},
        QStringLiteral("v=2&tid=G-8XK2Q7&cid=111.222&sid=1754395100&sct=2&ul=de-de&sr=390x844&dl=https%3A%2F%2Fshop.example.com%2Fcart%3Fstep%3D1"
                       "&dr=https%3A%2F%2Fshop.example.com%2F&dt=Your%20cart&en=page_view&_s=1&_p=99&ep.section=checkout&epn.items=3"
                       "&up.tier=gold&upn.visits=12"));
    get.method = "GET";
    get.headers.clear();
    DecodedRequest out = decode(get);
    QCOMPARE(out.status, 200);
    QVERIFY(out.reply);
    QCOMPARE(out.reply->status, 204);
    QVERIFY(out.reply->body.isEmpty());
    QVERIFY(out.secrets.isEmpty());
    QCOMPARE(out.events.size(), 1);
    QCOMPARE(out.events.type(0), EventType::Page);
    QCOMPARE(out.events.source(0), EventSource::GoogleAnalytics4);
    QCOMPARE(out.events.timestamp(0), receivedAt); // gtag hits carry no time
    const QJsonObject page = payload(out, 0);
    QCOMPARE(page.value(QLatin1String("name")).toString(), QStringLiteral("Your cart"));
    QCOMPARE(page.value(QLatin1String("anonymousId")).toString(), QStringLiteral("111.222"));
    QVERIFY(!page.contains(QLatin1String("userId")));
    QCOMPARE(page.value(QLatin1String("properties")).toObject(),
        object(q("{'page_location':'https://shop.example.com/cart?step=1','page_referrer':'https://shop.example.com/',"
                 "'page_title':'Your cart','url':'https://shop.example.com/cart?step=1','referrer':'https://shop.example.com/',"
                 "'title':'Your cart','session_id':'1754395100','section':'checkout','items':3}")));
    const QJsonObject context = page.value(QLatin1String("context")).toObject();
    QCOMPARE(context.value(QLatin1String("traits")).toObject(), object(q("{'tier':'gold','visits':12}")));
    QCOMPARE(context.value(QLatin1String("locale")).toString(), QStringLiteral("de-de"));
    QCOMPARE(context.value(QLatin1String("screen")).toObject(), object(q("{'width':390,'height':844}")));
    QCOMPARE(context.value(QLatin1String("page")).toObject(),
        object(q("{'url':'https://shop.example.com/cart?step=1','path':'/cart','search':'?step=1',"
                 "'referrer':'https://shop.example.com/','title':'Your cart'}")));
    QCOMPARE(context.value(QLatin1String("ga4")).toObject(),
        object(q("{'measurement_id':'G-8XK2Q7','client_id':'111.222','device':{'language':'de-de','screen_resolution':'390x844'},"
                 "'user_properties':{'tier':{'value':'gold'},'visits':{'value':12}},'hit':{'v':'2','sct':'2','_s':'1','_p':'99'}}")));

    // A batched POST: the query is shared, each body line one event (its own parameters win), items decoded.
    CollectorRequest post = request(QStringLiteral("/g/collect"),
        "en=purchase&_et=1500&cu=EUR&ep.transaction_id=T-1&epn.value=30.5&uid=u-9"
        "&pr1=idSKU-1~nmTee%20~~%20Cap~pr10.25~qt2~lp1~k0size~v0XL~zzodd&pr2=idSKU-2~pr10\r\n"
        "en=scroll&epn.percent_scrolled=90&dt=Other\r\n",
        QStringLiteral("v=2&tid=G-8XK2Q7&cid=111.222&dt=Thanks&uid=u-1&_s=4"));
    post.headers = { { "Content-Type", "text/plain;charset=UTF-8" } };
    out = decode(post);
    QCOMPARE(out.status, 200);
    QCOMPARE(out.events.size(), 2);
    QCOMPARE(out.events.type(0), EventType::Track);
    QCOMPARE(out.events.name(0), QByteArrayView("purchase"));
    QCOMPARE(out.events.userId(0), QByteArrayView("u-9"));
    QCOMPARE(out.events.userId(1), QByteArrayView("u-1"));
    const QJsonObject properties = payload(out, 0).value(QLatin1String("properties")).toObject();
    QCOMPARE(properties.value(QLatin1String("value")).toDouble(), 30.5);
    QCOMPARE(properties.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(properties.value(QLatin1String("transaction_id")).toString(), QStringLiteral("T-1"));
    QCOMPARE(properties.value(QLatin1String("engagement_time_msec")).toDouble(), 1500.0);
    QCOMPARE(properties.value(QLatin1String("page_title")).toString(), QStringLiteral("Thanks"));
    QCOMPARE(properties.value(QLatin1String("items")).toArray(),
        QJsonDocument::fromJson(q("[{'item_id':'SKU-1','item_name':'Tee ~ Cap','price':10.25,'quantity':2,'index':1,'size':'XL','zz':'odd'},"
                                  "{'item_id':'SKU-2','price':10}]"))
            .array());
    const QJsonObject scroll = payload(out, 1);
    QCOMPARE(scroll.value(QLatin1String("event")).toString(), QStringLiteral("scroll"));
    QCOMPARE(scroll.value(QLatin1String("properties")).toObject().value(QLatin1String("page_title")).toString(), QStringLiteral("Other"));
    QCOMPARE(scroll.value(QLatin1String("properties")).toObject().value(QLatin1String("percent_scrolled")).toDouble(), 90.0);
}

void TestGa4RequestDecoder::gtagRejections_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("PUT") << QByteArray("PUT") << QStringLiteral("v=2&tid=G-1&en=a") << QByteArray() << 405
                         << QStringLiteral("/g/collect takes GET or POST, not PUT");
    QTest::newRow("no tid") << QByteArray("GET") << QStringLiteral("v=2&cid=1.2&en=a") << QByteArray() << 400
                            << QStringLiteral("query: tid: required");
    QTest::newRow("no en") << QByteArray("GET") << QStringLiteral("v=2&tid=G-1&cid=1.2") << QByteArray() << 400
                           << QStringLiteral("query: en: required");
    QTest::newRow("line without en") << QByteArray("POST") << QStringLiteral("v=2&tid=G-1") << QByteArray("en=a\r\n_et=5")
                                     << 400 << QStringLiteral("body line 2: en: required");
    QTest::newRow("epn not a number") << QByteArray("GET") << QStringLiteral("v=2&tid=G-1&en=a&epn.value=abc") << QByteArray()
                                      << 400 << QStringLiteral("query: epn.value: expected a number, got \"abc\"");
    QTest::newRow("item price not a number") << QByteArray("POST") << QStringLiteral("v=2&tid=G-1") << QByteArray("en=a&pr1=idX~prcheap")
                                             << 400 << QStringLiteral("body line 1: pr1: pr: expected a number, got \"cheap\"");
    QTest::newRow("bad escape") << QByteArray("POST") << QStringLiteral("v=2&tid=G-1") << QByteArray("en=a&dt=%ZZ") << 400
                                << QStringLiteral("body line 1: the form field \"dt\" has a malformed %-escape");
}

void TestGa4RequestDecoder::gtagRejections()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);

    CollectorRequest r = request(QStringLiteral("/g/collect"), body, query);
    r.method = method;
    const DecodedRequest out = decode(r);
    QCOMPARE(out.status, status);
    QVERIFY2(out.message.contains(message), qPrintable(out.message));
    QCOMPARE(out.events.size(), 0);
}

void TestGa4RequestDecoder::validatorLimits_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("fieldPath");
    QTest::addColumn<QString>("code");

    const QString none;
    QTest::newRow("valid") << validBody() << none << none;

    QTest::newRow("25 events") << withEventCount(25) << none << none;
    QTest::newRow("26 events") << withEventCount(26) << QStringLiteral("events")
                               << QStringLiteral("EXCEEDED_MAX_ENTITIES");
    QJsonObject noEvents = validBody();
    noEvents.remove(QStringLiteral("events"));
    QTest::newRow("no events") << noEvents << QStringLiteral("events") << QStringLiteral("VALUE_REQUIRED");
    QTest::newRow("empty events") << withEventCount(0) << QStringLiteral("events") << QStringLiteral("VALUE_REQUIRED");
    QJsonObject eventsObject = validBody();
    eventsObject.insert(QStringLiteral("events"), QJsonObject());
    QTest::newRow("events object") << eventsObject << QStringLiteral("events") << QStringLiteral("VALUE_INVALID");

    QTest::newRow("event name 40") << withEventName(repeated(40)) << none << none;
    QTest::newRow("event name 41") << withEventName(repeated(41)) << QStringLiteral("events[0].name")
                                   << QStringLiteral("NAME_INVALID");
    QTest::newRow("event name accented") << withEventName(QStringLiteral("événement_2")) << none << none;
    QTest::newRow("event name digit first")
        << withEventName(QStringLiteral("1st")) << QStringLiteral("events[0].name") << QStringLiteral("NAME_INVALID");
    QTest::newRow("event name underscore first")
        << withEventName(QStringLiteral("_x")) << QStringLiteral("events[0].name") << QStringLiteral("NAME_INVALID");
    QTest::newRow("event name with dash") << withEventName(QStringLiteral("my-event"))
                                          << QStringLiteral("events[0].name") << QStringLiteral("NAME_INVALID");
    QTest::newRow("event name with space") << withEventName(QStringLiteral("Order Completed"))
                                           << QStringLiteral("events[0].name") << QStringLiteral("NAME_INVALID");
    QTest::newRow("event name reserved") << withEventName(QStringLiteral("session_start"))
                                         << QStringLiteral("events[0].name") << QStringLiteral("NAME_RESERVED");
    QTest::newRow("event name first_visit") << withEventName(QStringLiteral("first_visit"))
                                            << QStringLiteral("events[0].name") << QStringLiteral("NAME_RESERVED");
    QTest::newRow("event name page_view") << withEventName(QStringLiteral("page_view")) << none << none;
    QTest::newRow("event name firebase_") << withEventName(QStringLiteral("firebase_thing"))
                                          << QStringLiteral("events[0].name") << QStringLiteral("NAME_RESERVED");
    QTest::newRow("event name google_") << withEventName(QStringLiteral("Google_thing"))
                                        << QStringLiteral("events[0].name") << QStringLiteral("NAME_RESERVED");
    QTest::newRow("event name empty") << withEventName(QString()) << QStringLiteral("events[0].name")
                                      << QStringLiteral("VALUE_REQUIRED");
    QJsonObject numericName = validBody();
    numericName.insert(QStringLiteral("events"), QJsonArray { QJsonObject { { QStringLiteral("name"), 5 } } });
    QTest::newRow("event name number") << numericName << QStringLiteral("events[0].name")
                                       << QStringLiteral("VALUE_INVALID");
    QJsonObject eventText = validBody();
    eventText.insert(QStringLiteral("events"), QJsonArray { QStringLiteral("a") });
    QTest::newRow("event not object") << eventText << QStringLiteral("events[0]") << QStringLiteral("VALUE_INVALID");

    QTest::newRow("25 params") << withParams(manyParams(25)) << none << none;
    QTest::newRow("26 params") << withParams(manyParams(26)) << QStringLiteral("events[0].params")
                               << QStringLiteral("EXCEEDED_MAX_ENTITIES");
    QJsonObject paramsArray = validBody();
    paramsArray.insert(QStringLiteral("events"),
        QJsonArray { QJsonObject {
            { QStringLiteral("name"), QStringLiteral("a") }, { QStringLiteral("params"), QJsonArray { 1 } } } });
    QTest::newRow("params array") << paramsArray << QStringLiteral("events[0].params")
                                  << QStringLiteral("VALUE_INVALID");
    QTest::newRow("param name 40") << withParams({ { repeated(40, u'p'), 1 } }) << none << none;
    QTest::newRow("param name 41") << withParams({ { repeated(41, u'p'), 1 } })
                                   << QStringLiteral("events[0].params.") + repeated(41, u'p')
                                   << QStringLiteral("NAME_INVALID");
    QTest::newRow("param name digit first")
        << withParams({ { QStringLiteral("9lives"), 1 } }) << QStringLiteral("events[0].params.9lives")
        << QStringLiteral("NAME_INVALID");
    QTest::newRow("param name underscore first")
        << withParams({ { QStringLiteral("_p"), 1 } }) << QStringLiteral("events[0].params._p")
        << QStringLiteral("NAME_INVALID");
    QTest::newRow("param name gtag.") << withParams({ { QStringLiteral("gtag.x"), 1 } })
                                      << QStringLiteral("events[0].params.gtag.x") << QStringLiteral("NAME_RESERVED");
    QTest::newRow("param name ga_") << withParams({ { QStringLiteral("ga_x"), 1 } })
                                    << QStringLiteral("events[0].params.ga_x") << QStringLiteral("NAME_RESERVED");
    QTest::newRow("param name firebase_conversion")
        << withParams({ { QStringLiteral("firebase_conversion"), 1 } })
        << QStringLiteral("events[0].params.firebase_conversion") << QStringLiteral("NAME_RESERVED");
    QTest::newRow("param value 100") << withParams({ { QStringLiteral("v"), repeated(100) } }) << none << none;
    QTest::newRow("param value 101") << withParams({ { QStringLiteral("v"), repeated(101) } })
                                     << QStringLiteral("events[0].params.v") << QStringLiteral("VALUE_OUT_OF_BOUNDS");
    QTest::newRow("page_location 1000") << withParams({ { QStringLiteral("page_location"), repeated(1000) } }) << none
                                        << none;
    QTest::newRow("page_location 1001") << withParams({ { QStringLiteral("page_location"), repeated(1001) } })
                                        << QStringLiteral("events[0].params.page_location")
                                        << QStringLiteral("VALUE_OUT_OF_BOUNDS");
    QTest::newRow("page_referrer 420") << withParams({ { QStringLiteral("page_referrer"), repeated(420) } }) << none
                                       << none;
    QTest::newRow("page_referrer 421") << withParams({ { QStringLiteral("page_referrer"), repeated(421) } })
                                       << QStringLiteral("events[0].params.page_referrer")
                                       << QStringLiteral("VALUE_OUT_OF_BOUNDS");
    QTest::newRow("page_title 300") << withParams({ { QStringLiteral("page_title"), repeated(300) } }) << none << none;
    QTest::newRow("page_title 301") << withParams({ { QStringLiteral("page_title"), repeated(301) } })
                                    << QStringLiteral("events[0].params.page_title")
                                    << QStringLiteral("VALUE_OUT_OF_BOUNDS");
    QTest::newRow("param value 100 emoji")
        << withParams({ { QStringLiteral("v"), QString(100, u'x').replace(0, 1, QStringLiteral("\U0001F600")) } })
        << none << none;

    QTest::newRow("25 user properties") << withUserProperties(manyUserProperties(25)) << none << none;
    QTest::newRow("26 user properties") << withUserProperties(manyUserProperties(26))
                                        << QStringLiteral("user_properties") << QStringLiteral("EXCEEDED_MAX_ENTITIES");
    const auto userProperty = [](const QString& name, const QJsonValue& value) {
        return withUserProperties({ { name, QJsonObject { { QStringLiteral("value"), value } } } });
    };
    QTest::newRow("user property name 24") << userProperty(repeated(24, u'u'), 1) << none << none;
    QTest::newRow("user property name 25")
        << userProperty(repeated(25, u'u'), 1) << QStringLiteral("user_properties.") + repeated(25, u'u')
        << QStringLiteral("NAME_INVALID");
    QTest::newRow("user property name with space")
        << userProperty(QStringLiteral("plan type"), 1) << QStringLiteral("user_properties.plan type")
        << QStringLiteral("NAME_INVALID");
    QTest::newRow("user property reserved")
        << userProperty(QStringLiteral("first_open_time"), 1) << QStringLiteral("user_properties.first_open_time")
        << QStringLiteral("NAME_RESERVED");
    QTest::newRow("user property user_id")
        << userProperty(QStringLiteral("user_id"), 1) << QStringLiteral("user_properties.user_id")
        << QStringLiteral("NAME_RESERVED");
    QTest::newRow("user property google_")
        << userProperty(QStringLiteral("google_x"), 1) << QStringLiteral("user_properties.google_x")
        << QStringLiteral("NAME_RESERVED");
    QTest::newRow("user property value 36") << userProperty(QStringLiteral("tier"), repeated(36)) << none << none;
    QTest::newRow("user property value 37")
        << userProperty(QStringLiteral("tier"), repeated(37)) << QStringLiteral("user_properties.tier.value")
        << QStringLiteral("VALUE_OUT_OF_BOUNDS");
    QTest::newRow("user property bare value")
        << withUserProperties({ { QStringLiteral("tier"), QStringLiteral("gold") } })
        << QStringLiteral("user_properties.tier") << QStringLiteral("VALUE_INVALID");
    QJsonObject userPropertiesArray = validBody();
    userPropertiesArray.insert(QStringLiteral("user_properties"), QJsonArray());
    QTest::newRow("user_properties array")
        << userPropertiesArray << QStringLiteral("user_properties") << QStringLiteral("VALUE_INVALID");

    QJsonObject userId = validBody();
    userId.insert(QStringLiteral("user_id"), repeated(256));
    QTest::newRow("user_id 256") << userId << none << none;
    userId.insert(QStringLiteral("user_id"), repeated(257));
    QTest::newRow("user_id 257") << userId << QStringLiteral("user_id") << QStringLiteral("VALUE_OUT_OF_BOUNDS");
    userId.insert(QStringLiteral("user_id"), true);
    QTest::newRow("user_id boolean") << userId << QStringLiteral("user_id") << QStringLiteral("VALUE_INVALID");

    QJsonObject noClient = validBody();
    noClient.remove(QStringLiteral("client_id"));
    QTest::newRow("no client_id") << noClient << QStringLiteral("client_id") << QStringLiteral("VALUE_REQUIRED");
    noClient.insert(QStringLiteral("client_id"), QString());
    QTest::newRow("empty client_id") << noClient << QStringLiteral("client_id") << QStringLiteral("VALUE_REQUIRED");
    noClient.insert(QStringLiteral("client_id"), 12);
    QTest::newRow("numeric client_id") << noClient << QStringLiteral("client_id") << QStringLiteral("VALUE_INVALID");
}

void TestGa4RequestDecoder::validatorLimits()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, fieldPath);
    QFETCH(QString, code);

    Ga4PayloadValidator::Options options;
    options.stream = Ga4PayloadValidator::Stream::Web;
    options.nowMs = receivedAt;
    const auto messages = Ga4PayloadValidator().validate(body, options);
    if (code.isEmpty()) {
        QVERIFY2(messages.isEmpty(), qPrintable(describe(messages)));
        return;
    }
    QVERIFY2(messages.size() == 1, qPrintable(describe(messages)));
    QCOMPARE(messages.first().fieldPath, fieldPath);
    QCOMPARE(messages.first().validationCode, code);
    QVERIFY(!messages.first().description.isEmpty());
    QCOMPARE(messages.first().eventIndex, fieldPath.startsWith(QLatin1String("events[0]")) ? 0 : -1);
}

void TestGa4RequestDecoder::validatorStreams()
{
    const Ga4PayloadValidator validator;
    Ga4PayloadValidator::Options options;
    options.nowMs = receivedAt;
    const QJsonObject web = object(q("{'client_id':'1.2','events':[{'name':'a'}]}"));
    const QJsonObject app = object(q("{'app_instance_id':'bc17b822c8c84a7e84ac7e010cc2d7f1','events':[{'name':'a'}]}"));

    options.stream = Ga4PayloadValidator::Stream::Web;
    QVERIFY(validator.validate(web, options).isEmpty());
    auto messages = validator.validate(app, options);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().fieldPath, QStringLiteral("client_id"));

    options.stream = Ga4PayloadValidator::Stream::App;
    QVERIFY(validator.validate(app, options).isEmpty());
    messages = validator.validate(web, options);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first(),
        (Ga4PayloadValidator::Message { QStringLiteral("app_instance_id"),
            QStringLiteral("Unable to find non-empty parameter [app_instance_id] value in payload."),
            QStringLiteral("VALUE_REQUIRED"), -1 }));

    options.stream = Ga4PayloadValidator::Stream::Unknown;
    QVERIFY(validator.validate(web, options).isEmpty());
    QVERIFY(validator.validate(app, options).isEmpty());
    messages = validator.validate(object(q("{'events':[{'name':'a'}]}")), options);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().validationCode, QStringLiteral("VALUE_REQUIRED"));

    // Body size: under 130 000 bytes passes, 130 000 does not; unknown size is not checked.
    options.bodyBytes = Ga4PayloadValidator::maxBodyBytes - 1;
    QVERIFY(validator.validate(web, options).isEmpty());
    options.bodyBytes = Ga4PayloadValidator::maxBodyBytes;
    messages = validator.validate(web, options);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first(),
        (Ga4PayloadValidator::Message { QStringLiteral("body"),
            QStringLiteral("Request body is [130000] bytes. Requests must be smaller than 130000 bytes."),
            QStringLiteral("VALUE_OUT_OF_BOUNDS"), -1 }));
}

void TestGa4RequestDecoder::validatorDescriptions()
{
    Ga4PayloadValidator::Options options;
    options.stream = Ga4PayloadValidator::Stream::Web;
    options.nowMs = receivedAt;
    QJsonObject body = withParams({ { QStringLiteral("v"), repeated(101) }, { QStringLiteral("1x"), 1 } });
    body.insert(QStringLiteral("user_properties"),
        QJsonObject { { QStringLiteral("tier"), QJsonObject { { QStringLiteral("value"), repeated(37) } } },
            { QStringLiteral("user_id"), QJsonObject { { QStringLiteral("value"), 1 } } } });
    QJsonArray events = body.value(QLatin1String("events")).toArray();
    events.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("ad_click") } });
    events.append(QJsonObject { { QStringLiteral("name"), repeated(41) } });
    body.insert(QStringLiteral("events"), events);

    const auto messages = Ga4PayloadValidator().validate(body, options);
    const QJsonArray expected {
        object(q("{'fieldPath':'user_properties.tier.value','validationCode':'VALUE_OUT_OF_BOUNDS',"
                 "'description':'User property [tier] has a value that is too long: [37] characters. Values must be 36 "
                 "characters or fewer.'}")),
        object(q("{'fieldPath':'user_properties.user_id','validationCode':'NAME_RESERVED',"
                 "'description':'User property name [user_id] is reserved.'}")),
        object(q("{'fieldPath':'events[0].params.1x','validationCode':'NAME_INVALID',"
                 "'description':'Event at index: [0] has parameter with invalid name [1x]. Names must start with an "
                 "alphabetic character.'}")),
        object(q("{'fieldPath':'events[0].params.v','validationCode':'VALUE_OUT_OF_BOUNDS',"
                 "'description':'Event at index: [0] has parameter [v] with a value that is too long: [101] "
                 "characters. Values must be 100 characters or fewer.'}")),
        object(q("{'fieldPath':'events[1].name','validationCode':'NAME_RESERVED',"
                 "'description':'Event at index: [1] has name [ad_click], which is reserved.'}")),
        QJsonObject { { QStringLiteral("fieldPath"), QStringLiteral("events[2].name") },
            { QStringLiteral("validationCode"), QStringLiteral("NAME_INVALID") },
            { QStringLiteral("description"),
                QStringLiteral("Event at index: [2] has invalid name [%1]. Names must be 40 characters or fewer.")
                    .arg(repeated(41)) } },
    };
    QCOMPARE(Ga4PayloadValidator::toJson(messages), expected);
}

void TestGa4RequestDecoder::validatorTimestamps()
{
    const Ga4PayloadValidator validator;
    Ga4PayloadValidator::Options options;
    options.stream = Ga4PayloadValidator::Stream::Web;
    options.nowMs = receivedAt;
    const qint64 oldest = receivedAt - Ga4PayloadValidator::maxBackdateMs;

    QJsonObject body = validBody();
    body.insert(QStringLiteral("timestamp_micros"), double(oldest * 1000));
    QVERIFY2(validator.validate(body, options).isEmpty(), qPrintable(describe(validator.validate(body, options))));
    body.insert(QStringLiteral("timestamp_micros"), double((oldest - 1) * 1000));
    auto messages = validator.validate(body, options);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().fieldPath, QStringLiteral("timestamp_micros"));
    QCOMPARE(messages.first().validationCode, QStringLiteral("VALUE_OUT_OF_BOUNDS"));
    QCOMPARE(messages.first().eventIndex, -1);
    body.insert(QStringLiteral("timestamp_micros"), QStringLiteral("soon"));
    messages = validator.validate(body, options);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().validationCode, QStringLiteral("VALUE_INVALID"));

    body = validBody();
    QJsonArray events = body.value(QLatin1String("events")).toArray();
    QJsonObject event = events.at(0).toObject();
    event.insert(QStringLiteral("timestamp_micros"), QString::number(oldest * 1000));
    events.replace(0, event);
    body.insert(QStringLiteral("events"), events);
    QVERIFY(validator.validate(body, options).isEmpty());
    event.insert(QStringLiteral("timestamp_micros"), QString::number((oldest - 1) * 1000));
    events.replace(0, event);
    body.insert(QStringLiteral("events"), events);
    messages = validator.validate(body, options);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first(),
        (Ga4PayloadValidator::Message { QStringLiteral("events[0].timestamp_micros"),
            QStringLiteral("Event at index: [0] has timestamp_micros [%1], which is more than 72 hours in the past.")
                .arg((oldest - 1) * 1000),
            QStringLiteral("VALUE_OUT_OF_BOUNDS"), 0 }));
}

void TestGa4RequestDecoder::validatorEventIndex()
{
    const QList<Ga4PayloadValidator::Message> messages {
        { QStringLiteral("client_id"), QStringLiteral("a"), QStringLiteral("VALUE_REQUIRED"), -1 },
        { QStringLiteral("events[0].name"), QStringLiteral("b"), QStringLiteral("NAME_INVALID"), 0 },
        { QStringLiteral("events[1].name"), QStringLiteral("c"), QStringLiteral("NAME_INVALID"), 1 },
    };
    QCOMPARE(Ga4PayloadValidator::forEvent(messages, 1),
        (QList<Ga4PayloadValidator::Message> { messages.at(0), messages.at(2) }));
    QCOMPARE(Ga4PayloadValidator::forEvent(messages, 5), (QList<Ga4PayloadValidator::Message> { messages.at(0) }));
    QCOMPARE(messages.at(1).toJson(),
        object(q("{'fieldPath':'events[0].name','description':'b','validationCode':'NAME_INVALID'}")));
    QCOMPARE(Ga4PayloadValidator().validate(validBody()), QList<Ga4PayloadValidator::Message>());
}

QTEST_GUILESS_MAIN(TestGa4RequestDecoder)
#include "tst_ga4requestdecoder.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// Heap's server-side APIs against a real HTTP sink: paths, app_id, JSON without gzip, every payload field of
// the six calls, property flattening, identity rules, bulk splitting, size rejection, idempotency keys,
// configuration errors and how answers are classified.

#include "providertestutil.h"

#include "delivery/httpsender.h"
#include "providers/heapprovider.h"

#include <QJsonArray>
#include <QSet>

#include <numeric>

using namespace JourneyTest;
using Journey::BatchLimits;
using Journey::DeliveryOutcome;
using Journey::EncodedBatch;
using Journey::HeapProvider;
using Journey::OutboundEvent;
using Journey::ProviderRequest;
using Journey::ProviderResponse;

namespace {

QJsonObject bodyOf(const SinkRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QJsonObject bodyOf(const ProviderRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

const SinkRequest* findPath(const QList<SinkRequest>& requests, const QString& path)
{
    for (const SinkRequest& request : requests) {
        if (request.path == path)
            return &request;
    }
    return nullptr;
}

QStringList notesOf(const EncodedBatch& batch, int index)
{
    QStringList notes;
    for (const auto& note : batch.notes) {
        if (note.index == index)
            notes.append(note.text);
    }
    return notes;
}

QString rejectionOf(const EncodedBatch& batch, int index)
{
    for (const auto& issue : batch.rejected) {
        if (issue.index == index)
            return issue.text;
    }
    return {};
}

bool anyContains(const QStringList& texts, const QString& part)
{
    for (const QString& text : texts) {
        if (text.contains(part))
            return true;
    }
    return false;
}

/// Every input index is carried by a request or rejected, and no request lists an unknown index.
void checkCoverage(const EncodedBatch& batch, int count)
{
    QSet<int> covered;
    for (const ProviderRequest& request : batch.requests) {
        for (int index : request.items) {
            QVERIFY(index >= 0 && index < count);
            covered.insert(index);
        }
    }
    for (const auto& issue : batch.rejected) {
        QVERIFY2(!covered.contains(issue.index), "a rejected event is also sent");
        covered.insert(issue.index);
    }
    QCOMPARE(covered.size(), count);
}

OutboundEvent trackEvent(int n, const QByteArray& extra = {})
{
    return outbound("{\"type\":\"track\",\"event\":\"Clicked\",\"userId\":\"u" + QByteArray::number(n)
            + "\",\"messageId\":\"m-" + QByteArray::number(n) + "\",\"timestamp\":\"2026-03-01T10:00:00.000Z\","
              "\"properties\":{\"n\":"
            + QByteArray::number(n) + extra + "}}",
        n + 1);
}

HeapProvider configured(const QJsonObject& settings)
{
    HeapProvider provider;
    QString error;
    if (!provider.configure(settings, &error))
        qWarning("configure failed: %s", qPrintable(error));
    return provider;
}

HeapProvider configured()
{
    return configured(QJsonObject { { QStringLiteral("appId"), QStringLiteral("env-123") } });
}

/// JSON written with single quotes (moc does not understand every raw string literal).
QByteArray q(const char* json)
{
    return QByteArray(json).replace('\'', '"');
}

/// Everything an encoded batch says, one line each: every request (path and body) in order, then every note.
QStringList transcriptOf(const EncodedBatch& batch)
{
    QStringList lines;
    for (const ProviderRequest& request : batch.requests)
        lines.append(request.url.path() + QLatin1Char(' ') + QString::fromUtf8(request.body));
    for (const auto& note : batch.notes)
        lines.append(QString::number(note.index) + QLatin1String(": ") + note.text);
    return lines;
}

} // namespace

class TestHeapProvider : public QObject
{
    Q_OBJECT

private slots:
    void basics()
    {
        HeapProvider provider;
        QCOMPARE(provider.id(), QStringLiteral("heap"));
        QCOMPARE(provider.defaultEndpoint(), QUrl(QStringLiteral("https://heapanalytics.com")));
        QCOMPARE(provider.endpoint(), QUrl(QStringLiteral("https://heapanalytics.com")));
        QVERIFY(provider.integrationNames().contains(QStringLiteral("Heap")));
        const BatchLimits limits = provider.limits();
        QCOMPARE(limits.maxEvents, 1000);
        QCOMPARE(limits.maxRequestBytes, qint64(1024 * 1024));
        QCOMPARE(limits.maxEventBytes, qint64(128 * 1024));
        QCOMPARE(provider.settingKeys(), QStringList({ QStringLiteral("appId"), QStringLiteral("accountIdProperty") }));
    }

    void configErrors_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing appId") << QByteArray("{}") << QStringLiteral("journey.providers.heap.appId: required");
        QTest::newRow("empty appId") << QByteArray("{\"appId\":\"  \"}") << QStringLiteral("journey.providers.heap.appId: required");
        QTest::newRow("appId number") << QByteArray("{\"appId\":123}")
                                      << QStringLiteral("journey.providers.heap.appId: expected a string");
        QTest::newRow("unknown key") << QByteArray("{\"appId\":\"x\",\"apiKey\":\"y\"}")
                                     << QStringLiteral("journey.providers.heap.apiKey: unknown key");
        QTest::newRow("account property type") << QByteArray("{\"appId\":\"x\",\"accountIdProperty\":true}")
                                               << QStringLiteral("journey.providers.heap.accountIdProperty: expected a string");
        QTest::newRow("account property empty") << QByteArray("{\"appId\":\"x\",\"accountIdProperty\":\"\"}")
                                                << QStringLiteral("journey.providers.heap.accountIdProperty:");
        QTest::newRow("account property id") << QByteArray("{\"appId\":\"x\",\"accountIdProperty\":\"Id\"}")
                                             << QStringLiteral("refuses a user property named \"id\"");
    }

    void configErrors()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, expected);
        HeapProvider provider;
        QString error;
        QVERIFY(!provider.configure(QJsonDocument::fromJson(settings).object(), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(provider.secrets().isEmpty());
    }

    void configAndSecrets()
    {
        HeapProvider provider;
        QString error;
        QVERIFY(provider.configure(QJsonDocument::fromJson("{\"appId\":\"env-9\",\"accountIdProperty\":\"company\"}").object(),
            &error));
        QCOMPARE(provider.appId(), QStringLiteral("env-9"));
        QCOMPARE(provider.accountIdProperty(), QStringLiteral("company"));
        QCOMPARE(provider.secrets(), QStringList { QStringLiteral("env-9") });
        // A second configure starts from the defaults again.
        QVERIFY(provider.configure(QJsonDocument::fromJson("{\"appId\":\"env-10\"}").object(), &error));
        QCOMPARE(provider.accountIdProperty(), QStringLiteral("account_id"));
        QCOMPARE(provider.secrets(), QStringList { QStringLiteral("env-10") });
    }

    void heapUserIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("zero") << QStringLiteral("0") << true;
        QTest::newRow("typical") << QStringLiteral("2893405982345") << true;
        QTest::newRow("max") << QStringLiteral("9007199254740991") << true;
        QTest::newRow("2^53") << QStringLiteral("9007199254740992") << false;
        QTest::newRow("too long") << QStringLiteral("12345678901234567") << false;
        QTest::newRow("leading zero") << QStringLiteral("0123") << false;
        QTest::newRow("negative") << QStringLiteral("-5") << false;
        QTest::newRow("uuid") << QStringLiteral("6f1c0a52-1111-4c7a-9b0e-1d2c3b4a5f60") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("12 3") << false;
    }

    void heapUserIds()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(HeapProvider::isHeapUserId(text), valid);
    }

    void allSixCallsOnTheWire()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        sink.setDefault(SinkResponse::reply(200, "{}"));
        HeapProvider provider = configured();
        provider.setEndpointOverride(sink.url());

        const QList<OutboundEvent> events {
            outbound(R"({"type":"track","event":"Order Completed","userId":"user-1","anonymousId":"anon-1",
                "messageId":"msg-track","timestamp":"2026-03-01T10:00:00.000Z",
                "properties":{"revenue":42.5,"currency":"EUR","coupon":"SPRING"},
                "context":{"library":{"name":"analytics.js","version":"1.0"},"ip":"1.2.3.4"}})"),
            outbound(R"({"type":"identify","userId":"user-1","anonymousId":"anon-1","messageId":"msg-identify",
                "timestamp":"2026-03-01T10:00:01.000Z","traits":{"plan":"pro","seats":5}})"),
            outbound(R"({"type":"page","name":"Pricing","category":"Docs","userId":"user-1","messageId":"msg-page",
                "timestamp":"2026-03-01T10:00:02.000Z","properties":{"title":"Pricing – Acme"},
                "context":{"page":{"path":"/pricing","url":"https:\/\/acme.test/pricing","title":"ignored",
                "referrer":"https:\/\/google.com/","search":"?a=1"}}})"),
            outbound(R"({"type":"screen","name":"Home","category":"Main","userId":"user-1","messageId":"msg-screen",
                "timestamp":"2026-03-01T10:00:03.000Z","properties":{"tab":"feed"}})"),
            outbound(R"({"type":"group","groupId":"acct-7","userId":"user-1","messageId":"msg-group",
                "timestamp":"2026-03-01T10:00:04.000Z","traits":{"name":"Acme Inc","employees":120}})"),
            outbound(R"({"type":"alias","previousId":"123456789","userId":"user-1","messageId":"msg-alias",
                "timestamp":"2026-03-01T10:00:05.000Z"})"),
        };
        const EncodedBatch batch = provider.encode(events, provider.limits());
        QVERIFY2(batch.rejected.isEmpty(), qPrintable(batch.rejected.value(0).text));
        checkCoverage(batch, events.size());
        QCOMPARE(batch.requests.size(), 4);

        const QList<ProviderResponse> responses = sendAll(batch);
        QCOMPARE(responses.size(), 4);
        for (qsizetype i = 0; i < responses.size(); ++i) {
            QCOMPARE(responses[i].status, 200);
            QCOMPARE(provider.classify(batch.requests[i], responses[i]).outcome, DeliveryOutcome::Delivered);
        }
        QCOMPARE(sink.requests().size(), 4);

        for (const SinkRequest& request : sink.requests()) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
            QVERIFY(!request.gzipped);
            QVERIFY(request.header("Content-Encoding").isEmpty());
            QCOMPARE(request.wireBody, request.body);
            QVERIFY(request.query.isEmpty());
            QVERIFY(request.header("Authorization").isEmpty());
            QCOMPARE(bodyOf(request).value(QLatin1String("app_id")).toString(), QStringLiteral("env-123"));
        }

        // track, page and screen: one bulk /api/track.
        const SinkRequest* track = findPath(sink.requests(), QStringLiteral("/api/track"));
        QVERIFY(track);
        QJsonObject body = bodyOf(*track);
        QCOMPARE(body.keys(), QStringList({ QStringLiteral("app_id"), QStringLiteral("events") }));
        const QJsonArray trackEvents = body.value(QLatin1String("events")).toArray();
        QCOMPARE(trackEvents.size(), 3);

        const QJsonObject order = trackEvents[0].toObject();
        QCOMPARE(order, QJsonDocument::fromJson(R"({"identity":"user-1","event":"Order Completed",
            "timestamp":"2026-03-01T10:00:00.000Z","idempotency_key":"msg-track",
            "properties":{"revenue":42.5,"currency":"EUR","coupon":"SPRING"}})").object());

        const QJsonObject page = trackEvents[1].toObject();
        QCOMPARE(page, QJsonDocument::fromJson(R"({"identity":"user-1","event":"Page Viewed",
            "timestamp":"2026-03-01T10:00:02.000Z","idempotency_key":"msg-page",
            "properties":{"title":"Pricing – Acme","path":"/pricing","url":"https:\/\/acme.test/pricing",
            "referrer":"https:\/\/google.com/","search":"?a=1","name":"Pricing","category":"Docs"}})").object());
        QVERIFY(anyContains(notesOf(batch, 2), QStringLiteral("Page Viewed")));

        const QJsonObject screen = trackEvents[2].toObject();
        QCOMPARE(screen, QJsonDocument::fromJson(R"({"identity":"user-1","event":"Screen Viewed",
            "timestamp":"2026-03-01T10:00:03.000Z","idempotency_key":"msg-screen",
            "properties":{"tab":"feed","name":"Home","category":"Main"}})").object());
        QVERIFY(anyContains(notesOf(batch, 3), QStringLiteral("Screen Viewed")));

        // identify and group's account id: one bulk /api/add_user_properties.
        const SinkRequest* users = findPath(sink.requests(), QStringLiteral("/api/add_user_properties"));
        QVERIFY(users);
        body = bodyOf(*users);
        QCOMPARE(body.keys(), QStringList({ QStringLiteral("app_id"), QStringLiteral("users") }));
        QCOMPARE(body.value(QLatin1String("users")).toArray(), QJsonDocument::fromJson(R"([
            {"identity":"user-1","properties":{"plan":"pro","seats":5}},
            {"identity":"user-1","properties":{"account_id":"acct-7"}}])").array());

        // group traits: /api/add_account_properties.
        const SinkRequest* accounts = findPath(sink.requests(), QStringLiteral("/api/add_account_properties"));
        QVERIFY(accounts);
        body = bodyOf(*accounts);
        QCOMPARE(body.keys(), QStringList({ QStringLiteral("accounts"), QStringLiteral("app_id") }));
        QCOMPARE(body.value(QLatin1String("accounts")).toArray(), QJsonDocument::fromJson(R"([
            {"account_id":"acct-7","properties":{"name":"Acme Inc","employees":120}}])").array());

        // alias with a Heap user id: /api/v1/identify.
        const SinkRequest* alias = findPath(sink.requests(), QStringLiteral("/api/v1/identify"));
        QVERIFY(alias);
        QCOMPARE(bodyOf(*alias), QJsonDocument::fromJson(R"({"app_id":"env-123","user_id":"123456789",
            "identity":"user-1","timestamp":"2026-03-01T10:00:05.000Z"})").object());

        // Items name the events each request carries.
        for (const ProviderRequest& request : batch.requests) {
            if (request.url.path() == QLatin1String("/api/track"))
                QCOMPARE(request.items, QList<int>({ 0, 2, 3 }));
            else if (request.url.path() == QLatin1String("/api/add_user_properties"))
                QCOMPARE(request.items, QList<int>({ 1, 4 }));
            else if (request.url.path() == QLatin1String("/api/add_account_properties"))
                QCOMPARE(request.items, QList<int>({ 4 }));
            else
                QCOMPARE(request.items, QList<int>({ 5 }));
            QVERIFY(!request.gzip);
            QVERIFY(!request.label.isEmpty());
        }

        // The context Heap has no place for is reported, not dropped silently.
        QVERIFY(anyContains(notesOf(batch, 0), QStringLiteral("context.library")));
        QVERIFY(anyContains(notesOf(batch, 0), QStringLiteral("context.ip")));
        QVERIFY(!anyContains(notesOf(batch, 2), QStringLiteral("context.page")));
    }

    void pathPrefix()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        HeapProvider provider = configured();
        provider.setEndpointOverride(QUrl(sink.url().toString() + QStringLiteral("/proxy/")));
        const QList<OutboundEvent> events {
            trackEvent(1),
            outbound(R"({"type":"alias","previousId":"42","userId":"u","messageId":"a","timestamp":"2026-03-01T10:00:00.000Z"})"),
        };
        const EncodedBatch batch = provider.encode(events, provider.limits());
        QCOMPARE(batch.requests.size(), 2);
        sendAll(batch);
        QCOMPARE(sink.requests().size(), 2);
        QVERIFY(findPath(sink.requests(), QStringLiteral("/proxy/api/track")));
        QVERIFY(findPath(sink.requests(), QStringLiteral("/proxy/api/v1/identify")));
    }

    void flattening()
    {
        HeapProvider provider = configured();
        const QString longValue(1500, QLatin1Char('v'));
        const QString longKey(1100, QLatin1Char('k'));
        QJsonObject message = QJsonDocument::fromJson(R"({"type":"track","event":"Checkout","userId":"u1",
            "messageId":"m1","timestamp":"2026-03-01T10:00:00.000Z","properties":{
            "plain":"text","count":3,"ratio":0.25,"flag":true,"off":false,"nothing":null,"emptyList":[],"emptyObject":{},
            "tags":["a","b",3,true],"items":[{"sku":"x"}],
            "address":{"city":"Berlin","geo":{"lat":52.5,"lng":13.4}}}})").object();
        QJsonObject properties = message.value(QLatin1String("properties")).toObject();
        properties.insert(QStringLiteral("long"), longValue);
        properties.insert(longKey, 1);
        message.insert(QStringLiteral("properties"), properties);
        OutboundEvent event;
        event.message = message;
        event.type = Journey::EventType::Track;

        const EncodedBatch batch = provider.encode({ event }, provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        const QJsonObject sent = bodyOf(batch.requests[0]).value(QLatin1String("events")).toArray()[0].toObject()
                                     .value(QLatin1String("properties")).toObject();
        QCOMPARE(sent.value(QLatin1String("plain")).toString(), QStringLiteral("text"));
        QCOMPARE(sent.value(QLatin1String("count")).toDouble(), 3.0);
        QCOMPARE(sent.value(QLatin1String("ratio")).toDouble(), 0.25);
        QCOMPARE(sent.value(QLatin1String("flag")).toString(), QStringLiteral("true"));
        QCOMPARE(sent.value(QLatin1String("off")).toString(), QStringLiteral("false"));
        QCOMPARE(sent.value(QLatin1String("tags")).toString(), QStringLiteral("a||b||3||true"));
        QCOMPARE(sent.value(QLatin1String("items")).toString(), QStringLiteral("{\"sku\":\"x\"}"));
        QCOMPARE(sent.value(QLatin1String("address.city")).toString(), QStringLiteral("Berlin"));
        QCOMPARE(sent.value(QLatin1String("address.geo.lat")).toDouble(), 52.5);
        QCOMPARE(sent.value(QLatin1String("address.geo.lng")).toDouble(), 13.4);
        QVERIFY(!sent.contains(QLatin1String("nothing")));
        QVERIFY(!sent.contains(QLatin1String("emptyList")));
        QVERIFY(!sent.contains(QLatin1String("emptyObject")));
        QVERIFY(!sent.contains(QLatin1String("address")));
        QCOMPARE(sent.value(QLatin1String("long")).toString(), QString(1023, QLatin1Char('v')));
        QVERIFY(sent.contains(QString(1023, QLatin1Char('k'))));
        // Only numbers and strings reach Heap.
        for (auto it = sent.begin(); it != sent.end(); ++it)
            QVERIFY2(it.value().isString() || it.value().isDouble(), qPrintable(it.key()));

        const QStringList notes = notesOf(batch, 0);
        QVERIFY(anyContains(notes, QStringLiteral("nested values flattened")));
        QVERIFY(anyContains(notes, QStringLiteral("\"address\"")));
        QVERIFY(anyContains(notes, QStringLiteral("joined with \"||\"")));
        QVERIFY(anyContains(notes, QStringLiteral("\"flag\"")));
        QVERIFY(anyContains(notes, QStringLiteral("\"nothing\"")));
        QVERIFY(anyContains(notes, QStringLiteral("values cut to 1023")));
        QVERIFY(anyContains(notes, QStringLiteral("names cut to 1023")));
    }

    // Pins the flattened names, values, their order and every note to the letter, for nested objects, arrays
    // of every kind, booleans, nulls, empties, names that collide once flattened and cut names and values.
    void flatteningExact()
    {
        // A name and a value that are too long only once flattened.
        const QByteArray longProperty = "\"long\":{\"" + QByteArray(1030, 'k') + "\":\"" + QByteArray(1100, 'v')
            + "\"},";
        const QList<OutboundEvent> events {
            outbound(q("{'type':'track','event':'Pinned','userId':'u1','messageId':'m1',"
                       "'timestamp':'2026-03-01T10:00:00.000Z','properties':{")
                + longProperty
                + q("'a':{'b':1,'c':{'d':'x','e':[],'f':null,'g':{}},'h':[1,[2,3],{'k':'v'}],'i':false},"
                    "'a.b':'literal','arr':[null,true,0.1,1e21,-0,12345678901234567890,'s',{'z':[]},[]],"
                    "'big':9007199254740993,'neg':-2.5,'emptyText':'',"
                    "'deep':{'l1':{'l2':{'l3':{'l4':{'l5':'bottom'}}}}},'nullish':null,'on':true,'x|y':['||','a,b'],'unicode':{'Ünï':'→','emoji':['😀',1.5]}}}")),
            outbound(q("{'type':'identify','userId':'u1','anonymousId':'12345','messageId':'m2',"
                "'timestamp':'2026-03-01T10:00:01.000Z','traits':{'Email':'A@B.test',"
                "'profile':{'ID':7,'email':'nested@x','tags':['p','q']},'id':3,'plan':{'name':'pro','seats':[1,2]}}}")),
            outbound(q("{'type':'group','groupId':'g1','userId':'u1','messageId':'m3',"
                "'timestamp':'2026-03-01T10:00:02.000Z','traits':{'address':{'city':'Berlin','zip':10115},"
                "'industry':'x','flags':[true,false],'empty':{},'none':null}}")),
            outbound(q("{'type':'page','name':'Home','userId':'u1','messageId':'m4',"
                "'timestamp':'2026-03-01T10:00:03.000Z','context':{'page':{'url':'https://e.test/','title':'T'}},"
                "'properties':{'section':{'id':1,'tags':[{'a':[1,2]},'b']}}}")),
        };
        HttpSink sink;
        QVERIFY(sink.start());
        HeapProvider provider = configured();
        provider.setEndpointOverride(sink.url());
        const EncodedBatch batch = provider.encode(events, provider.limits());
        QCOMPARE(batch.rejected.size(), 0);
        const QStringList expected {
            QStringLiteral("/api/v1/identify {\"app_id\":\"env-123\",\"identity\":\"u1\","
                "\"timestamp\":\"2026-03-01T10:00:01.000Z\",\"user_id\":\"12345\"}"),
            QStringLiteral("/api/track {\"app_id\":\"env-123\",\"events\":[{\"event\":\"Pinned\","
                "\"idempotency_key\":\"m1\",\"identity\":\"u1\",\"properties\":{\"a.b\":1,"
                "\"a.c.d\":\"x\",\"a.h\":\"1||[2,3]||{\\\"k\\\":\\\"v\\\"}\","
                "\"a.i\":\"false\",\"arr\":\"||true||0.1||1e+21||0||12345678901234567000||s||{\\\"z\\"
                "\":[]}||[]\",\"big\":9007199254740993,\"deep.l1.l2.l3.l4.l5\":\"bottom\","
                "\"emptyText\":\"\",\"long.%1\":\"%2\",\"neg\":-2.5,\"on\":\"true\","
                "\"unicode.emoji\":\"😀||1.5\",\"unicode.Ünï\":\"→\",\"x|y\":\"||||a,"
                "b\"},\"timestamp\":\"2026-03-01T10:00:00.000Z\"},{\"event\":\"Page Viewed\","
                "\"idempotency_key\":\"m4\",\"identity\":\"u1\",\"properties\":{\"name\":\"Home\","
                "\"section.id\":1,\"section.tags\":\"{\\\"a\\\":[1,2]}||b\","
                "\"title\":\"T\",\"url\":\"https://e.test/\"},\"timestamp\":\"2026-03-01T10:00:03.000"
                "Z\"}]}")
                .arg(QString(1018, QLatin1Char('k')), QString(1023, QLatin1Char('v'))),
            QStringLiteral("/api/add_user_properties {\"app_id\":\"env-123\",\"users\":[{\"identity\":\"u1\","
                "\"properties\":{\"email\":\"A@B.test\",\"plan.name\":\"pro\","
                "\"plan.seats\":\"1||2\",\"profile.ID\":7,\"profile.email\":\"nested@x\","
                "\"profile.tags\":\"p||q\"}},{\"identity\":\"u1\",\"properties\":{\"account_id\":\"g1"
                "\"}}]}"),
            QStringLiteral("/api/add_account_properties {\"app_id\":\"env-123\",\"accounts\":[{\"account_id\":\""
                "g1\",\"properties\":{\"address.city\":\"Berlin\",\"address.zip\":10115,"
                "\"flags\":\"true||false\",\"industry\":\"x\"}}]}"),
            QStringLiteral("0: nested values flattened into dotted keys (Heap takes only numbers and strings): \""
                "a\", \"deep\", \"long\", \"unicode\""),
            QStringLiteral("0: arrays sent as text joined with \"||\" (as Heap stores arrays): \"a.h\","
                " \"arr\", \"unicode.emoji\", \"x|y\""),
            QStringLiteral("0: true/false sent as the text \"true\"/\"false\" (Heap takes only numbers and strin"
                "gs): \"a.i\", \"on\""),
            QStringLiteral("0: null or empty values not sent: \"a.c.e\", \"a.c.f\", \"a.c.g\","
                " \"nullish\""),
            QStringLiteral("0: property names cut to 1023 characters (Heap's limit): \"long.%1\"")
                .arg(QString(55, QLatin1Char('k'))),
            QStringLiteral("0: values cut to 1023 characters (Heap's limit): \"long.%1\"")
                .arg(QString(55, QLatin1Char('k'))),
            QStringLiteral("0: properties whose flattened name repeats another one, not sent: \"a.b\""),
            QStringLiteral("1: nested values flattened into dotted keys (Heap takes only numbers and strings): \""
                "plan\", \"profile\""),
            QStringLiteral("1: arrays sent as text joined with \"||\" (as Heap stores arrays): \"plan.seats\","
                " \"profile.tags\""),
            QStringLiteral("1: trait \"Email\" sent as \"email\", Heap's built-in Email property"),
            QStringLiteral("1: trait \"id\" not sent: Heap refuses a user property named id"),
            QStringLiteral("1: the anonymousId is a Heap user id: its events are moved to the identity with /api"
                "/v1/identify"),
            QStringLiteral("2: nested values flattened into dotted keys (Heap takes only numbers and strings): \""
                "address\""),
            QStringLiteral("2: arrays sent as text joined with \"||\" (as Heap stores arrays): \"flags\""),
            QStringLiteral("2: null or empty values not sent: \"empty\", \"none\""),
            QStringLiteral("3: page sent as the custom event \"Page Viewed\" (Heap has no server-side page view)"),
            QStringLiteral("3: nested values flattened into dotted keys (Heap takes only numbers and strings): \""
                "section\""),
            QStringLiteral("3: arrays sent as text joined with \"||\" (as Heap stores arrays): \"section.tags\""),
        };
        QCOMPARE(transcriptOf(batch), expected);

        // The sink gets the very same bodies.
        sendAll(batch);
        QCOMPARE(sink.requests().size(), batch.requests.size());
        for (const ProviderRequest& request : batch.requests) {
            const SinkRequest* received = findPath(sink.requests(), request.url.path());
            QVERIFY2(received, qPrintable(request.url.path()));
            QCOMPARE(received->body, request.body);
        }
    }

    void trackIdentity()
    {
        HeapProvider provider = configured();
        const QList<OutboundEvent> events {
            outbound(R"({"type":"track","event":"E","anonymousId":"8675309","messageId":"a","timestamp":"2026-03-01T10:00:00.000Z"})"),
            outbound(R"({"type":"track","event":"E","anonymousId":"anon-xyz","messageId":"b","timestamp":"2026-03-01T10:00:00.000Z"})"),
            outbound("{\"type\":\"track\",\"event\":\"E\",\"userId\":\"" + QByteArray(256, 'u')
                + "\",\"messageId\":\"c\",\"timestamp\":\"2026-03-01T10:00:00.000Z\"}"),
            outbound(R"({"type":"track","userId":"u","messageId":"d","timestamp":"2026-03-01T10:00:00.000Z"})"),
            outbound(R"({"type":"track","event":"E","userId":"u","anonymousId":"8675309","messageId":"e","timestamp":"2026-03-01T10:00:00.000Z"})"),
        };
        const EncodedBatch batch = provider.encode(events, provider.limits());
        checkCoverage(batch, events.size());
        QCOMPARE(batch.requests.size(), 1);
        QCOMPARE(batch.requests[0].items, QList<int>({ 0, 1, 4 }));
        const QJsonArray sent = bodyOf(batch.requests[0]).value(QLatin1String("events")).toArray();
        // A Heap SDK user id goes into user_id, never both identity and user_id.
        QCOMPARE(sent[0].toObject().value(QLatin1String("user_id")).toString(), QStringLiteral("8675309"));
        QVERIFY(!sent[0].toObject().contains(QLatin1String("identity")));
        QVERIFY(notesOf(batch, 0).isEmpty());
        // Any other anonymousId becomes the identity, with a note.
        QCOMPARE(sent[1].toObject().value(QLatin1String("identity")).toString(), QStringLiteral("anon-xyz"));
        QVERIFY(!sent[1].toObject().contains(QLatin1String("user_id")));
        QVERIFY(anyContains(notesOf(batch, 1), QStringLiteral("anonymousId is sent as the Heap identity")));
        QVERIFY(rejectionOf(batch, 2).contains(QStringLiteral("at most 255")));
        QVERIFY(rejectionOf(batch, 3).contains(QStringLiteral("event name")));
        // With a userId the userId is the identity.
        QCOMPARE(sent[2].toObject().value(QLatin1String("identity")).toString(), QStringLiteral("u"));
        QVERIFY(!sent[2].toObject().contains(QLatin1String("user_id")));
    }

    void identifyRules()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        HeapProvider provider = configured();
        provider.setEndpointOverride(sink.url());
        const QList<OutboundEvent> events {
            // id is refused by Heap; Email goes to the built-in lowercase email.
            outbound(R"({"type":"identify","userId":"u1","messageId":"i1","timestamp":"2026-03-01T10:00:00.000Z",
                "traits":{"ID":"x","id":"y","Email":"A@B.test","company":{"name":"Acme"},"admin":true}})"),
            // A Heap SDK anonymous id: linked with /api/v1/identify, traits still sent.
            outbound(R"({"type":"identify","userId":"u2","anonymousId":"4242","messageId":"i2","timestamp":"2026-03-01T10:00:01.000Z",
                "traits":{"plan":"free"}})"),
            // Link only: nothing to set, but the Heap user can be linked.
            outbound(R"({"type":"identify","userId":"u3","anonymousId":"77","messageId":"i3","timestamp":"2026-03-01T10:00:02.000Z"})"),
            // Nothing Heap could record.
            outbound(R"({"type":"identify","userId":"u4","anonymousId":"anon","messageId":"i4","timestamp":"2026-03-01T10:00:03.000Z"})"),
            // Anonymous only: the anonymousId becomes the identity.
            outbound(R"({"type":"identify","anonymousId":"anon-5","messageId":"i5","timestamp":"2026-03-01T10:00:04.000Z",
                "traits":{"email":"keep@x.test","EMAIL":"dup@x.test"}})"),
        };
        const EncodedBatch batch = provider.encode(events, provider.limits());
        checkCoverage(batch, events.size());
        QVERIFY(rejectionOf(batch, 3).contains(QStringLiteral("nothing to record")));

        const ProviderRequest* users = nullptr;
        QList<const ProviderRequest*> links;
        for (const ProviderRequest& request : batch.requests) {
            if (request.url.path() == QLatin1String("/api/add_user_properties"))
                users = &request;
            else if (request.url.path() == QLatin1String("/api/v1/identify"))
                links.append(&request);
        }
        QVERIFY(users);
        QCOMPARE(users->items, QList<int>({ 0, 1, 4 }));
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0]->items, QList<int>({ 1 }));
        QCOMPARE(links[1]->items, QList<int>({ 2 }));

        sendAll(batch);
        QCOMPARE(sink.requests().size(), 3);
        const QJsonArray sentUsers = bodyOf(*findPath(sink.requests(), QStringLiteral("/api/add_user_properties")))
                                         .value(QLatin1String("users"))
                                         .toArray();
        QCOMPARE(sentUsers, QJsonDocument::fromJson(R"([
            {"identity":"u1","properties":{"email":"A@B.test","company.name":"Acme","admin":"true"}},
            {"identity":"u2","properties":{"plan":"free"}},
            {"identity":"anon-5","properties":{"email":"keep@x.test"}}])").array());
        QList<QJsonObject> linkBodies;
        for (const SinkRequest& request : sink.requests()) {
            if (request.path == QLatin1String("/api/v1/identify"))
                linkBodies.append(bodyOf(request));
        }
        QCOMPARE(linkBodies.size(), 2);
        QVERIFY(linkBodies.contains(QJsonDocument::fromJson(
            R"({"app_id":"env-123","user_id":"4242","identity":"u2","timestamp":"2026-03-01T10:00:01.000Z"})").object()));
        QVERIFY(linkBodies.contains(QJsonDocument::fromJson(
            R"({"app_id":"env-123","user_id":"77","identity":"u3","timestamp":"2026-03-01T10:00:02.000Z"})").object()));

        const QStringList first = notesOf(batch, 0);
        QVERIFY(anyContains(first, QStringLiteral("trait \"ID\" not sent")));
        QVERIFY(anyContains(first, QStringLiteral("trait \"id\" not sent")));
        QVERIFY(anyContains(first, QStringLiteral("trait \"Email\" sent as \"email\"")));
        QVERIFY(anyContains(notesOf(batch, 1), QStringLiteral("/api/v1/identify")));
        QVERIFY(anyContains(notesOf(batch, 4), QStringLiteral("anonymousId is sent as the Heap identity")));
        QVERIFY(anyContains(notesOf(batch, 4), QStringLiteral("trait \"EMAIL\" not sent")));
    }

    void groupRules()
    {
        HeapProvider provider = configured(
            QJsonObject { { QStringLiteral("appId"), QStringLiteral("env-1") }, { QStringLiteral("accountIdProperty"), QStringLiteral("Company ID") } });
        const QList<OutboundEvent> events {
            outbound(R"({"type":"group","groupId":"g1","userId":"u1","messageId":"g1","timestamp":"2026-03-01T10:00:00.000Z"})"),
            outbound(R"({"type":"group","userId":"u1","messageId":"g2","timestamp":"2026-03-01T10:00:00.000Z","traits":{"a":1}})"),
            outbound(R"({"type":"group","groupId":42,"anonymousId":"anon","messageId":"g3","timestamp":"2026-03-01T10:00:00.000Z",
                "traits":{"tier":{"level":2}}})"),
        };
        const EncodedBatch batch = provider.encode(events, provider.limits());
        checkCoverage(batch, events.size());
        QVERIFY(rejectionOf(batch, 1).contains(QStringLiteral("groupId")));
        QCOMPARE(batch.requests.size(), 2);
        for (const ProviderRequest& request : batch.requests) {
            const QJsonObject body = bodyOf(request);
            if (request.url.path() == QLatin1String("/api/add_user_properties")) {
                QCOMPARE(request.items, QList<int>({ 0, 2 }));
                QCOMPARE(body.value(QLatin1String("users")).toArray(), QJsonDocument::fromJson(R"([
                    {"identity":"u1","properties":{"Company ID":"g1"}},
                    {"identity":"anon","properties":{"Company ID":"42"}}])").array());
            } else {
                // Only the group with traits updates the account.
                QCOMPARE(request.url.path(), QStringLiteral("/api/add_account_properties"));
                QCOMPARE(request.items, QList<int>({ 2 }));
                QCOMPARE(body.value(QLatin1String("accounts")).toArray(),
                    QJsonDocument::fromJson(R"([{"account_id":"42","properties":{"tier.level":2}}])").array());
            }
        }
        QVERIFY(anyContains(notesOf(batch, 2), QStringLiteral("anonymousId is sent as the Heap identity")));
        QVERIFY(anyContains(notesOf(batch, 2), QStringLiteral("nested values flattened")));
    }

    void aliasRules_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("rejection");
        QTest::newRow("heap id") << QByteArray(R"({"type":"alias","previousId":"9007199254740991","userId":"u","messageId":"a","timestamp":"2026-03-01T10:00:00.000Z"})")
                                 << QString();
        QTest::newRow("email") << QByteArray(R"({"type":"alias","previousId":"old@x.test","userId":"u","messageId":"a","timestamp":"2026-03-01T10:00:00.000Z"})")
                               << QStringLiteral("previousId \"old@x.test\" is not one");
        QTest::newRow("2^53") << QByteArray(R"({"type":"alias","previousId":"9007199254740992","userId":"u","messageId":"a","timestamp":"2026-03-01T10:00:00.000Z"})")
                              << QStringLiteral("no Heap equivalent");
        QTest::newRow("no userId") << QByteArray(R"({"type":"alias","previousId":"12","anonymousId":"x","messageId":"a","timestamp":"2026-03-01T10:00:00.000Z"})")
                                   << QStringLiteral("alias without a userId");
    }

    void aliasRules()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, rejection);
        HeapProvider provider = configured();
        const EncodedBatch batch = provider.encode({ outbound(json) }, provider.limits());
        checkCoverage(batch, 1);
        if (rejection.isEmpty()) {
            QCOMPARE(batch.requests.size(), 1);
            QCOMPARE(batch.requests[0].url.path(), QStringLiteral("/api/v1/identify"));
            QCOMPARE(bodyOf(batch.requests[0]).value(QLatin1String("user_id")).toString(), QStringLiteral("9007199254740991"));
        } else {
            QVERIFY(batch.requests.isEmpty());
            QVERIFY2(rejectionOf(batch, 0).contains(rejection), qPrintable(rejectionOf(batch, 0)));
        }
    }

    void splitByCount()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        HeapProvider provider = configured();
        provider.setEndpointOverride(sink.url());
        QList<OutboundEvent> events;
        for (int i = 0; i < 2500; ++i)
            events.append(trackEvent(i));
        const EncodedBatch batch = provider.encode(events, provider.limits());
        checkCoverage(batch, events.size());
        QCOMPARE(batch.requests.size(), 3);
        QCOMPARE(batch.requests[0].items.size(), 1000);
        QCOMPARE(batch.requests[1].items.size(), 1000);
        QCOMPARE(batch.requests[2].items.size(), 500);
        QCOMPARE(batch.requests[1].items.first(), 1000);

        const QList<ProviderResponse> responses = sendAll(batch);
        QCOMPARE(sink.requests().size(), 3);
        int total = 0;
        for (qsizetype i = 0; i < batch.requests.size(); ++i) {
            QCOMPARE(responses[i].status, 200);
            const QJsonArray sent = QJsonDocument::fromJson(batch.requests[i].body).object().value(QLatin1String("events")).toArray();
            QCOMPARE(sent.size(), batch.requests[i].items.size());
            // Body order follows items.
            for (qsizetype j = 0; j < sent.size(); ++j)
                QCOMPARE(sent[j].toObject().value(QLatin1String("idempotency_key")).toString(),
                    QStringLiteral("m-%1").arg(batch.requests[i].items[j]));
            total += sent.size();
        }
        QCOMPARE(total, 2500);

        // A lower configured count is obeyed too.
        BatchLimits limits = provider.limits();
        limits.maxEvents = 7;
        const EncodedBatch small = provider.encode(events.mid(0, 20), limits);
        QCOMPARE(small.requests.size(), 3);
        QCOMPARE(small.requests[2].items.size(), 6);
    }

    void splitByBytes()
    {
        HeapProvider provider = configured();
        QList<OutboundEvent> events;
        const QByteArray padding = ",\"pad\":\"" + QByteArray(300, 'p') + "\"";
        for (int i = 0; i < 40; ++i)
            events.append(trackEvent(i, padding));
        BatchLimits limits = provider.limits();
        limits.maxRequestBytes = 2000;
        const EncodedBatch batch = provider.encode(events, limits);
        checkCoverage(batch, events.size());
        QVERIFY(batch.requests.size() > 5);
        QList<int> order;
        for (const ProviderRequest& request : batch.requests) {
            QVERIFY2(request.body.size() <= 2000, QByteArray::number(request.body.size()).constData());
            // Splitting does not leave room for another event: the next one would not have fit.
            const QJsonDocument document = QJsonDocument::fromJson(request.body);
            QVERIFY(document.isObject());
            QCOMPARE(document.object().value(QLatin1String("events")).toArray().size(), request.items.size());
            order += request.items;
        }
        for (qsizetype i = 0; i + 1 < batch.requests.size(); ++i) {
            const qint64 nextEvent = 1 + QJsonDocument(QJsonDocument::fromJson(batch.requests[i + 1].body).object()
                                                          .value(QLatin1String("events")).toArray()[0].toObject())
                                             .toJson(QJsonDocument::Compact)
                                             .size();
            QVERIFY(batch.requests[i].body.size() + nextEvent > 2000);
        }
        QList<int> expected(40);
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(order, expected);
    }

    void oversizedEventRejected()
    {
        HeapProvider provider = configured();
        QByteArray big;
        for (int i = 0; i < 200; ++i)
            big += ",\"p" + QByteArray::number(i) + "\":\"" + QByteArray(1000, 'x') + "\"";
        const QList<OutboundEvent> events { trackEvent(0), trackEvent(1, big), trackEvent(2) };
        const EncodedBatch batch = provider.encode(events, provider.limits());
        checkCoverage(batch, 3);
        QCOMPARE(batch.rejected.size(), 1);
        QCOMPARE(batch.rejected[0].index, 1);
        QVERIFY2(batch.rejected[0].text.contains(QStringLiteral("131072")), qPrintable(batch.rejected[0].text));
        QCOMPARE(batch.requests.size(), 1);
        QCOMPARE(batch.requests[0].items, QList<int>({ 0, 2 }));

        // An event that fits the event limit but not a request of its own is rejected as well.
        BatchLimits limits = provider.limits();
        limits.maxRequestBytes = 150;
        const EncodedBatch tight = provider.encode({ trackEvent(3, ",\"x\":\"" + QByteArray(100, 'y') + "\"") }, limits);
        QCOMPARE(tight.rejected.size(), 1);
        QVERIFY(tight.rejected[0].text.contains(QStringLiteral("per request")));
    }

    void idempotencyKeys()
    {
        HeapProvider provider = configured();
        const QList<OutboundEvent> events { trackEvent(1), trackEvent(1), trackEvent(2) };
        const EncodedBatch first = provider.encode(events, provider.limits());
        const EncodedBatch second = provider.encode(events, provider.limits());
        QCOMPARE(first.requests.size(), 1);
        QCOMPARE(first.requests[0].body, second.requests[0].body); // pure: a retry sends the same bytes
        const QJsonArray sent = bodyOf(first.requests[0]).value(QLatin1String("events")).toArray();
        QCOMPARE(sent[0].toObject().value(QLatin1String("idempotency_key")).toString(), QStringLiteral("m-1"));
        QCOMPARE(sent[1].toObject().value(QLatin1String("idempotency_key")), sent[0].toObject().value(QLatin1String("idempotency_key")));
        QVERIFY(sent[2].toObject().value(QLatin1String("idempotency_key")) != sent[0].toObject().value(QLatin1String("idempotency_key")));
    }

    void classify_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("singleEvent");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<bool>("split");
        QTest::addColumn<bool>("countsAsAttempt");
        const int delivered = int(DeliveryOutcome::Delivered);
        const int retry = int(DeliveryOutcome::Retry);
        const int failed = int(DeliveryOutcome::Failed);
        QTest::newRow("200 {}") << 200 << QByteArray("{}") << QByteArray() << false << delivered << qint64(-1) << false << true;
        QTest::newRow("204 empty") << 204 << QByteArray() << QByteArray() << false << delivered << qint64(-1) << false << true;
        QTest::newRow("400") << 400 << QByteArray("{\"error\":\"Invalid app_id\"}") << QByteArray() << false << failed << qint64(-1) << false << true;
        QTest::newRow("401") << 401 << QByteArray() << QByteArray() << false << failed << qint64(-1) << false << true;
        QTest::newRow("413 batch") << 413 << QByteArray() << QByteArray() << false << retry << qint64(0) << true << false;
        QTest::newRow("413 single") << 413 << QByteArray() << QByteArray() << true << failed << qint64(-1) << false << true;
        QTest::newRow("429 Retry-After") << 429 << QByteArray() << QByteArray("7") << false << retry << qint64(7000) << false << false;
        QTest::newRow("429 plain") << 429 << QByteArray() << QByteArray() << false << retry << qint64(-1) << false << true;
        QTest::newRow("500") << 500 << QByteArray("oops") << QByteArray() << false << retry << qint64(-1) << false << true;
        QTest::newRow("503 Retry-After") << 503 << QByteArray() << QByteArray("2") << false << retry << qint64(2000) << false << true;
    }

    void classify()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, singleEvent);
        QFETCH(int, outcome);
        QFETCH(qint64, retryAfterMs);
        QFETCH(bool, split);
        QFETCH(bool, countsAsAttempt);

        HttpSink sink;
        QVERIFY(sink.start());
        SinkHeaders headers { { "Content-Type", "application/json" } };
        if (!retryAfter.isEmpty())
            headers.append({ "Retry-After", retryAfter });
        sink.setDefault(SinkResponse::reply(status, body, headers));
        HeapProvider provider = configured();
        provider.setEndpointOverride(sink.url());
        QList<OutboundEvent> events { trackEvent(1) };
        if (!singleEvent)
            events.append(trackEvent(2));
        const EncodedBatch batch = provider.encode(events, provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        const ProviderResponse response = sendOne(batch.requests[0]);
        QCOMPARE(response.status, status);
        const Journey::DeliveryVerdict verdict = provider.classify(batch.requests[0], response);
        QCOMPARE(int(verdict.outcome), outcome);
        QCOMPARE(verdict.splitBatch, split);
        QCOMPARE(verdict.countsAsAttempt, countsAsAttempt);
        if (retryAfterMs >= 0)
            QVERIFY2(qAbs(verdict.retryAfterMs - retryAfterMs) <= 1000, QByteArray::number(verdict.retryAfterMs).constData());
        else
            QCOMPARE(verdict.retryAfterMs, qint64(-1));
        if (outcome == int(DeliveryOutcome::Delivered))
            QVERIFY(verdict.reason.isEmpty());
        else
            QVERIFY(verdict.reason.contains(QString::number(status)));
        if (status == 400)
            QVERIFY(verdict.reason.contains(QStringLiteral("Invalid app_id")));
    }

    void classifyTransportError()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        sink.setDefault(SinkResponse::close());
        HeapProvider provider = configured();
        provider.setEndpointOverride(sink.url());
        const EncodedBatch batch = provider.encode({ trackEvent(1) }, provider.limits());
        const ProviderResponse response = sendOne(batch.requests[0]);
        QCOMPARE(response.status, 0);
        QVERIFY(!response.transportError.isEmpty());
        const Journey::DeliveryVerdict verdict = provider.classify(batch.requests[0], response);
        QCOMPARE(verdict.outcome, DeliveryOutcome::Retry);
        QVERIFY(!verdict.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeapProvider)
#include "tst_heapprovider.moc"

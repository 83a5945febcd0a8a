// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// Amplitude's wire format (providers.md §3) against a real HTTP sink: /2/httpapi and /batch bodies of the six
// calls, gzip on Amplitude's hosts, id rules, string limits, batch limits, dedup ids, settings and the
// per-event answers (invalid, silenced, throttled, over quota).

#include "core/gzipcodec.h"
#include "core/timestamp.h"
#include "providers/amplitudeprovider.h"
#include "providers/dedupids.h"
#include "providertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {

const qint64 s_timeMs = (Timestamp::nowMs() / 1000 - 3600) * 1000 + 456;

QByteArray fill(QByteArray json, qint64 timeMs = s_timeMs)
{
    json.replace("$TS", Timestamp::toIso8601(timeMs));
    json.replace("$MS", QByteArray::number(timeMs));
    json.replace("$GROUPINSERT", DedupIds::insertId(QStringLiteral("msg-group-1:groupidentify")).toUtf8());
    return json;
}

OutboundEvent canonicalEvent(const QByteArray& json, qint64 timeMs = s_timeMs)
{
    OutboundEvent out = outbound(fill(json, timeMs));
    if (out.message.isEmpty())
        qFatal("test event is not valid JSON: %s", json.constData());
    return out;
}

QJsonValue parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON (%s): %s", qPrintable(error.errorString()), json.left(300).constData());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QByteArray canonical(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

#define COMPARE_JSON(actual, expectedText) QCOMPARE(canonical(actual), canonical(parse(fill(expectedText))))

const QByteArray s_track = R"({"type":"track","messageId":"msg-track-1","timestamp":"$TS","userId":"user-42",
  "anonymousId":"anon-device-7","event":"Order Completed","properties":{"revenue":"12.50","price":6.25,
  "quantity":2,"productId":"sku-1","revenueType":"purchase","currency":"EUR","plan":"pro"},
  "context":{"ip":"203.0.113.9","library":{"name":"analytics-ios","version":"4.1.8"},"os":{"name":"iOS","version":"17.1"},
    "device":{"type":"ios","manufacturer":"Apple","model":"iPhone15,2","brand":"Apple","advertisingId":"ADV-1","id":"dev-1"},
    "app":{"name":"Shop","version":"3.2","build":"321"},"network":{"carrier":"T-Mobile"},"locale":"en-US",
    "timezone":"Europe/Berlin","location":{"country":"Germany","region":"Berlin","city":"Berlin","latitude":52.5,"longitude":13.4},
    "campaign":{"name":"spring","source":"news"},"traits":{"email":"a@example.com"},"userAgent":"Shop/3.2","groupId":"acme"},
  "integrations":{"Actions Amplitude":{"session_id":1700000000000}}})";

const QByteArray s_trackExpected = R"({"user_id":"user-42","device_id":"anon-device-7","event_type":"Order Completed",
  "time":$MS,"insert_id":"msg-track-1","session_id":1700000000000,"platform":"iOS","library":"analytics-ios/4.1.8",
  "os_name":"iOS","os_version":"17.1","device_manufacturer":"Apple","device_model":"iPhone15,2","device_brand":"Apple",
  "idfa":"ADV-1","app_version":"3.2","carrier":"T-Mobile","language":"en-US","country":"Germany","region":"Berlin",
  "city":"Berlin","location_lat":52.5,"location_lng":13.4,"ip":"203.0.113.9","user_agent":"Shop/3.2",
  "event_properties":{"context.device.id":"dev-1","context.app.name":"Shop","context.app.build":"321",
    "context.timezone":"Europe/Berlin","revenue":"12.50","price":6.25,"quantity":2,"productId":"sku-1",
    "revenueType":"purchase","currency":"EUR","plan":"pro"},
  "user_properties":{"$set":{"email":"a@example.com","utm_campaign":"spring","utm_source":"news"},
    "$setOnce":{"initial_utm_campaign":"spring","initial_utm_source":"news"}},
  "groups":{"company":"acme"},
  "revenue":12.5,"price":6.25,"quantity":2,"productId":"sku-1","revenueType":"purchase","currency":"EUR"})";

const QByteArray s_identify = R"({"type":"identify","messageId":"msg-identify-1","timestamp":"$TS","userId":"user-42",
  "anonymousId":"anon-device-7","traits":{"email":"a@example.com","plan":"pro","address":{"city":"Berlin"}},
  "context":{"locale":"de-DE","timezone":"UTC"}})";

const QByteArray s_identifyExpected = R"({"user_id":"user-42","device_id":"anon-device-7","event_type":"$identify",
  "time":$MS,"insert_id":"msg-identify-1","library":"journey-connector","language":"de-DE",
  "user_properties":{"$set":{"email":"a@example.com","plan":"pro","address":{"city":"Berlin"}}}})";

const QByteArray s_page = R"({"type":"page","messageId":"msg-page-1","timestamp":"$TS","anonymousId":"anon-device-7",
  "name":"Pricing","category":"Docs","properties":{"url":"https://www.example.com/pricing?plan=pro#top","path":"/pricing",
  "title":"Pricing - Example","referrer":"https://news.example/"},"context":{"page":{"url":"https://www.example.com/pricing?plan=pro#top",
  "path":"/pricing","search":"?plan=pro","title":"Pricing - Example","referrer":"https://news.example/"},"userAgent":"Mozilla/5.0"}})";

const QByteArray s_pageExpected = R"({"device_id":"anon-device-7","event_type":"[Amplitude] Page Viewed","time":$MS,
  "insert_id":"msg-page-1","platform":"Web","library":"journey-connector","user_agent":"Mozilla/5.0",
  "event_properties":{"[Amplitude] Page Location":"https://www.example.com/pricing?plan=pro#top",
    "[Amplitude] Page Domain":"www.example.com","[Amplitude] Page Path":"/pricing","[Amplitude] Page Title":"Pricing - Example",
    "[Amplitude] Page URL":"https://www.example.com/pricing","[Amplitude] Previous Page Location":"https://news.example/",
    "name":"Pricing","category":"Docs","url":"https://www.example.com/pricing?plan=pro#top","path":"/pricing",
    "title":"Pricing - Example","referrer":"https://news.example/"}})";

const QByteArray s_screen = R"({"type":"screen","messageId":"msg-screen-1","timestamp":"$TS","userId":"user-42",
  "name":"Checkout","category":"Shop","properties":{"step":2}})";

const QByteArray s_screenExpected = R"({"user_id":"user-42","event_type":"[Amplitude] Screen Viewed","time":$MS,
  "insert_id":"msg-screen-1","library":"journey-connector","event_properties":{"[Amplitude] Screen Name":"Checkout",
  "category":"Shop","step":2}})";

const QByteArray s_group = R"({"type":"group","messageId":"msg-group-1","timestamp":"$TS","userId":"user-42",
  "groupId":"acme","traits":{"name":"Acme Inc","employees":50}})";

const QByteArray s_groupMembership
    = R"({"user_id":"user-42","event_type":"$identify","time":$MS,"insert_id":"msg-group-1",
  "library":"journey-connector","groups":{"company":"acme"},"user_properties":{"$set":{"company":"acme"}}})";

const QByteArray s_groupIdentify = R"({"user_id":"user-42","event_type":"$groupidentify","time":$MS,
  "insert_id":"$GROUPINSERT","library":"journey-connector","groups":{"company":"acme"},
  "group_properties":{"$set":{"name":"Acme Inc","employees":50}}})";

const QByteArray s_alias = R"({"type":"alias","messageId":"msg-alias-1","timestamp":"$TS","userId":"user-42",
  "previousId":"anon-device-7"})";

QByteArray smallTrack(int n, const QByteArray& extra = "x")
{
    return "{\"type\":\"track\",\"messageId\":\"m-" + QByteArray::number(n)
        + "\",\"timestamp\":\"$TS\",\"userId\":\"user-" + QByteArray::number(n) + "\",\"anonymousId\":\"dev-"
        + QByteArray::number(1000 + n) + "\",\"event\":\"E\",\"properties\":{\"p\":\"" + extra + "\"}}";
}

bool noteContains(const EncodedBatch& batch, int index, const QString& text)
{
    for (const EncodedBatch::Issue& note : batch.notes) {
        if (note.index == index && note.text.contains(text))
            return true;
    }
    return false;
}

QJsonArray eventsOf(const QByteArray& body)
{
    return parse(body).toObject().value(QLatin1String("events")).toArray();
}

} // namespace

class TestAmplitudeProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void sixCalls();
    void gzipOnAmplitudeHosts();
    void batchEndpointAndOptions();
    void groupTypeSetting();
    void idRules();
    void stringLimit();
    void sessionIds();
    void revenueTypes();
    void splitsByCount();
    void splitsByBytes();
    void rejectsOversizedEvent();
    void dedupIds();
    void configErrors_data();
    void configErrors();
    void secrets();
    void classify_data();
    void classify();
    void classifyPartial400();
    void classifyThrottled();
    void classifyTransportError();

private:
    AmplitudeProvider configured(const QByteArray& settings, const QUrl& endpoint = {});
    ProviderResponse answer(const ProviderRequest& request, const SinkResponse& reply);
    ProviderRequest threeEvents(const AmplitudeProvider& provider);

    HttpSink m_sink;
};

AmplitudeProvider TestAmplitudeProvider::configured(const QByteArray& settings, const QUrl& endpoint)
{
    AmplitudeProvider provider;
    QString error;
    if (!provider.configure(QJsonDocument::fromJson(settings).object(), &error))
        qFatal("configure failed: %s", qPrintable(error));
    provider.setEndpointOverride(endpoint.isEmpty() ? m_sink.url() : endpoint);
    return provider;
}

ProviderResponse TestAmplitudeProvider::answer(const ProviderRequest& request, const SinkResponse& reply)
{
    m_sink.setHandler([reply](const SinkRequest&) { return reply; });
    const ProviderResponse response = sendOne(request);
    m_sink.setHandler({});
    return response;
}

ProviderRequest TestAmplitudeProvider::threeEvents(const AmplitudeProvider& provider)
{
    const EncodedBatch batch = provider.encode(
        { canonicalEvent(smallTrack(0)), canonicalEvent(smallTrack(1)), canonicalEvent(smallTrack(2)) },
        provider.limits());
    if (batch.requests.size() != 1)
        qFatal("expected one request");
    return batch.requests[0];
}

void TestAmplitudeProvider::initTestCase()
{
    QVERIFY(m_sink.start());
}

void TestAmplitudeProvider::init()
{
    m_sink.clear();
    m_sink.setHandler({});
    m_sink.setDefault(
        SinkResponse::reply(200, R"({"code":200,"events_ingested":1,"payload_size_bytes":10,"server_upload_time":1})"));
}

void TestAmplitudeProvider::sixCalls()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key"})");
    QCOMPARE(provider.defaultEndpoint(), QUrl(QStringLiteral("https://api2.amplitude.com")));
    const QList<OutboundEvent> events { canonicalEvent(s_track), canonicalEvent(s_identify), canonicalEvent(s_page),
        canonicalEvent(s_screen), canonicalEvent(s_group), canonicalEvent(s_alias) };
    const EncodedBatch batch = provider.encode(events, provider.limits());

    QCOMPARE(batch.rejected.size(), 1);
    QCOMPARE(batch.rejected[0].index, 5);
    QVERIFY(batch.rejected[0].text.contains(QLatin1String("/usermap")));
    QVERIFY(noteContains(batch, 1, QStringLiteral("context.timezone")));
    QCOMPARE(batch.requests.size(), 2);
    QCOMPARE(batch.requests[0].items, (QList<int> { 0, 1, 2, 3, 4 }));
    QCOMPARE(batch.requests[1].items, (QList<int> { 4 }));
    QVERIFY(!batch.requests[0].gzip); // not an Amplitude host

    const QList<ProviderResponse> responses = sendAll(batch);
    QCOMPARE(m_sink.requests().size(), 2);
    for (qsizetype i = 0; i < responses.size(); ++i)
        QCOMPARE(provider.classify(batch.requests[i], responses[i]).outcome, DeliveryOutcome::Delivered);

    for (const SinkRequest& sent : m_sink.requests()) {
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QStringLiteral("/2/httpapi"));
        QVERIFY(sent.query.isEmpty());
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(sent.header("Authorization").isEmpty());
        QVERIFY(!sent.gzipped);
        const QJsonObject body = parse(sent.body).toObject();
        QCOMPARE(body.value(QLatin1String("api_key")).toString(), QStringLiteral("amp-key"));
        QVERIFY(!body.contains(QLatin1String("options")));
        QCOMPARE(body.keys(), (QStringList { QStringLiteral("api_key"), QStringLiteral("events") }));
    }
    const QJsonArray first = eventsOf(batch.requests[0].body);
    const QJsonArray sentFirst = eventsOf(
        m_sink.requests()[0].body.contains("$groupidentify") ? m_sink.requests()[1].body : m_sink.requests()[0].body);
    QCOMPARE(sentFirst, first);
    QCOMPARE(first.size(), 5);
    COMPARE_JSON(first[0], s_trackExpected);
    COMPARE_JSON(first[1], s_identifyExpected);
    COMPARE_JSON(first[2], s_pageExpected);
    COMPARE_JSON(first[3], s_screenExpected);
    COMPARE_JSON(first[4], s_groupMembership);
    const QJsonArray second = eventsOf(batch.requests[1].body);
    QCOMPARE(second.size(), 1);
    COMPARE_JSON(second[0], s_groupIdentify);
}

void TestAmplitudeProvider::gzipOnAmplitudeHosts()
{
    AmplitudeProvider provider = configured(R"({"apiKey":"amp-key"})");
    provider.setEndpointOverride({});
    EncodedBatch batch = provider.encode({ canonicalEvent(s_screen) }, provider.limits());
    QCOMPARE(batch.requests[0].url, QUrl(QStringLiteral("https://api2.amplitude.com/2/httpapi")));
    QVERIFY(batch.requests[0].gzip);

    provider.setEndpointOverride(QUrl(QStringLiteral("https://api.eu.amplitude.com")));
    batch = provider.encode({ canonicalEvent(s_screen) }, provider.limits());
    QCOMPARE(batch.requests[0].url, QUrl(QStringLiteral("https://api.eu.amplitude.com/2/httpapi")));
    QVERIFY(batch.requests[0].gzip);

    // What goes on the wire for Amplitude's hosts, received by the sink instead.
    ProviderRequest request = batch.requests[0];
    QUrl local = m_sink.url();
    local.setPath(request.url.path());
    request.url = local;
    QCOMPARE(answer(request, SinkResponse::reply(200, R"({"code":200})")).status, 200);
    QCOMPARE(m_sink.requests().size(), 1);
    const SinkRequest& sent = m_sink.requests().constFirst();
    QVERIFY(sent.gzipped);
    QCOMPARE(sent.header("Content-Encoding"), QByteArray("gzip"));
    QVERIFY(GzipCodec::looksGzipped(sent.wireBody));
    QCOMPARE(sent.body, request.body);
    COMPARE_JSON(eventsOf(sent.body)[0], s_screenExpected);

    // A proxy with a path prefix gets plain JSON under the prefix.
    provider.setEndpointOverride(QUrl(m_sink.url().toString() + QStringLiteral("/proxy/")));
    batch = provider.encode({ canonicalEvent(s_screen) }, provider.limits());
    QVERIFY(!batch.requests[0].gzip);
    m_sink.clear();
    sendAll(batch);
    QCOMPARE(m_sink.requests().size(), 1);
    QCOMPARE(m_sink.requests()[0].path, QStringLiteral("/proxy/2/httpapi"));
    QVERIFY(!m_sink.requests()[0].gzipped);
    QCOMPARE(m_sink.requests()[0].wireBody, batch.requests[0].body);
}

void TestAmplitudeProvider::batchEndpointAndOptions()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key","useBatch":true,"minIdLength":3})",
        QUrl(m_sink.url().toString() + QStringLiteral("/proxy")));
    QCOMPARE(provider.limits().maxRequestBytes, 20 * 1000 * 1000);
    QCOMPARE(provider.limits().maxEvents, 2000);
    const QByteArray shortIds
        = R"({"type":"track","messageId":"m-short","timestamp":"$TS","userId":"abc","event":"E"})";
    const EncodedBatch batch = provider.encode({ canonicalEvent(shortIds) }, provider.limits());
    QVERIFY(batch.rejected.isEmpty());
    QVERIFY(batch.notes.isEmpty());
    sendAll(batch);
    QCOMPARE(m_sink.requests().size(), 1);
    const SinkRequest& sent = m_sink.requests().constFirst();
    QCOMPARE(sent.path, QStringLiteral("/proxy/batch"));
    COMPARE_JSON(parse(sent.body), R"({"api_key":"amp-key","options":{"min_id_length":3},"events":[
        {"user_id":"abc","event_type":"E","time":$MS,"insert_id":"m-short","library":"journey-connector"}]})");

    const AmplitudeProvider plain = configured(R"({"apiKey":"amp-key"})");
    QCOMPARE(plain.limits().maxRequestBytes, 1000 * 1000);
    const EncodedBatch refused = plain.encode({ canonicalEvent(shortIds) }, plain.limits());
    QCOMPARE(refused.rejected.size(), 1);
    QVERIFY(refused.rejected[0].text.contains(QLatin1String("minIdLength")));
}

void TestAmplitudeProvider::groupTypeSetting()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key","groupType":"org id"})");
    const EncodedBatch batch = provider.encode({ canonicalEvent(s_group) }, provider.limits());
    const QJsonObject membership = eventsOf(batch.requests[0].body)[0].toObject();
    COMPARE_JSON(membership.value(QLatin1String("groups")), R"({"org id":"acme"})");
    COMPARE_JSON(membership.value(QLatin1String("user_properties")), R"({"$set":{"org id":"acme"}})");
    COMPARE_JSON(eventsOf(batch.requests[1].body)[0].toObject().value(QLatin1String("groups")), R"({"org id":"acme"})");

    // A group without traits only sets membership.
    const QByteArray bare = R"({"type":"group","messageId":"m-bare","timestamp":"$TS","userId":"user-42","groupId":7})";
    const EncodedBatch only = provider.encode({ canonicalEvent(bare) }, provider.limits());
    QCOMPARE(only.requests.size(), 1);
    COMPARE_JSON(eventsOf(only.requests[0].body)[0].toObject().value(QLatin1String("groups")), R"({"org id":"7"})");
}

void TestAmplitudeProvider::idRules()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key"})");
    const QByteArray shortUser
        = R"({"type":"track","messageId":"m-1","timestamp":"$TS","userId":"abc","anonymousId":"anon-device-7","event":"E"})";
    const QByteArray invalidUser
        = R"({"type":"track","messageId":"m-2","timestamp":"$TS","userId":"Undefined","anonymousId":"anon-device-7","event":"E"})";
    const QByteArray noneValid
        = R"({"type":"track","messageId":"m-3","timestamp":"$TS","userId":"null","anonymousId":"abc","event":"E"})";
    const EncodedBatch batch = provider.encode(
        { canonicalEvent(shortUser), canonicalEvent(invalidUser), canonicalEvent(noneValid) }, provider.limits());
    QCOMPARE(batch.rejected.size(), 1);
    QCOMPARE(batch.rejected[0].index, 2);
    QVERIFY(batch.rejected[0].text.contains(QLatin1String("\"null\"")));
    QVERIFY(noteContains(batch, 0, QStringLiteral("shorter")));
    QVERIFY(noteContains(batch, 1, QStringLiteral("Undefined")));
    const QJsonArray events = eventsOf(batch.requests[0].body);
    QCOMPARE(events.size(), 2);
    for (const QJsonValue& value : events) {
        QVERIFY(!value.toObject().contains(QLatin1String("user_id")));
        QCOMPARE(value.toObject().value(QLatin1String("device_id")).toString(), QStringLiteral("anon-device-7"));
    }
}

void TestAmplitudeProvider::stringLimit()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key"})");
    const EncodedBatch batch = provider.encode(
        { canonicalEvent(smallTrack(1, QByteArray(2000, 'a'))), canonicalEvent(smallTrack(2)) }, provider.limits());
    QVERIFY(noteContains(batch, 0, QStringLiteral("event_properties.p")));
    QVERIFY(noteContains(batch, 0, QStringLiteral("1024")));
    QVERIFY(!noteContains(batch, 1, QStringLiteral("1024")));
    const QJsonArray events = eventsOf(batch.requests[0].body);
    QCOMPARE(
        events[0].toObject().value(QLatin1String("event_properties")).toObject().value(QLatin1String("p")).toString(),
        QString(1024, QLatin1Char('a')));
    QCOMPARE(
        events[1].toObject().value(QLatin1String("event_properties")).toObject().value(QLatin1String("p")).toString(),
        QStringLiteral("x"));
}

void TestAmplitudeProvider::sessionIds()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key"})");
    auto withSession = [](const char* integrations, int n) -> QByteArray {
        return "{\"type\":\"track\",\"messageId\":\"m-" + QByteArray::number(n)
            + "\",\"timestamp\":\"$TS\",\"userId\":\"user-42\",\"event\":\"E\",\"integrations\":" + integrations + "}";
    };
    const EncodedBatch batch = provider.encode(
        {
            canonicalEvent(withSession(R"({"Amplitude":{"session_id":"1700000000123"}})", 0)),
            canonicalEvent(withSession(R"({"Actions Amplitude":{"session_id":"2023-11-14T22:13:20.000Z"}})", 1)),
            canonicalEvent(withSession(R"({"Amplitude":{"session_id":"soon"}})", 2)),
            canonicalEvent(withSession(R"({"All":false})", 3)),
        },
        provider.limits());
    const QJsonArray events = eventsOf(batch.requests[0].body);
    QCOMPARE(events[0].toObject().value(QLatin1String("session_id")).toInteger(), 1700000000123LL);
    QCOMPARE(events[1].toObject().value(QLatin1String("session_id")).toInteger(), 1700000000000LL);
    QVERIFY(!events[2].toObject().contains(QLatin1String("session_id")));
    QVERIFY(noteContains(batch, 2, QStringLiteral("session_id")));
    QVERIFY(!events[3].toObject().contains(QLatin1String("session_id")));
    QVERIFY(!noteContains(batch, 3, QStringLiteral("session_id")));
}

void TestAmplitudeProvider::revenueTypes()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key"})");
    const QByteArray json = R"({"type":"track","messageId":"m-r","timestamp":"$TS","userId":"user-42","event":"Refund",
        "properties":{"revenue":-4.5,"quantity":1.5,"product_id":77,"revenue_type":"refund"}})";
    const EncodedBatch batch = provider.encode({ canonicalEvent(json) }, provider.limits());
    const QJsonObject event = eventsOf(batch.requests[0].body)[0].toObject();
    QCOMPARE(event.value(QLatin1String("revenue")).toDouble(), -4.5);
    QVERIFY(!event.contains(QLatin1String("quantity")));
    QVERIFY(noteContains(batch, 0, QStringLiteral("quantity")));
    QCOMPARE(event.value(QLatin1String("productId")).toString(), QStringLiteral("77"));
    QCOMPARE(event.value(QLatin1String("revenueType")).toString(), QStringLiteral("refund"));
    QCOMPARE(
        event.value(QLatin1String("event_properties")).toObject().value(QLatin1String("quantity")).toDouble(), 1.5);
}

void TestAmplitudeProvider::splitsByCount()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key"})");
    QList<OutboundEvent> events;
    for (int i = 0; i < 2001; ++i)
        events.append(canonicalEvent(smallTrack(i)));
    BatchLimits limits = provider.limits();
    limits.maxRequestBytes = 10 * 1000 * 1000; // count alone decides here
    const EncodedBatch full = provider.encode(events, limits);
    QCOMPARE(full.requests.size(), 2);
    QCOMPARE(full.requests[0].items.size(), 2000);
    QCOMPARE(full.requests[1].items, (QList<int> { 2000 }));

    limits = provider.limits();
    limits.maxEvents = 3;
    const EncodedBatch batch = provider.encode(events.mid(0, 7), limits);
    QCOMPARE(batch.requests.size(), 3);
    QCOMPARE(batch.requests[0].items, (QList<int> { 0, 1, 2 }));
    QCOMPARE(batch.requests[1].items, (QList<int> { 3, 4, 5 }));
    QCOMPARE(batch.requests[2].items, (QList<int> { 6 }));
    sendAll(batch);
    QCOMPARE(m_sink.requests().size(), 3);
    int carried = 0;
    for (const SinkRequest& request : m_sink.requests())
        carried += int(eventsOf(request.body).size());
    QCOMPARE(carried, 7);

    // The documented byte limit splits 2000 small events of ~600 bytes too.
    QList<OutboundEvent> wide;
    for (int i = 0; i < 2000; ++i)
        wide.append(canonicalEvent(smallTrack(i, QByteArray(500, 'w'))));
    const EncodedBatch bytes = provider.encode(wide, provider.limits());
    QVERIFY(bytes.requests.size() >= 2);
    for (const ProviderRequest& request : bytes.requests)
        QVERIFY(request.body.size() <= 1000 * 1000);
}

void TestAmplitudeProvider::splitsByBytes()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key","minIdLength":5})");
    QList<OutboundEvent> events;
    for (int i = 0; i < 5; ++i)
        events.append(canonicalEvent(smallTrack(i, QByteArray(100, 'x'))));
    const qint64 two = provider.encode(events.mid(0, 2), provider.limits()).requests[0].body.size();
    BatchLimits limits = provider.limits();
    limits.maxRequestBytes = two;
    const EncodedBatch batch = provider.encode(events, limits);
    QCOMPARE(batch.requests.size(), 3);
    QCOMPARE(batch.requests[0].items, (QList<int> { 0, 1 }));
    QCOMPARE(batch.requests[1].items, (QList<int> { 2, 3 }));
    QCOMPARE(batch.requests[2].items, (QList<int> { 4 }));
    for (const ProviderRequest& request : batch.requests) {
        QVERIFY(request.body.size() <= limits.maxRequestBytes);
        QCOMPARE(parse(request.body)
                     .toObject()
                     .value(QLatin1String("options"))
                     .toObject()
                     .value(QLatin1String("min_id_length"))
                     .toInt(),
            5);
    }
    limits.maxRequestBytes -= 1;
    QCOMPARE(provider.encode(events, limits).requests.size(), 5);
}

void TestAmplitudeProvider::rejectsOversizedEvent()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key"})");
    // 1100 properties of 1000 characters: over the 1 MB of a /2/httpapi request on its own.
    QByteArray big
        = R"({"type":"track","messageId":"m-big","timestamp":"$TS","userId":"user-42","event":"Big","properties":{)";
    for (int i = 0; i < 1100; ++i)
        big += (i ? "," : "") + QByteArray("\"p") + QByteArray::number(i) + "\":\"" + QByteArray(1000, 'z') + '"';
    big += "}}";
    const QList<OutboundEvent> events { canonicalEvent(smallTrack(0)), canonicalEvent(big),
        canonicalEvent(smallTrack(2)) };
    const EncodedBatch batch = provider.encode(events, provider.limits());
    QCOMPARE(batch.rejected.size(), 1);
    QCOMPARE(batch.rejected[0].index, 1);
    QVERIFY(batch.rejected[0].text.contains(QLatin1String("1000000")));
    QCOMPARE(batch.requests.size(), 1);
    QCOMPARE(batch.requests[0].items, (QList<int> { 0, 2 }));

    BatchLimits limits = provider.limits();
    limits.maxEventBytes = 300;
    const EncodedBatch configuredLimit = provider.encode(
        { canonicalEvent(smallTrack(0)), canonicalEvent(smallTrack(1, QByteArray(400, 'q'))) }, limits);
    QCOMPARE(configuredLimit.rejected.size(), 1);
    QCOMPARE(configuredLimit.rejected[0].index, 1);
    QVERIFY(configuredLimit.rejected[0].text.contains(QLatin1String("300")));
}

void TestAmplitudeProvider::dedupIds()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key"})");
    auto insertIds = [&](const QByteArray& json) {
        QStringList ids;
        const EncodedBatch batch = provider.encode({ canonicalEvent(json) }, provider.limits());
        for (const ProviderRequest& request : batch.requests) {
            for (const QJsonValue& event : eventsOf(request.body))
                ids.append(event.toObject().value(QLatin1String("insert_id")).toString());
        }
        return ids;
    };
    auto withId = [](const QByteArray& messageId) -> QByteArray {
        QByteArray json = smallTrack(0);
        json.replace("\"m-0\"", QByteArray("\"" + messageId + "\""));
        return json;
    };
    QCOMPARE(
        insertIds(withId("ajs-next-1700000000000-abc")), QStringList { QStringLiteral("ajs-next-1700000000000-abc") });
    QCOMPARE(insertIds(withId("a")), insertIds(withId("a")));
    QVERIFY(insertIds(withId("a")) != insertIds(withId("b")));
    const QByteArray longId(1100, 'L');
    const QStringList hashed = insertIds(withId(longId));
    QCOMPARE(hashed.size(), 1);
    QCOMPARE(hashed[0].size(), 32);
    QCOMPARE(hashed, insertIds(withId(longId)));
    QVERIFY(hashed != insertIds(withId(QByteArray(1100, 'M'))));

    const QStringList group = insertIds(s_group);
    QCOMPARE(group.size(), 2);
    QCOMPARE(group[0], QStringLiteral("msg-group-1"));
    QVERIFY(group[1] != group[0]);
    QCOMPARE(group, insertIds(s_group));
}

void TestAmplitudeProvider::configErrors_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QString>("key");
    QTest::newRow("missing apiKey") << QByteArray("{}") << QStringLiteral("journey.providers.amplitude.apiKey");
    QTest::newRow("empty apiKey") << QByteArray(R"({"apiKey":" "})")
                                  << QStringLiteral("journey.providers.amplitude.apiKey");
    QTest::newRow("apiKey not a string") << QByteArray(R"({"apiKey":12345})")
                                         << QStringLiteral("journey.providers.amplitude.apiKey");
    QTest::newRow("unknown key") << QByteArray(R"({"apiKey":"k","secretKey":"s"})")
                                 << QStringLiteral("journey.providers.amplitude.secretKey");
    QTest::newRow("useBatch not a bool") << QByteArray(R"({"apiKey":"k","useBatch":"yes"})")
                                         << QStringLiteral("journey.providers.amplitude.useBatch");
    QTest::newRow("minIdLength fraction") << QByteArray(R"({"apiKey":"k","minIdLength":2.5})")
                                          << QStringLiteral("journey.providers.amplitude.minIdLength");
    QTest::newRow("minIdLength string") << QByteArray(R"({"apiKey":"k","minIdLength":"5"})")
                                        << QStringLiteral("journey.providers.amplitude.minIdLength");
    QTest::newRow("minIdLength zero") << QByteArray(R"({"apiKey":"k","minIdLength":0})")
                                      << QStringLiteral("journey.providers.amplitude.minIdLength");
    QTest::newRow("groupType not a string")
        << QByteArray(R"({"apiKey":"k","groupType":5})") << QStringLiteral("journey.providers.amplitude.groupType");
}

void TestAmplitudeProvider::configErrors()
{
    QFETCH(QByteArray, settings);
    QFETCH(QString, key);
    AmplitudeProvider provider;
    QString error;
    QVERIFY(!provider.configure(QJsonDocument::fromJson(settings).object(), &error));
    QVERIFY2(error.contains(key), qPrintable(error));
}

void TestAmplitudeProvider::secrets()
{
    AmplitudeProvider provider;
    QCOMPARE(provider.id(), QStringLiteral("amplitude"));
    QCOMPARE(provider.integrationNames(),
        (QStringList { QStringLiteral("Amplitude"), QStringLiteral("Actions Amplitude") }));
    QCOMPARE(provider.settingKeys(),
        (QStringList { QStringLiteral("apiKey"), QStringLiteral("useBatch"), QStringLiteral("minIdLength"),
            QStringLiteral("groupType") }));
    QVERIFY(provider.secrets().isEmpty());
    QString error;
    QVERIFY(provider.configure(QJsonDocument::fromJson(R"({"apiKey":"amp-key","useBatch":false})").object(), &error));
    QCOMPARE(provider.secrets(), QStringList { QStringLiteral("amp-key") });
}

void TestAmplitudeProvider::classify_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("split");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("reason");

    const int delivered = int(DeliveryOutcome::Delivered);
    const int retry = int(DeliveryOutcome::Retry);
    const int failed = int(DeliveryOutcome::Failed);
    QTest::newRow("200")
        << 3 << 200
        << QByteArray(R"({"code":200,"events_ingested":3,"payload_size_bytes":500,"server_upload_time":1396381378123})")
        << QByteArray() << delivered << false << -1LL << QString();
    QTest::newRow("200 empty body") << 3 << 200 << QByteArray() << QByteArray() << delivered << false << -1LL
                                    << QString();
    QTest::newRow("200 JSON without code")
        << 3 << 200 << QByteArray("{}") << QByteArray() << delivered << false << -1LL << QString();
    QTest::newRow("code beats status") << 3 << 200 << QByteArray(R"({"code":400,"error":"Invalid API key: amp-key"})")
                                       << QByteArray() << failed << false << -1LL << QStringLiteral("Invalid API key");
    QTest::newRow("400 missing api_key")
        << 3 << 400
        << QByteArray(
               R"({"code":400,"error":"Request missing required field","missing_field":"api_key","events_with_invalid_fields":{"time":[1]}})")
        << QByteArray() << failed << false << -1LL << QStringLiteral("missing required field");
    QTest::newRow("400 invalid key") << 3 << 400 << QByteArray(R"({"code":400,"error":"Invalid API key: x"})")
                                     << QByteArray() << failed << false << -1LL << QStringLiteral("400");
    QTest::newRow("400 bad JSON") << 3 << 400 << QByteArray(R"({"code":400,"error":"Invalid JSON request body"})")
                                  << QByteArray() << failed << false << -1LL << QStringLiteral("Invalid JSON");
    QTest::newRow("403") << 3 << 403 << QByteArray(R"({"code":403,"error":"Forbidden"})") << QByteArray() << failed
                         << false << -1LL << QStringLiteral("403");
    QTest::newRow("413 batch") << 3 << 413 << QByteArray(R"({"code":413,"error":"Payload too large"})") << QByteArray()
                               << retry << true << 0LL << QStringLiteral("413");
    QTest::newRow("413 single") << 1 << 413 << QByteArray(R"({"code":413,"error":"Payload too large"})") << QByteArray()
                                << failed << false << -1LL << QStringLiteral("413");
    QTest::newRow("429 plain, Retry-After") << 3 << 429 << QByteArray(R"({"code":429,"error":"Too many requests"})")
                                            << QByteArray("5") << retry << false << 5000LL << QStringLiteral("429");
    QTest::newRow("429 plain") << 3 << 429 << QByteArray() << QByteArray() << retry << false << -1LL
                               << QStringLiteral("429");
    QTest::newRow("500") << 3 << 500 << QByteArray(R"({"code":500,"error":"internal"})") << QByteArray() << retry
                         << false << -1LL << QStringLiteral("500");
    QTest::newRow("502") << 3 << 502 << QByteArray("<html>bad gateway</html>") << QByteArray() << retry << false << -1LL
                         << QStringLiteral("502");
    QTest::newRow("503 Retry-After") << 3 << 503 << QByteArray() << QByteArray("4") << retry << false << 4000LL
                                     << QStringLiteral("503");
    QTest::newRow("504") << 3 << 504 << QByteArray() << QByteArray() << retry << false << -1LL << QStringLiteral("504");
    QTest::newRow("408") << 3 << 408 << QByteArray() << QByteArray() << retry << false << -1LL << QStringLiteral("408");
}

void TestAmplitudeProvider::classify()
{
    QFETCH(int, events);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, outcome);
    QFETCH(bool, split);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, reason);

    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key"})");
    QList<OutboundEvent> list;
    for (int i = 0; i < events; ++i)
        list.append(canonicalEvent(smallTrack(i)));
    const ProviderRequest request = provider.encode(list, provider.limits()).requests.value(0);
    QCOMPARE(request.items.size(), events);
    SinkHeaders headers { { "Content-Type", "application/json" } };
    if (!retryAfter.isEmpty())
        headers.append({ "Retry-After", retryAfter });
    const ProviderResponse response = answer(request, SinkResponse::reply(status, body, headers));
    QCOMPARE(response.status, status);
    const DeliveryVerdict verdict = provider.classify(request, response);
    QCOMPARE(int(verdict.outcome), outcome);
    QCOMPARE(verdict.splitBatch, split);
    QCOMPARE(verdict.retryAfterMs, retryAfterMs);
    QVERIFY(verdict.items.isEmpty());
    QVERIFY2(verdict.reason.contains(reason), qPrintable(verdict.reason));
}

void TestAmplitudeProvider::classifyPartial400()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key"})");
    QList<OutboundEvent> list;
    for (int i = 0; i < 5; ++i)
        list.append(canonicalEvent(smallTrack(i)));
    const ProviderRequest request = provider.encode(list, provider.limits()).requests.value(0);

    const QByteArray invalid = R"({"code":400,"error":"Invalid field values on some events",
        "events_with_invalid_fields":{"time":[1]},"events_with_missing_fields":{"event_type":[3]},
        "events_with_invalid_id_lengths":{"user_id":[4]}})";
    DeliveryVerdict verdict = provider.classify(request, answer(request, SinkResponse::reply(400, invalid)));
    QCOMPARE(verdict.outcome, DeliveryOutcome::Retry);
    QCOMPARE(verdict.retryAfterMs, 0);
    QCOMPARE(verdict.items.size(), 3);
    QCOMPARE(verdict.items[0].index, 1);
    QCOMPARE(verdict.items[0].outcome, DeliveryOutcome::Failed);
    QVERIFY(verdict.items[0].reason.contains(QLatin1String("time")));
    QCOMPARE(verdict.items[1].index, 3);
    QVERIFY(verdict.items[1].reason.contains(QLatin1String("event_type")));
    QCOMPARE(verdict.items[2].index, 4);
    QVERIFY(verdict.items[2].reason.contains(QLatin1String("user_id")));
    QCOMPARE(verdict.outcomeOf(0), DeliveryOutcome::Retry);
    QCOMPARE(verdict.outcomeOf(2), DeliveryOutcome::Retry);

    const QByteArray silenced = R"({"code":400,"error":"Events silenced for device_id","eps_threshold":100,
        "exceeded_daily_quota_devices":{},"silenced_devices":["dev-1000"],"silenced_events":[0,9],
        "throttled_devices":{},"throttled_events":[]})";
    verdict = provider.classify(request, answer(request, SinkResponse::reply(400, silenced)));
    QCOMPARE(verdict.outcome, DeliveryOutcome::Retry);
    QCOMPARE(verdict.items.size(), 1); // index 9 is not in the request
    QCOMPARE(verdict.items[0].index, 0);
    QCOMPARE(verdict.items[0].outcome, DeliveryOutcome::Failed);
    QVERIFY(verdict.items[0].reason.contains(QLatin1String("silenced")));
}

void TestAmplitudeProvider::classifyThrottled()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key"})");
    const ProviderRequest request = threeEvents(provider);
    // Event 0: user-0/dev-1000, event 1: user-1/dev-1001, event 2: user-2/dev-1002.
    const QByteArray body = R"({"code":429,"error":"Too many requests for some devices and users","eps_threshold":30,
        "throttled_devices":{"dev-1001":31},"throttled_users":{},"throttled_events":[1],
        "exceeded_daily_quota_users":{"user-2":500200},"exceeded_daily_quota_devices":{}})";
    DeliveryVerdict verdict = provider.classify(request, answer(request, SinkResponse::reply(429, body)));
    QCOMPARE(verdict.outcome, DeliveryOutcome::Retry);
    QVERIFY(!verdict.countsAsAttempt);
    QCOMPARE(verdict.retryAfterMs, -1);
    QCOMPARE(verdict.items.size(), 2);
    QCOMPARE(verdict.items[0].index, 1);
    QCOMPARE(verdict.items[0].outcome, DeliveryOutcome::Retry);
    QCOMPARE(verdict.items[0].retryAfterMs, AmplitudeProvider::throttlePauseMs);
    QCOMPARE(verdict.items[1].index, 2);
    QCOMPARE(verdict.items[1].outcome, DeliveryOutcome::Retry);
    QCOMPARE(verdict.items[1].retryAfterMs, AmplitudeProvider::dailyQuotaPauseMs);
    QCOMPARE(verdict.outcomeOf(0), DeliveryOutcome::Retry);

    const QByteArray quotaDevice
        = R"({"code":429,"throttled_events":[],"exceeded_daily_quota_devices":{"dev-1000":500900}})";
    verdict = provider.classify(request,
        answer(request,
            SinkResponse::reply(429, quotaDevice, { { "Content-Type", "application/json" }, { "Retry-After", "3" } })));
    QCOMPARE(verdict.retryAfterMs, 3000);
    QCOMPARE(verdict.items.size(), 1);
    QCOMPARE(verdict.items[0].index, 0);
    QCOMPARE(verdict.items[0].retryAfterMs, AmplitudeProvider::dailyQuotaPauseMs);

    // /batch throttles for ~15 s.
    const AmplitudeProvider batchProvider = configured(R"({"apiKey":"amp-key","useBatch":true})");
    const ProviderRequest batchRequest = threeEvents(batchProvider);
    QCOMPARE(batchRequest.url.path(), QStringLiteral("/batch"));
    verdict = batchProvider.classify(
        batchRequest, answer(batchRequest, SinkResponse::reply(429, R"({"code":429,"throttled_events":[0,2]})")));
    QCOMPARE(verdict.items.size(), 2);
    QCOMPARE(verdict.items[0].index, 0);
    QCOMPARE(verdict.items[0].retryAfterMs, AmplitudeProvider::batchThrottlePauseMs);
    QCOMPARE(verdict.items[1].index, 2);
}

void TestAmplitudeProvider::classifyTransportError()
{
    const AmplitudeProvider provider = configured(R"({"apiKey":"amp-key"})");
    const ProviderRequest request = threeEvents(provider);
    const ProviderResponse dropped = answer(request, SinkResponse::close());
    QCOMPARE(dropped.status, 0);
    QVERIFY(!dropped.transportError.isEmpty());
    DeliveryVerdict verdict = provider.classify(request, dropped);
    QCOMPARE(verdict.outcome, DeliveryOutcome::Retry);
    QVERIFY(!verdict.reason.isEmpty());

    ProviderRequest slow = request;
    m_sink.setHandler([](const SinkRequest&) { return SinkResponse::hang(); });
    Journey::EncodedBatch one;
    one.requests.append(slow);
    const ProviderResponse timedOut = sendAll(one, 300).value(0);
    m_sink.setHandler({});
    QVERIFY(!timedOut.transportError.isEmpty());
    verdict = provider.classify(slow, timedOut);
    QCOMPARE(verdict.outcome, DeliveryOutcome::Retry);
}

QTEST_GUILESS_MAIN(TestAmplitudeProvider)
#include "tst_amplitudeprovider.moc"

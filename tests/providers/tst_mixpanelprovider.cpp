// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// Mixpanel's wire format (providers.md §2) against a real HTTP sink: /track, /import, /engage and /groups
// requests of the six calls, auth, gzip, batch limits, dedup ids, settings and answer classification.

#include "core/gzipcodec.h"
#include "core/timestamp.h"
#include "providers/mixpanelprovider.h"
#include "providertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {

const qint64 s_timeMs = (Timestamp::nowMs() / 1000 - 3600) * 1000 + 123; // an hour ago, with milliseconds

QByteArray fill(QByteArray json, qint64 timeMs = s_timeMs)
{
    json.replace("$TS", Timestamp::toIso8601(timeMs));
    json.replace("$MS", QByteArray::number(timeMs));
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
        qFatal("not JSON (%s): %s", qPrintable(error.errorString()), json.constData());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// Keys sorted, so equal JSON gives equal text and a failure shows both sides.
QByteArray canonical(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

#define COMPARE_JSON(actual, expectedText) QCOMPARE(canonical(actual), canonical(parse(fill(expectedText))))

const QByteArray s_track = R"({"type":"track","messageId":"msg-track-1","timestamp":"$TS","userId":"user-42",
  "anonymousId":"anon-7","event":"Order Completed","properties":{"revenue":12.5,"plan":"pro"},
  "context":{"ip":"203.0.113.9","library":{"name":"analytics.js","version":"2.11.1"},
    "os":{"name":"iOS","version":"17.1"},"device":{"manufacturer":"Apple","model":"iPhone15,2","id":"dev-1"},
    "app":{"name":"Shop","version":"3.2","build":"321"},"screen":{"width":390,"height":844},
    "network":{"carrier":"T-Mobile","wifi":true},"locale":"en-US","timezone":"Europe/Berlin",
    "campaign":{"name":"spring","source":"news","medium":"email","term":"shoes","content":"hero"},
    "page":{"url":"https://shop.example/cart?x=1","path":"/cart","title":"Cart","referrer":"https://google.com/","search":"?x=1"},
    "userAgent":"Mozilla/5.0","groupId":"acme"}})";

const QByteArray s_trackExpected = R"({"event":"Order Completed","properties":{
  "token":"tok-123","time":$MS,"distinct_id":"user-42","$insert_id":"msg-track-1","$device_id":"anon-7",
  "$user_id":"user-42","ip":"203.0.113.9","mp_lib":"analytics.js","$lib_version":"2.11.1","$os":"iOS",
  "$os_version":"17.1","$manufacturer":"Apple","$model":"iPhone15,2","context.device.id":"dev-1",
  "$app_name":"Shop","$app_version_string":"3.2","$app_build_number":"321","$screen_width":390,
  "$screen_height":844,"$carrier":"T-Mobile","$wifi_enabled":true,"$locale":"en-US",
  "context.timezone":"Europe/Berlin","utm_campaign":"spring","utm_source":"news","utm_medium":"email",
  "utm_term":"shoes","utm_content":"hero","$current_url":"https://shop.example/cart?x=1",
  "current_url_path":"/cart","current_page_title":"Cart","$referrer":"https://google.com/",
  "current_url_search":"?x=1","context.userAgent":"Mozilla/5.0","company":"acme","revenue":12.5,"plan":"pro"}})";

const QByteArray s_identify = R"({"type":"identify","messageId":"msg-identify-1","timestamp":"$TS",
  "userId":"user-42","anonymousId":"anon-7","traits":{"email":"a@example.com","name":"Ada L","firstName":"Ada",
  "lastName":"L","phone":"+100","createdAt":"2024-01-02T03:04:05.000Z","avatar":"https://x.example/a.png",
  "plan":"pro"},"context":{"ip":"203.0.113.9","locale":"de-DE"}})";

const QByteArray s_identifyEngage = R"({"$token":"tok-123","$distinct_id":"user-42","$ip":"203.0.113.9",
  "$time":$MS,"$set":{"$email":"a@example.com","$name":"Ada L","$first_name":"Ada","$last_name":"L",
  "$phone":"+100","$created":"2024-01-02T03:04:05.000Z","$avatar":"https://x.example/a.png","plan":"pro"}})";

const QByteArray s_identifyEvent = R"({"event":"$identify","properties":{"$identified_id":"user-42",
  "$anon_id":"anon-7","token":"tok-123","time":$MS,"distinct_id":"user-42","$insert_id":"msg-identify-1",
  "$device_id":"anon-7","$user_id":"user-42","ip":"203.0.113.9","$locale":"de-DE","mp_lib":"journey-connector"}})";

const QByteArray s_page = R"({"type":"page","messageId":"msg-page-1","timestamp":"$TS","anonymousId":"anon-7",
  "name":"Pricing","category":"Docs","properties":{"url":"https://www.example.com/pricing?plan=pro",
  "path":"/pricing","title":"Pricing - Example","referrer":"https://news.example/"},
  "context":{"page":{"url":"https://www.example.com/pricing?plan=pro","path":"/pricing","search":"?plan=pro",
  "title":"Pricing - Example","referrer":"https://news.example/"}}})";

const QByteArray s_pageExpected = R"({"event":"$mp_web_page_view","properties":{"token":"tok-123","time":$MS,
  "distinct_id":"anon-7","$insert_id":"msg-page-1","$device_id":"anon-7","mp_lib":"journey-connector",
  "$current_url":"https://www.example.com/pricing?plan=pro","current_url_path":"/pricing",
  "current_page_title":"Pricing - Example","current_url_search":"?plan=pro","$referrer":"https://news.example/",
  "current_domain":"www.example.com","current_url_protocol":"https:","name":"Pricing","category":"Docs",
  "url":"https://www.example.com/pricing?plan=pro","path":"/pricing","title":"Pricing - Example",
  "referrer":"https://news.example/"}})";

const QByteArray s_screen = R"({"type":"screen","messageId":"msg-screen-1","timestamp":"$TS","userId":"user-42",
  "name":"Checkout","category":"Shop","properties":{"step":2}})";

const QByteArray s_screenExpected = R"({"event":"$mp_page_view","properties":{"current_page_title":"Checkout",
  "name":"Checkout","category":"Shop","step":2,"token":"tok-123","time":$MS,"distinct_id":"user-42",
  "$insert_id":"msg-screen-1","$user_id":"user-42","mp_lib":"journey-connector"}})";

const QByteArray s_group = R"({"type":"group","messageId":"msg-group-1","timestamp":"$TS","userId":"user-42",
  "groupId":"acme","traits":{"name":"Acme Inc","employees":50},"context":{"timezone":"UTC"}})";

const QByteArray s_alias = R"({"type":"alias","messageId":"msg-alias-1","timestamp":"$TS","userId":"user-42",
  "previousId":"anon-7"})";

const QByteArray s_aliasExpected = R"({"event":"$create_alias","properties":{"distinct_id":"anon-7",
  "alias":"user-42","token":"tok-123","$insert_id":"msg-alias-1","mp_lib":"journey-connector"}})";

QByteArray smallTrack(int n, const QByteArray& extra = "x")
{
    return "{\"type\":\"track\",\"messageId\":\"m-" + QByteArray::number(n)
        + "\",\"timestamp\":\"$TS\",\"userId\":\"user-1\",\"event\":\"E\",\"properties\":{\"p\":\"" + extra + "\"}}";
}

const SinkRequest* find(const QList<SinkRequest>& requests, const QString& path)
{
    for (const SinkRequest& request : requests) {
        if (request.path == path)
            return &request;
    }
    return nullptr;
}

bool noteContains(const EncodedBatch& batch, int index, const QString& text)
{
    for (const EncodedBatch::Issue& note : batch.notes) {
        if (note.index == index && note.text.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestMixpanelProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void trackModeSixCalls();
    void importModeServiceAccount();
    void importModeProjectSecret();
    void groupKeySetting();
    void reservedAndForbidden();
    void trackWindow();
    void stringLimitNoted();
    void splitsByCount();
    void splitsByBytes();
    void rejectsOversizedEvent();
    void dedupIds();
    void configErrors_data();
    void configErrors();
    void secrets();
    void classify_data();
    void classify();
    void classifyTransportError();

private:
    MixpanelProvider configured(const QByteArray& settings, const QUrl& endpoint = {});
    ProviderResponse answer(const ProviderRequest& request, const SinkResponse& reply);

    HttpSink m_sink;
};

MixpanelProvider TestMixpanelProvider::configured(const QByteArray& settings, const QUrl& endpoint)
{
    MixpanelProvider provider;
    QString error;
    if (!provider.configure(QJsonDocument::fromJson(settings).object(), &error))
        qFatal("configure failed: %s", qPrintable(error));
    provider.setEndpointOverride(endpoint.isEmpty() ? m_sink.url() : endpoint);
    return provider;
}

ProviderResponse TestMixpanelProvider::answer(const ProviderRequest& request, const SinkResponse& reply)
{
    m_sink.setHandler([reply](const SinkRequest&) { return reply; });
    const ProviderResponse response = sendOne(request);
    m_sink.setHandler({});
    return response;
}

void TestMixpanelProvider::initTestCase()
{
    QVERIFY(m_sink.start());
}

void TestMixpanelProvider::init()
{
    m_sink.clear();
    m_sink.setHandler({});
    m_sink.setDefault(SinkResponse::reply(200, "{\"status\":1,\"error\":null}"));
}

void TestMixpanelProvider::trackModeSixCalls()
{
    const MixpanelProvider provider = configured(R"({"token":"tok-123"})");
    QVERIFY(!provider.usesImport());
    QCOMPARE(provider.defaultEndpoint(), QUrl(QStringLiteral("https://api.mixpanel.com")));
    const QList<OutboundEvent> events { canonicalEvent(s_track), canonicalEvent(s_identify), canonicalEvent(s_page),
        canonicalEvent(s_screen), canonicalEvent(s_group), canonicalEvent(s_alias) };
    const EncodedBatch batch = provider.encode(events, provider.limits());
    QVERIFY(batch.rejected.isEmpty());
    QCOMPARE(batch.requests.size(), 3);

    // Carried: every event at least once; identify and group also as profile updates.
    const ProviderRequest& track = batch.requests[0];
    QCOMPARE(track.items, (QList<int> { 0, 1, 2, 3, 5 }));
    QCOMPARE(batch.requests[1].items, (QList<int> { 1, 4 }));
    QCOMPARE(batch.requests[2].items, (QList<int> { 4 }));
    QVERIFY(track.gzip);
    QVERIFY(!batch.requests[1].gzip);
    QVERIFY(!batch.requests[2].gzip);
    QVERIFY(noteContains(batch, 4, QStringLiteral("context.timezone")));
    QVERIFY(noteContains(batch, 5, QStringLiteral("Original ID Merge")));

    const QList<ProviderResponse> responses = sendAll(batch);
    QCOMPARE(m_sink.requests().size(), 3);
    for (qsizetype i = 0; i < responses.size(); ++i) {
        QCOMPARE(responses[i].status, 200);
        QCOMPARE(provider.classify(batch.requests[i], responses[i]).outcome, DeliveryOutcome::Delivered);
    }

    const SinkRequest* trackSent = find(m_sink.requests(), QStringLiteral("/track"));
    QVERIFY(trackSent);
    QCOMPARE(trackSent->method, QByteArray("POST"));
    QCOMPARE(trackSent->query.queryItemValue(QStringLiteral("ip")), QStringLiteral("0"));
    QCOMPARE(trackSent->query.queryItemValue(QStringLiteral("verbose")), QStringLiteral("1"));
    QCOMPARE(trackSent->header("Content-Type"), QByteArray("application/json"));
    QVERIFY(trackSent->header("Authorization").isEmpty());
    QVERIFY(trackSent->gzipped);
    QVERIFY(GzipCodec::looksGzipped(trackSent->wireBody));
    QVERIFY(trackSent->wireBody != trackSent->body);
    const QJsonArray records = parse(trackSent->body).toArray();
    QCOMPARE(records.size(), 5);
    COMPARE_JSON(records[0], s_trackExpected);
    COMPARE_JSON(records[1], s_identifyEvent);
    COMPARE_JSON(records[2], s_pageExpected);
    COMPARE_JSON(records[3], s_screenExpected);
    COMPARE_JSON(records[4], s_aliasExpected);

    const SinkRequest* engage = find(m_sink.requests(), QStringLiteral("/engage"));
    QVERIFY(engage);
    QCOMPARE(engage->method, QByteArray("POST"));
    QCOMPARE(engage->header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(engage->query.queryItemValue(QStringLiteral("verbose")), QStringLiteral("1"));
    QVERIFY(!engage->gzipped);
    const QJsonArray updates = parse(engage->body).toArray();
    QCOMPARE(updates.size(), 2);
    COMPARE_JSON(updates[0], s_identifyEngage);
    COMPARE_JSON(updates[1], R"({"$token":"tok-123","$distinct_id":"user-42","$ip":"0","$time":$MS,
        "$union":{"company":["acme"]}})");

    const SinkRequest* groups = find(m_sink.requests(), QStringLiteral("/groups"));
    QVERIFY(groups);
    QCOMPARE(groups->method, QByteArray("POST"));
    QCOMPARE(groups->header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!groups->gzipped);
    COMPARE_JSON(parse(groups->body), R"([{"$token":"tok-123","$group_key":"company","$group_id":"acme",
        "$set":{"$name":"Acme Inc","employees":50}}])");
}

void TestMixpanelProvider::importModeServiceAccount()
{
    const QUrl proxy(m_sink.url().toString() + QStringLiteral("/proxy"));
    const MixpanelProvider provider = configured(
        R"({"token":"tok-123","serviceAccount":{"username":"svc.user","secret":"svc-secret"},"projectId":4242})",
        proxy);
    QVERIFY(provider.usesImport());
    const QList<OutboundEvent> events { canonicalEvent(s_track), canonicalEvent(s_alias), canonicalEvent(s_identify) };
    const EncodedBatch batch = provider.encode(events, provider.limits());
    QVERIFY(batch.rejected.isEmpty());
    QCOMPARE(batch.requests.size(), 3);
    QCOMPARE(batch.requests[0].items, (QList<int> { 0, 2 })); // /import: track + $identify
    QCOMPARE(batch.requests[1].items, (QList<int> { 1 })); // /track: $create_alias
    QCOMPARE(batch.requests[2].items, (QList<int> { 2 })); // /engage

    m_sink.setHandler([](const SinkRequest& request) {
        if (request.path.endsWith(QLatin1String("/import")))
            return SinkResponse::reply(200, R"({"code":200,"num_records_imported":2,"status":"OK"})");
        return SinkResponse::reply(200, R"({"status":1,"error":null})");
    });
    const QList<ProviderResponse> responses = sendAll(batch);
    for (qsizetype i = 0; i < responses.size(); ++i)
        QCOMPARE(provider.classify(batch.requests[i], responses[i]).outcome, DeliveryOutcome::Delivered);

    const SinkRequest* import = find(m_sink.requests(), QStringLiteral("/proxy/import"));
    QVERIFY(import);
    QCOMPARE(import->method, QByteArray("POST"));
    QCOMPARE(import->query.queryItemValue(QStringLiteral("strict")), QStringLiteral("1"));
    QCOMPARE(import->query.queryItemValue(QStringLiteral("project_id")), QStringLiteral("4242"));
    QCOMPARE(import->header("Authorization"), "Basic " + QByteArray("svc.user:svc-secret").toBase64());
    QCOMPARE(import->header("Content-Type"), QByteArray("application/json"));
    QVERIFY(import->gzipped);
    QVERIFY(GzipCodec::looksGzipped(import->wireBody));
    const QJsonArray records = parse(import->body).toArray();
    QCOMPARE(records.size(), 2);
    COMPARE_JSON(records[0], s_trackExpected);
    COMPARE_JSON(records[1], s_identifyEvent);

    // $create_alias is documented on /track only: it goes there, token-authenticated, also in import mode.
    const SinkRequest* track = find(m_sink.requests(), QStringLiteral("/proxy/track"));
    QVERIFY(track);
    QVERIFY(track->header("Authorization").isEmpty());
    QCOMPARE(track->query.queryItemValue(QStringLiteral("verbose")), QStringLiteral("1"));
    COMPARE_JSON(parse(track->body), "[" + s_aliasExpected + "]");

    const SinkRequest* engage = find(m_sink.requests(), QStringLiteral("/proxy/engage"));
    QVERIFY(engage);
    COMPARE_JSON(parse(engage->body), "[" + s_identifyEngage + "]");
}

void TestMixpanelProvider::importModeProjectSecret()
{
    const MixpanelProvider provider = configured(R"({"token":"tok-123","apiSecret":"proj-secret"})");
    const EncodedBatch batch = provider.encode({ canonicalEvent(s_screen) }, provider.limits());
    QCOMPARE(batch.requests.size(), 1);
    m_sink.setDefault(SinkResponse::reply(200, R"({"code":200,"num_records_imported":1,"status":"OK"})"));
    const ProviderResponse response = sendOne(batch.requests[0]);
    QCOMPARE(provider.classify(batch.requests[0], response).outcome, DeliveryOutcome::Delivered);
    QCOMPARE(m_sink.requests().size(), 1);
    const SinkRequest& sent = m_sink.requests().constFirst();
    QCOMPARE(sent.path, QStringLiteral("/import"));
    QCOMPARE(sent.query.queryItemValue(QStringLiteral("strict")), QStringLiteral("1"));
    QVERIFY(!sent.query.hasQueryItem(QStringLiteral("project_id")));
    QCOMPARE(sent.header("Authorization"), "Basic " + QByteArray("proj-secret:").toBase64());
    QVERIFY(sent.gzipped);
    COMPARE_JSON(parse(sent.body), "[" + s_screenExpected + "]");
}

void TestMixpanelProvider::groupKeySetting()
{
    const MixpanelProvider provider = configured(R"({"token":"tok-123","groupKey":"account"})");
    const QByteArray withGroup = R"({"type":"track","messageId":"m-g","timestamp":"$TS","anonymousId":"anon-7",
        "event":"Seen","context":{"groupId":"acme"}})";
    const EncodedBatch batch
        = provider.encode({ canonicalEvent(s_group), canonicalEvent(withGroup) }, provider.limits());
    sendAll(batch);
    const SinkRequest* groups = find(m_sink.requests(), QStringLiteral("/groups"));
    const SinkRequest* engage = find(m_sink.requests(), QStringLiteral("/engage"));
    const SinkRequest* track = find(m_sink.requests(), QStringLiteral("/track"));
    QVERIFY(groups && engage && track);
    QCOMPARE(parse(groups->body).toArray()[0].toObject().value(QLatin1String("$group_key")).toString(),
        QStringLiteral("account"));
    COMPARE_JSON(parse(engage->body).toArray()[0].toObject().value(QLatin1String("$union")), R"({"account":["acme"]})");
    COMPARE_JSON(parse(track->body), R"([{"event":"Seen","properties":{"token":"tok-123","time":$MS,
        "distinct_id":"anon-7","$insert_id":"m-g","$device_id":"anon-7","mp_lib":"journey-connector","account":"acme"}}])");
}

void TestMixpanelProvider::reservedAndForbidden()
{
    const MixpanelProvider provider = configured(R"({"token":"tok-123"})");
    const QByteArray json = R"({"type":"track","messageId":"null","timestamp":"$TS","userId":"undefined",
        "anonymousId":"anon-7","event":"E","properties":{"time":5,"distinct_id":"me","other":1}})";
    const EncodedBatch batch = provider.encode({ canonicalEvent(json) }, provider.limits());
    QVERIFY(batch.rejected.isEmpty());
    QVERIFY(noteContains(batch, 0, QStringLiteral("\"time\"")));
    QVERIFY(noteContains(batch, 0, QStringLiteral("\"distinct_id\"")));
    QVERIFY(noteContains(batch, 0, QStringLiteral("userId \"undefined\"")));
    const QJsonObject properties
        = parse(batch.requests[0].body).toArray()[0].toObject().value(QLatin1String("properties")).toObject();
    QCOMPARE(properties.value(QLatin1String("time")).toInteger(), s_timeMs);
    QCOMPARE(properties.value(QLatin1String("distinct_id")).toString(), QStringLiteral("anon-7"));
    QVERIFY(!properties.contains(QLatin1String("$user_id")));
    QCOMPARE(properties.value(QLatin1String("other")).toInt(), 1);
    // A message id Mixpanel would refuse as $insert_id is replaced by its hash.
    const QString insertId = properties.value(QLatin1String("$insert_id")).toString();
    QCOMPARE(insertId.size(), 32);
    QVERIFY(insertId != QLatin1String("null"));

    // No usable id at all: identify cannot key a profile.
    const QByteArray identify
        = R"({"type":"identify","messageId":"m-i","timestamp":"$TS","userId":"null","traits":{}})";
    const EncodedBatch refused = provider.encode({ canonicalEvent(identify) }, provider.limits());
    QCOMPARE(refused.requests.size(), 0);
    QCOMPARE(refused.rejected.size(), 1);
    QVERIFY(refused.rejected[0].text.contains(QLatin1String("identify")));
}

void TestMixpanelProvider::trackWindow()
{
    const qint64 sixDaysAgo = Timestamp::nowMs() - 6LL * 24 * 3600 * 1000;
    const QList<OutboundEvent> events { canonicalEvent(s_track, sixDaysAgo), canonicalEvent(s_identify, sixDaysAgo),
        canonicalEvent(s_alias, sixDaysAgo) };

    const MixpanelProvider tracking = configured(R"({"token":"tok-123"})");
    const EncodedBatch batch = tracking.encode(events, tracking.limits());
    QCOMPARE(batch.rejected.size(), 1);
    QCOMPARE(batch.rejected[0].index, 0);
    QVERIFY(batch.rejected[0].text.contains(QLatin1String("5 days")));
    QVERIFY(noteContains(batch, 1, QStringLiteral("$identify")));
    QCOMPARE(batch.requests.size(), 2);
    QCOMPARE(batch.requests[0].url.path(), QStringLiteral("/track"));
    QCOMPARE(batch.requests[0].items, (QList<int> { 2 })); // the alias has no time: it is never too old
    QCOMPARE(batch.requests[1].url.path(), QStringLiteral("/engage"));
    QCOMPARE(batch.requests[1].items, (QList<int> { 1 }));

    const MixpanelProvider importing = configured(R"({"token":"tok-123","apiSecret":"s"})");
    const EncodedBatch imported = importing.encode(events, importing.limits());
    QVERIFY(imported.rejected.isEmpty());
    QCOMPARE(imported.requests[0].url.path(), QStringLiteral("/import"));
    QCOMPARE(imported.requests[0].items, (QList<int> { 0, 1 }));
}

void TestMixpanelProvider::stringLimitNoted()
{
    const MixpanelProvider provider = configured(R"({"token":"tok-123"})");
    const EncodedBatch batch = provider.encode(
        { canonicalEvent(smallTrack(1, QByteArray(300, 'a'))), canonicalEvent(smallTrack(2)) }, provider.limits());
    QVERIFY(noteContains(batch, 0, QStringLiteral("255")));
    QVERIFY(!noteContains(batch, 1, QStringLiteral("255")));
    // The value is sent whole: Mixpanel does the cutting.
    QVERIFY(batch.requests[0].body.contains(QByteArray(300, 'a')));
}

void TestMixpanelProvider::splitsByCount()
{
    const MixpanelProvider provider = configured(R"({"token":"tok-123"})");
    QCOMPARE(provider.limits().maxEvents, 2000);
    QCOMPARE(provider.limits().maxRequestBytes, 2 * 1024 * 1024);
    QCOMPARE(provider.limits().maxEventBytes, 1024 * 1024);
    QList<OutboundEvent> events;
    for (int i = 0; i < 2001; ++i)
        events.append(canonicalEvent(smallTrack(i)));
    const EncodedBatch full = provider.encode(events, provider.limits());
    QCOMPARE(full.requests.size(), 2);
    QCOMPARE(full.requests[0].items.size(), 2000);
    QCOMPARE(full.requests[1].items, (QList<int> { 2000 }));

    BatchLimits limits = provider.limits();
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
        carried += int(parse(request.body).toArray().size());
    QCOMPARE(carried, 7);
}

void TestMixpanelProvider::splitsByBytes()
{
    const MixpanelProvider provider = configured(R"({"token":"tok-123"})");
    QList<OutboundEvent> events;
    for (int i = 0; i < 5; ++i)
        events.append(canonicalEvent(smallTrack(i, QByteArray(100, 'x'))));
    const qint64 one = provider.encode({ events[0] }, provider.limits()).requests[0].body.size(); // "[e]"
    BatchLimits limits = provider.limits();
    limits.maxRequestBytes = 2 * (one - 2) + 3; // exactly two events: "[a,b]"
    const EncodedBatch batch = provider.encode(events, limits);
    QCOMPARE(batch.requests.size(), 3);
    QCOMPARE(batch.requests[0].items, (QList<int> { 0, 1 }));
    QCOMPARE(batch.requests[1].items, (QList<int> { 2, 3 }));
    QCOMPARE(batch.requests[2].items, (QList<int> { 4 }));
    for (const ProviderRequest& request : batch.requests)
        QVERIFY(request.body.size() <= limits.maxRequestBytes);
    QCOMPARE(batch.requests[0].body.size(), limits.maxRequestBytes);
    limits.maxRequestBytes -= 1;
    QCOMPARE(provider.encode(events, limits).requests.size(), 5);
}

void TestMixpanelProvider::rejectsOversizedEvent()
{
    const MixpanelProvider provider = configured(R"({"token":"tok-123"})");
    const QList<OutboundEvent> events { canonicalEvent(smallTrack(0)),
        canonicalEvent(smallTrack(1, QByteArray(1024 * 1024, 'b'))), canonicalEvent(smallTrack(2)) };
    const EncodedBatch batch = provider.encode(events, provider.limits());
    QCOMPARE(batch.rejected.size(), 1);
    QCOMPARE(batch.rejected[0].index, 1);
    QVERIFY(batch.rejected[0].text.contains(QString::number(1024 * 1024)));
    QCOMPARE(batch.requests.size(), 1);
    QCOMPARE(batch.requests[0].items, (QList<int> { 0, 2 }));

    // An event within the per-event limit but larger than a (configured) request is rejected too.
    BatchLimits limits = provider.limits();
    limits.maxRequestBytes = 100;
    const EncodedBatch small = provider.encode({ canonicalEvent(smallTrack(0, QByteArray(200, 'c'))) }, limits);
    QCOMPARE(small.requests.size(), 0);
    QCOMPARE(small.rejected.size(), 1);
}

void TestMixpanelProvider::dedupIds()
{
    const MixpanelProvider provider = configured(R"({"token":"tok-123"})");
    auto insertIdOf = [&](const QByteArray& messageId) {
        QByteArray json = smallTrack(0);
        json.replace("\"m-0\"", QByteArray("\"" + messageId + "\""));
        const EncodedBatch batch = provider.encode({ canonicalEvent(json) }, provider.limits());
        return parse(batch.requests[0].body)
            .toArray()[0]
            .toObject()
            .value(QLatin1String("properties"))
            .toObject()
            .value(QLatin1String("$insert_id"))
            .toString();
    };
    QCOMPARE(insertIdOf("abc-123"), QStringLiteral("abc-123"));
    QCOMPARE(insertIdOf("abc-123"), insertIdOf("abc-123"));
    QVERIFY(insertIdOf("abc-123") != insertIdOf("abc-124"));
    const QString hashed = insertIdOf("ajs-next-1700000000000-7f2c4b1e-1b2c-4d5e-8f90-123456789abc");
    QCOMPARE(hashed.size(), 32);
    QCOMPARE(hashed, insertIdOf("ajs-next-1700000000000-7f2c4b1e-1b2c-4d5e-8f90-123456789abc"));
    QVERIFY(hashed != insertIdOf("ajs-next-1700000000000-7f2c4b1e-1b2c-4d5e-8f90-123456789abd"));
    QCOMPARE(insertIdOf("id with spaces").size(), 32);
}

void TestMixpanelProvider::configErrors_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QString>("key");
    QTest::newRow("missing token") << QByteArray("{}") << QStringLiteral("journey.providers.mixpanel.token");
    QTest::newRow("empty token") << QByteArray(R"({"token":""})") << QStringLiteral("journey.providers.mixpanel.token");
    QTest::newRow("token not a string") << QByteArray(R"({"token":42})")
                                        << QStringLiteral("journey.providers.mixpanel.token");
    QTest::newRow("unknown key") << QByteArray(R"({"token":"t","writeKey":"w"})")
                                 << QStringLiteral("journey.providers.mixpanel.writeKey");
    QTest::newRow("apiSecret not a string")
        << QByteArray(R"({"token":"t","apiSecret":true})") << QStringLiteral("journey.providers.mixpanel.apiSecret");
    QTest::newRow("serviceAccount not an object") << QByteArray(R"({"token":"t","serviceAccount":"u:s","projectId":1})")
                                                  << QStringLiteral("journey.providers.mixpanel.serviceAccount");
    QTest::newRow("serviceAccount without secret")
        << QByteArray(R"({"token":"t","serviceAccount":{"username":"u"},"projectId":1})")
        << QStringLiteral("journey.providers.mixpanel.serviceAccount.secret");
    QTest::newRow("serviceAccount unknown key")
        << QByteArray(R"({"token":"t","serviceAccount":{"username":"u","secret":"s","x":1},"projectId":1})")
        << QStringLiteral("journey.providers.mixpanel.serviceAccount.x");
    QTest::newRow("serviceAccount without projectId")
        << QByteArray(R"({"token":"t","serviceAccount":{"username":"u","secret":"s"}})")
        << QStringLiteral("journey.providers.mixpanel.projectId");
    QTest::newRow("secret and service account")
        << QByteArray(R"({"token":"t","apiSecret":"a","serviceAccount":{"username":"u","secret":"s"},"projectId":1})")
        << QStringLiteral("journey.providers.mixpanel.apiSecret");
    QTest::newRow("projectId not an id") << QByteArray(R"({"token":"t","projectId":1.5})")
                                         << QStringLiteral("journey.providers.mixpanel.projectId");
    QTest::newRow("groupKey not a string")
        << QByteArray(R"({"token":"t","groupKey":["a"]})") << QStringLiteral("journey.providers.mixpanel.groupKey");
}

void TestMixpanelProvider::configErrors()
{
    QFETCH(QByteArray, settings);
    QFETCH(QString, key);
    MixpanelProvider provider;
    QString error;
    QVERIFY(!provider.configure(QJsonDocument::fromJson(settings).object(), &error));
    QVERIFY2(error.contains(key), qPrintable(error));
}

void TestMixpanelProvider::secrets()
{
    MixpanelProvider provider;
    QCOMPARE(provider.id(), QStringLiteral("mixpanel"));
    QCOMPARE(
        provider.integrationNames(), (QStringList { QStringLiteral("Mixpanel"), QStringLiteral("Actions Mixpanel") }));
    QCOMPARE(provider.settingKeys(),
        (QStringList { QStringLiteral("token"), QStringLiteral("apiSecret"), QStringLiteral("serviceAccount"),
            QStringLiteral("projectId"), QStringLiteral("groupKey") }));
    QString error;
    QVERIFY(provider.configure(QJsonDocument::fromJson(R"({"token":"tok-123"})").object(), &error));
    QCOMPARE(provider.secrets(), QStringList { QStringLiteral("tok-123") });
    QVERIFY(provider.configure(
        QJsonDocument::fromJson(R"({"token":"tok-123","apiSecret":"proj-secret"})").object(), &error));
    QCOMPARE(provider.secrets(),
        (QStringList { QStringLiteral("tok-123"), QStringLiteral("proj-secret"),
            QString::fromLatin1(QByteArray("proj-secret:").toBase64()) }));
    QVERIFY(provider.configure(
        QJsonDocument::fromJson(
            R"({"token":"tok-123","serviceAccount":{"username":"svc","secret":"svc-secret"},"projectId":"77"})")
            .object(),
        &error));
    QVERIFY(provider.usesImport());
    QCOMPARE(provider.secrets(),
        (QStringList { QStringLiteral("tok-123"), QStringLiteral("svc-secret"),
            QString::fromLatin1(QByteArray("svc:svc-secret").toBase64()) }));
    // Configuring again starts from scratch.
    QVERIFY(provider.configure(QJsonDocument::fromJson(R"({"token":"other"})").object(), &error));
    QVERIFY(!provider.usesImport());
    QCOMPARE(provider.secrets(), QStringList { QStringLiteral("other") });
}

void TestMixpanelProvider::classify_data()
{
    QTest::addColumn<bool>("import");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("split");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<bool>("counts");
    QTest::addColumn<QString>("reason");

    const int delivered = int(DeliveryOutcome::Delivered);
    const int retry = int(DeliveryOutcome::Retry);
    const int failed = int(DeliveryOutcome::Failed);
    QTest::newRow("track verbose ok") << false << 3 << 200 << QByteArray(R"({"status":1,"error":null})") << QByteArray()
                                      << delivered << false << -1LL << true << QString();
    QTest::newRow("track plain 1") << false << 3 << 200 << QByteArray("1") << QByteArray() << delivered << false << -1LL
                                   << true << QString();
    QTest::newRow("track verbose 0, batch")
        << false << 3 << 200 << QByteArray(R"({"status":0,"error":"'event' must be a string"})") << QByteArray()
        << retry << true << 0LL << false << QStringLiteral("'event' must be a string");
    QTest::newRow("track plain 0, single") << false << 1 << 200 << QByteArray("0") << QByteArray() << failed << false
                                           << -1LL << true << QStringLiteral("answer 0");
    QTest::newRow("track verbose 0, single")
        << false << 1 << 200 << QByteArray(R"({"status":0,"error":"bad time"})") << QByteArray() << failed << false
        << -1LL << true << QStringLiteral("bad time");
    QTest::newRow("track bad token, batch")
        << false << 3 << 200 << QByteArray(R"({"status":0,"error":"token, missing or empty"})") << QByteArray()
        << failed << false << -1LL << true << QStringLiteral("token");
    QTest::newRow("track 401") << false << 3 << 401
                               << QByteArray(R"({"error":"project not authorized","status":"error"})") << QByteArray()
                               << failed << false << -1LL << true << QStringLiteral("401");
    QTest::newRow("track 400") << false << 3 << 400 << QByteArray(R"({"error":"bad","status":0})") << QByteArray()
                               << failed << false << -1LL << true << QStringLiteral("400");
    QTest::newRow("import ok") << true << 3 << 200
                               << QByteArray(R"({"code":200,"num_records_imported":3,"status":"OK"})") << QByteArray()
                               << delivered << false << -1LL << true << QString();
    QTest::newRow("import 400, whole request")
        << true << 3 << 400 << QByteArray(R"({"code":400,"error":"unable to parse body","status":"Bad Request"})")
        << QByteArray() << failed << false << -1LL << true << QStringLiteral("unable to parse");
    QTest::newRow("import 401") << true << 3 << 401
                                << QByteArray(R"({"code":401,"error":"Invalid credentials","status":"Unauthorized"})")
                                << QByteArray() << failed << false << -1LL << true
                                << QStringLiteral("Invalid credentials");
    QTest::newRow("import 403") << true << 3 << 403 << QByteArray(R"({"error":"forbidden","status":"error"})")
                                << QByteArray() << failed << false << -1LL << true << QStringLiteral("403");
    QTest::newRow("import 413, batch")
        << true << 3 << 413
        << QByteArray(
               R"({"code":413,"error":"request exceeds max limit of 2097152 bytes","status":"Request Entity Too Large"})")
        << QByteArray() << retry << true << 0LL << false << QStringLiteral("413");
    QTest::newRow("import 413, single") << true << 1 << 413 << QByteArray(R"({"code":413})") << QByteArray() << failed
                                        << false << -1LL << true << QStringLiteral("413");
    QTest::newRow("import 429")
        << true << 3 << 429
        << QByteArray(
               R"({"code":429,"error":"Project exceeded rate limits. Please retry the request with exponential backoff.","status":"Too Many Requests"})")
        << QByteArray() << retry << false << -1LL << true << QStringLiteral("429");
    QTest::newRow("import 429 Retry-After") << true << 3 << 429 << QByteArray(R"({"code":429})") << QByteArray("7")
                                            << retry << false << 7000LL << false << QStringLiteral("429");
    QTest::newRow("track 502") << false << 3 << 502 << QByteArray("bad gateway") << QByteArray() << retry << false
                               << -1LL << true << QStringLiteral("502");
    QTest::newRow("import 503 Retry-After") << true << 3 << 503 << QByteArray() << QByteArray("2") << retry << false
                                            << 2000LL << true << QStringLiteral("503");
    QTest::newRow("track 500") << false << 3 << 500 << QByteArray() << QByteArray() << retry << false << -1LL << true
                               << QStringLiteral("500");
}

void TestMixpanelProvider::classify()
{
    QFETCH(bool, import);
    QFETCH(int, events);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, outcome);
    QFETCH(bool, split);
    QFETCH(qint64, retryAfterMs);
    QFETCH(bool, counts);
    QFETCH(QString, reason);

    const MixpanelProvider provider
        = configured(import ? R"({"token":"tok-123","apiSecret":"s"})" : R"({"token":"tok-123"})");
    QList<OutboundEvent> list;
    for (int i = 0; i < events; ++i)
        list.append(canonicalEvent(smallTrack(i)));
    const EncodedBatch batch = provider.encode(list, provider.limits());
    QCOMPARE(batch.requests.size(), 1);
    const ProviderRequest& request = batch.requests[0];
    QCOMPARE(request.url.path(), import ? QStringLiteral("/import") : QStringLiteral("/track"));

    SinkHeaders headers { { "Content-Type", "application/json" } };
    if (!retryAfter.isEmpty())
        headers.append({ "Retry-After", retryAfter });
    const ProviderResponse response = answer(request, SinkResponse::reply(status, body, headers));
    QCOMPARE(response.status, status);
    const DeliveryVerdict verdict = provider.classify(request, response);
    QCOMPARE(int(verdict.outcome), outcome);
    QCOMPARE(verdict.splitBatch, split);
    QCOMPARE(verdict.retryAfterMs, retryAfterMs);
    QCOMPARE(verdict.countsAsAttempt, counts);
    QVERIFY(verdict.items.isEmpty());
    QVERIFY2(verdict.reason.contains(reason), qPrintable(verdict.reason));
}

void TestMixpanelProvider::classifyTransportError()
{
    const MixpanelProvider provider = configured(R"({"token":"tok-123","apiSecret":"s"})");
    QList<OutboundEvent> list;
    for (int i = 0; i < 4; ++i)
        list.append(canonicalEvent(smallTrack(i)));
    const EncodedBatch batch = provider.encode(list, provider.limits());
    const ProviderRequest& request = batch.requests[0];

    // Partial success: failed_records name positions in the body; the others were imported.
    const QByteArray partial = R"({"code":400,"error":"some data points in the request failed validation",
        "status":"Bad Request","num_records_imported":2,"failed_records":[
        {"index":1,"insert_id":"m-1","field":"properties.time","message":"'properties.time' is invalid: must be specified as seconds since epoch"},
        {"index":3,"insert_id":"m-3","field":"event","message":"'event' must not be empty"}]})";
    DeliveryVerdict verdict = provider.classify(request, answer(request, SinkResponse::reply(400, partial)));
    QCOMPARE(verdict.outcome, DeliveryOutcome::Delivered);
    QCOMPARE(verdict.items.size(), 2);
    QCOMPARE(verdict.items[0].index, 1);
    QCOMPARE(verdict.items[0].outcome, DeliveryOutcome::Failed);
    QVERIFY(verdict.items[0].reason.contains(QLatin1String("seconds since epoch")));
    QCOMPARE(verdict.items[1].index, 3);
    QVERIFY(verdict.items[1].reason.contains(QLatin1String("event")));
    QCOMPARE(verdict.outcomeOf(0), DeliveryOutcome::Delivered);
    QCOMPARE(verdict.outcomeOf(1), DeliveryOutcome::Failed);
    QCOMPARE(verdict.outcomeOf(2), DeliveryOutcome::Delivered);
    QCOMPARE(verdict.outcomeOf(3), DeliveryOutcome::Failed);

    // The connection dropped without an answer.
    const ProviderResponse dropped = answer(request, SinkResponse::close());
    QCOMPARE(dropped.status, 0);
    QVERIFY(!dropped.transportError.isEmpty());
    verdict = provider.classify(request, dropped);
    QCOMPARE(verdict.outcome, DeliveryOutcome::Retry);
    QVERIFY(!verdict.reason.isEmpty());

    // Nobody listening.
    HttpSink gone;
    QVERIFY(gone.start());
    MixpanelProvider closed = configured(R"({"token":"tok-123"})", gone.url());
    gone.stop();
    const EncodedBatch refused = closed.encode({ list[0] }, closed.limits());
    verdict = closed.classify(refused.requests[0], sendOne(refused.requests[0]));
    QCOMPARE(verdict.outcome, DeliveryOutcome::Retry);
}

QTEST_GUILESS_MAIN(TestMixpanelProvider)
#include "tst_mixpanelprovider.moc"

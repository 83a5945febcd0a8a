// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// The GA4 Measurement Protocol against a real HTTP sink: path and query credentials, JSON without gzip, every
// payload field of the six calls, naming rules and limits, ecommerce mapping, grouping by client and user,
// splitting at 25 events and the byte limit, configuration errors, and classification including the
// validation server's validationMessages.

#include "providertestutil.h"

#include "delivery/httpsender.h"
#include "providers/ga4provider.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

using namespace JourneyTest;
using Journey::BatchLimits;
using Journey::DeliveryOutcome;
using Journey::DeliveryVerdict;
using Journey::EncodedBatch;
using Journey::Ga4Provider;
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

QJsonObject json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
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

void checkCoverage(const EncodedBatch& batch, int count)
{
    QSet<int> covered;
    for (const ProviderRequest& request : batch.requests) {
        for (int index : request.items) {
            QVERIFY(index >= 0 && index < count);
            QVERIFY2(!covered.contains(index), "GA4 events go in one request each");
            covered.insert(index);
        }
    }
    for (const auto& issue : batch.rejected) {
        QVERIFY2(!covered.contains(issue.index), "a rejected event is also sent");
        covered.insert(issue.index);
    }
    QCOMPARE(covered.size(), count);
}

qint64 micros(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch() * 1000;
}

QString sha256(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

OutboundEvent trackOf(const QString& userId, int n, const QJsonObject& properties = {}, const QString& event = QStringLiteral("Clicked"))
{
    QJsonObject message { { QStringLiteral("type"), QStringLiteral("track") }, { QStringLiteral("event"), event },
        { QStringLiteral("userId"), userId }, { QStringLiteral("anonymousId"), QString(QStringLiteral("anon-") + userId) },
        { QStringLiteral("messageId"), QStringLiteral("m-%1").arg(n) },
        { QStringLiteral("timestamp"), QStringLiteral("2026-03-01T10:00:00.000Z") },
        { QStringLiteral("properties"), properties } };
    OutboundEvent outboundEvent;
    outboundEvent.outboxId = n + 1;
    outboundEvent.message = message;
    outboundEvent.type = Journey::EventType::Track;
    return outboundEvent;
}

QJsonObject firstEvent(const ProviderRequest& request)
{
    return bodyOf(request).value(QLatin1String("events")).toArray().first().toObject();
}

QJsonObject webSettings()
{
    return { { QStringLiteral("measurementId"), QStringLiteral("G-TEST123") },
        { QStringLiteral("apiSecret"), QStringLiteral("s3cr3t") } };
}

Ga4Provider configured(const QJsonObject& settings)
{
    Ga4Provider provider;
    QString error;
    if (!provider.configure(settings, &error))
        qWarning("configure failed: %s", qPrintable(error));
    return provider;
}

Ga4Provider configured()
{
    return configured(webSettings());
}

/// JSON written with single quotes (moc does not understand every raw string literal).
QByteArray q(const char* json)
{
    return QByteArray(json).replace('\'', '"');
}

/// What an encoded batch says, one line each: the request bodies in order, then the notes with their event.
QStringList transcriptOf(const EncodedBatch& batch)
{
    QStringList lines;
    for (const ProviderRequest& request : batch.requests)
        lines.append(QString::fromUtf8(request.body));
    for (const auto& note : batch.notes)
        lines.append(QString::number(note.index) + QLatin1String(": ") + note.text);
    return lines;
}

} // namespace

class TestGa4Provider : public QObject
{
    Q_OBJECT

private slots:
    void basics()
    {
        Ga4Provider provider;
        QCOMPARE(provider.id(), QStringLiteral("ga4"));
        QCOMPARE(provider.defaultEndpoint(), QUrl(QStringLiteral("https://www.google-analytics.com")));
        QVERIFY(provider.integrationNames().contains(QStringLiteral("Google Analytics 4")));
        const BatchLimits limits = provider.limits();
        QCOMPARE(limits.maxEvents, 25);
        QCOMPARE(limits.maxRequestBytes, qint64(130000));
        QCOMPARE(limits.maxEventBytes, qint64(130000));
        QCOMPARE(provider.settingKeys(),
            QStringList({ QStringLiteral("measurementId"), QStringLiteral("firebaseAppId"), QStringLiteral("apiSecret"),
                QStringLiteral("validate") }));
    }

    void configErrors_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no stream") << QByteArray(R"({"apiSecret":"s"})")
                                   << QStringList { QStringLiteral("journey.providers.ga4.measurementId"),
                                          QStringLiteral("journey.providers.ga4.firebaseAppId"), QStringLiteral("required") };
        QTest::newRow("both streams") << QByteArray(R"({"measurementId":"G-A1","firebaseAppId":"1:2:android:3","apiSecret":"s"})")
                                      << QStringList { QStringLiteral("journey.providers.ga4.measurementId"),
                                             QStringLiteral("journey.providers.ga4.firebaseAppId"), QStringLiteral("only one") };
        QTest::newRow("no secret") << QByteArray(R"({"measurementId":"G-A1"})")
                                   << QStringList { QStringLiteral("journey.providers.ga4.apiSecret: required") };
        QTest::newRow("empty secret") << QByteArray(R"({"measurementId":"G-A1","apiSecret":""})")
                                      << QStringList { QStringLiteral("journey.providers.ga4.apiSecret:") };
        QTest::newRow("secret number") << QByteArray(R"({"measurementId":"G-A1","apiSecret":5})")
                                       << QStringList { QStringLiteral("journey.providers.ga4.apiSecret: expected a string") };
        QTest::newRow("measurement number") << QByteArray(R"({"measurementId":7,"apiSecret":"s"})")
                                            << QStringList { QStringLiteral("journey.providers.ga4.measurementId: expected a string") };
        QTest::newRow("UA id") << QByteArray(R"({"measurementId":"UA-1234-1","apiSecret":"s"})")
                               << QStringList { QStringLiteral("journey.providers.ga4.measurementId: expected a GA4 measurement id") };
        QTest::newRow("validate string") << QByteArray(R"({"measurementId":"G-A1","apiSecret":"s","validate":"yes"})")
                                         << QStringList { QStringLiteral("journey.providers.ga4.validate: expected true or false") };
        QTest::newRow("unknown key") << QByteArray(R"({"measurementId":"G-A1","apiSecret":"s","streamId":"1"})")
                                     << QStringList { QStringLiteral("journey.providers.ga4.streamId: unknown key") };
    }

    void configErrors()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QStringList, expected);
        Ga4Provider provider;
        QString error;
        QVERIFY(!provider.configure(QJsonDocument::fromJson(settings).object(), &error));
        for (const QString& part : expected)
            QVERIFY2(error.contains(part), qPrintable(error));
        QVERIFY(provider.secrets().isEmpty());
    }

    void configAndSecrets()
    {
        Ga4Provider provider;
        QString error;
        QVERIFY(provider.configure(webSettings(), &error));
        QVERIFY(!provider.isAppStream());
        QVERIFY(!provider.validates());
        QCOMPARE(provider.secrets(), QStringList { QStringLiteral("s3cr3t") });
        QVERIFY(provider.configure(json(R"({"firebaseAppId":"1:123:android:abc","apiSecret":"other","validate":true})"), &error));
        QVERIFY(provider.isAppStream());
        QVERIFY(provider.validates());
        QCOMPARE(provider.secrets(), QStringList { QStringLiteral("other") });
    }

    void allSixCallsOnTheWire()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        sink.setDefault(SinkResponse::reply(204, {}, { { "Content-Length", "0" } }));
        Ga4Provider provider = configured();
        provider.setEndpointOverride(sink.url());

        const QList<OutboundEvent> events {
            outbound(R"({"type":"track","event":"Video Played","userId":"user-1","anonymousId":"anon-1",
                "messageId":"msg-track","timestamp":"2026-03-01T10:00:00.000Z",
                "properties":{"title":"Intro","position":12,"hd":true},
                "context":{"library":{"name":"analytics.js","version":"1.0"},"ip":"1.2.3.4","locale":"de-DE",
                "os":{"name":"Mac OS X","version":"14.1"},"screen":{"width":1280,"height":800},
                "device":{"model":"MacBookPro18,1","manufacturer":"Apple"},"userAgent":"Mozilla/5.0",
                "page":{"url":"https:\/\/acme.test/videos","title":"Videos"},
                "sessionId":"1772359100","engagementTimeMsec":250}})"),
            outbound(R"({"type":"identify","userId":"user-1","anonymousId":"anon-1","messageId":"msg-identify",
                "timestamp":"2026-03-01T10:00:01.000Z","traits":{"plan":"pro","logins":3,"email":" John.Doe@Gmail.com ",
                "phone":"+49 (30) 1234","firstName":"John","first_visit_time":"x"}})"),
            outbound(R"({"type":"page","name":"Pricing","userId":"user-1","anonymousId":"anon-1","messageId":"msg-page",
                "timestamp":"2026-03-01T10:00:02.000Z","properties":{"url":"https:\/\/acme.test/pricing","title":"Pricing",
                "referrer":"https:\/\/google.com/","path":"/pricing"}})"),
            outbound(R"({"type":"screen","name":"Home","category":"Main","userId":"user-1","anonymousId":"anon-1",
                "messageId":"msg-screen","timestamp":"2026-03-01T10:00:03.000Z","properties":{"tab":"feed"}})"),
            outbound(R"({"type":"group","groupId":"acct-7","userId":"user-1","anonymousId":"anon-1","messageId":"msg-group",
                "timestamp":"2026-03-01T10:00:04.000Z","traits":{"name":"Acme Inc","employees":120,"email":"billing@acme.test"}})"),
            outbound(R"({"type":"alias","previousId":"old","userId":"user-1","messageId":"msg-alias",
                "timestamp":"2026-03-01T10:00:05.000Z"})"),
        };
        const EncodedBatch batch = provider.encode(events, provider.limits());
        checkCoverage(batch, events.size());
        QCOMPARE(batch.rejected.size(), 1);
        QCOMPARE(batch.rejected[0].index, 5);
        QVERIFY(batch.rejected[0].text.contains(QStringLiteral("no equivalent of alias")));

        // The track has its own request-level context; identify and group set user properties, so each starts
        // a request, and page and screen follow the identify.
        QCOMPARE(batch.requests.size(), 3);
        QCOMPARE(batch.requests[0].items, QList<int>({ 0 }));
        QCOMPARE(batch.requests[1].items, QList<int>({ 1, 2, 3 }));
        QCOMPARE(batch.requests[2].items, QList<int>({ 4 }));

        const QList<ProviderResponse> responses = sendAll(batch);
        QCOMPARE(sink.requests().size(), 3);
        for (qsizetype i = 0; i < responses.size(); ++i) {
            QCOMPARE(responses[i].status, 204);
            QCOMPARE(provider.classify(batch.requests[i], responses[i]).outcome, DeliveryOutcome::Delivered);
        }
        QMap<QString, QJsonObject> byClientEvent;
        for (const SinkRequest& request : sink.requests()) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.path, QStringLiteral("/mp/collect"));
            QCOMPARE(request.query.queryItemValue(QStringLiteral("measurement_id")), QStringLiteral("G-TEST123"));
            QCOMPARE(request.query.queryItemValue(QStringLiteral("api_secret")), QStringLiteral("s3cr3t"));
            QVERIFY(!request.query.hasQueryItem(QStringLiteral("firebase_app_id")));
            QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
            QVERIFY(!request.gzipped);
            QVERIFY(request.header("Content-Encoding").isEmpty());
            QCOMPARE(request.wireBody, request.body);
            QVERIFY(request.body.size() < 130000);
            const QJsonObject body = bodyOf(request);
            byClientEvent.insert(body.value(QLatin1String("events")).toArray()[0].toObject().value(QLatin1String("name")).toString(), body);
        }

        QCOMPARE(byClientEvent.value(QStringLiteral("video_played")), json(R"({
            "client_id":"anon-1","user_id":"user-1","ip_override":"1.2.3.4",
            "device":{"language":"de-DE","screen_resolution":"1280x800","operating_system":"Mac OS X",
                      "operating_system_version":"14.1","model":"MacBookPro18,1","brand":"Apple"},
            "events":[{"name":"video_played","timestamp_micros":1772359200000000,
                "params":{"page_location":"https:\/\/acme.test/videos","page_title":"Videos","session_id":1772359100,
                          "engagement_time_msec":250,"title":"Intro","position":12,"hd":"true"}}]})"));
        QCOMPARE(micros("2026-03-01T10:00:00.000Z"), qint64(1772359200000000));

        const QJsonObject identify = byClientEvent.value(QStringLiteral("login"));
        QJsonObject expected = json(R"({
            "client_id":"anon-1","user_id":"user-1",
            "user_properties":{"plan":{"value":"pro"},"logins":{"value":3}},
            "events":[{"name":"login","timestamp_micros":1772359201000000},
                      {"name":"page_view","timestamp_micros":1772359202000000,
                       "params":{"page_location":"https:\/\/acme.test/pricing","page_title":"Pricing",
                                 "page_referrer":"https:\/\/google.com/","page_name":"Pricing","path":"/pricing"}},
                      {"name":"screen_view","timestamp_micros":1772359203000000,
                       "params":{"screen_name":"Home","screen_class":"Main","tab":"feed"}}]})");
        expected.insert(QStringLiteral("user_data"),
            QJsonObject { { QStringLiteral("sha256_email_address"), QJsonArray { sha256(QStringLiteral("johndoe@gmail.com")) } },
                { QStringLiteral("sha256_phone_number"), QJsonArray { sha256(QStringLiteral("+49301234")) } } });
        QCOMPARE(identify, expected);

        QCOMPARE(byClientEvent.value(QStringLiteral("join_group")), json(R"({
            "client_id":"anon-1","user_id":"user-1","user_properties":{"group_id":{"value":"acct-7"}},
            "events":[{"name":"join_group","timestamp_micros":1772359204000000,
                       "params":{"group_id":"acct-7","group_name":"Acme Inc","group_employees":120}}]})"));

        // What changed or was left out is in the notes, and every sent event says GA4 cannot confirm delivery.
        const QStringList track = notesOf(batch, 0);
        QVERIFY(anyContains(track, QStringLiteral("\"Video Played\" sent as \"video_played\"")));
        QVERIFY(anyContains(track, QStringLiteral("context.library")));
        QVERIFY(anyContains(track, QStringLiteral("context.userAgent")));
        QVERIFY(!anyContains(track, QStringLiteral("context.ip")));
        QVERIFY(anyContains(track, QStringLiteral("\"hd\"")));
        const QStringList login = notesOf(batch, 1);
        QVERIFY(anyContains(login, QStringLiteral("\"login\" event")));
        QVERIFY(anyContains(login, QStringLiteral("user_data")));
        QVERIFY(anyContains(login, QStringLiteral("\"firstName\"")));
        QVERIFY(anyContains(login, QStringLiteral("\"first_visit_time\"")));
        QVERIFY(anyContains(notesOf(batch, 2), QStringLiteral("page_view")));
        QVERIFY(anyContains(notesOf(batch, 3), QStringLiteral("screen_view")));
        QVERIFY(anyContains(notesOf(batch, 4), QStringLiteral("join_group")));
        QVERIFY(anyContains(notesOf(batch, 4), QStringLiteral("\"group.email\"")));
        for (int index = 0; index < 5; ++index)
            QVERIFY(anyContains(notesOf(batch, index), QStringLiteral("no dedup id")));
        QVERIFY(notesOf(batch, 5).isEmpty());
        for (const ProviderRequest& request : batch.requests) {
            QVERIFY(!request.gzip);
            QVERIFY(!request.label.isEmpty());
            QVERIFY(!request.body.contains("msg-")); // GA4 has no field for the messageId
        }
    }

    void pathPrefixAndQueryEncoding()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        Ga4Provider provider = configured(json(R"({"measurementId":"G-TEST123","apiSecret":"a+b&c=d e"})"));
        provider.setEndpointOverride(QUrl(sink.url().toString() + QStringLiteral("/proxy")));
        const EncodedBatch batch = provider.encode({ trackOf(QStringLiteral("u"), 1) }, provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        sendAll(batch);
        QCOMPARE(sink.requests().size(), 1);
        const SinkRequest& request = sink.requests().first();
        QCOMPARE(request.path, QStringLiteral("/proxy/mp/collect"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("api_secret"), QUrl::FullyDecoded), QStringLiteral("a+b&c=d e"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("measurement_id")), QStringLiteral("G-TEST123"));
    }

    void appStream()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        Ga4Provider provider = configured(json(R"({"firebaseAppId":"1:123:android:abc","apiSecret":"s"})"));
        provider.setEndpointOverride(sink.url());
        const QList<OutboundEvent> events {
            outbound(R"({"type":"track","event":"Opened","anonymousId":"0123456789ABCDEF0123456789ABCDEF","messageId":"a",
                "timestamp":"2026-03-01T10:00:00.000Z"})"),
            outbound(R"({"type":"track","event":"Opened","anonymousId":"device-1","messageId":"b","timestamp":"2026-03-01T10:00:00.000Z"})"),
            outbound(R"({"type":"track","event":"Opened","userId":"u-9","messageId":"c","timestamp":"2026-03-01T10:00:00.000Z"})"),
        };
        const EncodedBatch batch = provider.encode(events, provider.limits());
        QCOMPARE(batch.requests.size(), 3);
        sendAll(batch);
        QCOMPARE(sink.requests().size(), 3);
        QSet<QString> instances;
        for (const SinkRequest& request : sink.requests()) {
            QCOMPARE(request.query.queryItemValue(QStringLiteral("firebase_app_id")), QStringLiteral("1:123:android:abc"));
            QVERIFY(!request.query.hasQueryItem(QStringLiteral("measurement_id")));
            const QJsonObject body = bodyOf(request);
            QVERIFY(!body.contains(QLatin1String("client_id")));
            instances.insert(body.value(QLatin1String("app_instance_id")).toString());
        }
        QVERIFY(instances.contains(QStringLiteral("0123456789abcdef0123456789abcdef")));
        QVERIFY(instances.contains(sha256(QStringLiteral("device-1")).left(32)));
        QVERIFY(instances.contains(sha256(QStringLiteral("u-9")).left(32)));
        const QJsonObject third = bodyOf(batch.requests[2]);
        QCOMPARE(third.value(QLatin1String("user_id")).toString(), QStringLiteral("u-9"));
        QVERIFY(notesOf(batch, 0).size() == 2); // the renamed event and the delivery note only
        QVERIFY(anyContains(notesOf(batch, 1), QStringLiteral("not a Firebase app instance id")));
        QVERIFY(anyContains(notesOf(batch, 2), QStringLiteral("derived from the userId")));
    }

    void clientIdFromUserId()
    {
        Ga4Provider provider = configured();
        QJsonObject message = json(R"({"type":"track","event":"E","userId":"user-42","messageId":"a","timestamp":"2026-03-01T10:00:00.000Z"})");
        OutboundEvent event;
        event.message = message;
        const EncodedBatch batch = provider.encode({ event, event }, provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        const QString clientId = bodyOf(batch.requests[0]).value(QLatin1String("client_id")).toString();
        QCOMPARE(clientId, Ga4Provider::clientIdFromUserId(QStringLiteral("user-42")));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+$")).match(clientId).hasMatch());
        const QByteArray digest = QCryptographicHash::hash("user-42", QCryptographicHash::Sha256);
        QCOMPARE(clientId, QStringLiteral("%1.%2").arg(qFromBigEndian<quint32>(digest.constData())).arg(qFromBigEndian<quint32>(digest.constData() + 4)));
        QVERIFY(Ga4Provider::clientIdFromUserId(QStringLiteral("user-43")) != clientId);
        QVERIFY(anyContains(notesOf(batch, 0), clientId));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spaces") << QStringLiteral("Order Shipped") << QStringLiteral("order_shipped");
        QTest::newRow("accents and punctuation") << QStringLiteral("  Café  Opened!") << QStringLiteral("cafe_opened");
        QTest::newRow("umlauts") << QStringLiteral("Ünïcödé Ëvent") << QStringLiteral("unicode_event");
        QTest::newRow("dash run") << QStringLiteral("a - b") << QStringLiteral("a_b");
        QTest::newRow("underscore kept") << QStringLiteral("a_ b") << QStringLiteral("a_b");
        QTest::newRow("digit first") << QStringLiteral("404 Error") << QStringLiteral("custom_404_error");
        QTest::newRow("leading underscore") << QStringLiteral("_internal") << QStringLiteral("internal");
        QTest::newRow("firebase prefix") << QStringLiteral("firebase_thing") << QStringLiteral("custom_firebase_thing");
        QTest::newRow("google prefix") << QStringLiteral("Google Tag") << QStringLiteral("custom_google_tag");
        QTest::newRow("reserved") << QStringLiteral("Click") << QStringLiteral("custom_click");
        QTest::newRow("reserved session_start") << QStringLiteral("session_start") << QStringLiteral("custom_session_start");
        QTest::newRow("page_view allowed") << QStringLiteral("page_view") << QStringLiteral("page_view");
        QTest::newRow("long") << QString(60, QLatin1Char('x')) << QString(40, QLatin1Char('x'));
        QTest::newRow("nothing usable") << QStringLiteral("!!! ???") << QString();
        QTest::newRow("cjk only") << QStringLiteral("注文") << QString();
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        Ga4Provider provider = configured();
        const EncodedBatch batch = provider.encode({ trackOf(QStringLiteral("u"), 1, {}, name) }, provider.limits());
        if (expected.isEmpty()) {
            QVERIFY(batch.requests.isEmpty());
            QVERIFY2(rejectionOf(batch, 0).contains(QStringLiteral("no letter or digit")), qPrintable(rejectionOf(batch, 0)));
            return;
        }
        QCOMPARE(batch.requests.size(), 1);
        QCOMPARE(firstEvent(batch.requests[0]).value(QLatin1String("name")).toString(), expected);
        QCOMPARE(anyContains(notesOf(batch, 0), QStringLiteral("sent as \"%1\"").arg(expected)), expected != name);
    }

    void parameterLimits()
    {
        Ga4Provider provider = configured();
        QJsonObject properties;
        for (int i = 0; i < 30; ++i)
            properties.insert(QStringLiteral("p%1").arg(i, 2, 10, QLatin1Char('0')), i);
        properties.insert(QStringLiteral("long"), QString(150, QLatin1Char('l')));
        properties.insert(QStringLiteral("page_location"), QString(1500, QLatin1Char('u')));
        properties.insert(QStringLiteral("page_title"), QString(400, QLatin1Char('t')));
        properties.insert(QStringLiteral("Order Total"), 5);
        properties.insert(QStringLiteral("Order_Total"), 6);
        properties.insert(QStringLiteral("address"), json(R"({"city":"Berlin","geo":{"lat":1}})"));
        properties.insert(QStringLiteral("tags"), QJsonArray { QStringLiteral("a"), 2, true });
        properties.insert(QStringLiteral("nothing"), QJsonValue::Null);
        properties.insert(QStringLiteral("Email"), QStringLiteral("a@b.test"));
        properties.insert(QStringLiteral("???"), 1);

        const EncodedBatch batch = provider.encode({ trackOf(QStringLiteral("u"), 1, properties) }, provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        const QJsonObject params = firstEvent(batch.requests[0]).value(QLatin1String("params")).toObject();
        QCOMPARE(params.size(), 25);
        // Sorted keys: "???" (unusable), Email (personal), Order Total, Order_Total (duplicate), address_city,
        // address_geo_lat, long, nothing (null), p00…, page_location, page_title, tags.
        QCOMPARE(params.value(QLatin1String("Order_Total")).toDouble(), 5.0);
        QCOMPARE(params.value(QLatin1String("address_city")).toString(), QStringLiteral("Berlin"));
        QCOMPARE(params.value(QLatin1String("address_geo_lat")).toDouble(), 1.0);
        QCOMPARE(params.value(QLatin1String("long")).toString(), QString(100, QLatin1Char('l')));
        QVERIFY(!params.contains(QLatin1String("Email")));
        QVERIFY(!params.contains(QLatin1String("nothing")));
        QVERIFY(params.contains(QLatin1String("p00")));
        QVERIFY(params.contains(QLatin1String("p20")));
        QVERIFY(!params.contains(QLatin1String("p21")));
        QVERIFY(!params.contains(QLatin1String("page_location")));
        for (auto it = params.begin(); it != params.end(); ++it) {
            QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,39}$")).match(it.key()).hasMatch(), qPrintable(it.key()));
            QVERIFY(it.value().isString() || it.value().isDouble());
            if (it.value().isString())
                QVERIFY(it.value().toString().size() <= 100);
        }

        const QStringList notes = notesOf(batch, 0);
        QVERIFY(anyContains(notes, QStringLiteral("over GA4's limit of 25")));
        QVERIFY(anyContains(notes, QStringLiteral("\"p21\"")));
        QVERIFY(anyContains(notes, QStringLiteral("\"Order Total\" → Order_Total")));
        QVERIFY(anyContains(notes, QStringLiteral("the GA4 name is taken")));
        QVERIFY(anyContains(notes, QStringLiteral("nested values flattened")));
        QVERIFY(anyContains(notes, QStringLiteral("joined with \",\"")));
        QVERIFY(anyContains(notes, QStringLiteral("\"nothing\"")));
        QVERIFY(anyContains(notes, QStringLiteral("personally identifiable")));
        QVERIFY(anyContains(notes, QStringLiteral("no letter or digit")));
        QVERIFY(anyContains(notes, QStringLiteral("values cut")));

        // Page fields have their own lengths.
        QJsonObject pageProperties { { QStringLiteral("url"), QString(1500, QLatin1Char('u')) },
            { QStringLiteral("title"), QString(400, QLatin1Char('t')) }, { QStringLiteral("referrer"), QString(500, QLatin1Char('r')) } };
        OutboundEvent page = trackOf(QStringLiteral("u"), 2, pageProperties);
        page.type = Journey::EventType::Page;
        page.message.insert(QStringLiteral("type"), QStringLiteral("page"));
        const EncodedBatch pageBatch = provider.encode({ page }, provider.limits());
        const QJsonObject pageParams = firstEvent(pageBatch.requests[0]).value(QLatin1String("params")).toObject();
        QCOMPARE(pageParams.value(QLatin1String("page_location")).toString().size(), 1000);
        QCOMPARE(pageParams.value(QLatin1String("page_title")).toString().size(), 300);
        QCOMPARE(pageParams.value(QLatin1String("page_referrer")).toString().size(), 420);
    }

    void userProperties()
    {
        Ga4Provider provider = configured();
        QJsonObject traits;
        for (int i = 0; i < 28; ++i)
            traits.insert(QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')), i);
        traits.insert(QStringLiteral("a_very_long_trait_name_over_24"), QString(50, QLatin1Char('v')));
        traits.insert(QStringLiteral("email"), QStringLiteral("x@y.test"));
        OutboundEvent identify;
        identify.type = Journey::EventType::Identify;
        identify.message = json(R"({"type":"identify","anonymousId":"anon","messageId":"i","timestamp":"2026-03-01T10:00:00.000Z"})");
        identify.message.insert(QStringLiteral("traits"), traits);
        const EncodedBatch batch = provider.encode({ identify }, provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        const QJsonObject body = bodyOf(batch.requests[0]);
        // Without a user_id GA4 takes no user_data: the e-mail is left out entirely.
        QVERIFY(!body.contains(QLatin1String("user_data")));
        QVERIFY(!body.contains(QLatin1String("user_id")));
        const QJsonObject sent = body.value(QLatin1String("user_properties")).toObject();
        QCOMPARE(sent.size(), 25);
        QCOMPARE(sent.value(QLatin1String("a_very_long_trait_name_o")).toObject().value(QLatin1String("value")).toString(),
            QString(36, QLatin1Char('v')));
        QCOMPARE(sent.value(QLatin1String("t00")).toObject().value(QLatin1String("value")).toDouble(), 0.0);
        for (auto it = sent.begin(); it != sent.end(); ++it)
            QVERIFY(it.key().size() <= 24);
        QVERIFY(!sent.contains(QLatin1String("email")));
        const QStringList notes = notesOf(batch, 0);
        QVERIFY(anyContains(notes, QStringLiteral("over GA4's limit of 25")));
        QVERIFY(anyContains(notes, QStringLiteral("personally identifiable")));
        QVERIFY(anyContains(notes, QStringLiteral("cut to GA4's length limit (36")));
    }

    void ecommerce()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        Ga4Provider provider = configured();
        provider.setEndpointOverride(sink.url());
        const QList<OutboundEvent> events {
            outbound(R"({"type":"track","event":"Order Completed","userId":"u","messageId":"o1","timestamp":"2026-03-01T10:00:00.000Z",
                "properties":{"order_id":"50314b8e","total":27.5,"revenue":25.0,"currency":"eur","tax":2.0,"shipping":3.0,
                "coupon":"hasbros","affiliation":"Google Store","products":[
                  {"product_id":"507f1f77","sku":"45790-32","name":"Monopoly","price":19,"quantity":1,"category":"Games",
                   "brand":"Hasbro","variant":"3rd","position":1,"color":"red"},
                  {"sku":"46493-32","name":"Uno","price":3,"quantity":2}]}})"),
            outbound(R"({"type":"track","event":"Product Added","userId":"u","messageId":"o2","timestamp":"2026-03-01T10:00:01.000Z",
                "properties":{"cart_id":"c1","product_id":"p1","name":"Uno","price":10,"quantity":2,"currency":"USD"}})"),
            outbound(R"({"type":"track","event":"Products Searched","userId":"u","messageId":"o3","timestamp":"2026-03-01T10:00:02.000Z",
                "properties":{"query":"blue hotpants"}})"),
            outbound(R"({"type":"track","event":"Checkout Started","userId":"u","messageId":"o4","timestamp":"2026-03-01T10:00:03.000Z",
                "properties":{"revenue":10}})"),
        };
        const EncodedBatch batch = provider.encode(events, provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        sendAll(batch);
        QCOMPARE(sink.requests().size(), 1);
        const QJsonArray sent = bodyOf(sink.requests().first()).value(QLatin1String("events")).toArray();
        QCOMPARE(sent.size(), 4);
        QCOMPARE(sent[0].toObject(), json(R"({"name":"purchase","timestamp_micros":1772359200000000,"params":{
            "transaction_id":"50314b8e","value":27.5,"currency":"EUR","revenue":25,"tax":2,"shipping":3,"coupon":"hasbros",
            "affiliation":"Google Store","items":[
              {"item_id":"507f1f77","item_name":"Monopoly","price":19,"quantity":1,"item_category":"Games",
               "item_brand":"Hasbro","item_variant":"3rd","index":1,"sku":"45790-32","color":"red"},
              {"item_id":"46493-32","item_name":"Uno","price":3,"quantity":2}]}})"));
        QCOMPARE(sent[1].toObject(), json(R"({"name":"add_to_cart","timestamp_micros":1772359201000000,"params":{
            "currency":"USD","value":20,"cart_id":"c1",
            "items":[{"item_id":"p1","item_name":"Uno","price":10,"quantity":2}]}})"));
        QCOMPARE(sent[2].toObject(), json(R"({"name":"search","timestamp_micros":1772359202000000,
            "params":{"search_term":"blue hotpants"}})"));
        QCOMPARE(sent[3].toObject(), json(R"({"name":"begin_checkout","timestamp_micros":1772359203000000,
            "params":{"value":10}})"));

        const QStringList purchase = notesOf(batch, 0);
        QVERIFY(anyContains(purchase, QStringLiteral("\"Order Completed\" sent as GA4's ecommerce event \"purchase\"")));
        QVERIFY(anyContains(purchase, QStringLiteral("order_id → transaction_id")));
        QVERIFY(anyContains(purchase, QStringLiteral("total → value")));
        QVERIFY(anyContains(purchase, QStringLiteral("products → items")));
        QVERIFY(anyContains(notesOf(batch, 1), QStringLiteral("price × quantity → value")));
        QVERIFY(anyContains(notesOf(batch, 2), QStringLiteral("query → search_term")));
        QVERIFY(anyContains(notesOf(batch, 3), QStringLiteral("value without currency")));
    }

    void groupsByClientAndUser()
    {
        Ga4Provider provider = configured();
        const QList<OutboundEvent> events { trackOf(QStringLiteral("a"), 0), trackOf(QStringLiteral("b"), 1),
            trackOf(QStringLiteral("a"), 2), trackOf(QStringLiteral("b"), 3) };
        const EncodedBatch batch = provider.encode(events, provider.limits());
        checkCoverage(batch, 4);
        QCOMPARE(batch.requests.size(), 2);
        QCOMPARE(batch.requests[0].items, QList<int>({ 0, 2 }));
        QCOMPARE(batch.requests[1].items, QList<int>({ 1, 3 }));
        QCOMPARE(bodyOf(batch.requests[0]).value(QLatin1String("client_id")).toString(), QStringLiteral("anon-a"));
        QCOMPARE(bodyOf(batch.requests[0]).value(QLatin1String("user_id")).toString(), QStringLiteral("a"));
        QCOMPARE(bodyOf(batch.requests[1]).value(QLatin1String("client_id")).toString(), QStringLiteral("anon-b"));
        QCOMPARE(bodyOf(batch.requests[1]).value(QLatin1String("user_id")).toString(), QStringLiteral("b"));

        // Same client, different user: separate requests too.
        OutboundEvent other = trackOf(QStringLiteral("a"), 4);
        other.message.insert(QStringLiteral("userId"), QStringLiteral("c"));
        QCOMPARE(provider.encode({ events[0], other }, provider.limits()).requests.size(), 2);
    }

    // Pins parameter and user property names, values, their order and every note to the letter, for nested
    // objects, arrays of every kind, booleans, nulls, empties, names that collide once flattened, personal data
    // and reserved names below the top level, group traits and item parameters.
    void flatteningExact()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        Ga4Provider provider = configured();
        provider.setEndpointOverride(sink.url());
        OutboundEvent track = outbound(q("{'type':'track','event':'Pinned Event','userId':'u1','anonymousId':'anon-1',"
            "'messageId':'m1','timestamp':'2026-03-01T10:00:00.000Z',"
            "'context':{'page':{'url':'https://e.test/p','title':'T'},'sessionId':'123'},'properties':{"
            "'a':{'b':1,'c':{'d':'x','e':[],'f':null,'g':{}},'h':[1,[2,3],{'k':'v'}],'i':false},'a.b':'literal',"
            "'a_b':'other','arr':[null,true,0.1,1e21,-0,12345678901234567890,'s',{'z':[]},[]],"
            "'contact':{'email':'x@y.test','Phone Number':'1','name':'Bob'},'Ünïcode Key':{'x y':1},'!!':{'?':1},"
            "'on':true,'nullish':null,'text':'','emoji':['😀','→']}}"));
        QJsonObject properties = track.message.value(QLatin1String("properties")).toObject();
        properties.insert(QStringLiteral("long"),
            QJsonObject { { QStringLiteral("v"), QString(150, QLatin1Char('l')) } });
        track.message.insert(QStringLiteral("properties"), properties);
        const QList<OutboundEvent> events {
            track,
            outbound(q("{'type':'identify','userId':'u1','anonymousId':'anon-1','messageId':'m2',"
                "'timestamp':'2026-03-01T10:00:01.000Z','traits':{'email':'A.B@Gmail.com',"
                "'address':{'city':'Berlin','street':'x'},"
                "'profile':{'first name':'B','Last_Name':'C','tier':{'level':2}},"
                "'tags':['a','b'],'user_id':'r','first':{'open':{'time':5}},'flag':false,'none':null}}")),
            outbound(q("{'type':'group','groupId':'g1','userId':'u1','anonymousId':'anon-1','messageId':'m3',"
                "'timestamp':'2026-03-01T10:00:02.000Z','traits':{'address':{'city':'Berlin'},"
                "'plan':{'tier':'gold','seats':[1,2]},'email':'x@y.test','empty':[]}}")),
            outbound(q("{'type':'track','event':'Order Completed','userId':'u1','anonymousId':'anon-1',"
                "'messageId':'m4','timestamp':'2026-03-01T10:00:03.000Z',"
                "'properties':{'order_id':'o1','total':5,'currency':'eur',"
                "'products':[{'product_id':'p1','name':'N','extra':{'color':'red','sizes':['S','M']},'flag':true,"
                "'none':null},{'sku':'s2','meta':{},'dims':{'w':1,'h':[2,3]}}],'meta':{'source':'web'}}}")),
            outbound(q("{'type':'screen','name':'Home','userId':'u1','anonymousId':'anon-1','messageId':'m5',"
                "'timestamp':'2026-03-01T10:00:04.000Z','properties':{'section':{'id':1,'tags':[{'a':[1,2]},'b']}}}")),
        };
        const EncodedBatch batch = provider.encode(events, provider.limits());
        QCOMPARE(batch.rejected.size(), 0);
        const QStringList expected {
            QStringLiteral("{\"client_id\":\"anon-1\",\"user_id\":\"u1\",\"events\":[{\"name\":\"pinned_event\","
                "\"params\":{\"Unicode_Key_x_y\":1,\"a_b\":1,\"a_c_d\":\"x\","
                "\"a_h\":\"1,[2,3],{\\\"k\\\":\\\"v\\\"}\",\"a_i\":\"false\","
                "\"arr\":\",true,0.1,1e+21,0,12345678901234567000,s,{\\\"z\\\":[]},"
                "[]\",\"contact_name\":\"Bob\",\"emoji\":\"😀,→\",\"long_v\":\"%1\","
                "\"on\":\"true\",\"page_location\":\"https://e.test/p\",\"page_title\":\"T\","
                "\"session_id\":123,\"text\":\"\"},\"timestamp_micros\":1772359200000000}]}")
                .arg(QString(100, QLatin1Char('l'))),
            QStringLiteral("{\"client_id\":\"anon-1\",\"user_data\":{\"sha256_email_address\":[\"86ca2ad27318696"
                "b41cfc650acfad97bb32194c43e119e465a16359ea74c7105\"]},\"user_id\":\"u1\","
                "\"user_properties\":{\"flag\":{\"value\":\"false\"},\"profile_tier_level\":{\"value\""
                ":2},\"tags\":{\"value\":\"a,b\"}},\"events\":[{\"name\":\"login\","
                "\"timestamp_micros\":1772359201000000}]}"),
            QStringLiteral("{\"client_id\":\"anon-1\",\"user_id\":\"u1\",\"user_properties\":{\"group_id\":{\"va"
                "lue\":\"g1\"}},\"events\":[{\"name\":\"join_group\",\"params\":{\"group_address_city"
                "\":\"Berlin\",\"group_id\":\"g1\",\"group_plan_seats\":\"1,"
                "2\",\"group_plan_tier\":\"gold\"},\"timestamp_micros\":1772359202000000},"
                "{\"name\":\"purchase\",\"params\":{\"currency\":\"EUR\","
                "\"items\":[{\"extra_color\":\"red\",\"extra_sizes\":\"S,"
                "M\",\"flag\":\"true\",\"item_id\":\"p1\",\"item_name\":\"N\"},"
                "{\"dims_h\":\"2,3\",\"dims_w\":1,\"item_id\":\"s2\"}],\"meta_source\":\"web\","
                "\"transaction_id\":\"o1\",\"value\":5},\"timestamp_micros\":1772359203000000},"
                "{\"name\":\"screen_view\",\"params\":{\"screen_class\":\"Home\","
                "\"screen_name\":\"Home\",\"section_id\":1,\"section_tags\":\"{\\\"a\\\":[1,"
                "2]},b\"},\"timestamp_micros\":1772359204000000}]}"),
            QStringLiteral("0: event name \"Pinned Event\" sent as \"pinned_event\" (GA4 names: letters,"
                " digits and _, starting with a letter, at most 40 characters,"
                " not reserved by GA4)"),
            QStringLiteral("0: parameters renamed to GA4's naming rules (letters, digits and _,"
                " starting with a letter, at most 40 characters): \"Ünïcode Key.x y\" → Unicode_Key_x"
                "_y"),
            QStringLiteral("0: parameters: nested values flattened into names joined with \"_\": \"!!\","
                " \"a\", \"contact\", \"long\", \"Ünïcode Key\""),
            QStringLiteral("0: parameters: arrays sent as text joined with \",\": \"a.h\","
                " \"arr\", \"emoji\""),
            QStringLiteral("0: parameters: true/false sent as the text \"true\"/\"false\": \"a.i\","
                " \"on\""),
            QStringLiteral("0: parameters: null or empty values not sent: \"a.c.e\","
                " \"a.c.f\", \"a.c.g\", \"nullish\""),
            QStringLiteral("0: parameters: values cut to GA4's length limit (100 characters; page_location 1000,"
                " page_referrer 420, page_title 300): \"long_v\""),
            QStringLiteral("0: parameters not sent, no letter or digit GA4 accepts in the name: \"!!.?\""),
            QStringLiteral("0: parameters not sent, the GA4 name is taken by another one: \"a_b\","
                " \"a_b\""),
            QStringLiteral("0: parameters not sent, GA4's policies forbid personally identifiable information: \""
                "contact.Phone Number\", \"contact.email\""),
            QStringLiteral("0: GA4 answers 2xx even for events it discards (a timestamp over 72 hours old,"
                " a malformed field) and has no dedup id: delivery cannot be confirmed,"
                " and a retry after a lost answer records the event twice"),
            QStringLiteral("1: e-mail addresses and phone numbers sent only as SHA-256 hashes in user_data (afte"
                "r Google's normalisation), not as user properties"),
            QStringLiteral("1: traits: nested values flattened into names joined with \"_\": \"address\","
                " \"first\", \"profile\""),
            QStringLiteral("1: traits: arrays sent as text joined with \",\": \"tags\""),
            QStringLiteral("1: traits: true/false sent as the text \"true\"/\"false\": \"flag\""),
            QStringLiteral("1: traits: null or empty values not sent: \"none\""),
            QStringLiteral("1: traits not sent, GA4's policies forbid personally identifiable information: \"add"
                "ress.city\", \"address.street\", \"profile.Last_Name\", \"profile.first name\""),
            QStringLiteral("1: traits not sent, GA4 reserves these names for its own: \"first.open.time\","
                " \"user_id\""),
            QStringLiteral("1: identify sent as GA4's recommended \"login\" event carrying the user_id and the t"
                "raits as user_properties (GA4 has no identify call)"),
            QStringLiteral("1: GA4 answers 2xx even for events it discards (a timestamp over 72 hours old,"
                " a malformed field) and has no dedup id: delivery cannot be confirmed,"
                " and a retry after a lost answer records the event twice"),
            QStringLiteral("2: group traits: nested values flattened into names joined with \"_\": \"group.addre"
                "ss\", \"group.plan\""),
            QStringLiteral("2: group traits: arrays sent as text joined with \",\": \"group.plan.seats\""),
            QStringLiteral("2: group traits: null or empty values not sent: \"group.empty\""),
            QStringLiteral("2: group traits not sent, GA4's policies forbid personally identifiable information:"
                " \"group.email\""),
            QStringLiteral("2: group sent as GA4's recommended \"join_group\" event with group_id,"
                " the traits as group_* parameters, and the user property group_id (GA4 has no groups"
                ")"),
            QStringLiteral("2: GA4 answers 2xx even for events it discards (a timestamp over 72 hours old,"
                " a malformed field) and has no dedup id: delivery cannot be confirmed,"
                " and a retry after a lost answer records the event twice"),
            QStringLiteral("3: item parameters: nested values flattened into names joined with \"_\": \"extra\""),
            QStringLiteral("3: item parameters: arrays sent as text joined with \",\": \"extra.sizes\""),
            QStringLiteral("3: item parameters: true/false sent as the text \"true\"/\"false\": \"flag\""),
            QStringLiteral("3: item parameters: null or empty values not sent: \"none\""),
            QStringLiteral("3: item parameters: nested values flattened into names joined with \"_\": \"dims\""),
            QStringLiteral("3: item parameters: arrays sent as text joined with \",\": \"dims.h\""),
            QStringLiteral("3: item parameters: null or empty values not sent: \"meta\""),
            QStringLiteral("3: \"Order Completed\" sent as GA4's ecommerce event \"purchase\" (order_id → transa"
                "ction_id, total → value, products → items)"),
            QStringLiteral("3: parameters: nested values flattened into names joined with \"_\": \"meta\""),
            QStringLiteral("3: GA4 answers 2xx even for events it discards (a timestamp over 72 hours old,"
                " a malformed field) and has no dedup id: delivery cannot be confirmed,"
                " and a retry after a lost answer records the event twice"),
            QStringLiteral("4: screen sent as GA4's screen_view event (name → screen_name,"
                " category or else name → screen_class)"),
            QStringLiteral("4: parameters: nested values flattened into names joined with \"_\": \"section\""),
            QStringLiteral("4: parameters: arrays sent as text joined with \",\": \"section.tags\""),
            QStringLiteral("4: GA4 answers 2xx even for events it discards (a timestamp over 72 hours old,"
                " a malformed field) and has no dedup id: delivery cannot be confirmed,"
                " and a retry after a lost answer records the event twice"),
        };
        QCOMPARE(transcriptOf(batch), expected);

        // The sink gets the very same bodies (the requests may arrive in any order).
        sendAll(batch);
        QStringList sent;
        QStringList received;
        for (const ProviderRequest& request : batch.requests)
            sent.append(QString::fromUtf8(request.body));
        for (const SinkRequest& request : sink.requests())
            received.append(QString::fromUtf8(request.body));
        sent.sort();
        received.sort();
        QCOMPARE(received, sent);
    }

    void userPropertiesStartARequest()
    {
        Ga4Provider provider = configured();
        OutboundEvent identify;
        identify.type = Journey::EventType::Identify;
        identify.message = json(R"({"type":"identify","userId":"a","anonymousId":"anon-a","messageId":"i",
            "timestamp":"2026-03-01T10:00:00.000Z","traits":{"plan":"gold"}})");
        const EncodedBatch batch = provider.encode({ trackOf(QStringLiteral("a"), 0), identify, trackOf(QStringLiteral("a"), 2) },
            provider.limits());
        QCOMPARE(batch.requests.size(), 2);
        QCOMPARE(batch.requests[0].items, QList<int>({ 0 }));
        QCOMPARE(batch.requests[1].items, QList<int>({ 1, 2 }));
        QVERIFY(!bodyOf(batch.requests[0]).contains(QLatin1String("user_properties")));
        QCOMPARE(bodyOf(batch.requests[1]).value(QLatin1String("user_properties")).toObject(), json(R"({"plan":{"value":"gold"}})"));
    }

    void longUserId()
    {
        Ga4Provider provider = configured();
        const EncodedBatch batch = provider.encode({ trackOf(QString(300, QLatin1Char('u')), 0) }, provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        QVERIFY(!bodyOf(batch.requests[0]).contains(QLatin1String("user_id")));
        QVERIFY(anyContains(notesOf(batch, 0), QStringLiteral("user_id not sent")));
    }

    void splitByCount()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        Ga4Provider provider = configured();
        provider.setEndpointOverride(sink.url());
        QList<OutboundEvent> events;
        for (int i = 0; i < 60; ++i)
            events.append(trackOf(QStringLiteral("u"), i));
        const EncodedBatch batch = provider.encode(events, provider.limits());
        checkCoverage(batch, 60);
        QCOMPARE(batch.requests.size(), 3);
        QCOMPARE(batch.requests[0].items.size(), 25);
        QCOMPARE(batch.requests[1].items.size(), 25);
        QCOMPARE(batch.requests[2].items.size(), 10);
        QCOMPARE(batch.requests[1].items.first(), 25);
        const QList<ProviderResponse> responses = sendAll(batch);
        QCOMPARE(sink.requests().size(), 3);
        int total = 0;
        for (const SinkRequest& request : sink.requests()) {
            const int count = int(bodyOf(request).value(QLatin1String("events")).toArray().size());
            QVERIFY(count <= 25);
            total += count;
        }
        QCOMPARE(total, 60);

        BatchLimits limits = provider.limits();
        limits.maxEvents = 4;
        QCOMPARE(provider.encode(events.mid(0, 10), limits).requests.size(), 3);
    }

    void splitByBytes()
    {
        Ga4Provider provider = configured();
        QList<OutboundEvent> events;
        for (int i = 0; i < 30; ++i) {
            QJsonObject properties;
            for (int p = 0; p < 6; ++p)
                properties.insert(QStringLiteral("p%1").arg(p), QString(90, QLatin1Char('a' + p)));
            events.append(trackOf(QStringLiteral("u"), i, properties));
        }
        BatchLimits limits = provider.limits();
        limits.maxRequestBytes = 4000;
        const EncodedBatch batch = provider.encode(events, limits);
        checkCoverage(batch, 30);
        QVERIFY2(batch.requests.size() >= 5, QByteArray::number(batch.requests.size()).constData());
        QList<int> order;
        for (qsizetype i = 0; i < batch.requests.size(); ++i) {
            const ProviderRequest& request = batch.requests[i];
            QVERIFY2(request.body.size() <= 4000, QByteArray::number(request.body.size()).constData());
            QVERIFY(request.body.size() > 2000);
            QCOMPARE(bodyOf(request).value(QLatin1String("events")).toArray().size(), request.items.size());
            if (i + 1 < batch.requests.size()) {
                const qint64 next = QJsonDocument(firstEvent(batch.requests[i + 1])).toJson(QJsonDocument::Compact).size();
                QVERIFY(request.body.size() + 1 + next > 4000);
            }
            order += request.items;
        }
        QCOMPARE(order.size(), 30);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(order[i], i);
    }

    void oversizedEventRejected()
    {
        Ga4Provider provider = configured();
        QJsonArray products;
        for (int i = 0; i < 200; ++i) {
            QJsonObject product { { QStringLiteral("product_id"), QStringLiteral("p%1").arg(i) } };
            for (int c = 0; c < 10; ++c)
                product.insert(QStringLiteral("c%1").arg(c), QString(100, QLatin1Char('x')));
            products.append(product);
        }
        const QList<OutboundEvent> events { trackOf(QStringLiteral("u"), 0),
            trackOf(QStringLiteral("u"), 1, QJsonObject { { QStringLiteral("products"), products } }, QStringLiteral("Order Completed")),
            trackOf(QStringLiteral("u"), 2) };
        const EncodedBatch batch = provider.encode(events, provider.limits());
        checkCoverage(batch, 3);
        QCOMPARE(batch.rejected.size(), 1);
        QCOMPARE(batch.rejected[0].index, 1);
        QVERIFY2(batch.rejected[0].text.contains(QStringLiteral("130000")), qPrintable(batch.rejected[0].text));
        QCOMPARE(batch.requests.size(), 1);
        QCOMPARE(batch.requests[0].items, QList<int>({ 0, 2 }));

        BatchLimits limits = provider.limits();
        limits.maxEventBytes = 100;
        const EncodedBatch small = provider.encode({ trackOf(QStringLiteral("u"), 0, QJsonObject { { QStringLiteral("x"), QString(90, QLatin1Char('x')) } }) }, limits);
        QCOMPARE(small.rejected.size(), 1);
        QVERIFY(small.rejected[0].text.contains(QStringLiteral("per event")));
    }

    void encodeIsStable()
    {
        Ga4Provider provider = configured();
        const QList<OutboundEvent> events { trackOf(QStringLiteral("u"), 1), trackOf(QStringLiteral("u"), 2) };
        const EncodedBatch first = provider.encode(events, provider.limits());
        const EncodedBatch second = provider.encode(events, provider.limits());
        QCOMPARE(first.requests.size(), 1);
        QCOMPARE(first.requests[0].body, second.requests[0].body);
        QCOMPARE(first.requests[0].url, second.requests[0].url);
        // GA4 has no dedup id: each event says a retry may count it twice.
        QVERIFY(anyContains(notesOf(first, 0), QStringLiteral("records the event twice")));
    }

    void validateMode()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        Ga4Provider provider = configured(json(R"({"measurementId":"G-TEST123","apiSecret":"s","validate":true})"));
        provider.setEndpointOverride(sink.url());
        const QList<OutboundEvent> events { trackOf(QStringLiteral("u"), 0), trackOf(QStringLiteral("u"), 1),
            trackOf(QStringLiteral("u"), 2) };
        const EncodedBatch batch = provider.encode(events, provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        QCOMPARE(bodyOf(batch.requests[0]).value(QLatin1String("validation_behavior")).toString(), QStringLiteral("ENFORCE_RECOMMENDATIONS"));
        QVERIFY(anyContains(notesOf(batch, 0), QStringLiteral("records nothing")));
        QVERIFY(!anyContains(notesOf(batch, 0), QStringLiteral("no dedup id")));
        const ProviderRequest& request = batch.requests[0];

        struct Case
        {
            const char* name;
            SinkResponse answer;
            DeliveryOutcome outcome;
            QList<int> failedItems;
            const char* reason;
        };
        const QList<Case> cases {
            { "valid", SinkResponse::reply(200, R"({"validationMessages":[]})"), DeliveryOutcome::Delivered, {}, "" },
            { "one bad event",
                SinkResponse::reply(200, R"({"validationMessages":[{"fieldPath":"events","description":"Event at index: [1] has invalid name [_bad]. Names must start with an alphabetic character.","validationCode":"NAME_INVALID"}]})"),
                DeliveryOutcome::Delivered, { 1 }, "NAME_INVALID" },
            { "path index",
                SinkResponse::reply(200, R"({"validationMessages":[{"fieldPath":"events[2].params.value","description":"Value is invalid.","validationCode":"VALUE_INVALID"}]})"),
                DeliveryOutcome::Delivered, { 2 }, "VALUE_INVALID" },
            { "request level",
                SinkResponse::reply(200, R"({"validationMessages":[{"fieldPath":"client_id","description":"Measurement requires a client_id.","validationCode":"VALUE_REQUIRED"}]})"),
                DeliveryOutcome::Failed, {}, "VALUE_REQUIRED" },
            { "every event",
                SinkResponse::reply(200, R"({"validationMessages":[
                    {"fieldPath":"events","description":"Event at index: [0] has invalid name.","validationCode":"NAME_INVALID"},
                    {"fieldPath":"events","description":"Event at index: [1] has invalid name.","validationCode":"NAME_INVALID"},
                    {"fieldPath":"events","description":"Event at index: [2] has reserved name.","validationCode":"NAME_RESERVED"}]})"),
                DeliveryOutcome::Failed, { 0, 1, 2 }, "NAME_INVALID" },
            { "unreadable", SinkResponse::reply(200, "<html>hi</html>"), DeliveryOutcome::Failed, {}, "validationMessages" },
            { "server error", SinkResponse::reply(500, "down"), DeliveryOutcome::Retry, {}, "500" },
        };
        for (const Case& item : cases) {
            sink.clear();
            sink.setDefault(item.answer);
            const ProviderResponse response = sendOne(request);
            QCOMPARE(sink.requests().size(), 1);
            QCOMPARE(sink.requests().first().path, QStringLiteral("/debug/mp/collect"));
            QCOMPARE(sink.requests().first().query.queryItemValue(QStringLiteral("measurement_id")), QStringLiteral("G-TEST123"));
            const DeliveryVerdict verdict = provider.classify(request, response);
            QVERIFY2(verdict.outcome == item.outcome, item.name);
            QList<int> failed;
            for (const DeliveryVerdict::Item& entry : verdict.items) {
                QCOMPARE(entry.outcome, DeliveryOutcome::Failed);
                QVERIFY(!entry.reason.isEmpty());
                failed.append(entry.index);
            }
            QVERIFY2(failed == item.failedItems, item.name);
            for (int index : item.failedItems)
                QCOMPARE(verdict.outcomeOf(index), DeliveryOutcome::Failed);
            if (item.outcome == DeliveryOutcome::Delivered && item.failedItems.isEmpty())
                QVERIFY(verdict.reason.isEmpty());
            if (qstrlen(item.reason) > 0) {
                QString all = verdict.reason;
                for (const DeliveryVerdict::Item& entry : verdict.items)
                    all += entry.reason;
                QVERIFY2(all.contains(QLatin1String(item.reason)), qPrintable(all));
            }
            if (QByteArray(item.name) == "one bad event") {
                QCOMPARE(verdict.outcomeOf(0), DeliveryOutcome::Delivered);
                QCOMPARE(verdict.outcomeOf(2), DeliveryOutcome::Delivered);
            }
        }
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
        QTest::newRow("204") << 204 << QByteArray() << QByteArray() << false << delivered << qint64(-1) << false << true;
        // The collect endpoint answers 2xx even for garbage; a validationMessages-looking body is not read there.
        QTest::newRow("200 garbage") << 200 << QByteArray("{\"validationMessages\":[{\"fieldPath\":\"x\"}]}") << QByteArray() << false
                                     << delivered << qint64(-1) << false << true;
        QTest::newRow("400") << 400 << QByteArray("bad") << QByteArray() << false << failed << qint64(-1) << false << true;
        QTest::newRow("401") << 401 << QByteArray() << QByteArray() << false << failed << qint64(-1) << false << true;
        QTest::newRow("413 batch") << 413 << QByteArray() << QByteArray() << false << retry << qint64(0) << true << false;
        QTest::newRow("413 single") << 413 << QByteArray() << QByteArray() << true << failed << qint64(-1) << false << true;
        QTest::newRow("429 Retry-After") << 429 << QByteArray() << QByteArray("30") << false << retry << qint64(30000) << false << false;
        QTest::newRow("429 plain") << 429 << QByteArray() << QByteArray() << false << retry << qint64(-1) << false << true;
        QTest::newRow("500") << 500 << QByteArray() << QByteArray() << false << retry << qint64(-1) << false << true;
        QTest::newRow("503 Retry-After") << 503 << QByteArray() << QByteArray("3") << false << retry << qint64(3000) << false << true;
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
        Ga4Provider provider = configured();
        provider.setEndpointOverride(sink.url());
        QList<OutboundEvent> events { trackOf(QStringLiteral("u"), 1) };
        if (!singleEvent)
            events.append(trackOf(QStringLiteral("u"), 2));
        const EncodedBatch batch = provider.encode(events, provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        const ProviderResponse response = sendOne(batch.requests[0]);
        QCOMPARE(response.status, status);
        const DeliveryVerdict verdict = provider.classify(batch.requests[0], response);
        QCOMPARE(int(verdict.outcome), outcome);
        QCOMPARE(verdict.splitBatch, split);
        QCOMPARE(verdict.countsAsAttempt, countsAsAttempt);
        QVERIFY(verdict.items.isEmpty());
        if (retryAfterMs >= 0)
            QVERIFY2(qAbs(verdict.retryAfterMs - retryAfterMs) <= 1000, QByteArray::number(verdict.retryAfterMs).constData());
        else
            QCOMPARE(verdict.retryAfterMs, qint64(-1));
        if (outcome != int(DeliveryOutcome::Delivered))
            QVERIFY(verdict.reason.contains(QString::number(status)));
    }

    void classifyTransportError()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        sink.setDefault(SinkResponse::close());
        Ga4Provider provider = configured();
        provider.setEndpointOverride(sink.url());
        const EncodedBatch batch = provider.encode({ trackOf(QStringLiteral("u"), 1) }, provider.limits());
        const ProviderResponse response = sendOne(batch.requests[0]);
        QCOMPARE(response.status, 0);
        QVERIFY(!response.transportError.isEmpty());
        QCOMPARE(provider.classify(batch.requests[0], response).outcome, DeliveryOutcome::Retry);
    }
};

QTEST_GUILESS_MAIN(TestGa4Provider)
#include "tst_ga4provider.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// RudderStackProvider against a real HTTP sink: /v1/batch on the data plane URL with Basic auth only, gzip,
// Segment-spec messages passed through, splitting at 2500 messages and 4 000 000 bytes, configuration errors
// (the data plane URL above all) and the gateway's answers.

#include "core/timestamp.h"
#include "providers/rudderstackprovider.h"
#include "providertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Journey;
using namespace JourneyTest;

namespace {

const QString writeKey = QStringLiteral("2a9Rudder_WriteKey");

// JSON written with single quotes, which keeps the test data readable (and moc, which does not understand
// raw string literals, on track).
QByteArray q(const char* json)
{
    return QByteArray(json).replace('\'', '"');
}

QList<QByteArray> sixCalls()
{
    return {
        q("{'type':'track','messageId':'m-track-1','timestamp':'2024-01-15T10:31:00.000Z','userId':'u-123',"
          "'anonymousId':'anon-1','event':'Order Completed','properties':{'revenue':25.5,'currency':'USD'},"
          "'context':{'library':{'name':'rudder-sdk-node','version':'2.0.0'},'ip':'203.0.113.9'},"
          "'integrations':{'All':true,'Amplitude':false}}"),
        q("{'type':'identify','messageId':'m-identify-1','timestamp':'2024-01-15T10:30:00.000Z','userId':'u-123',"
          "'traits':{'email':'a@example.com'},'context':{'traits':{'plan':'pro'},'locale':'de-DE'}}"),
        q("{'type':'page','messageId':'m-page-1','timestamp':'2024-01-15T10:32:00.000Z','anonymousId':'anon-1',"
          "'name':'Pricing','category':'Docs','properties':{'url':'https://x.example/pricing'},"
          "'context':{'page':{'referrer':'https://news.example.org/'}}}"),
        q("{'type':'screen','messageId':'m-screen-1','timestamp':'2024-01-15T10:33:00.000Z','userId':'u-123',"
          "'name':'Dashboard','properties':{'tab':'overview'},'context':{'os':{'name':'Android','version':'14'}}}"),
        q("{'type':'group','messageId':'m-group-1','timestamp':'2024-01-15T10:34:00.000Z','userId':'u-123',"
          "'groupId':'acme','traits':{'name':'Acme Inc'}}"),
        q("{'type':'alias','messageId':'m-alias-1','timestamp':'2024-01-15T10:35:00.000Z','userId':'u-123',"
          "'previousId':'anon-1'}"),
    };
}

QList<OutboundEvent> events(const QList<QByteArray>& jsons)
{
    QList<OutboundEvent> list;
    for (const QByteArray& json : jsons) {
        list.append(outbound(json));
        if (list.last().message.isEmpty())
            qFatal("bad test JSON: %s", json.constData());
    }
    return list;
}

OutboundEvent track(const QString& messageId, qsizetype paddingBytes = 0)
{
    QJsonObject message {
        { QStringLiteral("type"), QStringLiteral("track") },
        { QStringLiteral("messageId"), messageId },
        { QStringLiteral("timestamp"), QStringLiteral("2024-01-15T10:31:00.000Z") },
        { QStringLiteral("anonymousId"), QStringLiteral("anon-1") },
        { QStringLiteral("event"), QStringLiteral("Clicked") },
    };
    if (paddingBytes > 0) {
        message.insert(QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("padding"), QString(paddingBytes, QLatin1Char('x')) } });
    }
    OutboundEvent event;
    event.type = EventType::Track;
    event.message = message;
    return event;
}

qsizetype jsonSize(const OutboundEvent& event)
{
    return QJsonDocument(event.message).toJson(QJsonDocument::Compact).size();
}

OutboundEvent trackOfSize(const QString& messageId, qsizetype bytes)
{
    const qsizetype base = jsonSize(track(messageId, 1)) - 1;
    OutboundEvent event = track(messageId, bytes - base);
    if (jsonSize(event) != bytes)
        qFatal("could not build an event of %lld bytes", qlonglong(bytes));
    return event;
}

QList<OutboundEvent> tracks(int count, qsizetype paddingBytes = 0)
{
    QList<OutboundEvent> list;
    for (int i = 0; i < count; ++i)
        list.append(track(QStringLiteral("m-%1").arg(i), paddingBytes));
    return list;
}

QJsonObject bodyOf(const ProviderRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QList<int> range(int from, int to)
{
    QList<int> list;
    for (int i = from; i < to; ++i)
        list.append(i);
    return list;
}

QList<int> allItems(const EncodedBatch& batch)
{
    QList<int> items;
    for (const ProviderRequest& request : batch.requests)
        items += request.items;
    return items;
}

QJsonObject settings(const QString& dataPlaneUrl)
{
    return { { QStringLiteral("writeKey"), writeKey }, { QStringLiteral("dataPlaneUrl"), dataPlaneUrl } };
}

} // namespace

class TestRudderStackProvider : public QObject
{
    Q_OBJECT

private:
    RudderStackProvider configured(const QString& dataPlaneUrl, const QUrl& endpointOverride = {}) const
    {
        RudderStackProvider provider;
        QString error;
        if (!provider.configure(settings(dataPlaneUrl), &error))
            qFatal("configure failed: %s", qPrintable(error));
        if (!endpointOverride.isEmpty())
            provider.setEndpointOverride(endpointOverride);
        return provider;
    }

private slots:
    void testDescription()
    {
        RudderStackProvider provider;
        QCOMPARE(provider.id(), QStringLiteral("rudderstack"));
        QCOMPARE(provider.displayName(), QStringLiteral("RudderStack"));
        QCOMPARE(provider.integrationNames(), QStringList { QStringLiteral("RudderStack") });
        QVERIFY(provider.defaultEndpoint().isEmpty());
        QCOMPARE(provider.settingKeys(), (QStringList { QStringLiteral("writeKey"), QStringLiteral("dataPlaneUrl") }));
        const BatchLimits limits = provider.limits();
        QCOMPARE(limits.maxEvents, 2500);
        QCOMPARE(limits.maxRequestBytes, qint64(4000000));
        QCOMPARE(limits.maxEventBytes, qint64(4000000));
    }

    void testDataPlaneUrlIsTheEndpoint()
    {
        const RudderStackProvider provider = configured(QStringLiteral("https://acme-dataplane.rudderstack.com"));
        QCOMPARE(provider.endpoint(), QUrl(QStringLiteral("https://acme-dataplane.rudderstack.com")));
        const EncodedBatch batch = provider.encode(events(sixCalls()), provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        QCOMPARE(batch.requests[0].url, QUrl(QStringLiteral("https://acme-dataplane.rudderstack.com/v1/batch")));
    }

    void testWireFormat_data()
    {
        QTest::addColumn<QString>("dataPlanePath"); ///< appended to the sink URL; empty: data plane elsewhere
        QTest::addColumn<QString>("overridePath"); ///< endpoint override on the sink; "-": none
        QTest::addColumn<QString>("expectedPath");
        QTest::newRow("data plane URL") << QString() << QStringLiteral("-") << QStringLiteral("/v1/batch");
        QTest::newRow("data plane URL with a path")
            << QStringLiteral("/rudder") << QStringLiteral("-") << QStringLiteral("/rudder/v1/batch");
        QTest::newRow("endpoint override with a prefix")
            << QStringLiteral("unused") << QStringLiteral("/proxy") << QStringLiteral("/proxy/v1/batch");
    }

    void testWireFormat()
    {
        QFETCH(QString, dataPlanePath);
        QFETCH(QString, overridePath);
        QFETCH(QString, expectedPath);
        HttpSink sink;
        QVERIFY(sink.start());
        sink.setDefault(SinkResponse::reply(200, "OK", { { "Content-Type", "text/plain; charset=utf-8" } }));

        QString dataPlane = sink.url().toString() + dataPlanePath;
        if (dataPlanePath == QLatin1String("unused"))
            dataPlane = QStringLiteral("https://unused.example.com");
        QUrl endpointOverride;
        if (overridePath != QLatin1String("-")) {
            endpointOverride = sink.url();
            endpointOverride.setPath(overridePath);
        }
        const RudderStackProvider provider = configured(dataPlane, endpointOverride);
        const QList<OutboundEvent> input = events(sixCalls());

        const qint64 before = Timestamp::nowMs();
        const EncodedBatch batch = provider.encode(input, provider.limits());
        const qint64 after = Timestamp::nowMs();
        QVERIFY(batch.rejected.isEmpty());
        QVERIFY(batch.notes.isEmpty());
        QCOMPARE(batch.requests.size(), 1);
        const ProviderRequest& request = batch.requests[0];
        QCOMPARE(request.items, range(0, 6));
        QVERIFY(request.gzip);

        const QList<ProviderResponse> responses = sendAll(batch);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses[0].status, 200);
        QCOMPARE(responses[0].body, QByteArray("OK"));
        QCOMPARE(provider.classify(request, responses[0]).outcome, DeliveryOutcome::Delivered);

        QCOMPARE(sink.requests().size(), 1);
        const SinkRequest& received = sink.requests()[0];
        QCOMPARE(received.method, QByteArray("POST"));
        QCOMPARE(received.path, expectedPath);
        QVERIFY(received.query.isEmpty());
        QCOMPARE(received.header("Authorization"), "Basic " + QByteArray("2a9Rudder_WriteKey:").toBase64());
        QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(received.header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(received.gzipped);
        QVERIFY(received.wireBody.startsWith("\x1f\x8b"));
        QCOMPARE(received.body, request.body);

        const QJsonObject body = QJsonDocument::fromJson(received.body).object();
        // Only the Basic header carries the write key.
        QCOMPARE(body.keys(), (QStringList { QStringLiteral("batch"), QStringLiteral("sentAt") }));
        QVERIFY(!received.body.contains(writeKey.toUtf8()));
        const std::optional<qint64> sentMs
            = Timestamp::parseIso8601(body.value(QLatin1String("sentAt")).toString().toUtf8());
        QVERIFY(sentMs);
        QVERIFY(*sentMs >= before && *sentMs <= after);

        const QJsonArray items = body.value(QLatin1String("batch")).toArray();
        QCOMPARE(items.size(), input.size());
        for (qsizetype i = 0; i < input.size(); ++i)
            QCOMPARE(items[i].toObject(), input[i].message);
    }

    void testRejectsMessagesWithoutIds()
    {
        const RudderStackProvider provider = configured(QStringLiteral("http://localhost:8080"));
        const QList<OutboundEvent> input {
            track(QStringLiteral("ok")),
            outbound(q("{'type':'track','messageId':'r','timestamp':'2024-01-15T10:31:00.000Z','event':'E'}")),
            outbound(q("{'type':'alias','messageId':'a','timestamp':'2024-01-15T10:31:00.000Z','anonymousId':'x'}")),
        };
        const EncodedBatch batch = provider.encode(input, provider.limits());
        QCOMPARE(batch.rejected.size(), 2);
        QCOMPARE(batch.rejected[0].index, 1);
        QCOMPARE(batch.rejected[1].index, 2);
        QVERIFY(batch.rejected[0].text.contains(QLatin1String("RudderStack")));
        QVERIFY(batch.rejected[1].text.contains(QLatin1String("previousId")));
        QCOMPARE(allItems(batch), QList<int> { 0 });
    }

    void testDedupId()
    {
        const RudderStackProvider provider = configured(QStringLiteral("http://localhost:8080"));
        const QList<OutboundEvent> input { track(QStringLiteral("m-a")), track(QStringLiteral("m-a")),
            track(QStringLiteral("m-b")) };
        const QJsonArray a
            = bodyOf(provider.encode(input, provider.limits()).requests[0]).value(QLatin1String("batch")).toArray();
        const QJsonArray b
            = bodyOf(provider.encode(input, provider.limits()).requests[0]).value(QLatin1String("batch")).toArray();
        QCOMPARE(a, b);
        QCOMPARE(a[0].toObject().value(QLatin1String("messageId")).toString(), QStringLiteral("m-a"));
        QCOMPARE(a[1].toObject().value(QLatin1String("messageId")).toString(), QStringLiteral("m-a"));
        QCOMPARE(a[2].toObject().value(QLatin1String("messageId")).toString(), QStringLiteral("m-b"));
    }

    void testSplitAtCountLimit()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        const RudderStackProvider provider = configured(sink.url().toString());
        const EncodedBatch batch = provider.encode(tracks(2501), provider.limits());
        QVERIFY(batch.rejected.isEmpty());
        QCOMPARE(batch.requests.size(), 2);
        QCOMPARE(batch.requests[0].items, range(0, 2500));
        QCOMPARE(batch.requests[1].items, QList<int> { 2500 });
        for (const ProviderResponse& response : sendAll(batch))
            QCOMPARE(response.status, 200);
        // Requests run in parallel, so they may arrive in any order.
        QCOMPARE(sink.requests().size(), 2);
        QList<qsizetype> sizes;
        for (const SinkRequest& received : sink.requests())
            sizes.append(
                QJsonDocument::fromJson(received.body).object().value(QLatin1String("batch")).toArray().size());
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (QList<qsizetype> { 1, 2500 }));
    }

    void testSplitAtByteLimit()
    {
        // Three messages of 1.5 MB: two fit in 4 000 000 bytes, the third goes alone.
        HttpSink sink;
        QVERIFY(sink.start());
        const RudderStackProvider provider = configured(sink.url().toString());
        const QList<OutboundEvent> input = tracks(3, 1500 * 1000);
        const EncodedBatch batch = provider.encode(input, provider.limits());
        QVERIFY(batch.rejected.isEmpty());
        QCOMPARE(batch.requests.size(), 2);
        QCOMPARE(batch.requests[0].items, (QList<int> { 0, 1 }));
        QCOMPARE(batch.requests[1].items, QList<int> { 2 });
        for (const ProviderRequest& request : batch.requests)
            QVERIFY(request.body.size() <= 4000000);
        const QList<ProviderResponse> responses = sendAll(batch, 20000);
        for (const ProviderResponse& response : responses)
            QCOMPARE(response.status, 200);
        // Requests run in parallel, so they may arrive in any order.
        QCOMPARE(sink.requests().size(), 2);
        const bool inOrder = sink.requests()[0].body == batch.requests[0].body;
        QCOMPARE(sink.requests()[inOrder ? 0 : 1].body, batch.requests[0].body);
        QCOMPARE(sink.requests()[inOrder ? 1 : 0].body, batch.requests[1].body);
    }

    void testSplitAtConfiguredLimits()
    {
        const RudderStackProvider provider = configured(QStringLiteral("http://localhost:8080"));
        BatchLimits limits = provider.limits();
        limits.maxEvents = 4;
        limits.maxRequestBytes = 5000;
        const EncodedBatch byCount = provider.encode(tracks(9), limits);
        QCOMPARE(byCount.requests.size(), 3);
        QCOMPARE(byCount.requests[2].items, QList<int> { 8 });
        const EncodedBatch byBytes = provider.encode(tracks(9, 1500), limits);
        QCOMPARE(allItems(byBytes), range(0, 9));
        QCOMPARE(byBytes.requests.size(), 3);
        for (const ProviderRequest& request : byBytes.requests) {
            QCOMPARE(request.items.size(), 3);
            QVERIFY(request.body.size() <= 5000);
        }
    }

    void testSingleMessageLimit()
    {
        // No per-message limit of its own: a message may fill the whole request, envelope included.
        const RudderStackProvider provider = configured(QStringLiteral("http://localhost:8080"));
        const BatchLimits limits = provider.limits();
        const EncodedBatch probe = provider.encode({ track(QStringLiteral("probe")) }, limits);
        const qsizetype overhead = probe.requests[0].body.size() - jsonSize(track(QStringLiteral("probe")));
        const QList<OutboundEvent> input {
            trackOfSize(QStringLiteral("fits"), limits.maxRequestBytes - overhead),
            trackOfSize(QStringLiteral("too-big"), limits.maxRequestBytes - overhead + 1),
        };
        const EncodedBatch batch = provider.encode(input, limits);
        QCOMPARE(batch.requests.size(), 1);
        QCOMPARE(batch.requests[0].items, QList<int> { 0 });
        QCOMPARE(batch.requests[0].body.size(), limits.maxRequestBytes);
        QCOMPARE(batch.rejected.size(), 1);
        QCOMPARE(batch.rejected[0].index, 1);
        QVERIFY2(batch.rejected[0].text.contains(QString::number(limits.maxRequestBytes)),
            qPrintable(batch.rejected[0].text));
    }

    void testConfigure_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("valid https") << q("{'writeKey':'k','dataPlaneUrl':'https://acme-dataplane.rudderstack.com'}")
                                     << QString();
        QTest::newRow("valid http with port and path")
            << q("{'writeKey':'k','dataPlaneUrl':'http://localhost:8080/gw'}") << QString();
        QTest::newRow("missing writeKey")
            << q("{'dataPlaneUrl':'https://x.example'}") << QStringLiteral("journey.providers.rudderstack.writeKey");
        QTest::newRow("number writeKey") << q("{'writeKey':7,'dataPlaneUrl':'https://x.example'}")
                                         << QStringLiteral("journey.providers.rudderstack.writeKey");
        QTest::newRow("missing dataPlaneUrl")
            << q("{'writeKey':'k'}") << QStringLiteral("journey.providers.rudderstack.dataPlaneUrl");
        QTest::newRow("empty dataPlaneUrl")
            << q("{'writeKey':'k','dataPlaneUrl':''}") << QStringLiteral("journey.providers.rudderstack.dataPlaneUrl");
        QTest::newRow("number dataPlaneUrl") << q("{'writeKey':'k','dataPlaneUrl':8080}")
                                             << QStringLiteral("journey.providers.rudderstack.dataPlaneUrl");
        QTest::newRow("ftp dataPlaneUrl") << q("{'writeKey':'k','dataPlaneUrl':'ftp://x.example'}")
                                          << QStringLiteral("journey.providers.rudderstack.dataPlaneUrl");
        QTest::newRow("no scheme") << q("{'writeKey':'k','dataPlaneUrl':'acme-dataplane.rudderstack.com'}")
                                   << QStringLiteral("journey.providers.rudderstack.dataPlaneUrl");
        QTest::newRow("no host") << q("{'writeKey':'k','dataPlaneUrl':'https://'}")
                                 << QStringLiteral("journey.providers.rudderstack.dataPlaneUrl");
        QTest::newRow("query") << q("{'writeKey':'k','dataPlaneUrl':'https://x.example/?a=1'}")
                               << QStringLiteral("journey.providers.rudderstack.dataPlaneUrl");
        QTest::newRow("unknown key") << q("{'writeKey':'k','dataPlaneUrl':'https://x.example','apiKey':'a'}")
                                     << QStringLiteral("journey.providers.rudderstack.apiKey");
    }

    void testConfigure()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorMentions);
        RudderStackProvider provider;
        QString error;
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QVERIFY(!object.isEmpty());
        const bool ok = provider.configure(object, &error);
        QCOMPARE(ok, errorMentions.isEmpty());
        if (ok) {
            QVERIFY(error.isEmpty());
            QCOMPARE(provider.endpoint(), QUrl(object.value(QLatin1String("dataPlaneUrl")).toString()));
        } else {
            QVERIFY2(error.contains(errorMentions), qPrintable(error));
        }
    }

    void testSecrets()
    {
        RudderStackProvider provider;
        QVERIFY(provider.secrets().isEmpty());
        QVERIFY(provider.configure(settings(QStringLiteral("https://x.example")), nullptr));
        QCOMPARE(provider.secrets(), QStringList { writeKey });
    }

    void testClassify_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<qint64>("waitMs");
        QTest::addColumn<bool>("counts");
        QTest::addColumn<bool>("split");

        const int delivered = int(DeliveryOutcome::Delivered);
        const int retry = int(DeliveryOutcome::Retry);
        const int failed = int(DeliveryOutcome::Failed);
        QTest::newRow("200 OK") << 2 << 200 << QByteArray("OK") << QByteArray() << delivered << qint64(-1) << true
                                << false;
        QTest::newRow("400 invalid") << 2 << 400 << QByteArray("Invalid request") << QByteArray() << failed
                                     << qint64(-1) << true << false;
        QTest::newRow("401 bad write key")
            << 2 << 401 << QByteArray("Invalid Write Key") << QByteArray() << failed << qint64(-1) << true << false;
        QTest::newRow("404 source disabled")
            << 2 << 404 << QByteArray("Source is disabled") << QByteArray() << failed << qint64(-1) << true << false;
        QTest::newRow("413 several: split") << 2 << 413 << QByteArray("Request size exceeds max limit") << QByteArray()
                                            << retry << qint64(0) << false << true;
        QTest::newRow("413 single: failed") << 1 << 413 << QByteArray("Request size exceeds max limit") << QByteArray()
                                            << failed << qint64(-1) << true << false;
        QTest::newRow("429 Retry-After 2") << 2 << 429 << QByteArray("Too many requests") << QByteArray("2") << retry
                                           << qint64(2000) << false << false;
        QTest::newRow("429 without Retry-After")
            << 2 << 429 << QByteArray("Too many requests") << QByteArray() << retry << qint64(60000) << true << false;
        QTest::newRow("500") << 2 << 500 << QByteArray() << QByteArray() << retry << qint64(-1) << true << false;
        QTest::newRow("503") << 2 << 503 << QByteArray("Service Unavailable") << QByteArray() << retry << qint64(-1)
                             << true << false;
        QTest::newRow("501") << 2 << 501 << QByteArray() << QByteArray() << failed << qint64(-1) << true << false;
    }

    void testClassify()
    {
        QFETCH(int, events);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, outcome);
        QFETCH(qint64, waitMs);
        QFETCH(bool, counts);
        QFETCH(bool, split);

        HttpSink sink;
        QVERIFY(sink.start());
        SinkHeaders headers { { "Content-Type", "text/plain; charset=utf-8" } };
        if (!retryAfter.isEmpty())
            headers.append({ "Retry-After", retryAfter });
        sink.setDefault(SinkResponse::reply(status, body, headers));
        const RudderStackProvider provider = configured(sink.url().toString());
        const EncodedBatch batch = provider.encode(tracks(events), provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        const ProviderResponse response = sendOne(batch.requests[0]);
        QCOMPARE(response.status, status);
        const DeliveryVerdict verdict = provider.classify(batch.requests[0], response);
        QCOMPARE(int(verdict.outcome), outcome);
        QCOMPARE(verdict.retryAfterMs, waitMs);
        QCOMPARE(verdict.countsAsAttempt, counts);
        QCOMPARE(verdict.splitBatch, split);
        if (verdict.outcome != DeliveryOutcome::Delivered) {
            QVERIFY2(verdict.reason.contains(QString::number(status)), qPrintable(verdict.reason));
            QVERIFY2(verdict.reason.contains(QString::fromUtf8(body)), qPrintable(verdict.reason));
        }
    }

    void testClassifyTransportError()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        sink.setDefault(SinkResponse::close());
        const RudderStackProvider provider = configured(sink.url().toString());
        const EncodedBatch batch = provider.encode(tracks(2), provider.limits());
        const ProviderResponse response = sendOne(batch.requests[0]);
        QCOMPARE(response.status, 0);
        QVERIFY(!response.transportError.isEmpty());
        const DeliveryVerdict verdict = provider.classify(batch.requests[0], response);
        QCOMPARE(verdict.outcome, DeliveryOutcome::Retry);
        QCOMPARE(verdict.reason, response.transportError);
    }
};

QTEST_GUILESS_MAIN(TestRudderStackProvider)
#include "tst_rudderstackprovider.moc"

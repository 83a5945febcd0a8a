// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// SegmentProvider against a real HTTP sink: /v1/batch with Basic auth and the write key in the body, gzip,
// canonical messages passed through untouched, splitting at 2500 messages and 480 KiB, the 32 KiB message
// limit, configuration errors and analytics-node's reading of the answers.

#include "core/timestamp.h"
#include "providers/dedupids.h"
#include "providers/segmentprovider.h"
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

const QString writeKey = QStringLiteral("wk_segment_test_123");

// JSON written with single quotes, which keeps the test data readable (and moc, which does not understand
// raw string literals, on track).
QByteArray q(const char* json)
{
    return QByteArray(json).replace('\'', '"');
}

// The six calls as the connector hands them over: every common field, context and integrations included.
QList<QByteArray> sixCalls()
{
    return {
        q("{'type':'track','messageId':'m-track-1','timestamp':'2024-01-15T10:31:00.000Z','userId':'u-123',"
          "'anonymousId':'anon-1','event':'Order Completed',"
          "'properties':{'order_id':'o1','revenue':25.5,'currency':'USD','products':[{'sku':'s1','quantity':2}]},"
          "'context':{'library':{'name':'analytics-node','version':'2.1.0'},'ip':'203.0.113.9',"
          "'page':{'url':'https://x.example/checkout','path':'/checkout','title':'Checkout'},"
          "'campaign':{'name':'spring','source':'newsletter'},'locale':'en-US','timezone':'Europe/Berlin'},"
          "'integrations':{'All':true,'Mixpanel':false}}"),
        q("{'type':'identify','messageId':'m-identify-1','timestamp':'2024-01-15T10:30:00.000Z','userId':'u-123',"
          "'anonymousId':'anon-1',"
          "'traits':{'email':'a@example.com','name':'Ada','createdAt':'2023-05-01T00:00:00.000Z'},"
          "'context':{'traits':{'plan':'pro'}},'integrations':{}}"),
        q("{'type':'page','messageId':'m-page-1','timestamp':'2024-01-15T10:32:00.000Z','anonymousId':'anon-1',"
          "'name':'Pricing','category':'Docs','properties':{'url':'https://x.example/pricing','title':'Pricing'},"
          "'context':{'userAgent':'Mozilla/5.0','page':{'referrer':'https://news.example.org/'}}}"),
        q("{'type':'screen','messageId':'m-screen-1','timestamp':'2024-01-15T10:33:00.000Z','userId':'u-123',"
          "'name':'Dashboard','category':'Main','properties':{'tab':'overview'},"
          "'context':{'app':{'name':'Acme','version':'3.1'},'os':{'name':'iOS','version':'17.2'},"
          "'device':{'id':'dev-1','manufacturer':'Apple','model':'iPhone15,2'}}}"),
        q("{'type':'group','messageId':'m-group-1','timestamp':'2024-01-15T10:34:00.000Z','userId':'u-123',"
          "'groupId':'acme','traits':{'name':'Acme Inc','employees':250},'context':{'groupId':'acme'}}"),
        q("{'type':'alias','messageId':'m-alias-1','timestamp':'2024-01-15T10:35:00.000Z','userId':'u-123',"
          "'previousId':'anon-1','context':{'library':{'name':'analytics-python','version':'2.3.3'}}}"),
    };
}

QList<OutboundEvent> events(const QList<QByteArray>& jsons)
{
    QList<OutboundEvent> list;
    qint64 outboxId = 1;
    for (const QByteArray& json : jsons) {
        list.append(outbound(json, outboxId++));
        if (list.last().message.isEmpty())
            qFatal("bad test JSON: %s", json.constData());
    }
    return list;
}

OutboundEvent track(const QString& messageId, int paddingBytes = 0)
{
    QJsonObject message {
        { QStringLiteral("type"), QStringLiteral("track") },
        { QStringLiteral("messageId"), messageId },
        { QStringLiteral("timestamp"), QStringLiteral("2024-01-15T10:31:00.000Z") },
        { QStringLiteral("userId"), QStringLiteral("u-1") },
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

/// A track event whose compact JSON is exactly \a bytes long.
OutboundEvent trackOfSize(const QString& messageId, qsizetype bytes)
{
    const qsizetype base = jsonSize(track(messageId, 1)) - 1;
    OutboundEvent event = track(messageId, int(bytes - base));
    if (jsonSize(event) != bytes)
        qFatal("could not build an event of %lld bytes", qlonglong(bytes));
    return event;
}

QList<OutboundEvent> tracks(int count, int paddingBytes = 0)
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

} // namespace

class TestSegmentProvider : public QObject
{
    Q_OBJECT

private:
    SegmentProvider configured(const QUrl& endpoint = {}) const
    {
        SegmentProvider provider;
        QString error;
        if (!provider.configure(QJsonObject { { QStringLiteral("writeKey"), writeKey } }, &error))
            qFatal("configure failed: %s", qPrintable(error));
        if (!endpoint.isEmpty())
            provider.setEndpointOverride(endpoint);
        return provider;
    }

private slots:
    void testDescription()
    {
        SegmentProvider provider;
        QCOMPARE(provider.id(), QStringLiteral("segment"));
        QCOMPARE(provider.displayName(), QStringLiteral("Segment"));
        QCOMPARE(
            provider.integrationNames(), (QStringList { QStringLiteral("Segment"), QStringLiteral("Segment.io") }));
        QCOMPARE(provider.defaultEndpoint(), QUrl(QStringLiteral("https://api.segment.io")));
        QCOMPARE(provider.endpoint(), QUrl(QStringLiteral("https://api.segment.io")));
        QCOMPARE(provider.settingKeys(), QStringList { QStringLiteral("writeKey") });
        const BatchLimits limits = provider.limits();
        QCOMPARE(limits.maxEvents, 2500);
        QCOMPARE(limits.maxRequestBytes, qint64(491520));
        QCOMPARE(limits.maxEventBytes, qint64(32768));
    }

    void testDefaultUrl()
    {
        const SegmentProvider provider = configured();
        const EncodedBatch batch = provider.encode(events(sixCalls()), provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        QCOMPARE(batch.requests[0].url, QUrl(QStringLiteral("https://api.segment.io/v1/batch")));
    }

    void testWireFormat_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("endpoint is the host") << QString();
        QTest::newRow("endpoint with a path prefix") << QStringLiteral("/proxy");
        QTest::newRow("endpoint with a path prefix and slash") << QStringLiteral("/proxy/");
    }

    void testWireFormat()
    {
        QFETCH(QString, prefix);
        HttpSink sink;
        QVERIFY(sink.start());
        QUrl endpoint = sink.url();
        endpoint.setPath(prefix);
        const SegmentProvider provider = configured(endpoint);
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
        QVERIFY(!request.label.isEmpty());

        const QList<ProviderResponse> responses = sendAll(batch);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses[0].status, 200);
        QCOMPARE(provider.classify(request, responses[0]).outcome, DeliveryOutcome::Delivered);

        QCOMPARE(sink.requests().size(), 1);
        const SinkRequest& received = sink.requests()[0];
        QCOMPARE(received.method, QByteArray("POST"));
        QCOMPARE(received.path, prefix.isEmpty() ? QStringLiteral("/v1/batch") : QStringLiteral("/proxy/v1/batch"));
        QVERIFY(received.query.isEmpty());
        QCOMPARE(received.header("Authorization"), "Basic " + QByteArray("wk_segment_test_123:").toBase64());
        QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(received.header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(received.gzipped);
        QVERIFY(received.wireBody.startsWith("\x1f\x8b"));
        QVERIFY(received.wireBody != received.body);
        QCOMPARE(received.body, request.body);

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(received.body, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject body = document.object();
        QCOMPARE(body.keys(),
            (QStringList { QStringLiteral("batch"), QStringLiteral("sentAt"), QStringLiteral("writeKey") }));
        QCOMPARE(body.value(QLatin1String("writeKey")).toString(), writeKey);
        const QString sentAt = body.value(QLatin1String("sentAt")).toString();
        QCOMPARE(sentAt.size(), 24);
        QVERIFY(sentAt.endsWith(QLatin1Char('Z')));
        const std::optional<qint64> sentMs = Timestamp::parseIso8601(sentAt.toUtf8());
        QVERIFY(sentMs);
        QVERIFY(*sentMs >= before && *sentMs <= after);

        // Canonical messages are Segment messages: each goes out exactly as it came, every field included.
        const QJsonArray items = body.value(QLatin1String("batch")).toArray();
        QCOMPARE(items.size(), input.size());
        for (qsizetype i = 0; i < input.size(); ++i)
            QCOMPARE(items[i].toObject(), input[i].message);
        QCOMPARE(items[0].toObject().value(QLatin1String("messageId")).toString(), QStringLiteral("m-track-1"));
        QCOMPARE(items[0].toObject().value(QLatin1String("integrations")).toObject().value(QLatin1String("Mixpanel")),
            QJsonValue(false));
        QCOMPARE(items[4].toObject().value(QLatin1String("groupId")).toString(), QStringLiteral("acme"));
        QCOMPARE(items[5].toObject().value(QLatin1String("previousId")).toString(), QStringLiteral("anon-1"));
    }

    void testTypeFilledInWhenMissing()
    {
        OutboundEvent event = track(QStringLiteral("m-1"));
        event.message.remove(QStringLiteral("type"));
        const SegmentProvider provider = configured();
        const EncodedBatch batch = provider.encode({ event }, provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        const QJsonObject sent = bodyOf(batch.requests[0]).value(QLatin1String("batch")).toArray().at(0).toObject();
        QCOMPARE(sent.value(QLatin1String("type")).toString(), QStringLiteral("track"));
    }

    void testSourceWriteKeyNotForwarded()
    {
        // analytics.js puts its own write key into every single-event body; it is not event data.
        OutboundEvent event = track(QStringLiteral("m-1"));
        event.message.insert(QStringLiteral("writeKey"), QStringLiteral("source-key"));
        const SegmentProvider provider = configured();
        const EncodedBatch batch = provider.encode({ event }, provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        QVERIFY(!batch.requests[0].body.contains("source-key"));
        const QJsonObject body = bodyOf(batch.requests[0]);
        QCOMPARE(body.value(QLatin1String("writeKey")).toString(), writeKey);
        QVERIFY(!body.value(QLatin1String("batch")).toArray().at(0).toObject().contains(QLatin1String("writeKey")));
    }

    void testRejectsWhatSegmentDiscards_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no ids") << q(
            "{'type':'track','messageId':'r','timestamp':'2024-01-15T10:31:00.000Z','event':'E'}")
                                << QStringLiteral("anonymousId");
        QTest::newRow("empty ids") << q("{'type':'track','messageId':'r','timestamp':'2024-01-15T10:31:00.000Z','"
                                        "userId':'','anonymousId':'','event':'E'}")
                                   << QStringLiteral("anonymousId");
        QTest::newRow("track without event")
            << q("{'type':'track','messageId':'r','timestamp':'2024-01-15T10:31:00.000Z','userId':'u'}")
            << QStringLiteral("event name");
        QTest::newRow("group without groupId")
            << q("{'type':'group','messageId':'r','timestamp':'2024-01-15T10:31:00.000Z','userId':'u'}")
            << QStringLiteral("groupId");
        QTest::newRow("alias without previousId")
            << q("{'type':'alias','messageId':'r','timestamp':'2024-01-15T10:31:00.000Z','userId':'u'}")
            << QStringLiteral("previousId");
        QTest::newRow("alias without userId") << q("{'type':'alias','messageId':'r','timestamp':'2024-01-15T10:31:00."
                                                   "000Z','anonymousId':'a','previousId':'p'}")
                                              << QStringLiteral("userId");
    }

    void testRejectsWhatSegmentDiscards()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const SegmentProvider provider = configured();
        const QList<OutboundEvent> input { track(QStringLiteral("ok-1")), outbound(json),
            track(QStringLiteral("ok-2")) };
        const EncodedBatch batch = provider.encode(input, provider.limits());
        QCOMPARE(batch.rejected.size(), 1);
        QCOMPARE(batch.rejected[0].index, 1);
        QVERIFY2(batch.rejected[0].text.contains(mentions), qPrintable(batch.rejected[0].text));
        QVERIFY(batch.rejected[0].text.contains(QLatin1String("Segment")));
        QCOMPARE(batch.requests.size(), 1);
        QCOMPARE(batch.requests[0].items, (QList<int> { 0, 2 }));
        QCOMPARE(bodyOf(batch.requests[0]).value(QLatin1String("batch")).toArray().size(), 2);
    }

    void testNumericUserIdAccepted()
    {
        OutboundEvent event = track(QStringLiteral("m-1"));
        event.message.insert(QStringLiteral("userId"), 42);
        const SegmentProvider provider = configured();
        const EncodedBatch batch = provider.encode({ event }, provider.limits());
        QVERIFY(batch.rejected.isEmpty());
        QCOMPARE(batch.requests.size(), 1);
    }

    void testDedupId()
    {
        // messageId is Segment's dedup key: it goes out unchanged, so a retry carries the same one.
        const SegmentProvider provider = configured();
        const QList<OutboundEvent> input { track(QStringLiteral("m-a")), track(QStringLiteral("m-a")),
            track(QStringLiteral("m-b")) };
        const EncodedBatch first = provider.encode(input, provider.limits());
        const EncodedBatch second = provider.encode(input, provider.limits());
        const QJsonArray a = bodyOf(first.requests[0]).value(QLatin1String("batch")).toArray();
        const QJsonArray b = bodyOf(second.requests[0]).value(QLatin1String("batch")).toArray();
        QCOMPARE(a, b);
        QCOMPARE(a[0].toObject().value(QLatin1String("messageId")).toString(), QStringLiteral("m-a"));
        QCOMPARE(a[1].toObject().value(QLatin1String("messageId")), a[0].toObject().value(QLatin1String("messageId")));
        QCOMPARE(a[2].toObject().value(QLatin1String("messageId")).toString(), QStringLiteral("m-b"));
    }

    void testOverlongMessageIdReplaced()
    {
        const QString longId = QStringLiteral("x").repeated(120);
        const QString otherLongId = QStringLiteral("y").repeated(120);
        const QString shortEnough = QStringLiteral("z").repeated(99);
        const SegmentProvider provider = configured();
        const QList<OutboundEvent> input { track(longId), track(otherLongId), track(shortEnough) };
        const EncodedBatch batch = provider.encode(input, provider.limits());
        QVERIFY(batch.rejected.isEmpty());
        QCOMPARE(batch.notes.size(), 2);
        QCOMPARE(batch.notes[0].index, 0);
        QCOMPARE(batch.notes[1].index, 1);
        QVERIFY(batch.notes[0].text.contains(DedupIds::uuid(longId)));
        const QJsonArray sent = bodyOf(batch.requests[0]).value(QLatin1String("batch")).toArray();
        QCOMPARE(sent[0].toObject().value(QLatin1String("messageId")).toString(), DedupIds::uuid(longId));
        QCOMPARE(sent[1].toObject().value(QLatin1String("messageId")).toString(), DedupIds::uuid(otherLongId));
        QVERIFY(DedupIds::uuid(longId) != DedupIds::uuid(otherLongId));
        QCOMPARE(sent[2].toObject().value(QLatin1String("messageId")).toString(), shortEnough);
        // Stable across encodes (retries, restarts).
        const EncodedBatch again = provider.encode(input, provider.limits());
        QCOMPARE(bodyOf(again.requests[0]).value(QLatin1String("batch")),
            bodyOf(batch.requests[0]).value(QLatin1String("batch")));
    }

    void testSplitAtCountLimit()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        const SegmentProvider provider = configured(sink.url());
        const QList<OutboundEvent> input = tracks(2 * 2500 + 1);
        const EncodedBatch batch = provider.encode(input, provider.limits());
        QVERIFY(batch.rejected.isEmpty());
        QCOMPARE(batch.requests.size(), 3);
        QCOMPARE(batch.requests[0].items, range(0, 2500));
        QCOMPARE(batch.requests[1].items, range(2500, 5000));
        QCOMPARE(batch.requests[2].items, QList<int> { 5000 });
        for (const ProviderRequest& request : batch.requests)
            QVERIFY(request.body.size() <= provider.limits().maxRequestBytes);

        const QList<ProviderResponse> responses = sendAll(batch);
        for (const ProviderResponse& response : responses)
            QCOMPARE(response.status, 200);
        QCOMPARE(sink.requests().size(), 3);
        int total = 0;
        QSet<QString> ids;
        for (const SinkRequest& received : sink.requests()) {
            const QJsonArray items
                = QJsonDocument::fromJson(received.body).object().value(QLatin1String("batch")).toArray();
            QVERIFY(items.size() <= 2500);
            total += int(items.size());
            for (const QJsonValue& item : items)
                ids.insert(item.toObject().value(QLatin1String("messageId")).toString());
        }
        QCOMPARE(total, 5001);
        QCOMPARE(ids.size(), 5001);
    }

    void testSplitAtConfiguredCount()
    {
        const SegmentProvider provider = configured();
        BatchLimits limits = provider.limits();
        limits.maxEvents = 3;
        const EncodedBatch batch = provider.encode(tracks(7), limits);
        QCOMPARE(batch.requests.size(), 3);
        QCOMPARE(batch.requests[0].items, (QList<int> { 0, 1, 2 }));
        QCOMPARE(batch.requests[1].items, (QList<int> { 3, 4, 5 }));
        QCOMPARE(batch.requests[2].items, QList<int> { 6 });
        QCOMPARE(bodyOf(batch.requests[1]).value(QLatin1String("batch")).toArray().size(), 3);
    }

    void testSplitAtByteLimit()
    {
        // 40 messages of about 30 KB are about 1.2 MB: three requests, each filled as far as 480 KiB allows.
        HttpSink sink;
        QVERIFY(sink.start());
        const SegmentProvider provider = configured(sink.url());
        const BatchLimits limits = provider.limits();
        const QList<OutboundEvent> input = tracks(40, 30 * 1000);
        const EncodedBatch batch = provider.encode(input, limits);
        QVERIFY(batch.rejected.isEmpty());
        QVERIFY(batch.requests.size() >= 3);
        QCOMPARE(allItems(batch), range(0, 40));
        for (qsizetype r = 0; r < batch.requests.size(); ++r) {
            const ProviderRequest& request = batch.requests[r];
            QVERIFY(request.body.size() <= limits.maxRequestBytes);
            QCOMPARE(bodyOf(request).value(QLatin1String("batch")).toArray().size(), request.items.size());
            if (r + 1 < batch.requests.size()) {
                // Greedy: the next message would not have fitted.
                const qsizetype next = jsonSize(input[batch.requests[r + 1].items.first()]);
                QVERIFY(request.body.size() + 1 + next > limits.maxRequestBytes);
            }
        }
        const QList<ProviderResponse> responses = sendAll(batch);
        QCOMPARE(responses.size(), batch.requests.size());
        for (const ProviderResponse& response : responses)
            QCOMPARE(response.status, 200);
        // Requests run in parallel and may arrive in any order: compare them as sorted lists.
        QCOMPARE(sink.requests().size(), batch.requests.size());
        QByteArrayList sent;
        QByteArrayList arrived;
        for (const ProviderRequest& request : batch.requests)
            sent.append(request.body);
        for (const SinkRequest& received : sink.requests())
            arrived.append(received.body);
        std::sort(sent.begin(), sent.end());
        std::sort(arrived.begin(), arrived.end());
        QVERIFY(sent == arrived);
    }

    void testSplitAtConfiguredBytes()
    {
        const SegmentProvider provider = configured();
        BatchLimits limits = provider.limits();
        limits.maxRequestBytes = 1000;
        const QList<OutboundEvent> input = tracks(10, 200);
        const EncodedBatch batch = provider.encode(input, limits);
        QVERIFY(batch.rejected.isEmpty());
        QVERIFY(batch.requests.size() > 1);
        QCOMPARE(allItems(batch), range(0, 10));
        for (const ProviderRequest& request : batch.requests) {
            QVERIFY(request.body.size() <= 1000);
            QVERIFY(!QJsonDocument::fromJson(request.body).isNull());
        }
    }

    void testMessageSizeLimit()
    {
        const SegmentProvider provider = configured();
        const BatchLimits limits = provider.limits();
        const QList<OutboundEvent> input {
            trackOfSize(QStringLiteral("at-limit"), limits.maxEventBytes),
            trackOfSize(QStringLiteral("over-limit"), limits.maxEventBytes + 1),
            track(QStringLiteral("small")),
        };
        const EncodedBatch batch = provider.encode(input, limits);
        QCOMPARE(batch.rejected.size(), 1);
        QCOMPARE(batch.rejected[0].index, 1);
        QVERIFY2(batch.rejected[0].text.contains(QString::number(limits.maxEventBytes + 1)),
            qPrintable(batch.rejected[0].text));
        QVERIFY(batch.rejected[0].text.contains(QString::number(limits.maxEventBytes)));
        QCOMPARE(allItems(batch), (QList<int> { 0, 2 }));
    }

    void testMessageLargerThanRequestLimit()
    {
        // A configured request limit below the message limit: the message fits no request at all.
        const SegmentProvider provider = configured();
        BatchLimits limits = provider.limits();
        limits.maxRequestBytes = 300;
        const QList<OutboundEvent> input { track(QStringLiteral("small")), track(QStringLiteral("big"), 400) };
        const EncodedBatch batch = provider.encode(input, limits);
        QCOMPARE(batch.rejected.size(), 1);
        QCOMPARE(batch.rejected[0].index, 1);
        QVERIFY(batch.rejected[0].text.contains(QLatin1String("300")));
        QCOMPARE(allItems(batch), QList<int> { 0 });
    }

    void testNothingToSend()
    {
        const SegmentProvider provider = configured();
        const EncodedBatch batch = provider.encode({}, provider.limits());
        QVERIFY(batch.requests.isEmpty());
        QVERIFY(batch.rejected.isEmpty());
    }

    void testConfigure_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("valid") << q("{'writeKey':'abc'}") << QString();
        QTest::newRow("missing writeKey") << QByteArray("{}") << QStringLiteral("journey.providers.segment.writeKey");
        QTest::newRow("empty writeKey") << q("{'writeKey':''}") << QStringLiteral("journey.providers.segment.writeKey");
        QTest::newRow("null writeKey") << q("{'writeKey':null}")
                                       << QStringLiteral("journey.providers.segment.writeKey");
        QTest::newRow("number writeKey") << q("{'writeKey':123}")
                                         << QStringLiteral("journey.providers.segment.writeKey");
        QTest::newRow("object writeKey") << q("{'writeKey':{'a':1}}")
                                         << QStringLiteral("journey.providers.segment.writeKey");
        QTest::newRow("unknown key") << q("{'writeKey':'abc','apiKey':'x'}")
                                     << QStringLiteral("journey.providers.segment.apiKey");
        QTest::newRow("dataPlaneUrl is RudderStack's") << q("{'writeKey':'abc','dataPlaneUrl':'https://x'}")
                                                       << QStringLiteral("journey.providers.segment.dataPlaneUrl");
    }

    void testConfigure()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, errorMentions);
        SegmentProvider provider;
        QString error;
        const bool ok = provider.configure(QJsonDocument::fromJson(settings).object(), &error);
        QCOMPARE(ok, errorMentions.isEmpty());
        if (ok) {
            QVERIFY(error.isEmpty());
            QCOMPARE(provider.writeKey(), QStringLiteral("abc"));
        } else {
            QVERIFY2(error.contains(errorMentions), qPrintable(error));
        }
    }

    void testSecrets()
    {
        SegmentProvider provider;
        QVERIFY(provider.secrets().isEmpty());
        QVERIFY(provider.configure(QJsonObject { { QStringLiteral("writeKey"), writeKey } }, nullptr));
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
        QTest::newRow("200 success") << 2 << 200 << q("{'success':true}") << QByteArray() << delivered << qint64(-1)
                                     << true << false;
        QTest::newRow("200 empty") << 2 << 200 << QByteArray() << QByteArray() << delivered << qint64(-1) << true
                                   << false;
        QTest::newRow("300 without Location (analytics-node: < 400 is success)")
            << 2 << 300 << QByteArray() << QByteArray() << delivered << qint64(-1) << true << false;
        QTest::newRow("400 bad request") << 2 << 400 << q("{'code':'invalid_request','message':'Invalid JSON'}")
                                         << QByteArray() << failed << qint64(-1) << true << false;
        QTest::newRow("401") << 2 << 401 << QByteArray("Unauthorized") << QByteArray() << failed << qint64(-1) << true
                             << false;
        QTest::newRow("403") << 2 << 403 << QByteArray() << QByteArray() << failed << qint64(-1) << true << false;
        QTest::newRow("404") << 2 << 404 << QByteArray() << QByteArray() << failed << qint64(-1) << true << false;
        QTest::newRow("408") << 2 << 408 << QByteArray() << QByteArray() << retry << qint64(-1) << true << false;
        QTest::newRow("410") << 2 << 410 << QByteArray() << QByteArray() << retry << qint64(-1) << true << false;
        QTest::newRow("413 several: split")
            << 3 << 413 << QByteArray() << QByteArray() << retry << qint64(0) << false << true;
        QTest::newRow("413 single: failed")
            << 1 << 413 << QByteArray() << QByteArray() << failed << qint64(-1) << true << false;
        QTest::newRow("429 Retry-After 5")
            << 2 << 429 << QByteArray() << QByteArray("5") << retry << qint64(5000) << false << false;
        QTest::newRow("429 Retry-After 0 (at least 1 s)")
            << 2 << 429 << QByteArray() << QByteArray("0") << retry << qint64(1000) << false << false;
        QTest::newRow("429 Retry-After 3600 (at most 300 s)")
            << 2 << 429 << QByteArray() << QByteArray("3600") << retry << qint64(300000) << false << false;
        QTest::newRow("429 without Retry-After (60 s, counted)")
            << 2 << 429 << QByteArray() << QByteArray() << retry << qint64(60000) << true << false;
        QTest::newRow("429 bad Retry-After")
            << 2 << 429 << QByteArray() << QByteArray("soon") << retry << qint64(60000) << true << false;
        QTest::newRow("460") << 2 << 460 << QByteArray() << QByteArray() << retry << qint64(-1) << true << false;
        QTest::newRow("500") << 2 << 500 << QByteArray("oops") << QByteArray() << retry << qint64(-1) << true << false;
        QTest::newRow("501") << 2 << 501 << QByteArray() << QByteArray() << failed << qint64(-1) << true << false;
        QTest::newRow("502") << 2 << 502 << QByteArray() << QByteArray() << retry << qint64(-1) << true << false;
        QTest::newRow("503 Retry-After 7")
            << 2 << 503 << QByteArray() << QByteArray("7") << retry << qint64(7000) << true << false;
        QTest::newRow("504") << 2 << 504 << QByteArray() << QByteArray() << retry << qint64(-1) << true << false;
        QTest::newRow("505") << 2 << 505 << QByteArray() << QByteArray() << failed << qint64(-1) << true << false;
        QTest::newRow("511") << 2 << 511 << QByteArray() << QByteArray() << failed << qint64(-1) << true << false;
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
        SinkHeaders headers { { "Content-Type", "application/json" } };
        if (!retryAfter.isEmpty())
            headers.append({ "Retry-After", retryAfter });
        sink.script({ SinkResponse::reply(status, body, headers) });
        const SegmentProvider provider = configured(sink.url());
        const EncodedBatch batch = provider.encode(tracks(events), provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        const ProviderResponse response = sendOne(batch.requests[0]);
        QCOMPARE(response.status, status);

        const DeliveryVerdict verdict = provider.classify(batch.requests[0], response);
        QCOMPARE(int(verdict.outcome), outcome);
        QCOMPARE(verdict.retryAfterMs, waitMs);
        QCOMPARE(verdict.countsAsAttempt, counts);
        QCOMPARE(verdict.splitBatch, split);
        QVERIFY(verdict.items.isEmpty());
        if (verdict.outcome == DeliveryOutcome::Delivered) {
            QVERIFY(verdict.reason.isEmpty());
        } else {
            QVERIFY2(verdict.reason.contains(QString::number(status)), qPrintable(verdict.reason));
            if (!body.isEmpty())
                QVERIFY2(verdict.reason.contains(QString::fromUtf8(body)), qPrintable(verdict.reason));
        }
    }

    void testClassifyTransportErrors()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        SegmentProvider provider = configured(sink.url());
        const EncodedBatch batch = provider.encode(tracks(2), provider.limits());

        // The server drops the connection without answering (every time: Qt may try a POST twice).
        sink.setDefault(SinkResponse::close());
        const ProviderResponse reset = sendOne(batch.requests[0]);
        QCOMPARE(reset.status, 0);
        QVERIFY(!reset.transportError.isEmpty());
        DeliveryVerdict verdict = provider.classify(batch.requests[0], reset);
        QCOMPARE(verdict.outcome, DeliveryOutcome::Retry);
        QVERIFY(verdict.countsAsAttempt);
        QCOMPARE(verdict.reason, reset.transportError);

        // The server never answers.
        sink.setDefault(SinkResponse::hang());
        const ProviderResponse timeout = sendOne(batch.requests[0], 300);
        QCOMPARE(timeout.status, 0);
        QVERIFY(timeout.timedOut);
        verdict = provider.classify(batch.requests[0], timeout);
        QCOMPARE(verdict.outcome, DeliveryOutcome::Retry);
        QVERIFY(!verdict.reason.isEmpty());

        // Nobody listening at all.
        sink.stop();
        const ProviderResponse refused = sendOne(batch.requests[0]);
        QCOMPARE(refused.status, 0);
        QVERIFY(!refused.transportError.isEmpty());
        QCOMPARE(provider.classify(batch.requests[0], refused).outcome, DeliveryOutcome::Retry);
    }
};

QTEST_GUILESS_MAIN(TestSegmentProvider)
#include "tst_segmentprovider.moc"

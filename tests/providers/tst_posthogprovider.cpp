// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// PostHogProvider against a real HTTP sink: /batch/ with api_key in the body, gzip, the six calls mapped to
// PostHog events field by field, uuid from messageId, splitting at 1000 events and 20 000 000 bytes, the
// 900 KiB event limit, configuration errors and PostHog's answers.

#include "providers/dedupids.h"
#include "providers/posthogprovider.h"
#include "providertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <iterator>

using namespace Journey;
using namespace JourneyTest;

namespace {

const QString apiKey = QStringLiteral("phc_TestProjectKey123");

// JSON written with single quotes, which keeps the test data readable (and moc, which does not understand
// raw string literals, on track).
QByteArray q(const char* json)
{
    return QByteArray(json).replace('\'', '"');
}

QJsonObject object(const char* json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(q(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON (%s): %s", qPrintable(error.errorString()), json);
    return document.object();
}

OutboundEvent canonical(const char* json)
{
    const OutboundEvent result = outbound(q(json));
    if (result.message.isEmpty())
        qFatal("bad test JSON: %s", json);
    return result;
}

/// \a json with the uuid PostHog should get for \a messageId.
QJsonObject expected(const char* json, const QString& messageId)
{
    QJsonObject result = object(json);
    result.insert(QStringLiteral("uuid"), DedupIds::uuid(messageId));
    return result;
}

struct Call
{
    const char* name;
    const char* input;
    const char* output;
};

// The six calls with the PostHog event each must become, every field spelled out.
const Call sixCalls[] = {
    { "track",
        "{'type':'track','messageId':'m-track-1','timestamp':'2024-01-15T10:31:00.000Z','userId':'u-123',"
        "'anonymousId':'anon-1','event':'Order Completed',"
        "'properties':{'order_id':'o1','revenue':25,'currency':'USD','products':[{'sku':'s1','quantity':2}]},"
        "'context':{'ip':'203.0.113.9','library':{'name':'analytics-node','version':'2.1.0'},"
        "'page':{'url':'https://shop.example.com:8443/checkout?step=2','path':'/checkout','title':'Checkout',"
        "'referrer':'https://www.google.com/search?q=x','search':'?step=2'},"
        "'os':{'name':'macOS','version':'14.2'},'campaign':{'name':'spring','source':'newsletter','medium':'email'},"
        "'groupId':'acme','device':{'id':'dev-1','type':'desktop'},'screen':{'width':1440,'height':900,'density':2},"
        "'userAgent':'Mozilla/5.0','locale':'en-US','timezone':'Europe/Berlin','traits':{'plan':'pro'}},"
        "'integrations':{'All':true}}",
        "{'event':'Order Completed','distinct_id':'u-123','timestamp':'2024-01-15T10:31:00.000Z','properties':{"
        "'order_id':'o1','revenue':25,'currency':'USD','products':[{'sku':'s1','quantity':2}],"
        "'$ip':'203.0.113.9','$lib':'analytics-node','$lib_version':'2.1.0',"
        "'$current_url':'https://shop.example.com:8443/checkout?step=2','$pathname':'/checkout','$title':'Checkout',"
        "'$referrer':'https://www.google.com/search?q=x','$host':'shop.example.com:8443',"
        "'$referring_domain':'www.google.com','segment_page':{'search':'?step=2'},'$os':'macOS','$os_version':'14.2',"
        "'utm_campaign':'spring','utm_source':'newsletter','utm_medium':'email','$groups':{'company':'acme'},"
        "'$device_type':'desktop','segment_device':{'id':'dev-1'},'$screen_width':1440,'$screen_height':900,"
        "'segment_screen':{'density':2},'$raw_user_agent':'Mozilla/5.0','$locale':'en-US',"
        "'$timezone':'Europe/Berlin','segment_traits':{'plan':'pro'},'segment_anonymousId':'anon-1'}}" },
    { "identify",
        "{'type':'identify','messageId':'m-identify-1','timestamp':'2024-01-15T10:30:00.000Z','userId':'u-123',"
        "'anonymousId':'anon-1','traits':{'email':'a@example.com','name':'Ada','address':{'city':'Berlin'}},"
        "'context':{'ip':'203.0.113.9'}}",
        "{'event':'$identify','distinct_id':'u-123','timestamp':'2024-01-15T10:30:00.000Z','properties':{"
        "'$ip':'203.0.113.9','$set':{'email':'a@example.com','name':'Ada','address':{'city':'Berlin'}},"
        "'$anon_distinct_id':'anon-1'}}" },
    { "page",
        "{'type':'page','messageId':'m-page-1','timestamp':'2024-01-15T10:32:00.000Z','anonymousId':'anon-1',"
        "'name':'Pricing','category':'Docs','properties':{'url':'https://x.example/pricing?ref=nav','path':'/pricing',"
        "'title':'Pricing - X','referrer':'https://news.example.org/item','search':'?ref=nav'},"
        "'context':{'page':{'url':'https://x.example/old','title':'Old'},"
        "'library':{'name':'analytics.js','version':'npm:next-1.70.0'}}}",
        "{'event':'$pageview','distinct_id':'anon-1','timestamp':'2024-01-15T10:32:00.000Z','properties':{"
        "'url':'https://x.example/pricing?ref=nav','path':'/pricing','title':'Pricing - X',"
        "'referrer':'https://news.example.org/item','search':'?ref=nav',"
        "'$current_url':'https://x.example/pricing?ref=nav','$pathname':'/pricing','$title':'Pricing - X',"
        "'$referrer':'https://news.example.org/item','$host':'x.example','$referring_domain':'news.example.org',"
        "'name':'Pricing','category':'Docs','$lib':'analytics.js','$lib_version':'npm:next-1.70.0',"
        "'$geoip_disable':true}}" },
    { "screen",
        "{'type':'screen','messageId':'m-screen-1','timestamp':'2024-01-15T10:33:00.000Z','userId':'u-123',"
        "'name':'Dashboard','category':'Main','properties':{'tab':'overview'},"
        "'context':{'app':{'name':'Acme','version':'3.1','build':'310','namespace':'com.acme.app'},"
        "'device':{'manufacturer':'Apple','model':'iPhone15,2','type':'ios','name':'Ada iPhone'},"
        "'os':{'name':'iOS','version':'17.2'},'ip':'198.51.100.4','network':{'wifi':true}}}",
        "{'event':'$screen','distinct_id':'u-123','timestamp':'2024-01-15T10:33:00.000Z','properties':{"
        "'tab':'overview','$screen_name':'Dashboard','category':'Main','$app_name':'Acme','$app_version':'3.1',"
        "'$app_build':'310','$app_namespace':'com.acme.app','$device_manufacturer':'Apple',"
        "'$device_model':'iPhone15,2','$device_type':'ios','$device_name':'Ada iPhone','$os':'iOS',"
        "'$os_version':'17.2','$ip':'198.51.100.4','segment_network':{'wifi':true}}}" },
    { "group",
        "{'type':'group','messageId':'m-group-1','timestamp':'2024-01-15T10:34:00.000Z','userId':'u-123',"
        "'anonymousId':'anon-1','groupId':'acme','traits':{'name':'Acme Inc','plan':'enterprise'},"
        "'context':{'ip':'203.0.113.9'}}",
        "{'event':'$groupidentify','distinct_id':'$company_acme','timestamp':'2024-01-15T10:34:00.000Z',"
        "'properties':{'$group_type':'company','$group_key':'acme','$group_set':{'name':'Acme "
        "Inc','plan':'enterprise'},"
        "'$ip':'203.0.113.9','segment_userId':'u-123','segment_anonymousId':'anon-1'}}" },
    { "alias",
        "{'type':'alias','messageId':'m-alias-1','timestamp':'2024-01-15T10:35:00.000Z','userId':'u-123',"
        "'previousId':'anon-1'}",
        "{'event':'$create_alias','distinct_id':'u-123','timestamp':'2024-01-15T10:35:00.000Z','properties':{"
        "'distinct_id':'u-123','alias':'anon-1','$geoip_disable':true}}" },
};

OutboundEvent track(const QString& messageId, qsizetype paddingBytes = 0)
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
    OutboundEvent result;
    result.type = EventType::Track;
    result.message = message;
    return result;
}

QList<OutboundEvent> tracks(int count, qsizetype paddingBytes = 0)
{
    QList<OutboundEvent> list;
    for (int i = 0; i < count; ++i)
        list.append(track(QStringLiteral("m-%1").arg(i), paddingBytes));
    return list;
}

QJsonArray batchOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("batch")).toArray();
}

QJsonObject firstEvent(const EncodedBatch& batch)
{
    if (batch.requests.isEmpty())
        return {};
    return batchOf(batch.requests[0].body).at(0).toObject();
}

QJsonObject propertiesOf(const QJsonObject& event)
{
    return event.value(QLatin1String("properties")).toObject();
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

/// The PostHog event of \a padding bytes of padding, as encoded.
qsizetype encodedSize(const PostHogProvider& provider, qsizetype padding)
{
    const EncodedBatch batch = provider.encode({ track(QStringLiteral("probe"), padding) }, provider.limits());
    return QJsonDocument(firstEvent(batch)).toJson(QJsonDocument::Compact).size();
}

} // namespace

class TestPostHogProvider : public QObject
{
    Q_OBJECT

private:
    PostHogProvider configured(const QUrl& endpointOverride = {}, const QJsonObject& extra = {}) const
    {
        PostHogProvider provider;
        QJsonObject settings = extra;
        settings.insert(QStringLiteral("apiKey"), apiKey);
        QString error;
        if (!provider.configure(settings, &error))
            qFatal("configure failed: %s", qPrintable(error));
        if (!endpointOverride.isEmpty())
            provider.setEndpointOverride(endpointOverride);
        return provider;
    }

    QList<OutboundEvent> sixEvents() const
    {
        QList<OutboundEvent> list;
        for (const Call& call : sixCalls)
            list.append(canonical(call.input));
        return list;
    }

private slots:
    void testDescription()
    {
        PostHogProvider provider;
        QCOMPARE(provider.id(), QStringLiteral("posthog"));
        QCOMPARE(provider.displayName(), QStringLiteral("PostHog"));
        QCOMPARE(provider.integrationNames(), QStringList { QStringLiteral("PostHog") });
        QCOMPARE(provider.defaultEndpoint(), QUrl(QStringLiteral("https://us.i.posthog.com")));
        QCOMPARE(provider.settingKeys(),
            (QStringList { QStringLiteral("apiKey"), QStringLiteral("host"), QStringLiteral("groupType") }));
        const BatchLimits limits = provider.limits();
        QCOMPARE(limits.maxEvents, 1000);
        QCOMPARE(limits.maxRequestBytes, qint64(20000000));
        QCOMPARE(limits.maxEventBytes, qint64(921600));
    }

    void testDefaultUrl()
    {
        const PostHogProvider provider = configured();
        QCOMPARE(provider.endpoint(), QUrl(QStringLiteral("https://us.i.posthog.com")));
        const EncodedBatch batch = provider.encode({ track(QStringLiteral("m")) }, provider.limits());
        QCOMPARE(batch.requests[0].url, QUrl(QStringLiteral("https://us.i.posthog.com/batch/")));
    }

    void testWireFormat_data()
    {
        QTest::addColumn<QString>("hostPath"); ///< `host` setting on the sink; "-": no host setting
        QTest::addColumn<QString>("overridePath"); ///< endpoint override on the sink; "-": none
        QTest::addColumn<QString>("expectedPath");
        QTest::newRow("endpoint override") << QStringLiteral("-") << QString() << QStringLiteral("/batch/");
        QTest::newRow("endpoint override with a prefix")
            << QStringLiteral("-") << QStringLiteral("/proxy") << QStringLiteral("/proxy/batch/");
        QTest::newRow("host setting") << QString() << QStringLiteral("-") << QStringLiteral("/batch/");
        QTest::newRow("host setting with a path")
            << QStringLiteral("/ph/") << QStringLiteral("-") << QStringLiteral("/ph/batch/");
    }

    void testWireFormat()
    {
        QFETCH(QString, hostPath);
        QFETCH(QString, overridePath);
        QFETCH(QString, expectedPath);
        HttpSink sink;
        QVERIFY(sink.start());
        sink.setDefault(SinkResponse::reply(200, "{\"status\":1}", { { "Content-Type", "application/json" } }));

        QJsonObject extra;
        if (hostPath != QLatin1String("-"))
            extra.insert(QStringLiteral("host"), QString(sink.url().toString() + hostPath));
        QUrl endpointOverride;
        if (overridePath != QLatin1String("-")) {
            endpointOverride = sink.url();
            endpointOverride.setPath(overridePath);
        }
        const PostHogProvider provider = configured(endpointOverride, extra);
        const QList<OutboundEvent> input = sixEvents();

        const EncodedBatch batch = provider.encode(input, provider.limits());
        QVERIFY(batch.rejected.isEmpty());
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
        QCOMPARE(received.path, expectedPath);
        QVERIFY(received.query.isEmpty());
        QVERIFY(received.header("Authorization").isEmpty());
        QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(received.header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(received.gzipped);
        QVERIFY(received.wireBody.startsWith("\x1f\x8b"));
        QCOMPARE(received.body, request.body);

        const QJsonObject body = QJsonDocument::fromJson(received.body).object();
        QCOMPARE(body.keys(), (QStringList { QStringLiteral("api_key"), QStringLiteral("batch") }));
        QCOMPARE(body.value(QLatin1String("api_key")).toString(), apiKey);
        const QJsonArray items = body.value(QLatin1String("batch")).toArray();
        QCOMPARE(items.size(), qsizetype(std::size(sixCalls)));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Call& call = sixCalls[i];
            const QJsonObject want = expected(call.output, input[i].messageId());
            const QJsonObject got = items[i].toObject();
            if (got != want) {
                qWarning("%s sent:     %s", call.name, QJsonDocument(got).toJson(QJsonDocument::Compact).constData());
                qWarning("%s expected: %s", call.name, QJsonDocument(want).toJson(QJsonDocument::Compact).constData());
            }
            QCOMPARE(got, want);
        }

        // Only the group call loses something: PostHog has no user-to-group membership.
        QCOMPARE(batch.notes.size(), 1);
        QCOMPARE(batch.notes[0].index, 4);
        QVERIFY2(batch.notes[0].text.contains(QLatin1String("u-123")), qPrintable(batch.notes[0].text));
        QVERIFY(batch.notes[0].text.contains(QLatin1String("acme")));
        QVERIFY(batch.notes[0].text.contains(QLatin1String("context.groupId")));
    }

    void testIdentifyWithoutUserIdSetsProperties()
    {
        const PostHogProvider provider = configured();
        const EncodedBatch batch = provider.encode({ canonical("{'type':'identify','messageId':'m-i','timestamp':"
                                                               "'2024-01-15T10:30:00.000Z','anonymousId':'anon-7',"
                                                               "'traits':{'plan':'free'}}") },
            provider.limits());
        QCOMPARE(firstEvent(batch),
            expected("{'event':'$set','distinct_id':'anon-7','timestamp':'2024-01-15T10:30:00.000Z','properties':{"
                     "'$set':{'plan':'free'},'$geoip_disable':true}}",
                QStringLiteral("m-i")));
    }

    void testIdentifyWithSameIds()
    {
        const PostHogProvider provider = configured();
        const EncodedBatch batch
            = provider.encode({ canonical("{'type':'identify','messageId':'m-i','timestamp':"
                                          "'2024-01-15T10:30:00.000Z','userId':'u-1','anonymousId':'u-1'}") },
                provider.limits());
        QCOMPARE(firstEvent(batch),
            expected("{'event':'$identify','distinct_id':'u-1','timestamp':'2024-01-15T10:30:00.000Z','properties':{"
                     "'$geoip_disable':true}}",
                QStringLiteral("m-i")));
    }

    void testPageFromContextOnly()
    {
        const PostHogProvider provider = configured();
        const EncodedBatch batch
            = provider.encode({ canonical("{'type':'page','messageId':'m-p','timestamp':"
                                          "'2024-01-15T10:30:00.000Z','userId':'u-1','name':'Intro',"
                                          "'context':{'page':{'url':'https://docs.example/guide/intro',"
                                          "'title':'Intro'},'ip':'192.0.2.1'}}") },
                provider.limits());
        QCOMPARE(firstEvent(batch),
            expected("{'event':'$pageview','distinct_id':'u-1','timestamp':'2024-01-15T10:30:00.000Z','properties':{"
                     "'$current_url':'https://docs.example/guide/intro','$title':'Intro','$host':'docs.example',"
                     "'$pathname':'/guide/intro','name':'Intro','$ip':'192.0.2.1'}}",
                QStringLiteral("m-p")));
        QVERIFY(batch.notes.isEmpty());
    }

    void testPageNameConflictNoted()
    {
        const PostHogProvider provider = configured();
        const EncodedBatch batch = provider.encode({ canonical("{'type':'page','messageId':'m-p','timestamp':"
                                                               "'2024-01-15T10:30:00.000Z','userId':'u-1','name':'Top',"
                                                               "'properties':{'name':'Other'}}") },
            provider.limits());
        QCOMPARE(propertiesOf(firstEvent(batch)).value(QLatin1String("name")).toString(), QStringLiteral("Other"));
        QCOMPARE(batch.notes.size(), 1);
        QVERIFY2(batch.notes[0].text.contains(QLatin1String("Top")), qPrintable(batch.notes[0].text));
    }

    void testGroupTypeSetting()
    {
        const PostHogProvider provider
            = configured({}, { { QStringLiteral("groupType"), QStringLiteral("organization") } });
        QCOMPARE(provider.groupType(), QStringLiteral("organization"));
        const QList<OutboundEvent> input {
            canonical("{'type':'group','messageId':'m-g','timestamp':'2024-01-15T10:30:00.000Z','userId':'u-1',"
                      "'groupId':'acme','traits':{'name':'Acme'}}"),
            canonical("{'type':'track','messageId':'m-t','timestamp':'2024-01-15T10:30:00.000Z','userId':'u-1',"
                      "'event':'Opened','context':{'groupId':'acme'}}"),
        };
        const EncodedBatch batch = provider.encode(input, provider.limits());
        const QJsonArray items = batchOf(batch.requests[0].body);
        QCOMPARE(items[0].toObject(),
            expected(
                "{'event':'$groupidentify','distinct_id':'$organization_acme','timestamp':'2024-01-15T10:30:00.000Z',"
                "'properties':{'$group_type':'organization','$group_key':'acme','$group_set':{'name':'Acme'},"
                "'segment_userId':'u-1','$geoip_disable':true}}",
                QStringLiteral("m-g")));
        QCOMPARE(propertiesOf(items[1].toObject()).value(QLatin1String("$groups")).toObject(),
            object("{'organization':'acme'}"));
    }

    void testTimestampNormalised()
    {
        const PostHogProvider provider = configured();
        const EncodedBatch batch
            = provider.encode({ canonical("{'type':'track','messageId':'m','timestamp':"
                                          "'2024-01-15T11:31:00.5+01:00','userId':'u','event':'E'}") },
                provider.limits());
        QCOMPARE(
            firstEvent(batch).value(QLatin1String("timestamp")).toString(), QStringLiteral("2024-01-15T10:31:00.500Z"));
    }

    void testNumericIds()
    {
        const PostHogProvider provider = configured();
        const EncodedBatch batch = provider.encode({ canonical("{'type':'group','messageId':'m','timestamp':"
                                                               "'2024-01-15T10:31:00.000Z','userId':42,'groupId':7}") },
            provider.limits());
        const QJsonObject sent = firstEvent(batch);
        QCOMPARE(sent.value(QLatin1String("distinct_id")).toString(), QStringLiteral("$company_7"));
        QCOMPARE(propertiesOf(sent).value(QLatin1String("segment_userId")).toString(), QStringLiteral("42"));
        QCOMPARE(propertiesOf(sent).value(QLatin1String("$group_key")).toString(), QStringLiteral("7"));
    }

    void testUnusedFieldsNoted()
    {
        const PostHogProvider provider = configured();
        const EncodedBatch batch = provider.encode(
            { track(QStringLiteral("ok")),
                canonical(
                    "{'type':'track','messageId':'m','timestamp':'2024-01-15T10:31:00.000Z','userId':'u','event':'E',"
                    "'traits':{'a':1},'foo':'bar','receivedAt':'2024-01-15T10:31:01.000Z','sentAt':'2024-01-15T10:31:"
                    "00.900Z'}") },
            provider.limits());
        QCOMPARE(batch.requests.size(), 1);
        QCOMPARE(batch.requests[0].items, (QList<int> { 0, 1 }));
        QCOMPARE(batch.notes.size(), 1);
        QCOMPARE(batch.notes[0].index, 1);
        QVERIFY2(batch.notes[0].text.contains(QLatin1String("foo")), qPrintable(batch.notes[0].text));
        QVERIFY(batch.notes[0].text.contains(QLatin1String("traits")));
        QVERIFY(!batch.notes[0].text.contains(QLatin1String("receivedAt")));
    }

    void testRejections_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no ids") << q(
            "{'type':'track','messageId':'r','timestamp':'2024-01-15T10:31:00.000Z','event':'E'}")
                                << QStringLiteral("distinct_id");
        QTest::newRow("empty ids") << q(
            "{'type':'page','messageId':'r','timestamp':'2024-01-15T10:31:00.000Z','userId':'','anonymousId':''}")
                                   << QStringLiteral("distinct_id");
        QTest::newRow("track without event")
            << q("{'type':'track','messageId':'r','timestamp':'2024-01-15T10:31:00.000Z','userId':'u'}")
            << QStringLiteral("event name");
        QTest::newRow("group without groupId")
            << q("{'type':'group','messageId':'r','timestamp':'2024-01-15T10:31:00.000Z','userId':'u'}")
            << QStringLiteral("groupId");
        QTest::newRow("alias without previousId")
            << q("{'type':'alias','messageId':'r','timestamp':'2024-01-15T10:31:00.000Z','userId':'u'}")
            << QStringLiteral("previousId");
    }

    void testRejections()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const PostHogProvider provider = configured();
        const EncodedBatch batch = provider.encode(
            { track(QStringLiteral("a")), outbound(json), track(QStringLiteral("b")) }, provider.limits());
        QCOMPARE(batch.rejected.size(), 1);
        QCOMPARE(batch.rejected[0].index, 1);
        QVERIFY2(batch.rejected[0].text.contains(mentions), qPrintable(batch.rejected[0].text));
        QCOMPARE(allItems(batch), (QList<int> { 0, 2 }));
        QCOMPARE(batchOf(batch.requests[0].body).size(), 2);
    }

    void testDedupUuid()
    {
        const PostHogProvider provider = configured();
        const QString uuidMessageId = QStringLiteral("0190A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B");
        const QList<OutboundEvent> input { track(QStringLiteral("node-next-1-abc")),
            track(QStringLiteral("node-next-1-abc")), track(QStringLiteral("node-next-2-abc")), track(uuidMessageId) };
        const QJsonArray first = batchOf(provider.encode(input, provider.limits()).requests[0].body);
        const QJsonArray second = batchOf(provider.encode(input, provider.limits()).requests[0].body);
        QCOMPARE(first, second); // no sent_at, nothing time-dependent: a retry sends the same bytes
        const auto uuidOf = [&first](int i) { return first[i].toObject().value(QLatin1String("uuid")).toString(); };
        QCOMPARE(uuidOf(0), DedupIds::uuid(QStringLiteral("node-next-1-abc")));
        QCOMPARE(uuidOf(0).size(), 36);
        QCOMPARE(uuidOf(1), uuidOf(0));
        QVERIFY(uuidOf(2) != uuidOf(0));
        QCOMPARE(uuidOf(3), uuidMessageId.toLower());
        QCOMPARE(provider.encode(input, provider.limits()).requests[0].body,
            provider.encode(input, provider.limits()).requests[0].body);
    }

    void testSplitAtCountLimit()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        const PostHogProvider provider = configured(sink.url());
        const EncodedBatch batch = provider.encode(tracks(2001), provider.limits());
        QVERIFY(batch.rejected.isEmpty());
        QCOMPARE(batch.requests.size(), 3);
        QCOMPARE(batch.requests[0].items, range(0, 1000));
        QCOMPARE(batch.requests[1].items, range(1000, 2000));
        QCOMPARE(batch.requests[2].items, QList<int> { 2000 });
        for (const ProviderResponse& response : sendAll(batch))
            QCOMPARE(response.status, 200);
        QCOMPARE(sink.requests().size(), 3);
        QSet<QString> uuids;
        for (const SinkRequest& received : sink.requests()) {
            for (const QJsonValue& item : batchOf(received.body))
                uuids.insert(item.toObject().value(QLatin1String("uuid")).toString());
        }
        QCOMPARE(uuids.size(), 2001);
    }

    void testSplitAtByteLimit()
    {
        // 25 events of 850 000 bytes are 21 MB: requests are filled up to 20 000 000 bytes.
        HttpSink sink;
        QVERIFY(sink.start());
        const PostHogProvider provider = configured(sink.url());
        const BatchLimits limits = provider.limits();
        const EncodedBatch batch = provider.encode(tracks(25, 850 * 1000), limits);
        QVERIFY(batch.rejected.isEmpty());
        QCOMPARE(batch.requests.size(), 2);
        QCOMPARE(allItems(batch), range(0, 25));
        QVERIFY(batch.requests[0].body.size() <= limits.maxRequestBytes);
        const qsizetype eventSize = encodedSize(provider, 850 * 1000);
        QVERIFY(batch.requests[0].body.size() + 1 + eventSize > limits.maxRequestBytes);
        QCOMPARE(batch.requests[0].items.size(), 23);
        const QList<ProviderResponse> responses = sendAll(batch, 30000);
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
        const PostHogProvider provider = configured();
        BatchLimits limits = provider.limits();
        limits.maxEvents = 2;
        QCOMPARE(provider.encode(tracks(5), limits).requests.size(), 3);
        limits.maxEvents = 1000;
        limits.maxRequestBytes = 2000;
        const EncodedBatch batch = provider.encode(tracks(10, 500), limits);
        QCOMPARE(allItems(batch), range(0, 10));
        QVERIFY(batch.requests.size() >= 4);
        for (const ProviderRequest& request : batch.requests) {
            QVERIFY(request.body.size() <= 2000);
            QCOMPARE(batchOf(request.body).size(), request.items.size());
        }
    }

    void testEventSizeLimit()
    {
        const PostHogProvider provider = configured();
        const BatchLimits limits = provider.limits();
        const qsizetype base = encodedSize(provider, 1) - 1;
        const QList<OutboundEvent> input {
            track(QStringLiteral("probe"), limits.maxEventBytes - base),
            track(QStringLiteral("probe"), limits.maxEventBytes - base + 1),
            track(QStringLiteral("small")),
        };
        QCOMPARE(encodedSize(provider, limits.maxEventBytes - base), limits.maxEventBytes);
        const EncodedBatch batch = provider.encode(input, limits);
        QCOMPARE(batch.rejected.size(), 1);
        QCOMPARE(batch.rejected[0].index, 1);
        QVERIFY2(batch.rejected[0].text.contains(QString::number(limits.maxEventBytes + 1)),
            qPrintable(batch.rejected[0].text));
        QCOMPARE(allItems(batch), (QList<int> { 0, 2 }));
    }

    void testEventLargerThanRequestLimit()
    {
        const PostHogProvider provider = configured();
        BatchLimits limits = provider.limits();
        limits.maxRequestBytes = 400;
        const EncodedBatch batch
            = provider.encode({ track(QStringLiteral("a")), track(QStringLiteral("b"), 500) }, limits);
        QCOMPARE(batch.rejected.size(), 1);
        QCOMPARE(batch.rejected[0].index, 1);
        QVERIFY(batch.rejected[0].text.contains(QLatin1String("400")));
        QCOMPARE(allItems(batch), QList<int> { 0 });
    }

    void testConfigure_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorMentions");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("api key only") << q("{'apiKey':'phc_abc'}") << QString()
                                      << QStringLiteral("https://us.i.posthog.com");
        QTest::newRow("EU host") << q("{'apiKey':'phc_abc','host':'https://eu.i.posthog.com'}") << QString()
                                 << QStringLiteral("https://eu.i.posthog.com");
        QTest::newRow("self-hosted with path") << q("{'apiKey':'phc_abc','host':'http://posthog.internal:8000/ingest'}")
                                               << QString() << QStringLiteral("http://posthog.internal:8000/ingest");
        QTest::newRow("app host us") << q("{'apiKey':'phc_abc','host':'https://us.posthog.com'}") << QString()
                                     << QStringLiteral("https://us.i.posthog.com");
        QTest::newRow("app host eu") << q("{'apiKey':'phc_abc','host':'https://eu.posthog.com/'}") << QString()
                                     << QStringLiteral("https://eu.i.posthog.com");
        QTest::newRow("app host legacy") << q("{'apiKey':'phc_abc','host':'https://app.posthog.com'}") << QString()
                                         << QStringLiteral("https://us.i.posthog.com");
        QTest::newRow("empty host is the default")
            << q("{'apiKey':'phc_abc','host':''}") << QString() << QStringLiteral("https://us.i.posthog.com");
        QTest::newRow("group type") << q("{'apiKey':'phc_abc','groupType':'team'}") << QString()
                                    << QStringLiteral("https://us.i.posthog.com");
        QTest::newRow("missing apiKey") << q("{'host':'https://eu.i.posthog.com'}")
                                        << QStringLiteral("journey.providers.posthog.apiKey") << QString();
        QTest::newRow("empty apiKey") << q("{'apiKey':''}") << QStringLiteral("journey.providers.posthog.apiKey")
                                      << QString();
        QTest::newRow("number apiKey") << q("{'apiKey':12}") << QStringLiteral("journey.providers.posthog.apiKey")
                                       << QString();
        QTest::newRow("personal api key")
            << q("{'apiKey':'phx_abc'}") << QStringLiteral("journey.providers.posthog.apiKey") << QString();
        QTest::newRow("host not a URL") << q("{'apiKey':'phc_abc','host':'eu.i.posthog.com'}")
                                        << QStringLiteral("journey.providers.posthog.host") << QString();
        QTest::newRow("host ftp") << q("{'apiKey':'phc_abc','host':'ftp://eu.i.posthog.com'}")
                                  << QStringLiteral("journey.providers.posthog.host") << QString();
        QTest::newRow("host number") << q("{'apiKey':'phc_abc','host':443}")
                                     << QStringLiteral("journey.providers.posthog.host") << QString();
        QTest::newRow("host with query") << q("{'apiKey':'phc_abc','host':'https://x.example/?a=b'}")
                                         << QStringLiteral("journey.providers.posthog.host") << QString();
        QTest::newRow("empty groupType") << q("{'apiKey':'phc_abc','groupType':''}")
                                         << QStringLiteral("journey.providers.posthog.groupType") << QString();
        QTest::newRow("boolean groupType") << q("{'apiKey':'phc_abc','groupType':true}")
                                           << QStringLiteral("journey.providers.posthog.groupType") << QString();
        QTest::newRow("unknown key") << q("{'apiKey':'phc_abc','projectId':'1'}")
                                     << QStringLiteral("journey.providers.posthog.projectId") << QString();
    }

    void testConfigure()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorMentions);
        QFETCH(QString, endpoint);
        PostHogProvider provider;
        QString error;
        const QJsonObject settings = QJsonDocument::fromJson(json).object();
        QVERIFY(!settings.isEmpty());
        const bool ok = provider.configure(settings, &error);
        QCOMPARE(ok, errorMentions.isEmpty());
        if (ok) {
            QVERIFY(error.isEmpty());
            QCOMPARE(provider.apiKey(), QStringLiteral("phc_abc"));
            QCOMPARE(provider.endpoint(), QUrl(endpoint));
            QCOMPARE(
                provider.groupType(), settings.value(QLatin1String("groupType")).toString(QStringLiteral("company")));
        } else {
            QVERIFY2(error.contains(errorMentions), qPrintable(error));
        }
    }

    void testSecrets()
    {
        PostHogProvider provider;
        QVERIFY(provider.secrets().isEmpty());
        QVERIFY(provider.configure({ { QStringLiteral("apiKey"), apiKey } }, nullptr));
        QCOMPARE(provider.secrets(), QStringList { apiKey });
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
        QTest::addColumn<QString>("reasonMentions");

        const int delivered = int(DeliveryOutcome::Delivered);
        const int retry = int(DeliveryOutcome::Retry);
        const int failed = int(DeliveryOutcome::Failed);
        QTest::newRow("200 status 1") << 2 << 200 << q("{'status':1}") << QByteArray() << delivered << qint64(-1)
                                      << true << false << QString();
        QTest::newRow("200 rust capture") << 2 << 200 << q("{'status':'Ok'}") << QByteArray() << delivered << qint64(-1)
                                          << true << false << QString();
        QTest::newRow("300 is not accepted") << 2 << 300 << QByteArray() << QByteArray() << failed << qint64(-1) << true
                                             << false << QStringLiteral("300");
        QTest::newRow("400 invalid project") << 2 << 400
                                             << q("{'type':'validation_error','code':'invalid_project','detail':'"
                                                  "Invalid Project ID.','attr':'project_id'}")
                                             << QByteArray() << failed << qint64(-1) << true << false
                                             << QStringLiteral("Invalid Project ID. (invalid_project)");
        QTest::newRow("401 invalid api key") << 2 << 401
                                             << q("{'type':'authentication_error','code':'invalid_api_key','detail':'"
                                                  "Project API key invalid. You can find "
                                                  "your project API key in PostHog project settings.'}")
                                             << QByteArray() << failed << qint64(-1) << true << false
                                             << QStringLiteral("Project API key invalid. You can find your project API "
                                                               "key in PostHog project settings. (invalid_api_key)");
        QTest::newRow("401 plain body") << 2 << 401 << QByteArray("unauthorized") << QByteArray() << failed
                                        << qint64(-1) << true << false << QStringLiteral("unauthorized");
        QTest::newRow("413 several: split")
            << 2 << 413 << QByteArray() << QByteArray() << retry << qint64(0) << false << true << QStringLiteral("413");
        QTest::newRow("413 single: failed") << 1 << 413 << QByteArray() << QByteArray() << failed << qint64(-1) << true
                                            << false << QStringLiteral("413");
        QTest::newRow("429 Retry-After 5") << 2 << 429 << QByteArray() << QByteArray("5") << retry << qint64(5000)
                                           << false << false << QStringLiteral("429");
        QTest::newRow("429 without Retry-After") << 2 << 429 << QByteArray() << QByteArray() << retry << qint64(-1)
                                                 << true << false << QStringLiteral("429");
        QTest::newRow("500") << 2 << 500 << QByteArray() << QByteArray() << retry << qint64(-1) << true << false
                             << QStringLiteral("500");
        QTest::newRow("502") << 2 << 502 << QByteArray() << QByteArray() << retry << qint64(-1) << true << false
                             << QStringLiteral("502");
        QTest::newRow("503 Retry-After 9") << 2 << 503 << QByteArray() << QByteArray("9") << retry << qint64(9000)
                                           << true << false << QStringLiteral("503");
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
        QFETCH(QString, reasonMentions);

        HttpSink sink;
        QVERIFY(sink.start());
        SinkHeaders headers { { "Content-Type", "application/json" } };
        if (!retryAfter.isEmpty())
            headers.append({ "Retry-After", retryAfter });
        sink.setDefault(SinkResponse::reply(status, body, headers));
        const PostHogProvider provider = configured(sink.url());
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
        if (reasonMentions.isEmpty()) {
            QVERIFY(verdict.reason.isEmpty());
        } else {
            QVERIFY2(verdict.reason.contains(reasonMentions), qPrintable(verdict.reason));
            QVERIFY2(verdict.reason.contains(QString::number(status)), qPrintable(verdict.reason));
        }
    }

    void testClassifyTransportError()
    {
        HttpSink sink;
        QVERIFY(sink.start());
        sink.setDefault(SinkResponse::close());
        const PostHogProvider provider = configured(sink.url());
        const EncodedBatch batch = provider.encode(tracks(2), provider.limits());
        const ProviderResponse response = sendOne(batch.requests[0]);
        QCOMPARE(response.status, 0);
        QVERIFY(!response.transportError.isEmpty());
        const DeliveryVerdict verdict = provider.classify(batch.requests[0], response);
        QCOMPARE(verdict.outcome, DeliveryOutcome::Retry);
        QCOMPARE(verdict.reason, response.transportError);
    }
};

QTEST_GUILESS_MAIN(TestPostHogProvider)
#include "tst_posthogprovider.moc"

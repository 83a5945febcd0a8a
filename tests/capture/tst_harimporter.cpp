// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// HarImporter over HAR files built, as browser devtools write them, from the requests official SDKs really send
// (tests/data/har and tests/data/collector: recorded and reconstructed bodies): each of the seven providers, in
// every body encoding a HAR holds (plain text, base64, gzip as base64 or as Latin-1 text, form params, payloads
// in the query). For each request the canonical events must equal what a real collector on 127.0.0.1 makes of the
// same request sent over HTTP. Then what is not imported (other hosts, preflights, flags, rejected bodies), masked
// secrets, malformed files with errors naming the entry and the member, cancellation and added hosts.

#include "../collector/collectorfixture.h"

#include "capture/capturefile.h"
#include "capture/harimporter.h"
#include "collector/requestrouter.h"
#include "core/gzipcodec.h"
#include "core/timestamp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <atomic>

using namespace Journey;
using namespace JourneyTest;

namespace {

QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

QByteArray dataFile(const char* path)
{
    QFile file(QStringLiteral(JOURNEY_TEST_DATA "/") + QLatin1String(path));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

/// How the HAR file holds the body.
enum class HarBody {
    None, ///< no postData (GET)
    Text, ///< postData.text, UTF-8
    Base64, ///< postData.text base64 with "encoding":"base64"
    Latin1, ///< postData.text, each byte one character (binary bodies as some tools write them)
    Params, ///< postData.params only (a form)
};

/// One request as an SDK sent it: what the HAR file records and what the collector receives.
struct Wire
{
    const char* name;
    QString url;
    QByteArray method;
    HeaderList headers;
    QByteArray body; ///< bytes on the wire
    HarBody har;
    const char* provider; ///< the report's key
    int events;
    /// Some events' timestamps derive from the arrival (no timestamp of their own, or Segment's sentAt skew
    /// correction) or their ids are generated: compare timestamps as absolute or relative to the arrival, and not
    /// messageIds.
    bool arrivalRelative = false;
};

QList<Wire> wires()
{
    const QByteArray gtagBatchQuery = dataFile("har/gtag-ecommerce-batch.query.txt");
    const QByteArray gtagPageView = dataFile("har/gtag-page-view.query.txt");
    return {
        { "segment analytics.js /v1/t text/plain", QStringLiteral("https://api.segment.io/v1/t"), "POST",
            { { "Content-Type", "text/plain" }, { "Authorization", "Basic U2VnOHdLZXkwMTIzNDU2Nzg5YWJjZGVmOg==" },
                { "Cookie", "ajs_anonymous_id=5a8f6e2c; session=s3cr3t-cookie" }, { "Origin", "https://shop.example.com" } },
            dataFile("har/analyticsjs-5-track.json"), HarBody::Text, "segment", 1 },
        { "segment analytics-node batch, gzip as base64", QStringLiteral("https://events.eu1.segmentapis.com/v1/batch"),
            "POST", { { "Content-Type", "application/json" }, { "Content-Encoding", "gzip" } },
            GzipCodec::compress(dataFile("segment/analytics-node-batch.json")), HarBody::Base64, "segment", 3, true },
        { "rudderstack node batch, recorded gzip", QStringLiteral("https://acmeshop.dataplane.rudderstack.com/v1/batch"),
            "POST",
            { { "Accept", "application/json, text/plain, */*" }, { "Content-Type", "application/x-www-form-urlencoded" },
                { "user-agent", "analytics-node/3.0.13" }, { "Content-Encoding", "gzip" },
                { "Authorization", "Basic MlJrNGRTZWNyZXRXcml0ZUtleTl4WTo=" } },
            dataFile("har/rudderstack-node-3.0.13-batch.json.gz"), HarBody::Base64, "rudderstack", 2, true },
        { "mixpanel-js form data=JSON", QStringLiteral("https://api-js.mixpanel.com/track/?verbose=1&ip=1&_=1718000005000"),
            "POST", { { "Content-Type", "application/x-www-form-urlencoded" } },
            dataFile("collector/mixpanel/js-2.55.0-batch-json-form.txt"), HarBody::Text, "mixpanel", 2 },
        { "mixpanel-node GET ?data=base64",
            QStringLiteral("https://api.mixpanel.com/track?") + QString::fromLatin1(dataFile("collector/mixpanel/node-0.24.0-track-get.txt")),
            "GET", {}, {}, HarBody::None, "mixpanel", 1 },
        { "mixpanel-python form as params", QStringLiteral("https://api-eu.mixpanel.com/track"), "POST",
            { { "Content-Type", "application/x-www-form-urlencoded" } },
            dataFile("collector/mixpanel/python-4.9.0-track-form.txt"), HarBody::Params, "mixpanel", 1 },
        { "amplitude browser JSON as base64", QStringLiteral("https://api2.amplitude.com/2/httpapi"), "POST",
            { { "Content-Type", "application/json" } }, dataFile("collector/amplitude/browser-2.11-page-viewed.json"),
            HarBody::Base64, "amplitude", 1 },
        { "amplitude identify form", QStringLiteral("https://api.eu.amplitude.com/identify"), "POST",
            { { "Content-Type", "application/x-www-form-urlencoded" } }, dataFile("collector/amplitude/identify-form.txt"),
            HarBody::Text, "amplitude", 2, true },
        { "posthog-js gzip-js as Latin-1 text",
            QStringLiteral("https://us.i.posthog.com/e/?ip=1&_=1738555507000&ver=1.200.0&compression=gzip-js"), "POST",
            { { "Content-Type", "text/plain" } }, GzipCodec::compress(dataFile("collector/posthog/js-1.x-batch.json")),
            HarBody::Latin1, "posthog", 3 },
        { "posthog-node batch, recorded gzip", QStringLiteral("https://eu.i.posthog.com/batch/"), "POST",
            { { "Content-Type", "application/json" }, { "Content-Encoding", "gzip" }, { "User-Agent", "posthog-node/5.70.0" } },
            dataFile("collector/posthog/node-5.70-batch.json.gz"), HarBody::Base64, "posthog", 12 },
        { "ga4 measurement protocol JSON",
            QStringLiteral("https://www.google-analytics.com/mp/collect?measurement_id=G-TEST123&api_secret=Xy9_secret-Ab12"),
            "POST", { { "Content-Type", "application/json" } }, dataFile("collector/ga4/mp-web.json"), HarBody::Text, "ga4",
            3, true },
        { "ga4 gtag GET query", QStringLiteral("https://region1.google-analytics.com/g/collect?") + QString::fromLatin1(gtagPageView),
            "GET", {}, {}, HarBody::None, "ga4", 1, true },
        { "ga4 gtag batched POST", QStringLiteral("https://analytics.google.com/g/collect?") + QString::fromLatin1(gtagBatchQuery),
            "POST", { { "Content-Type", "text/plain;charset=UTF-8" } }, dataFile("har/gtag-ecommerce-batch.body.txt"),
            HarBody::Text, "ga4", 2, true },
        { "heap track JSON", QStringLiteral("https://heapanalytics.com/api/track"), "POST",
            { { "Content-Type", "application/json" } }, dataFile("collector/heap/node-1.0.1-track.json"), HarBody::Text,
            "heap", 1, true },
    };
}

/// A request as Chrome DevTools writes it into a HAR file.
QJsonObject harEntry(const QString& url, const QByteArray& method, const HeaderList& headers, const QByteArray& body,
    HarBody har, qint64 startedAt, int status = 200)
{
    QJsonArray headerArray;
    for (const auto& [name, value] : headers)
        headerArray.append(QJsonObject { { QStringLiteral("name"), QString::fromLatin1(name) },
            { QStringLiteral("value"), QString::fromUtf8(value) } });
    QJsonArray queryArray;
    for (const auto& [name, value] : QUrlQuery(QUrl(url)).queryItems(QUrl::FullyDecoded))
        queryArray.append(QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } });
    QJsonObject request { { QStringLiteral("method"), QString::fromLatin1(method) }, { QStringLiteral("url"), url },
        { QStringLiteral("httpVersion"), QStringLiteral("http/2.0") }, { QStringLiteral("headers"), headerArray },
        { QStringLiteral("queryString"), queryArray }, { QStringLiteral("cookies"), QJsonArray() },
        { QStringLiteral("headersSize"), -1 }, { QStringLiteral("bodySize"), int(body.size()) } };
    const QString mimeType = QString::fromLatin1(CollectorRequest::header(headers, "content-type"));
    switch (har) {
    case HarBody::None:
        break;
    case HarBody::Text:
        request.insert(QStringLiteral("postData"),
            QJsonObject { { QStringLiteral("mimeType"), mimeType }, { QStringLiteral("text"), QString::fromUtf8(body) } });
        break;
    case HarBody::Base64:
        request.insert(QStringLiteral("postData"),
            QJsonObject { { QStringLiteral("mimeType"), mimeType },
                { QStringLiteral("text"), QString::fromLatin1(body.toBase64()) }, { QStringLiteral("encoding"), QStringLiteral("base64") } });
        break;
    case HarBody::Latin1:
        request.insert(QStringLiteral("postData"),
            QJsonObject { { QStringLiteral("mimeType"), mimeType }, { QStringLiteral("text"), QString::fromLatin1(body) } });
        break;
    case HarBody::Params: {
        QJsonArray params;
        for (const QByteArray& pair : body.split('&')) {
            const qsizetype equals = pair.indexOf('=');
            QByteArray name = pair.left(equals);
            QByteArray value = pair.mid(equals + 1);
            name.replace('+', ' ');
            value.replace('+', ' ');
            params.append(QJsonObject { { QStringLiteral("name"), QString::fromUtf8(QByteArray::fromPercentEncoding(name)) },
                { QStringLiteral("value"), QString::fromUtf8(QByteArray::fromPercentEncoding(value)) } });
        }
        request.insert(QStringLiteral("postData"),
            QJsonObject { { QStringLiteral("mimeType"), mimeType }, { QStringLiteral("params"), params } });
        break;
    }
    }
    return QJsonObject {
        { QStringLiteral("_initiator"), QJsonObject { { QStringLiteral("type"), QStringLiteral("script") } } },
        { QStringLiteral("_priority"), QStringLiteral("High") },
        { QStringLiteral("_resourceType"), QStringLiteral("fetch") },
        { QStringLiteral("cache"), QJsonObject() },
        { QStringLiteral("startedDateTime"), Timestamp::toIso8601String(startedAt) },
        { QStringLiteral("time"), 42.5 },
        { QStringLiteral("request"), request },
        { QStringLiteral("response"),
            QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("statusText"), QString() },
                { QStringLiteral("httpVersion"), QStringLiteral("http/2.0") }, { QStringLiteral("headers"), QJsonArray() },
                { QStringLiteral("content"), QJsonObject { { QStringLiteral("size"), 0 }, { QStringLiteral("mimeType"), QStringLiteral("text/plain") } } },
                { QStringLiteral("redirectURL"), QString() } } },
        { QStringLiteral("timings"), QJsonObject { { QStringLiteral("send"), 0.1 }, { QStringLiteral("wait"), 40 } } },
    };
}

QJsonObject harEntry(const Wire& wire, qint64 startedAt, int status = 200)
{
    return harEntry(wire.url, wire.method, wire.headers, wire.body, wire.har, startedAt, status);
}

/// A whole HAR file around \a entries.
QByteArray harFile(const QJsonArray& entries)
{
    const QJsonObject log { { QStringLiteral("version"), QStringLiteral("1.2") },
        { QStringLiteral("creator"), QJsonObject { { QStringLiteral("name"), QStringLiteral("WebInspector") }, { QStringLiteral("version"), QStringLiteral("537.36") } } },
        { QStringLiteral("pages"), QJsonArray() }, { QStringLiteral("entries"), entries } };
    return QJsonDocument(QJsonObject { { QStringLiteral("log"), log } }).toJson();
}

/// A page load and other traffic of the site itself, none of it analytics.
QJsonArray siteTraffic(qint64 at)
{
    return {
        harEntry(QStringLiteral("https://shop.example.com/pricing?plan=pro"), "GET", { { "Cookie", "session=s3cr3t-cookie" } }, {}, HarBody::None, at),
        harEntry(QStringLiteral("https://cdn.segment.com/analytics.js/v1/Seg8wKey0123456789abcdef/analytics.min.js"), "GET", {}, {}, HarBody::None, at + 1),
        harEntry(QStringLiteral("https://api.example.com/v2/cart?session_token=tok_live_abcdef123456&id=7"), "POST",
            { { "Content-Type", "application/json" }, { "Authorization", "Bearer site-bearer-secret-0001" } },
            q("{'items':[1,2]}"), HarBody::Text, at + 2),
        harEntry(QStringLiteral("wss://push.example.com/socket"), "GET", {}, {}, HarBody::None, at + 3, 101),
        // As Chrome writes it: '|' left unescaped in the query.
        harEntry(QStringLiteral("https://fonts.googleapis.com/css?family=Roboto|Open+Sans"), "GET", {}, {}, HarBody::None, at + 4),
    };
}

/// The canonical message without what depends on when it arrived (see Wire::arrivalRelative).
QJsonObject comparable(const EventBatch& events, int i, bool arrivalRelative)
{
    QJsonObject object = QJsonDocument::fromJson(events.payload(i).toByteArray()).object();
    object.remove(QLatin1String("receivedAt"));
    if (arrivalRelative) {
        object.remove(QLatin1String("messageId"));
        object.remove(QLatin1String("timestamp"));
    }
    return object;
}

/// The same time, or the same time before the arrival.
bool sameTimestamp(const EventBatch& a, int i, const EventBatch& b, int k)
{
    return a.timestamp(i) == b.timestamp(k) || a.receivedAt(i) - a.timestamp(i) == b.receivedAt(k) - b.timestamp(k);
}

/// The collector's path for \a url: path and query, encoded as sent.
QByteArray wirePath(const QString& url)
{
    const QUrl parsed(url);
    QByteArray path = parsed.path(QUrl::FullyEncoded).toLatin1();
    if (parsed.hasQuery())
        path += '?' + parsed.query(QUrl::FullyEncoded).toLatin1();
    return path;
}

} // namespace

class HarImporterTest : public QObject
{
    Q_OBJECT

private:
    CollectorFixture m_collector;
    int m_collectorEvents = 0;

    /// Sends \a wire to the collector and gives back the events it stored for it.
    bool collectorEvents(const Wire& wire, EventBatch& out)
    {
        const auto reply = m_collector.request(wire.method, wirePath(wire.url), wire.body, wire.headers);
        if (!reply) {
            qWarning("collector: %s", qPrintable(m_collector.lastError()));
            return false;
        }
        if (reply->status / 100 != 2) {
            qWarning("collector answered %d: %s", reply->status, reply->body.constData());
            return false;
        }
        EventBatch all;
        if (!m_collector.readStore(all))
            return false;
        out.clear();
        for (int i = m_collectorEvents; i < all.size(); ++i)
            out.appendFrom(all, i);
        m_collectorEvents = all.size();
        return true;
    }

    static bool import(const QByteArray& har, Capture& capture, HarImportReport& report, QString* error,
        HarImporter::Options options = {})
    {
        HarImporter importer(std::move(options));
        return importer.importData(har, QStringLiteral("devtools.har"), capture, report, error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_collector.start(CollectorConfig(), &error), qPrintable(error));
    }

    void cleanupTestCase() { m_collector.stop(); }

    void eachProviderAsTheCollectorDecodesIt_data()
    {
        QTest::addColumn<int>("row");
        const QList<Wire> all = wires();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << i;
    }

    void eachProviderAsTheCollectorDecodesIt()
    {
        QFETCH(int, row);
        const Wire wire = wires().at(row);
        const qint64 startedAt = Timestamp::nowMs() - 1500;

        QJsonArray entries = siteTraffic(startedAt - 100);
        entries.append(harEntry(wire, startedAt, wire.method == "GET" ? 200 : 204));
        Capture capture;
        HarImportReport report;
        QString error;
        QVERIFY2(import(harFile(entries), capture, report, &error), qPrintable(error));

        QCOMPARE(report.requestsSeen, 6);
        QCOMPARE(report.unrecognised.size(), 5);
        QVERIFY2(report.rejected.isEmpty(), qPrintable(report.toText()));
        QCOMPARE(report.imported.size(), 1);
        QCOMPARE(report.imported[0].entry, 5);
        QCOMPARE(HarImportReport::providerKey(report.imported[0].provider), QLatin1String(wire.provider));
        QCOMPARE(report.eventsImported, wire.events);
        QCOMPARE(report.providers.size(), 1);
        QCOMPARE(report.providers[0].events, wire.events);
        QVERIFY(report.hasImports());

        QCOMPARE(capture.info.name, QStringLiteral("devtools"));
        QCOMPARE(capture.info.origin, QStringLiteral("har:devtools.har"));
        QCOMPARE(capture.requestCount(), 1);
        QCOMPARE(capture.eventCount(), wire.events);
        const CapturedRequest& request = capture.request(0);
        const QUrl url(wire.url);
        QCOMPARE(request.host, url.host());
        QCOMPARE(request.path, url.path());
        QCOMPARE(request.method, wire.method);
        QCOMPARE(request.receivedAt, startedAt);
        QCOMPARE(request.status, wire.method == "GET" ? 200 : 204);
        QCOMPARE(request.eventCount, wire.events);
        for (const auto& header : request.headers) {
            for (const char* dropped : { "cookie", "content-length", "content-encoding" })
                QVERIFY2(header.first.compare(dropped, Qt::CaseInsensitive) != 0, header.first.constData());
        }
        QVERIFY(!request.body.startsWith("\x1f\x8b")); // kept decoded
        for (int i = 0; i < capture.eventCount(); ++i) {
            QCOMPARE(capture.events().receivedAt(i), startedAt);
            QCOMPARE(capture.requestIndex(i), 0);
        }

        // The same request through a real collector gives the same canonical events.
        EventBatch expected;
        QVERIFY(collectorEvents(wire, expected));
        QCOMPARE(expected.size(), wire.events);
        for (int i = 0; i < wire.events; ++i) {
            const EventBatch& got = capture.events();
            QCOMPARE(got.type(i), expected.type(i));
            QCOMPARE(got.source(i), expected.source(i));
            QCOMPARE(got.userId(i), expected.userId(i));
            QCOMPARE(got.anonymousId(i), expected.anonymousId(i));
            QCOMPARE(got.name(i), expected.name(i));
            QCOMPARE(got.groupId(i), expected.groupId(i));
            if (!wire.arrivalRelative) {
                QCOMPARE(got.messageId(i), expected.messageId(i));
                QCOMPARE(got.timestamp(i), expected.timestamp(i));
            } else {
                QVERIFY(sameTimestamp(got, i, expected, i));
            }
            const QJsonObject mine = comparable(got, i, wire.arrivalRelative);
            const QJsonObject theirs = comparable(expected, i, wire.arrivalRelative);
            QVERIFY2(mine == theirs,
                qPrintable(QStringLiteral("event %1\nHAR:       %2\ncollector: %3")
                               .arg(i)
                               .arg(QString::fromUtf8(QJsonDocument(mine).toJson(QJsonDocument::Compact)),
                                   QString::fromUtf8(QJsonDocument(theirs).toJson(QJsonDocument::Compact)))));
        }

        // What the capture keeps decodes again, masked as it is, to the same events (replay relies on it).
        const RequestRouter router { CollectorConfig() };
        CollectorRequest again = request.toCollectorRequest();
        RequestDecoder* decoder = router.route(again);
        QVERIFY2(decoder, qPrintable(request.path));
        DecodedRequest decoded;
        decoder->decode(again, decoded);
        QVERIFY2(decoded.status == 200, qPrintable(decoded.message));
        QCOMPARE(decoded.events.size(), wire.events);
        for (int i = 0; i < wire.events; ++i) {
            QJsonObject mine = comparable(capture.events(), i, false);
            QJsonObject redone = comparable(decoded.events, i, false);
            if (wire.arrivalRelative) {
                mine.remove(QLatin1String("messageId"));
                redone.remove(QLatin1String("messageId"));
            }
            QCOMPARE(redone, mine);
        }
    }

    void gtagHitsMapLikeTheMeasurementProtocol()
    {
        const QList<Wire> all = wires();
        const Wire& batch = all[12];
        QCOMPARE(batch.name, "ga4 gtag batched POST");
        Capture capture;
        HarImportReport report;
        QString error;
        QVERIFY2(import(harFile({ harEntry(batch, Timestamp::nowMs()) }), capture, report, &error), qPrintable(error));
        QCOMPARE(capture.eventCount(), 2);
        const QJsonObject cart = QJsonDocument::fromJson(capture.events().payload(0).toByteArray()).object();
        QCOMPARE(cart.value(QLatin1String("type")).toString(), QStringLiteral("track"));
        QCOMPARE(cart.value(QLatin1String("event")).toString(), QStringLiteral("add_to_cart"));
        QCOMPARE(cart.value(QLatin1String("userId")).toString(), QStringLiteral("user-7"));
        QCOMPARE(cart.value(QLatin1String("anonymousId")).toString(), QStringLiteral("1843245190.1732876540"));
        const QJsonObject properties = cart.value(QLatin1String("properties")).toObject();
        QCOMPARE(properties.value(QLatin1String("value")).toDouble(), 59.8);
        QCOMPARE(properties.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(properties.value(QLatin1String("session_id")).toString(), QStringLiteral("1732876540"));
        QCOMPARE(properties.value(QLatin1String("engagement_time_msec")).toDouble(), 2300.0);
        QCOMPARE(properties.value(QLatin1String("page_location")).toString(), QStringLiteral("https://shop.example.com/product/sku-123"));
        const QJsonObject item = properties.value(QLatin1String("items")).toArray().at(0).toObject();
        QCOMPARE(item, QJsonDocument::fromJson(q("{'item_id':'SKU_123','item_name':'Stan and Friends Tee','item_brand':'Google',"
                                                 "'item_category':'Apparel','item_category2':'Adult','item_variant':'green',"
                                                 "'price':29.9,'quantity':2,'color':'green'}"))
                           .object());
        const QJsonObject context = cart.value(QLatin1String("context")).toObject();
        QCOMPARE(context.value(QLatin1String("traits")).toObject(), QJsonDocument::fromJson(q("{'plan':'pro','seats':5}")).object());
        QCOMPARE(context.value(QLatin1String("locale")).toString(), QStringLiteral("en-us"));
        QCOMPARE(context.value(QLatin1String("screen")).toObject(), QJsonDocument::fromJson(q("{'width':1920,'height':1080}")).object());
        QCOMPARE(context.value(QLatin1String("page")).toObject().value(QLatin1String("title")).toString(), QStringLiteral("Stan and Friends Tee"));
        const QJsonObject ga4 = context.value(QLatin1String("ga4")).toObject();
        QCOMPARE(ga4.value(QLatin1String("measurement_id")).toString(), QStringLiteral("G-8XK2Q7ZP1R"));
        QCOMPARE(ga4.value(QLatin1String("hit")).toObject().value(QLatin1String("_c")).toString(), QStringLiteral("1"));
        QCOMPARE(ga4.value(QLatin1String("hit")).toObject().value(QLatin1String("gcd")).toString(), QStringLiteral("13l3l3l3l1l1"));
        const QJsonObject checkout = QJsonDocument::fromJson(capture.events().payload(1).toByteArray()).object();
        QCOMPARE(checkout.value(QLatin1String("event")).toString(), QStringLiteral("begin_checkout"));
        QCOMPARE(checkout.value(QLatin1String("properties")).toObject().value(QLatin1String("coupon")).toString(), QStringLiteral("SUMMER25"));

        // A page_view is a page call named after the title.
        const Wire& page = all[11];
        QVERIFY(import(harFile({ harEntry(page, Timestamp::nowMs()) }), capture, report, &error));
        const QJsonObject view = QJsonDocument::fromJson(capture.events().payload(0).toByteArray()).object();
        QCOMPARE(view.value(QLatin1String("type")).toString(), QStringLiteral("page"));
        QCOMPARE(view.value(QLatin1String("name")).toString(), QStringLiteral("Pricing – Example Shop"));
        QCOMPARE(view.value(QLatin1String("properties")).toObject().value(QLatin1String("url")).toString(),
            QStringLiteral("https://shop.example.com/pricing?plan=pro"));
        QCOMPARE(view.value(QLatin1String("properties")).toObject().value(QLatin1String("referrer")).toString(),
            QStringLiteral("https://www.google.com/"));
        QCOMPARE(view.value(QLatin1String("context")).toObject().value(QLatin1String("page")).toObject(),
            QJsonDocument::fromJson(q("{'url':'https://shop.example.com/pricing?plan=pro','path':'/pricing','search':'?plan=pro',"
                                      "'referrer':'https://www.google.com/','title':'Pricing – Example Shop'}"))
                .object());
    }

    void bodyEncodingVariants()
    {
        const qint64 at = Timestamp::nowMs();
        const QByteArray posthog = dataFile("collector/posthog/node-5.70-batch.json");
        const HeaderList gzipHeaders { { "Content-Type", "application/json" }, { "Content-Encoding", "gzip" } };
        const QString batchUrl = QStringLiteral("https://us.i.posthog.com/batch/");
        QJsonArray entries {
            // gzip, the bytes as base64
            harEntry(batchUrl, "POST", gzipHeaders, GzipCodec::compress(posthog), HarBody::Base64, at),
            // gzip, the bytes as Latin-1 characters
            harEntry(batchUrl, "POST", gzipHeaders, GzipCodec::compress(posthog), HarBody::Latin1, at + 1),
            // a tool that wrote the body decompressed but kept the header
            harEntry(batchUrl, "POST", gzipHeaders, posthog, HarBody::Text, at + 2),
            // plain JSON as base64
            harEntry(batchUrl, "POST", { { "Content-Type", "application/json" } }, posthog, HarBody::Base64, at + 3),
        };
        Capture capture;
        HarImportReport report;
        QString error;
        QVERIFY2(import(harFile(entries), capture, report, &error), qPrintable(error));
        QVERIFY2(report.rejected.isEmpty(), qPrintable(report.toText()));
        QCOMPARE(report.imported.size(), 4);
        QCOMPARE(capture.eventCount(), 4 * 12);
        for (int r = 1; r < 4; ++r) {
            QCOMPARE(capture.eventCountOf(r), 12);
            for (int i = 0; i < 12; ++i)
                QCOMPARE(comparable(capture.events(), r * 12 + i, false), comparable(capture.events(), i, false));
        }
    }

    void unrecognisedAndSkippedAreListedNotImported()
    {
        const qint64 at = Timestamp::nowMs();
        QJsonArray entries = siteTraffic(at);
        // To analytics hosts, but carrying no events: analytics.js's metrics, a preflight, PostHog flags, a UA hit.
        entries.append(harEntry(QStringLiteral("https://api.segment.io/v1/m"), "POST", { { "Content-Type", "text/plain" } },
            q("{'series':[{'type':'Counter','metric':'analytics_js.invoke','value':1}]}"), HarBody::Text, at + 10));
        entries.append(harEntry(QStringLiteral("https://api2.amplitude.com/2/httpapi"), "OPTIONS", {}, {}, HarBody::None, at + 11, 204));
        entries.append(harEntry(QStringLiteral("https://us.i.posthog.com/flags/?v=2"), "POST", { { "Content-Type", "application/json" } },
            q("{'token':'phc_flagtoken0123456789','distinct_id':'d-1'}"), HarBody::Text, at + 12));
        entries.append(harEntry(QStringLiteral("https://www.google-analytics.com/collect?v=1&tid=UA-1-1&cid=1.2&t=pageview"), "GET", {},
            {}, HarBody::None, at + 13));
        // One real event, so that something is imported.
        entries.append(harEntry(wires().at(0), at + 14));

        Capture capture;
        HarImportReport report;
        QString error;
        QVERIFY2(import(harFile(entries), capture, report, &error), qPrintable(error));
        QCOMPARE(report.requestsSeen, 10);
        QCOMPARE(report.eventsImported, 1);
        QCOMPARE(capture.eventCount(), 1);
        QCOMPARE(report.recognisedRequests(), 5);

        QCOMPARE(report.unrecognised.size(), 5);
        QCOMPARE(report.unrecognised[0].method, QStringLiteral("GET"));
        QCOMPARE(report.unrecognised[0].url, QStringLiteral("https://shop.example.com/pricing?plan=…"));
        QCOMPARE(report.unrecognised[1].url,
            QStringLiteral("https://cdn.segment.com/analytics.js/v1/Seg8wKey0123456789abcdef/analytics.min.js"));
        QCOMPARE(report.unrecognised[2].url, QStringLiteral("https://api.example.com/v2/cart?session_token=…&id=…"));
        QCOMPARE(report.unrecognised[2].method, QStringLiteral("POST"));
        QCOMPARE(report.unrecognised[2].entry, 2);
        QCOMPARE(report.unrecognised[3].url, QStringLiteral("wss://push.example.com/socket"));
        QCOMPARE(report.unrecognised[3].status, 101);
        QCOMPARE(report.unrecognised[4].url, QStringLiteral("https://fonts.googleapis.com/css?family=…"));

        QCOMPARE(report.skipped.size(), 4);
        QCOMPARE(report.skipped[0].provider, EventSource::Segment);
        QVERIFY2(report.skipped[0].reason.contains(QLatin1String("not an ingestion endpoint of Segment")), qPrintable(report.skipped[0].reason));
        QVERIFY2(report.skipped[1].reason.contains(QLatin1String("preflight")), qPrintable(report.skipped[1].reason));
        QCOMPARE(report.skipped[2].provider, EventSource::PostHog);
        QVERIFY2(report.skipped[2].reason.contains(QLatin1String("no events")), qPrintable(report.skipped[2].reason));
        QCOMPARE(report.skipped[3].provider, EventSource::GoogleAnalytics4);
        QVERIFY2(report.skipped[3].reason.contains(QLatin1String("/g/collect")), qPrintable(report.skipped[3].reason));

        // The JSON report lists them all; no query value (a session token here) appears anywhere.
        const QByteArray json = QJsonDocument(report.toJson()).toJson();
        const QJsonObject object = report.toJson();
        QCOMPARE(object.value(QLatin1String("requests")).toInt(), 10);
        QCOMPARE(object.value(QLatin1String("unrecognised")).toInt(), 5);
        QCOMPARE(object.value(QLatin1String("skipped")).toInt(), 4);
        QCOMPARE(object.value(QLatin1String("imported")).toInt(), 1);
        QCOMPARE(object.value(QLatin1String("events")).toInt(), 1);
        QCOMPARE(object.value(QLatin1String("unrecognisedRequests")).toArray().size(), 5);
        QCOMPARE(object.value(QLatin1String("providers")).toObject().value(QLatin1String("segment")).toObject().value(QLatin1String("skipped")).toInt(), 1);
        const QString text = report.toText();
        for (const char* secret : { "tok_live_abcdef123456", "site-bearer-secret-0001", "s3cr3t-cookie" }) {
            QVERIFY2(!json.contains(secret), secret);
            QVERIFY2(!text.contains(QLatin1String(secret)), secret);
        }
        QVERIFY2(text.contains(QLatin1String("Unrecognised, not imported (5):")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("#2 POST https://api.example.com/v2/cart?session_token=…&id=…")), qPrintable(text));
    }

    void nothingToImportIsNotAnError()
    {
        Capture capture;
        HarImportReport report;
        QString error;
        QVERIFY2(import(harFile(siteTraffic(Timestamp::nowMs())), capture, report, &error), qPrintable(error));
        QVERIFY(!report.hasImports());
        QCOMPARE(report.requestsSeen, 5);
        QCOMPARE(report.unrecognised.size(), 5);
        QVERIFY(capture.isEmpty());
        // An empty file (devtools with nothing recorded) too.
        QVERIFY2(import(harFile({}), capture, report, &error), qPrintable(error));
        QCOMPARE(report.requestsSeen, 0);
    }

    void rejectedRequestsCarryTheDecodersReason()
    {
        const qint64 at = Timestamp::nowMs();
        const QJsonArray entries {
            harEntry(QStringLiteral("https://api.segment.io/v1/batch"), "POST", { { "Content-Type", "application/json" } },
                q("{'batch':[{'type':'track','userId':'u1','event':'A'"), HarBody::Text, at, 400),
            harEntry(QStringLiteral("https://api.mixpanel.com/track"), "POST", { { "Content-Type", "application/x-www-form-urlencoded" } },
                "data=%%%not-base64", HarBody::Text, at + 1),
            harEntry(QStringLiteral("https://www.google-analytics.com/mp/collect?measurement_id=G-1&api_secret=ga_secret_9876543210"), "POST",
                { { "Content-Type", "application/json" } }, q("{'client_id':'1.2','events':[]}"), HarBody::Text, at + 2),
            harEntry(QStringLiteral("https://us.i.posthog.com/batch/"), "POST", { { "Content-Type", "application/json" }, { "Content-Encoding", "gzip" } },
                QByteArray("\x1f\x8b\x08\x00") + QByteArray("\xef\xbf\xbd\xef\xbf\xbd garbage"), HarBody::Text, at + 3),
        };
        Capture capture;
        HarImportReport report;
        QString error;
        QVERIFY2(import(harFile(entries), capture, report, &error), qPrintable(error));
        QVERIFY(!report.hasImports());
        QVERIFY(capture.isEmpty());
        QCOMPARE(report.rejected.size(), 4);
        QCOMPARE(report.rejected[0].provider, EventSource::Segment);
        QCOMPARE(report.rejected[0].status, 400);
        QVERIFY2(!report.rejected[0].reason.isEmpty(), "no reason");
        QVERIFY2(report.rejected[1].reason.contains(QLatin1String("malformed %-escape")), qPrintable(report.rejected[1].reason));
        QVERIFY2(report.rejected[2].reason.contains(QLatin1String("events: empty")), qPrintable(report.rejected[2].reason));
        QCOMPARE(report.rejected[2].url, QStringLiteral("https://www.google-analytics.com/mp/collect?measurement_id=…&api_secret=…"));
        QVERIFY2(report.rejected[3].reason.contains(QLatin1String("replacement characters")), qPrintable(report.rejected[3].reason));
        QCOMPARE(report.providers.size(), 4);
        const QString text = report.toText();
        QVERIFY2(text.contains(QLatin1String("Rejected by the decoder (4):")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("ga_secret_9876543210")));
    }

    void secretsAreMaskedInEverythingKept()
    {
        const qint64 at = Timestamp::nowMs();
        QJsonArray entries;
        const QList<Wire> all = wires();
        for (int i = 0; i < all.size(); ++i)
            entries.append(harEntry(all[i], at + i));
        // A configured key that an app also wrote into a property.
        entries.append(harEntry(QStringLiteral("https://api.segment.io/v1/track"), "POST", { { "Content-Type", "application/json" } },
            q("{'userId':'u1','event':'Key Leaked','properties':{'note':'cfg-key-0123456789abcd'},'writeKey':'other-key-000000000'}"),
            HarBody::Text, at + 100));
        HarImporter::Options options;
        options.knownSecrets = { "cfg-key-0123456789abcd" };
        Capture capture;
        HarImportReport report;
        QString error;
        QVERIFY2(import(harFile(entries), capture, report, &error, options), qPrintable(error));
        QVERIFY2(report.rejected.isEmpty(), qPrintable(report.toText()));
        QCOMPARE(capture.requestCount(), all.size() + 1);

        const QByteArray file = CaptureFile::serialize(capture);
        const QByteArray reportJson = QJsonDocument(report.toJson()).toJson();
        const QByteArray reportText = report.toText().toUtf8();
        const QByteArrayList secrets {
            "Seg8wKey0123456789abcdef", // analytics.js writeKey, in the body and as Basic auth
            "U2VnOHdLZXkwMTIzNDU2Nzg5YWJjZGVmOg", // … its Basic header
            "2Rk4dSecretWriteKey9xY", "MlJrNGRTZWNyZXRXcml0ZUtleTl4WTo", // RudderStack's Basic auth
            "mp_token_0123456789abcdef", // Mixpanel project token
            "0a1b2c3d4e5f60718293a4b5c6d7e8f9", // Amplitude api_key (JSON and form)
            "phc_browser0123456789abcdef", "phc_recorded0123456789abcdef", // PostHog
            "Xy9_secret-Ab12", // GA4 api_secret in the query
            "s3cr3t-cookie", // cookies are dropped
            "other-key-000000000", "cfg-key-0123456789abcd",
        };
        for (const QByteArray& secret : secrets) {
            QVERIFY2(!file.contains(secret), secret.constData());
            QVERIFY2(!reportJson.contains(secret), secret.constData());
            QVERIFY2(!reportText.contains(secret), secret.constData());
        }
        // Masked, not removed: the last four characters tell keys apart.
        if (!file.contains("\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2" "cdef"))
            qWarning("%s", file.left(4000).constData());
        QVERIFY(file.contains("\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2" "cdef"));
        bool basicKept = false;
        for (const auto& header : capture.request(0).headers)
            basicKept = basicKept || header.second.startsWith("Basic \xE2\x80\xA2");
        QVERIFY(basicKept);
    }

    void malformedHarFiles_data()
    {
        QTest::addColumn<QByteArray>("har");
        QTest::addColumn<QString>("message");

        const auto withEntry = [](const char* entry) -> QByteArray {
            return q("{'log':{'version':'1.2','entries':[{'startedDateTime':'2026-11-29T10:00:00.000Z','request':{'method':'GET','url':'https://x.example/'}},") + q(entry) + "]}}";
        };
        QTest::newRow("not JSON") << QByteArray("GET / HTTP/1.1\r\n") << QStringLiteral("not a HAR file: not valid JSON");
        QTest::newRow("truncated") << q("{'log':{'entries':[{'startedDateTime':") << QStringLiteral("not a HAR file: not valid JSON");
        QTest::newRow("array") << q("[{'log':{}}]") << QStringLiteral("not a HAR file: expected a JSON object with a \"log\" member, got an array");
        QTest::newRow("no log") << q("{'entries':[]}") << QStringLiteral("not a HAR file: no \"log\" object at the top level");
        QTest::newRow("capture file") << q("{'journeyCapture':1,'name':'x'}") << QStringLiteral("not a HAR file: no \"log\" object");
        QTest::newRow("log not object") << q("{'log':[]}") << QStringLiteral("not a HAR file: log: expected an object, got an array");
        QTest::newRow("no entries") << q("{'log':{'version':'1.2'}}") << QStringLiteral("log.entries: required");
        QTest::newRow("entries object") << q("{'log':{'entries':{}}}") << QStringLiteral("log.entries: expected an array, got an object");
        QTest::newRow("entry string") << withEntry("'GET /'") << QStringLiteral("log.entries[1]: expected an object, got a string");
        QTest::newRow("no startedDateTime") << withEntry("{'request':{'method':'GET','url':'https://a/'}}")
                                            << QStringLiteral("log.entries[1].startedDateTime: required");
        QTest::newRow("bad startedDateTime") << withEntry("{'startedDateTime':'yesterday','request':{'method':'GET','url':'https://a/'}}")
                                             << QStringLiteral("log.entries[1].startedDateTime: \"yesterday\" is not an ISO 8601 date and time");
        QTest::newRow("no request") << withEntry("{'startedDateTime':'2026-11-29T10:00:00Z'}") << QStringLiteral("log.entries[1].request: required");
        QTest::newRow("no method") << withEntry("{'startedDateTime':'2026-11-29T10:00:00Z','request':{'url':'https://a/'}}")
                                   << QStringLiteral("log.entries[1].request.method: required");
        QTest::newRow("url number") << withEntry("{'startedDateTime':'2026-11-29T10:00:00Z','request':{'method':'GET','url':7}}")
                                    << QStringLiteral("log.entries[1].request.url: expected a string, got a number");
        QTest::newRow("relative url") << withEntry("{'startedDateTime':'2026-11-29T10:00:00Z','request':{'method':'GET','url':'/v1/batch'}}")
                                      << QStringLiteral("log.entries[1].request.url: not an absolute URL");
        QTest::newRow("headers object") << withEntry("{'startedDateTime':'2026-11-29T10:00:00Z','request':{'method':'GET','url':'https://a/','headers':{}}}")
                                        << QStringLiteral("log.entries[1].request.headers: expected an array, got an object");
        QTest::newRow("header without name") << withEntry("{'startedDateTime':'2026-11-29T10:00:00Z','request':{'method':'GET','url':'https://a/','headers':[{'name':'A','value':'b'},{'value':'c'}]}}")
                                             << QStringLiteral("log.entries[1].request.headers[1].name: required");
        QTest::newRow("postData string") << withEntry("{'startedDateTime':'2026-11-29T10:00:00Z','request':{'method':'POST','url':'https://a/','postData':'x=1'}}")
                                         << QStringLiteral("log.entries[1].request.postData: expected an object, got a string");
        QTest::newRow("postData.text number") << withEntry("{'startedDateTime':'2026-11-29T10:00:00Z','request':{'method':'POST','url':'https://a/','postData':{'mimeType':'text/plain','text':12}}}")
                                              << QStringLiteral("log.entries[1].request.postData.text: expected a string, got a number");
        QTest::newRow("unknown encoding") << withEntry("{'startedDateTime':'2026-11-29T10:00:00Z','request':{'method':'POST','url':'https://a/','postData':{'mimeType':'text/plain','text':'x','encoding':'gzip'}}}")
                                          << QStringLiteral("log.entries[1].request.postData.encoding: \"gzip\" is not supported");
        QTest::newRow("bad base64") << withEntry("{'startedDateTime':'2026-11-29T10:00:00Z','request':{'method':'POST','url':'https://a/','postData':{'mimeType':'text/plain','text':'not base64!','encoding':'base64'}}}")
                                    << QStringLiteral("log.entries[1].request.postData.text: not valid base64");
        QTest::newRow("params object") << withEntry("{'startedDateTime':'2026-11-29T10:00:00Z','request':{'method':'POST','url':'https://a/','postData':{'mimeType':'x','params':{}}}}")
                                       << QStringLiteral("log.entries[1].request.postData.params: expected an array, got an object");
        QTest::newRow("status string") << withEntry("{'startedDateTime':'2026-11-29T10:00:00Z','request':{'method':'GET','url':'https://a/'},'response':{'status':'200'}}")
                                       << QStringLiteral("log.entries[1].response.status: expected an HTTP status (a number), got a string");
    }

    void malformedHarFiles()
    {
        QFETCH(QByteArray, har);
        QFETCH(QString, message);
        Capture capture;
        HarImportReport report;
        QString error;
        QVERIFY(!import(har, capture, report, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(capture.isEmpty());
    }

    void importFileNamesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("checkout flow.har"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(harFile({ harEntry(wires().at(3), Timestamp::nowMs()) }));
        file.close();

        HarImporter importer;
        Capture capture;
        HarImportReport report;
        QString error;
        QVERIFY2(importer.importFile(path, capture, report, &error), qPrintable(error));
        QCOMPARE(capture.info.name, QStringLiteral("checkout flow"));
        QCOMPARE(capture.info.origin, QStringLiteral("har:checkout flow.har"));
        QVERIFY(capture.info.createdAt > 0);
        QCOMPARE(report.file, QStringLiteral("checkout flow.har"));
        QCOMPARE(report.creator, QStringLiteral("WebInspector 537.36"));

        importer.options().name = QStringLiteral("Build 412");
        QVERIFY(importer.importFile(path, capture, report, &error));
        QCOMPARE(capture.info.name, QStringLiteral("Build 412"));

        // Written and read back as a capture file.
        const QString out = dir.filePath(QStringLiteral("capture.ndjson"));
        QVERIFY2(CaptureFile::write(out, capture, &error), qPrintable(error));
        Capture read;
        QVERIFY2(CaptureFile::read(out, read, &error), qPrintable(error));
        QCOMPARE(read.eventCount(), capture.eventCount());
        QCOMPARE(read.requestCount(), 1);
        QCOMPARE(read.request(0).host, QStringLiteral("api-js.mixpanel.com"));

        // Compressed.
        QFile gz(dir.filePath(QStringLiteral("checkout.har.gz")));
        QVERIFY(gz.open(QIODevice::WriteOnly));
        gz.write(GzipCodec::compress(harFile({ harEntry(wires().at(3), Timestamp::nowMs()) })));
        gz.close();
        importer.options().name.clear();
        QVERIFY2(importer.importFile(gz.fileName(), capture, report, &error), qPrintable(error));
        QCOMPARE(capture.eventCount(), 2);
        QCOMPARE(capture.info.name, QStringLiteral("checkout"));

        QVERIFY(!importer.importFile(dir.filePath(QStringLiteral("missing.har")), capture, report, &error));
        QVERIFY2(error.contains(QLatin1String("missing.har: cannot read")), qPrintable(error));
        QFile bad(dir.filePath(QStringLiteral("bad.har")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(q("{'log':{'entries':[{'startedDateTime':'2026-11-29T10:00:00Z'}]}}"));
        bad.close();
        QVERIFY(!importer.importFile(bad.fileName(), capture, report, &error));
        QVERIFY2(error.startsWith(bad.fileName() + QStringLiteral(": log.entries[0].request: required")), qPrintable(error));
    }

    void requestsInTheOrderTheyStarted()
    {
        const qint64 at = Timestamp::nowMs();
        const QList<Wire> all = wires();
        // Written out of order (as HAR files sometimes are): the heap request started first.
        Capture capture;
        HarImportReport report;
        QString error;
        QVERIFY(import(harFile({ harEntry(all[3], at + 50), harEntry(all[13], at) }), capture, report, &error));
        QCOMPARE(capture.requestCount(), 2);
        QCOMPARE(capture.request(0).host, QStringLiteral("heapanalytics.com"));
        QCOMPARE(capture.request(1).host, QStringLiteral("api-js.mixpanel.com"));
        QCOMPARE(report.imported[0].entry, 1);
        QCOMPARE(capture.events().receivedAt(0), at);
    }

    void addedHostsAndCollectors()
    {
        const qint64 at = Timestamp::nowMs();
        const Wire& rudder = wires().at(2);
        const QJsonArray entries {
            // A self-hosted RudderStack data plane and a first-party Segment proxy.
            harEntry(QStringLiteral("https://rudder.acme.example/v1/batch"), "POST", rudder.headers, rudder.body, HarBody::Base64, at),
            harEntry(QStringLiteral("https://t.acme.example/v1/t"), "POST", { { "Content-Type", "text/plain" } },
                dataFile("har/analyticsjs-5-track.json"), HarBody::Text, at + 1),
            // An app pointed at a Journey collector: routed by path, provider prefixes included.
            harEntry(QStringLiteral("http://127.0.0.1:8787/mixpanel/track?ip=1"), "POST", { { "Content-Type", "application/x-www-form-urlencoded" } },
                dataFile("collector/mixpanel/js-2.55.0-batch-json-form.txt"), HarBody::Text, at + 2),
            harEntry(QStringLiteral("http://127.0.0.1:8787/2/httpapi"), "POST", { { "Content-Type", "application/json" } },
                dataFile("collector/amplitude/browser-2.11-page-viewed.json"), HarBody::Text, at + 3),
            harEntry(QStringLiteral("http://127.0.0.1:8787/nothing/here"), "POST", {}, "x", HarBody::Text, at + 4),
            // Same host, another port: not the collector.
            harEntry(QStringLiteral("http://127.0.0.1:9999/v1/t"), "POST", {}, "{}", HarBody::Text, at + 5),
        };
        HarImporter::Options options;
        QString error;
        QVERIFY2(options.endpoints.addHostSpec(QStringLiteral("rudder.acme.example=rudderstack"), &error), qPrintable(error));
        QVERIFY2(options.endpoints.addHostSpec(QStringLiteral("https://t.acme.example=segment"), &error), qPrintable(error));
        QVERIFY2(options.endpoints.addHostSpec(QStringLiteral("127.0.0.1:8787=collector"), &error), qPrintable(error));
        Capture capture;
        HarImportReport report;
        QVERIFY2(import(harFile(entries), capture, report, &error, options), qPrintable(error));
        QVERIFY2(report.rejected.isEmpty(), qPrintable(report.toText()));
        QCOMPARE(report.imported.size(), 4);
        QCOMPARE(report.imported[0].provider, EventSource::RudderStack);
        QCOMPARE(report.imported[1].provider, EventSource::Segment);
        QCOMPARE(report.imported[2].provider, EventSource::Mixpanel);
        QCOMPARE(report.imported[3].provider, EventSource::Amplitude);
        QCOMPARE(capture.request(2).host, QStringLiteral("127.0.0.1:8787"));
        QCOMPARE(capture.request(2).path, QStringLiteral("/mixpanel/track"));
        QCOMPARE(report.skipped.size(), 1);
        QVERIFY2(report.skipped[0].reason.contains(QLatin1String("no collector endpoint at /nothing/here")), qPrintable(report.skipped[0].reason));
        QCOMPARE(report.unrecognised.size(), 1);
        QCOMPARE(report.unrecognised[0].url, QStringLiteral("http://127.0.0.1:9999/v1/t"));

        AnalyticsEndpointMatcher matcher;
        for (const char* bad : { "no-equals", "host=", "=segment", "a/b=segment", "x.example=google", "x.example=import" }) {
            QVERIFY2(!matcher.addHostSpec(QLatin1String(bad), &error), bad);
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(matcher.providerOf(QUrl(QStringLiteral("https://us.i.posthog.com/e/"))) == EventSource::PostHog);
        QVERIFY(matcher.providerOf(QUrl(QStringLiteral("https://us-assets.i.posthog.com/static/array.js"))) == EventSource::PostHog);
        QVERIFY(!matcher.providerOf(QUrl(QStringLiteral("https://i.posthog.com/e/"))));
        QVERIFY(!matcher.providerOf(QUrl(QStringLiteral("https://cdn.segment.com/v1/projects/x/settings"))));
        QVERIFY(!matcher.providerOf(QUrl(QStringLiteral("https://us.posthog.com/e/"))));
        QVERIFY(!matcher.providerOf(QUrl(QStringLiteral("https://api.segment.io.evil.example/v1/t"))));
        QVERIFY(matcher.providerOf(QUrl(QStringLiteral("https://API.Segment.IO./v1/t"))) == EventSource::Segment);
        QVERIFY(!matcher.providerOf(QUrl(QStringLiteral("ftp://api.segment.io/v1/t"))));
    }

    void cancelAndProgress()
    {
        QJsonArray entries;
        const QList<Wire> all = wires();
        for (int i = 0; i < 250; ++i)
            entries.append(harEntry(all[i % all.size()], Timestamp::nowMs() + i));
        const QByteArray har = harFile(entries);

        std::atomic_bool cancel { false };
        QList<QPair<int, int>> calls;
        HarImporter::Options options;
        options.cancel = &cancel;
        options.progress = [&](int done, int total) {
            calls.append({ done, total });
            if (done >= 100)
                cancel = true; // as the UI's Cancel button would, from another thread
        };
        HarImporter importer(options);
        Capture capture;
        HarImportReport report;
        QString error;
        QVERIFY(!importer.importData(har, QStringLiteral("big.har"), capture, report, &error));
        QVERIFY(importer.wasCancelled());
        QCOMPARE(error, QStringLiteral("cancelled"));
        QVERIFY(capture.isEmpty());
        QVERIFY(!calls.isEmpty());
        QVERIFY(calls.last().first >= 100 && calls.last().first < 250);

        cancel = false;
        calls.clear();
        importer.options().progress = [&](int done, int total) { calls.append({ done, total }); };
        QVERIFY2(importer.importData(har, QStringLiteral("big.har"), capture, report, &error), qPrintable(error));
        QVERIFY(!importer.wasCancelled());
        QCOMPARE(report.requestsSeen, 250);
        QVERIFY(calls.size() <= 130);
        QCOMPARE(calls.last(), qMakePair(250, 250));
        for (qsizetype i = 1; i < calls.size(); ++i)
            QVERIFY(calls[i].first >= calls[i - 1].first);

        // Cancelled before it starts.
        cancel = true;
        QVERIFY(!importer.importData(har, QStringLiteral("big.har"), capture, report, &error));
        QVERIFY(importer.wasCancelled());
    }
};

QTEST_GUILESS_MAIN(HarImporterTest)
#include "tst_harimporter.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// StoreCaptureBuilder over a store the collector filled through real HTTP, in each provider's wire format: every
// event comes with the request that carried it; id ranges and filters cut the slice (a cut request is marked
// incomplete); and each kept request, decoded again by the collector's own decoders, gives the same canonical
// events — what replay in the original wire format relies on.

#include "../collector/collectorfixture.h"

#include "capture/capturefile.h"
#include "capture/storecapturebuilder.h"
#include "collector/requestrouter.h"
#include "core/gzipcodec.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {

QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

/// The canonical message without what differs between two arrivals of the same request: receivedAt, and the
/// messageId the collector makes up for GA4 hits (GA4 events carry no id of their own).
QJsonObject comparable(QByteArrayView payload, EventSource source)
{
    QJsonObject object = QJsonDocument::fromJson(payload.toByteArray()).object();
    object.remove(QLatin1String("receivedAt"));
    if (source == EventSource::GoogleAnalytics4)
        object.remove(QLatin1String("messageId"));
    return object;
}

} // namespace

class StoreCaptureBuilderTest : public QObject
{
    Q_OBJECT

private:
    CollectorFixture m_collector;

    void post(const QByteArray& method, const QByteArray& path, const QByteArray& body, const HeaderList& headers)
    {
        const auto reply = m_collector.request(method, path, body, headers);
        QVERIFY2(reply, qPrintable(m_collector.lastError()));
        // GA4 answers 204 No Content, as Google does.
        QVERIFY2(reply->status == 200 || reply->status == 204, qPrintable(QStringLiteral("%1 -> %2 %3")
                                                      .arg(QString::fromLatin1(path))
                                                      .arg(reply->status)
                                                      .arg(QString::fromUtf8(reply->body))));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_collector.start(CollectorConfig(), &error), qPrintable(error));
        // Segment: a gzip batch of three (analytics-node), then a single text/plain call (analytics.js).
        post("POST", "/v1/batch",
            GzipCodec::compress(q("{'batch':["
                                  "{'type':'identify','userId':'u1','anonymousId':'a1','messageId':'s1','timestamp':'2026-01-01T10:00:00.000Z','traits':{'plan':'pro'}},"
                                  "{'type':'track','userId':'u1','event':'Product Viewed','messageId':'s2','timestamp':'2026-01-01T10:00:01.000Z','properties':{'sku':'a'}},"
                                  "{'type':'track','userId':'u1','event':'Order Completed','messageId':'s3','timestamp':'2026-01-01T10:00:02.000Z','properties':{'revenue':20}}"
                                  "],'writeKey':'wk_secret_123'}")),
            { { "Content-Type", "application/json" }, { "Content-Encoding", "gzip" } });
        post("POST", "/v1/p",
            q("{'type':'page','anonymousId':'a2','name':'Home','messageId':'s4','timestamp':'2026-01-01T10:00:03.000Z','writeKey':'wk_secret_123'}"),
            { { "Content-Type", "text/plain" } });
        // Mixpanel: GET ?data=<base64> (mixpanel-js's image mode) and a form POST with data=<base64>.
        const QByteArray mixpanelGet = q("{'event':'Signed Up','properties':{'token':'mp_token_1','distinct_id':'d1','time':1767261604000,'$insert_id':'mx1'}}");
        post("GET", "/track?ip=1&data=" + mixpanelGet.toBase64(QByteArray::Base64UrlEncoding), {}, {});
        const QByteArray mixpanelForm = q("[{'event':'Plan Chosen','properties':{'token':'mp_token_1','distinct_id':'d1','time':1767261605000,'$insert_id':'mx2','plan':'pro'}},"
                                          "{'event':'Plan Paid','properties':{'token':'mp_token_1','distinct_id':'d1','time':1767261606000,'$insert_id':'mx3'}}]");
        post("POST", "/mixpanel/track?verbose=1", "data=" + mixpanelForm.toBase64().toPercentEncoding(),
            { { "Content-Type", "application/x-www-form-urlencoded" } });
        // PostHog: posthog-js's gzip-js batch.
        post("POST", "/batch/?compression=gzip-js&ver=1.200.0",
            GzipCodec::compress(q("{'api_key':'phc_secret','batch':[{'event':'$pageview','uuid':'0190a5e4-0000-7000-8000-000000000001','properties':{'distinct_id':'p1','$session_id':'sess-1','$current_url':'https://shop.example/'},'timestamp':'2026-01-01T10:00:07.000Z'}]}")),
            { { "Content-Type", "text/plain" } });
        // Amplitude HTTP API v2.
        post("POST", "/2/httpapi",
            q("{'api_key':'amp_secret','events':[{'user_id':'amp-user-1','device_id':'dev-1','event_type':'Song Played','time':1767261608000,'insert_id':'ai-1','session_id':1767261600000,'event_properties':{'genre':'jazz'}}]}"),
            { { "Content-Type", "application/json" } });
        // GA4 Measurement Protocol.
        post("POST", "/mp/collect?measurement_id=G-TEST1&api_secret=ga_secret",
            q("{'client_id':'c1.1','timestamp_micros':1767261609000000,'events':[{'name':'purchase','params':{'value':9.5,'currency':'EUR'}}]}"),
            { { "Content-Type", "application/json" } });
        m_collector.recorder()->waitForCommitted();
    }

    void cleanupTestCase() { m_collector.stop(); }

    void everyEventComesWithItsRequest()
    {
        Capture capture;
        capture.info.name = QStringLiteral("all");
        QString error;
        QVERIFY2(StoreCaptureBuilder::build(m_collector.storePath(), EventFilter(), {}, capture, &error), qPrintable(error));
        QCOMPARE(capture.info.name, QStringLiteral("all"));
        QCOMPARE(capture.info.origin, QStringLiteral("store"));
        QCOMPARE(capture.eventCount(), 3 + 1 + 1 + 2 + 1 + 1 + 1);
        QCOMPARE(capture.requestCount(), 7);
        QCOMPARE(capture.request(0).path, QStringLiteral("/v1/batch"));
        QCOMPARE(capture.request(0).source, EventSource::Segment);
        QCOMPARE(capture.eventCountOf(0), 3);
        QCOMPARE(capture.request(3).path, QStringLiteral("/mixpanel/track"));
        QCOMPARE(capture.eventCountOf(3), 2);
        for (int r = 0; r < capture.requestCount(); ++r) {
            QVERIFY(capture.isComplete(r));
            const CapturedRequest& request = capture.request(r);
            QVERIFY(request.status == 200 || request.status == 204);
            // Secrets were masked by the collector and stay masked.
            for (const char* secret : { "wk_secret_123", "mp_token_1", "phc_secret", "amp_secret", "ga_secret" }) {
                QVERIFY2(!request.body.contains(secret), request.body.constData());
                QVERIFY(!request.query.contains(QLatin1String(secret)));
            }
            // Transport headers are not part of a captured request: the body is kept decoded.
            for (const auto& header : request.headers) {
                QVERIFY(header.first.compare("content-encoding", Qt::CaseInsensitive) != 0);
                QVERIFY(header.first.compare("content-length", Qt::CaseInsensitive) != 0);
            }
        }
        for (int i = 0; i < capture.eventCount(); ++i)
            QVERIFY(capture.requestIndex(i) >= 0);
    }

    void requestsDecodeAgainToTheSameEvents()
    {
        Capture capture;
        QString error;
        QVERIFY2(StoreCaptureBuilder::build(m_collector.storePath(), EventFilter(), {}, capture, &error), qPrintable(error));
        // Through a file, as replay gets it.
        Capture read;
        const QByteArray data = CaptureFile::serialize(capture);
        QBuffer buffer(const_cast<QByteArray*>(&data));
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QVERIFY2(CaptureFile::read(buffer, QStringLiteral("capture"), read, &error), qPrintable(error));

        RequestRouter router { CollectorConfig() };
        for (int r = 0; r < read.requestCount(); ++r) {
            CollectorRequest request = read.request(r).toCollectorRequest();
            RequestDecoder* decoder = router.route(request);
            QVERIFY2(decoder, qPrintable(read.request(r).path));
            QCOMPARE(decoder->source(), read.request(r).source);
            DecodedRequest decoded;
            decoder->decode(request, decoded);
            QVERIFY2(decoded.status == 200, qPrintable(QStringLiteral("%1: %2").arg(read.request(r).pathWithQuery(), decoded.message)));
            QCOMPARE(decoded.events.size(), read.eventCountOf(r));
            for (int k = 0; k < decoded.events.size(); ++k) {
                const int index = read.firstEventOf(r) + k;
                const EventSource source = read.request(r).source;
                QCOMPARE(comparable(decoded.events.payload(k), source), comparable(read.events().payload(index), source));
            }
        }
    }

    void rangesAndFiltersCutTheSlice()
    {
        // Recording from after the first request up to the Mixpanel GET: what arrived while "recording".
        Capture all;
        QString error;
        QVERIFY(StoreCaptureBuilder::build(m_collector.storePath(), EventFilter(), {}, all, &error));
        StoreCaptureBuilder::Range range;
        range.afterId = all.events().id(2);
        range.upToId = all.events().id(4);
        Capture slice;
        QVERIFY2(StoreCaptureBuilder::build(m_collector.storePath(), EventFilter(), range, slice, &error), qPrintable(error));
        QCOMPARE(slice.eventCount(), 2);
        QCOMPARE(slice.events().name(0), QByteArrayView("Home"));
        QCOMPARE(slice.events().name(1), QByteArrayView("Signed Up"));
        QCOMPARE(slice.requestCount(), 2);

        // A filter that keeps one event of the Segment batch leaves that request incomplete.
        EventFilter filter;
        filter.setName(QStringLiteral("Order Completed"));
        Capture filtered;
        QVERIFY(StoreCaptureBuilder::build(m_collector.storePath(), filter, {}, filtered, &error));
        QCOMPARE(filtered.eventCount(), 1);
        QCOMPARE(filtered.requestCount(), 1);
        QCOMPARE(filtered.request(0).eventCount, 3);
        QVERIFY(!filtered.isComplete(0));

        StoreCaptureBuilder::Range limited;
        limited.maxEvents = 4;
        Capture first;
        QVERIFY(StoreCaptureBuilder::build(m_collector.storePath(), EventFilter(), limited, first, &error));
        QCOMPARE(first.eventCount(), 4);
    }

    void missingStoreIsAnError()
    {
        Capture capture;
        QString error;
        QVERIFY(!StoreCaptureBuilder::build(QStringLiteral("/nonexistent/journey.db"), EventFilter(), {}, capture, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(StoreCaptureBuilderTest)
#include "tst_storecapturebuilder.moc"

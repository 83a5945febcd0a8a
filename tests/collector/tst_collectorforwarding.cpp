// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Forwarding ("inspect in transit"): with `forward: true` the collector passes what an SDK sent on to the
// provider's endpoint (here a real HTTP sink on 127.0.0.1 standing in for it), answers the SDK with the
// upstream's answer, and keeps the events with the upstream exchange beside them.

#include "collectorfixture.h"
#include "httpsink.h"

#include "config/journeyconfig.h"
#include "core/gzipcodec.h"
#include "store/storereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
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

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

} // namespace

class TestCollectorForwarding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void segmentBatchGoesUpstreamAndBack();
    void upstreamRefusalReachesTheSdk();
    void prefixIsNotForwarded();
    void unreachableUpstreamIsAnErrorAndEventsAreKept();
    void rejectedRequestsAreNotForwarded();
    void formatsNotConfiguredAreAnsweredLocally();
    void configNamesTheTarget();

private:
    void startWith(const std::map<QByteArray, QUrl>& targets, int timeoutMs = 5000);
    Answer send(const QByteArray& method, const QByteArray& path, const QByteArray& body,
        const QList<QPair<QByteArray, QByteArray>>& headers = { { "Content-Type", "application/json" } });
    std::optional<StoredRequest> onlyRequest();

    std::unique_ptr<HttpSink> m_upstream;
    CollectorFixture m_collector;
    QNetworkAccessManager m_network;
};

void TestCollectorForwarding::init()
{
    m_upstream = std::make_unique<HttpSink>();
    QVERIFY(m_upstream->start());
}

void TestCollectorForwarding::cleanup()
{
    m_collector.stop();
    m_upstream.reset();
}

void TestCollectorForwarding::startWith(const std::map<QByteArray, QUrl>& targets, int timeoutMs)
{
    CollectorConfig config;
    config.forwardTargets = targets;
    config.forwardTimeoutMs = timeoutMs;
    QString error;
    QVERIFY2(m_collector.start(config, &error), qPrintable(error));
}

Answer TestCollectorForwarding::send(const QByteArray& method, const QByteArray& path, const QByteArray& body,
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    // Asynchronous: the sink answering the collector runs on this thread's event loop.
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_collector.port()) + QString::fromLatin1(path)));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (!finished.wait(20000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

std::optional<StoredRequest> TestCollectorForwarding::onlyRequest()
{
    EventBatch events;
    if (!m_collector.readStore(events) || events.isEmpty())
        return std::nullopt;
    StoreReader reader(m_collector.storePath());
    QString error;
    if (!reader.open(true, &error))
        return std::nullopt;
    return reader.request(events.requestId(0), &error);
}

void TestCollectorForwarding::segmentBatchGoesUpstreamAndBack()
{
    startWith({ { "segment", m_upstream->url() } });
    m_upstream->setDefault(SinkResponse::reply(200, "{\"success\":true,\"from\":\"upstream\"}",
        { { "Content-Type", "application/json" }, { "X-Request-Id", "up-42" } }));
    const QByteArray body = q("{'writeKey':'wk_forward_secret_0001','batch':[{'type':'track','userId':'u1','event':'Forwarded'}]}");
    const QByteArray gzipped = GzipCodec::compress(body);
    const Answer answer = send("POST", "/v1/batch?trace=1", gzipped,
        { { "Content-Type", "application/json" }, { "Content-Encoding", "gzip" }, { "User-Agent", "analytics-node-next/latest" } });

    // The SDK gets the upstream's answer, its headers included.
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray("{\"success\":true,\"from\":\"upstream\"}"));
    QCOMPARE(answer.header("x-request-id"), QByteArray("up-42"));

    // The upstream got the request as sent: path, query, the gzip bytes, the SDK's headers.
    QCOMPARE(m_upstream->requests().size(), 1);
    const SinkRequest& upstream = m_upstream->requests().first();
    QCOMPARE(upstream.method, QByteArray("POST"));
    QCOMPARE(upstream.target, QByteArray("/v1/batch?trace=1"));
    QCOMPARE(upstream.wireBody, gzipped);
    QCOMPARE(upstream.body, body);
    QCOMPARE(upstream.header("user-agent"), QByteArray("analytics-node-next/latest"));

    // Kept here too, with the upstream's answer beside the request.
    EventBatch events;
    QVERIFY(m_collector.readStore(events));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.name(0), QByteArrayView("Forwarded"));
    const auto stored = onlyRequest();
    QVERIFY(stored);
    QVERIFY(stored->upstream);
    QCOMPARE(stored->upstream->status, 200);
    QCOMPARE(stored->upstream->url, m_upstream->url().toString() + QStringLiteral("/v1/batch?trace=1"));
    QCOMPARE(stored->upstream->body, QByteArray("{\"success\":true,\"from\":\"upstream\"}"));
    QVERIFY(!stored->body.contains("wk_forward_secret_0001"));
}

void TestCollectorForwarding::upstreamRefusalReachesTheSdk()
{
    startWith({ { "posthog", m_upstream->url() } });
    m_upstream->setDefault(SinkResponse::reply(401,
        q("{'type':'authentication_error','code':'invalid_api_key','detail':'Project API key invalid.'}"),
        { { "Content-Type", "application/json" } }));
    const Answer answer = send("POST", "/batch/",
        q("{'api_key':'phc_forward_secret_0002','batch':[{'event':'E','distinct_id':'d1','properties':{}}]}"));
    QCOMPARE(answer.status, 401);
    QVERIFY(answer.body.contains("invalid_api_key"));
    // What the upstream refused is still here to inspect, with the refusal beside it.
    const auto stored = onlyRequest();
    QVERIFY(stored);
    QCOMPARE(stored->status, 200);
    QVERIFY(stored->upstream);
    QCOMPARE(stored->upstream->status, 401);
}

void TestCollectorForwarding::prefixIsNotForwarded()
{
    startWith({ { "mixpanel", m_upstream->url() } });
    m_upstream->setDefault(SinkResponse::reply(200, "1", { { "Content-Type", "text/plain" } }));
    const QByteArray data = q("[{'event':'Prefixed','properties':{'token':'mp_forward_secret_03','distinct_id':'u3'}}]");
    const Answer answer = send("POST", "/mixpanel/track?verbose=0", "data=" + data.toPercentEncoding(),
        { { "Content-Type", "application/x-www-form-urlencoded" } });
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray("1"));
    QCOMPARE(m_upstream->requests().size(), 1);
    // The collector's provider prefix is ours, not Mixpanel's.
    QCOMPARE(m_upstream->requests().first().target, QByteArray("/track?verbose=0"));
}

void TestCollectorForwarding::unreachableUpstreamIsAnErrorAndEventsAreKept()
{
    QTcpServer placeholder;
    QVERIFY(placeholder.listen(QHostAddress::LocalHost));
    const quint16 closedPort = placeholder.serverPort();
    placeholder.close();
    startWith({ { "segment", QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)) } });
    const Answer answer = send("POST", "/v1/track", q("{'userId':'u4','event':'Offline'}"));
    QCOMPARE(answer.status, 502);
    const QJsonObject error = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("upstream_unreachable"));
    QVERIFY2(error.value(QLatin1String("message")).toString().contains(QString::number(closedPort)),
        answer.body.constData());
    const auto stored = onlyRequest();
    QVERIFY(stored);
    QVERIFY(stored->upstream);
    QCOMPARE(stored->upstream->status, 0);
    QVERIFY(!stored->upstream->error.isEmpty());
}

void TestCollectorForwarding::rejectedRequestsAreNotForwarded()
{
    startWith({ { "segment", m_upstream->url() } });
    const Answer answer = send("POST", "/v1/batch", "{broken");
    QCOMPARE(answer.status, 400);
    QTest::qWait(100);
    QCOMPARE(m_upstream->requests().size(), 0);
}

void TestCollectorForwarding::formatsNotConfiguredAreAnsweredLocally()
{
    startWith({ { "mixpanel", m_upstream->url() } });
    const Answer answer = send("POST", "/v1/track", q("{'userId':'u5','event':'Local'}"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray("{\"success\":true}"));
    QCOMPARE(m_upstream->requests().size(), 0);
    const auto stored = onlyRequest();
    QVERIFY(stored);
    QVERIFY(!stored->upstream);
}

void TestCollectorForwarding::configNamesTheTarget()
{
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::parse(q("{'journey':{'providers':{"
                                    "'segment':{'writeKey':'k','forward':true},"
                                    "'posthog':{'apiKey':'phc_x','forward':true,'forwardTo':'https://staging.example.com/ingest'},"
                                    "'mixpanel':{'token':'t','endpoint':'https://api-eu.mixpanel.com','forward':true},"
                                    "'amplitude':{'apiKey':'a'}}}}"),
                 QStringLiteral("config.json"), config, &error),
        qPrintable(error));
    QCOMPARE(config.collector.forwardTargets.size(), size_t(3));
    QCOMPARE(config.collector.forwardTargets.at("segment"), QUrl(QStringLiteral("https://api.segment.io")));
    QCOMPARE(config.collector.forwardTargets.at("posthog"), QUrl(QStringLiteral("https://staging.example.com/ingest")));
    QCOMPARE(config.collector.forwardTargets.at("mixpanel"), QUrl(QStringLiteral("https://api-eu.mixpanel.com")));

    JourneyConfig bad;
    QVERIFY(!JourneyConfig::parse(q("{'journey':{'providers':{'segment':{'writeKey':'k','forward':'yes'}}}}"), QStringLiteral("config.json"), bad, &error));
    QVERIFY2(error.contains(QLatin1String("journey.providers.segment.forward")), qPrintable(error));
    QVERIFY(!JourneyConfig::parse(q("{'journey':{'providers':{'segment':{'writeKey':'k','forwardTo':'ftp://x'}}}}"), QStringLiteral("config.json"), bad, &error));
    QVERIFY2(error.contains(QLatin1String("forwardTo")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCollectorForwarding)
#include "tst_collectorforwarding.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// What every provider shares: the registry, the common reading of HTTP answers (Retry-After included), URL
// building under an endpoint override, dedup ids derived from messageId, and HttpSender over real HTTP.

#include "core/gzipcodec.h"
#include "providers/dedupids.h"
#include "providers/providerregistry.h"
#include "providertestutil.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Journey;
using namespace JourneyTest;

Q_DECLARE_METATYPE(Journey::DeliveryOutcome)

class TestProviderBasics : public QObject
{
    Q_OBJECT

private slots:
    void registryKnowsEveryProvider();
    void classifyHttp_data();
    void classifyHttp();
    void retryAfter();
    void endpointOverrideKeepsAPathPrefix();
    void dedupIds();
    void senderGzipsAndReportsTransportFailures();
};

void TestProviderBasics::registryKnowsEveryProvider()
{
    QCOMPARE(ProviderRegistry::ids(),
        (QStringList { QStringLiteral("segment"), QStringLiteral("rudderstack"), QStringLiteral("mixpanel"), QStringLiteral("amplitude"),
            QStringLiteral("heap"), QStringLiteral("ga4"), QStringLiteral("posthog") }));
    for (const QString& id : ProviderRegistry::ids()) {
        const std::unique_ptr<Provider> provider = ProviderRegistry::create(id);
        QVERIFY(provider);
        QCOMPARE(provider->id(), id);
        QVERIFY(!provider->displayName().isEmpty());
        QVERIFY(provider->limits().maxEvents > 0);
        QVERIFY(provider->limits().maxEventBytes <= provider->limits().maxRequestBytes);
        QVERIFY(!provider->settingKeys().isEmpty());
        // Unconfigured: the credentials are missing, and the error names the key.
        QString error;
        QVERIFY(!provider->configure({}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("journey.providers.") + id + QLatin1Char('.')), qPrintable(error));
    }
    QCOMPARE(ProviderRegistry::displayName(QStringLiteral("ga4")), QStringLiteral("Google Analytics 4"));
    QVERIFY(!ProviderRegistry::create(QStringLiteral("snowplow")));
    QCOMPARE(ProviderRegistry::displayName(QStringLiteral("snowplow")), QStringLiteral("snowplow"));
}

void TestProviderBasics::classifyHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("items");
    QTest::addColumn<DeliveryOutcome>("outcome");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<bool>("counts");
    QTest::addColumn<bool>("split");
    QTest::newRow("200") << 200 << QByteArray() << 3 << DeliveryOutcome::Delivered << qint64(-1) << true << false;
    QTest::newRow("204") << 204 << QByteArray() << 3 << DeliveryOutcome::Delivered << qint64(-1) << true << false;
    QTest::newRow("400") << 400 << QByteArray() << 3 << DeliveryOutcome::Failed << qint64(-1) << true << false;
    QTest::newRow("401") << 401 << QByteArray() << 3 << DeliveryOutcome::Failed << qint64(-1) << true << false;
    QTest::newRow("408") << 408 << QByteArray() << 3 << DeliveryOutcome::Retry << qint64(-1) << true << false;
    QTest::newRow("413 batch") << 413 << QByteArray() << 3 << DeliveryOutcome::Retry << qint64(0) << false << true;
    QTest::newRow("413 single") << 413 << QByteArray() << 1 << DeliveryOutcome::Failed << qint64(-1) << true << false;
    QTest::newRow("429 with Retry-After") << 429 << QByteArray("7") << 3 << DeliveryOutcome::Retry << qint64(7000) << false << false;
    QTest::newRow("429 without") << 429 << QByteArray() << 3 << DeliveryOutcome::Retry << qint64(-1) << true << false;
    QTest::newRow("500") << 500 << QByteArray() << 3 << DeliveryOutcome::Retry << qint64(-1) << true << false;
    QTest::newRow("501") << 501 << QByteArray() << 3 << DeliveryOutcome::Failed << qint64(-1) << true << false;
    QTest::newRow("503 with Retry-After") << 503 << QByteArray("2") << 3 << DeliveryOutcome::Retry << qint64(2000) << true << false;
    QTest::newRow("505") << 505 << QByteArray() << 3 << DeliveryOutcome::Failed << qint64(-1) << true << false;
    QTest::newRow("no answer") << 0 << QByteArray() << 3 << DeliveryOutcome::Retry << qint64(-1) << true << false;
}

void TestProviderBasics::classifyHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, items);
    QFETCH(DeliveryOutcome, outcome);
    QFETCH(qint64, retryAfterMs);
    QFETCH(bool, counts);
    QFETCH(bool, split);
    ProviderRequest request;
    for (int i = 0; i < items; ++i)
        request.items.append(i);
    ProviderResponse response;
    response.status = status;
    response.body = "{\"error\":\"x\"}";
    if (status == 0)
        response.transportError = QStringLiteral("connection refused");
    if (!retryAfter.isEmpty())
        response.headers.append({ "Retry-After", retryAfter });
    const DeliveryVerdict verdict = Provider::classifyHttp(request, response);
    QCOMPARE(verdict.outcome, outcome);
    QCOMPARE(verdict.retryAfterMs, retryAfterMs);
    QCOMPARE(verdict.countsAsAttempt, counts);
    QCOMPARE(verdict.splitBatch, split);
    if (outcome != DeliveryOutcome::Delivered && status != 0)
        QVERIFY2(verdict.reason.startsWith(QStringLiteral("HTTP %1").arg(status)) && verdict.reason.contains(QLatin1String("{\"error\":\"x\"}")),
            qPrintable(verdict.reason));
}

void TestProviderBasics::retryAfter()
{
    QCOMPARE(Provider::retryAfterMs("3"), qint64(3000));
    QCOMPARE(Provider::retryAfterMs(" 1.5 "), qint64(1500));
    QCOMPARE(Provider::retryAfterMs(""), qint64(-1));
    QCOMPARE(Provider::retryAfterMs("soon"), qint64(-1));
    QCOMPARE(Provider::retryAfterMs("-4"), qint64(-1));
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(30);
    const QByteArray date = QLocale::c().toString(later, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    const qint64 ms = Provider::retryAfterMs(date);
    QVERIFY2(ms > 27000 && ms <= 30000, qPrintable(QString::number(ms)));
    QCOMPARE(Provider::retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT"), qint64(0)); // in the past: now
}

void TestProviderBasics::endpointOverrideKeepsAPathPrefix()
{
    std::unique_ptr<Provider> provider = ProviderRegistry::create(QStringLiteral("segment"));
    QString error;
    QVERIFY(provider->configure(QJsonObject { { QStringLiteral("writeKey"), QStringLiteral("k") } }, &error));
    QCOMPARE(provider->endpoint(), provider->defaultEndpoint());
    provider->setEndpointOverride(QUrl(QStringLiteral("http://127.0.0.1:9000/proxy/")));
    const EncodedBatch batch = provider->encode({ outbound("{\"type\":\"track\",\"messageId\":\"m\",\"timestamp\":\"2024-01-01T00:00:00.000Z\",\"userId\":\"u\",\"event\":\"E\"}") },
        provider->limits());
    QCOMPARE(batch.requests.size(), 1);
    QCOMPARE(batch.requests.first().url, QUrl(QStringLiteral("http://127.0.0.1:9000/proxy/v1/batch")));
}

void TestProviderBasics::dedupIds()
{
    QCOMPARE(DedupIds::uuid(QStringLiteral("0190A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B")), QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
    const QString derived = DedupIds::uuid(QStringLiteral("node-next-1668208232027-743be593"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")).match(derived).hasMatch(),
        qPrintable(derived));
    QCOMPARE(DedupIds::uuid(QStringLiteral("node-next-1668208232027-743be593")), derived);
    QVERIFY(DedupIds::uuid(QStringLiteral("node-next-1668208232027-743be594")) != derived);
    QCOMPARE(DedupIds::insertId(QStringLiteral("29fc2962-6d9c-455d-95ad-95b84f09b9e4")), QStringLiteral("29fc2962-6d9c-455d-95ad-95b84f09b9e4"));
    const QString hashed = DedupIds::insertId(QStringLiteral("journey-29fc2962-6d9c-455d-95ad-95b84f09b9e4")); // 44 characters
    QCOMPARE(hashed.size(), 32);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(hashed).hasMatch());
    QVERIFY(DedupIds::insertId(QStringLiteral("has space")) != QStringLiteral("has space"));
    QCOMPARE(DedupIds::insertId(QStringLiteral("has space")), DedupIds::insertId(QStringLiteral("has space")));
}

void TestProviderBasics::senderGzipsAndReportsTransportFailures()
{
    HttpSink sink;
    QVERIFY(sink.start());
    ProviderRequest request;
    request.url = QUrl(sink.url().toString() + QStringLiteral("/in?x=1"));
    request.headers = { { "Content-Type", "application/json" } };
    request.body = QByteArray(4000, 'a');
    request.gzip = true;
    ProviderResponse response = sendOne(request);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{\"success\":true}"));
    QCOMPARE(sink.requests().size(), 1);
    const SinkRequest& received = sink.requests().first();
    QCOMPARE(received.header("Content-Encoding"), QByteArray("gzip"));
    QVERIFY(GzipCodec::looksGzipped(received.wireBody));
    QVERIFY(received.wireBody.size() < 200);
    QCOMPARE(received.body, request.body);
    QCOMPARE(received.query.queryItemValue(QStringLiteral("x")), QStringLiteral("1"));

    sink.script({ SinkResponse::hang() });
    response = sendOne(request, 300);
    QCOMPARE(response.status, 0);
    QVERIFY(response.timedOut);
    QVERIFY(!response.notConnected);

    const quint16 port = sink.port();
    sink.stop();
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/in").arg(port));
    response = sendOne(request);
    QCOMPARE(response.status, 0);
    QVERIFY(response.notConnected);
    QCOMPARE(response.transportError, QStringLiteral("connection refused"));
}

QTEST_GUILESS_MAIN(TestProviderBasics)
#include "tst_providerbasics.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// What decides where an event goes and whether it is sent: provider settings (common keys and the provider's
// own), routes, Segment integrations, sampling, and the configuration keys that hold them.

#include "config/journeyconfig.h"
#include "config/routerules.h"
#include "config/samplingrules.h"
#include "delivery/eventrouter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Journey;

namespace {

QByteArray q(const char* json)
{
    return QByteArray(json).replace('\'', '"');
}

} // namespace

class TestDeliveryConfig : public QObject
{
    Q_OBJECT

private slots:
    void globs_data();
    void globs();
    void routesMatch();
    void routeErrorsNameTheKey_data();
    void routeErrorsNameTheKey();
    void settingsErrorsNameTheKey_data();
    void settingsErrorsNameTheKey();
    void settingsLowerTheProviderLimits();
    void secretsAreCollectedForMasking();
    void defaultProviders();
    void routerHonoursIntegrations();
    void samplingIsDeterministicPerPerson();
    void samplingErrors();
};

void TestDeliveryConfig::globs_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "Signed Up" << "Signed Up" << true;
    QTest::newRow("case") << "signed up" << "Signed Up" << false;
    QTest::newRow("prefix") << "Order *" << "Order Completed" << true;
    QTest::newRow("prefix miss") << "Order *" << "Orders" << false;
    QTest::newRow("star empty") << "Order*" << "Order" << true;
    QTest::newRow("middle") << "*ed*" << "Completed Order" << true;
    QTest::newRow("question") << "Step ?" << "Step 3" << true;
    QTest::newRow("question long") << "Step ?" << "Step 12" << false;
    QTest::newRow("backtrack") << "a*b*c" << "axxbyybzc" << true;
    QTest::newRow("all") << "*" << "" << true;
}

void TestDeliveryConfig::globs()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(RouteRules::globMatches(pattern, name), matches);
}

void TestDeliveryConfig::routesMatch()
{
    RouteRules rules;
    QString error;
    QVERIFY(RouteRules::parse(QJsonDocument::fromJson(q("{'types':['track','identify','page'],'events':['Order *','Pricing'],'exclude':['Order Refunded']}")).object(),
        QStringLiteral("routes"), rules, &error));
    QVERIFY(rules.matches(EventType::Track, QStringLiteral("Order Completed")));
    QVERIFY(!rules.matches(EventType::Track, QStringLiteral("Order Refunded")));
    QVERIFY(!rules.matches(EventType::Track, QStringLiteral("Signed Up")));
    QVERIFY(rules.matches(EventType::Page, QStringLiteral("Pricing")));
    QVERIFY(rules.matches(EventType::Identify, QString())); // names only restrict named calls
    QVERIFY(!rules.matches(EventType::Group, QString()));
    QVERIFY(RouteRules().matches(EventType::Alias, QString()));
}

void TestDeliveryConfig::routeErrorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not object") << q("['track']") << "routes: expected an object";
    QTest::newRow("unknown key") << q("{'event':['x']}") << "routes.event: unknown key";
    QTest::newRow("bad type") << q("{'types':['trak']}") << "routes.types[0]: 'trak' is not a call type";
    QTest::newRow("empty name") << q("{'events':['ok','']}") << "routes.events[1]: expected a non-empty string";
    QTest::newRow("not array") << q("{'exclude':'x'}") << "routes.exclude: expected an array of strings";
}

void TestDeliveryConfig::routeErrorsNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    RouteRules rules;
    QString message;
    QVERIFY(!RouteRules::parse(value, QStringLiteral("routes"), rules, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

void TestDeliveryConfig::settingsErrorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("providers");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown common-looking key") << q("{'segment':{'writeKey':'k','endpont':'http://x'}}")
                                                << "test: journey.providers.segment.endpont: unknown key";
    QTest::newRow("bad endpoint") << q("{'segment':{'writeKey':'k','endpoint':'ftp://x'}}")
                                  << "test: journey.providers.segment.endpoint: expected an http:// or https:// base URL";
    QTest::newRow("bad enabled") << q("{'segment':{'writeKey':'k','enabled':'yes'}}")
                                 << "test: journey.providers.segment.enabled: expected true or false";
    QTest::newRow("batch key") << q("{'segment':{'writeKey':'k','batch':{'size':3}}}")
                               << "test: journey.providers.segment.batch.size: unknown key";
    QTest::newRow("batch range") << q("{'segment':{'writeKey':'k','batch':{'maxEvents':0}}}")
                                 << "test: journey.providers.segment.batch.maxEvents: expected a whole number between 1 and";
    QTest::newRow("attempts") << q("{'segment':{'writeKey':'k','maxAttempts':2.5}}")
                              << "test: journey.providers.segment.maxAttempts: expected a whole number";
    QTest::newRow("routes") << q("{'segment':{'writeKey':'k','routes':{'types':['x']}}}")
                            << "test: journey.providers.segment.routes.types[0]";
    QTest::newRow("missing credential") << q("{'segment':{}}") << "test: journey.providers.segment.writeKey";
    QTest::newRow("unknown provider") << q("{'segmnt':{}}") << "test: journey.providers.segmnt: unknown provider";
}

void TestDeliveryConfig::settingsErrorsNameTheKey()
{
    QFETCH(QByteArray, providers);
    QFETCH(QString, error);
    JourneyConfig config;
    QString message;
    QVERIFY(!JourneyConfig::parse("{\"journey\":{\"providers\":" + providers + "}}", QStringLiteral("test"), config, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

void TestDeliveryConfig::settingsLowerTheProviderLimits()
{
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::parse(q("{'journey':{'providers':{'segment':{'writeKey':'k','batch':{'maxEvents':10,'maxKB':64,'flushMs':5},"
                                    "'endpoint':'http://127.0.0.1:9/prefix','timeoutMs':500,'concurrency':3}}}}"),
                 QStringLiteral("test"), config, &error),
        qPrintable(error));
    const ProviderSettings* settings = config.settingsFor(QStringLiteral("segment"));
    QVERIFY(settings);
    QCOMPARE(settings->effectiveLimits().maxEvents, 10);
    QCOMPARE(settings->effectiveLimits().maxRequestBytes, qint64(64 * 1024));
    QVERIFY(settings->effectiveLimits().maxEventBytes <= 64 * 1024);
    QCOMPARE(settings->flushIntervalMs, 5);
    QCOMPARE(settings->timeoutMs, 500);
    QCOMPARE(settings->concurrency, 3);
    QCOMPARE(settings->provider->endpoint(), QUrl(QStringLiteral("http://127.0.0.1:9/prefix")));
    // Raising a limit above the provider's documented one is not possible.
    QVERIFY(JourneyConfig::parse(q("{'journey':{'providers':{'segment':{'writeKey':'k','batch':{'maxEvents':90000}}}}}"),
        QStringLiteral("test"), config, &error));
    QVERIFY(config.settingsFor(QStringLiteral("segment"))->effectiveLimits().maxEvents
        == config.settingsFor(QStringLiteral("segment"))->provider->limits().maxEvents);
}

void TestDeliveryConfig::secretsAreCollectedForMasking()
{
    qputenv("JOURNEY_TEST_MP_SECRET", "mp_secret_from_env_99");
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::parse(q("{'journey':{'providers':{'segment':{'writeKey':'seg_key_77'},"
                                    "'mixpanel':{'token':'mp_token_88','apiSecret':'${JOURNEY_TEST_MP_SECRET}'}}}}"),
                 QStringLiteral("test"), config, &error),
        qPrintable(error));
    QVERIFY(config.knownSecrets.contains(QStringLiteral("seg_key_77")));
    QVERIFY(config.knownSecrets.contains(QStringLiteral("mp_secret_from_env_99")));
    QVERIFY(config.knownSecrets.contains(QStringLiteral("mp_token_88")));
    QVERIFY(!JourneyConfig::parse(q("{'journey':{'providers':{'segment':{'writeKey':'${JOURNEY_TEST_UNSET_VARIABLE}'}}}}"),
        QStringLiteral("test"), config, &error));
    QVERIFY2(error.contains(QLatin1String("journey.providers.segment.writeKey"))
            && error.contains(QLatin1String("JOURNEY_TEST_UNSET_VARIABLE")),
        qPrintable(error));
}

void TestDeliveryConfig::defaultProviders()
{
    JourneyConfig config;
    QString error;
    const QByteArray providers = q("'providers':{'segment':{'writeKey':'k'},'posthog':{'apiKey':'phc_k'}}");
    QVERIFY(JourneyConfig::parse("{\"journey\":{\"provider\":\"posthog\"," + providers + "}}", QStringLiteral("t"), config, &error));
    QCOMPARE(config.defaultProviders, QStringList { QStringLiteral("posthog") });
    QVERIFY(JourneyConfig::parse("{\"journey\":{\"provider\":[\"segment\",\"posthog\"]," + providers + "}}", QStringLiteral("t"), config, &error));
    QCOMPARE(config.defaultProviders.size(), 2);
    QVERIFY(JourneyConfig::parse("{\"journey\":{\"provider\":\"all\"," + providers + "}}", QStringLiteral("t"), config, &error));
    QVERIFY(config.defaultProviders.isEmpty());
    QVERIFY(!JourneyConfig::parse("{\"journey\":{\"provider\":\"heap\"," + providers + "}}", QStringLiteral("t"), config, &error));
    QVERIFY2(error.contains(QLatin1String("journey.provider: 'heap' has no settings")), qPrintable(error));
    QVERIFY(!JourneyConfig::parse("{\"journey\":{\"provider\":5," + providers + "}}", QStringLiteral("t"), config, &error));
    QVERIFY2(error.contains(QLatin1String("journey.provider: expected")), qPrintable(error));
}

void TestDeliveryConfig::routerHonoursIntegrations()
{
    JourneyConfig config;
    QString error;
    QVERIFY(JourneyConfig::parse(q("{'journey':{'providers':{'segment':{'writeKey':'k'},'mixpanel':{'token':'t','routes':{'types':['track']}},"
                                   "'amplitude':{'apiKey':'a','enabled':false}}}}"),
        QStringLiteral("t"), config, &error));
    const EventRouter router(config);
    QCOMPARE(router.route(EventType::Track, QStringLiteral("E"), {}, {}),
        (QStringList { QStringLiteral("segment"), QStringLiteral("mixpanel") }));
    QCOMPARE(router.route(EventType::Identify, {}, {}, {}), QStringList { QStringLiteral("segment") });
    QCOMPARE(router.route(EventType::Identify, {}, QJsonObject { { QStringLiteral("Mixpanel"), true } }, {}),
        (QStringList { QStringLiteral("segment"), QStringLiteral("mixpanel") }));
    QCOMPARE(router.route(EventType::Track, QStringLiteral("E"), QJsonObject { { QStringLiteral("segment"), false } }, {}),
        QStringList { QStringLiteral("mixpanel") });
    QCOMPARE(router.route(EventType::Track, QStringLiteral("E"), QJsonObject { { QStringLiteral("All"), false }, { QStringLiteral("Segment"), QJsonObject {} } }, {}),
        QStringList { QStringLiteral("segment") });
    QString why;
    QVERIFY(router.route(EventType::Track, QStringLiteral("E"), {}, { QStringLiteral("amplitude") }, &why).isEmpty());
    QVERIFY2(why.contains(QLatin1String("amplitude is disabled")), qPrintable(why));
    QVERIFY(router.route(EventType::Track, QStringLiteral("E"), {}, { QStringLiteral("heap") }, &why).isEmpty());
    QVERIFY2(why.contains(QLatin1String("heap is not configured")), qPrintable(why));
}

void TestDeliveryConfig::samplingIsDeterministicPerPerson()
{
    SamplingRules rules;
    QString error;
    QVERIFY(SamplingRules::parse(QJsonDocument::fromJson(q("{'Scrolled':0.25,'Page *':0.5,'Page Pricing':1,'*':0.9}")).object(),
        QStringLiteral("journey.sampling"), rules, &error));
    int kept = 0;
    for (int i = 0; i < 4000; ++i) {
        const QString person = QStringLiteral("person-%1").arg(i);
        const SamplingRules::Decision first = rules.decide(EventType::Track, QStringLiteral("Scrolled"), {}, person);
        const SamplingRules::Decision again = rules.decide(EventType::Track, QStringLiteral("Scrolled"), QStringLiteral("u"), person);
        QCOMPARE(first.kept, again.kept);
        QCOMPARE(first.rate, 0.25);
        kept += first.kept ? 1 : 0;
    }
    QVERIFY2(kept > 850 && kept < 1150, qPrintable(QString::number(kept)));
    // A person kept at a lower rate is also kept at a higher one: raising a rate never drops anyone.
    for (int i = 0; i < 500; ++i) {
        const QString person = QStringLiteral("p%1").arg(i);
        if (rules.decide(EventType::Track, QStringLiteral("Scrolled"), {}, person).kept)
            QVERIFY(rules.decide(EventType::Page, QStringLiteral("Page Docs"), {}, person).kept);
    }
    QCOMPARE(rules.decide(EventType::Page, QStringLiteral("Page Pricing"), {}, QStringLiteral("x")).rule, QStringLiteral("Page Pricing"));
    QCOMPARE(rules.decide(EventType::Track, QStringLiteral("Other"), {}, QStringLiteral("x")).rule, QStringLiteral("*"));
    // The most specific glob decides, whatever the order in the file ("*" sorts before "Page *").
    QCOMPARE(rules.decide(EventType::Page, QStringLiteral("Page Docs"), {}, QStringLiteral("x")).rule, QStringLiteral("Page *"));
    SamplingRules debug;
    QVERIFY(SamplingRules::parse(QJsonDocument::fromJson(q("{'Debug *':0,'*':1}")).object(), QStringLiteral("s"), debug, &error));
    QVERIFY(!debug.decide(EventType::Track, QStringLiteral("Debug ping"), {}, QStringLiteral("x")).kept);
    QVERIFY(debug.decide(EventType::Track, QStringLiteral("Signed Up"), {}, QStringLiteral("x")).kept);
    QVERIFY(rules.decide(EventType::Identify, {}, {}, QStringLiteral("x")).kept);
    QVERIFY(rules.decide(EventType::Alias, {}, {}, QStringLiteral("x")).rule.isEmpty());
}

void TestDeliveryConfig::samplingErrors()
{
    SamplingRules rules;
    QString error;
    QVERIFY(!SamplingRules::parse(QJsonDocument::fromJson(q("{'Scrolled':1.5}")).object(), QStringLiteral("journey.sampling"), rules, &error));
    QCOMPARE(error, QStringLiteral("journey.sampling.Scrolled: expected a rate between 0 and 1"));
    QVERIFY(!SamplingRules::parse(QJsonDocument::fromJson(q("{'Scrolled':'half'}")).object(), QStringLiteral("journey.sampling"), rules, &error));
    QVERIFY(!SamplingRules::parse(QJsonValue(0.5), QStringLiteral("journey.sampling"), rules, &error));
    JourneyConfig config;
    QVERIFY(!JourneyConfig::parse(q("{'journey':{'queue':{'maxEvents':0}}}"), QStringLiteral("t"), config, &error));
    QCOMPARE(error, QStringLiteral("t: journey.queue.maxEvents: expected a whole number between 1 and 100000000"));
    QVERIFY(!JourneyConfig::parse(q("{'journey':{'queue':{'size':3}}}"), QStringLiteral("t"), config, &error));
    QVERIFY2(error.contains(QLatin1String("journey.queue.size: unknown key")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDeliveryConfig)
#include "tst_deliveryconfig.moc"

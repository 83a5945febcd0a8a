// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "config/journeyconfig.h"
#include "core/eventtype.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;

namespace {
const QString origin = QStringLiteral("cfg.json");
const QString providerList = QStringLiteral("segment, rudderstack, mixpanel, amplitude, heap, ga4, posthog");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The fewest settings with which each provider parses: its credentials.
QJsonObject validSettings(const QString& id)
{
    if (id == QLatin1String("segment"))
        return { { QStringLiteral("writeKey"), QStringLiteral("seg_write_key_1") } };
    if (id == QLatin1String("rudderstack"))
        return { { QStringLiteral("writeKey"), QStringLiteral("rs_write_key_1") },
            { QStringLiteral("dataPlaneUrl"), QStringLiteral("https://example-dataplane.rudderstack.com") } };
    if (id == QLatin1String("mixpanel"))
        return { { QStringLiteral("token"), QStringLiteral("mp_token_value") } };
    if (id == QLatin1String("amplitude"))
        return { { QStringLiteral("apiKey"), QStringLiteral("amp_key_value") } };
    if (id == QLatin1String("heap"))
        return { { QStringLiteral("appId"), QStringLiteral("heap_env_12345") } };
    if (id == QLatin1String("ga4"))
        return { { QStringLiteral("measurementId"), QStringLiteral("G-ABC123") },
            { QStringLiteral("apiSecret"), QStringLiteral("ga_secret_value") } };
    if (id == QLatin1String("posthog"))
        return { { QStringLiteral("apiKey"), QStringLiteral("phc_token_value") } };
    return {};
}

QStringList settingsIds(const JourneyConfig& config)
{
    QStringList ids;
    for (const ProviderSettings& settings : config.providerSettings)
        ids.append(settings.id);
    return ids;
}
} // namespace

class TestJourneyConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testDefaults();
    void testFullConfig();
    void testExpansion_data();
    void testExpansion();
    void testErrors_data();
    void testErrors();
    void testMalformedJson_data();
    void testMalformedJson();
    void testDefaultProviders_data();
    void testDefaultProviders();
    void testAllProvidersInRegistryOrder();
    void testQueueAndSampling();
    void testFailureLeavesOutputAlone();
    void testKnownSecrets();
    void testSizes_data();
    void testSizes();
    void testProviderNames();
    void testLoad();
    void testSaveCollectorListenNewFile();
    void testSaveCollectorListenKeepsMembers();
    void testSaveCollectorListenRefusesInvalidFile_data();
    void testSaveCollectorListenRefusesInvalidFile();
    void testCollectorFlags();
    void testCollectorFlagErrors_data();
    void testCollectorFlagErrors();
};

void TestJourneyConfig::initTestCase()
{
    qputenv("JOURNEY_TEST_KEY", "wk_from_environment_1234");
    qputenv("JOURNEY_TEST_PORT", "9191");
    qputenv("JOURNEY_TEST_EMPTY", "");
    qputenv("JOURNEY_TEST_PROVIDER", "heap");
    qunsetenv("JOURNEY_TEST_UNSET");
}

void TestJourneyConfig::cleanupTestCase()
{
    qunsetenv("JOURNEY_TEST_KEY");
    qunsetenv("JOURNEY_TEST_PORT");
    qunsetenv("JOURNEY_TEST_EMPTY");
    qunsetenv("JOURNEY_TEST_PROVIDER");
}

void TestJourneyConfig::testDefaults()
{
    for (const QByteArray& text : { QByteArray("{}"), QByteArray(R"({"journey":{}})"), QByteArray(" { } \n") }) {
        JourneyConfig config;
        config.defaultProviders = QStringList { QStringLiteral("stale") };
        ProviderSettings stale;
        stale.id = QStringLiteral("stale");
        config.providerSettings.append(stale);
        config.queueCapacity = 5;
        config.sampling.rules.append({ QStringLiteral("stale"), 0.5 });
        QString error;
        QVERIFY2(JourneyConfig::parse(text, origin, config, &error), qPrintable(error));
        QVERIFY(config.enabled);
        QCOMPARE(config.collector.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(config.collector.port, quint16(8787));
        QVERIFY(config.collector.writeKeys.isEmpty());
        QCOMPARE(config.collector.maxBatchBytes, qsizetype(500 * 1024));
        QCOMPARE(config.collector.maxEventBytes, qsizetype(32 * 1024));
        QVERIFY(config.defaultProviders.isEmpty()); // every enabled provider
        QVERIFY(config.providers.isEmpty());
        QVERIFY(config.providerSettings.isEmpty());
        QVERIFY(config.settingsFor(QStringLiteral("segment")) == nullptr);
        QVERIFY(config.sampling.isEmpty());
        QCOMPARE(config.queueCapacity, 100000);
        QVERIFY(config.knownSecrets.isEmpty());
    }
}

void TestJourneyConfig::testFullConfig()
{
    const QByteArray text = R"({"journey": {"enabled": false,
        "collector": {"listen": "[::1]:${JOURNEY_TEST_PORT}", "writeKeys": ["${JOURNEY_TEST_KEY}", "second_key_abcdef"],
                      "maxBatchKB": 1000, "maxEventKB": 64},
        "provider": "mixpanel",
        "providers": {"segment": {"writeKey": "${JOURNEY_TEST_KEY}", "endpoint": "https://api.segment.io"},
                      "mixpanel": {"token": "mp_token_value", "apiSecret": "mp_secret_value",
                                   "endpoint": "https://api-eu.mixpanel.com", "batch": {"maxEvents": 50},
                                   "enabled": false, "timeoutMs": 2500}},
        "sampling": {"Page Viewed": 0.1, "Scroll *": 0},
        "queue": {"maxEvents": 5000}}})";
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::parse(text, origin, config, &error), qPrintable(error));
    QVERIFY(!config.enabled);
    QCOMPARE(config.collector.host, QStringLiteral("::1"));
    QCOMPARE(config.collector.port, quint16(9191));
    QCOMPARE(config.collector.writeKeys, (QList<QByteArray> { "wk_from_environment_1234", "second_key_abcdef" }));
    QCOMPARE(config.collector.maxBatchBytes, qsizetype(1000 * 1024));
    QCOMPARE(config.collector.maxEventBytes, qsizetype(64 * 1024));
    QCOMPARE(config.defaultProviders, QStringList { QStringLiteral("mixpanel") });

    // As written, expanded.
    const QJsonObject segment = config.providers.value(QLatin1String("segment")).toObject();
    QCOMPARE(segment.value(QLatin1String("writeKey")).toString(), QStringLiteral("wk_from_environment_1234"));
    QCOMPARE(segment.value(QLatin1String("endpoint")).toString(), QStringLiteral("https://api.segment.io"));
    const QJsonObject mixpanel = config.providers.value(QLatin1String("mixpanel")).toObject();
    QCOMPARE(mixpanel.value(QLatin1String("batch")).toObject().value(QLatin1String("maxEvents")).toInt(), 50);

    // Parsed, in the registry's order (segment before mixpanel), not the JSON object's.
    QCOMPARE(settingsIds(config), (QStringList { QStringLiteral("segment"), QStringLiteral("mixpanel") }));
    const ProviderSettings* segmentSettings = config.settingsFor(QStringLiteral("segment"));
    QVERIFY(segmentSettings);
    QVERIFY(segmentSettings->enabled);
    QCOMPARE(segmentSettings->endpoint, QUrl(QStringLiteral("https://api.segment.io")));
    QCOMPARE(segmentSettings->options.value(QLatin1String("writeKey")).toString(), QStringLiteral("wk_from_environment_1234"));
    QVERIFY(!segmentSettings->options.contains(QLatin1String("endpoint"))); // shared keys are not the provider's own
    QVERIFY(segmentSettings->provider);
    QCOMPARE(segmentSettings->provider->id(), QStringLiteral("segment"));
    const ProviderSettings* mixpanelSettings = config.settingsFor(QStringLiteral("mixpanel"));
    QVERIFY(mixpanelSettings);
    QVERIFY(!mixpanelSettings->enabled);
    QCOMPARE(mixpanelSettings->endpoint, QUrl(QStringLiteral("https://api-eu.mixpanel.com")));
    QCOMPARE(mixpanelSettings->maxBatchEvents, 50);
    QCOMPARE(mixpanelSettings->timeoutMs, 2500);
    QCOMPARE(mixpanelSettings->options.value(QLatin1String("token")).toString(), QStringLiteral("mp_token_value"));
    QCOMPARE(mixpanelSettings->options.value(QLatin1String("apiSecret")).toString(), QStringLiteral("mp_secret_value"));
    QVERIFY(mixpanelSettings->provider);
    QVERIFY(config.settingsFor(QStringLiteral("heap")) == nullptr);

    QCOMPARE(config.sampling.rules.size(), 2);
    QCOMPARE(config.sampling.decide(EventType::Page, QStringLiteral("Page Viewed"), QString(), QStringLiteral("anon")).rate,
        0.1);
    QVERIFY(!config.sampling.decide(EventType::Track, QStringLiteral("Scroll Down"), QString(), QStringLiteral("anon")).kept);
    QCOMPARE(config.queueCapacity, 5000);
}

void TestJourneyConfig::testExpansion_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expanded");

    QTest::newRow("whole value") << QStringLiteral("${JOURNEY_TEST_KEY}") << QStringLiteral("wk_from_environment_1234");
    QTest::newRow("inside text") << QStringLiteral("pre-${JOURNEY_TEST_PORT}-post") << QStringLiteral("pre-9191-post");
    QTest::newRow("two variables") << QStringLiteral("${JOURNEY_TEST_PORT}${JOURNEY_TEST_PORT}")
                                   << QStringLiteral("91919191");
    QTest::newRow("$$ is a dollar") << QStringLiteral("cost: $$5") << QStringLiteral("cost: $5");
    QTest::newRow("$${ is not a variable") << QStringLiteral("$${JOURNEY_TEST_KEY}") << QStringLiteral("${JOURNEY_TEST_KEY}");
    QTest::newRow("$$$$") << QStringLiteral("$$$$") << QStringLiteral("$$");
    QTest::newRow("lone dollar") << QStringLiteral("a $ b") << QStringLiteral("a $ b");
    QTest::newRow("trailing dollar") << QStringLiteral("end$") << QStringLiteral("end$");
    QTest::newRow("dollar without braces") << QStringLiteral("$JOURNEY_TEST_KEY") << QStringLiteral("$JOURNEY_TEST_KEY");
    QTest::newRow("set but empty") << QStringLiteral("[${JOURNEY_TEST_EMPTY}]") << QStringLiteral("[]");
    QTest::newRow("no variables") << QStringLiteral("plain") << QStringLiteral("plain");
    QTest::newRow("unicode kept") << QStringLiteral("caf\u00e9 ${JOURNEY_TEST_PORT}") << QStringLiteral("caf\u00e9 9191");
}

void TestJourneyConfig::testExpansion()
{
    QFETCH(QString, value);
    QFETCH(QString, expanded);
    // A string member, strings in an array inside an object, and a number that stays a number.
    const QJsonObject settings { { QStringLiteral("appId"), value },
        { QStringLiteral("routes"),
            QJsonObject { { QStringLiteral("events"), QJsonArray { value, QStringLiteral("Signed Up") } } } },
        { QStringLiteral("batch"), QJsonObject { { QStringLiteral("maxEvents"), 1 } } } };
    const QJsonObject root { { QStringLiteral("journey"),
        QJsonObject { { QStringLiteral("providers"), QJsonObject { { QStringLiteral("heap"), settings } } } } } };
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::parse(QJsonDocument(root).toJson(), origin, config, &error), qPrintable(error));
    const QJsonObject heap = config.providers.value(QLatin1String("heap")).toObject();
    QCOMPARE(heap.value(QLatin1String("appId")).toString(), expanded);
    const QJsonArray events = heap.value(QLatin1String("routes")).toObject().value(QLatin1String("events")).toArray();
    QCOMPARE(events.at(0).toString(), expanded);
    QCOMPARE(events.at(1).toString(), QStringLiteral("Signed Up"));
    QCOMPARE(heap.value(QLatin1String("batch")).toObject().value(QLatin1String("maxEvents")).toInt(), 1);

    // The parsed settings see the expanded values too.
    const ProviderSettings* parsed = config.settingsFor(QStringLiteral("heap"));
    QVERIFY(parsed);
    QCOMPARE(parsed->options.value(QLatin1String("appId")).toString(), expanded);
    QCOMPARE(parsed->routes.events, (QStringList { expanded, QStringLiteral("Signed Up") }));
    QCOMPARE(parsed->maxBatchEvents, 1);
}

void TestJourneyConfig::testErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");

    const auto row = [](const char* name, const char* text, const QString& error) {
        QTest::newRow(name) << QByteArray(text) << QStringLiteral("cfg.json: ") + error;
    };
    row("root is an array", "[]", QStringLiteral("expected a JSON object with a \"journey\" member"));
    row("unknown root key", R"({"jorney":{}})", QStringLiteral("jorney: unknown key; expected one of: journey"));
    row("journey not an object", R"({"journey":[]})", QStringLiteral("journey: expected an object, got an array"));
    row("journey null", R"({"journey":null})", QStringLiteral("journey: expected an object, got null"));
    row("unknown journey key", R"({"journey":{"colector":{}}})",
        QStringLiteral("journey.colector: unknown key; expected one of: enabled, collector, provider, providers, "
                       "sampling, queue, validation"));
    row("enabled a string", R"({"journey":{"enabled":"yes"}})",
        QStringLiteral("journey.enabled: expected true or false, got a string"));
    row("collector a number", R"({"journey":{"collector":5}})",
        QStringLiteral("journey.collector: expected an object, got a number"));
    row("unknown collector key", R"({"journey":{"collector":{"listen":"8787","port":1}}})",
        QStringLiteral("journey.collector.port: unknown key; expected one of: listen, writeKeys, maxBatchKB, maxEventKB, flags"));
    row("listen a number", R"({"journey":{"collector":{"listen":8787}}})",
        QStringLiteral("journey.collector.listen: expected \"HOST:PORT\", got a number"));
    row("listen host name", R"({"journey":{"collector":{"listen":"example.com:80"}}})",
        QStringLiteral("journey.collector.listen: 'example.com' is not an IP address (in 'example.com:80')"));
    row("listen port too big", R"({"journey":{"collector":{"listen":"127.0.0.1:70000"}}})",
        QStringLiteral("journey.collector.listen: '70000' is not a port number 0-65535 (in '127.0.0.1:70000')"));
    row("listen from a variable, bad", R"({"journey":{"collector":{"listen":"127.0.0.1:${JOURNEY_TEST_KEY}"}}})",
        QStringLiteral("journey.collector.listen: 'wk_from_environment_1234' is not a port number 0-65535 (in "
                       "'127.0.0.1:wk_from_environment_1234')"));
    row("listen IPv6 without brackets and port", R"({"journey":{"collector":{"listen":"[::1]"}}})",
        QStringLiteral("journey.collector.listen: '[::1]' is not HOST:PORT"));
    row("writeKeys a string", R"({"journey":{"collector":{"writeKeys":"wk"}}})",
        QStringLiteral("journey.collector.writeKeys: expected an array of strings, got a string"));
    row("writeKeys with a number", R"({"journey":{"collector":{"writeKeys":["wk_1",2]}}})",
        QStringLiteral("journey.collector.writeKeys[1]: expected a non-empty string"));
    row("writeKeys with an empty string", R"({"journey":{"collector":{"writeKeys":[""]}}})",
        QStringLiteral("journey.collector.writeKeys[0]: expected a non-empty string"));
    row("writeKeys with an empty variable", R"({"journey":{"collector":{"writeKeys":["${JOURNEY_TEST_EMPTY}"]}}})",
        QStringLiteral("journey.collector.writeKeys[0]: expected a non-empty string"));
    row("maxBatchKB zero", R"({"journey":{"collector":{"maxBatchKB":0}}})",
        QStringLiteral("journey.collector.maxBatchKB: expected a number of kilobytes between 1 and 1048576"));
    row("maxBatchKB a string", R"({"journey":{"collector":{"maxBatchKB":"500"}}})",
        QStringLiteral("journey.collector.maxBatchKB: expected a number of kilobytes between 1 and 1048576"));
    row("maxBatchKB too big", R"({"journey":{"collector":{"maxBatchKB":1048577}}})",
        QStringLiteral("journey.collector.maxBatchKB: expected a number of kilobytes between 1 and 1048576"));
    row("maxEventKB negative", R"({"journey":{"collector":{"maxEventKB":-1}}})",
        QStringLiteral("journey.collector.maxEventKB: expected a number of kilobytes between 1 and 1048576"));
    row("unknown provider", R"({"journey":{"provider":"segmnt"}})",
        QStringLiteral("journey.provider: unknown provider 'segmnt'; expected one of: ") + providerList);
    row("provider case matters", R"({"journey":{"provider":"Segment"}})",
        QStringLiteral("journey.provider: unknown provider 'Segment'; expected one of: ") + providerList);
    row("provider a number", R"({"journey":{"provider":1}})",
        QStringLiteral("journey.provider: expected a provider name, a list of them or \"all\", got a number"));
    row("provider a boolean", R"({"journey":{"provider":true}})",
        QStringLiteral("journey.provider: expected a provider name, a list of them or \"all\", got a boolean"));
    row("provider an object", R"({"journey":{"provider":{"segment":true}}})",
        QStringLiteral("journey.provider: expected a provider name, a list of them or \"all\", got an object"));
    row("provider list with a number", R"({"journey":{"provider":["segment",2],"providers":{"segment":{"writeKey":"k"}}}})",
        QStringLiteral("journey.provider[1]: expected a provider name"));
    row("provider list with an unknown id",
        R"({"journey":{"provider":["segment","segmnt"],"providers":{"segment":{"writeKey":"k"}}}})",
        QStringLiteral("journey.provider: unknown provider 'segmnt'; expected one of: ") + providerList);
    row("default without settings", R"({"journey":{"provider":"heap"}})",
        QStringLiteral("journey.provider: 'heap' has no settings under journey.providers.heap"));
    row("default without settings, others configured",
        R"({"journey":{"provider":"mixpanel","providers":{"segment":{"writeKey":"k"}}}})",
        QStringLiteral("journey.provider: 'mixpanel' has no settings under journey.providers.mixpanel"));
    row("default in a list without settings",
        R"({"journey":{"provider":["segment","posthog"],"providers":{"segment":{"writeKey":"k"}}}})",
        QStringLiteral("journey.provider: 'posthog' has no settings under journey.providers.posthog"));
    row("providers an array", R"({"journey":{"providers":[]}})",
        QStringLiteral("journey.providers: expected an object, got an array"));
    row("unknown provider settings", R"({"journey":{"providers":{"segment":{"writeKey":"k"},"google":{}}}})",
        QStringLiteral("journey.providers.google: unknown provider; expected one of: ") + providerList);
    row("provider settings a string", R"({"journey":{"providers":{"segment":"wk"}}})",
        QStringLiteral("journey.providers.segment: expected an object, got a string"));
    row("provider setting with an unknown key",
        R"({"journey":{"providers":{"segment":{"writeKey":"k","write_key":"k"}}}})",
        QStringLiteral("journey.providers.segment.write_key: unknown key; expected one of: writeKey, enabled, endpoint, "
                       "batch, routes, timeoutMs, maxAttempts, backoffMs, maxBackoffMs, concurrency, forward, forwardTo, validation"));
    row("provider setting in an old spelling", R"({"journey":{"providers":{"mixpanel":{"token":"t","api_secret":"s"}}}})",
        QStringLiteral("journey.providers.mixpanel.api_secret: unknown key; expected one of: token, apiSecret, "
                       "serviceAccount, projectId, groupKey, enabled, endpoint, batch, routes, timeoutMs, maxAttempts, "
                       "backoffMs, maxBackoffMs, concurrency, forward, forwardTo, validation"));
    row("unknown nested provider setting", R"({"journey":{"providers":{"segment":{"writeKey":"k","batch":{"size":5}}}}})",
        QStringLiteral("journey.providers.segment.batch.size: unknown key; expected one of: maxEvents, maxKB, flushMs"));
    row("provider endpoint not a URL", R"({"journey":{"providers":{"heap":{"appId":"1","endpoint":"heap"}}}})",
        QStringLiteral("journey.providers.heap.endpoint: expected an http:// or https:// base URL"));
    row("provider timeout out of range", R"({"journey":{"providers":{"heap":{"appId":"1","timeoutMs":5}}}})",
        QStringLiteral("journey.providers.heap.timeoutMs: expected a whole number between 100 and 600000"));
    row("missing segment writeKey", R"({"journey":{"providers":{"segment":{}}}})",
        QStringLiteral("journey.providers.segment.writeKey is missing: Segment needs the write key of the source to "
                       "send to"));
    row("segment writeKey from an empty variable",
        R"({"journey":{"providers":{"segment":{"writeKey":"${JOURNEY_TEST_EMPTY}"}}}})",
        QStringLiteral("journey.providers.segment.writeKey is missing: Segment needs the write key of the source to "
                       "send to"));
    row("missing rudderstack dataPlaneUrl", R"({"journey":{"providers":{"rudderstack":{"writeKey":"k"}}}})",
        QStringLiteral("journey.providers.rudderstack.dataPlaneUrl is missing: RudderStack needs the data plane URL "
                       "of the workspace (e.g. https://example-dataplane.rudderstack.com)"));
    row("missing rudderstack writeKey",
        R"({"journey":{"providers":{"rudderstack":{"dataPlaneUrl":"https://example-dataplane.rudderstack.com"}}}})",
        QStringLiteral("journey.providers.rudderstack.writeKey is missing: RudderStack needs the write key of the "
                       "source to send to"));
    row("missing mixpanel token", R"({"journey":{"providers":{"mixpanel":{"apiSecret":"s"}}}})",
        QStringLiteral("journey.providers.mixpanel.token is required"));
    row("missing amplitude apiKey", R"({"journey":{"providers":{"amplitude":{}}}})",
        QStringLiteral("journey.providers.amplitude.apiKey is required"));
    row("missing heap appId", R"({"journey":{"providers":{"heap":{"enabled":true}}}})",
        QStringLiteral("journey.providers.heap.appId: required: the Heap environment id (sent as app_id)"));
    row("missing ga4 stream", R"({"journey":{"providers":{"ga4":{"apiSecret":"s"}}}})",
        QStringLiteral("journey.providers.ga4.measurementId or journey.providers.ga4.firebaseAppId: required: the "
                       "G-\u2026 measurement id of a web stream, or the Firebase app id of an app stream"));
    row("missing ga4 apiSecret", R"({"journey":{"providers":{"ga4":{"measurementId":"G-ABC123"}}}})",
        QStringLiteral("journey.providers.ga4.apiSecret: required: a Measurement Protocol API secret of the data stream"));
    row("missing posthog apiKey", R"({"journey":{"providers":{"posthog":{"host":"https://eu.posthog.com"}}}})",
        QStringLiteral("journey.providers.posthog.apiKey is missing: PostHog needs the project API key (phc_\u2026)"));
    row("sampling an array", R"({"journey":{"sampling":[]}})",
        QStringLiteral("journey.sampling: expected an object of event name \u2192 rate between 0 and 1"));
    row("sampling rate above 1", R"({"journey":{"sampling":{"Page Viewed":2}}})",
        QStringLiteral("journey.sampling.Page Viewed: expected a rate between 0 and 1"));
    row("queue a number", R"({"journey":{"queue":5}})", QStringLiteral("journey.queue: expected an object, got a number"));
    row("unknown queue key", R"({"journey":{"queue":{"size":5}}})",
        QStringLiteral("journey.queue.size: unknown key; expected one of: maxEvents"));
    row("queue maxEvents zero", R"({"journey":{"queue":{"maxEvents":0}}})",
        QStringLiteral("journey.queue.maxEvents: expected a whole number between 1 and 100000000"));
    row("queue maxEvents fractional", R"({"journey":{"queue":{"maxEvents":1.5}}})",
        QStringLiteral("journey.queue.maxEvents: expected a whole number between 1 and 100000000"));
    row("missing variable", R"({"journey":{"providers":{"segment":{"writeKey":"${JOURNEY_TEST_UNSET}"}}}})",
        QStringLiteral("journey.providers.segment.writeKey: the environment variable JOURNEY_TEST_UNSET is not set"));
    row("missing variable in an array", R"({"journey":{"collector":{"writeKeys":["ok_key_123","${JOURNEY_TEST_UNSET}"]}}})",
        QStringLiteral("journey.collector.writeKeys[1]: the environment variable JOURNEY_TEST_UNSET is not set"));
    row("missing variable in listen", R"({"journey":{"collector":{"listen":"${JOURNEY_TEST_UNSET}"}}})",
        QStringLiteral("journey.collector.listen: the environment variable JOURNEY_TEST_UNSET is not set"));
    row("unclosed variable", R"({"journey":{"provider":"${JOURNEY_TEST_KEY"}})",
        QStringLiteral("journey.provider: '${' without a closing '}'"));
    row("empty variable name", R"({"journey":{"providers":{"heap":{"appId":"${}"}}}})",
        QStringLiteral("journey.providers.heap.appId: empty variable name in '${}'"));
}

void TestJourneyConfig::testErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    JourneyConfig config;
    QString reason;
    QVERIFY(!JourneyConfig::parse(text, origin, config, &reason));
    QCOMPARE(reason, error);
}

void TestJourneyConfig::testMalformedJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); // of the offending character

    QTest::newRow("trailing comma on line 4") << QByteArray("{\n  \"journey\": {\n    \"enabled\": true,\n  }\n}") << 4 << 3;
    QTest::newRow("missing comma") << QByteArray("{\"journey\": {\"enabled\": true \"provider\": \"heap\"}}") << 1 << 31;
    QTest::newRow("empty file") << QByteArray() << 1 << 1;
    QTest::newRow("truncated") << QByteArray("{\"journey\": {") << 1 << 14;
    QTest::newRow("comment") << QByteArray("{\n  // the collector\n  \"journey\": {}\n}") << 2 << 3;
}

void TestJourneyConfig::testMalformedJson()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    JourneyConfig config;
    QString error;
    QVERIFY(!JourneyConfig::parse(text, origin, config, &error));
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^cfg\\.json:(\\d+):(\\d+): malformed JSON: .+$")).match(error);
    QVERIFY2(match.hasMatch(), qPrintable(error));
    QCOMPARE(match.captured(1).toInt(), line);
    // Qt's offset lands on the offending character or just past it.
    QVERIFY2(match.captured(2).toInt() >= column && match.captured(2).toInt() <= column + 2, qPrintable(error));
}

void TestJourneyConfig::testDefaultProviders_data()
{
    QTest::addColumn<QByteArray>("provider"); // the value of journey.provider; empty: no such member
    QTest::addColumn<QStringList>("defaults");

    QTest::newRow("absent: every enabled provider") << QByteArray() << QStringList();
    QTest::newRow("one id") << QByteArray(R"("mixpanel")") << QStringList { QStringLiteral("mixpanel") };
    QTest::newRow("a list") << QByteArray(R"(["heap","segment"])")
                            << QStringList { QStringLiteral("heap"), QStringLiteral("segment") }; // as written
    QTest::newRow("a list of one") << QByteArray(R"(["segment"])") << QStringList { QStringLiteral("segment") };
    QTest::newRow("an empty list") << QByteArray("[]") << QStringList();
    QTest::newRow("all") << QByteArray(R"("all")") << QStringList();
    QTest::newRow("from a variable") << QByteArray(R"("${JOURNEY_TEST_PROVIDER}")") << QStringList { QStringLiteral("heap") };
    QTest::newRow("list from variables") << QByteArray(R"(["segment","${JOURNEY_TEST_PROVIDER}"])")
                                         << QStringList { QStringLiteral("segment"), QStringLiteral("heap") };
}

void TestJourneyConfig::testDefaultProviders()
{
    QFETCH(QByteArray, provider);
    QFETCH(QStringList, defaults);
    QByteArray text = R"({"journey":{"providers":{"segment":{"writeKey":"seg_key_1"},"mixpanel":{"token":"mp_token_1"},
        "heap":{"appId":"heap_env_1"}})";
    if (!provider.isEmpty())
        text += ",\"provider\":" + provider;
    text += "}}";
    JourneyConfig config;
    config.defaultProviders = QStringList { QStringLiteral("stale") };
    QString error;
    QVERIFY2(JourneyConfig::parse(text, origin, config, &error), qPrintable(error));
    QCOMPARE(config.defaultProviders, defaults);
    // Naming defaults does not change which providers are configured, nor their order.
    QCOMPARE(settingsIds(config),
        (QStringList { QStringLiteral("segment"), QStringLiteral("mixpanel"), QStringLiteral("heap") }));
}

void TestJourneyConfig::testAllProvidersInRegistryOrder()
{
    QJsonObject providers;
    for (const QString& name : JourneyConfig::providerNames())
        providers.insert(name, validSettings(name));
    const QJsonObject root { { QStringLiteral("journey"),
        QJsonObject { { QStringLiteral("provider"), QStringLiteral("all") }, { QStringLiteral("providers"), providers } } } };
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::parse(QJsonDocument(root).toJson(), origin, config, &error), qPrintable(error));
    QVERIFY(config.defaultProviders.isEmpty());
    // The JSON object is alphabetical (amplitude, ga4, …); the settings follow the registry.
    QCOMPARE(settingsIds(config), JourneyConfig::providerNames());
    for (const ProviderSettings& settings : config.providerSettings) {
        QVERIFY(settings.provider);
        QCOMPARE(settings.provider->id(), settings.id);
        QCOMPARE(config.settingsFor(settings.id), &settings);
    }
}

void TestJourneyConfig::testQueueAndSampling()
{
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::parse(R"({"journey":{"queue":{},"sampling":{}}})", origin, config, &error), qPrintable(error));
    QCOMPARE(config.queueCapacity, 100000);
    QVERIFY(config.sampling.isEmpty());

    QVERIFY2(JourneyConfig::parse(R"({"journey":{"queue":{"maxEvents":1},"sampling":{"Check*":1,"Debug *":0,"Checkout":0.25}}})",
                 origin, config, &error),
        qPrintable(error));
    QCOMPARE(config.queueCapacity, 1);
    QCOMPARE(config.sampling.rules.size(), 3);
    // Exact names before globs, whatever the order in the file.
    const SamplingRules::Decision checkout
        = config.sampling.decide(EventType::Track, QStringLiteral("Checkout"), QStringLiteral("u1"), QString());
    QCOMPARE(checkout.rule, QStringLiteral("Checkout"));
    QCOMPARE(checkout.rate, 0.25);
    QVERIFY(!config.sampling.decide(EventType::Track, QStringLiteral("Debug ping"), QStringLiteral("u1"), QString()).kept);
    QVERIFY(config.sampling.decide(EventType::Track, QStringLiteral("Checked"), QStringLiteral("u1"), QString()).kept);
    const SamplingRules::Decision unmatched
        = config.sampling.decide(EventType::Track, QStringLiteral("Anything"), QStringLiteral("u1"), QString());
    QVERIFY(unmatched.kept);
    QVERIFY(unmatched.rule.isEmpty());

    QVERIFY2(JourneyConfig::parse(R"({"journey":{"queue":{"maxEvents":100000000}}})", origin, config, &error),
        qPrintable(error));
    QCOMPARE(config.queueCapacity, 100000000);
}

void TestJourneyConfig::testFailureLeavesOutputAlone()
{
    // One fails before the providers are read, one after everything else was read.
    for (const QByteArray& text : { QByteArray(R"({"journey":{"provider":"segment","collector":{"listen":"bad:host:x"}}})"),
             QByteArray(R"({"journey":{"provider":"segment","providers":{"segment":{"writeKey":"seg_key_1"}},
                 "collector":{"listen":"127.0.0.1:9999"},"queue":{"maxEvents":0}}})") }) {
        JourneyConfig config;
        config.defaultProviders = QStringList { QStringLiteral("heap") };
        ProviderSettings heap;
        heap.id = QStringLiteral("heap");
        config.providerSettings.append(heap);
        config.collector.port = 1234;
        config.queueCapacity = 7;
        QString error;
        QVERIFY(!JourneyConfig::parse(text, origin, config, &error));
        QCOMPARE(config.defaultProviders, QStringList { QStringLiteral("heap") });
        QCOMPARE(settingsIds(config), QStringList { QStringLiteral("heap") });
        QCOMPARE(config.collector.port, quint16(1234));
        QCOMPARE(config.queueCapacity, 7);
        QVERIFY(config.knownSecrets.isEmpty());
    }
}

void TestJourneyConfig::testKnownSecrets()
{
    const QByteArray text = R"({"journey":{
        "collector":{"writeKeys":["${JOURNEY_TEST_KEY}","collector_key_2"]},
        "providers":{"segment":{"writeKey":"${JOURNEY_TEST_KEY}","endpoint":"https://example.invalid"},
                     "ga4":{"apiSecret":"ga_secret_value","measurementId":"G-123"},
                     "posthog":{"apiKey":"phc_token_value","host":"https://eu.posthog.com","groupType":"company"},
                     "amplitude":{"apiKey":"amp_key_value","routes":{"events":["Order *"]}},
                     "mixpanel":{"token":"mp_token_value","apiSecret":"mp_secret_value","groupKey":"company"},
                     "heap":{"appId":"heap_env_12345","accountIdProperty":"account_id"}}}})";
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::parse(text, origin, config, &error), qPrintable(error));
    QStringList secrets = config.knownSecrets;
    secrets.sort();
    QStringList expected { QStringLiteral("wk_from_environment_1234"), QStringLiteral("collector_key_2"),
        QStringLiteral("ga_secret_value"), QStringLiteral("phc_token_value"), QStringLiteral("amp_key_value"),
        QStringLiteral("mp_token_value"), QStringLiteral("mp_secret_value"),
        // What the providers themselves declare secret: the header form of Mixpanel's credentials, and Heap's
        // environment id although its key does not look secret.
        QString::fromLatin1(QByteArray("mp_secret_value:").toBase64()), QStringLiteral("heap_env_12345") };
    expected.sort();
    QCOMPARE(secrets, expected); // each once, expanded, never empty; ordinary settings are not secrets
}

void TestJourneyConfig::testSizes_data()
{
    QTest::addColumn<QByteArray>("collector");
    QTest::addColumn<qsizetype>("batchBytes");
    QTest::addColumn<qsizetype>("eventBytes");
    QTest::newRow("smallest") << QByteArray(R"({"maxBatchKB":1,"maxEventKB":1})") << qsizetype(1024) << qsizetype(1024);
    QTest::newRow("largest") << QByteArray(R"({"maxBatchKB":1048576})") << qsizetype(1024) * 1024 * 1024
                             << qsizetype(32 * 1024);
    QTest::newRow("fractional") << QByteArray(R"({"maxEventKB":1.5})") << qsizetype(500 * 1024) << qsizetype(1536);
}

void TestJourneyConfig::testSizes()
{
    QFETCH(QByteArray, collector);
    QFETCH(qsizetype, batchBytes);
    QFETCH(qsizetype, eventBytes);
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::parse(R"({"journey":{"collector":)" + collector + "}}", origin, config, &error),
        qPrintable(error));
    QCOMPARE(config.collector.maxBatchBytes, batchBytes);
    QCOMPARE(config.collector.maxEventBytes, eventBytes);
}

void TestJourneyConfig::testProviderNames()
{
    QCOMPARE(JourneyConfig::providerNames().join(QStringLiteral(", ")), providerList);
    for (const QString& name : JourneyConfig::providerNames()) {
        const QJsonObject root { { QStringLiteral("journey"),
            QJsonObject { { QStringLiteral("provider"), name },
                { QStringLiteral("providers"), QJsonObject { { name, validSettings(name) } } } } } };
        JourneyConfig config;
        QString error;
        QVERIFY2(JourneyConfig::parse(QJsonDocument(root).toJson(), origin, config, &error), qPrintable(error));
        QCOMPARE(config.defaultProviders, QStringList { name });
        QCOMPARE(settingsIds(config), QStringList { name });
        QVERIFY(config.settingsFor(name)->provider);
        QVERIFY2(!config.settingsFor(name)->provider->secrets().isEmpty(), qPrintable(name));

        // Without its credentials, every provider's settings are an error naming a key of journey.providers.<id>.
        const QJsonObject bare { { QStringLiteral("journey"),
            QJsonObject { { QStringLiteral("providers"), QJsonObject { { name, QJsonObject() } } } } } };
        QVERIFY(!JourneyConfig::parse(QJsonDocument(bare).toJson(), origin, config, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cfg.json: journey.providers.%1.").arg(name)), qPrintable(error));
    }
}

void TestJourneyConfig::testLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.json"));

    JourneyConfig config;
    config.defaultProviders = QStringList { QStringLiteral("stale") };
    QString error;
    QVERIFY(JourneyConfig::load(missing, true, config, &error));
    QVERIFY(config.defaultProviders.isEmpty());
    QVERIFY(config.providerSettings.isEmpty());
    QCOMPARE(config.collector.port, quint16(8787));

    QVERIFY(!JourneyConfig::load(missing, false, config, &error));
    QCOMPARE(error, QStringLiteral("no configuration file at %1").arg(missing));

    const QString path = dir.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path,
        R"({"journey":{"provider":"heap","providers":{"heap":{"appId":"heap_env_1"}},"collector":{"listen":"127.0.0.1:9999"}}})"));
    QVERIFY2(JourneyConfig::load(path, false, config, &error), qPrintable(error));
    QCOMPARE(config.defaultProviders, QStringList { QStringLiteral("heap") });
    QVERIFY(config.settingsFor(QStringLiteral("heap")));
    QCOMPARE(config.collector.port, quint16(9999));

    // Errors name the file.
    QVERIFY(writeFile(path, R"({"journey":{"provider":"nope"}})"));
    QVERIFY(!JourneyConfig::load(path, true, config, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": journey.provider: unknown provider 'nope'")), qPrintable(error));
    QVERIFY(writeFile(path, R"({"journey":{"providers":{"heap":{}}}})"));
    QVERIFY(!JourneyConfig::load(path, true, config, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": journey.providers.heap.appId: required")), qPrintable(error));
    QVERIFY(writeFile(path, "{\n"));
    QVERIFY(!JourneyConfig::load(path, true, config, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(":2:1: malformed JSON: ")), qPrintable(error));

    // A folder is not a file.
    QVERIFY(!JourneyConfig::load(dir.path(), true, config, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot read %1: ").arg(dir.path())), qPrintable(error));
}

void TestJourneyConfig::testSaveCollectorListenNewFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/config.json"));
    QString error;
    QVERIFY2(JourneyConfig::saveCollectorListen(path, QStringLiteral("127.0.0.1:9001"), &error), qPrintable(error));
    JourneyConfig config;
    QVERIFY2(JourneyConfig::load(path, false, config, &error), qPrintable(error));
    QCOMPARE(config.collector.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(config.collector.port, quint16(9001));
    // Saved again: replaced, not duplicated.
    QVERIFY(JourneyConfig::saveCollectorListen(path, QStringLiteral("[::1]:9002"), &error));
    QVERIFY(JourneyConfig::load(path, false, config, &error));
    QCOMPARE(config.collector.host, QStringLiteral("::1"));
    QCOMPARE(config.collector.port, quint16(9002));
}

void TestJourneyConfig::testSaveCollectorListenKeepsMembers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    const QByteArray original = R"({"journey": {"enabled": false, "provider": ["segment"],
        "collector": {"listen": "127.0.0.1:8787", "writeKeys": ["${JOURNEY_TEST_KEY}"], "maxBatchKB": 100},
        "providers": {"segment": {"writeKey": "${JOURNEY_TEST_KEY}", "timeoutMs": 1500,
                                  "routes": {"types": ["track"], "exclude": ["Debug *"]}}},
        "sampling": {"Page Viewed": 0.5},
        "queue": {"maxEvents": 2000}}})";
    QVERIFY(writeFile(path, original));
    QString error;
    QVERIFY2(JourneyConfig::saveCollectorListen(path, QStringLiteral("0.0.0.0:7000"), &error), qPrintable(error));

    QJsonObject expected = QJsonDocument::fromJson(original).object();
    QJsonObject journey = expected.value(QLatin1String("journey")).toObject();
    QJsonObject collector = journey.value(QLatin1String("collector")).toObject();
    collector.insert(QStringLiteral("listen"), QStringLiteral("0.0.0.0:7000"));
    journey.insert(QStringLiteral("collector"), collector);
    expected.insert(QStringLiteral("journey"), journey);
    const QByteArray saved = readFile(path);
    QCOMPARE(QJsonDocument::fromJson(saved).object(), expected);
    // Variables stay references: the secret itself never lands in the file.
    QVERIFY(saved.contains("${JOURNEY_TEST_KEY}"));
    QVERIFY(!saved.contains("wk_from_environment_1234"));

    JourneyConfig config;
    QVERIFY2(JourneyConfig::load(path, false, config, &error), qPrintable(error));
    QCOMPARE(config.collector.port, quint16(7000));
    QCOMPARE(config.collector.writeKeys, QList<QByteArray> { "wk_from_environment_1234" });
    QVERIFY(!config.enabled);
    QCOMPARE(config.defaultProviders, QStringList { QStringLiteral("segment") });
    const ProviderSettings* segment = config.settingsFor(QStringLiteral("segment"));
    QVERIFY(segment);
    QCOMPARE(segment->options.value(QLatin1String("writeKey")).toString(), QStringLiteral("wk_from_environment_1234"));
    QCOMPARE(segment->timeoutMs, 1500);
    QCOMPARE(segment->routes.exclude, QStringList { QStringLiteral("Debug *") });
    QCOMPARE(config.sampling.rules.size(), 1);
    QCOMPARE(config.queueCapacity, 2000);
}

void TestJourneyConfig::testSaveCollectorListenRefusesInvalidFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("malformed JSON") << QByteArray("{\"journey\": {\"collector\": {\"listen\": \"127.0.0.1:8787\",}}");
    QTest::newRow("not an object") << QByteArray("[1, 2]");
    QTest::newRow("journey not an object") << QByteArray(R"({"journey": "collector at 8787"})");
    QTest::newRow("collector not an object") << QByteArray(R"({"journey": {"collector": "127.0.0.1:8787"}})");
}

void TestJourneyConfig::testSaveCollectorListenRefusesInvalidFile()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path, contents));
    QString error;
    QVERIFY(!JourneyConfig::saveCollectorListen(path, QStringLiteral("127.0.0.1:9000"), &error));
    QVERIFY2(error.startsWith(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("fix it before changing settings from the app")), qPrintable(error));
    QCOMPARE(readFile(path), contents);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("config.json") });
}

void TestJourneyConfig::testCollectorFlags()
{
    // No flags: none configured.
    JourneyConfig defaults;
    QString error;
    QVERIFY2(JourneyConfig::parse(R"({"journey":{}})", origin, defaults, &error), qPrintable(error));
    QVERIFY(defaults.collector.featureFlags.isEmpty());

    // Every kind, read into one form: {enabled, variant?, payload?}; variables are expanded in payloads too.
    qputenv("JOURNEY_TEST_FLAG_COPY", "Save 20%");
    const QByteArray text = R"({"journey":{"collector":{"listen":"8788","flags":{
        "beta-banner": true,
        "legacy-export": false,
        "button-color": "red",
        "new-checkout": {"enabled": true, "variant": "variant-b", "payload": {"color": "green"}},
        "pricing-copy": {"payload": "${JOURNEY_TEST_FLAG_COPY}"},
        "null-payload": {"enabled": true, "payload": null},
        "old-banner": {"enabled": false},
        "plain-object": {},
        "no-variant": {"variant": null}
    }}}})";
    JourneyConfig config;
    const bool parsed = JourneyConfig::parse(text, origin, config, &error);
    qunsetenv("JOURNEY_TEST_FLAG_COPY");
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(config.collector.port, quint16(8788));
    const auto flag
        = [&](const char* key) { return config.collector.featureFlags.value(QLatin1String(key)).toObject(); };
    QCOMPARE(config.collector.featureFlags.size(), 9);
    QCOMPARE(flag("beta-banner"), (QJsonObject { { QStringLiteral("enabled"), true } }));
    QCOMPARE(flag("legacy-export"), (QJsonObject { { QStringLiteral("enabled"), false } }));
    QCOMPARE(flag("button-color"),
        (QJsonObject { { QStringLiteral("enabled"), true }, { QStringLiteral("variant"), QStringLiteral("red") } }));
    QCOMPARE(flag("new-checkout"),
        (QJsonObject { { QStringLiteral("enabled"), true }, { QStringLiteral("variant"), QStringLiteral("variant-b") },
            { QStringLiteral("payload"), QJsonObject { { QStringLiteral("color"), QStringLiteral("green") } } } }));
    QCOMPARE(flag("pricing-copy"),
        (QJsonObject {
            { QStringLiteral("enabled"), true }, { QStringLiteral("payload"), QStringLiteral("Save 20%") } }));
    QCOMPARE(flag("null-payload"),
        (QJsonObject { { QStringLiteral("enabled"), true }, { QStringLiteral("payload"), QJsonValue() } }));
    QCOMPARE(flag("old-banner"), (QJsonObject { { QStringLiteral("enabled"), false } }));
    QCOMPARE(flag("plain-object"), (QJsonObject { { QStringLiteral("enabled"), true } }));
    QCOMPARE(flag("no-variant"), (QJsonObject { { QStringLiteral("enabled"), true } }));

    // The normal form reads back as itself.
    for (auto it = config.collector.featureFlags.begin(); it != config.collector.featureFlags.end(); ++it) {
        QJsonObject again;
        QVERIFY2(CollectorConfig::parseFeatureFlag(it.value(), again, &error), qPrintable(error));
        QCOMPARE(again, it.value().toObject());
    }
}

void TestJourneyConfig::testCollectorFlagErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");

    const auto row = [](const char* name, const char* flags, const char* error) {
        QTest::newRow(name) << QByteArray(R"({"journey":{"collector":{"flags":)") + flags + "}}}"
                            << QStringLiteral("cfg.json: ") + QString::fromUtf8(error);
    };
    row("flags an array", R"([])", "journey.collector.flags: expected an object, got an array");
    row("flags a string", R"("beta")", "journey.collector.flags: expected an object, got a string");
    row("value a number", R"({"beta":1})",
        "journey.collector.flags.beta: expected true, false, a variant name or an object with enabled, variant and "
        "payload, got a number");
    row("value null", R"({"beta":null})",
        "journey.collector.flags.beta: expected true, false, a variant name or an object with enabled, variant and "
        "payload, got null");
    row("value an array", R"({"beta":["a"]})",
        "journey.collector.flags.beta: expected true, false, a variant name or an object with enabled, variant and "
        "payload, got an array");
    row("empty variant name", R"({"beta":""})",
        "journey.collector.flags.beta: expected a variant name, got an empty string");
    row("unknown member", R"({"beta":{"enabled":true,"rollout":50}})",
        "journey.collector.flags.beta: rollout: unknown key; expected one of: enabled, variant, payload");
    row("enabled a string", R"({"beta":{"enabled":"yes"}})",
        "journey.collector.flags.beta: enabled: expected true or false, got a string");
    row("variant a number", R"({"beta":{"variant":2}})",
        "journey.collector.flags.beta: variant: expected a non-empty string, got a number");
    row("variant empty", R"({"beta":{"variant":""}})",
        "journey.collector.flags.beta: variant: expected a non-empty string, got an empty string");
    row("variant on a disabled flag", R"({"beta":{"enabled":false,"variant":"a"}})",
        "journey.collector.flags.beta: variant: a disabled flag has no variant");
    row("payload on a disabled flag", R"({"beta":{"enabled":false,"payload":{"a":1}}})",
        "journey.collector.flags.beta: payload: a disabled flag has no payload");
    row("empty key", R"({"":true})", "journey.collector.flags: a flag key is empty");
    row("second flag named", R"({"alpha":true,"beta":{"enabled":1}})",
        "journey.collector.flags.beta: enabled: expected true or false, got a number");
}

void TestJourneyConfig::testCollectorFlagErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    JourneyConfig config;
    QString reason;
    QVERIFY(!JourneyConfig::parse(text, origin, config, &reason));
    QCOMPARE(reason, error);
}

QTEST_GUILESS_MAIN(TestJourneyConfig)
#include "tst_journeyconfig.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "config/journeyconfig.h"

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
};

void TestJourneyConfig::initTestCase()
{
    qputenv("JOURNEY_TEST_KEY", "wk_from_environment_1234");
    qputenv("JOURNEY_TEST_PORT", "9191");
    qputenv("JOURNEY_TEST_EMPTY", "");
    qunsetenv("JOURNEY_TEST_UNSET");
}

void TestJourneyConfig::cleanupTestCase()
{
    qunsetenv("JOURNEY_TEST_KEY");
    qunsetenv("JOURNEY_TEST_PORT");
    qunsetenv("JOURNEY_TEST_EMPTY");
}

void TestJourneyConfig::testDefaults()
{
    for (const QByteArray& text : { QByteArray("{}"), QByteArray(R"({"journey":{}})"), QByteArray(" { } \n") }) {
        JourneyConfig config;
        config.provider = QStringLiteral("stale");
        QString error;
        QVERIFY2(JourneyConfig::parse(text, origin, config, &error), qPrintable(error));
        QVERIFY(config.enabled);
        QCOMPARE(config.collector.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(config.collector.port, quint16(8787));
        QVERIFY(config.collector.writeKeys.isEmpty());
        QCOMPARE(config.collector.maxBatchBytes, qsizetype(500 * 1024));
        QCOMPARE(config.collector.maxEventBytes, qsizetype(32 * 1024));
        QVERIFY(config.provider.isEmpty());
        QVERIFY(config.providers.isEmpty());
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
                      "mixpanel": {"token": "mp_token_value", "api_secret": "mp_secret_value", "eu": true, "batch": 50}}}})";
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::parse(text, origin, config, &error), qPrintable(error));
    QVERIFY(!config.enabled);
    QCOMPARE(config.collector.host, QStringLiteral("::1"));
    QCOMPARE(config.collector.port, quint16(9191));
    QCOMPARE(config.collector.writeKeys, (QList<QByteArray> { "wk_from_environment_1234", "second_key_abcdef" }));
    QCOMPARE(config.collector.maxBatchBytes, qsizetype(1000 * 1024));
    QCOMPARE(config.collector.maxEventBytes, qsizetype(64 * 1024));
    QCOMPARE(config.provider, QStringLiteral("mixpanel"));
    const QJsonObject segment = config.providers.value(QLatin1String("segment")).toObject();
    QCOMPARE(segment.value(QLatin1String("writeKey")).toString(), QStringLiteral("wk_from_environment_1234"));
    QCOMPARE(segment.value(QLatin1String("endpoint")).toString(), QStringLiteral("https://api.segment.io"));
    const QJsonObject mixpanel = config.providers.value(QLatin1String("mixpanel")).toObject();
    QCOMPARE(mixpanel.value(QLatin1String("eu")).toBool(), true);
    QCOMPARE(mixpanel.value(QLatin1String("batch")).toInt(), 50);
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
    QJsonObject settings { { QStringLiteral("endpoint"), value }, { QStringLiteral("list"), QJsonArray { value, 1 } },
        { QStringLiteral("nested"), QJsonObject { { QStringLiteral("deep"), value } } } };
    const QJsonObject root { { QStringLiteral("journey"),
        QJsonObject { { QStringLiteral("providers"), QJsonObject { { QStringLiteral("heap"), settings } } } } } };
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::parse(QJsonDocument(root).toJson(), origin, config, &error), qPrintable(error));
    const QJsonObject heap = config.providers.value(QLatin1String("heap")).toObject();
    QCOMPARE(heap.value(QLatin1String("endpoint")).toString(), expanded);
    QCOMPARE(heap.value(QLatin1String("list")).toArray().at(0).toString(), expanded);
    QCOMPARE(heap.value(QLatin1String("list")).toArray().at(1).toInt(), 1);
    QCOMPARE(heap.value(QLatin1String("nested")).toObject().value(QLatin1String("deep")).toString(), expanded);
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
        QStringLiteral("journey.colector: unknown key; expected one of: enabled, collector, provider, providers"));
    row("enabled a string", R"({"journey":{"enabled":"yes"}})",
        QStringLiteral("journey.enabled: expected true or false, got a string"));
    row("collector a number", R"({"journey":{"collector":5}})",
        QStringLiteral("journey.collector: expected an object, got a number"));
    row("unknown collector key", R"({"journey":{"collector":{"listen":"8787","port":1}}})",
        QStringLiteral("journey.collector.port: unknown key; expected one of: listen, writeKeys, maxBatchKB, maxEventKB"));
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
        QStringLiteral("journey.provider: expected a provider name, got a number"));
    row("providers an array", R"({"journey":{"providers":[]}})",
        QStringLiteral("journey.providers: expected an object, got an array"));
    row("unknown provider settings", R"({"journey":{"providers":{"segment":{},"google":{}}}})",
        QStringLiteral("journey.providers.google: unknown provider; expected one of: ") + providerList);
    row("provider settings a string", R"({"journey":{"providers":{"segment":"wk"}}})",
        QStringLiteral("journey.providers.segment: expected an object, got a string"));
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

void TestJourneyConfig::testFailureLeavesOutputAlone()
{
    JourneyConfig config;
    config.provider = QStringLiteral("heap");
    config.collector.port = 1234;
    QString error;
    QVERIFY(!JourneyConfig::parse(R"({"journey":{"provider":"segment","collector":{"listen":"bad:host:x"}}})", origin,
        config, &error));
    QCOMPARE(config.provider, QStringLiteral("heap"));
    QCOMPARE(config.collector.port, quint16(1234));
}

void TestJourneyConfig::testKnownSecrets()
{
    const QByteArray text = R"({"journey":{
        "collector":{"writeKeys":["${JOURNEY_TEST_KEY}","collector_key_2"]},
        "providers":{"segment":{"writeKey":"${JOURNEY_TEST_KEY}","endpoint":"https://example.invalid"},
                     "ga4":{"api_secret":"ga_secret_value","measurementId":"G-123"},
                     "posthog":{"token":"phc_token_value","host":"https://eu.posthog.com","password":""},
                     "amplitude":{"nested":{"apiKey":"amp_key_value"},"tokens":["not_a_secret_array"]}}}})";
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::parse(text, origin, config, &error), qPrintable(error));
    QStringList secrets = config.knownSecrets;
    secrets.sort();
    QStringList expected { QStringLiteral("wk_from_environment_1234"), QStringLiteral("collector_key_2"),
        QStringLiteral("ga_secret_value"), QStringLiteral("phc_token_value"), QStringLiteral("amp_key_value") };
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
        JourneyConfig config;
        QString error;
        QVERIFY2(JourneyConfig::parse(QStringLiteral(R"({"journey":{"provider":"%1","providers":{"%1":{}}}})").arg(name).toUtf8(),
                     origin, config, &error),
            qPrintable(error));
        QCOMPARE(config.provider, name);
    }
}

void TestJourneyConfig::testLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.json"));

    JourneyConfig config;
    config.provider = QStringLiteral("stale");
    QString error;
    QVERIFY(JourneyConfig::load(missing, true, config, &error));
    QVERIFY(config.provider.isEmpty());
    QCOMPARE(config.collector.port, quint16(8787));

    QVERIFY(!JourneyConfig::load(missing, false, config, &error));
    QCOMPARE(error, QStringLiteral("no configuration file at %1").arg(missing));

    const QString path = dir.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path, R"({"journey":{"provider":"heap","collector":{"listen":"127.0.0.1:9999"}}})"));
    QVERIFY2(JourneyConfig::load(path, false, config, &error), qPrintable(error));
    QCOMPARE(config.provider, QStringLiteral("heap"));
    QCOMPARE(config.collector.port, quint16(9999));

    // Errors name the file.
    QVERIFY(writeFile(path, R"({"journey":{"provider":"nope"}})"));
    QVERIFY(!JourneyConfig::load(path, true, config, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": journey.provider: unknown provider 'nope'")), qPrintable(error));
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
    const QByteArray original = R"({"journey": {"enabled": false, "provider": "segment",
        "collector": {"listen": "127.0.0.1:8787", "writeKeys": ["${JOURNEY_TEST_KEY}"], "maxBatchKB": 100},
        "providers": {"segment": {"writeKey": "${JOURNEY_TEST_KEY}", "price": 1.5}}}})";
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

QTEST_GUILESS_MAIN(TestJourneyConfig)
#include "tst_journeyconfig.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "config/collectorconfig.h"

#include <QTest>

using namespace Journey;

class TestCollectorConfig : public QObject
{
    Q_OBJECT

private slots:
    void testDefaults();
    void testParseListen_data();
    void testParseListen();
    void testParseListenErrors_data();
    void testParseListenErrors();
    void testListenText_data();
    void testListenText();
};

void TestCollectorConfig::testDefaults()
{
    const CollectorConfig config;
    QCOMPARE(config.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(config.port, quint16(8787));
    QCOMPARE(CollectorConfig::defaultPort, quint16(8787));
    QVERIFY(config.writeKeys.isEmpty());
    QCOMPARE(config.maxBatchBytes, qsizetype(500 * 1024));
    QCOMPARE(config.maxEventBytes, qsizetype(32 * 1024));
    QCOMPARE(config.listenText(), QStringLiteral("127.0.0.1:8787"));
}

void TestCollectorConfig::testParseListen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    QTest::newRow("HOST:PORT") << QStringLiteral("127.0.0.1:8787") << QStringLiteral("127.0.0.1") << 8787;
    QTest::newRow("all interfaces") << QStringLiteral("0.0.0.0:80") << QStringLiteral("0.0.0.0") << 80;
    QTest::newRow("other address") << QStringLiteral("192.168.1.20:9000") << QStringLiteral("192.168.1.20") << 9000;
    QTest::newRow("IPv6 loopback") << QStringLiteral("[::1]:8787") << QStringLiteral("::1") << 8787;
    QTest::newRow("IPv6 any, port 0") << QStringLiteral("[::]:0") << QStringLiteral("::") << 0;
    QTest::newRow("port only") << QStringLiteral("8787") << QStringLiteral("127.0.0.1") << 8787;
    QTest::newRow(":PORT") << QStringLiteral(":9000") << QStringLiteral("127.0.0.1") << 9000;
    QTest::newRow("localhost") << QStringLiteral("localhost:8080") << QStringLiteral("127.0.0.1") << 8080;
    QTest::newRow("spaces around") << QStringLiteral("  127.0.0.1:1234 ") << QStringLiteral("127.0.0.1") << 1234;
    QTest::newRow("highest port") << QStringLiteral("127.0.0.1:65535") << QStringLiteral("127.0.0.1") << 65535;
    QTest::newRow("port 0 picks a free one") << QStringLiteral("127.0.0.1:0") << QStringLiteral("127.0.0.1") << 0;
}

void TestCollectorConfig::testParseListen()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString parsedHost = QStringLiteral("unchanged");
    quint16 parsedPort = 1;
    QString error;
    QVERIFY2(CollectorConfig::parseListen(text, parsedHost, parsedPort, &error), qPrintable(error));
    QCOMPARE(parsedHost, host);
    QCOMPARE(int(parsedPort), port);
    QVERIFY(error.isEmpty());
}

void TestCollectorConfig::testParseListenErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("port above 65535") << QStringLiteral("127.0.0.1:65536")
                                      << QStringLiteral("'65536' is not a port number 0-65535 (in '127.0.0.1:65536')");
    QTest::newRow("huge port") << QStringLiteral("99999999999")
                               << QStringLiteral("'99999999999' is not a port number 0-65535 (in '99999999999')");
    QTest::newRow("negative port") << QStringLiteral("127.0.0.1:-1")
                                   << QStringLiteral("'-1' is not a port number 0-65535 (in '127.0.0.1:-1')");
    QTest::newRow("named port") << QStringLiteral("127.0.0.1:http")
                                << QStringLiteral("'http' is not a port number 0-65535 (in '127.0.0.1:http')");
    QTest::newRow("no port") << QStringLiteral("127.0.0.1:")
                             << QStringLiteral("'' is not a port number 0-65535 (in '127.0.0.1:')");
    QTest::newRow("empty") << QString() << QStringLiteral("'' is not a port number 0-65535 (in '')");
    QTest::newRow("host name") << QStringLiteral("example.com:80")
                               << QStringLiteral("'example.com' is not an IP address (in 'example.com:80')");
    QTest::newRow("bad IPv4") << QStringLiteral("999.1.1.1:80")
                              << QStringLiteral("'999.1.1.1' is not an IP address (in '999.1.1.1:80')");
    QTest::newRow("IPv6 without port") << QStringLiteral("[::1]") << QStringLiteral("'[::1]' is not HOST:PORT");
    QTest::newRow("IPv6 without colon") << QStringLiteral("[::1]8787") << QStringLiteral("'[::1]8787' is not HOST:PORT");
    QTest::newRow("bad IPv6") << QStringLiteral("[::zz]:80") << QStringLiteral("'::zz' is not an IP address (in '[::zz]:80')");
    QTest::newRow("URL") << QStringLiteral("http://127.0.0.1:80")
                         << QStringLiteral("'http://127.0.0.1' is not an IP address (in 'http://127.0.0.1:80')");
}

void TestCollectorConfig::testParseListenErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString host = QStringLiteral("10.0.0.1");
    quint16 port = 4242;
    QString reason;
    QVERIFY(!CollectorConfig::parseListen(text, host, port, &reason));
    QCOMPARE(reason, error);
    // Nothing is half-set on failure.
    QCOMPARE(host, QStringLiteral("10.0.0.1"));
    QCOMPARE(port, quint16(4242));
}

void TestCollectorConfig::testListenText_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("text");
    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1") << 8787 << QStringLiteral("127.0.0.1:8787");
    QTest::newRow("IPv6") << QStringLiteral("::1") << 80 << QStringLiteral("[::1]:80");
    QTest::newRow("port 0") << QStringLiteral("0.0.0.0") << 0 << QStringLiteral("0.0.0.0:0");
}

void TestCollectorConfig::testListenText()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, text);
    CollectorConfig config;
    config.host = host;
    config.port = quint16(port);
    QCOMPARE(config.listenText(), text);
    // What is written reads back the same.
    QString parsedHost;
    quint16 parsedPort = 1;
    QString error;
    QVERIFY(CollectorConfig::parseListen(config.listenText(), parsedHost, parsedPort, &error));
    QCOMPARE(parsedHost, host);
    QCOMPARE(int(parsedPort), port);
}

QTEST_GUILESS_MAIN(TestCollectorConfig)
#include "tst_collectorconfig.moc"

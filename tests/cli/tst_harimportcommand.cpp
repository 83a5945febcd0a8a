// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// `journeyctl har-import` as a script runs it: the real binary on HAR files in a temporary folder, its exit codes
// (0 imported, 1 nothing to import, 2 bad flags or input), the text and JSON reports on stdout, the capture file
// it writes (read back with CaptureFile), added hosts, and keys from the configuration masked.

#include "../support/journeyctlrun.h"

#include "capture/capturefile.h"
#include "core/gzipcodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QJsonObject entry(const char* url, const char* method, const QJsonArray& headers, const QJsonObject& postData = {},
    const char* started = "2026-11-29T10:00:00.000Z")
{
    QJsonObject request { { QStringLiteral("method"), QLatin1String(method) }, { QStringLiteral("url"), QLatin1String(url) },
        { QStringLiteral("headers"), headers } };
    if (!postData.isEmpty())
        request.insert(QStringLiteral("postData"), postData);
    return { { QStringLiteral("startedDateTime"), QLatin1String(started) }, { QStringLiteral("request"), request },
        { QStringLiteral("response"), QJsonObject { { QStringLiteral("status"), 200 } } } };
}

QJsonArray headers(std::initializer_list<std::pair<const char*, const char*>> list)
{
    QJsonArray array;
    for (const auto& [name, value] : list)
        array.append(QJsonObject { { QStringLiteral("name"), QLatin1String(name) }, { QStringLiteral("value"), QLatin1String(value) } });
    return array;
}

QJsonObject textBody(const char* mimeType, const QByteArray& text)
{
    return { { QStringLiteral("mimeType"), QLatin1String(mimeType) }, { QStringLiteral("text"), QString::fromUtf8(text) } };
}

QByteArray har(const QJsonArray& entries)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("log"),
                             QJsonObject { { QStringLiteral("version"), QStringLiteral("1.2") },
                                 { QStringLiteral("creator"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Firefox") }, { QStringLiteral("version"), QStringLiteral("133.0") } } },
                                 { QStringLiteral("entries"), entries } } } })
        .toJson();
}

/// A page, a Segment call (analytics.js, key in the body and in a property), a Mixpanel GET, a PostHog gzip batch.
QJsonArray sessionEntries()
{
    const QByteArray mixpanel = q("{'event':'Signed Up','properties':{'token':'mp_token_cli_0123456789','distinct_id':'u-1','time':1764410400000,'$insert_id':'cli-1'}}");
    const QByteArray posthog = q("{'api_key':'phc_cli_0123456789abcdef','batch':[{'event':'$pageview','uuid':'0190a5e4-0000-7000-8000-00000000cli1',"
                                 "'distinct_id':'u-1','properties':{'$current_url':'https://shop.example.com/'},'timestamp':'2026-11-29T10:00:03.000Z'},"
                                 "{'event':'Plan Chosen','uuid':'0190a5e4-0000-7000-8000-00000000cli2','distinct_id':'u-1','properties':{'plan':'pro'},"
                                 "'timestamp':'2026-11-29T10:00:04.000Z'}]}");
    return {
        entry("https://shop.example.com/", "GET", headers({ { "Cookie", "session=cookie-secret-77" } })),
        entry("https://api.segment.io/v1/t", "POST", headers({ { "Content-Type", "text/plain" } }),
            textBody("text/plain",
                q("{'type':'track','event':'Plan Selected','userId':'u-1','messageId':'cli-seg-1','timestamp':'2026-11-29T10:00:01.000Z',"
                  "'properties':{'plan':'pro','configured':'cfg_cli_key_0123456789'},'writeKey':'seg_cli_key_0123456789'}")),
            "2026-11-29T10:00:01.000Z"),
        entry(QByteArray("https://api.mixpanel.com/track?ip=1&data=" + mixpanel.toBase64(QByteArray::Base64UrlEncoding)).constData(), "GET",
            headers({}), {}, "2026-11-29T10:00:02.000Z"),
        entry("https://eu.i.posthog.com/batch/", "POST", headers({ { "Content-Type", "application/json" }, { "Content-Encoding", "gzip" } }),
            QJsonObject { { QStringLiteral("mimeType"), QStringLiteral("application/json") },
                { QStringLiteral("text"), QString::fromLatin1(GzipCodec::compress(posthog).toBase64()) },
                { QStringLiteral("encoding"), QStringLiteral("base64") } },
            "2026-11-29T10:00:03.000Z"),
    };
}

} // namespace

class TestHarImportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsAndPrintsText();
    void jsonReport();
    void nothingToImportExitsOne();
    void badInputExitsTwo_data();
    void badInputExitsTwo();
    void addedHosts();
    void configuredKeysAreMasked();
    void help();

private:
    CtlResult run(const QStringList& arguments);
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

CtlResult TestHarImportCommand::run(const QStringList& arguments)
{
    return runJourneyctl(QStringList { QStringLiteral("--store"), path(QStringLiteral("store.db")) } + arguments);
}

void TestHarImportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeFile(path(QStringLiteral("session.har")), har(sessionEntries())));
}

void TestHarImportCommand::importsAndPrintsText()
{
    const QString out = path(QStringLiteral("session.capture.ndjson"));
    const CtlResult result = run({ QStringLiteral("har-import"), path(QStringLiteral("session.har")), QStringLiteral("--out"), out,
        QStringLiteral("--name"), QStringLiteral("Checkout on build 412") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    for (const QByteArray& expected : QByteArrayList {
             "HAR file: session.har (written by Firefox 133.0)\n",
             "Requests: 4 (to analytics hosts: 3, unrecognised: 1)\n",
             "Events imported: 4 (from requests: 3)\n",
             "  Provider  Requests  Imported  Rejected  No events  Events\n",
             "  Segment          1         1         0          0       1\n",
             "  Mixpanel         1         1         0          0       1\n",
             "  PostHog          1         1         0          0       2\n",
             "Unrecognised, not imported (1):\n  #0 GET https://shop.example.com/\n" })
        QVERIFY2(result.out.contains(expected), result.describe().constData());
    QVERIFY2(result.err.contains("capture written to"), result.describe().constData());

    Capture capture;
    QString error;
    QVERIFY2(CaptureFile::read(out, capture, &error), qPrintable(error));
    QCOMPARE(capture.info.name, QStringLiteral("Checkout on build 412"));
    QCOMPARE(capture.info.origin, QStringLiteral("har:session.har"));
    QCOMPARE(capture.eventCount(), 4);
    QCOMPARE(capture.requestCount(), 3);
    QCOMPARE(capture.events().name(0), QByteArrayView("Plan Selected"));
    QCOMPARE(capture.events().name(1), QByteArrayView("Signed Up"));
    QCOMPARE(capture.request(1).method, QByteArray("GET"));
    QCOMPARE(capture.request(2).host, QStringLiteral("eu.i.posthog.com"));
    QCOMPARE(capture.eventCountOf(2), 2);

    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    for (const char* secret : { "seg_cli_key_0123456789", "mp_token_cli_0123456789", "phc_cli_0123456789abcdef", "cookie-secret-77" }) {
        QVERIFY2(!bytes.contains(secret), secret);
        QVERIFY2(!result.out.contains(secret), secret);
    }

    // A .gz name writes gzip.
    const QString gz = path(QStringLiteral("session.capture.ndjson.gz"));
    QCOMPARE(run({ QStringLiteral("har-import"), path(QStringLiteral("session.har")), QStringLiteral("--out"), gz }).exitCode, 0);
    QFile compressed(gz);
    QVERIFY(compressed.open(QIODevice::ReadOnly));
    QVERIFY(GzipCodec::looksGzipped(compressed.read(2)));
    QVERIFY2(CaptureFile::read(gz, capture, &error), qPrintable(error));
    QCOMPARE(capture.info.name, QStringLiteral("session"));
    QCOMPARE(capture.eventCount(), 4);
}

void TestHarImportCommand::jsonReport()
{
    const CtlResult result = run({ QStringLiteral("har-import"), path(QStringLiteral("session.har")), QStringLiteral("--out"),
        path(QStringLiteral("c.ndjson")), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QJsonParseError parseError;
    const QJsonObject report = QJsonDocument::fromJson(result.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, result.describe().constData());
    QCOMPARE(report.value(QLatin1String("file")).toString(), QStringLiteral("session.har"));
    QCOMPARE(report.value(QLatin1String("requests")).toInt(), 4);
    QCOMPARE(report.value(QLatin1String("recognised")).toInt(), 3);
    QCOMPARE(report.value(QLatin1String("events")).toInt(), 4);
    QCOMPARE(report.value(QLatin1String("unrecognised")).toInt(), 1);
    const QJsonObject providers = report.value(QLatin1String("providers")).toObject();
    QCOMPARE(providers.keys(), (QStringList { QStringLiteral("mixpanel"), QStringLiteral("posthog"), QStringLiteral("segment") }));
    QCOMPARE(providers.value(QLatin1String("posthog")).toObject().value(QLatin1String("events")).toInt(), 2);
    const QJsonArray imported = report.value(QLatin1String("importedRequests")).toArray();
    QCOMPARE(imported.size(), 3);
    QCOMPARE(imported.at(1).toObject().value(QLatin1String("url")).toString(), QStringLiteral("https://api.mixpanel.com/track?ip=…&data=…"));
    QCOMPARE(report.value(QLatin1String("unrecognisedRequests")).toArray().at(0).toObject().value(QLatin1String("url")).toString(),
        QStringLiteral("https://shop.example.com/"));
}

void TestHarImportCommand::nothingToImportExitsOne()
{
    QVERIFY(writeFile(path(QStringLiteral("site.har")),
        har({ entry("https://shop.example.com/", "GET", headers({})),
            // Recognised but refused: not an import either.
            entry("https://api.segment.io/v1/batch", "POST", headers({ { "Content-Type", "application/json" } }),
                textBody("application/json", "{\"batch\":[")) })));
    const QString out = path(QStringLiteral("none.ndjson"));
    const CtlResult result = run({ QStringLiteral("har-import"), path(QStringLiteral("site.har")), QStringLiteral("--out"), out });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY2(result.out.contains("Rejected by the decoder (1):\n  #1 POST https://api.segment.io/v1/batch [Segment]: "), result.describe().constData());
    QVERIFY2(result.err.contains("no analytics request to import"), result.describe().constData());
    QVERIFY(!QFile::exists(out));
}

void TestHarImportCommand::badInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");

    const QString file = QStringLiteral("session.har");
    const QString out = QStringLiteral("--out");
    QTest::newRow("no file") << QStringList { out, QStringLiteral("x.ndjson") } << QByteArray("FILE.har is required");
    QTest::newRow("no --out") << QStringList { file } << QByteArray("--out is required");
    QTest::newRow("two files") << QStringList { file, file, out, QStringLiteral("x.ndjson") } << QByteArray("unexpected argument");
    QTest::newRow("bad format") << QStringList { file, out, QStringLiteral("x.ndjson"), QStringLiteral("--format"), QStringLiteral("junit") }
                                << QByteArray("--format: 'junit' is not text or json");
    QTest::newRow("bad host") << QStringList { file, out, QStringLiteral("x.ndjson"), QStringLiteral("--host"), QStringLiteral("example.com") }
                              << QByteArray("--host: \"example.com\" is not HOST=PROVIDER");
    QTest::newRow("bad provider") << QStringList { file, out, QStringLiteral("x.ndjson"), QStringLiteral("--host"), QStringLiteral("a.example=adobe") }
                                  << QByteArray("--host: \"adobe\" is not one of segment");
    QTest::newRow("empty name") << QStringList { file, out, QStringLiteral("x.ndjson"), QStringLiteral("--name"), QStringLiteral(" ") }
                                << QByteArray("--name: empty");
    QTest::newRow("unknown option") << QStringList { file, out, QStringLiteral("x.ndjson"), QStringLiteral("--speed"), QStringLiteral("2") }
                                    << QByteArray("Unknown option 'speed'");
    QTest::newRow("missing file") << QStringList { QStringLiteral("missing.har"), out, QStringLiteral("x.ndjson") }
                                  << QByteArray("missing.har: cannot read");
    QTest::newRow("not HAR") << QStringList { QStringLiteral("capture.ndjson"), out, QStringLiteral("x.ndjson") }
                             << QByteArray("capture.ndjson: not a HAR file: not valid JSON");
    QTest::newRow("malformed entry") << QStringList { QStringLiteral("broken.har"), out, QStringLiteral("x.ndjson") }
                                     << QByteArray("broken.har: log.entries[1].request.postData.encoding: \"deflate\" is not supported");
    QTest::newRow("unwritable out") << QStringList { file, out, QStringLiteral("no/such/folder/x.ndjson") } << QByteArray("no/such/folder");
}

void TestHarImportCommand::badInputExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QVERIFY(writeFile(path(QStringLiteral("capture.ndjson")), q("{'journeyCapture':1,'name':'x'}\n{'type':'track','event':'A','userId':'u'}\n")));
    QVERIFY(writeFile(path(QStringLiteral("broken.har")),
        har({ entry("https://shop.example.com/", "GET", headers({})),
            entry("https://api.segment.io/v1/t", "POST", headers({}),
                QJsonObject { { QStringLiteral("mimeType"), QStringLiteral("text/plain") }, { QStringLiteral("text"), QStringLiteral("eJw=") },
                    { QStringLiteral("encoding"), QStringLiteral("deflate") } }) })));
    // Paths relative to the temporary folder.
    QStringList absolute;
    for (const QString& argument : std::as_const(arguments))
        absolute.append(argument.endsWith(QLatin1String(".har")) || argument.endsWith(QLatin1String(".ndjson")) ? path(argument) : argument);
    const CtlResult result = run(QStringList { QStringLiteral("har-import") } + absolute);
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY2(result.err.contains(message), result.describe().constData());
    QVERIFY2(result.err.startsWith("journeyctl har-import: "), result.describe().constData());
    QVERIFY(!QFile::exists(path(QStringLiteral("x.ndjson"))));
}

void TestHarImportCommand::addedHosts()
{
    QVERIFY(writeFile(path(QStringLiteral("selfhosted.har")),
        har({ entry("https://dp.acme.example/v1/batch", "POST", headers({ { "Content-Type", "application/json" } }),
            textBody("application/json", q("{'batch':[{'type':'track','event':'Self Hosted','userId':'u-2','messageId':'sh-1',"
                                              "'timestamp':'2026-11-29T10:00:00.000Z'}]}"))) })));
    const QString out = path(QStringLiteral("selfhosted.ndjson"));
    const QStringList base { QStringLiteral("har-import"), path(QStringLiteral("selfhosted.har")), QStringLiteral("--out"), out };
    // Unknown to the importer: not guessed.
    QCOMPARE(run(base).exitCode, 1);
    const CtlResult result = run(base + QStringList { QStringLiteral("--host"), QStringLiteral("dp.acme.example=rudderstack") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.out.contains("  RudderStack         1         1         0          0       1\n"), result.describe().constData());
    Capture capture;
    QString error;
    QVERIFY2(CaptureFile::read(out, capture, &error), qPrintable(error));
    QCOMPARE(capture.events().name(0), QByteArrayView("Self Hosted"));
}

void TestHarImportCommand::configuredKeysAreMasked()
{
    QVERIFY(writeFile(path(QStringLiteral("config.json")),
        q("{'journey':{'providers':{'segment':{'writeKey':'cfg_cli_key_0123456789'}}}}")));
    const QString out = path(QStringLiteral("masked.ndjson"));
    const CtlResult result = run({ QStringLiteral("--config"), path(QStringLiteral("config.json")), QStringLiteral("har-import"),
        path(QStringLiteral("session.har")), QStringLiteral("--out"), out });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(!bytes.contains("cfg_cli_key_0123456789"));
    QVERIFY(bytes.contains("\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2" "6789"));

    // A configuration that cannot be read is bad input.
    QVERIFY(writeFile(path(QStringLiteral("bad-config.json")), "{"));
    const CtlResult bad = run({ QStringLiteral("--config"), path(QStringLiteral("bad-config.json")), QStringLiteral("har-import"),
        path(QStringLiteral("session.har")), QStringLiteral("--out"), out });
    QVERIFY2(bad.exitCode == 2, bad.describe().constData());
}

void TestHarImportCommand::help()
{
    const CtlResult result = run({ QStringLiteral("har-import"), QStringLiteral("--help") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.out.startsWith("Usage: journeyctl har-import FILE.har --out CAPTURE"));
    QVERIFY(result.out.contains("--host <HOST=PROVIDER>"));
    const CtlResult list = run({ QStringLiteral("--help") });
    QVERIFY(list.out.contains("har-import"));
}

QTEST_GUILESS_MAIN(TestHarImportCommand)
#include "tst_harimportcommand.moc"

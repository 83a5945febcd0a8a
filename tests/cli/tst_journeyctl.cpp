// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// journeyctl as scripts use it: the real binary run with QProcess, its exit codes, stdout and stderr, and
// what ends up in the store. `collect` is driven over real HTTP on 127.0.0.1 and stopped with SIGTERM, SIGINT
// or SIGKILL.

#include "httptestclient.h"

#include "core/gzipcodec.h"
#include "store/eventfilter.h"
#include "store/storereader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>

using namespace Journey;
using namespace JourneyTest;

namespace {

struct CtlResult
{
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;

    bool ok() const { return finished && exitStatus == QProcess::NormalExit && exitCode == 0; }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + (exitStatus == QProcess::CrashExit ? " (crashed)" : "")
            + (finished ? "" : " (did not finish)") + "\nstdout: " + out.left(2000) + "\nstderr: " + err.left(2000);
    }
};

QString ctlPath()
{
    return QString::fromUtf8(JOURNEYCTL_PATH);
}

QByteArrayList lines(const QByteArray& text)
{
    QByteArrayList result = text.split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

QStringList messageIds(const QByteArray& ndjson)
{
    QStringList ids;
    for (const QByteArray& line : lines(ndjson))
        ids.append(QJsonDocument::fromJson(line).object().value(QLatin1String("messageId")).toString());
    return ids;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Canonical events as `journeyctl export` writes them: spec members in the canonical order, compact.
const QByteArrayList canonicalLines {
    R"({"type":"identify","messageId":"rt-1","timestamp":"2024-01-15T10:30:00.000Z","receivedAt":"2024-01-15T10:30:01.250Z","userId":"alice","anonymousId":"anon-a","traits":{"email":"alice@example.com","plan":"pro","logins":3},"context":{"library":{"name":"analytics-python","version":"2.3.0"},"ip":"203.0.113.9"},"integrations":{"All":true}})",
    R"({"type":"track","messageId":"rt-2","timestamp":"2024-01-15T10:31:00.000Z","receivedAt":"2024-01-15T10:31:00.500Z","userId":"alice","event":"Order Completed","properties":{"order_id":"o-1","revenue":25.99,"currency":"EUR","products":[{"sku":"s-1","price":19.99,"quantity":1}],"note":"comma, \"quote\" and\nnewline"},"context":{"page":{"path":"/checkout"}}})",
    R"({"type":"page","messageId":"rt-3","timestamp":"2024-01-16T08:00:00.000Z","receivedAt":"2024-01-16T08:00:00.100Z","anonymousId":"anon-b","name":"Pricing","category":"Docs","properties":{"url":"https://example.com/pricing"}})",
    R"({"type":"screen","messageId":"rt-4","timestamp":"2024-01-16T09:00:00.000Z","receivedAt":"2024-01-16T09:00:00.000Z","userId":"bob","name":"Home","properties":{"title":"Zuhause – ü"}})",
    R"({"type":"group","messageId":"rt-5","timestamp":"2024-01-17T12:00:00.000Z","receivedAt":"2024-01-17T12:00:00.000Z","userId":"bob","groupId":"g-1","traits":{"name":"Initech"}})",
    R"({"type":"alias","messageId":"rt-6","timestamp":"2024-01-18T12:00:00.000Z","receivedAt":"2024-01-18T12:00:00.000Z","userId":"alice","previousId":"anon-a","sentAt":"2024-01-18T12:00:01.000Z"})",
};

QByteArray canonicalFile()
{
    return canonicalLines.join('\n') + '\n';
}

const QRegularExpression listeningLine(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"));

} // namespace

class TestJourneyctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void collectPrintsListeningLine();
    void collectPortInUse();
    void collectStopsOnSignal_data();
    void collectStopsOnSignal();
    void collectSignalRightAfterListening_data();
    void collectSignalRightAfterListening();
    void collectSurvivesKill_data();
    void collectSurvivesKill();
    void importExportRoundTrip_data();
    void importExportRoundTrip();
    void importBadInputChangesNothing_data();
    void importBadInputChangesNothing();
    void exportFilters_data();
    void exportFilters();
    void exportToFile();
    void exportMissingStore();
    void globalOptionsAnywhere_data();
    void globalOptionsAnywhere();
    void configWriteKeysFromEnvironment();
    void brokenConfig_data();
    void brokenConfig();

private:
    CtlResult run(const QStringList& arguments, const QByteArray& input = {},
        std::optional<QProcessEnvironment> environment = std::nullopt);
    /// Starts `journeyctl collect` and reads the port from its first line.
    void startCollect(QProcess& process, const QStringList& arguments, quint16& port,
        std::optional<QProcessEnvironment> environment = std::nullopt);
    /// Sends \a requests batches of \a perRequest events, pipelined on one connection; appends the messageIds
    /// of the events answered 200 to \a ids. Every request must be answered 200.
    void postEvents(quint16 port, const QString& prefix, int requests, int perRequest, QStringList& ids);
    void importCanonical(const QString& store);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_environment;
    QString m_store; ///< the store the tests name with --store
    QString m_defaultStore; ///< JOURNEY_STORE: where journeyctl goes without --store
};

void TestJourneyctl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(QStringLiteral("store.db"));
    m_defaultStore = m_dir->filePath(QStringLiteral("default/journey.db"));
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("JOURNEY_STORE"), m_defaultStore);
    m_environment.insert(QStringLiteral("JOURNEY_CONFIG"), m_dir->filePath(QStringLiteral("default/config.json")));
    m_environment.remove(QStringLiteral("JT_TEST_WRITE_KEY"));
}

void TestJourneyctl::cleanup()
{
    m_dir.reset();
}

CtlResult TestJourneyctl::run(
    const QStringList& arguments, const QByteArray& input, std::optional<QProcessEnvironment> environment)
{
    QProcess process;
    process.setProcessEnvironment(environment.value_or(m_environment));
    process.start(ctlPath(), arguments);
    CtlResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(60000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestJourneyctl::startCollect(
    QProcess& process, const QStringList& arguments, quint16& port, std::optional<QProcessEnvironment> environment)
{
    process.setProcessEnvironment(environment.value_or(m_environment));
    process.start(ctlPath(), arguments);
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning, 15000);
    const QByteArray first = process.readLine();
    const QRegularExpressionMatch match = listeningLine.match(QString::fromUtf8(first));
    if (!match.hasMatch())
        QFAIL(QByteArray("first line: " + first + "\nstderr: " + process.readAllStandardError()).constData());
    port = quint16(match.captured(1).toUInt());
    QVERIFY(port > 0);
}

void TestJourneyctl::postEvents(quint16 port, const QString& prefix, int requests, int perRequest, QStringList& ids)
{
    HttpTestClient client(port);
    QString error;
    QVERIFY2(client.connectToServer(&error), qPrintable(error));
    QByteArray all;
    QList<QStringList> idsOfRequest;
    for (int r = 0; r < requests; ++r) {
        QByteArray body = "{\"batch\":[";
        QStringList requestIds;
        for (int e = 0; e < perRequest; ++e) {
            const QString id = QStringLiteral("%1-%2-%3").arg(prefix).arg(r).arg(e);
            requestIds.append(id);
            if (e)
                body += ',';
            body += R"({"type":"track","userId":"cli-user","event":"CLI Event","properties":{"r":)"
                + QByteArray::number(r) + R"(,"e":)" + QByteArray::number(e) + R"(},"messageId":")" + id.toUtf8()
                + "\"}";
        }
        body += "]}";
        // Alternate the wire forms a little: plain JSON and gzip.
        HttpRequest request { "POST", r % 2 ? "/v1/b" : "/v1/batch", { { "Content-Type", "application/json" } }, body };
        if (r % 3 == 2) {
            request.body = GzipCodec::compress(body);
            request.headers.append({ QByteArray("Content-Encoding"), QByteArray("gzip") });
        }
        all += request.toBytes();
        idsOfRequest.append(requestIds);
    }
    QVERIFY2(client.write(all, &error), qPrintable(error));
    for (int r = 0; r < requests; ++r) {
        const auto reply = client.read(&error);
        QVERIFY2(reply, qPrintable(QStringLiteral("request %1: %2").arg(r).arg(error)));
        QVERIFY2(reply->status == 200, reply->body.constData());
        ids += idsOfRequest.at(r);
    }
}

void TestJourneyctl::importCanonical(const QString& store)
{
    const QString file = m_dir->filePath(QStringLiteral("canonical.ndjson"));
    QVERIFY(writeFile(file, canonicalFile()));
    const CtlResult result = run({ QStringLiteral("--store"), store, QStringLiteral("import"), file });
    QVERIFY2(result.ok(), result.describe().constData());
}

// ---------------------------------------------------------------------------------------------------------

void TestJourneyctl::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("--help") << QStringList { QStringLiteral("--help") }
                            << QStringList { QStringLiteral("Usage: journeyctl"), QStringLiteral("collect"),
                                   QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("--store"),
                                   QStringLiteral("--config"), QStringLiteral("Exit codes") };
    QTest::newRow("-h") << QStringList { QStringLiteral("-h") } << QStringList { QStringLiteral("Usage: journeyctl") };
    QTest::newRow("collect --help") << QStringList { QStringLiteral("collect"), QStringLiteral("--help") }
                                    << QStringList { QStringLiteral("journeyctl collect"), QStringLiteral("--listen"),
                                           QStringLiteral("listening on"), QStringLiteral("--store") };
    QTest::newRow("import --help") << QStringList { QStringLiteral("import"), QStringLiteral("--help") }
                                   << QStringList { QStringLiteral("journeyctl import"), QStringLiteral("--format"),
                                          QStringLiteral("--skip-invalid") };
    QTest::newRow("export --help") << QStringList { QStringLiteral("export"), QStringLiteral("--help") }
                                   << QStringList { QStringLiteral("journeyctl export"), QStringLiteral("--format"),
                                          QStringLiteral("--out"), QStringLiteral("--type"), QStringLiteral("--since"),
                                          QStringLiteral("--until"), QStringLiteral("--user"),
                                          QStringLiteral("--event") };
    QTest::newRow("--store X export --help") << QStringList { QStringLiteral("--store"), QStringLiteral("x.db"),
        QStringLiteral("export"), QStringLiteral("--help") }
                                             << QStringList { QStringLiteral("journeyctl export") };
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") }
                               << QStringList { QStringLiteral("journeyctl ") };
}

void TestJourneyctl::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const CtlResult result = run(arguments);
    QVERIFY2(result.ok(), result.describe().constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    for (const QString& mention : std::as_const(mentions))
        QVERIFY2(result.out.contains(mention.toUtf8()),
            qPrintable(mention + QStringLiteral(" not in:\n") + QString::fromUtf8(result.out)));
    QVERIFY(!QFile::exists(m_defaultStore)); // help touches no store
}

void TestJourneyctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions"); ///< on stderr

    const auto args = [](std::initializer_list<const char*> list) {
        QStringList result;
        for (const char* item : list)
            result.append(QString::fromUtf8(item));
        return result;
    };
    QTest::newRow("no command") << QStringList() << args({ "Usage: journeyctl" });
    QTest::newRow("unknown command") << args({ "frobnicate" }) << args({ "unknown command", "frobnicate" });
    QTest::newRow("unknown flag before the command") << args({ "--frobnicate", "export" }) << args({ "--frobnicate" });
    QTest::newRow("unknown flag of export")
        << args({ "export", "--frobnicate" }) << args({ "frobnicate", "journeyctl export" });
    QTest::newRow("unknown flag of collect")
        << args({ "collect", "--listn", "127.0.0.1:0" }) << args({ "listn", "journeyctl collect" });
    QTest::newRow("unknown flag of import") << args({ "import", "--frobnicate", "x.ndjson" }) << args({ "frobnicate" });
    QTest::newRow("bad --listen host") << args({ "collect", "--listen", "nowhere:8787" })
                                       << args({ "--listen", "nowhere" });
    QTest::newRow("bad --listen port") << args({ "collect", "--listen", "127.0.0.1:99999" })
                                       << args({ "--listen", "99999" });
    QTest::newRow("bad --listen text") << args({ "collect", "--listen", "127.0.0.1:http" })
                                       << args({ "--listen", "http" });
    QTest::newRow("--listen without value") << args({ "collect", "--listen" }) << args({ "listen" });
    QTest::newRow("unexpected argument to collect") << args({ "collect", "extra" }) << args({ "extra" });
    QTest::newRow("bad export --format") << args({ "export", "--format", "xml" }) << args({ "--format", "xml" });
    QTest::newRow("bad import --format") << args({ "import", "--format", "parquet", "x.ndjson" })
                                         << args({ "--format", "parquet" });
    QTest::newRow("bad --since") << args({ "export", "--since", "yesterday" }) << args({ "--since", "yesterday" });
    QTest::newRow("bad --until") << args({ "export", "--until", "2024-13-01" }) << args({ "--until", "2024-13-01" });
    QTest::newRow("bad --type") << args({ "export", "--type", "click" }) << args({ "--type", "click" });
    QTest::newRow("import without a file") << args({ "import" }) << args({ "no file" });
    QTest::newRow("--store without value") << args({ "export", "--store" }) << args({ "--store" });
    QTest::newRow("--store with empty value") << args({ "--store=", "export" }) << args({ "--store" });
}

void TestJourneyctl::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const CtlResult result = run(arguments);
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit, result.describe().constData());
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY2(result.out.isEmpty(), result.describe().constData()); // errors go to stderr only
    for (const QString& mention : std::as_const(mentions))
        QVERIFY2(result.err.contains(mention.toUtf8()),
            qPrintable(mention + QStringLiteral(" not in:\n") + QString::fromUtf8(result.err)));
    QVERIFY(!QFile::exists(m_defaultStore)); // a bad command line touches no store
}

void TestJourneyctl::collectPrintsListeningLine()
{
    QProcess collect;
    quint16 port = 0;
    startCollect(collect,
        { QStringLiteral("--store"), m_store, QStringLiteral("collect"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0") },
        port);
    if (QTest::currentTestFailed())
        return;
    // The port printed is the one listening.
    QString error;
    const auto reply = HttpTestClient::oneShot(port, HttpRequest { "GET", "/", {}, {} }, &error);
    QVERIFY2(reply, qPrintable(error));
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->json().value(QLatin1String("name")).toString(), QStringLiteral("Journey Connector collector"));
    // Nothing else on stdout: it stays machine-readable.
    collect.terminate();
    QVERIFY(collect.waitForFinished(10000));
    QCOMPARE(collect.exitStatus(), QProcess::NormalExit);
    QCOMPARE(collect.exitCode(), 0);
    QCOMPARE(collect.readAllStandardOutput(), QByteArray());
    const QByteArray err = collect.readAllStandardError();
    QVERIFY2(err.contains(m_store.toUtf8()), err.constData());
    QVERIFY(QFile::exists(m_store));
}

void TestJourneyctl::collectPortInUse()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort());
    const CtlResult result
        = run({ QStringLiteral("--store"), m_store, QStringLiteral("collect"), QStringLiteral("--listen"), listen });
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit && result.exitCode == 1,
        result.describe().constData());
    QVERIFY2(result.err.contains("already in use"), result.err.constData());
    QVERIFY2(result.err.contains(QByteArray::number(occupant.serverPort())), result.err.constData());
    QVERIFY(!result.out.contains("listening on"));
}

void TestJourneyctl::collectStopsOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestJourneyctl::collectStopsOnSignal()
{
    QFETCH(int, signalNumber);
    QProcess collect;
    quint16 port = 0;
    startCollect(collect,
        { QStringLiteral("collect"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--store"), m_store },
        port);
    if (QTest::currentTestFailed())
        return;

    QStringList sent;
    postEvents(port, QStringLiteral("sig"), 30, 7, sent);
    if (QTest::currentTestFailed())
        return;
    QString error;
    const auto single = HttpTestClient::oneShot(port,
        HttpRequest { "POST", "/v1/track", { { "Content-Type", "text/plain" } },
            R"({"userId":"cli-user","event":"Last","messageId":"sig-last"})" },
        &error);
    QVERIFY2(single && single->status == 200, qPrintable(error));
    sent.append(QStringLiteral("sig-last"));

    // An SDK keeps its connection open: that must not hold the shutdown up.
    HttpTestClient idle(port);
    QVERIFY2(idle.connectToServer(&error), qPrintable(error));

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(::kill(pid_t(collect.processId()), signalNumber), 0);
    QVERIFY2(collect.waitForFinished(10000), "collect did not stop");
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("took %1 ms to stop").arg(timer.elapsed())));
    const QByteArray err = collect.readAllStandardError();
    QVERIFY2(collect.exitStatus() == QProcess::NormalExit && collect.exitCode() == 0, err.constData());
    QVERIFY2(
        err.contains(QByteArray(QByteArray("stored ") + QByteArray::number(sent.size()) + " events")), err.constData());

    const CtlResult exported = run({ QStringLiteral("export"), QStringLiteral("--store"), m_store });
    QVERIFY2(exported.ok(), exported.describe().constData());
    QCOMPARE(messageIds(exported.out), sent);
}

void TestJourneyctl::collectSignalRightAfterListening_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestJourneyctl::collectSignalRightAfterListening()
{
    // A script reads the first line and may stop the collector at once: the signal must already be handled
    // then. The window is small, so try a number of times, signalling the moment the line arrives.
    QFETCH(int, signalNumber);
    for (int attempt = 0; attempt < 25; ++attempt) {
        QProcess collect;
        collect.setProcessEnvironment(m_environment);
        collect.start(ctlPath(),
            { QStringLiteral("--store"), m_store, QStringLiteral("collect"), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0") });
        QVERIFY(collect.waitForStarted(10000));
        while (!collect.canReadLine() && collect.waitForReadyRead(10000)) { }
        QVERIFY2(collect.canReadLine(), collect.readAllStandardError().constData());
        QCOMPARE(::kill(pid_t(collect.processId()), signalNumber), 0);
        QVERIFY(listeningLine.match(QString::fromUtf8(collect.readLine())).hasMatch());
        QVERIFY(collect.waitForFinished(10000));
        QVERIFY2(collect.exitStatus() == QProcess::NormalExit && collect.exitCode() == 0,
            qPrintable(QStringLiteral("attempt %1: %2 %3")
                           .arg(attempt)
                           .arg(collect.exitStatus() == QProcess::CrashExit ? QStringLiteral("killed by the signal")
                                                                            : QStringLiteral("exit code"))
                           .arg(collect.exitCode())));
    }
}

void TestJourneyctl::collectSurvivesKill_data()
{
    QTest::addColumn<bool>("exportFirst");
    QTest::newRow("recovered by export, then a new collect") << true;
    QTest::newRow("recovered by a new collect") << false;
}

void TestJourneyctl::collectSurvivesKill()
{
    QFETCH(bool, exportFirst);
    QStringList sent;
    {
        QProcess collect;
        quint16 port = 0;
        startCollect(collect,
            { QStringLiteral("--store"), m_store, QStringLiteral("collect"), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0") },
            port);
        if (QTest::currentTestFailed())
            return;
        postEvents(port, QStringLiteral("kill"), 60, 10, sent);
        if (QTest::currentTestFailed())
            return;
        // Right after the last 200: many of these are only in the ingest journal yet.
        collect.kill();
        QVERIFY(collect.waitForFinished(10000));
        QCOMPARE(collect.exitStatus(), QProcess::CrashExit);
    }
    QCOMPARE(sent.size(), 600);

    const auto exportAll = [this]() { return run({ QStringLiteral("--store"), m_store, QStringLiteral("export") }); };
    if (exportFirst) {
        const CtlResult exported = exportAll();
        QVERIFY2(exported.ok(), exported.describe().constData());
        QCOMPARE(messageIds(exported.out), sent); // all of them, once each, in order
    }

    // A new collector on the same store: whatever the journal still held is stored once, not twice.
    QProcess again;
    quint16 port = 0;
    startCollect(again,
        { QStringLiteral("--store"), m_store, QStringLiteral("collect"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0") },
        port);
    if (QTest::currentTestFailed())
        return;
    postEvents(port, QStringLiteral("after"), 2, 3, sent);
    if (QTest::currentTestFailed())
        return;
    again.terminate();
    QVERIFY(again.waitForFinished(10000));
    QCOMPARE(again.exitCode(), 0);

    const CtlResult exported = exportAll();
    QVERIFY2(exported.ok(), exported.describe().constData());
    const QStringList ids = messageIds(exported.out);
    QCOMPARE(ids.size(), sent.size());
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    QCOMPARE(ids, sent);
}

void TestJourneyctl::importExportRoundTrip_data()
{
    QTest::addColumn<QString>("form");
    QTest::newRow("ndjson") << QStringLiteral("ndjson");
    QTest::newRow("ndjson.gz") << QStringLiteral("gzip");
    QTest::newRow("stdin") << QStringLiteral("stdin");
    QTest::newRow("csv (export --format csv, import it back)") << QStringLiteral("csv");
}

void TestJourneyctl::importExportRoundTrip()
{
    QFETCH(QString, form);
    const QString ndjson = m_dir->filePath(QStringLiteral("events.ndjson"));
    QVERIFY(writeFile(ndjson, canonicalFile()));

    CtlResult imported;
    if (form == QLatin1String("ndjson") || form == QLatin1String("csv")) {
        imported = run({ QStringLiteral("--store"), m_store, QStringLiteral("import"), ndjson });
    } else if (form == QLatin1String("gzip")) {
        const QString gz = m_dir->filePath(QStringLiteral("events.ndjson.gz"));
        QVERIFY(writeFile(gz, GzipCodec::compress(canonicalFile())));
        imported = run({ QStringLiteral("import"), gz, QStringLiteral("--store"), m_store });
    } else {
        imported = run(
            { QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--store"), m_store }, canonicalFile());
    }
    QVERIFY2(imported.ok(), imported.describe().constData());
    QCOMPARE(imported.out, QByteArray("imported 6 events\n"));

    QString store = m_store;
    if (form == QLatin1String("csv")) {
        const QString csv = m_dir->filePath(QStringLiteral("events.csv"));
        const CtlResult toCsv = run({ QStringLiteral("--store"), m_store, QStringLiteral("export"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv });
        QVERIFY2(toCsv.ok(), toCsv.describe().constData());
        const QByteArrayList rows = lines(readFile(csv));
        QVERIFY2(rows.size() >= 7, readFile(csv).constData());
        QVERIFY2(rows.first().startsWith("type,messageId,timestamp,receivedAt,userId"), rows.first().constData());
        store = m_dir->filePath(QStringLiteral("from-csv.db"));
        const CtlResult fromCsv = run({ QStringLiteral("--store"), store, QStringLiteral("import"), csv });
        QVERIFY2(fromCsv.ok(), fromCsv.describe().constData());
        QCOMPARE(fromCsv.out, QByteArray("imported 6 events\n"));
    }

    const CtlResult exported = run({ QStringLiteral("--store"), store, QStringLiteral("export") });
    QVERIFY2(exported.ok(), exported.describe().constData());
    const QByteArrayList out = lines(exported.out);
    QCOMPARE(out.size(), canonicalLines.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        QCOMPARE(out.at(i), canonicalLines.at(i)); // byte for byte
        // receivedAt is the original arrival, not the time of the import.
        QCOMPARE(QJsonDocument::fromJson(out.at(i)).object().value(QLatin1String("receivedAt")),
            QJsonDocument::fromJson(canonicalLines.at(i)).object().value(QLatin1String("receivedAt")));
    }
    QVERIFY2(exported.err.contains("exported 6 events"), exported.err.constData());

    // The events carry their import origin in the store.
    StoreReader reader(store);
    QString error;
    QVERIFY2(reader.open(true, &error), qPrintable(error));
    int count = 0;
    QVERIFY(reader.scan(
        EventFilter(), false,
        [&count](const EventBatch& events) {
            for (int i = 0; i < events.size(); ++i) {
                if (events.source(i) != EventSource::Import)
                    return false;
                ++count;
            }
            return true;
        },
        &error));
    QCOMPARE(count, 6);
}

void TestJourneyctl::importBadInputChangesNothing_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("mentions"); ///< on stderr, besides the file name

    const QByteArray good1 = R"({"type":"track","userId":"x","event":"Fine","messageId":"ok-1"})";
    const QByteArray good2 = R"({"type":"identify","userId":"x","messageId":"ok-2"})";
    QTest::newRow("malformed JSON on line 3")
        << QStringLiteral("bad.ndjson")
        << QByteArray(good1 + '\n' + good2 + "\n{\"type\":\"track\",\"userId\":\"x\" \"event\":\"E\"}\n")
        << QStringList { QStringLiteral("bad.ndjson:3"), QStringLiteral("malformed JSON") };
    QTest::newRow("bad field on line 2") << QStringLiteral("bad.ndjson")
                                         << QByteArray(good1
                                                + "\n{\"type\":\"track\",\"userId\":{\"id\":1},\"event\":\"E\"}\n"
                                                + good2 + '\n')
                                         << QStringList { QStringLiteral("bad.ndjson:2"), QStringLiteral("userId"),
                                                QStringLiteral("expected a string or an integer") };
    QTest::newRow("missing event on line 4, after a blank line")
        << QStringLiteral("bad.jsonl")
        << QByteArray(good1 + '\n' + good2 + "\n\n{\"type\":\"track\",\"userId\":\"x\"}\n")
        << QStringList { QStringLiteral("bad.jsonl:4"), QStringLiteral("event"), QStringLiteral("required") };
    QTest::newRow("bad timestamp on the last line, no newline")
        << QStringLiteral("bad.ndjson")
        << QByteArray(good1 + "\n{\"type\":\"track\",\"userId\":\"x\",\"event\":\"E\",\"timestamp\":\"soon\"}")
        << QStringList { QStringLiteral("bad.ndjson:2"), QStringLiteral("timestamp"), QStringLiteral("ISO-8601") };
    QTest::newRow("csv: bad JSON in a column")
        << QStringLiteral("bad.csv")
        << QByteArray("type,messageId,userId,event,properties\ntrack,c-1,x,Fine,{}\ntrack,c-2,x,Broken,{not json}\n")
        << QStringList { QStringLiteral("bad.csv:3"), QStringLiteral("properties") };
    QTest::newRow("csv: unknown column") << QStringLiteral("bad.csv")
                                         << QByteArray("type,messageId,userId,colour\ntrack,c-1,x,red\n")
                                         << QStringList { QStringLiteral("bad.csv:1"), QStringLiteral("colour") };
}

void TestJourneyctl::importBadInputChangesNothing()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mentions);

    importCanonical(m_store);
    if (QTest::currentTestFailed())
        return;
    const CtlResult before = run({ QStringLiteral("--store"), m_store, QStringLiteral("export") });
    QVERIFY2(before.ok(), before.describe().constData());
    QCOMPARE(before.out, canonicalFile());

    // A good file first, then the bad one: all files go in together or not at all.
    const QString good = m_dir->filePath(QStringLiteral("good.ndjson"));
    QVERIFY(writeFile(good,
        R"({"type":"track","userId":"x","event":"Would be fine","messageId":"good-1"})"
        "\n"));
    const QString bad = m_dir->filePath(fileName);
    QVERIFY(writeFile(bad, content));
    QStringList arguments { QStringLiteral("--store"), m_store, QStringLiteral("import") };
    if (!fileName.endsWith(QLatin1String(".csv")))
        arguments.append(good); // a CSV import reads all files as CSV
    arguments.append(bad);
    const CtlResult result = run(arguments);
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit && result.exitCode == 1,
        result.describe().constData());
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
    for (const QString& mention : std::as_const(mentions))
        QVERIFY2(result.err.contains(mention.toUtf8()),
            qPrintable(mention + QStringLiteral(" not in:\n") + QString::fromUtf8(result.err)));
    QVERIFY2(result.err.contains("nothing was imported"), result.err.constData());

    const CtlResult after = run({ QStringLiteral("--store"), m_store, QStringLiteral("export") });
    QVERIFY2(after.ok(), after.describe().constData());
    QCOMPARE(after.out, before.out);
}

void TestJourneyctl::exportFilters_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QStringList>("expected");

    const auto ids = [](std::initializer_list<int> numbers) {
        QStringList result;
        for (int n : numbers)
            result.append(QStringLiteral("rt-%1").arg(n));
        return result;
    };
    const auto args = [](std::initializer_list<const char*> list) {
        QStringList result;
        for (const char* item : list)
            result.append(QString::fromUtf8(item));
        return result;
    };
    QTest::newRow("none") << QStringList() << ids({ 1, 2, 3, 4, 5, 6 });
    QTest::newRow("--type track") << args({ "--type", "track" }) << ids({ 2 });
    QTest::newRow("--type page --type screen") << args({ "--type", "page", "--type", "screen" }) << ids({ 3, 4 });
    QTest::newRow("--type=alias") << args({ "--type=alias" }) << ids({ 6 });
    QTest::newRow("--event (case-insensitive substring)") << args({ "--event", "order" }) << ids({ 2 });
    QTest::newRow("--event matches page names") << args({ "--event", "PRICING" }) << ids({ 3 });
    QTest::newRow("--user userId") << args({ "--user", "alice" }) << ids({ 1, 2, 6 });
    QTest::newRow("--user anonymousId") << args({ "--user", "anon-b" }) << ids({ 3 });
    QTest::newRow("--since") << args({ "--since", "2024-01-16T00:00:00Z" }) << ids({ 3, 4, 5, 6 });
    QTest::newRow("--until is exclusive") << args({ "--until", "2024-01-16T08:00:00.000Z" }) << ids({ 1, 2 });
    QTest::newRow("--since and --until, dates")
        << args({ "--since", "2024-01-16", "--until", "2024-01-17" }) << ids({ 3, 4 });
    QTest::newRow("--since with an offset") << args({ "--since", "2024-01-17T13:00:00+01:00" }) << ids({ 5, 6 });
    QTest::newRow("--text") << args({ "--text", "initech" }) << ids({ 5 });
    QTest::newRow("--type and --user") << args({ "--type", "identify", "--user", "alice" }) << ids({ 1 });
    QTest::newRow("nothing matches") << args({ "--type", "track", "--user", "bob" }) << QStringList();
}

void TestJourneyctl::exportFilters()
{
    QFETCH(QStringList, filters);
    QFETCH(QStringList, expected);
    importCanonical(m_store);
    if (QTest::currentTestFailed())
        return;
    const CtlResult result
        = run(QStringList { QStringLiteral("--store"), m_store, QStringLiteral("export") } + filters);
    QVERIFY2(result.ok(), result.describe().constData());
    QCOMPARE(messageIds(result.out), expected);
    for (const QByteArray& line : lines(result.out))
        QVERIFY(canonicalLines.contains(line));
    QVERIFY2(result.err.contains(QByteArray(QByteArray("exported ") + QByteArray::number(expected.size()) + " events")),
        result.err.constData());
}

void TestJourneyctl::exportToFile()
{
    importCanonical(m_store);
    if (QTest::currentTestFailed())
        return;
    const QString out = m_dir->filePath(QStringLiteral("out.ndjson"));
    const CtlResult toFile
        = run({ QStringLiteral("--store"), m_store, QStringLiteral("export"), QStringLiteral("--out"), out,
            QStringLiteral("--type"), QStringLiteral("track"), QStringLiteral("--type"), QStringLiteral("page") });
    QVERIFY2(toFile.ok(), toFile.describe().constData());
    QVERIFY2(toFile.out.isEmpty(), toFile.out.constData());
    QCOMPARE(readFile(out), canonicalLines.at(1) + '\n' + canonicalLines.at(2) + '\n');

    const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
    const CtlResult toCsv
        = run({ QStringLiteral("--store"), m_store, QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--out"), csv, QStringLiteral("--user"), QStringLiteral("bob") });
    QVERIFY2(toCsv.ok(), toCsv.describe().constData());
    const QByteArrayList rows = lines(readFile(csv));
    QCOMPARE(rows.size(), 3); // header and bob's two events
    QVERIFY(rows.at(1).startsWith("screen,rt-4,"));
    QVERIFY(rows.at(2).startsWith("group,rt-5,"));

    // An export that cannot be written fails, and leaves no half file.
    const QString nowhere = m_dir->filePath(QStringLiteral("missing-folder/out.ndjson"));
    const CtlResult failed
        = run({ QStringLiteral("--store"), m_store, QStringLiteral("export"), QStringLiteral("--out"), nowhere });
    QVERIFY2(failed.finished && failed.exitCode == 1, failed.describe().constData());
    QVERIFY2(failed.err.contains(nowhere.toUtf8()), failed.err.constData());
    QVERIFY(!QFile::exists(nowhere));
}

void TestJourneyctl::exportMissingStore()
{
    const QString missing = m_dir->filePath(QStringLiteral("no-such.db"));
    const CtlResult result = run({ QStringLiteral("export"), QStringLiteral("--store"), missing });
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit && result.exitCode == 1,
        result.describe().constData());
    QVERIFY2(result.err.contains(QByteArray(QByteArray("no store at ") + missing.toUtf8())), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(missing)); // looking does not create one

    // Without --store, the default store (JOURNEY_STORE) is the one missing.
    const CtlResult byDefault = run({ QStringLiteral("export") });
    QCOMPARE(byDefault.exitCode, 1);
    QVERIFY2(byDefault.err.contains(QByteArray(QByteArray("no store at ") + m_defaultStore.toUtf8())),
        byDefault.err.constData());
}

void TestJourneyctl::globalOptionsAnywhere_data()
{
    QTest::addColumn<QStringList>("arguments"); ///< STORE and CONFIG stand for the paths
    QTest::addColumn<int>("events");

    const auto args = [](std::initializer_list<const char*> list) {
        QStringList result;
        for (const char* item : list)
            result.append(QString::fromUtf8(item));
        return result;
    };
    QTest::newRow("--store X export") << args({ "--store", "STORE", "export" }) << 6;
    QTest::newRow("export --store X") << args({ "export", "--store", "STORE" }) << 6;
    QTest::newRow("--store=X export") << args({ "--store=STORE", "export" }) << 6;
    QTest::newRow("export --store=X") << args({ "export", "--store=STORE" }) << 6;
    QTest::newRow("export --type track --store X") << args({ "export", "--type", "track", "--store", "STORE" }) << 1;
    QTest::newRow("--config C export --store X") << args({ "--config", "CONFIG", "export", "--store", "STORE" }) << 6;
    QTest::newRow("export --store X --config C") << args({ "export", "--store", "STORE", "--config", "CONFIG" }) << 6;
}

void TestJourneyctl::globalOptionsAnywhere()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, events);
    importCanonical(m_store);
    if (QTest::currentTestFailed())
        return;
    const QString config = m_dir->filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(config, R"({"journey":{"collector":{"listen":"127.0.0.1:0"}}})"));
    for (QString& argument : arguments) {
        argument.replace(QLatin1String("STORE"), m_store);
        argument.replace(QLatin1String("CONFIG"), config);
    }
    const CtlResult result = run(arguments);
    QVERIFY2(result.ok(), result.describe().constData());
    QCOMPARE(lines(result.out).size(), events);
    QVERIFY(!QFile::exists(m_defaultStore));
}

void TestJourneyctl::configWriteKeysFromEnvironment()
{
    const QByteArray key = "wk_from_env_5551234abcd";
    const QString config = m_dir->filePath(QStringLiteral("collector.json"));
    QVERIFY(writeFile(
        config, R"({"journey":{"collector":{"listen":"127.0.0.1:0","writeKeys":["${JT_TEST_WRITE_KEY}"]}}})"));

    // Without the variable the config is incomplete: refused, naming the key and the variable.
    const CtlResult unset
        = run({ QStringLiteral("--config"), config, QStringLiteral("--store"), m_store, QStringLiteral("collect") });
    QVERIFY2(unset.finished && unset.exitStatus == QProcess::NormalExit && unset.exitCode == 1,
        unset.describe().constData());
    for (const char* mention : { "JT_TEST_WRITE_KEY", "journey.collector.writeKeys[0]" })
        QVERIFY2(unset.err.contains(mention), unset.err.constData());
    QVERIFY2(unset.err.contains(config.toUtf8()), unset.err.constData());
    QVERIFY(!QFile::exists(m_store));

    QProcessEnvironment environment = m_environment;
    environment.insert(QStringLiteral("JT_TEST_WRITE_KEY"), QString::fromUtf8(key));
    QProcess collect;
    quint16 port = 0;
    // No --listen: the config's listen (port 0) applies.
    startCollect(collect,
        { QStringLiteral("collect"), QStringLiteral("--config"), config, QStringLiteral("--store"), m_store }, port,
        environment);
    if (QTest::currentTestFailed())
        return;

    const QByteArray body = R"({"userId":"env","event":"Keyed","messageId":"env-1"})";
    QString error;
    const auto accepted = HttpTestClient::oneShot(port,
        HttpRequest { "POST", "/v1/track",
            { { "Content-Type", "application/json" },
                { "Authorization", "Basic " + QByteArray(key + ':').toBase64() } },
            body },
        &error);
    QVERIFY2(accepted, qPrintable(error));
    QCOMPARE(accepted->status, 200);
    const auto wrong = HttpTestClient::oneShot(port,
        HttpRequest { "POST", "/v1/track", { { "Content-Type", "application/json" } },
            R"({"userId":"env","event":"Keyed","messageId":"env-2","writeKey":"wk_not_the_key_000000"})" },
        &error);
    QVERIFY2(wrong, qPrintable(error));
    QCOMPARE(wrong->status, 401);
    QVERIFY(!wrong->body.contains(key));
    const auto missing = HttpTestClient::oneShot(port,
        HttpRequest { "POST", "/v1/track", { { "Content-Type", "application/json" } },
            R"({"userId":"env","event":"Keyed","messageId":"env-3"})" },
        &error);
    QVERIFY2(missing, qPrintable(error));
    QCOMPARE(missing->status, 401);

    collect.terminate();
    QVERIFY(collect.waitForFinished(10000));
    QCOMPARE(collect.exitCode(), 0);
    const QByteArray err = collect.readAllStandardError();
    QVERIFY2(!err.contains(key), err.constData()); // never logged

    const CtlResult exported = run({ QStringLiteral("--store"), m_store, QStringLiteral("export") });
    QVERIFY2(exported.ok(), exported.describe().constData());
    QCOMPARE(messageIds(exported.out), QStringList { QStringLiteral("env-1") });
    QVERIFY(!exported.out.contains(key));

    // What the store kept about the requests has the key masked.
    StoreReader reader(m_store);
    QVERIFY2(reader.open(true, &error), qPrintable(error));
    StoreStats stats;
    QVERIFY(reader.stats(stats, &error));
    QCOMPARE(stats.requests, 3);
    QCOMPARE(stats.rejectedRequests, 2);
    for (qint64 id = 1; id <= stats.requests; ++id) {
        const auto request = reader.request(id, &error);
        QVERIFY2(request, qPrintable(error));
        QVERIFY2(!request->headerText().contains(key), request->headerText().constData());
        QVERIFY2(!request->headerText().contains(QByteArray(key + ':').toBase64()), request->headerText().constData());
        QVERIFY2(!request->body.contains(key), request->body.constData());
        QVERIFY(!request->body.contains("wk_not_the_key_000000"));
        QVERIFY(!request->error.contains(QString::fromUtf8(key)));
    }
}

void TestJourneyctl::brokenConfig_data()
{
    QTest::addColumn<QByteArray>("content"); ///< empty: no file at all
    QTest::addColumn<QStringList>("mentions"); ///< besides the file name

    QTest::newRow("malformed JSON") << QByteArray(
        "{\n  \"journey\": {\n    \"collector\": {\"listen\": \"127.0.0.1:0\",}\n  }\n}")
                                    << QStringList { QStringLiteral("config.json:3:"),
                                           QStringLiteral("malformed JSON") };
    QTest::newRow("unknown key") << QByteArray(R"({"journey":{"collector":{"lisen":"127.0.0.1:0"}}})")
                                 << QStringList { QStringLiteral("journey.collector.lisen"),
                                        QStringLiteral("unknown key") };
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"journy":{}})") << QStringList { QStringLiteral("journy") };
    QTest::newRow("writeKeys not an array")
        << QByteArray(R"({"journey":{"collector":{"writeKeys":"abc"}}})")
        << QStringList { QStringLiteral("journey.collector.writeKeys"), QStringLiteral("array") };
    QTest::newRow("empty write key") << QByteArray(R"({"journey":{"collector":{"writeKeys":["ok-key-123", ""]}}})")
                                     << QStringList { QStringLiteral("journey.collector.writeKeys[1]") };
    QTest::newRow("unset variable") << QByteArray(
        R"({"journey":{"collector":{"writeKeys":["${JT_UNSET_VARIABLE_XYZ}"]}}})")
                                    << QStringList { QStringLiteral("JT_UNSET_VARIABLE_XYZ"),
                                           QStringLiteral("journey.collector.writeKeys[0]") };
    QTest::newRow("bad listen") << QByteArray(R"({"journey":{"collector":{"listen":"nowhere:80"}}})")
                                << QStringList { QStringLiteral("journey.collector.listen"),
                                       QStringLiteral("nowhere") };
    QTest::newRow("listen of the wrong type") << QByteArray(R"({"journey":{"collector":{"listen":8787}}})")
                                              << QStringList { QStringLiteral("journey.collector.listen") };
    QTest::newRow("no such file") << QByteArray() << QStringList { QStringLiteral("no configuration file") };
}

void TestJourneyctl::brokenConfig()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mentions);
    const QString config = m_dir->filePath(QStringLiteral("config.json"));
    if (!content.isEmpty())
        QVERIFY(writeFile(config, content));
    const CtlResult result = run({ QStringLiteral("collect"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--config"), config, QStringLiteral("--store"), m_store });
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit && result.exitCode == 1,
        result.describe().constData());
    QVERIFY2(!result.out.contains("listening on"), result.out.constData());
    QVERIFY2(result.err.contains(config.toUtf8()), result.err.constData());
    for (const QString& mention : std::as_const(mentions))
        QVERIFY2(result.err.contains(mention.toUtf8()),
            qPrintable(mention + QStringLiteral(" not in:\n") + QString::fromUtf8(result.err)));
    QVERIFY(!QFile::exists(m_store));

    // The same file from JOURNEY_CONFIG (no --config) is just as wrong.
    if (content.isEmpty())
        return; // a missing default config is fine: the defaults apply
    QProcessEnvironment environment = m_environment;
    environment.insert(QStringLiteral("JOURNEY_CONFIG"), config);
    const CtlResult byDefault = run({ QStringLiteral("collect"), QStringLiteral("--listen"),
                                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--store"), m_store },
        {}, environment);
    QVERIFY2(byDefault.finished && byDefault.exitCode == 1, byDefault.describe().constData());
    QVERIFY2(byDefault.err.contains(config.toUtf8()), byDefault.err.constData());
}

QTEST_GUILESS_MAIN(TestJourneyctl)
#include "tst_journeyctl.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// `journeyctl send` as scripts use it, against real HTTP sinks: one line per request, exit codes, the
// --endpoint override, errors with line numbers, no secrets in the output, and the crash test: kill -9 while
// events are queued, then every event is delivered exactly once per provider (by dedup id).

#include "httpsink.h"
#include "providers/dedupids.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace JourneyTest;

namespace {

const char segmentKey[] = "wk_send_cli_secret_31337";
const char posthogKey[] = "phc_send_cli_secret_4242";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs journeyctl while this thread keeps serving the sinks.
Run run(const QStringList& arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(JOURNEYCTL_PATH), arguments);
    if (!process.waitForStarted())
        qFatal("journeyctl did not start");
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        process.waitForFinished(5);
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString writeConfig(const QTemporaryDir& dir, const QUrl& url, const QByteArray& extra = {})
{
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the config");
    const QByteArray endpoint = url.toString().toUtf8();
    file.write("{\"journey\":{\"providers\":{"
               "\"segment\":{\"writeKey\":\"" + QByteArray(segmentKey) + "\",\"endpoint\":\"" + endpoint
        + "\",\"backoffMs\":20,\"batch\":{\"flushMs\":10,\"maxEvents\":50}" + extra + "},"
          "\"posthog\":{\"apiKey\":\"" + QByteArray(posthogKey) + "\",\"endpoint\":\"" + endpoint
        + "\",\"backoffMs\":20,\"batch\":{\"flushMs\":10,\"maxEvents\":50}" + extra + "}}}}");
    return path;
}

// Dedup ids carried by a request: Segment messageIds, PostHog uuids.
QStringList dedupIds(const SinkRequest& request)
{
    QStringList ids;
    const QJsonArray batch = QJsonDocument::fromJson(request.body).object().value(QLatin1String("batch")).toArray();
    const bool segment = request.path == QLatin1String("/v1/batch");
    for (const QJsonValue& message : batch)
        ids.append(message.toObject().value(segment ? QLatin1String("messageId") : QLatin1String("uuid")).toString());
    return ids;
}

qint64 outboxRows(const QString& storePath)
{
    qint64 count = -1;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        database.setDatabaseName(storePath);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(QStringLiteral("SELECT count(*) FROM outbox")) && query.next())
                count = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return count;
}

} // namespace

class TestSendCommand : public QObject
{
    Q_OBJECT

private slots:
    void oneCallPrintsOneLinePerRequest();
    void fileIsCheckedBeforeAnythingIsSent();
    void permanentFailureExitsNonZeroWithTheReason();
    void endpointOverrideAndBadFlags();
    void killedSenderDeliversEverythingExactlyOnceAfterRestart();
};

void TestSendCommand::oneCallPrintsOneLinePerRequest()
{
    QTemporaryDir dir;
    HttpSink sink;
    QVERIFY(sink.start());
    const QString config = writeConfig(dir, sink.url());
    const Run result = run({ QStringLiteral("--store"), dir.filePath(QStringLiteral("s.db")), QStringLiteral("--config"), config,
        QStringLiteral("send"), QStringLiteral("--provider"), QStringLiteral("all"), QStringLiteral("--type"), QStringLiteral("track"),
        QStringLiteral("--user-id"), QStringLiteral("u-1"), QStringLiteral("--event"), QStringLiteral("Order Completed"),
        QStringLiteral("--properties"), QStringLiteral("{\"revenue\":25}") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QList<QByteArray> lines = result.out.trimmed().split('\n');
    std::sort(lines.begin(), lines.end()); // the providers answer in any order
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QByteArray("posthog POST " + sink.url().toString().toUtf8() + "/batch/ 200 delivered 1 event"));
    QCOMPARE(lines.at(1), QByteArray("segment POST " + sink.url().toString().toUtf8() + "/v1/batch 200 delivered 1 event"));
    QCOMPARE(sink.requests().size(), 2);
    QVERIFY(!result.out.contains(segmentKey) && !result.err.contains(segmentKey));
    QVERIFY(!result.out.contains(posthogKey) && !result.err.contains(posthogKey));
}

void TestSendCommand::fileIsCheckedBeforeAnythingIsSent()
{
    QTemporaryDir dir;
    HttpSink sink;
    QVERIFY(sink.start());
    const QString config = writeConfig(dir, sink.url());
    const QString file = dir.filePath(QStringLiteral("events.ndjson"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"type\":\"track\",\"userId\":\"u\",\"event\":\"Fine\"}\n\n{\"type\":\"track\",\"userId\":\"u\"}\n");
    out.close();
    const Run result = run({ QStringLiteral("--store"), dir.filePath(QStringLiteral("s.db")), QStringLiteral("--config"), config,
        QStringLiteral("send"), QStringLiteral("--provider"), QStringLiteral("segment"), QStringLiteral("--file"), file });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QByteArray(file.toUtf8() + ":3: event: required for track calls")), result.err.constData());
    QVERIFY(result.err.contains("nothing was sent"));
    QVERIFY(sink.requests().isEmpty());
}

void TestSendCommand::permanentFailureExitsNonZeroWithTheReason()
{
    QTemporaryDir dir;
    HttpSink sink;
    QVERIFY(sink.start());
    sink.setDefault(SinkResponse::reply(400, "{\"error\":\"invalid event\"}"));
    const QString config = writeConfig(dir, sink.url());
    const Run result = run({ QStringLiteral("send"), QStringLiteral("--provider"), QStringLiteral("segment"), QStringLiteral("--type"),
        QStringLiteral("identify"), QStringLiteral("--user-id"), QStringLiteral("u-1"), QStringLiteral("--traits"),
        QStringLiteral("{\"plan\":\"pro\"}"), QStringLiteral("--store"), dir.filePath(QStringLiteral("s.db")),
        QStringLiteral("--config"), config });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("segment POST ") && result.out.contains(" 400 failed 1 event"), result.out.constData());
    QVERIFY2(result.err.contains("failed: HTTP 400 Bad Request: {\"error\":\"invalid event\"}"), result.err.constData());
}

void TestSendCommand::endpointOverrideAndBadFlags()
{
    QTemporaryDir dir;
    HttpSink sink;
    QVERIFY(sink.start());
    // The configured endpoint is closed; --endpoint points at the sink, under a path prefix.
    const QString config = writeConfig(dir, QUrl(QStringLiteral("http://127.0.0.1:9")));
    const QString store = dir.filePath(QStringLiteral("s.db"));
    const Run result = run({ QStringLiteral("--store"), store, QStringLiteral("--config"), config, QStringLiteral("send"),
        QStringLiteral("--provider"), QStringLiteral("segment"), QStringLiteral("--endpoint"), sink.url().toString() + QStringLiteral("/proxy"),
        QStringLiteral("--type"), QStringLiteral("page"), QStringLiteral("--anonymous-id"), QStringLiteral("a-1"), QStringLiteral("--name"),
        QStringLiteral("Pricing") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(sink.requests().size(), 1);
    QCOMPARE(sink.requests().first().path, QStringLiteral("/proxy/v1/batch"));

    const QList<std::pair<QStringList, QByteArray>> bad {
        { { QStringLiteral("--provider"), QStringLiteral("segmnt"), QStringLiteral("--type"), QStringLiteral("track") }, "unknown provider 'segmnt'" },
        { { QStringLiteral("--provider"), QStringLiteral("segment") }, "give --file NDJSON" },
        { { QStringLiteral("--type"), QStringLiteral("track"), QStringLiteral("--properties"), QStringLiteral("[1]") }, "--properties: expected a JSON object" },
        { { QStringLiteral("--type"), QStringLiteral("track"), QStringLiteral("--endpoint"), QStringLiteral("ftp://x") }, "--endpoint: expected an http" },
        { { QStringLiteral("--type"), QStringLiteral("track"), QStringLiteral("--timeout"), QStringLiteral("0") }, "--timeout" },
        { { QStringLiteral("--file"), QStringLiteral("x.ndjson"), QStringLiteral("--event"), QStringLiteral("E") }, "--event describes one call" },
    };
    for (const auto& [arguments, message] : bad) {
        const Run failed = run(QStringList { QStringLiteral("--store"), store, QStringLiteral("--config"), config, QStringLiteral("send") } + arguments);
        QCOMPARE(failed.exitCode, 2);
        QVERIFY2(failed.err.contains(message), failed.err.constData());
    }
    const Run unconfigured = run({ QStringLiteral("--store"), store, QStringLiteral("--config"), config, QStringLiteral("send"),
        QStringLiteral("--provider"), QStringLiteral("heap"), QStringLiteral("--type"), QStringLiteral("track") });
    QCOMPARE(unconfigured.exitCode, 1);
    QVERIFY2(unconfigured.err.contains("heap is not configured"), unconfigured.err.constData());
}

void TestSendCommand::killedSenderDeliversEverythingExactlyOnceAfterRestart()
{
    QTemporaryDir dir;
    HttpSink sink;
    QVERIFY(sink.start());
    bool answering = false;
    QList<bool> answered; // per recorded request: did it get a 200?
    sink.setHandler([&](const SinkRequest&) {
        answered.append(answering);
        return answering ? SinkResponse() : SinkResponse::hang();
    });
    const QString config = writeConfig(dir, sink.url(), ",\"timeoutMs\":60000");
    const QString store = dir.filePath(QStringLiteral("s.db"));
    const QString file = dir.filePath(QStringLiteral("events.ndjson"));
    QStringList messageIds;
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (int i = 0; i < 300; ++i) {
            const QString id = QStringLiteral("crash-%1").arg(i);
            messageIds << id;
            out.write(QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("track") }, { QStringLiteral("messageId"), id },
                                        { QStringLiteral("userId"), QStringLiteral("u-%1").arg(i % 13) }, { QStringLiteral("event"), QStringLiteral("Crash Test") } })
                          .toJson(QJsonDocument::Compact)
                + '\n');
        }
    }

    QProcess sender;
    sender.start(QStringLiteral(JOURNEYCTL_PATH), { QStringLiteral("--store"), store, QStringLiteral("--config"), config,
                                                      QStringLiteral("send"), QStringLiteral("--provider"), QStringLiteral("all"),
                                                      QStringLiteral("--file"), file });
    QVERIFY(sender.waitForStarted());
    // Wait until all 600 (event, provider) rows are in the outbox and both providers have requests out.
    QElapsedTimer clock;
    clock.start();
    const auto requestsTo = [&](const QString& path) {
        int count = 0;
        for (const SinkRequest& request : sink.requests())
            count += request.path == path ? 1 : 0;
        return count;
    };
    while (clock.elapsed() < 30000
        && (outboxRows(store) < 600 || requestsTo(QStringLiteral("/v1/batch")) < 2 || requestsTo(QStringLiteral("/batch/")) < 2))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCOMPARE(outboxRows(store), qint64(600));
    ::kill(pid_t(sender.processId()), SIGKILL);
    QVERIFY(sender.waitForFinished(5000));
    QCOMPARE(sender.exitStatus(), QProcess::CrashExit);
    // Requests the killed sender had fully written may still be read by the sink after the kill: wait until it
    // has taken in everything (no new request for 300 ms) so that none of them is counted as answered below.
    QElapsedTimer quiet;
    quiet.start();
    qsizetype seen = sink.requests().size();
    while (quiet.elapsed() < 300 && clock.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (sink.requests().size() != seen) {
            seen = sink.requests().size();
            quiet.restart();
        }
    }
    const int beforeRestart = int(sink.requests().size());
    QVERIFY(beforeRestart >= 4);

    answering = true;
    const Run restart = run({ QStringLiteral("--store"), store, QStringLiteral("--config"), config, QStringLiteral("send"),
        QStringLiteral("--provider"), QStringLiteral("all"), QStringLiteral("--queued"), QStringLiteral("--timeout"), QStringLiteral("30") });
    QVERIFY2(restart.exitCode == 0, restart.err.constData());

    for (const QString& path : { QStringLiteral("/v1/batch"), QStringLiteral("/batch/") }) {
        QHash<QString, int> deliveredTimes;
        for (qsizetype i = 0; i < sink.requests().size(); ++i) {
            // Only what the restarted sender sent and got an answer to counts as delivered.
            if (i < beforeRestart || sink.requests()[i].path != path || !answered.value(i))
                continue;
            for (const QString& id : dedupIds(sink.requests()[i]))
                ++deliveredTimes[id];
        }
        QCOMPARE(deliveredTimes.size(), 300);
        for (const QString& messageId : std::as_const(messageIds)) {
            const QString dedupId = path == QLatin1String("/v1/batch") ? messageId : Journey::DedupIds::uuid(messageId);
            QVERIFY2(deliveredTimes.value(dedupId) == 1, qPrintable(path + QLatin1Char(' ') + messageId));
        }
    }
}

QTEST_GUILESS_MAIN(TestSendCommand)
#include "tst_sendcommand.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// `journeyctl replay` as scripts use it, against real loopback sinks: the dry-run listing (nothing sent, no
// secrets), one line per request, --keep-ids, --user-suffix, --timestamps shift, --format json, the collector
// and provider targets, and the exit codes (0 all delivered, 1 a failure with its reason, 2 bad flags or input).

#include "httpsink.h"

#include "capture/capturefile.h"
#include "core/eventparser.h"
#include "core/timestamp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {

const char segmentKey[] = "wk_replay_cli_secret_8080";
const char ga4Secret[] = "ga4_replay_cli_secret_9090";
constexpr qint64 t0 = 1717171717000;

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

QString writeConfig(const QTemporaryDir& dir, const QUrl& sink, quint16 collectorPort = 1)
{
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the config");
    const QByteArray endpoint = sink.toString().toUtf8();
    file.write("{\"journey\":{\"collector\":{\"listen\":\"127.0.0.1:" + QByteArray::number(collectorPort)
        + "\"},\"providers\":{"
          "\"segment\":{\"writeKey\":\""
        + QByteArray(segmentKey) + "\",\"endpoint\":\"" + endpoint
        + "\",\"backoffMs\":20,\"batch\":{\"flushMs\":10}},"
          "\"ga4\":{\"measurementId\":\"G-REPLAYCLI\",\"apiSecret\":\""
        + QByteArray(ga4Secret) + "\",\"endpoint\":\"" + endpoint
        + "\",\"backoffMs\":20,\"batch\":{\"flushMs\":10}}}}}");
    return path;
}

QByteArray track(qint64 timestamp, const QByteArray& event, const QByteArray& messageId)
{
    return "{\"type\":\"track\",\"event\":\"" + event + "\",\"userId\":\"u-1\",\"anonymousId\":\"a-1\",\"messageId\":\""
        + messageId + "\",\"timestamp\":\"" + Timestamp::toIso8601(timestamp) + "\",\"properties\":{\"n\":1}}";
}

/// A capture file: a captured Segment batch (two events) and three events without a request.
QString writeCapture(const QTemporaryDir& dir)
{
    EventParser::Options options;
    options.overrideReceivedAt = false;
    options.receivedAt = t0;
    EventParser parser(options);
    EventBatch events;
    const QList<QByteArray> messages { track(t0, "A", "cap-1"), track(t0 + 100, "B", "cap-2"),
        track(t0 + 1000, "C", "cap-3"), track(t0 + 2000, "D", "cap-4"), track(t0 + 3000, "E", "cap-5") };
    for (const QByteArray& message : messages) {
        if (!parser.parseMessage(message, events))
            qFatal("bad test event");
    }
    Capture capture;
    capture.info.name = QStringLiteral("cli test");
    CapturedRequest request;
    request.source = EventSource::Segment;
    request.path = QStringLiteral("/v1/batch");
    request.headers = { { "Content-Type", "application/json" } };
    request.body = "{\"batch\":[" + messages[0] + ',' + messages[1] + "]}";
    request.eventCount = 2;
    capture.addRequest(request, events, 0, 2);
    for (int i = 2; i < events.size(); ++i)
        capture.addEvent(events, i);
    const QString path = dir.filePath(QStringLiteral("session.capture.ndjson"));
    QString error;
    if (!CaptureFile::write(path, capture, &error))
        qFatal("cannot write the capture: %s", qPrintable(error));
    return path;
}

QList<QJsonObject> messagesOf(const QList<SinkRequest>& requests)
{
    QList<QJsonObject> out;
    for (const SinkRequest& request : requests) {
        for (const QJsonValue& value :
            QJsonDocument::fromJson(request.body).object().value(QLatin1String("batch")).toArray())
            out.append(value.toObject());
    }
    return out;
}

} // namespace

class TestReplayCommand : public QObject
{
    Q_OBJECT

private slots:
    void dryRunListsEveryRequestAndSendsNothing();
    void replaysToAUrlOneLinePerRequest();
    void optionsRewriteIdsUsersAndTimes();
    void jsonFormatIsOneObject();
    void failuresExitOneWithTheReason();
    void collectorTargetUsesTheConfiguredListenAddress();
    void providerTargetGoesThroughTheConnectorWithoutShowingSecrets();
    void badFlagsAndInputExitTwo_data();
    void badFlagsAndInputExitTwo();
};

void TestReplayCommand::dryRunListsEveryRequestAndSendsNothing()
{
    HttpSink sink;
    QVERIFY(sink.start());
    QTemporaryDir dir;
    const QString config = writeConfig(dir, sink.url());
    const QString capture = writeCapture(dir);
    const Run result = run({ QStringLiteral("--config"), config, QStringLiteral("--store"),
        dir.filePath(QStringLiteral("s.db")), QStringLiteral("replay"), capture, QStringLiteral("--to"),
        sink.url().toString() + QStringLiteral("/in"), QStringLiteral("--dry-run") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // the captured request, then one Segment batch per moment of the loose events
    QVERIFY2(
        lines[0].startsWith(QByteArray("#1 +0.000s POST " + sink.url().toString().toUtf8() + "/in/v1/batch 2 events ")),
        lines[0].constData());
    QVERIFY(lines[0].endsWith(" bytes wire"));
    QVERIFY2(lines[1].startsWith("#2 +0.900s POST "), lines[1].constData());
    QVERIFY(lines[3].contains("1 event ") && lines[3].endsWith(" bytes segment"));
    QVERIFY2(result.err.contains("nothing was sent"), result.err.constData());
    // The listing went out before the process ended; the sink saw nothing.
    QCoreApplication::processEvents();
    QCOMPARE(sink.requests().size(), 0);
}

void TestReplayCommand::replaysToAUrlOneLinePerRequest()
{
    HttpSink sink;
    QVERIFY(sink.start());
    QTemporaryDir dir;
    const QString config = writeConfig(dir, sink.url());
    const Run result = run({ QStringLiteral("--config"), config, QStringLiteral("--store"),
        dir.filePath(QStringLiteral("s.db")), QStringLiteral("replay"), writeCapture(dir), QStringLiteral("--to"),
        sink.url().toString(), QStringLiteral("--speed"), QStringLiteral("10") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    for (const QByteArray& line : lines)
        QVERIFY2(line.contains(" 200 delivered "), line.constData());
    QCOMPARE(sink.requests().size(), 4);
    const QList<QJsonObject> messages = messagesOf(sink.requests());
    QCOMPARE(messages.size(), 5);
    QSet<QString> ids;
    for (const QJsonObject& message : messages) {
        const QString id = message.value(QLatin1String("messageId")).toString();
        QVERIFY2(!id.startsWith(QLatin1String("cap-")), qPrintable(id)); // new dedup ids by default
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 5);
    // 10×: the last request went 0.29 s after the first (it stood 2.9 s after it).
    QVERIFY(sink.requests().last().receivedMs - sink.requests().first().receivedMs >= 250);
    QVERIFY2(result.err.contains("4 of 4 requests delivered"), result.err.constData());
}

void TestReplayCommand::optionsRewriteIdsUsersAndTimes()
{
    HttpSink sink;
    QVERIFY(sink.start());
    QTemporaryDir dir;
    const QString config = writeConfig(dir, sink.url());
    const qint64 before = Timestamp::nowMs();
    const Run result = run({ QStringLiteral("--config"), config, QStringLiteral("--store"),
        dir.filePath(QStringLiteral("s.db")), QStringLiteral("replay"), writeCapture(dir), QStringLiteral("--to"),
        sink.url().toString(), QStringLiteral("--speed"), QStringLiteral("max"), QStringLiteral("--keep-ids"),
        QStringLiteral("--user-suffix"), QStringLiteral("-ci"), QStringLiteral("--timestamps"),
        QStringLiteral("shift") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QJsonObject> messages = messagesOf(sink.requests());
    QCOMPARE(messages.size(), 5);
    QSet<QString> ids;
    QList<qint64> times;
    for (const QJsonObject& message : messages) {
        ids.insert(message.value(QLatin1String("messageId")).toString());
        QCOMPARE(message.value(QLatin1String("userId")).toString(), QStringLiteral("u-1-ci"));
        QCOMPARE(message.value(QLatin1String("anonymousId")).toString(), QStringLiteral("a-1-ci"));
        times.append(*Timestamp::parseIso8601(message.value(QLatin1String("timestamp")).toString().toUtf8()));
    }
    QCOMPARE(ids,
        (QSet<QString> { QStringLiteral("cap-1"), QStringLiteral("cap-2"), QStringLiteral("cap-3"),
            QStringLiteral("cap-4"), QStringLiteral("cap-5") }));
    std::sort(times.begin(), times.end());
    QVERIFY(times.last() >= before && times.last() <= Timestamp::nowMs()); // the capture ends "now"
    QCOMPARE(times.last() - times.first(), 3000); // gaps kept
}

void TestReplayCommand::jsonFormatIsOneObject()
{
    HttpSink sink;
    QVERIFY(sink.start());
    QTemporaryDir dir;
    const QString config = writeConfig(dir, sink.url());
    const Run result
        = run({ QStringLiteral("--config"), config, QStringLiteral("--store"), dir.filePath(QStringLiteral("s.db")),
            QStringLiteral("replay"), writeCapture(dir), QStringLiteral("--to"), sink.url().toString(),
            QStringLiteral("--speed"), QStringLiteral("max"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(QLatin1String("events")).toInt(), 5);
    QCOMPARE(object.value(QLatin1String("eventsDelivered")).toInt(), 5);
    QCOMPARE(object.value(QLatin1String("failed")).toInt(), 0);
    const QJsonArray requests = object.value(QLatin1String("requests")).toArray();
    QCOMPARE(requests.size(), 2); // the captured request, and the loose events together (max speed)
    QCOMPARE(requests[0].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("wire"));
    QCOMPARE(requests[0].toObject().value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(requests[1].toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("delivered"));
    QCOMPARE(requests[1].toObject().value(QLatin1String("events")).toInt(), 3);
}

void TestReplayCommand::failuresExitOneWithTheReason()
{
    HttpSink sink;
    QVERIFY(sink.start());
    sink.script({ SinkResponse::reply(200), SinkResponse::reply(503, "{\"error\":\"overloaded\"}") });
    QTemporaryDir dir;
    const QString config = writeConfig(dir, sink.url());
    const Run result
        = run({ QStringLiteral("--config"), config, QStringLiteral("--store"), dir.filePath(QStringLiteral("s.db")),
            QStringLiteral("replay"), writeCapture(dir), QStringLiteral("--to"), sink.url().toString(),
            QStringLiteral("--speed"), QStringLiteral("max"), QStringLiteral("--parallel"), QStringLiteral("1") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("#1 ") && result.out.contains(" 200 delivered "), result.out.constData());
    QVERIFY2(
        result.out.contains("#2 ") && result.out.contains(" 503 failed 3 events (HTTP 503"), result.out.constData());
    QVERIFY2(result.err.contains("overloaded"), result.err.constData());
}

void TestReplayCommand::collectorTargetUsesTheConfiguredListenAddress()
{
    HttpSink collector; // stands in for the collector at journey.collector.listen
    QVERIFY(collector.start());
    QTemporaryDir dir;
    const QString config = writeConfig(dir, QUrl(QStringLiteral("http://127.0.0.1:1")), collector.port());
    const Run result = run({ QStringLiteral("--config"), config, QStringLiteral("--store"),
        dir.filePath(QStringLiteral("s.db")), QStringLiteral("replay"), writeCapture(dir), QStringLiteral("--to"),
        QStringLiteral("collector"), QStringLiteral("--speed"), QStringLiteral("max") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(collector.requests().size(), 2);
    QCOMPARE(collector.requests()[0].path, QStringLiteral("/segment/v1/batch")); // the prefix picks the decoder
    QCOMPARE(collector.requests()[1].path, QStringLiteral("/v1/batch"));

    // Nobody listening: a failure that says what to do.
    collector.stop();
    const Run refused = run({ QStringLiteral("--config"), config, QStringLiteral("--store"),
        dir.filePath(QStringLiteral("s.db")), QStringLiteral("replay"), writeCapture(dir), QStringLiteral("--to"),
        QStringLiteral("collector"), QStringLiteral("--speed"), QStringLiteral("max") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("connection refused") && refused.err.contains("journeyctl collect"),
        refused.err.constData());
}

void TestReplayCommand::providerTargetGoesThroughTheConnectorWithoutShowingSecrets()
{
    HttpSink sink;
    QVERIFY(sink.start());
    QTemporaryDir dir;
    const QString config = writeConfig(dir, sink.url());
    const QString capture = writeCapture(dir);
    const Run result = run({ QStringLiteral("--config"), config, QStringLiteral("--store"),
        dir.filePath(QStringLiteral("s.db")), QStringLiteral("replay"), capture, QStringLiteral("--to"),
        QStringLiteral("segment"), QStringLiteral("--speed"), QStringLiteral("max") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains(" delivered 5 events"), result.out.constData());
    const QList<QJsonObject> messages = messagesOf(sink.requests());
    QCOMPARE(messages.size(), 5);
    QVERIFY(!result.out.contains(segmentKey) && !result.err.contains(segmentKey));

    // GA4's secret travels in the query: the listing masks it.
    const Run listing = run({ QStringLiteral("--config"), config, QStringLiteral("--store"),
        dir.filePath(QStringLiteral("s.db")), QStringLiteral("replay"), capture, QStringLiteral("--to"),
        QStringLiteral("ga4"), QStringLiteral("--dry-run") });
    QVERIFY2(listing.exitCode == 0, listing.err.constData());
    QVERIFY2(listing.out.contains("measurement_id=G-REPLAYCLI"), listing.out.constData());
    QVERIFY2(!listing.out.contains(ga4Secret) && !listing.err.contains(ga4Secret), listing.out.constData());
}

void TestReplayCommand::badFlagsAndInputExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QString file = QStringLiteral("CAPTURE");
    QTest::newRow("no file") << QStringList { QStringLiteral("--to"), QStringLiteral("collector") }
                             << QByteArray("replay FILE");
    QTest::newRow("no --to") << QStringList { file } << QByteArray("--to");
    QTest::newRow("unknown target") << QStringList { file, QStringLiteral("--to"), QStringLiteral("nowhere") }
                                    << QByteArray("--to");
    QTest::newRow("unconfigured provider") << QStringList { file, QStringLiteral("--to"), QStringLiteral("mixpanel") }
                                           << QByteArray("mixpanel is not configured");
    QTest::newRow("bad URL") << QStringList { file, QStringLiteral("--to"), QStringLiteral("ftp://x") }
                             << QByteArray("--to");
    QTest::newRow("zero speed") << QStringList { file, QStringLiteral("--to"), QStringLiteral("collector"),
        QStringLiteral("--speed"), QStringLiteral("0") }
                                << QByteArray("--speed");
    QTest::newRow("bad timestamps") << QStringList { file, QStringLiteral("--to"), QStringLiteral("collector"),
        QStringLiteral("--timestamps"), QStringLiteral("now") }
                                    << QByteArray("--timestamps");
    QTest::newRow("bad format") << QStringList { file, QStringLiteral("--to"), QStringLiteral("collector"),
        QStringLiteral("--format"), QStringLiteral("xml") }
                                << QByteArray("--format");
    QTest::newRow("missing file") << QStringList { QStringLiteral("MISSING"), QStringLiteral("--to"),
        QStringLiteral("collector") }
                                  << QByteArray("missing.ndjson");
    QTest::newRow("malformed file") << QStringList { QStringLiteral("BROKEN"), QStringLiteral("--to"),
        QStringLiteral("collector") }
                                    << QByteArray("broken.ndjson");
}

void TestReplayCommand::badFlagsAndInputExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    const QString config = writeConfig(dir, QUrl(QStringLiteral("http://127.0.0.1:1")));
    const QString broken = dir.filePath(QStringLiteral("broken.ndjson"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"type\":\"track\",\"event\":\"A\",\"userId\":\"u\"}\n{not json\n");
    file.close();
    for (QString& argument : arguments) {
        if (argument == QLatin1String("CAPTURE"))
            argument = writeCapture(dir);
        else if (argument == QLatin1String("MISSING"))
            argument = dir.filePath(QStringLiteral("missing.ndjson"));
        else if (argument == QLatin1String("BROKEN"))
            argument = broken;
    }
    const Run result = run(QStringList { QStringLiteral("--config"), config, QStringLiteral("--store"),
                               dir.filePath(QStringLiteral("s.db")), QStringLiteral("replay") }
        + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestReplayCommand)
#include "tst_replaycommand.moc"

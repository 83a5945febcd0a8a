// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// `journeyctl sessions` as scripts run it: the real binary over a store imported from hand-written NDJSON whose
// sessions are worked out below, the three formats, --gap, --person, --limit, --raw-ids, --input with plain NDJSON
// and with a capture file, bad flags (exit 2 naming the flag) and unreadable inputs (exit 1).

#include "../support/journeyctlrun.h"

#include "capture/capture.h"
#include "capture/capturefile.h"
#include "core/eventparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace JourneyTest;

namespace {

QByteArray q(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

/*
 * 2026-01-05, ids in file order:
 *   1 a2 page Home 09:00                 ┐ u2 (a2 identifies as u2 at 09:10): one session, inactivity
 *   2 identify u2 + a2 09:10             ┘
 *   3 u2 track 09:45                     ─ 35 min later: a new session (one with --gap 40m)
 *   4 u1 track 10:00 context.sessionId S1 ┐ S1
 *   5 u1 track 10:05 S1                   ┘
 *   6 u1 track 10:07 S2                   ─ S2: a new session although 2 minutes later
 *   7 u3 track 11:00 amplitude 1767610800000 ┐ one Amplitude session over two hours
 *   8 u3 screen 13:00 same session           ┘
 */
QByteArrayList events()
{
    return {
        q("{'type':'page','name':'Home','anonymousId':'a2','timestamp':'2026-01-05T09:00:00.000Z'}"),
        q("{'type':'identify','userId':'u2','anonymousId':'a2','timestamp':'2026-01-05T09:10:00.000Z'}"),
        q("{'type':'track','event':'Searched','userId':'u2','timestamp':'2026-01-05T09:45:00.000Z'}"),
        q("{'type':'track','event':'Opened','userId':'u1','timestamp':'2026-01-05T10:00:00.000Z','context':{'sessionId'"
          ":'S1'}}"),
        q("{'type':'track','event':'Clicked','userId':'u1','timestamp':'2026-01-05T10:05:00.000Z','context':{'"
          "sessionId':'S1'}}"),
        q("{'type':'track','event':'Clicked','userId':'u1','timestamp':'2026-01-05T10:07:00.000Z','context':{'"
          "sessionId':'S2'}}"),
        q("{'type':'track','event':'Played','userId':'u3','timestamp':'2026-01-05T11:00:00.000Z','context':{'amplitude'"
          ":{'session_id':1767610800000}}}"),
        q("{'type':'screen','name':'Player','userId':'u3','timestamp':'2026-01-05T13:00:00.000Z','context':{'amplitude'"
          ":{'session_id':1767610800000}}}"),
    };
}

QList<qint64> integers(const QJsonValue& value)
{
    QList<qint64> list;
    for (const QJsonValue& element : value.toArray())
        list.append(element.toInteger(-1));
    return list;
}

} // namespace

class TestSessionsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void json();
    void gapAndPerson();
    void limitAndRawIds();
    void csv();
    void text();
    void inputFiles();
    void badFlagsExitTwo_data();
    void badFlagsExitTwo();
    void unreadableInputsFail();
    void listedInHelp();

private:
    CtlResult run(const QStringList& arguments, const QString& store = {});
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

CtlResult TestSessionsCommand::run(const QStringList& arguments, const QString& store)
{
    return runJourneyctl(QStringList { QStringLiteral("--store"), store.isEmpty() ? path(QStringLiteral("store.db")) : store } + arguments);
}

void TestSessionsCommand::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QFile file(path(QStringLiteral("events.ndjson")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(events().join('\n') + '\n');
    file.close();
    const CtlResult imported = run({ QStringLiteral("import"), file.fileName() });
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
}

void TestSessionsCommand::json()
{
    const CtlResult result = run({ QStringLiteral("sessions"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.out.endsWith('\n'));
    QCOMPARE(result.out.count('\n'), 1);
    const QJsonObject root = result.json();
    QCOMPARE(root.value(QStringLiteral("gap_seconds")).toDouble(), 1800.0);
    QCOMPARE(root.value(QStringLiteral("total")).toInt(), 5);
    QCOMPARE(root.value(QStringLiteral("shown")).toInt(), 5);
    QCOMPARE(root.value(QStringLiteral("events")).toInt(), 8);
    const QJsonArray sessions = root.value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 5);
    QList<QList<qint64>> ids;
    for (const QJsonValue& session : sessions)
        ids.append(integers(session.toObject().value(QStringLiteral("event_ids"))));
    QCOMPARE(ids, (QList<QList<qint64>> { { 1, 2 }, { 3 }, { 4, 5 }, { 6 }, { 7, 8 } }));

    const QJsonObject first = sessions.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("person")).toString(), QStringLiteral("u2"));
    QCOMPARE(first.value(QStringLiteral("start")).toString(), QStringLiteral("2026-01-05T09:00:00.000Z"));
    QCOMPARE(first.value(QStringLiteral("end")).toString(), QStringLiteral("2026-01-05T09:10:00.000Z"));
    QCOMPARE(first.value(QStringLiteral("duration_seconds")).toDouble(), 600.0);
    QCOMPARE(first.value(QStringLiteral("events")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("pages")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("invalid")).toInt(), 0);
    QCOMPARE(first.value(QStringLiteral("validation")).toString(), QStringLiteral("unchecked"));
    QCOMPARE(first.value(QStringLiteral("sources")).toArray(), QJsonArray { QStringLiteral("import") });
    QCOMPARE(first.value(QStringLiteral("split")).toString(), QStringLiteral("inactivity"));
    QVERIFY(first.value(QStringLiteral("session_id")).isNull());
    QVERIFY(first.value(QStringLiteral("session_id_kind")).isNull());

    const QJsonObject s1 = sessions.at(2).toObject();
    QCOMPARE(s1.value(QStringLiteral("person")).toString(), QStringLiteral("u1"));
    QCOMPARE(s1.value(QStringLiteral("split")).toString(), QStringLiteral("provider"));
    QCOMPARE(s1.value(QStringLiteral("session_id_kind")).toString(), QStringLiteral("context"));
    QCOMPARE(s1.value(QStringLiteral("session_id")).toString(), QStringLiteral("S1"));
    const QJsonObject amplitude = sessions.at(4).toObject();
    QCOMPARE(amplitude.value(QStringLiteral("session_id_kind")).toString(), QStringLiteral("amplitude"));
    QCOMPARE(amplitude.value(QStringLiteral("session_id")).toString(), QStringLiteral("1767610800000"));
    QCOMPARE(amplitude.value(QStringLiteral("duration_seconds")).toDouble(), 7200.0);
    QCOMPARE(amplitude.value(QStringLiteral("screens")).toInt(), 1);
}

void TestSessionsCommand::gapAndPerson()
{
    CtlResult result = run({ QStringLiteral("sessions"), QStringLiteral("--gap"), QStringLiteral("40m"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(result.json().value(QStringLiteral("total")).toInt(), 4);
    QCOMPARE(integers(result.json()
                          .value(QStringLiteral("sessions"))
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(QStringLiteral("event_ids"))),
        (QList<qint64> { 1, 2, 3 }));
    QCOMPARE(result.json().value(QStringLiteral("gap_seconds")).toDouble(), 2400.0);

    // The anonymous id finds the person it became.
    result = run({ QStringLiteral("sessions"), QStringLiteral("--person"), QStringLiteral("a2"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QJsonArray sessions = result.json().value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 2);
    for (const QJsonValue& session : sessions)
        QCOMPARE(session.toObject().value(QStringLiteral("person")).toString(), QStringLiteral("u2"));

    // Somebody the store does not know: no sessions, a note, exit 0.
    result = run({ QStringLiteral("sessions"), QStringLiteral("--person"), QStringLiteral("nobody"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(result.json().value(QStringLiteral("total")).toInt(), 0);
    QVERIFY2(result.err.contains("nobody"), result.describe().constData());
}

void TestSessionsCommand::limitAndRawIds()
{
    CtlResult result = run({ QStringLiteral("sessions"), QStringLiteral("--limit"), QStringLiteral("2"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(result.json().value(QStringLiteral("total")).toInt(), 5);
    QCOMPARE(result.json().value(QStringLiteral("shown")).toInt(), 2);
    QCOMPARE(result.json().value(QStringLiteral("events")).toInt(), 3);

    // Without merging, the anonymous page view is a2's own session.
    result = run({ QStringLiteral("sessions"), QStringLiteral("--raw-ids"), QStringLiteral("--format"),
        QStringLiteral("json") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QJsonArray sessions = result.json().value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 6);
    QCOMPARE(sessions.at(0).toObject().value(QStringLiteral("person")).toString(), QStringLiteral("a2"));
    QCOMPARE(sessions.at(1).toObject().value(QStringLiteral("person")).toString(), QStringLiteral("u2"));
}

void TestSessionsCommand::csv()
{
    const CtlResult result = run({ QStringLiteral("sessions"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QByteArrayList lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0),
        QByteArray("person,start,end,duration_seconds,events,invalid,warnings,validation,sources,split,session_id_kind,"
                   "session_id,pages,screens,event_ids"));
    QCOMPARE(lines.at(1),
        QByteArray(
            "u2,2026-01-05T09:00:00.000Z,2026-01-05T09:10:00.000Z,600,2,0,0,unchecked,import,inactivity,,,1,0,1 2"));
    QCOMPARE(lines.at(3),
        QByteArray("u1,2026-01-05T10:00:00.000Z,2026-01-05T10:05:00.000Z,300,2,0,0,unchecked,import,provider,context,"
                   "S1,0,0,4 5"));
}

void TestSessionsCommand::text()
{
    const QString out = path(QStringLiteral("sessions.txt"));
    const CtlResult result = run({ QStringLiteral("sessions"), QStringLiteral("--out"), out });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArrayList lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    QVERIFY2(lines.at(0).startsWith("START (UTC)"), lines.at(0).constData());
    QVERIFY(lines.at(0).contains("PERSON") && lines.at(0).contains("VALIDATION") && lines.at(0).contains("SPLIT"));
    QVERIFY2(lines.at(1).startsWith("2026-01-05 09:00:00"), lines.at(1).constData());
    QVERIFY(lines.at(1).contains("10m 00s") && lines.at(1).contains("u2") && lines.at(1).contains("inactivity"));
    QVERIFY2(lines.at(5).contains("amplitude 1767610800000"), lines.at(5).constData());
    QVERIFY2(
        lines.at(6).startsWith("5 sessions") && lines.at(6).contains("inactivity limit 30m"), lines.at(6).constData());
}

void TestSessionsCommand::inputFiles()
{
    // Plain canonical NDJSON: the events are numbered by their line.
    CtlResult result
        = run({ QStringLiteral("sessions"), QStringLiteral("--input"), path(QStringLiteral("events.ndjson")),
                  QStringLiteral("--format"), QStringLiteral("json") },
            path(QStringLiteral("no-store-needed.db")));
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(result.json().value(QStringLiteral("total")).toInt(), 5);
    QCOMPARE(integers(result.json()
                          .value(QStringLiteral("sessions"))
                          .toArray()
                          .at(4)
                          .toObject()
                          .value(QStringLiteral("event_ids"))),
        (QList<qint64> { 7, 8 }));
    QVERIFY(!QFile::exists(path(QStringLiteral("no-store-needed.db"))));

    // A capture file written by CaptureFile (header line, then events): the same sessions.
    Journey::EventParser parser;
    Journey::EventBatch batch;
    for (const QByteArray& line : events())
        QVERIFY2(parser.parseMessage(line, batch), qPrintable(parser.error().message));
    Journey::Capture capture;
    capture.info.name = QStringLiteral("sessions test");
    for (int i = 0; i < batch.size(); ++i)
        capture.addEvent(batch, i);
    QString error;
    const QString file = path(QStringLiteral("sessions.capture.gz"));
    QVERIFY2(Journey::CaptureFile::write(file, capture, &error), qPrintable(error));
    result = run({ QStringLiteral("sessions"), QStringLiteral("--input"), file, QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--person"), QStringLiteral("u3") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QByteArrayList lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith("u3,2026-01-05T11:00:00.000Z,2026-01-05T13:00:00.000Z,7200,2,"),
        lines.at(1).constData());
    QVERIFY2(lines.at(1).endsWith(",7 8"), lines.at(1).constData());
}

void TestSessionsCommand::badFlagsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("gap zero") << QStringList { QStringLiteral("--gap"), QStringLiteral("0s") } << QByteArray("--gap");
    QTest::newRow("gap unit") << QStringList { QStringLiteral("--gap"), QStringLiteral("30x") } << QByteArray("--gap");
    QTest::newRow("gap too long") << QStringList { QStringLiteral("--gap"), QStringLiteral("400d") }
                                  << QByteArray("--gap");
    QTest::newRow("format") << QStringList { QStringLiteral("--format"), QStringLiteral("xml") }
                            << QByteArray("--format");
    QTest::newRow("limit zero") << QStringList { QStringLiteral("--limit"), QStringLiteral("0") }
                                << QByteArray("--limit");
    QTest::newRow("limit text") << QStringList { QStringLiteral("--limit"), QStringLiteral("ten") }
                                << QByteArray("--limit");
    QTest::newRow("empty person") << QStringList { QStringLiteral("--person"), QString() } << QByteArray("--person");
    QTest::newRow("argument") << QStringList { QStringLiteral("extra") } << QByteArray("extra");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--window"), QStringLiteral("7d") }
                                    << QByteArray("window");
}

void TestSessionsCommand::badFlagsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, named);
    const CtlResult result = run(QStringList { QStringLiteral("sessions") } + arguments);
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY2(result.err.contains(named), result.describe().constData());
    QVERIFY(result.out.isEmpty());
}

void TestSessionsCommand::unreadableInputsFail()
{
    CtlResult result = run({ QStringLiteral("sessions") }, path(QStringLiteral("missing.db")));
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY(!result.err.isEmpty());
    QVERIFY(result.out.isEmpty());
    result = run({ QStringLiteral("sessions"), QStringLiteral("--input"), path(QStringLiteral("missing.ndjson")) });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY2(result.err.contains("missing.ndjson"), result.describe().constData());
    QFile broken(path(QStringLiteral("broken.ndjson")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"type\":\"track\",\"event\":\"A\",\"userId\":\"u\"}\n{not json\n");
    broken.close();
    result = run({ QStringLiteral("sessions"), QStringLiteral("--input"), broken.fileName() });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY2(result.err.contains("broken.ndjson"), result.describe().constData());
}

void TestSessionsCommand::listedInHelp()
{
    CtlResult result = run({ QStringLiteral("--help") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.out.contains("sessions"));
    // Right after generate in the list of commands.
    QVERIFY(result.out.indexOf("\n  sessions") > result.out.indexOf("\n  generate"));
    result = run({ QStringLiteral("sessions"), QStringLiteral("--help") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    for (const char* option : { "--gap", "--person", "--input", "--format", "--limit", "--raw-ids" })
        QVERIFY2(result.out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestSessionsCommand)
#include "tst_sessionscommand.moc"

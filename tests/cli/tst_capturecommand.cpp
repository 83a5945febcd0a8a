// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// journeyctl capture, the real binary: the store's matching events written as a capture file (filters, id
// range, limit, gzip), readable by CaptureFile; bad flags exit 2 naming the flag; a missing store exits 1 and
// writes nothing.

#include "../support/journeyctlrun.h"

#include "capture/capturefile.h"
#include "core/gzipcodec.h"

#include <QFile>
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

} // namespace

class CaptureCommandTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    CtlResult run(const QStringList& arguments, const QString& store = {})
    {
        return runJourneyctl(QStringList { QStringLiteral("--store"), store.isEmpty() ? path(QStringLiteral("store.db")) : store } + arguments);
    }

    Capture readCapture(const QString& file)
    {
        Capture capture;
        QString error;
        if (!CaptureFile::read(file, capture, &error))
            qFatal("%s", qPrintable(error));
        return capture;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(path(QStringLiteral("events.ndjson")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(q("{'type':'page','anonymousId':'a1','name':'Home','messageId':'e1','timestamp':'2026-01-01T10:00:00.000Z'}\n"
                     "{'type':'track','anonymousId':'a1','event':'Product Viewed','messageId':'e2','timestamp':'2026-01-01T10:01:00.000Z'}\n"
                     "{'type':'identify','userId':'u1','anonymousId':'a1','messageId':'e3','timestamp':'2026-01-01T10:02:00.000Z'}\n"
                     "{'type':'track','userId':'u1','event':'Order Completed','messageId':'e4','timestamp':'2026-01-02T09:00:00.000Z'}\n"
                     "{'type':'track','userId':'u2','event':'Product Viewed','messageId':'e5','timestamp':'2026-01-03T09:00:00.000Z'}\n"));
        file.close();
        const CtlResult imported = run({ QStringLiteral("import"), file.fileName() });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void wholeStore()
    {
        const QString out = path(QStringLiteral("all.jsonl"));
        const CtlResult result = run({ QStringLiteral("capture"), QStringLiteral("--out"), out, QStringLiteral("--name"),
            QStringLiteral("smoke test"), QStringLiteral("--description"), QStringLiteral("build 412") });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.err.contains("captured 5 events"), result.err.constData());
        const Capture capture = readCapture(out);
        QCOMPARE(capture.eventCount(), 5);
        QCOMPARE(capture.info.name, QStringLiteral("smoke test"));
        QCOMPARE(capture.info.description, QStringLiteral("build 412"));
        QCOMPARE(capture.info.origin, QStringLiteral("store"));
        QVERIFY(capture.info.createdAt > 0);
        QCOMPARE(capture.events().messageId(0), QByteArrayView("e1"));
        QCOMPARE(capture.events().messageId(4), QByteArrayView("e5"));
    }

    void filtersRangeAndLimit()
    {
        const QString byEvent = path(QStringLiteral("viewed.jsonl.gz"));
        CtlResult result = run({ QStringLiteral("capture"), QStringLiteral("--out"), byEvent, QStringLiteral("--event"),
            QStringLiteral("Product Viewed") });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QFile compressed(byEvent);
        QVERIFY(compressed.open(QIODevice::ReadOnly));
        QVERIFY(GzipCodec::looksGzipped(compressed.read(4)));
        Capture capture = readCapture(byEvent);
        QCOMPARE(capture.eventCount(), 2);
        QCOMPARE(capture.info.name, QStringLiteral("viewed.jsonl"));

        const QString byUser = path(QStringLiteral("u1.jsonl"));
        result = run({ QStringLiteral("capture"), QStringLiteral("--out"), byUser, QStringLiteral("--user"), QStringLiteral("u1"),
            QStringLiteral("--type"), QStringLiteral("track") });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        capture = readCapture(byUser);
        QCOMPARE(capture.eventCount(), 1);
        QCOMPARE(capture.events().messageId(0), QByteArrayView("e4"));

        const QString range = path(QStringLiteral("range.jsonl"));
        result = run({ QStringLiteral("capture"), QStringLiteral("--out"), range, QStringLiteral("--after-id"), QStringLiteral("1"),
            QStringLiteral("--up-to-id"), QStringLiteral("4"), QStringLiteral("--limit"), QStringLiteral("2") });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        capture = readCapture(range);
        QCOMPARE(capture.eventCount(), 2);
        QCOMPARE(capture.events().messageId(0), QByteArrayView("e2"));
        QCOMPARE(capture.events().messageId(1), QByteArrayView("e3"));

        const QString since = path(QStringLiteral("since.jsonl"));
        result = run({ QStringLiteral("capture"), QStringLiteral("--out"), since, QStringLiteral("--since"),
            QStringLiteral("2026-01-02T00:00:00Z") });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(readCapture(since).eventCount(), 2);
    }

    void badFlags_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const QString out = path(QStringLiteral("never.jsonl"));
        QTest::newRow("no out") << QStringList {} << QByteArray("--out:");
        QTest::newRow("bad type") << QStringList { QStringLiteral("--out"), out, QStringLiteral("--type"), QStringLiteral("click") }
                                  << QByteArray("--type: 'click'");
        QTest::newRow("bad since") << QStringList { QStringLiteral("--out"), out, QStringLiteral("--since"), QStringLiteral("yesterday") }
                                   << QByteArray("--since: 'yesterday'");
        QTest::newRow("bad limit") << QStringList { QStringLiteral("--out"), out, QStringLiteral("--limit"), QStringLiteral("-3") }
                                   << QByteArray("--limit: '-3'");
        QTest::newRow("empty range") << QStringList { QStringLiteral("--out"), out, QStringLiteral("--after-id"), QStringLiteral("4"),
            QStringLiteral("--up-to-id"), QStringLiteral("2") } << QByteArray("--up-to-id: 2 is not above --after-id 4");
        QTest::newRow("stray argument") << QStringList { QStringLiteral("--out"), out, QStringLiteral("extra") } << QByteArray("extra");
    }

    void badFlags()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const CtlResult result = run(QStringList { QStringLiteral("capture") } + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("never.jsonl"))));
    }

    void missingStore()
    {
        const QString out = path(QStringLiteral("nothing.jsonl"));
        const CtlResult result = run({ QStringLiteral("capture"), QStringLiteral("--out"), out }, path(QStringLiteral("absent.db")));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.startsWith("journeyctl capture: "));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(CaptureCommandTest)
#include "tst_capturecommand.moc"

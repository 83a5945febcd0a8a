// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// CaptureFile: what is written is read back unchanged (info, requests with their events, events without a
// request, binary bodies); plain canonical NDJSON and gzip-compressed files are captures too; damaged files fail
// with the file, the line and the field, and leave the target capture untouched.

#include "capture/capturefile.h"
#include "core/eventparser.h"
#include "core/gzipcodec.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;

namespace {

/// JSON written with single quotes (moc cannot take raw string literals in this file).
QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

EventBatch parse(const QList<QByteArray>& lines, EventSource source = EventSource::Segment)
{
    EventParser::Options options;
    options.source = source;
    options.receivedAt = 1767225600000;
    options.overrideReceivedAt = false;
    EventParser parser(options);
    EventBatch batch;
    for (const QByteArray& line : lines) {
        if (!parser.parseMessage(line, batch))
            qFatal("test event does not parse: %s", qPrintable(parser.error().toString()));
    }
    return batch;
}

CapturedRequest segmentBatchRequest()
{
    CapturedRequest request;
    request.receivedAt = 1767225601000;
    request.source = EventSource::Segment;
    request.method = "POST";
    request.path = QStringLiteral("/v1/batch");
    request.headers = { { "Content-Type", "application/json" }, { "User-Agent", "analytics-node-next/latest" } };
    request.body = q("{'batch':[{'type':'track','event':'A'}],'writeKey':'wk_l****'}");
    request.status = 200;
    return request;
}

Capture sampleCapture()
{
    Capture capture;
    capture.info.name = QStringLiteral("checkout on build 412");
    capture.info.description = QStringLiteral("Order Completed fires twice");
    capture.info.createdAt = 1767225700000;
    capture.info.origin = QStringLiteral("collector");
    const EventBatch first = parse({
        q("{'type':'track','event':'Product Viewed','userId':'u1','messageId':'m1','timestamp':'2026-01-01T00:00:01.000Z','properties':{'sku':'a'}}"),
        q("{'type':'track','event':'Order Completed','userId':'u1','messageId':'m2','timestamp':'2026-01-01T00:00:02.000Z','properties':{'revenue':12.5}}"),
    });
    capture.addRequest(segmentBatchRequest(), first, 0, 2);
    const EventBatch loose = parse({ q("{'type':'identify','userId':'u1','messageId':'m3','timestamp':'2026-01-01T00:00:03.000Z','traits':{'plan':'pro'}}") },
        EventSource::Import);
    capture.addEvent(loose, 0);
    CapturedRequest binary;
    binary.receivedAt = 1767225604000;
    binary.source = EventSource::Mixpanel;
    binary.method = "POST";
    binary.host = QStringLiteral("api-js.mixpanel.com");
    binary.path = QStringLiteral("/track");
    binary.query = QStringLiteral("ip=1&verbose=1");
    binary.body = QByteArray("\x1f\x8b\x00\xff\xfe", 5);
    binary.eventCount = 3; // two of its three events were filtered out
    const EventBatch mixpanel = parse({ q("{'type':'track','event':'Signed Up','anonymousId':'d1','messageId':'m4','timestamp':'2026-01-01T00:00:04.000Z'}") },
        EventSource::Mixpanel);
    capture.addRequest(binary, mixpanel, 0, 1);
    return capture;
}

} // namespace

class CaptureFileTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static void compareCaptures(const Capture& actual, const Capture& expected)
    {
        QCOMPARE(actual.info.name, expected.info.name);
        QCOMPARE(actual.info.description, expected.info.description);
        QCOMPARE(actual.info.createdAt, expected.info.createdAt);
        QCOMPARE(actual.info.origin, expected.info.origin);
        QCOMPARE(actual.eventCount(), expected.eventCount());
        QCOMPARE(actual.requestCount(), expected.requestCount());
        for (int i = 0; i < expected.eventCount(); ++i) {
            QCOMPARE(actual.events().payload(i), expected.events().payload(i));
            QCOMPARE(actual.events().timestamp(i), expected.events().timestamp(i));
            QCOMPARE(actual.events().type(i), expected.events().type(i));
            QCOMPARE(actual.events().messageId(i), expected.events().messageId(i));
            QCOMPARE(actual.requestIndex(i), expected.requestIndex(i));
            QCOMPARE(actual.events().id(i), qint64(i + 1));
        }
        for (int r = 0; r < expected.requestCount(); ++r) {
            const CapturedRequest& a = actual.request(r);
            const CapturedRequest& e = expected.request(r);
            QCOMPARE(a.receivedAt, e.receivedAt);
            QCOMPARE(a.source, e.source);
            QCOMPARE(a.method, e.method);
            QCOMPARE(a.host, e.host);
            QCOMPARE(a.path, e.path);
            QCOMPARE(a.query, e.query);
            QCOMPARE(a.headers, e.headers);
            QCOMPARE(a.body, e.body);
            QCOMPARE(a.status, e.status);
            QCOMPARE(a.eventCount, e.eventCount);
            QCOMPARE(actual.firstEventOf(r), expected.firstEventOf(r));
            QCOMPARE(actual.eventCountOf(r), expected.eventCountOf(r));
            QCOMPARE(actual.isComplete(r), expected.isComplete(r));
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        const Capture capture = sampleCapture();
        QVERIFY(capture.isComplete(0));
        QVERIFY(!capture.isComplete(1));
        const QString path = m_dir.filePath(QStringLiteral("capture.jsonl"));
        QString error;
        QVERIFY2(CaptureFile::write(path, capture, &error), qPrintable(error));
        Capture read;
        QVERIFY2(CaptureFile::read(path, read, &error), qPrintable(error));
        compareCaptures(read, capture);
        // The source of each event comes from its request; events without one count as imported.
        QCOMPARE(read.events().source(0), EventSource::Segment);
        QCOMPARE(read.events().source(2), EventSource::Import);
        QCOMPARE(read.events().source(3), EventSource::Mixpanel);
        // Writing what was read gives the same bytes: nothing drifts through a save.
        QCOMPARE(CaptureFile::serialize(read), CaptureFile::serialize(capture));
    }

    void layoutIsCanonicalNdjsonPlusHeaderAndRequests()
    {
        const QByteArray data = CaptureFile::serialize(sampleCapture());
        const QList<QByteArray> lines = data.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + (1 + 2) + 1 + (1 + 1));
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(QLatin1String("journeyCapture")).toInt(), 1);
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(QLatin1String("events")).toInt(), 4);
        const QJsonObject request = QJsonDocument::fromJson(lines[1]).object().value(QLatin1String("request")).toObject();
        QCOMPARE(request.value(QLatin1String("path")).toString(), QStringLiteral("/v1/batch"));
        QCOMPARE(request.value(QLatin1String("events")).toInt(), 2);
        QCOMPARE(request.value(QLatin1String("receivedAt")).toString(), QStringLiteral("2026-01-01T00:00:01.000Z"));
        QCOMPARE(QJsonDocument::fromJson(lines[2]).object().value(QLatin1String("event")).toString(), QStringLiteral("Product Viewed"));
        QCOMPARE(QJsonDocument::fromJson(lines[4]).object().value(QLatin1String("type")).toString(), QStringLiteral("identify"));
        // A body that is not UTF-8 travels as base64.
        const QJsonObject binary = QJsonDocument::fromJson(lines[5]).object().value(QLatin1String("request")).toObject();
        QVERIFY(!binary.contains(QLatin1String("body")));
        QCOMPARE(binary.value(QLatin1String("bodyBase64")).toString(), QStringLiteral("H4sA//4="));
        QCOMPARE(binary.value(QLatin1String("eventCount")).toInt(), 3);
        QCOMPARE(binary.value(QLatin1String("events")).toInt(), 1);
    }

    void gzipCompressedWhenNamedSo()
    {
        const Capture capture = sampleCapture();
        const QString path = m_dir.filePath(QStringLiteral("capture.jsonl.gz"));
        QString error;
        QVERIFY2(CaptureFile::write(path, capture, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(GzipCodec::looksGzipped(file.readAll()));
        Capture read;
        QVERIFY2(CaptureFile::read(path, read, &error), qPrintable(error));
        compareCaptures(read, capture);
    }

    void plainCanonicalNdjsonIsACapture()
    {
        const QString path = writeFile(QStringLiteral("export.ndjson"),
            q("{'type':'track','event':'A','userId':'u1','messageId':'x1','timestamp':'2026-01-01T00:00:01.000Z','receivedAt':'2026-01-01T00:00:01.500Z'}\n"
              "\n"
              "{'type':'page','name':'Home','anonymousId':'a1','messageId':'x2','timestamp':'2026-01-01T00:00:02.000Z'}\n"));
        Capture capture;
        QString error;
        QVERIFY2(CaptureFile::read(path, capture, &error), qPrintable(error));
        QCOMPARE(capture.eventCount(), 2);
        QCOMPARE(capture.requestCount(), 0);
        QCOMPARE(capture.requestIndex(0), -1);
        QCOMPARE(capture.info.origin, QStringLiteral("ndjson:export.ndjson"));
        QCOMPARE(capture.events().name(1), QByteArrayView("Home"));
        QCOMPARE(capture.events().receivedAt(0), qint64(1767225601500));
        // Gzip-compressed NDJSON too.
        const QString gz = writeFile(QStringLiteral("export.ndjson.gz"), GzipCodec::compress(CaptureFile::serialize(capture)));
        Capture compressed;
        QVERIFY2(CaptureFile::read(gz, compressed, &error), qPrintable(error));
        QCOMPARE(compressed.eventCount(), 2);
    }

    void damagedFilesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray header = q("{'journeyCapture':1,'name':'x'}\n");
        const QByteArray event = q("{'type':'track','event':'A','userId':'u1','timestamp':'2026-01-01T00:00:01.000Z'}\n");
        QTest::newRow("bad event field") << QByteArray(header + event + q("{'type':'track','event':5,'userId':'u1'}\n"))
                                         << QStringLiteral("bad.jsonl:3: event:");
        QTest::newRow("not json") << QByteArray(header + "{nope\n") << QStringLiteral("bad.jsonl:2:");
        QTest::newRow("header later") << QByteArray(event + header) << QStringLiteral("bad.jsonl:2: journeyCapture: the header must be the first line");
        QTest::newRow("newer version") << q("{'journeyCapture':7}\n") << QStringLiteral("bad.jsonl:1: journeyCapture: format version 7 is newer");
        QTest::newRow("version not a number") << q("{'journeyCapture':'one'}\n") << QStringLiteral("bad.jsonl:1: journeyCapture: expected the format version");
        QTest::newRow("request without path") << QByteArray(header + q("{'request':{'method':'POST','events':1}}\n") + event)
                                              << QStringLiteral("bad.jsonl:2: request.path: missing");
        QTest::newRow("request missing events") << QByteArray(header + q("{'request':{'path':'/v1/batch','events':2}}\n") + event)
                                                << QStringLiteral("the request on line 2 says 2 events follow it, but only 1 do");
        QTest::newRow("bad header pair") << QByteArray(header + q("{'request':{'path':'/v1/batch','headers':[['a']],'events':1}}\n") + event)
                                         << QStringLiteral("bad.jsonl:2: request.headers[0]: expected a [name, value] pair");
        QTest::newRow("unknown source") << QByteArray(header + q("{'request':{'path':'/v1/batch','source':'snowplow','events':1}}\n") + event)
                                        << QStringLiteral("bad.jsonl:2: request.source: unknown provider format snowplow");
        QTest::newRow("bad base64") << QByteArray(header + q("{'request':{'path':'/v1/batch','bodyBase64':'***','events':1}}\n") + event)
                                    << QStringLiteral("bad.jsonl:2: request.bodyBase64: expected base64");
        QTest::newRow("more events than carried") << QByteArray(header + q("{'request':{'path':'/v1/batch','eventCount':1,'events':2}}\n") + event + event)
                                                  << QStringLiteral("request.events: 2 events follow, but the request carried 1");
        QTest::newRow("corrupt gzip") << QByteArray("\x1f\x8b\x08\x00garbage", 12) << QStringLiteral("gzip-compressed, but it does not decompress");
    }

    void damagedFilesNameTheLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QBuffer buffer(&content);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Capture capture = sampleCapture();
        QString error;
        QVERIFY(!CaptureFile::read(buffer, QStringLiteral("bad.jsonl"), capture, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        // What the caller had is untouched.
        QCOMPARE(capture.eventCount(), 4);
        QCOMPARE(capture.info.name, QStringLiteral("checkout on build 412"));
    }

    void missingFileIsAnError()
    {
        Capture capture;
        QString error;
        QVERIFY(!CaptureFile::read(m_dir.filePath(QStringLiteral("nope.jsonl")), capture, &error));
        QVERIFY2(error.contains(QStringLiteral("nope.jsonl: cannot open")), qPrintable(error));
    }

    void writeIsAtomic()
    {
        // A failed write (folder missing) leaves nothing half-written, and an existing file survives a rewrite.
        QString error;
        QVERIFY(!CaptureFile::write(m_dir.filePath(QStringLiteral("no/such/dir/x.jsonl")), sampleCapture(), &error));
        QVERIFY(error.contains(QStringLiteral("cannot write")));
        const QString path = m_dir.filePath(QStringLiteral("kept.jsonl"));
        QVERIFY(CaptureFile::write(path, sampleCapture(), &error));
        Capture empty;
        empty.info.name = QStringLiteral("empty");
        QVERIFY(CaptureFile::write(path, empty, &error));
        Capture read;
        QVERIFY(CaptureFile::read(path, read, &error));
        QCOMPARE(read.eventCount(), 0);
        QCOMPARE(read.info.name, QStringLiteral("empty"));
    }
};

QTEST_GUILESS_MAIN(CaptureFileTest)
#include "tst_capturefile.moc"

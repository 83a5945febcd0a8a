// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storetestutil.h"

#include "core/secretmasker.h"
#include "store/storedrequest.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {

StoredRequest baseRequest()
{
    StoredRequest request;
    request.receivedAt = 1'767'225'600'123;
    request.source = EventSource::Segment;
    request.method = QStringLiteral("POST");
    request.path = QStringLiteral("/v1/batch");
    request.query = QStringLiteral("a=1&b=2");
    request.remoteAddress = QStringLiteral("127.0.0.1");
    request.headers = { { "Host", "127.0.0.1:8080" }, { "Content-Type", "application/json" } };
    request.contentType = "application/json";
    request.contentEncoding = "";
    request.body = R"({"batch":[{"type":"track","event":"A"}]})";
    request.wireSize = request.body.size();
    request.status = 200;
    return request;
}

} // namespace

class TestStoredRequest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void maskedSecretsStayMasked();
    void headerText_data();
    void headerText();
    void isRejected_data();
    void isRejected();
};

void TestStoredRequest::roundTrip_data()
{
    QTest::addColumn<StoredRequest>("request");
    QTest::addColumn<int>("events");

    QTest::newRow("plain") << baseRequest() << 1;

    StoredRequest binary = baseRequest();
    binary.contentType = "application/octet-stream";
    binary.contentEncoding = "gzip";
    binary.body = QByteArray("\0\x01\x02\xff\xfe\x7f\0\0end", 11);
    binary.wireSize = 4242;
    QTest::newRow("binary body") << binary << 2;

    StoredRequest large = baseRequest();
    large.body = QByteArray(2 << 20, Qt::Uninitialized);
    QRandomGenerator(11).fillRange(reinterpret_cast<quint32*>(large.body.data()), large.body.size() / 4);
    QTest::newRow("2 MB of random bytes") << large << 0;

    StoredRequest empty = baseRequest();
    empty.body.clear();
    empty.wireSize = 0;
    empty.query.clear();
    empty.headers.clear();
    empty.contentType.clear();
    empty.remoteAddress.clear();
    QTest::newRow("empty fields") << empty << 0;

    StoredRequest rejected = baseRequest();
    rejected.status = 413;
    rejected.error = QStringLiteral("Nachricht zu groß — 注文 (%1 bytes)").arg(600'000);
    rejected.source = EventSource::Mixpanel;
    rejected.method = QStringLiteral("GET");
    rejected.path = QStringLiteral("/track/é");
    rejected.query = QStringLiteral("data=eyJldmVudCI6IkEifQ%3D%3D&ip=1");
    QTest::newRow("rejected, unicode") << rejected << 0;

    StoredRequest headers = baseRequest();
    headers.headers = { { "X-Dup", "first" }, { "x-dup", "second" }, { "X-Empty", "" }, { "X-Dup", "third" },
        { "User-Agent", "Mozilla/5.0 (Jürgen's \"phone\"; ✓)" }, { "X-Json", R"(["a",{"b":1}])" } };
    headers.remoteAddress = QStringLiteral("::ffff:10.0.0.7");
    QTest::newRow("repeated and odd headers in order") << headers << 3;
}

void TestStoredRequest::roundTrip()
{
    QFETCH(StoredRequest, request);
    QFETCH(int, events);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    // Something stored before, so request and event ids are not trivially 1.
    EventBatch before = numberedEvents(0, 5);
    QVERIFY(storeEvents(writer, before, &error));
    QVERIFY(writer.begin(&error));
    IngestBatch earlier;
    earlier.request = baseRequest();
    QVERIFY(writer.write(earlier, &error));
    IngestBatch batch;
    batch.request = request;
    batch.events = numberedEvents(100, events);
    QVERIFY(writer.write(batch, &error));
    QVERIFY(writer.commit(&error));
    const qint64 id = batch.request->id;
    QCOMPARE(id, earlier.request->id + 1);

    StoreReader reader(path);
    QVERIFY(reader.open(true, &error));
    const std::optional<StoredRequest> stored = reader.request(id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->id, id);
    QCOMPARE(stored->receivedAt, request.receivedAt);
    QCOMPARE(stored->source, request.source);
    QCOMPARE(stored->method, request.method);
    QCOMPARE(stored->path, request.path);
    QCOMPARE(stored->query, request.query);
    QCOMPARE(stored->remoteAddress, request.remoteAddress);
    QCOMPARE(stored->headers, request.headers);
    QCOMPARE(stored->contentType, request.contentType);
    QCOMPARE(stored->contentEncoding, request.contentEncoding);
    QCOMPARE(stored->wireSize, request.wireSize);
    QCOMPARE(stored->body.size(), request.body.size());
    QVERIFY(stored->body == request.body);
    QCOMPARE(stored->status, request.status);
    QCOMPARE(stored->error, request.error);
    QCOMPARE(stored->isRejected(), request.status >= 400);
    QCOMPARE(stored->eventCount, events);
    QCOMPARE(stored->firstEventId, events ? qint64(6) : qint64(0));
    QCOMPARE(stored->headerText(), request.headerText());
    // The events point back at it.
    EventBatch storedEvents;
    QVERIFY(reader.readForward(EventFilter(), 5, 100, storedEvents, &error));
    QCOMPARE(storedEvents.size(), events);
    for (int i = 0; i < storedEvents.size(); ++i)
        QCOMPARE(storedEvents.requestId(i), id);
}

void TestStoredRequest::maskedSecretsStayMasked()
{
    // The collector masks before storing; the store keeps exactly what it was given, so a secret never
    // comes back and the masked form (which people use to tell keys apart) is not altered.
    SecretMasker masker;
    const QByteArray writeKey = "wk_live_9f8e7d6c5b4a3210";
    masker.addKnownSecret(writeKey);
    StoredRequest request = baseRequest();
    request.headers = masker.maskHeaders({ { "Authorization", "Basic " + writeKey.toBase64() },
        { "Content-Type", "application/json" } });
    request.body = masker.maskJsonText(R"({"writeKey":")" + writeKey + R"(","batch":[]})");
    request.query = masker.maskQuery(QStringLiteral("api_secret=%1&x=1").arg(QString::fromLatin1(writeKey)));
    QVERIFY(!request.body.contains(writeKey));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    QVERIFY(writer.begin(&error));
    IngestBatch batch;
    batch.request = request;
    QVERIFY(writer.write(batch, &error));
    QVERIFY(writer.commit(&error));
    StoreReader reader(path);
    QVERIFY(reader.open(true, &error));
    const auto stored = reader.request(batch.request->id, &error);
    QVERIFY(stored);
    QCOMPARE(stored->headers, request.headers);
    QCOMPARE(stored->body, request.body);
    QCOMPARE(stored->query, request.query);
    QVERIFY(!stored->headerText().contains(writeKey));
    QVERIFY(!stored->headerText().contains(writeKey.toBase64()));
    QVERIFY(!stored->body.contains(writeKey));
    QVERIFY(!stored->query.contains(QString::fromLatin1(writeKey)));
}

void TestStoredRequest::headerText_data()
{
    QTest::addColumn<StoredRequest>("request");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("with query") << baseRequest()
                                << QByteArray("POST /v1/batch?a=1&b=2 HTTP/1.1\nHost: 127.0.0.1:8080\n"
                                              "Content-Type: application/json\n");
    StoredRequest noQuery = baseRequest();
    noQuery.query.clear();
    noQuery.headers.clear();
    noQuery.method = QStringLiteral("GET");
    noQuery.path = QStringLiteral("/pfad/ü");
    QTest::newRow("no query, no headers") << noQuery << QByteArray("GET /pfad/ü HTTP/1.1\n");
}

void TestStoredRequest::headerText()
{
    QFETCH(StoredRequest, request);
    QFETCH(QByteArray, expected);
    QCOMPARE(request.headerText(), expected);
}

void TestStoredRequest::isRejected_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("rejected");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("200") << 200 << false;
    QTest::newRow("399") << 399 << false;
    QTest::newRow("400") << 400 << true;
    QTest::newRow("503") << 503 << true;
}

void TestStoredRequest::isRejected()
{
    QFETCH(int, status);
    QFETCH(bool, rejected);
    StoredRequest request;
    request.status = status;
    QCOMPARE(request.isRejected(), rejected);
}

QTEST_GUILESS_MAIN(TestStoredRequest)
#include "tst_storedrequest.moc"

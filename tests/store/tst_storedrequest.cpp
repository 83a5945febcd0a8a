// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storetestutil.h"

#include "core/bytebuffer.h"
#include "core/secretmasker.h"
#include "store/ingestjournal.h"
#include "store/storedrequest.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

#define XXH_INLINE_ALL
#include <xxhash.h>

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

UpstreamExchange answeredUpstream()
{
    UpstreamExchange upstream;
    upstream.url = QStringLiteral("https://api-staging.example.com/v1/batch?writeKey=%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2abcd");
    upstream.sentAt = 1'767'225'600'130;
    upstream.durationMs = 87;
    upstream.status = 200;
    upstream.headers = { { "Content-Type", "application/json; charset=utf-8" }, { "X-Trace", "t-1" },
        { "X-Trace", "t-2" }, { "X-Bytes", QByteArray("\xff\x00\x80ok", 5) }, { "X-Empty", "" } };
    upstream.body = R"({"success":true,"note":"Grüße ✓"})";
    upstream.contentType = "application/json; charset=utf-8";
    return upstream;
}

/// A journal record exactly as builds before forwarding wrote it: the request's fixed fields and nothing after.
QByteArray oldJournalRecord(quint64 sequence, const StoredRequest& request, const EventBatch& events)
{
    QByteArray requestBytes;
    QDataStream stream(&requestBytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << request.receivedAt << quint8(request.source) << request.method << request.path << request.query
           << request.remoteAddress << request.headers << request.contentType << request.contentEncoding
           << request.wireSize << request.body << qint32(request.status) << request.error;
    ByteBuffer payload;
    const quint32 size = quint32(requestBytes.size());
    payload.append(reinterpret_cast<const char*>(&size), 4);
    payload.append(requestBytes.constData(), requestBytes.size());
    events.serialize(payload);
    const quint32 magic = 0x314E524A;
    const quint32 payloadBytes = quint32(payload.size());
    const quint32 crc = quint32(XXH3_64bits_withSeed(payload.data(), payloadBytes, sequence));
    QByteArray record(20, '\0');
    std::memcpy(record.data(), &magic, 4);
    std::memcpy(record.data() + 4, &payloadBytes, 4);
    std::memcpy(record.data() + 8, &sequence, 8);
    std::memcpy(record.data() + 16, &crc, 4);
    return record + QByteArray(payload.data(), payload.size());
}

QString onlyJournalFile(const QString& storePath)
{
    const QDir folder(IngestJournal::folderFor(storePath));
    const QStringList files = folder.entryList({ QStringLiteral("*.journal") }, QDir::Files);
    return files.size() == 1 ? folder.filePath(files.first()) : QString();
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
    void upstreamRoundTrip_data();
    void upstreamRoundTrip();
    void upstreamJson();
    void upstreamThroughIngestJournal();
    void oldJournalRecordsStillReplay();
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

void TestStoredRequest::upstreamRoundTrip_data()
{
    QTest::addColumn<StoredRequest>("request");

    StoredRequest plain = baseRequest();
    QTest::newRow("not forwarded") << plain;

    StoredRequest answered = baseRequest();
    answered.upstream = answeredUpstream();
    QTest::newRow("answered 200") << answered;

    StoredRequest binary = baseRequest();
    binary.upstream = answeredUpstream();
    binary.upstream->headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
    binary.upstream->body = QByteArray("\x1f\x8b\x08\0\0\0\0\0\xff\x03", 10) + QByteArray(300, '\0');
    QTest::newRow("compressed answer body") << binary;

    StoredRequest rejected = baseRequest();
    rejected.status = 400;
    rejected.error = QStringLiteral("the upstream answered 400");
    rejected.upstream = answeredUpstream();
    rejected.upstream->status = 400;
    rejected.upstream->body = R"({"code":400,"error":"invalid api_key"})";
    QTest::newRow("upstream 400, rejected") << rejected;

    StoredRequest noAnswer = baseRequest();
    noAnswer.status = 504;
    noAnswer.error = QStringLiteral("no answer from api-staging.example.com:443 within 15 s");
    noAnswer.upstream = UpstreamExchange();
    noAnswer.upstream->url = QStringLiteral("https://api-staging.example.com/v1/batch");
    noAnswer.upstream->sentAt = 1'767'225'600'130;
    noAnswer.upstream->durationMs = 15'000;
    noAnswer.upstream->timedOut = true;
    noAnswer.upstream->error = noAnswer.error;
    QTest::newRow("no answer") << noAnswer;

    StoredRequest empty = baseRequest();
    empty.upstream = UpstreamExchange();
    QTest::newRow("empty exchange") << empty;
}

void TestStoredRequest::upstreamRoundTrip()
{
    QFETCH(StoredRequest, request);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    QVERIFY(writer.begin(&error));
    IngestBatch batch;
    batch.request = request;
    batch.events = numberedEvents(0, 2);
    QVERIFY2(writer.write(batch, &error), qPrintable(error));
    QVERIFY(writer.commit(&error));

    StoreReader reader(path);
    QVERIFY(reader.open(true, &error));
    const std::optional<StoredRequest> stored = reader.request(batch.request->id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->upstream.has_value(), request.upstream.has_value());
    if (request.upstream) {
        const UpstreamExchange& expected = *request.upstream;
        const UpstreamExchange& actual = *stored->upstream;
        QCOMPARE(actual.url, expected.url);
        QCOMPARE(actual.sentAt, expected.sentAt);
        QCOMPARE(actual.durationMs, expected.durationMs);
        QCOMPARE(actual.status, expected.status);
        QCOMPARE(actual.headers, expected.headers);
        QCOMPARE(actual.body, expected.body);
        QCOMPARE(actual.contentType, expected.contentType);
        QCOMPARE(actual.error, expected.error);
        QCOMPARE(actual.timedOut, expected.timedOut);
        QVERIFY(actual == expected);
    }
    // The rest of the request is untouched by it.
    QCOMPARE(stored->body, request.body);
    QCOMPARE(stored->headers, request.headers);
    QCOMPARE(stored->status, request.status);
    QCOMPARE(stored->eventCount, 2);

    // The list of rejected requests reads it the same way.
    QList<StoredRequest> rejected;
    QVERIFY(reader.rejectedRequests(0, 10, rejected, &error));
    QCOMPARE(rejected.size(), request.isRejected() ? 1 : 0);
    if (request.isRejected()) {
        QCOMPARE(rejected.first().upstream.has_value(), request.upstream.has_value());
        if (request.upstream)
            QVERIFY(*rejected.first().upstream == *request.upstream);
    }
}

void TestStoredRequest::upstreamJson()
{
    const UpstreamExchange upstream = answeredUpstream();
    const std::optional<UpstreamExchange> back = UpstreamExchange::fromJson(upstream.toJson());
    QVERIFY(back);
    QVERIFY(*back == upstream);
    QVERIFY(!UpstreamExchange::fromJson("not json"));
    QVERIFY(!UpstreamExchange::fromJson("[1,2]"));
    QVERIFY(!UpstreamExchange::fromJson("{\"status\":200}"));
}

void TestStoredRequest::upstreamThroughIngestJournal()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    IngestBatch forwarded;
    forwarded.request = baseRequest();
    forwarded.request->upstream = answeredUpstream();
    forwarded.events = numberedEvents(0, 3, "fwd");
    IngestBatch timedOut;
    timedOut.request = baseRequest();
    timedOut.request->status = 504;
    timedOut.request->upstream = UpstreamExchange();
    timedOut.request->upstream->timedOut = true;
    timedOut.request->upstream->error = QStringLiteral("no answer from 127.0.0.1:9 within 15 s");
    IngestBatch plain;
    plain.request = baseRequest();
    plain.events = numberedEvents(10, 1, "plain");

    QString error;
    auto journal = std::make_unique<IngestJournal>(store);
    QVERIFY(journal->open(&error));
    QVERIFY(journal->append(1, forwarded, nullptr, &error));
    QVERIFY(journal->append(2, timedOut, nullptr, &error));
    QVERIFY(journal->append(3, plain, nullptr, &error));
    const QString file = onlyJournalFile(store);
    QVERIFY(!file.isEmpty());

    QList<IngestBatch> records;
    QVERIFY(IngestJournal::readRecords(file, [&](quint64, IngestBatch&& batch) { records.append(std::move(batch)); }, &error));
    QCOMPARE(records.size(), 3);
    QVERIFY(records[0].request && records[0].request->upstream);
    QVERIFY(*records[0].request->upstream == *forwarded.request->upstream);
    QCOMPARE(records[0].request->body, forwarded.request->body);
    QCOMPARE(records[0].events.size(), 3);
    QVERIFY(records[1].request && records[1].request->upstream);
    QVERIFY(*records[1].request->upstream == *timedOut.request->upstream);
    QCOMPARE(records[1].request->status, 504);
    QVERIFY(records[2].request);
    QVERIFY(!records[2].request->upstream);
    QCOMPARE(records[2].events.size(), 1);

    // The process ends before a commit: the next writer replays the journal into the store.
    journal.reset();
    StoreWriter writer(store);
    QVERIFY2(writer.open(&error), qPrintable(error));
    StoreReader reader(store);
    QVERIFY(reader.open(true, &error));
    EventBatch events;
    QVERIFY(reader.readForward(EventFilter(), 0, 100, events, &error));
    QCOMPARE(events.size(), 4);
    const auto first = reader.request(events.requestId(0), &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(first->upstream);
    QVERIFY(*first->upstream == *forwarded.request->upstream);
    const auto second = reader.request(events.requestId(0) + 1, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->upstream);
    QVERIFY(*second->upstream == *timedOut.request->upstream);
    const auto third = reader.request(events.requestId(3), &error);
    QVERIFY2(third, qPrintable(error));
    QVERIFY(!third->upstream);
}

void TestStoredRequest::oldJournalRecordsStillReplay()
{
    // A journal written before forwarding existed: the same records, with nothing after a request's fields.
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    StoredRequest request = baseRequest();
    request.status = 413;
    request.error = QStringLiteral("too large");
    const EventBatch events = numberedEvents(0, 2, "old");
    const QByteArray oldRecord = oldJournalRecord(1, request, events);

    // A request without an upstream exchange is still written exactly like that.
    {
        QTemporaryDir newDir;
        const QString newStore = newDir.filePath(QStringLiteral("journey.db"));
        IngestJournal journal(newStore);
        QString error;
        QVERIFY(journal.open(&error));
        IngestBatch batch;
        batch.request = request;
        batch.events = events;
        QVERIFY(journal.append(1, batch, nullptr, &error));
        QCOMPARE(fileBytes(onlyJournalFile(newStore)), oldRecord);
    }

    QVERIFY(QDir().mkpath(IngestJournal::folderFor(store)));
    const QString path = IngestJournal::folderFor(store) + QStringLiteral("/4242-1767225600000-1.journal");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(oldRecord), oldRecord.size());
    file.close();

    QString error;
    QList<IngestBatch> records;
    QVERIFY(IngestJournal::readRecords(path, [&](quint64, IngestBatch&& batch) { records.append(std::move(batch)); }, &error));
    QCOMPARE(records.size(), 1);
    QVERIFY(records[0].request);
    QVERIFY(!records[0].request->upstream);
    QCOMPARE(records[0].request->body, request.body);
    QCOMPARE(records[0].request->error, request.error);

    StoreWriter writer(store);
    QVERIFY2(writer.open(&error), qPrintable(error));
    StoreReader reader(store);
    QVERIFY(reader.open(true, &error));
    EventBatch stored;
    QVERIFY(reader.readForward(EventFilter(), 0, 100, stored, &error));
    QCOMPARE(stored.size(), 2);
    const auto replayed = reader.request(stored.requestId(0), &error);
    QVERIFY2(replayed, qPrintable(error));
    QCOMPARE(replayed->status, 413);
    QCOMPARE(replayed->body, request.body);
    QCOMPARE(replayed->headers, request.headers);
    QVERIFY(!replayed->upstream);
}

QTEST_GUILESS_MAIN(TestStoredRequest)
#include "tst_storedrequest.moc"

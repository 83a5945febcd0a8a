// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// End-to-end tests of the collector: a real EventRecorder on a real store in a temporary folder, the
// Collector listening on 127.0.0.1 port 0, and raw HTTP/1.1 sent over a socket. Every case reads the store
// back and checks what was kept, field by field.

#include "httptestclient.h"

#include "collector/collector.h"
#include "config/collectorconfig.h"
#include "core/gzipcodec.h"
#include "core/timestamp.h"
#include "store/eventfilter.h"
#include "store/eventrecorder.h"
#include "store/storereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Journey;
using namespace JourneyTest;

namespace {

const QByteArray jsonType = QByteArrayLiteral("application/json");
const QRegularExpression canonicalTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));

HeaderList jsonHeaders()
{
    return { { "Content-Type", jsonType } };
}

QByteArray basicAuth(const QByteArray& user)
{
    return "Basic " + user.toBase64();
}

QJsonObject payloadOf(const EventBatch& events, int i)
{
    return QJsonDocument::fromJson(events.payload(i).toByteArray()).object();
}

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

QJsonObject objectFrom(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

/// zlib stream, as `Content-Encoding: deflate` means in HTTP (RFC 9110: the zlib format).
QByteArray zlibCompress(const QByteArray& data)
{
    return qCompress(data).mid(4); // qCompress prefixes the uncompressed length
}

/// A batch of \a count track events whose JSON comes to at least \a bytes.
QByteArray bigBatch(int count, int propertyBytes)
{
    QByteArray body = "{\"batch\":[";
    for (int i = 0; i < count; ++i) {
        if (i)
            body += ',';
        body += "{\"type\":\"track\",\"userId\":\"big\",\"event\":\"Big\",\"properties\":{\"blob\":\""
            + QByteArray(propertyBytes, 'x') + "\"}}";
    }
    return body + "]}";
}

/// A small gzip body that inflates to \a inflated bytes: a decompression bomb.
QByteArray gzipBomb(qsizetype inflated)
{
    QByteArray json
        = "{\"batch\":[{\"type\":\"track\",\"userId\":\"bomb\",\"event\":\"Boom\",\"properties\":{\"pad\":\"";
    json += QByteArray(inflated, ' ');
    json += "\"}}]}";
    return GzipCodec::compress(json, 9);
}

} // namespace

class TestCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void singleCalls_data();
    void singleCalls();
    void batches_data();
    void batches();
    void contentTypes_data();
    void contentTypes();
    void compressedBodies_data();
    void compressedBodies();
    void chunkedBody_data();
    void chunkedBody();
    void sizeLimitBoundaries_data();
    void sizeLimitBoundaries();
    void batchContextMerged();
    void writeKeys_data();
    void writeKeys();
    void secretsMaskedWithoutConfiguredKeys_data();
    void secretsMaskedWithoutConfiguredKeys();
    void rejections_data();
    void rejections();
    void malformedJsonPosition_data();
    void malformedJsonPosition();
    void rejectedBatchLeavesNothingBehind();
    void corsPreflight_data();
    void corsPreflight();
    void rootDescribesEndpoints();
    void providerPrefixes_data();
    void providerPrefixes();
    void keepAlive_data();
    void keepAlive();
    void committedReportsIds();
    void stopAnswersEverythingReceived();

private:
    void startCollector(const CollectorConfig& config, bool journal = true);
    void stopCollector();
    std::optional<HttpReply> request(const HttpRequest& request);
    std::optional<HttpReply> post(
        const QByteArray& path, const QByteArray& body, const HeaderList& headers = jsonHeaders());
    /// Waits until everything answered so far is committed and its commit reports have arrived here.
    void settle();
    bool readStore(EventBatch& out);
    std::optional<StoredRequest> storedRequest(qint64 id);
    /// Requests committed so far: (request id, status), oldest first.
    std::vector<std::pair<qint64, int>> committedRequests() const;
    int reportedEvents() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_storePath;
    std::unique_ptr<EventRecorder> m_recorder;
    std::unique_ptr<Collector> m_collector;
    std::vector<CommitReportPtr> m_reports;
    QString m_error;
};

void TestCollector::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storePath = m_dir->filePath(QStringLiteral("journey.db"));
    m_reports.clear();
    CollectorConfig config;
    config.port = 0;
    startCollector(config);
}

void TestCollector::cleanup()
{
    stopCollector();
    m_dir.reset();
}

void TestCollector::startCollector(const CollectorConfig& config, bool journal)
{
    stopCollector();
    m_recorder = std::make_unique<EventRecorder>(m_storePath);
    m_recorder->setJournalEnabled(journal);
    // Queued to this thread: reports are read here only.
    connect(m_recorder.get(), &EventRecorder::committed, this,
        [this](const CommitReportPtr& report) { m_reports.push_back(report); });
    QString error;
    QVERIFY2(m_recorder->start(&error), qPrintable(error));
    m_collector = std::make_unique<Collector>(m_recorder.get());
    QVERIFY2(m_collector->startAndWait(config, &error), qPrintable(error));
    QVERIFY(m_collector->isListening());
    QVERIFY(m_collector->port() != 0);
    QCOMPARE(m_collector->url().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_collector->url().port(), int(m_collector->port()));
}

void TestCollector::stopCollector()
{
    m_collector.reset();
    if (m_recorder)
        m_recorder->stop();
    QCoreApplication::processEvents(); // the last commit reports
    m_recorder.reset();
}

std::optional<HttpReply> TestCollector::request(const HttpRequest& request)
{
    m_error.clear();
    return HttpTestClient::oneShot(m_collector->port(), request, &m_error);
}

std::optional<HttpReply> TestCollector::post(const QByteArray& path, const QByteArray& body, const HeaderList& headers)
{
    return request(HttpRequest { "POST", path, headers, body });
}

void TestCollector::settle()
{
    // A reply means the request is submitted; this commits it. The commit reports were posted to this thread
    // before waitForCommitted() returned, so processing events once delivers them.
    m_recorder->waitForCommitted();
    QCoreApplication::processEvents();
}

bool TestCollector::readStore(EventBatch& out)
{
    settle();
    StoreReader reader(m_storePath);
    QString error;
    if (!reader.open(true, &error)) {
        qWarning() << "cannot open the store:" << error;
        return false;
    }
    out.clear();
    const bool ok = reader.scan(
        EventFilter(), true,
        [&out](const EventBatch& events) {
            out.appendAll(events);
            return true;
        },
        &error);
    if (!ok)
        qWarning() << "cannot scan the store:" << error;
    return ok;
}

std::optional<StoredRequest> TestCollector::storedRequest(qint64 id)
{
    StoreReader reader(m_storePath);
    QString error;
    if (!reader.open(true, &error)) {
        qWarning() << "cannot open the store:" << error;
        return std::nullopt;
    }
    auto request = reader.request(id, &error);
    if (!request)
        qWarning() << error;
    return request;
}

std::vector<std::pair<qint64, int>> TestCollector::committedRequests() const
{
    std::vector<std::pair<qint64, int>> requests;
    for (const CommitReportPtr& report : m_reports) {
        for (size_t i = 0; i < report->tickets.size(); ++i) {
            if (report->requestIds[i])
                requests.emplace_back(report->requestIds[i], report->statuses[i]);
        }
    }
    return requests;
}

int TestCollector::reportedEvents() const
{
    int count = 0;
    for (const CommitReportPtr& report : m_reports)
        count += report->events.size();
    return count;
}

// ---------------------------------------------------------------------------------------------------------

void TestCollector::singleCalls_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<EventType>("type");
    QTest::addColumn<QString>("messageId"); ///< empty: the collector makes one up
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("anonymousId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("groupId");
    QTest::addColumn<QString>("previousId");
    QTest::addColumn<QString>("timestamp"); ///< canonical; empty: the arrival time
    QTest::addColumn<QString>("member"); ///< properties or traits
    QTest::addColumn<QByteArray>("memberJson"); ///< as sent (compact), kept byte for byte

    const QByteArray properties
        = R"({"plan":"pro","seats":3,"price":9.99,"nested":{"list":[1,2.5,{"deep":null}],"on":true}})";
    const QByteArray traits
        = R"({"email":"ada@example.com","age":36,"name":"Ada Lovelace","address":{"city":"London"}})";

    for (const char* path : { "/v1/track", "/v1/t" }) {
        QTest::newRow(path) << QByteArray(path)
                            << QByteArray(R"({"userId":"u-1","event":"Signed Up","properties":)" + properties
                                   + R"(,"messageId":"m-track-1","timestamp":"2024-01-15T12:30:00.5+02:00"})")
                            << EventType::Track << QStringLiteral("m-track-1") << QStringLiteral("u-1") << QString()
                            << QStringLiteral("Signed Up") << QString() << QString()
                            << QStringLiteral("2024-01-15T10:30:00.500Z") << QStringLiteral("properties") << properties;
    }
    QTest::newRow("/v1/identify") << QByteArray("/v1/identify")
                                  << QByteArray(R"({"userId":"u-2","anonymousId":"a-2","traits":)" + traits + "}")
                                  << EventType::Identify << QString() << QStringLiteral("u-2") << QStringLiteral("a-2")
                                  << QString() << QString() << QString() << QString() << QStringLiteral("traits")
                                  << traits;
    QTest::newRow("/v1/i numeric userId")
        << QByteArray("/v1/i") << QByteArray(R"({"userId":4711,"traits":)" + traits + R"(,"messageId":"m-i"})")
        << EventType::Identify << QStringLiteral("m-i") << QStringLiteral("4711") << QString() << QString() << QString()
        << QString() << QString() << QStringLiteral("traits") << traits;
    const QByteArray pageProperties
        = R"({"url":"https://example.com/pricing?x=1","path":"/pricing","title":"Pricing \u00e9"})";
    for (const char* path : { "/v1/page", "/v1/p" }) {
        QTest::newRow(path) << QByteArray(path)
                            << QByteArray(R"({"anonymousId":"a-3","name":"Pricing","category":"Docs","properties":)"
                                   + pageProperties + R"(,"timestamp":"2024-02-29T23:59:59.999Z"})")
                            << EventType::Page << QString() << QString() << QStringLiteral("a-3")
                            << QStringLiteral("Pricing") << QString() << QString()
                            << QStringLiteral("2024-02-29T23:59:59.999Z") << QStringLiteral("properties")
                            << pageProperties;
    }
    const QByteArray screenProperties = R"({"step":2,"variant":"B"})";
    for (const char* path : { "/v1/screen", "/v1/s" }) {
        QTest::newRow(path) << QByteArray(path)
                            << QByteArray(R"({"userId":"u-4","name":"Checkout","properties":)" + screenProperties + "}")
                            << EventType::Screen << QString() << QStringLiteral("u-4") << QString()
                            << QStringLiteral("Checkout") << QString() << QString() << QString()
                            << QStringLiteral("properties") << screenProperties;
    }
    const QByteArray groupTraits = R"({"name":"Initech","employees":120})";
    for (const char* path : { "/v1/group", "/v1/g" }) {
        QTest::newRow(path) << QByteArray(path)
                            << QByteArray(R"({"userId":"u-5","groupId":"g-1","traits":)" + groupTraits
                                   + R"(,"messageId":"m-group"})")
                            << EventType::Group << QStringLiteral("m-group") << QStringLiteral("u-5") << QString()
                            << QString() << QStringLiteral("g-1") << QString() << QString() << QStringLiteral("traits")
                            << groupTraits;
    }
    for (const char* path : { "/v1/alias", "/v1/a" }) {
        QTest::newRow(path) << QByteArray(path) << QByteArray(R"({"userId":"u-6","previousId":"a-6"})")
                            << EventType::Alias << QString() << QStringLiteral("u-6") << QString() << QString()
                            << QString() << QStringLiteral("a-6") << QString() << QString() << QByteArray();
    }
    QTest::newRow("/v1/track/ trailing slash")
        << QByteArray("/v1/track/") << QByteArray(R"({"anonymousId":"a-7","event":"Clicked","properties":{}})")
        << EventType::Track << QString() << QString() << QStringLiteral("a-7") << QStringLiteral("Clicked") << QString()
        << QString() << QString() << QStringLiteral("properties") << QByteArray("{}");
}

void TestCollector::singleCalls()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(EventType, type);
    QFETCH(QString, messageId);
    QFETCH(QString, userId);
    QFETCH(QString, anonymousId);
    QFETCH(QString, name);
    QFETCH(QString, groupId);
    QFETCH(QString, previousId);
    QFETCH(QString, timestamp);
    QFETCH(QString, member);
    QFETCH(QByteArray, memberJson);

    const qint64 before = Timestamp::nowMs();
    const auto reply = post(path, body);
    const qint64 after = Timestamp::nowMs();
    QVERIFY2(reply, qPrintable(m_error));
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->body, QByteArray("{\"success\":true}"));
    QCOMPARE(reply->header("Content-Type"), jsonType);

    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.type(0), type);
    QCOMPARE(events.source(0), EventSource::Segment);
    QCOMPARE(text(events.userId(0)), userId);
    QCOMPARE(text(events.anonymousId(0)), anonymousId);
    QCOMPARE(text(events.name(0)), name);
    QCOMPARE(text(events.groupId(0)), groupId);
    QCOMPARE(text(events.previousId(0)), previousId);
    QVERIFY(events.id(0) > 0);
    QVERIFY2(events.receivedAt(0) >= before && events.receivedAt(0) <= after,
        qPrintable(Timestamp::toIso8601String(events.receivedAt(0))));

    const QJsonObject message = payloadOf(events, 0);
    QCOMPARE(message.value(QLatin1String("type")).toString(), text(eventTypeName(type)));
    if (messageId.isEmpty()) {
        QVERIFY2(message.value(QLatin1String("messageId")).toString().startsWith(QLatin1String("journey-")),
            qPrintable(message.value(QLatin1String("messageId")).toString()));
    } else {
        QCOMPARE(message.value(QLatin1String("messageId")).toString(), messageId);
    }
    QCOMPARE(text(events.messageId(0)), message.value(QLatin1String("messageId")).toString());
    const QString storedTimestamp = message.value(QLatin1String("timestamp")).toString();
    const QString receivedAt = message.value(QLatin1String("receivedAt")).toString();
    QVERIFY2(canonicalTime.match(storedTimestamp).hasMatch(), qPrintable(storedTimestamp));
    QVERIFY2(canonicalTime.match(receivedAt).hasMatch(), qPrintable(receivedAt));
    QCOMPARE(receivedAt, Timestamp::toIso8601String(events.receivedAt(0)));
    QCOMPARE(storedTimestamp, timestamp.isEmpty() ? receivedAt : timestamp);
    QCOMPARE(Timestamp::toIso8601String(events.timestamp(0)), storedTimestamp);
    for (const auto& [key, expected] : { std::pair { "userId", userId }, std::pair { "anonymousId", anonymousId },
             std::pair { "groupId", groupId }, std::pair { "previousId", previousId } }) {
        QCOMPARE(message.value(QLatin1String(key)).toString(), expected);
        QCOMPARE(message.contains(QLatin1String(key)), !expected.isEmpty());
    }
    const char* nameKey = type == EventType::Track ? "event" : "name";
    QCOMPARE(message.value(QLatin1String(nameKey)).toString(), name);
    if (!member.isEmpty()) {
        QCOMPARE(message.value(member).toObject(), objectFrom(memberJson));
        // Kept as sent: member order and number spelling survive.
        QVERIFY2(events.payload(0).contains(QByteArray("\"" + member.toUtf8() + "\":" + memberJson)),
            events.payload(0).toByteArray().constData());
    }

    // The raw request beside it.
    const qint64 requestId = events.requestId(0);
    QVERIFY(requestId > 0);
    const auto stored = storedRequest(requestId);
    QVERIFY(stored);
    QCOMPARE(stored->method, QStringLiteral("POST"));
    QCOMPARE(stored->path, text(path));
    QCOMPARE(stored->status, 200);
    QVERIFY(stored->error.isEmpty());
    QCOMPARE(stored->eventCount, 1);
    QCOMPARE(stored->firstEventId, events.id(0));
    QCOMPARE(stored->body, body);
    QCOMPARE(stored->wireSize, body.size());
    QCOMPARE(stored->contentType, jsonType);
    QVERIFY(stored->contentEncoding.isEmpty());
    QCOMPARE(stored->source, EventSource::Segment);
    QVERIFY2(stored->remoteAddress.contains(QLatin1String("127.0.0.1")), qPrintable(stored->remoteAddress));
    QVERIFY(stored->receivedAt >= before && stored->receivedAt <= after);
    QCOMPARE(stored->receivedAt, events.receivedAt(0));
    QCOMPARE(headerValue(stored->headers, "content-length"), QByteArray::number(body.size()));

    const CollectorStats stats = m_collector->stats();
    QCOMPARE(stats.requests, 1);
    QCOMPARE(stats.acceptedRequests, 1);
    QCOMPARE(stats.rejectedRequests, 0);
    QCOMPARE(stats.events, 1);
}

void TestCollector::batches_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("/v1/batch") << QByteArray("/v1/batch");
    QTest::newRow("/v1/b") << QByteArray("/v1/b");
    QTest::newRow("/v1/import") << QByteArray("/v1/import");
    QTest::newRow("/v1/batch/") << QByteArray("/v1/batch/");
}

void TestCollector::batches()
{
    QFETCH(QByteArray, path);
    const QByteArray body = R"({"batch":[
        {"type":"identify","userId":"019mr8mf4r","traits":{"email":"a@example.com"},"messageId":"b-1","timestamp":"2024-01-15T10:30:00.000Z"},
        {"type":"track","userId":"019mr8mf4r","event":"Order Completed","properties":{"order_id":"o1","revenue":25.0,"currency":"USD"},"messageId":"b-2","timestamp":"2024-01-15T10:31:00Z"},
        {"type":"page","anonymousId":"a-1","name":"Pricing","properties":{"url":"https://x/pricing"},"messageId":"b-3"},
        {"type":"screen","userId":"019mr8mf4r","name":"Home","messageId":"b-4"},
        {"type":"group","userId":"019mr8mf4r","groupId":"8e9df332ac","traits":{"name":"Initech"},"messageId":"b-5"},
        {"type":"alias","previousId":"a-1","userId":"019mr8mf4r","messageId":"b-6"}
    ]})";
    const auto reply = post(path, body);
    QVERIFY2(reply, qPrintable(m_error));
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->json().value(QLatin1String("success")).toBool(), true);

    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), 6);
    const EventType types[] = { EventType::Identify, EventType::Track, EventType::Page, EventType::Screen,
        EventType::Group, EventType::Alias };
    const char* names[] = { "", "Order Completed", "Pricing", "Home", "", "" };
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(events.type(i), types[i]);
        QCOMPARE(text(events.messageId(i)), QStringLiteral("b-%1").arg(i + 1));
        QCOMPARE(text(events.name(i)), QString::fromLatin1(names[i]));
        QCOMPARE(events.requestId(i), events.requestId(0));
        if (i)
            QCOMPARE(events.id(i), events.id(i - 1) + 1);
        QCOMPARE(events.receivedAt(i), events.receivedAt(0));
    }
    QCOMPARE(
        payloadOf(events, 0).value(QLatin1String("timestamp")).toString(), QStringLiteral("2024-01-15T10:30:00.000Z"));
    QCOMPARE(
        payloadOf(events, 1).value(QLatin1String("timestamp")).toString(), QStringLiteral("2024-01-15T10:31:00.000Z"));
    QCOMPARE(events.timestamp(2), events.receivedAt(2)); // no timestamp: it happened when it arrived
    QCOMPARE(
        payloadOf(events, 1).value(QLatin1String("properties")).toObject().value(QLatin1String("revenue")).toDouble(),
        25.0);
    QCOMPARE(text(events.anonymousId(2)), QStringLiteral("a-1"));
    QCOMPARE(text(events.groupId(4)), QStringLiteral("8e9df332ac"));
    QCOMPARE(text(events.previousId(5)), QStringLiteral("a-1"));
    QCOMPARE(text(events.userId(5)), QStringLiteral("019mr8mf4r"));
    QVERIFY(!payloadOf(events, 1).contains(QLatin1String("batch")));

    const auto stored = storedRequest(events.requestId(0));
    QVERIFY(stored);
    QCOMPARE(stored->path, text(path));
    QCOMPARE(stored->eventCount, 6);
    QCOMPARE(stored->firstEventId, events.id(0));
    QCOMPARE(stored->status, 200);
    QCOMPARE(stored->body, body);
    QCOMPARE(m_collector->stats().events, 6);
}

void TestCollector::contentTypes_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("contentType"); ///< empty: no Content-Type header at all

    QTest::newRow("json") << QByteArray("/v1/track") << QByteArray("application/json");
    QTest::newRow("json with charset") << QByteArray("/v1/track") << QByteArray("application/json; charset=utf-8");
    QTest::newRow("text/plain (analytics.js)") << QByteArray("/v1/t") << QByteArray("text/plain");
    QTest::newRow("text/plain batch") << QByteArray("/v1/b") << QByteArray("text/plain;charset=UTF-8");
    QTest::newRow("no content type (C# SDK)") << QByteArray("/v1/b") << QByteArray();
    QTest::newRow("no content type single") << QByteArray("/v1/track") << QByteArray();
    QTest::newRow("form content type (curl -d)")
        << QByteArray("/v1/track") << QByteArray("application/x-www-form-urlencoded");
}

void TestCollector::contentTypes()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, contentType);
    const bool batch = path.endsWith("/b");
    const QByteArray message
        = R"({"type":"track","userId":"ct","event":"Typed","properties":{"ct":")" + contentType + "\"}}";
    const QByteArray body = batch ? "{\"batch\":[" + message + "]}" : message;
    HeaderList headers;
    if (!contentType.isEmpty())
        headers.append({ "Content-Type", contentType });
    const auto reply = post(path, body, headers);
    QVERIFY2(reply, qPrintable(m_error));
    QCOMPARE(reply->status, 200);

    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), 1);
    QCOMPARE(text(events.name(0)), QStringLiteral("Typed"));
    QCOMPARE(payloadOf(events, 0).value(QLatin1String("properties")).toObject().value(QLatin1String("ct")).toString(),
        text(contentType));
    const auto stored = storedRequest(events.requestId(0));
    QVERIFY(stored);
    QCOMPARE(stored->contentType, contentType);
    QCOMPARE(hasHeader(stored->headers, "content-type"), !contentType.isEmpty());
}

void TestCollector::compressedBodies_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("encoding"); ///< Content-Encoding; empty: none sent
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("eventCount");

    const QByteArray batch
        = R"({"batch":[{"type":"track","userId":"gz","event":"Zipped","properties":{"n":1}},)"
          R"({"type":"identify","userId":"gz","traits":{"zip":true}}],"sentAt":"2024-01-15T10:31:05.000Z"})";
    const QByteArray single = R"({"userId":"gz","event":"Zipped alone","properties":{"n":2}})";
    QTest::newRow("gzip, Content-Encoding: gzip")
        << QByteArray("/v1/batch") << QByteArray("gzip") << GzipCodec::compress(batch) << batch << 2;
    QTest::newRow("gzip, Content-Encoding: GZIP")
        << QByteArray("/v1/b") << QByteArray("GZIP") << GzipCodec::compress(batch) << batch << 2;
    QTest::newRow("gzip, x-gzip") << QByteArray("/v1/batch") << QByteArray("x-gzip") << GzipCodec::compress(batch)
                                  << batch << 2;
    QTest::newRow("gzip without header (magic bytes)")
        << QByteArray("/v1/b") << QByteArray() << GzipCodec::compress(batch, 9) << batch << 2;
    QTest::newRow("gzip single call") << QByteArray("/v1/track") << QByteArray("gzip") << GzipCodec::compress(single)
                                      << single << 1;
    QTest::newRow("gzip single call without header")
        << QByteArray("/v1/t") << QByteArray() << GzipCodec::compress(single) << single << 1;
    QTest::newRow("deflate (zlib)") << QByteArray("/v1/batch") << QByteArray("deflate") << zlibCompress(batch) << batch
                                    << 2;
    const qsizetype half = batch.size() / 2;
    QTest::newRow("gzip, two members") << QByteArray("/v1/batch") << QByteArray("gzip")
                                       << GzipCodec::compress(batch.left(half)) + GzipCodec::compress(batch.mid(half))
                                       << batch << 2;
    QTest::newRow("identity") << QByteArray("/v1/batch") << QByteArray("identity") << batch << batch << 2;
}

void TestCollector::compressedBodies()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, json);
    QFETCH(int, eventCount);

    HeaderList headers = jsonHeaders();
    if (!encoding.isEmpty())
        headers.append({ "Content-Encoding", encoding });
    const auto reply = post(path, wire, headers);
    QVERIFY2(reply, qPrintable(m_error));
    QCOMPARE(reply->status, 200);

    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), eventCount);
    QCOMPARE(text(events.userId(0)), QStringLiteral("gz"));
    QVERIFY(text(events.name(0)).startsWith(QLatin1String("Zipped")));
    if (eventCount == 2) {
        QCOMPARE(events.type(1), EventType::Identify);
        QCOMPARE(
            payloadOf(events, 1).value(QLatin1String("traits")).toObject().value(QLatin1String("zip")).toBool(), true);
        QCOMPARE(
            payloadOf(events, 0).value(QLatin1String("sentAt")).toString(), QStringLiteral("2024-01-15T10:31:05.000Z"));
    }
    const auto stored = storedRequest(events.requestId(0));
    QVERIFY(stored);
    QCOMPARE(stored->body, json); // kept decompressed
    QCOMPARE(stored->wireSize, wire.size());
    QCOMPARE(stored->contentEncoding, encoding);
}

void TestCollector::chunkedBody_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::newRow("chunked") << false;
    QTest::newRow("chunked gzip") << true;
}

void TestCollector::chunkedBody()
{
    // Streaming HTTP clients send bodies of unknown length in chunks.
    QFETCH(bool, gzip);
    const QByteArray json = R"({"batch":[{"type":"track","userId":"ch","event":"Chunked","messageId":"ch-1"},)"
                            R"({"type":"track","userId":"ch","event":"Chunked","messageId":"ch-2"}]})";
    const QByteArray body = gzip ? GzipCodec::compress(json) : json;
    const qsizetype cut = body.size() / 3;
    QByteArray wire = "POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (gzip)
        wire += "Content-Encoding: gzip\r\n";
    wire += "Transfer-Encoding: chunked\r\n\r\n";
    for (const QByteArray& chunk : { body.left(cut), body.mid(cut) })
        wire += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    wire += "0\r\n\r\n";

    HttpTestClient client(m_collector->port());
    QString error;
    QVERIFY2(client.connectToServer(&error), qPrintable(error));
    QVERIFY2(client.write(wire, &error), qPrintable(error));
    const auto reply = client.read(&error);
    QVERIFY2(reply, qPrintable(error));
    QCOMPARE(reply->status, 200);

    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), 2);
    QCOMPARE(text(events.messageId(0)), QStringLiteral("ch-1"));
    QCOMPARE(text(events.messageId(1)), QStringLiteral("ch-2"));
    const auto stored = storedRequest(events.requestId(0));
    QVERIFY(stored);
    QCOMPARE(stored->body, json);
    QCOMPARE(stored->wireSize, body.size());
}

void TestCollector::sizeLimitBoundaries_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("size"); ///< of the (decompressed) body, relative to the limit
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<int>("status");

    // Small limits so the boundaries are cheap to reach; the default limits are covered by rejections().
    QTest::newRow("batch at the limit") << QByteArray("/v1/batch") << 0 << false << 200;
    QTest::newRow("batch one byte over") << QByteArray("/v1/batch") << 1 << false << 413;
    QTest::newRow("gzip batch inflating to the limit") << QByteArray("/v1/batch") << 0 << true << 200;
    QTest::newRow("gzip batch inflating one byte over") << QByteArray("/v1/batch") << 1 << true << 413;
    QTest::newRow("single call at the limit") << QByteArray("/v1/track") << 0 << false << 200;
    QTest::newRow("single call one byte over") << QByteArray("/v1/track") << 1 << false << 413;
    QTest::newRow("gzip single call one byte over") << QByteArray("/v1/track") << 1 << true << 413;
}

void TestCollector::sizeLimitBoundaries()
{
    QFETCH(QByteArray, path);
    QFETCH(int, size);
    QFETCH(bool, gzip);
    QFETCH(int, status);

    CollectorConfig config;
    config.port = 0;
    config.maxBatchBytes = 4096;
    config.maxEventBytes = 1024;
    startCollector(config);
    if (QTest::currentTestFailed())
        return;

    const bool batch = path == "/v1/batch";
    const qsizetype limit = batch ? config.maxBatchBytes : config.maxEventBytes;
    QByteArray json = batch ? QByteArray(R"({"batch":[{"type":"track","userId":"lim","event":"Limit"}]})")
                            : QByteArray(R"({"userId":"lim","event":"Limit"})");
    json += QByteArray(limit + size - json.size(), ' '); // trailing whitespace is valid JSON
    QCOMPARE(json.size(), limit + size);
    HeaderList headers = jsonHeaders();
    if (gzip)
        headers.append({ QByteArray("Content-Encoding"), QByteArray("gzip") });
    const auto reply = post(path, gzip ? GzipCodec::compress(json) : json, headers);
    QVERIFY2(reply, qPrintable(m_error));
    QCOMPARE(reply->status, status);
    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), status == 200 ? 1 : 0);
    if (status != 200)
        QCOMPARE(reply->json().value(QLatin1String("code")).toString(), QStringLiteral("payload_too_large"));
}

void TestCollector::batchContextMerged()
{
    const QByteArray body = R"({"batch":[
        {"type":"track","userId":"u","event":"Own context","context":{"ip":"10.0.0.1","page":{"path":"/own"}},"integrations":{"Mixpanel":false}},
        {"type":"identify","userId":"u","traits":{"x":1}},
        {"type":"track","userId":"u","event":"Skewed","originalTimestamp":"2024-03-01T12:00:00.000Z"}
      ],
      "context":{"ip":"192.0.2.1","library":{"name":"analytics-python","version":"2.3.0"},"page":{"path":"/batch"}},
      "integrations":{"All":true,"Amplitude":false},
      "sentAt":"2024-03-01T12:00:05.000Z"})";
    const auto reply = post("/v1/batch", body);
    QVERIFY2(reply, qPrintable(m_error));
    QCOMPARE(reply->status, 200);

    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), 3);
    const QJsonObject batchContext = objectFrom(
        R"({"ip":"192.0.2.1","library":{"name":"analytics-python","version":"2.3.0"},"page":{"path":"/batch"}})");
    const QJsonObject batchIntegrations = objectFrom(R"({"All":true,"Amplitude":false})");

    // The message's own members win; the batch fills in the rest (one level deep, as Segment merges).
    const QJsonObject first = payloadOf(events, 0);
    QCOMPARE(first.value(QLatin1String("context")).toObject(),
        objectFrom(
            R"({"ip":"10.0.0.1","page":{"path":"/own"},"library":{"name":"analytics-python","version":"2.3.0"}})"));
    QCOMPARE(first.value(QLatin1String("integrations")).toObject(),
        objectFrom(R"({"Mixpanel":false,"All":true,"Amplitude":false})"));

    const QJsonObject second = payloadOf(events, 1);
    QCOMPARE(second.value(QLatin1String("context")).toObject(), batchContext);
    QCOMPARE(second.value(QLatin1String("integrations")).toObject(), batchIntegrations);
    QCOMPARE(second.value(QLatin1String("sentAt")).toString(), QStringLiteral("2024-03-01T12:00:05.000Z"));
    QCOMPARE(events.timestamp(1), events.receivedAt(1));

    // Clock skew: timestamp = receivedAt - (sentAt - originalTimestamp).
    const QJsonObject third = payloadOf(events, 2);
    QCOMPARE(events.timestamp(2), events.receivedAt(2) - 5000);
    QCOMPARE(
        third.value(QLatin1String("timestamp")).toString(), Timestamp::toIso8601String(events.receivedAt(2) - 5000));
    QCOMPARE(third.value(QLatin1String("originalTimestamp")).toString(), QStringLiteral("2024-03-01T12:00:00.000Z"));
    QCOMPARE(third.value(QLatin1String("context")).toObject(), batchContext);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!payloadOf(events, i).contains(QLatin1String("batch")));
        QVERIFY(!payloadOf(events, i).contains(QLatin1String("writeKey")));
    }
}

void TestCollector::writeKeys_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("fragment"); ///< in the error message
    QTest::addColumn<QByteArray>("secret"); ///< must not appear in anything stored or answered

    const QByteArray key = "wk_live_0123456789abcdef";
    const QByteArray otherKey = "wk_second_key_000111";
    const QByteArray wrongKey = "wk_wrong_99999999zyxw";
    const QByteArray message = R"({"userId":"wk","event":"Keyed")";
    const auto withKey = [&](const QByteArray& k) -> QByteArray { return message + R"(,"writeKey":")" + k + "\"}"; };
    const HeaderList json = jsonHeaders();
    const auto withAuth = [&](const QByteArray& value) {
        HeaderList headers = json;
        headers.append({ "Authorization", value });
        return headers;
    };

    QTest::newRow("key in body") << QByteArray("/v1/track") << json << withKey(key) << 200 << QByteArray() << QString()
                                 << key;
    QTest::newRow("Basic auth, key:") << QByteArray("/v1/track") << withAuth(basicAuth(key + ':')) << message + '}'
                                      << 200 << QByteArray() << QString() << key;
    QTest::newRow("Basic auth, second key without colon")
        << QByteArray("/v1/t") << withAuth(basicAuth(otherKey)) << message + '}' << 200 << QByteArray() << QString()
        << otherKey;
    QTest::newRow("batch envelope key")
        << QByteArray("/v1/batch") << json
        << QByteArray(R"({"batch":[{"type":"track","userId":"wk","event":"Keyed"}],"writeKey":")" + key + "\"}") << 200
        << QByteArray() << QString() << key;
    QTest::newRow("Bearer token plus body key (OAuth)")
        << QByteArray("/v1/track") << withAuth("Bearer eyJhbGciOiJSUzI1NiJ9.secret-token-payload") << withKey(key)
        << 200 << QByteArray() << QString() << QByteArray("eyJhbGciOiJSUzI1NiJ9.secret-token-payload");
    QTest::newRow("missing") << QByteArray("/v1/track") << json << message + '}' << 401
                             << QByteArray("missing_write_key") << QStringLiteral("no write key") << QByteArray();
    QTest::newRow("missing in batch") << QByteArray("/v1/batch") << json
                                      << QByteArray(R"({"batch":[{"type":"track","userId":"wk","event":"Keyed"}]})")
                                      << 401 << QByteArray("missing_write_key") << QStringLiteral("writeKey")
                                      << QByteArray();
    QTest::newRow("wrong key in body") << QByteArray("/v1/track") << json << withKey(wrongKey) << 401
                                       << QByteArray("invalid_write_key")
                                       << QStringLiteral("\u2022\u2022\u2022\u2022zyxw") << wrongKey;
    QTest::newRow("wrong key in Basic auth")
        << QByteArray("/v1/track") << withAuth(basicAuth(wrongKey + ':')) << message + '}' << 401
        << QByteArray("invalid_write_key") << QStringLiteral("\u2022\u2022\u2022\u2022zyxw") << wrongKey;
    QTest::newRow("wrong key in batch envelope")
        << QByteArray("/v1/b") << json
        << QByteArray(R"({"batch":[{"type":"track","userId":"wk","event":"Keyed"}],"writeKey":")" + wrongKey + "\"}")
        << 401 << QByteArray("invalid_write_key") << QStringLiteral("not one of the keys") << wrongKey;
}

void TestCollector::writeKeys()
{
    QFETCH(QByteArray, path);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(QString, fragment);
    QFETCH(QByteArray, secret);

    CollectorConfig config;
    config.port = 0;
    config.writeKeys = { "wk_live_0123456789abcdef", "wk_second_key_000111" };
    startCollector(config);
    if (QTest::currentTestFailed())
        return;

    const auto reply = post(path, body, headers);
    QVERIFY2(reply, qPrintable(m_error));
    QCOMPARE(reply->status, status);
    const QJsonObject answer = reply->json();
    QCOMPARE(answer.value(QLatin1String("success")).toBool(), status == 200);
    if (status != 200) {
        QCOMPARE(answer.value(QLatin1String("code")).toString(), text(code));
        QVERIFY2(answer.value(QLatin1String("message")).toString().contains(fragment), reply->body.constData());
    }

    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), status == 200 ? 1 : 0);
    const auto requests = committedRequests();
    QCOMPARE(requests.size(), size_t(1));
    QCOMPARE(requests.front().second, status);
    const auto stored = storedRequest(requests.front().first);
    QVERIFY(stored);
    QCOMPARE(stored->status, status);
    QCOMPARE(stored->eventCount, status == 200 ? 1 : 0);
    if (status != 200)
        QCOMPARE(stored->error, answer.value(QLatin1String("message")).toString());

    if (secret.isEmpty())
        return;
    // The key is kept nowhere: not in the answer, the stored body, headers or error, nor in the event.
    const QByteArray encoded = QByteArray(secret + ':').toBase64();
    const QByteArray encodedBare = secret.toBase64();
    QVERIFY2(!reply->body.contains(secret), reply->body.constData());
    QVERIFY2(!stored->body.contains(secret), stored->body.constData());
    QVERIFY2(!stored->error.contains(QString::fromUtf8(secret)), qPrintable(stored->error));
    const QByteArray headerText = stored->headerText();
    for (const QByteArray& leak : { secret, encoded, encodedBare })
        QVERIFY2(!headerText.contains(leak), headerText.constData());
    if (hasHeader(headers, "authorization")) {
        const QByteArray authorization = headerValue(stored->headers, "authorization");
        QVERIFY2(!authorization.isEmpty(), headerText.constData());
        QVERIFY2(authorization.contains("\xE2\x80\xA2"), authorization.constData()); // masked, scheme kept
        const QByteArray scheme = headerValue(headers, "authorization").split(' ').first();
        QVERIFY(authorization.startsWith(QByteArray(scheme + ' ')));
    }
    if (body.contains("writeKey"))
        QVERIFY2(stored->body.contains("\"writeKey\""), stored->body.constData()); // masked, not removed
    for (int i = 0; i < events.size(); ++i)
        QVERIFY(!events.payload(i).contains(secret));
}

void TestCollector::secretsMaskedWithoutConfiguredKeys_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");

    const QByteArray key = "wk_dev_AbCdEf0123456789";
    const QByteArray shortKey = "k3y9";
    HeaderList basic = jsonHeaders();
    basic.append({ "Authorization", basicAuth(key + ':') });
    QTest::newRow("body key") << QByteArray("/v1/track") << jsonHeaders()
                              << QByteArray(R"({"userId":"s","event":"E","writeKey":")" + key + "\"}") << key;
    QTest::newRow("Basic auth and body key (analytics.js)")
        << QByteArray("/v1/t") << basic << QByteArray(R"({"userId":"s","event":"E","writeKey":")" + key + "\"}") << key;
    QTest::newRow("batch envelope key") << QByteArray("/v1/batch") << jsonHeaders()
                                        << QByteArray(R"({"writeKey":")" + key
                                               + R"(","batch":[{"type":"track","userId":"s","event":"E"}]})")
                                        << key;
    QTest::newRow("key in query") << QByteArray("/v1/track?writeKey=" + key) << jsonHeaders()
                                  << QByteArray(R"({"userId":"s","event":"E"})") << key;
    QTest::newRow("short key in body") << QByteArray("/v1/track") << jsonHeaders()
                                       << QByteArray(R"({"userId":"s","event":"E","writeKey":")" + shortKey + "\"}")
                                       << shortKey;
}

void TestCollector::secretsMaskedWithoutConfiguredKeys()
{
    QFETCH(QByteArray, path);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);

    const auto reply = post(path, body, headers);
    QVERIFY2(reply, qPrintable(m_error));
    QCOMPARE(reply->status, 200);
    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), 1);
    QVERIFY(!events.payload(0).contains(secret));
    const auto stored = storedRequest(events.requestId(0));
    QVERIFY(stored);
    QVERIFY2(!stored->body.contains(secret), stored->body.constData());
    QVERIFY2(!stored->headerText().contains(secret), stored->headerText().constData());
    QVERIFY2(!stored->headerText().contains(QByteArray(secret + ':').toBase64()), stored->headerText().constData());
    QVERIFY2(!stored->query.contains(QString::fromUtf8(secret)), qPrintable(stored->query));
}

void TestCollector::rejections_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QStringList>("fragments"); ///< all in the message
    QTest::addColumn<bool>("recorded"); ///< kept in the requests table

    const HeaderList json = jsonHeaders();
    HeaderList gzip = json;
    gzip.append({ QByteArray("Content-Encoding"), QByteArray("gzip") });

    QTest::newRow("malformed JSON names line and column")
        << QByteArray("POST") << QByteArray("/v1/batch") << json
        << QByteArray("{\n  \"batch\": [\n    {\"type\": \"track\" \"event\": \"x\"}\n  ]\n}") << 400
        << QByteArray("invalid_request")
        << QStringList { QStringLiteral("line 3, column "), QStringLiteral("malformed JSON") } << true;
    QTest::newRow("malformed single call")
        << QByteArray("POST") << QByteArray("/v1/track") << json << QByteArray("{\"userId\":\"u\",\"event\":}") << 400
        << QByteArray("invalid_request")
        << QStringList { QStringLiteral("line 1, column "), QStringLiteral("malformed JSON") } << true;
    QTest::newRow("bad field in third item")
        << QByteArray("POST") << QByteArray("/v1/batch") << json
        << QByteArray(R"({"batch":[{"type":"track","userId":"ok-1","event":"A"},{"type":"identify","userId":"ok-2"},)"
                      R"({"type":"track","userId":{"id":7},"event":"C"}]})")
        << 400 << QByteArray("invalid_request")
        << QStringList { QStringLiteral("batch[2].userId"),
               QStringLiteral("expected a string or an integer, got an object") }
        << true;
    QTest::newRow("batch item without type")
        << QByteArray("POST") << QByteArray("/v1/b") << json
        << QByteArray(R"({"batch":[{"type":"track","userId":"u","event":"A"},{"userId":"u","event":"B"}]})") << 400
        << QByteArray("invalid_request") << QStringList { QStringLiteral("batch[1].type"), QStringLiteral("required") }
        << true;
    QTest::newRow("batch item not an object")
        << QByteArray("POST") << QByteArray("/v1/batch") << json
        << QByteArray(R"({"batch":[{"type":"track","userId":"u","event":"A"},42]})") << 400
        << QByteArray("invalid_request")
        << QStringList { QStringLiteral("batch[1]"), QStringLiteral("expected an object") } << true;
    QTest::newRow("batch is not an array")
        << QByteArray("POST") << QByteArray("/v1/batch") << json << QByteArray(R"({"batch":{"type":"track"}})") << 400
        << QByteArray("invalid_request") << QStringList { QStringLiteral("batch: expected an array") } << true;
    QTest::newRow("batch missing") << QByteArray("POST") << QByteArray("/v1/batch") << json
                                   << QByteArray(R"({"type":"track","userId":"u","event":"A"})") << 400
                                   << QByteArray("invalid_request")
                                   << QStringList { QStringLiteral("batch"), QStringLiteral("required") } << true;
    QTest::newRow("track without event") << QByteArray("POST") << QByteArray("/v1/track") << json
                                         << QByteArray(R"({"userId":"u"})") << 400 << QByteArray("invalid_request")
                                         << QStringList { QStringLiteral("event: required for track calls") } << true;
    QTest::newRow("group without groupId")
        << QByteArray("POST") << QByteArray("/v1/g") << json << QByteArray(R"({"userId":"u"})") << 400
        << QByteArray("invalid_request") << QStringList { QStringLiteral("groupId: required") } << true;
    QTest::newRow("alias without previousId")
        << QByteArray("POST") << QByteArray("/v1/alias") << json << QByteArray(R"({"userId":"u"})") << 400
        << QByteArray("invalid_request") << QStringList { QStringLiteral("previousId: required") } << true;
    QTest::newRow("no userId or anonymousId")
        << QByteArray("POST") << QByteArray("/v1/identify") << json << QByteArray(R"({"traits":{"a":1}})") << 400
        << QByteArray("invalid_request") << QStringList { QStringLiteral("userId or an anonymousId") } << true;
    QTest::newRow("type does not match the endpoint")
        << QByteArray("POST") << QByteArray("/v1/track") << json
        << QByteArray(R"({"type":"page","userId":"u","event":"A"})") << 400 << QByteArray("invalid_request")
        << QStringList { QStringLiteral("type"), QStringLiteral("'page' does not match") } << true;
    QTest::newRow("bad timestamp")
        << QByteArray("POST") << QByteArray("/v1/batch") << json
        << QByteArray(R"({"batch":[{"type":"track","userId":"u","event":"A","timestamp":"2024-02-30T10:00:00Z"}]})")
        << 400 << QByteArray("invalid_request")
        << QStringList { QStringLiteral("batch[0].timestamp"), QStringLiteral("not an ISO-8601 date-time") } << true;
    QTest::newRow("properties not an object")
        << QByteArray("POST") << QByteArray("/v1/track") << json
        << QByteArray(R"({"userId":"u","event":"A","properties":[1,2]})") << 400 << QByteArray("invalid_request")
        << QStringList { QStringLiteral("properties") } << true;
    QTest::newRow("not an object") << QByteArray("POST") << QByteArray("/v1/track") << json << QByteArray("[1,2,3]")
                                   << 400 << QByteArray("invalid_request")
                                   << QStringList { QStringLiteral("expected a JSON object") } << true;
    QTest::newRow("empty body") << QByteArray("POST") << QByteArray("/v1/batch") << json << QByteArray() << 400
                                << QByteArray("invalid_request") << QStringList { QStringLiteral("empty") } << true;
    QTest::newRow("invalid UTF-8") << QByteArray("POST") << QByteArray("/v1/track") << json
                                   << QByteArray("{\"userId\":\"u\",\"event\":\"caf\xC3\x28\"}") << 400
                                   << QByteArray("invalid_request") << QStringList { QStringLiteral("UTF-8") } << true;

    // Sizes: 32 KB per event or call, 500 KB per batch, also after decompression.
    QTest::newRow("event over 32 KB in a batch")
        << QByteArray("POST") << QByteArray("/v1/batch") << json
        << QByteArray(
               R"({"batch":[{"type":"track","userId":"u","event":"Small"},{"type":"track","userId":"u","event":"Big","properties":{"blob":")"
               + QByteArray(33 * 1024, 'x') + R"("}}]})")
        << 413 << QByteArray("payload_too_large") << QStringList { QStringLiteral("batch[1]"), QStringLiteral("KB") }
        << true;
    QTest::newRow("single call over 32 KB")
        << QByteArray("POST") << QByteArray("/v1/track") << json
        << QByteArray(R"({"userId":"u","event":"Big","properties":{"blob":")" + QByteArray(33 * 1024, 'x') + R"("}})")
        << 413 << QByteArray("payload_too_large") << QStringList { QStringLiteral("per call"), QStringLiteral("KB") }
        << true;
    QTest::newRow("batch over 500 KB") << QByteArray("POST") << QByteArray("/v1/batch") << json
                                       << bigBatch(20, 30 * 1024) << 413 << QByteArray("payload_too_large")
                                       << QStringList { QStringLiteral("500.0 KB"), QStringLiteral("per batch") }
                                       << true;
    QTest::newRow("gzip bomb") << QByteArray("POST") << QByteArray("/v1/batch") << gzip << gzipBomb(8 * 1024 * 1024)
                               << 413 << QByteArray("payload_too_large")
                               << QStringList { QStringLiteral("decompressed"), QStringLiteral("500.0 KB") } << true;
    QTest::newRow("gzip bomb without header")
        << QByteArray("POST") << QByteArray("/v1/b") << json << gzipBomb(2 * 1024 * 1024) << 413
        << QByteArray("payload_too_large") << QStringList { QStringLiteral("decompressed") } << true;
    QTest::newRow("gzip bomb on a single call")
        << QByteArray("POST") << QByteArray("/v1/track") << gzip << gzipBomb(200 * 1024) << 413
        << QByteArray("payload_too_large") << QStringList { QStringLiteral("decompressed"), QStringLiteral("per call") }
        << true;
    QTest::newRow("not gzip but says so")
        << QByteArray("POST") << QByteArray("/v1/batch") << gzip << QByteArray(R"({"batch":[]})") << 400
        << QByteArray("invalid_encoding")
        << QStringList { QStringLiteral("gzip"), QStringLiteral("does not decompress") } << true;
    QTest::newRow("truncated gzip") << QByteArray("POST") << QByteArray("/v1/batch") << gzip
                                    << GzipCodec::compress(bigBatch(3, 100)).chopped(12) << 400
                                    << QByteArray("invalid_encoding") << QStringList { QStringLiteral("truncated") }
                                    << true;
    HeaderList brotli = json;
    brotli.append({ QByteArray("Content-Encoding"), QByteArray("br") });
    QTest::newRow("unsupported encoding")
        << QByteArray("POST") << QByteArray("/v1/batch") << brotli << QByteArray("\x0b\x02\x80") << 415
        << QByteArray("unsupported_encoding") << QStringList { QStringLiteral("br"), QStringLiteral("gzip") } << true;

    // Routing.
    QTest::newRow("unknown path lists the endpoints")
        << QByteArray("POST") << QByteArray("/v1/events") << json << QByteArray(R"({"userId":"u","event":"A"})") << 404
        << QByteArray("not_found")
        << QStringList { QStringLiteral("/v1/events"), QStringLiteral("/v1/track"), QStringLiteral("/v1/batch"),
               QStringLiteral("/v1/import"), QStringLiteral("/v1/t|i|p|s|g|a|b") }
        << false;
    QTest::newRow("no format has it") << QByteArray("POST") << QByteArray("/v2/batch") << json
                                      << QByteArray(R"({"batch":[]})") << 404 << QByteArray("not_found")
                                      << QStringList { QStringLiteral("/v2/batch"), QStringLiteral("Mixpanel: /track"),
                                             QStringLiteral("/mixpanel/"), QStringLiteral("/journey/") }
                                      << false;
    QTest::newRow("a provider prefix lists that provider's paths")
        << QByteArray("POST") << QByteArray("/mixpanel/v1/batch") << json << QByteArray(R"({"batch":[]})") << 404
        << QByteArray("not_found") << QStringList { QStringLiteral("/mixpanel/v1/batch"), QStringLiteral("Mixpanel accepts"),
               QStringLiteral("/engage") }
        << false;
    QTest::newRow("GET on /v1/track") << QByteArray("GET") << QByteArray("/v1/track") << HeaderList() << QByteArray()
                                      << 405 << QByteArray("method_not_allowed")
                                      << QStringList { QStringLiteral("/v1/track"), QStringLiteral("POST"),
                                             QStringLiteral("GET") }
                                      << false;
    QTest::newRow("PUT on /v1/batch") << QByteArray("PUT") << QByteArray("/v1/batch") << json
                                      << QByteArray(R"({"batch":[]})") << 405 << QByteArray("method_not_allowed")
                                      << QStringList { QStringLiteral("PUT") } << false;
}

void TestCollector::rejections()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(QStringList, fragments);
    QFETCH(bool, recorded);

    const auto reply = request(HttpRequest { method, path, headers, body });
    QVERIFY2(reply, qPrintable(m_error));
    QCOMPARE(reply->status, status);
    QCOMPARE(reply->header("Content-Type"), jsonType);
    QCOMPARE(reply->header("Access-Control-Allow-Origin"), QByteArray("*"));
    const QJsonObject answer = reply->json();
    QCOMPARE(answer.value(QLatin1String("success")), QJsonValue(false));
    QCOMPARE(answer.value(QLatin1String("code")).toString(), text(code));
    const QString message = answer.value(QLatin1String("message")).toString();
    for (const QString& fragment : std::as_const(fragments))
        QVERIFY2(message.contains(fragment), qPrintable(QStringLiteral("'%1' not in: %2").arg(fragment, message)));

    // Nothing of a rejected request is stored as events, not even the good items of a batch.
    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), 0);
    QCOMPARE(m_collector->stats().rejectedRequests, 1);
    QCOMPARE(m_collector->stats().acceptedRequests, 0);
    QCOMPARE(m_collector->stats().events, 0);
    if (!recorded)
        return;

    // It is kept for the Rejected list, with the reason.
    const auto requests = committedRequests();
    QCOMPARE(requests.size(), size_t(1));
    QCOMPARE(requests.front().second, status);
    const auto stored = storedRequest(requests.front().first);
    QVERIFY(stored);
    QCOMPARE(stored->status, status);
    QVERIFY(stored->isRejected());
    QCOMPARE(stored->error, message);
    QCOMPARE(stored->eventCount, 0);
    QCOMPARE(stored->firstEventId, 0);
    QCOMPARE(stored->path, text(path));
    QCOMPARE(stored->method, text(method));
    QCOMPARE(stored->wireSize, body.size());
    if (!hasHeader(headers, "content-encoding") && !GzipCodec::looksGzipped(body))
        QCOMPARE(stored->body, body);
    StoreReader reader(m_storePath);
    QString error;
    QVERIFY(reader.open(true, &error));
    StoreStats stats;
    QVERIFY(reader.stats(stats, &error));
    QCOMPARE(stats.events, 0);
    QCOMPARE(stats.requests, 1);
    QCOMPARE(stats.rejectedRequests, 1);
}

void TestCollector::malformedJsonPosition_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); ///< 1-based, where the offending token starts

    QTest::newRow("missing comma") << QByteArray(
        "/v1/batch") << QByteArray("{\n  \"batch\": [\n    {\"type\": \"track\" \"event\": \"x\"}\n  ]\n}")
                                   << 3 << 22;
    QTest::newRow("trailing comma") << QByteArray(
        "/v1/batch") << QByteArray("{\"batch\":[\n{\"type\":\"track\",\"userId\":\"u\",\"event\":\"A\"},\n]}")
                                    << 3 << 1;
    QTest::newRow("missing value") << QByteArray("/v1/track") << QByteArray("{\"userId\":\"u\",\"event\":}") << 1 << 23;
    QTest::newRow("missing colon, CRLF lines")
        << QByteArray("/v1/t") << QByteArray("{\r\n  \"userId\": \"u\",\r\n  \"event\" \"A\"\r\n}") << 3 << 11;
}

void TestCollector::malformedJsonPosition()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, line);
    QFETCH(int, column);

    const auto reply = post(path, body);
    QVERIFY2(reply, qPrintable(m_error));
    QCOMPARE(reply->status, 400);
    const QString message = reply->json().value(QLatin1String("message")).toString();
    static const QRegularExpression position(QStringLiteral("^line (\\d+), column (\\d+): malformed JSON: \\S"));
    const QRegularExpressionMatch match = position.match(message);
    QVERIFY2(match.hasMatch(), qPrintable(message));
    QCOMPARE(match.captured(1).toInt(), line);
    // Qt's JSON parser reports the offset just past the first character of the offending token.
    const int reported = match.captured(2).toInt();
    QVERIFY2(reported == column || reported == column + 1, qPrintable(message));
}

void TestCollector::rejectedBatchLeavesNothingBehind()
{
    const auto good = post("/v1/batch",
        R"({"batch":[{"type":"track","userId":"g","event":"One","messageId":"g-1"},)"
        R"({"type":"track","userId":"g","event":"Two","messageId":"g-2"}]})");
    QVERIFY2(good, qPrintable(m_error));
    QCOMPARE(good->status, 200);
    const auto bad = post("/v1/batch",
        R"({"batch":[{"type":"track","userId":"b","event":"Three","messageId":"b-1"},)"
        R"({"type":"track","userId":"b","event":"Four","messageId":"b-2"},)"
        R"({"type":"track","userId":"b","messageId":"b-3"}]})");
    QVERIFY2(bad, qPrintable(m_error));
    QCOMPARE(bad->status, 400);
    QVERIFY(bad->json().value(QLatin1String("message")).toString().contains(QLatin1String("batch[2].event")));
    const auto after = post("/v1/track", R"({"userId":"g","event":"Five","messageId":"g-3"})");
    QVERIFY2(after, qPrintable(m_error));
    QCOMPARE(after->status, 200);

    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), 3);
    QCOMPARE(text(events.messageId(0)), QStringLiteral("g-1"));
    QCOMPARE(text(events.messageId(1)), QStringLiteral("g-2"));
    QCOMPARE(text(events.messageId(2)), QStringLiteral("g-3"));
    QCOMPARE(events.id(1), events.id(0) + 1);
    QCOMPARE(events.id(2), events.id(1) + 1); // the rejected batch took no ids

    const auto requests = committedRequests();
    QCOMPARE(requests.size(), size_t(3));
    QCOMPARE(requests[0].second, 200);
    QCOMPARE(requests[1].second, 400);
    QCOMPARE(requests[2].second, 200);
    const auto rejected = storedRequest(requests[1].first);
    QVERIFY(rejected);
    QCOMPARE(rejected->eventCount, 0);
    QVERIFY(rejected->error.contains(QLatin1String("batch[2].event")));
    QVERIFY(rejected->body.contains("\"b-2\""));
    QCOMPARE(storedRequest(requests[2].first)->firstEventId, events.id(2));
    QCOMPARE(events.requestId(2), requests[2].first);
    QCOMPARE(events.requestId(0), requests[0].first);
}

void TestCollector::corsPreflight_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("/v1/batch") << QByteArray("/v1/batch");
    QTest::newRow("/v1/t") << QByteArray("/v1/t");
    QTest::newRow("/v1/track") << QByteArray("/v1/track");
}

void TestCollector::corsPreflight()
{
    QFETCH(QByteArray, path);
    const HeaderList headers { { "Origin", "https://shop.example.com" }, { "Access-Control-Request-Method", "POST" },
        { "Access-Control-Request-Headers", "content-type,authorization" } };
    const auto reply = request(HttpRequest { "OPTIONS", path, headers, {} });
    QVERIFY2(reply, qPrintable(m_error));
    QCOMPARE(reply->status, 204);
    QVERIFY(reply->body.isEmpty());
    QCOMPARE(reply->header("Access-Control-Allow-Origin"), QByteArray("*"));
    QVERIFY(reply->header("Access-Control-Allow-Methods").contains("POST"));
    const QByteArray allowed = reply->header("Access-Control-Allow-Headers").toLower();
    for (const char* header : { "content-type", "content-encoding", "authorization" })
        QVERIFY2(allowed.contains(header), allowed.constData());
    QVERIFY(reply->header("Access-Control-Max-Age").toInt() > 0);

    // A preflight is not an event and not a request worth keeping.
    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), 0);
    QVERIFY(committedRequests().empty());

    // The real request that follows is answered with the CORS header too.
    const auto post = this->post(path,
        path.endsWith("batch") ? QByteArray(R"({"batch":[{"type":"track","userId":"c","event":"Cors"}]})")
                               : QByteArray(R"({"userId":"c","event":"Cors"})"),
        { { "Content-Type", "text/plain" }, { "Origin", "https://shop.example.com" } });
    QVERIFY2(post, qPrintable(m_error));
    QCOMPARE(post->status, 200);
    QCOMPARE(post->header("Access-Control-Allow-Origin"), QByteArray("*"));
}

void TestCollector::providerPrefixes_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("source");

    QTest::newRow("/segment/v1/track") << QByteArray("/segment/v1/track")
                                       << QByteArray(R"({"userId":"u","event":"Prefixed"})") << QByteArray("segment");
    QTest::newRow("/rudderstack/v1/batch")
        << QByteArray("/rudderstack/v1/batch")
        << QByteArray(R"({"batch":[{"type":"track","userId":"u","event":"Prefixed","context":{"library":{"name":"@rudderstack/rudder-sdk-node"}}}]})")
        << QByteArray("rudderstack");
}

void TestCollector::providerPrefixes()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, source);
    const auto reply = post(path, body);
    QVERIFY2(reply, qPrintable(m_error));
    QCOMPARE(reply->status, 200);
    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.name(0), QByteArrayView("Prefixed"));
    QCOMPARE(eventSourceName(events.source(0)), QByteArrayView(source));
    // The request is kept as it was asked for, prefix included.
    const auto stored = storedRequest(events.requestId(0));
    QVERIFY(stored);
    QCOMPARE(stored->path, QString::fromLatin1(path));
}

void TestCollector::rootDescribesEndpoints()
{
    const auto reply = request(HttpRequest { "GET", "/", {}, {} });
    QVERIFY2(reply, qPrintable(m_error));
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->header("Content-Type"), jsonType);
    const QJsonObject info = reply->json();
    QCOMPARE(info.value(QLatin1String("name")).toString(), QStringLiteral("Journey Connector collector"));
    QVERIFY(!info.value(QLatin1String("version")).toString().isEmpty());
    const QJsonArray endpoints = info.value(QLatin1String("endpoints")).toArray();
    for (const char* path :
        { "/v1/track", "/v1/identify", "/v1/page", "/v1/screen", "/v1/group", "/v1/alias", "/v1/batch", "/v1/import" })
        QVERIFY2(endpoints.contains(QJsonValue(QLatin1String(path))), path);
    const QJsonObject providers = info.value(QLatin1String("providers")).toObject();
    for (const char* provider : { "segment", "mixpanel", "amplitude", "posthog", "ga4", "heap" })
        QVERIFY2(!providers.value(QLatin1String(provider)).toArray().isEmpty(), provider);
    QVERIFY(providers.value(QLatin1String("mixpanel")).toArray().contains(QJsonValue(QLatin1String("/track"))));
    QVERIFY(info.value(QLatin1String("api")).toArray().contains(QJsonValue(QLatin1String("GET /journey/wait"))));
    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), 0);
}

void TestCollector::keepAlive_data()
{
    QTest::addColumn<bool>("journal");
    // With the journal, accepted requests are answered at once; without it, only once committed, while
    // rejected ones could be answered at once: either way answers must keep the order of the requests.
    QTest::newRow("journal") << true;
    QTest::newRow("no journal: answer after commit") << false;
}

void TestCollector::keepAlive()
{
    QFETCH(bool, journal);
    CollectorConfig config;
    config.port = 0;
    startCollector(config, journal);
    if (QTest::currentTestFailed())
        return;

    HttpTestClient client(m_collector->port());
    QString error;
    QVERIFY2(client.connectToServer(&error), qPrintable(error));

    // One after the other on one connection.
    for (int i = 1; i <= 3; ++i) {
        const auto reply = client.exchange(HttpRequest { "POST", "/v1/track", jsonHeaders(),
                                               QByteArray(R"({"userId":"ka","event":"Sequential","messageId":"seq-)"
                                                   + QByteArray::number(i) + "\"}") },
            &error);
        QVERIFY2(reply, qPrintable(error));
        QCOMPARE(reply->status, 200);
        QVERIFY(client.isConnected());
    }

    // Pipelined: all written at once, answers must come back in request order.
    const QList<HttpRequest> requests {
        { "POST", "/v1/track", jsonHeaders(), R"({"userId":"ka","event":"P1","messageId":"pipe-1"})" },
        { "POST", "/v1/track", jsonHeaders(), R"({"userId":"ka"})" },
        { "POST", "/v1/batch", jsonHeaders(),
            R"({"batch":[{"type":"track","userId":"ka","event":"P2","messageId":"pipe-2"},{"type":"identify","userId":"ka","messageId":"pipe-3"}]})" },
        { "GET", "/v1/track", {}, {} },
        { "OPTIONS", "/v1/batch", {}, {} },
        { "POST", "/v1/nowhere", jsonHeaders(), "{}" },
        { "POST", "/v1/b", { { "Content-Encoding", "gzip" } },
            GzipCodec::compress(R"({"batch":[{"type":"page","userId":"ka","name":"P3","messageId":"pipe-4"}]})") },
        { "POST", "/v1/identify", jsonHeaders(), R"({"userId":"ka","messageId":"pipe-5"})" },
    };
    const int expected[] = { 200, 400, 200, 405, 204, 404, 200, 200 };
    QByteArray all;
    for (const HttpRequest& request : requests)
        all += request.toBytes();
    QVERIFY2(client.write(all, &error), qPrintable(error));
    for (int i = 0; i < requests.size(); ++i) {
        const auto reply = client.read(&error);
        QVERIFY2(reply, qPrintable(QStringLiteral("reply %1: %2").arg(i).arg(error)));
        QVERIFY2(reply->status == expected[i],
            qPrintable(QStringLiteral("reply %1: %2 instead of %3: %4")
                           .arg(i)
                           .arg(reply->status)
                           .arg(expected[i])
                           .arg(QString::fromUtf8(reply->body))));
        if (expected[i] == 400)
            QVERIFY(reply->json().value(QLatin1String("message")).toString().contains(QLatin1String("event")));
    }
    QVERIFY(client.isConnected());
    QVERIFY2(client.unreadBytes().isEmpty(), client.unreadBytes().constData());

    EventBatch events;
    QVERIFY(readStore(events));
    const QStringList expectedIds { QStringLiteral("seq-1"), QStringLiteral("seq-2"), QStringLiteral("seq-3"),
        QStringLiteral("pipe-1"), QStringLiteral("pipe-2"), QStringLiteral("pipe-3"), QStringLiteral("pipe-4"),
        QStringLiteral("pipe-5") };
    QStringList ids;
    for (int i = 0; i < events.size(); ++i)
        ids.append(text(events.messageId(i)));
    QCOMPARE(ids, expectedIds);
}

void TestCollector::committedReportsIds()
{
    const auto first = post("/v1/batch",
        R"({"batch":[{"type":"track","userId":"r","event":"A","messageId":"r-1"},)"
        R"({"type":"track","userId":"r","event":"B","messageId":"r-2"},)"
        R"({"type":"identify","userId":"r","messageId":"r-3"}]})");
    QVERIFY2(first, qPrintable(m_error));
    QCOMPARE(first->status, 200);
    const auto rejected = post("/v1/track", R"({"userId":"r"})");
    QVERIFY2(rejected, qPrintable(m_error));
    QCOMPARE(rejected->status, 400);
    const auto second = post("/v1/page", R"({"anonymousId":"r-anon","name":"Home","messageId":"r-4"})");
    QVERIFY2(second, qPrintable(m_error));
    QCOMPARE(second->status, 200);

    // The live stream learns of the events from the recorder's reports, with their store ids.
    QTRY_COMPARE_WITH_TIMEOUT(reportedEvents(), 4, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(committedRequests().size(), size_t(3), 10000);
    EventBatch reported;
    std::vector<qint64> acceptedRequestIds;
    for (const CommitReportPtr& report : m_reports) {
        QCOMPARE(report->requestIds.size(), report->tickets.size());
        QCOMPARE(report->statuses.size(), report->tickets.size());
        for (size_t i = 0; i < report->tickets.size(); ++i) {
            QVERIFY(report->tickets[i] > 0);
            if (i)
                QVERIFY(report->tickets[i] > report->tickets[i - 1]);
            if (report->statuses[i] == 200)
                acceptedRequestIds.push_back(report->requestIds[i]);
        }
        reported.appendAll(report->events);
    }
    QCOMPARE(acceptedRequestIds.size(), size_t(2));
    for (int i = 0; i < reported.size(); ++i) {
        QVERIFY(reported.id(i) > 0);
        if (i)
            QVERIFY(reported.id(i) > reported.id(i - 1));
        QCOMPARE(text(reported.messageId(i)), QStringLiteral("r-%1").arg(i + 1));
        QCOMPARE(reported.requestId(i), acceptedRequestIds[i < 3 ? 0 : 1]);
        QVERIFY(reported.hasPayloads());
    }

    EventBatch stored;
    QVERIFY(readStore(stored));
    QCOMPARE(stored.size(), reported.size());
    for (int i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored.id(i), reported.id(i));
        QCOMPARE(stored.messageId(i), reported.messageId(i));
        QCOMPARE(stored.requestId(i), reported.requestId(i));
        QCOMPARE(stored.payload(i), reported.payload(i));
    }
    // readPage gives the newest first page in ascending order: the same events.
    StoreReader reader(m_storePath);
    QString error;
    QVERIFY(reader.open(true, &error));
    EventBatch page;
    bool exhausted = false;
    QVERIFY2(reader.readPage(EventFilter(), 0, 2, page, &exhausted, &error), qPrintable(error));
    QCOMPARE(page.size(), 2);
    QVERIFY(!exhausted);
    QCOMPARE(page.id(0), reported.id(2));
    QCOMPARE(page.id(1), reported.id(3));
}

void TestCollector::stopAnswersEverythingReceived()
{
    // Without the journal a reply waits for the commit: stop() must still answer every request it received.
    CollectorConfig config;
    config.port = 0;
    startCollector(config, false);
    if (QTest::currentTestFailed())
        return;

    HttpTestClient client(m_collector->port());
    QString error;
    QVERIFY2(client.connectToServer(&error), qPrintable(error));
    constexpr int count = 20;
    QByteArray all;
    for (int i = 0; i < count; ++i) {
        all += HttpRequest { "POST", "/v1/track", jsonHeaders(),
            QByteArray(R"({"userId":"stop","event":"Before stop","messageId":"stop-)" + QByteArray::number(i) + "\"}") }
                   .toBytes();
    }
    QVERIFY2(client.write(all, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_collector->stats().requests, qint64(count), 10000);
    QSignalSpy stopped(m_collector.get(), &Collector::stopped);
    m_collector->stop();
    QCOMPARE(stopped.count(), 1);
    QVERIFY(!m_collector->isListening());
    for (int i = 0; i < count; ++i) {
        const auto reply = client.read(&error);
        QVERIFY2(reply, qPrintable(QStringLiteral("reply %1: %2").arg(i).arg(error)));
        QCOMPARE(reply->status, 200);
    }
    EventBatch events;
    QVERIFY(readStore(events));
    QCOMPARE(events.size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(text(events.messageId(i)), QStringLiteral("stop-%1").arg(i));

    // Stopped means closed to new connections.
    HttpTestClient late(m_collector->url().port());
    QVERIFY(!late.connectToServer(&error, 2000));
}

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Conformance with the official Segment Node SDK: @segment/analytics-node (exact version pinned in
// package.json / package-lock.json, installed with `npm ci`) sends identify/track/page/screen/group/alias
// through its public API to the collector running in this process; the test then checks what was stored,
// field by field, and the raw request as the SDK sent it.

#include "collector/collector.h"
#include "config/collectorconfig.h"
#include "core/timestamp.h"
#include "store/eventfilter.h"
#include "store/eventrecorder.h"
#include "store/storereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <map>

using namespace Journey;

namespace {

const QByteArray writeKey = "wk_conformance_0123456789abcdef";
const QRegularExpression canonicalTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));

QString conformanceDir()
{
    return QString::fromUtf8(JOURNEY_CONFORMANCE_DIR);
}

QJsonObject objectFrom(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>>& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

class TestSegmentNodeSdk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sdkEventsAreStoredCanonically();

private:
    QString m_node;
};

void TestSegmentNodeSdk::initTestCase()
{
    const QString package = conformanceDir() + QStringLiteral("/node_modules/@segment/analytics-node/package.json");
    if (!QFileInfo::exists(package))
        QSKIP(qPrintable(QStringLiteral("the pinned Segment SDK is not installed: run `npm ci` in %1 "
                                        "(scripts/test.sh does this before ctest)")
                             .arg(QDir::toNativeSeparators(conformanceDir()))));
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(), "node_modules is installed but there is no `node` on PATH to run the SDK");

    // The installed SDK is the pinned one.
    QFile file(package);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject installed = QJsonDocument::fromJson(file.readAll()).object();
    QFile manifestFile(conformanceDir() + QStringLiteral("/package.json"));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    const QString pinned = manifest.value(QLatin1String("dependencies"))
                               .toObject()
                               .value(QLatin1String("@segment/analytics-node"))
                               .toString();
    QCOMPARE(installed.value(QLatin1String("version")).toString(), pinned);
}

void TestSegmentNodeSdk::sdkEventsAreStoredCanonically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString storePath = dir.filePath(QStringLiteral("journey.db"));
    EventRecorder recorder(storePath);
    QString error;
    QVERIFY2(recorder.start(&error), qPrintable(error));
    Collector collector(&recorder);
    CollectorConfig config;
    config.port = 0;
    config.writeKeys = { writeKey }; // the SDK's own way of sending the key must be accepted
    QVERIFY2(collector.startAndWait(config, &error), qPrintable(error));

    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    const qint64 before = Timestamp::nowMs();
    QProcess node;
    node.setWorkingDirectory(conformanceDir());
    node.start(
        m_node, { QStringLiteral("segment-node.mjs"), collector.url().toString(), runId, QString::fromUtf8(writeKey) });
    QVERIFY2(node.waitForStarted(10000), qPrintable(node.errorString()));
    QVERIFY2(node.waitForFinished(90000), "the SDK run did not finish");
    const qint64 after = Timestamp::nowMs();
    const QByteArray nodeOut = node.readAllStandardOutput();
    const QByteArray nodeErr = node.readAllStandardError();
    QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
        QByteArray("exit " + QByteArray::number(node.exitCode()) + "\n" + nodeOut + nodeErr).constData());
    QVERIFY2(nodeOut.isEmpty() && nodeErr.isEmpty(), QByteArray(nodeOut + nodeErr).constData());

    recorder.waitForCommitted();
    const CollectorStats stats = collector.stats();
    QCOMPARE(stats.rejectedRequests, 0);
    QCOMPARE(stats.events, 6);

    StoreReader reader(storePath);
    QVERIFY2(reader.open(true, &error), qPrintable(error));
    EventBatch events;
    QVERIFY2(reader.scan(
                 EventFilter(), true,
                 [&events](const EventBatch& batch) {
                     events.appendAll(batch);
                     return true;
                 },
                 &error),
        qPrintable(error));
    QCOMPARE(events.size(), 6);

    const QString userId = QStringLiteral("user-") + runId;
    const QString anonymousId = QStringLiteral("anon-") + runId;
    std::map<EventType, int> byType;
    QSet<QString> messageIds;
    QSet<qint64> requestIds;
    for (int i = 0; i < events.size(); ++i) {
        QVERIFY2(byType.emplace(events.type(i), i).second, "one event of each type");
        const QJsonObject message = QJsonDocument::fromJson(events.payload(i).toByteArray()).object();
        QCOMPARE(message.value(QLatin1String("type")).toString(), text(eventTypeName(events.type(i))));
        QCOMPARE(events.source(i), EventSource::Segment);

        const QString messageId = message.value(QLatin1String("messageId")).toString();
        QVERIFY2(messageId.startsWith(QLatin1String("node-next-")), qPrintable(messageId));
        QCOMPARE(text(events.messageId(i)), messageId);
        messageIds.insert(messageId);

        const QString timestamp = message.value(QLatin1String("timestamp")).toString();
        const QString receivedAt = message.value(QLatin1String("receivedAt")).toString();
        QVERIFY2(canonicalTime.match(timestamp).hasMatch(), qPrintable(timestamp));
        QVERIFY2(canonicalTime.match(receivedAt).hasMatch(), qPrintable(receivedAt));
        QCOMPARE(Timestamp::toIso8601String(events.timestamp(i)), timestamp);
        QVERIFY(events.receivedAt(i) >= before && events.receivedAt(i) <= after);
        if (events.type(i) != EventType::Page) {
            // The SDK stamps each call when it is made: during the run (1 s slack for clocks read apart).
            QVERIFY2(
                events.timestamp(i) >= before - 1000 && events.timestamp(i) <= after + 1000, qPrintable(timestamp));
        }
        const QString sentAt = message.value(QLatin1String("sentAt")).toString();
        QVERIFY2(canonicalTime.match(sentAt).hasMatch(), qPrintable(sentAt)); // the batch's sentAt, on each event

        const QJsonObject library
            = message.value(QLatin1String("context")).toObject().value(QLatin1String("library")).toObject();
        QCOMPARE(library.value(QLatin1String("name")).toString(), QStringLiteral("@segment/analytics-node"));
        QCOMPARE(library.value(QLatin1String("version")).toString(), QStringLiteral("3.1.0"));
        QVERIFY(!message.contains(QLatin1String("writeKey")));
        QVERIFY(!events.payload(i).contains(writeKey));
        QVERIFY(events.requestId(i) > 0);
        requestIds.insert(events.requestId(i));
    }
    QCOMPARE(messageIds.size(), 6);
    for (EventType type : { EventType::Identify, EventType::Track, EventType::Page, EventType::Screen, EventType::Group,
             EventType::Alias })
        QVERIFY2(byType.count(type), eventTypeName(type).toByteArray().constData());
    const auto message
        = [&](EventType type) { return QJsonDocument::fromJson(events.payload(byType[type]).toByteArray()).object(); };
    const auto payload = [&](EventType type) { return events.payload(byType[type]).toByteArray(); };

    // identify
    const int identify = byType[EventType::Identify];
    QCOMPARE(text(events.userId(identify)), userId);
    QCOMPARE(text(events.anonymousId(identify)), anonymousId);
    QCOMPARE(message(EventType::Identify).value(QLatin1String("traits")).toObject(),
        objectFrom(
            R"({"email":"ada@example.com","name":"Ada Lovelace","plan":"pro","logins":42,"address":{"city":"London","postalCode":"NW1"}})"));

    // track: revenue numbers exact, nested objects and arrays as sent, integrations kept
    const int track = byType[EventType::Track];
    QCOMPARE(text(events.userId(track)), userId);
    QVERIFY(events.anonymousId(track).isEmpty());
    QCOMPARE(text(events.name(track)), QStringLiteral("Order Completed"));
    const QJsonObject trackMessage = message(EventType::Track);
    QCOMPARE(trackMessage.value(QLatin1String("event")).toString(), QStringLiteral("Order Completed"));
    const QJsonObject properties = trackMessage.value(QLatin1String("properties")).toObject();
    QCOMPARE(properties.value(QLatin1String("order_id")).toString(), QStringLiteral("order-") + runId);
    QCOMPARE(properties.value(QLatin1String("revenue")).toDouble(), 25.99);
    QCOMPARE(properties.value(QLatin1String("total")).toDouble(), 1234567.89);
    QCOMPARE(properties.value(QLatin1String("tax")).toDouble(), 0.1);
    QCOMPARE(properties.value(QLatin1String("discount")), QJsonValue(0));
    QCOMPARE(properties.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(properties.value(QLatin1String("gift")), QJsonValue(false));
    // The numbers are kept as the SDK wrote them, not re-printed through a double.
    for (const char* spelling : { "\"revenue\":25.99", "\"total\":1234567.89", "\"tax\":0.1", "\"price\":19.99" })
        QVERIFY2(payload(EventType::Track).contains(spelling), spelling);
    QCOMPARE(properties.value(QLatin1String("products")).toArray(),
        QJsonDocument::fromJson(
            R"([{"product_id":"p-1","sku":"SKU-1","name":"Difference Engine","price":19.99,"quantity":1},)"
            R"({"product_id":"p-2","sku":"SKU-2","name":"Punch cards","price":3,"quantity":2,"tags":["paper","bulk"]}])")
            .array());
    QCOMPARE(properties.value(QLatin1String("shipping")).toObject(),
        objectFrom(R"({"method":"post","address":{"city":"London","lines":["12 Baker St",null]}})"));
    QCOMPARE(trackMessage.value(QLatin1String("integrations")).toObject(),
        objectFrom(R"({"All":false,"Mixpanel":true,"Google Analytics":{"clientId":"ga-123"}})"));
    const QJsonObject trackContext = trackMessage.value(QLatin1String("context")).toObject();
    QCOMPARE(trackContext.value(QLatin1String("campaign")).toObject(),
        objectFrom(R"({"name":"spring","source":"newsletter","medium":"email"})"));
    QCOMPARE(trackContext.value(QLatin1String("ip")).toString(), QStringLiteral("203.0.113.7"));

    // page: anonymous, with an explicit timestamp
    const int page = byType[EventType::Page];
    QVERIFY(events.userId(page).isEmpty());
    QCOMPARE(text(events.anonymousId(page)), anonymousId);
    QCOMPARE(text(events.name(page)), QStringLiteral("Pricing"));
    const QJsonObject pageMessage = message(EventType::Page);
    QCOMPARE(pageMessage.value(QLatin1String("name")).toString(), QStringLiteral("Pricing"));
    QCOMPARE(pageMessage.value(QLatin1String("category")).toString(), QStringLiteral("Docs"));
    QCOMPARE(pageMessage.value(QLatin1String("timestamp")).toString(), QStringLiteral("2024-01-15T10:30:00.123Z"));
    QCOMPARE(events.timestamp(page), *Timestamp::parseIso8601("2024-01-15T10:30:00.123Z"));
    const QJsonObject pageProperties = pageMessage.value(QLatin1String("properties")).toObject();
    QCOMPARE(pageProperties.value(QLatin1String("url")).toString(), QStringLiteral("https://example.com/pricing"));
    QCOMPARE(pageProperties.value(QLatin1String("path")).toString(), QStringLiteral("/pricing"));
    QCOMPARE(pageProperties.value(QLatin1String("title")).toString(), QStringLiteral("Pricing"));
    QCOMPARE(pageProperties.value(QLatin1String("referrer")).toString(), QString());

    // screen
    const int screen = byType[EventType::Screen];
    QCOMPARE(text(events.userId(screen)), userId);
    QCOMPARE(text(events.name(screen)), QStringLiteral("Checkout"));
    const QJsonObject screenProperties = message(EventType::Screen).value(QLatin1String("properties")).toObject();
    QCOMPARE(screenProperties.value(QLatin1String("step")), QJsonValue(2));
    QCOMPARE(screenProperties.value(QLatin1String("variant")).toString(), QStringLiteral("B"));

    // group
    const int group = byType[EventType::Group];
    QCOMPARE(text(events.userId(group)), userId);
    QCOMPARE(text(events.groupId(group)), QStringLiteral("group-") + runId);
    QCOMPARE(message(EventType::Group).value(QLatin1String("groupId")).toString(), QStringLiteral("group-") + runId);
    QCOMPARE(message(EventType::Group).value(QLatin1String("traits")).toObject(),
        objectFrom(R"({"name":"Analytical Engines Ltd","employees":12,"industry":"Computing"})"));

    // alias
    const int alias = byType[EventType::Alias];
    QCOMPARE(text(events.userId(alias)), userId);
    QCOMPARE(text(events.previousId(alias)), anonymousId);
    QCOMPARE(message(EventType::Alias).value(QLatin1String("previousId")).toString(), anonymousId);

    // The raw requests, as the SDK sent them: POST /v1/batch, JSON, Basic auth, first attempt.
    QVERIFY(!requestIds.isEmpty());
    int eventsInRequests = 0;
    for (qint64 requestId : std::as_const(requestIds)) {
        const auto request = reader.request(requestId, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->method, QStringLiteral("POST"));
        QCOMPARE(request->path, QStringLiteral("/v1/batch"));
        QCOMPARE(request->status, 200);
        QVERIFY(request->error.isEmpty());
        QCOMPARE(request->contentType, QByteArray("application/json"));
        QCOMPARE(headerValue(request->headers, "user-agent"), QByteArray("analytics-node-next/latest"));
        QVERIFY2(headerValue(request->headers, "x-retry-count").isEmpty(), request->headerText().constData());
        const QByteArray authorization = headerValue(request->headers, "authorization");
        QVERIFY2(authorization.startsWith("Basic "), request->headerText().constData());
        QVERIFY2(authorization.contains("\xE2\x80\xA2"), authorization.constData()); // masked
        QVERIFY(!request->headerText().contains(writeKey));
        QVERIFY(!request->headerText().contains(QByteArray(writeKey + ':').toBase64()));
        QVERIFY(!request->body.contains(writeKey));
        QVERIFY2(request->body.contains("\"writeKey\""), request->body.left(300).constData()); // masked, not dropped
        const QJsonObject body = QJsonDocument::fromJson(request->body).object();
        QVERIFY(body.value(QLatin1String("batch")).isArray());
        QVERIFY(body.contains(QLatin1String("sentAt")));
        QCOMPARE(body.value(QLatin1String("batch")).toArray().size(), request->eventCount);
        eventsInRequests += request->eventCount;
    }
    QCOMPARE(eventsInRequests, 6);

    collector.stop();
    recorder.stop();
}

QTEST_GUILESS_MAIN(TestSegmentNodeSdk)
#include "tst_segmentnodesdk.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// The round trip: what the SDKs sent (the recordings in tests/data) goes to a real collector with a real store;
// a capture is made of what it stored (events with their requests, plus events that came without one); that
// capture replayed unmodified (--keep-ids, timestamps kept) to a second collector stores the same canonical
// events, byte for byte apart from receivedAt.

#include "collectorfixture.h"
#include "httptestclient.h"
#include "replaytestutil.h"

#include "capture/capturedrequest.h"
#include "config/journeyconfig.h"
#include "core/gzipcodec.h"
#include "replay/httpreplaysink.h"
#include "replay/jsonvaluepatcher.h"
#include "replay/replayer.h"
#include "replay/replayplanner.h"
#include "replay/systemreplayclock.h"
#include "store/storedrequest.h"
#include "store/storereader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Journey;
using namespace JourneyTest;

namespace {

QByteArray readData(const QString& name)
{
    QFile file(QStringLiteral(JOURNEY_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll().trimmed();
}

/// A messageId the collector made up because the wire format has no dedup id (GA4, Heap without an
/// idempotency key): each pass makes a new one.
bool madeUp(QByteArrayView messageId)
{
    return messageId.startsWith("journey-");
}

/*!
 * Whether the collector derived the event's timestamp from the arrival time: the sender gave none (timestamp ==
 * receivedAt), or gave originalTimestamp and sentAt and the time was corrected for the clock skew
 * (receivedAt − (sentAt − originalTimestamp)). A replay arrives later, so such a timestamp follows its arrival.
 */
bool arrivalDerived(const EventBatch& events, int i)
{
    const qint64 timestamp = events.timestamp(i);
    const qint64 receivedAt = events.receivedAt(i);
    if (timestamp == receivedAt)
        return true;
    const QJsonObject message = QJsonDocument::fromJson(events.payload(i).toByteArray()).object();
    const auto sentAt = Timestamp::parseIso8601(message.value(QLatin1String("sentAt")).toString().toUtf8());
    const auto original
        = Timestamp::parseIso8601(message.value(QLatin1String("originalTimestamp")).toString().toUtf8());
    return sentAt && original && timestamp == receivedAt - (*sentAt - *original);
}

/// A canonical message with its receivedAt blanked (the one thing a replay cannot keep), its messageId when
/// the collector made it up, and its timestamp when the collector derived it from receivedAt.
QByteArray withoutReceivedAt(QByteArrayView payload, bool blankTimestamp)
{
    QByteArray out;
    JsonValuePatcher::patch(
        payload,
        [blankTimestamp](const JsonValuePatcher::Member& member, QByteArray& replacement) {
            if (member.kind == JsonValuePatcher::Kind::Object || member.kind == JsonValuePatcher::Kind::Array)
                return JsonValuePatcher::Action::Skip;
            if (member.key == "receivedAt"
                || (member.key == "messageId" && madeUp(JsonValuePatcher::stringValue(member.raw)))
                || (blankTimestamp && member.key == "timestamp")) {
                replacement = "\"-\"";
                return JsonValuePatcher::Action::Replace;
            }
            return JsonValuePatcher::Action::Keep;
        },
        out);
    return out;
}

struct Stored
{
    QByteArray payload;
    EventSource source = EventSource::Unknown;
    qint64 timestamp = 0;
    QByteArray messageId;
    bool operator<(const Stored& other) const { return payload < other.payload; }
    bool operator==(const Stored& other) const
    {
        return payload == other.payload && source == other.source && timestamp == other.timestamp
            && messageId == other.messageId;
    }
};

QList<Stored> describe(const EventBatch& events, int first = 0, int count = -1)
{
    QList<Stored> out;
    const int end = count < 0 ? events.size() : first + count;
    for (int i = first; i < end; ++i) {
        const bool derived = arrivalDerived(events, i);
        out.append(
            { withoutReceivedAt(events.payload(i), derived), events.source(i), derived ? -1 : events.timestamp(i),
                madeUp(events.messageId(i)) ? QByteArray("-") : events.messageId(i).toByteArray() });
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestReplayRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void unmodifiedReplayToTheCollectorStoresTheSameEvents();
};

void TestReplayRoundTrip::unmodifiedReplayToTheCollectorStoresTheSameEvents()
{
    CollectorFixture original;
    QString error;
    QVERIFY2(original.start(CollectorConfig(), &error), qPrintable(error));

    // What the SDKs sent, each request as they send it.
    const HeaderList jsonType { { "Content-Type", "application/json" } };
    const HeaderList form { { "Content-Type", "application/x-www-form-urlencoded" } };
    struct Sent
    {
        const char* what;
        QByteArray method;
        QByteArray path;
        HeaderList headers;
        QByteArray body;
    };
    const QByteArray mixpanelGet = readData(QStringLiteral("collector/mixpanel/node-0.24.0-track-get.txt"));
    QByteArray heap = readData(QStringLiteral("collector/heap/node-1.0.1-track.json"));
    heap.replace("\"event\"", "\"timestamp\":\"2025-08-05T12:00:00.000Z\",\"event\""); // Heap's optional time
    const QList<Sent> requests {
        { "segment batch (analytics-node)", "POST", "/v1/batch",
            { { "Content-Type", "application/json" }, { "Authorization", "Basic d2tfcmVwbGF5X3Rlc3Q6" } },
            readData(QStringLiteral("segment/analytics-node-batch.json")) },
        { "mixpanel-node form, base64", "POST", "/track?ip=0&verbose=1", form,
            readData(QStringLiteral("collector/mixpanel/node-0.24.0-track-batch-form.txt")) },
        { "mixpanel-js form, urlencoded JSON", "POST", "/mixpanel/track/?verbose=1&ip=1", form,
            readData(QStringLiteral("collector/mixpanel/js-2.55.0-batch-json-form.txt")) },
        { "mixpanel-node GET", "GET", "/track?" + mixpanelGet, {}, {} },
        { "amplitude-node", "POST", "/2/httpapi", jsonType,
            readData(QStringLiteral("collector/amplitude/node-1.5.0-flush.json")) },
        { "posthog-node batch", "POST", "/batch/", jsonType,
            readData(QStringLiteral("collector/posthog/node-5.70-batch.json")) },
        { "posthog-js gzip-js", "POST", "/e/?ip=0&ver=1.200.0&compression=gzip-js",
            { { "Content-Type", "text/plain" } },
            GzipCodec::compress(readData(QStringLiteral("collector/posthog/js-1.x-batch.json"))) },
        { "ga4 measurement protocol", "POST", "/mp/collect?measurement_id=G-ROUNDTRIP&api_secret=ga4secretvalue1234",
            jsonType, readData(QStringLiteral("collector/ga4/mp-web.json")) },
        { "heap track", "POST", "/api/track", jsonType, heap },
    };
    for (const Sent& sent : requests) {
        const auto reply = original.request(sent.method, sent.path, sent.body, sent.headers);
        QVERIFY2(reply, qPrintable(original.lastError()));
        QVERIFY2(reply->status >= 200 && reply->status < 300,
            qPrintable(QStringLiteral("%1: HTTP %2 %3")
                           .arg(QLatin1String(sent.what))
                           .arg(reply->status)
                           .arg(QString::fromUtf8(reply->body))));
    }

    // The capture: every stored event with the request that carried it, then events with none.
    EventBatch stored;
    QVERIFY(original.readStore(stored));
    QVERIFY(stored.size() > 20);
    StoreReader reader(original.storePath());
    QVERIFY(reader.open(true, &error));
    Capture capture;
    QSet<EventSource> formats;
    for (int i = 0; i < stored.size();) {
        const qint64 requestId = stored.requestId(i);
        int count = 1;
        while (i + count < stored.size() && stored.requestId(i + count) == requestId)
            ++count;
        const std::optional<StoredRequest> request = reader.request(requestId, &error);
        QVERIFY2(request, qPrintable(error));
        formats.insert(request->source);
        capture.addRequest(CapturedRequest::fromStored(*request), stored, i, count);
        QVERIFY(capture.isComplete(capture.requestCount() - 1));
        i += count;
    }
    QCOMPARE(capture.requestCount(), requests.size());
    // Nearly every time came from the senders; what the collector derived from the arrival is the exception.
    int derived = 0;
    for (int i = 0; i < stored.size(); ++i)
        derived += arrivalDerived(stored, i) ? 1 : 0;
    QVERIFY2(derived <= 2, qPrintable(QString::number(derived)));
    QCOMPARE(formats.size(), 6); // Segment, Mixpanel, Amplitude, PostHog, GA4, Heap
    const EventBatch loose = parseEvents({ trackAt(1717171717000, "Imported A", "u-9", "loose-1"),
        json("{'type':'page','name':'Pricing','anonymousId':'anon-9','messageId':'loose-2','timestamp':"
             "'2024-05-31T16:08:38.000Z','properties':{'path':'/pricing'},'context':{'page':{'path':'/pricing'}}}") });
    for (int i = 0; i < loose.size(); ++i)
        capture.addEvent(loose, i);

    // Replayed unmodified to a second collector, one that takes only its own write key (the capture's are masked).
    CollectorFixture replayed;
    JourneyConfig config;
    config.collector.writeKeys = { QByteArrayLiteral("wk_roundtrip_collector_0042") };
    QVERIFY2(replayed.start(config.collector, &error), qPrintable(error));
    ReplayOptions options;
    options.asFastAsPossible = true;
    options.regenerateIds = false;
    options.maxInFlight = 1;
    options.writeKey = config.collector.writeKeys.first();
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(replayed.port()));
    ReplayPlan plan;
    QVERIFY(ReplayPlanner(options, ReplayTarget::forCollector(url)).plan(capture, 0, plan, &error));
    QCOMPARE(plan.eventCount, capture.eventCount());
    QVERIFY(plan.skipped.isEmpty());
    for (const ReplayRequest& request : plan.requests)
        QVERIFY2(request.notes.isEmpty(), qPrintable(request.notes.join(QLatin1String("; "))));
    SystemReplayClock clock;
    HttpReplaySink sink(1, 10000);
    sink.setExtraHeaders(ReplayTarget::collectorHeaders(config));
    const QList<ReplayResult> results = Replayer(clock, sink).run(plan);
    for (const ReplayResult& result : results)
        QVERIFY2(result.delivered(), qPrintable(QStringLiteral("request %1: %2").arg(result.index).arg(result.error)));

    EventBatch again;
    QVERIFY(replayed.readStore(again));
    QCOMPARE(again.size(), capture.eventCount());
    // Events that came in requests keep their format (source); the ones without go in Segment's.
    QList<Stored> expected = describe(capture.events(), 0, stored.size());
    for (Stored event : describe(loose)) {
        event.source = EventSource::Segment;
        expected.append(event);
    }
    std::sort(expected.begin(), expected.end());
    const QList<Stored> actual = describe(again);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (!(actual[i] == expected[i]))
            qWarning().noquote() << "expected" << expected[i].payload << "\n     got" << actual[i].payload;
        QCOMPARE(actual[i].payload, expected[i].payload);
        QCOMPARE(int(actual[i].source), int(expected[i].source));
        QCOMPARE(actual[i].timestamp, expected[i].timestamp);
        QCOMPARE(actual[i].messageId, expected[i].messageId);
    }
}

QTEST_GUILESS_MAIN(TestReplayRoundTrip)
#include "tst_replayroundtrip.moc"

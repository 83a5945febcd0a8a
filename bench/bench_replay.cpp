// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Replay throughput (issue 7): events/s of `journeyctl replay --speed max` to a loopback sink, from planning
// (every message rewritten: new dedup ids) to the last answer, for a large capture: Segment batch requests of
// 100 events (replayed in their wire format) mixed with runs of events that have no request (replayed as
// Segment /v1/batch bodies within 500 KB). Counted at a lean HTTP sink on its own thread (loss and duplicates by
// each event's `seq`, fresh ids by the dedup id).
//
// Printed beside, in the same process and against the same sink:
//   - the transport ceiling: the same bytes as pre-built /v1/batch bodies posted with as many in flight by the
//     HTTP client replay uses for http:// (PlainHttpClient), i.e. everything but planning and bookkeeping;
//   - the same pre-built bodies through QNetworkAccessManager (what a replay built on it would reach: it waits
//     for the server's delayed ACK before each body);
//   - the official @segment/analytics-node SDK (bench/node/send-with-sdk.mjs, pinned in
//     tests/conformance/package.json) sending as many events of the same shape through its public API.
//
//   bench_replay [events=200000] [--parallel N] [--repeat R] [--no-sdk]

#include "capture/capture.h"
#include "common/processtuning.h"
#include "core/eventparser.h"
#include "core/timestamp.h"
#include "countingsink.h"
#include "replay/httpreplaysink.h"
#include "replay/plainhttpclient.h"
#include "replay/replayer.h"
#include "replay/replayplanner.h"
#include "replay/systemreplayclock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Journey;
using namespace Journey::Bench;

namespace {

constexpr qint64 t0 = 1754395200000; // 2025-08-05 12:00 UTC
constexpr int requestEvents = 100; // a captured Segment batch
constexpr int blockEvents = 400; // per block: three captured requests, then 100 events without one

// The events bench/node/send-with-sdk.mjs tracks: sessions of 10 events per user, 5 names, 8 properties, `seq`.
QByteArray messageAt(qint64 i)
{
    static const char* const names[]
        = { "Product Viewed", "Product Added", "Checkout Started", "Order Completed", "Coupon Applied" };
    QByteArray out;
    out.reserve(480);
    out += "{\"type\":\"track\",\"event\":\"";
    out += names[i % 5];
    out += "\",\"userId\":\"user-" + QByteArray::number((i / 10) % 20000) + "\",\"messageId\":\"bench-"
        + QByteArray::number(i) + "\",\"timestamp\":\"" + Timestamp::toIso8601(t0 + i * 50)
        + "\",\"properties\":{\"order_id\":\"o-" + QByteArray::number(i) + "\",\"product_id\":\"p-"
        + QByteArray::number(i % 500) + "\",\"category\":\"Games\",\"price\":"
        + QByteArray::number(19.99 + double(i % 50), 'f', 2) + ",\"quantity\":" + QByteArray::number(1 + i % 3)
        + ",\"currency\":\"USD\",\"coupon\":\"SPRING" + QByteArray::number(i % 10) + "\",\"seq\":"
        + QByteArray::number(i) + "},\"context\":{\"library\":{\"name\":\"analytics-node\",\"version\":\"2.1.0\"}}}";
    return out;
}

bool buildCapture(qint64 count, Capture& capture, int& wireRequests, QString* error)
{
    EventParser::Options options;
    options.source = EventSource::Segment;
    options.overrideReceivedAt = false;
    options.receivedAt = t0;
    EventParser parser(options);
    for (qint64 block = 0; block * blockEvents < count; ++block) {
        const qint64 first = block * blockEvents;
        const qint64 end = std::min(count, first + blockEvents);
        EventBatch events;
        QByteArrayList messages;
        for (qint64 i = first; i < end; ++i) {
            messages.append(messageAt(i));
            if (!parser.parseMessage(messages.last(), events)) {
                *error = parser.error().toString();
                return false;
            }
        }
        const int looseFrom = int(std::min<qint64>(end - first, blockEvents - requestEvents));
        for (int from = 0; from < looseFrom; from += requestEvents) {
            const int n = std::min(requestEvents, looseFrom - from);
            CapturedRequest request;
            request.source = EventSource::Segment;
            request.receivedAt = t0 + (first + from + n) * 50;
            request.path = QStringLiteral("/v1/batch");
            request.headers
                = { { "Content-Type", "application/json" }, { "User-Agent", "analytics-node-next/latest" } };
            request.body = "{\"batch\":[" + messages.mid(from, n).join(',') + "],\"sentAt\":\""
                + Timestamp::toIso8601(request.receivedAt) + "\"}";
            request.eventCount = n;
            capture.addRequest(request, events, from, n);
            ++wireRequests;
        }
        for (int i = looseFrom; i < events.size(); ++i)
            capture.addEvent(events, i);
    }
    return true;
}

struct Run
{
    QString name;
    double seconds = 0;
    double planSeconds = 0;
    qint64 requests = 0;
    qint64 failed = 0;
    SinkCounts sink;
    QString note;
};

double rate(const Run& run)
{
    return run.seconds > 0 ? double(run.sink.expected - run.sink.lost) / run.seconds : 0;
}

Run replay(CountingSink& sink, const Capture& capture, bool regenerateIds, int parallel)
{
    Run run;
    run.name = regenerateIds ? QStringLiteral("replay --speed max") : QStringLiteral("replay --speed max --keep-ids");
    sink.reset(capture.eventCount());
    QElapsedTimer timer;
    timer.start();
    ReplayOptions options;
    options.asFastAsPossible = true;
    options.regenerateIds = regenerateIds;
    options.maxInFlight = parallel;
    ReplayPlan plan;
    QString error;
    if (!ReplayPlanner(options, ReplayTarget::forUrl(sink.url())).plan(capture, Timestamp::nowMs(), plan, &error)) {
        run.note = error;
        return run;
    }
    run.planSeconds = double(timer.nsecsElapsed()) / 1e9;
    SystemReplayClock clock;
    HttpReplaySink http(parallel, 60000);
    const QList<ReplayResult> results = Replayer(clock, http).run(plan);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.requests = results.size();
    for (const ReplayResult& result : results)
        run.failed += result.delivered() ? 0 : 1;
    run.sink = sink.counts();
    return run;
}

/// \a bodies posted to the sink's /v1/batch, \a parallel in flight, through QNetworkAccessManager or PlainHttpClient.
Run postDirectly(CountingSink& sink, const QByteArrayList& bodies, qint64 events, int parallel, bool plain)
{
    Run run;
    run.name = plain ? QStringLiteral("transport ceiling: pre-built bodies, same client")
                     : QStringLiteral("pre-built bodies via QNetworkAccessManager");
    sink.reset(events);
    const QUrl url(sink.url().toString() + QStringLiteral("/v1/batch"));
    const HttpHeaders headers { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } };
    QNetworkAccessManager network;
    PlainHttpClient client;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QEventLoop loop;
    qsizetype next = 0;
    int inFlight = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> sendMore;
    const auto ended = [&](bool ok) {
        --inFlight;
        if (!ok)
            ++run.failed;
        sendMore();
        if (inFlight == 0 && next >= bodies.size())
            loop.quit();
    };
    sendMore = [&] {
        while (inFlight < parallel && next < bodies.size()) {
            ++inFlight;
            const QByteArray& body = bodies[next++];
            if (plain) {
                client.send(url, "POST", headers, body, 60000,
                    [&ended](const PlainHttpClient::Response& response) { ended(response.status / 100 == 2); });
                continue;
            }
            QNetworkReply* reply = network.post(request, body);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&ended, reply] {
                reply->deleteLater();
                ended(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2);
            });
        }
    };
    sendMore();
    if (inFlight > 0)
        loop.exec();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.requests = bodies.size();
    run.sink = sink.counts();
    return run;
}

Run analyticsNode(CountingSink& sink, qint64 events)
{
    Run run;
    run.name = QStringLiteral("@segment/analytics-node (tuned: flushAt 1000)");
    const QString modules = QStringLiteral(JOURNEY_SOURCE_DIR "/tests/conformance");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QFileInfo::exists(modules + QStringLiteral("/node_modules/@segment/analytics-node"))) {
        run.note = QStringLiteral("skipped: needs node and (cd tests/conformance && npm ci)");
        return run;
    }
    sink.reset(events);
    QProcess process;
    process.start(node,
        { QStringLiteral(JOURNEY_SOURCE_DIR "/bench/node/send-with-sdk.mjs"), QStringLiteral("segment"),
            sink.url().toString(), QString::number(events), QStringLiteral("--mode"), QStringLiteral("tuned"),
            QStringLiteral("--modules"), modules });
    if (!process.waitForFinished(600000)) {
        process.kill();
        process.waitForFinished();
        run.note = QStringLiteral("node did not finish");
        return run;
    }
    const QByteArray output = process.readAllStandardOutput().trimmed();
    const QJsonObject result = QJsonDocument::fromJson(output.mid(output.lastIndexOf('\n') + 1)).object();
    if (process.exitCode() != 0 || result.isEmpty()) {
        run.note = QString::fromUtf8(process.readAllStandardError().trimmed().left(500));
        return run;
    }
    run.seconds = result.value(QLatin1String("elapsedMs")).toDouble() / 1000.0;
    run.failed = result.value(QLatin1String("failed")).toInteger();
    run.sink = sink.counts();
    run.requests = run.sink.requests;
    run.name += QStringLiteral(" ") + result.value(QLatin1String("version")).toString();
    return run;
}

void print(const Run& run, double ceiling, double qnam, double sdk)
{
    if (run.seconds <= 0) {
        std::printf("  %-50s %s\n", qPrintable(run.name), qPrintable(run.note));
        return;
    }
    std::printf("  %-50s %6.2f s %9.0f ev/s %5lld req %3lld lost %3lld dup %7lld ids %3lld dup-ids",
        qPrintable(run.name), run.seconds, rate(run), static_cast<long long>(run.requests),
        static_cast<long long>(run.sink.lost), static_cast<long long>(run.sink.duplicates),
        static_cast<long long>(run.sink.withId), static_cast<long long>(run.sink.duplicateIds));
    if (ceiling > 0)
        std::printf("  %5.2fx ceiling", rate(run) / ceiling);
    if (qnam > 0)
        std::printf("  %5.2fx QNAM", rate(run) / qnam);
    if (sdk > 0)
        std::printf("  %5.2fx SDK", rate(run) / sdk);
    std::printf("\n");
    if (run.planSeconds > 0)
        std::printf("  %-50s   planning %.2f s, sending %.2f s\n", "", run.planSeconds, run.seconds - run.planSeconds);
    if (run.failed > 0)
        std::printf("  %-50s   %lld requests FAILED\n", "", static_cast<long long>(run.failed));
}

template <typename T> T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end(), [](const T& a, const T& b) { return rate(a) < rate(b); });
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    tuneAllocatorForBulkWork();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("events"), QStringLiteral("events in the capture (default 200000)"));
    parser.addOption({ QStringLiteral("parallel"), QStringLiteral("requests in flight (default 4)"),
        QStringLiteral("N"), QStringLiteral("4") });
    parser.addOption(
        { QStringLiteral("repeat"), QStringLiteral("runs per side, alternating; medians shown (default 3)"),
            QStringLiteral("R"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("no-sdk"), QStringLiteral("skip the analytics-node baseline") });
    parser.addHelpOption();
    parser.process(app);
    const qint64 events
        = parser.positionalArguments().isEmpty() ? 200'000 : parser.positionalArguments().first().toLongLong();
    const int parallel = std::max(1, parser.value(QStringLiteral("parallel")).toInt());
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    if (events <= 0) {
        std::fprintf(stderr, "events: expected a positive count\n");
        return 2;
    }

    Capture capture;
    int wireRequests = 0;
    QString error;
    QElapsedTimer setup;
    setup.start();
    if (!buildCapture(events, capture, wireRequests, &error)) {
        std::fprintf(stderr, "cannot build the capture: %s\n", qPrintable(error));
        return 1;
    }
    CountingSink sink;
    if (!sink.start(&error)) {
        std::fprintf(stderr, "cannot start the sink: %s\n", qPrintable(error));
        return 1;
    }
    // The transport ceiling posts the very bytes a --keep-ids replay sends.
    QByteArrayList bodies;
    {
        ReplayOptions options;
        options.asFastAsPossible = true;
        options.regenerateIds = false;
        ReplayPlan plan;
        ReplayPlanner(options, ReplayTarget::forUrl(sink.url())).plan(capture, 0, plan, &error);
        for (const ReplayRequest& request : std::as_const(plan.requests))
            bodies.append(request.request.body);
    }
    std::printf(
        "Journey Connector replay benchmark: %lld events (%d captured Segment batches of %d, %lld events without a "
        "request), --speed max, %d in flight\n",
        static_cast<long long>(events), wireRequests, requestEvents,
        static_cast<long long>(events - qint64(wireRequests) * requestEvents), parallel);
    std::printf(
        "  HTTP/1.1 sink on 127.0.0.1 (own thread) counting events by seq and dedup id; setup %.1f s; %d run(s) per "
        "side, alternating, medians shown\n\n",
        double(setup.nsecsElapsed()) / 1e9, repeat);

    std::vector<Run> replays;
    std::vector<Run> kept;
    std::vector<Run> direct;
    std::vector<Run> qnam;
    for (int r = 0; r < repeat; ++r) {
        direct.push_back(postDirectly(sink, bodies, events, parallel, true));
        replays.push_back(replay(sink, capture, true, parallel));
        kept.push_back(replay(sink, capture, false, parallel));
        if (r == 0) // slow and steady: once is enough
            qnam.push_back(postDirectly(sink, bodies, events, parallel, false));
    }
    Run sdk;
    if (!parser.isSet(QStringLiteral("no-sdk")))
        sdk = analyticsNode(sink, events);
    else
        sdk.name = QStringLiteral("@segment/analytics-node"), sdk.note = QStringLiteral("skipped (--no-sdk)");

    const Run ceiling = median(direct);
    const Run viaQnam = median(qnam);
    const double ceilingRate = rate(ceiling);
    const double qnamRate = rate(viaQnam);
    const double sdkRate = sdk.seconds > 0 ? rate(sdk) : 0;
    print(median(replays), ceilingRate, qnamRate, sdkRate);
    print(median(kept), ceilingRate, qnamRate, sdkRate);
    print(ceiling, 0, qnamRate, sdkRate);
    print(viaQnam, ceilingRate, 0, sdkRate);
    print(sdk, ceilingRate, qnamRate, 0);
    return 0;
}

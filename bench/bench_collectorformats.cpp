// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Decode-and-store throughput of every ingestion format the collector speaks: requests of 100 events (GA4:
// 25, the Measurement Protocol's limit) shaped as each official SDK sends them, over loopback from 2
// connections, for a few seconds each, on a fresh store. Events/s counted from the store once everything
// acknowledged is committed, printed beside the Segment /v1/batch figure measured in the same run.
//
//   bench_collectorformats [seconds per format=5]

#include "collector/collector.h"
#include "common/processtuning.h"
#include "core/gzipcodec.h"
#include "core/timestamp.h"
#include "loopbackload.h"
#include "store/eventrecorder.h"
#include "store/storereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <atomic>
#include <cstdio>
#include <functional>
#include <thread>
#include <vector>

using namespace Journey;

namespace {

constexpr int connections = 2;

struct Format
{
    const char* name;
    const char* path;
    QByteArray contentType;
    int eventsPerRequest;
    bool gzip;
    std::function<QByteArray(int request, int events)> body;
};

QByteArray n(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray segmentBody(int request, int events)
{
    const QByteArray now = Timestamp::toIso8601(Timestamp::nowMs());
    QByteArray body = "{\"batch\":[";
    for (int i = 0; i < events; ++i) {
        const qint64 k = qint64(request) * events + i;
        if (i)
            body += ',';
        body += "{\"type\":\"track\",\"event\":\"Order Completed\",\"userId\":\"user-" + n(k % 200000)
            + "\",\"properties\":{\"order_id\":\"o-" + n(k) + "\",\"revenue\":25.5,\"currency\":\"USD\"},\"messageId\":\"m-"
            + n(k) + "\",\"timestamp\":\"" + now
            + "\",\"context\":{\"library\":{\"name\":\"@segment/analytics-node\",\"version\":\"3.1.0\"}}}";
    }
    return body + "],\"writeKey\":\"bench_write_key_0001\",\"sentAt\":\"" + now + "\"}";
}

// mixpanel-node's batch helper: form body data=<base64 of a JSON array>.
QByteArray mixpanelBody(int request, int events)
{
    const qint64 now = Timestamp::nowMs();
    QByteArray json = "[";
    for (int i = 0; i < events; ++i) {
        const qint64 k = qint64(request) * events + i;
        if (i)
            json += ',';
        json += "{\"event\":\"Order Completed\",\"properties\":{\"token\":\"bench_token_0001\",\"distinct_id\":\"user-"
            + n(k % 200000) + "\",\"time\":" + n(now) + ",\"$insert_id\":\"i" + n(k) + "\",\"order_id\":\"o-" + n(k)
            + "\",\"revenue\":25.5,\"currency\":\"USD\",\"mp_lib\":\"node\",\"$lib_version\":\"0.18.0\"}}";
    }
    json += ']';
    return "data=" + json.toBase64().replace('+', "%2B").replace('/', "%2F").replace('=', "%3D");
}

// @amplitude/analytics-node: /2/httpapi JSON.
QByteArray amplitudeBody(int request, int events)
{
    const qint64 now = Timestamp::nowMs();
    QByteArray body = "{\"api_key\":\"bench_api_key_0001\",\"events\":[";
    for (int i = 0; i < events; ++i) {
        const qint64 k = qint64(request) * events + i;
        if (i)
            body += ',';
        body += "{\"event_type\":\"Order Completed\",\"user_id\":\"user-" + n(100000 + k % 200000)
            + "\",\"device_id\":\"device-" + n(100000 + k % 200000) + "\",\"time\":" + n(now) + ",\"insert_id\":\"i-" + n(k)
            + "\",\"event_properties\":{\"order_id\":\"o-" + n(k)
            + "\",\"revenue\":25.5,\"currency\":\"USD\"},\"library\":\"amplitude-node-ts/1.5.73\",\"session_id\":-1}";
    }
    return body + "],\"options\":{},\"client_upload_time\":\"" + Timestamp::toIso8601(now) + "\"}";
}

// posthog-node: /batch/ JSON, gzip.
QByteArray posthogBody(int request, int events)
{
    const QByteArray now = Timestamp::toIso8601(Timestamp::nowMs());
    QByteArray body = "{\"api_key\":\"phc_bench_key_0001\",\"batch\":[";
    for (int i = 0; i < events; ++i) {
        const qint64 k = qint64(request) * events + i;
        if (i)
            body += ',';
        body += "{\"event\":\"Order Completed\",\"distinct_id\":\"user-" + n(k % 200000) + "\",\"timestamp\":\"" + now
            + "\",\"uuid\":\"0190a1b2-0000-7000-8000-" + n(k).rightJustified(12, '0') + "\",\"type\":\"capture\","
            + "\"properties\":{\"order_id\":\"o-" + n(k) + "\",\"revenue\":25.5,\"currency\":\"USD\","
            + "\"$lib\":\"posthog-node\",\"$lib_version\":\"5.7.0\",\"$geoip_disable\":true}}";
    }
    return body + "],\"sent_at\":\"" + now + "\"}";
}

// A server-side Measurement Protocol sender: 25 events per request, the limit.
QByteArray ga4Body(int request, int events)
{
    QByteArray body = "{\"client_id\":\"" + n(request % 100000) + ".1700000000\",\"user_id\":\"user-" + n(request % 200000)
        + "\",\"events\":[";
    for (int i = 0; i < events; ++i) {
        const qint64 k = qint64(request) * events + i;
        if (i)
            body += ',';
        body += "{\"name\":\"purchase\",\"params\":{\"transaction_id\":\"t-" + n(k)
            + "\",\"value\":25.5,\"currency\":\"USD\",\"session_id\":\"1700000000\",\"engagement_time_msec\":100}}";
    }
    return body + "]}";
}

// Heap's bulk track.
QByteArray heapBody(int request, int events)
{
    const QByteArray now = Timestamp::toIso8601(Timestamp::nowMs());
    QByteArray body = "{\"app_id\":\"1234567890\",\"events\":[";
    for (int i = 0; i < events; ++i) {
        const qint64 k = qint64(request) * events + i;
        if (i)
            body += ',';
        body += "{\"identity\":\"user-" + n(k % 200000) + "\",\"event\":\"Order Completed\",\"timestamp\":\"" + now
            + "\",\"idempotency_key\":\"k-" + n(k) + "\",\"properties\":{\"order_id\":\"o-" + n(k)
            + "\",\"revenue\":25.5,\"currency\":\"USD\"}}";
    }
    return body + "]}";
}

QByteArray httpRequest(const Format& format, quint16 port, int number)
{
    QByteArray body = format.body(number, format.eventsPerRequest);
    QByteArray headers = "POST " + QByteArray(format.path) + " HTTP/1.1\r\nHost: 127.0.0.1:" + n(port)
        + "\r\nContent-Type: " + format.contentType + "\r\n";
    if (format.gzip) {
        body = GzipCodec::compress(body);
        headers += "Content-Encoding: gzip\r\n";
    }
    return headers + "Content-Length: " + n(body.size()) + "\r\n\r\n" + body;
}

struct Result
{
    double storedPerSecond = 0;
    qint64 stored = 0;
    qint64 failures = 0;
    double kilobytesPerRequest = 0;
    double collectorMsPerThousand = 0;
};

bool measure(const Format& format, int seconds, Result& result)
{
    QTemporaryDir folder;
    const QString storePath = folder.filePath(QStringLiteral("bench.db"));
    EventRecorder recorder(storePath);
    recorder.setEventsInReports(false);
    QString error;
    if (!recorder.start(&error)) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(error));
        return false;
    }
    Collector collector(&recorder);
    CollectorConfig config;
    config.port = 0;
    if (!collector.startAndWait(config, &error)) {
        std::fprintf(stderr, "cannot start the collector: %s\n", qPrintable(error));
        return false;
    }
    std::vector<QByteArray> requests;
    for (int i = 0; i < 64; ++i)
        requests.push_back(httpRequest(format, collector.port(), i));
    result.kilobytesPerRequest = double(requests.front().size()) / 1024.0;

    const auto cpuBefore = Bench::threadCpuSeconds();
    std::atomic<bool> stop { false };
    std::atomic<qint64> acknowledged { 0 }, failures { 0 };
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> clients;
    for (int i = 0; i < connections; ++i)
        clients.emplace_back(Bench::runLoopbackClient, collector.port(), std::cref(requests), format.eventsPerRequest,
            std::cref(stop), std::ref(acknowledged), std::ref(failures));
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto& client : clients)
        client.join();
    recorder.waitForCommitted();
    const double storedSeconds = double(timer.nsecsElapsed()) / 1e9;
    const auto cpuAfter = Bench::threadCpuSeconds();
    collector.stop();
    recorder.stop();

    StoreReader reader(storePath);
    StoreStats stats;
    if (!reader.open(true, &error) || !reader.stats(stats, &error)) {
        std::fprintf(stderr, "cannot read the store: %s\n", qPrintable(error));
        return false;
    }
    result.stored = stats.events;
    result.failures = failures.load();
    result.storedPerSecond = double(stats.events) / storedSeconds;
    for (const auto& [name, used] : cpuAfter) {
        if (name.startsWith("journey-collect"))
            result.collectorMsPerThousand
                += (used - (cpuBefore.count(name) ? cpuBefore.at(name) : 0.0)) * 1e6 / double(std::max<qint64>(1, stats.events));
    }
    if (stats.events != acknowledged.load()) {
        std::fprintf(stderr, "MISMATCH for %s: %lld acknowledged but %lld stored\n", format.name,
            static_cast<long long>(acknowledged.load()), static_cast<long long>(stats.events));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    tuneAllocatorForBulkWork();
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const QByteArray json = "application/json";
    const std::vector<Format> formats {
        { "Segment /v1/batch", "/v1/batch", json, 100, false, segmentBody },
        { "Mixpanel /track (form, base64)", "/track?ip=0&verbose=1", "application/x-www-form-urlencoded", 100, false, mixpanelBody },
        { "Amplitude /2/httpapi", "/2/httpapi", json, 100, false, amplitudeBody },
        { "PostHog /batch/ (gzip)", "/batch/", json, 100, true, posthogBody },
        { "GA4 /mp/collect (25 per request)", "/mp/collect?measurement_id=G-BENCH0001&api_secret=bench_secret_0001", json, 25,
            false, ga4Body },
        { "Heap /api/track (bulk)", "/api/track", json, 100, false, heapBody },
    };
    std::printf("Journey Connector collector formats: %d connections, %d s each, fresh store per format\n", connections,
        seconds);
    std::printf("  %-36s %12s %10s %9s %12s\n", "format", "events/s", "vs Segment", "KB/req", "collector ms/1k");
    double segment = 0;
    int failed = 0;
    for (const Format& format : formats) {
        Result result;
        if (!measure(format, seconds, result)) {
            ++failed;
            continue;
        }
        if (segment == 0)
            segment = result.storedPerSecond;
        std::printf("  %-36s %12.0f %9.2fx %9.1f %12.2f%s\n", format.name, result.storedPerSecond,
            result.storedPerSecond / segment, result.kilobytesPerRequest, result.collectorMsPerThousand,
            result.failures ? "  (failed requests!)" : "");
        if (result.failures)
            ++failed;
    }
    return failed ? 1 : 0;
}

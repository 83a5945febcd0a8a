// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Collector throughput: Segment /v1/batch requests of 100 events over loopback from 2 client connections,
// as fast as the collector answers; events/s stored (acknowledged, journaled, then committed to SQLite),
// printed beside the raw SQLite insert rate measured by this program on this machine.
//
//   bench_collector [seconds=10]

#include "collector/collector.h"
#include "common/processtuning.h"
#include "core/timestamp.h"
#include "loopbackload.h"
#include "sqlitebaseline.h"
#include "store/eventrecorder.h"
#include "store/storereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace Journey;

namespace {

constexpr int connections = 2;
constexpr int eventsPerRequest = 100;

// A body like @segment/analytics-node sends: 100 track events, ~29 KB.
QByteArray batchBody(int requestNumber)
{
    QByteArray body = "{\"batch\":[";
    const QByteArray now = Timestamp::toIso8601(Timestamp::nowMs());
    for (int i = 0; i < eventsPerRequest; ++i) {
        if (i)
            body += ',';
        const int n = requestNumber * eventsPerRequest + i;
        body += "{\"type\":\"track\",\"event\":\"Order Completed\",\"userId\":\"user-" + QByteArray::number(n % 200000)
            + "\",\"properties\":{\"order_id\":\"o-" + QByteArray::number(n) + "\",\"revenue\":25.5,\"currency\":\"USD\"},"
            + "\"messageId\":\"node-next-1700000000000-" + QByteArray::number(n, 16).rightJustified(8, '0')
            + "-7789-4b74-8078-cbcc8894\",\"timestamp\":\"" + now + "\",\"context\":{\"library\":{\"name\":"
            + "\"@segment/analytics-node\",\"version\":\"3.1.0\"}},\"_metadata\":{\"jsRuntime\":\"node\"},\"integrations\":{}}";
    }
    body += "],\"writeKey\":\"bench_write_key_0001\",\"sentAt\":\"" + now + "\"}";
    return body;
}

QByteArray httpRequest(quint16 port, const QByteArray& body)
{
    return "POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nUser-Agent: analytics-node-next/latest\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

int main(int argc, char* argv[])
{
    tuneAllocatorForBulkWork(); // as journeyctl and the app do
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, atoi(argv[1])) : 10;
    QTemporaryDir folder;

    std::printf("Journey Connector collector benchmark: /v1/batch of %d events, %d connections, %d s\n",
        eventsPerRequest, connections, seconds);
    const double baseline = Bench::rawSqliteInsertsPerSecond(folder.path(), 2'000'000);
    std::printf("  baseline: raw SQLite inserts (event, user_id, ts), no index   %10.0f rows/s\n", baseline);

    const QString storePath = folder.filePath(QStringLiteral("bench.db"));
    EventRecorder recorder(storePath);
    recorder.setEventsInReports(false); // as `journeyctl collect` runs it
    QString error;
    if (!recorder.start(&error)) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(error));
        return 1;
    }
    Collector collector(&recorder);
    CollectorConfig config;
    config.port = 0;
    if (!collector.startAndWait(config, &error)) {
        std::fprintf(stderr, "cannot start the collector: %s\n", qPrintable(error));
        return 1;
    }

    std::vector<QByteArray> requests;
    for (int i = 0; i < 64; ++i)
        requests.push_back(httpRequest(collector.port(), batchBody(i)));
    std::printf("  request body: %.1f KB\n", double(batchBody(0).size()) / 1024.0);

    const auto cpuBefore = Bench::threadCpuSeconds();
    std::atomic<bool> stop { false };
    std::atomic<qint64> acknowledged { 0 }, failures { 0 };
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> clients;
    for (int i = 0; i < connections; ++i)
        clients.emplace_back(Bench::runLoopbackClient, collector.port(), std::cref(requests), eventsPerRequest,
            std::cref(stop), std::ref(acknowledged), std::ref(failures));
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto& client : clients)
        client.join();
    const double sendSeconds = double(timer.nsecsElapsed()) / 1e9;
    // Everything acknowledged must reach SQLite: the figure counts only once it has.
    recorder.waitForCommitted();
    const double storedSeconds = double(timer.nsecsElapsed()) / 1e9;
    const auto cpuAfter = Bench::threadCpuSeconds();
    collector.stop();
    recorder.stop();

    StoreReader reader(storePath);
    StoreStats stats;
    if (!reader.open(true, &error) || !reader.stats(stats, &error)) {
        std::fprintf(stderr, "cannot read the store: %s\n", qPrintable(error));
        return 1;
    }
    const double acknowledgedRate = double(acknowledged.load()) / sendSeconds;
    const double storedRate = double(stats.events) / storedSeconds;
    std::printf("  acknowledged (200, journaled)                                %10.0f events/s\n", acknowledgedRate);
    std::printf("  stored (committed to SQLite, counted from the store)         %10.0f events/s   (%lld events, %lld failed requests)\n",
        storedRate, static_cast<long long>(stats.events), static_cast<long long>(failures.load()));
    std::printf("  CPU per 1,000 events stored, by thread:");
    for (const auto& [name, seconds] : cpuAfter) {
        const double used = seconds - (cpuBefore.count(name) ? cpuBefore.at(name) : 0.0);
        if (used > 0.01)
            std::printf("  %s %.2f ms", name.constData(), used * 1e6 / double(std::max<qint64>(1, stats.events)));
    }
    std::printf("\n");
    std::printf("  stored / raw SQLite baseline                                 %10.2f x\n", storedRate / baseline);
    std::printf("  target: >= 300,000 events/s stored                           %s\n", storedRate >= 300'000 ? "met" : "NOT met");
    if (stats.events != acknowledged.load()) {
        std::fprintf(stderr, "MISMATCH: %lld acknowledged but %lld stored\n", static_cast<long long>(acknowledged.load()),
            static_cast<long long>(stats.events));
        return 1;
    }
    return 0;
}

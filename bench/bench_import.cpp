// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// `journeyctl import` of canonical NDJSON into a new store, timed end to end (process start to exit, the
// final WAL checkpoint included), printed beside the raw SQLite insert rate measured by this program.
//
//   bench_import [events=2000000]

#include "core/timestamp.h"
#include "sqlitebaseline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace Journey;

namespace {

// Event names with a Zipf-like spread, as in the product-analytics data sets of docs/performance.
const char* const names[] = { "Page Viewed", "Product Viewed", "Product Clicked", "Added to Cart", "Search Performed",
    "Started Checkout", "Order Completed", "Signed Up", "Logged In", "Video Played", "Article Read", "Coupon Applied",
    "Product Removed", "Wishlist Added", "Review Submitted", "Share Clicked", "Notification Opened", "Settings Changed",
    "Plan Upgraded", "Invite Sent", "Filter Applied", "Cart Viewed", "Payment Info Entered", "Shipping Info Entered",
    "Promotion Viewed", "Promotion Clicked", "Subscription Started", "Subscription Cancelled", "Feedback Given",
    "Help Opened" };

bool writeData(const QString& path, qint64 events)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(20261127);
    QByteArray buffer;
    buffer.reserve(8 << 20);
    qint64 time = Timestamp::daysFromCivil(2026, 8, 1) * 86'400'000LL;
    for (qint64 i = 0; i < events; ++i) {
        time += random.bounded(0, 80);
        const int rank = int(std::min(29.0, std::floor(std::pow(random.generateDouble(), 2.2) * 30)));
        const quint32 user = random.bounded(200'000u);
        buffer += "{\"type\":\"track\",\"messageId\":\"m-" + QByteArray::number(i) + "-" + QByteArray::number(random.generate(), 16)
            + "\",\"timestamp\":\"" + Timestamp::toIso8601(time) + "\",\"receivedAt\":\"" + Timestamp::toIso8601(time + 120)
            + "\",\"userId\":\"user-" + QByteArray::number(user) + "\",\"event\":\"" + names[rank]
            + "\",\"properties\":{\"product_id\":\"p-" + QByteArray::number(random.bounded(500)) + "\",\"price\":"
            + QByteArray::number(random.bounded(1, 300)) + ".99,\"currency\":\"USD\"},\"context\":{\"library\":"
            + "{\"name\":\"@segment/analytics-node\",\"version\":\"3.1.0\"}}}\n";
        if (buffer.size() > (7 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return file.error() == QFile::NoError;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 events = argc > 1 ? std::max(1000LL, atoll(argv[1])) : 2'000'000;
    QTemporaryDir folder;
    const QString data = folder.filePath(QStringLiteral("events.ndjson"));
    const QString store = folder.filePath(QStringLiteral("store.db"));

    std::printf("Journey Connector import benchmark: %lld events\n", static_cast<long long>(events));
    if (!writeData(data, events)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(data));
        return 1;
    }
    const double megabytes = double(QFile(data).size()) / 1e6;
    std::printf("  input: %.0f MB of NDJSON (%.0f bytes per event)\n", megabytes, megabytes * 1e6 / double(events));

    const double baseline = Bench::rawSqliteInsertsPerSecond(folder.path(), 2'000'000);
    std::printf("  baseline: raw SQLite inserts (event, user_id, ts), no index   %10.0f rows/s\n", baseline);

    // Runs `journeyctl import` into a new store at `storePath`; the events/s, or 0 on failure.
    const auto runImport = [&](const QString& storePath) -> double {
        QProcess import;
        import.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        import.start(QStringLiteral(JOURNEYCTL_PATH), { QStringLiteral("--store"), storePath, QStringLiteral("import"), data });
        import.waitForFinished(-1);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const QByteArray output = import.readAllStandardOutput().trimmed();
        if (import.exitCode() != 0 || !output.startsWith(QByteArray("imported " + QByteArray::number(events)))) {
            std::fprintf(stderr, "journeyctl import failed: %s\n", output.constData());
            return 0;
        }
        return double(events) / seconds;
    };

    const double rate = runImport(store);
    if (rate == 0)
        return 1;
    std::printf("  journeyctl import, end to end (incl. WAL checkpoint)         %10.0f events/s   (%.0f MB/s)\n",
        rate, megabytes * rate / double(events));
    std::printf("  store size: %.0f MB (%.0f bytes per event, full canonical JSON kept)\n",
        double(QFile(store).size()) / 1e6, double(QFile(store).size()) / double(events));
    std::printf("  import / raw SQLite baseline                                 %10.2f x\n", rate / baseline);
    // The same into memory-backed files: what parsing and encoding reach when the disk's fsyncs are not waited for.
    if (QFile::exists(QStringLiteral("/dev/shm"))) {
        QTemporaryDir memory(QStringLiteral("/dev/shm/journey-bench-XXXXXX"));
        const double memoryRate = runImport(memory.filePath(QStringLiteral("store.db")));
        const double memoryBaseline = Bench::rawSqliteInsertsPerSecond(memory.path(), 2'000'000);
        std::printf("  same into /dev/shm: import %10.0f events/s, raw SQLite %10.0f rows/s   (%.2f x)\n", memoryRate,
            memoryBaseline, memoryRate / memoryBaseline);
    }
    std::printf("  target: >= 1,000,000 events/s                                %s\n", rate >= 1e6 ? "met" : "NOT met");
    return 0;
}

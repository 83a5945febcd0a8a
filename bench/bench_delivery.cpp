// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Delivery throughput per provider (issue 3): events/s from the first Connector::track() to flush() returning
// true, counted at a loopback HTTP sink (its own thread; loss and duplicates by the `seq` property every event
// carries, and by the provider's dedup id), through the durable SQLite outbox. Printed beside the official
// Node SDK of the provider (@segment/analytics-node, posthog-node, @amplitude/analytics-node, pinned in
// tests/conformance/package.json) sending the same events to a fresh sink of the same kind in the same run,
// and the target: >= 5x the SDK, zero loss. Mixpanel, Heap, GA4 and RudderStack have no SDK column.
//
//   bench_delivery [events=200000] [--providers a,b] [--repeat R] [--store-dir DIR] [--sdk-mode tuned|defaults]
//                  [--sdk-budget SECONDS] [--no-sdk] [--concurrency N] [--batch N] [--flush-ms MS]
//
// With --repeat R the connector and the SDK run alternately R times per provider and the medians are printed
// (the machine is shared: alternating spreads other load over both sides).

#include "common/processtuning.h"
#include "config/journeyconfig.h"
#include "countingsink.h"
#include "delivery/connector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sys/resource.h>
#include <unistd.h>

using namespace Journey;
using namespace Journey::Bench;

namespace {

constexpr double target = 5.0;
constexpr qint64 sdkProbeEvents = 10'000;

struct Options
{
    qint64 events = 200'000;
    QStringList providers;
    QString storeDir;
    QString sdkMode = QStringLiteral("tuned");
    double sdkBudgetSeconds = 60;
    int repeat = 1;
    bool sdk = true;
    int concurrency = 0; ///< 0: the connector's default
    int batch = 0;
    int flushMs = -1;
};

// The events, the same as bench/node/send-with-sdk.mjs sends: sessions of 10 events per user, 5 names, 8 properties.
const QString names[] = { QStringLiteral("Product Viewed"), QStringLiteral("Product Added"),
    QStringLiteral("Checkout Started"), QStringLiteral("Order Completed"), QStringLiteral("Coupon Applied") };

QString userIdAt(qint64 i)
{
    return QStringLiteral("user-%1").arg((i / 10) % 20000);
}

QJsonObject propertiesAt(qint64 i)
{
    return { { QStringLiteral("order_id"), QStringLiteral("o-%1").arg(i) },
        { QStringLiteral("product_id"), QStringLiteral("p-%1").arg(i % 500) }, { QStringLiteral("category"), QStringLiteral("Games") },
        { QStringLiteral("price"), 19.99 + double(i % 50) }, { QStringLiteral("quantity"), int(1 + i % 3) },
        { QStringLiteral("currency"), QStringLiteral("USD") }, { QStringLiteral("coupon"), QStringLiteral("SPRING%1").arg(i % 10) },
        { QStringLiteral("seq"), i } };
}

// Credentials and the sink as endpoint; the connector's defaults for batching and concurrency unless overridden.
QByteArray configFor(const QString& provider, const QUrl& sink, const Options& options)
{
    QJsonObject settings;
    if (provider == QLatin1String("segment"))
        settings = { { QStringLiteral("writeKey"), QStringLiteral("bench_write_key") } };
    else if (provider == QLatin1String("rudderstack"))
        settings = { { QStringLiteral("writeKey"), QStringLiteral("bench_write_key") }, { QStringLiteral("dataPlaneUrl"), sink.toString() } };
    else if (provider == QLatin1String("posthog"))
        settings = { { QStringLiteral("apiKey"), QStringLiteral("phc_bench_key") } };
    else if (provider == QLatin1String("amplitude"))
        settings = { { QStringLiteral("apiKey"), QStringLiteral("bench_api_key") } };
    else if (provider == QLatin1String("mixpanel")) // with the project secret: /import, Mixpanel's server-side ingestion
        settings = { { QStringLiteral("token"), QStringLiteral("bench_token") }, { QStringLiteral("apiSecret"), QStringLiteral("bench_secret") } };
    else if (provider == QLatin1String("heap"))
        settings = { { QStringLiteral("appId"), QStringLiteral("1234567890") } };
    else if (provider == QLatin1String("ga4"))
        settings = { { QStringLiteral("measurementId"), QStringLiteral("G-BENCH123") }, { QStringLiteral("apiSecret"), QStringLiteral("bench_secret") } };
    settings.insert(QStringLiteral("endpoint"), sink.toString());
    QJsonObject batch;
    if (options.batch > 0)
        batch.insert(QStringLiteral("maxEvents"), options.batch);
    if (options.flushMs >= 0)
        batch.insert(QStringLiteral("flushMs"), options.flushMs);
    if (!batch.isEmpty())
        settings.insert(QStringLiteral("batch"), batch);
    if (options.concurrency > 0)
        settings.insert(QStringLiteral("concurrency"), options.concurrency);
    const QJsonObject root { { QStringLiteral("journey"),
        QJsonObject { { QStringLiteral("providers"), QJsonObject { { provider, settings } } } } } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// CPU seconds each thread of this process has used so far, by thread name (from /proc), as bench_collector.
std::map<QByteArray, double> threadCpuSeconds()
{
    std::map<QByteArray, double> seconds;
    const long ticks = sysconf(_SC_CLK_TCK);
    for (const QString& task : QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        const QByteArray name = line.mid(open + 1, close - open - 1);
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        seconds[name] += double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(ticks);
    }
    return seconds;
}

double childrenCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct ConnectorRun
{
    bool ok = false;
    QString error;
    qint64 events = 0;
    double seconds = 0; ///< first track() to flush() true
    double callSeconds = 0; ///< first to last track()
    qint64 queueFull = 0; ///< QueueFull answers (the call was repeated after 0.2 ms)
    qint64 storeBytes = 0;
    SinkCounts sink;
    std::map<QByteArray, double> cpu; ///< per thread, during the run
};

ConnectorRun runConnector(CountingSink& sink, const QString& provider, const Options& options)
{
    ConnectorRun run;
    run.events = options.events;
    JourneyConfig config;
    if (!JourneyConfig::parse(configFor(provider, sink.url(), options), QStringLiteral("bench"), config, &run.error))
        return run;
    QTemporaryDir folder(QDir(options.storeDir).filePath(QStringLiteral("journey-bench-XXXXXX")));
    const QString storePath = folder.filePath(QStringLiteral("bench.db"));
    sink.reset(options.events);
    {
        Connector connector;
        if (!connector.start(storePath, config, &run.error))
            return run;
        const auto cpuBefore = threadCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 0; i < options.events;) {
            const EnqueueResult result = connector.track(userIdAt(i), {}, names[i % 5], propertiesAt(i));
            if (result.status == EnqueueResult::Status::Accepted) {
                ++i;
            } else if (result.status == EnqueueResult::Status::QueueFull) {
                ++run.queueFull;
                QThread::usleep(200);
            } else {
                run.error = QStringLiteral("track() refused event %1: %2").arg(i).arg(result.error);
                return run;
            }
        }
        run.callSeconds = double(timer.nsecsElapsed()) / 1e9;
        const bool flushed = connector.flush(30 * 60 * 1000);
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        const auto cpuAfter = threadCpuSeconds();
        for (const auto& [name, seconds] : cpuAfter)
            run.cpu[name] = seconds - (cpuBefore.count(name) ? cpuBefore.at(name) : 0.0);
        run.sink = sink.counts();
        if (!flushed)
            run.error = QStringLiteral("flush() timed out");
        connector.shutdown(10000);
        for (const QString& file : QDir(folder.path()).entryList(QDir::Files))
            run.storeBytes += QFileInfo(folder.filePath(file)).size();
    }
    // The connector's signals were queued to this (blocked) thread: let them go before the next run.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    run.ok = run.error.isEmpty();
    return run;
}

struct SdkRun
{
    bool ok = false;
    QString error;
    qint64 events = 0;
    double seconds = 0; ///< first call to everything flushed, measured in node
    double callSeconds = 0;
    qint64 failed = 0; ///< events the SDK itself reported as not delivered
    QString package;
    QJsonObject settings;
    double cpuSeconds = 0; ///< the node process, user + system
    SinkCounts sink;
};

struct NodeSetup
{
    QString node;
    QString script;
    QString modulesRoot; ///< the folder holding node_modules
};

SdkRun runSdk(CountingSink& sink, const NodeSetup& setup, const QString& provider, qint64 events, const Options& options)
{
    SdkRun run;
    run.events = events;
    sink.reset(events);
    const double cpuBefore = childrenCpuSeconds();
    QProcess node;
    node.start(setup.node, { setup.script, provider, sink.url().toString(), QString::number(events), QStringLiteral("--mode"),
                               options.sdkMode, QStringLiteral("--modules"), setup.modulesRoot });
    const int timeoutMs = int(std::max(120.0, options.sdkBudgetSeconds * 5) * 1000);
    if (!node.waitForFinished(timeoutMs)) {
        node.kill();
        node.waitForFinished();
        run.error = QStringLiteral("node did not finish within %1 s").arg(timeoutMs / 1000);
        return run;
    }
    run.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    run.sink = sink.counts();
    const QByteArray output = node.readAllStandardOutput().trimmed();
    const QJsonObject result = QJsonDocument::fromJson(output.mid(output.lastIndexOf('\n') + 1)).object();
    if (node.exitCode() != 0 || result.isEmpty()) {
        run.error = QString::fromUtf8(node.readAllStandardError().trimmed() + output);
        return run;
    }
    run.seconds = result.value(QLatin1String("elapsedMs")).toDouble() / 1000.0;
    run.callSeconds = result.value(QLatin1String("callsMs")).toDouble() / 1000.0;
    run.failed = result.value(QLatin1String("failed")).toInteger();
    run.package = result.value(QLatin1String("package")).toString() + QLatin1Char(' ') + result.value(QLatin1String("version")).toString();
    run.settings = result.value(QLatin1String("settings")).toObject();
    run.ok = true;
    return run;
}

// Runs the SDK with the full count when it fits the time budget; slower SDKs (some slow down more than linearly
// with the queue length) are measured with the largest count predicted to fit, from a probe and a 4x run.
SdkRun runSdkScaled(CountingSink& sink, const NodeSetup& setup, const QString& provider, const Options& options)
{
    qint64 events = std::min(options.events, sdkProbeEvents);
    SdkRun run = runSdk(sink, setup, provider, events, options);
    double exponent = 1.0;
    SdkRun previous;
    while (run.ok && events < options.events) {
        if (previous.ok && previous.seconds > 0 && run.seconds > previous.seconds)
            exponent = std::clamp(std::log(run.seconds / previous.seconds) / std::log(double(events) / double(previous.events)), 1.0, 3.0);
        qint64 next = std::min(options.events, events * 4);
        if (previous.ok) {
            // Scaled to the budget by the growth seen between the last two runs.
            const double fits = double(events) * std::pow(options.sdkBudgetSeconds / std::max(run.seconds, 1e-3), 1.0 / exponent);
            next = std::min(options.events, std::max(events, qint64(fits) / 1000 * 1000));
        } else if (run.seconds * std::pow(double(next) / double(events), 2.0) > options.sdkBudgetSeconds * 2) {
            next = std::max(events, qint64(double(events) * std::sqrt(options.sdkBudgetSeconds / std::max(run.seconds, 1e-3))) / 1000 * 1000);
            next = std::min(next, options.events);
        }
        if (next <= events)
            break;
        previous = run;
        events = next;
        run = runSdk(sink, setup, provider, events, options);
    }
    return run;
}

// Events the sink saw (each seq at least once) per second of the run.
double deliveredRate(const SinkCounts& counts, double seconds)
{
    return seconds > 0 ? double(counts.expected - counts.lost) / seconds : 0;
}

// The run with the median rate (the upper one of the two middle runs for an even count).
template<typename Run>
const Run& median(const std::vector<Run>& runs)
{
    std::vector<size_t> order(runs.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&runs](size_t a, size_t b) {
        return deliveredRate(runs[a].sink, runs[a].seconds) < deliveredRate(runs[b].sink, runs[b].seconds);
    });
    return runs[order[order.size() / 2]];
}

template<typename Run>
QString ratesText(const std::vector<Run>& runs)
{
    QStringList rates;
    for (const Run& run : runs)
        rates.append(QString::number(qint64(deliveredRate(run.sink, run.seconds))));
    return rates.join(QStringLiteral(", "));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' ')) : QString();
}

QString rate(double events, double seconds)
{
    return seconds > 0 ? QString::number(qint64(std::llround(events / seconds))) : QStringLiteral("-");
}

QString cpuLine(const std::map<QByteArray, double>& cpu, qint64 events)
{
    QString line;
    for (const auto& [name, seconds] : cpu) {
        if (seconds >= 0.01)
            line += QStringLiteral(" %1 %2").arg(QString::fromUtf8(name)).arg(seconds * 1e6 / double(std::max<qint64>(1, events)), 0, 'f', 2);
    }
    return line;
}

QString requestsLine(const SinkCounts& counts)
{
    QStringList paths;
    for (auto it = counts.requestsByPath.cbegin(); it != counts.requestsByPath.cend(); ++it)
        paths.append(QStringLiteral("%1 x%2").arg(QString::fromUtf8(it.key())).arg(it.value()));
    return QStringLiteral("%1 requests (%2), %3 events/request, %4 KB/request on the wire, %5 B/event decoded")
        .arg(counts.requests)
        .arg(paths.join(QStringLiteral(", ")))
        .arg(counts.requests ? double(counts.events) / double(counts.requests) : 0.0, 0, 'f', 0)
        .arg(counts.requests ? double(counts.wireBytes) / 1024.0 / double(counts.requests) : 0.0, 0, 'f', 1)
        .arg(counts.events ? double(counts.bodyBytes) / double(counts.events) : 0.0, 0, 'f', 0);
}

// Lost and duplicated at the sink; clean = nothing lost, nothing doubled, nothing unknown.
bool clean(const SinkCounts& counts, qint64 events)
{
    return counts.lost == 0 && counts.duplicates == 0 && counts.unexpected == 0 && counts.events == events
        && counts.duplicateIds == 0 && counts.badRequests == 0;
}

QString idsText(const SinkCounts& counts)
{
    if (counts.withId == 0)
        return QStringLiteral("no dedup id in the format");
    return QStringLiteral("%1 distinct dedup ids, %2 repeated").arg(counts.distinctIds).arg(counts.duplicateIds);
}

void printConnectorDetails(const ConnectorRun& run)
{
    std::printf("      connector: %s\n", qPrintable(requestsLine(run.sink)));
    std::printf("        calls %.2f s (%s events/s accepted), %lld queue-full answers; %s; store %.0f MB\n", run.callSeconds,
        qPrintable(rate(double(run.events), run.callSeconds)), static_cast<long long>(run.queueFull),
        qPrintable(idsText(run.sink)), double(run.storeBytes) / 1e6);
    std::printf("        CPU ms per 1,000 events by thread:%s\n", qPrintable(cpuLine(run.cpu, run.events)));
}

} // namespace

int main(int argc, char* argv[])
{
    tuneAllocatorForBulkWork(); // as journeyctl and the app do
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Delivery throughput per provider beside the official Node SDKs"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("events"), QStringLiteral("Events per run (default 200000)."));
    const QCommandLineOption providersOption(QStringLiteral("providers"), QStringLiteral("Providers to run (comma-separated)."),
        QStringLiteral("ids"), QStringLiteral("segment,posthog,amplitude,mixpanel,heap,ga4,rudderstack"));
    const QCommandLineOption storeOption(QStringLiteral("store-dir"), QStringLiteral("Folder for the stores (default: the temp folder)."),
        QStringLiteral("dir"), QDir::tempPath());
    const QCommandLineOption modeOption(QStringLiteral("sdk-mode"),
        QStringLiteral("tuned: SDK batches as large as the connector's, no queue drops; defaults: the SDKs as shipped."),
        QStringLiteral("mode"), QStringLiteral("tuned"));
    const QCommandLineOption budgetOption(QStringLiteral("sdk-budget"),
        QStringLiteral("Seconds an SDK run may take before fewer events are sent (default 60)."), QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
        QStringLiteral("Runs per provider and side, alternating; medians are printed (default 1)."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption noSdkOption(QStringLiteral("no-sdk"), QStringLiteral("Skip the SDK baselines."));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), QStringLiteral("Connector requests in flight per provider."), QStringLiteral("n"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Connector batch.maxEvents."), QStringLiteral("n"));
    const QCommandLineOption flushOption(QStringLiteral("flush-ms"), QStringLiteral("Connector batch.flushMs."), QStringLiteral("ms"));
    parser.addOptions({ providersOption, repeatOption, storeOption, modeOption, budgetOption, noSdkOption, concurrencyOption, batchOption, flushOption });
    parser.process(app);

    Options options;
    if (!parser.positionalArguments().isEmpty())
        options.events = std::max<qint64>(1000, parser.positionalArguments().constFirst().toLongLong());
    options.providers = parser.value(providersOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.storeDir = parser.value(storeOption);
    options.sdkMode = parser.value(modeOption);
    options.sdkBudgetSeconds = std::max(1.0, parser.value(budgetOption).toDouble());
    options.repeat = std::max(1, parser.value(repeatOption).toInt());
    options.sdk = !parser.isSet(noSdkOption);
    options.concurrency = parser.value(concurrencyOption).toInt();
    options.batch = parser.value(batchOption).toInt();
    options.flushMs = parser.isSet(flushOption) ? parser.value(flushOption).toInt() : -1;

    CountingSink sink;
    QString error;
    if (!sink.start(&error)) {
        std::fprintf(stderr, "cannot start the sink: %s\n", qPrintable(error));
        return 1;
    }

    NodeSetup setup;
    setup.modulesRoot = QStringLiteral(JOURNEY_SOURCE_DIR "/tests/conformance");
    setup.script = QStringLiteral(JOURNEY_SOURCE_DIR "/bench/node/send-with-sdk.mjs");
    setup.node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QString nodeVersion;
    if (options.sdk) {
        QString missing;
        if (setup.node.isEmpty())
            missing = QStringLiteral("node is not on PATH");
        for (const char* package : { "@segment/analytics-node", "posthog-node", "@amplitude/analytics-node" }) {
            if (missing.isEmpty() && !QFileInfo::exists(setup.modulesRoot + QStringLiteral("/node_modules/") + QLatin1String(package)))
                missing = QStringLiteral("%1 is not installed").arg(QLatin1String(package));
        }
        if (!missing.isEmpty()) {
            std::printf("  SDK baselines skipped: %s. Install the pinned SDKs with:\n    cd %s && npm ci\n", qPrintable(missing),
                qPrintable(setup.modulesRoot));
            options.sdk = false;
        } else {
            QProcess version;
            version.start(setup.node, { QStringLiteral("--version") });
            version.waitForFinished();
            nodeVersion = QString::fromUtf8(version.readAllStandardOutput().trimmed());
        }
    }

    std::printf("Journey Connector delivery benchmark: %lld track events per run, HTTP/1.1 sink on 127.0.0.1 (own thread)\n",
        static_cast<long long>(options.events));
    std::printf("  events: 5 names, 8 properties, sessions of 10 events per user; connector: durable outbox in %s "
                "(SQLite WAL), provider defaults%s\n",
        qPrintable(options.storeDir), options.concurrency || options.batch || options.flushMs >= 0 ? " with overrides" : "");
    if (options.sdk)
        std::printf("  SDKs: node %s, tests/conformance/node_modules, mode %s; figures from the first call to everything flushed\n",
            qPrintable(nodeVersion), qPrintable(options.sdkMode));
    std::printf("  loss and duplicates counted at the sink by each event's seq (0..N-1) and by its dedup id\n");
    std::printf("  %d run(s) per provider and side%s; load average at start: %s (2 cores here are shared)\n\n", options.repeat,
        options.repeat > 1 ? ", alternating, medians shown" : "", qPrintable(loadAverage()));

    const QStringList withSdk { QStringLiteral("segment"), QStringLiteral("posthog"), QStringLiteral("amplitude") };
    struct Row
    {
        QString provider;
        ConnectorRun ours;
        SdkRun theirs;
        bool compared = false;
        bool oursClean = true; ///< every connector run: nothing lost, doubled or refused
    };
    QList<Row> rows;
    bool allClean = true;
    for (const QString& provider : std::as_const(options.providers)) {
        Row row;
        row.provider = provider;
        std::printf("  %s ...\n", qPrintable(provider));
        std::fflush(stdout);
        std::vector<ConnectorRun> ours;
        std::vector<SdkRun> theirs;
        const bool compare = options.sdk && withSdk.contains(provider);
        qint64 sdkEvents = 0;
        for (int r = 0; r < options.repeat; ++r) {
            ours.push_back(runConnector(sink, provider, options));
            if (!ours.back().ok)
                std::printf("      connector run FAILED: %s\n", qPrintable(ours.back().error));
            row.oursClean = row.oursClean && ours.back().ok && clean(ours.back().sink, ours.back().events);
            allClean = allClean && row.oursClean;
            if (compare) {
                // The first run finds how many events fit the budget; the others send as many.
                theirs.push_back(sdkEvents == 0 ? runSdkScaled(sink, setup, provider, options)
                                                : runSdk(sink, setup, provider, sdkEvents, options));
                if (!theirs.back().ok)
                    std::printf("      SDK run FAILED: %s\n", qPrintable(theirs.back().error.left(2000)));
                sdkEvents = theirs.back().ok ? theirs.back().events : 0;
            }
        }
        row.ours = median(ours);
        printConnectorDetails(row.ours);
        if (options.repeat > 1)
            std::printf("        runs: %s events/s\n", qPrintable(ratesText(ours)));
        if (compare) {
            row.compared = true;
            const bool allOk = std::all_of(theirs.cbegin(), theirs.cend(), [](const SdkRun& run) { return run.ok; });
            row.theirs = allOk ? median(theirs) : SdkRun();
            if (row.theirs.ok) {
                std::printf("      SDK %s %s: %s\n", qPrintable(row.theirs.package),
                    QJsonDocument(row.theirs.settings).toJson(QJsonDocument::Compact).constData(), qPrintable(requestsLine(row.theirs.sink)));
                std::printf("        calls %.2f s, %lld failures reported by the SDK; %s; node CPU %.2f ms per 1,000 events "
                            "(%.0f %% of one core)\n",
                    row.theirs.callSeconds, static_cast<long long>(row.theirs.failed), qPrintable(idsText(row.theirs.sink)),
                    row.theirs.cpuSeconds * 1e6 / double(row.theirs.events), 100.0 * row.theirs.cpuSeconds / std::max(row.theirs.seconds, 1e-9));
                if (options.repeat > 1)
                    std::printf("        runs: %s events/s\n", qPrintable(ratesText(theirs)));
            }
        }
        std::printf("      sink: busy %.2f s, thread CPU %.2f s (connector run)%s\n", row.ours.sink.busySeconds, row.ours.sink.cpuSeconds,
            row.compared && row.theirs.ok
                ? qPrintable(QStringLiteral("; busy %1 s, CPU %2 s (SDK run)").arg(row.theirs.sink.busySeconds, 0, 'f', 2).arg(row.theirs.sink.cpuSeconds, 0, 'f', 2))
                : "");
        std::fflush(stdout);
        rows.append(row);
    }

    std::printf("\n  %-12s %12s %6s %5s %8s   %-32s %8s %12s %6s %5s %8s   %s\n", "provider", "connector/s", "lost", "dup", "events",
        "official Node SDK", "events", "SDK/s", "lost", "dup", "ratio", "target >= 5x, zero loss");
    bool targetMet = true;
    bool anyCompared = false;
    for (const Row& row : std::as_const(rows)) {
        const double ours = deliveredRate(row.ours.sink, row.ours.seconds);
        std::printf("  %-12s %12.0f %6lld %5lld %8lld", qPrintable(row.provider), ours, static_cast<long long>(row.ours.sink.lost),
            static_cast<long long>(row.ours.sink.duplicates), static_cast<long long>(row.ours.events));
        if (!row.compared) {
            std::printf("   %-32s\n", "(no SDK baseline)");
            continue;
        }
        if (!row.theirs.ok) {
            std::printf("   %-32s\n", "(SDK run failed)");
            targetMet = false;
            continue;
        }
        anyCompared = true;
        const double theirs = deliveredRate(row.theirs.sink, row.theirs.seconds);
        const double ratio = theirs > 0 ? ours / theirs : 0;
        const bool met = ratio >= target && row.oursClean;
        targetMet = targetMet && met;
        std::printf("   %-32s %8lld%s %11.0f %6lld %5lld %7.1fx   %s\n", qPrintable(row.theirs.package),
            static_cast<long long>(row.theirs.events), row.theirs.events < row.ours.events ? "*" : " ", theirs,
            static_cast<long long>(row.theirs.sink.lost), static_cast<long long>(row.theirs.sink.duplicates), ratio,
            met ? "met" : "NOT met");
    }
    if (std::any_of(rows.cbegin(), rows.cend(), [](const Row& row) { return row.compared && row.theirs.ok && row.theirs.events < row.ours.events; }))
        std::printf("  * the SDK sent fewer events: the full count did not fit --sdk-budget %.0f s (a smaller run favours an SDK "
                    "that slows down as its queue grows)\n", options.sdkBudgetSeconds);
    std::printf("  events/s count events the sink saw once; lost = seq never seen, dup = seq seen again\n");
    std::printf("  load average at the end: %s\n", qPrintable(loadAverage()));
    if (anyCompared)
        std::printf("  target: >= %.0fx the official SDK with zero loss                 %s\n", target, targetMet ? "met" : "NOT met");
    if (!allClean) {
        std::fprintf(stderr, "the connector lost, doubled or failed events in at least one run\n");
        return 1;
    }
    return 0;
}

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Funnels and retention over the store, side by side with DuckDB on the same data in the same run.
//
// generate (DemoDataGenerator) -> NDJSON file -> journey import (EventImporter, a real store) -> analysis
// snapshot (AnalysisSnapshotBuilder, columns only) -> the ordered 4-step funnel with a 7-day window and weekly
// retention (FunnelEngine, RetentionEngine), each the best of several runs. Then bench/node/duckdb-analysis.mjs
// loads the same NDJSON into DuckDB (@duckdb/node-api, pinned in bench/node/package.json) and answers the
// same two questions; the numbers must agree, and the ratios are printed.
//
// Usage: bench_analysis [EVENTS] [USERS]   (default 10,000,000 events, 200,000 users)
// DuckDB needs `npm ci` in bench/node once; without it the DuckDB column is skipped.

#include "common/processtuning.h"
#include "analysis/analysissnapshotbuilder.h"
#include "analysis/demodatagenerator.h"
#include "analysis/funnelengine.h"
#include "analysis/retentionengine.h"
#include "io/eventimporter.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Journey;

namespace {

const char* const s_steps = "Product Viewed>Product Added>Checkout Started>Order Completed";
const char* const s_retentionEvent = "App Opened";
constexpr int s_periods = 8;
constexpr int s_runs = 5;

template<typename Run>
double bestOf(int runs, Run run)
{
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

void fail(const QString& what)
{
    std::fprintf(stderr, "bench_analysis: %s\n", qPrintable(what));
    std::exit(1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    tuneAllocatorForBulkWork(); // as journeyctl and the app do
    const qint64 events = argc > 1 ? std::max(10'000LL, atoll(argv[1])) : 10'000'000;
    const qint64 users = argc > 2 ? std::max(100LL, atoll(argv[2])) : 200'000;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/journey-bench-analysis-XXXXXX"));
    if (!dir.isValid())
        fail(QStringLiteral("no temporary folder"));
    const QString ndjson = dir.filePath(QStringLiteral("events.ndjson"));
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    QString error;

    std::printf("Journey Connector analysis benchmark: %lld events, %lld users, one store, same data in DuckDB\n",
        static_cast<long long>(events), static_cast<long long>(users));
    QElapsedTimer timer;
    timer.start();
    {
        QFile out(ndjson);
        if (!out.open(QIODevice::WriteOnly))
            fail(out.errorString());
        DemoDataGenerator::Options options;
        options.users = users;
        options.events = events;
        options.seed = 20260105;
        if (!DemoDataGenerator::write(options, out, &error))
            fail(error);
    }
    const double generateSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("  generate   %10.2f s   %6.0f MB NDJSON\n", generateSeconds, double(QFileInfo(ndjson).size()) / 1e6);

    timer.restart();
    {
        StoreWriter writer(store);
        if (!writer.open(&error))
            fail(error);
        EventImporter importer(writer);
        EventImporter::Result result;
        if (!importer.importFiles({ ndjson }, EventImporter::Options(), result, &error))
            fail(error);
    }
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("  import     %10.2f s   %10.0f events/s into SQLite\n", importSeconds, double(events) / importSeconds);

    timer.restart();
    AnalysisSnapshot snapshot;
    if (!AnalysisSnapshotBuilder::fromStore(store, true, snapshot, &error))
        fail(error);
    const double snapshotSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("  snapshot   %10.2f s   %d persons after merging identities, %lld event keys (once per store change)\n",
        snapshotSeconds, snapshot.personCount(), static_cast<long long>(snapshot.keyCount()));

    FunnelQuery funnel;
    if (!FunnelQuery::parseSteps(QLatin1String(s_steps), funnel.steps, &error))
        fail(error);
    funnel.windowMs = 7LL * 86'400'000;
    FunnelResult funnelResult;
    const double funnelSeconds = bestOf(s_runs, [&] {
        if (!FunnelEngine::run(snapshot, funnel, funnelResult, &error))
            fail(error);
    });
    RetentionQuery retention;
    retention.cohortEvent.event = QLatin1String(s_retentionEvent);
    retention.returnEvent.event = QLatin1String(s_retentionEvent);
    retention.period = AnalysisPeriod::Unit::Week;
    retention.periods = s_periods;
    RetentionResult retentionResult;
    const double retentionSeconds = bestOf(s_runs, [&] {
        if (!RetentionEngine::run(snapshot, retention, retentionResult, &error))
            fail(error);
    });
    QStringList stepUsers;
    for (const FunnelStepResult& step : std::as_const(funnelResult.steps))
        stepUsers.append(QString::number(step.users));
    std::printf("  funnel     %10.3f s   ordered, 4 steps, 7-day window: %s persons\n", funnelSeconds, qPrintable(stepUsers.join(QLatin1String(" > "))));
    std::printf("  retention  %10.3f s   weekly, %d periods, %lld cohorts\n", retentionSeconds, s_periods,
        static_cast<long long>(retentionResult.cohorts.size()));

    // DuckDB on the same file.
    const QString script = QStringLiteral(JOURNEY_SOURCE_DIR "/bench/node/duckdb-analysis.mjs");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QFileInfo::exists(QStringLiteral(JOURNEY_SOURCE_DIR "/bench/node/node_modules/@duckdb/node-api"))) {
        std::printf("  DuckDB: skipped (needs node and `npm ci` in bench/node)\n");
        return 0;
    }
    QProcess duck;
    duck.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    duck.start(node, { script, ndjson, QStringLiteral("--steps"), QLatin1String(s_steps), QStringLiteral("--window-seconds"),
                         QStringLiteral("604800"), QStringLiteral("--cohort-event"), QLatin1String(s_retentionEvent),
                         QStringLiteral("--return-event"), QLatin1String(s_retentionEvent), QStringLiteral("--period"),
                         QStringLiteral("week"), QStringLiteral("--periods"), QString::number(s_periods), QStringLiteral("--runs"),
                         QString::number(s_runs) });
    if (!duck.waitForFinished(30 * 60 * 1000) || duck.exitCode() != 0)
        fail(QStringLiteral("the DuckDB script failed"));
    const QJsonObject answer = QJsonDocument::fromJson(duck.readAllStandardOutput()).object();
    const double duckFunnel = answer.value(QLatin1String("funnel")).toObject().value(QLatin1String("seconds")).toDouble();
    const double duckRetention = answer.value(QLatin1String("retention")).toObject().value(QLatin1String("seconds")).toDouble();
    std::printf("  DuckDB %s: load %.2f s, funnel %.3f s, retention %.3f s\n",
        qPrintable(answer.value(QLatin1String("duckdb_version")).toString()), answer.value(QLatin1String("load_seconds")).toDouble(),
        duckFunnel, duckRetention);

    // Both must say the same.
    const QJsonArray duckSteps = answer.value(QLatin1String("funnel")).toObject().value(QLatin1String("steps")).toArray();
    bool same = duckSteps.size() == funnelResult.steps.size();
    for (qsizetype i = 0; same && i < duckSteps.size(); ++i)
        same = qint64(duckSteps[i].toDouble()) == funnelResult.steps[i].users;
    const QJsonArray duckCohorts = answer.value(QLatin1String("retention")).toObject().value(QLatin1String("cohorts")).toArray();
    bool sameRetention = duckCohorts.size() == retentionResult.cohorts.size();
    for (qsizetype i = 0; sameRetention && i < duckCohorts.size(); ++i) {
        const QJsonObject cohort = duckCohorts[i].toObject();
        const RetentionCohort& ours = retentionResult.cohorts[i];
        sameRetention = cohort.value(QLatin1String("start")).toString() == ours.start.toString(Qt::ISODate)
            && qint64(cohort.value(QLatin1String("size")).toDouble()) == ours.size;
        const QJsonArray retained = cohort.value(QLatin1String("retained")).toArray();
        for (int n = 0; sameRetention && n < s_periods; ++n)
            sameRetention = qint64(retained[n].toDouble()) == ours.retained[size_t(n)];
    }
    std::printf("  results    funnel %s, retention %s\n", same ? "identical" : "DIFFER", sameRetention ? "identical" : "DIFFER");
    std::printf("  funnel:    %.1f x DuckDB   (target >= 5 x)   %s\n", duckFunnel / funnelSeconds, duckFunnel / funnelSeconds >= 5 ? "met" : "NOT met");
    std::printf("  retention: %.1f x DuckDB   (target >= 2 x)   %s\n", duckRetention / retentionSeconds,
        duckRetention / retentionSeconds >= 2 ? "met" : "NOT met");
    return same && sameRetention ? 0 : 1;
}

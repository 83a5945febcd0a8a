// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "collectcommand.h"

#include "collector/collector.h"
#include "commandparser.h"
#include "config/journeyconfig.h"
#include "validation/eventvalidator.h"
#include "signalwatcher.h"
#include "store/eventrecorder.h"

#include <QCoreApplication>

namespace Journey::Ctl {

int CollectCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("collect"), QStringLiteral("collect [--listen HOST:PORT] [options]"),
        QCoreApplication::translate("journeyctl",
            "Runs the collector without the GUI: analytics SDKs pointed at it have their events stored.\n"
            "The first line on standard output is 'listening on http://HOST:PORT'. SIGINT or SIGTERM stops it\n"
            "once everything received is stored and answered."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({ QStringLiteral("listen"),
        QCoreApplication::translate("journeyctl",
            "Address and port to listen on (default: the config's journey.collector.listen, else "
            "127.0.0.1:8787). Port 0 picks a free one."),
        QStringLiteral("HOST:PORT") });
    parser.addOption({ QStringLiteral("plan"),
        QCoreApplication::translate("journeyctl",
            "Check every event on arrival against this tracking plan (default: the config's journey.validation.plan); "
            "results go to the store with the events."),
        QStringLiteral("PLAN") });
    parser.addOption({ QStringLiteral("lint"),
        QCoreApplication::translate("journeyctl",
            "Provider lints to apply on arrival, comma-separated, or all (default: journey.validation.lint)."),
        QStringLiteral("PROVIDERS") });
    const int parsed = command.parseWithoutArguments(context);
    if (parsed >= 0)
        return parsed;

    JourneyConfig config;
    QString error;
    if (!JourneyConfig::load(context.configPath, !context.configGiven, config, &error)) {
        context.err << "journeyctl collect: " << error << '\n';
        return Failure;
    }
    CollectorConfig collectorConfig = config.collector;
    if (parser.isSet(QStringLiteral("listen"))
        && !CollectorConfig::parseListen(
            parser.value(QStringLiteral("listen")), collectorConfig.host, collectorConfig.port, &error))
        return command.usageError(context, QStringLiteral("--listen: ") + error);

    const QString planPath = parser.isSet(QStringLiteral("plan")) ? parser.value(QStringLiteral("plan")) : config.validationPlan;
    const QStringList lint = parser.isSet(QStringLiteral("lint"))
        ? parser.value(QStringLiteral("lint")).split(QLatin1Char(','))
        : config.validationLint;
    const EventValidatorPtr validator = EventValidator::load(planPath, lint, &error);
    if (!validator) {
        context.err << "journeyctl collect: " << error << '\n';
        return Failure;
    }

    EventRecorder recorder(context.storePath);
    recorder.setEventsInReports(false); // nothing here shows events: answers only need the tickets
    if (validator->isActive())
        recorder.setValidator(validator);
    if (!recorder.start(&error)) {
        context.err << "journeyctl collect: " << error << '\n';
        return Failure;
    }
    Collector collector(&recorder);
    collector.setKnownSecrets(config.knownSecrets);
    // Watching before the first line is out: a script may signal as soon as it has read it.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [&](int) {
        // Stop taking requests, answer everything received, then leave the event loop.
        collector.stop();
        QCoreApplication::quit();
    });
    if (!collector.startAndWait(collectorConfig, &error)) {
        context.err << "journeyctl collect: " << error << '\n';
        return Failure;
    }
    context.out << "listening on " << collector.url().toString() << '\n';
    context.out.flush();
    context.err << QCoreApplication::translate("journeyctl", "storing events in %1; stop with Ctrl+C").arg(context.storePath)
                << '\n';
    context.err.flush();

    QCoreApplication::exec();
    recorder.stop();

    const CollectorStats stats = collector.stats();
    context.err << QCoreApplication::translate("journeyctl", "stored %1 events from %2 requests (%3 rejected)")
                       .arg(stats.events)
                       .arg(stats.acceptedRequests)
                       .arg(stats.rejectedRequests)
                << '\n';
    context.err.flush();
    return Success;
}

} // namespace Journey::Ctl

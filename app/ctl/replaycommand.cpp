// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "replaycommand.h"

#include "capture/capturefile.h"
#include "commandparser.h"
#include "config/journeyconfig.h"
#include "core/secretmasker.h"
#include "core/timestamp.h"
#include "delivery/connector.h"
#include "replay/connectorreplaysink.h"
#include "replay/httpreplaysink.h"
#include "replay/replayer.h"
#include "replay/replayplanner.h"
#include "replay/systemreplayclock.h"
#include "signalwatcher.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace Journey::Ctl {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

QString eventsText(int count)
{
    return count == 1 ? QStringLiteral("1 event") : QStringLiteral("%1 events").arg(count);
}

QJsonObject requestJson(const ReplayRequest& request, int index, const SecretMasker& masker)
{
    QJsonObject object { { QStringLiteral("index"), index + 1 }, { QStringLiteral("kind"), request.kindName() },
        { QStringLiteral("dueMs"), double(request.dueMs) },
        { QStringLiteral("method"), QString::fromLatin1(request.method()) },
        { QStringLiteral("url"), request.maskedUrl(masker) }, { QStringLiteral("events"), request.eventCount() },
        { QStringLiteral("bytes"), double(request.bodyBytes()) } };
    if (!request.notes.isEmpty())
        object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(request.notes));
    return object;
}

} // namespace

int ReplayCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("replay"),
        QStringLiteral("replay FILE --to PROVIDER|collector|URL [--speed N|max] [--keep-ids] [--timestamps keep|shift] "
                       "[--user-suffix S] [--dry-run] [--format text|json]"),
        tr("Replays a capture (or plain canonical NDJSON, as `journeyctl export` writes it) to a configured provider\n"
           "(through the connector), the local collector (`collector`: journey.collector.listen), or a URL. The\n"
           "collector and URLs get each captured request in its original wire format (its path appended to the\n"
           "URL's); events without one go as Segment /v1/batch bodies. Requests keep the original pacing divided by\n"
           "--speed, or go as fast as possible with --speed max.\n"
           "\n"
           "By default the dedup ids (messageId, $insert_id, insert_id, uuid) are new, so providers do not drop the\n"
           "replay as duplicates; --keep-ids sends them as captured. --timestamps shift moves every time so that the\n"
           "last event is now, gaps preserved. --user-suffix appends S to every userId, anonymousId and previousId.\n"
           "\n"
           "Prints one line per request to stdout (with --dry-run: method, URL without secrets, events, body size,\n"
           "and nothing is sent); progress goes to stderr. Exit 0 when every request was answered with a 2xx (or\n"
           "the provider delivered every event), 1 otherwise with the reason, 2 on a bad flag or input file."));
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A capture file or canonical NDJSON (.gz accepted)."));
    parser.addOption({ QStringLiteral("to"),
        tr("A configured provider (segment, mixpanel, …), collector, or an http(s) URL."), QStringLiteral("TARGET") });
    parser.addOption({ QStringLiteral("speed"),
        tr("The original pacing divided by N (1 = real time, 2 = twice as fast), or max. Default 1."),
        QStringLiteral("N|max"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("keep-ids"), tr("Send the dedup ids as captured instead of new ones.") });
    parser.addOption(
        { QStringLiteral("timestamps"), tr("keep (default) or shift: move every time so that the last event is now."),
            QStringLiteral("MODE"), QStringLiteral("keep") });
    parser.addOption({ QStringLiteral("user-suffix"),
        tr("Append S to every userId, anonymousId and previousId (the same everywhere: identities stay linked)."),
        QStringLiteral("S") });
    parser.addOption({ QStringLiteral("dry-run"), tr("List the requests that would be sent; send nothing.") });
    parser.addOption({ QStringLiteral("format"), tr("text (default) or json (one object at the end)."),
        QStringLiteral("FORMAT"), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("parallel"), tr("Requests in flight at once at --speed max (default 4)."),
        QStringLiteral("N"), QStringLiteral("4") });
    parser.addOption({ QStringLiteral("timeout"),
        tr("Seconds to wait for an answer (per HTTP request; for a provider, for the last deliveries). Default 60."),
        QStringLiteral("SECONDS"), QStringLiteral("60") });
    const int parsed = command.parse(context);
    if (parsed >= 0)
        return parsed;

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return command.usageError(context, tr("give the capture to replay: replay FILE --to TARGET"));
    if (positional.size() > 1)
        return command.usageError(context, tr("unexpected argument '%1'").arg(positional.at(1)));
    if (!parser.isSet(QStringLiteral("to")))
        return command.usageError(context, tr("--to is required: a configured provider, collector or a URL"));

    ReplayOptions options;
    QString error;
    if (!ReplayOptions::parseSpeed(parser.value(QStringLiteral("speed")), options, &error))
        return command.usageError(context, QStringLiteral("--speed: ") + error);
    const auto timestamps = replayTimestampsFromName(parser.value(QStringLiteral("timestamps")));
    if (!timestamps)
        return command.usageError(context,
            tr("--timestamps: expected keep or shift, got '%1'").arg(parser.value(QStringLiteral("timestamps"))));
    options.timestamps = *timestamps;
    options.regenerateIds = !parser.isSet(QStringLiteral("keep-ids"));
    options.userSuffix = parser.value(QStringLiteral("user-suffix"));
    if (parser.isSet(QStringLiteral("user-suffix")) && options.userSuffix.isEmpty())
        return command.usageError(context, tr("--user-suffix: expected a non-empty suffix"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return command.usageError(context, tr("--format: expected text or json, got '%1'").arg(format));
    const bool json = format == QLatin1String("json");
    bool ok = false;
    options.maxInFlight = parser.value(QStringLiteral("parallel")).toInt(&ok);
    if (!ok || options.maxInFlight < 1 || options.maxInFlight > 64)
        return command.usageError(context, tr("--parallel: expected a whole number between 1 and 64"));
    const int timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeoutSeconds < 1 || timeoutSeconds > 86400)
        return command.usageError(context, tr("--timeout: expected whole seconds between 1 and 86400"));
    options.timeoutMs = timeoutSeconds * 1000;

    JourneyConfig config;
    if (!JourneyConfig::load(context.configPath, !context.configGiven, config, &error)) {
        context.err << "journeyctl replay: " << error << '\n';
        return UsageError;
    }
    ReplayTarget target;
    if (!ReplayTarget::parse(parser.value(QStringLiteral("to")), config, target, &error))
        return command.usageError(context, QStringLiteral("--to: ") + error);

    const QString path = positional.first();
    auto capture = std::make_shared<Capture>();
    if (!CaptureFile::read(path, *capture, &error)) {
        context.err << "journeyctl replay: " << error << '\n';
        return UsageError;
    }

    if (target.kind == ReplayTarget::Kind::Collector && !config.collector.writeKeys.isEmpty())
        options.writeKey = config.collector.writeKeys.first();
    ReplayPlanner planner(options, target);
    const ProviderSettings* settings
        = target.kind == ReplayTarget::Kind::Provider ? config.settingsFor(target.provider) : nullptr;
    if (settings)
        planner.setProvider(settings->provider, settings->effectiveLimits());
    ReplayPlan plan;
    if (!planner.plan(*capture, Timestamp::nowMs(), plan, &error)) {
        context.err << "journeyctl replay: " << error << '\n';
        return Failure;
    }
    capture.reset(); // the plan holds what is sent

    SecretMasker masker;
    for (const QString& secret : std::as_const(config.knownSecrets))
        masker.addKnownSecret(secret.toUtf8());
    for (const ReplayPlan::Skipped& skipped : std::as_const(plan.skipped))
        context.err << "journeyctl replay: "
                    << tr("event %1 not replayed: %2").arg(skipped.event + 1).arg(skipped.reason) << '\n';
    for (const QString& note : std::as_const(plan.notes))
        context.err << "journeyctl replay: " << note << '\n';
    for (qsizetype i = 0; i < plan.requests.size(); ++i) {
        for (const QString& note : plan.requests[i].notes)
            context.err << "journeyctl replay: " << tr("request %1: %2").arg(i + 1).arg(note) << '\n';
    }

    if (options.dryRun) {
        if (json) {
            QJsonArray requests;
            for (qsizetype i = 0; i < plan.requests.size(); ++i)
                requests.append(requestJson(plan.requests[i], int(i), masker));
            const QJsonObject object { { QStringLiteral("target"), target.describe() },
                { QStringLiteral("dryRun"), true }, { QStringLiteral("events"), plan.eventCount },
                { QStringLiteral("skipped"), int(plan.skipped.size()) },
                { QStringLiteral("durationMs"), double(plan.durationMs()) }, { QStringLiteral("requests"), requests } };
            context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        } else {
            for (qsizetype i = 0; i < plan.requests.size(); ++i) {
                const ReplayRequest& request = plan.requests[i];
                context.out << '#' << (i + 1) << " +" << seconds(request.dueMs) << "s "
                            << QString::fromLatin1(request.method()) << ' ' << request.maskedUrl(masker) << ' '
                            << eventsText(request.eventCount()) << ' ' << request.bodyBytes() << " bytes "
                            << request.kindName() << '\n';
            }
        }
        context.err << "journeyctl replay: "
                    << tr("dry run: %n request(s) to %1", nullptr, int(plan.requests.size())).arg(target.describe())
                    << ", " << eventsText(plan.eventCount) << ", "
                    << tr("%1 s at this speed").arg(seconds(plan.durationMs())) << tr("; nothing was sent") << '\n';
        return Success;
    }

    // The sink: the connector for a provider, HTTP for the collector and URLs.
    std::unique_ptr<Connector> connector;
    std::unique_ptr<ReplaySink> sink;
    if (target.kind == ReplayTarget::Kind::Provider) {
        EventValidatorPtr validator;
        if (!Connector::loadValidator(config, validator, &error)) {
            context.err << "journeyctl replay: " << error << '\n';
            return Failure;
        }
        connector = std::make_unique<Connector>();
        connector->setValidator(validator);
        if (!connector->start(context.storePath, config, &error)) {
            context.err << "journeyctl replay: " << error << '\n';
            return Failure;
        }
        sink = std::make_unique<ConnectorReplaySink>(connector.get(), target.provider);
    } else {
        auto http = std::make_unique<HttpReplaySink>(options.maxInFlight, options.timeoutMs);
        if (target.kind == ReplayTarget::Kind::Collector)
            http->setExtraHeaders(ReplayTarget::collectorHeaders(config));
        sink = std::move(http);
    }

    SystemReplayClock clock;
    Replayer replayer(clock, *sink);
    replayer.setDrainTimeout(options.timeoutMs);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, [&replayer, &context](int) {
        context.err << "journeyctl replay: " << tr("interrupted: cancelling") << '\n';
        context.err.flush();
        replayer.cancel();
    });
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QElapsedTimer wall;
    wall.start();
    replayer.setProgressCallback([&](const ReplayProgress& progress, const ReplayResult* result) {
        if (result && !json) {
            const ReplayRequest& request = plan.requests[result->index];
            context.out << '#' << (result->index + 1) << " +" << seconds(result->sentAtMs) << "s "
                        << QString::fromLatin1(request.method()) << ' ' << request.maskedUrl(masker) << ' '
                        << (result->status ? QString::number(result->status) : QStringLiteral("-")) << ' '
                        << ReplayResult::outcomeName(result->outcome) << ' ' << eventsText(result->eventCount);
            if (!result->error.isEmpty())
                context.out << " (" << result->error << ')';
            context.out << '\n';
            context.out.flush();
        }
        if (sinceProgress.elapsed() >= 1000
            || (!result && progress.sent == progress.total && progress.finished == progress.total)) {
            sinceProgress.restart();
            context.err << "journeyctl replay: "
                        << tr("%1/%2 requests, %3/%4 events sent, %5 answered, %6 failed, %7 s")
                               .arg(progress.sent)
                               .arg(progress.total)
                               .arg(progress.eventsSent)
                               .arg(progress.eventsTotal)
                               .arg(progress.finished)
                               .arg(progress.failed)
                               .arg(seconds(progress.elapsedMs))
                        << (progress.paused ? tr(" (paused)") : QString()) << '\n';
            context.err.flush();
        }
    });
    const QList<ReplayResult> results = replayer.run(plan);
    const qint64 elapsedMs = wall.elapsed();
    if (connector)
        connector->shutdown(0);

    int delivered = 0;
    int failedRequests = 0;
    int notSent = 0;
    int eventsDelivered = 0;
    QString firstReason;
    for (const ReplayResult& result : results) {
        eventsDelivered += result.eventsDelivered;
        if (result.delivered()) {
            ++delivered;
            continue;
        }
        if (result.outcome == ReplayResult::Outcome::NotSent)
            ++notSent;
        else
            ++failedRequests;
        if (firstReason.isEmpty())
            firstReason = tr("request %1: %2").arg(result.index + 1).arg(result.error);
    }
    if (json) {
        QJsonArray requests;
        for (const ReplayResult& result : results) {
            QJsonObject object = requestJson(plan.requests[result.index], result.index, masker);
            object.insert(QStringLiteral("status"), result.status);
            object.insert(QStringLiteral("outcome"), ReplayResult::outcomeName(result.outcome));
            object.insert(QStringLiteral("sentAtMs"), double(result.sentAtMs));
            object.insert(QStringLiteral("eventsDelivered"), result.eventsDelivered);
            if (!result.error.isEmpty())
                object.insert(QStringLiteral("error"), result.error);
            requests.append(object);
        }
        const QJsonObject object { { QStringLiteral("target"), target.describe() }, { QStringLiteral("dryRun"), false },
            { QStringLiteral("events"), plan.eventCount }, { QStringLiteral("eventsDelivered"), eventsDelivered },
            { QStringLiteral("skipped"), int(plan.skipped.size()) }, { QStringLiteral("delivered"), delivered },
            { QStringLiteral("failed"), failedRequests }, { QStringLiteral("notSent"), notSent },
            { QStringLiteral("elapsedMs"), double(elapsedMs) }, { QStringLiteral("requests"), requests } };
        context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    }
    const double rate = elapsedMs > 0 ? double(eventsDelivered) * 1000.0 / double(elapsedMs) : 0.0;
    context.err << "journeyctl replay: "
                << tr("%1 of %2 requests delivered to %3 (%4 of %5 events) in %6 s, %7 events/s")
                       .arg(delivered)
                       .arg(results.size())
                       .arg(target.describe())
                       .arg(eventsDelivered)
                       .arg(plan.eventCount)
                       .arg(seconds(elapsedMs))
                       .arg(qRound64(rate))
                << '\n';
    if (replayer.isCancelled())
        context.err << "journeyctl replay: " << tr("cancelled: %n request(s) not sent", nullptr, notSent) << '\n';
    if (failedRequests > 0 || notSent > 0) {
        context.err << "journeyctl replay: "
                    << tr("%n request(s) failed; first: %1", nullptr, failedRequests + notSent).arg(firstReason);
        if (target.kind == ReplayTarget::Kind::Collector && firstReason.contains(tr("connection refused")))
            context.err << tr(" (is the collector running? start it with `journeyctl collect` or the app)");
        context.err << '\n';
        return Failure;
    }
    if (!plan.skipped.isEmpty()) {
        context.err << "journeyctl replay: "
                    << tr("%n event(s) of the capture could not be replayed (listed above)", nullptr,
                           int(plan.skipped.size()))
                    << '\n';
        return Failure;
    }
    return Success;
}

} // namespace Journey::Ctl

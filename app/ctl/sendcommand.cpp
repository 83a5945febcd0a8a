// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "sendcommand.h"

#include "commandparser.h"
#include "config/journeyconfig.h"
#include "core/eventbatch.h"
#include "core/eventparser.h"
#include "core/timestamp.h"
#include "delivery/connector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdio>

namespace Journey::Ctl {

namespace {

struct Input
{
    QByteArray json;
    QString origin; ///< FILE:LINE or "the command line"
};

// Reads the message from the flags: --type T and the fields of that call.
bool messageFromFlags(const QCommandLineParser& parser, QByteArray& out, QString* error)
{
    QJsonObject message;
    message.insert(QStringLiteral("type"), parser.value(QStringLiteral("type")));
    const std::pair<const char*, const char*> strings[] = { { "user-id", "userId" }, { "anonymous-id", "anonymousId" },
        { "event", "event" }, { "name", "name" }, { "group-id", "groupId" }, { "previous-id", "previousId" },
        { "message-id", "messageId" }, { "timestamp", "timestamp" } };
    for (const auto& [flag, key] : strings) {
        if (parser.isSet(QLatin1String(flag)))
            message.insert(QLatin1String(key), parser.value(QLatin1String(flag)));
    }
    const std::pair<const char*, const char*> objects[] = { { "properties", "properties" }, { "traits", "traits" },
        { "context", "context" }, { "integrations", "integrations" } };
    for (const auto& [flag, key] : objects) {
        if (!parser.isSet(QLatin1String(flag)))
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(parser.value(QLatin1String(flag)).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = QCoreApplication::translate("journeyctl", "--%1: expected a JSON object (%2)")
                         .arg(QLatin1String(flag),
                             parseError.error != QJsonParseError::NoError
                                 ? parseError.errorString()
                                 : QCoreApplication::translate("journeyctl", "not an object"));
            return false;
        }
        message.insert(QLatin1String(key), document.object());
    }
    out = QJsonDocument(message).toJson(QJsonDocument::Compact);
    return true;
}

bool readFile(const QString& path, QList<Input>& inputs, QString* error)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("journeyctl", "cannot read standard input");
            return false;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("journeyctl", "cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    const QString name = path == QLatin1String("-") ? QCoreApplication::translate("journeyctl", "stdin") : path;
    qint64 line = 0;
    while (!file.atEnd()) {
        QByteArray text = file.readLine();
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        inputs.append({ text.trimmed(), QStringLiteral("%1:%2").arg(name).arg(line) });
    }
    return true;
}

} // namespace

int SendCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("send"),
        QStringLiteral("send --provider NAME [--endpoint URL] (--file NDJSON | --type T [call options])"),
        tr("Delivers events through the connector to the configured providers and prints one line per HTTP request:\n"
           "provider, method, URL (secrets masked), status, outcome, events. Exits 0 only when every event was\n"
           "delivered (or deliberately sampled out); undelivered events stay queued in the store's outbox."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({ QStringLiteral("provider"),
        tr("A configured provider (repeatable), or 'all' for every enabled one. Default: journey.provider."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("endpoint"),
        tr("Base URL to send to instead of the provider's (self-hosted, proxy, test sink)."), QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("file"), tr("NDJSON file of Segment Spec messages ('-': standard input)."),
        QStringLiteral("NDJSON") });
    parser.addOption({ QStringLiteral("type"), tr("One call: track, identify, page, screen, group or alias."), QStringLiteral("T") });
    parser.addOption({ QStringLiteral("user-id"), tr("userId of the call."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("anonymous-id"), tr("anonymousId of the call."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("event"), tr("Event name of a track call."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("name"), tr("Name of a page or screen call."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("group-id"), tr("groupId of a group call."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("previous-id"), tr("previousId of an alias call."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("properties"), tr("Properties as a JSON object."), QStringLiteral("JSON") });
    parser.addOption({ QStringLiteral("traits"), tr("Traits as a JSON object."), QStringLiteral("JSON") });
    parser.addOption({ QStringLiteral("context"), tr("Context as a JSON object."), QStringLiteral("JSON") });
    parser.addOption({ QStringLiteral("integrations"), tr("Segment integrations object."), QStringLiteral("JSON") });
    parser.addOption({ QStringLiteral("timestamp"), tr("ISO-8601 timestamp (default: now)."), QStringLiteral("TIME") });
    parser.addOption({ QStringLiteral("message-id"), tr("messageId (default: generated)."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("queued"),
        tr("Also deliver what is queued in the outbox from earlier runs (a crashed app, a timed-out send); alone, only that.") });
    parser.addOption({ QStringLiteral("timeout"), tr("Seconds to wait for delivery (default 60)."), QStringLiteral("SECONDS") });
    const int parsed = command.parse(context);
    if (parsed >= 0)
        return parsed;

    if (!parser.positionalArguments().isEmpty())
        return command.usageError(context, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const bool fromFile = parser.isSet(QStringLiteral("file"));
    const bool fromFlags = parser.isSet(QStringLiteral("type"));
    const bool queuedOnly = parser.isSet(QStringLiteral("queued")) && !fromFile && !fromFlags;
    if (fromFile && fromFlags)
        return command.usageError(context, tr("give either --file NDJSON or --type T with the call's options, not both"));
    if (!fromFile && !fromFlags && !queuedOnly)
        return command.usageError(context, tr("give --file NDJSON, --type T with the call's options, or --queued"));
    if (fromFile) {
        for (const char* flag : { "user-id", "anonymous-id", "event", "name", "group-id", "previous-id", "properties",
                 "traits", "context", "integrations", "timestamp", "message-id" }) {
            if (parser.isSet(QLatin1String(flag)))
                return command.usageError(context, tr("--%1 describes one call; it cannot be used with --file").arg(QLatin1String(flag)));
        }
    }
    int timeoutSeconds = 60;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutSeconds < 1 || timeoutSeconds > 86400)
            return command.usageError(context, tr("--timeout: expected whole seconds between 1 and 86400"));
    }
    QUrl endpoint;
    if (parser.isSet(QStringLiteral("endpoint"))) {
        endpoint = QUrl(parser.value(QStringLiteral("endpoint")), QUrl::StrictMode);
        if (!endpoint.isValid() || endpoint.host().isEmpty()
            || (endpoint.scheme() != QLatin1String("http") && endpoint.scheme() != QLatin1String("https")))
            return command.usageError(context, tr("--endpoint: expected an http:// or https:// base URL"));
    }

    JourneyConfig config;
    QString error;
    if (!JourneyConfig::load(context.configPath, !context.configGiven, config, &error)) {
        context.err << "journeyctl send: " << error << '\n';
        return Failure;
    }
    // journey.validation is part of the configuration: a plan that cannot be read or compiled fails the same
    // way, before anything is read or sent. Providers whose `validation` is block turn events that break it
    // into dead letters, reported below as failed.
    EventValidatorPtr validator;
    if (!Connector::loadValidator(config, validator, &error)) {
        context.err << "journeyctl send: " << error << '\n';
        return Failure;
    }
    QStringList providers = parser.values(QStringLiteral("provider"));
    if (providers.contains(QStringLiteral("all"))) {
        providers.clear();
        for (const ProviderSettings& settings : std::as_const(config.providerSettings)) {
            if (settings.enabled)
                providers.append(settings.id);
        }
        if (providers.isEmpty()) {
            context.err << "journeyctl send: " << tr("no enabled provider in %1").arg(context.configPath) << '\n';
            return Failure;
        }
    }
    if (providers.isEmpty())
        providers = config.defaultProviders;
    for (const QString& id : std::as_const(providers)) {
        if (!JourneyConfig::providerNames().contains(id))
            return command.usageError(context,
                tr("--provider: unknown provider '%1'; expected one of: %2, all")
                    .arg(id, JourneyConfig::providerNames().join(QLatin1String(", "))));
        if (!config.settingsFor(id)) {
            context.err << "journeyctl send: "
                        << tr("%1 is not configured: add journey.providers.%1 with its credentials to %2")
                               .arg(id, context.configPath)
                        << '\n';
            return Failure;
        }
    }
    if (providers.isEmpty()) {
        for (const ProviderSettings& settings : std::as_const(config.providerSettings)) {
            if (settings.enabled)
                providers.append(settings.id);
        }
    }
    if (providers.isEmpty()) {
        context.err << "journeyctl send: "
                    << tr("no provider configured: add one under journey.providers in %1").arg(context.configPath) << '\n';
        return Failure;
    }
    if (endpoint.isValid()) {
        // The override applies to the chosen providers: re-read their settings with the endpoint set.
        for (ProviderSettings& settings : config.providerSettings) {
            if (!providers.contains(settings.id))
                continue;
            QJsonObject object = config.providers.value(settings.id).toObject();
            object.insert(QStringLiteral("endpoint"), endpoint.toString());
            if (!ProviderSettings::parse(settings.id, object, settings, &error)) {
                context.err << "journeyctl send: " << error << '\n';
                return Failure;
            }
        }
    }

    QList<Input> inputs;
    if (fromFile) {
        if (!readFile(parser.value(QStringLiteral("file")), inputs, &error)) {
            context.err << "journeyctl send: " << error << '\n';
            return Failure;
        }
    } else if (fromFlags) {
        QByteArray json;
        if (!messageFromFlags(parser, json, &error))
            return command.usageError(context, error);
        inputs.append({ json, tr("the command line") });
    }
    // Check everything before sending anything: a bad line stops the whole send.
    {
        EventParser checker;
        for (const Input& input : std::as_const(inputs)) {
            EventBatch scratch;
            if (!checker.parseMessage(input.json, scratch)) {
                context.err << "journeyctl send: " << input.origin << ": " << checker.error().toString() << '\n'
                            << tr("journeyctl send: nothing was sent") << '\n';
                return Failure;
            }
        }
    }
    if (inputs.isEmpty() && !queuedOnly) {
        context.err << "journeyctl send: " << tr("no events to send") << '\n';
        return Failure;
    }

    Connector connector;
    connector.setValidator(validator); // null: the configuration names none, and start() finds none either
    if (!connector.start(context.storePath, config, &error)) {
        context.err << "journeyctl send: " << error << '\n';
        return Failure;
    }
    // (provider, messageId) → settled?
    QHash<QString, QSet<QString>> waiting;
    QHash<QString, QString> failures;
    int sampled = 0;
    QObject::connect(&connector, &Connector::exchangeFinished, [&context](const DeliveryExchange& exchange) {
        context.out << exchange.provider << ' ' << QString::fromLatin1(exchange.method) << ' ' << exchange.url << ' '
                    << (exchange.status ? QString::number(exchange.status) : QStringLiteral("-")) << ' '
                    << deliveryOutcomeName(exchange.outcome) << ' '
                    << (exchange.eventCount == 1 ? QStringLiteral("1 event") : QStringLiteral("%1 events").arg(exchange.eventCount));
        if (exchange.outcome != DeliveryOutcome::Delivered)
            context.out << " (" << exchange.reason << ')';
        context.out << '\n';
        context.out.flush();
    });
    QString lastStoreError;
    QObject::connect(&connector, &Connector::storeError, [&context, &lastStoreError](const QString& message) {
        if (message == lastStoreError)
            return;
        lastStoreError = message;
        context.err << "journeyctl send: " << message << '\n';
        context.err.flush();
    });
    QObject::connect(&connector, &Connector::eventsDelivered, [&waiting](const QString& provider, const QStringList& ids) {
        for (const QString& id : ids)
            waiting[provider].remove(id);
    });
    const bool includeQueued = parser.isSet(QStringLiteral("queued"));
    QObject::connect(&connector, &Connector::eventsFailed,
        [&waiting, &failures, includeQueued](const QString& provider, const QStringList& ids, const QString& reason) {
            for (const QString& id : ids) {
                if (waiting[provider].remove(id) || includeQueued)
                    failures.insert(provider + QLatin1Char('\n') + id, reason);
            }
        });

    int accepted = 0;
    for (const Input& input : std::as_const(inputs)) {
        EnqueueResult result = connector.send(input.json, providers);
        while (result.status == EnqueueResult::Status::QueueFull) {
            connector.flush(1000);
            QCoreApplication::processEvents();
            result = connector.send(input.json, providers);
        }
        if (!result.accepted()) {
            context.err << "journeyctl send: " << input.origin << ": " << result.error << '\n';
            continue;
        }
        ++accepted;
        if (result.sampledOut) {
            ++sampled;
            continue;
        }
        for (const QString& provider : std::as_const(result.providers))
            waiting[provider].insert(result.messageId);
    }

    QElapsedTimer clock;
    clock.start();
    const auto outstanding = [&waiting] {
        qsizetype count = 0;
        for (const QSet<QString>& ids : std::as_const(waiting))
            count += ids.size();
        return count;
    };
    bool backlogDone = !includeQueued;
    while ((outstanding() > 0 || !backlogDone) && clock.elapsed() < qint64(timeoutSeconds) * 1000) {
        const bool flushed = connector.flush(200);
        QCoreApplication::processEvents();
        backlogDone = backlogDone || flushed;
    }
    if (!backlogDone) {
        context.err << "journeyctl send: " << tr("events queued from earlier runs were not all delivered within %1 s").arg(timeoutSeconds)
                    << '\n';
    }
    connector.shutdown(0);
    QCoreApplication::processEvents();

    const qsizetype stillQueued = outstanding();
    for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
        context.err << "journeyctl send: " << it.key().section(QLatin1Char('\n'), 0, 0) << ": "
                    << tr("event %1 failed: %2").arg(it.key().section(QLatin1Char('\n'), 1), it.value()) << '\n';
    }
    if (stillQueued > 0)
        context.err << "journeyctl send: "
                    << tr("not delivered within %1 s: %2 (event, provider) pairs; they stay queued in the outbox and are "
                          "retried by the next send (--queued) or by the app")
                           .arg(timeoutSeconds)
                           .arg(stillQueued)
                    << '\n';
    if (sampled > 0)
        context.err << "journeyctl send: " << tr("sampled out (recorded, not sent): %1 events").arg(sampled) << '\n';
    const bool allAccepted = accepted == inputs.size();
    if (!allAccepted || !failures.isEmpty() || stillQueued > 0 || !backlogDone)
        return Failure;
    return Success;
}

} // namespace Journey::Ctl

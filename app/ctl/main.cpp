// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// journeyctl: the Journey Connector engine without the GUI, for CI pipelines and scripts.

#include "capturecommand.h"
#include "collectcommand.h"
#include "core/apppaths.h"
#include "ctlcontext.h"
#include "diffcommand.h"
#include "common/processtuning.h"
#include "exportcommand.h"
#include "funnelcommand.h"
#include "generatecommand.h"
#include "harimportcommand.h"
#include "importcommand.h"
#include "infercommand.h"
#include "replaycommand.h"
#include "retentioncommand.h"
#include "sendcommand.h"
#include "sessionscommand.h"
#include "trendscommand.h"
#include "validatecommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Journey;
using namespace Journey::Ctl;

namespace {

struct Command
{
    const char* name;
    const char* summary;
    int (*run)(CtlContext&);
};

const Command commands[] = {
    { "collect", "run the collector headless until SIGINT/SIGTERM", &CollectCommand::run },
    { "import", "load canonical NDJSON or CSV events into the store", &ImportCommand::run },
    { "export", "write the store's events as canonical NDJSON or CSV", &ExportCommand::run },
    { "capture", "save a slice of the store as a capture file (events with their requests)", &CaptureCommand::run },
    { "har-import", "import a browser's HAR file as a capture (analytics requests decoded, the rest listed)", &HarImportCommand::run },
    { "diff", "compare two captures (events, properties, types, volume, funnel); exit 1 on drift", &DiffCommand::run },
    { "send", "deliver events to providers through the connector", &SendCommand::run },
    { "replay", "replay a capture to a provider, the collector or a URL (original pacing or --speed)", &ReplayCommand::run },
    { "validate", "check events against a tracking plan (text, JSON or JUnit report)", &ValidateCommand::run },
    { "infer", "infer a tracking plan from captured events", &InferCommand::run },
    { "funnel", "funnel over the store: users per step, conversions, time to convert", &FunnelCommand::run },
    { "retention", "retention cohorts over the store", &RetentionCommand::run },
    { "trends", "events or unique users per day, week or month", &TrendsCommand::run },
    { "generate", "write realistic demo events (deterministic NDJSON) or load them into the store", &GenerateCommand::run },
    { "sessions", "sessions per person (provider session ids, else inactivity) of the store or a capture", &SessionsCommand::run },
};

void printUsage(QTextStream& stream)
{
    stream << "Usage: journeyctl [--store PATH] [--config FILE] COMMAND [options]\n\n"
              "Commands:\n";
    for (const Command& command : commands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(11) << command.summary << '\n';
    stream << "\nGlobal options (before or after the command):\n"
              "  --store PATH   the store file (default: "
           << AppPaths::defaultStorePath()
           << ")\n"
              "  --config FILE  the configuration file (default: "
           << AppPaths::defaultConfigPath()
           << ")\n"
              "  --help         this help; 'journeyctl COMMAND --help' for a command\n"
              "  --version      the version\n\n"
              "Exit codes: 0 success, 1 the work failed, 2 bad command line.\n"
              "validate: 0 clean, 1 violations found, 2 the plan or the input cannot be read.\n"
              "diff: 0 no drift, 1 drift beyond the thresholds, 2 bad flags or inputs.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    tuneAllocatorForBulkWork();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("journey-connector"));
    QCoreApplication::setApplicationName(QStringLiteral("journeyctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOURNEY_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();

    QString storePath = AppPaths::defaultStorePath();
    QString configPath = AppPaths::defaultConfigPath();
    bool configGiven = false;
    QString commandName;
    QStringList commandArguments { arguments.value(0) };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        QString* target = nullptr;
        QString value;
        bool hasInlineValue = false;
        for (const auto& [name, path] : { std::pair { QStringLiteral("--store"), &storePath }, std::pair { QStringLiteral("--config"), &configPath } }) {
            if (argument == name) {
                target = path;
            } else if (argument.startsWith(name + QLatin1Char('='))) {
                target = path;
                value = argument.mid(name.size() + 1);
                hasInlineValue = true;
            }
        }
        if (target) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size()) {
                    err << "journeyctl: " << argument << " needs a value\n";
                    return UsageError;
                }
                value = arguments[++i];
            }
            if (value.isEmpty()) {
                err << "journeyctl: " << argument << " needs a value\n";
                return UsageError;
            }
            *target = value;
            if (target == &configPath)
                configGiven = true;
            continue;
        }
        if (commandName.isEmpty() && !argument.startsWith(QLatin1Char('-'))) {
            commandName = argument;
            continue;
        }
        if (commandName.isEmpty()) {
            if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
                printUsage(out);
                return Success;
            }
            if (argument == QLatin1String("--version")) {
                out << "journeyctl " << JOURNEY_VERSION << '\n';
                return Success;
            }
            err << "journeyctl: unknown option '" << argument << "' before the command\n";
            printUsage(err);
            return UsageError;
        }
        commandArguments.append(argument);
    }

    if (commandName.isEmpty()) {
        printUsage(err);
        return UsageError;
    }
    for (const Command& command : commands) {
        if (commandName == QLatin1String(command.name)) {
            CtlContext context { storePath, configPath, configGiven, commandArguments, out, err };
            const int code = command.run(context);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "journeyctl: unknown command '" << commandName << "'\n";
    printUsage(err);
    return UsageError;
}

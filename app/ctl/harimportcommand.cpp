// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "harimportcommand.h"

#include "capture/capturefile.h"
#include "capture/harimporter.h"
#include "commandparser.h"
#include "config/journeyconfig.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Journey::Ctl {

namespace {
/// Exit code when the file holds nothing to import (the contract for scripts: 1, not a failure of the tool).
constexpr int nothingImported = 1;
/// Exit code for bad flags and for input or output that cannot be used.
constexpr int badInput = 2;
} // namespace

int HarImportCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("har-import"),
        QStringLiteral("har-import FILE.har --out CAPTURE [--name NAME] [--format text|json] [--host HOST=PROVIDER]..."),
        QCoreApplication::translate("journeyctl",
            "Imports the analytics requests of a HAR file (a browser devtools export) as a capture: requests to\n"
            "Segment, RudderStack, Mixpanel, Amplitude, PostHog, GA4 and Heap ingestion hosts are decoded as the\n"
            "collector decodes them; other requests are counted and listed, never guessed at. Secrets are masked.\n"
            "Prints what was found (text or JSON) on standard output. Exit 0 when something was imported, 1 when\n"
            "the file holds no analytics request (nothing is written), 2 on a bad flag or an unreadable or\n"
            "malformed file."));
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("journeyctl", "The HAR file."),
        QStringLiteral("FILE.har"));
    parser.addOption({ QStringLiteral("out"),
        QCoreApplication::translate("journeyctl", "The capture file to write (gzip-compressed when it ends in .gz)."),
        QStringLiteral("CAPTURE") });
    parser.addOption({ QStringLiteral("name"),
        QCoreApplication::translate("journeyctl", "The capture's name (default: the HAR file's name)."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("format"), QCoreApplication::translate("journeyctl", "text (default) or json."),
        QStringLiteral("FORMAT"), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("host"),
        QCoreApplication::translate("journeyctl",
            "Also take requests to HOST as PROVIDER's (segment, rudderstack, mixpanel, amplitude, posthog, ga4, heap), "
            "or as a Journey collector's (collector: routed by path). HOST may be *.domain or host:port. Repeatable."),
        QStringLiteral("HOST=PROVIDER") });
    const int parsed = command.parse(context);
    if (parsed >= 0)
        return parsed;

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return command.usageError(context, QCoreApplication::translate("journeyctl", "FILE.har is required"));
    if (positional.size() > 1)
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "unexpected argument '%1'").arg(positional.at(1)));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return command.usageError(context, QCoreApplication::translate("journeyctl", "--out is required"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--format: '%1' is not text or json").arg(format));
    if (parser.isSet(QStringLiteral("name")) && parser.value(QStringLiteral("name")).trimmed().isEmpty())
        return command.usageError(context, QCoreApplication::translate("journeyctl", "--name: empty"));

    HarImporter::Options options;
    options.name = parser.value(QStringLiteral("name")).trimmed();
    QString error;
    for (const QString& spec : parser.values(QStringLiteral("host"))) {
        if (!options.endpoints.addHostSpec(spec, &error))
            return command.usageError(context, QStringLiteral("--host: ") + error);
    }
    // The configured keys are masked wherever they appear; the collector's own settings (accepted write keys) do
    // not apply: a HAR holds what went to the real providers.
    JourneyConfig config;
    if (!JourneyConfig::load(context.configPath, !context.configGiven, config, &error)) {
        context.err << "journeyctl har-import: " << error << '\n';
        return badInput;
    }
    for (const QString& secret : std::as_const(config.knownSecrets))
        options.knownSecrets.append(secret.toUtf8());

    HarImporter importer(options);
    Capture capture;
    HarImportReport report;
    if (!importer.importFile(positional.first(), capture, report, &error)) {
        context.err << "journeyctl har-import: " << error << '\n';
        return badInput;
    }

    if (format == QLatin1String("json"))
        context.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)) << '\n';
    else
        context.out << report.toText();
    context.out.flush();

    if (!report.hasImports()) {
        context.err << QCoreApplication::translate("journeyctl", "journeyctl har-import: no analytics request to import in %1; nothing written")
                           .arg(positional.first())
                    << '\n';
        return nothingImported;
    }
    if (!CaptureFile::write(out, capture, &error)) {
        context.err << "journeyctl har-import: " << error << '\n';
        return badInput;
    }
    context.err << QCoreApplication::translate("journeyctl", "capture written to %3 (events: %1, requests: %2)")
                       .arg(capture.eventCount())
                       .arg(capture.requestCount())
                       .arg(out)
                << '\n';
    return Success;
}

} // namespace Journey::Ctl

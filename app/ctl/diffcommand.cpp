// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "diffcommand.h"

#include "capture/capturediffengine.h"
#include "capture/capturediffreportwriter.h"
#include "capture/capturefile.h"
#include "commandoutput.h"
#include "commandparser.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Journey::Ctl {

namespace {
/// Exit code when a finding fails the diff: what CI looks for.
constexpr int driftFound = 1;
/// Exit code for a bad flag, an input that cannot be read, or a report that cannot be written.
constexpr int badInput = 2;
} // namespace

int DiffCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("diff"),
        QStringLiteral(
            "diff BASELINE CANDIDATE [--format text|json|junit] [--funnel \"A>B>C\"] [--window 7d] [options]"),
        QCoreApplication::translate("journeyctl",
            "Compares what two captures send (capture files or canonical NDJSON, gzip or not): events and\n"
            "properties added or removed, property type changes, required properties now missing, property\n"
            "coverage and event volume changes beyond the thresholds, and with --funnel the conversion of each\n"
            "step. Findings of some kinds fail the diff: removed events and properties, type changes,\n"
            "required properties now missing, volume changes and conversion drops beyond the thresholds\n"
            "(a thresholds file's \"failOn\" changes the list). Exit 0 when nothing fails, 1 on drift, 2 when\n"
            "a flag is wrong or a file cannot be read. docs/CAPTURES.md describes the report."));
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(
        QStringLiteral("BASELINE"), QCoreApplication::translate("journeyctl", "The capture to compare against (A)."));
    parser.addPositionalArgument(
        QStringLiteral("CANDIDATE"), QCoreApplication::translate("journeyctl", "The capture to check (B)."));
    parser.addOption(
        { QStringLiteral("format"), QCoreApplication::translate("journeyctl", "text (default), json or junit."),
            QStringLiteral("FORMAT"), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("out"),
        QCoreApplication::translate("journeyctl", "Write the report to FILE instead of standard output."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("funnel"),
        QCoreApplication::translate(
            "journeyctl", "Also compare this funnel's step conversions: 2 to 20 steps, \"A>B>C\"."),
        QStringLiteral("STEPS") });
    parser.addOption({ QStringLiteral("window"),
        QCoreApplication::translate("journeyctl", "The funnel's conversion window: 90s, 30m, 12h, 7d (default), 2w."),
        QStringLiteral("DURATION") });
    parser.addOption({ QStringLiteral("volume-threshold"),
        QCoreApplication::translate(
            "journeyctl", "An event's count may change by this many percent before it drifts (default 20)."),
        QStringLiteral("PCT") });
    parser.addOption({ QStringLiteral("coverage-threshold"),
        QCoreApplication::translate("journeyctl",
            "A property's share of its event's events may change by this many percentage points (default 10)."),
        QStringLiteral("PTS") });
    parser.addOption({ QStringLiteral("conversion-threshold"),
        QCoreApplication::translate("journeyctl",
            "A funnel step's conversion from the previous step may change by this many points (default 5)."),
        QStringLiteral("PTS") });
    parser.addOption({ QStringLiteral("normalize"),
        QCoreApplication::translate("journeyctl",
            "Compare each event's share of all events instead of its count (captures of different lengths).") });
    parser.addOption({ QStringLiteral("thresholds"),
        QCoreApplication::translate("journeyctl",
            "A JSON file of thresholds, failing kinds, ignored events and properties, and a funnel; flags win."),
        QStringLiteral("FILE") });
    const int parsed = command.parse(context);
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return command.usageError(
            context, QCoreApplication::translate("journeyctl", "name two captures: the baseline and the candidate"));
    if (positional.size() > 2)
        return command.usageError(
            context, QCoreApplication::translate("journeyctl", "unexpected argument '%1'").arg(positional.at(2)));

    const QString formatText = parser.value(QStringLiteral("format"));
    const auto format = CaptureDiffReportWriter::formatFromName(formatText);
    if (!format)
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--format: '%1' is not text, json or junit").arg(formatText));

    CaptureDiffOptions options;
    QString error;
    if (parser.isSet(QStringLiteral("thresholds"))) {
        if (!options.loadFile(parser.value(QStringLiteral("thresholds")), &error)) {
            context.err << "journeyctl diff: --thresholds: " << error << '\n';
            return badInput;
        }
    }
    for (const auto& [name, target] : { std::pair { QStringLiteral("volume-threshold"), &options.volumePercent },
             std::pair { QStringLiteral("coverage-threshold"), &options.coveragePoints },
             std::pair { QStringLiteral("conversion-threshold"), &options.conversionPoints } }) {
        if (!parser.isSet(name))
            continue;
        if (!CaptureDiffOptions::parseAmount(parser.value(name), *target))
            return command.usageError(context,
                QCoreApplication::translate("journeyctl", "--%1: '%2' is not a number of 0 or more")
                    .arg(name, parser.value(name)));
    }
    if (parser.isSet(QStringLiteral("normalize")))
        options.normalizeVolume = true;
    if (parser.isSet(QStringLiteral("funnel"))) {
        if (!options.setFunnel(parser.value(QStringLiteral("funnel")), &error))
            return command.usageError(context, QStringLiteral("--funnel: ") + error);
    }
    if (parser.isSet(QStringLiteral("window"))) {
        if (!options.hasFunnel())
            return command.usageError(context,
                QCoreApplication::translate("journeyctl", "--window: there is no funnel; add --funnel \"A>B>C\""));
        const QString windowText = parser.value(QStringLiteral("window"));
        if (!FunnelQuery::parseDuration(windowText, options.funnelWindowMs, &error))
            return command.usageError(context, QStringLiteral("--window: ") + error);
        if (options.funnelWindowMs < FunnelQuery::minWindowMs || options.funnelWindowMs > FunnelQuery::maxWindowMs)
            return command.usageError(context,
                QCoreApplication::translate("journeyctl", "--window: '%1' is not between 1 second and 366 days")
                    .arg(windowText));
    }
    if (!options.check(&error))
        return command.usageError(context, error);

    Capture baseline;
    Capture candidate;
    for (const auto& [path, capture] :
        { std::pair { positional.at(0), &baseline }, std::pair { positional.at(1), &candidate } }) {
        if (!CaptureFile::read(path, *capture, &error)) {
            context.err << "journeyctl diff: " << error << '\n';
            return badInput;
        }
    }

    CaptureDiff diff;
    if (!CaptureDiffEngine::run(baseline, candidate, options, diff, &error)) {
        context.err << "journeyctl diff: " << error << '\n';
        return badInput;
    }
    diff.baseline.source = positional.at(0);
    diff.candidate.source = positional.at(1);
    for (CaptureDiff::Side* side : { &diff.baseline, &diff.candidate }) {
        if (side->name.isEmpty())
            side->name = QFileInfo(side->source).fileName();
    }

    if (!CommandOutput::write(context, QStringLiteral("diff"), parser.value(QStringLiteral("out")),
            CaptureDiffReportWriter::write(diff, *format)))
        return badInput;
    if (*format != CaptureDiffReportWriter::Format::Text || parser.isSet(QStringLiteral("out")))
        context.err << CaptureDiffReportWriter::summaryLine(diff) << '\n';
    return diff.hasDrift() ? driftFound : Success;
}

} // namespace Journey::Ctl

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "validatecommand.h"

#include "commandoutput.h"
#include "commandparser.h"
#include "messagesource.h"
#include "validation/eventvalidator.h"
#include "validation/validationreport.h"
#include "validation/validationreportwriter.h"

#include <QCoreApplication>

namespace Journey::Ctl {

namespace {
/// Exit code for violations found (distinct from Failure's meaning elsewhere, but the same number).
constexpr int violationsFound = 1;
/// Exit code for a plan or input that cannot be read: the contract for CI.
constexpr int badInput = 2;
} // namespace

int ValidateCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("validate"),
        QStringLiteral("validate --plan PLAN [INPUT.ndjson] [--format text|json|junit] [--lint PROVIDERS]"),
        QCoreApplication::translate("journeyctl",
            "Checks events against a tracking plan: a plan file, a Segment Protocols export, or a folder of\n"
            "*.json schemas named by event. INPUT holds one JSON message per line ('-' for standard input);\n"
            "without it, every event of the store is checked. Exit 0 when clean, 1 with violations (errors;\n"
            "warnings too with --strict), 2 when the plan or the input cannot be read."));
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("INPUT"),
        QCoreApplication::translate("journeyctl", "NDJSON file of events (default: the store)."), QStringLiteral("[INPUT]"));
    parser.addOption({ QStringLiteral("plan"),
        QCoreApplication::translate("journeyctl", "The tracking plan: a file or a folder of *.json schemas."),
        QStringLiteral("PLAN") });
    parser.addOption({ QStringLiteral("format"), QCoreApplication::translate("journeyctl", "text (default), json or junit."),
        QStringLiteral("FORMAT"), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("out"),
        QCoreApplication::translate("journeyctl", "Write the report to FILE instead of standard output."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("lint"),
        QCoreApplication::translate("journeyctl",
            "Also check what these providers would reject or drop: a comma-separated list of segment, rudderstack, "
            "mixpanel, amplitude, posthog, ga4, or all."),
        QStringLiteral("PROVIDERS") });
    parser.addOption({ QStringLiteral("max-failures"),
        QCoreApplication::translate("journeyctl", "Failing events listed per event name (default 100; counts stay exact)."),
        QStringLiteral("N"), QStringLiteral("100") });
    parser.addOption({ QStringLiteral("strict"), QCoreApplication::translate("journeyctl", "Warnings fail too (exit 1).") });
    const int parsed = command.parse(context);
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "unexpected argument '%1'").arg(positional.at(1)));
    if (parser.value(QStringLiteral("plan")).isEmpty())
        return command.usageError(context, QCoreApplication::translate("journeyctl", "--plan is required"));
    const auto format = ValidationReportWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--format: '%1' is not text, json or junit")
                .arg(parser.value(QStringLiteral("format"))));
    bool numberOk = false;
    const int maxFailures = parser.value(QStringLiteral("max-failures")).toInt(&numberOk);
    if (!numberOk || maxFailures < 0)
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--max-failures: '%1' is not a number of 0 or more")
                .arg(parser.value(QStringLiteral("max-failures"))));

    QString error;
    const QStringList lint = parser.isSet(QStringLiteral("lint"))
        ? parser.value(QStringLiteral("lint")).split(QLatin1Char(','))
        : QStringList();
    if (!ProviderLinter().setProviders(lint, &error))
        return command.usageError(context, QStringLiteral("--lint: ") + error);
    const auto validator = EventValidator::load(parser.value(QStringLiteral("plan")), lint, &error);
    if (!validator || !validator->plan()) {
        context.err << "journeyctl validate: " << error << '\n';
        return badInput;
    }
    const TrackingPlan& plan = validator->plan()->plan();

    const QString input = positional.value(0);
    ValidationReport report;
    report.planName = plan.name;
    report.planVersion = plan.version;
    report.input = MessageSource::describe(input, context.storePath);
    report.setFailureLimit(maxFailures);
    const bool read = MessageSource::read(
        input, context.storePath,
        [&](const QJsonObject& message, const QString& where, qsizetype bytes) {
            report.add(message, where, validator->validate(message, bytes));
        },
        &error);
    if (!read) {
        context.err << "journeyctl validate: " << error << '\n';
        return badInput;
    }

    const QByteArray output = ValidationReportWriter::write(report, *format);
    if (!CommandOutput::write(context, QStringLiteral("validate"), parser.value(QStringLiteral("out")), output))
        return Failure;
    if (*format != ValidationReportWriter::Format::Text || parser.isSet(QStringLiteral("out")))
        context.err << QCoreApplication::translate("journeyctl", "%1 events checked: %2 with errors, %3 with warnings only")
                           .arg(report.events())
                           .arg(report.withErrors())
                           .arg(report.withWarnings())
                    << '\n';
    const bool failed = report.hasErrors() || (parser.isSet(QStringLiteral("strict")) && report.hasWarnings());
    return failed ? violationsFound : Success;
}

} // namespace Journey::Ctl

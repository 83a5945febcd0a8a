// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "retentioncommand.h"

#include "analysis/analysisreportwriter.h"
#include "analysis/propertypath.h"
#include "analysis/retentionengine.h"
#include "analysisinput.h"
#include "commandoutput.h"
#include "commandparser.h"

#include <QCoreApplication>

namespace Journey::Ctl {

int RetentionCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("retention"),
        QStringLiteral("retention --cohort-event E --return-event E [--period day|week|month] [--periods N] [options]"),
        QCoreApplication::translate("journeyctl",
            "Retention cohorts over the store, in calendar periods (UTC; weeks start on Monday). A user's cohort is\n"
            "the period of their first cohort event; retained[n] counts the cohort's users who did the return\n"
            "event in period cohort+n (retained[0] included), or in that period or any later one with\n"
            "--mode on-or-after. Identities that identify and alias join count as one user, unless --raw-ids.\n"
            "Prints JSON by default: {\"period\":\"week\",\"cohorts\":[{\"start\":\"2026-01-05\",\"size\":N,\n"
            "\"retained\":[N0,N1,…]}]} (and \"breakdown\" with --breakdown). Periods after the last event in the\n"
            "store count 0 in JSON and are left empty in csv and text.\n"
            "\n"
            "The return event may be \"*\": any event.\n")
            + AnalysisInput::selectorHelp()
            + QCoreApplication::translate("journeyctl",
                "\n\nExit 0 on success (an event no event of the store has gives a warning and an empty\n"
                "result), 1 when the store cannot be read, 2 on a bad flag."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({ QStringLiteral("cohort-event"),
        QCoreApplication::translate("journeyctl", "The event that puts a user in a cohort (its first occurrence)."),
        QStringLiteral("EVENT") });
    parser.addOption({ QStringLiteral("return-event"),
        QCoreApplication::translate("journeyctl", "The event that counts as coming back; \"*\" for any event."),
        QStringLiteral("EVENT") });
    parser.addOption(
        { QStringLiteral("period"), QCoreApplication::translate("journeyctl", "day, week (default) or month."),
            QStringLiteral("PERIOD"), QStringLiteral("week") });
    parser.addOption({ QStringLiteral("periods"),
        QCoreApplication::translate("journeyctl", "Periods per cohort, 1 to %1 (default 8).")
            .arg(RetentionQuery::maxPeriods),
        QStringLiteral("N"), QStringLiteral("8") });
    parser.addOption({ QStringLiteral("mode"),
        QCoreApplication::translate(
            "journeyctl", "on (default): came back in that period; on-or-after: in that period or any later one."),
        QStringLiteral("MODE"), QStringLiteral("on") });
    parser.addOption({ QStringLiteral("breakdown"),
        QCoreApplication::translate("journeyctl",
            "Also count by the value of this property at the first cohort event (traits.*: the user's latest)."),
        QStringLiteral("PROP") });
    AnalysisInput::addOptions(parser);
    const int parsed = command.parseWithoutArguments(context);
    if (parsed >= 0)
        return parsed;

    RetentionQuery query;
    QString error;
    if (!parser.isSet(QStringLiteral("cohort-event")))
        return command.usageError(context,
            QCoreApplication::translate(
                "journeyctl", "--cohort-event is required, as in --cohort-event \"Signed Up\""));
    if (!parser.isSet(QStringLiteral("return-event")))
        return command.usageError(
            context, QCoreApplication::translate("journeyctl", "--return-event is required (\"*\" for any event)"));
    if (!EventSelector::parse(parser.value(QStringLiteral("cohort-event")), query.cohortEvent, &error))
        return command.usageError(context, QStringLiteral("--cohort-event: ") + error);
    if (query.cohortEvent.isAnyEvent())
        return command.usageError(context,
            QCoreApplication::translate(
                "journeyctl", "--cohort-event: \"*\" is not allowed: name the event that starts a cohort"));
    if (!EventSelector::parse(parser.value(QStringLiteral("return-event")), query.returnEvent, &error))
        return command.usageError(context, QStringLiteral("--return-event: ") + error);

    const QString periodText = parser.value(QStringLiteral("period"));
    if (!AnalysisPeriod::parse(periodText, query.period))
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--period: \"%1\" is not day, week or month").arg(periodText));
    const QString periodsText = parser.value(QStringLiteral("periods"));
    bool numberOk = false;
    query.periods = periodsText.trimmed().toInt(&numberOk);
    if (!numberOk || query.periods < 1 || query.periods > RetentionQuery::maxPeriods)
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--periods: \"%1\" is not a whole number from 1 to %2")
                .arg(periodsText)
                .arg(RetentionQuery::maxPeriods));
    const QString modeText = parser.value(QStringLiteral("mode"));
    if (!RetentionQuery::parseMode(modeText, query.mode))
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--mode: \"%1\" is not on or on-or-after").arg(modeText));
    if (parser.isSet(QStringLiteral("breakdown"))) {
        query.breakdown = PropertyPath::normalise(parser.value(QStringLiteral("breakdown")));
        if (query.breakdown.isEmpty())
            return command.usageError(context,
                QCoreApplication::translate(
                    "journeyctl", "--breakdown: \"%1\" is not a property name (plan, traits.plan, …)")
                    .arg(parser.value(QStringLiteral("breakdown"))));
    }

    AnalysisInput::Options options;
    if (!AnalysisInput::readOptions(parser, options, &error))
        return command.usageError(context, error);
    query.from = options.from;
    query.to = options.to;
    if (!query.check(&error))
        return command.usageError(context, error);

    AnalysisSnapshot snapshot;
    if (!AnalysisInput::load(context, QStringLiteral("retention"), options, query.propertyPaths(), snapshot))
        return Failure;
    AnalysisInput::warnUnknownEvents(
        context, QStringLiteral("retention"), snapshot, { query.cohortEvent, query.returnEvent });

    RetentionResult result;
    if (!RetentionEngine::run(snapshot, query, result, &error)) {
        context.err << "journeyctl retention: " << error << '\n';
        return Failure;
    }
    if (!CommandOutput::write(
            context, QStringLiteral("retention"), options.out, AnalysisReportWriter::write(result, options.format)))
        return Failure;
    return Success;
}

} // namespace Journey::Ctl

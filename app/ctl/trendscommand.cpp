// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "trendscommand.h"

#include "analysis/analysisreportwriter.h"
#include "analysis/trendengine.h"
#include "analysisinput.h"
#include "commandoutput.h"
#include "commandparser.h"

#include <QCoreApplication>

namespace Journey::Ctl {

int TrendsCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("trends"),
        QStringLiteral(
            "trends --events \"A,B[plan=pro],*\" [--period day|week|month] [--measure events|users] [options]"),
        QCoreApplication::translate("journeyctl",
            "Counts events, or unique users, per calendar period (UTC; weeks start on Monday) for each series,\n"
            "every period from the store's first event to its last. Prints JSON by default:\n"
            "{\"period\":\"day\",\"measure\":\"events\",\"periods\":[\"2026-01-05\",…],\n"
            "\"series\":[{\"event\":\"A\",\"counts\":[…]}]}.\n"
            "\n"
            "Series are separated by commas (outside brackets), up to %1; \"*\" counts every event.\n")
                .arg(TrendQuery::maxSeries)
            + AnalysisInput::selectorHelp()
            + QCoreApplication::translate("journeyctl",
                "\n\nExit 0 on success (an event no event of the store has gives a warning and zeros), 1 when the\n"
                "store cannot be read, 2 on a bad flag."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({ QStringLiteral("events"),
        QCoreApplication::translate("journeyctl", "The series, separated by commas."), QStringLiteral("EVENTS") });
    parser.addOption(
        { QStringLiteral("period"), QCoreApplication::translate("journeyctl", "day (default), week or month."),
            QStringLiteral("PERIOD"), QStringLiteral("day") });
    parser.addOption({ QStringLiteral("measure"),
        QCoreApplication::translate("journeyctl", "events (default) or users (unique users per period)."),
        QStringLiteral("MEASURE"), QStringLiteral("events") });
    AnalysisInput::addOptions(parser);
    const int parsed = command.parseWithoutArguments(context);
    if (parsed >= 0)
        return parsed;

    TrendQuery query;
    QString error;
    if (!parser.isSet(QStringLiteral("events")))
        return command.usageError(context,
            QCoreApplication::translate(
                "journeyctl", "--events is required, as in --events \"Signed Up,Order Completed\""));
    const QString eventsText = parser.value(QStringLiteral("events"));
    const QStringList parts = AnalysisInput::splitOutsideBrackets(eventsText, QLatin1Char(','));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        EventSelector selector;
        if (parts[i].trimmed().isEmpty())
            return command.usageError(context,
                QCoreApplication::translate(
                    "journeyctl", "--events: series %1 of \"%2\" is empty (two commas in a row, or one at an end)")
                    .arg(i + 1)
                    .arg(eventsText));
        if (!EventSelector::parse(parts[i], selector, &error))
            return command.usageError(context, QStringLiteral("--events: ") + error);
        query.series.append(selector);
    }
    if (query.series.size() > TrendQuery::maxSeries)
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--events: %1 series, and a trend has at most %2")
                .arg(query.series.size())
                .arg(TrendQuery::maxSeries));
    const QString periodText = parser.value(QStringLiteral("period"));
    if (!AnalysisPeriod::parse(periodText, query.period))
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--period: \"%1\" is not day, week or month").arg(periodText));
    const QString measureText = parser.value(QStringLiteral("measure"));
    if (!TrendQuery::parseMeasure(measureText, query.measure))
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--measure: \"%1\" is not events or users").arg(measureText));

    AnalysisInput::Options options;
    if (!AnalysisInput::readOptions(parser, options, &error))
        return command.usageError(context, error);
    query.from = options.from;
    query.to = options.to;
    if (!query.check(&error))
        return command.usageError(context, QStringLiteral("--events: ") + error);

    AnalysisSnapshot snapshot;
    if (!AnalysisInput::load(context, QStringLiteral("trends"), options, query.propertyPaths(), snapshot))
        return Failure;
    AnalysisInput::warnUnknownEvents(context, QStringLiteral("trends"), snapshot, query.series);

    TrendResult result;
    if (!TrendEngine::run(snapshot, query, result, &error)) {
        context.err << "journeyctl trends: " << error << '\n';
        return Failure;
    }
    if (!CommandOutput::write(
            context, QStringLiteral("trends"), options.out, AnalysisReportWriter::write(result, options.format)))
        return Failure;
    return Success;
}

} // namespace Journey::Ctl

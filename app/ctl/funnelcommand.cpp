// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "funnelcommand.h"

#include "analysis/analysisreportwriter.h"
#include "analysis/funnelengine.h"
#include "analysis/propertypath.h"
#include "analysisinput.h"
#include "commandoutput.h"
#include "commandparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Journey::Ctl {

namespace {

/// "EVENT" or "EVENT:FROM-TO" (1-based steps; without them, between the first and the last step).
bool parseExclusion(const QString& text, qsizetype steps, FunnelExclusion& out, QString* error)
{
    QString event = text.trimmed();
    int from = 0;
    int to = int(steps) - 1;
    // The last ':' outside brackets; an event key may hold one too ("page:Pricing").
    qsizetype colon = -1;
    int depth = 0;
    for (qsizetype i = 0; i < event.size(); ++i) {
        if (event[i] == QLatin1Char('['))
            ++depth;
        else if (event[i] == QLatin1Char(']'))
            depth = std::max(0, depth - 1);
        else if (event[i] == QLatin1Char(':') && depth == 0)
            colon = i;
    }
    if (colon >= 0) {
        const QString range = event.mid(colon + 1).trimmed();
        static const QRegularExpression rangePattern(QStringLiteral("^(\\d+)\\s*-\\s*(\\d+)$"));
        static const QRegularExpression numbersOnly(QStringLiteral("^[\\d\\s-]*$"));
        const QRegularExpressionMatch match = rangePattern.match(range);
        if (match.hasMatch()) {
            from = match.captured(1).toInt() - 1;
            to = match.captured(2).toInt() - 1;
            event = event.left(colon);
        } else if (numbersOnly.match(range).hasMatch()) {
            *error = QCoreApplication::translate("journeyctl",
                "\"%1\": write the steps the event lies between as FROM-TO, numbered from 1 (\"Logged Out:1-2\")")
                         .arg(text);
            return false;
        }
    }
    FunnelExclusion exclusion;
    if (!EventSelector::parse(event, exclusion.event, error))
        return false;
    exclusion.fromStep = from;
    exclusion.toStep = to;
    out = exclusion;
    return true;
}

} // namespace

int FunnelCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("funnel"),
        QStringLiteral("funnel --steps \"A>B[plan=pro]>C\" [--window 7d] [--order ordered|strict|any] [options]"),
        QCoreApplication::translate("journeyctl",
            "Counts the users of the store who go through the steps in order within the conversion window\n"
            "(ClickHouse windowFunnel): step k counts the users whose best chain reaches it. Identities that\n"
            "identify and alias join count as one user, unless --raw-ids. Prints JSON by default:\n"
            "{\"steps\":[{\"event\",\"users\",\"conversion_from_first\",\"conversion_from_previous\",\n"
            "\"median_seconds_to_convert\"}],\"window_seconds\",\"order\"} (and \"breakdown\" with --breakdown).\n"
            "\n"
            "Steps are separated by '>': \"Signed Up>Viewed Pricing>Order Completed[plan=pro]\".\n")
            + AnalysisInput::selectorHelp()
            + QCoreApplication::translate("journeyctl",
                "\n\nOrders: ordered (later steps after earlier ones, other events in between allowed), strict (no\n"
                "other step's event in between), any (all steps within the window, in any order).\n"
                "Exit 0 on success (a step no event has gives a warning and zeros), 1 when the store cannot be\n"
                "read, 2 on a bad flag."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({ QStringLiteral("steps"),
        QCoreApplication::translate("journeyctl", "The steps, 2 to 20, separated by '>'."), QStringLiteral("STEPS") });
    parser.addOption({ QStringLiteral("window"),
        QCoreApplication::translate("journeyctl",
            "Conversion window from the first step to the last: 90s, 30m, 12h, 7d (default), 2w; up to 366 days."),
        QStringLiteral("DURATION"), QStringLiteral("7d") });
    parser.addOption(
        { QStringLiteral("order"), QCoreApplication::translate("journeyctl", "ordered (default), strict or any."),
            QStringLiteral("ORDER"), QStringLiteral("ordered") });
    parser.addOption({ QStringLiteral("exclude"),
        QCoreApplication::translate("journeyctl",
            "Users who do EVENT between steps FROM and TO (numbered from 1; default: the first and the last) "
            "do not convert past FROM on that path. Repeatable."),
        QStringLiteral("EVENT[:FROM-TO]") });
    parser.addOption({ QStringLiteral("breakdown"),
        QCoreApplication::translate("journeyctl", "Also count by the value of this property (plan, traits.plan, …)."),
        QStringLiteral("PROP") });
    parser.addOption({ QStringLiteral("attribution"),
        QCoreApplication::translate("journeyctl",
            "Which event's value puts a user in a breakdown bucket: first-touch (default: the first step's),\n"
            "last-touch (the last step reached) or step:N."),
        QStringLiteral("ATTRIBUTION"), QStringLiteral("first-touch") });
    parser.addOption({ QStringLiteral("hold"),
        QCoreApplication::translate(
            "journeyctl", "Every step of a conversion must have the same value of this property."),
        QStringLiteral("PROP") });
    AnalysisInput::addOptions(parser);
    const int parsed = command.parseWithoutArguments(context);
    if (parsed >= 0)
        return parsed;

    FunnelQuery query;
    QString error;
    if (!parser.isSet(QStringLiteral("steps")))
        return command.usageError(context,
            QCoreApplication::translate(
                "journeyctl", "--steps is required, as in --steps \"Signed Up>Order Completed\""));
    const QString stepsText = parser.value(QStringLiteral("steps"));
    if (!FunnelQuery::parseSteps(stepsText, query.steps, &error))
        return command.usageError(context, QStringLiteral("--steps: ") + error);
    if (query.steps.size() < FunnelQuery::minSteps || query.steps.size() > FunnelQuery::maxSteps)
        return command.usageError(context,
            QCoreApplication::translate(
                "journeyctl", "--steps: \"%1\" has %2 step(s), and a funnel has %3 to %4, separated by '>' (\"A>B>C\")")
                .arg(stepsText)
                .arg(query.steps.size())
                .arg(FunnelQuery::minSteps)
                .arg(FunnelQuery::maxSteps));

    const QString windowText = parser.value(QStringLiteral("window"));
    if (!FunnelQuery::parseDuration(windowText, query.windowMs, &error))
        return command.usageError(context, QStringLiteral("--window: ") + error);
    if (query.windowMs < FunnelQuery::minWindowMs || query.windowMs > FunnelQuery::maxWindowMs)
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--window: \"%1\" is not between 1 second and 366 days")
                .arg(windowText));

    const QString orderText = parser.value(QStringLiteral("order"));
    if (!FunnelQuery::parseOrder(orderText, query.order))
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--order: \"%1\" is not ordered, strict or any").arg(orderText));
    if (!query.check(&error))
        return command.usageError(context, QStringLiteral("--steps: ") + error);

    for (const QString& text : parser.values(QStringLiteral("exclude"))) {
        FunnelExclusion exclusion;
        if (!parseExclusion(text, query.steps.size(), exclusion, &error))
            return command.usageError(context, QStringLiteral("--exclude: ") + error);
        query.exclusions.append(exclusion);
        if (!query.check(&error))
            return command.usageError(context, QStringLiteral("--exclude: ") + error);
    }

    for (const auto& [name, target] : { std::pair { QStringLiteral("breakdown"), &query.breakdown },
             std::pair { QStringLiteral("hold"), &query.holdConstant } }) {
        if (!parser.isSet(name))
            continue;
        *target = PropertyPath::normalise(parser.value(name));
        if (target->isEmpty())
            return command.usageError(context,
                QCoreApplication::translate("journeyctl", "--%1: \"%2\" is not a property name (plan, traits.plan, …)")
                    .arg(name, parser.value(name)));
    }

    const QString attributionText = parser.value(QStringLiteral("attribution"));
    if (!FunnelQuery::parseAttribution(attributionText, query.attribution, query.attributionStep))
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--attribution: \"%1\" is not first-touch, last-touch or step:N")
                .arg(attributionText));
    if (!query.check(&error))
        return command.usageError(context, QStringLiteral("--attribution: ") + error);

    AnalysisInput::Options options;
    if (!AnalysisInput::readOptions(parser, options, &error))
        return command.usageError(context, error);
    query.from = options.from;
    query.to = options.to;
    if (!query.check(&error))
        return command.usageError(context, error);

    AnalysisSnapshot snapshot;
    if (!AnalysisInput::load(context, QStringLiteral("funnel"), options, query.propertyPaths(), snapshot))
        return Failure;
    QList<EventSelector> named = query.steps;
    for (const FunnelExclusion& exclusion : std::as_const(query.exclusions))
        named.append(exclusion.event);
    AnalysisInput::warnUnknownEvents(context, QStringLiteral("funnel"), snapshot, named);

    FunnelResult result;
    if (!FunnelEngine::run(snapshot, query, result, &error)) {
        context.err << "journeyctl funnel: " << error << '\n';
        return Failure;
    }
    if (!CommandOutput::write(
            context, QStringLiteral("funnel"), options.out, AnalysisReportWriter::write(result, options.format)))
        return Failure;
    return Success;
}

} // namespace Journey::Ctl

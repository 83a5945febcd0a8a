// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "infercommand.h"

#include "commandoutput.h"
#include "commandparser.h"
#include "messagesource.h"
#include "validation/planinferrer.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Journey::Ctl {

int InferCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("infer"), QStringLiteral("infer [INPUT.ndjson] [--out PLAN.json] [--name NAME]"),
        QCoreApplication::translate("journeyctl",
            "Infers a tracking plan from captured events: every event name seen, its properties' types,\n"
            "required = present on every occurrence, enums for strings with few values. INPUT holds one JSON\n"
            "message per line ('-' for standard input); without it, the store's events are used."));
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("INPUT"),
        QCoreApplication::translate("journeyctl", "NDJSON file of events (default: the store)."), QStringLiteral("[INPUT]"));
    parser.addOption({ QStringLiteral("out"),
        QCoreApplication::translate("journeyctl", "Write the plan to FILE instead of standard output."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("name"), QCoreApplication::translate("journeyctl", "The plan's name."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("max-enum"),
        QCoreApplication::translate("journeyctl", "Most distinct values a string may have to become an enum (default 10)."),
        QStringLiteral("N"), QStringLiteral("10") });
    const int parsed = command.parse(context);
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "unexpected argument '%1'").arg(positional.at(1)));
    PlanInferrer::Options options;
    bool numberOk = false;
    options.maxEnumValues = parser.value(QStringLiteral("max-enum")).toInt(&numberOk);
    if (!numberOk || options.maxEnumValues < 0)
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--max-enum: '%1' is not a number of 0 or more")
                .arg(parser.value(QStringLiteral("max-enum"))));
    if (parser.isSet(QStringLiteral("name")))
        options.name = parser.value(QStringLiteral("name"));

    PlanInferrer inferrer;
    QString error;
    const bool read = MessageSource::read(
        positional.value(0), context.storePath,
        [&](const QJsonObject& message, const QString&, qsizetype) { inferrer.add(message); }, &error);
    if (!read) {
        context.err << "journeyctl infer: " << error << '\n';
        return UsageError;
    }
    const QByteArray output = QJsonDocument(inferrer.plan(options).toJson()).toJson(QJsonDocument::Indented);
    if (!CommandOutput::write(context, QStringLiteral("infer"), parser.value(QStringLiteral("out")), output))
        return Failure;
    context.err << QCoreApplication::translate("journeyctl", "inferred a plan from %1 events").arg(inferrer.eventCount())
                << '\n';
    return Success;
}

} // namespace Journey::Ctl

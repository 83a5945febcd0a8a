// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "commandparser.h"
#include "eventfilteroptions.h"
#include "io/eventexporter.h"
#include "store/storereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace Journey::Ctl {

int ExportCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("export"), QStringLiteral("export [--format ndjson|csv] [--out FILE] [filters]"),
        QCoreApplication::translate("journeyctl",
            "Writes the store's events, oldest first, as canonical NDJSON (one Segment Spec message per line)\n"
            "or CSV. Filters combine; text filters match case-insensitively anywhere in the value."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({ QStringLiteral("format"), QCoreApplication::translate("journeyctl", "ndjson (default) or csv."),
        QStringLiteral("FORMAT"), QStringLiteral("ndjson") });
    parser.addOption({ QStringLiteral("out"),
        QCoreApplication::translate("journeyctl", "Write to FILE instead of standard output."), QStringLiteral("FILE") });
    EventFilterOptions::add(parser);
    const int parsed = command.parseWithoutArguments(context);
    if (parsed >= 0)
        return parsed;

    EventExporter::Options options;
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("csv"))
        options.format = EventExporter::Format::Csv;
    else if (format != QLatin1String("ndjson") && format != QLatin1String("jsonl"))
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--format: '%1' is not ndjson or csv").arg(format));
    QString filterError;
    if (!EventFilterOptions::read(parser, options.filter, &filterError))
        return command.usageError(context, filterError);

    StoreReader reader(context.storePath);
    QString error;
    if (!reader.open(true, &error)) {
        context.err << "journeyctl export: " << error << '\n';
        return Failure;
    }
    EventExporter exporter(reader);
    qint64 count = 0;
    bool ok = false;
    if (parser.isSet(QStringLiteral("out"))) {
        // Written to a temporary file and renamed at the end: a failed export leaves no half file behind.
        QSaveFile file(parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly)) {
            context.err << "journeyctl export: "
                        << QCoreApplication::translate("journeyctl", "cannot write %1: %2")
                               .arg(file.fileName(), file.errorString())
                        << '\n';
            return Failure;
        }
        ok = exporter.exportTo(file, options, &count, &error) && file.commit();
        if (!ok && error.isEmpty())
            error = file.errorString();
    } else {
        context.out.flush();
        QFile standardOutput;
        standardOutput.open(stdout, QIODevice::WriteOnly);
        ok = exporter.exportTo(standardOutput, options, &count, &error);
        standardOutput.flush();
    }
    if (!ok) {
        context.err << "journeyctl export: " << error << '\n';
        return Failure;
    }
    context.err << QCoreApplication::translate("journeyctl", "exported %1 events").arg(count) << '\n';
    return Success;
}

} // namespace Journey::Ctl

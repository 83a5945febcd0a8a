// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "commandparser.h"
#include "io/eventimporter.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace Journey::Ctl {

int ImportCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("import"), QStringLiteral("import FILE... [--format ndjson|csv] [options]"),
        QCoreApplication::translate("journeyctl",
            "Loads canonical events (Segment Spec messages) into the store: NDJSON, one message per line, or CSV\n"
            "as 'journeyctl export --format csv' writes it. Files may be gzip-compressed; '-' reads standard input.\n"
            "All files go in together: on the first bad line nothing is stored, unless --skip-invalid is given."));
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("journeyctl", "Files to import."),
        QStringLiteral("FILE..."));
    parser.addOption({ QStringLiteral("format"),
        QCoreApplication::translate("journeyctl", "ndjson or csv (default: csv for *.csv files, else ndjson)."),
        QStringLiteral("FORMAT") });
    parser.addOption({ QStringLiteral("skip-invalid"),
        QCoreApplication::translate("journeyctl", "Store the valid lines and report the invalid ones.") });
    const int parsed = command.parse(context);
    if (parsed >= 0)
        return parsed;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return command.usageError(context, QCoreApplication::translate("journeyctl", "no file to import"));
    EventImporter::Options options;
    if (parser.isSet(QStringLiteral("format"))) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format == QLatin1String("csv"))
            options.format = EventImporter::Format::Csv;
        else if (format != QLatin1String("ndjson") && format != QLatin1String("jsonl"))
            return command.usageError(context,
                QCoreApplication::translate("journeyctl", "--format: '%1' is not ndjson or csv").arg(format));
    } else if (files.first().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        || files.first().endsWith(QLatin1String(".csv.gz"), Qt::CaseInsensitive)) {
        options.format = EventImporter::Format::Csv;
    }
    options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    for (const QString& file : files) {
        if (file != QLatin1String("-") && !QFileInfo::exists(file)) {
            context.err << "journeyctl import: " << QCoreApplication::translate("journeyctl", "no such file: %1").arg(file)
                        << '\n';
            return Failure;
        }
    }

    StoreWriter writer(context.storePath);
    QString error;
    if (!writer.open(&error)) {
        context.err << "journeyctl import: " << error << '\n';
        return Failure;
    }
    EventImporter importer(writer);
    EventImporter::Result result;
    QElapsedTimer timer;
    timer.start();
    const bool ok = importer.importFiles(files, options, result, &error, [&context, &timer](qint64 events, qint64 bytes) {
        context.err << QCoreApplication::translate("journeyctl", "… %1 events, %2 MB read, %3 s")
                           .arg(events)
                           .arg(double(bytes) / 1e6, 0, 'f', 1)
                           .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                    << '\n';
        context.err.flush();
    });
    for (const QString& problem : std::as_const(result.problems))
        context.err << "journeyctl import: " << QCoreApplication::translate("journeyctl", "skipped %1").arg(problem) << '\n';
    if (result.skipped > result.problems.size())
        context.err << "journeyctl import: "
                    << QCoreApplication::translate("journeyctl", "… and %1 more invalid lines skipped")
                           .arg(result.skipped - result.problems.size())
                    << '\n';
    if (!ok) {
        context.err << "journeyctl import: " << error << '\n'
                    << QCoreApplication::translate("journeyctl", "journeyctl import: nothing was imported") << '\n';
        return Failure;
    }
    const double seconds = std::max(1e-3, double(timer.nsecsElapsed()) / 1e9);
    context.out << QCoreApplication::translate("journeyctl", "imported %1 events").arg(result.imported);
    if (result.skipped)
        context.out << QCoreApplication::translate("journeyctl", ", skipped %1 invalid lines").arg(result.skipped);
    context.out << '\n';
    context.err << QCoreApplication::translate("journeyctl", "%1 s, %2 events/s")
                       .arg(seconds, 0, 'f', 2)
                       .arg(qint64(double(result.imported) / seconds))
                << '\n';
    return Success;
}

} // namespace Journey::Ctl

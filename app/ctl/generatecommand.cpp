// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "generatecommand.h"

#include "analysis/demodatagenerator.h"
#include "commandparser.h"
#include "core/timestamp.h"
#include "io/eventimporter.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cstdio>
#include <limits>
#include <optional>

namespace Journey::Ctl {

namespace {

/// A whole number in [minimum, maximum], or nothing.
std::optional<qint64> parseCount(const QString& text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

int GenerateCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("generate"),
        QStringLiteral(
            "generate [--users N] [--events N] [--seed S] [--start DATE] [--days N] [--out FILE | --import]"),
        QCoreApplication::translate("journeyctl",
            "Writes realistic demo events as canonical NDJSON (one Segment Spec message per line): users who\n"
            "arrive over the date range, visit in sessions on one to three devices, sign up and identify, browse,\n"
            "search, and go through Product Viewed > Product Added > Checkout Started > Order Completed with a\n"
            "realistic drop-off, coming back less and less over the weeks. The same options and seed give the\n"
            "same bytes on every machine. Output is grouped by user, each user's events in time order."));
    QCommandLineParser& parser = command.parser();
    const DemoDataGenerator::Options defaults;
    parser.addOption({ QStringLiteral("users"),
        QCoreApplication::translate("journeyctl", "Number of users (default %1).").arg(defaults.users),
        QStringLiteral("N"), QString::number(defaults.users) });
    parser.addOption({ QStringLiteral("events"),
        QCoreApplication::translate("journeyctl", "Number of events (lines), exactly (default %1).")
            .arg(defaults.events),
        QStringLiteral("N"), QString::number(defaults.events) });
    parser.addOption({ QStringLiteral("seed"),
        QCoreApplication::translate("journeyctl", "Random seed, a whole number (default %1).").arg(defaults.seed),
        QStringLiteral("S"), QString::number(defaults.seed) });
    parser.addOption({ QStringLiteral("start"),
        QCoreApplication::translate(
            "journeyctl", "First day, YYYY-MM-DD in UTC, or an ISO-8601 date-time (default %1).")
            .arg(defaults.start.date().toString(Qt::ISODate)),
        QStringLiteral("DATE"), defaults.start.date().toString(Qt::ISODate) });
    parser.addOption({ QStringLiteral("days"),
        QCoreApplication::translate("journeyctl", "Length of the date range in days (default %1).").arg(defaults.days),
        QStringLiteral("N"), QString::number(defaults.days) });
    parser.addOption(
        { QStringLiteral("out"), QCoreApplication::translate("journeyctl", "Write to FILE instead of standard output."),
            QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("import"),
        QCoreApplication::translate(
            "journeyctl", "Load the events into the store (--store) instead of writing them.") });
    const int parsed = command.parseWithoutArguments(context);
    if (parsed >= 0)
        return parsed;

    DemoDataGenerator::Options options;
    struct CountOption
    {
        QString name;
        qint64 minimum;
        qint64 maximum;
        qint64* target;
    };
    qint64 days = defaults.days;
    const CountOption counts[] = {
        { QStringLiteral("users"), 1, DemoDataGenerator::maxUsers, &options.users },
        { QStringLiteral("events"), 0, std::numeric_limits<qint64>::max(), &options.events },
        { QStringLiteral("days"), 1, DemoDataGenerator::maxDays, &days },
    };
    for (const CountOption& count : counts) {
        const QString text = parser.value(count.name);
        const std::optional<qint64> value = parseCount(text, count.minimum, count.maximum);
        if (!value)
            return command.usageError(context,
                QCoreApplication::translate("journeyctl", "--%1: '%2' is not a whole number from %3 to %4")
                    .arg(count.name, text)
                    .arg(count.minimum)
                    .arg(count.maximum));
        *count.target = *value;
    }
    options.days = int(days);
    bool seedOk = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk)
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--seed: '%1' is not a whole number from 0 to %2")
                .arg(parser.value(QStringLiteral("seed")))
                .arg(std::numeric_limits<quint64>::max()));
    const std::optional<qint64> start = Timestamp::parseIso8601(parser.value(QStringLiteral("start")).toUtf8());
    if (!start)
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--start: '%1' is not a date (YYYY-MM-DD)")
                .arg(parser.value(QStringLiteral("start"))));
    options.start = QDateTime::fromMSecsSinceEpoch(*start, Qt::UTC);
    const QString problem = DemoDataGenerator::checkOptions(options);
    if (!problem.isEmpty())
        return command.usageError(context, problem);
    const bool toStore = parser.isSet(QStringLiteral("import"));
    if (toStore && parser.isSet(QStringLiteral("out")))
        return command.usageError(
            context, QCoreApplication::translate("journeyctl", "--out and --import exclude each other"));

    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    const auto progress = [&](qint64 done) {
        if (timer.elapsed() - lastReport >= 1000) {
            lastReport = timer.elapsed();
            context.err << QCoreApplication::translate("journeyctl", "… %1 of %2 events, %3 s")
                               .arg(done)
                               .arg(options.events)
                               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                        << '\n';
            context.err.flush();
        }
        return true;
    };
    const auto reportGenerated = [&] {
        const double seconds = std::max(1e-3, double(timer.nsecsElapsed()) / 1e9);
        context.err << QCoreApplication::translate(
            "journeyctl", "generated %1 events for %2 users in %3 s (%4 events/s)")
                           .arg(options.events)
                           .arg(options.users)
                           .arg(seconds, 0, 'f', 2)
                           .arg(qint64(double(options.events) / seconds))
                    << '\n';
    };

    QString error;
    if (toStore) {
        // Through a temporary file and the importer, so that the store gets what `journeyctl import` would give it
        // (one transaction: all the events or none).
        QTemporaryFile file;
        file.setFileTemplate(QDir::tempPath() + QStringLiteral("/journeyctl-generate-XXXXXX.ndjson"));
        if (!file.open()) {
            context.err << "journeyctl generate: "
                        << QCoreApplication::translate("journeyctl", "cannot create a temporary file: %1")
                               .arg(file.errorString())
                        << '\n';
            return Failure;
        }
        if (!DemoDataGenerator::write(options, file, &error, progress) || !file.flush()) {
            context.err << "journeyctl generate: " << (error.isEmpty() ? file.errorString() : error) << '\n';
            return Failure;
        }
        reportGenerated();
        StoreWriter writer(context.storePath);
        if (!writer.open(&error)) {
            context.err << "journeyctl generate: " << error << '\n';
            return Failure;
        }
        EventImporter importer(writer);
        EventImporter::Result result;
        const bool ok = importer.importFiles(
            { file.fileName() }, EventImporter::Options(), result, &error, [&context](qint64 events, qint64) {
                context.err << QCoreApplication::translate("journeyctl", "… %1 events imported").arg(events) << '\n';
                context.err.flush();
            });
        if (!ok) {
            context.err << "journeyctl generate: " << error << '\n'
                        << QCoreApplication::translate("journeyctl", "journeyctl generate: nothing was imported")
                        << '\n';
            return Failure;
        }
        context.out << QCoreApplication::translate("journeyctl", "imported %1 events").arg(result.imported) << '\n';
        return Success;
    }

    bool ok = false;
    if (parser.isSet(QStringLiteral("out"))) {
        // Written to a temporary file and renamed at the end: a failed run leaves no half file behind.
        QSaveFile file(parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly)) {
            context.err << "journeyctl generate: "
                        << QCoreApplication::translate("journeyctl", "cannot write %1: %2")
                               .arg(file.fileName(), file.errorString())
                        << '\n';
            return Failure;
        }
        ok = DemoDataGenerator::write(options, file, &error, progress);
        if (ok && !file.commit()) {
            ok = false;
            error = QCoreApplication::translate("journeyctl", "cannot write %1: %2")
                        .arg(file.fileName(), file.errorString());
        }
    } else {
        context.out.flush();
        QFile standardOutput;
        // The descriptor, not the FILE*: the generator writes in large chunks, stdio buffering would only copy them.
        standardOutput.open(fileno(stdout), QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
        ok = DemoDataGenerator::write(options, standardOutput, &error, progress);
    }
    if (!ok) {
        context.err << "journeyctl generate: " << error << '\n';
        return Failure;
    }
    reportGenerated();
    return Success;
}

} // namespace Journey::Ctl

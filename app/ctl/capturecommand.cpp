// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "capturecommand.h"

#include "capture/capturefile.h"
#include "capture/storecapturebuilder.h"
#include "commandparser.h"
#include "core/timestamp.h"
#include "eventfilteroptions.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Journey::Ctl {

namespace {

bool readCount(const QCommandLineParser& parser, const QString& name, qint64& out, QString* error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    out = parser.value(name).toLongLong(&ok);
    if (!ok || out < 0) {
        *error = QCoreApplication::translate("journeyctl", "--%1: '%2' is not a whole number of 0 or more")
                     .arg(name, parser.value(name));
        return false;
    }
    return true;
}

} // namespace

int CaptureCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("capture"),
        QStringLiteral("capture --out FILE [--name NAME] [--description TEXT] [--after-id ID] [--up-to-id ID] "
                       "[--limit N] [filters]"),
        QCoreApplication::translate("journeyctl",
            "Saves the store's events that match the filters as a capture file (docs/CAPTURES.md): canonical\n"
            "events, oldest first, each with the request the collector received it in (secrets masked). A name\n"
            "ending in .gz is gzip-compressed. replay, diff, sessions and the app open capture files."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({ QStringLiteral("out"), QCoreApplication::translate("journeyctl", "The capture file to write."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("name"),
        QCoreApplication::translate("journeyctl", "Name of the capture (default: the file name)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("description"),
        QCoreApplication::translate("journeyctl", "What the capture shows, for whoever opens it."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("after-id"),
        QCoreApplication::translate("journeyctl", "Only events stored after event ID (what arrived since then)."),
        QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("up-to-id"),
        QCoreApplication::translate("journeyctl", "Only events up to event ID, included."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("limit"),
        QCoreApplication::translate("journeyctl", "At most N events (the oldest that match)."), QStringLiteral("N") });
    EventFilterOptions::add(parser);
    const int parsed = command.parseWithoutArguments(context);
    if (parsed >= 0)
        return parsed;

    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty())
        return command.usageError(context, QCoreApplication::translate("journeyctl", "--out: the capture file to write is required"));
    EventFilter filter;
    QString error;
    StoreCaptureBuilder::Range range;
    qint64 limit = 0;
    if (!EventFilterOptions::read(parser, filter, &error) || !readCount(parser, QStringLiteral("after-id"), range.afterId, &error)
        || !readCount(parser, QStringLiteral("up-to-id"), range.upToId, &error)
        || !readCount(parser, QStringLiteral("limit"), limit, &error))
        return command.usageError(context, error);
    if (limit > std::numeric_limits<int>::max())
        return command.usageError(context, QCoreApplication::translate("journeyctl", "--limit: at most %1").arg(std::numeric_limits<int>::max()));
    range.maxEvents = int(limit);
    if (range.upToId > 0 && range.upToId <= range.afterId)
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--up-to-id: %1 is not above --after-id %2").arg(range.upToId).arg(range.afterId));

    const QString path = parser.value(QStringLiteral("out"));
    Capture capture;
    capture.info.name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                             : QFileInfo(path).completeBaseName();
    capture.info.description = parser.value(QStringLiteral("description"));
    capture.info.createdAt = Timestamp::nowMs();
    capture.info.origin = QStringLiteral("store");
    if (!StoreCaptureBuilder::build(context.storePath, filter, range, capture, &error)) {
        context.err << "journeyctl capture: " << error << '\n';
        return Failure;
    }
    if (!CaptureFile::write(path, capture, &error)) {
        context.err << "journeyctl capture: " << error << '\n';
        return Failure;
    }
    int complete = 0;
    for (int r = 0; r < capture.requestCount(); ++r)
        complete += capture.isComplete(r) ? 1 : 0;
    context.err << QCoreApplication::translate("journeyctl", "captured %1 events from %2 requests (%3 complete) to %4")
                       .arg(capture.eventCount())
                       .arg(capture.requestCount())
                       .arg(complete)
                       .arg(path)
                << '\n';
    return Success;
}

} // namespace Journey::Ctl

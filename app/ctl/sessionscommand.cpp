// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "sessionscommand.h"

#include "analysis/funnelquery.h"
#include "capture/capture.h"
#include "capture/capturefile.h"
#include "commandoutput.h"
#include "commandparser.h"
#include "sessions/sessionizer.h"
#include "sessions/sessionreportwriter.h"

#include <QCoreApplication>

namespace Journey::Ctl {

int SessionsCommand::run(CtlContext& context)
{
    CommandParser command(QStringLiteral("sessions"),
        QStringLiteral("sessions [--gap 30m] [--person ID] [--input FILE] [--format text|json|csv] [--limit N]"),
        QCoreApplication::translate("journeyctl",
            "Groups the events of the store (or of a capture file or canonical NDJSON with --input) into\n"
            "sessions per person and prints one row per session, in order of start. Events that carry the\n"
            "provider's own session id (Amplitude session_id, PostHog $session_id, GA4 session_id,\n"
            "Mixpanel $mp_replay_id, Heap session_id, context.sessionId) are grouped by it; the others\n"
            "start a new session after more than --gap without an event. Identities that identify and\n"
            "alias join are one person, unless --raw-ids. See docs/SESSIONS.md.\n"
            "\n"
            "--format json prints {\"gap_seconds\",\"total\",\"shown\",\"events\",\"sessions\":[{\"person\",\n"
            "\"start\",\"end\",\"duration_seconds\",\"events\",\"invalid\",\"warnings\",\"validation\",\"sources\",\n"
            "\"split\",\"session_id_kind\",\"session_id\",\"pages\",\"screens\",\"event_ids\"}]}; csv has the same\n"
            "columns. Event ids are store ids; with --input, the events' numbers in the file (1, 2, ...).\n"
            "Exit 0 on success, 1 when the store or the file cannot be read, 2 on a bad flag."));
    QCommandLineParser& parser = command.parser();
    parser.addOption({ QStringLiteral("gap"),
        QCoreApplication::translate(
            "journeyctl", "Inactivity that ends a session without a provider session id: 90s, 30m (default), 2h, 1d."),
        QStringLiteral("DURATION"), QStringLiteral("30m") });
    parser.addOption({ QStringLiteral("person"),
        QCoreApplication::translate("journeyctl", "Only the sessions of the person with this userId or anonymousId."),
        QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("input"),
        QCoreApplication::translate(
            "journeyctl", "Read this capture file or canonical NDJSON (gzip too) instead of the store."),
        QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("format"), QCoreApplication::translate("journeyctl", "text (default), json or csv."),
            QStringLiteral("FORMAT"), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("limit"),
        QCoreApplication::translate("journeyctl", "At most N sessions (the first N by start)."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("raw-ids"),
        QCoreApplication::translate("journeyctl", "Each userId (else anonymousId) is a person of its own.") });
    parser.addOption({ QStringLiteral("out"),
        QCoreApplication::translate("journeyctl", "Write to this file instead of standard output."),
        QStringLiteral("FILE") });
    const int parsed = command.parseWithoutArguments(context);
    if (parsed >= 0)
        return parsed;

    Sessionizer::Options options;
    QString error;
    const QString gapText = parser.value(QStringLiteral("gap"));
    if (!FunnelQuery::parseDuration(gapText, options.gapMs, &error))
        return command.usageError(context, QStringLiteral("--gap: ") + error);
    if (!Sessionizer::checkOptions(options, &error))
        return command.usageError(context, QStringLiteral("--gap: \"%1\": ").arg(gapText) + error);
    options.mergeIdentities = !parser.isSet(QStringLiteral("raw-ids"));
    if (parser.isSet(QStringLiteral("person"))) {
        options.person = parser.value(QStringLiteral("person"));
        if (options.person.isEmpty())
            return command.usageError(
                context, QCoreApplication::translate("journeyctl", "--person: give a userId or an anonymousId"));
    }
    SessionReportWriter::Format format = SessionReportWriter::Format::Text;
    const QString formatText = parser.value(QStringLiteral("format"));
    if (!SessionReportWriter::parseFormat(formatText, format))
        return command.usageError(context,
            QCoreApplication::translate("journeyctl", "--format: \"%1\" is not text, json or csv").arg(formatText));
    int limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return command.usageError(context,
                QCoreApplication::translate("journeyctl", "--limit: \"%1\" is not a whole number of 1 or more")
                    .arg(parser.value(QStringLiteral("limit"))));
    }
    if (parser.isSet(QStringLiteral("input")) && parser.value(QStringLiteral("input")).isEmpty())
        return command.usageError(context, QCoreApplication::translate("journeyctl", "--input: give a file name"));

    Sessionizer sessionizer;
    if (parser.isSet(QStringLiteral("input"))) {
        Capture capture;
        if (!CaptureFile::read(parser.value(QStringLiteral("input")), capture, &error)) {
            context.err << "journeyctl sessions: " << error << '\n';
            return Failure;
        }
        sessionizer.add(capture);
    } else if (!Sessionizer::readStore(context.storePath, sessionizer, &error)) {
        context.err << "journeyctl sessions: " << error << '\n';
        return Failure;
    }

    SessionList list = sessionizer.sessions(options);
    if (!options.person.isEmpty() && list.findPerson(options.person) < 0)
        context.err << "journeyctl sessions: "
                    << QCoreApplication::translate("journeyctl", "no event has the userId or anonymousId \"%1\"")
                           .arg(options.person)
                    << '\n';
    const int total = list.size();
    if (limit > 0)
        list.truncate(limit);
    if (!CommandOutput::write(context, QStringLiteral("sessions"), parser.value(QStringLiteral("out")),
            SessionReportWriter::write(list, format, total)))
        return Failure;
    return Success;
}

} // namespace Journey::Ctl

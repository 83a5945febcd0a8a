// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "sessionreportwriter.h"

#include "analysis/analysisreportwriter.h"
#include "core/timestamp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace Journey {

namespace {

QStringList sourceNames(const PersonSession& session)
{
    QStringList names;
    for (const EventSource source : session.sources())
        names.append(QString::fromLatin1(eventSourceName(source)));
    return names;
}

QString durationSeconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 15);
}

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString idList(const PersonSession& session, QChar separator)
{
    QString out;
    for (size_t i = 0; i < session.eventIds.size(); ++i) {
        if (i)
            out += separator;
        out += QString::number(session.eventIds[i]);
    }
    return out;
}

/// Events in the sessions listed.
qint64 eventsListed(const SessionList& list)
{
    qint64 events = 0;
    for (const PersonSession& session : list.sessions())
        events += session.eventCount;
    return events;
}

QByteArray writeJson(const SessionList& list, int total)
{
    QJsonArray sessions;
    for (int i = 0; i < list.size(); ++i) {
        const PersonSession& session = list.at(i);
        QJsonArray ids;
        for (const qint64 id : session.eventIds)
            ids.append(id);
        const bool provider = session.split == SessionSplit::ProviderId;
        sessions.append(QJsonObject {
            { QStringLiteral("person"), list.personOf(i) },
            { QStringLiteral("start"), Timestamp::toIso8601String(session.start) },
            { QStringLiteral("end"), Timestamp::toIso8601String(session.end) },
            { QStringLiteral("duration_seconds"), double(session.durationMs()) / 1000.0 },
            { QStringLiteral("events"), session.eventCount },
            { QStringLiteral("invalid"), session.invalidCount },
            { QStringLiteral("warnings"), session.warningCount },
            { QStringLiteral("validation"), validationStateName(session.validation()) },
            { QStringLiteral("sources"), QJsonArray::fromStringList(sourceNames(session)) },
            { QStringLiteral("split"), sessionSplitName(session.split) },
            { QStringLiteral("session_id_kind"),
                provider ? QJsonValue(sessionIdKindName(session.idKind)) : QJsonValue() },
            { QStringLiteral("session_id"),
                provider ? QJsonValue(QString::fromUtf8(session.providerSessionId)) : QJsonValue() },
            { QStringLiteral("pages"), session.pageCount },
            { QStringLiteral("screens"), session.screenCount },
            { QStringLiteral("event_ids"), ids },
        });
    }
    const QJsonObject root {
        { QStringLiteral("gap_seconds"), double(list.gapMs()) / 1000.0 },
        { QStringLiteral("total"), total },
        { QStringLiteral("shown"), list.size() },
        { QStringLiteral("events"), double(eventsListed(list)) },
        { QStringLiteral("sessions"), sessions },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray writeCsv(const SessionList& list)
{
    QString out = QStringLiteral("person,start,end,duration_seconds,events,invalid,warnings,validation,sources,split,"
                                 "session_id_kind,session_id,pages,screens,event_ids\n");
    for (int i = 0; i < list.size(); ++i) {
        const PersonSession& session = list.at(i);
        const bool provider = session.split == SessionSplit::ProviderId;
        const QStringList row {
            csvField(list.personOf(i)),
            Timestamp::toIso8601String(session.start),
            Timestamp::toIso8601String(session.end),
            durationSeconds(session.durationMs()),
            QString::number(session.eventCount),
            QString::number(session.invalidCount),
            QString::number(session.warningCount),
            validationStateName(session.validation()),
            csvField(sourceNames(session).join(QLatin1Char(';'))),
            sessionSplitName(session.split),
            provider ? sessionIdKindName(session.idKind) : QString(),
            provider ? csvField(QString::fromUtf8(session.providerSessionId)) : QString(),
            QString::number(session.pageCount),
            QString::number(session.screenCount),
            idList(session, QLatin1Char(' ')),
        };
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

/// \a text cut to \a width characters, an ellipsis marking the cut.
QString clip(const QString& text, int width)
{
    return text.size() <= width ? text : text.left(std::max(0, width - 1)) + QChar(0x2026);
}

QByteArray writeText(const SessionList& list, int total)
{
    const QStringList headers { SessionReportWriter::tr("START (UTC)"), SessionReportWriter::tr("DURATION"),
        SessionReportWriter::tr("PERSON"), SessionReportWriter::tr("EVENTS"), SessionReportWriter::tr("PAGES"),
        SessionReportWriter::tr("SCREENS"), SessionReportWriter::tr("INVALID"), SessionReportWriter::tr("VALIDATION"),
        SessionReportWriter::tr("SOURCES"), SessionReportWriter::tr("SPLIT") };
    const bool rightAligned[] = { false, true, false, true, true, true, true, false, false, false };
    QList<QStringList> rows;
    for (int i = 0; i < list.size(); ++i) {
        const PersonSession& session = list.at(i);
        const QString split = session.split == SessionSplit::ProviderId
            ? QStringLiteral("%1 %2").arg(
                sessionIdKindName(session.idKind), clip(QString::fromUtf8(session.providerSessionId), 24))
            : SessionReportWriter::tr("inactivity");
        rows.append({
            QDateTime::fromMSecsSinceEpoch(session.start, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            AnalysisReportWriter::formatDuration(double(session.durationMs()) / 1000.0),
            clip(list.personOf(i), 36),
            QString::number(session.eventCount),
            QString::number(session.pageCount),
            QString::number(session.screenCount),
            QString::number(session.invalidCount),
            validationStateName(session.validation()),
            session.sourceNames(),
            split,
        });
    }
    QList<int> widths;
    for (qsizetype column = 0; column < headers.size(); ++column) {
        int width = int(headers[column].size());
        for (const QStringList& row : std::as_const(rows))
            width = std::max(width, int(row[column].size()));
        widths.append(width);
    }
    QString out;
    const auto appendRow = [&](const QStringList& cells) {
        QString line;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (column)
                line += QStringLiteral("  ");
            line += rightAligned[column] ? cells[column].rightJustified(widths[column])
                                         : cells[column].leftJustified(widths[column]);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    };
    appendRow(headers);
    for (const QStringList& row : std::as_const(rows))
        appendRow(row);
    // Not %n: journeyctl has no English catalog to turn "session(s)" into the right form.
    QString summary
        = total == 1 ? SessionReportWriter::tr("1 session") : SessionReportWriter::tr("%1 sessions").arg(total);
    if (list.size() < total)
        summary = SessionReportWriter::tr("%1 of %2").arg(list.size()).arg(summary);
    out += SessionReportWriter::tr("%1 · %2 events · %3 with a provider session id · inactivity limit %4\n")
               .arg(summary)
               .arg(eventsListed(list))
               .arg(list.providerSessionCount())
               .arg(AnalysisReportWriter::formatWindow(list.gapMs()));
    return out.toUtf8();
}

} // namespace

bool SessionReportWriter::parseFormat(const QString& text, Format& out)
{
    if (text == QLatin1String("text"))
        out = Format::Text;
    else if (text == QLatin1String("json"))
        out = Format::Json;
    else if (text == QLatin1String("csv"))
        out = Format::Csv;
    else
        return false;
    return true;
}

QByteArray SessionReportWriter::write(const SessionList& list, Format format, int total)
{
    if (total < 0)
        total = list.size();
    switch (format) {
    case Format::Json:
        return writeJson(list, total);
    case Format::Csv:
        return writeCsv(list);
    case Format::Text:
        return writeText(list, total);
    }
    return {};
}

} // namespace Journey

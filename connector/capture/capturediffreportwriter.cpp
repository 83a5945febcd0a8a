// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "capturediffreportwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace Journey {

namespace {
QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 1);
}

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'f', 1) + QLatin1Char('%');
}

QString sideTitle(const CaptureDiff::Side& side)
{
    // A name that is only the source's file name is not repeated.
    const bool named = !side.name.isEmpty() && !side.source.endsWith(side.name);
    QString title = named ? side.name : side.source.isEmpty() ? side.name : side.source;
    if (title.isEmpty())
        title = CaptureDiffReportWriter::tr("(unnamed)");
    QString details;
    if (named && !side.source.isEmpty())
        details = side.source + QStringLiteral(", ");
    return title + QStringLiteral(" (") + details
        + CaptureDiffReportWriter::tr("%n event(s)", nullptr, int(side.events)) + QLatin1Char(')');
}

QString windowText(qint64 ms)
{
    return ms % 86'400'000 == 0 ? QString::number(ms / 86'400'000) + QLatin1Char('d')
        : ms % 3'600'000 == 0   ? QString::number(ms / 3'600'000) + QLatin1Char('h')
        : ms % 60'000 == 0      ? QString::number(ms / 60'000) + QLatin1Char('m')
                                : QString::number(ms / 1000) + QLatin1Char('s');
}

QString stepTitle(const CaptureDiff::FunnelStep& step)
{
    return CaptureDiffReportWriter::tr("step %1: %2").arg(step.step).arg(step.event);
}

QString stepLine(const CaptureDiff::FunnelStep& step)
{
    QString line = stepTitle(step) + QStringLiteral(": ")
        + CaptureDiffReportWriter::tr("%1 → %2 users").arg(step.usersBefore).arg(step.usersAfter);
    if (step.step > 1)
        line += QStringLiteral(", ")
            + CaptureDiffReportWriter::tr("conversion from the previous step %1 → %2 (%3 points)")
                  .arg(percent(step.conversionBefore), percent(step.conversionAfter),
                      signedNumber((step.conversionAfter - step.conversionBefore) * 100));
    return line;
}

/// "FAIL", "info" or "ok  " for a group of findings.
QString stateOf(const QList<CaptureDiffFinding>& findings)
{
    bool info = false;
    for (const CaptureDiffFinding& finding : findings) {
        if (finding.isError())
            return QStringLiteral("FAIL");
        info = true;
    }
    return info ? QStringLiteral("info") : QStringLiteral("ok  ");
}

QJsonObject sideJson(const CaptureDiff::Side& side)
{
    return { { QStringLiteral("name"), side.name }, { QStringLiteral("source"), side.source },
        { QStringLiteral("events"), double(side.events) } };
}

QString statusOf(const CaptureDiff::EventRow& row, const QList<CaptureDiffFinding>& findings)
{
    if (row.before == 0)
        return QStringLiteral("added");
    if (row.after == 0)
        return QStringLiteral("removed");
    return findings.isEmpty() ? QStringLiteral("same") : QStringLiteral("changed");
}

void writeCase(QXmlStreamWriter& writer, const QString& className, const QString& name,
    const QList<CaptureDiffFinding>& findings, const QString& context)
{
    writer.writeStartElement(QStringLiteral("testcase"));
    writer.writeAttribute(QStringLiteral("classname"), className);
    writer.writeAttribute(QStringLiteral("name"), name);
    QString errors;
    QString info;
    QString firstKind;
    int errorCount = 0;
    for (const CaptureDiffFinding& finding : findings) {
        const QString line = CaptureDiffReportWriter::findingLine(finding) + QLatin1Char('\n');
        if (finding.isError()) {
            errors += line;
            ++errorCount;
            if (firstKind.isEmpty())
                firstKind = CaptureDiffFinding::kindName(finding.kind);
        } else {
            info += line;
        }
    }
    if (errorCount > 0) {
        writer.writeStartElement(QStringLiteral("failure"));
        writer.writeAttribute(QStringLiteral("message"),
            CaptureDiffReportWriter::tr("%n change(s) beyond the thresholds", nullptr, errorCount));
        writer.writeAttribute(QStringLiteral("type"), firstKind);
        writer.writeCharacters(context + QLatin1Char('\n') + errors);
        writer.writeEndElement();
    }
    if (!info.isEmpty())
        writer.writeTextElement(QStringLiteral("system-out"), info);
    writer.writeEndElement();
}
} // namespace

std::optional<CaptureDiffReportWriter::Format> CaptureDiffReportWriter::formatFromName(QStringView name)
{
    if (name == QLatin1String("text"))
        return Format::Text;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("junit"))
        return Format::Junit;
    return std::nullopt;
}

QString CaptureDiffReportWriter::formatName(Format format)
{
    switch (format) {
    case Format::Text:
        return QStringLiteral("text");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Junit:
        return QStringLiteral("junit");
    }
    return {};
}

QByteArray CaptureDiffReportWriter::write(const CaptureDiff& diff, Format format)
{
    switch (format) {
    case Format::Text:
        return toText(diff);
    case Format::Json:
        return toJson(diff);
    case Format::Junit:
        return toJunit(diff);
    }
    return {};
}

QString CaptureDiffReportWriter::findingLine(const CaptureDiffFinding& finding)
{
    return CaptureDiffFinding::severityName(finding.severity) + QStringLiteral(": ")
        + CaptureDiffFinding::kindName(finding.kind) + QStringLiteral(": ") + finding.message();
}

QString CaptureDiffReportWriter::eventLine(const CaptureDiff::EventRow& row)
{
    QString line = row.event + QStringLiteral(" (") + row.type + QStringLiteral("): ");
    if (row.before == 0)
        line += tr("new, %n event(s)", nullptr, int(row.after));
    else if (row.after == 0)
        line += tr("gone, had %n event(s)", nullptr, int(row.before));
    else
        line += tr("%1 → %2 events").arg(row.before).arg(row.after)
            + (row.change ? QStringLiteral(" (") + signedNumber(*row.change) + QStringLiteral("%)") : QString());
    return line;
}

QString CaptureDiffReportWriter::summaryLine(const CaptureDiff& diff)
{
    QStringList kinds;
    const QMap<CaptureDiffFinding::Kind, int> counts = diff.countsByKind();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        kinds.append(CaptureDiffFinding::kindName(it.key()) + QLatin1Char(' ') + QString::number(it.value()));
    const QString figures = tr("%n error(s)", nullptr, diff.errorCount()) + QStringLiteral(", ")
        + tr("%n info", nullptr, diff.infoCount())
        + (kinds.isEmpty() ? QString() : QStringLiteral(" (") + kinds.join(QStringLiteral(", ")) + QLatin1Char(')'));
    return diff.hasDrift() ? tr("Drift: %1").arg(figures) : tr("No drift beyond the thresholds: %1").arg(figures);
}

QByteArray CaptureDiffReportWriter::toText(const CaptureDiff& diff)
{
    const CaptureDiffOptions& options = diff.options;
    QString text
        = tr("Capture diff: %1 → %2").arg(sideTitle(diff.baseline), sideTitle(diff.candidate)) + QLatin1Char('\n');
    text += tr("Thresholds: volume ±%1% (%2), coverage ±%3 points, conversion ±%4 points")
                .arg(QString::number(options.volumePercent),
                    options.normalizeVolume ? tr("share of all events") : tr("counts"),
                    QString::number(options.coveragePoints), QString::number(options.conversionPoints))
        + QStringLiteral("\n\n");
    for (const CaptureDiff::EventRow& row : diff.events) {
        const QList<CaptureDiffFinding> findings = diff.findingsOf(row.event);
        text += stateOf(findings) + QStringLiteral("  ") + eventLine(row) + QLatin1Char('\n');
        for (const CaptureDiffFinding& finding : findings)
            text += QStringLiteral("        ") + findingLine(finding) + QLatin1Char('\n');
    }
    if (diff.events.isEmpty())
        text += tr("Neither capture has events.") + QLatin1Char('\n');
    if (!diff.funnel.isEmpty()) {
        text += QLatin1Char('\n')
            + tr("Funnel %1 (%2, %3 window):")
                  .arg(options.funnelText(), FunnelQuery::orderName(options.funnelOrder),
                      windowText(options.funnelWindowMs))
            + QLatin1Char('\n');
        for (const CaptureDiff::FunnelStep& step : diff.funnel) {
            const QList<CaptureDiffFinding> findings = diff.findingsOfStep(step.step);
            text += stateOf(findings) + QStringLiteral("  ") + stepLine(step) + QLatin1Char('\n');
            for (const CaptureDiffFinding& finding : findings)
                text += QStringLiteral("        ") + findingLine(finding) + QLatin1Char('\n');
        }
    }
    if (!diff.notes.isEmpty()) {
        text += QLatin1Char('\n');
        for (const QString& note : diff.notes)
            text += tr("note: %1").arg(note) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + summaryLine(diff) + QLatin1Char('\n');
    return text.toUtf8();
}

QByteArray CaptureDiffReportWriter::toJson(const CaptureDiff& diff)
{
    QJsonObject byKind;
    const QMap<CaptureDiffFinding::Kind, int> counts = diff.countsByKind();
    for (const CaptureDiffFinding::Kind kind : CaptureDiffFinding::allKinds())
        byKind.insert(CaptureDiffFinding::kindName(kind), counts.value(kind));

    QJsonArray events;
    for (const CaptureDiff::EventRow& row : diff.events) {
        const QList<CaptureDiffFinding> findings = diff.findingsOf(row.event);
        int errors = 0;
        for (const CaptureDiffFinding& finding : findings)
            errors += finding.isError() ? 1 : 0;
        events.append(QJsonObject { { QStringLiteral("event"), row.event }, { QStringLiteral("type"), row.type },
            { QStringLiteral("status"), statusOf(row, findings) }, { QStringLiteral("before"), double(row.before) },
            { QStringLiteral("after"), double(row.after) },
            { QStringLiteral("change"), row.change ? QJsonValue(*row.change) : QJsonValue() },
            { QStringLiteral("properties"), row.properties }, { QStringLiteral("errors"), errors },
            { QStringLiteral("info"), int(findings.size()) - errors } });
    }

    QJsonValue funnel;
    if (!diff.funnel.isEmpty()) {
        QJsonArray steps;
        for (const CaptureDiff::FunnelStep& step : diff.funnel) {
            const QList<CaptureDiffFinding> findings = diff.findingsOfStep(step.step);
            int errors = 0;
            for (const CaptureDiffFinding& finding : findings)
                errors += finding.isError() ? 1 : 0;
            steps.append(QJsonObject { { QStringLiteral("step"), step.step }, { QStringLiteral("event"), step.event },
                { QStringLiteral("before"),
                    QJsonObject { { QStringLiteral("users"), double(step.usersBefore) },
                        { QStringLiteral("conversionFromPrevious"), step.conversionBefore },
                        { QStringLiteral("conversionFromFirst"), step.fromFirstBefore } } },
                { QStringLiteral("after"),
                    QJsonObject { { QStringLiteral("users"), double(step.usersAfter) },
                        { QStringLiteral("conversionFromPrevious"), step.conversionAfter },
                        { QStringLiteral("conversionFromFirst"), step.fromFirstAfter } } },
                { QStringLiteral("changePoints"), (step.conversionAfter - step.conversionBefore) * 100 },
                { QStringLiteral("errors"), errors }, { QStringLiteral("info"), int(findings.size()) - errors } });
        }
        funnel = QJsonObject { { QStringLiteral("steps"), diff.options.funnelText() },
            { QStringLiteral("windowSeconds"), double(diff.options.funnelWindowMs / 1000) },
            { QStringLiteral("order"), FunnelQuery::orderName(diff.options.funnelOrder) },
            { QStringLiteral("stepResults"), steps } };
    }

    QJsonArray findings;
    for (const CaptureDiffFinding& finding : diff.findings)
        findings.append(finding.toJson());

    const QJsonObject json { { QStringLiteral("journeyCaptureDiff"), 1 },
        { QStringLiteral("baseline"), sideJson(diff.baseline) },
        { QStringLiteral("candidate"), sideJson(diff.candidate) }, { QStringLiteral("drift"), diff.hasDrift() },
        { QStringLiteral("options"), diff.options.toJson() },
        { QStringLiteral("summary"),
            QJsonObject { { QStringLiteral("findings"), int(diff.findings.size()) },
                { QStringLiteral("errors"), diff.errorCount() }, { QStringLiteral("info"), diff.infoCount() },
                { QStringLiteral("byKind"), byKind } } },
        { QStringLiteral("events"), events }, { QStringLiteral("funnel"), funnel },
        { QStringLiteral("notes"), QJsonArray::fromStringList(diff.notes) }, { QStringLiteral("findings"), findings } };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QByteArray CaptureDiffReportWriter::toJunit(const CaptureDiff& diff)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    int failing = 0;
    for (const CaptureDiff::EventRow& row : diff.events) {
        const QList<CaptureDiffFinding> findings = diff.findingsOf(row.event);
        failing
            += std::any_of(findings.cbegin(), findings.cend(), [](const CaptureDiffFinding& f) { return f.isError(); })
            ? 1
            : 0;
    }
    for (const CaptureDiff::FunnelStep& step : diff.funnel) {
        const QList<CaptureDiffFinding> findings = diff.findingsOfStep(step.step);
        failing
            += std::any_of(findings.cbegin(), findings.cend(), [](const CaptureDiffFinding& f) { return f.isError(); })
            ? 1
            : 0;
    }
    const QString tests = QString::number(diff.events.size() + diff.funnel.size());
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("journeyctl diff"));
    writer.writeAttribute(QStringLiteral("tests"), tests);
    writer.writeAttribute(QStringLiteral("failures"), QString::number(failing));
    writer.writeStartElement(QStringLiteral("testsuite"));
    writer.writeAttribute(QStringLiteral("name"),
        tr("capture diff: %1 → %2")
            .arg(diff.baseline.name.isEmpty() ? diff.baseline.source : diff.baseline.name,
                diff.candidate.name.isEmpty() ? diff.candidate.source : diff.candidate.name));
    writer.writeAttribute(QStringLiteral("tests"), tests);
    writer.writeAttribute(QStringLiteral("failures"), QString::number(failing));
    writer.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    writer.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
    for (const CaptureDiff::EventRow& row : diff.events)
        writeCase(writer, row.type, row.event, diff.findingsOf(row.event), eventLine(row));
    for (const CaptureDiff::FunnelStep& step : diff.funnel)
        writeCase(writer, QStringLiteral("funnel"), stepTitle(step), diff.findingsOfStep(step.step), stepLine(step));
    QString out;
    for (const QString& note : diff.notes)
        out += tr("note: %1").arg(note) + QLatin1Char('\n');
    out += summaryLine(diff) + QLatin1Char('\n');
    writer.writeTextElement(QStringLiteral("system-out"), out);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "validationreportwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace Journey {

namespace {

QString planTitle(const ValidationReport& report)
{
    QString title = report.planName.isEmpty() ? ValidationReportWriter::tr("tracking plan") : report.planName;
    if (!report.planVersion.isEmpty())
        title += QLatin1Char(' ') + report.planVersion;
    return title;
}

QString failureLine(const ValidationReport::Group& group, const ValidationReport::Failure& failure,
    const PlanViolation& violation)
{
    return failure.where + QStringLiteral(": ") + PlanViolation::severityName(violation.severity) + QStringLiteral(": ")
        + group.key + QStringLiteral(": ") + ValidationReportWriter::describe(violation).section(QLatin1Char(' '), 1);
}

} // namespace

std::optional<ValidationReportWriter::Format> ValidationReportWriter::formatFromName(QStringView name)
{
    if (name == QLatin1String("text"))
        return Format::Text;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("junit"))
        return Format::Junit;
    return std::nullopt;
}

QByteArray ValidationReportWriter::write(const ValidationReport& report, Format format)
{
    switch (format) {
    case Format::Text:
        return toText(report);
    case Format::Json:
        return toJson(report);
    case Format::Junit:
        return toJunit(report);
    }
    return {};
}

QString ValidationReportWriter::describe(const PlanViolation& violation)
{
    QString text = PlanViolation::severityName(violation.severity) + QStringLiteral(": ");
    if (!violation.provider.isEmpty())
        text += QLatin1Char('[') + violation.provider + QStringLiteral("] ");
    text += (violation.pointer.isEmpty() ? QStringLiteral("/") : violation.pointer) + QStringLiteral(": ")
        + PlanViolation::kindName(violation.kind);
    if (!violation.keyword.isEmpty())
        text += QStringLiteral(" (") + violation.keyword + QLatin1Char(')');
    return text + QStringLiteral(": ") + violation.message;
}

QByteArray ValidationReportWriter::toText(const ValidationReport& report)
{
    QString text;
    for (const ValidationReport::Group& group : report.groups()) {
        for (const ValidationReport::Failure& failure : group.failures) {
            for (const PlanViolation& violation : failure.violations)
                text += failureLine(group, failure, violation) + QLatin1Char('\n');
        }
        if (group.failuresLeftOut > 0)
            text += tr("%1: … and %n more event(s) with violations", nullptr, int(group.failuresLeftOut)).arg(group.key)
                + QLatin1Char('\n');
    }
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    text += tr("%1: %n event(s) checked", nullptr, int(report.events())).arg(planTitle(report));
    if (!report.input.isEmpty())
        text += QStringLiteral(" (") + report.input + QLatin1Char(')');
    text += QStringLiteral(": ")
        + tr("%1 with errors, %2 with warnings only (errors: %3, warnings: %4)")
              .arg(report.withErrors())
              .arg(report.withWarnings())
              .arg(report.errors())
              .arg(report.warnings())
        + QLatin1Char('\n');
    int width = 10;
    for (const ValidationReport::Group& group : report.groups())
        width = std::max(width, int(group.key.size()));
    width = std::min(width, 48);
    for (const ValidationReport::Group& group : report.groups()) {
        const QString state = group.withErrors > 0 ? QStringLiteral("FAIL") : group.withWarnings > 0 ? QStringLiteral("warn") : QStringLiteral("ok  ");
        text += QStringLiteral("  %1  %2  ").arg(state, group.key.leftJustified(width))
            + tr("%n event(s)", nullptr, int(group.events));
        if (group.withErrors > 0 || group.withWarnings > 0)
            text += QStringLiteral(", ") + tr("%1 with errors, %2 with warnings only").arg(group.withErrors).arg(group.withWarnings);
        text += QLatin1Char('\n');
    }
    return text.toUtf8();
}

QByteArray ValidationReportWriter::toJson(const ValidationReport& report)
{
    QJsonArray events;
    for (const ValidationReport::Group& group : report.groups()) {
        QJsonArray failures;
        for (const ValidationReport::Failure& failure : group.failures) {
            QJsonArray violations;
            for (const PlanViolation& violation : failure.violations)
                violations.append(violation.toJson());
            failures.append(QJsonObject { { QStringLiteral("where"), failure.where },
                { QStringLiteral("messageId"), failure.messageId }, { QStringLiteral("violations"), violations } });
        }
        events.append(QJsonObject { { QStringLiteral("event"), group.key }, { QStringLiteral("type"), group.type },
            { QStringLiteral("events"), double(group.events) }, { QStringLiteral("withErrors"), double(group.withErrors) },
            { QStringLiteral("withWarnings"), double(group.withWarnings) }, { QStringLiteral("errors"), double(group.errors) },
            { QStringLiteral("warnings"), double(group.warnings) }, { QStringLiteral("failures"), failures },
            { QStringLiteral("failuresLeftOut"), double(group.failuresLeftOut) } });
    }
    const QJsonObject json { { QStringLiteral("plan"),
                                 QJsonObject { { QStringLiteral("name"), report.planName },
                                     { QStringLiteral("version"), report.planVersion } } },
        { QStringLiteral("input"), report.input },
        { QStringLiteral("summary"),
            QJsonObject { { QStringLiteral("events"), double(report.events()) },
                { QStringLiteral("valid"), double(report.events() - report.withErrors() - report.withWarnings()) },
                { QStringLiteral("withErrors"), double(report.withErrors()) },
                { QStringLiteral("withWarnings"), double(report.withWarnings()) },
                { QStringLiteral("errors"), double(report.errors()) },
                { QStringLiteral("warnings"), double(report.warnings()) } } },
        { QStringLiteral("events"), events } };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QByteArray ValidationReportWriter::toJunit(const ValidationReport& report)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    qint64 failing = 0;
    for (const ValidationReport::Group& group : report.groups())
        failing += group.withErrors > 0 ? 1 : 0;
    const QString tests = QString::number(report.groups().size());
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("journeyctl validate"));
    writer.writeAttribute(QStringLiteral("tests"), tests);
    writer.writeAttribute(QStringLiteral("failures"), QString::number(failing));
    writer.writeStartElement(QStringLiteral("testsuite"));
    writer.writeAttribute(QStringLiteral("name"), planTitle(report));
    writer.writeAttribute(QStringLiteral("tests"), tests);
    writer.writeAttribute(QStringLiteral("failures"), QString::number(failing));
    writer.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    writer.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
    for (const ValidationReport::Group& group : report.groups()) {
        writer.writeStartElement(QStringLiteral("testcase"));
        writer.writeAttribute(QStringLiteral("classname"), group.type);
        writer.writeAttribute(QStringLiteral("name"), group.key);
        QString errors;
        QString warnings;
        QString firstKind;
        for (const ValidationReport::Failure& failure : group.failures) {
            for (const PlanViolation& violation : failure.violations) {
                const QString line = failureLine(group, failure, violation) + QLatin1Char('\n');
                if (violation.severity == PlanViolation::Severity::Error) {
                    errors += line;
                    if (firstKind.isEmpty())
                        firstKind = PlanViolation::kindName(violation.kind);
                } else {
                    warnings += line;
                }
            }
        }
        if (group.failuresLeftOut > 0)
            (group.withErrors > 0 ? errors : warnings)
                += tr("… and %n more event(s) with violations", nullptr, int(group.failuresLeftOut)) + QLatin1Char('\n');
        if (group.withErrors > 0) {
            writer.writeStartElement(QStringLiteral("failure"));
            writer.writeAttribute(QStringLiteral("message"),
                tr("%1 of %n event(s) break the tracking plan", nullptr, int(group.events)).arg(group.withErrors));
            writer.writeAttribute(QStringLiteral("type"), firstKind);
            writer.writeCharacters(errors);
            writer.writeEndElement();
        }
        if (!warnings.isEmpty())
            writer.writeTextElement(QStringLiteral("system-out"), warnings);
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

} // namespace Journey

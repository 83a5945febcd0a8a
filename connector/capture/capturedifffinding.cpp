// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "capturedifffinding.h"

#include <QJsonArray>

namespace Journey {

namespace {
struct KindEntry
{
    CaptureDiffFinding::Kind kind;
    const char* name;
};
constexpr KindEntry kindTable[] = {
    { CaptureDiffFinding::Kind::EventAdded, "event-added" },
    { CaptureDiffFinding::Kind::EventRemoved, "event-removed" },
    { CaptureDiffFinding::Kind::PropertyAdded, "property-added" },
    { CaptureDiffFinding::Kind::PropertyRemoved, "property-removed" },
    { CaptureDiffFinding::Kind::TypeChanged, "type-changed" },
    { CaptureDiffFinding::Kind::RequiredCoverageDrop, "required-coverage-drop" },
    { CaptureDiffFinding::Kind::CoverageDrop, "coverage-drop" },
    { CaptureDiffFinding::Kind::CoverageRise, "coverage-rise" },
    { CaptureDiffFinding::Kind::VolumeChange, "volume-change" },
    { CaptureDiffFinding::Kind::ConversionDrop, "conversion-drop" },
    { CaptureDiffFinding::Kind::ConversionRise, "conversion-rise" },
};

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'f', 1) + QLatin1Char('%');
}

QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 1);
}
} // namespace

QList<CaptureDiffFinding::Kind> CaptureDiffFinding::allKinds()
{
    QList<Kind> kinds;
    for (const KindEntry& entry : kindTable)
        kinds.append(entry.kind);
    return kinds;
}

QString CaptureDiffFinding::kindName(Kind kind)
{
    for (const KindEntry& entry : kindTable) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<CaptureDiffFinding::Kind> CaptureDiffFinding::kindFromName(QStringView name)
{
    for (const KindEntry& entry : kindTable) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString CaptureDiffFinding::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::EventAdded:
        return tr("Event added");
    case Kind::EventRemoved:
        return tr("Event removed");
    case Kind::PropertyAdded:
        return tr("Property added");
    case Kind::PropertyRemoved:
        return tr("Property removed");
    case Kind::TypeChanged:
        return tr("Type changed");
    case Kind::RequiredCoverageDrop:
        return tr("Required property missing");
    case Kind::CoverageDrop:
        return tr("Coverage drop");
    case Kind::CoverageRise:
        return tr("Coverage rise");
    case Kind::VolumeChange:
        return tr("Volume change");
    case Kind::ConversionDrop:
        return tr("Conversion drop");
    case Kind::ConversionRise:
        return tr("Conversion rise");
    }
    return {};
}

QString CaptureDiffFinding::severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("info");
}

QString CaptureDiffFinding::unitName(Unit unit)
{
    switch (unit) {
    case Unit::Percent:
        return QStringLiteral("percent");
    case Unit::Points:
        return QStringLiteral("points");
    case Unit::None:
        break;
    }
    return QStringLiteral("none");
}

QString CaptureDiffFinding::valueText(const QJsonValue& value) const
{
    switch (kind) {
    case Kind::EventAdded:
    case Kind::EventRemoved:
    case Kind::VolumeChange:
        return tr("%n event(s)", nullptr, int(value.toDouble()));
    case Kind::TypeChanged: {
        QStringList names;
        for (const QJsonValue& name : value.toArray())
            names.append(name.toString());
        return names.isEmpty() ? tr("(none)") : names.join(QStringLiteral(", "));
    }
    case Kind::PropertyAdded:
    case Kind::PropertyRemoved:
    case Kind::RequiredCoverageDrop:
    case Kind::CoverageDrop:
    case Kind::CoverageRise:
    case Kind::ConversionDrop:
    case Kind::ConversionRise:
        return percent(value.toDouble());
    }
    return {};
}

QString CaptureDiffFinding::message() const
{
    QString text;
    const QString was = valueText(before);
    const QString now = valueText(after);
    switch (kind) {
    case Kind::EventAdded:
        text = tr("new in the candidate: %1").arg(now);
        break;
    case Kind::EventRemoved:
        text = tr("gone from the candidate (the baseline has %1)").arg(was);
        break;
    case Kind::PropertyAdded:
        text = tr("%1 is new (on %2 of the events)").arg(property, now);
        break;
    case Kind::PropertyRemoved:
        text = tr("%1 is gone (was on %2 of the events)").arg(property, was);
        break;
    case Kind::TypeChanged:
        text = tr("%1 changed type: %2 → %3").arg(property, was, now);
        break;
    case Kind::RequiredCoverageDrop:
        text = tr("%1 was on every event, now on %2 of them").arg(property, now);
        break;
    case Kind::CoverageDrop:
        text = tr("%1 is on fewer events: %2 → %3 (%4 points)").arg(property, was, now, signedNumber(change));
        break;
    case Kind::CoverageRise:
        text = tr("%1 is on more events: %2 → %3 (%4 points)").arg(property, was, now, signedNumber(change));
        break;
    case Kind::VolumeChange:
        text = (ofShare ? tr("%1 → %2 events (%3% of its share of all events)") : tr("%1 → %2 events (%3%)"))
                   .arg(QString::number(before.toDouble(), 'f', 0), QString::number(after.toDouble(), 'f', 0),
                       signedNumber(change));
        break;
    case Kind::ConversionDrop:
        text = tr("step %1 converts less: %2 → %3 of the previous step (%4 points)")
                   .arg(QString::number(step), was, now, signedNumber(change));
        break;
    case Kind::ConversionRise:
        text = tr("step %1 converts more: %2 → %3 of the previous step (%4 points)")
                   .arg(QString::number(step), was, now, signedNumber(change));
        break;
    }
    if (nested > 0)
        text += QLatin1Char(' ') + tr("(and %n nested path(s))", nullptr, nested);
    return text;
}

QJsonObject CaptureDiffFinding::toJson() const
{
    QJsonObject json { { QStringLiteral("kind"), kindName(kind) },
        { QStringLiteral("severity"), severityName(severity) }, { QStringLiteral("event"), event },
        { QStringLiteral("type"), type } };
    if (!property.isEmpty())
        json.insert(QStringLiteral("property"), property);
    if (step > 0)
        json.insert(QStringLiteral("step"), step);
    json.insert(QStringLiteral("before"), before);
    json.insert(QStringLiteral("after"), after);
    if (unit != Unit::None) {
        json.insert(QStringLiteral("change"), change);
        json.insert(QStringLiteral("unit"), unitName(unit));
    }
    if (nested > 0)
        json.insert(QStringLiteral("nested"), nested);
    json.insert(QStringLiteral("message"), message());
    return json;
}

} // namespace Journey

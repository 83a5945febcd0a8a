// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "planviolation.h"

namespace Journey {

QString PlanViolation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::UnplannedEvent:
        return QStringLiteral("unplanned-event");
    case Kind::UnplannedProperty:
        return QStringLiteral("unplanned-property");
    case Kind::MissingRequired:
        return QStringLiteral("missing-required");
    case Kind::WrongType:
        return QStringLiteral("wrong-type");
    case Kind::ValueNotAllowed:
        return QStringLiteral("value-not-allowed");
    case Kind::SchemaViolation:
        return QStringLiteral("schema-violation");
    case Kind::CommonSchema:
        return QStringLiteral("common-schema");
    case Kind::ProviderLint:
        return QStringLiteral("provider-lint");
    }
    return {};
}

std::optional<PlanViolation::Kind> PlanViolation::kindFromName(QStringView name)
{
    for (int k = int(Kind::UnplannedEvent); k <= int(Kind::ProviderLint); ++k) {
        if (kindName(Kind(k)) == name)
            return Kind(k);
    }
    return std::nullopt;
}

QString PlanViolation::severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QJsonObject PlanViolation::toJson() const
{
    QJsonObject json { { QStringLiteral("kind"), kindName(kind) }, { QStringLiteral("severity"), severityName(severity) },
        { QStringLiteral("pointer"), pointer }, { QStringLiteral("keyword"), keyword },
        { QStringLiteral("message"), message } };
    if (!provider.isEmpty())
        json.insert(QStringLiteral("provider"), provider);
    return json;
}

bool PlanViolation::fromJson(const QJsonObject& json, PlanViolation& out)
{
    const auto kind = kindFromName(json.value(QLatin1String("kind")).toString());
    const QString severity = json.value(QLatin1String("severity")).toString();
    if (!kind || (severity != QLatin1String("error") && severity != QLatin1String("warning")))
        return false;
    out.kind = *kind;
    out.severity = severity == QLatin1String("error") ? Severity::Error : Severity::Warning;
    out.pointer = json.value(QLatin1String("pointer")).toString();
    out.keyword = json.value(QLatin1String("keyword")).toString();
    out.message = json.value(QLatin1String("message")).toString();
    out.provider = json.value(QLatin1String("provider")).toString();
    return true;
}

} // namespace Journey

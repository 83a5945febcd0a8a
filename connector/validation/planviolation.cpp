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
    }
    return {};
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace Journey {

/// One way an event breaks the tracking plan.
struct PlanViolation
{
    enum class Kind {
        UnplannedEvent, ///< the plan does not name this event (page, screen)
        UnplannedProperty, ///< a property (trait) the event's schema does not list
        MissingRequired, ///< a required property (trait) is absent
        WrongType, ///< a value of another JSON type than the schema says
        ValueNotAllowed, ///< enum, const, pattern, range, length, format
        SchemaViolation, ///< any other keyword of the event's schema
        CommonSchema, ///< the plan's common schema (ids, context) failed
    };
    enum class Severity { Warning, Error };

    Kind kind = Kind::SchemaViolation;
    Severity severity = Severity::Error;
    QString pointer; ///< JSON pointer into the whole message ("/properties/price"); "" for the message itself
    QString keyword; ///< the schema keyword that failed ("required", "type", …); empty for unplanned events
    QString message; ///< readable English

    /// "unplanned-event", "missing-required", … (stable: used in JSON and JUnit output).
    static QString kindName(Kind kind);
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::PlanViolation)

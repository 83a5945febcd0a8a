// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

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
        ProviderLint, ///< what a provider would reject, drop or change (see ProviderLinter); names the provider
    };
    enum class Severity { Warning, Error };

    Kind kind = Kind::SchemaViolation;
    Severity severity = Severity::Error;
    QString pointer; ///< JSON pointer into the whole message ("/properties/price"); "" for the message itself
    QString keyword; ///< the schema keyword that failed ("required", "type", …); empty for unplanned events
    QString message; ///< readable English
    QString provider; ///< the provider a ProviderLint is about ("ga4"); empty for plan violations

    /// "unplanned-event", "missing-required", … (stable: used in JSON and JUnit output).
    static QString kindName(Kind kind);
    /// The Kind named \a name by kindName(); nothing for an unknown name.
    static std::optional<Kind> kindFromName(QStringView name);
    static QString severityName(Severity severity);

    /// {"kind", "severity", "pointer", "keyword", "message", "provider" (when set)}
    QJsonObject toJson() const;
    /// Reads what toJson() wrote; false for an unknown kind or severity.
    static bool fromJson(const QJsonObject& json, PlanViolation& out);
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::PlanViolation)

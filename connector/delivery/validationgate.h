// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "config/providersettings.h"
#include "validation/eventvalidator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Journey {

/*!
 * Applies a provider's `validation` mode (ProviderSettings::validationMode) to one event before it goes into that
 * provider's outbox, and again when one of its dead letters is retried by hand. The event is validated once
 * (EventValidator::validate()); judge() decides for each provider from the same violations:
 *
 * - a provider is concerned by the plan's violations and by the lints naming it; a lint naming another provider
 *   is not its business (neither noted nor blocking);
 * - **allow**: sent as it is; the violations are noted on the outbox row;
 * - **omit-unplanned-properties**: sent without the properties (traits) the UnplannedProperty violations point
 *   at, which the row's note lists;
 * - **block**: an event with an error is not sent: its row is a dead letter whose reason lists the errors
 *   ("blocked by the tracking plan: /properties/revenue: wrong-type (type): …"). Warnings never block.
 */
class ValidationGate
{
    Q_DECLARE_TR_FUNCTIONS(Journey::ValidationGate)

public:
    struct Verdict
    {
        bool blocked = false;
        QString reason; ///< blocked: the dead letter's reason; otherwise a note for the row (empty: nothing to say)
        QByteArray message; ///< compact JSON to send instead of the original; empty: the original
    };

    /// Whether events for a provider in \a mode need \a validator at all. Allow mode only notes, and does so only
    /// when a plan is set (lints alone change nothing for it). False without an active validator.
    static bool needsValidation(const EventValidator* validator, ValidationMode mode);
    /// Whether \a violation concerns \a provider: a plan violation does; a lint when it names \a provider or no one.
    static bool concerns(const PlanViolation& violation, const QString& provider);
    /// The verdict on \a message (the canonical message as parsed) for \a provider in \a mode, from the event's
    /// \a violations (every provider's).
    static Verdict judge(ValidationMode mode, const QString& provider, const QList<PlanViolation>& violations,
        const QJsonObject& message);
    /// \a message without the values that UnplannedProperty violations point at under `/properties` or `/traits`
    /// (JSON pointers, `~1` and `~0` unescaped); \a removed receives the pointers of what was taken out.
    static QJsonObject withoutUnplanned(
        const QJsonObject& message, const QList<PlanViolation>& violations, QStringList* removed);
};

} // namespace Journey

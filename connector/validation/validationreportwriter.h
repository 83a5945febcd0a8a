// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "validationreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Journey {

/*!
 * Writes a ValidationReport for people and for CI systems:
 *
 * - **text**: one line per violation in the compiler style editors and CI logs link
 *   (`orders.ndjson:14: error: Order Completed: /properties/revenue: missing-required (required): …`), then a
 *   summary per event;
 * - **json**: `{"plan", "input", "summary", "events": [{"event", "type", "events", "withErrors", …,
 *   "failures": [{"where", "messageId", "violations": [PlanViolation::toJson()]}]}]}`;
 * - **junit**: JUnit XML with one testcase per event name (classname = the call type); a testcase fails when any of
 *   its events has an error, and its warnings go to `system-out`, so CI systems show the plan natively.
 */
class ValidationReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Journey::ValidationReportWriter)

public:
    enum class Format { Text, Json, Junit };
    static std::optional<Format> formatFromName(QStringView name);

    static QByteArray write(const ValidationReport& report, Format format);
    static QByteArray toText(const ValidationReport& report);
    static QByteArray toJson(const ValidationReport& report);
    static QByteArray toJunit(const ValidationReport& report);

    /// One violation as a text line without the place: "error: /properties/x: wrong-type (type): …".
    static QString describe(const PlanViolation& violation);
};

} // namespace Journey

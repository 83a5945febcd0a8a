// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "capturediff.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Journey {

/*!
 * Writes a CaptureDiff for people and for CI systems (docs/CAPTURES.md has the JSON shape):
 *
 * - **text**: a header naming both captures and the thresholds, then every event key with its counts and, under
 *   it, its findings; the funnel's steps; notes; and a last line saying whether there is drift;
 * - **json**: `{"journeyCaptureDiff": 1, "baseline", "candidate", "drift", "options", "summary", "events",
 *   "funnel", "notes", "findings"}`;
 * - **junit**: one testsuite with a testcase per event key (classname = the call type) and one per funnel step
 *   (classname "funnel"); a testcase fails when one of its findings is an error, and its info findings go to
 *   `system-out`.
 */
class CaptureDiffReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Journey::CaptureDiffReportWriter)

public:
    enum class Format { Text, Json, Junit };
    static std::optional<Format> formatFromName(QStringView name);
    static QString formatName(Format format);

    static QByteArray write(const CaptureDiff& diff, Format format);
    static QByteArray toText(const CaptureDiff& diff);
    static QByteArray toJson(const CaptureDiff& diff);
    static QByteArray toJunit(const CaptureDiff& diff);

    /// "error: type-changed: properties.price changed type: number → string".
    static QString findingLine(const CaptureDiffFinding& finding);
    /// "Drift: 3 errors (…)" or "No drift beyond the thresholds: …": the text report's last line.
    static QString summaryLine(const CaptureDiff& diff);
    /// "Order Completed (track): 100 → 80 events (−20.0%)".
    static QString eventLine(const CaptureDiff::EventRow& row);
};

} // namespace Journey

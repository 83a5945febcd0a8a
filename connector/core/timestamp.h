// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Journey::Timestamp {

/*!
 * Parses an ISO-8601 date-time into milliseconds since the Unix epoch (UTC).
 *
 * Accepts `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fraction]]` with `T`, `t` or a space between date and
 * time, and a zone of `Z`, `z`, `±HH:MM`, `±HHMM` or `±HH`. A date-time without a zone is read as UTC.
 * Fractions beyond milliseconds are truncated. Returns nothing for anything else, including out-of-range
 * fields (month 13, February 30, hour 24).
 */
std::optional<qint64> parseIso8601(QByteArrayView text);

/// Writes `YYYY-MM-DDTHH:MM:SS.mmmZ` (the canonical form, 24 characters) for \a msSinceEpoch to \a out.
void formatIso8601(char out[24], qint64 msSinceEpoch);
void appendIso8601(QByteArray& out, qint64 msSinceEpoch);
QByteArray toIso8601(qint64 msSinceEpoch);
QString toIso8601String(qint64 msSinceEpoch);

/// Days since 1970-01-01 for a proleptic Gregorian date (month 1..12).
qint64 daysFromCivil(int year, int month, int day);

/// Wall-clock now in ms since the epoch.
qint64 nowMs();

} // namespace Journey::Timestamp

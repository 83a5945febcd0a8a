// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

namespace Journey {

/*!
 * Calendar periods in UTC, as retention and trends count them: days, ISO weeks (starting on Monday) and
 * months. A period is numbered by an index that grows by one from each period to the next, so "period
 * cohort + n" is plain arithmetic; index() and start() convert between timestamps and indexes.
 */
class AnalysisPeriod
{
public:
    enum class Unit { Day, Week, Month };

    /// "day", "week" or "month"; false for anything else.
    static bool parse(QStringView text, Unit& out);
    static QString name(Unit unit);

    /// The index of the period holding \a msSinceEpoch (UTC).
    static qint64 index(qint64 msSinceEpoch, Unit unit);
    /// The first day of period \a index.
    static QDate start(qint64 index, Unit unit);
    /// Milliseconds since the epoch at which period \a index starts (UTC midnight).
    static qint64 startMs(qint64 index, Unit unit);
};

} // namespace Journey

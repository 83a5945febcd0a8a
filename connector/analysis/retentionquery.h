// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysisperiod.h"
#include "eventselector.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Journey {

/*!
 * What a retention table asks (docs/ANALYSIS.md): a person's cohort is the calendar period (UTC) of their
 * first cohort event; retained[n] counts the cohort's persons who did the return event in period
 * cohort + n ("on"), or in that period or any later one ("on-or-after").
 */
class RetentionQuery
{
    Q_DECLARE_TR_FUNCTIONS(Journey::RetentionQuery)

public:
    enum class Mode { On, OnOrAfter };
    static constexpr int maxPeriods = 400;

    EventSelector cohortEvent;
    EventSelector returnEvent; ///< "*" for any event
    AnalysisPeriod::Unit period = AnalysisPeriod::Unit::Week;
    int periods = 8; ///< retained[0 .. periods-1]
    Mode mode = Mode::On;
    QString breakdown; ///< a PropertyPath: the value at the first cohort event (or the person's, for traits.*)
    std::optional<qint64> from; ///< only events at or after (ms since epoch)
    std::optional<qint64> to; ///< only events before

    bool check(QString* error) const;
    QStringList propertyPaths() const;
    static bool parseMode(const QString& text, Mode& out);
    static QString modeName(Mode mode);
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysisperiod.h"
#include "eventselector.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace Journey {

/// Events (or unique persons) per calendar period (UTC) for each of up to 16 series.
class TrendQuery
{
    Q_DECLARE_TR_FUNCTIONS(Journey::TrendQuery)

public:
    enum class Measure { Events, Persons };
    static constexpr int maxSeries = 16;

    QList<EventSelector> series; ///< "*" counts every event
    AnalysisPeriod::Unit period = AnalysisPeriod::Unit::Day;
    Measure measure = Measure::Events;
    std::optional<qint64> from;
    std::optional<qint64> to;

    bool check(QString* error) const;
    QStringList propertyPaths() const;
    static bool parseMeasure(const QString& text, Measure& out);
    static QString measureName(Measure measure);
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"
#include "validation/planviolation.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Journey {

/// What the store's validation results say, grouped for the Validation page (StoreReader::validationSummary()).
struct ValidationSummary
{
    /// One event name (or page/screen name, identify, group) and one kind of violation.
    struct Row
    {
        EventType type = EventType::Track;
        QString name;
        QString kind; ///< PlanViolation::kindName(); "" for the event's row of totals
        QString provider; ///< for provider lints
        qint64 events = 0; ///< events of this name with this kind of violation (totals row: checked events)
        qint64 errors = 0; ///< of them, with an error of this kind (totals row: events with errors)
        qint64 warnings = 0; ///< of them, with only warnings of this kind (totals row: events with warnings only)
        qint64 sampleEventId = 0; ///< the newest such event, to jump to
        QString sampleMessage; ///< its first violation of this kind, as ValidationReportWriter::describe() says
    };

    QList<Row> rows; ///< per name: its totals row, then one row per kind, names in alphabetical order
    qint64 checked = 0;
    qint64 withErrors = 0;
    qint64 withWarnings = 0;
    /// Events with errors and with warnings only per minute of arrival (ms since epoch of the minute's start).
    QMap<qint64, std::pair<qint64, qint64>> perMinute;
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::ValidationSummary)

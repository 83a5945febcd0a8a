// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "propertyfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Journey {

/*!
 * Which events a funnel step, an exclusion, a cohort event or a return event means: an event key
 * (AnalysisSnapshot::eventKey(): a track event's name, "page:NAME", "screen:NAME", "identify", …) and
 * conditions on the event's properties, all of which must hold. Written "Order Completed[plan=pro,revenue>10]".
 * The key "*" (anyEvent()) means every event, where a query allows it.
 */
struct EventSelector
{
    Q_DECLARE_TR_FUNCTIONS(Journey::EventSelector)

public:
    QString event;
    QList<PropertyFilter> filters;

    static QString anyEvent() { return QStringLiteral("*"); }
    bool isAnyEvent() const { return event == anyEvent(); }
    QString toString() const;
    /// "NAME" or "NAME[COND,COND]"; false with \a error naming what is wrong.
    static bool parse(const QString& text, EventSelector& out, QString* error);

    bool operator==(const EventSelector& other) const = default;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "eventselector.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Journey {

/// People who do \a event strictly between the events matched as steps \a fromStep and \a toStep (0-based)
/// cannot convert past \a fromStep on that path.
struct FunnelExclusion
{
    EventSelector event;
    int fromStep = 0;
    int toStep = 1;
    bool operator==(const FunnelExclusion& other) const = default;
};

/*!
 * What a funnel asks; see docs/ANALYSIS.md for the exact semantics of each option.
 */
class FunnelQuery
{
    Q_DECLARE_TR_FUNCTIONS(Journey::FunnelQuery)

public:
    enum class Order { Ordered, Strict, Any };
    /// Whose property value puts a person in a breakdown bucket.
    enum class Attribution { FirstTouch, LastTouch, Step };

    static constexpr int minSteps = 2;
    static constexpr int maxSteps = 20;
    static constexpr qint64 minWindowMs = 1000;
    static constexpr qint64 maxWindowMs = 366LL * 86'400'000;

    QList<EventSelector> steps;
    qint64 windowMs = 7LL * 86'400'000;
    Order order = Order::Ordered;
    QList<FunnelExclusion> exclusions;
    QString breakdown; ///< a PropertyPath; empty for none
    Attribution attribution = Attribution::FirstTouch;
    int attributionStep = 0; ///< for Attribution::Step
    QString holdConstant; ///< a PropertyPath every step of a conversion must share; empty for none
    std::optional<qint64> from; ///< only events at or after (ms since epoch)
    std::optional<qint64> to; ///< only events before

    /// Whether the query can run; \a error says what is wrong.
    bool check(QString* error) const;
    /// Every property path the query reads (filters, breakdown, hold-constant).
    QStringList propertyPaths() const;

    /// "A>B[plan=pro]>C": steps separated by '>', conditions in brackets separated by commas.
    static bool parseSteps(const QString& text, QList<EventSelector>& out, QString* error);
    /// "90s", "30m", "12h", "7d", "2w"; a bare number is seconds.
    static bool parseDuration(const QString& text, qint64& ms, QString* error);
    static bool parseOrder(const QString& text, Order& out);
    static QString orderName(Order order);
    static bool parseAttribution(const QString& text, Attribution& out, int& step);
    static QString attributionName(Attribution attribution, int step);
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

class QIODevice;

namespace Journey {

/*!
 * Writes realistic, deterministic canonical NDJSON (Segment Spec messages, one per line) for demos, tests and
 * benchmarks: users who arrive over the date range, visit in sessions on one to three devices, sign up and
 * identify, browse a shop, go through the funnel "Product Viewed" > "Product Added" > "Checkout Started" >
 * "Order Completed" with a realistic drop-off, and come back less and less over the weeks.
 *
 * The same Options give the same bytes on every machine, whatever the time: every choice comes from integer
 * random streams seeded by Options::seed and the user's number (no libm functions; the one floating-point
 * step, spreading sessions over a user's span, is a correctly rounded multiply and divide). The output is grouped by user (each user's
 * events in time order, users one after the other), not sorted by time overall. Identity stays simple: each
 * anonymousId belongs to one user, and no `alias` calls are made.
 */
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(Journey::DemoDataGenerator)

public:
    struct Options
    {
        qint64 users = 1000;
        qint64 events = 100000; ///< lines written, exactly
        quint64 seed = 1;
        QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC); ///< first instant (UTC)
        int days = 56; ///< every timestamp lies in [start, start + days)
    };

    /// Largest accepted Options::users and Options::days.
    static constexpr qint64 maxUsers = 50'000'000;
    static constexpr int maxDays = 3660;

    /// An empty string when \a options can be used, else what is wrong with them.
    static QString checkOptions(const Options& options);

    /*!
     * Writes Options::events lines to \a out. \a progress, when given, is called about every 100,000 events
     * with the number written so far; returning false stops the work (the function then returns false and
     * says so in \a error). Returns false with \a error set when the options are wrong or writing fails.
     */
    static bool write(
        const Options& options, QIODevice& out, QString* error, const std::function<bool(qint64 done)>& progress = {});
};

} // namespace Journey

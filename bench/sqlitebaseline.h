// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Journey::Bench {

/*!
 * The reference figure the issue compares against: plain SQLite inserts of (event, user_id, ts) rows through
 * a prepared statement, WAL, synchronous=NORMAL, 10,000 rows per transaction, no secondary index — measured
 * in the same process, on the same machine, right before the figure it is compared with.
 */
double rawSqliteInsertsPerSecond(const QString& folder, int rows);

} // namespace Journey::Bench

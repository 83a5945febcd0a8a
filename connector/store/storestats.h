// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>

namespace Journey {

/// Counts for the status bar and `journeyctl`: cheap to compute from segment and request summaries.
struct StoreStats
{
    qint64 events = 0;
    qint64 segments = 0;
    qint64 requests = 0;
    qint64 rejectedRequests = 0;
    qint64 lastEventId = 0;
    qint64 fileBytes = 0; ///< database file plus write-ahead log
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::StoreStats)

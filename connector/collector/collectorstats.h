// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>

namespace Journey {

/// What the collector has seen since it started.
struct CollectorStats
{
    qint64 requests = 0;
    qint64 acceptedRequests = 0;
    qint64 rejectedRequests = 0; ///< answered 4xx (bad JSON, too large, wrong key, unknown path)
    qint64 throttledRequests = 0; ///< answered 429 because the store fell behind
    qint64 events = 0; ///< events accepted and committed
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::CollectorStats)

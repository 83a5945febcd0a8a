// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace Journey {

/// How delivery to one provider stands, for the Providers page and `journeyctl send`.
struct ProviderStats
{
    QString provider;
    bool enabled = true;
    qint64 queued = 0; ///< in the outbox, not delivered yet (retries included)
    qint64 inFlight = 0; ///< events in requests awaiting an answer
    qint64 delivered = 0; ///< in the outbox's history
    qint64 dead = 0; ///< dead letters
    qint64 sampledOut = 0;
    qint64 pausedUntil = 0; ///< ms since epoch while the provider asked us to wait or was unreachable; else 0
    QString lastError;
    qint64 lastErrorAt = 0;
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::ProviderStats)

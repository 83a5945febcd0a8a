// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Journey {

/// The optional parts of a call: what the Segment Spec has beyond ids, names and properties.
struct CallOptions
{
    QString messageId; ///< empty: one is generated
    qint64 timestamp = 0; ///< ms since epoch, UTC; 0: now
    QJsonObject context;
    QJsonObject integrations; ///< Segment-style per-provider switches: {"All": false, "Mixpanel": true}
    QStringList providers; ///< send to these provider ids instead of the configured default
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace Journey::Ctl {

/*!
 * The events a command reads: a file of one JSON message per line (blank lines skipped), or, without a file,
 * every event of the store, oldest first. Each message comes with where it was found ("orders.ndjson:14",
 * "event 3051") for reports.
 */
class MessageSource
{
    Q_DECLARE_TR_FUNCTIONS(journeyctl)

public:
    /// Calls \a visit for each message. False with \a error (naming the file and line) when the input cannot be
    /// read or a line is not a JSON object.
    static bool read(const QString& file, const QString& storePath,
        const std::function<void(const QJsonObject& message, const QString& where, qsizetype bytes)>& visit,
        QString* error);
    /// "orders.ndjson" or "store PATH".
    static QString describe(const QString& file, const QString& storePath);
};

} // namespace Journey::Ctl

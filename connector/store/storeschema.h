// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Journey {

/*!
 * The store's tables, versioned with `PRAGMA user_version` and brought up to date by ordered migration
 * steps inside one transaction. See docs/ARCHITECTURE.md for why events live in segments.
 */
class StoreSchema
{
    Q_DECLARE_TR_FUNCTIONS(Journey::StoreSchema)

public:
    static constexpr int currentVersion = 4;

    /// Refuses, without writing anything, files that are not stores or that a newer build wrote.
    static bool check(QSqlDatabase& database, const QString& path, QString* error);
    /// Creates or upgrades the schema. Refuses files that are not stores or that a newer build wrote.
    static bool migrate(QSqlDatabase& database, const QString& path, QString* error);
    /// The version recorded in the file (0 for a new, empty file).
    static int version(QSqlDatabase& database, QString* error);
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Journey {

/*!
 * One Qt Sql connection to a store file, owned by one thread: opened with the store's pragmas (WAL, a
 * busy timeout) and checked to be a store of a schema this build understands. The connection is removed
 * from Qt's registry when this object is destroyed.
 */
class StoreConnection
{
    Q_DECLARE_TR_FUNCTIONS(Journey::StoreConnection)

public:
    enum class OpenMode {
        CreateIfMissing, ///< a new, empty store is created (and its folder)
        MustExist, ///< a missing file is an error
    };

    explicit StoreConnection(const QString& path);
    ~StoreConnection();
    StoreConnection(const StoreConnection&) = delete;
    StoreConnection& operator=(const StoreConnection&) = delete;

    bool open(OpenMode mode, QString* error);
    QSqlDatabase database() const { return m_database; }
    const QString& path() const { return m_path; }

private:
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_database;
};

} // namespace Journey

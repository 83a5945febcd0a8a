// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Journey {

/*!
 * One prepared statement on the SQLite handle under a Qt Sql connection, for the hot paths (the outbox's
 * inserts, loads and settlements) where QSqlQuery's QVariant binding costs more than the statement itself.
 * Prepared once, bound and stepped many times; text is bound as UTF-8 without copying. Destroy it before the
 * connection it was prepared on.
 */
class SqliteStatement
{
    Q_DECLARE_TR_FUNCTIONS(Journey::SqliteStatement)

public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    /// The SQLite handle of \a database (a QSQLITE connection that is open), null otherwise.
    static sqlite3* handleOf(const QSqlDatabase& database);

    bool prepare(const QSqlDatabase& database, const char* sql, QString* error);
    bool isPrepared() const { return m_statement != nullptr; }

    /// Parameters count from 1, as in SQLite. The bytes must stay alive until the next step() or reset().
    void bindInteger(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, QByteArrayView utf8);
    void bindBlob(int index, QByteArrayView bytes);

    enum class Step { Row, Done, Error };
    /// Runs the statement or fetches its next row; on Error, \a error says why.
    Step step(QString* error);
    /// Runs a statement that returns no rows and resets it for the next bindings. False on error.
    bool execute(QString* error);
    /// Ready to be bound and run again (bindings are kept until rebound).
    void reset();

    /// Columns count from 0, as in SQLite.
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray bytes(int column) const;
    QString text(int column) const;

    /// The rowid of the last insert on this statement's connection.
    qint64 lastInsertId() const;

private:
    QString describeError() const;

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storeconnection.h"

#include "sqlitestatement.h"
#include "storeschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

#include <sqlite3.h>
#include <time.h>

namespace Journey {

namespace {
std::atomic<quint64> s_connectionCounter { 0 };

/*!
 * Waits for another connection's write transaction. SQLite's own busy timeout sleeps 1, 2, 5, 10 … 100 ms
 * between tries, which is long beside the store's transactions (the outbox writer and the delivery workers
 * take turns many times a second, each for a millisecond or two): a writer woke up late and threads sat
 * idle. This one tries again after 100 µs, backing off to 2 ms, and gives up after about 10 s as before.
 */
int waitForLock(void*, int tries)
{
    constexpr int fastTries = 50; // 50 × 100 µs = 5 ms
    constexpr int maxTries = fastTries + 5000; // then 2 ms each: about 10 s in all
    if (tries >= maxTries)
        return 0;
    const long nanoseconds = tries < fastTries ? 100'000L : 2'000'000L;
    const timespec pause { 0, nanoseconds };
    nanosleep(&pause, nullptr);
    return 1;
}
} // namespace

StoreConnection::StoreConnection(const QString& path)
    : m_path(path)
    , m_connectionName(QStringLiteral("journey-store-%1").arg(++s_connectionCounter))
{
}

StoreConnection::~StoreConnection()
{
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool StoreConnection::open(OpenMode mode, QString* error)
{
    const QFileInfo info(m_path);
    if (info.exists() && info.isDir()) {
        *error = tr("%1 is a folder, not a store file").arg(m_path);
        return false;
    }
    if (!info.exists()) {
        if (mode == OpenMode::MustExist) {
            *error = tr("no store at %1").arg(m_path);
            return false;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            *error = tr("cannot create the folder %1").arg(info.absolutePath());
            return false;
        }
    }

    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_database.setDatabaseName(m_path);
    m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_database.open()) {
        *error = tr("cannot open the store %1: %2").arg(m_path, m_database.lastError().text());
        return false;
    }

    if (sqlite3* handle = SqliteStatement::handleOf(m_database))
        sqlite3_busy_handler(handle, &waitForLock, nullptr);

    QSqlQuery query(m_database);
    const auto openError = [this](const QString& reason) {
        return reason.contains(QLatin1String("not a database"))
            ? tr("%1 is not a Journey Connector store (the file is not an SQLite database)").arg(m_path)
            : tr("cannot open the store %1: %2").arg(m_path, reason);
    };
    // Look before writing: journal_mode=WAL below rewrites the header of any SQLite database, so a file that
    // is not a store (or is a newer build's) is refused while it is still untouched.
    if (!query.exec(QStringLiteral("PRAGMA user_version"))) {
        *error = openError(query.lastError().databaseText());
        return false;
    }
    query.finish();
    if (!StoreSchema::check(m_database, m_path, error))
        return false;
    // page_size only takes effect on a new file, and must come before WAL is switched on.
    const char* const pragmas[] = {
        "PRAGMA page_size=16384",
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "PRAGMA temp_store=MEMORY",
        "PRAGMA cache_size=-65536",
    };
    for (const char* pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            *error = openError(query.lastError().databaseText());
            return false;
        }
    }
    return StoreSchema::migrate(m_database, m_path, error);
}

} // namespace Journey

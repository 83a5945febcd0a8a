// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "sqlitebaseline.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <sqlite3.h>

namespace Journey::Bench {

double rawSqliteInsertsPerSecond(const QString& folder, int rows)
{
    const QByteArray path = QFile::encodeName(folder + QStringLiteral("/baseline.db"));
    sqlite3* db = nullptr;
    if (sqlite3_open(path.constData(), &db) != SQLITE_OK)
        return 0;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "CREATE TABLE events(id INTEGER PRIMARY KEY, event TEXT, user_id TEXT, ts INTEGER)", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO events(event, user_id, ts) VALUES(?, ?, ?)", -1, &insert, nullptr);
    static const char* const names[] = { "Viewed Product", "Added to Cart", "Started Checkout", "Order Completed", "Page Viewed" };
    char user[32];
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (int i = 1; i <= rows; ++i) {
        const int length = std::snprintf(user, sizeof user, "user-%d", (i * 7919) % 200000);
        sqlite3_bind_text(insert, 1, names[i % 5], -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, user, length, SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 3, 1'700'000'000'000LL + i * 37LL);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        if (i % 10'000 == 0) {
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return double(rows) / seconds;
}

} // namespace Journey::Bench

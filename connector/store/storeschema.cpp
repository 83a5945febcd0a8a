// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storeschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace Journey {

namespace {

// Step N brings a store from version N-1 to N: its statements run in order, in one transaction with the
// other steps. Append steps; never edit a released one.
using MigrationStep = std::vector<const char*>;
const std::vector<MigrationStep>& migrationSteps()
{
    static const std::vector<MigrationStep> steps {
        // 1: events in segments, raw requests, store facts.
        {
            R"sql(CREATE TABLE segments (
                id INTEGER PRIMARY KEY,          -- id of the first event in the segment
                last_id INTEGER NOT NULL,
                event_count INTEGER NOT NULL,
                min_ts INTEGER NOT NULL,
                max_ts INTEGER NOT NULL,
                min_received INTEGER NOT NULL,
                max_received INTEGER NOT NULL,
                type_mask INTEGER NOT NULL,
                source_mask INTEGER NOT NULL,
                format INTEGER NOT NULL,
                columns BLOB NOT NULL,           -- see SegmentCodec
                payload BLOB NOT NULL            -- canonical JSON, LZ4
            ))sql",
            R"sql(CREATE TABLE requests (
                id INTEGER PRIMARY KEY,
                received_at INTEGER NOT NULL,
                source INTEGER NOT NULL,
                method TEXT NOT NULL,
                path TEXT NOT NULL,
                query TEXT NOT NULL,
                remote_address TEXT NOT NULL,
                headers TEXT NOT NULL,           -- JSON array of [name, value], secrets masked
                content_type TEXT NOT NULL,
                content_encoding TEXT NOT NULL,
                wire_size INTEGER NOT NULL,
                body BLOB NOT NULL,              -- decoded body, secrets masked, LZ4 (SegmentCodec::compress)
                status INTEGER NOT NULL,
                error TEXT NOT NULL,
                event_count INTEGER NOT NULL,
                first_event_id INTEGER NOT NULL
            ))sql",
            "CREATE INDEX requests_by_status ON requests(status, id)",
            "CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "INSERT INTO store_info(key, value) VALUES ('next_event_id', '1')",
        },
        // 2: the connector's durable outbox and its delivery log.
        {
            R"sql(CREATE TABLE outbox (
                id INTEGER PRIMARY KEY,
                provider TEXT NOT NULL,
                owner INTEGER NOT NULL,          -- the connector session that delivers it (see DeliveryOwnership)
                state INTEGER NOT NULL,          -- OutboxState
                type INTEGER NOT NULL,           -- EventType
                message_id TEXT NOT NULL,
                name TEXT NOT NULL,              -- event of a track, name of a page/screen
                user_id TEXT NOT NULL,
                anonymous_id TEXT NOT NULL,
                created_at INTEGER NOT NULL,     -- ms since epoch
                updated_at INTEGER NOT NULL,
                attempts INTEGER NOT NULL,
                next_attempt_at INTEGER NOT NULL,
                sample_rate REAL NOT NULL,
                reason TEXT NOT NULL,            -- last error, dead-letter reason, or what the provider could not express
                exchange_id INTEGER NOT NULL,    -- last delivery_log row, 0 when none
                message BLOB NOT NULL            -- the canonical message, compact JSON
            ))sql",
            "CREATE INDEX outbox_queue ON outbox(provider, state, id)",
            "CREATE INDEX outbox_by_message ON outbox(message_id)",
            R"sql(CREATE TABLE delivery_log (
                id INTEGER PRIMARY KEY,
                provider TEXT NOT NULL,
                sent_at INTEGER NOT NULL,        -- ms since epoch
                duration_ms INTEGER NOT NULL,
                attempt INTEGER NOT NULL,        -- 1 for a first try
                label TEXT NOT NULL,
                method TEXT NOT NULL,
                url TEXT NOT NULL,               -- secrets masked
                request_headers TEXT NOT NULL,   -- JSON array of [name, value], secrets masked
                request_body BLOB NOT NULL,      -- uncompressed body, secrets masked, LZ4 (SegmentCodec::compress)
                gzip INTEGER NOT NULL,
                wire_size INTEGER NOT NULL,
                status INTEGER NOT NULL,         -- HTTP status, 0 when no answer
                response_headers TEXT NOT NULL,
                response_body BLOB NOT NULL,     -- LZ4
                outcome INTEGER NOT NULL,        -- DeliveryOutcome of the request as a whole
                reason TEXT NOT NULL,
                event_count INTEGER NOT NULL,
                delivered INTEGER NOT NULL,
                failed INTEGER NOT NULL,
                retried INTEGER NOT NULL
            ))sql",
            "CREATE INDEX delivery_log_by_provider ON delivery_log(provider, id)",
        },
        // 3: what the provider's real endpoint answered to a forwarded request (UpstreamExchange::toJson(),
        // LZ4 like the body); NULL when the request was not forwarded.
        {
            "ALTER TABLE requests ADD COLUMN upstream BLOB",
        },
        // 4: what checking each event against the tracking plan found (EventValidator), one row per checked
        // event; events without a row were not checked. Name and type repeat the event's, so the Validation
        // page groups by event without decoding segments.
        {
            R"sql(CREATE TABLE event_validation (
                event_id INTEGER PRIMARY KEY,
                state INTEGER NOT NULL,          -- ValidationState: 1 valid, 2 warnings only, 3 errors
                type INTEGER NOT NULL,           -- EventType
                name TEXT NOT NULL,              -- event of a track, name of a page/screen
                received_at INTEGER NOT NULL,    -- ms since epoch
                violations TEXT NOT NULL         -- JSON array of PlanViolation::toJson(); '' when valid
            ))sql",
            "CREATE INDEX event_validation_by_state ON event_validation(state, event_id)",
        },
    };
    return steps;
}

QString foreignError(const QString& path)
{
    return QCoreApplication::translate(
        "Journey::StoreSchema", "%1 is an SQLite database but not a Journey Connector store")
        .arg(path);
}

QString newerError(const QString& path, int found)
{
    return QCoreApplication::translate("Journey::StoreSchema",
        "the store %1 was written by a newer Journey Connector (schema %2; this build reads up to %3)")
        .arg(path)
        .arg(found)
        .arg(StoreSchema::currentVersion);
}

bool hasTables(QSqlDatabase& database)
{
    QSqlQuery query(database);
    return query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next() && query.value(0).toInt() > 0;
}

bool runStep(QSqlDatabase& database, const MigrationStep& step, QString* error)
{
    QSqlQuery query(database);
    for (const char* statement : step) {
        if (!query.exec(QString::fromUtf8(statement))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

int StoreSchema::version(QSqlDatabase& database, QString* error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool StoreSchema::check(QSqlDatabase& database, const QString& path, QString* error)
{
    QString reason;
    const int found = version(database, &reason);
    if (found < 0) {
        *error = tr("cannot read the store %1: %2").arg(path, reason);
        return false;
    }
    if (found > currentVersion) {
        *error = newerError(path, found);
        return false;
    }
    if (found == 0 && hasTables(database)) {
        *error = foreignError(path);
        return false;
    }
    return true;
}

bool StoreSchema::migrate(QSqlDatabase& database, const QString& path, QString* error)
{
    QString reason;
    int found = version(database, &reason);
    if (found < 0) {
        *error = tr("cannot read the store %1: %2").arg(path, reason);
        return false;
    }
    if (found == currentVersion)
        return true;
    if (found > currentVersion) {
        *error = newerError(path, found);
        return false;
    }

    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = tr("cannot update the store %1: %2").arg(path, query.lastError().text());
        return false;
    }
    // Another process may have migrated while we waited for the lock.
    found = version(database, &reason);
    if (found == 0 && hasTables(database)) {
        query.exec(QStringLiteral("ROLLBACK"));
        *error = foreignError(path);
        return false;
    }
    Q_ASSERT(migrationSteps().size() == size_t(currentVersion));
    for (int step = found; step < currentVersion; ++step) {
        if (!runStep(database, migrationSteps()[size_t(step)], &reason)) {
            query.exec(QStringLiteral("ROLLBACK"));
            *error = tr("cannot upgrade the store %1 to schema %2: %3").arg(path).arg(step + 1).arg(reason);
            return false;
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version=%1").arg(currentVersion)) || !query.exec(QStringLiteral("COMMIT"))) {
        *error = tr("cannot upgrade the store %1: %2").arg(path, query.lastError().text());
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "store/segmentcodec.h"
#include "store/storereader.h"
#include "store/storeschema.h"
#include "store/storewriter.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Journey;

namespace {

// A plain SQLite connection that is removed from Qt's registry when it goes away.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("schema-test-%1").arg(++s_counter))
    {
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_database.setDatabaseName(path);
        m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_database.open();
    }
    ~RawConnection()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase& database() { return m_database; }
    QVariant scalar(const QString& sql)
    {
        QSqlQuery query(m_database);
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline std::atomic<int> s_counter { 0 };
    QString m_name;
    QSqlDatabase m_database;
};

QStringList columnsOf(QSqlDatabase& database, const QString& table)
{
    QStringList names;
    const QSqlRecord record = database.record(table);
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

} // namespace

class TestStoreSchema : public QObject
{
    Q_OBJECT

private slots:
    void newFileHasVersionZero();
    void migrateCreatesCurrentSchema();
    void migrateIsIdempotent();
    void migrateRefusesForeignDatabase();
    void migrateRefusesNewerStore();
    void concurrentMigrationsAgree();
    void checkWritesNothing_data();
    void checkWritesNothing();
    void schema2StoreUpgradesInPlace();
};

void TestStoreSchema::newFileHasVersionZero()
{
    QTemporaryDir dir;
    RawConnection connection(dir.filePath(QStringLiteral("new.db")));
    QString error;
    QCOMPARE(StoreSchema::version(connection.database(), &error), 0);
}

void TestStoreSchema::migrateCreatesCurrentSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    RawConnection connection(path);
    QString error;
    QVERIFY2(StoreSchema::migrate(connection.database(), path, &error), qPrintable(error));
    QCOMPARE(StoreSchema::version(connection.database(), &error), StoreSchema::currentVersion);
    QCOMPARE(connection.scalar(QStringLiteral("PRAGMA user_version")).toInt(), StoreSchema::currentVersion);

    const QStringList tables = connection.database().tables();
    for (const char* table : { "segments", "requests", "store_info" })
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    const QStringList segmentColumns = columnsOf(connection.database(), QStringLiteral("segments"));
    QCOMPARE(segmentColumns,
        QStringList({ QStringLiteral("id"), QStringLiteral("last_id"), QStringLiteral("event_count"),
            QStringLiteral("min_ts"), QStringLiteral("max_ts"), QStringLiteral("min_received"),
            QStringLiteral("max_received"), QStringLiteral("type_mask"), QStringLiteral("source_mask"),
            QStringLiteral("format"), QStringLiteral("columns"), QStringLiteral("payload") }));
    QVERIFY(columnsOf(connection.database(), QStringLiteral("requests")).contains(QStringLiteral("first_event_id")));
    QCOMPARE(connection.scalar(QStringLiteral("SELECT value FROM store_info WHERE key = 'next_event_id'")).toString(),
        QStringLiteral("1"));
    // Not left inside a transaction.
    QVERIFY(QSqlQuery(connection.database()).exec(QStringLiteral("BEGIN")));
    QVERIFY(QSqlQuery(connection.database()).exec(QStringLiteral("ROLLBACK")));
}

void TestStoreSchema::migrateIsIdempotent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    RawConnection connection(path);
    QString error;
    QVERIFY(StoreSchema::migrate(connection.database(), path, &error));
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(QStringLiteral("UPDATE store_info SET value = '77' WHERE key = 'next_event_id'")));
    QVERIFY2(StoreSchema::migrate(connection.database(), path, &error), qPrintable(error));
    QVERIFY2(StoreSchema::migrate(connection.database(), path, &error), qPrintable(error));
    // Nothing was recreated or reset.
    QCOMPARE(connection.scalar(QStringLiteral("SELECT value FROM store_info WHERE key = 'next_event_id'")).toString(),
        QStringLiteral("77"));
    QCOMPARE(connection.scalar(QStringLiteral("SELECT count(*) FROM store_info")).toInt(), 1);
}

void TestStoreSchema::migrateRefusesForeignDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    RawConnection connection(path);
    QVERIFY(QSqlQuery(connection.database()).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
    QString error;
    QVERIFY(!StoreSchema::migrate(connection.database(), path, &error));
    QVERIFY2(error.contains(QLatin1String("not a Journey Connector store")) && error.contains(path), qPrintable(error));
    // Rolled back: no store tables, version untouched, no transaction left open.
    QVERIFY(!connection.database().tables().contains(QStringLiteral("segments")));
    QCOMPARE(connection.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QVERIFY(QSqlQuery(connection.database()).exec(QStringLiteral("BEGIN")));
    QVERIFY(QSqlQuery(connection.database()).exec(QStringLiteral("ROLLBACK")));
}

void TestStoreSchema::migrateRefusesNewerStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    RawConnection connection(path);
    QString error;
    QVERIFY(StoreSchema::migrate(connection.database(), path, &error));
    QVERIFY(QSqlQuery(connection.database()).exec(QStringLiteral("PRAGMA user_version=%1").arg(StoreSchema::currentVersion + 1)));
    QVERIFY(!StoreSchema::migrate(connection.database(), path, &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    QCOMPARE(connection.scalar(QStringLiteral("PRAGMA user_version")).toInt(), StoreSchema::currentVersion + 1);
}

void TestStoreSchema::concurrentMigrationsAgree()
{
    // Two programs opening a new store at the same moment: both succeed, the schema is created once.
    for (int round = 0; round < 5; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("race.db"));
        std::atomic<int> ready { 0 };
        bool ok[2] = { false, false };
        QString errors[2];
        auto migrateOnce = [&](int which) {
            RawConnection connection(path);
            QSqlQuery(connection.database()).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            ++ready;
            while (ready.load() < 2) {
            }
            ok[which] = StoreSchema::migrate(connection.database(), path, &errors[which]);
        };
        std::thread other(migrateOnce, 1);
        migrateOnce(0);
        other.join();
        QVERIFY2(ok[0], qPrintable(errors[0]));
        QVERIFY2(ok[1], qPrintable(errors[1]));
        RawConnection check(path);
        QCOMPARE(check.scalar(QStringLiteral("PRAGMA user_version")).toInt(), StoreSchema::currentVersion);
        QCOMPARE(check.scalar(QStringLiteral("SELECT count(*) FROM store_info")).toInt(), 1);
    }
}

void TestStoreSchema::checkWritesNothing_data()
{
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expected");
    QTest::newRow("new file") << QStringList() << true << QString();
    QTest::newRow("foreign tables") << QStringList { QStringLiteral("CREATE TABLE t (x)") } << false
                                    << QStringLiteral("not a Journey Connector store");
    QTest::newRow("newer version") << QStringList { QStringLiteral("PRAGMA user_version=%1").arg(StoreSchema::currentVersion + 5) }
                                   << false << QStringLiteral("newer");
    QTest::newRow("current version") << QStringList { QStringLiteral("CREATE TABLE t (x)"),
        QStringLiteral("PRAGMA user_version=%1").arg(StoreSchema::currentVersion) }
                                     << true << QString();
}

void TestStoreSchema::checkWritesNothing()
{
    QFETCH(QStringList, setup);
    QFETCH(bool, accepted);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("check.db"));
    {
        RawConnection connection(path);
        for (const QString& statement : setup)
            QVERIFY(QSqlQuery(connection.database()).exec(statement));
    }
    RawConnection connection(path);
    const int before = connection.scalar(QStringLiteral("PRAGMA user_version")).toInt();
    const int tablesBefore = connection.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
    QString error;
    QCOMPARE(StoreSchema::check(connection.database(), path, &error), accepted);
    if (!accepted)
        QVERIFY2(error.contains(expected) && error.contains(path), qPrintable(error));
    QCOMPARE(connection.scalar(QStringLiteral("PRAGMA user_version")).toInt(), before);
    QCOMPARE(connection.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), tablesBefore);
}

void TestStoreSchema::schema2StoreUpgradesInPlace()
{
    // A store as schema 2 left it (before requests kept the upstream exchange of forwarding), with a request
    // an earlier build wrote: it upgrades when opened and keeps everything.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    const QByteArray body = "{\"batch\":[{\"type\":\"track\",\"event\":\"Old\"}]}";
    {
        RawConnection connection(path);
        QString error;
        QVERIFY2(StoreSchema::migrate(connection.database(), path, &error), qPrintable(error));
        QSqlQuery query(connection.database());
        // Schema 3 only added requests.upstream, as its last column: without it the tables are schema 2's.
        QVERIFY2(query.exec(QStringLiteral("ALTER TABLE requests DROP COLUMN upstream")), qPrintable(query.lastError().text()));
        // Schema 4 added the event_validation table.
        QVERIFY(query.exec(QStringLiteral("DROP TABLE event_validation")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=2")));
        QVERIFY(!columnsOf(connection.database(), QStringLiteral("requests")).contains(QStringLiteral("upstream")));
        // What schema 2's writer inserted.
        QVERIFY(query.prepare(QStringLiteral(
            "INSERT INTO requests(received_at, source, method, path, query, remote_address, headers, content_type,"
            " content_encoding, wire_size, body, status, error, event_count, first_event_id)"
            " VALUES(1767225600000, 1, 'POST', '/v1/batch', 'a=1', '127.0.0.1', '[[\"Content-Type\",\"application/json\"]]',"
            " 'application/json', '', ?, ?, 400, 'bad batch', 0, 0)")));
        query.addBindValue(body.size());
        query.addBindValue(SegmentCodec::compress(body, 8));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    StoreWriter writer(path);
    QString error;
    QVERIFY2(writer.open(&error), qPrintable(error));
    {
        RawConnection connection(path);
        QCOMPARE(connection.scalar(QStringLiteral("PRAGMA user_version")).toInt(), StoreSchema::currentVersion);
        QCOMPARE(StoreSchema::currentVersion, 4);
        QCOMPARE(connection.scalar(QStringLiteral("SELECT count(*) FROM event_validation")).toInt(), 0);
        QVERIFY(columnsOf(connection.database(), QStringLiteral("requests")).contains(QStringLiteral("upstream")));
        QCOMPARE(connection.scalar(QStringLiteral("SELECT count(*) FROM requests")).toInt(), 1);
        QCOMPARE(connection.scalar(QStringLiteral("SELECT upstream IS NULL FROM requests")).toInt(), 1);
    }

    // The old request reads back whole, not forwarded.
    StoreReader reader(path);
    QVERIFY(reader.open(true, &error));
    QList<StoredRequest> rejected;
    QVERIFY2(reader.rejectedRequests(0, 10, rejected, &error), qPrintable(error));
    QCOMPARE(rejected.size(), 1);
    const StoredRequest& old = rejected.first();
    QCOMPARE(old.receivedAt, qint64(1767225600000));
    QCOMPARE(old.method, QStringLiteral("POST"));
    QCOMPARE(old.path, QStringLiteral("/v1/batch"));
    QCOMPARE(old.query, QStringLiteral("a=1"));
    QCOMPARE(old.headers, (QList<QPair<QByteArray, QByteArray>> { { "Content-Type", "application/json" } }));
    QCOMPARE(old.body, body);
    QCOMPARE(old.status, 400);
    QCOMPARE(old.error, QStringLiteral("bad batch"));
    QVERIFY(!old.upstream);

    // New requests go in beside it, with and without an upstream exchange.
    IngestBatch forwarded;
    forwarded.request = old;
    forwarded.request->status = 200;
    forwarded.request->upstream = UpstreamExchange();
    forwarded.request->upstream->url = QStringLiteral("https://api.segment.io/v1/batch");
    forwarded.request->upstream->status = 200;
    forwarded.request->upstream->body = "{\"success\":true}";
    IngestBatch plain;
    plain.request = old;
    QVERIFY(writer.begin(&error));
    QVERIFY2(writer.write(forwarded, &error), qPrintable(error));
    QVERIFY2(writer.write(plain, &error), qPrintable(error));
    QVERIFY(writer.commit(&error));
    const auto forwardedBack = reader.request(forwarded.request->id, &error);
    QVERIFY2(forwardedBack, qPrintable(error));
    QVERIFY(forwardedBack->upstream);
    QVERIFY(*forwardedBack->upstream == *forwarded.request->upstream);
    const auto plainBack = reader.request(plain.request->id, &error);
    QVERIFY2(plainBack, qPrintable(error));
    QVERIFY(!plainBack->upstream);
    RawConnection connection(path);
    QCOMPARE(connection.scalar(QStringLiteral("SELECT upstream IS NULL FROM requests WHERE id = %1").arg(plain.request->id)).toInt(), 1);
    QCOMPARE(connection.scalar(QStringLiteral("SELECT upstream IS NULL FROM requests WHERE id = %1").arg(forwarded.request->id)).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_storeschema.moc"

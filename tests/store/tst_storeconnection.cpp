// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storetestutil.h"

#include "store/storeconnection.h"
#include "store/storereader.h"
#include "store/storeschema.h"
#include "store/storewriter.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {

// Runs statements on a plain SQLite connection of our own (not a store connection).
bool runSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate());
    bool ok = true;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        ok = database.open();
        QSqlQuery query(database);
        for (const QString& statement : statements)
            ok = ok && query.exec(statement);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

class TestStoreConnection : public QObject
{
    Q_OBJECT

private slots:
    void createsStoreAndFolders();
    void mustExistRefusesMissingFile();
    void refusesFolder();
    void reopensExistingStore();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void readerAndWriterRefuseForeignFiles();
    void emptyFileBecomesStore();
    void connectionsAreIndependent();
};

void TestStoreConnection::createsStoreAndFolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a/b/c/journey.db"));
    StoreConnection connection(path);
    QString error;
    QVERIFY2(connection.open(StoreConnection::OpenMode::CreateIfMissing, &error), qPrintable(error));
    QCOMPARE(connection.path(), path);
    QVERIFY(QFile::exists(path));
    QSqlDatabase database = connection.database();
    QVERIFY(database.isOpen());
    QCOMPARE(StoreSchema::version(database, &error), StoreSchema::currentVersion);
    QSqlQuery query(database);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
    QCOMPARE(query.value(0).toInt(), 16384);
}

void TestStoreConnection::mustExistRefusesMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/journey.db"));
    StoreConnection connection(path);
    QString error;
    QVERIFY(!connection.open(StoreConnection::OpenMode::MustExist, &error));
    QVERIFY2(error.contains(QLatin1String("no store")) && error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(dir.filePath(QStringLiteral("missing"))).exists());

    StoreReader reader(path);
    QVERIFY(!reader.open(true, &error));
    QVERIFY(!QFile::exists(path));
}

void TestStoreConnection::refusesFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("folder.db"));
    QVERIFY(QDir().mkpath(path));
    for (auto mode : { StoreConnection::OpenMode::CreateIfMissing, StoreConnection::OpenMode::MustExist }) {
        StoreConnection connection(path);
        QString error;
        QVERIFY(!connection.open(mode, &error));
        QVERIFY2(error.contains(QLatin1String("folder")) && error.contains(path), qPrintable(error));
    }
}

void TestStoreConnection::reopensExistingStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    EventBatch events = numberedEvents(0, 10);
    QString error;
    QVERIFY2(storeEvents(path, events, &error), qPrintable(error));
    for (int round = 0; round < 2; ++round) {
        StoreConnection connection(path);
        QVERIFY2(connection.open(StoreConnection::OpenMode::MustExist, &error), qPrintable(error));
        QSqlDatabase database = connection.database();
        QCOMPARE(StoreSchema::version(database, &error), StoreSchema::currentVersion);
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("SELECT sum(event_count) FROM segments")) && query.next());
        QCOMPARE(query.value(0).toInt(), 10);
    }
}

void TestStoreConnection::refusesForeignFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
    QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("not an SQLite database");
    QTest::newRow("foreign SQLite database") << QStringLiteral("foreign")
                                             << QStringLiteral("an SQLite database but not a Journey Connector store");
    QTest::newRow("foreign SQLite database in WAL mode")
        << QStringLiteral("foreign-wal") << QStringLiteral("an SQLite database but not a Journey Connector store");
    QTest::newRow("store of a newer schema") << QStringLiteral("newer") << QStringLiteral("newer Journey Connector");
}

void TestStoreConnection::refusesForeignFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    if (kind == QLatin1String("text")) {
        QByteArray text;
        for (int i = 0; i < 400; ++i)
            text += "this is a shopping list, not a database\n";
        QVERIFY(writeFile(path, text));
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator(99).fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(runSql(path,
            { QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                QStringLiteral("INSERT INTO customers(name) VALUES ('Ada'), ('Grace')") }));
    } else if (kind == QLatin1String("foreign-wal")) {
        QVERIFY(runSql(path,
            { QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("CREATE TABLE notes (body TEXT)"),
                QStringLiteral("INSERT INTO notes VALUES ('keep me')") }));
    } else {
        EventBatch events = numberedEvents(0, 3);
        QString error;
        QVERIFY2(storeEvents(path, events, &error), qPrintable(error));
        QVERIFY(runSql(path, { QStringLiteral("PRAGMA user_version=%1").arg(StoreSchema::currentVersion + 41) }));
    }
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());
    const QStringList entriesBefore = folderEntries(dir.path());

    for (auto mode : { StoreConnection::OpenMode::MustExist, StoreConnection::OpenMode::CreateIfMissing }) {
        {
            StoreConnection connection(path);
            QString error;
            QVERIFY(!connection.open(mode, &error));
            QVERIFY2(error.contains(expected), qPrintable(error));
            QVERIFY2(error.contains(path), qPrintable(error));
            if (kind == QLatin1String("newer")) {
                // Says which schema it found and which this build reads.
                QVERIFY2(error.contains(QString::number(StoreSchema::currentVersion + 41)), qPrintable(error));
                QVERIFY2(error.contains(QString::number(StoreSchema::currentVersion)), qPrintable(error));
            }
        }
        // Left alone byte for byte, and nothing left lying next to it.
        QVERIFY2(fileBytes(path) == before, "the refused file was modified");
        QCOMPARE(folderEntries(dir.path()), entriesBefore);
    }
    if (kind == QLatin1String("foreign") || kind == QLatin1String("foreign-wal")) {
        // Its owner can still use it.
        QVERIFY(runSql(path, { QStringLiteral("SELECT count(*) FROM sqlite_master") }));
    }
}

void TestStoreConnection::readerAndWriterRefuseForeignFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(runSql(path, { QStringLiteral("CREATE TABLE t (x)") }));
    const QByteArray before = fileBytes(path);
    QString error;
    StoreWriter writer(path);
    QVERIFY(!writer.open(&error));
    QVERIFY2(error.contains(QLatin1String("not a Journey Connector store")), qPrintable(error));
    StoreReader reader(path);
    error.clear();
    QVERIFY(!reader.open(false, &error));
    QVERIFY2(error.contains(QLatin1String("not a Journey Connector store")), qPrintable(error));
    QVERIFY(fileBytes(path) == before);
}

void TestStoreConnection::emptyFileBecomesStore()
{
    // A zero-length file is an empty SQLite database: it may become a store (e.g. a file made by mktemp).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    QVERIFY(writeFile(path, QByteArray()));
    StoreConnection connection(path);
    QString error;
    QVERIFY2(connection.open(StoreConnection::OpenMode::MustExist, &error), qPrintable(error));
    QSqlDatabase database = connection.database();
    QCOMPARE(StoreSchema::version(database, &error), StoreSchema::currentVersion);
}

void TestStoreConnection::connectionsAreIndependent()
{
    // Two connections to one file (one per thread in the product) each get their own Qt Sql connection name,
    // and closing one leaves the other usable.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    QString error;
    auto first = std::make_unique<StoreConnection>(path);
    StoreConnection second(path);
    QVERIFY(first->open(StoreConnection::OpenMode::CreateIfMissing, &error));
    QVERIFY(second.open(StoreConnection::OpenMode::MustExist, &error));
    QVERIFY(first->database().connectionName() != second.database().connectionName());
    const QString firstName = first->database().connectionName();
    first.reset();
    QVERIFY(!QSqlDatabase::contains(firstName));
    QSqlQuery query(second.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM segments")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestStoreConnection)
#include "tst_storeconnection.moc"

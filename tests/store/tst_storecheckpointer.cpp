// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storetestutil.h"

#include "store/storecheckpointer.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Journey;
using namespace JourneyTest;

namespace {

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size();
}

// The size the database has with the log applied, read by a connection of its own that holds no snapshot between
// calls (an open snapshot would keep the log from being reused).
class LogicalSize
{
public:
    explicit LogicalSize(const QString& path)
    {
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("logical-size"));
        m_database.setDatabaseName(path);
        m_database.open();
    }
    ~LogicalSize()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("logical-size"));
    }
    qint64 bytes()
    {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"))
            || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private:
    QSqlDatabase m_database;
};

// Events with hard-to-compress notes, about `kilobytes` KB stored per call.
EventBatch bulkyEvents(int first, int kilobytes, QRandomGenerator& random)
{
    EventBatch batch;
    for (int n = 0; n < kilobytes; ++n) {
        EventSpec spec = numberedSpec(first + n);
        QByteArray noise(512, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        spec.note = noise.toHex(); // 1 KB of text that LZ4 can halve at best
        appendEvent(batch, spec);
    }
    return batch;
}

} // namespace

class TestStoreCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void checkpointNowMovesTheLogIntoTheFile();
    void logStopsGrowing();
    void threshold_data();
    void threshold();
    void missingStoreIsNotCreated();
};

void TestStoreCheckpointer::checkpointNowMovesTheLogIntoTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    const QString wal = path + QStringLiteral("-wal");
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    writer.disableAutomaticCheckpoints();
    QRandomGenerator random(5);
    int events = 0;
    for (int commit = 0; commit < 20; ++commit) {
        EventBatch batch = bulkyEvents(events, 150, random);
        events += batch.size();
        QVERIFY(storeEvents(writer, batch, &error));
    }
    const qint64 fileBefore = fileSize(path);
    const qint64 walBefore = fileSize(wal);
    // With automatic checkpoints off, everything is still in the log.
    QVERIFY2(walBefore > 2'000'000, qPrintable(QString::number(walBefore)));
    QVERIFY2(fileBefore < walBefore / 4, qPrintable(QStringLiteral("%1 / %2").arg(fileBefore).arg(walBefore)));

    {
        StoreCheckpointer checkpointer(path);
        checkpointer.checkpointNow();
        const qint64 fileAfter = fileSize(path);
        QVERIFY2(fileAfter > walBefore / 2, qPrintable(QStringLiteral("%1 / %2").arg(fileAfter).arg(walBefore)));
    }

    // Later commits reuse the log from its start instead of growing it.
    for (int commit = 0; commit < 10; ++commit) {
        EventBatch batch = bulkyEvents(events, 150, random);
        events += batch.size();
        QVERIFY(storeEvents(writer, batch, &error));
    }
    QVERIFY2(fileSize(wal) <= walBefore, qPrintable(QStringLiteral("%1 > %2").arg(fileSize(wal)).arg(walBefore)));

    StoreReader reader(path);
    QVERIFY(reader.open(true, &error));
    StoreStats stats;
    QVERIFY(reader.stats(stats, &error));
    QCOMPARE(stats.events, qint64(events));
    EventBatch newest;
    QVERIFY(reader.readPage(EventFilter(), 0, 1, newest, nullptr, &error));
    QCOMPARE(newest.messageId(0).toByteArray(), QByteArray("msg-" + QByteArray::number(events - 1)));
}

void TestStoreCheckpointer::logStopsGrowing()
{
    // The recorder's pattern: commit, then ask for a checkpoint. With pauses between bursts of commits (long
    // enough for the checkpoint to finish), the log is reused from its start instead of growing: over ~10 MB of
    // commits it stays around the size of one burst.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    const QString wal = path + QStringLiteral("-wal");
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    writer.disableAutomaticCheckpoints();
    StoreCheckpointer checkpointer(path, 512 * 1024);
    LogicalSize logical(path);
    QRandomGenerator random(6);
    int events = 0;
    qint64 largestWal = 0;
    for (int round = 0; round < 10; ++round) {
        for (int commit = 0; commit < 5; ++commit) {
            EventBatch batch = bulkyEvents(events, 200, random);
            events += batch.size();
            QVERIFY(storeEvents(writer, batch, &error));
            largestWal = std::max(largestWal, fileSize(wal));
            checkpointer.requestCheckpoint();
            checkpointer.requestCheckpoint(); // coalesced
        }
        // The checkpoints run on their own thread and are passive (they copy what no reader still needs):
        // once one has copied everything, the file holds every page. Ask again while waiting, as the next
        // commit would.
        const qint64 logicalBytes = logical.bytes();
        QVERIFY(logicalBytes > 0);
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                checkpointer.requestCheckpoint();
                return fileSize(path) >= logicalBytes;
            }(),
            qPrintable(QStringLiteral("round %1: file %2, logical %3").arg(round).arg(fileSize(path)).arg(logicalBytes)),
            10000);
    }
    const qint64 total = fileSize(path);
    QVERIFY2(total > 5'000'000, qPrintable(QString::number(total)));
    QVERIFY2(largestWal < total / 2, qPrintable(QStringLiteral("log %1, file %2").arg(largestWal).arg(total)));

    StoreReader reader(path);
    QVERIFY(reader.open(true, &error));
    StoreStats stats;
    QVERIFY(reader.stats(stats, &error));
    QCOMPARE(stats.events, qint64(events));
}

void TestStoreCheckpointer::threshold_data()
{
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<bool>("checkpoints");
    QTest::newRow("log below the threshold") << qint64(64) * 1024 * 1024 << false;
    QTest::newRow("log above the threshold") << qint64(1024) << true;
}

void TestStoreCheckpointer::threshold()
{
    QFETCH(qint64, threshold);
    QFETCH(bool, checkpoints);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY(writer.open(&error));
    writer.disableAutomaticCheckpoints();
    QRandomGenerator random(7);
    EventBatch batch = bulkyEvents(0, 1000, random);
    QVERIFY(storeEvents(writer, batch, &error));
    const qint64 fileBefore = fileSize(path);
    {
        auto checkpointer = std::make_unique<StoreCheckpointer>(path, threshold);
        checkpointer->requestCheckpoint();
        // Destroying it finishes what was requested first (queued before the shutdown on its thread).
    }
    const qint64 fileAfter = fileSize(path);
    if (checkpoints)
        QVERIFY2(fileAfter > fileBefore + 500'000, qPrintable(QStringLiteral("%1 -> %2").arg(fileBefore).arg(fileAfter)));
    else
        QCOMPARE(fileAfter, fileBefore);
}

void TestStoreCheckpointer::missingStoreIsNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone/journey.db"));
    {
        StoreCheckpointer checkpointer(path, 0);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("checkpointer cannot open the store")));
        checkpointer.checkpointNow();
    }
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestStoreCheckpointer)
#include "tst_storecheckpointer.moc"

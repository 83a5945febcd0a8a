// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// The outbox and delivery log tables: the schema upgrade from a store written before they existed, settling
// attempts atomically, ownership between sessions (lock files) and dead letters.

#include "core/timestamp.h"
#include "delivery/deliveryownership.h"
#include "delivery/outboxjournal.h"
#include "delivery/outboxstore.h"
#include "store/storeschema.h"
#include "store/storewriter.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <xxhash.h>

using namespace Journey;

namespace {

OutboxRow row(const QString& provider, qint64 owner, const QString& messageId)
{
    OutboxRow row;
    row.provider = provider;
    row.owner = owner;
    row.messageId = messageId;
    row.name = QStringLiteral("Clicked");
    row.userId = QStringLiteral("u-1");
    row.createdAt = Timestamp::nowMs();
    row.updatedAt = row.createdAt;
    row.message = "{\"type\":\"track\",\"messageId\":\"" + messageId.toUtf8() + "\"}";
    return row;
}

} // namespace

class TestOutboxStore : public QObject
{
    Q_OBJECT

private slots:
    void upgradesAVersionOneStoreKeepingEvents();
    void insertsAndLoadsQueuedRowsInOrder();
    void settleRecordsExchangesAndStates();
    void ownershipAdoptsRowsOfEndedSessionsOnly();
    void deadLettersCanBeRequeuedAndDiscarded();
    void journalReplaysOnlyWhatWasNotCommitted();
    void journalRecordsRoundTripBothFormats();
    void journalWrittenOverOlderRecordsReplaysOnlyTheNewOnes();
    void journalFileGrowsAndStartsOver();
};

void TestOutboxStore::upgradesAVersionOneStoreKeepingEvents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        StoreWriter writer(path);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
    }
    {
        // Make it what a version 1 build left behind: no outbox tables, user_version 1, one stored request.
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        database.setDatabaseName(path);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE outbox")));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE delivery_log")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE requests DROP COLUMN upstream")));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE event_validation")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO store_info(key, value) VALUES ('marker', 'kept')")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=1")));
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

    OutboxStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QList<OutboxRow> rows { row(QStringLiteral("segment"), 1, QStringLiteral("m-1")) };
    QVERIFY2(store.insert(rows, &error), qPrintable(error));
    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    check.setDatabaseName(path);
    QVERIFY(check.open());
    {
        QSqlQuery query(check);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), StoreSchema::currentVersion);
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM store_info WHERE key = 'marker'")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
    }
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestOutboxStore::insertsAndLoadsQueuedRowsInOrder()
{
    QTemporaryDir dir;
    OutboxStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.db")), &error));
    QList<OutboxRow> rows;
    for (int i = 0; i < 10; ++i)
        rows.append(row(i % 2 ? QStringLiteral("mixpanel") : QStringLiteral("segment"), 7, QStringLiteral("m-%1").arg(i)));
    rows[4].owner = 8;
    rows[6].state = OutboxState::SampledOut;
    QVERIFY(store.insert(rows, &error));
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i].id > rows[i - 1].id);
    const QList<OutboxRow> segment = store.queued(QStringLiteral("segment"), 7, 0, 100, &error);
    QCOMPARE(segment.size(), 3); // m-0, m-2, m-8: m-4 belongs to another owner, m-6 was sampled out
    QCOMPARE(segment.at(0).messageId, QStringLiteral("m-0"));
    QCOMPARE(segment.at(2).messageId, QStringLiteral("m-8"));
    QVERIFY(segment.at(0).message.contains("m-0"));
    const QList<OutboxRow> after = store.queued(QStringLiteral("segment"), 7, segment.at(0).id, 1, &error);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().messageId, QStringLiteral("m-2"));
    const QHash<QString, ProviderStats> counts = store.counts(&error);
    QCOMPARE(counts.value(QStringLiteral("segment")).queued, 4);
    QCOMPARE(counts.value(QStringLiteral("segment")).sampledOut, 1);
    QCOMPARE(counts.value(QStringLiteral("mixpanel")).queued, 5);
    QCOMPARE(store.maxQueuedIds(7, &error).value(QStringLiteral("segment")), rows[8].id);
}

void TestOutboxStore::settleRecordsExchangesAndStates()
{
    QTemporaryDir dir;
    OutboxStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.db")), &error));
    QList<OutboxRow> rows { row(QStringLiteral("segment"), 1, QStringLiteral("a")), row(QStringLiteral("segment"), 1, QStringLiteral("b")),
        row(QStringLiteral("segment"), 1, QStringLiteral("c")) };
    QVERIFY(store.insert(rows, &error));
    DeliveryExchange exchange;
    exchange.provider = QStringLiteral("segment");
    exchange.method = "POST";
    exchange.url = QStringLiteral("http://127.0.0.1:1/v1/batch");
    exchange.requestHeaders = { { "Content-Type", "application/json" } };
    exchange.requestBody = QByteArray(5000, 'x');
    exchange.status = 400;
    exchange.responseBody = "{\"failed_records\":[1]}";
    exchange.outcome = DeliveryOutcome::Failed;
    exchange.reason = QStringLiteral("HTTP 400");
    exchange.eventCount = 3;
    QList<DeliveryExchange> exchanges { exchange };
    const QList<OutboxStore::Update> updates {
        { rows[0].id, OutboxState::Delivered, 1, 0, QString(), 0, {} },
        { rows[1].id, OutboxState::Dead, 1, 0, QStringLiteral("bad time"), 0, {} },
        // A retried event validated again may be sent changed (unplanned properties left out).
        { rows[2].id, OutboxState::Queued, 1, 12345, QStringLiteral("retry"), -1, QByteArray("{\"type\":\"track\"}") },
    };
    QVERIFY2(store.settle(exchanges, updates, &error), qPrintable(error));
    QVERIFY(exchanges.first().id > 0);
    const QList<OutboxRow> after = store.rows({ rows[0].id, rows[1].id, rows[2].id }, &error);
    QCOMPARE(after.at(0).state, OutboxState::Delivered);
    QCOMPARE(after.at(0).exchangeId, exchanges.first().id);
    QCOMPARE(after.at(1).state, OutboxState::Dead);
    QCOMPARE(after.at(1).reason, QStringLiteral("bad time"));
    QCOMPARE(after.at(2).nextAttemptAt, qint64(12345));
    QCOMPARE(after.at(2).exchangeId, qint64(0));
    QCOMPARE(after.at(2).message, QByteArray("{\"type\":\"track\"}"));
    QCOMPARE(after.at(1).message, rows[1].message); // an empty message in an update keeps the stored one
    DeliveryExchange stored;
    QVERIFY(store.exchange(exchanges.first().id, stored, &error));
    QCOMPARE(stored.requestBody, exchange.requestBody);
    QCOMPARE(stored.responseBody, exchange.responseBody);
    QCOMPARE(stored.requestHeaders, exchange.requestHeaders);
    QCOMPARE(stored.outcome, DeliveryOutcome::Failed);
    OutboxStore::ExchangeFilter filter;
    filter.outcome = int(DeliveryOutcome::Delivered);
    QVERIFY(store.exchanges(filter, &error).isEmpty());
    filter.outcome = int(DeliveryOutcome::Failed);
    filter.provider = QStringLiteral("segment");
    QCOMPARE(store.exchanges(filter, &error).size(), 1);
    QCOMPARE(store.statusOf(QStringLiteral("b"), &error).first().state, OutboxState::Dead);
    QVERIFY(!store.exchange(999, stored, &error));
}

void TestOutboxStore::ownershipAdoptsRowsOfEndedSessionsOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    DeliveryOwnership running(path);
    DeliveryOwnership me(path);
    QString error;
    QVERIFY(running.acquire(&error));
    QVERIFY(me.acquire(&error));
    QVERIFY(running.owner() != me.owner());
    // What a crashed session leaves behind: its lock file, with nobody holding the lock.
    const qint64 endedOwner = 99887766;
    const QString lockFile = QDir(path + QStringLiteral(".outbox")).filePath(QStringLiteral("%1.lock").arg(endedOwner));
    {
        QFile file(lockFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QList<qint64> live = me.liveOwners();
    QCOMPARE(live, QList<qint64> { running.owner() });
    const QList<DeliveryOwnership::Orphan> orphans = me.claimOrphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().owner, endedOwner);
    me.release(orphans);
    QVERIFY(!QFile::exists(lockFile));
    QVERIFY(QFile::exists(QDir(path + QStringLiteral(".outbox")).filePath(QStringLiteral("%1.lock").arg(me.owner()))));

    OutboxStore store;
    QVERIFY(store.open(path, &error));
    QList<OutboxRow> rows { row(QStringLiteral("segment"), running.owner(), QStringLiteral("r")),
        row(QStringLiteral("segment"), endedOwner, QStringLiteral("e")), row(QStringLiteral("segment"), 424242, QStringLiteral("x")) };
    QVERIFY(store.insert(rows, &error));
    QCOMPARE(store.adopt(me.owner(), live, &error), 2);
    const QList<OutboxRow> mine = store.queued(QStringLiteral("segment"), me.owner(), 0, 10, &error);
    QCOMPARE(mine.size(), 2);
    QCOMPARE(store.queued(QStringLiteral("segment"), running.owner(), 0, 10, &error).size(), 1);
}

void TestOutboxStore::deadLettersCanBeRequeuedAndDiscarded()
{
    QTemporaryDir dir;
    OutboxStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.db")), &error));
    QList<OutboxRow> rows;
    for (int i = 0; i < 4; ++i) {
        rows.append(row(QStringLiteral("heap"), 1, QStringLiteral("d-%1").arg(i)));
        rows.last().state = OutboxState::Dead;
        rows.last().attempts = 5;
        rows.last().reason = QStringLiteral("HTTP 400");
    }
    rows.append(row(QStringLiteral("ga4"), 1, QStringLiteral("other")));
    rows.last().state = OutboxState::Dead;
    QVERIFY(store.insert(rows, &error));
    QCOMPARE(store.deadLetters(QStringLiteral("heap"), 10, &error).size(), 4);
    QCOMPARE(store.deadLetters(QString(), 10, &error).size(), 5);
    const QList<qint64> moved = store.requeueDead(QStringLiteral("heap"), { rows[0].id, rows[4].id }, 2, &error);
    QCOMPARE(moved, QList<qint64> { rows[0].id }); // only the provider's own dead letters
    const OutboxRow requeued = store.rows({ rows[0].id }, &error).first();
    QCOMPARE(requeued.state, OutboxState::Queued);
    QCOMPARE(requeued.attempts, 0);
    QCOMPARE(requeued.owner, qint64(2));
    QCOMPARE(store.discardDead(QStringLiteral("heap"), { rows[1].id }, &error), 1);
    QCOMPARE(store.discardDead(QStringLiteral("heap"), {}, &error), 2);
    QCOMPARE(store.deadLetters(QStringLiteral("heap"), 10, &error).size(), 0);
    QCOMPARE(store.deadLetters(QStringLiteral("ga4"), 10, &error).size(), 1);
}

void TestOutboxStore::journalReplaysOnlyWhatWasNotCommitted()
{
    QTemporaryDir dir;
    OutboxStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.db")), &error));
    const qint64 ended = 555;
    QList<OutboxRow> first { row(QStringLiteral("segment"), ended, QStringLiteral("j-1")) };
    QList<OutboxRow> second { row(QStringLiteral("segment"), ended, QStringLiteral("j-2")), row(QStringLiteral("posthog"), ended, QStringLiteral("j-2")) };
    QList<OutboxRow> third { row(QStringLiteral("segment"), ended, QStringLiteral("j-3")) };
    third.first().state = OutboxState::SampledOut;
    third.first().sampleRate = 0.25;
    QByteArray journal = OutboxJournal::encode(1, first) + OutboxJournal::encode(2, second) + OutboxJournal::encode(3, third);
    // The session committed record 1 (and wrote its mark) before it died.
    QVERIFY(store.insert(first, &error, ended, 1));
    // A torn record at the end is ignored.
    journal += OutboxJournal::encode(4, first).left(20);
    QCOMPARE(OutboxJournal::decode(journal).size(), 3);

    QCOMPARE(store.replayJournal(ended, journal, 777, &error), 3);
    const QList<OutboxRow> mine = store.queued(QStringLiteral("segment"), 777, 0, 10, &error);
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().messageId, QStringLiteral("j-2"));
    QCOMPARE(store.statusOf(QStringLiteral("j-3"), &error).first().state, OutboxState::SampledOut);
    QCOMPARE(store.statusOf(QStringLiteral("j-3"), &error).first().sampleRate, 0.25);
    QCOMPARE(store.statusOf(QStringLiteral("j-1"), &error).size(), 1);
    // Replaying again (a crash before the file was removed) adds nothing.
    QCOMPARE(store.replayJournal(ended, journal, 777, &error), 0);
    QVERIFY(store.forgetJournal(ended, &error));
}

void TestOutboxStore::journalRecordsRoundTripBothFormats()
{
    // Format 2: every field back, the message shared by a fan-out written once, non-ASCII text intact.
    QList<OutboxRow> fanOut { row(QStringLiteral("segment"), 1, QStringLiteral("m-\u00e9")), row(QStringLiteral("posthog"), 1, QString()) };
    fanOut[1].messageId = fanOut[0].messageId;
    fanOut[1].message = fanOut[0].message;
    fanOut[1].reason = QStringLiteral("sampled out: r\u00e8gle");
    fanOut[1].state = OutboxState::SampledOut;
    fanOut[1].sampleRate = 0.5;
    fanOut[1].type = EventType::Identify;
    const QByteArray shared = OutboxJournal::encode(9, fanOut);
    fanOut[1].message = QByteArray(fanOut[0].message.constData(), fanOut[0].message.size()); // equal, not shared: written again
    QVERIFY(OutboxJournal::encode(9, fanOut).size() > shared.size());
    const QList<OutboxJournal::Record> records = OutboxJournal::decode(shared);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].serial, qint64(9));
    QCOMPARE(records[0].rows.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const OutboxRow& back = records[0].rows[i];
        QCOMPARE(back.provider, fanOut[i].provider);
        QCOMPARE(back.messageId, fanOut[i].messageId);
        QCOMPARE(back.name, fanOut[i].name);
        QCOMPARE(back.userId, fanOut[i].userId);
        QCOMPARE(back.createdAt, fanOut[i].createdAt);
        QCOMPARE(back.message, fanOut[0].message);
        QCOMPARE(back.reason, fanOut[i].reason);
        QCOMPARE(back.state, fanOut[i].state);
        QCOMPARE(back.sampleRate, fanOut[i].sampleRate);
        QCOMPARE(back.type, fanOut[i].type);
    }

    // Format 1 (QDataStream), as journals of earlier builds left behind by a crash, still replays.
    QByteArray payload;
    {
        QDataStream stream(&payload, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_4);
        const OutboxRow& old = fanOut[0];
        stream << qint64(4) << qint32(1) << old.provider << qint32(old.state) << qint32(old.type) << old.messageId
               << old.name << old.userId << old.anonymousId << old.createdAt << old.sampleRate << old.reason << old.message;
    }
    QByteArray frame;
    const quint32 length = quint32(payload.size());
    frame.append(reinterpret_cast<const char*>(&length), 4);
    frame.append(payload);
    const quint64 checksum = XXH3_64bits(payload.constData(), size_t(payload.size()));
    frame.append(reinterpret_cast<const char*>(&checksum), 8);
    const QList<OutboxJournal::Record> old = OutboxJournal::decode(frame + shared);
    QCOMPARE(old.size(), 2);
    QCOMPARE(old[0].serial, qint64(4));
    QCOMPARE(old[0].rows.size(), 1);
    QCOMPARE(old[0].rows[0].messageId, fanOut[0].messageId);
    QCOMPARE(old[0].rows[0].message, fanOut[0].message);
    QCOMPARE(old[1].rows.size(), 2);

    // A flipped byte ends the journal at the damaged record.
    QByteArray damaged = shared + shared;
    damaged[shared.size() + 30] = char(damaged[shared.size() + 30] ^ 0x40);
    QCOMPARE(OutboxJournal::decode(damaged).size(), 1);
}

void TestOutboxStore::journalWrittenOverOlderRecordsReplaysOnlyTheNewOnes()
{
    // A journal started over (clearJournal) is written from the start of the file, over records the store
    // has committed; only what came after the store's mark goes in again.
    QTemporaryDir dir;
    OutboxStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.db")), &error));
    for (const int shift : { 0, 7, 33 }) {
        const qint64 ended = 100 + shift; // one ended session per case
        QList<OutboxRow> old;
        QByteArray journal;
        for (int serial = 1; serial <= 5; ++serial) {
            QList<OutboxRow> rows { row(QStringLiteral("segment"), ended, QStringLiteral("old-%1-%2").arg(shift).arg(serial)) };
            journal += OutboxJournal::encode(serial, rows);
            old += rows;
        }
        QVERIFY(store.insert(old, &error, ended, 5));
        QList<OutboxRow> fresh { row(QStringLiteral("segment"), ended, QStringLiteral("new-%1").arg(shift)) };
        fresh.first().message += QByteArray(shift, ' '); // records of other lengths end at other places
        const QByteArray record = OutboxJournal::encode(6, fresh);
        QByteArray reused = journal;
        reused.replace(0, record.size(), record);
        QCOMPARE(OutboxJournal::decode(reused).first().serial, qint64(6));
        const qint64 adopter = 700 + shift;
        QCOMPARE(store.replayJournal(ended, reused, adopter, &error), 1);
        const QList<OutboxRow> queued = store.queued(QStringLiteral("segment"), adopter, 0, 10, &error);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().messageId, QStringLiteral("new-%1").arg(shift));
    }
}

void TestOutboxStore::journalFileGrowsAndStartsOver()
{
    // The journal is written through a mapping of its file, allocated ahead in steps: records that take the
    // file past several steps are all read back from the file, in order, and a journal started over ends
    // after its new records.
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("s.db"));
    DeliveryOwnership ownership(storePath);
    QString error;
    QVERIFY2(ownership.acquire(&error), qPrintable(error));
    const QString file = storePath + QStringLiteral(".outbox/%1.lock").arg(ownership.owner());
    const auto readFile = [&file] {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    };
    constexpr int records = 3000;
    for (int serial = 1; serial <= records; ++serial) {
        OutboxRow one = row(QStringLiteral("segment"), ownership.owner(), QStringLiteral("m-%1").arg(serial));
        one.message = QByteArray(4000, char('a' + serial % 26)); // 12 MB in all: three mappings
        QVERIFY2(ownership.append(OutboxJournal::encode(serial, { one }), &error), qPrintable(error));
    }
    QList<OutboxJournal::Record> read = OutboxJournal::decode(readFile());
    QCOMPARE(read.size(), records);
    for (int i = 0; i < records; ++i) {
        QCOMPARE(read[i].serial, qint64(i + 1));
        QCOMPARE(read[i].rows.first().messageId, QStringLiteral("m-%1").arg(i + 1));
        QCOMPARE(read[i].rows.first().message, QByteArray(4000, char('a' + (i + 1) % 26)));
    }

    ownership.clearJournal();
    QVERIFY(ownership.append(OutboxJournal::encode(records + 1, { row(QStringLiteral("segment"), ownership.owner(), QStringLiteral("after")) }), &error));
    read = OutboxJournal::decode(readFile());
    QVERIFY(!read.isEmpty());
    QCOMPARE(read.first().serial, qint64(records + 1));
    QCOMPARE(read.first().rows.first().messageId, QStringLiteral("after"));
    for (qsizetype i = 1; i < read.size(); ++i)
        QVERIFY(read[i].serial <= records); // older records behind it, which the store's mark covers
}

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"

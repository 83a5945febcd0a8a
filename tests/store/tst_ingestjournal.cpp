// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storetestutil.h"

#include "store/ingestjournal.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>
#include <vector>

using namespace Journey;
using namespace JourneyTest;

namespace {

constexpr qsizetype recordHeaderBytes = 20; // magic, length, sequence, checksum

StoredRequest sampleRequest(int n)
{
    StoredRequest request;
    request.receivedAt = 1'767'225'600'000 + n;
    request.source = EventSource::RudderStack;
    request.method = QStringLiteral("POST");
    request.path = QStringLiteral("/v1/batch");
    request.query = QStringLiteral("writeKey=••••abcd");
    request.remoteAddress = QStringLiteral("::1");
    request.headers = { { "Content-Type", "application/json" }, { "Authorization", "Basic ••••wxyz" },
        { "X-Empty", "" } };
    request.contentType = "application/json";
    request.contentEncoding = "gzip";
    request.body = QByteArray("{\"batch\":[]}\0\xff\x01", 15) + QByteArray::number(n);
    request.wireSize = 99;
    request.status = n % 2 ? 200 : 400;
    request.error = n % 2 ? QString() : QStringLiteral("bad batch №%1").arg(n);
    return request;
}

IngestBatch sampleBatch(int n, int events, bool withRequest)
{
    IngestBatch batch;
    batch.events = numberedEvents(n * 100, events, "j" + QByteArray::number(n));
    if (withRequest)
        batch.request = sampleRequest(n);
    return batch;
}

struct Record
{
    quint64 sequence;
    IngestBatch batch;
};

std::vector<Record> readAllRecords(const QString& path, bool* ok = nullptr)
{
    std::vector<Record> records;
    QString error;
    const bool read = IngestJournal::readRecords(path, [&](quint64 sequence, IngestBatch&& batch) {
        records.push_back({ sequence, std::move(batch) });
    }, &error);
    if (ok)
        *ok = read;
    return records;
}

QStringList journalFiles(const QString& storePath)
{
    return QDir(IngestJournal::folderFor(storePath)).entryList({ QStringLiteral("*.journal") }, QDir::Files, QDir::Name);
}

QString onlyJournalFile(const QString& storePath)
{
    const QStringList files = journalFiles(storePath);
    return files.size() == 1 ? IngestJournal::folderFor(storePath) + QLatin1Char('/') + files.first() : QString();
}

void compareRequests(const StoredRequest& actual, const StoredRequest& expected)
{
    QCOMPARE(actual.receivedAt, expected.receivedAt);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.method, expected.method);
    QCOMPARE(actual.path, expected.path);
    QCOMPARE(actual.query, expected.query);
    QCOMPARE(actual.remoteAddress, expected.remoteAddress);
    QCOMPARE(actual.headers, expected.headers);
    QCOMPARE(actual.contentType, expected.contentType);
    QCOMPARE(actual.contentEncoding, expected.contentEncoding);
    QCOMPARE(actual.wireSize, expected.wireSize);
    QCOMPARE(actual.body, expected.body);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.error, expected.error);
}

// Offsets where each record of a journal file starts.
QList<qsizetype> recordOffsets(const QByteArray& data)
{
    QList<qsizetype> offsets;
    qsizetype pos = 0;
    while (pos + recordHeaderBytes <= data.size()) {
        offsets.append(pos);
        quint32 length = 0;
        std::memcpy(&length, data.constData() + pos + 4, 4);
        pos += recordHeaderBytes + length;
    }
    return offsets;
}

bool overwrite(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestIngestJournal : public QObject
{
    Q_OBJECT

private slots:
    void appendAndReadBack();
    void tornTail_data();
    void tornTail();
    void flippedByteInLastRecord_data();
    void flippedByteInLastRecord();
    void readMissingFile();
    void rotationAndCommittedThrough();
    void removeAllLeavesNothing();
    void orphansAreFilesNobodyHolds();
    void recoverOrphansHonoursMarks();
    void recoverOrphansSkipsLiveJournals();
    void recoverOrphansOfSeveralProcesses();
    void recoverTornOrphan();
    void readerOpenRecovers();
    void journalsStartedTogetherKeepTheirRecords();
};

void TestIngestJournal::appendAndReadBack()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    IngestJournal journal(store);
    QString error;
    QVERIFY2(journal.open(&error), qPrintable(error));
    QVERIFY(QFileInfo(IngestJournal::folderFor(store)).isDir());
    QCOMPARE(IngestJournal::folderFor(store), store + QStringLiteral(".journal"));

    const std::vector<IngestBatch> batches = { sampleBatch(1, 3, true), sampleBatch(2, 0, true),
        sampleBatch(3, 50, false), sampleBatch(4, 1, true) };
    QString fileName;
    quint64 sequence = 10;
    for (const IngestBatch& batch : batches) {
        QString name;
        QVERIFY2(journal.append(sequence++, batch, &name, &error), qPrintable(error));
        QVERIFY(name.endsWith(QLatin1String(".journal")));
        QVERIFY(fileName.isEmpty() || name == fileName);
        fileName = name;
    }
    QVERIFY2(fileName.startsWith(QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')),
        qPrintable(fileName));

    bool ok = false;
    const std::vector<Record> records = readAllRecords(IngestJournal::folderFor(store) + QLatin1Char('/') + fileName, &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), batches.size());
    for (size_t i = 0; i < records.size(); ++i) {
        QCOMPARE(records[i].sequence, quint64(10 + i));
        const QByteArray difference = batchDifference(records[i].batch.events, batches[i].events);
        QVERIFY2(difference.isEmpty(), difference.constData());
        QCOMPARE(bool(records[i].batch.request), bool(batches[i].request));
        if (batches[i].request) {
            compareRequests(*records[i].batch.request, *batches[i].request);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestIngestJournal::tornTail_data()
{
    QTest::addColumn<int>("cut"); // bytes cut off the end
    QTest::addColumn<int>("keep"); // or: bytes of the last record to keep (when cut is -1)
    QTest::addColumn<int>("records");
    QTest::newRow("one byte") << 1 << 0 << 2;
    QTest::newRow("a few bytes") << 5 << 0 << 2;
    QTest::newRow("most of the payload") << 200 << 0 << 2;
    QTest::newRow("inside the header") << -1 << 10 << 2;
    QTest::newRow("only the magic") << -1 << 4 << 2;
    QTest::newRow("exactly at a record boundary") << -1 << 0 << 2;
    QTest::newRow("nothing cut") << 0 << 0 << 3;
}

void TestIngestJournal::tornTail()
{
    // A process killed in the middle of write() leaves part of its last record: that record was never
    // acknowledged, and every complete one before it must still be read.
    QFETCH(int, cut);
    QFETCH(int, keep);
    QFETCH(int, records);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    {
        IngestJournal journal(store);
        QString error;
        QVERIFY(journal.open(&error));
        for (int n = 1; n <= 3; ++n)
            QVERIFY(journal.append(quint64(n), sampleBatch(n, 20, true), nullptr, &error));
    }
    const QString path = onlyJournalFile(store);
    QVERIFY(!path.isEmpty());
    QByteArray data = fileBytes(path);
    const QList<qsizetype> offsets = recordOffsets(data);
    QCOMPARE(offsets.size(), 3);
    if (cut < 0)
        data.truncate(offsets.last() + keep);
    else
        data.chop(cut);
    QVERIFY(overwrite(path, data));

    bool ok = false;
    const std::vector<Record> read = readAllRecords(path, &ok);
    QVERIFY(ok);
    QCOMPARE(int(read.size()), records);
    for (int i = 0; i < records; ++i) {
        QCOMPARE(read[size_t(i)].sequence, quint64(i + 1));
        QCOMPARE(read[size_t(i)].batch.events.size(), 20);
    }
}

void TestIngestJournal::flippedByteInLastRecord_data()
{
    QTest::addColumn<int>("where"); // offset in the last record; negative: from its end
    QTest::newRow("magic") << 0;
    QTest::newRow("length") << 5;
    QTest::newRow("length high byte") << 7;
    QTest::newRow("checksum") << 17;
    QTest::newRow("request size") << 20;
    QTest::newRow("first payload byte") << 24;
    QTest::newRow("middle of the payload") << 400;
    QTest::newRow("last byte") << -1;
}

void TestIngestJournal::flippedByteInLastRecord()
{
    QFETCH(int, where);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    {
        IngestJournal journal(store);
        QString error;
        QVERIFY(journal.open(&error));
        for (int n = 1; n <= 3; ++n)
            QVERIFY(journal.append(quint64(n), sampleBatch(n, 20, true), nullptr, &error));
    }
    const QString path = onlyJournalFile(store);
    QByteArray data = fileBytes(path);
    const qsizetype last = recordOffsets(data).last();
    const qsizetype at = where >= 0 ? last + where : data.size() + where;
    QVERIFY(at >= last && at < data.size());
    data[at] = char(data.at(at) ^ 0x5a);
    QVERIFY(overwrite(path, data));

    bool ok = false;
    const std::vector<Record> read = readAllRecords(path, &ok);
    QVERIFY(ok);
    QCOMPARE(int(read.size()), 2);
    QCOMPARE(read[1].sequence, quint64(2));
}

void TestIngestJournal::readMissingFile()
{
    QTemporaryDir dir;
    QString error;
    bool visited = false;
    QVERIFY(!IngestJournal::readRecords(dir.filePath(QStringLiteral("none.journal")),
        [&](quint64, IngestBatch&&) { visited = true; }, &error));
    QVERIFY(!visited);
    QVERIFY2(error.contains(QLatin1String("none.journal")), qPrintable(error));
}

void TestIngestJournal::rotationAndCommittedThrough()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    IngestJournal journal(store);
    QString error;
    QVERIFY(journal.open(&error));
    // Records of about 1 MB: the ninth starts a new file.
    IngestBatch big;
    EventSpec spec = numberedSpec(1);
    spec.note = QByteArray(1 << 20, 'z');
    appendEvent(big.events, spec);
    QStringList names;
    quint64 sequence = 0;
    while (names.size() < 2 || names.last() == names.first()) {
        QString name;
        QVERIFY2(journal.append(++sequence, big, &name, &error), qPrintable(error));
        names.append(name);
        QVERIFY(sequence < 20);
    }
    const QString firstFile = names.first();
    const QString secondFile = names.last();
    QCOMPARE(journalFiles(store), QStringList({ firstFile, secondFile }));
    // The second file is named after the first sequence it holds.
    QVERIFY2(secondFile.endsWith(QStringLiteral("-%1.journal").arg(sequence)), qPrintable(secondFile));
    QVERIFY(QFileInfo(IngestJournal::folderFor(store) + QLatin1Char('/') + firstFile).size() >= IngestJournal::rotateBytes);

    // Committed up to a record inside the first file: nothing can go yet.
    journal.committedThrough(sequence - 2);
    QCOMPARE(journalFiles(store).size(), 2);
    // Everything of the first file committed: it is deleted; the current file stays.
    journal.committedThrough(sequence - 1);
    QCOMPARE(journalFiles(store), QStringList { secondFile });
    journal.committedThrough(sequence);
    QCOMPARE(journalFiles(store), QStringList { secondFile });
    // Appends go on in the current file.
    QString name;
    QVERIFY(journal.append(++sequence, sampleBatch(1, 1, false), &name, &error));
    QCOMPARE(name, secondFile);
}

void TestIngestJournal::removeAllLeavesNothing()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    IngestJournal journal(store);
    QString error;
    QVERIFY(journal.open(&error));
    QVERIFY(journal.append(1, sampleBatch(1, 2, true), nullptr, &error));
    journal.removeAll();
    QVERIFY(!QFileInfo::exists(IngestJournal::folderFor(store)));
    QVERIFY(!IngestJournal::hasOrphans(store));

    // With another process's file in the folder, the folder stays (and so does that file).
    IngestJournal mine(store);
    IngestJournal theirs(store);
    QVERIFY(theirs.open(&error));
    QVERIFY(theirs.append(1, sampleBatch(2, 2, true), nullptr, &error));
    QVERIFY(mine.open(&error));
    mine.removeAll();
    QVERIFY(QFileInfo::exists(IngestJournal::folderFor(store)));
    QCOMPARE(journalFiles(store).size(), 1);
}

void TestIngestJournal::orphansAreFilesNobodyHolds()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    QVERIFY(!IngestJournal::hasOrphans(store)); // no folder
    auto journal = std::make_unique<IngestJournal>(store);
    QString error;
    QVERIFY(journal->open(&error));
    QVERIFY(journal->append(1, sampleBatch(1, 2, false), nullptr, &error));
    QVERIFY(!IngestJournal::hasOrphans(store)); // held by a live owner (flock)
    journal.reset(); // the owner ends without removing its file
    QVERIFY(IngestJournal::hasOrphans(store));
    // Other files in the folder are not journals.
    QTemporaryDir other;
    const QString otherStore = other.filePath(QStringLiteral("journey.db"));
    QVERIFY(QDir().mkpath(IngestJournal::folderFor(otherStore)));
    QVERIFY(overwrite(IngestJournal::folderFor(otherStore) + QStringLiteral("/notes.txt"), "hello"));
    QVERIFY(!IngestJournal::hasOrphans(otherStore));
}

void TestIngestJournal::recoverOrphansHonoursMarks()
{
    // The store remembers (in the same transaction as the events) up to which sequence each journal file is
    // committed: a replay stores only what comes after, so every record is stored exactly once.
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    std::vector<IngestBatch> batches;
    for (int n = 1; n <= 5; ++n)
        batches.push_back(sampleBatch(n, n, n != 3));
    QString fileName;
    {
        IngestJournal journal(store);
        QString error;
        QVERIFY(journal.open(&error));
        for (int n = 1; n <= 5; ++n)
            QVERIFY(journal.append(quint64(n), batches[size_t(n - 1)], &fileName, &error));
        // Records 1..3 were committed before the process died.
        StoreWriter writer(store);
        QVERIFY(writer.open(&error)); // the journal is held: nothing to recover yet
        IngestBatch committed;
        for (int n = 0; n < 3; ++n)
            committed.events.appendAll(batches[size_t(n)].events);
        QVERIFY(writer.begin(&error));
        QVERIFY(writer.write(committed, &error));
        QVERIFY(writer.setJournalMark(fileName, 3, &error));
        QVERIFY(writer.commit(&error));
    } // the process "dies": its lock goes, its file stays

    StoreWriter writer(store);
    QString error;
    QVERIFY2(writer.open(&error), qPrintable(error));
    QVERIFY(journalFiles(store).isEmpty());
    QCOMPARE(writer.journalMark(fileName), quint64(0)); // retired with the file

    StoreReader reader(store);
    QVERIFY(reader.open(true, &error));
    EventBatch all;
    QVERIFY(reader.readForward(EventFilter(), 0, 1000, all, &error));
    EventBatch expected;
    for (const IngestBatch& batch : batches)
        expected.appendAll(batch.events);
    expected.assignIds(1);
    QCOMPARE(all.size(), 15);
    // The replayed requests are stored, and their events point at them: record 4 holds ids 7..10, record 5
    // ids 11..15.
    QVERIFY(all.requestId(6) > 0);
    QVERIFY(all.requestId(10) > all.requestId(6));
    for (int i = 6; i < 15; ++i) {
        QCOMPARE(all.requestId(i), all.requestId(i < 10 ? 6 : 10));
        expected.setRequestId(i, all.requestId(i));
    }
    const QByteArray difference = batchDifference(expected, all);
    QVERIFY2(difference.isEmpty(), difference.constData());
    const auto request = reader.request(all.requestId(14), &error);
    QVERIFY2(request, qPrintable(error));
    compareRequests(*request, *batches[4].request);
    QCOMPARE(request->eventCount, 5);
    QCOMPARE(request->firstEventId, qint64(11));
    StoreStats stats;
    QVERIFY(reader.stats(stats, &error));
    QCOMPARE(stats.requests, qint64(2)); // 4 and 5; 3 had none, 1 and 2 were committed without theirs
}

void TestIngestJournal::recoverOrphansSkipsLiveJournals()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    IngestJournal journal(store);
    QString error;
    QVERIFY(journal.open(&error));
    QVERIFY(journal.append(1, sampleBatch(1, 4, true), nullptr, &error));
    StoreWriter writer(store);
    QVERIFY(writer.open(&error));
    QCOMPARE(IngestJournal::recoverOrphans(store, writer, &error), qint64(0));
    QCOMPARE(journalFiles(store).size(), 1);
    StoreReader reader(store);
    QVERIFY(reader.open(true, &error));
    StoreStats stats;
    QVERIFY(reader.stats(stats, &error));
    QCOMPARE(stats.events, qint64(0));
}

void TestIngestJournal::recoverOrphansOfSeveralProcesses()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    QString error;
    {
        IngestJournal first(store);
        IngestJournal second(store);
        QVERIFY(first.open(&error));
        QVERIFY(second.open(&error));
        for (int n = 1; n <= 3; ++n) {
            QVERIFY(first.append(quint64(n), sampleBatch(n, 2, true), nullptr, &error));
            QVERIFY(second.append(quint64(n), sampleBatch(10 + n, 3, false), nullptr, &error));
        }
    }
    QCOMPARE(journalFiles(store).size(), 2);
    // A file that is not a journal is left alone.
    QVERIFY(overwrite(IngestJournal::folderFor(store) + QStringLiteral("/readme.txt"), "not a journal"));
    StoreWriter writer(store);
    QVERIFY2(writer.open(&error), qPrintable(error));
    QVERIFY(journalFiles(store).isEmpty());
    QVERIFY(QFileInfo::exists(IngestJournal::folderFor(store) + QStringLiteral("/readme.txt")));
    StoreReader reader(store);
    QVERIFY(reader.open(true, &error));
    StoreStats stats;
    QVERIFY(reader.stats(stats, &error));
    QCOMPARE(stats.events, qint64(3 * 2 + 3 * 3));
    QCOMPARE(stats.requests, qint64(3));
    // Calling it again finds nothing more.
    QCOMPARE(IngestJournal::recoverOrphans(store, writer, &error), qint64(0));
}

void TestIngestJournal::recoverTornOrphan()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    QString error;
    {
        IngestJournal journal(store);
        QVERIFY(journal.open(&error));
        for (int n = 1; n <= 4; ++n)
            QVERIFY(journal.append(quint64(n), sampleBatch(n, 5, false), nullptr, &error));
    }
    const QString path = onlyJournalFile(store);
    QByteArray data = fileBytes(path);
    data.chop(7);
    QVERIFY(overwrite(path, data));
    StoreWriter writer(store);
    QVERIFY(writer.open(&error));
    QCOMPARE(IngestJournal::recoverOrphans(store, writer, &error), qint64(0)); // done by open() already
    StoreReader reader(store);
    QVERIFY(reader.open(true, &error));
    EventBatch all;
    QVERIFY(reader.readForward(EventFilter(), 0, 100, all, &error));
    QCOMPARE(all.size(), 15);
    QCOMPARE(all.messageId(14), QByteArrayView("j3-304"));
}

void TestIngestJournal::readerOpenRecovers()
{
    // Readers see everything the collector acknowledged, even what only its journal holds.
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("journey.db"));
    QString error;
    {
        StoreWriter writer(store);
        QVERIFY(writer.open(&error));
        IngestJournal journal(store);
        QVERIFY(journal.open(&error));
        QVERIFY(journal.append(1, sampleBatch(1, 6, true), nullptr, &error));
    }
    QVERIFY(IngestJournal::hasOrphans(store));
    for (int round = 0; round < 2; ++round) {
        StoreReader reader(store);
        QVERIFY2(reader.open(true, &error), qPrintable(error));
        StoreStats stats;
        QVERIFY(reader.stats(stats, &error));
        QCOMPARE(stats.events, qint64(6));
        QVERIFY(!IngestJournal::hasOrphans(store));
    }
}

void TestIngestJournal::journalsStartedTogetherKeepTheirRecords()
{
    // Two journals of one process for one store (two recorders), started back to back, i.e. usually within
    // the same millisecond of the start time in their names: neither may truncate the other's file.
    QTemporaryDir dir;
    for (int round = 0; round < 20; ++round) {
        const QString store = dir.filePath(QStringLiteral("journey-%1.db").arg(round));
        IngestJournal first(store);
        QString error;
        QString firstName;
        QVERIFY2(first.open(&error), qPrintable(error));
        QVERIFY(first.append(1, sampleBatch(1, 2, false), &firstName, &error));
        IngestJournal second(store);
        QVERIFY2(second.open(&error), qPrintable(error));
        QString secondName;
        QVERIFY(second.append(1, sampleBatch(2, 3, false), &secondName, &error));
        QVERIFY(firstName != secondName);
        const QString folder = IngestJournal::folderFor(store) + QLatin1Char('/');
        QCOMPARE(int(readAllRecords(folder + firstName).size()), 1);
        QCOMPARE(int(readAllRecords(folder + secondName).size()), 1);
        QCOMPARE(readAllRecords(folder + firstName).front().batch.events.size(), 2);
    }
}

QTEST_GUILESS_MAIN(TestIngestJournal)
#include "tst_ingestjournal.moc"

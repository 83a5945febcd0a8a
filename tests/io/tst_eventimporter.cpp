// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "core/gzipcodec.h"
#include "core/timestamp.h"
#include "io/eventimporter.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(JOURNEY_TEST_DATA "/") + name;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// One canonical line per event, as the fixture events.ndjson holds them.
QByteArray canonicalLine(const QByteArray& messageId, const QByteArray& userId = "u1", const QByteArray& event = "E")
{
    return R"({"type":"track","messageId":")" + messageId
        + R"(","timestamp":"2024-06-01T00:00:00.000Z","receivedAt":"2024-06-01T00:00:01.000Z","userId":")" + userId
        + R"(","event":")" + event + "\"}";
}

// Everything a stored event is, one line per event in id order.
struct StoredEvent
{
    qint64 id = 0;
    EventType type = EventType::Track;
    EventSource source = EventSource::Unknown;
    qint64 timestamp = 0;
    qint64 receivedAt = 0;
    QByteArray messageId;
    QByteArray payload;
};

class TempStore
{
public:
    TempStore()
        : m_path(m_dir.filePath(QStringLiteral("store/journey.db")))
    {
    }
    const QString& path() const { return m_path; }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    bool import(const QStringList& files, const EventImporter::Options& options, EventImporter::Result& result,
        QString* error) const
    {
        StoreWriter writer(m_path);
        if (!writer.open(error))
            return false;
        EventImporter importer(writer);
        return importer.importFiles(files, options, result, error);
    }

    std::vector<StoredEvent> events() const
    {
        std::vector<StoredEvent> out;
        StoreReader reader(m_path);
        QString error;
        if (!reader.open(false, &error)) {
            qWarning() << error;
            return out;
        }
        reader.scan(
            EventFilter(), true,
            [&](const EventBatch& batch) {
                for (int i = 0; i < batch.size(); ++i)
                    out.push_back({ batch.id(i), batch.type(i), batch.source(i), batch.timestamp(i), batch.receivedAt(i),
                        batch.messageId(i).toByteArray(), batch.payload(i).toByteArray() });
                return true;
            },
            &error);
        return out;
    }

    QByteArray dump() const
    {
        QByteArray out;
        for (const StoredEvent& e : events())
            out += QByteArray::number(e.id) + ' ' + QByteArray::number(int(e.type)) + ' ' + QByteArray::number(int(e.source))
                + ' ' + QByteArray::number(e.timestamp) + ' ' + QByteArray::number(e.receivedAt) + ' ' + e.payload + '\n';
        return out;
    }

    QByteArrayList payloads() const
    {
        QByteArrayList out;
        for (const StoredEvent& e : events())
            out.append(e.payload);
        return out;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

EventImporter::Options ndjson(bool skipInvalid = false)
{
    EventImporter::Options options;
    options.format = EventImporter::Format::Ndjson;
    options.skipInvalid = skipInvalid;
    return options;
}

EventImporter::Options csv(bool skipInvalid = false)
{
    EventImporter::Options options;
    options.format = EventImporter::Format::Csv;
    options.skipInvalid = skipInvalid;
    return options;
}

} // namespace

class TestEventImporter : public QObject
{
    Q_OBJECT

private slots:
    void testNdjsonFixture();
    void testCanonicalisesAndKeepsReceivedAt();
    void testCompressed_data();
    void testCompressed();
    void testLineEndings_data();
    void testLineEndings();
    void testRecordedFixtures();
    void testEmptyFiles();
    void testMultipleFilesInOrder();
    void testVeryLongLine();
    void testManyChunks();
    void testErrorsStoreNothing_data();
    void testErrorsStoreNothing();
    void testErrorInLaterChunkStoresNothing();
    void testSkipInvalid();
    void testSkipInvalidAcrossChunks();
    void testSkipInvalidStillFailsOnTruncatedGzip();
    void testSkipInvalidStillFailsOnMissingFile();
    void testCsvFixture();
    void testCsvErrors_data();
    void testCsvErrors();
    void testCsvSkipInvalid();
    void testCsvCompressedWithBomAndCrlf();
};

void TestEventImporter::testNdjsonFixture()
{
    TempStore store;
    EventImporter::Result result;
    QString error;
    QVERIFY2(store.import({ fixture(QStringLiteral("ndjson/events.ndjson")) }, ndjson(), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(6));
    QCOMPARE(result.skipped, qint64(0));
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.bytesRead, QFileInfo(fixture(QStringLiteral("ndjson/events.ndjson"))).size());

    // The fixture is canonical already: stored byte for byte, in file order, with the file's own times.
    const QByteArrayList lines = readFile(fixture(QStringLiteral("ndjson/events.ndjson"))).trimmed().split('\n');
    QCOMPARE(store.payloads(), lines);
    const std::vector<StoredEvent> events = store.events();
    QCOMPARE(events.size(), size_t(6));
    const EventType types[] = { EventType::Identify, EventType::Track, EventType::Page, EventType::Screen,
        EventType::Group, EventType::Alias };
    for (size_t i = 0; i < events.size(); ++i) {
        QCOMPARE(events[i].id, qint64(i + 1));
        QCOMPARE(events[i].type, types[i]);
        QCOMPARE(events[i].source, EventSource::Import);
        QCOMPARE(events[i].messageId, "imp-" + QByteArray::number(qint64(i + 1)));
        QCOMPARE(Timestamp::toIso8601(events[i].timestamp),
            "2024-05-01T10:0" + QByteArray::number(qint64(i)) + ":00.000Z");
        QCOMPARE(Timestamp::toIso8601(events[i].receivedAt),
            "2024-05-01T10:0" + QByteArray::number(qint64(i)) + ":01.000Z");
    }
}

void TestEventImporter::testCanonicalisesAndKeepsReceivedAt()
{
    TempStore store;
    const QString path = store.file(QStringLiteral("loose.ndjson"));
    QVERIFY(writeFile(path,
        R"({"userId":7,"event":"Clicked","type":"track","messageId":"l-1","timestamp":"2024-06-01T02:00:00+02:00","receivedAt":"2023-01-01T00:00:00Z","writeKey":"wk_secret_should_go"})"
        "\n"
        R"({ "type" : "identify", "messageId" : "l-2", "anonymousId" : "a b", "traits" : { "x" : [ 1 , 2 ] } })"
        "\n"));
    const qint64 before = Timestamp::nowMs();
    EventImporter::Result result;
    QString error;
    QVERIFY2(store.import({ path }, ndjson(), result, &error), qPrintable(error));
    const qint64 after = Timestamp::nowMs();
    QCOMPARE(result.imported, qint64(2));

    const std::vector<StoredEvent> events = store.events();
    QCOMPARE(events.size(), size_t(2));
    QCOMPARE(events[0].payload,
        QByteArray(R"({"type":"track","messageId":"l-1","timestamp":"2024-06-01T00:00:00.000Z","receivedAt":"2023-01-01T00:00:00.000Z","userId":"7","event":"Clicked"})"));
    QCOMPARE(Timestamp::toIso8601(events[0].receivedAt), QByteArray("2023-01-01T00:00:00.000Z"));
    // No receivedAt of its own: it was received when it was imported, and it happened then too.
    QVERIFY(events[1].receivedAt >= before && events[1].receivedAt <= after);
    QCOMPARE(events[1].timestamp, events[1].receivedAt);
    const QByteArray at = Timestamp::toIso8601(events[1].receivedAt);
    QCOMPARE(events[1].payload, R"({"type":"identify","messageId":"l-2","timestamp":")" + at + R"(","receivedAt":")" + at
            + R"(","anonymousId":"a b","traits":{"x":[1,2]}})");
}

void TestEventImporter::testCompressed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("gzip tool") << QStringLiteral("fixture");
    QTest::newRow("GzipCodec") << QStringLiteral("codec");
    QTest::newRow("concatenated members") << QStringLiteral("members");
    QTest::newRow("compressed, no .gz name") << QStringLiteral("noext");
}

void TestEventImporter::testCompressed()
{
    QFETCH(QString, kind);
    TempStore store;
    const QByteArray plain = readFile(fixture(QStringLiteral("ndjson/events.ndjson")));
    QString path = fixture(QStringLiteral("ndjson/events.ndjson.gz"));
    if (kind == QLatin1String("codec")) {
        path = store.file(QStringLiteral("codec.ndjson.gz"));
        QVERIFY(writeFile(path, GzipCodec::compress(plain)));
    } else if (kind == QLatin1String("members")) {
        // `cat a.gz b.gz`: split the file in the middle of line 3.
        path = store.file(QStringLiteral("members.ndjson.gz"));
        const qsizetype cut = plain.indexOf("Pricing");
        QVERIFY(writeFile(path, GzipCodec::compress(plain.left(cut)) + GzipCodec::compress(plain.mid(cut))));
    } else if (kind == QLatin1String("noext")) {
        path = store.file(QStringLiteral("events.txt"));
        QVERIFY(writeFile(path, GzipCodec::compress(plain, 1)));
    }
    EventImporter::Result result;
    QString error;
    QVERIFY2(store.import({ path }, ndjson(), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(6));
    QCOMPARE(store.payloads(), plain.trimmed().split('\n'));
}

void TestEventImporter::testLineEndings_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("badLineError");

    const QByteArray a = canonicalLine("le-1");
    const QByteArray b = canonicalLine("le-2");
    QTest::newRow("LF") << QByteArray(a + "\n" + b + "\n") << QStringLiteral("3");
    QTest::newRow("no final newline") << QByteArray(a + "\n" + b) << QStringLiteral("3");
    QTest::newRow("CRLF") << QByteArray(a + "\r\n" + b + "\r\n") << QStringLiteral("3");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" + a + "\n" + b + "\n") << QStringLiteral("3");
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF" + a + "\r\n" + b) << QStringLiteral("3");
    QTest::newRow("blank lines") << QByteArray("\n\n" + a + "\n\n   \n\t\n" + b + "\n\n\n") << QStringLiteral("10");
    QTest::newRow("blank CRLF lines") << QByteArray("\r\n" + a + "\r\n\r\n" + b + "\r\n") << QStringLiteral("5");
    QTest::newRow("indented lines") << QByteArray("  " + a + "  \n\t" + b + "\t\n") << QStringLiteral("3");
}

void TestEventImporter::testLineEndings()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, badLineError);
    TempStore store;
    const QString path = store.file(QStringLiteral("lines.ndjson"));
    QVERIFY(writeFile(path, contents));
    EventImporter::Result result;
    QString error;
    QVERIFY2(store.import({ path }, ndjson(), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(2));
    QCOMPARE(store.payloads(), (QByteArrayList { canonicalLine("le-1"), canonicalLine("le-2") }));

    // Line numbers in errors count every line, blank or not.
    QByteArray withBad = contents;
    if (!withBad.endsWith('\n'))
        withBad += '\n';
    withBad += R"({"type":"track","userId":"u1"})";
    QVERIFY(writeFile(path, withBad));
    TempStore other;
    QVERIFY(!other.import({ path }, ndjson(), result, &error));
    QCOMPARE(error, path + QLatin1Char(':') + badLineError + QStringLiteral(": event: required for track calls"));
    QVERIFY(other.events().empty());
}

void TestEventImporter::testRecordedFixtures()
{
    // A Windows-made file: byte order mark, CRLF, blank lines.
    TempStore store;
    EventImporter::Result result;
    QString error;
    const QString windows = fixture(QStringLiteral("ndjson/bom-crlf-blank.ndjson"));
    QVERIFY2(store.import({ windows }, ndjson(), result, &error), qPrintable(error));
    QCOMPARE(store.payloads(),
        (QByteArrayList { R"({"type":"track","messageId":"win-1","timestamp":"2024-05-02T08:00:00.000Z","receivedAt":"2024-05-02T08:00:01.000Z","userId":"user-3","event":"Signed In"})",
            R"({"type":"identify","messageId":"win-2","timestamp":"2024-05-02T08:01:00.000Z","receivedAt":"2024-05-02T08:01:01.000Z","userId":"user-3"})" }));

    // A bad line 3 after a blank line 2: the whole file is refused, or the bad line skipped.
    const QString bad = fixture(QStringLiteral("ndjson/bad-line-3.ndjson"));
    TempStore refused;
    QVERIFY(!refused.import({ bad }, ndjson(), result, &error));
    QCOMPARE(error, bad + QStringLiteral(":3: userId: expected a string or an integer, got an object"));
    QVERIFY(refused.events().empty());
    TempStore skipped;
    QVERIFY2(skipped.import({ bad }, ndjson(true), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(2));
    QCOMPARE(result.skipped, qint64(1));
    QCOMPARE(result.problems, QStringList { bad + QStringLiteral(":3: userId: expected a string or an integer, got an object") });
    const std::vector<StoredEvent> events = skipped.events();
    QCOMPARE(events.size(), size_t(2));
    QCOMPARE(events[0].messageId, QByteArray("bad-1"));
    QCOMPARE(events[1].messageId, QByteArray("bad-4"));
}

void TestEventImporter::testEmptyFiles()
{
    TempStore store;
    const QString empty = store.file(QStringLiteral("empty.ndjson"));
    const QString blank = store.file(QStringLiteral("blank.ndjson"));
    QVERIFY(writeFile(empty, QByteArray()));
    QVERIFY(writeFile(blank, "\n\r\n   \n"));
    EventImporter::Result result;
    QString error;
    QVERIFY2(store.import({ empty, blank }, ndjson(), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(0));
    QVERIFY(store.events().empty());
    QVERIFY2(store.import({}, ndjson(), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(0));
}

void TestEventImporter::testMultipleFilesInOrder()
{
    TempStore store;
    QStringList files;
    QByteArrayList expected;
    for (int f = 0; f < 4; ++f) {
        QByteArray contents;
        for (int line = 0; line < 3 + f; ++line) {
            const QByteArray lineText = canonicalLine("f" + QByteArray::number(f) + "-" + QByteArray::number(line));
            contents += lineText + '\n';
            expected.append(lineText);
        }
        files.append(store.file(QStringLiteral("part%1.ndjson").arg(f)));
        QVERIFY(writeFile(files.back(), contents));
    }
    // Files go in the order given, not in name order.
    std::swap(files[0], files[2]);
    QByteArrayList reordered;
    for (const QByteArray& line : expected)
        if (line.contains("\"f2-"))
            reordered.append(line);
    for (const QByteArray& line : expected)
        if (line.contains("\"f1-"))
            reordered.append(line);
    for (const QByteArray& line : expected)
        if (line.contains("\"f0-"))
            reordered.append(line);
    for (const QByteArray& line : expected)
        if (line.contains("\"f3-"))
            reordered.append(line);

    EventImporter::Result result;
    QString error;
    QVERIFY2(store.import(files, ndjson(), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(expected.size()));
    QCOMPARE(store.payloads(), reordered);
    qint64 previous = 0;
    for (const StoredEvent& event : store.events()) {
        QVERIFY(event.id > previous);
        previous = event.id;
    }

    // A second import appends after what is there.
    QVERIFY(store.import({ fixture(QStringLiteral("ndjson/events.ndjson")) }, ndjson(), result, &error));
    const std::vector<StoredEvent> events = store.events();
    QCOMPARE(events.size(), size_t(expected.size() + 6));
    QCOMPARE(events.back().messageId, QByteArray("imp-6"));
    QVERIFY(events[expected.size()].id > previous);
}

void TestEventImporter::testVeryLongLine()
{
    // One line longer than a whole read chunk (8 MB) between ordinary ones.
    TempStore store;
    const QString path = store.file(QStringLiteral("long.ndjson"));
    const QByteArray blob(9 * 1024 * 1024, 'x');
    const QByteArray longLine = R"({"type":"track","messageId":"long-2","timestamp":"2024-06-01T00:00:00.000Z","receivedAt":"2024-06-01T00:00:01.000Z","userId":"u1","event":"E","properties":{"blob":")"
        + blob + "\"}}";
    QVERIFY(writeFile(path, canonicalLine("long-1") + "\n" + longLine + "\n" + canonicalLine("long-3") + "\n"));
    EventImporter::Result result;
    QString error;
    QVERIFY2(store.import({ path }, ndjson(), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(3));
    const QByteArrayList payloads = store.payloads();
    QCOMPARE(payloads.size(), 3);
    QCOMPARE(payloads.at(0), canonicalLine("long-1"));
    QVERIFY(payloads.at(1) == longLine);
    QCOMPARE(payloads.at(2), canonicalLine("long-3"));

    // And the line after it is still numbered right.
    QVERIFY(writeFile(path, canonicalLine("long-1") + "\n" + longLine + "\n" + canonicalLine("long-3") + "\n{\"type\":5}\n"));
    TempStore other;
    QVERIFY(!other.import({ path }, ndjson(), result, &error));
    QCOMPARE(error, path + QStringLiteral(":4: type: expected a string, got a number"));
}

void TestEventImporter::testManyChunks()
{
    // About 20 MB: several chunks parsed on several threads, stored in file order.
    TempStore store;
    const QString big = store.file(QStringLiteral("big.ndjson"));
    const QString small = store.file(QStringLiteral("small.ndjson"));
    const int lines = 80'000;
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray filler(120, 'p');
        for (int i = 0; i < lines; ++i)
            file.write(canonicalLine("big-" + QByteArray::number(i), "user-" + QByteArray::number(i % 100), filler) + '\n');
    }
    QVERIFY(QFileInfo(big).size() > 2 * 8 * 1024 * 1024);
    QVERIFY(writeFile(small, canonicalLine("small-0") + "\n"));
    EventImporter::Result result;
    QString error;
    QVERIFY2(store.import({ big, small }, ndjson(), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(lines + 1));
    QCOMPARE(result.bytesRead, QFileInfo(big).size() + QFileInfo(small).size());
    const std::vector<StoredEvent> events = store.events();
    QCOMPARE(events.size(), size_t(lines + 1));
    for (int i = 0; i < lines; ++i) {
        if (events[size_t(i)].messageId != "big-" + QByteArray::number(i))
            QFAIL(qPrintable(QStringLiteral("event %1 is %2").arg(i).arg(QString::fromLatin1(events[size_t(i)].messageId))));
        if (i > 0 && events[size_t(i)].id != events[size_t(i) - 1].id + 1)
            QFAIL("ids are not consecutive in file order");
    }
    QCOMPARE(events.back().messageId, QByteArray("small-0"));
}

void TestEventImporter::testErrorsStoreNothing_data()
{
    QTest::addColumn<QByteArrayList>("contents"); // one entry per file; "<missing>" for a file that is not there
    QTest::addColumn<QString>("error"); // %1, %2: the files' paths
    QTest::addColumn<bool>("regex");

    const QByteArray good = canonicalLine("g-1") + "\n" + canonicalLine("g-2") + "\n";
    QTest::newRow("field error in the first file")
        << QByteArrayList { canonicalLine("g-1") + "\n" + R"({"type":"track","userId":{},"event":"E"})" + "\n" + canonicalLine("g-3"), good }
        << QStringLiteral("%1:2: userId: expected a string or an integer, got an object") << false;
    QTest::newRow("last line of the second file")
        << QByteArrayList { good, good + R"({"type":"group","userId":"u1"})" }
        << QStringLiteral("%2:3: groupId: required for group calls") << false;
    QTest::newRow("last line of the second file, with newline")
        << QByteArrayList { good, good + R"({"type":"alias","userId":"u1"})" + "\n" }
        << QStringLiteral("%2:3: previousId: required for alias calls") << false;
    QTest::newRow("malformed JSON has a column")
        << QByteArrayList { good + R"({"type":"track","userId":"u1","event":"E",})" + "\n" }
        << QStringLiteral("^%1:3:4[3-5]: malformed JSON: .+$") << true; // column at or just past the comma
    QTest::newRow("malformed JSON after a BOM and CRLF")
        << QByteArrayList { "\xEF\xBB\xBF" + canonicalLine("g-1") + "\r\n{\"type\" \"track\"}\r\n" }
        << QStringLiteral("^%1:2:(9|10|11): malformed JSON: .+$") << true;
    QTest::newRow("invalid UTF-8") << QByteArrayList { good + "{\"type\":\"identify\",\"userId\":\"\xC3\x28\"}\n" }
                                   << QStringLiteral("%1:3: the text is not valid UTF-8") << false;
    QTest::newRow("not an object") << QByteArrayList { "[1,2]\n" + good }
                                   << QStringLiteral("%1:1: expected a JSON object, got an array") << false;
    QTest::newRow("second file missing") << QByteArrayList { good, "<missing>" }
                                         << QStringLiteral("cannot open %2: No such file or directory") << false;
    QTest::newRow("first file missing") << QByteArrayList { "<missing>", good }
                                        << QStringLiteral("cannot open %1: No such file or directory") << false;
    // Cut short, a gzip file must not pass for a shorter complete one.
    QTest::newRow("truncated gzip") << QByteArrayList { good, GzipCodec::compress(good.repeated(2000)).chopped(100) }
                                    << QStringLiteral("cannot read %2: the compressed data is truncated") << false;
    QTest::newRow("gzip cut early")
        << QByteArrayList { GzipCodec::compress(good.repeated(3)).left(40) }
        << QStringLiteral("cannot read %1: the compressed data is truncated") << false;
}

void TestEventImporter::testErrorsStoreNothing()
{
    QFETCH(QByteArrayList, contents);
    QFETCH(QString, error);
    QFETCH(bool, regex);

    TempStore store;
    EventImporter::Result result;
    QString reason;
    // Events already stored must survive a failed import untouched.
    QVERIFY(store.import({ fixture(QStringLiteral("ndjson/events.ndjson")) }, ndjson(), result, &reason));
    const QByteArray before = store.dump();
    QCOMPARE(store.events().size(), size_t(6));

    QStringList files;
    for (int i = 0; i < contents.size(); ++i) {
        files.append(store.file(QStringLiteral("input%1.ndjson").arg(i)));
        if (contents.at(i) != "<missing>")
            QVERIFY(writeFile(files.back(), contents.at(i)));
    }
    result = {};
    QVERIFY(!store.import(files, ndjson(), result, &reason));
    QString expected = error;
    for (int i = 0; i < files.size(); ++i)
        expected.replace(QStringLiteral("%%1").arg(i + 1), regex ? QRegularExpression::escape(files.at(i)) : files.at(i));
    if (regex)
        QVERIFY2(QRegularExpression(expected).match(reason).hasMatch(), qPrintable(reason));
    else
        QCOMPARE(reason, expected);
    QCOMPARE(result.imported, qint64(0));
    QCOMPARE(store.dump(), before);

    // Nothing was left half-done: the next import goes in right after the old events.
    QVERIFY2(store.import({ fixture(QStringLiteral("ndjson/events.ndjson")) }, ndjson(), result, &reason), qPrintable(reason));
    const std::vector<StoredEvent> events = store.events();
    QCOMPARE(events.size(), size_t(12));
    QVERIFY(events[6].id > events[5].id);
    QCOMPARE(events[6].messageId, QByteArray("imp-1"));
}

void TestEventImporter::testErrorInLaterChunkStoresNothing()
{
    // Earlier chunks are written before the bad line at the end is even parsed: all of it must go.
    TempStore store;
    EventImporter::Result result;
    QString error;
    QVERIFY(store.import({ fixture(QStringLiteral("ndjson/events.ndjson")) }, ndjson(), result, &error));
    const QByteArray before = store.dump();

    const QString big = store.file(QStringLiteral("big.ndjson"));
    const int lines = 60'000;
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray filler(200, 'q');
        for (int i = 0; i < lines; ++i)
            file.write(canonicalLine("big-" + QByteArray::number(i), "u", filler) + '\n');
        file.write(R"({"type":"screen","anonymousId":"a","name":5})");
    }
    QVERIFY(QFileInfo(big).size() > 8 * 1024 * 1024);
    QVERIFY(!store.import({ big }, ndjson(), result, &error));
    QCOMPARE(error, big + QStringLiteral(":%1: name: expected a string, got a number").arg(lines + 1));
    QCOMPARE(result.imported, qint64(0));
    QCOMPARE(store.dump(), before);
}

void TestEventImporter::testSkipInvalid()
{
    TempStore store;
    const QString path = store.file(QStringLiteral("mixed.ndjson"));
    QVERIFY(writeFile(path,
        canonicalLine("s-1") + "\n" + R"({"type":"track","userId":"u"})" + "\n" + canonicalLine("s-3") + "\n"
            + "not json\n" + "\n" + R"({"type":"identify"})" + "\n" + canonicalLine("s-7") + "\n"));
    EventImporter::Result result;
    QString error;
    QVERIFY2(store.import({ path }, ndjson(true), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(3));
    QCOMPARE(result.skipped, qint64(3));
    QCOMPARE(result.problems.size(), 3);
    QCOMPARE(result.problems.at(0), path + QStringLiteral(":2: event: required for track calls"));
    QVERIFY2(result.problems.at(1).startsWith(path + QStringLiteral(":4:2: malformed JSON: ")), qPrintable(result.problems.at(1)));
    QCOMPARE(result.problems.at(2), path + QStringLiteral(":6: a message needs a userId or an anonymousId"));
    QCOMPARE(store.payloads(), (QByteArrayList { canonicalLine("s-1"), canonicalLine("s-3"), canonicalLine("s-7") }));

    // All are counted, only the first few are kept.
    TempStore other;
    EventImporter::Options options = ndjson(true);
    options.maxReportedProblems = 2;
    QVERIFY(other.import({ path, path }, options, result, &error));
    QCOMPARE(result.imported, qint64(6));
    QCOMPARE(result.skipped, qint64(6));
    QCOMPARE(result.problems.size(), 2);
    QVERIFY(result.problems.at(1).startsWith(path + QStringLiteral(":4:")));
}

void TestEventImporter::testSkipInvalidAcrossChunks()
{
    TempStore store;
    const QString big = store.file(QStringLiteral("big.ndjson"));
    const int lines = 60'000;
    const QList<int> bad { 10, 30'000, lines - 1 };
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray filler(200, 'r');
        for (int i = 0; i < lines; ++i) {
            if (bad.contains(i))
                file.write(R"({"type":"group","userId":"u"})" "\n");
            else
                file.write(canonicalLine("big-" + QByteArray::number(i), "u", filler) + '\n');
        }
    }
    EventImporter::Result result;
    QString error;
    QVERIFY2(store.import({ big }, ndjson(true), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(lines - 3));
    QCOMPARE(result.skipped, qint64(3));
    QCOMPARE(result.problems,
        (QStringList { big + QStringLiteral(":11: groupId: required for group calls"),
            big + QStringLiteral(":30001: groupId: required for group calls"),
            big + QStringLiteral(":%1: groupId: required for group calls").arg(lines) }));
    const std::vector<StoredEvent> events = store.events();
    QCOMPARE(events.size(), size_t(lines - 3));
    QCOMPARE(events[10].messageId, QByteArray("big-11"));
    QCOMPARE(events.back().messageId, "big-" + QByteArray::number(lines - 2));
}

void TestEventImporter::testSkipInvalidStillFailsOnTruncatedGzip()
{
    // Skipping bad lines must not skip the end of a file that was cut short.
    TempStore store;
    QByteArray text;
    for (int i = 0; i < 3000; ++i)
        text += canonicalLine("t-" + QByteArray::number(i)) + '\n';
    const QString path = store.file(QStringLiteral("cut.ndjson.gz"));
    QVERIFY(writeFile(path, GzipCodec::compress(text).chopped(20)));
    EventImporter::Result result;
    QString error;
    QVERIFY(!store.import({ path }, ndjson(true), result, &error));
    QCOMPARE(error, QStringLiteral("cannot read %1: the compressed data is truncated").arg(path));
    QVERIFY(store.events().empty());

    QByteArray rows = "type,userId,messageId\n";
    for (int i = 0; i < 3000; ++i)
        rows += "identify,u,c-" + QByteArray::number(i) + '\n';
    const QString csvPath = store.file(QStringLiteral("cut.csv.gz"));
    QVERIFY(writeFile(csvPath, GzipCodec::compress(rows).chopped(20)));
    QVERIFY(!store.import({ csvPath }, csv(true), result, &error));
    QVERIFY2(error.endsWith(QStringLiteral("cannot read %1: the compressed data is truncated").arg(csvPath)), qPrintable(error));
    QVERIFY(store.events().empty());
}

void TestEventImporter::testSkipInvalidStillFailsOnMissingFile()
{
    TempStore store;
    const QString missing = store.file(QStringLiteral("missing.ndjson"));
    EventImporter::Result result;
    QString error;
    QVERIFY(!store.import({ fixture(QStringLiteral("ndjson/events.ndjson")), missing }, ndjson(true), result, &error));
    QCOMPARE(error, QStringLiteral("cannot open %1: No such file or directory").arg(missing));
    QVERIFY(store.events().empty());
}

void TestEventImporter::testCsvFixture()
{
    TempStore store;
    EventImporter::Result result;
    QString error;
    QVERIFY2(store.import({ fixture(QStringLiteral("csv/events.csv")) }, csv(), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(3));
    QCOMPARE(store.payloads(),
        (QByteArrayList {
            R"({"type":"track","messageId":"csv-1","timestamp":"2024-05-01T10:01:00.000Z","receivedAt":"2024-05-01T10:01:01.000Z","userId":"user-1","event":"Order Completed","properties":{"revenue":19.9,"note":"a, b"}})",
            R"({"type":"page","messageId":"csv-2","timestamp":"2024-05-01T10:02:00.000Z","receivedAt":"2024-05-01T10:02:01.000Z","anonymousId":"anon-9","name":"Pricing, plans & \"quotes\""})",
            R"({"type":"track","messageId":"csv-3","timestamp":"2024-05-01T10:03:00.000Z","receivedAt":"2024-05-01T10:03:01.000Z","userId":"user-2","event":"Multi\nline"})" }));
    const std::vector<StoredEvent> events = store.events();
    QCOMPARE(events[0].source, EventSource::Import);
    QCOMPARE(events[2].id, events[0].id + 2);
}

void TestEventImporter::testCsvErrors_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("error"); // %1: the file's path

    const QString columns = QStringLiteral("type, messageId, timestamp, receivedAt, userId, anonymousId, event, name, "
                                           "category, groupId, previousId, properties, traits, context, integrations, other");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("%1: the file is empty; a CSV import needs a header row");
    QTest::newRow("blank file") << QByteArray("\n\n") << QStringLiteral("%1: the file is empty; a CSV import needs a header row");
    QTest::newRow("unknown column") << QByteArray("type,userId,colour\ntrack,u,red\n")
                                    << QStringLiteral("%1:1: unknown column 'colour' in the header; known columns: ") + columns;
    QTest::newRow("duplicate column") << QByteArray("type,userId,userId\n")
                                      << QStringLiteral("%1:1: column 'userId' appears twice in the header");
    QTest::newRow("no type column") << QByteArray("\nuserId,event\nu,E\n")
                                    << QStringLiteral("%1:2: the header has no 'type' column");
    QTest::newRow("too few fields") << QByteArray("type,userId,event\nidentify,u,\ntrack,u\n")
                                    << QStringLiteral("%1:3: the row has 2 fields but the header has 3");
    QTest::newRow("too many fields") << QByteArray("type,userId\nidentify,u,x\n")
                                     << QStringLiteral("%1:2: the row has 3 fields but the header has 2");
    QTest::newRow("invalid JSON cell") << QByteArray("type,userId,traits\nidentify,u,{nope}\n")
                                       << QStringLiteral("%1:2: column 'traits': not valid JSON");
    QTest::newRow("JSON cell not an object") << QByteArray("type,userId,context\nidentify,u,[1]\n")
                                             << QStringLiteral("%1:2: column 'context': expected a JSON object");
    QTest::newRow("other not an object") << QByteArray("type,userId,other\nidentify,u,\"\"\"x\"\"\"\n")
                                         << QStringLiteral("%1:2: column 'other': expected a JSON object");
    QTest::newRow("message error in the last row")
        << QByteArray("type,userId,event\nidentify,u,\ntrack,u,E\n\ntrack,u,\n")
        << QStringLiteral("%1:5: event: required for track calls");
    QTest::newRow("unknown type") << QByteArray("type,userId\nsignup,u\n")
                                  << QStringLiteral("%1:2: type: 'signup' is not one of track, identify, page, screen, group, alias");
    QTest::newRow("bad timestamp") << QByteArray("type,userId,timestamp\nidentify,u,yesterday\n")
                                   << QStringLiteral("%1:2: timestamp: 'yesterday' is not an ISO-8601 date-time");
    QTest::newRow("quoted field never closed") << QByteArray("type,userId,event\ntrack,u,\"Never\nclosed\n")
                                               << QStringLiteral("%1: line 2: a quoted field is not closed before the end of the file");
}

void TestEventImporter::testCsvErrors()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, error);
    TempStore store;
    EventImporter::Result result;
    QString reason;
    QVERIFY(store.import({ fixture(QStringLiteral("csv/events.csv")) }, csv(), result, &reason));
    const QByteArray before = store.dump();

    const QString path = store.file(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(path, contents));
    result = {};
    QVERIFY(!store.import({ fixture(QStringLiteral("csv/events.csv")), path }, csv(), result, &reason));
    QCOMPARE(reason, error.arg(path));
    QCOMPARE(result.imported, qint64(0));
    QCOMPARE(store.dump(), before);
}

void TestEventImporter::testCsvSkipInvalid()
{
    TempStore store;
    const QString path = store.file(QStringLiteral("mixed.csv"));
    QVERIFY(writeFile(path, "type,userId,event,messageId\ntrack,u,A,c-1\ntrack,u,,c-2\nidentify,u,,c-3\ntrack,u\nsignup,u,,c-5\n"));
    EventImporter::Result result;
    QString error;
    QVERIFY2(store.import({ path }, csv(true), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(2));
    QCOMPARE(result.skipped, qint64(3));
    QCOMPARE(result.problems,
        (QStringList { path + QStringLiteral(":3: event: required for track calls"),
            path + QStringLiteral(":5: the row has 2 fields but the header has 4"),
            path + QStringLiteral(":6: type: 'signup' is not one of track, identify, page, screen, group, alias") }));
    const std::vector<StoredEvent> events = store.events();
    QCOMPARE(events.size(), size_t(2));
    QCOMPARE(events[0].messageId, QByteArray("c-1"));
    QCOMPARE(events[1].messageId, QByteArray("c-3"));
}

void TestEventImporter::testCsvCompressedWithBomAndCrlf()
{
    TempStore store;
    const QByteArray plain = readFile(fixture(QStringLiteral("csv/events.csv")));
    QByteArray crlf = plain;
    crlf.replace("\n", "\r\n");
    const QString path = store.file(QStringLiteral("events.csv.gz"));
    QVERIFY(writeFile(path, GzipCodec::compress(QByteArray("\xEF\xBB\xBF" + crlf))));
    EventImporter::Result result;
    QString error;
    QVERIFY2(store.import({ path }, csv(), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(3));

    TempStore reference;
    QVERIFY(reference.import({ fixture(QStringLiteral("csv/events.csv")) }, csv(), result, &error));
    QCOMPARE(store.payloads(), reference.payloads());
}

QTEST_GUILESS_MAIN(TestEventImporter)
#include "tst_eventimporter.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "core/gzipcodec.h"
#include "io/chunkreader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;

namespace {
bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct Read
{
    QByteArrayList chunks;
    QList<qint64> firstLines;
    QString error;
};

// Reads the whole file, checking what every chunk promises on the way.
Read readChunks(const QString& path, qsizetype chunkSize)
{
    Read read;
    ChunkReader reader;
    if (!reader.open(path, &read.error, chunkSize))
        return read;
    ChunkReader::Chunk chunk;
    while (reader.next(chunk)) {
        const QByteArray data = chunk.data.toByteArray();
        read.chunks.append(data);
        read.firstLines.append(chunk.firstLine);
        // Zero padding after the data, for simdjson.
        const QByteArrayView padding(chunk.data.data() + chunk.data.size(), ChunkReader::padding);
        if (padding != QByteArray(ChunkReader::padding, '\0'))
            read.error = QStringLiteral("chunk %1 is not followed by zero padding").arg(read.chunks.size());
    }
    if (read.error.isEmpty())
        read.error = reader.error();
    return read;
}

QByteArray sampleLines(int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += "{\"n\":" + QByteArray::number(i) + ",\"pad\":\"" + QByteArray(i % 53, 'p') + "\"}\n";
    return text;
}
} // namespace

class TestChunkReader : public QObject
{
    Q_OBJECT

private slots:
    void testChunksEndOnLines_data();
    void testChunksEndOnLines();
    void testLineLongerThanChunk();
    void testLastLineWithoutNewline();
    void testByteOrderMark();
    void testCompressed();
    void testEmptyFile();
    void testMissingFile();
    void testReadError();
    void testTruncatedGzip();
    void testCorruptGzip();
    void testBytesRead();
};

void TestChunkReader::testChunksEndOnLines_data()
{
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::newRow("tiny chunks") << qsizetype(100);
    QTest::newRow("odd size") << qsizetype(4099);
    QTest::newRow("64 KB") << qsizetype(64 * 1024);
    QTest::newRow("default") << qsizetype(8 * 1024 * 1024);
}

void TestChunkReader::testChunksEndOnLines()
{
    QFETCH(qsizetype, chunkSize);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lines.ndjson"));
    const QByteArray text = sampleLines(5000);
    QVERIFY(writeFile(path, text));
    const Read read = readChunks(path, chunkSize);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.chunks.join(), text);
    qint64 line = 1;
    for (qsizetype i = 0; i < read.chunks.size(); ++i) {
        const QByteArray& chunk = read.chunks.at(i);
        QVERIFY(!chunk.isEmpty());
        QVERIFY2(chunk.endsWith('\n'), qPrintable(QStringLiteral("chunk %1 ends inside a line").arg(i)));
        QVERIFY(chunk.size() <= std::max<qsizetype>(chunkSize, 200));
        QCOMPARE(read.firstLines.at(i), line);
        line += chunk.count('\n');
    }
    QCOMPARE(line, qint64(5001));
    if (chunkSize < text.size())
        QVERIFY(read.chunks.size() > 1);
}

void TestChunkReader::testLineLongerThanChunk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.ndjson"));
    const QByteArray longLine = "{\"blob\":\"" + QByteArray(10'000, 'x') + "\"}\n";
    const QByteArray text = "{\"a\":1}\n" + longLine + "{\"b\":2}\n" + longLine + longLine + "{\"c\":3}\n";
    QVERIFY(writeFile(path, text));
    const Read read = readChunks(path, 1000);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.chunks.join(), text);
    qint64 line = 1;
    for (qsizetype i = 0; i < read.chunks.size(); ++i) {
        QVERIFY(read.chunks.at(i).endsWith('\n'));
        QCOMPARE(read.firstLines.at(i), line);
        line += read.chunks.at(i).count('\n');
    }
    // The long lines are never cut.
    bool sawWholeLongLine = false;
    for (const QByteArray& chunk : read.chunks)
        sawWholeLongLine = sawWholeLongLine || chunk.contains(longLine);
    QVERIFY(sawWholeLongLine);
}

void TestChunkReader::testLastLineWithoutNewline()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("last.ndjson"));
    const QByteArray text = sampleLines(100) + "{\"last\":true}";
    QVERIFY(writeFile(path, text));
    for (const qsizetype chunkSize : { qsizetype(50), qsizetype(300), qsizetype(1 << 20) }) {
        const Read read = readChunks(path, chunkSize);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.chunks.join(), text);
        QVERIFY(read.chunks.last().endsWith("{\"last\":true}"));
        QCOMPARE(read.firstLines.last() + read.chunks.last().count('\n'), qint64(101));
    }
}

void TestChunkReader::testByteOrderMark()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bom.ndjson"));
    QVERIFY(writeFile(path, "\xEF\xBB\xBF{\"a\":1}\n\xEF\xBB\xBF{\"b\":2}\n"));
    const Read read = readChunks(path, 1 << 20);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    // The mark becomes whitespace (columns stay where they were); a later one is data.
    QCOMPARE(read.chunks.join(), QByteArray("   {\"a\":1}\n\xEF\xBB\xBF{\"b\":2}\n"));
}

void TestChunkReader::testCompressed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lines.ndjson.gz"));
    const QByteArray text = sampleLines(3000);
    const qsizetype half = text.indexOf('\n', text.size() / 2) + 5; // a member boundary inside a line
    QVERIFY(writeFile(path, GzipCodec::compress(text.left(half)) + GzipCodec::compress(text.mid(half))));
    const Read read = readChunks(path, 2048);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.chunks.join(), text);
    for (const QByteArray& chunk : read.chunks)
        QVERIFY(chunk.endsWith('\n'));
}

void TestChunkReader::testEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.ndjson"));
    QVERIFY(writeFile(path, QByteArray()));
    const Read read = readChunks(path, 1024);
    QVERIFY(read.error.isEmpty());
    QVERIFY(read.chunks.isEmpty());
}

void TestChunkReader::testMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.ndjson"));
    ChunkReader reader;
    QString error;
    QVERIFY(!reader.open(path, &error));
    QCOMPARE(error, QStringLiteral("cannot open %1: No such file or directory").arg(path));
}

void TestChunkReader::testReadError()
{
    // A folder opens but cannot be read: next() fails and says why.
    QTemporaryDir dir;
    ChunkReader reader;
    QString error;
    QVERIFY(reader.open(dir.path(), &error));
    ChunkReader::Chunk chunk;
    QVERIFY(!reader.next(chunk));
    QCOMPARE(reader.error(), QStringLiteral("cannot read %1: Is a directory").arg(dir.path()));
}

void TestChunkReader::testTruncatedGzip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.ndjson.gz"));
    const QByteArray compressed = GzipCodec::compress(sampleLines(4000));
    for (const qsizetype cut : { qsizetype(8), qsizetype(100), compressed.size() / 2, compressed.size() - 1 }) {
        QVERIFY(writeFile(path, compressed.left(cut)));
        const Read read = readChunks(path, 1024);
        QCOMPARE(read.error, QStringLiteral("cannot read %1: the compressed data is truncated").arg(path));
    }
}

void TestChunkReader::testCorruptGzip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.ndjson.gz"));
    QByteArray compressed = GzipCodec::compress(sampleLines(4000));
    for (qsizetype i = 40; i < 60; ++i)
        compressed[i] = char(compressed[i] ^ 0x5a);
    QVERIFY(writeFile(path, compressed));
    const Read read = readChunks(path, 1 << 20);
    // zlib's reason, once, after the path (not zlib's own "<fd:N>: " prefix).
    const QString prefix = QStringLiteral("cannot read %1: ").arg(path);
    QVERIFY2(read.error.startsWith(prefix), qPrintable(read.error));
    QVERIFY2(!read.error.mid(prefix.size()).contains(QLatin1Char(':')), qPrintable(read.error));
    QVERIFY(read.error.size() > prefix.size());
}

void TestChunkReader::testBytesRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lines.ndjson"));
    const QByteArray text = sampleLines(2000);
    QVERIFY(writeFile(path, text));
    ChunkReader reader;
    QString error;
    QVERIFY(reader.open(path, &error, 4096));
    QCOMPARE(reader.bytesRead(), qint64(0));
    ChunkReader::Chunk chunk;
    qint64 seen = 0;
    while (reader.next(chunk)) {
        seen += chunk.data.size();
        QVERIFY(reader.bytesRead() >= seen);
    }
    QCOMPARE(reader.bytesRead(), QFileInfo(path).size());
}

QTEST_GUILESS_MAIN(TestChunkReader)
#include "tst_chunkreader.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "core/gzipcodec.h"
#include "io/linereader.h"

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

QByteArrayList readLines(const QString& path, QString* error = nullptr, QList<qint64>* numbers = nullptr)
{
    LineReader reader;
    QString reason;
    if (!reader.open(path, &reason)) {
        if (error)
            *error = reason;
        return {};
    }
    QByteArrayList lines;
    QByteArrayView line;
    while (reader.next(line)) {
        lines.append(line.toByteArray());
        if (numbers)
            numbers->append(reader.lineNumber());
    }
    if (error)
        *error = reader.error();
    return lines;
}
} // namespace

class TestLineReader : public QObject
{
    Q_OBJECT

private slots:
    void testLines_data();
    void testLines();
    void testCompressed();
    void testLongLines();
    void testManyLinesAcrossBuffers();
    void testBytesRead();
    void testTruncatedGzip();
    void testCorruptGzip();
    void testMissingFile();
    void testNotOpened();
};

void TestLineReader::testLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArrayList>("lines");

    QTest::newRow("LF") << QByteArray("a\nb\n") << QByteArrayList { "a", "b" };
    QTest::newRow("no final newline") << QByteArray("a\nb") << QByteArrayList { "a", "b" };
    QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n") << QByteArrayList { "a", "b" };
    QTest::newRow("mixed") << QByteArray("a\r\nb\nc") << QByteArrayList { "a", "b", "c" };
    QTest::newRow("empty file") << QByteArray() << QByteArrayList {};
    QTest::newRow("one newline") << QByteArray("\n") << QByteArrayList { "" };
    QTest::newRow("blank lines kept") << QByteArray("\n\na\n\r\n") << QByteArrayList { "", "", "a", "" };
    QTest::newRow("lone CR stays") << QByteArray("a\rb\n") << QByteArrayList { "a\rb" };
    QTest::newRow("only one CR removed") << QByteArray("a\r\r\n") << QByteArrayList { "a\r" };
    QTest::newRow("CR at the very end") << QByteArray("a\r") << QByteArrayList { "a" };
    QTest::newRow("BOM skipped") << QByteArray("\xEF\xBB\xBF{\"a\":1}\n{}\n") << QByteArrayList { "{\"a\":1}", "{}" };
    QTest::newRow("BOM alone") << QByteArray("\xEF\xBB\xBF\nx") << QByteArrayList { "", "x" };
    QTest::newRow("BOM later kept") << QByteArray("a\n\xEF\xBB\xBF" "b\n") << QByteArrayList { "a", "\xEF\xBB\xBF" "b" };
    QTest::newRow("NUL bytes kept") << QByteArray("a\0b\n", 4) << QByteArrayList { QByteArray("a\0b", 3) };
}

void TestLineReader::testLines()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArrayList, lines);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.txt"));
    QVERIFY(writeFile(path, text));
    QString error;
    QList<qint64> numbers;
    QCOMPARE(readLines(path, &error, &numbers), lines);
    QVERIFY(error.isEmpty());
    QList<qint64> expected;
    for (qint64 i = 1; i <= lines.size(); ++i)
        expected.append(i);
    QCOMPARE(numbers, expected);
}

void TestLineReader::testCompressed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.gz"));
    QVERIFY(writeFile(path, GzipCodec::compress("\xEF\xBB\xBFone\r\ntwo\n") + GzipCodec::compress("three")));
    QCOMPARE(readLines(path), (QByteArrayList { "one", "two", "three" }));
}

void TestLineReader::testLongLines()
{
    // Lines longer than the 8 MB read chunk, and one right after them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.txt"));
    QByteArray first(9 * 1024 * 1024, 'a');
    first[123] = 'X';
    QByteArray second(17 * 1024 * 1024 + 5, 'b');
    second[second.size() - 1] = 'Y';
    QVERIFY(writeFile(path, "short\n" + first + "\r\n" + second + "\nend"));
    QList<qint64> numbers;
    const QByteArrayList lines = readLines(path, nullptr, &numbers);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QByteArray("short"));
    QVERIFY(lines.at(1) == first);
    QVERIFY(lines.at(2) == second);
    QCOMPARE(lines.at(3), QByteArray("end"));
    QCOMPARE(numbers, (QList<qint64> { 1, 2, 3, 4 }));
}

void TestLineReader::testManyLinesAcrossBuffers()
{
    // 20 MB of lines of varied length: every buffer boundary falls somewhere inside a line.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.txt"));
    QByteArray text;
    QByteArrayList expected;
    for (int i = 0; text.size() < 20 * 1024 * 1024; ++i) {
        const QByteArray line = QByteArray::number(i) + ':' + QByteArray(i % 997, char('a' + i % 26));
        expected.append(line);
        text += line + (i % 3 ? "\n" : "\r\n");
    }
    QVERIFY(writeFile(path, text));
    const QByteArrayList lines = readLines(path);
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i) != expected.at(i))
            QFAIL(qPrintable(QStringLiteral("line %1 differs").arg(i + 1)));
    }
}

void TestLineReader::testBytesRead()
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.txt"));
    const QString packed = dir.filePath(QStringLiteral("packed.gz"));
    QByteArray text;
    for (int i = 0; i < 50'000; ++i)
        text += "line number " + QByteArray::number(i) + '\n';
    QVERIFY(writeFile(plain, text));
    QVERIFY(writeFile(packed, GzipCodec::compress(text)));
    for (const QString& path : { plain, packed }) {
        LineReader reader;
        QString error;
        QVERIFY(reader.open(path, &error));
        QCOMPARE(reader.bytesRead(), qint64(0));
        QByteArrayView line;
        while (reader.next(line)) { }
        // The file's own size: what a progress bar divides by.
        QCOMPARE(reader.bytesRead(), QFileInfo(path).size());
    }
}

void TestLineReader::testTruncatedGzip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.gz"));
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += "line " + QByteArray::number(i) + '\n';
    const QByteArray compressed = GzipCodec::compress(text);
    for (const qsizetype cut : { qsizetype(12), compressed.size() / 2, compressed.size() - 4 }) {
        QVERIFY(writeFile(path, compressed.left(cut)));
        QString error;
        const QByteArrayList lines = readLines(path, &error);
        // Even with every line read (only the trailer is missing), the file is incomplete.
        QCOMPARE(error, QStringLiteral("cannot read %1: the compressed data is truncated").arg(path));
        QVERIFY(lines.size() <= 5000);
        QVERIFY(lines.isEmpty() || lines.first() == "line 0");
    }
}

void TestLineReader::testCorruptGzip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.gz"));
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += "line " + QByteArray::number(i) + '\n';
    QByteArray compressed = GzipCodec::compress(text);
    for (qsizetype i = 40; i < 60; ++i)
        compressed[i] = char(compressed[i] ^ 0x5a);
    QVERIFY(writeFile(path, compressed));
    QString error;
    readLines(path, &error);
    const QString prefix = QStringLiteral("cannot read %1: ").arg(path);
    QVERIFY2(error.startsWith(prefix), qPrintable(error));
    QVERIFY2(!error.mid(prefix.size()).contains(QLatin1Char(':')), qPrintable(error));
}

void TestLineReader::testMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.txt"));
    LineReader reader;
    QString error;
    QVERIFY(!reader.open(path, &error));
    QCOMPARE(error, QStringLiteral("cannot open %1: No such file or directory").arg(path));
    QByteArrayView line;
    QVERIFY(!reader.next(line));
    QCOMPARE(reader.bytesRead(), qint64(0));
}

void TestLineReader::testNotOpened()
{
    LineReader reader;
    QByteArrayView line;
    QVERIFY(!reader.next(line));
    QCOMPARE(reader.lineNumber(), qint64(0));
}

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "core/gzipcodec.h"
#include "io/csvrecordreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;

using Records = QList<QList<QByteArray>>;

namespace {
bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestCsvRecordReader : public QObject
{
    Q_OBJECT

private slots:
    void testRecords_data();
    void testRecords();
    void testUnclosedQuote();
    void testMissingFile();
    void testCompressed();
    void testTruncatedGzip();
    void testFixture();
};

void TestCsvRecordReader::testRecords_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<qint64>>("lines");

    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << Records { { "a", "b", "c" }, { "1", "2", "3" } }
                           << QList<qint64> { 1, 2 };
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << Records { { "a", "b" }, { "1", "2" } }
                                      << QList<qint64> { 1, 2 };
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Records { { "a", "b" }, { "1", "2" } } << QList<qint64> { 1, 2 };
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFtype,userId\ntrack,u\n") << Records { { "type", "userId" }, { "track", "u" } }
                         << QList<qint64> { 1, 2 };
    QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n") << Records { { "a", "", "c" }, { "", "", "" } }
                                  << QList<qint64> { 1, 2 };
    QTest::newRow("trailing comma") << QByteArray("a,b,\n") << Records { { "a", "b", "" } } << QList<qint64> { 1 };
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << Records { { "a,b", "c" } } << QList<qint64> { 1 };
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << Records { { "say \"hi\"", "x" } }
                                    << QList<qint64> { 1 };
    QTest::newRow("only a quote") << QByteArray("\"\"\"\"\n") << Records { { "\"" } } << QList<qint64> { 1 };
    QTest::newRow("empty quoted field") << QByteArray("\"\",x\n") << Records { { "", "x" } } << QList<qint64> { 1 };
    QTest::newRow("newline inside quotes") << QByteArray("h\n\"two\nlines\",x\nnext,y\n")
                                           << Records { { "h" }, { "two\nlines", "x" }, { "next", "y" } }
                                           << QList<qint64> { 1, 2, 4 };
    QTest::newRow("CRLF inside quotes") << QByteArray("\"two\r\nlines\"\r\nz\r\n") << Records { { "two\nlines" }, { "z" } }
                                        << QList<qint64> { 1, 3 };
    QTest::newRow("blank line inside quotes") << QByteArray("\"a\n\nb\",c\n") << Records { { "a\n\nb", "c" } }
                                              << QList<qint64> { 1 };
    QTest::newRow("blank lines between records") << QByteArray("\n\na\n\n  \n\r\nb\n\n") << Records { { "a" }, { "b" } }
                                                 << QList<qint64> { 3, 7 };
    QTest::newRow("JSON cell") << QByteArray("type,properties\ntrack,\"{\"\"a\"\":[1,2],\"\"b\"\":\"\"x,y\"\"}\"\n")
                               << Records { { "type", "properties" }, { "track", "{\"a\":[1,2],\"b\":\"x,y\"}" } }
                               << QList<qint64> { 1, 2 };
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Records { { " a ", " b " } } << QList<qint64> { 1 };
    QTest::newRow("UTF-8") << QByteArray("caf\xC3\xA9,\xE6\x97\xA5\n") << Records { { "caf\xC3\xA9", "\xE6\x97\xA5" } }
                           << QList<qint64> { 1 };
    QTest::newRow("empty file") << QByteArray() << Records {} << QList<qint64> {};
}

void TestCsvRecordReader::testRecords()
{
    QFETCH(QByteArray, text);
    QFETCH(Records, records);
    QFETCH(QList<qint64>, lines);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.csv"));
    QVERIFY(writeFile(path, text));
    CsvRecordReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    Records read;
    QList<qint64> starts;
    QList<QByteArray> fields;
    while (reader.next(fields)) {
        read.append(fields);
        starts.append(reader.recordLine());
    }
    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    QCOMPARE(read, records);
    QCOMPARE(starts, lines);
    QVERIFY(!reader.next(fields)); // stays at the end
}

void TestCsvRecordReader::testUnclosedQuote()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.csv"));
    QVERIFY(writeFile(path, "a,b\n\n1,\"never\nclosed,\n"));
    CsvRecordReader reader;
    QString error;
    QVERIFY(reader.open(path, &error));
    QList<QByteArray> fields;
    QVERIFY(reader.next(fields));
    QVERIFY(!reader.next(fields));
    QCOMPARE(reader.error(), path + QStringLiteral(": line 3: a quoted field is not closed before the end of the file"));
}

void TestCsvRecordReader::testMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.csv"));
    CsvRecordReader reader;
    QString error;
    QVERIFY(!reader.open(path, &error));
    QCOMPARE(error, QStringLiteral("cannot open %1: No such file or directory").arg(path));
}

void TestCsvRecordReader::testCompressed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.csv.gz"));
    QVERIFY(writeFile(path, GzipCodec::compress("a,\"b\nc\"\r\n1,2\r\n")));
    CsvRecordReader reader;
    QString error;
    QVERIFY(reader.open(path, &error));
    QList<QByteArray> fields;
    QVERIFY(reader.next(fields));
    QCOMPARE(fields, (QList<QByteArray> { "a", "b\nc" }));
    QVERIFY(reader.next(fields));
    QCOMPARE(fields, (QList<QByteArray> { "1", "2" }));
    QCOMPARE(reader.recordLine(), qint64(3));
    QVERIFY(!reader.next(fields));
    QVERIFY(reader.error().isEmpty());
}

void TestCsvRecordReader::testTruncatedGzip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.csv.gz"));
    QByteArray text = "type,userId\n";
    for (int i = 0; i < 5000; ++i)
        text += "identify,user-" + QByteArray::number(i) + '\n';
    QVERIFY(writeFile(path, GzipCodec::compress(text).chopped(30)));
    CsvRecordReader reader;
    QString error;
    QVERIFY(reader.open(path, &error));
    QList<QByteArray> fields;
    int records = 0;
    while (reader.next(fields))
        ++records;
    QVERIFY(records > 0);
    QCOMPARE(reader.error(), QStringLiteral("cannot read %1: the compressed data is truncated").arg(path));
}

void TestCsvRecordReader::testFixture()
{
    CsvRecordReader reader;
    QString error;
    QVERIFY(reader.open(QStringLiteral(JOURNEY_TEST_DATA "/csv/events.csv"), &error));
    QList<QByteArray> fields;
    Records read;
    while (reader.next(fields))
        read.append(fields);
    QCOMPARE(read.size(), 4);
    for (const auto& record : read)
        QCOMPARE(record.size(), 9);
    QCOMPARE(read.at(1).at(3), QByteArray(R"({"revenue":19.9,"note":"a, b"})"));
    QCOMPARE(read.at(2).at(7), QByteArray(R"(Pricing, plans & "quotes")"));
    QCOMPARE(read.at(3).at(0), QByteArray("Multi\nline"));
    QCOMPARE(reader.recordLine(), qint64(4));
}

QTEST_GUILESS_MAIN(TestCsvRecordReader)
#include "tst_csvrecordreader.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "core/gzipcodec.h"

#include <QRandomGenerator>
#include <QTest>

#include <sys/resource.h>
#include <zlib.h>

using namespace Journey;

namespace {

// Text that compresses like real NDJSON does.
QByteArray sampleText(qsizetype size)
{
    QByteArray text;
    text.reserve(size);
    int n = 0;
    while (text.size() < size) {
        text += R"({"type":"track","event":"Item )" + QByteArray::number(n % 97) + R"(","userId":"u)"
            + QByteArray::number(n * 7919 % 100003) + "\"}\n";
        ++n;
    }
    text.truncate(size);
    return text;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

// zlib-wrapped deflate (RFC 1950), as `Content-Encoding: deflate` senders write it.
QByteArray zlibCompress(const QByteArray& data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.constData()),
            uLong(data.size()), 6)
        != Z_OK)
        return {};
    out.resize(qsizetype(size));
    return out;
}

// A gzip member of \a megabytes MB of zeros, made without ever holding them in memory.
QByteArray zeroBomb(int megabytes)
{
    z_stream stream {};
    deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1024 * 1024, '\0');
    QByteArray out;
    char buffer[64 * 1024];
    for (int i = 0; i < megabytes; ++i) {
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.constData()));
        stream.avail_in = uInt(zeros.size());
        const int flush = i + 1 == megabytes ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef*>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return out;
}

qint64 peakResidentKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestGzipCodec : public QObject
{
    Q_OBJECT

private slots:
    void testRoundTrip_data();
    void testRoundTrip();
    void testLevels();
    void testLooksGzipped_data();
    void testLooksGzipped();
    void testZlibHeader();
    void testConcatenatedMembers();
    void testCapBoundary_data();
    void testCapBoundary();
    void testBomb();
    void testCorrupt_data();
    void testCorrupt();
    void testTruncated();
    void testErrorClearsOutput();
};

void TestGzipCodec::testRoundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("text") << sampleText(100'000);
    QTest::newRow("random, incompressible") << randomBytes(300'000, 1);
    QTest::newRow("zeros, 5 MB") << QByteArray(5 * 1024 * 1024, '\0');
    QTest::newRow("binary with NULs") << QByteArray("\0\x1f\x8b\0\xff", 5);
}

void TestGzipCodec::testRoundTrip()
{
    QFETCH(QByteArray, data);
    const QByteArray compressed = GzipCodec::compress(data);
    QVERIFY(GzipCodec::looksGzipped(compressed));
    QByteArray out("stale");
    QString error;
    QCOMPARE(GzipCodec::decompress(compressed, data.size() + 1, out, &error), GzipCodec::Result::Ok);
    QVERIFY(error.isEmpty());
    QCOMPARE(out, data);
    // zlib itself agrees the member is gzip (window bits 15 + 16 only accept gzip).
    z_stream stream {};
    QCOMPARE(inflateInit2(&stream, 15 + 16), Z_OK);
    QByteArray check(data.size() + 1, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef*>(check.data());
    stream.avail_out = uInt(check.size());
    QCOMPARE(inflate(&stream, Z_FINISH), Z_STREAM_END);
    QCOMPARE(qsizetype(stream.total_out), data.size());
    inflateEnd(&stream);
}

void TestGzipCodec::testLevels()
{
    const QByteArray data = sampleText(200'000);
    const QByteArray fast = GzipCodec::compress(data, 1);
    const QByteArray best = GzipCodec::compress(data, 9);
    QVERIFY(best.size() <= fast.size());
    QVERIFY(fast.size() < data.size() / 3);
    for (const QByteArray& compressed : { fast, best, GzipCodec::compress(data, 0) }) {
        QByteArray out;
        QCOMPARE(GzipCodec::decompress(compressed, 1 << 20, out), GzipCodec::Result::Ok);
        QCOMPARE(out, data);
    }
}

void TestGzipCodec::testLooksGzipped_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("gzipped");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("one magic byte") << QByteArray("\x1f") << false;
    QTest::newRow("magic") << QByteArray("\x1f\x8b") << true;
    QTest::newRow("reversed magic") << QByteArray("\x8b\x1f") << false;
    QTest::newRow("zlib") << zlibCompress("abc") << false;
    QTest::newRow("JSON") << QByteArray("{\"batch\":[]}") << false;
}

void TestGzipCodec::testLooksGzipped()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, gzipped);
    QCOMPARE(GzipCodec::looksGzipped(data), gzipped);
}

void TestGzipCodec::testZlibHeader()
{
    const QByteArray data = sampleText(50'000);
    const QByteArray compressed = zlibCompress(data);
    QCOMPARE(quint8(compressed[0]), quint8(0x78));
    QByteArray out;
    QCOMPARE(GzipCodec::decompress(compressed, 1 << 20, out), GzipCodec::Result::Ok);
    QCOMPARE(out, data);
}

void TestGzipCodec::testConcatenatedMembers()
{
    // `cat a.gz b.gz` is a valid gzip file holding a then b.
    const QByteArray a = sampleText(3000);
    const QByteArray b = "second member\n";
    const QByteArray c = sampleText(70'000);
    QByteArray out;
    QCOMPARE(GzipCodec::decompress(QByteArray(GzipCodec::compress(a) + GzipCodec::compress(b) + GzipCodec::compress(c)), 1 << 20, out),
        GzipCodec::Result::Ok);
    QCOMPARE(out, a + b + c);
    // An empty member in between changes nothing.
    QCOMPARE(GzipCodec::decompress(QByteArray(GzipCodec::compress(a) + GzipCodec::compress({}) + GzipCodec::compress(b)), 1 << 20, out),
        GzipCodec::Result::Ok);
    QCOMPARE(out, a + b);
    // The cap counts all members together.
    QCOMPARE(GzipCodec::decompress(QByteArray(GzipCodec::compress(a) + GzipCodec::compress(a)), a.size() * 2 - 1, out),
        GzipCodec::Result::TooLarge);
    QCOMPARE(GzipCodec::decompress(QByteArray(GzipCodec::compress(a) + GzipCodec::compress(a)), a.size() * 2, out),
        GzipCodec::Result::Ok);
}

void TestGzipCodec::testCapBoundary_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("zlib");
    // Sizes around the codec's own buffer steps (4 × input, at least 4096, doubling) and arbitrary ones.
    for (const qsizetype size : { qsizetype(1), qsizetype(100), qsizetype(4095), qsizetype(4096), qsizetype(4097),
             qsizetype(8192), qsizetype(65'536), qsizetype(100'001), qsizetype(1'000'000) }) {
        QTest::addRow("text %lld", qlonglong(size)) << sampleText(size) << false;
        QTest::addRow("random %lld", qlonglong(size)) << randomBytes(size, quint32(size)) << false;
        QTest::addRow("zeros %lld", qlonglong(size)) << QByteArray(size, '\0') << false;
        QTest::addRow("zlib text %lld", qlonglong(size)) << sampleText(size) << true;
    }
}

void TestGzipCodec::testCapBoundary()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, zlib);
    const QByteArray compressed = zlib ? zlibCompress(data) : GzipCodec::compress(data);
    QByteArray out;
    QString error;
    // Exactly the cap is fine…
    QCOMPARE(GzipCodec::decompress(compressed, data.size(), out, &error), GzipCodec::Result::Ok);
    QCOMPARE(out, data);
    // …one byte more than the cap is not.
    QCOMPARE(GzipCodec::decompress(compressed, data.size() - 1, out, &error), GzipCodec::Result::TooLarge);
    QCOMPARE(error, QStringLiteral("more than %1 bytes once decompressed").arg(data.size() - 1));
    QVERIFY(out.isEmpty());
    QCOMPARE(GzipCodec::decompress(compressed, data.size() / 2, out, &error), GzipCodec::Result::TooLarge);
    QVERIFY(out.isEmpty());
}

void TestGzipCodec::testBomb()
{
    // 512 MB of zeros in about half a megabyte: the cap must stop it long before it is all inflated.
    const QByteArray bomb = zeroBomb(512);
    QVERIFY(bomb.size() < 1024 * 1024);
    const qint64 peakBefore = peakResidentKb();
    QByteArray out;
    QString error;
    QCOMPARE(GzipCodec::decompress(bomb, 1024 * 1024, out, &error), GzipCodec::Result::TooLarge);
    QVERIFY(out.isEmpty());
    QCOMPARE(error, QStringLiteral("more than 1048576 bytes once decompressed"));
    const qint64 grownKb = peakResidentKb() - peakBefore;
    QVERIFY2(grownKb < 32 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KB").arg(grownKb)));
}

void TestGzipCodec::testCorrupt_data()
{
    QTest::addColumn<QByteArray>("data");

    const QByteArray good = GzipCodec::compress(sampleText(20'000));
    QByteArray flippedBody = good;
    flippedBody[good.size() / 2] = char(flippedBody[good.size() / 2] ^ 0x55);
    QByteArray badCrc = good;
    badCrc[good.size() - 6] = char(badCrc[good.size() - 6] ^ 0x01);
    QByteArray badLength = good;
    badLength[good.size() - 2] = char(badLength[good.size() - 2] ^ 0x01);
    QByteArray badMethod = good;
    badMethod[2] = 7; // only 8 (deflate) exists

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("plain JSON") << QByteArray(R"({"batch":[]})");
    QTest::newRow("random bytes") << randomBytes(1000, 99);
    QTest::newRow("magic only") << QByteArray("\x1f\x8b");
    QTest::newRow("flipped byte in the body") << flippedBody;
    QTest::newRow("wrong CRC") << badCrc;
    QTest::newRow("wrong length") << badLength;
    QTest::newRow("unknown method") << badMethod;
    QTest::newRow("garbage after a member") << good + QByteArray("garbage!");
}

void TestGzipCodec::testCorrupt()
{
    QFETCH(QByteArray, data);
    QByteArray out;
    QString error;
    QCOMPARE(GzipCodec::decompress(data, 1 << 20, out, &error), GzipCodec::Result::Corrupt);
    QVERIFY(out.isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestGzipCodec::testTruncated()
{
    const QByteArray data = sampleText(30'000);
    const QByteArray good = GzipCodec::compress(data);
    for (qsizetype length = 0; length < good.size(); ++length) {
        QByteArray out;
        QString error;
        const GzipCodec::Result result = GzipCodec::decompress(QByteArrayView(good.constData(), length), 1 << 20, out, &error);
        if (result != GzipCodec::Result::Corrupt)
            QFAIL(qPrintable(QStringLiteral("a %1-byte prefix of %2 bytes was not refused").arg(length).arg(good.size())));
        QVERIFY(out.isEmpty());
        QVERIFY(!error.isEmpty());
    }
    QByteArray out;
    QString error;
    QCOMPARE(GzipCodec::decompress(good.left(good.size() / 2), 1 << 20, out, &error), GzipCodec::Result::Corrupt);
    QCOMPARE(error, QStringLiteral("the compressed data is truncated"));
}

void TestGzipCodec::testErrorClearsOutput()
{
    QByteArray out("previous contents");
    QCOMPARE(GzipCodec::decompress("not compressed", 100, out), GzipCodec::Result::Corrupt);
    QVERIFY(out.isEmpty());
    // No error string wanted: no crash either.
    out = "again";
    QCOMPARE(GzipCodec::decompress(GzipCodec::compress(sampleText(1000)), 10, out), GzipCodec::Result::TooLarge);
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestGzipCodec)
#include "tst_gzipcodec.moc"

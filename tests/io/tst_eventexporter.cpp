// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "core/eventparser.h"
#include "core/timestamp.h"
#include "io/csvformat.h"
#include "io/eventexporter.h"
#include "io/eventimporter.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;

// Declared before the test data: moc does not read raw string literals, and the data would hide the class from it.
class TestEventExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testNdjsonIsByteIdentical();
    void testEmptyStore();
    void testFilters_data();
    void testFilters();
    void testCsv();
    void testCsvFiltered();
    void testNdjsonRoundTrip();
    void testCsvRoundTrip();
    void testCsvRoundTripKeepsMeaning();
    void testWriteError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

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

// Canonical messages whose every part a CSV cell can hold exactly (no escapes in plain columns, numbers in their
// shortest form), so that a CSV round trip must give them back byte for byte.
const QByteArrayList exactLines {
    R"({"type":"identify","messageId":"x-1","timestamp":"2024-05-01T10:00:00.000Z","receivedAt":"2024-05-01T10:00:01.000Z","userId":"user-1","traits":{"email":"ann@example.com","age":41,"vip":true,"tags":["a","b"],"none":null}})",
    R"({"type":"track","messageId":"x-2","timestamp":"2024-05-01T10:01:00.000Z","receivedAt":"2024-05-01T10:01:01.000Z","userId":"user-1","anonymousId":"anon-1","event":"Order Completed","properties":{"revenue":19.9,"currency":"EUR","note":"a, \"b\"\nc"},"context":{"library":{"name":"analytics.js","version":"4.1.0"}},"integrations":{"All":false}})",
    R"({"type":"page","messageId":"x-3","timestamp":"2024-05-01T10:02:00.000Z","receivedAt":"2024-05-01T10:02:01.000Z","anonymousId":"anon-9","name":"Pricing, \"2024\"","category":"Docs","properties":{"path":"/pricing"}})",
    R"({"type":"screen","messageId":"x-4","timestamp":"2024-05-01T10:03:00.000Z","receivedAt":"2024-05-01T10:03:01.000Z","userId":"user-2","name":"Caf\u00e9 Men\u00fc"})",
    R"({"type":"group","messageId":"x-5","timestamp":"2024-05-01T10:04:00.000Z","receivedAt":"2024-05-01T10:04:01.000Z","userId":"user-2","groupId":"acme","traits":{"name":"Acme Inc.","employees":120}})",
    R"({"type":"alias","messageId":"x-6","timestamp":"2024-05-01T10:05:00.000Z","receivedAt":"2024-05-01T10:05:01.000Z","userId":"user-1","previousId":"anon-9"})",
    R"({"type":"track","messageId":"x-7","timestamp":"2024-05-01T10:06:00.000Z","receivedAt":"2024-05-01T10:06:01.000Z","userId":"user-3","event":"Multi\nline name","version":2,"sentAt":"2024-05-01T10:06:00.500Z","channel":"server"})",
    R"({"type":"track","messageId":"x-8","timestamp":"2024-05-01T10:07:00.000Z","receivedAt":"2024-05-01T10:07:01.000Z","userId":"user-2","event":"Order Completed","properties":{"revenue":5}})",
};

// \u escapes are not exact in a CSV cell (it holds the text): this one line is replaced by its raw UTF-8 form.
QByteArrayList csvExactLines()
{
    QByteArrayList lines = exactLines;
    lines[3] = R"({"type":"screen","messageId":"x-4","timestamp":"2024-05-01T10:03:00.000Z","receivedAt":"2024-05-01T10:03:01.000Z","userId":"user-2","name":"Café Menü"})";
    return lines;
}

bool fillStore(const QString& path, const QByteArrayList& lines)
{
    StoreWriter writer(path);
    QString error;
    if (!writer.open(&error) || !writer.begin(&error)) {
        qWarning() << error;
        return false;
    }
    EventParser::Options options;
    options.source = EventSource::Import;
    options.overrideReceivedAt = false;
    options.receivedAt = Timestamp::nowMs();
    EventParser parser(options);
    IngestBatch batch;
    for (const QByteArray& line : lines) {
        if (!parser.parseMessage(line, batch.events)) {
            qWarning() << parser.error().toString();
            return false;
        }
    }
    if (!writer.write(batch, &error) || !writer.commit(&error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

bool exportStore(const QString& path, const EventExporter::Options& options, QByteArray& out, qint64* count = nullptr,
    QString* error = nullptr)
{
    StoreReader reader(path);
    QString reason;
    if (!reader.open(false, &reason))
        return false;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    EventExporter exporter(reader);
    return exporter.exportTo(buffer, options, count, error ? error : &reason);
}

EventExporter::Options ndjsonOptions(const EventFilter& filter = {})
{
    EventExporter::Options options;
    options.format = EventExporter::Format::Ndjson;
    options.filter = filter;
    return options;
}

EventExporter::Options csvOptions(const EventFilter& filter = {})
{
    EventExporter::Options options;
    options.format = EventExporter::Format::Csv;
    options.filter = filter;
    return options;
}

bool importInto(const QString& store, const QStringList& files, EventImporter::Format format, QString* error)
{
    StoreWriter writer(store);
    if (!writer.open(error))
        return false;
    EventImporter importer(writer);
    EventImporter::Options options;
    options.format = format;
    EventImporter::Result result;
    return importer.importFiles(files, options, result, error);
}

// A device whose disk is always full.
class FullDevice : public QIODevice
{
public:
    FullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64) override
    {
        setErrorString(QStringLiteral("no space left on device"));
        return -1;
    }
};

} // namespace


void TestEventExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(QStringLiteral("journey.db"));
}

void TestEventExporter::testNdjsonIsByteIdentical()
{
    QVERIFY(fillStore(m_store, exactLines));
    QByteArray out;
    qint64 count = -1;
    QString error;
    QVERIFY2(exportStore(m_store, ndjsonOptions(), out, &count, &error), qPrintable(error));
    QCOMPARE(count, qint64(exactLines.size()));
    QCOMPARE(out, exactLines.join('\n') + '\n');
}

void TestEventExporter::testEmptyStore()
{
    QByteArray out;
    qint64 count = -1;
    QVERIFY(exportStore(m_store, ndjsonOptions(), out, &count));
    QCOMPARE(out, QByteArray());
    QCOMPARE(count, qint64(0));
    out.clear();
    QVERIFY(exportStore(m_store, csvOptions(), out, &count));
    QByteArray header;
    CsvFormat::appendHeader(header);
    QCOMPARE(out, header);
    QCOMPARE(count, qint64(0));
}

void TestEventExporter::testFilters_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::addColumn<QList<int>>("expected"); // numbers of the x-N messages

    const auto at = [](const char* text) { return *Timestamp::parseIso8601(QByteArrayView(text)); };
    EventFilter filter;
    QTest::newRow("everything") << filter << QList<int> { 1, 2, 3, 4, 5, 6, 7, 8 };
    filter = {};
    filter.addType(EventType::Track);
    QTest::newRow("tracks") << filter << QList<int> { 2, 7, 8 };
    filter.addType(EventType::Alias);
    QTest::newRow("tracks and aliases") << filter << QList<int> { 2, 6, 7, 8 };
    filter = {};
    filter.setName(QStringLiteral("order"));
    QTest::newRow("name, any case") << filter << QList<int> { 2, 8 };
    filter = {};
    filter.setIdentity(QStringLiteral("user-2"));
    QTest::newRow("identity") << filter << QList<int> { 4, 5, 8 };
    filter = {};
    filter.setIdentity(QStringLiteral("ANON-9"));
    QTest::newRow("anonymous identity") << filter << QList<int> { 3 };
    filter = {};
    filter.setText(QStringLiteral("eur"));
    QTest::newRow("text in the message") << filter << QList<int> { 2 };
    filter = {};
    filter.setTimeRange(at("2024-05-01T10:02:00Z"), at("2024-05-01T10:05:00Z"));
    QTest::newRow("time range, end excluded") << filter << QList<int> { 3, 4, 5 };
    filter = {};
    filter.addType(EventType::Track);
    filter.setIdentity(QStringLiteral("user-2"));
    QTest::newRow("type and identity") << filter << QList<int> { 8 };
    filter = {};
    filter.addSource(EventSource::Segment);
    QTest::newRow("another source") << filter << QList<int> {};
    filter = {};
    filter.addSource(EventSource::Import);
    QTest::newRow("the import source") << filter << QList<int> { 1, 2, 3, 4, 5, 6, 7, 8 };
}

void TestEventExporter::testFilters()
{
    QFETCH(EventFilter, filter);
    QFETCH(QList<int>, expected);
    QVERIFY(fillStore(m_store, exactLines));
    QByteArray out;
    qint64 count = -1;
    QVERIFY(exportStore(m_store, ndjsonOptions(filter), out, &count));
    QByteArray wanted;
    for (int n : expected)
        wanted += exactLines.at(n - 1) + '\n';
    QCOMPARE(out, wanted);
    QCOMPARE(count, qint64(expected.size()));
}

void TestEventExporter::testCsv()
{
    QVERIFY(fillStore(m_store, exactLines));
    QByteArray out;
    qint64 count = -1;
    QVERIFY(exportStore(m_store, csvOptions(), out, &count));
    QCOMPARE(count, qint64(exactLines.size()));
    QVERIFY(out.startsWith("type,messageId,timestamp,receivedAt,userId,anonymousId,event,name,category,groupId,previousId,"
                           "properties,traits,context,integrations,other\n"));
    QVERIFY(out.contains(
        "\ntrack,x-2,2024-05-01T10:01:00.000Z,2024-05-01T10:01:01.000Z,user-1,anon-1,Order Completed,,,,,"
        R"("{""revenue"":19.9,""currency"":""EUR"",""note"":""a, \""b\""\nc""}",,)"
        R"("{""library"":{""name"":""analytics.js"",""version"":""4.1.0""}}","{""All"":false}",)"
        "\n"));
    QVERIFY(out.contains("\npage,x-3,2024-05-01T10:02:00.000Z,2024-05-01T10:02:01.000Z,,anon-9,,\"Pricing, \"\"2024\"\"\",Docs,,,"
                         "\"{\"\"path\"\":\"\"/pricing\"\"}\",,,,\n"));
    QVERIFY(out.contains("\nalias,x-6,2024-05-01T10:05:00.000Z,2024-05-01T10:05:01.000Z,user-1,,,,,,anon-9,,,,,\n"));
    // A real newline inside a quoted cell; the members the columns lack gather in `other`.
    QVERIFY(out.contains("\ntrack,x-7,2024-05-01T10:06:00.000Z,2024-05-01T10:06:01.000Z,user-3,,\"Multi\nline name\",,,,,,,,,"
                         R"("{""version"":2,""sentAt"":""2024-05-01T10:06:00.500Z"",""channel"":""server""}")"
                         "\n"));
    QCOMPARE(out.count('\n'), exactLines.size() + 1 + 1); // header, rows, and the one quoted newline
}

void TestEventExporter::testCsvFiltered()
{
    QVERIFY(fillStore(m_store, exactLines));
    EventFilter filter;
    filter.addType(EventType::Group);
    QByteArray out;
    QVERIFY(exportStore(m_store, csvOptions(filter), out));
    QByteArray expected;
    CsvFormat::appendHeader(expected);
    expected += R"(group,x-5,2024-05-01T10:04:00.000Z,2024-05-01T10:04:01.000Z,user-2,,,,,acme,,,"{""name"":""Acme Inc."",""employees"":120}",,,)"
                "\n";
    QCOMPARE(out, expected);
}

void TestEventExporter::testNdjsonRoundTrip()
{
    QVERIFY(fillStore(m_store, exactLines));
    QByteArray first;
    QVERIFY(exportStore(m_store, ndjsonOptions(), first));
    const QString file = m_dir->filePath(QStringLiteral("export.ndjson"));
    QVERIFY(writeFile(file, first));

    const QString second = m_dir->filePath(QStringLiteral("second.db"));
    QString error;
    QVERIFY2(importInto(second, { file }, EventImporter::Format::Ndjson, &error), qPrintable(error));
    QByteArray again;
    QVERIFY(exportStore(second, ndjsonOptions(), again));
    QCOMPARE(again, first);
}

void TestEventExporter::testCsvRoundTrip()
{
    const QByteArrayList lines = csvExactLines();
    QVERIFY(fillStore(m_store, lines));
    QByteArray csv;
    QVERIFY(exportStore(m_store, csvOptions(), csv));
    const QString file = m_dir->filePath(QStringLiteral("export.csv"));
    QVERIFY(writeFile(file, csv));

    const QString second = m_dir->filePath(QStringLiteral("second.db"));
    QString error;
    QVERIFY2(importInto(second, { file }, EventImporter::Format::Csv, &error), qPrintable(error));
    QByteArray ndjson;
    QVERIFY(exportStore(second, ndjsonOptions(), ndjson));
    QCOMPARE(ndjson, lines.join('\n') + '\n');

    // And CSV again gives the same CSV.
    QByteArray csvAgain;
    QVERIFY(exportStore(second, csvOptions(), csvAgain));
    QCOMPARE(csvAgain, csv);
}

void TestEventExporter::testCsvRoundTripKeepsMeaning()
{
    // The fixture writes 19.90 and a \u escape: the CSV form may spell them differently, never change them.
    const QByteArrayList lines = readFile(fixture(QStringLiteral("ndjson/events.ndjson"))).trimmed().split('\n')
        + QByteArrayList { R"({"type":"track","messageId":"esc","timestamp":"2024-05-01T11:00:00.000Z","receivedAt":"2024-05-01T11:00:00.000Z","userId":"u\/1","event":"Caf\u00e9","properties":{"n":1.50,"big":12345678901234567890}})" };
    QVERIFY(fillStore(m_store, lines));
    QByteArray csv;
    QVERIFY(exportStore(m_store, csvOptions(), csv));
    const QString file = m_dir->filePath(QStringLiteral("export.csv"));
    QVERIFY(writeFile(file, csv));
    const QString second = m_dir->filePath(QStringLiteral("second.db"));
    QString error;
    QVERIFY2(importInto(second, { file }, EventImporter::Format::Csv, &error), qPrintable(error));
    QByteArray ndjson;
    QVERIFY(exportStore(second, ndjsonOptions(), ndjson));
    const QByteArrayList back = ndjson.trimmed().split('\n');
    QCOMPARE(back.size(), lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonDocument original = QJsonDocument::fromJson(lines.at(i));
        const QJsonDocument reimported = QJsonDocument::fromJson(back.at(i));
        QVERIFY(original.isObject());
        QCOMPARE(reimported, original);
    }
    QVERIFY(back.last().contains(R"("big":12345678901234567890)"));
}

void TestEventExporter::testWriteError()
{
    QVERIFY(fillStore(m_store, exactLines));
    StoreReader reader(m_store);
    QString error;
    QVERIFY(reader.open(true, &error));
    EventExporter exporter(reader);
    for (const EventExporter::Options& options : { ndjsonOptions(), csvOptions() }) {
        FullDevice device;
        error.clear();
        QVERIFY(!exporter.exportTo(device, options, nullptr, &error));
        QCOMPARE(error, QStringLiteral("cannot write the export: no space left on device"));
    }
}

QTEST_GUILESS_MAIN(TestEventExporter)
#include "tst_eventexporter.moc"

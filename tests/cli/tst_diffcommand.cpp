// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// `journeyctl diff` as a CI job runs it: the real binary on capture files and plain canonical NDJSON, its exit
// codes (0 no drift, 1 drift, 2 bad flags or inputs, with the flag or the file and line named), the text, JSON
// and JUnit reports, --out, thresholds from flags and from a file, and the funnel.

#include "../support/journeyctlrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace JourneyTest;

namespace {

QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

/// A track line of user \a user at \a second seconds past 10:00.
QByteArray track(const char* event, int user, int second, const char* properties = "{}")
{
    return q("{'type':'track','event':'") + event + q("','userId':'user-") + QByteArray::number(user)
        + q("','messageId':'m-") + event + '-' + QByteArray::number(user) + '-' + QByteArray::number(second)
        + q("','timestamp':'2026-03-02T10:") + QByteArray::number(10 + second / 60) + ':'
        + QByteArray::number(10 + second % 50) + q(".000Z','properties':") + q(properties) + '}';
}

/// The baseline: 20 users view a product (price a number), 12 of them add it to the cart, 6 buy.
QByteArray baseline()
{
    QByteArrayList lines;
    for (int user = 0; user < 20; ++user) {
        lines.append(track("Product Viewed", user, 0, "{'sku':'a','price':12}"));
        if (user < 12)
            lines.append(track("Product Added", user, 60, "{'sku':'a'}"));
        if (user < 6)
            lines.append(track("Order Completed", user, 120, "{'order_id':'o','revenue':12}"));
    }
    return lines.join('\n') + '\n';
}

/// The same traffic with other values: no drift.
QByteArray sameShape()
{
    QByteArrayList lines;
    for (int user = 0; user < 20; ++user) {
        lines.append(track("Product Viewed", user + 100, 1, "{'sku':'b','price':7.5}"));
        if (user < 12)
            lines.append(track("Product Added", user + 100, 61, "{'sku':'b'}"));
        if (user < 6)
            lines.append(track("Order Completed", user + 100, 121, "{'order_id':'p','revenue':7.5}"));
    }
    return lines.join('\n') + '\n';
}

/// A broken build: price became a string, revenue is gone, fewer users add to the cart (9 of 20, −15 points).
QByteArray broken()
{
    QByteArrayList lines;
    for (int user = 0; user < 20; ++user) {
        lines.append(track("Product Viewed", user, 0, "{'sku':'a','price':'12'}"));
        if (user < 9)
            lines.append(track("Product Added", user, 60, "{'sku':'a'}"));
        if (user < 6)
            lines.append(track("Order Completed", user, 120, "{'order_id':'o'}"));
    }
    return lines.join('\n') + '\n';
}

} // namespace

class TestDiffCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void noDriftExitsZero();
    void driftExitsOneWithText();
    void jsonReport();
    void junitReport();
    void outFileAndSummary();
    void captureFileInput();
    void thresholdFlags();
    void thresholdsFile();
    void funnelConversion();
    void badInputExitsTwo_data();
    void badInputExitsTwo();

private:
    CtlResult run(const QStringList& arguments);
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

CtlResult TestDiffCommand::run(const QStringList& arguments)
{
    return runJourneyctl(QStringList { QStringLiteral("--store"), path(QStringLiteral("store.db")), QStringLiteral("diff") } + arguments);
}

void TestDiffCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeFile(path(QStringLiteral("a.ndjson")), baseline()));
    QVERIFY(writeFile(path(QStringLiteral("same.ndjson")), sameShape()));
    QVERIFY(writeFile(path(QStringLiteral("broken.ndjson")), broken()));
}

void TestDiffCommand::noDriftExitsZero()
{
    for (const char* other : { "a.ndjson", "same.ndjson" }) {
        const CtlResult result = run({ path(QStringLiteral("a.ndjson")), path(QString::fromLatin1(other)) });
        QVERIFY2(result.exitCode == 0, result.describe().constData());
        QVERIFY2(
            result.out.contains("No drift beyond the thresholds: 0 error(s), 0 info"), result.describe().constData());
        QVERIFY2(
            result.out.contains("ok    Product Viewed (track): 20 → 20 events (0.0%)"), result.describe().constData());
        QVERIFY(result.err.isEmpty());
    }
}

void TestDiffCommand::driftExitsOneWithText()
{
    const CtlResult result = run({ path(QStringLiteral("a.ndjson")), path(QStringLiteral("broken.ndjson")) });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    const QByteArray& text = result.out;
    QVERIFY2(text.startsWith(QByteArray("Capture diff: " + path(QStringLiteral("a.ndjson")).toUtf8()
                 + " (38 event(s)) → " + path(QStringLiteral("broken.ndjson")).toUtf8() + " (35 event(s))\n")),
        result.describe().constData());
    QVERIFY2(
        text.contains("FAIL  Order Completed (track): 6 → 6 events (0.0%)\n"
                      "        error: property-removed: properties.revenue is gone (was on 100.0% of the events)\n"),
        result.describe().constData());
    QVERIFY2(text.contains("error: type-changed: properties.price changed type: number → string"),
        result.describe().constData());
    // 12 → 9 is −25%: beyond the default 20%.
    QVERIFY2(text.contains("error: volume-change: 12 → 9 events (-25.0%)"), result.describe().constData());
    QVERIFY2(text.contains("\nDrift: 3 error(s), 0 info (property-removed 1, type-changed 1, volume-change 1)\n"),
        result.describe().constData());
}

void TestDiffCommand::jsonReport()
{
    const CtlResult result = run({ path(QStringLiteral("a.ndjson")), path(QStringLiteral("broken.ndjson")),
        QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("journeyCaptureDiff")).toInt(), 1);
    QVERIFY(json.value(QStringLiteral("drift")).toBool());
    QCOMPARE(json.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("a.ndjson"));
    QCOMPARE(json.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("source")).toString(),
        path(QStringLiteral("a.ndjson")));
    QCOMPARE(json.value(QStringLiteral("candidate")).toObject().value(QStringLiteral("events")).toInt(), 35);
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("events")).toArray().size(), 3);
    QStringList kinds;
    for (const QJsonValue& finding : json.value(QStringLiteral("findings")).toArray())
        kinds.append(finding.toObject().value(QStringLiteral("kind")).toString());
    QCOMPARE(kinds,
        (QStringList {
            QStringLiteral("property-removed"), QStringLiteral("volume-change"), QStringLiteral("type-changed") }));
    // The summary goes to stderr when stdout is machine output.
    QVERIFY2(result.err.startsWith("Drift: 3 error(s)"), result.describe().constData());
}

void TestDiffCommand::junitReport()
{
    const CtlResult result = run({ path(QStringLiteral("a.ndjson")), path(QStringLiteral("broken.ndjson")),
        QStringLiteral("--format=junit"), QStringLiteral("--funnel"), QStringLiteral("Product Viewed>Product Added") });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QXmlStreamReader reader(result.out);
    QStringList cases;
    QStringList failed;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("testcase"))
            cases.append(reader.attributes().value(QStringLiteral("classname")).toString() + QLatin1Char('/')
                + reader.attributes().value(QStringLiteral("name")).toString());
        else if (reader.name() == QLatin1String("failure"))
            failed.append(
                cases.last() + QLatin1Char(':') + reader.attributes().value(QStringLiteral("type")).toString());
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(cases,
        (QStringList { QStringLiteral("track/Order Completed"), QStringLiteral("track/Product Added"),
            QStringLiteral("track/Product Viewed"), QStringLiteral("funnel/step 1: Product Viewed"),
            QStringLiteral("funnel/step 2: Product Added") }));
    QCOMPARE(failed,
        (QStringList { QStringLiteral("track/Order Completed:property-removed"),
            QStringLiteral("track/Product Added:volume-change"), QStringLiteral("track/Product Viewed:type-changed"),
            QStringLiteral("funnel/step 2: Product Added:conversion-drop") }));
}

void TestDiffCommand::outFileAndSummary()
{
    const QString out = path(QStringLiteral("report/diff.xml"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("report"))));
    const CtlResult result = run({ path(QStringLiteral("a.ndjson")), path(QStringLiteral("same.ndjson")),
        QStringLiteral("--format"), QStringLiteral("junit"), QStringLiteral("--out"), out });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("No drift beyond the thresholds"), result.describe().constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<testsuites name=\"journeyctl diff\" tests=\"3\" failures=\"0\">"));
}

void TestDiffCommand::captureFileInput()
{
    // A capture file: header and request lines around the events, gzip-compressed.
    QByteArray capture = q("{'journeyCapture':1,'name':'build 413','createdAt':'2026-03-02T10:00:00.000Z'}\n");
    capture += broken();
    QVERIFY(writeFile(path(QStringLiteral("b.capture.ndjson")), capture));
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), { QStringLiteral("-k"), path(QStringLiteral("b.capture.ndjson")) });
    QVERIFY(gzip.waitForFinished());
    QCOMPARE(gzip.exitCode(), 0);
    const CtlResult result = run({ path(QStringLiteral("a.ndjson")), path(QStringLiteral("b.capture.ndjson.gz")) });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY2(result.out.contains("→ build 413 ("), result.describe().constData());
    QVERIFY2(result.out.contains("b.capture.ndjson.gz, 35 event(s))"), result.describe().constData());
}

void TestDiffCommand::thresholdFlags()
{
    // The volume change is −25%: a 25% threshold lets it pass, and "25%" is read as 25.
    CtlResult result = run({ path(QStringLiteral("a.ndjson")), path(QStringLiteral("broken.ndjson")),
        QStringLiteral("--volume-threshold"), QStringLiteral("25%") });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY2(!result.out.contains("volume-change"), result.describe().constData());
    QVERIFY2(result.out.contains("Thresholds: volume ±25% (counts)"), result.describe().constData());
    result = run({ path(QStringLiteral("a.ndjson")), path(QStringLiteral("broken.ndjson")),
        QStringLiteral("--volume-threshold"), QStringLiteral("24.9") });
    QVERIFY2(result.out.contains("volume-change"), result.describe().constData());

    // --normalize compares shares: 12/38 → 9/35 is −18.6%.
    result = run(
        { path(QStringLiteral("a.ndjson")), path(QStringLiteral("broken.ndjson")), QStringLiteral("--normalize") });
    QVERIFY2(!result.out.contains("volume-change"), result.describe().constData());
    QVERIFY2(result.out.contains("Product Added (track): 12 → 9 events (-18.6%)"), result.describe().constData());
    QVERIFY2(result.out.contains("(share of all events)"), result.describe().constData());

    // A coverage threshold: Order Completed's revenue is required anyway, whatever the points.
    result = run({ path(QStringLiteral("a.ndjson")), path(QStringLiteral("broken.ndjson")),
        QStringLiteral("--coverage-threshold"), QStringLiteral("100") });
    QVERIFY2(result.out.contains("property-removed"), result.describe().constData());
}

void TestDiffCommand::thresholdsFile()
{
    const QString file = path(QStringLiteral("thresholds.json"));
    QVERIFY(
        writeFile(file, q("{'volumePercent':50,'failOn':['event-removed'],'ignoreProperties':['properties.price']}")));
    CtlResult result = run({ path(QStringLiteral("a.ndjson")), path(QStringLiteral("broken.ndjson")),
        QStringLiteral("--thresholds"), file });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.out.contains("info: property-removed: properties.revenue"), result.describe().constData());
    QVERIFY2(!result.out.contains("properties.price"), result.describe().constData());
    QVERIFY2(!result.out.contains("volume-change"), result.describe().constData());
    // A flag wins over the file.
    result = run({ path(QStringLiteral("a.ndjson")), path(QStringLiteral("broken.ndjson")),
        QStringLiteral("--thresholds"), file, QStringLiteral("--volume-threshold"), QStringLiteral("10"),
        QStringLiteral("--format"), QStringLiteral("json") });
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("options")).toObject().value(QStringLiteral("volumePercent")).toDouble(), 10.0);
    QCOMPARE(json.value(QStringLiteral("summary"))
                 .toObject()
                 .value(QStringLiteral("byKind"))
                 .toObject()
                 .value(QStringLiteral("volume-change"))
                 .toInt(),
        1);
    QCOMPARE(result.exitCode, 0); // volume changes do not fail with this file's failOn
}

void TestDiffCommand::funnelConversion()
{
    // 12 of 20 → 9 of 20 add to the cart: −15 points at step 2; 6 of 12 → 6 of 9 buy: +16.7 points at step 3.
    const QString funnel = QStringLiteral("Product Viewed>Product Added>Order Completed");
    CtlResult result = run({ path(QStringLiteral("a.ndjson")), path(QStringLiteral("broken.ndjson")),
        QStringLiteral("--funnel"), funnel, QStringLiteral("--window"), QStringLiteral("1h") });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY2(result.out.contains("Funnel Product Viewed>Product Added>Order Completed (ordered, 1h window):"),
        result.describe().constData());
    QVERIFY2(result.out.contains("FAIL  step 2: Product Added: 12 → 9 users, conversion from the previous step 60.0% → "
                                 "45.0% (-15.0 points)"),
        result.describe().constData());
    QVERIFY2(result.out.contains("info  step 3: Order Completed: 6 → 6 users"), result.describe().constData());
    QVERIFY2(result.out.contains("info: conversion-rise: step 3"), result.describe().constData());
    // Within a 15-point threshold, with every other finding allowed: clean.
    const QString file = path(QStringLiteral("only-funnel.json"));
    QVERIFY(writeFile(file, q("{'failOn':['conversion-drop']}")));
    result = run({ path(QStringLiteral("a.ndjson")), path(QStringLiteral("broken.ndjson")), QStringLiteral("--funnel"),
        funnel, QStringLiteral("--conversion-threshold"), QStringLiteral("15"), QStringLiteral("--thresholds"), file });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    result = run(
        { path(QStringLiteral("a.ndjson")), path(QStringLiteral("broken.ndjson")), QStringLiteral("--funnel"), funnel,
            QStringLiteral("--conversion-threshold"), QStringLiteral("14.9"), QStringLiteral("--thresholds"), file });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    // The window matters: with 30 seconds nobody converts in either capture.
    result = run({ path(QStringLiteral("a.ndjson")), path(QStringLiteral("broken.ndjson")), QStringLiteral("--funnel"),
        funnel, QStringLiteral("--window"), QStringLiteral("30s"), QStringLiteral("--thresholds"), file });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.out.contains("step 2: Product Added: 0 → 0 users"), result.describe().constData());
}

void TestDiffCommand::badInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString a = QStringLiteral("A");
    const QString b = QStringLiteral("B");
    QTest::newRow("one capture") << QStringList { a } << QStringLiteral("name two captures");
    QTest::newRow("three captures") << QStringList { a, b, a } << QStringLiteral("unexpected argument");
    QTest::newRow("format") << QStringList { a, b, QStringLiteral("--format"), QStringLiteral("xml") }
                            << QStringLiteral("--format: 'xml'");
    QTest::newRow("volume") << QStringList { a, b, QStringLiteral("--volume-threshold"), QStringLiteral("lots") }
                            << QStringLiteral("--volume-threshold: 'lots'");
    QTest::newRow("negative coverage") << QStringList { a, b, QStringLiteral("--coverage-threshold=-3") }
                                       << QStringLiteral("--coverage-threshold: '-3'");
    QTest::newRow("conversion") << QStringList { a, b, QStringLiteral("--conversion-threshold"),
        QStringLiteral("5pts") } << QStringLiteral("--conversion-threshold");
    QTest::newRow("funnel of one step") << QStringList { a, b, QStringLiteral("--funnel"), QStringLiteral("Only") }
                                        << QStringLiteral("--funnel:");
    QTest::newRow("window without funnel") << QStringList { a, b, QStringLiteral("--window"), QStringLiteral("1d") }
                                           << QStringLiteral("--window: there is no funnel");
    QTest::newRow("bad window") << QStringList { a, b, QStringLiteral("--funnel"), QStringLiteral("X>Y"),
        QStringLiteral("--window"), QStringLiteral("400d") }
                                << QStringLiteral("--window:");
    QTest::newRow("unknown flag") << QStringList { a, b, QStringLiteral("--bogus") } << QStringLiteral("bogus");
    QTest::newRow("missing baseline") << QStringList { QStringLiteral("missing.ndjson"), b }
                                      << QStringLiteral("missing.ndjson");
    QTest::newRow("bad line") << QStringList { a, QStringLiteral("bad.ndjson") } << QStringLiteral("bad.ndjson:2");
    QTest::newRow("thresholds missing") << QStringList { a, b, QStringLiteral("--thresholds"),
        QStringLiteral("none.json") } << QStringLiteral("--thresholds: ");
    QTest::newRow("thresholds broken") << QStringList { a, b, QStringLiteral("--thresholds"),
        QStringLiteral("broken.json") } << QStringLiteral("broken.json:2:");
    QTest::newRow("out unwritable") << QStringList { a, b, QStringLiteral("--out"),
        QStringLiteral("no/such/dir/x.txt") }
                                    << QStringLiteral("x.txt");
}

void TestDiffCommand::badInputExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QVERIFY(writeFile(path(QStringLiteral("bad.ndjson")), track("Ok", 1, 0) + "\n{not json}\n"));
    QVERIFY(writeFile(path(QStringLiteral("broken.json")), "{\n  \"volumePercent\": ,\n}"));
    for (QString& argument : arguments) {
        if (argument == QLatin1String("A"))
            argument = path(QStringLiteral("a.ndjson"));
        else if (argument == QLatin1String("B"))
            argument = path(QStringLiteral("broken.ndjson"));
        else if (argument.endsWith(QLatin1String(".ndjson")) || argument.endsWith(QLatin1String(".json"))
            || argument.endsWith(QLatin1String(".txt")))
            argument = path(argument);
    }
    const CtlResult result = run(arguments);
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(expected), result.describe().constData());
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestDiffCommand)
#include "tst_diffcommand.moc"

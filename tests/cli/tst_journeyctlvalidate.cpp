// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// `journeyctl validate` and `journeyctl infer` as a CI job runs them: the real binary, its exit codes (0 clean,
// 1 violations, 2 bad input), the text, JSON and JUnit reports, plans as files and folders, input from a file,
// standard input or the store.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

struct CtlResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray describe() const { return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(3000) + "\nstderr: " + err.left(2000); }
};

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

const char* planJson = "{'name':'Shop','version':'1.2.0','unplannedEvents':'warn','unplannedProperties':'warn',"
                       "'events':{'Order Completed':{'properties':{'type':'object','required':['order_id','revenue'],"
                       "'properties':{'order_id':{'type':'string'},'revenue':{'type':'number','minimum':0},"
                       "'currency':{'enum':['USD','EUR']}}}},"
                       "'Signed Up':{'properties':{'type':'object','properties':{'plan':{'type':'string'}}}}}}";

const QByteArrayList cleanLines {
    q("{'type':'track','event':'Order Completed','userId':'user-1','messageId':'m1','timestamp':'2026-11-29T08:00:00.000Z','properties':{'order_id':'o-1','revenue':10,'currency':'USD'}}"),
    q("{'type':'track','event':'Signed Up','userId':'user-2','messageId':'m2','timestamp':'2026-11-29T08:00:01.000Z','properties':{'plan':'pro'}}"),
    q("{'type':'track','event':'Order Completed','userId':'user-3','messageId':'m3','timestamp':'2026-11-29T08:00:02.000Z','properties':{'order_id':'o-2','revenue':0}}"),
};

const QByteArrayList dirtyLines {
    q("{'type':'track','event':'Order Completed','userId':'user-1','messageId':'d1','timestamp':'2026-11-29T08:00:00.000Z','properties':{'order_id':'o-1','revenue':'10'}}"),
    q("{'type':'track','event':'Order Completed','userId':'user-1','messageId':'d2','timestamp':'2026-11-29T08:00:00.000Z','properties':{'revenue':5,'currency':'GBP'}}"),
    q("{'type':'track','event':'Signed Up','userId':'user-2','messageId':'d3','timestamp':'2026-11-29T08:00:01.000Z','properties':{'plan':'pro','coupon':'X'}}"),
    q("{'type':'track','event':'Logged Out','userId':'user-2','messageId':'d4','timestamp':'2026-11-29T08:00:01.000Z'}"),
};

} // namespace

class TestJourneyctlValidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanInputExitsZero();
    void violationsExitOneWithText();
    void jsonReport();
    void junitReport();
    void folderPlanAndStandardInput();
    void warningsFailOnlyWhenStrict();
    void providerLints();
    void validatesTheStore();
    void badInputExitsTwo_data();
    void badInputExitsTwo();
    void inferThenValidateIsClean();

private:
    CtlResult run(const QStringList& arguments, const QByteArray& input = {});
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

CtlResult TestJourneyctlValidate::run(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(JOURNEYCTL_PATH));
    process.setArguments(QStringList { QStringLiteral("--store"), path(QStringLiteral("store.db")) } + arguments);
    process.start();
    CtlResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestJourneyctlValidate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeFile(path(QStringLiteral("plan.json")), q(planJson)));
    QVERIFY(writeFile(path(QStringLiteral("clean.ndjson")), cleanLines.join('\n') + '\n'));
    QVERIFY(writeFile(path(QStringLiteral("dirty.ndjson")), dirtyLines.join('\n') + "\n\n"));
}

void TestJourneyctlValidate::cleanInputExitsZero()
{
    const CtlResult result = run({ QStringLiteral("validate"), QStringLiteral("--plan"), path(QStringLiteral("plan.json")),
        path(QStringLiteral("clean.ndjson")) });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.out.contains("Shop 1.2.0: 3 event(s) checked"), result.describe().constData());
    QVERIFY2(result.out.contains("0 with errors, 0 with warnings only"), result.describe().constData());
}

void TestJourneyctlValidate::violationsExitOneWithText()
{
    const CtlResult result = run({ QStringLiteral("validate"), QStringLiteral("--plan"), path(QStringLiteral("plan.json")),
        path(QStringLiteral("dirty.ndjson")) });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    const QByteArray file = path(QStringLiteral("dirty.ndjson")).toUtf8();
    const auto line = [&](const char* rest) { return file + QByteArray(rest); };
    // Compiler-style lines: file:line: severity: event: pointer: kind (keyword): message
    for (const QByteArray& expected : QByteArrayList {
             line(":1: error: Order Completed: /properties/revenue: wrong-type (type): "),
             line(":2: error: Order Completed: /properties: missing-required (required): "),
             line(":2: error: Order Completed: /properties/currency: value-not-allowed (enum): "),
             line(":3: warning: Signed Up: /properties/coupon: unplanned-property (properties): "),
             line(":4: warning: Logged Out: /event: unplanned-event: ") }) {
        QVERIFY2(result.out.contains(expected), QByteArray("missing: " + expected + "\n" + result.describe()).constData());
    }
    QVERIFY2(result.out.contains("4 event(s) checked"), result.describe().constData());
    QVERIFY2(result.out.contains("2 with errors, 2 with warnings only (errors: 3, warnings: 2)"), result.describe().constData());
    QVERIFY2(result.out.contains("FAIL  Order Completed"), result.describe().constData());
}

void TestJourneyctlValidate::jsonReport()
{
    const CtlResult result = run({ QStringLiteral("validate"), QStringLiteral("--plan"), path(QStringLiteral("plan.json")),
        path(QStringLiteral("dirty.ndjson")), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, result.describe().constData());
    QCOMPARE(report.value(QLatin1String("plan")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Shop"));
    const QJsonObject summary = report.value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("events")).toInt(), 4);
    QCOMPARE(summary.value(QLatin1String("withErrors")).toInt(), 2);
    QCOMPARE(summary.value(QLatin1String("withWarnings")).toInt(), 2);
    QCOMPARE(summary.value(QLatin1String("errors")).toInt(), 3);
    const QJsonArray events = report.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 3);
    QJsonObject order;
    for (const QJsonValue& event : events) {
        if (event.toObject().value(QLatin1String("event")).toString() == QLatin1String("Order Completed"))
            order = event.toObject();
    }
    QCOMPARE(order.value(QLatin1String("events")).toInt(), 2);
    const QJsonArray failures = order.value(QLatin1String("failures")).toArray();
    QCOMPARE(failures.size(), 2);
    QCOMPARE(failures.at(0).toObject().value(QLatin1String("messageId")).toString(), QStringLiteral("d1"));
    const QJsonObject violation = failures.at(0).toObject().value(QLatin1String("violations")).toArray().at(0).toObject();
    QCOMPARE(violation.value(QLatin1String("kind")).toString(), QStringLiteral("wrong-type"));
    QCOMPARE(violation.value(QLatin1String("pointer")).toString(), QStringLiteral("/properties/revenue"));
    QCOMPARE(violation.value(QLatin1String("keyword")).toString(), QStringLiteral("type"));
    QCOMPARE(violation.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
}

void TestJourneyctlValidate::junitReport()
{
    const QString out = path(QStringLiteral("report.xml"));
    const CtlResult result = run({ QStringLiteral("validate"), QStringLiteral("--plan"), path(QStringLiteral("plan.json")),
        path(QStringLiteral("dirty.ndjson")), QStringLiteral("--format"), QStringLiteral("junit"), QStringLiteral("--out"), out });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QMap<QString, bool> failed; // testcase name → has a <failure>
    QString current;
    QString suiteTests;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("testsuite"))
            suiteTests = xml.attributes().value(QLatin1String("tests")).toString();
        if (xml.isStartElement() && xml.name() == QLatin1String("testcase")) {
            current = xml.attributes().value(QLatin1String("name")).toString();
            QCOMPARE(xml.attributes().value(QLatin1String("classname")).toString(), QStringLiteral("track"));
            failed.insert(current, false);
        }
        if (xml.isStartElement() && xml.name() == QLatin1String("failure")) {
            failed[current] = true;
            QVERIFY(xml.attributes().value(QLatin1String("message")).toString().contains(QLatin1String("2 of 2")));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // One testcase per event name; only Order Completed has errors.
    QCOMPARE(suiteTests, QStringLiteral("3"));
    QCOMPARE(failed.keys(), (QStringList { QStringLiteral("Logged Out"), QStringLiteral("Order Completed"), QStringLiteral("Signed Up") }));
    QCOMPARE(failed.value(QStringLiteral("Order Completed")), true);
    QCOMPARE(failed.value(QStringLiteral("Signed Up")), false);
    QCOMPARE(failed.value(QStringLiteral("Logged Out")), false);
}

void TestJourneyctlValidate::folderPlanAndStandardInput()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("schemas")));
    QVERIFY(writeFile(path(QStringLiteral("schemas/Order Completed.json")),
        q("{'type':'object','required':['order_id'],'properties':{'order_id':{'type':'string'}}}")));
    const CtlResult result = run({ QStringLiteral("validate"), QStringLiteral("--plan"), path(QStringLiteral("schemas")),
                                     QStringLiteral("-") },
        dirtyLines.at(1) + '\n' + cleanLines.at(0) + '\n');
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY2(result.out.contains("-:1: error: Order Completed: /properties: missing-required"), result.describe().constData());
    QVERIFY2(!result.out.contains("-:2: error"), result.describe().constData());
}

void TestJourneyctlValidate::warningsFailOnlyWhenStrict()
{
    QVERIFY(writeFile(path(QStringLiteral("warn.ndjson")), dirtyLines.at(2) + '\n'));
    const QStringList arguments { QStringLiteral("validate"), QStringLiteral("--plan"), path(QStringLiteral("plan.json")),
        path(QStringLiteral("warn.ndjson")) };
    CtlResult result = run(arguments);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.out.contains("warning: Signed Up: /properties/coupon"), result.describe().constData());
    result = run(arguments + QStringList { QStringLiteral("--strict") });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
}

void TestJourneyctlValidate::providerLints()
{
    // Clean against the plan, but PostHog drops events without an id and Amplitude removes short ids.
    QVERIFY(writeFile(path(QStringLiteral("lint.ndjson")),
        q("{'type':'track','event':'Signed Up','anonymousId':'a1','messageId':'l1','timestamp':'2026-11-29T08:00:00.000Z','properties':{'plan':'pro'}}\n"
          "{'type':'track','event':'Signed Up','messageId':'l2','timestamp':'2026-11-29T08:00:00.000Z','properties':{'plan':'pro'}}\n")));
    const QStringList arguments { QStringLiteral("validate"), QStringLiteral("--plan"), path(QStringLiteral("plan.json")),
        path(QStringLiteral("lint.ndjson")) };
    QVERIFY2(run(arguments).exitCode == 0, run(arguments).describe().constData());
    const CtlResult result = run(arguments + QStringList { QStringLiteral("--lint"), QStringLiteral("posthog,amplitude") });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY2(result.out.contains(":1: error: Signed Up: [amplitude] /anonymousId: provider-lint (device_id)"), result.describe().constData());
    QVERIFY2(result.out.contains(":2: error: Signed Up: [posthog] /: provider-lint (distinct_id)"), result.describe().constData());
    const CtlResult unknown = run(arguments + QStringList { QStringLiteral("--lint"), QStringLiteral("snowplow") });
    QVERIFY2(unknown.exitCode == 2 && unknown.err.contains("snowplow"), unknown.describe().constData());
}

void TestJourneyctlValidate::validatesTheStore()
{
    const CtlResult imported = run({ QStringLiteral("import"), path(QStringLiteral("dirty.ndjson")) });
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const CtlResult result = run({ QStringLiteral("validate"), QStringLiteral("--plan"), path(QStringLiteral("plan.json")) });
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY2(result.out.contains("4 event(s) checked (store "), result.describe().constData());
    QVERIFY2(result.out.contains("event 1: error: Order Completed: /properties/revenue: wrong-type"), result.describe().constData());
}

void TestJourneyctlValidate::badInputExitsTwo_data()
{
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("mustMention");
    QTest::newRow("plan not JSON") << QByteArray("{\"name\": \"Shop\",\n \"events\": }") << cleanLines.at(0) << QStringList {}
                                   << QStringList { QStringLiteral("plan.json"), QStringLiteral("line 2") };
    QTest::newRow("plan schema misplaced") << q("{'events':{'A':{'properties':'string'}}}") << cleanLines.at(0) << QStringList {}
                                           << QStringList { QStringLiteral("plan.json"), QStringLiteral("/events/A/properties") };
    QTest::newRow("plan schema does not compile")
        << q("{'events':{'A':{'properties':{'type':'object','properties':{'x':{'type':'colour'}}}}}}") << cleanLines.at(0)
        << QStringList {} << QStringList { QStringLiteral("plan.json"), QStringLiteral("/events/A/properties") };
    QTest::newRow("input line not JSON") << q(planJson) << (cleanLines.at(0) + "\n{\"type\": tr") << QStringList {}
                                         << QStringList { QStringLiteral("input.ndjson:2"), QStringLiteral("not valid JSON") };
    QTest::newRow("input line not an object") << q(planJson) << QByteArray("[1]") << QStringList {}
                                              << QStringList { QStringLiteral("input.ndjson:1"), QStringLiteral("object") };
    QTest::newRow("bad format") << q(planJson) << cleanLines.at(0)
                                << QStringList { QStringLiteral("--format"), QStringLiteral("xml") }
                                << QStringList { QStringLiteral("--format"), QStringLiteral("xml") };
}

void TestJourneyctlValidate::badInputExitsTwo()
{
    QFETCH(QByteArray, plan);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, mustMention);
    QVERIFY(writeFile(path(QStringLiteral("plan.json")), plan));
    QVERIFY(writeFile(path(QStringLiteral("input.ndjson")), input));
    const CtlResult result = run(QStringList { QStringLiteral("validate"), QStringLiteral("--plan"),
                                     path(QStringLiteral("plan.json")), path(QStringLiteral("input.ndjson")) }
        + extra);
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    for (const QString& part : mustMention)
        QVERIFY2(QString::fromUtf8(result.err).contains(part), QByteArray("'" + part.toUtf8() + "' not in stderr\n" + result.describe()).constData());
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
}

void TestJourneyctlValidate::inferThenValidateIsClean()
{
    // The fastest way to a plan: infer from captured traffic, then the same traffic validates clean and new
    // mistakes are caught.
    const QString inferred = path(QStringLiteral("inferred.json"));
    const CtlResult infer = run({ QStringLiteral("infer"), path(QStringLiteral("clean.ndjson")), QStringLiteral("--out"), inferred,
        QStringLiteral("--name"), QStringLiteral("From traffic") });
    QVERIFY2(infer.exitCode == 0, infer.describe().constData());
    QVERIFY2(infer.err.contains("inferred a plan from 3 events"), infer.describe().constData());
    QFile file(inferred);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(plan.value(QLatin1String("name")).toString(), QStringLiteral("From traffic"));
    QVERIFY(plan.value(QLatin1String("events")).toObject().contains(QLatin1String("Order Completed")));

    const CtlResult clean = run({ QStringLiteral("validate"), QStringLiteral("--plan"), inferred,
        path(QStringLiteral("clean.ndjson")), QStringLiteral("--strict") });
    QVERIFY2(clean.exitCode == 0, clean.describe().constData());
    const CtlResult dirty
        = run({ QStringLiteral("validate"), QStringLiteral("--plan"), inferred, path(QStringLiteral("dirty.ndjson")) });
    QVERIFY2(dirty.exitCode == 1, dirty.describe().constData());
    QVERIFY2(dirty.out.contains("/properties/revenue: wrong-type"), dirty.describe().constData());
}

QTEST_GUILESS_MAIN(TestJourneyctlValidate)
#include "tst_journeyctlvalidate.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Importing tracking plans: our own file, Segment Protocols exports (Config API and Public API shapes), a folder
// of *.json schemas named by event; and the errors for files that cannot be used, naming file, line and pointer.

#include "validation/planvalidator.h"
#include "validation/trackingplanloader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;

namespace {

QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

QJsonObject message(const char* text)
{
    return QJsonDocument::fromJson(q(text)).object();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QStringList kinds(const QList<PlanViolation>& violations)
{
    QStringList names;
    for (const PlanViolation& violation : violations)
        names << PlanViolation::kindName(violation.kind) + QLatin1Char(' ') + violation.pointer;
    names.sort();
    return names;
}

// A Segment Protocols plan as the Config API returns it: schemas over the whole message.
const char* configApiExport
    = "{'name':'workspaces/acme/tracking-plans/rs_1','display_name':'Acme Web',"
      "'rules':{'global':{'$schema':'http://json-schema.org/draft-07/schema#','type':'object',"
      "'properties':{'context':{'type':'object','required':['library']}},'required':['context']},"
      "'events':[{'name':'Order Completed','description':'Paid','version':1,'rules':{'$schema':'http://json-schema.org/draft-07/schema#',"
      "'type':'object','properties':{'properties':{'type':'object','required':['order_id'],"
      "'properties':{'order_id':{'type':'string'},'total':{'type':'number'}}}},'required':['properties']}},"
      "{'name':'Signed Up','rules':{'type':'object','properties':{'properties':{'type':'object',"
      "'properties':{'plan':{'enum':['free','pro']}}}}}}],"
      "'identify':{'type':'object','properties':{'traits':{'type':'object','required':['email']}}},"
      "'group':{'type':'object','properties':{'traits':{'type':'object','properties':{'seats':{'type':'integer'}}}}}}}";

// The same plan as the Public API lists its rules.
const char* publicApiExport
    = "{'data':{'rules':[{'type':'COMMON','version':1,'jsonSchema':{'type':'object','properties':{'context':{'type':'object',"
      "'required':['library']}},'required':['context']}},"
      "{'type':'TRACK','key':'Order Completed','version':1,'jsonSchema':{'type':'object','properties':{'properties':{"
      "'type':'object','required':['order_id'],'properties':{'order_id':{'type':'string'},'total':{'type':'number'}}}}}},"
      "{'type':'TRACK','key':'Signed Up','version':1,'jsonSchema':{'type':'object','properties':{'properties':{"
      "'type':'object','properties':{'plan':{'enum':['free','pro']}}}}}},"
      "{'type':'PAGE','key':'Pricing','version':1,'jsonSchema':{'type':'object','properties':{'properties':{'type':'object'}}}},"
      "{'type':'IDENTIFY','version':1,'jsonSchema':{'type':'object','properties':{'traits':{'type':'object','required':['email']}}}},"
      "{'type':'GROUP','version':1,'jsonSchema':{'type':'object','properties':{'traits':{'type':'object',"
      "'properties':{'seats':{'type':'integer'}}}}}}]}}";

} // namespace

class TestTrackingPlanLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ownFormat();
    void segmentExport_data();
    void segmentExport();
    void schemaFolder();
    void errors_data();
    void errors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTrackingPlanLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTrackingPlanLoader::ownFormat()
{
    const QString path = m_dir->filePath(QStringLiteral("plan.json"));
    QVERIFY(writeFile(path, q("{'name':'Shop','version':'2','events':{'A':{'properties':{'type':'object','required':['x']}}}}")));
    TrackingPlan plan;
    QString error;
    QVERIFY2(TrackingPlanLoader::load(path, plan, &error), qPrintable(error));
    QCOMPARE(plan.name, QStringLiteral("Shop"));
    QCOMPARE(plan.version, QStringLiteral("2"));
    QCOMPARE(plan.events.keys(), QStringList { QStringLiteral("A") });
}

void TestTrackingPlanLoader::segmentExport_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("config api") << q(configApiExport);
    QTest::newRow("public api") << q(publicApiExport);
}

void TestTrackingPlanLoader::segmentExport()
{
    QFETCH(QByteArray, json);
    const QString path = m_dir->filePath(QStringLiteral("protocols.json"));
    QVERIFY(writeFile(path, json));
    TrackingPlan plan;
    QString error;
    QVERIFY2(TrackingPlanLoader::load(path, plan, &error), qPrintable(error));
    QVERIFY(plan.events.contains(QStringLiteral("Order Completed")));
    QVERIFY(plan.events.contains(QStringLiteral("Signed Up")));
    QVERIFY(plan.identify && plan.group);
    QVERIFY(!plan.common.isEmpty());

    // What the imported plan finds is what Protocols would: the schema under properties.properties applies to the
    // properties, the global/COMMON schema to the whole message.
    PlanValidator validator;
    QVERIFY2(validator.load(plan, &error), qPrintable(error));
    QCOMPARE(kinds(validator.validate(message("{'type':'track','event':'Order Completed','userId':'u','context':{'library':{}},"
                                              "'properties':{'order_id':'o-1','total':3}}"))),
        QStringList {});
    QCOMPARE(kinds(validator.validate(message("{'type':'track','event':'Order Completed','userId':'u','context':{'library':{}},"
                                              "'properties':{'total':'3'}}"))),
        (QStringList { QStringLiteral("missing-required /properties"), QStringLiteral("wrong-type /properties/total") }));
    QCOMPARE(kinds(validator.validate(message("{'type':'track','event':'Signed Up','userId':'u','context':{},"
                                              "'properties':{'plan':'gold'}}"))),
        (QStringList { QStringLiteral("common-schema /context"), QStringLiteral("value-not-allowed /properties/plan") }));
    QCOMPARE(kinds(validator.validate(message("{'type':'identify','userId':'u','context':{'library':{}},'traits':{}}"))),
        QStringList { QStringLiteral("missing-required /traits") });
    QCOMPARE(kinds(validator.validate(message("{'type':'group','userId':'u','groupId':'g','context':{'library':{}},"
                                              "'traits':{'seats':2.5}}"))),
        QStringList { QStringLiteral("wrong-type /traits/seats") });
}

void TestTrackingPlanLoader::schemaFolder()
{
    QDir dir(m_dir->path());
    QVERIFY(dir.mkdir(QStringLiteral("checkout-plan")));
    const QString folder = dir.filePath(QStringLiteral("checkout-plan"));
    QVERIFY(writeFile(folder + QStringLiteral("/Order Completed.json"),
        q("{'description':'Paid','type':'object','required':['order_id'],'properties':{'order_id':{'type':'string'}}}")));
    QVERIFY(writeFile(folder + QStringLiteral("/Cart Viewed.json"), q("{'type':'object'}")));
    QVERIFY(writeFile(folder + QStringLiteral("/README.md"), "not a schema"));

    TrackingPlan plan;
    QString error;
    QVERIFY2(TrackingPlanLoader::load(folder, plan, &error), qPrintable(error));
    QCOMPARE(plan.name, QStringLiteral("checkout-plan"));
    QCOMPARE(plan.events.keys(), (QStringList { QStringLiteral("Cart Viewed"), QStringLiteral("Order Completed") }));
    QCOMPARE(plan.events.value(QStringLiteral("Order Completed")).description, QStringLiteral("Paid"));

    PlanValidator validator;
    QVERIFY2(validator.load(plan, &error), qPrintable(error));
    QCOMPARE(kinds(validator.validate(message("{'type':'track','event':'Order Completed','userId':'u','properties':{}}"))),
        QStringList { QStringLiteral("missing-required /properties") });
    QCOMPARE(kinds(validator.validate(message("{'type':'track','event':'Cart Viewed','userId':'u'}"))), QStringList {});
    QCOMPARE(kinds(validator.validate(message("{'type':'track','event':'Other','userId':'u'}"))),
        QStringList { QStringLiteral("unplanned-event /event") });
}

void TestTrackingPlanLoader::errors_data()
{
    QTest::addColumn<QString>("file"); // relative to the temporary folder; a name ending in / is a folder
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("mustMention");

    QTest::newRow("missing") << QStringLiteral("nothing.json") << QByteArray()
                             << QStringList { QStringLiteral("nothing.json"), QStringLiteral("no such file") };
    QTest::newRow("bad json with line and column")
        << QStringLiteral("plan.json") << QByteArray("{\n  \"name\": \"Shop\",\n  \"events\": {,}\n}")
        << QStringList { QStringLiteral("plan.json"), QStringLiteral("line 3, column") };
    QTest::newRow("not an object") << QStringLiteral("plan.json") << QByteArray("[1,2]")
                                   << QStringList { QStringLiteral("plan.json"), QStringLiteral("object") };
    QTest::newRow("own format, misplaced schema")
        << QStringLiteral("plan.json") << q("{'events':{'A':{'properties':[1]}}}")
        << QStringList { QStringLiteral("plan.json"), QStringLiteral("/events/A/properties") };
    QTest::newRow("segment export, unknown rule type")
        << QStringLiteral("plan.json") << q("{'rules':[{'type':'ALIAS','key':'x','jsonSchema':{}}]}")
        << QStringList { QStringLiteral("plan.json"), QStringLiteral("/rules/0/type"), QStringLiteral("ALIAS") };
    QTest::newRow("segment export, schema that does not compile")
        << QStringLiteral("plan.json")
        << q("{'rules':[{'type':'TRACK','key':'A','jsonSchema':{'properties':{'properties':{'type':'nonsense'}}}}]}")
        << QStringList { QStringLiteral("plan.json"), QStringLiteral("\"A\""), QStringLiteral("does not compile") };
    QTest::newRow("folder, bad schema file")
        << QStringLiteral("schemas/") << q("{'type':'object','properties':{'x':{'minimum':'ten'}}}")
        << QStringList { QStringLiteral("Broken.json"), QStringLiteral("does not compile") };
    QTest::newRow("folder, bad json")
        << QStringLiteral("schemas/") << QByteArray("{\"type\": \"object\",,}")
        << QStringList { QStringLiteral("Broken.json"), QStringLiteral("line 1, column") };
    QTest::newRow("empty folder") << QStringLiteral("empty/") << QByteArray()
                                  << QStringList { QStringLiteral("empty"), QStringLiteral("no *.json") };
}

void TestTrackingPlanLoader::errors()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mustMention);
    QString path = m_dir->filePath(file);
    if (file.endsWith(QLatin1Char('/'))) {
        QVERIFY(QDir(m_dir->path()).mkdir(file.chopped(1)));
        if (!content.isEmpty())
            QVERIFY(writeFile(path + QStringLiteral("Broken.json"), content));
        path.chop(1);
    } else if (!content.isEmpty()) {
        QVERIFY(writeFile(path, content));
    }
    TrackingPlan plan;
    plan.name = QStringLiteral("untouched");
    QString error;
    QVERIFY(!TrackingPlanLoader::load(path, plan, &error));
    for (const QString& part : mustMention)
        QVERIFY2(error.contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, error)));
    QCOMPARE(plan.name, QStringLiteral("untouched"));
}

QTEST_GUILESS_MAIN(TestTrackingPlanLoader)
#include "tst_trackingplanloader.moc"

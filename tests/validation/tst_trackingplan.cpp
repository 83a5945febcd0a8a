// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The tracking plan file: what it holds, and a clear error naming the JSON pointer of each mistake.

#include "validation/trackingplan.h"

#include <QJsonArray>
#include <QTest>

using namespace Journey;

namespace {

QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

} // namespace

class TestTrackingPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryPart();
    void defaults();
    void errorsNameTheKey_data();
    void errorsNameTheKey();
};

void TestTrackingPlan::readsEveryPart()
{
    TrackingPlan plan;
    QString error;
    QVERIFY2(TrackingPlan::parse(q("{'name':'Shop','version':'1.2.0','unplannedEvents':'block','unplannedProperties':'allow',"
                                   "'common':{'required':['userId']},"
                                   "'events':{'Order Completed':{'description':'Checkout done','labels':{'team':'checkout'},"
                                   "'properties':{'type':'object','required':['order_id']}}},"
                                   "'pages':{'Pricing':{}},'screens':{'Dashboard':{'properties':{'type':'object'}}},"
                                   "'identify':{'traits':{'required':['email']}},'group':{'traits':{}}}"),
                 QStringLiteral("plan.json"), plan, &error),
        qPrintable(error));
    QCOMPARE(plan.name, QStringLiteral("Shop"));
    QCOMPARE(plan.version, QStringLiteral("1.2.0"));
    QCOMPARE(plan.unplannedEvents, TrackingPlan::Policy::Block);
    QCOMPARE(plan.unplannedProperties, TrackingPlan::Policy::Allow);
    QCOMPARE(plan.common.value(QLatin1String("required")).toArray().first().toString(), QStringLiteral("userId"));
    QCOMPARE(plan.events.size(), 1);
    const TrackingPlan::Rule order = plan.events.value(QStringLiteral("Order Completed"));
    QCOMPARE(order.description, QStringLiteral("Checkout done"));
    QCOMPARE(order.labels.value(QLatin1String("team")).toString(), QStringLiteral("checkout"));
    QCOMPARE(order.schema.value(QLatin1String("required")).toArray().first().toString(), QStringLiteral("order_id"));
    QVERIFY(plan.pages.contains(QStringLiteral("Pricing")));
    QVERIFY(plan.pages.value(QStringLiteral("Pricing")).schema.isEmpty());
    QVERIFY(plan.screens.contains(QStringLiteral("Dashboard")));
    QVERIFY(plan.identify);
    QCOMPARE(plan.identify->schema.value(QLatin1String("required")).toArray().first().toString(), QStringLiteral("email"));
    QVERIFY(plan.group);
}

void TestTrackingPlan::defaults()
{
    TrackingPlan plan;
    QString error;
    QVERIFY2(TrackingPlan::parse("{}", QStringLiteral("empty.json"), plan, &error), qPrintable(error));
    QCOMPARE(plan.unplannedEvents, TrackingPlan::Policy::Warn);
    QCOMPARE(plan.unplannedProperties, TrackingPlan::Policy::Warn);
    QVERIFY(plan.events.isEmpty());
    QVERIFY(!plan.identify);
    QCOMPARE(TrackingPlan::policyName(TrackingPlan::Policy::Block), QStringLiteral("block"));
}

void TestTrackingPlan::errorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not JSON") << QByteArray("{\"events\":") << QStringLiteral("plan.json: not valid JSON:");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("plan.json: expected a JSON object");
    QTest::newRow("unknown key") << q("{'evnts':{}}") << QStringLiteral("plan.json: /evnts: unknown key");
    QTest::newRow("policy") << q("{'unplannedEvents':'deny'}")
                            << QStringLiteral("plan.json: /unplannedEvents: expected \"allow\", \"warn\" or \"block\"");
    QTest::newRow("events not an object") << q("{'events':[]}") << QStringLiteral("plan.json: /events: expected an object");
    QTest::newRow("event rule not an object") << q("{'events':{'A':true}}")
                                              << QStringLiteral("plan.json: /events/A: expected an object");
    QTest::newRow("schema not an object") << q("{'events':{'Order/Paid':{'properties':[]}}}")
                                          << QStringLiteral("plan.json: /events/Order~1Paid/properties: expected a JSON Schema object");
    QTest::newRow("traits on an event") << q("{'events':{'A':{'traits':{}}}}")
                                        << QStringLiteral("plan.json: /events/A/traits: unknown key");
    QTest::newRow("properties on identify") << q("{'identify':{'properties':{}}}")
                                            << QStringLiteral("plan.json: /identify/properties: unknown key");
    QTest::newRow("description") << q("{'pages':{'Home':{'description':3}}}")
                                 << QStringLiteral("plan.json: /pages/Home/description: expected a string");
    QTest::newRow("name") << q("{'name':1}") << QStringLiteral("plan.json: /name: expected a string");
    QTest::newRow("common") << q("{'common':'x'}") << QStringLiteral("plan.json: /common: expected a JSON Schema object");
    QTest::newRow("empty event name") << q("{'events':{'':{}}}") << QStringLiteral("plan.json: /events: a name is empty");
}

void TestTrackingPlan::errorsNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    TrackingPlan plan;
    plan.name = QStringLiteral("untouched");
    QString error;
    QVERIFY(!TrackingPlan::parse(json, QStringLiteral("plan.json"), plan, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QCOMPARE(plan.name, QStringLiteral("untouched")); // nothing half-read
}

QTEST_GUILESS_MAIN(TestTrackingPlan)
#include "tst_trackingplan.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Events checked against a tracking plan: each kind of violation, with the pointer into the message, the
// schema keyword and the severity the plan's policies give it.

#include "validation/planvalidator.h"

#include <QJsonDocument>
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

const char* shopPlan = "{'name':'Shop','unplannedEvents':'warn','unplannedProperties':'warn',"
                       "'common':{'type':'object','anyOf':[{'required':['userId']},{'required':['anonymousId']}]},"
                       "'events':{'Order Completed':{'properties':{'type':'object','required':['order_id','revenue'],"
                       "'properties':{'order_id':{'type':'string','pattern':'^o-[0-9]+$'},"
                       "'revenue':{'type':'number','minimum':0},"
                       "'currency':{'enum':['USD','EUR']},"
                       "'products':{'type':'array','items':{'type':'object','required':['sku'],"
                       "'properties':{'sku':{'type':'string'},'price':{'type':'number'}}}}}}},"
                       "'Signed Up':{'properties':{'type':'object','additionalProperties':false,"
                       "'properties':{'plan':{'type':'string'}}}}},"
                       "'pages':{'Pricing':{}},"
                       "'identify':{'traits':{'type':'object','required':['email'],'properties':{'email':{'type':'string'}}}}}";

struct Expected
{
    PlanViolation::Kind kind;
    PlanViolation::Severity severity;
    const char* pointer;
    const char* keyword;
};

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)

class TestPlanValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void violations_data();
    void violations();
    void blockPoliciesMakeErrors();
    void allowPoliciesSayNothing();
    void aSchemaThatDoesNotCompileIsNamed();

private:
    PlanValidator m_validator;
};

void TestPlanValidator::initTestCase()
{
    TrackingPlan plan;
    QString error;
    QVERIFY2(TrackingPlan::parse(q(shopPlan), QStringLiteral("shop.json"), plan, &error), qPrintable(error));
    QVERIFY2(m_validator.load(plan, &error), qPrintable(error));
}

void TestPlanValidator::violations_data()
{
    using K = PlanViolation::Kind;
    using S = PlanViolation::Severity;
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QList<Expected>>("expected");

    QTest::newRow("valid") << q("{'type':'track','userId':'u','event':'Order Completed','properties':{'order_id':'o-1','revenue':9.5,'currency':'EUR','products':[{'sku':'a','price':1}]}}")
                           << QList<Expected> {};
    QTest::newRow("unplanned event") << q("{'type':'track','userId':'u','event':'Order Complete'}")
                                     << QList<Expected> { { K::UnplannedEvent, S::Warning, "/event", "" } };
    QTest::newRow("unplanned page") << q("{'type':'page','userId':'u','name':'Blog'}")
                                    << QList<Expected> { { K::UnplannedEvent, S::Warning, "/name", "" } };
    QTest::newRow("planned page without schema") << q("{'type':'page','userId':'u','name':'Pricing','properties':{'x':1}}")
                                                 << QList<Expected> {};
    QTest::newRow("missing required") << q("{'type':'track','userId':'u','event':'Order Completed','properties':{'order_id':'o-1'}}")
                                      << QList<Expected> { { K::MissingRequired, S::Error, "/properties", "required" } };
    // One violation per missing property.
    QTest::newRow("no properties at all") << q("{'type':'track','userId':'u','event':'Order Completed'}")
                                          << QList<Expected> { { K::MissingRequired, S::Error, "/properties", "required" },
                                                 { K::MissingRequired, S::Error, "/properties", "required" } };
    QTest::newRow("wrong type") << q("{'type':'track','userId':'u','event':'Order Completed','properties':{'order_id':'o-1','revenue':'9.5'}}")
                                << QList<Expected> { { K::WrongType, S::Error, "/properties/revenue", "type" } };
    QTest::newRow("enum") << q("{'type':'track','userId':'u','event':'Order Completed','properties':{'order_id':'o-1','revenue':1,'currency':'GBP'}}")
                          << QList<Expected> { { K::ValueNotAllowed, S::Error, "/properties/currency", "enum" } };
    QTest::newRow("pattern") << q("{'type':'track','userId':'u','event':'Order Completed','properties':{'order_id':'x-1','revenue':1}}")
                             << QList<Expected> { { K::ValueNotAllowed, S::Error, "/properties/order_id", "pattern" } };
    QTest::newRow("minimum") << q("{'type':'track','userId':'u','event':'Order Completed','properties':{'order_id':'o-1','revenue':-1}}")
                             << QList<Expected> { { K::ValueNotAllowed, S::Error, "/properties/revenue", "minimum" } };
    QTest::newRow("nested array item") << q("{'type':'track','userId':'u','event':'Order Completed','properties':{'order_id':'o-1','revenue':1,'products':[{'sku':'a'},{'price':2}]}}")
                                       << QList<Expected> { { K::MissingRequired, S::Error, "/properties/products/1", "required" } };
    QTest::newRow("unplanned property (open schema)") << q("{'type':'track','userId':'u','event':'Order Completed','properties':{'order_id':'o-1','revenue':1,'coupon':'X'}}")
                                                      << QList<Expected> { { K::UnplannedProperty, S::Warning, "/properties/coupon", "properties" } };
    QTest::newRow("unplanned property (closed schema)") << q("{'type':'track','userId':'u','event':'Signed Up','properties':{'plan':'pro','ref':'x'}}")
                                                        << QList<Expected> { { K::UnplannedProperty, S::Error, "/properties", "additionalProperties" } };
    QTest::newRow("identify traits") << q("{'type':'identify','userId':'u','traits':{'email':3}}")
                                     << QList<Expected> { { K::WrongType, S::Error, "/traits/email", "type" } };
    QTest::newRow("common schema") << q("{'type':'track','event':'Signed Up','properties':{'plan':'pro'}}")
                                   << QList<Expected> { { K::CommonSchema, S::Error, "", "anyOf" } };
    QTest::newRow("alias is not planned") << q("{'type':'alias','userId':'u','previousId':'p'}") << QList<Expected> {};
}

void TestPlanValidator::violations()
{
    QFETCH(QByteArray, event);
    QFETCH(QList<Expected>, expected);
    const QList<PlanViolation> found = m_validator.validate(QJsonDocument::fromJson(event).object());
    QStringList described;
    for (const PlanViolation& violation : found)
        described << PlanViolation::kindName(violation.kind) + QLatin1Char(' ') + violation.pointer + QLatin1Char(' ')
                + violation.keyword + QStringLiteral(": ") + violation.message;
    QVERIFY2(found.size() == expected.size(), qPrintable(described.join(QLatin1String(" | "))));
    for (int i = 0; i < found.size(); ++i) {
        QCOMPARE(found[i].kind, expected[i].kind);
        QCOMPARE(found[i].severity, expected[i].severity);
        QCOMPARE(found[i].pointer, QString::fromUtf8(expected[i].pointer));
        QCOMPARE(found[i].keyword, QString::fromUtf8(expected[i].keyword));
        QVERIFY(!found[i].message.isEmpty());
    }
}

void TestPlanValidator::blockPoliciesMakeErrors()
{
    TrackingPlan plan;
    QString error;
    QVERIFY(TrackingPlan::parse(q("{'unplannedEvents':'block','unplannedProperties':'block',"
                                  "'events':{'A':{'properties':{'type':'object','properties':{'x':{}}}}}}"),
        QStringLiteral("p.json"), plan, &error));
    PlanValidator validator;
    QVERIFY2(validator.load(plan, &error), qPrintable(error));
    const auto unplanned = validator.validate(message("{'type':'track','userId':'u','event':'B'}"));
    QCOMPARE(unplanned.size(), 1);
    QCOMPARE(unplanned.first().severity, PlanViolation::Severity::Error);
    const auto extra = validator.validate(message("{'type':'track','userId':'u','event':'A','properties':{'x':1,'y':2}}"));
    QCOMPARE(extra.size(), 1);
    QCOMPARE(extra.first().kind, PlanViolation::Kind::UnplannedProperty);
    QCOMPARE(extra.first().severity, PlanViolation::Severity::Error);
    QCOMPARE(extra.first().pointer, QStringLiteral("/properties/y"));
}

void TestPlanValidator::allowPoliciesSayNothing()
{
    TrackingPlan plan;
    QString error;
    QVERIFY(TrackingPlan::parse(q("{'unplannedEvents':'allow','unplannedProperties':'allow',"
                                  "'events':{'A':{'properties':{'type':'object','properties':{'x':{}}}}}}"),
        QStringLiteral("p.json"), plan, &error));
    PlanValidator validator;
    QVERIFY(validator.load(plan, &error));
    QVERIFY(validator.validate(message("{'type':'track','userId':'u','event':'B'}")).isEmpty());
    QVERIFY(validator.validate(message("{'type':'track','userId':'u','event':'A','properties':{'y':2}}")).isEmpty());
}

void TestPlanValidator::aSchemaThatDoesNotCompileIsNamed()
{
    TrackingPlan plan;
    QString error;
    QVERIFY(TrackingPlan::parse(q("{'events':{'Order Completed':{'properties':{'type':'stringy'}}}}"), QStringLiteral("p.json"),
        plan, &error));
    PlanValidator validator;
    QVERIFY(!validator.load(plan, &error));
    QVERIFY2(error.startsWith(QLatin1String("/events/Order Completed/properties: the schema does not compile")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPlanValidator)
#include "tst_planvalidator.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// A tracking plan inferred from captured traffic: the types, required members, enums, nesting and arrays it
// writes, and the round trips (the traffic passes its own plan; the plan survives its file format).

#include "validation/planinferrer.h"
#include "validation/planvalidator.h"

#include <QJsonArray>
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

QJsonObject object(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(q(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return document.object();
}

QJsonObject track(const QString& event, const QJsonObject& properties)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("track") },
        { QStringLiteral("userId"), QStringLiteral("u") }, { QStringLiteral("event"), event },
        { QStringLiteral("properties"), properties } };
}

QJsonObject track(const char* properties)
{
    return track(QStringLiteral("E"), object(properties));
}

/// The schema inferred for the properties of the track event "E".
QJsonObject schemaOfE(const PlanInferrer& inferrer, const PlanInferrer::Options& options = {})
{
    return inferrer.plan(options).events.value(QStringLiteral("E")).schema;
}

QJsonObject propertyOfE(const PlanInferrer& inferrer, const QString& name, const PlanInferrer::Options& options = {})
{
    return schemaOfE(inferrer, options).value(QLatin1String("properties")).toObject().value(name).toObject();
}

QString describe(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool sameRule(const TrackingPlan::Rule& a, const TrackingPlan::Rule& b)
{
    return a.description == b.description && a.labels == b.labels && a.schema == b.schema;
}

bool sameRules(const QMap<QString, TrackingPlan::Rule>& a, const QMap<QString, TrackingPlan::Rule>& b)
{
    if (a.keys() != b.keys())
        return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!sameRule(it.value(), b.value(it.key())))
            return false;
    }
    return true;
}

bool sameOptionalRule(const std::optional<TrackingPlan::Rule>& a, const std::optional<TrackingPlan::Rule>& b)
{
    return a.has_value() == b.has_value() && (!a || sameRule(*a, *b));
}

bool samePlan(const TrackingPlan& a, const TrackingPlan& b)
{
    return a.name == b.name && a.version == b.version && a.unplannedEvents == b.unplannedEvents
        && a.unplannedProperties == b.unplannedProperties && a.common == b.common && sameRules(a.events, b.events)
        && sameRules(a.pages, b.pages) && sameRules(a.screens, b.screens) && sameOptionalRule(a.identify, b.identify)
        && sameOptionalRule(a.group, b.group);
}

/// toJson(), written out as text and parsed back.
TrackingPlan reparsed(const TrackingPlan& plan)
{
    TrackingPlan back;
    QString error;
    if (!TrackingPlan::parse(QJsonDocument(plan.toJson()).toJson(), QStringLiteral("plan.json"), back, &error))
        qWarning("%s", qPrintable(error));
    return back;
}

QString describe(const QList<PlanViolation>& violations)
{
    QStringList described;
    for (const PlanViolation& violation : violations)
        described << PlanViolation::kindName(violation.kind) + QLatin1Char(' ') + violation.pointer + QLatin1Char(' ')
                + violation.keyword + QStringLiteral(": ") + violation.message;
    return described.join(QLatin1String(" | "));
}

/// Varied traffic: every edge case the inferrer must get right for the traffic to pass its own plan.
QList<QJsonObject> traffic()
{
    QList<QJsonObject> messages;
    const QStringList currencies { QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP") };
    for (int i = 0; i < 60; ++i) {
        QJsonObject properties {
            { QStringLiteral("order_id"), QStringLiteral("o-%1").arg(i) }, // 60 distinct: no enum
            { QStringLiteral("revenue"), i % 3 ? QJsonValue(i) : QJsonValue(i + 0.5) }, // number
            { QStringLiteral("quantity"), i }, // integer
            { QStringLiteral("timestamp"), 1700000000000.0 + i }, // whole, but beyond valijson's integers
            { QStringLiteral("currency"), currencies[i % 3] }, // enum
            { QStringLiteral("coupon"), i % 4 ? QJsonValue(QStringLiteral("SPRING")) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("code"), i % 2 ? QJsonValue(i) : QJsonValue(QStringLiteral("c%1").arg(i)) },
            { QStringLiteral("paid"), i % 5 == 0 },
            { QStringLiteral("a/b"), QStringLiteral("slash") },
            { QStringLiteral("c~d"), i },
            { QStringLiteral("tags"), i % 2 ? QJsonArray { QStringLiteral("x"), QStringLiteral("y") } : QJsonArray {} },
            { QStringLiteral("products"),
                QJsonArray { QJsonObject { { QStringLiteral("sku"), QStringLiteral("s%1").arg(i) },
                                 { QStringLiteral("price"), 2.5 } },
                    QJsonObject { { QStringLiteral("sku"), QStringLiteral("t") } } } },
            { QStringLiteral("shipping"),
                QJsonObject { { QStringLiteral("address"),
                    QJsonObject { { QStringLiteral("geo"),
                        QJsonObject {
                            { QStringLiteral("point"), QJsonObject { { QStringLiteral("lat"), i * 0.1 } } } } } } } } },
        };
        if (i % 10 == 0)
            properties.insert(QStringLiteral("gift"), true); // optional
        if (i % 7 == 0)
            properties.remove(QStringLiteral("coupon"));
        messages << track(QStringLiteral("Order Completed"), properties);
    }
    for (int i = 0; i < 5; ++i) {
        // Sometimes without properties at all: nothing may be required.
        QJsonObject opened = object("{'type':'track','anonymousId':'a','event':'App Opened'}");
        if (i % 2)
            opened.insert(QStringLiteral("properties"), object("{'source':'push'}"));
        messages << opened;
    }
    messages
        << object("{'type':'page','userId':'u','name':'Pricing','properties':{'path':'/pricing','referrer':null}}")
        << object("{'type':'page','userId':'u','name':'Pricing','properties':{'path':'/pricing','referrer':'x'}}")
        << object("{'type':'screen','userId':'u','name':'Dashboard'}")
        << object("{'type':'screen','userId':'u','name':'Dashboard','properties':{'tab':'home'}}")
        << object("{'type':'identify','userId':'u','traits':{'email':'a@b.c','age':30,'address':{'city':'Oslo'}}}")
        << object("{'type':'identify','userId':'v','traits':{'email':'d@e.f','address':{'city':'Rome','zip':'00100'}}}")
        << object("{'type':'group','userId':'u','groupId':'g','traits':{'name':'ACME','employees':12.5}}")
        << object("{'type':'alias','userId':'u','previousId':'p'}");
    return messages;
}

} // namespace

class TestPlanInferrer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void types();
    void integerOrNumber_data();
    void integerOrNumber();
    void requiredOnlyWhenAlwaysPresent();
    void enumThresholds_data();
    void enumThresholds();
    void enumWithNullAndMixedTypes();
    void nestedObjectsAndDepth();
    void arrays();
    void pagesScreensIdentifyGroup();
    void planOptionsAndDescriptions();
    void countAndClear();
    void trafficPassesItsOwnPlan();
    void brokenEventsAreCaught();
    void toJsonWritesTheFileFormat();
    void toJsonRoundTrip();
};

void TestPlanInferrer::types()
{
    PlanInferrer inferrer;
    inferrer.add(track("{'s':'x','b':true,'i':1,'n':1.5,'o':{},'a':[],'z':null,'sn':'x'}"));
    inferrer.add(track("{'s':'y','b':false,'i':2,'n':2.5,'o':{},'a':[],'z':null,'sn':null}"));
    const QJsonObject expected
        = object("{'type':'object','required':['a','b','i','n','o','s','sn','z'],'properties':{"
                 "'s':{'type':'string'},'b':{'type':'boolean'},'i':{'type':'integer'},'n':{'type':'number'},"
                 "'o':{'type':'object','properties':{}},'a':{'type':'array'},'z':{'type':'null'},'sn':{'type':['string'"
                 ",'null']}}}");
    QCOMPARE(describe(schemaOfE(inferrer)), describe(expected));

    // Several types: alphabetical, null last.
    PlanInferrer mixed;
    mixed.add(track("{'m':'x'}"));
    mixed.add(track("{'m':null}"));
    mixed.add(track("{'m':[1]}"));
    mixed.add(track("{'m':3}"));
    mixed.add(track("{'m':{'k':1}}"));
    mixed.add(track("{'m':false}"));
    QCOMPARE(propertyOfE(mixed, QStringLiteral("m")).value(QLatin1String("type")).toArray(),
        QJsonArray::fromStringList({ QStringLiteral("array"), QStringLiteral("boolean"), QStringLiteral("integer"),
            QStringLiteral("object"), QStringLiteral("string"), QStringLiteral("null") }));
}

void TestPlanInferrer::integerOrNumber_data()
{
    QTest::addColumn<QByteArray>("values"); // a JSON array of the values seen
    QTest::addColumn<QString>("type");

    QTest::newRow("whole numbers") << q("[1,2,-3,0]") << QStringLiteral("integer");
    QTest::newRow("written with a fraction part") << q("[1.0,2]") << QStringLiteral("integer");
    QTest::newRow("int range") << q("[2147483647,-2147483648]") << QStringLiteral("integer");
    QTest::newRow("one fraction makes number") << q("[1,2,3,4.25]") << QStringLiteral("number");
    // valijson's Qt adapter only takes whole numbers within int range as integers (QJsonValue::toInt()).
    QTest::newRow("millisecond timestamp") << q("[1700000000000]") << QStringLiteral("number");
    QTest::newRow("just above int") << q("[2147483648]") << QStringLiteral("number");
}

void TestPlanInferrer::integerOrNumber()
{
    QFETCH(QByteArray, values);
    QFETCH(QString, type);
    PlanInferrer inferrer;
    const QJsonArray seen = QJsonDocument::fromJson(values).array();
    for (const QJsonValue& value : seen)
        inferrer.add(track(QStringLiteral("E"), QJsonObject { { QStringLiteral("v"), value } }));
    QCOMPARE(propertyOfE(inferrer, QStringLiteral("v")).value(QLatin1String("type")).toString(), type);

    PlanValidator validator;
    QString error;
    QVERIFY2(validator.load(inferrer.plan(), &error), qPrintable(error));
    for (const QJsonValue& value : seen) {
        const auto violations
            = validator.validate(track(QStringLiteral("E"), QJsonObject { { QStringLiteral("v"), value } }));
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
    }
}

void TestPlanInferrer::requiredOnlyWhenAlwaysPresent()
{
    PlanInferrer inferrer;
    for (int i = 0; i < 100; ++i) {
        QJsonObject properties { { QStringLiteral("always"), i },
            { QStringLiteral("sometimesNull"), QJsonValue::Null } };
        if (i != 42)
            properties.insert(QStringLiteral("almost"), i); // 99 %
        inferrer.add(track(QStringLiteral("E"), properties));
    }
    const QJsonObject schema = schemaOfE(inferrer);
    QCOMPARE(schema.value(QLatin1String("required")).toArray(),
        QJsonArray::fromStringList({ QStringLiteral("always"), QStringLiteral("sometimesNull") }));
    QVERIFY(schema.value(QLatin1String("properties")).toObject().contains(QLatin1String("almost")));

    // One call without a properties key at all is checked as {}: nothing can be required.
    inferrer.add(object("{'type':'track','userId':'u','event':'E'}"));
    QVERIFY2(!schemaOfE(inferrer).contains(QLatin1String("required")), qPrintable(describe(schemaOfE(inferrer))));
    QCOMPARE(schemaOfE(inferrer).value(QLatin1String("properties")).toObject().size(), 3);

    // Identify without traits, likewise.
    PlanInferrer identify;
    identify.add(object("{'type':'identify','userId':'u','traits':{'email':'x'}}"));
    QCOMPARE(identify.plan().identify->schema.value(QLatin1String("required")).toArray(),
        QJsonArray { QStringLiteral("email") });
    identify.add(object("{'type':'identify','userId':'u'}"));
    QVERIFY(!identify.plan().identify->schema.contains(QLatin1String("required")));
}

void TestPlanInferrer::enumThresholds_data()
{
    QTest::addColumn<int>("occurrences");
    QTest::addColumn<int>("distinct");
    QTest::addColumn<int>("maxEnumValues");
    QTest::addColumn<int>("minOccurrences");
    QTest::addColumn<bool>("hasEnum");

    QTest::newRow("too few occurrences") << 19 << 3 << 10 << 20 << false;
    QTest::newRow("just enough occurrences") << 20 << 3 << 10 << 20 << true;
    QTest::newRow("at the cardinality limit") << 40 << 10 << 10 << 20 << true;
    QTest::newRow("above the cardinality limit") << 40 << 11 << 10 << 20 << false;
    QTest::newRow("lower occurrence threshold") << 5 << 2 << 10 << 5 << true;
    QTest::newRow("higher cardinality limit") << 60 << 30 << 30 << 20 << true;
    QTest::newRow("enums off") << 40 << 2 << 0 << 20 << false;
    QTest::newRow("beyond the values kept") << 400 << PlanInferrer::maxTrackedValues + 1 << 1000 << 1 << false;
}

void TestPlanInferrer::enumThresholds()
{
    QFETCH(int, occurrences);
    QFETCH(int, distinct);
    QFETCH(int, maxEnumValues);
    QFETCH(int, minOccurrences);
    QFETCH(bool, hasEnum);
    PlanInferrer inferrer;
    QStringList values;
    for (int i = 0; i < occurrences; ++i) {
        const QString value = QStringLiteral("v%1").arg(i % distinct, 3, 10, QLatin1Char('0'));
        if (!values.contains(value))
            values << value;
        inferrer.add(track(QStringLiteral("E"), QJsonObject { { QStringLiteral("v"), value } }));
    }
    PlanInferrer::Options options;
    options.maxEnumValues = maxEnumValues;
    options.minOccurrencesForEnum = minOccurrences;
    const QJsonObject schema = propertyOfE(inferrer, QStringLiteral("v"), options);
    QCOMPARE(schema.value(QLatin1String("type")).toString(), QStringLiteral("string"));
    QCOMPARE(schema.contains(QLatin1String("enum")), hasEnum);
    if (hasEnum) {
        values.sort();
        QCOMPARE(
            schema.value(QLatin1String("enum")).toArray(), QJsonArray::fromStringList(values)); // exactly those seen
    }
}

void TestPlanInferrer::enumWithNullAndMixedTypes()
{
    PlanInferrer inferrer;
    for (int i = 0; i < 30; ++i) {
        inferrer.add(track(QStringLiteral("E"),
            QJsonObject {
                { QStringLiteral("withNull"),
                    i % 5 ? QJsonValue(i % 2 ? QStringLiteral("b") : QStringLiteral("a"))
                          : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("withNumber"), i % 5 ? QJsonValue(QStringLiteral("a")) : QJsonValue(1) },
                { QStringLiteral("long"),
                    i % 2 ? QString(PlanInferrer::maxEnumValueLength + 1, QLatin1Char('x')) : QStringLiteral("short") },
                { QStringLiteral("odd names"), i % 2 ? QStringLiteral("A b") : QStringLiteral("\"quoted\" / ~") },
            }));
    }
    const QJsonObject withNull = propertyOfE(inferrer, QStringLiteral("withNull"));
    QCOMPARE(withNull.value(QLatin1String("type")).toArray(),
        QJsonArray::fromStringList({ QStringLiteral("string"), QStringLiteral("null") }));
    QCOMPARE(withNull.value(QLatin1String("enum")).toArray(),
        (QJsonArray { QStringLiteral("a"), QStringLiteral("b"), QJsonValue::Null }));
    // An enum would reject the numbers; a string too long to be a category makes none.
    QVERIFY(!propertyOfE(inferrer, QStringLiteral("withNumber")).contains(QLatin1String("enum")));
    QVERIFY(!propertyOfE(inferrer, QStringLiteral("long")).contains(QLatin1String("enum")));
    QCOMPARE(propertyOfE(inferrer, QStringLiteral("odd names")).value(QLatin1String("enum")).toArray(),
        QJsonArray::fromStringList({ QStringLiteral("\"quoted\" / ~"), QStringLiteral("A b") }));
}

void TestPlanInferrer::nestedObjectsAndDepth()
{
    PlanInferrer inferrer;
    inferrer.add(track("{'l1':{'l2':{'l3':{'l4':{'l5':1}},'x':'a'},'y':1}}"));
    inferrer.add(track("{'l1':{'l2':{'l3':{'l4':{'l5':2}}}}}"));

    const QJsonObject l1 = propertyOfE(inferrer, QStringLiteral("l1"));
    QCOMPARE(l1.value(QLatin1String("required")).toArray(), QJsonArray { QStringLiteral("l2") });
    const QJsonObject l2 = l1.value(QLatin1String("properties")).toObject().value(QLatin1String("l2")).toObject();
    QCOMPARE(l2.value(QLatin1String("required")).toArray(), QJsonArray { QStringLiteral("l3") });
    QCOMPARE(l2.value(QLatin1String("properties")).toObject().value(QLatin1String("x")).toObject(),
        object("{'type':'string'}"));
    const QJsonObject l3 = l2.value(QLatin1String("properties")).toObject().value(QLatin1String("l3")).toObject();
    // Depth 3 is still described, its object member (depth 4) only by its type.
    QCOMPARE(
        describe(l3), describe(object("{'type':'object','required':['l4'],'properties':{'l4':{'type':'object'}}}")));

    PlanInferrer::Options shallow;
    shallow.maxDepth = 1;
    QCOMPARE(describe(propertyOfE(inferrer, QStringLiteral("l1"), shallow)),
        describe(object(
            "{'type':'object','required':['l2'],'properties':{'l2':{'type':'object'},'y':{'type':'integer'}}}")));
    shallow.maxDepth = 0; // the properties themselves are always described
    QCOMPARE(describe(schemaOfE(inferrer, shallow)),
        describe(object("{'type':'object','required':['l1'],'properties':{'l1':{'type':'object'}}}")));
    shallow.maxDepth = 1000; // capped to what is kept
    QVERIFY(!propertyOfE(inferrer, QStringLiteral("l1"), shallow).isEmpty());

    // Deeper than maxDepth passes whatever it holds.
    PlanValidator validator;
    QString error;
    QVERIFY2(validator.load(inferrer.plan(), &error), qPrintable(error));
    QVERIFY(validator.validate(track("{'l1':{'l2':{'l3':{'l4':{'l5':'text','new':[]}}}}}")).isEmpty());
    const auto wrong = validator.validate(track("{'l1':{'l2':{'l3':{'l4':'flat'}}}}"));
    QCOMPARE(wrong.size(), 1);
    QCOMPARE(wrong.first().kind, PlanViolation::Kind::WrongType);
    QCOMPARE(wrong.first().pointer, QStringLiteral("/properties/l1/l2/l3/l4"));
}

void TestPlanInferrer::arrays()
{
    PlanInferrer inferrer;
    inferrer.add(track("{'tags':['a','b'],'empty':[],'mixed':[1,'x',null],'products':[{'sku':'a','price':1},{'sku':'b'}"
                       "],'grid':[[1,2],[]]}"));
    inferrer.add(track("{'tags':[],'empty':[],'mixed':[2.5],'products':[],'grid':[[3]]}"));
    QCOMPARE(describe(propertyOfE(inferrer, QStringLiteral("tags"))),
        describe(object("{'type':'array','items':{'type':'string'}}")));
    QCOMPARE(describe(propertyOfE(inferrer, QStringLiteral("empty"))), describe(object("{'type':'array'}")));
    QCOMPARE(describe(propertyOfE(inferrer, QStringLiteral("mixed"))),
        describe(object("{'type':'array','items':{'type':['number','string','null']}}")));
    QCOMPARE(describe(propertyOfE(inferrer, QStringLiteral("products"))),
        describe(object("{'type':'array','items':{'type':'object','required':['sku'],"
                        "'properties':{'sku':{'type':'string'},'price':{'type':'integer'}}}}")));
    QCOMPARE(describe(propertyOfE(inferrer, QStringLiteral("grid"))),
        describe(object("{'type':'array','items':{'type':'array','items':{'type':'integer'}}}")));
    PlanInferrer::Options shallow;
    shallow.maxDepth = 1;
    QCOMPARE(describe(propertyOfE(inferrer, QStringLiteral("grid"), shallow)),
        describe(object("{'type':'array','items':{'type':'array'}}")));

    // Array elements count towards an enum like any other string.
    PlanInferrer many;
    for (int i = 0; i < 10; ++i)
        many.add(track("{'tags':['red','green']}"));
    QCOMPARE(propertyOfE(many, QStringLiteral("tags"))
                 .value(QLatin1String("items"))
                 .toObject()
                 .value(QLatin1String("enum"))
                 .toArray(),
        QJsonArray::fromStringList({ QStringLiteral("green"), QStringLiteral("red") }));
}

void TestPlanInferrer::pagesScreensIdentifyGroup()
{
    PlanInferrer inferrer;
    inferrer.add(object("{'type':'page','name':'Pricing','properties':{'path':'/pricing'}}"));
    inferrer.add(object("{'type':'screen','name':'Dashboard'}"));
    inferrer.add(object("{'type':'identify','userId':'u','traits':{'email':'a@b.c'}}"));
    inferrer.add(object("{'type':'group','groupId':'g','traits':{'size':3}}"));
    inferrer.add(object("{'type':'track','event':'Pricing','properties':{'other':true}}")); // not the page
    const TrackingPlan plan = inferrer.plan();
    QCOMPARE(plan.pages.keys(), QStringList { QStringLiteral("Pricing") });
    QCOMPARE(describe(plan.pages.value(QStringLiteral("Pricing")).schema),
        describe(object("{'type':'object','required':['path'],'properties':{'path':{'type':'string'}}}")));
    QCOMPARE(plan.screens.keys(), QStringList { QStringLiteral("Dashboard") });
    QCOMPARE(describe(plan.screens.value(QStringLiteral("Dashboard")).schema),
        describe(object("{'type':'object','properties':{}}")));
    QVERIFY(plan.identify);
    QCOMPARE(describe(plan.identify->schema),
        describe(object("{'type':'object','required':['email'],'properties':{'email':{'type':'string'}}}")));
    QVERIFY(plan.group);
    QCOMPARE(describe(plan.group->schema),
        describe(object("{'type':'object','required':['size'],'properties':{'size':{'type':'integer'}}}")));
    QCOMPARE(plan.events.keys(), QStringList { QStringLiteral("Pricing") });

    PlanInferrer tracksOnly;
    tracksOnly.add(track("{}"));
    QVERIFY(!tracksOnly.plan().identify);
    QVERIFY(!tracksOnly.plan().group);
    QVERIFY(tracksOnly.plan().pages.isEmpty());
}

void TestPlanInferrer::planOptionsAndDescriptions()
{
    PlanInferrer inferrer;
    for (int i = 0; i < 42; ++i)
        inferrer.add(track("{'x':1}"));
    inferrer.add(object("{'type':'page','name':'Home'}"));
    TrackingPlan plan = inferrer.plan();
    QCOMPARE(plan.name, QStringLiteral("Inferred plan"));
    QCOMPARE(plan.version, QStringLiteral("1"));
    QCOMPARE(plan.unplannedEvents, TrackingPlan::Policy::Warn);
    QCOMPARE(plan.unplannedProperties, TrackingPlan::Policy::Warn);
    QVERIFY(plan.common.isEmpty());
    QCOMPARE(plan.events.value(QStringLiteral("E")).description, QStringLiteral("Inferred from 42 events"));
    QCOMPARE(plan.pages.value(QStringLiteral("Home")).description, QStringLiteral("Inferred from 1 event"));
    QVERIFY(plan.events.value(QStringLiteral("E")).labels.isEmpty());

    PlanInferrer::Options options;
    options.name = QStringLiteral("Shop");
    options.version = QStringLiteral("2.0");
    options.unplannedEvents = TrackingPlan::Policy::Block;
    options.unplannedProperties = TrackingPlan::Policy::Allow;
    plan = inferrer.plan(options);
    QCOMPARE(plan.name, QStringLiteral("Shop"));
    QCOMPARE(plan.version, QStringLiteral("2.0"));
    QCOMPARE(plan.unplannedEvents, TrackingPlan::Policy::Block);
    QCOMPARE(plan.unplannedProperties, TrackingPlan::Policy::Allow);
}

void TestPlanInferrer::countAndClear()
{
    PlanInferrer inferrer;
    QCOMPARE(inferrer.eventCount(), 0);
    inferrer.add(track("{'x':1}"));
    inferrer.add(object("{'type':'identify','userId':'u'}"));
    // Nothing a plan file can name: skipped and not counted.
    inferrer.add(object("{'type':'alias','userId':'u','previousId':'p'}"));
    inferrer.add(object("{'type':'track','userId':'u','properties':{'x':1}}"));
    inferrer.add(object("{'type':'page','userId':'u','name':''}"));
    inferrer.add(object("{'type':'screen','userId':'u','name':3}"));
    inferrer.add(object("{'event':'No type'}"));
    QCOMPARE(inferrer.eventCount(), 2);
    TrackingPlan plan = inferrer.plan();
    QCOMPARE(plan.events.keys(), QStringList { QStringLiteral("E") });
    QVERIFY(plan.pages.isEmpty() && plan.screens.isEmpty() && plan.identify && !plan.group);

    inferrer.clear();
    QCOMPARE(inferrer.eventCount(), 0);
    plan = inferrer.plan();
    QVERIFY(plan.events.isEmpty() && !plan.identify);
    inferrer.add(track("{'y':'z'}"));
    QCOMPARE(describe(schemaOfE(inferrer)),
        describe(object("{'type':'object','required':['y'],'properties':{'y':{'type':'string'}}}")));
}

void TestPlanInferrer::trafficPassesItsOwnPlan()
{
    const QList<QJsonObject> messages = traffic();
    PlanInferrer inferrer;
    for (const QJsonObject& message : messages)
        inferrer.add(message);
    QCOMPARE(inferrer.eventCount(), messages.size() - 1); // all but the alias

    // Checked with the plan as inferred and as read back from its file.
    for (const TrackingPlan& plan : { inferrer.plan(), reparsed(inferrer.plan()) }) {
        PlanValidator validator;
        QString error;
        QVERIFY2(validator.load(plan, &error), qPrintable(error));
        for (const QJsonObject& message : messages) {
            const auto violations = validator.validate(message);
            QVERIFY2(violations.isEmpty(), qPrintable(describe(message) + QStringLiteral(": ") + describe(violations)));
        }
    }

    const TrackingPlan plan = inferrer.plan();
    const QJsonObject order = plan.events.value(QStringLiteral("Order Completed")).schema;
    const QJsonObject properties = order.value(QLatin1String("properties")).toObject();
    QCOMPARE(properties.value(QLatin1String("revenue")).toObject().value(QLatin1String("type")).toString(),
        QStringLiteral("number"));
    QCOMPARE(properties.value(QLatin1String("timestamp")).toObject().value(QLatin1String("type")).toString(),
        QStringLiteral("number"));
    QCOMPARE(properties.value(QLatin1String("quantity")).toObject().value(QLatin1String("type")).toString(),
        QStringLiteral("integer"));
    QCOMPARE(properties.value(QLatin1String("currency")).toObject().value(QLatin1String("enum")).toArray(),
        QJsonArray::fromStringList({ QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("USD") }));
    QVERIFY(!properties.value(QLatin1String("order_id")).toObject().contains(QLatin1String("enum")));
    QCOMPARE(properties.value(QLatin1String("code")).toObject().value(QLatin1String("type")).toArray(),
        QJsonArray::fromStringList({ QStringLiteral("integer"), QStringLiteral("string") }));
    const QJsonArray required = order.value(QLatin1String("required")).toArray();
    QVERIFY(required.contains(QStringLiteral("a/b")) && required.contains(QStringLiteral("c~d")));
    QVERIFY(!required.contains(QStringLiteral("coupon")) && !required.contains(QStringLiteral("gift")));
    QCOMPARE(
        plan.events.value(QStringLiteral("Order Completed")).description, QStringLiteral("Inferred from 60 events"));
    QVERIFY(!plan.events.value(QStringLiteral("App Opened")).schema.contains(QLatin1String("required")));
}

void TestPlanInferrer::brokenEventsAreCaught()
{
    PlanInferrer inferrer;
    for (const QJsonObject& message : traffic())
        inferrer.add(message);
    PlanValidator validator;
    QString error;
    QVERIFY2(validator.load(reparsed(inferrer.plan()), &error), qPrintable(error));
    const QJsonObject good = traffic().first();
    const auto broken = [&](const QString& name, const QJsonValue& value) {
        QJsonObject properties = good.value(QLatin1String("properties")).toObject();
        if (value.isUndefined())
            properties.remove(name);
        else
            properties.insert(name, value);
        return track(QStringLiteral("Order Completed"), properties);
    };
    using K = PlanViolation::Kind;
    using S = PlanViolation::Severity;
    struct Case
    {
        QJsonObject message;
        K kind;
        S severity;
        QString pointer;
    };
    const QList<Case> cases {
        { broken(QStringLiteral("order_id"), QJsonValue(QJsonValue::Undefined)), K::MissingRequired, S::Error,
            QStringLiteral("/properties") },
        { broken(QStringLiteral("a/b"), QJsonValue(QJsonValue::Undefined)), K::MissingRequired, S::Error,
            QStringLiteral("/properties") },
        { broken(QStringLiteral("revenue"), QStringLiteral("9.5")), K::WrongType, S::Error,
            QStringLiteral("/properties/revenue") },
        { broken(QStringLiteral("quantity"), 1.5), K::WrongType, S::Error, QStringLiteral("/properties/quantity") },
        { broken(QStringLiteral("c~d"), QStringLiteral("x")), K::WrongType, S::Error,
            QStringLiteral("/properties/c~0d") },
        { broken(QStringLiteral("currency"), QStringLiteral("JPY")), K::ValueNotAllowed, S::Error,
            QStringLiteral("/properties/currency") },
        { broken(QStringLiteral("products"), QJsonArray { QJsonObject { { QStringLiteral("price"), 1 } } }),
            K::MissingRequired, S::Error, QStringLiteral("/properties/products/0") },
        { broken(QStringLiteral("coupon!"), 1), K::UnplannedProperty, S::Warning,
            QStringLiteral("/properties/coupon!") },
        { track(QStringLiteral("Order Refunded"), {}), K::UnplannedEvent, S::Warning, QStringLiteral("/event") },
    };
    for (const Case& expected : cases) {
        const auto violations = validator.validate(expected.message);
        const QString what = describe(expected.message.value(QLatin1String("properties")).toObject())
            + QStringLiteral(": ") + describe(violations);
        QVERIFY2(violations.size() == 1, qPrintable(what));
        QVERIFY2(violations.first().kind == expected.kind, qPrintable(what));
        QCOMPARE(violations.first().severity, expected.severity);
        QCOMPARE(violations.first().pointer, expected.pointer);
    }
}

void TestPlanInferrer::toJsonWritesTheFileFormat()
{
    // Name, version and policies always; nothing else when there is nothing else.
    QCOMPARE(describe(TrackingPlan().toJson()),
        describe(object("{'name':'','version':'','unplannedEvents':'warn','unplannedProperties':'warn'}")));

    TrackingPlan plan;
    plan.name = QStringLiteral("Shop");
    plan.version = QStringLiteral("1.2.0");
    plan.unplannedEvents = TrackingPlan::Policy::Block;
    plan.unplannedProperties = TrackingPlan::Policy::Allow;
    plan.common = object("{'type':'object','anyOf':[{'required':['userId']},{'required':['anonymousId']}]}");
    plan.events.insert(QStringLiteral("Order Completed"),
        { QStringLiteral("The order is paid"), object("{'team':'checkout'}"),
            object("{'type':'object','required':['order_id']}") });
    plan.pages.insert(QStringLiteral("Pricing"), {});
    plan.screens.insert(QStringLiteral("Dash/board~"), { {}, {}, object("{'type':'object'}") });
    plan.identify = TrackingPlan::Rule {};
    QCOMPARE(describe(plan.toJson()),
        describe(object("{'name':'Shop','version':'1.2.0','unplannedEvents':'block','unplannedProperties':'allow',"
                        "'common':{'type':'object','anyOf':[{'required':['userId']},{'required':['anonymousId']}]},"
                        "'events':{'Order Completed':{'description':'The order is paid','labels':{'team':'checkout'},"
                        "'properties':{'type':'object','required':['order_id']}}},"
                        "'pages':{'Pricing':{}},'screens':{'Dash/board~':{'properties':{'type':'object'}}},"
                        "'identify':{}}")));
    plan.group = TrackingPlan::Rule { QStringLiteral("Companies"), {}, object("{'type':'object'}") };
    QCOMPARE(describe(plan.toJson().value(QLatin1String("group")).toObject()),
        describe(object("{'description':'Companies','traits':{'type':'object'}}")));
}

void TestPlanInferrer::toJsonRoundTrip()
{
    TrackingPlan plan;
    QString error;
    QVERIFY2(TrackingPlan::parse(
                 q("{'name':'Shop','version':'1.2.0','unplannedEvents':'allow','unplannedProperties':'block',"
                   "'common':{'type':'object','required':['userId']},"
                   "'events':{'Order Completed':{'description':'Paid','labels':{'team':'checkout','tier':1},"
                   "'properties':{'type':'object','properties':{'currency':{'enum':['USD','EUR']}}}},"
                   "'a/b~c':{}},"
                   "'pages':{'Pricing':{'description':'Prices'}},"
                   "'screens':{'Dashboard':{'properties':{'type':'object'}}},"
                   "'identify':{'traits':{'type':'object','required':['email']}},"
                   "'group':{'labels':{'x':'y'}}}"),
                 QStringLiteral("shop.json"), plan, &error),
        qPrintable(error));
    QVERIFY(samePlan(reparsed(plan), plan));
    QCOMPARE(describe(reparsed(plan).toJson()), describe(plan.toJson()));
    QVERIFY(samePlan(reparsed(TrackingPlan()), TrackingPlan()));

    PlanInferrer inferrer;
    for (const QJsonObject& message : traffic())
        inferrer.add(message);
    const TrackingPlan inferred = inferrer.plan();
    QVERIFY(samePlan(reparsed(inferred), inferred));
}

QTEST_GUILESS_MAIN(TestPlanInferrer)
#include "tst_planinferrer.moc"

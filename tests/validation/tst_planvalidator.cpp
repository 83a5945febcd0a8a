// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Events checked against a tracking plan: each kind of violation, with the pointer into the message, the
// schema keyword and the severity the plan's policies give it. Messages given as JSON text (parsed with
// RapidJSON) must give exactly the violations of the same message parsed by QJsonDocument.

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

// Every kind of JSON value and number spelling, for comparing the text path with the Qt path.
const char* typesPlan = "{'name':'Types','unplannedEvents':'block','unplannedProperties':'warn',"
                        "'common':{'type':'object','required':['userId'],'properties':{'userId':{'type':'string','minLength':2}}},"
                        "'events':{'Typed':{'properties':{'type':'object','properties':{"
                        "'count':{'type':'integer','minimum':0},"
                        "'big':{'type':'integer','maximum':1e15},"
                        "'ratio':{'type':'number','multipleOf':0.5},"
                        "'even':{'type':'integer','multipleOf':2},"
                        "'level':{'enum':[1,2.5,'x',null,[1,2],{'a':1}]},"
                        "'fixed':{'const':{'k':[1,'\u00e9']}},"
                        "'tags':{'type':'array','uniqueItems':true,'items':{'type':'string','maxLength':3}},"
                        "'matrix':{'type':'array','items':{'type':'array','items':{'type':'integer'}}},"
                        "'name':{'type':'string','minLength':2,'maxLength':4,'pattern':'^[^0-9]+$'},"
                        "'any':{'anyOf':[{'type':'integer'},{'type':'string'}]},"
                        "'one':{'oneOf':[{'type':'number'},{'type':'integer'}]},"
                        "'ext':{'type':'object','patternProperties':{'^x-':{'type':'integer'}},'additionalProperties':{'type':'string'}},"
                        "'closed':{'type':'object','properties':{'a':{}},'additionalProperties':false},"
                        "'caf\u00e9':{'type':'boolean'},'a/b~c':{'type':'string'},'':{'type':'null'}}}}}}";

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
    void textGivesTheSameViolations_data();
    void textGivesTheSameViolations();

private:
    PlanValidator m_validator;
    PlanValidator m_types; ///< typesPlan
};

void TestPlanValidator::initTestCase()
{
    TrackingPlan plan;
    QString error;
    QVERIFY2(TrackingPlan::parse(q(shopPlan), QStringLiteral("shop.json"), plan, &error), qPrintable(error));
    QVERIFY2(m_validator.load(plan, &error), qPrintable(error));
    TrackingPlan types;
    QVERIFY2(TrackingPlan::parse(q(typesPlan), QStringLiteral("types.json"), types, &error), qPrintable(error));
    QVERIFY2(m_types.load(types, &error), qPrintable(error));
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

void TestPlanValidator::textGivesTheSameViolations_data()
{
    violations_data(); // every message above, and these:
    const auto add = [](const char* tag, QByteArray json) { QTest::newRow(tag) << json << QList<Expected> {}; };
    const auto typed = [&](const char* tag, const char* properties) {
        add(tag, q("{'type':'track','userId':'u1','event':'Typed','properties':") + q(properties) + '}');
    };
    // Integers: whole and within 64 bits, whatever the spelling.
    typed("integer spelled 1.0", "{'count':1.0,'even':4.0}");
    typed("integer spelled 1e3", "{'count':1e3,'even':2E+1}");
    typed("negative zero", "{'count':-0,'even':-0.0,'ratio':-0}");
    typed("negative integer", "{'count':-1}");
    typed("2^31", "{'count':2147483648,'big':2147483648}");
    typed("2^40", "{'count':1099511627776,'big':1099511627776,'even':1099511627777}");
    typed("2^40 spelled with a fraction", "{'big':1099511627776.0,'count':1.099511627776e12}");
    typed("2^53 + 1", "{'big':9007199254740993}");
    typed("int64 max", "{'big':9223372036854775807,'count':-9223372036854775808}");
    typed("2^63 is no integer", "{'big':9223372036854775808}");
    typed("uint64 max", "{'big':18446744073709551615,'count':18446744073709551616}");
    typed("1e20", "{'count':1e20,'ratio':1e20}");
    typed("a fraction is no integer", "{'count':1.5,'even':3,'ratio':0.25}");
    typed("tiny and precise numbers", "{'ratio':5e-324,'count':2.2250738585072011e-308,'big':0.1}");
    typed("multipleOf with a fraction", "{'ratio':2.5,'even':2.5}");
    typed("enum of numbers", "{'level':1.0}");
    typed("enum misses", "{'level':2}");
    typed("enum array and object", "{'level':[1,2]}");
    typed("enum object", "{'level':{'a':1.0}}");
    typed("enum null", "{'level':null}");
    typed("const nested", "{'fixed':{'k':[1,'\u00e9']}}");
    typed("const differs", "{'fixed':{'k':[1,'e']}}");
    // Strings: escapes, unicode, lengths in code points, patterns.
    typed("unicode name", "{'name':'\u00e9t\u00e9'}");
    typed("astral characters count once", "{'name':'\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00'}");
    add("raw UTF-8", QByteArray("{\"type\":\"track\",\"userId\":\"\xc3\xa9\",\"event\":\"Typed\",\"properties\":{\"name\":\"\xf0\x9f\x98\x80x\"}}"));
    typed("name with a digit", "{'name':'ab1'}");
    typed("escaped quotes and controls", "{'name':'\\\\\\'\\n\\t','tags':['\\u0000','a\\/b']}");
    typed("escaped keys", "{'\\u0063ount':-1,'caf\\u00e9':1,'a/b~c':2,'':0}");
    typed("unicode key planned", "{'caf\u00e9':true}");
    // Arrays.
    typed("nested arrays", "{'matrix':[[1,2],[3,'4'],[],[[5]]]}");
    typed("unique items", "{'tags':['a','b','a','long one']}");
    typed("items of the wrong type", "{'tags':[1,true,null,{},[]]}");
    // anyOf/oneOf fold their branches into one message.
    typed("anyOf misses", "{'any':1.5,'one':2}");
    typed("oneOf matches one", "{'one':2.5}");
    // Member order decides the order of several violations: Qt sorts keys, the text path must too.
    typed("several unplanned, unsorted", "{'zeta':1,'alpha':2,'\u00e9t\u00e9':3,'Zed':4,'beta':5}");
    typed("closed object, several extras", "{'closed':{'z':1,'a':1,'b':2,'\u00e9':3}}");
    typed("pattern and additional properties", "{'ext':{'y':1,'x-b':'s','x-a':2,'w':'ok'}}");
    typed("repeated key: the last one wins", "{'count':'no','count':3,'name':1,'name':'ok'}");
    typed("repeated planned and unplanned", "{'zz':1,'count':-1,'zz':2}");
    add("repeated type", q("{'type':'page','userId':'u1','event':'Typed','type':'track'}"));
    // Members of every type at the top, in the common schema and in places nothing checks.
    add("common schema types", q("{'type':'track','userId':5,'event':'Typed','properties':{}}"));
    add("short user id", q("{'type':'track','userId':'\u00e9','event':'Typed'}"));
    add("properties not an object", q("{'type':'track','userId':'u1','event':'Typed','properties':[1,2]}"));
    add("properties null", q("{'type':'track','userId':'u1','event':'Typed','properties':null}"));
    add("event not a string", q("{'type':'track','userId':'u1','event':7}"));
    add("unplanned unicode event", q("{'type':'track','userId':'u1','event':'Caf\u00e9 \\ud83d\\ude00'}"));
    add("deep context", q("{'type':'track','userId':'u1','event':'Typed','context':{'a':[{'b':[[{'c':null}]]}]},'properties':{'count':true}}"));
    // Text QJsonDocument reads more leniently than RapidJSON: Qt's parser decides.
    add("byte order mark", "\xef\xbb\xbf" + q("{'type':'track','userId':'u1','event':'Typed','properties':{'count':-1}}"));
    add("number spelled 1.", q("{'type':'track','userId':'u1','event':'Typed','properties':{'count':1.}}"));
    add("raw tab in a string", q("{'type':'track','userId':'u\t1','event':'Typed','properties':{'name':'a\tb'}}"));
    add("lone high surrogate", q("{'type':'track','userId':'u1','event':'Typed','properties':{'name':'\\ud800x'}}"));
    add("lone low surrogate", q("{'type':'track','userId':'u1','event':'Typed','properties':{'name':'\\udc00x'}}"));
    add("escaped backslash before u", q("{'type':'track','userId':'u1','event':'Typed','properties':{'name':'\\\\udc00'}}"));
    // Not a message: the text path gives nothing and says why.
    add("not JSON", "{'type':");
    add("invalid UTF-8", "{\"type\":\"track\",\"userId\":\"\xff\"}");
    add("an array", "[{\"type\":\"track\"}]");
    add("a string", "\"track\"");
    add("empty", "");
    add("garbage after", q("{'type':'track','userId':'u1'} x"));
    add("NUL after", QByteArray("{\"type\":\"alias\"}\0{", 19));
    add("too deep", QByteArray(1025, '[') + QByteArray(1025, ']'));
    add("deep but allowed", q("{'type':'track','userId':'u1','event':'Typed','context':") + QByteArray(1000, '[')
            + QByteArray(1000, ']') + '}');
}

void TestPlanValidator::textGivesTheSameViolations()
{
    QFETCH(QByteArray, event);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(event, &error);
    for (const PlanValidator* validator : { &m_validator, &m_types }) {
        QString parseError;
        const QList<PlanViolation> fromText = validator->validate(QByteArrayView(event), &parseError);
        if (!document.isObject()) {
            QVERIFY(fromText.isEmpty());
            QVERIFY(!parseError.isEmpty());
            continue;
        }
        QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
        const QList<PlanViolation> fromQt = validator->validate(document.object());
        const auto describe = [](const QList<PlanViolation>& list) {
            QStringList lines;
            for (const PlanViolation& violation : list)
                lines << PlanViolation::kindName(violation.kind) + QLatin1Char(' ') + violation.pointer + QLatin1Char(' ')
                        + violation.keyword + QStringLiteral(": ") + violation.message;
            return lines.join(QLatin1String(" | "));
        };
        QVERIFY2(fromText.size() == fromQt.size(),
            qPrintable(QStringLiteral("text: %1\nQt:   %2").arg(describe(fromText), describe(fromQt))));
        for (qsizetype i = 0; i < fromQt.size(); ++i) {
            QCOMPARE(fromText[i].kind, fromQt[i].kind);
            QCOMPARE(fromText[i].severity, fromQt[i].severity);
            QCOMPARE(fromText[i].pointer, fromQt[i].pointer);
            QCOMPARE(fromText[i].keyword, fromQt[i].keyword);
            QCOMPARE(fromText[i].message, fromQt[i].message);
        }
    }
}

QTEST_GUILESS_MAIN(TestPlanValidator)
#include "tst_planvalidator.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// What JsonSchemaValidator reports for the failures a tracking plan meets: the JSON pointer, the keyword and a
// readable message; schemas that do not compile; and one validator used from several threads.
#include "validation/jsonschemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Journey;

namespace {

// JSON written with single quotes, to keep the tests readable.
QJsonValue json(const char* text)
{
    QByteArray bytes(text);
    bytes.replace('\'', '"');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + bytes + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return document.array().first();
}

const char* const s_orderSchema = R"({
    'type': 'object',
    'required': ['order_id', 'revenue'],
    'additionalProperties': false,
    'properties': {
        'order_id': {'type': 'string', 'pattern': '^o-[0-9]+$'},
        'revenue': {'type': 'number', 'minimum': 0},
        'currency': {'enum': ['USD', 'EUR']},
        'coupon': {'type': 'string', 'maxLength': 8},
        'products': {'type': 'array', 'items': {
            'type': 'object', 'required': ['sku'],
            'properties': {'sku': {'type': 'string'}, 'price': {'type': 'number', 'minimum': 0}}}}
    }
})";

QString describe(const QList<SchemaViolation>& violations)
{
    QStringList lines;
    for (const SchemaViolation& violation : violations)
        lines << violation.pointer + QLatin1Char(' ') + violation.keyword + QStringLiteral(": ") + violation.message;
    return lines.join(QLatin1String(" | "));
}

} // namespace

class TestJsonSchemaValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void violations_data();
    void violations();
    void messagesAreReadable();
    void anyOfFoldsItsBranches();
    void booleanSchemas();
    void schemaThatDoesNotParse_data();
    void schemaThatDoesNotParse();
    void unresolvedRemoteRef();
    void resolvedRemoteRef();
    void concurrentValidate();

private:
    JsonSchemaValidator m_order;
};

void TestJsonSchemaValidator::initTestCase()
{
    QString error;
    QVERIFY2(m_order.compile(json(s_orderSchema).toObject(), &error), qPrintable(error));
    QVERIFY(m_order.isCompiled());
}

void TestJsonSchemaValidator::violations_data()
{
    QTest::addColumn<QJsonValue>("instance");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("keyword");

    QTest::newRow("valid") << json("{'order_id':'o-1','revenue':9.5,'currency':'EUR','products':[{'sku':'a','price':1}]}")
                           << QString() << QString();
    QTest::newRow("missing required") << json("{'order_id':'o-1'}") << QString() << QStringLiteral("required");
    QTest::newRow("wrong type") << json("{'order_id':'o-1','revenue':'9.5'}") << QStringLiteral("/revenue")
                                << QStringLiteral("type");
    QTest::newRow("enum") << json("{'order_id':'o-1','revenue':1,'currency':'GBP'}") << QStringLiteral("/currency")
                          << QStringLiteral("enum");
    QTest::newRow("pattern") << json("{'order_id':'x-1','revenue':1}") << QStringLiteral("/order_id")
                             << QStringLiteral("pattern");
    QTest::newRow("minimum") << json("{'order_id':'o-1','revenue':-1}") << QStringLiteral("/revenue")
                             << QStringLiteral("minimum");
    QTest::newRow("maxLength") << json("{'order_id':'o-1','revenue':1,'coupon':'123456789'}") << QStringLiteral("/coupon")
                               << QStringLiteral("maxLength");
    QTest::newRow("additionalProperties false") << json("{'order_id':'o-1','revenue':1,'ref':'x'}") << QString()
                                                << QStringLiteral("additionalProperties");
    QTest::newRow("nested array item") << json("{'order_id':'o-1','revenue':1,'products':[{'sku':'a'},{'sku':'b','price':-2}]}")
                                       << QStringLiteral("/products/1/price") << QStringLiteral("minimum");
    QTest::newRow("nested required") << json("{'order_id':'o-1','revenue':1,'products':[{'price':2}]}")
                                     << QStringLiteral("/products/0") << QStringLiteral("required");
    QTest::newRow("not an object") << json("[1]") << QString() << QStringLiteral("type");
}

void TestJsonSchemaValidator::violations()
{
    QFETCH(QJsonValue, instance);
    QFETCH(QString, pointer);
    QFETCH(QString, keyword);
    const QList<SchemaViolation> found = m_order.validate(instance);
    QCOMPARE(m_order.isValid(instance), keyword.isEmpty());
    if (keyword.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
        return;
    }
    // One failure, reported once: not again by each enclosing `properties` and `items`.
    QVERIFY2(found.size() == 1, qPrintable(describe(found)));
    QCOMPARE(found.first().pointer, pointer);
    QCOMPARE(found.first().keyword, keyword);
    QVERIFY(!found.first().message.isEmpty());
}

void TestJsonSchemaValidator::messagesAreReadable()
{
    const auto only = [this](const char* instance) {
        const QList<SchemaViolation> found = m_order.validate(json(instance));
        return found.size() == 1 ? found.first().message : describe(found);
    };
    QCOMPARE(only("{'order_id':'o-1'}"), QStringLiteral("Missing required property 'revenue'."));
    QCOMPARE(only("{'order_id':'o-1','revenue':'1'}"),
        QStringLiteral("Value type not permitted by 'type' constraint. (the value is a string)"));
    // valijson prints limits with std::to_string ("0.000000"); we print them as JSON does.
    QCOMPARE(only("{'order_id':'o-1','revenue':-1}"), QStringLiteral("Expected number greater than or equal to 0"));
    QVERIFY(only("{'order_id':'o-1','revenue':1,'ref':'x'}").contains(QLatin1String("'ref'")));

    // Several failures: each its own violation, in schema order.
    const QList<SchemaViolation> several = m_order.validate(json("{'order_id':5,'revenue':-1,'currency':'GBP'}"));
    QStringList pointers;
    for (const SchemaViolation& violation : several)
        pointers << violation.pointer + QLatin1Char(' ') + violation.keyword;
    pointers.sort();
    QCOMPARE(pointers, (QStringList { QStringLiteral("/currency enum"), QStringLiteral("/order_id type"),
                           QStringLiteral("/revenue minimum") }));
}

void TestJsonSchemaValidator::anyOfFoldsItsBranches()
{
    JsonSchemaValidator validator;
    QString error;
    QVERIFY2(validator.compile(json("{'type':'object','anyOf':[{'required':['userId']},{'required':['anonymousId']}]}")
                                   .toObject(),
                 &error),
        qPrintable(error));
    const QList<SchemaViolation> found = validator.validate(json("{'event':'x'}"));
    QVERIFY2(found.size() == 1, qPrintable(describe(found)));
    QCOMPARE(found.first().pointer, QString());
    QCOMPARE(found.first().keyword, QStringLiteral("anyOf"));
    QVERIFY2(found.first().message.contains(QLatin1String("'userId'"))
            && found.first().message.contains(QLatin1String("'anonymousId'")),
        qPrintable(found.first().message));
    // A property named "0" is not an array index.
    QVERIFY(validator.compile(json("{'properties':{'0':{'properties':{'a':{'type':'string'}}}}}").toObject(), &error));
    const QList<SchemaViolation> numeric = validator.validate(json("{'0':{'a':1}}"));
    QVERIFY2(numeric.size() == 1 && numeric.first().pointer == QLatin1String("/0/a"), qPrintable(describe(numeric)));
    // Pointers escape "~" and "/" (RFC 6901).
    QVERIFY(validator.compile(json("{'properties':{'a/b~c':{'type':'string'}}}").toObject(), &error));
    const QList<SchemaViolation> escaped = validator.validate(json("{'a/b~c':1}"));
    QVERIFY2(escaped.size() == 1 && escaped.first().pointer == QLatin1String("/a~1b~0c"), qPrintable(describe(escaped)));
}

void TestJsonSchemaValidator::booleanSchemas()
{
    JsonSchemaValidator validator;
    QString error;
    QVERIFY2(validator.compile(QJsonValue(true), &error), qPrintable(error));
    QVERIFY(validator.isValid(json("{'a':1}")));
    QVERIFY2(validator.compile(QJsonValue(false), &error), qPrintable(error));
    QVERIFY(!validator.isValid(json("{}")));
    const QList<SchemaViolation> found = validator.validate(json("{}"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().keyword, QStringLiteral("false"));
    QVERIFY(!validator.compile(QJsonValue(3), &error));
    QVERIFY(!validator.isCompiled());
}

void TestJsonSchemaValidator::schemaThatDoesNotParse_data()
{
    QTest::addColumn<QJsonValue>("schema");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("type is not a type name") << json("{'type':'strin'}") << QStringLiteral("valijson");
    QTest::newRow("required is not an array") << json("{'required':'a'}") << QStringLiteral("valijson");
    QTest::newRow("bad regex") << json("{'properties':{'a':{'pattern':'(['}}}") << QStringLiteral("/properties/a/pattern");
    QTest::newRow("local $ref to nowhere") << json("{'$ref':'#/definitions/missing'}") << QStringLiteral("valijson");
}

void TestJsonSchemaValidator::schemaThatDoesNotParse()
{
    QFETCH(QJsonValue, schema);
    QFETCH(QString, mentions);
    JsonSchemaValidator validator;
    QString error;
    QVERIFY(!validator.compile(schema, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!validator.isCompiled());
    // Nothing compiled: nothing to report.
    QVERIFY(validator.isValid(json("{}")));
    QVERIFY(validator.validate(json("{}")).isEmpty());
}

void TestJsonSchemaValidator::unresolvedRemoteRef()
{
    const QJsonObject schema = json("{'properties':{'price':{'$ref':'https://plans.example/defs.json#/money'}}}").toObject();
    JsonSchemaValidator validator;
    QString error;
    QVERIFY(!validator.compile(schema, &error));
    QVERIFY2(error.contains(QLatin1String("https://plans.example/defs.json")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("no resolver")), qPrintable(error));

    validator.setResolver([](const QString&) { return std::optional<QJsonObject>(); });
    QVERIFY(!validator.compile(schema, &error));
    QVERIFY2(error.contains(QLatin1String("https://plans.example/defs.json")), qPrintable(error));
}

void TestJsonSchemaValidator::resolvedRemoteRef()
{
    JsonSchemaValidator validator;
    QStringList asked;
    validator.setResolver([&asked](const QString& uri) -> std::optional<QJsonObject> {
        asked << uri;
        return json("{'money':{'type':'number','minimum':0}}").toObject();
    });
    QString error;
    QVERIFY2(validator.compile(json("{'properties':{'price':{'$ref':'https://plans.example/defs.json#/money'}}}").toObject(),
                 &error),
        qPrintable(error));
    QCOMPARE(asked, QStringList { QStringLiteral("https://plans.example/defs.json") });
    const QList<SchemaViolation> found = validator.validate(json("{'price':-3}"));
    QVERIFY2(found.size() == 1, qPrintable(describe(found)));
    QCOMPARE(found.first().pointer, QStringLiteral("/price"));
    QCOMPARE(found.first().keyword, QStringLiteral("minimum"));
}

void TestJsonSchemaValidator::concurrentValidate()
{
    // One compiled validator, several threads: each must get exactly its own answers. The pattern makes valijson
    // use its (per-Validator) regex cache, the part that is not thread-safe by itself.
    const QJsonValue good = json("{'order_id':'o-1','revenue':1,'products':[{'sku':'a','price':1}]}");
    const QJsonValue bad = json("{'order_id':'x-1','revenue':1,'products':[{'sku':'a','price':-1}]}");
    std::atomic<int> wrong { 0 };
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 300; ++i) {
                if ((i + t) % 2 == 0) {
                    if (!m_order.isValid(good) || !m_order.validate(good).isEmpty())
                        ++wrong;
                } else {
                    const QList<SchemaViolation> found = m_order.validate(bad);
                    if (m_order.isValid(bad) || found.size() != 2 || found[0].pointer != QLatin1String("/order_id")
                        || found[1].pointer != QLatin1String("/products/0/price"))
                        ++wrong;
                }
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

QTEST_GUILESS_MAIN(TestJsonSchemaValidator)
#include "tst_jsonschemavalidator.moc"

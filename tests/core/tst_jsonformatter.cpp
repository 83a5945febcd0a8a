// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "core/jsonformatter.h"

#include <QTest>

using namespace Journey;

namespace {
// Removes the whitespace outside strings: what is left are the tokens, in order.
QByteArray tokens(const QByteArray& json)
{
    QByteArray out;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out.append(c);
            if (c == '\\') {
                out.append(json[++i]);
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"')
            inString = true;
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            out.append(c);
    }
    return out;
}
} // namespace

class TestJsonFormatter : public QObject
{
    Q_OBJECT

private slots:
    void testIndent_data();
    void testIndent();
    void testTokensKept_data();
    void testTokensKept();
    void testInvalidUnchanged_data();
    void testInvalidUnchanged();
    void testWidth();
    void testIsValid_data();
    void testIsValid();
};

void TestJsonFormatter::testIndent_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("object and array") << QByteArray(R"({"a":1,"b":[1,2],"c":{}})")
                                      << QByteArray("{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2\n  ],\n  \"c\": {}\n}");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]") << QByteArray("[]");
    QTest::newRow("empty containers with spaces") << QByteArray("{ \"a\" : [ \n ] , \"b\" : {\t} }")
                                                  << QByteArray("{\n  \"a\": [],\n  \"b\": {}\n}");
    QTest::newRow("nested empty") << QByteArray(R"([[],{},[{}]])")
                                  << QByteArray("[\n  [],\n  {},\n  [\n    {}\n  ]\n]");
    QTest::newRow("already indented with 4 spaces") << QByteArray("{\n    \"a\" : 1,\n\n    \"b\" : true\n}\n")
                                                    << QByteArray("{\n  \"a\": 1,\n  \"b\": true\n}");
    QTest::newRow("CRLF") << QByteArray("{\r\n\"a\":null\r\n}") << QByteArray("{\n  \"a\": null\n}");
    QTest::newRow("structural characters inside strings")
        << QByteArray(R"({"s":"{[,:]} ","t":"a, b: c"})") << QByteArray("{\n  \"s\": \"{[,:]} \",\n  \"t\": \"a, b: c\"\n}");
    QTest::newRow("escaped quotes and backslashes") << QByteArray(R"({"q":"say \"hi\"","b":"ends with \\","c":"\\\""})")
                                                    << QByteArray("{\n  \"q\": \"say \\\"hi\\\"\",\n  \"b\": \"ends with \\\\\",\n  \"c\": \"\\\\\\\"\"\n}");
    QTest::newRow("top-level string") << QByteArray(R"("text, with: commas")") << QByteArray(R"("text, with: commas")");
    QTest::newRow("top-level number") << QByteArray("1.10") << QByteArray("1.10");
    QTest::newRow("canonical event")
        << QByteArray(R"({"type":"track","messageId":"m1","properties":{"price":19.90,"tags":["a","b"]}})")
        << QByteArray("{\n  \"type\": \"track\",\n  \"messageId\": \"m1\",\n  \"properties\": {\n    \"price\": 19.90,\n"
                      "    \"tags\": [\n      \"a\",\n      \"b\"\n    ]\n  }\n}");
}

void TestJsonFormatter::testIndent()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonFormatter::indent(json), expected);
    // Indenting indented text changes nothing.
    QCOMPARE(JsonFormatter::indent(expected), expected);
}

void TestJsonFormatter::testTokensKept_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("big integer") << QByteArray(R"({"n":12345678901234567890})");
    QTest::newRow("trailing zero") << QByteArray(R"({"price":1.10})");
    QTest::newRow("exponent forms") << QByteArray(R"([1E+2,1e-7,-0.0,0.1,5e-324,1.7976931348623157e308])");
    QTest::newRow("negative big") << QByteArray(R"({"n":-9223372036854775808})");
    QTest::newRow("unicode escapes") << QByteArray(R"({"s":"\u00e9\ud83d\ude00\/"})");
    QTest::newRow("raw UTF-8") << QByteArray(R"({"日本":"語 ü"})");
    QTest::newRow("spaces in strings") << QByteArray(R"({"s":"  two  spaces  "})");
    QTest::newRow("member order") << QByteArray(R"({"z":1,"a":2,"m":3})");
    QTest::newRow("duplicate keys") << QByteArray(R"({"a":1,"a":2})");
    QTest::newRow("deep") << QByteArray(R"({"a":{"b":{"c":{"d":[[[[1]]]]}}}})");
}

void TestJsonFormatter::testTokensKept()
{
    QFETCH(QByteArray, json);
    const QByteArray indented = JsonFormatter::indent(json);
    QVERIFY2(indented != json, "valid JSON was not indented");
    QCOMPARE(tokens(indented), tokens(json));
    QVERIFY(JsonFormatter::isValid(indented));
}

void TestJsonFormatter::testInvalidUnchanged_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"a":[1,2)");
    QTest::newRow("plain text") << QByteArray("not json, {really}");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})");
    QTest::newRow("single quotes") << QByteArray("{'a':1}");
    QTest::newRow("two documents") << QByteArray("{} {}");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\"\xff\"}");
}

void TestJsonFormatter::testInvalidUnchanged()
{
    QFETCH(QByteArray, text);
    QVERIFY(!JsonFormatter::isValid(text));
    QCOMPARE(JsonFormatter::indent(text), text);
}

void TestJsonFormatter::testWidth()
{
    QCOMPARE(JsonFormatter::indent(R"({"a":[1]})", 4), QByteArray("{\n    \"a\": [\n        1\n    ]\n}"));
    QCOMPARE(JsonFormatter::indent(R"({"a":[1]})", 0), QByteArray("{\n\"a\": [\n1\n]\n}"));
}

void TestJsonFormatter::testIsValid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("object") << QByteArray("{}") << true;
    QTest::newRow("number") << QByteArray("0") << true;
    QTest::newRow("null") << QByteArray("null") << true;
    QTest::newRow("whitespace around") << QByteArray(" \n{\"a\":1}\n ") << true;
    QTest::newRow("leading zero") << QByteArray("[01]") << false;
    QTest::newRow("NaN") << QByteArray("[NaN]") << false;
    QTest::newRow("comment") << QByteArray("{} // x") << false;
    QTest::newRow("blank") << QByteArray("   ") << false;
}

void TestJsonFormatter::testIsValid()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(JsonFormatter::isValid(text), valid);
}

QTEST_GUILESS_MAIN(TestJsonFormatter)
#include "tst_jsonformatter.moc"

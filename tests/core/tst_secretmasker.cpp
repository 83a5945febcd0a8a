// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "core/secretmasker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Journey;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

namespace {
const QByteArray dots = "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2"; // ••••
}

class TestSecretMasker : public QObject
{
    Q_OBJECT

private slots:
    void testMaskValue_data();
    void testMaskValue();
    void testIsSecretKey_data();
    void testIsSecretKey();
    void testHeaders_data();
    void testHeaders();
    void testHeadersKeepOrderAndNames();
    void testJsonText_data();
    void testJsonText();
    void testJsonTextStaysValid();
    void testQuery_data();
    void testQuery();
    void testKnownSecrets_data();
    void testKnownSecrets();
    void testShortKnownSecretsIgnored();
};

void TestSecretMasker::testMaskValue_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("masked");

    QTest::newRow("empty stays empty") << QByteArray() << QByteArray();
    QTest::newRow("one character") << QByteArray("x") << dots;
    QTest::newRow("short key fully masked") << QByteArray("abc123") << dots;
    QTest::newRow("11 characters fully masked") << QByteArray("12345678901") << dots;
    QTest::newRow("12 characters keep the last 4") << QByteArray("123456789012") << dots + "9012";
    QTest::newRow("live key") << QByteArray("sk_live_1234abcd") << dots + "abcd";
    QTest::newRow("long token") << QByteArray(200, 'z') + "TAIL" << dots + "TAIL";
    QTest::newRow("multi-byte characters are not cut")
        << QByteArray("password-\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC") // password-€€€€
        << dots + "\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC";
    QTest::newRow("multi-byte tail mixed with ASCII") << QByteArray("abcdefghijk\xC3\xA9z\xC3\xA9") // …éz é
                                                      << dots + "k\xC3\xA9z\xC3\xA9";
}

void TestSecretMasker::testMaskValue()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, masked);
    const QByteArray result = SecretMasker::maskValue(secret);
    QCOMPARE(result, masked);
    // The result is always text people can read.
    QVERIFY(QString::fromUtf8(result).toUtf8() == result);
    if (secret.size() >= 8)
        QVERIFY(!result.contains(secret.left(secret.size() / 2)));
}

void TestSecretMasker::testIsSecretKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("secret");

    for (const char* key : { "writeKey", "WRITEKEY", "write_key", "api_key", "apiKey", "api_secret", "apiSecret", "secret",
             "token", "$token", "password", "Authorization", "access_token" })
        QTest::newRow(key) << QByteArray(key) << true;
    for (const char* key : { "userId", "key", "writeKeys", "tokens", "event", "", "token_type", "secretary", "pass" })
        QTest::newRow(QByteArray("not ").append(key).constData()) << QByteArray(key) << false;
}

void TestSecretMasker::testIsSecretKey()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, secret);
    QCOMPARE(SecretMasker::isSecretKey(key), secret);
}

void TestSecretMasker::testHeaders_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("masked");

    QTest::newRow("Basic keeps its scheme") << QByteArray("Authorization") << QByteArray("Basic d2tfbGl2ZV8xMjM0NTY3ODo=")
                                            << "Basic " + dots + "ODo=";
    QTest::newRow("Bearer keeps its scheme") << QByteArray("authorization") << QByteArray("Bearer abc")
                                             << "Bearer " + dots;
    QTest::newRow("no scheme") << QByteArray("AUTHORIZATION") << QByteArray("rawtokenvalue1234") << dots + "1234";
    QTest::newRow("proxy") << QByteArray("Proxy-Authorization") << QByteArray("Basic dXNlcjpwYXNzd29yZA==")
                           << "Basic " + dots + "ZA==";
    QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("session=abcdef0123456789; theme=dark")
                            << dots + "dark";
    QTest::newRow("set-cookie") << QByteArray("Set-Cookie") << QByteArray("id=a3fWa") << dots;
    QTest::newRow("x-api-key") << QByteArray("X-API-Key") << QByteArray("phc_0123456789abcdef") << dots + "cdef";
    QTest::newRow("token header") << QByteArray("X-Auth-Token") << QByteArray("t0k3n") << dots;
    QTest::newRow("secret header") << QByteArray("X-Client-Secret") << QByteArray("0123456789ABCDEF") << dots + "CDEF";
    QTest::newRow("ordinary header untouched") << QByteArray("Content-Type") << QByteArray("application/json")
                                               << QByteArray("application/json");
    QTest::newRow("user agent untouched") << QByteArray("User-Agent") << QByteArray("analytics-node/6.0 (token)")
                                          << QByteArray("analytics-node/6.0 (token)");
    QTest::newRow("known secret in another header") << QByteArray("X-Forwarded-For")
                                                    << QByteArray("wk_known_secret_9876") << dots + "9876";
}

void TestSecretMasker::testHeaders()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, masked);

    SecretMasker masker;
    masker.addKnownSecret("wk_known_secret_9876");
    const HeaderList result = masker.maskHeaders({ { name, value } });
    QCOMPARE(result.size(), 1);
    QCOMPARE(result.at(0).first, name);
    QCOMPARE(result.at(0).second, masked);
}

void TestSecretMasker::testHeadersKeepOrderAndNames()
{
    SecretMasker masker;
    const HeaderList headers { { "Host", "127.0.0.1:8787" }, { "Authorization", "Basic c2VjcmV0c2VjcmV0Og==" },
        { "Content-Length", "42" }, { "Authorization", "Basic b3RoZXJvdGhlcg==" } };
    const HeaderList result = masker.maskHeaders(headers);
    QCOMPARE(result.size(), 4);
    QCOMPARE(result.at(0), headers.at(0));
    QCOMPARE(result.at(1).first, QByteArray("Authorization"));
    QVERIFY(!result.at(1).second.contains("c2VjcmV0c2VjcmV0"));
    QCOMPARE(result.at(2), headers.at(2));
    QVERIFY(!result.at(3).second.contains("b3RoZXJvdGhlcg"));
    QVERIFY(masker.maskHeaders({}).isEmpty());
}

void TestSecretMasker::testJsonText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("masked");

    QTest::newRow("writeKey at the top") << QByteArray(R"({"writeKey":"wk_live_0123456789","batch":[]})")
                                         << R"({"writeKey":")" + dots + R"(6789","batch":[]})";
    QTest::newRow("nested and in arrays")
        << QByteArray(R"({"batch":[{"context":{"api_key":"short"}},{"properties":{"password":"hunter2hunter2"}}]})")
        << R"({"batch":[{"context":{"api_key":")" + dots + R"("}},{"properties":{"password":")" + dots + R"(ter2"}}]})";
    QTest::newRow("every secret key")
        << QByteArray(R"({"token":"aaaaaaaaaaaa1111","$token":"bbbbbbbbbbbb2222","api_secret":"c","secret":"d","Authorization":"e","access_token":"f","apiKey":"g","write_key":"h"})")
        << R"({"token":")" + dots + R"(1111","$token":")" + dots + R"(2222","api_secret":")" + dots + R"(","secret":")"
            + dots + R"(","Authorization":")" + dots + R"(","access_token":")" + dots + R"(","apiKey":")" + dots
            + R"(","write_key":")" + dots + R"("})";
    QTest::newRow("whitespace kept byte for byte")
        << QByteArray("{\n  \"writeKey\" :\t\"wk_live_0123456789\" ,\n  \"other\" : \"x  y\"\n}")
        << "{\n  \"writeKey\" :\t\"" + dots + "6789\" ,\n  \"other\" : \"x  y\"\n}";
    QTest::newRow("escaped quotes inside the secret")
        << QByteArray(R"({"password":"ab\"cd\"efghijkl","next":"v"})") << R"({"password":")" + dots + R"(ijkl","next":"v"})";
    QTest::newRow("escape in the kept tail") << QByteArray(R"({"password":"abcdefghij\"kl\\m"})")
                                            << R"({"password":")" + dots + R"(kl\\m"})";
    QTest::newRow("surrogate pair kept whole") << QByteArray(R"({"token":"abcdefghijk\ud83d\ude00"})")
                                              << R"({"token":")" + dots + R"(ijk\ud83d\ude00"})";
    QTest::newRow("UTF-8 kept whole") << QByteArray("{\"token\":\"abcdefghijk\xE2\x82\xAC\xE2\x82\xAC\"}")
                                     << "{\"token\":\"" + dots + "jk\xE2\x82\xAC\xE2\x82\xAC\"}";
    QTest::newRow("short in characters, long in bytes") << QByteArray(R"({"token":"\u00e9\u00e9\u00e9\u00e9\u00e9"})")
                                                       << R"({"token":")" + dots + R"("})";
    QTest::newRow("non-string values are left alone") << QByteArray(R"({"token":12345,"secret":null,"writeKey":{"a":"b"}})")
                                                      << QByteArray(R"({"token":12345,"secret":null,"writeKey":{"a":"b"}})");
    QTest::newRow("secret words as values are not keys") << QByteArray(R"({"event":"token","name":"writeKey"})")
                                                        << QByteArray(R"({"event":"token","name":"writeKey"})");
    QTest::newRow("no secrets: unchanged") << QByteArray(R"({"type":"track","event":"A \"quoted\" name","n":1.10})")
                                           << QByteArray(R"({"type":"track","event":"A \"quoted\" name","n":1.10})");
    QTest::newRow("not JSON at all") << QByteArray("plain text body") << QByteArray("plain text body");
    // Rejected bodies are often cut short: a secret running to the end is still a secret.
    QTest::newRow("unterminated secret") << QByteArray(R"({"writeKey":"wk_live_01234)")
                                         << R"({"writeKey":")" + dots + "1234";
    QTest::newRow("cut right after the quote") << QByteArray(R"({"writeKey":")") << QByteArray(R"({"writeKey":")");
    QTest::newRow("cut before the value") << QByteArray(R"({"writeKey": )") << QByteArray(R"({"writeKey": )");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("known secret in a value") << QByteArray(R"({"properties":{"note":"key is known_secret_value_42"}})")
                                             << R"({"properties":{"note":"key is )" + dots + R"(e_42"}})";
}

void TestSecretMasker::testJsonText()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, masked);
    SecretMasker masker;
    masker.addKnownSecret("known_secret_value_42");
    QCOMPARE(masker.maskJsonText(json), masked);
}

void TestSecretMasker::testJsonTextStaysValid()
{
    // Whatever the secret holds, the masked body is still JSON with the same members.
    SecretMasker masker;
    for (const QByteArray& secret : { QByteArray("plain-secret-value"), QByteArray(R"(with\"quote\"s)"),
             QByteArray(R"(back\\slash\\qrs)"), QByteArray(R"(\u00e9\u00e9\u00e9\u00e9\u00e9)"),
             QByteArray("caf\xC3\xA9-\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC") }) {
        const QByteArray json = R"({"writeKey":")" + secret + R"(","event":"E","n":[1,2]})";
        QVERIFY2(QJsonDocument::fromJson(json).isObject(), json.constData());
        const QByteArray result = masker.maskJsonText(json);
        const QJsonDocument document = QJsonDocument::fromJson(result);
        QVERIFY2(document.isObject(), result.constData());
        QCOMPARE(document.object().value(QLatin1String("event")).toString(), QStringLiteral("E"));
        QVERIFY2(document.object().value(QLatin1String("writeKey")).toString().startsWith(QString::fromUtf8(dots)),
            result.constData());
        QVERIFY(!result.contains(secret));
    }
}

void TestSecretMasker::testQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("masked");

    const QString encodedDots = QString::fromLatin1(dots.toPercentEncoding());
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("api_secret") << QStringLiteral("measurement_id=G-XYZ&api_secret=abcdefghijkl1234")
                                << QStringLiteral("measurement_id=G-XYZ&api_secret=") + encodedDots + QStringLiteral("1234");
    QTest::newRow("short token") << QStringLiteral("token=abc&x=1") << QStringLiteral("token=") + encodedDots
            + QStringLiteral("&x=1");
    QTest::newRow("percent-encoded key and value") << QStringLiteral("api%5Fkey=abcdefghijk%2F9999")
                                                   << QStringLiteral("api%5Fkey=") + encodedDots + QStringLiteral("9999");
    QTest::newRow("case-insensitive key") << QStringLiteral("WriteKey=0123456789abcdef")
                                          << QStringLiteral("WriteKey=") + encodedDots + QStringLiteral("cdef");
    QTest::newRow("ordinary parameters untouched") << QStringLiteral("a=1&b=&c&=d&ip=1.2.3.4")
                                                   << QStringLiteral("a=1&b=&c&=d&ip=1.2.3.4");
    // Percent-encoded like every masked value in a query, so the query stays valid.
    QTest::newRow("known secret under another name") << QStringLiteral("k=wk_known_secret_9876")
                                                     << QStringLiteral("k=%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A29876");
}

void TestSecretMasker::testQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, masked);
    SecretMasker masker;
    masker.addKnownSecret("wk_known_secret_9876");
    QCOMPARE(masker.maskQuery(query), masked);
}

void TestSecretMasker::testKnownSecrets_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("masked");

    QTest::newRow("once") << QByteArray("key=wk_live_ABCDEFGH1234 rest") << "key=" + dots + "1234 rest";
    QTest::newRow("every occurrence") << QByteArray("wk_live_ABCDEFGH1234/wk_live_ABCDEFGH1234")
                                      << dots + "1234/" + dots + "1234";
    QTest::newRow("two secrets") << QByteArray("a=wk_live_ABCDEFGH1234 b=phc_secret") << "a=" + dots + "1234 b=" + dots;
    QTest::newRow("absent") << QByteArray("nothing to see") << QByteArray("nothing to see");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestSecretMasker::testKnownSecrets()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, masked);
    SecretMasker masker;
    masker.addKnownSecret("wk_live_ABCDEFGH1234");
    masker.addKnownSecret("phc_secret");
    masker.addKnownSecret("wk_live_ABCDEFGH1234"); // twice: no harm
    QCOMPARE(masker.maskKnown(text), masked);
}

void TestSecretMasker::testShortKnownSecretsIgnored()
{
    // Short values would mask ordinary words everywhere.
    SecretMasker masker;
    masker.addKnownSecret("abc");
    masker.addKnownSecret("");
    masker.addKnownSecret("12345");
    QCOMPARE(masker.maskKnown("abc 12345 abcdef"), QByteArray("abc 12345 abcdef"));
    masker.addKnownSecret("123456");
    QCOMPARE(masker.maskKnown("abc 123456"), "abc " + dots);
}

QTEST_GUILESS_MAIN(TestSecretMasker)
#include "tst_secretmasker.moc"

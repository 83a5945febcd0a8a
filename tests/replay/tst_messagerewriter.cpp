// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// The canonical message rewrite and the byte-level patcher under it: new messageIds, timestamps shifted by the
// same amount (nested ones left alone), the user suffix on the three id fields, and everything else untouched
// byte for byte.

#include "core/timestamp.h"
#include "replay/jsonvaluepatcher.h"
#include "replay/messagerewriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Journey;

namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromLatin1(item));
    return out;
}

QByteArray q(const char* singleQuoted)
{
    QByteArray text(singleQuoted);
    text.replace('\'', '"');
    return text;
}

QJsonObject object(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << json << error.errorString();
    return document.object();
}

const char* const message = "{'type':'identify','messageId':'m-1','timestamp':'2024-03-01T10:00:00.000Z',"
                            "'originalTimestamp':'2024-03-01T09:59:59.500Z','sentAt':'2024-03-01T10:00:01.000Z',"
                            "'receivedAt':'2024-03-01T10:00:02.000Z','userId':'u-1','anonymousId':'a-1',"
                            "'traits':{'userId':'nested','timestamp':'2020-01-01T00:00:00.000Z','n':1.50},"
                            "'context':{'library':{'name':'analytics-node'}}}";

} // namespace

class TestMessageRewriter : public QObject
{
    Q_OBJECT

private slots:
    void patcherCopiesUntouchedBytesExactly();
    void patcherSeesPathsAndRejectsMalformedJson_data();
    void patcherSeesPathsAndRejectsMalformedJson();
    void nothingToChangeReturnsTheInput();
    void regeneratesMessageIds();
    void shiftsEveryTopLevelTimestampBySameAmount();
    void suffixesUserIdsConsistently();
    void epochShiftKeepsUnitAndSpelling_data();
    void epochShiftKeepsUnitAndSpelling();
};

void TestMessageRewriter::patcherCopiesUntouchedBytesExactly()
{
    // Odd spacing, escapes, number spellings, member order: all kept when nothing is replaced.
    const QByteArray text = q("{ 'b' : 1.0e2 ,'a':[1, {'x' : '\\u00e9\\'q'}], 'z':null,'y':true }");
    QByteArray out;
    int replaced = -1;
    QVERIFY(JsonValuePatcher::patch(
        text, [](const JsonValuePatcher::Member&, QByteArray&) { return JsonValuePatcher::Action::Keep; }, out,
        &replaced));
    QCOMPARE(out, text);
    QCOMPARE(replaced, 0);

    // One value replaced: only its bytes change.
    QVERIFY(JsonValuePatcher::patch(
        text,
        [](const JsonValuePatcher::Member& member, QByteArray& replacement) {
            if (member.path == "a/*/x") {
                replacement = "\"new\"";
                return JsonValuePatcher::Action::Replace;
            }
            return JsonValuePatcher::Action::Keep;
        },
        out, &replaced));
    QCOMPARE(replaced, 1);
    QCOMPARE(out, q("{ 'b' : 1.0e2 ,'a':[1, {'x' : 'new'}], 'z':null,'y':true }"));
}

void TestMessageRewriter::patcherSeesPathsAndRejectsMalformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<bool>("valid");
    QTest::newRow("nested") << q("{'batch':[{'m':1},{'m':2,'p':{'q':3}}],'s':'x'}")
                            << list({ "batch", "batch/*/m", "batch/*/m", "batch/*/p", "batch/*/p/q", "s" }) << true;
    QTest::newRow("top-level array") << q("[{'a':1},[{'b':2}]]") << list({ "*/a", "*/*/b" }) << true;
    QTest::newRow("escaped quote in key") << q("{'k\\'x':1}") << list({ "k\\\"x" }) << true;
    QTest::newRow("truncated") << q("{'a':[1,2") << QStringList {} << false;
    QTest::newRow("missing colon") << q("{'a' 1}") << QStringList {} << false;
    QTest::newRow("trailing garbage") << q("{'a':1} x") << QStringList {} << false;
    QTest::newRow("bad literal") << q("{'a':nope}") << QStringList {} << false;
    QTest::newRow("unterminated string") << q("{'a':'x}") << QStringList {} << false;
    QTest::newRow("scalar root") << QByteArray("42") << QStringList {} << false;
}

void TestMessageRewriter::patcherSeesPathsAndRejectsMalformedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, paths);
    QFETCH(bool, valid);
    QStringList seen;
    QByteArray out = "untouched";
    const bool ok = JsonValuePatcher::patch(
        json,
        [&seen](const JsonValuePatcher::Member& member, QByteArray&) {
            seen.append(QString::fromUtf8(member.path.toByteArray()));
            return JsonValuePatcher::Action::Keep;
        },
        out);
    QCOMPARE(ok, valid);
    if (valid) {
        QCOMPARE(seen, paths);
        QCOMPARE(out, json);
    } else {
        QCOMPARE(out, QByteArray("untouched"));
    }
}

void TestMessageRewriter::nothingToChangeReturnsTheInput()
{
    MessageRewriter::Settings settings;
    settings.regenerateIds = false;
    const MessageRewriter rewriter(settings);
    QVERIFY(rewriter.changesNothing());
    QByteArray out;
    QVERIFY(rewriter.rewrite(q(message), out));
    QCOMPARE(out, q(message));
}

void TestMessageRewriter::regeneratesMessageIds()
{
    const MessageRewriter rewriter(MessageRewriter::Settings {});
    QSet<QString> ids;
    for (int i = 0; i < 50; ++i) {
        QByteArray out;
        QVERIFY(rewriter.rewrite(q(message), out));
        const QJsonObject rewritten = object(out);
        const QString id = rewritten.value(QLatin1String("messageId")).toString();
        QVERIFY(id != QLatin1String("m-1"));
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        ids.insert(id);
        // Nothing else moved: the rest is the same text.
        QCOMPARE(QByteArray(out).replace(id.toUtf8(), "m-1"), q(message));
    }
    QCOMPARE(ids.size(), 50);
}

void TestMessageRewriter::shiftsEveryTopLevelTimestampBySameAmount()
{
    MessageRewriter::Settings settings;
    settings.regenerateIds = false;
    settings.shiftMs = 86'400'000 + 1234; // a day and a bit
    QByteArray out;
    QVERIFY(MessageRewriter(settings).rewrite(q(message), out));
    const QJsonObject before = object(q(message));
    const QJsonObject after = object(out);
    for (const char* key : { "timestamp", "originalTimestamp", "sentAt", "receivedAt" }) {
        const auto was = Timestamp::parseIso8601(before.value(QLatin1String(key)).toString().toUtf8());
        const auto is = Timestamp::parseIso8601(after.value(QLatin1String(key)).toString().toUtf8());
        QVERIFY(was && is);
        QCOMPARE(*is - *was, settings.shiftMs);
    }
    // The sender's own data is not touched, nor are ids.
    QCOMPARE(after.value(QLatin1String("traits")).toObject(), before.value(QLatin1String("traits")).toObject());
    QVERIFY(out.contains(q("'n':1.50")));
    QCOMPARE(after.value(QLatin1String("messageId")).toString(), QStringLiteral("m-1"));
    QCOMPARE(after.value(QLatin1String("userId")).toString(), QStringLiteral("u-1"));
}

void TestMessageRewriter::suffixesUserIdsConsistently()
{
    MessageRewriter::Settings settings;
    settings.regenerateIds = false;
    settings.userSuffix = "-run\"2"; // needs escaping
    QByteArray out;
    QVERIFY(MessageRewriter(settings).rewrite(q(message), out));
    QJsonObject after = object(out);
    QCOMPARE(after.value(QLatin1String("userId")).toString(), QStringLiteral("u-1-run\"2"));
    QCOMPARE(after.value(QLatin1String("anonymousId")).toString(), QStringLiteral("a-1-run\"2"));
    QCOMPARE(after.value(QLatin1String("traits")).toObject().value(QLatin1String("userId")).toString(),
        QStringLiteral("nested"));

    // previousId of an alias; an empty anonymousId stays empty; a numeric userId becomes a string.
    QVERIFY(MessageRewriter(settings).rewrite(
        q("{'type':'alias','userId':42,'previousId':'anon-9','anonymousId':'','messageId':'x'}"), out));
    after = object(out);
    QCOMPARE(after.value(QLatin1String("userId")).toString(), QStringLiteral("42-run\"2"));
    QCOMPARE(after.value(QLatin1String("previousId")).toString(), QStringLiteral("anon-9-run\"2"));
    QCOMPARE(after.value(QLatin1String("anonymousId")).toString(), QString());
}

void TestMessageRewriter::epochShiftKeepsUnitAndSpelling_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<qint64>("shift");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("seconds") << QByteArray("1718000000") << qint64(60'000) << QByteArray("1718000060");
    QTest::newRow("seconds, shift rounded to whole seconds")
        << QByteArray("1718000000") << qint64(1'600) << QByteArray("1718000002");
    QTest::newRow("fractional seconds") << QByteArray("1718000000.123") << qint64(1'500)
                                        << QByteArray("1718000001.623");
    QTest::newRow("milliseconds") << QByteArray("1705314600123") << qint64(-3'600'000) << QByteArray("1705311000123");
    QTest::newRow("microseconds") << QByteArray("1754395200000000") << qint64(2'000) << QByteArray("1754395202000000");
    QTest::newRow("digits in a string") << QByteArray("\"1754395200000000\"") << qint64(1)
                                        << QByteArray("\"1754395200001000\"");
}

void TestMessageRewriter::epochShiftKeepsUnitAndSpelling()
{
    QFETCH(QByteArray, raw);
    QFETCH(qint64, shift);
    QFETCH(QByteArray, expected);
    QByteArray out;
    QVERIFY(MessageRewriter::shiftEpoch(raw, shift, out));
    QCOMPARE(out, expected);
    QVERIFY(!MessageRewriter::shiftEpoch("\"soon\"", shift, out));
}

QTEST_GUILESS_MAIN(TestMessageRewriter)
#include "tst_messagerewriter.moc"

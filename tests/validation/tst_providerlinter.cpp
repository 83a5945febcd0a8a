// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Provider lints: each provider's documented limits on a canonical message, reported as provider-lint violations
// that name the provider, with the pointer of the value at fault; and nothing reported for a message every
// provider takes.

#include "validation/providerlinter.h"

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

QJsonObject message(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

// 2026-11-29T12:00:00Z, "now" for the age lints.
constexpr qint64 now = 1795953600000LL;

/// "provider pointer keyword severity" of each finding, sorted, for exact comparison.
QStringList summary(const QList<PlanViolation>& violations)
{
    QStringList lines;
    for (const PlanViolation& violation : violations) {
        if (violation.kind != PlanViolation::Kind::ProviderLint)
            lines << QStringLiteral("not a provider lint: ") + violation.message;
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(violation.provider, violation.pointer.isEmpty() ? QStringLiteral("/") : violation.pointer,
                         violation.keyword, PlanViolation::severityName(violation.severity));
    }
    lines.sort();
    return lines;
}

QList<PlanViolation> lint(const QString& provider, const QJsonObject& message)
{
    ProviderLinter linter;
    QString error;
    if (!linter.setProviders({ provider }, &error))
        qFatal("%s", qPrintable(error));
    linter.setNow(now);
    return linter.lint(message);
}

const char* cleanTrack = "{'type':'track','event':'Order Completed','userId':'user-12345','anonymousId':'anon-12345',"
                         "'messageId':'m-1','timestamp':'2026-11-29T11:00:00.000Z',"
                         "'properties':{'order_id':'o-1','revenue':25.5,'currency':'EUR'}}";

} // namespace

class TestProviderLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanMessageHasNoFindings_data();
    void cleanMessageHasNoFindings();
    void lints_data();
    void lints();
    void segmentSizeLimit();
    void ga4RequestFindingsFromTheCollector();
    void findingsNameProviderAndMessage();
    void unknownProviderIsAnError();
    void allMeansEverySupportedProvider();
};

void TestProviderLinter::cleanMessageHasNoFindings_data()
{
    QTest::addColumn<QString>("provider");
    for (const QString& provider : ProviderLinter::supportedProviders())
        QTest::newRow(qPrintable(provider)) << provider;
}

void TestProviderLinter::cleanMessageHasNoFindings()
{
    QFETCH(QString, provider);
    const QList<PlanViolation> found = lint(provider, message(q(cleanTrack)));
    QVERIFY2(found.isEmpty(), qPrintable(summary(found).join(QLatin1Char('\n'))));
}

void TestProviderLinter::lints_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    const QString tooLong101 = QString(101, QLatin1Char('x'));
    // Mixpanel
    QTest::newRow("mixpanel forbidden distinct_id")
        << QStringLiteral("mixpanel")
        << q("{'type':'track','event':'A','userId':'undefined','timestamp':'2026-11-29T11:00:00Z'}")
        << QStringList { QStringLiteral("mixpanel /userId distinct_id error") };
    QTest::newRow("mixpanel $insert_id too long and badly spelt")
        << QStringLiteral("mixpanel")
        << q("{'type':'track','event':'A','userId':'u-1','timestamp':'2026-11-29T11:00:00Z',"
             "'properties':{'$insert_id':'this id has spaces and is much longer than thirty-six'}}")
        << QStringList { QStringLiteral("mixpanel /properties/$insert_id $insert_id error") };
    QTest::newRow("mixpanel $insert_id placeholder")
        << QStringLiteral("mixpanel")
        << q("{'type':'track','event':'A','userId':'u-1','timestamp':'2026-11-29T11:00:00Z','properties':{'$insert_id':'null'}}")
        << QStringList { QStringLiteral("mixpanel /properties/$insert_id $insert_id error") };
    QTest::newRow("mixpanel event older than 5 days")
        << QStringLiteral("mixpanel") << q("{'type':'track','event':'A','userId':'u-1','timestamp':'2026-11-20T11:00:00Z'}")
        << QStringList { QStringLiteral("mixpanel /timestamp time warning") };
    QTest::newRow("mixpanel event in the future")
        << QStringLiteral("mixpanel") << q("{'type':'track','event':'A','userId':'u-1','timestamp':'2026-11-29T14:00:01Z'}")
        << QStringList { QStringLiteral("mixpanel /timestamp time warning") };
    QTest::newRow("mixpanel long string truncated")
        << QStringLiteral("mixpanel")
        << (q("{'type':'track','event':'A','userId':'u-1','timestamp':'2026-11-29T11:00:00Z','properties':{'nested':{'note':'")
               + QByteArray(256, 'n') + q("'}}}"))
        << QStringList { QStringLiteral("mixpanel /properties/nested/note maxLength warning") };
    QTest::newRow("mixpanel nesting deeper than 3")
        << QStringLiteral("mixpanel")
        << q("{'type':'track','event':'A','userId':'u-1','timestamp':'2026-11-29T11:00:00Z',"
             "'properties':{'a':{'b':{'c':{'d':{'e':1}}}}}}")
        << QStringList { QStringLiteral("mixpanel /properties depth error") };
    // Amplitude
    QTest::newRow("amplitude short ids")
        << QStringLiteral("amplitude") << q("{'type':'track','event':'A','userId':'u1','anonymousId':'a1','timestamp':'2026-11-29T11:00:00Z'}")
        << QStringList { QStringLiteral("amplitude / user_id error"), QStringLiteral("amplitude /anonymousId device_id error"),
               QStringLiteral("amplitude /userId user_id error") };
    QTest::newRow("amplitude one short id, the other usable")
        << QStringLiteral("amplitude") << q("{'type':'track','event':'A','userId':'u1','anonymousId':'anon-12345','timestamp':'2026-11-29T11:00:00Z'}")
        << QStringList { QStringLiteral("amplitude /userId user_id error") };
    QTest::newRow("amplitude refused id value")
        << QStringLiteral("amplitude") << q("{'type':'track','event':'A','userId':'lmy47d','anonymousId':'anon-12345','timestamp':'2026-11-29T11:00:00Z'}")
        << QStringList { QStringLiteral("amplitude /userId user_id error") };
    QTest::newRow("amplitude time in seconds")
        << QStringLiteral("amplitude") << q("{'type':'track','event':'A','userId':'user-12345','timestamp':'1970-01-20T15:07:12.000Z'}")
        << QStringList { QStringLiteral("amplitude /timestamp time error") };
    QTest::newRow("amplitude string over 1024")
        << QStringLiteral("amplitude")
        << (q("{'type':'identify','userId':'user-12345','timestamp':'2026-11-29T11:00:00Z','traits':{'bio':'")
               + QByteArray(1025, 'b') + q("'}}"))
        << QStringList { QStringLiteral("amplitude /traits/bio maxLength warning") };
    // PostHog
    QTest::newRow("posthog without distinct_id")
        << QStringLiteral("posthog") << q("{'type':'track','event':'A','timestamp':'2026-11-29T11:00:00Z'}")
        << QStringList { QStringLiteral("posthog / distinct_id error") };
    // GA4
    QTest::newRow("ga4 event name over 40 characters")
        << QStringLiteral("ga4")
        << q("{'type':'track','event':'checkout_step_completed_with_a_very_long_name','userId':'u','timestamp':'2026-11-29T11:00:00Z'}")
        << QStringList { QStringLiteral("ga4 /event NAME_INVALID error") };
    QTest::newRow("ga4 reserved event name")
        << QStringLiteral("ga4") << q("{'type':'track','event':'session_start','userId':'u','timestamp':'2026-11-29T11:00:00Z'}")
        << QStringList { QStringLiteral("ga4 /event NAME_RESERVED error") };
    QTest::newRow("ga4 reserved prefix")
        << QStringLiteral("ga4") << q("{'type':'track','event':'firebase_thing','userId':'u','timestamp':'2026-11-29T11:00:00Z'}")
        << QStringList { QStringLiteral("ga4 /event NAME_RESERVED error") };
    QTest::newRow("ga4 name only badly spelt is sent renamed")
        << QStringLiteral("ga4") << q("{'type':'track','event':'Order Completed','userId':'u','timestamp':'2026-11-29T11:00:00Z'}")
        << QStringList {};
    QTest::newRow("ga4 value over 100 characters")
        << QStringLiteral("ga4")
        << (q("{'type':'track','event':'a','userId':'u','timestamp':'2026-11-29T11:00:00Z','properties':{'note':'")
               + tooLong101.toUtf8() + q("'}}"))
        << QStringList { QStringLiteral("ga4 /properties/note VALUE_OUT_OF_BOUNDS error") };
    QTest::newRow("ga4 page_location may be longer")
        << QStringLiteral("ga4")
        << (q("{'type':'page','name':'Home','userId':'u','timestamp':'2026-11-29T11:00:00Z','properties':{'page_location':'")
               + tooLong101.toUtf8() + q("'}}"))
        << QStringList {};
    QTest::newRow("ga4 reserved parameter prefix")
        << QStringLiteral("ga4") << q("{'type':'track','event':'a','userId':'u','timestamp':'2026-11-29T11:00:00Z','properties':{'google_x':1}}")
        << QStringList { QStringLiteral("ga4 /properties/google_x NAME_RESERVED error") };
    QJsonObject many;
    for (int i = 0; i < 26; ++i)
        many.insert(QStringLiteral("p%1").arg(i), i);
    QTest::newRow("ga4 26 parameters")
        << QStringLiteral("ga4")
        << QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("track") }, { QStringLiteral("event"), QStringLiteral("a") },
                             { QStringLiteral("userId"), QStringLiteral("u") },
                             { QStringLiteral("timestamp"), QStringLiteral("2026-11-29T11:00:00Z") },
                             { QStringLiteral("properties"), many } })
               .toJson(QJsonDocument::Compact)
        << QStringList { QStringLiteral("ga4 /properties EXCEEDED_MAX_ENTITIES error") };
    QTest::newRow("ga4 user property too long")
        << QStringLiteral("ga4")
        << q("{'type':'identify','userId':'u','timestamp':'2026-11-29T11:00:00Z','traits':{'tier':'a value well over thirty-six characters long'}}")
        << QStringList { QStringLiteral("ga4 /traits/tier VALUE_OUT_OF_BOUNDS error") };
    QTest::newRow("ga4 older than 72 hours")
        << QStringLiteral("ga4") << q("{'type':'track','event':'a','userId':'u','timestamp':'2026-11-26T11:00:00Z'}")
        << QStringList { QStringLiteral("ga4 /timestamp VALUE_OUT_OF_BOUNDS error") };
    QTest::newRow("ga4 has no alias")
        << QStringLiteral("ga4") << q("{'type':'alias','userId':'u','previousId':'p','timestamp':'2026-11-29T11:00:00Z'}")
        << QStringList { QStringLiteral("ga4 /type type warning") };
}

void TestProviderLinter::lints()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    expected.sort();
    const QList<PlanViolation> found = lint(provider, message(json));
    QCOMPARE(summary(found), expected);
}

void TestProviderLinter::segmentSizeLimit()
{
    QJsonObject big = message(q(cleanTrack));
    QJsonObject properties = big.value(QLatin1String("properties")).toObject();
    properties.insert(QStringLiteral("blob"), QString(33 * 1024, QLatin1Char('z')));
    big.insert(QStringLiteral("properties"), properties);
    for (const QString& provider : { QStringLiteral("segment"), QStringLiteral("rudderstack") }) {
        const QList<PlanViolation> found = lint(provider, big);
        QCOMPARE(summary(found), QStringList { provider + QStringLiteral(" / size error") });
        QVERIFY2(found.first().message.contains(QLatin1String("32 KB")), qPrintable(found.first().message));
    }
    // The size the caller measured is used as it is.
    ProviderLinter linter;
    QVERIFY(linter.setProviders({ QStringLiteral("segment") }, nullptr));
    QVERIFY(linter.lint(message(q(cleanTrack)), 40000).size() == 1);
    QVERIFY(linter.lint(big, 100).isEmpty());
}

void TestProviderLinter::ga4RequestFindingsFromTheCollector()
{
    // An event the collector took in GA4's own format carries what Google's rules said about its request; those
    // are the findings (the 25-events-per-request limit can only be seen there).
    QJsonObject event = message(q(cleanTrack));
    event.insert(QStringLiteral("context"),
        QJsonObject { { QStringLiteral("ga4"),
            QJsonObject { { QStringLiteral("validationMessages"),
                QJsonArray { QJsonObject { { QStringLiteral("fieldPath"), QStringLiteral("events") },
                    { QStringLiteral("description"), QStringLiteral("Request has [26] events.") },
                    { QStringLiteral("validationCode"), QStringLiteral("EXCEEDED_MAX_ENTITIES") } } } } } } });
    const QList<PlanViolation> found = lint(QStringLiteral("ga4"), event);
    QCOMPARE(summary(found), QStringList { QStringLiteral("ga4 /context/ga4 EXCEEDED_MAX_ENTITIES error") });
    QVERIFY(found.first().message.startsWith(QLatin1String("events: Request has [26] events.")));
}

void TestProviderLinter::findingsNameProviderAndMessage()
{
    const QList<PlanViolation> found
        = lint(QStringLiteral("posthog"), message(q("{'type':'track','event':'A','timestamp':'2026-11-29T11:00:00Z'}")));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().provider, QStringLiteral("posthog"));
    QCOMPARE(PlanViolation::kindName(found.first().kind), QStringLiteral("provider-lint"));
    QVERIFY(found.first().message.contains(QLatin1String("distinct_id")));
    const QJsonObject json = found.first().toJson();
    QCOMPARE(json.value(QLatin1String("provider")).toString(), QStringLiteral("posthog"));
    PlanViolation back;
    QVERIFY(PlanViolation::fromJson(json, back));
    QCOMPARE(back.provider, QStringLiteral("posthog"));
    QCOMPARE(back.kind, PlanViolation::Kind::ProviderLint);
}

void TestProviderLinter::unknownProviderIsAnError()
{
    ProviderLinter linter;
    QString error;
    QVERIFY(!linter.setProviders({ QStringLiteral("ga4"), QStringLiteral("snowplow") }, &error));
    QVERIFY2(error.contains(QLatin1String("snowplow")) && error.contains(QLatin1String("mixpanel")), qPrintable(error));
}

void TestProviderLinter::allMeansEverySupportedProvider()
{
    ProviderLinter linter;
    QVERIFY(linter.setProviders({ QStringLiteral("all") }, nullptr));
    QCOMPARE(linter.providers(), ProviderLinter::supportedProviders());
    QVERIFY(linter.setProviders({ QStringLiteral(" GA4 "), QStringLiteral("ga4"), QString() }, nullptr));
    QCOMPARE(linter.providers(), QStringList { QStringLiteral("ga4") });
}

QTEST_GUILESS_MAIN(TestProviderLinter)
#include "tst_providerlinter.moc"

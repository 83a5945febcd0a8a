// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// `journeyctl funnel`, `retention` and `trends` as scripts run them: the real binary over a store imported from a
// hand-written NDJSON whose outcomes are worked out below, the JSON shapes of DESIGN.md with exact numbers, the
// csv and text formats, identity merging (--raw-ids), bad flags (exit 2 naming the flag) and the did-you-mean
// warning for an event name the store does not have.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace {

struct CtlResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(3000) + "\nstderr: " + err.left(2000);
    }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

int s_messageNumber = 0;

/// One canonical message: \a who is "u1" (a userId) or "a6" (an anonymousId); \a day is the day of January 2026.
QByteArray message(const char* type, const char* who, int day, const char* time, const char* name = nullptr,
    const char* plan = nullptr)
{
    QJsonObject object { { QStringLiteral("type"), QLatin1String(type) },
        { QStringLiteral("messageId"), QStringLiteral("m%1").arg(++s_messageNumber) },
        { QStringLiteral("timestamp"),
            QStringLiteral("2026-01-%1T%2:00.000Z").arg(day, 2, 10, QLatin1Char('0')).arg(QLatin1String(time)) } };
    object.insert(who[0] == 'a' ? QStringLiteral("anonymousId") : QStringLiteral("userId"), QLatin1String(who));
    if (name)
        object.insert(QLatin1String(type) == QLatin1String("track") ? QStringLiteral("event") : QStringLiteral("name"),
            QLatin1String(name));
    if (plan)
        object.insert(QStringLiteral("properties"), QJsonObject { { QStringLiteral("plan"), QLatin1String(plan) } });
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray track(const char* who, int day, const char* time, const char* event, const char* plan = nullptr)
{
    return message("track", who, day, time, event, plan);
}

/*
 * Weeks: 2026-01-05 (Monday) to 01-11, 01-12 to 01-18, 01-19 on. Funnel "Signed Up>Viewed Pricing>Order Completed",
 * 7 days, ordered:
 *   u1  SU 05 09:00 pro, VP +5m, OC +60m                      → 3 (VP 01-14 again)
 *   u2  SU 05 10:00 pro, VP +10m, OC +24h                     → 3 (OC 01-20 again)
 *   u3  SU 06 08:00 free, VP +20m                             → 2
 *   u4  SU 06 09:00 free, OC +30m                             → 1 (no pricing)
 *   u5  page Home 07                                          → not in the funnel
 *   a6  SU 07 12:00 pro, VP +30m; identify u6+a6; u6 OC +60m  → 3 merged; raw ids: a6 2, u6 0
 *   u7  SU 05 08:00 free, VP +3d, OC +8d                      → 2 (converts outside 7d; 3 with 14d)
 *   u8  SU 08 09:00 pro, OC +10m, VP +20m, OC +30m            → 3 ordered, 1 strict (OC between SU and VP)
 *   u9  SU 09 09:00 free, VP +1h                              → 2
 *   u10 VP 09 11:00, SU 12 10:00                              → 1 (VP before SU does not count)
 *   u11 SU 12 09:00, VP +2m, OC +3m                           → 3
 *   u12 OC 12 15:00                                           → did not enter
 * Users 10, 8, 5. Time to VP: 120 300 600 1200 1200 1800 3600 259200 s (median 1200); to OC: 180 1800 3600 3600
 * 86400 s (median 3600).
 */
QByteArrayList events()
{
    s_messageNumber = 0;
    return {
        track("u1", 5, "09:00", "Signed Up", "pro"),
        track("u1", 5, "09:05", "Viewed Pricing"),
        track("u1", 5, "10:00", "Order Completed"),
        track("u1", 14, "12:00", "Viewed Pricing"),
        track("u2", 5, "10:00", "Signed Up", "pro"),
        track("u2", 5, "10:10", "Viewed Pricing"),
        track("u2", 6, "10:00", "Order Completed"),
        track("u2", 20, "10:00", "Order Completed"),
        track("u3", 6, "08:00", "Signed Up", "free"),
        track("u3", 6, "08:20", "Viewed Pricing"),
        track("u4", 6, "09:00", "Signed Up", "free"),
        track("u4", 6, "09:30", "Order Completed"),
        message("page", "u5", 7, "09:00", "Home"),
        track("a6", 7, "12:00", "Signed Up", "pro"),
        track("a6", 7, "12:30", "Viewed Pricing"),
        q("{'type':'identify','userId':'u6','anonymousId':'a6','messageId':'identify-6','timestamp':'2026-01-07T12:40:"
          "00.000Z','traits':{'plan':'pro'}}"),
        track("u6", 7, "13:00", "Order Completed"),
        track("u7", 5, "08:00", "Signed Up", "free"),
        track("u7", 8, "08:00", "Viewed Pricing"),
        track("u7", 13, "08:00", "Order Completed"),
        track("u8", 8, "09:00", "Signed Up", "pro"),
        track("u8", 8, "09:10", "Order Completed"),
        track("u8", 8, "09:20", "Viewed Pricing"),
        track("u8", 8, "09:30", "Order Completed"),
        track("u9", 9, "09:00", "Signed Up", "free"),
        track("u9", 9, "10:00", "Viewed Pricing"),
        track("u10", 9, "11:00", "Viewed Pricing"),
        track("u10", 12, "10:00", "Signed Up"),
        track("u11", 12, "09:00", "Signed Up"),
        track("u11", 12, "09:02", "Viewed Pricing"),
        track("u11", 12, "09:03", "Order Completed"),
        track("u12", 12, "15:00", "Order Completed"),
    };
}

const QString s_steps = QStringLiteral("Signed Up>Viewed Pricing>Order Completed");

QList<qint64> users(const QJsonArray& steps)
{
    QList<qint64> list;
    for (const QJsonValue& step : steps)
        list.append(step.toObject().value(QStringLiteral("users")).toInteger(-1));
    return list;
}

QList<qint64> integers(const QJsonArray& array)
{
    QList<qint64> list;
    for (const QJsonValue& value : array)
        list.append(value.toInteger(-1));
    return list;
}

bool near(const QJsonValue& value, double expected)
{
    return value.isDouble() && std::abs(value.toDouble() - expected) < 1e-9;
}

} // namespace

class TestAnalysisCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void funnelJson();
    void funnelStrictOrder();
    void funnelWindowAndExclusion();
    void funnelRawIds();
    void funnelBreakdown();
    void funnelStepConditions();
    void funnelCsv();
    void funnelText();
    void funnelToFile();
    void retentionJson();
    void retentionOnOrAfter();
    void retentionCsvAndText();
    void trendsJson();
    void trendsUsersAndRawIds();
    void trendsCsvAndText();
    void badFlagsExitTwo_data();
    void badFlagsExitTwo();
    void unknownEventWarns();
    void missingStoreFails();
    void helpListsSyntax_data();
    void helpListsSyntax();

private:
    CtlResult run(const QStringList& arguments, const QString& store = {});
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

CtlResult TestAnalysisCommands::run(const QStringList& arguments, const QString& store)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(JOURNEYCTL_PATH));
    process.setArguments(
        QStringList { QStringLiteral("--store"), store.isEmpty() ? path(QStringLiteral("store.db")) : store }
        + arguments);
    process.start();
    CtlResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestAnalysisCommands::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QFile file(path(QStringLiteral("events.ndjson")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(events().join('\n') + '\n');
    file.close();
    const CtlResult imported = run({ QStringLiteral("import"), file.fileName() });
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    QVERIFY2(imported.out.contains("32"), imported.describe().constData());
}

void TestAnalysisCommands::funnelJson()
{
    const CtlResult result = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
    // One compact line.
    QCOMPARE(result.out.count('\n'), 1);
    QVERIFY(result.out.endsWith('\n'));
    const QJsonObject json = result.json();
    QCOMPARE(json.keys(),
        (QStringList { QStringLiteral("order"), QStringLiteral("steps"), QStringLiteral("window_seconds") }));
    QCOMPARE(json.value(QStringLiteral("order")).toString(), QStringLiteral("ordered"));
    QCOMPARE(json.value(QStringLiteral("window_seconds")).toInteger(), 7 * 86400);
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    QCOMPARE(users(steps), (QList<qint64> { 10, 8, 5 }));
    const QStringList names { QStringLiteral("Signed Up"), QStringLiteral("Viewed Pricing"),
        QStringLiteral("Order Completed") };
    const double fromFirst[] = { 1.0, 0.8, 0.5 };
    const double fromPrevious[] = { 1.0, 0.8, 0.625 };
    for (int i = 0; i < 3; ++i) {
        const QJsonObject step = steps[i].toObject();
        QCOMPARE(step.keys(),
            (QStringList { QStringLiteral("conversion_from_first"), QStringLiteral("conversion_from_previous"),
                QStringLiteral("event"), QStringLiteral("median_seconds_to_convert"), QStringLiteral("users") }));
        QCOMPARE(step.value(QStringLiteral("event")).toString(), names[i]);
        QVERIFY2(near(step.value(QStringLiteral("conversion_from_first")), fromFirst[i]), result.out.constData());
        QVERIFY2(near(step.value(QStringLiteral("conversion_from_previous")), fromPrevious[i]), result.out.constData());
    }
    QVERIFY(steps[0].toObject().value(QStringLiteral("median_seconds_to_convert")).isNull());
    QVERIFY(near(steps[1].toObject().value(QStringLiteral("median_seconds_to_convert")), 1200));
    QVERIFY(near(steps[2].toObject().value(QStringLiteral("median_seconds_to_convert")), 3600));
}

void TestAnalysisCommands::funnelStrictOrder()
{
    // u8 did Order Completed between Signed Up and Viewed Pricing: strict stops them at step 1.
    const CtlResult result = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps,
        QStringLiteral("--order"), QStringLiteral("strict") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(result.json().value(QStringLiteral("order")).toString(), QStringLiteral("strict"));
    QCOMPARE(users(result.json().value(QStringLiteral("steps")).toArray()), (QList<qint64> { 10, 7, 4 }));

    const CtlResult any = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps, QStringLiteral("--order"),
        QStringLiteral("any") });
    QVERIFY2(any.exitCode == 0, any.describe().constData());
    QCOMPARE(any.json().value(QStringLiteral("order")).toString(), QStringLiteral("any"));
    // Any order: u4 (Signed Up, Order Completed) still lacks pricing; u10 (pricing 3 days before signing up)
    // has both within the window.
    QCOMPARE(users(any.json().value(QStringLiteral("steps")).toArray()), (QList<qint64> { 10, 9, 5 }));
}

void TestAnalysisCommands::funnelWindowAndExclusion()
{
    // u7 orders 8 days after signing up: inside a 14-day window only.
    const CtlResult wide = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps,
        QStringLiteral("--window"), QStringLiteral("14d") });
    QVERIFY2(wide.exitCode == 0, wide.describe().constData());
    QCOMPARE(wide.json().value(QStringLiteral("window_seconds")).toInteger(), 14 * 86400);
    QCOMPARE(users(wide.json().value(QStringLiteral("steps")).toArray()), (QList<qint64> { 10, 8, 6 }));

    // 15 minutes: u1 (5m) and u2 (10m) and u11 (2m) view pricing in time; only u11 also orders.
    const CtlResult narrow = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps,
        QStringLiteral("--window"), QStringLiteral("15m") });
    QVERIFY2(narrow.exitCode == 0, narrow.describe().constData());
    QCOMPARE(narrow.json().value(QStringLiteral("window_seconds")).toInteger(), 900);
    QCOMPARE(users(narrow.json().value(QStringLiteral("steps")).toArray()), (QList<qint64> { 10, 3, 1 }));

    // Identify between steps 2 and 3 excludes the merged a6/u6 from step 3.
    const CtlResult excluded = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps,
        QStringLiteral("--exclude"), QStringLiteral("identify:2-3") });
    QVERIFY2(excluded.exitCode == 0, excluded.describe().constData());
    QCOMPARE(users(excluded.json().value(QStringLiteral("steps")).toArray()), (QList<qint64> { 10, 8, 4 }));
    // Without a range: between the first step and the last. u8 ordered between signing up and viewing pricing.
    const CtlResult whole = run({ QStringLiteral("funnel"), QStringLiteral("--steps"),
        QStringLiteral("Signed Up>Viewed Pricing"), QStringLiteral("--exclude"), QStringLiteral("Order Completed") });
    QVERIFY2(whole.exitCode == 0, whole.describe().constData());
    QCOMPARE(users(whole.json().value(QStringLiteral("steps")).toArray()), (QList<qint64> { 10, 7 }));
}

void TestAnalysisCommands::funnelRawIds()
{
    // Without merging, a6 (signed up, viewed pricing) and u6 (identify, ordered) are two people.
    const CtlResult result
        = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps, QStringLiteral("--raw-ids") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(users(result.json().value(QStringLiteral("steps")).toArray()), (QList<qint64> { 10, 8, 4 }));
}

void TestAnalysisCommands::funnelBreakdown()
{
    const CtlResult result = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps,
        QStringLiteral("--breakdown"), QStringLiteral("plan") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QJsonObject json = result.json();
    QCOMPARE(users(json.value(QStringLiteral("steps")).toArray()), (QList<qint64> { 10, 8, 5 }));
    const QJsonObject breakdown = json.value(QStringLiteral("breakdown")).toObject();
    QCOMPARE(
        breakdown.keys(), (QStringList { QStringLiteral("(none)"), QStringLiteral("free"), QStringLiteral("pro") }));
    const auto bucket = [&](const char* value) {
        return breakdown.value(QLatin1String(value)).toObject().value(QStringLiteral("steps")).toArray();
    };
    QCOMPARE(users(bucket("pro")), (QList<qint64> { 4, 4, 4 }));
    QCOMPARE(users(bucket("free")), (QList<qint64> { 4, 3, 0 }));
    QCOMPARE(users(bucket("(none)")), (QList<qint64> { 2, 1, 1 }));
    // pro: to pricing 300 600 1200 1800 s.
    QVERIFY(near(bucket("pro")[1].toObject().value(QStringLiteral("median_seconds_to_convert")), 900));
    QVERIFY(bucket("free")[2].toObject().value(QStringLiteral("median_seconds_to_convert")).isNull());

    // A user property: the person's latest traits.plan; only a6/u6 identified with one.
    const CtlResult traits = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps,
        QStringLiteral("--breakdown"), QStringLiteral("traits.plan") });
    QVERIFY2(traits.exitCode == 0, traits.describe().constData());
    const QJsonObject byTrait = traits.json().value(QStringLiteral("breakdown")).toObject();
    QCOMPARE(byTrait.keys(), (QStringList { QStringLiteral("(none)"), QStringLiteral("pro") }));
    QCOMPARE(users(byTrait.value(QStringLiteral("pro")).toObject().value(QStringLiteral("steps")).toArray()),
        (QList<qint64> { 1, 1, 1 }));
}

void TestAnalysisCommands::funnelStepConditions()
{
    const CtlResult result = run({ QStringLiteral("funnel"), QStringLiteral("--steps"),
        QStringLiteral("Signed Up[plan=pro] > Viewed Pricing > Order Completed") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QJsonArray steps = result.json().value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps[0].toObject().value(QStringLiteral("event")).toString(), QStringLiteral("Signed Up[plan=pro]"));
    QCOMPARE(users(steps), (QList<qint64> { 4, 4, 4 }));
}

void TestAnalysisCommands::funnelCsv()
{
    const CtlResult result = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps,
        QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(result.out,
        QByteArray("step,event,users,conversion_from_first,conversion_from_previous,median_seconds_to_convert\n"
                   "1,Signed Up,10,1,1,\n"
                   "2,Viewed Pricing,8,0.8,0.8,1200\n"
                   "3,Order Completed,5,0.5,0.625,3600\n"));

    // A breakdown: a leading column, overall rows as (all), then the buckets (most entering first; ties by
    // value); conditions with a comma are quoted.
    const CtlResult broken = run({ QStringLiteral("funnel"), QStringLiteral("--steps"),
        QStringLiteral("Signed Up[plan!=x,plan?]>Viewed Pricing"), QStringLiteral("--breakdown"),
        QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(broken.exitCode == 0, broken.describe().constData());
    const QList<QByteArray> lines = broken.out.split('\n');
    QCOMPARE(lines.size(), 1 + 2 + 2 * 2 + 1);
    QCOMPARE(lines[0],
        QByteArray(
            "breakdown,step,event,users,conversion_from_first,conversion_from_previous,median_seconds_to_convert"));
    QCOMPARE(lines[1], QByteArray("(all),1,\"Signed Up[plan!=x,plan?]\",8,1,1,"));
    QCOMPARE(lines[2], QByteArray("(all),2,Viewed Pricing,7,0.875,0.875,1200"));
    QCOMPARE(lines[3], QByteArray("free,1,\"Signed Up[plan!=x,plan?]\",4,1,1,"));
    QCOMPARE(lines[4], QByteArray("free,2,Viewed Pricing,3,0.75,0.75,3600"));
    QCOMPARE(lines[5], QByteArray("pro,1,\"Signed Up[plan!=x,plan?]\",4,1,1,"));
    QCOMPARE(lines[6], QByteArray("pro,2,Viewed Pricing,4,1,1,900"));
    QCOMPARE(lines[7], QByteArray());
}

void TestAnalysisCommands::funnelText()
{
    const CtlResult result = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps,
        QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--breakdown"), QStringLiteral("plan") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QString text = QString::fromUtf8(result.out);
    for (const QString& expected :
        { QStringLiteral("Signed Up"), QStringLiteral("Viewed Pricing"), QStringLiteral("Order Completed"),
            QStringLiteral("100.0%"), QStringLiteral("80.0%"), QStringLiteral("62.5%"), QStringLiteral("50.0%"),
            QStringLiteral("20m 00s"), QStringLiteral("1h 00m"), QStringLiteral("window 7d"),
            QStringLiteral("plan = pro"), QStringLiteral("plan = (none)"), QStringLiteral("#") })
        QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(expected, text)));
    for (const QString& line : text.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 100, qPrintable(line));
    // The step rows line up: users right-aligned in one column.
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto row = [&](const QString& start) {
        for (const QString& line : lines) {
            if (line.startsWith(start))
                return line;
        }
        return QString();
    };
    const QString first = row(QStringLiteral("1. Signed Up"));
    const QString third = row(QStringLiteral("3. Order Completed"));
    QVERIFY2(!first.isEmpty() && !third.isEmpty(), qPrintable(text));
    QCOMPARE(first.indexOf(QStringLiteral("10 ")) + 1, third.indexOf(QStringLiteral(" 5 ")) + 1);
}

void TestAnalysisCommands::funnelToFile()
{
    const QString file = path(QStringLiteral("funnel.json"));
    const CtlResult result
        = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps, QStringLiteral("--out"), file });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(users(QJsonDocument::fromJson(written.readAll()).object().value(QStringLiteral("steps")).toArray()),
        (QList<qint64> { 10, 8, 5 }));
}

void TestAnalysisCommands::retentionJson()
{
    // Cohort 2026-01-05: u1 u2 u3 u4 a6 u7 u8 u9; back in week 1: u1 (pricing 01-14), u7 (order 01-13); week 2: u2.
    // Cohort 2026-01-12: u10 (whose pricing view on 01-09 precedes the cohort and does not count), u11.
    // The data ends in the week of 01-19: later periods count 0.
    const CtlResult result
        = run({ QStringLiteral("retention"), QStringLiteral("--cohort-event"), QStringLiteral("Signed Up"),
            QStringLiteral("--return-event"), QStringLiteral("*"), QStringLiteral("--periods"), QStringLiteral("4") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
    QCOMPARE(result.out,
        q("{'cohorts':[{'retained':[8,2,1,0],'size':8,'start':'2026-01-05'},"
          "{'retained':[2,0,0,0],'size':2,'start':'2026-01-12'}],'period':'week'}\n"));
    const QJsonObject json = result.json();
    for (const QJsonValue& cohort : json.value(QStringLiteral("cohorts")).toArray()) {
        const QDate start = QDate::fromString(cohort.toObject().value(QStringLiteral("start")).toString(), Qt::ISODate);
        QCOMPARE(start.dayOfWeek(), 1); // Monday
    }

    // A return event with a condition-free name; the default 8 periods.
    const CtlResult orders = run({ QStringLiteral("retention"), QStringLiteral("--cohort-event"),
        QStringLiteral("Signed Up"), QStringLiteral("--return-event"), QStringLiteral("Order Completed") });
    QVERIFY2(orders.exitCode == 0, orders.describe().constData());
    const QJsonArray cohorts = orders.json().value(QStringLiteral("cohorts")).toArray();
    QCOMPARE(cohorts.size(), 2);
    QCOMPARE(integers(cohorts[0].toObject().value(QStringLiteral("retained")).toArray()),
        (QList<qint64> { 5, 1, 1, 0, 0, 0, 0, 0 }));
    QCOMPARE(integers(cohorts[1].toObject().value(QStringLiteral("retained")).toArray()),
        (QList<qint64> { 1, 0, 0, 0, 0, 0, 0, 0 }));

    // By day: cohorts start on the days of each first sign-up.
    const CtlResult daily = run({ QStringLiteral("retention"), QStringLiteral("--cohort-event"),
        QStringLiteral("Signed Up"), QStringLiteral("--return-event"), QStringLiteral("Signed Up"),
        QStringLiteral("--period"), QStringLiteral("day"), QStringLiteral("--periods"), QStringLiteral("1") });
    QVERIFY2(daily.exitCode == 0, daily.describe().constData());
    QCOMPARE(daily.json().value(QStringLiteral("period")).toString(), QStringLiteral("day"));
    QStringList starts;
    QList<qint64> sizes;
    for (const QJsonValue& cohort : daily.json().value(QStringLiteral("cohorts")).toArray()) {
        starts.append(cohort.toObject().value(QStringLiteral("start")).toString());
        sizes.append(cohort.toObject().value(QStringLiteral("size")).toInteger());
    }
    QCOMPARE(starts,
        (QStringList { QStringLiteral("2026-01-05"), QStringLiteral("2026-01-06"), QStringLiteral("2026-01-07"),
            QStringLiteral("2026-01-08"), QStringLiteral("2026-01-09"), QStringLiteral("2026-01-12") }));
    QCOMPARE(sizes, (QList<qint64> { 3, 2, 1, 1, 1, 2 }));
}

void TestAnalysisCommands::retentionOnOrAfter()
{
    const CtlResult result = run({ QStringLiteral("retention"), QStringLiteral("--cohort-event"),
        QStringLiteral("Signed Up"), QStringLiteral("--return-event"), QStringLiteral("*"), QStringLiteral("--periods"),
        QStringLiteral("4"), QStringLiteral("--mode"), QStringLiteral("on-or-after") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QJsonArray cohorts = result.json().value(QStringLiteral("cohorts")).toArray();
    QCOMPARE(cohorts.size(), 2);
    // u2 came back in week 2, so counts in week 1 too.
    QCOMPARE(
        integers(cohorts[0].toObject().value(QStringLiteral("retained")).toArray()), (QList<qint64> { 8, 3, 1, 0 }));
    QCOMPARE(
        integers(cohorts[1].toObject().value(QStringLiteral("retained")).toArray()), (QList<qint64> { 2, 0, 0, 0 }));

    // A breakdown by the plan at the first sign-up.
    const CtlResult broken = run({ QStringLiteral("retention"), QStringLiteral("--cohort-event"),
        QStringLiteral("Signed Up"), QStringLiteral("--return-event"), QStringLiteral("*"), QStringLiteral("--periods"),
        QStringLiteral("2"), QStringLiteral("--breakdown"), QStringLiteral("plan") });
    QVERIFY2(broken.exitCode == 0, broken.describe().constData());
    const QJsonObject breakdown = broken.json().value(QStringLiteral("breakdown")).toObject();
    QCOMPARE(
        breakdown.keys(), (QStringList { QStringLiteral("(none)"), QStringLiteral("free"), QStringLiteral("pro") }));
    const QJsonArray pro = breakdown.value(QStringLiteral("pro")).toObject().value(QStringLiteral("cohorts")).toArray();
    QCOMPARE(pro.size(), 1);
    QCOMPARE(pro[0].toObject().value(QStringLiteral("size")).toInteger(), 4);
    QCOMPARE(integers(pro[0].toObject().value(QStringLiteral("retained")).toArray()), (QList<qint64> { 4, 1 }));
}

void TestAnalysisCommands::retentionCsvAndText()
{
    const QStringList query { QStringLiteral("retention"), QStringLiteral("--cohort-event"),
        QStringLiteral("Signed Up"), QStringLiteral("--return-event"), QStringLiteral("*"), QStringLiteral("--periods"),
        QStringLiteral("4") };
    const CtlResult csv = run(query + QStringList { QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(csv.exitCode == 0, csv.describe().constData());
    // Periods after the data's last week are empty, not 0.
    QCOMPARE(csv.out,
        QByteArray("cohort_start,size,retained_0,retained_1,retained_2,retained_3\n"
                   "2026-01-05,8,8,2,1,\n"
                   "2026-01-12,2,2,0,,\n"));

    const CtlResult text = run(query + QStringList { QStringLiteral("--format"), QStringLiteral("text") });
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'));
    const auto row = [&](const QString& start) {
        for (const QString& line : lines) {
            if (line.startsWith(start))
                return line.simplified();
        }
        return QString();
    };
    QVERIFY2(row(QStringLiteral("Cohort")).endsWith(QStringLiteral("Size W0 W1 W2 W3")), text.out.constData());
    QCOMPARE(row(QStringLiteral("2026-01-05")), QStringLiteral("2026-01-05 8 100.0% 25.0% 12.5%"));
    QCOMPARE(row(QStringLiteral("2026-01-12")), QStringLiteral("2026-01-12 2 100.0% 0.0%"));
    // The average over the cohorts observable that far: week 1 is (2 + 0) / (8 + 2).
    QCOMPARE(row(QStringLiteral("Average")), QStringLiteral("Average 100.0% 20.0% 12.5%"));
}

void TestAnalysisCommands::trendsJson()
{
    const CtlResult result = run({ QStringLiteral("trends"), QStringLiteral("--events"),
        QStringLiteral("Signed Up,Order Completed,*,Signed Up[plan=pro,plan?]"), QStringLiteral("--period"),
        QStringLiteral("week") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QStringLiteral("period")).toString(), QStringLiteral("week"));
    QCOMPARE(json.value(QStringLiteral("measure")).toString(), QStringLiteral("events"));
    QCOMPARE(json.value(QStringLiteral("periods")).toArray(),
        (QJsonArray { QStringLiteral("2026-01-05"), QStringLiteral("2026-01-12"), QStringLiteral("2026-01-19") }));
    const QJsonArray series = json.value(QStringLiteral("series")).toArray();
    QCOMPARE(series.size(), 4);
    const QStringList names { QStringLiteral("Signed Up"), QStringLiteral("Order Completed"), QStringLiteral("*"),
        QStringLiteral("Signed Up[plan=pro,plan?]") };
    const QList<QList<qint64>> counts { { 8, 2, 0 }, { 6, 3, 1 }, { 24, 7, 1 }, { 4, 0, 0 } };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(series[i].toObject().value(QStringLiteral("event")).toString(), names[i]);
        QCOMPARE(integers(series[i].toObject().value(QStringLiteral("counts")).toArray()), counts[i]);
    }

    // A time range: --to takes the whole day; --from the start of its day.
    const CtlResult ranged = run({ QStringLiteral("trends"), QStringLiteral("--events"), QStringLiteral("*"),
        QStringLiteral("--from"), QStringLiteral("2026-01-06"), QStringLiteral("--to"), QStringLiteral("2026-01-07") });
    QVERIFY2(ranged.exitCode == 0, ranged.describe().constData());
    QCOMPARE(ranged.json().value(QStringLiteral("periods")).toArray(),
        (QJsonArray { QStringLiteral("2026-01-06"), QStringLiteral("2026-01-07") }));
    // 01-06: u2 order, u3 two, u4 two; 01-07: u5 page, a6 two, identify, u6 order.
    QCOMPARE(integers(ranged.json()
                          .value(QStringLiteral("series"))
                          .toArray()[0]
                          .toObject()
                          .value(QStringLiteral("counts"))
                          .toArray()),
        (QList<qint64> { 5, 5 }));
}

void TestAnalysisCommands::trendsUsersAndRawIds()
{
    const QStringList query { QStringLiteral("trends"), QStringLiteral("--events"),
        QStringLiteral("*,page:Home,identify"), QStringLiteral("--period"), QStringLiteral("week"),
        QStringLiteral("--measure"), QStringLiteral("users") };
    const CtlResult merged = run(query);
    QVERIFY2(merged.exitCode == 0, merged.describe().constData());
    QCOMPARE(merged.json().value(QStringLiteral("measure")).toString(), QStringLiteral("users"));
    const QJsonArray series = merged.json().value(QStringLiteral("series")).toArray();
    QCOMPARE(integers(series[0].toObject().value(QStringLiteral("counts")).toArray()), (QList<qint64> { 10, 5, 1 }));
    QCOMPARE(integers(series[1].toObject().value(QStringLiteral("counts")).toArray()), (QList<qint64> { 1, 0, 0 }));
    QCOMPARE(integers(series[2].toObject().value(QStringLiteral("counts")).toArray()), (QList<qint64> { 1, 0, 0 }));
    // a6 and u6 apart: one more user in the first week.
    const CtlResult raw = run(query + QStringList { QStringLiteral("--raw-ids") });
    QVERIFY2(raw.exitCode == 0, raw.describe().constData());
    QCOMPARE(integers(raw.json()
                          .value(QStringLiteral("series"))
                          .toArray()[0]
                          .toObject()
                          .value(QStringLiteral("counts"))
                          .toArray()),
        (QList<qint64> { 11, 5, 1 }));
}

void TestAnalysisCommands::trendsCsvAndText()
{
    const QStringList query { QStringLiteral("trends"), QStringLiteral("--events"),
        QStringLiteral("Signed Up,Order Completed[plan!=x,plan!=y]"), QStringLiteral("--period"),
        QStringLiteral("week") };
    const CtlResult csv = run(query + QStringList { QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(csv.exitCode == 0, csv.describe().constData());
    QCOMPARE(csv.out,
        QByteArray("period_start,Signed Up,\"Order Completed[plan!=x,plan!=y]\"\n"
                   "2026-01-05,8,6\n"
                   "2026-01-12,2,3\n"
                   "2026-01-19,0,1\n"));
    const CtlResult text = run(query + QStringList { QStringLiteral("--format"), QStringLiteral("text") });
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("2026-01-05          8                         6")), text.out.constData());
    QVERIFY2(lines.contains(QStringLiteral("Total              10                        10")), text.out.constData());
}

void TestAnalysisCommands::badFlagsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QStringList funnel { QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps };
    const QStringList retention { QStringLiteral("retention"), QStringLiteral("--cohort-event"),
        QStringLiteral("Signed Up"), QStringLiteral("--return-event"), QStringLiteral("*") };
    const QStringList trends { QStringLiteral("trends"), QStringLiteral("--events"), QStringLiteral("Signed Up") };
    QTest::newRow("window 7y") << funnel + QStringList { QStringLiteral("--window"), QStringLiteral("7y") }
                               << QStringLiteral("--window: \"7y\" is not a duration");
    QTest::newRow("window 400d") << funnel + QStringList { QStringLiteral("--window"), QStringLiteral("400d") }
                                 << QStringLiteral("--window: \"400d\"");
    QTest::newRow("order sideways") << funnel + QStringList { QStringLiteral("--order"), QStringLiteral("sideways") }
                                    << QStringLiteral("--order: \"sideways\"");
    QTest::newRow("one step") << QStringList { QStringLiteral("funnel"), QStringLiteral("--steps"),
        QStringLiteral("A") } << QStringLiteral("--steps: \"A\"");
    QTest::newRow("empty step") << QStringList { QStringLiteral("funnel"), QStringLiteral("--steps"),
        QStringLiteral("A>>B") } << QStringLiteral("--steps: step 2 is empty");
    QTest::newRow("bad condition") << QStringList { QStringLiteral("funnel"), QStringLiteral("--steps"),
        QStringLiteral("A[plan]>B") }
                                   << QStringLiteral("--steps: \"plan\" is not a condition");
    QTest::newRow("no steps") << QStringList { QStringLiteral("funnel") } << QStringLiteral("--steps is required");
    QTest::newRow("exclude range") << funnel
            + QStringList { QStringLiteral("--exclude"), QStringLiteral("Logged Out:2-7") }
                                   << QStringLiteral("--exclude: exclusion \"Logged Out\" must lie between two steps");
    QTest::newRow("exclude half range") << funnel
            + QStringList { QStringLiteral("--exclude"), QStringLiteral("Logged Out:2") }
                                        << QStringLiteral("--exclude: \"Logged Out:2\"");
    QTest::newRow("attribution") << funnel + QStringList { QStringLiteral("--attribution"), QStringLiteral("step:9") }
                                 << QStringLiteral("--attribution: the breakdown is attributed to step 9");
    QTest::newRow("funnel format xml") << funnel + QStringList { QStringLiteral("--format"), QStringLiteral("xml") }
                                       << QStringLiteral("--format: \"xml\" is not json, csv or text");
    QTest::newRow("from") << funnel + QStringList { QStringLiteral("--from"), QStringLiteral("yesterday") }
                          << QStringLiteral("--from: \"yesterday\"");
    QTest::newRow("empty range") << funnel
            + QStringList { QStringLiteral("--from"), QStringLiteral("2026-01-09"), QStringLiteral("--to"),
                  QStringLiteral("2026-01-05") }
                                 << QStringLiteral("the time range is empty");
    QTest::newRow("periods 0") << retention + QStringList { QStringLiteral("--periods"), QStringLiteral("0") }
                               << QStringLiteral("--periods: \"0\" is not a whole number from 1 to 400");
    QTest::newRow("period fortnight") << retention
            + QStringList { QStringLiteral("--period"), QStringLiteral("fortnight") }
                                      << QStringLiteral("--period: \"fortnight\"");
    QTest::newRow("mode") << retention + QStringList { QStringLiteral("--mode"), QStringLiteral("after") }
                          << QStringLiteral("--mode: \"after\"");
    QTest::newRow("cohort any") << QStringList { QStringLiteral("retention"), QStringLiteral("--cohort-event"),
        QStringLiteral("*"), QStringLiteral("--return-event"), QStringLiteral("*") }
                                << QStringLiteral("--cohort-event");
    QTest::newRow("no return event") << QStringList { QStringLiteral("retention"), QStringLiteral("--cohort-event"),
        QStringLiteral("Signed Up") } << QStringLiteral("--return-event is required");
    QTest::newRow("retention format xml")
        << retention + QStringList { QStringLiteral("--format"), QStringLiteral("xml") }
        << QStringLiteral("--format: \"xml\"");
    QTest::newRow("measure") << trends + QStringList { QStringLiteral("--measure"), QStringLiteral("sessions") }
                             << QStringLiteral("--measure: \"sessions\"");
    QTest::newRow("empty series") << QStringList { QStringLiteral("trends"), QStringLiteral("--events"),
        QStringLiteral("A,,B") } << QStringLiteral("--events: series 2");
    QTest::newRow("trends format xml") << trends + QStringList { QStringLiteral("--format"), QStringLiteral("xml") }
                                       << QStringLiteral("--format: \"xml\"");
    QTest::newRow("unknown option") << funnel + QStringList { QStringLiteral("--sideways") }
                                    << QStringLiteral("sideways");
}

void TestAnalysisCommands::badFlagsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CtlResult result = run(arguments);
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(expected), result.describe().constData());
    QVERIFY2(result.err.startsWith(QByteArray("journeyctl " + arguments.first().toUtf8() + ": ")),
        result.describe().constData());
}

void TestAnalysisCommands::unknownEventWarns()
{
    const CtlResult result
        = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), QStringLiteral("Signed Up>Viewd Pricing") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.err.contains("no event in the store is called \"Viewd Pricing\"; did you mean \"Viewed Pricing\"?"),
        result.describe().constData());
    QCOMPARE(users(result.json().value(QStringLiteral("steps")).toArray()), (QList<qint64> { 10, 0 }));

    // A page name without its prefix; a name like nothing in the store.
    const CtlResult page
        = run({ QStringLiteral("trends"), QStringLiteral("--events"), QStringLiteral("Home,Zzyzx Qwerty") });
    QVERIFY2(page.exitCode == 0, page.describe().constData());
    QVERIFY2(page.err.contains("\"Home\"; did you mean \"page:Home\"?"), page.describe().constData());
    QVERIFY2(page.err.contains("no event in the store is called \"Zzyzx Qwerty\"\n"), page.describe().constData());

    const CtlResult retention = run({ QStringLiteral("retention"), QStringLiteral("--cohort-event"),
        QStringLiteral("signed up"), QStringLiteral("--return-event"), QStringLiteral("*") });
    QVERIFY2(retention.exitCode == 0, retention.describe().constData());
    QVERIFY2(retention.err.contains("did you mean \"Signed Up\"?"), retention.describe().constData());
    QCOMPARE(retention.json().value(QStringLiteral("cohorts")).toArray().size(), 0);
}

void TestAnalysisCommands::missingStoreFails()
{
    const CtlResult result = run(
        { QStringLiteral("funnel"), QStringLiteral("--steps"), s_steps }, path(QStringLiteral("no-such-store.db")));
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
    QVERIFY2(result.err.startsWith("journeyctl funnel: "), result.describe().constData());
    QVERIFY(!QFile::exists(path(QStringLiteral("no-such-store.db"))));
}

void TestAnalysisCommands::helpListsSyntax_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("funnel") << QStringLiteral("funnel")
                            << QStringList { QStringLiteral("Usage: journeyctl funnel"), QStringLiteral("--steps"),
                                   QStringLiteral("--window"), QStringLiteral("--exclude"), QStringLiteral("page:NAME"),
                                   QStringLiteral("screen:NAME"), QStringLiteral("identify"),
                                   QStringLiteral("plan=pro"), QStringLiteral("--raw-ids"), QStringLiteral("'>'") };
    QTest::newRow("retention") << QStringLiteral("retention")
                               << QStringList { QStringLiteral("Usage: journeyctl retention"),
                                      QStringLiteral("--cohort-event"), QStringLiteral("--return-event"),
                                      QStringLiteral("--mode"), QStringLiteral("on-or-after"),
                                      QStringLiteral("page:NAME") };
    QTest::newRow("trends") << QStringLiteral("trends")
                            << QStringList { QStringLiteral("Usage: journeyctl trends"), QStringLiteral("--events"),
                                   QStringLiteral("--measure"), QStringLiteral("page:NAME") };
}

void TestAnalysisCommands::helpListsSyntax()
{
    QFETCH(QString, command);
    QFETCH(QStringList, expected);
    const CtlResult result = run({ command, QStringLiteral("--help") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    for (const QString& text : expected)
        QVERIFY2(QString::fromUtf8(result.out).contains(text),
            qPrintable(text + QLatin1Char('\n') + QString::fromUtf8(result.out)));
    // The command list names the command too.
    const CtlResult usage = run({ QStringLiteral("--help") });
    QVERIFY2(usage.out.contains(QByteArray("  " + command.toUtf8() + ' ')), usage.describe().constData());
}

QTEST_GUILESS_MAIN(TestAnalysisCommands)
#include "tst_analysiscommands.moc"

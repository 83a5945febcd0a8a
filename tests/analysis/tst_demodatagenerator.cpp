// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// DemoDataGenerator: the same options give the same bytes, exactly the events asked for, every line importable,
// timestamps in the range, one userId per anonymousId, a funnel with a real drop-off and retention that decays;
// and `journeyctl generate` as a script runs it.

#include "analysis/demodatagenerator.h"
#include "core/timestamp.h"
#include "io/eventimporter.h"
#include "store/storewriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <vector>

using namespace Journey;

namespace {

constexpr qint64 msPerDay = 86'400'000;

QByteArray generate(const DemoDataGenerator::Options& options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!DemoDataGenerator::write(options, buffer, &error))
        qWarning() << "generation failed:" << error;
    return buffer.data();
}

DemoDataGenerator::Options smallOptions(quint64 seed = 42)
{
    DemoDataGenerator::Options options;
    options.users = 400;
    options.events = 40'000;
    options.seed = seed;
    return options;
}

QByteArrayList lines(const QByteArray& text)
{
    QByteArrayList result = text.split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

struct Message
{
    QString type;
    QString name; ///< event for track, "page:NAME"/"screen:NAME", the type otherwise
    QString userId;
    QString anonymousId;
    QString messageId;
    QString timestampText;
    qint64 timestamp = 0;
    bool hasCampaign = false;
};

std::vector<Message> parseAll(const QByteArray& text)
{
    std::vector<Message> messages;
    for (const QByteArray& line : lines(text)) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        Message message;
        message.type = object.value(QLatin1String("type")).toString();
        if (message.type == QLatin1String("track"))
            message.name = object.value(QLatin1String("event")).toString();
        else if (message.type == QLatin1String("page") || message.type == QLatin1String("screen"))
            message.name = message.type + QLatin1Char(':') + object.value(QLatin1String("name")).toString();
        else
            message.name = message.type;
        message.userId = object.value(QLatin1String("userId")).toString();
        message.anonymousId = object.value(QLatin1String("anonymousId")).toString();
        message.messageId = object.value(QLatin1String("messageId")).toString();
        message.timestampText = object.value(QLatin1String("timestamp")).toString();
        message.timestamp = Timestamp::parseIso8601(message.timestampText.toUtf8()).value_or(-1);
        message.hasCampaign = object.value(QLatin1String("context")).toObject().contains(QLatin1String("campaign"));
        messages.push_back(message);
    }
    return messages;
}

/// The merged person of each message: its userId, else the userId its anonymousId was identified with.
QStringList persons(const std::vector<Message>& messages)
{
    QHash<QString, QString> userOf;
    for (const Message& message : messages) {
        if (!message.userId.isEmpty() && !message.anonymousId.isEmpty())
            userOf.insert(message.anonymousId, message.userId);
    }
    QStringList result;
    for (const Message& message : messages)
        result.append(
            !message.userId.isEmpty() ? message.userId : userOf.value(message.anonymousId, message.anonymousId));
    return result;
}

/// Persons reaching each step of an ordered funnel (ClickHouse windowFunnel: strictly increasing times, the last
/// step at most \a window after the first), computed the plain way.
std::vector<int> orderedFunnel(const std::vector<Message>& messages, const QStringList& steps, qint64 window)
{
    const QStringList personOf = persons(messages);
    QHash<QString, std::vector<std::pair<qint64, int>>> byPerson;
    for (size_t i = 0; i < messages.size(); ++i) {
        const int step = int(steps.indexOf(messages[i].name));
        if (step >= 0)
            byPerson[personOf[qsizetype(i)]].push_back({ messages[i].timestamp, step });
    }
    std::vector<int> reached(size_t(steps.size()), 0);
    for (auto& events : byPerson) {
        std::sort(events.begin(), events.end());
        int best = 0;
        for (const auto& [start, step] : events) {
            if (step != 0)
                continue;
            int level = 1;
            qint64 at = start;
            for (int next = 1; next < steps.size(); ++next) {
                const auto found = std::find_if(events.begin(), events.end(), [&](const auto& event) {
                    return event.second == next && event.first > at && event.first - start <= window;
                });
                if (found == events.end())
                    break;
                at = found->first;
                level = next + 1;
            }
            best = std::max(best, level);
        }
        for (int k = 0; k < best; ++k)
            ++reached[size_t(k)];
    }
    return reached;
}

} // namespace

class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministic();
    void exactLineCount_data();
    void exactLineCount();
    void rejectsBadOptions();
    void progressAndCancel();
    void importsIntoTheStore();
    void timestampsAndIds();
    void identityStructure();
    void vocabulary();
    void funnelDropOff();
    void retentionDecays();
    void fast();

    void cliUsageError();
    void cliWritesLines();
    void cliImports();

private:
    struct CtlResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QByteArray describe() const
        {
            return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(500)
                + "\nstderr: " + err.left(2000);
        }
    };
    CtlResult runCtl(const QStringList& arguments, const QString& store);
};

void TestDemoDataGenerator::deterministic()
{
    const QByteArray first = generate(smallOptions(42));
    QCOMPARE(lines(first).size(), 40'000);
    QCOMPARE(generate(smallOptions(42)), first);
    QVERIFY(generate(smallOptions(43)) != first);

    // Every option counts: the same seed with another start date moves every timestamp.
    DemoDataGenerator::Options moved = smallOptions(42);
    moved.start = moved.start.addDays(7);
    const QByteArray shifted = generate(moved);
    QVERIFY(shifted != first);
    QCOMPARE(lines(shifted).size(), 40'000);
}

void TestDemoDataGenerator::exactLineCount_data()
{
    QTest::addColumn<qint64>("users");
    QTest::addColumn<qint64>("events");
    QTest::addColumn<int>("days");
    QTest::newRow("no events") << qint64(10) << qint64(0) << 56;
    QTest::newRow("one event") << qint64(10) << qint64(1) << 56;
    QTest::newRow("fewer events than users") << qint64(1000) << qint64(500) << 56;
    QTest::newRow("one user, many events") << qint64(1) << qint64(20'000) << 56;
    QTest::newRow("one day") << qint64(50) << qint64(7'777) << 1;
    QTest::newRow("a year") << qint64(300) << qint64(12'345) << 365;
}

void TestDemoDataGenerator::exactLineCount()
{
    QFETCH(qint64, users);
    QFETCH(qint64, events);
    QFETCH(int, days);
    DemoDataGenerator::Options options;
    options.users = users;
    options.events = events;
    options.days = days;
    options.seed = 7;
    const QByteArray text = generate(options);
    QCOMPARE(text.count('\n'), events);
    QVERIFY(events == 0 || text.endsWith('\n'));
    QVERIFY(!text.contains("\n\n"));
    const qint64 start = options.start.toMSecsSinceEpoch();
    for (const Message& message : parseAll(text)) {
        QVERIFY2(message.timestamp >= start && message.timestamp < start + days * msPerDay,
            qPrintable(message.timestampText));
    }
}

void TestDemoDataGenerator::rejectsBadOptions()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    DemoDataGenerator::Options options;
    options.users = 0;
    QVERIFY(!DemoDataGenerator::write(options, buffer, &error));
    QVERIFY2(error.contains(QLatin1String("users")), qPrintable(error));
    options = DemoDataGenerator::Options();
    options.days = 0;
    QVERIFY(!DemoDataGenerator::write(options, buffer, &error));
    QVERIFY2(error.contains(QLatin1String("days")), qPrintable(error));
    options = DemoDataGenerator::Options();
    options.events = -1;
    QVERIFY(!DemoDataGenerator::write(options, buffer, &error));
    QVERIFY2(error.contains(QLatin1String("events")), qPrintable(error));
    QCOMPARE(buffer.size(), 0);

    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    QVERIFY(!DemoDataGenerator::write(DemoDataGenerator::Options(), readOnly, &error));
}

void TestDemoDataGenerator::progressAndCancel()
{
    DemoDataGenerator::Options options;
    options.users = 100;
    options.events = 250'000;
    QList<qint64> reported;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(DemoDataGenerator::write(options, buffer, &error, [&](qint64 done) {
        reported.append(done);
        return true;
    }));
    QCOMPARE(reported, (QList<qint64> { 100'000, 200'000 }));

    QBuffer cancelled;
    cancelled.open(QIODevice::WriteOnly);
    QVERIFY(!DemoDataGenerator::write(options, cancelled, &error, [](qint64 done) { return done < 100'000; }));
    QVERIFY2(error.contains(QLatin1String("cancel")), qPrintable(error));
    QVERIFY(cancelled.data().count('\n') <= 100'000);
}

void TestDemoDataGenerator::importsIntoTheStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("demo.ndjson"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(DemoDataGenerator::write(smallOptions(), out, &error), qPrintable(error));
    }
    StoreWriter writer(dir.filePath(QStringLiteral("store/journey.db")));
    QString error;
    QVERIFY2(writer.open(&error), qPrintable(error));
    EventImporter importer(writer);
    EventImporter::Result result;
    // Strict: the first line the parser rejects fails the whole import and names it.
    QVERIFY2(importer.importFiles({ file }, EventImporter::Options(), result, &error), qPrintable(error));
    QCOMPARE(result.imported, qint64(40'000));
    QCOMPARE(result.skipped, qint64(0));
}

void TestDemoDataGenerator::timestampsAndIds()
{
    const DemoDataGenerator::Options options = smallOptions();
    const std::vector<Message> messages = parseAll(generate(options));
    QCOMPARE(messages.size(), size_t(40'000));
    const qint64 start = options.start.toMSecsSinceEpoch();
    const qint64 end = start + options.days * msPerDay;
    QSet<QString> messageIds;
    qint64 ties = 0;
    for (size_t i = 0; i < messages.size(); ++i) {
        const Message& message = messages[i];
        QVERIFY2(message.timestamp >= start && message.timestamp < end, qPrintable(message.timestampText));
        // The canonical form: milliseconds and Z.
        QCOMPARE(message.timestampText.size(), 24);
        QVERIFY(message.timestampText.endsWith(QLatin1Char('Z')));
        QCOMPARE(message.messageId.size(), 36);
        messageIds.insert(message.messageId);
        if (i > 0 && messages[i - 1].anonymousId == message.anonymousId) {
            // Each device's events come in time order; a few share their millisecond.
            QVERIFY2(messages[i - 1].timestamp <= message.timestamp, qPrintable(message.timestampText));
            ties += messages[i - 1].timestamp == message.timestamp ? 1 : 0;
        }
    }
    QCOMPARE(messageIds.size(), qsizetype(messages.size()));
    QVERIFY2(ties > 0 && ties < qint64(messages.size()) / 20, qPrintable(QString::number(ties)));
}

void TestDemoDataGenerator::identityStructure()
{
    const std::vector<Message> messages = parseAll(generate(smallOptions()));
    QHash<QString, QString> userOf; // anonymousId → userId
    QSet<QString> identifiedDevices;
    QHash<QString, QSet<QString>> devicesOf; // userId → anonymousIds
    for (const Message& message : messages) {
        QVERIFY(message.type != QLatin1String("alias"));
        QVERIFY2(!message.anonymousId.isEmpty(), "every message carries its device's anonymousId");
        if (message.type == QLatin1String("identify")) {
            QVERIFY(!message.userId.isEmpty());
            identifiedDevices.insert(message.anonymousId);
        }
        // Before a device's identify only the anonymousId, after it both.
        QCOMPARE(!message.userId.isEmpty(), identifiedDevices.contains(message.anonymousId));
        if (message.userId.isEmpty())
            continue;
        const auto known = userOf.constFind(message.anonymousId);
        if (known != userOf.constEnd())
            QCOMPARE(*known, message.userId); // never two userIds for one anonymousId
        userOf.insert(message.anonymousId, message.userId);
        devicesOf[message.userId].insert(message.anonymousId);
    }
    // About 70 % of the users identify; some of them on more than one device.
    const double identified = double(devicesOf.size()) / 400.0;
    QVERIFY2(identified > 0.55 && identified < 0.85, qPrintable(QString::number(identified)));
    const auto multiDevice
        = std::count_if(devicesOf.cbegin(), devicesOf.cend(), [](const QSet<QString>& d) { return d.size() > 1; });
    QVERIFY2(multiDevice > 20, qPrintable(QString::number(multiDevice)));
}

void TestDemoDataGenerator::vocabulary()
{
    const std::vector<Message> messages = parseAll(generate(smallOptions()));
    QHash<QString, int> counts;
    int campaigns = 0;
    for (const Message& message : messages) {
        ++counts[message.name];
        campaigns += message.hasCampaign ? 1 : 0;
    }
    for (const char* name :
        { "App Opened", "Signed Up", "Product Viewed", "Product Added", "Checkout Started", "Order Completed",
            "Search Performed", "identify", "page:Home", "page:Pricing", "page:Product", "page:Cart", "screen:Home" }) {
        QVERIFY2(counts.value(QLatin1String(name)) > 0, name);
    }
    // Signed Up once per signing-up user (about 60 %).
    const double signedUp = double(counts.value(QStringLiteral("Signed Up"))) / 400.0;
    QVERIFY2(signedUp > 0.45 && signedUp < 0.75, qPrintable(QString::number(signedUp)));
    QVERIFY(campaigns > 100 && campaigns < counts.value(QStringLiteral("App Opened")));
    QVERIFY(counts.value(QStringLiteral("screen:Home")) < counts.value(QStringLiteral("page:Home")));
}

void TestDemoDataGenerator::funnelDropOff()
{
    DemoDataGenerator::Options options = smallOptions();
    options.users = 1500;
    options.events = 100'000;
    const std::vector<Message> messages = parseAll(generate(options));
    const QStringList steps { QStringLiteral("Product Viewed"), QStringLiteral("Product Added"),
        QStringLiteral("Checkout Started"), QStringLiteral("Order Completed") };
    const std::vector<int> week = orderedFunnel(messages, steps, 7 * msPerDay);
    const QString shown = QStringLiteral("%1 > %2 > %3 > %4").arg(week[0]).arg(week[1]).arg(week[2]).arg(week[3]);
    for (size_t k = 1; k < week.size(); ++k)
        QVERIFY2(week[k] < week[k - 1], qPrintable(shown));
    // Roughly 35 %, 60 %, 70 % from step to step.
    const std::array<std::pair<double, double>, 3> expected { { { 0.25, 0.45 }, { 0.45, 0.75 }, { 0.5, 0.85 } } };
    for (size_t k = 1; k < week.size(); ++k) {
        const double ratio = double(week[k]) / double(week[k - 1]);
        QVERIFY2(ratio > expected[k - 1].first && ratio < expected[k - 1].second, qPrintable(shown));
    }
    // Some orders come days after the checkout began: a one-day window loses them, a long one keeps them.
    const std::vector<int> day = orderedFunnel(messages, steps, msPerDay);
    const std::vector<int> month = orderedFunnel(messages, steps, 30 * msPerDay);
    QVERIFY2(day[3] < week[3], qPrintable(QStringLiteral("%1 < %2").arg(day[3]).arg(week[3])));
    QVERIFY(week[3] <= month[3]);
}

void TestDemoDataGenerator::retentionDecays()
{
    DemoDataGenerator::Options options = smallOptions();
    options.users = 1500;
    options.events = 100'000;
    const std::vector<Message> messages = parseAll(generate(options));
    const QStringList personOf = persons(messages);
    const qint64 start = options.start.toMSecsSinceEpoch(); // a Monday
    const auto week = [start](qint64 timestamp) { return int((timestamp - start) / (7 * msPerDay)); };
    QHash<QString, int> cohort;
    QHash<QString, QSet<int>> activeWeeks;
    for (size_t i = 0; i < messages.size(); ++i) {
        if (messages[i].name != QLatin1String("App Opened"))
            continue;
        const QString& person = personOf[qsizetype(i)];
        const int w = week(messages[i].timestamp);
        cohort[person] = cohort.contains(person) ? std::min(cohort[person], w) : w;
        activeWeeks[person].insert(w);
    }
    // Persons of the first four weekly cohorts active 0..3 weeks after their first.
    std::array<int, 4> retained {};
    for (auto it = cohort.cbegin(); it != cohort.cend(); ++it) {
        if (it.value() > 3)
            continue;
        for (int n = 0; n < 4; ++n)
            retained[size_t(n)] += activeWeeks[it.key()].contains(it.value() + n) ? 1 : 0;
    }
    const QString shown
        = QStringLiteral("%1 %2 %3 %4").arg(retained[0]).arg(retained[1]).arg(retained[2]).arg(retained[3]);
    const double firstWeek = double(retained[1]) / double(retained[0]);
    QVERIFY2(firstWeek > 0.15 && firstWeek < 0.7, qPrintable(shown));
    QVERIFY2(retained[3] < retained[1], qPrintable(shown));
}

void TestDemoDataGenerator::fast()
{
    // A sanity bound far below the target (more than 1M events/s in release builds) so that slow CI machines
    // and debug builds pass; a regression to a per-event JSON document would still fail it.
    class NullDevice : public QIODevice
    {
    protected:
        qint64 readData(char*, qint64) override { return -1; }
        qint64 writeData(const char*, qint64 length) override { return length; }
    } sink;
    sink.open(QIODevice::WriteOnly);
    DemoDataGenerator::Options options;
    options.events = 300'000;
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(DemoDataGenerator::write(options, sink, &error), qPrintable(error));
    const double seconds = std::max(1e-3, double(timer.nsecsElapsed()) / 1e9);
    qInfo("%.0f events/s", double(options.events) / seconds);
    QVERIFY2(seconds < 3.0, qPrintable(QString::number(seconds)));
}

TestDemoDataGenerator::CtlResult TestDemoDataGenerator::runCtl(const QStringList& arguments, const QString& store)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(JOURNEYCTL_PATH));
    process.setArguments(QStringList { QStringLiteral("--store"), store } + arguments);
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

void TestDemoDataGenerator::cliUsageError()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.db"));
    for (const QStringList& arguments : { QStringList { QStringLiteral("--users"), QStringLiteral("abc") },
             QStringList { QStringLiteral("--events"), QStringLiteral("-5") },
             QStringList { QStringLiteral("--days"), QStringLiteral("0") },
             QStringList { QStringLiteral("--start"), QStringLiteral("2026-13-01") },
             QStringList { QStringLiteral("--seed"), QStringLiteral("x1") } }) {
        const CtlResult result = runCtl(QStringList { QStringLiteral("generate") } + arguments, store);
        QVERIFY2(result.exitCode == 2, result.describe().constData());
        QVERIFY2(result.err.contains(arguments[0].toUtf8()) && result.err.contains(arguments[1].toUtf8()),
            result.describe().constData());
        QVERIFY(result.out.isEmpty());
    }
    const CtlResult help = runCtl({ QStringLiteral("generate"), QStringLiteral("--help") }, store);
    QVERIFY2(help.exitCode == 0 && help.out.contains("--users"), help.describe().constData());
}

void TestDemoDataGenerator::cliWritesLines()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.db"));
    const CtlResult result = runCtl({ QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("500"),
                                        QStringLiteral("--seed"), QStringLiteral("9") },
        store);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(result.out.count('\n'), 500);
    for (const QByteArray& line : lines(result.out))
        QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());

    // --out writes the same bytes as the library with the same options.
    const QString file = dir.filePath(QStringLiteral("demo.ndjson"));
    const CtlResult toFile = runCtl({ QStringLiteral("generate"), QStringLiteral("--users"), QStringLiteral("50"),
                                        QStringLiteral("--events"), QStringLiteral("3000"), QStringLiteral("--seed"),
                                        QStringLiteral("5"), QStringLiteral("--start"), QStringLiteral("2026-03-02"),
                                        QStringLiteral("--days"), QStringLiteral("14"), QStringLiteral("--out"), file },
        store);
    QVERIFY2(toFile.exitCode == 0 && toFile.out.isEmpty(), toFile.describe().constData());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    DemoDataGenerator::Options options;
    options.users = 50;
    options.events = 3000;
    options.seed = 5;
    options.start = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
    options.days = 14;
    QCOMPARE(written.readAll(), generate(options));
}

void TestDemoDataGenerator::cliImports()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.db"));
    const CtlResult result
        = runCtl({ QStringLiteral("generate"), QStringLiteral("--users"), QStringLiteral("20"),
                     QStringLiteral("--events"), QStringLiteral("1000"), QStringLiteral("--import") },
            store);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.out.contains("imported 1000 events"), result.describe().constData());
    const CtlResult exported = runCtl({ QStringLiteral("export") }, store);
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    QCOMPARE(exported.out.count('\n'), 1000);
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"

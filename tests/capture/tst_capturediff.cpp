// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Capture diff: crafted pairs of captures, one per kind of drift, and a pair without drift; thresholds at their
// edges (exactly at a threshold is not drift, just beyond is); volume normalised by all events; the funnel's step
// conversion through the real FunnelEngine; which kinds fail; thresholds files and their errors; the three
// reports (the JUnit one parsed back); and captures read from files with CaptureFile.

#include "capture/capturediffengine.h"
#include "capture/capturediffreportwriter.h"
#include "capture/capturefile.h"
#include "capture/captureprofiler.h"
#include "core/eventparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Journey;
using Kind = CaptureDiffFinding::Kind;

namespace {

/// JSON written with single quotes (moc cannot take raw string literals in this file).
QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

QJsonObject object(const char* text)
{
    return QJsonDocument::fromJson(q(text)).object();
}

/// Canonical messages made in code, then parsed the way the collector and capture files do.
class Messages
{
public:
    /// A track call of \a user at \a seconds past 2026-03-02T10:00:00Z.
    Messages& track(const QString& event, const QJsonObject& properties = {},
        const QString& user = QStringLiteral("u1"), int seconds = 0)
    {
        return add(QStringLiteral("track"), QStringLiteral("event"), event, QStringLiteral("properties"), properties,
            user, seconds);
    }
    Messages& page(const QString& name, const QJsonObject& properties = {}, const QString& user = QStringLiteral("u1"))
    {
        return add(
            QStringLiteral("page"), QStringLiteral("name"), name, QStringLiteral("properties"), properties, user, 0);
    }
    Messages& identify(const QJsonObject& traits, const QString& user = QStringLiteral("u1"))
    {
        return add(QStringLiteral("identify"), QString(), QString(), QStringLiteral("traits"), traits, user, 0);
    }
    /// \a count copies of a track call, by users u0, u1, …
    Messages& repeat(int count, const QString& event, const QJsonObject& properties = {})
    {
        for (int i = 0; i < count; ++i)
            track(event, properties, QStringLiteral("u%1").arg(i), i);
        return *this;
    }

    QList<QByteArray> lines() const { return m_lines; }
    QByteArray ndjson() const { return m_lines.join('\n') + '\n'; }
    EventBatch batch() const
    {
        EventParser parser;
        EventBatch batch;
        for (const QByteArray& line : m_lines) {
            if (!parser.parseMessage(line, batch))
                qFatal("test event does not parse: %s", qPrintable(parser.error().toString()));
        }
        return batch;
    }

private:
    Messages& add(const QString& type, const QString& nameKey, const QString& name, const QString& bagKey,
        const QJsonObject& bag, const QString& user, int seconds)
    {
        QJsonObject message { { QStringLiteral("type"), type }, { QStringLiteral("userId"), user },
            { QStringLiteral("messageId"), QStringLiteral("m%1").arg(m_lines.size() + 1) },
            { QStringLiteral("timestamp"),
                QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC).addSecs(seconds).toString(Qt::ISODateWithMs) } };
        if (!nameKey.isEmpty())
            message.insert(nameKey, name);
        if (!bag.isEmpty())
            message.insert(bagKey, bag);
        m_lines.append(QJsonDocument(message).toJson(QJsonDocument::Compact));
        return *this;
    }

    QList<QByteArray> m_lines;
};

CaptureDiff diffOf(const Messages& a, const Messages& b, const CaptureDiffOptions& options = {})
{
    CaptureDiff diff;
    QString error;
    if (!CaptureDiffEngine::run(a.batch(), b.batch(), options, diff, &error))
        qFatal("diff failed: %s", qPrintable(error));
    return diff;
}

QList<CaptureDiffFinding> findingsOfKind(const CaptureDiff& diff, Kind kind)
{
    QList<CaptureDiffFinding> out;
    for (const CaptureDiffFinding& finding : diff.findings) {
        if (finding.kind == kind)
            out.append(finding);
    }
    return out;
}

QString describe(const CaptureDiff& diff)
{
    return QString::fromUtf8(CaptureDiffReportWriter::toText(diff));
}

} // namespace

class TestCaptureDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profilesPathsAndTypes();
    void identicalCapturesHaveNoDrift();
    void eventAddedAndRemoved();
    void propertyAddedAndRemoved();
    void nestedPathsFoldIntoTheirParent();
    void typeChanged();
    void requiredCoverageDrop();
    void coverageThresholdEdges_data();
    void coverageThresholdEdges();
    void volumeThresholdEdges_data();
    void volumeThresholdEdges();
    void volumeNormalisedByAllEvents();
    void minimumEventsSkipsSmallKeys();
    void funnelConversionChange_data();
    void funnelConversionChange();
    void funnelWithConditionsAndNotes();
    void failOnDecidesSeverity();
    void ignoredEventsAndProperties();
    void thresholdsFile();
    void thresholdsFileErrors_data();
    void thresholdsFileErrors();
    void jsonReport();
    void junitReport();
    void textReport();
    void capturesReadFromFiles();
};

void TestCaptureDiff::profilesPathsAndTypes()
{
    Messages messages;
    messages.track(QStringLiteral("Order Completed"),
        object("{'revenue':10,'currency':'USD','coupon':null,'address':{'city':'Oslo','zip':{'code':1}},"
               "'products':[{'sku':'a','price':1.5},{'sku':'b'}],'tags':['x',2]}"));
    messages.track(QStringLiteral("Order Completed"), object("{'revenue':'12','products':[]}"), QStringLiteral("u2"));
    messages.page(QStringLiteral("Pricing"), object("{'path':'/pricing'}"));
    messages.identify(object("{'plan':'pro','email':'a@example.com'}"));
    const CaptureProfile profile = CaptureProfiler::profile(messages.batch());

    QCOMPARE(profile.totalEvents, 4);
    QCOMPARE(profile.events.keys(),
        (QStringList {
            QStringLiteral("Order Completed"), QStringLiteral("identify"), QStringLiteral("page:Pricing") }));
    const CaptureProfile::Event* order = profile.event(QStringLiteral("Order Completed"));
    QVERIFY(order);
    QCOMPARE(order->count, 2);
    QCOMPARE(order->type, EventType::Track);
    QCOMPARE(order->properties.keys(),
        (QStringList { QStringLiteral("properties.address"), QStringLiteral("properties.address.city"),
            QStringLiteral("properties.address.zip"), QStringLiteral("properties.address.zip.code"),
            QStringLiteral("properties.coupon"), QStringLiteral("properties.currency"),
            QStringLiteral("properties.products"), QStringLiteral("properties.products[]"),
            QStringLiteral("properties.products[].price"), QStringLiteral("properties.products[].sku"),
            QStringLiteral("properties.revenue"), QStringLiteral("properties.tags"),
            QStringLiteral("properties.tags[]") }));
    const auto property = [order](const char* path) { return order->properties.value(QLatin1String(path)); };
    QCOMPARE(property("properties.revenue").events, 2);
    QCOMPARE(CaptureProfile::typeNames(property("properties.revenue").types),
        (QStringList { QStringLiteral("number"), QStringLiteral("string") }));
    QCOMPARE(CaptureProfile::typeNames(property("properties.coupon").types), QStringList { QStringLiteral("null") });
    // Two products in one event: the event counts once.
    QCOMPARE(property("properties.products[].sku").events, 1);
    QCOMPARE(property("properties.products").events, 2);
    QCOMPARE(property("properties.products[]").events, 1);
    QCOMPARE(CaptureProfile::typeNames(property("properties.tags[]").types),
        (QStringList { QStringLiteral("number"), QStringLiteral("string") }));
    QCOMPARE(
        CaptureProfile::typeNames(property("properties.address.zip").types), QStringList { QStringLiteral("object") });
    QCOMPARE(order->coverage(QStringLiteral("properties.currency")), 0.5);
    QCOMPARE(order->coverage(QStringLiteral("properties.nothing")), 0.0);

    const CaptureProfile::Event* identify = profile.event(QStringLiteral("identify"));
    QVERIFY(identify);
    QCOMPARE(
        identify->properties.keys(), (QStringList { QStringLiteral("traits.email"), QStringLiteral("traits.plan") }));
    const CaptureProfile::Event* page = profile.event(QStringLiteral("page:Pricing"));
    QVERIFY(page);
    QCOMPARE(page->type, EventType::Page);
    QCOMPARE(page->properties.keys(), QStringList { QStringLiteral("properties.path") });
}

void TestCaptureDiff::identicalCapturesHaveNoDrift()
{
    Messages a;
    a.repeat(10, QStringLiteral("Product Viewed"), object("{'sku':'a','price':3}"));
    a.page(QStringLiteral("Home"), object("{'path':'/'}"));
    a.identify(object("{'plan':'pro'}"));
    // The same shapes with other values and users: still no drift.
    Messages b;
    b.repeat(10, QStringLiteral("Product Viewed"), object("{'sku':'zz','price':7.25}"));
    b.page(QStringLiteral("Home"), object("{'path':'/home'}"), QStringLiteral("u9"));
    b.identify(object("{'plan':'free'}"), QStringLiteral("u9"));
    const CaptureDiff diff = diffOf(a, b);
    QVERIFY2(diff.findings.isEmpty(), qPrintable(describe(diff)));
    QVERIFY(!diff.hasDrift());
    QCOMPARE(diff.events.size(), 3);
    QCOMPARE(diff.events.at(0).event, QStringLiteral("Product Viewed"));
    QCOMPARE(diff.events.at(0).before, 10);
    QCOMPARE(diff.events.at(0).after, 10);
    QCOMPARE(diff.events.at(0).change.value_or(-1), 0.0);
    QCOMPARE(diff.baseline.events, 12);
    QCOMPARE(diff.candidate.events, 12);
    QVERIFY(CaptureDiffReportWriter::summaryLine(diff).startsWith(QStringLiteral("No drift")));
}

void TestCaptureDiff::eventAddedAndRemoved()
{
    Messages a;
    a.repeat(3, QStringLiteral("Kept")).repeat(4, QStringLiteral("Old Event"));
    Messages b;
    b.repeat(3, QStringLiteral("Kept")).repeat(2, QStringLiteral("New Event"));
    const CaptureDiff diff = diffOf(a, b);
    QCOMPARE(diff.findings.size(), 2);
    const QList<CaptureDiffFinding> added = findingsOfKind(diff, Kind::EventAdded);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added[0].event, QStringLiteral("New Event"));
    QCOMPARE(added[0].before.toDouble(), 0.0);
    QCOMPARE(added[0].after.toDouble(), 2.0);
    QCOMPARE(added[0].severity, CaptureDiffFinding::Severity::Info);
    const QList<CaptureDiffFinding> removed = findingsOfKind(diff, Kind::EventRemoved);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0].event, QStringLiteral("Old Event"));
    QCOMPARE(removed[0].before.toDouble(), 4.0);
    QCOMPARE(removed[0].severity, CaptureDiffFinding::Severity::Error);
    QVERIFY(diff.hasDrift());
    // Rows for every key of either capture, sorted.
    QStringList keys;
    for (const CaptureDiff::EventRow& row : diff.events)
        keys.append(row.event);
    QCOMPARE(keys, (QStringList { QStringLiteral("Kept"), QStringLiteral("New Event"), QStringLiteral("Old Event") }));
    QVERIFY(!diff.events.at(1).change);

    // Only an addition: no drift by default.
    Messages c;
    c.repeat(3, QStringLiteral("Kept")).repeat(4, QStringLiteral("Old Event")).track(QStringLiteral("Extra"));
    const CaptureDiff additionOnly = diffOf(a, c);
    QCOMPARE(additionOnly.findings.size(), 1);
    QVERIFY(!additionOnly.hasDrift());
}

void TestCaptureDiff::propertyAddedAndRemoved()
{
    Messages a;
    a.repeat(4, QStringLiteral("Signed Up"), object("{'plan':'pro','referrer':'ad'}"));
    Messages b;
    b.repeat(4, QStringLiteral("Signed Up"), object("{'plan':'pro'}"));
    b.track(QStringLiteral("Signed Up"), object("{'plan':'pro','campaign':'x'}"), QStringLiteral("u7"));
    CaptureDiffOptions options;
    options.volumePercent = 50; // 4 → 5 is +25%
    const CaptureDiff diff = diffOf(a, b, options);
    QCOMPARE(diff.findings.size(), 2);
    const QList<CaptureDiffFinding> removed = findingsOfKind(diff, Kind::PropertyRemoved);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0].event, QStringLiteral("Signed Up"));
    QCOMPARE(removed[0].property, QStringLiteral("properties.referrer"));
    QCOMPARE(removed[0].before.toDouble(), 1.0);
    QCOMPARE(removed[0].after.toDouble(), 0.0);
    QVERIFY(removed[0].isError());
    const QList<CaptureDiffFinding> added = findingsOfKind(diff, Kind::PropertyAdded);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added[0].property, QStringLiteral("properties.campaign"));
    QCOMPARE(added[0].after.toDouble(), 0.2);
    QVERIFY(!added[0].isError());
    QVERIFY(diff.hasDrift());
}

void TestCaptureDiff::nestedPathsFoldIntoTheirParent()
{
    Messages a;
    a.repeat(2, QStringLiteral("Order Completed"),
        object("{'id':'o','address':{'city':'Oslo','zip':'0150'},'items':[{'sku':'a','qty':1}]}"));
    // address is gone with its members; items is an object now, not an array of objects.
    Messages b;
    b.repeat(2, QStringLiteral("Order Completed"), object("{'id':'o','items':{'sku':'a'}}"));
    const CaptureDiff diff = diffOf(a, b);
    const QList<CaptureDiffFinding> removed = findingsOfKind(diff, Kind::PropertyRemoved);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0].property, QStringLiteral("properties.address"));
    QCOMPARE(removed[0].nested, 2);
    QVERIFY(removed[0].message().contains(QStringLiteral("2 nested")));
    const QList<CaptureDiffFinding> retyped = findingsOfKind(diff, Kind::TypeChanged);
    QCOMPARE(retyped.size(), 1);
    QCOMPARE(retyped[0].property, QStringLiteral("properties.items"));
    // items[], items[].sku, items[].qty removed and items.sku added: folded into the type change.
    QCOMPARE(retyped[0].nested, 4);
    QVERIFY(findingsOfKind(diff, Kind::PropertyAdded).isEmpty());
    QCOMPARE(diff.findings.size(), 2);
}

void TestCaptureDiff::typeChanged()
{
    Messages a;
    a.repeat(3, QStringLiteral("Order Completed"), object("{'revenue':10,'paid':true}"));
    Messages b;
    b.repeat(2, QStringLiteral("Order Completed"), object("{'revenue':'10','paid':true}"));
    b.track(QStringLiteral("Order Completed"), object("{'revenue':12.5,'paid':null}"), QStringLiteral("u5"));
    const CaptureDiff diff = diffOf(a, b);
    const QList<CaptureDiffFinding> changed = findingsOfKind(diff, Kind::TypeChanged);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed[0].property, QStringLiteral("properties.paid"));
    QCOMPARE(changed[0].before.toArray(), QJsonArray { QStringLiteral("boolean") });
    QCOMPARE(changed[0].after.toArray(), (QJsonArray { QStringLiteral("null"), QStringLiteral("boolean") }));
    QCOMPARE(changed[1].property, QStringLiteral("properties.revenue"));
    QCOMPARE(changed[1].before.toArray(), QJsonArray { QStringLiteral("number") });
    QCOMPARE(changed[1].after.toArray(), (QJsonArray { QStringLiteral("number"), QStringLiteral("string") }));
    QVERIFY(changed[1].isError());
    QCOMPARE(changed[1].message(), QStringLiteral("properties.revenue changed type: number → number, string"));
    QCOMPARE(diff.findings.size(), 2);
}

void TestCaptureDiff::requiredCoverageDrop()
{
    // order_id on every event before, on 9 of 10 after: a required property now missing, whatever the threshold.
    Messages a;
    a.repeat(10, QStringLiteral("Order Completed"), object("{'order_id':'o','note':'x'}"));
    Messages b;
    b.repeat(9, QStringLiteral("Order Completed"), object("{'order_id':'o','note':'x'}"));
    b.track(QStringLiteral("Order Completed"), object("{'note':'x'}"), QStringLiteral("u9"), 9);
    CaptureDiffOptions options;
    options.coveragePoints = 50;
    const CaptureDiff diff = diffOf(a, b, options);
    QCOMPARE(diff.findings.size(), 1);
    const CaptureDiffFinding& finding = diff.findings.first();
    QCOMPARE(finding.kind, Kind::RequiredCoverageDrop);
    QCOMPARE(finding.property, QStringLiteral("properties.order_id"));
    QCOMPARE(finding.before.toDouble(), 1.0);
    QCOMPARE(finding.after.toDouble(), 0.9);
    QVERIFY(qAbs(finding.change + 10) < 1e-9);
    QVERIFY(finding.isError());

    // A property on half the events before and on none of some events after is not required.
    Messages c;
    c.repeat(10, QStringLiteral("Order Completed"), object("{'order_id':'o','note':'x'}"));
    const CaptureDiff back = diffOf(b, c, options);
    QVERIFY2(back.findings.isEmpty(), qPrintable(describe(back)));
}

void TestCaptureDiff::coverageThresholdEdges_data()
{
    QTest::addColumn<int>("withAfter");
    QTest::addColumn<int>("expectedKind"); // -1: no finding
    // 10 events each; the property is on 5 of A's (50%); threshold 10 points.
    QTest::newRow("same") << 5 << -1;
    QTest::newRow("exactly 10 points down") << 4 << -1;
    QTest::newRow("20 points down") << 3 << int(Kind::CoverageDrop);
    QTest::newRow("exactly 10 points up") << 6 << -1;
    QTest::newRow("20 points up") << 7 << int(Kind::CoverageRise);
}

void TestCaptureDiff::coverageThresholdEdges()
{
    QFETCH(int, withAfter);
    QFETCH(int, expectedKind);
    const auto capture = [](int with) {
        Messages messages;
        for (int i = 0; i < 10; ++i)
            messages.track(QStringLiteral("Search"),
                i < with ? object("{'query':'a','filter':'x'}") : object("{'query':'a'}"),
                QStringLiteral("u%1").arg(i));
        return messages;
    };
    CaptureDiffOptions options;
    options.coveragePoints = 10;
    const CaptureDiff diff = diffOf(capture(5), capture(withAfter), options);
    if (expectedKind < 0) {
        QVERIFY2(diff.findings.isEmpty(), qPrintable(describe(diff)));
        return;
    }
    QCOMPARE(diff.findings.size(), 1);
    QCOMPARE(int(diff.findings[0].kind), expectedKind);
    QCOMPARE(diff.findings[0].property, QStringLiteral("properties.filter"));
    // Coverage changes are information unless configured to fail.
    QVERIFY(!diff.hasDrift());
    CaptureDiffOptions failing = options;
    failing.failOn.insert(Kind(expectedKind));
    QVERIFY(diffOf(capture(5), capture(withAfter), failing).hasDrift());
}

void TestCaptureDiff::volumeThresholdEdges_data()
{
    QTest::addColumn<int>("after");
    QTest::addColumn<bool>("drift");
    // 100 events before; threshold 20%.
    QTest::newRow("same") << 100 << false;
    QTest::newRow("exactly +20%") << 120 << false;
    QTest::newRow("+21%") << 121 << true;
    QTest::newRow("exactly -20%") << 80 << false;
    QTest::newRow("-21%") << 79 << true;
    QTest::newRow("doubled") << 200 << true;
}

void TestCaptureDiff::volumeThresholdEdges()
{
    QFETCH(int, after);
    QFETCH(bool, drift);
    Messages a;
    a.repeat(100, QStringLiteral("Product Viewed"));
    Messages b;
    b.repeat(after, QStringLiteral("Product Viewed"));
    const CaptureDiff diff = diffOf(a, b);
    QCOMPARE(diff.hasDrift(), drift);
    QCOMPARE(diff.events.at(0).change.value_or(-999), double(after - 100));
    if (!drift) {
        QVERIFY(diff.findings.isEmpty());
        return;
    }
    QCOMPARE(diff.findings.size(), 1);
    QCOMPARE(diff.findings[0].kind, Kind::VolumeChange);
    QCOMPARE(diff.findings[0].before.toDouble(), 100.0);
    QCOMPARE(diff.findings[0].after.toDouble(), double(after));
    QCOMPARE(diff.findings[0].change, double(after - 100));
    QCOMPARE(diff.findings[0].unit, CaptureDiffFinding::Unit::Percent);
}

void TestCaptureDiff::volumeNormalisedByAllEvents()
{
    // B is twice as long: every count doubles, and only "Errors Shown" grows faster than the rest.
    Messages a;
    a.repeat(40, QStringLiteral("Viewed")).repeat(10, QStringLiteral("Errors Shown"));
    Messages b;
    b.repeat(80, QStringLiteral("Viewed")).repeat(40, QStringLiteral("Errors Shown"));
    const CaptureDiff raw = diffOf(a, b);
    QCOMPARE(findingsOfKind(raw, Kind::VolumeChange).size(), 2);

    CaptureDiffOptions options;
    options.normalizeVolume = true;
    const CaptureDiff normalised = diffOf(a, b, options);
    // Shares: Viewed 80% → 66.7% (−16.7%), Errors Shown 20% → 33.3% (+66.7%).
    const QList<CaptureDiffFinding> findings = findingsOfKind(normalised, Kind::VolumeChange);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].event, QStringLiteral("Errors Shown"));
    QVERIFY(qAbs(findings[0].change - 200.0 / 3) < 1e-9);
    QCOMPARE(findings[0].message(), QStringLiteral("10 → 40 events (+66.7% of its share of all events)"));
    QCOMPARE(findingsOfKind(raw, Kind::VolumeChange)[0].message(), QStringLiteral("10 → 40 events (+300.0%)"));
    QVERIFY(qAbs(*normalised.events.at(1).change - (-50.0 / 3)) < 1e-9);
}

void TestCaptureDiff::minimumEventsSkipsSmallKeys()
{
    Messages a;
    a.repeat(2, QStringLiteral("Rare")).repeat(50, QStringLiteral("Common"));
    Messages b;
    b.repeat(5, QStringLiteral("Rare")).repeat(100, QStringLiteral("Common"));
    CaptureDiffOptions options;
    options.minimumEvents = 10;
    const CaptureDiff diff = diffOf(a, b, options);
    const QList<CaptureDiffFinding> findings = findingsOfKind(diff, Kind::VolumeChange);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].event, QStringLiteral("Common"));
}

void TestCaptureDiff::funnelConversionChange_data()
{
    QTest::addColumn<int>("addersAfter");
    QTest::addColumn<int>("expectedKind"); // -1: no finding
    // 20 viewers in each; 12 of A's add to the cart (60%); threshold 5 points.
    QTest::newRow("same") << 12 << -1;
    QTest::newRow("exactly 5 points down") << 11 << -1;
    QTest::newRow("10 points down") << 10 << int(Kind::ConversionDrop);
    QTest::newRow("10 points up") << 14 << int(Kind::ConversionRise);
}

void TestCaptureDiff::funnelConversionChange()
{
    QFETCH(int, addersAfter);
    QFETCH(int, expectedKind);
    // Each user views, and the first N add to the cart a minute later and then check out. An adder of the
    // candidate outside the window does not convert.
    const auto capture = [](int adders, int late) {
        Messages messages;
        for (int i = 0; i < 20; ++i) {
            const QString user = QStringLiteral("user-%1").arg(i);
            messages.track(QStringLiteral("Product Viewed"), {}, user, i * 10);
            if (i < adders)
                messages.track(QStringLiteral("Product Added"), {}, user, i * 10 + 60);
            else if (i < adders + late)
                messages.track(QStringLiteral("Product Added"), {}, user, i * 10 + 8 * 86'400);
            if (i < 6)
                messages.track(QStringLiteral("Order Completed"), {}, user, i * 10 + 120);
        }
        return messages;
    };
    CaptureDiffOptions options;
    QString error;
    QVERIFY2(
        options.setFunnel(QStringLiteral("Product Viewed>Product Added>Order Completed"), &error), qPrintable(error));
    options.volumePercent = 1000;
    const int late = 12 - std::min(12, addersAfter);
    const CaptureDiff diff = diffOf(capture(12, 0), capture(addersAfter, late), options);

    QCOMPARE(diff.funnel.size(), 3);
    QCOMPARE(diff.funnel[0].usersBefore, 20);
    QCOMPARE(diff.funnel[0].usersAfter, 20);
    QCOMPARE(diff.funnel[1].event, QStringLiteral("Product Added"));
    QCOMPARE(diff.funnel[1].usersBefore, 12);
    QCOMPARE(diff.funnel[1].usersAfter, addersAfter);
    QCOMPARE(diff.funnel[1].conversionBefore, 0.6);
    QCOMPARE(diff.funnel[1].conversionAfter, addersAfter / 20.0);
    QCOMPARE(diff.funnel[2].usersBefore, 6);
    QCOMPARE(diff.funnel[2].conversionBefore, 0.5);

    const QList<CaptureDiffFinding> stepTwo = diff.findingsOfStep(2);
    if (expectedKind < 0) {
        QVERIFY2(stepTwo.isEmpty(), qPrintable(describe(diff)));
    } else {
        QCOMPARE(stepTwo.size(), 1);
        QCOMPARE(int(stepTwo[0].kind), expectedKind);
        QCOMPARE(stepTwo[0].event, QStringLiteral("Product Added"));
        QCOMPARE(stepTwo[0].type, QStringLiteral("funnel"));
        QCOMPARE(stepTwo[0].before.toDouble(), 0.6);
        QVERIFY(qAbs(stepTwo[0].change - (addersAfter / 20.0 - 0.6) * 100) < 1e-9);
        QCOMPARE(stepTwo[0].isError(), expectedKind == int(Kind::ConversionDrop));
    }
    // Step 3 converts 6 of 12 before and 6 of N after: a rise when fewer added to the cart.
    const QList<CaptureDiffFinding> stepThree = diff.findingsOfStep(3);
    const double pointsThree = (6.0 / addersAfter - 0.5) * 100;
    QCOMPARE(stepThree.size(), qAbs(pointsThree) > 5 + 1e-9 ? 1 : 0);
    QCOMPARE(diff.hasDrift(), expectedKind == int(Kind::ConversionDrop) || pointsThree < -5 - 1e-9);
    // A funnel finding is not an event's.
    QVERIFY(diff.findingsOf(QStringLiteral("Product Added")).isEmpty());
}

void TestCaptureDiff::funnelWithConditionsAndNotes()
{
    Messages a;
    Messages b;
    for (int i = 0; i < 10; ++i) {
        const QString user = QStringLiteral("p%1").arg(i);
        a.track(QStringLiteral("Viewed"), {}, user, i);
        b.track(QStringLiteral("Viewed"), {}, user, i);
        a.track(QStringLiteral("Bought"), object(i < 8 ? "{'plan':'pro'}" : "{'plan':'free'}"), user, i + 30);
        b.track(QStringLiteral("Bought"), object(i < 4 ? "{'plan':'pro'}" : "{'plan':'free'}"), user, i + 30);
    }
    CaptureDiffOptions options;
    QString error;
    QVERIFY(options.setFunnel(QStringLiteral("Viewed>Bought[plan=pro]>Never Sent"), &error));
    options.funnelWindowMs = 3'600'000;
    const CaptureDiff diff = diffOf(a, b, options);
    QCOMPARE(diff.funnel.size(), 3);
    QCOMPARE(diff.funnel[1].event, QStringLiteral("Bought[plan=pro]"));
    QCOMPARE(diff.funnel[1].usersBefore, 8);
    QCOMPARE(diff.funnel[1].usersAfter, 4);
    QCOMPARE(diff.findingsOfStep(2).size(), 1);
    QCOMPARE(diff.findingsOfStep(2)[0].kind, Kind::ConversionDrop);
    QVERIFY(diff.findingsOfStep(3).isEmpty());
    QVERIFY2(diff.notes.join(QLatin1Char('\n')).contains(QStringLiteral("Never Sent")),
        qPrintable(diff.notes.join(QLatin1Char('\n'))));

    // A funnel that cannot run is refused.
    CaptureDiffOptions bad;
    QVERIFY(!bad.setFunnel(QStringLiteral("Only One"), &error));
    bad.funnelSteps = options.funnelSteps;
    bad.funnelWindowMs = 10;
    CaptureDiff ignored;
    QVERIFY(!CaptureDiffEngine::run(a.batch(), b.batch(), bad, ignored, &error));
    QVERIFY2(error.contains(QStringLiteral("window")), qPrintable(error));
}

void TestCaptureDiff::failOnDecidesSeverity()
{
    Messages a;
    a.repeat(2, QStringLiteral("Kept"), object("{'x':1}"));
    Messages b;
    b.repeat(2, QStringLiteral("Kept"), object("{'x':1,'y':2}")).track(QStringLiteral("New"));
    QVERIFY(!diffOf(a, b).hasDrift());
    CaptureDiffOptions strict;
    strict.failOn.insert(Kind::PropertyAdded);
    const CaptureDiff failing = diffOf(a, b, strict);
    QVERIFY(failing.hasDrift());
    QCOMPARE(failing.errorCount(), 1);
    QCOMPARE(failing.infoCount(), 1);
    QVERIFY(findingsOfKind(failing, Kind::PropertyAdded)[0].isError());
    QVERIFY(!findingsOfKind(failing, Kind::EventAdded)[0].isError());

    // Nothing fails: removals are reported, not failed.
    CaptureDiffOptions lenient;
    lenient.failOn.clear();
    const CaptureDiff reported = diffOf(b, a, lenient);
    QCOMPARE(reported.findings.size(), 2);
    QVERIFY(!reported.hasDrift());
    QCOMPARE(reported.countsByKind().value(Kind::EventRemoved), 1);
    QCOMPARE(reported.countsByKind().value(Kind::PropertyRemoved), 1);
}

void TestCaptureDiff::ignoredEventsAndProperties()
{
    Messages a;
    a.repeat(3, QStringLiteral("Order"), object("{'id':1,'debug':{'build':'412','host':'a'}}"))
        .track(QStringLiteral("Ping"));
    Messages b;
    b.repeat(3, QStringLiteral("Order"), object("{'id':1,'debug':'413'}"));
    QVERIFY(diffOf(a, b).hasDrift());
    CaptureDiffOptions options;
    options.ignoreEvents = { QStringLiteral("Ping") };
    options.ignoreProperties = { QStringLiteral("properties.debug") };
    const CaptureDiff diff = diffOf(a, b, options);
    QVERIFY2(diff.findings.isEmpty(), qPrintable(describe(diff)));
    QCOMPARE(diff.events.size(), 1);
    QCOMPARE(diff.events[0].properties, 1);
    QVERIFY(options.ignoresProperty(QStringLiteral("properties.debug[].x")));
    QVERIFY(!options.ignoresProperty(QStringLiteral("properties.debugger")));
}

void TestCaptureDiff::thresholdsFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thresholds.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        q("{'volumePercent':35,'coveragePoints':2.5,'conversionPoints':1,'normalizeVolume':true,'minimumEvents':20,"
          "'failOn':['event-removed','event-added'],'ignoreEvents':['Ping'],'ignoreProperties':['properties.debug'],"
          "'funnel':{'steps':'A>B','window':'2h','order':'strict'}}"));
    file.close();
    CaptureDiffOptions options;
    QString error;
    QVERIFY2(options.loadFile(path, &error), qPrintable(error));
    QCOMPARE(options.volumePercent, 35.0);
    QCOMPARE(options.coveragePoints, 2.5);
    QCOMPARE(options.conversionPoints, 1.0);
    QVERIFY(options.normalizeVolume);
    QCOMPARE(options.minimumEvents, 20);
    QCOMPARE(options.failOn, (QSet<Kind> { Kind::EventRemoved, Kind::EventAdded }));
    QCOMPARE(options.ignoreEvents, QStringList { QStringLiteral("Ping") });
    QCOMPARE(options.funnelText(), QStringLiteral("A>B"));
    QCOMPARE(options.funnelWindowMs, 7'200'000);
    QCOMPARE(options.funnelOrder, FunnelQuery::Order::Strict);
    // toJson() is the file's shape: loading it gives the same options.
    CaptureDiffOptions again;
    QVERIFY2(again.load(options.toJson(), QStringLiteral("json"), &error), qPrintable(error));
    QCOMPARE(again.toJson(), options.toJson());
    QCOMPARE(again.toJson().value(QStringLiteral("funnel")).toObject().value(QStringLiteral("window")).toString(),
        QStringLiteral("2h"));
    // Members not named keep their values.
    CaptureDiffOptions partial;
    QVERIFY(partial.load(object("{'volumePercent':5}"), QStringLiteral("x"), &error));
    QCOMPARE(partial.volumePercent, 5.0);
    QCOMPARE(partial.coveragePoints, CaptureDiffOptions().coveragePoints);
    QCOMPARE(partial.failOn, CaptureDiffOptions::defaultFailOn());
}

void TestCaptureDiff::thresholdsFileErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax") << QByteArray("{\n  \"volumePercent\": 20,\n  oops\n}")
                            << QStringLiteral("thresholds.json:3:");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("expected a JSON object");
    QTest::newRow("unknown member") << q("{'volume':20}") << QStringLiteral("unknown member \"volume\"");
    QTest::newRow("negative") << q("{'coveragePoints':-1}") << QStringLiteral("coveragePoints");
    QTest::newRow("string number") << q("{'volumePercent':'20'}") << QStringLiteral("volumePercent");
    QTest::newRow("unknown kind") << q("{'failOn':['event-gone']}") << QStringLiteral("\"event-gone\" is not a kind");
    QTest::newRow("bad funnel") << q("{'funnel':{'steps':'A'}}") << QStringLiteral("funnel: steps");
    QTest::newRow("bad window") << q("{'funnel':{'steps':'A>B','window':'soon'}}") << QStringLiteral("funnel: window");
    QTest::newRow("fractional minimum") << q("{'minimumEvents':1.5}") << QStringLiteral("minimumEvents");
}

void TestCaptureDiff::thresholdsFileErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thresholds.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    CaptureDiffOptions options;
    const QJsonObject before = options.toJson();
    QString error;
    QVERIFY(!options.loadFile(path, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("thresholds.json")), qPrintable(error));
    QCOMPARE(options.toJson(), before); // nothing half-applied
    QVERIFY(!options.loadFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.contains(QStringLiteral("missing.json")));
}

void TestCaptureDiff::jsonReport()
{
    Messages a;
    a.repeat(10, QStringLiteral("Viewed"), object("{'price':1}"));
    // After the users' views: each is a conversion (an event at the same instant would not be).
    a.track(QStringLiteral("Gone"), {}, QStringLiteral("u0"), 100)
        .track(QStringLiteral("Gone"), {}, QStringLiteral("u1"), 100);
    Messages b;
    b.repeat(10, QStringLiteral("Viewed"), object("{'price':'1'}")).repeat(3, QStringLiteral("Fresh"));
    CaptureDiffOptions options;
    QString error;
    QVERIFY(options.setFunnel(QStringLiteral("Viewed>Gone"), &error));
    CaptureDiff diff = diffOf(a, b, options);
    diff.baseline.name = QStringLiteral("build 412");
    diff.baseline.source = QStringLiteral("a.ndjson");
    diff.candidate.source = QStringLiteral("b.ndjson");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(CaptureDiffReportWriter::toJson(diff), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject json = document.object();
    QCOMPARE(json.value(QStringLiteral("journeyCaptureDiff")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("drift")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("build 412"));
    QCOMPARE(json.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("events")).toInt(), 12);
    QCOMPARE(json.value(QStringLiteral("candidate")).toObject().value(QStringLiteral("source")).toString(),
        QStringLiteral("b.ndjson"));
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    // Gone removed, price retyped, and nobody goes on to "Gone" any more.
    QCOMPARE(summary.value(QStringLiteral("errors")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("byKind")).toObject().value(QStringLiteral("conversion-drop")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("info")).toInt(), 1); // Fresh added
    QCOMPARE(summary.value(QStringLiteral("byKind")).toObject().size(), CaptureDiffFinding::allKinds().size());
    QCOMPARE(summary.value(QStringLiteral("byKind")).toObject().value(QStringLiteral("type-changed")).toInt(), 1);
    const QJsonArray events = json.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].toObject().value(QStringLiteral("event")).toString(), QStringLiteral("Fresh"));
    QCOMPARE(events[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("added"));
    QVERIFY(events[0].toObject().value(QStringLiteral("change")).isNull());
    QCOMPARE(events[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("removed"));
    QCOMPARE(events[2].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("changed"));
    QCOMPARE(events[2].toObject().value(QStringLiteral("errors")).toInt(), 1);
    QCOMPARE(events[2].toObject().value(QStringLiteral("change")).toDouble(), 0.0);
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 4);
    QCOMPARE(findings[3].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("conversion-drop"));
    QCOMPARE(findings[3].toObject().value(QStringLiteral("step")).toInt(), 2);
    QCOMPARE(findings[3].toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("points"));
    QCOMPARE(findings[3].toObject().value(QStringLiteral("change")).toDouble(), -20.0);
    QJsonObject retyped;
    for (const QJsonValue& finding : findings) {
        if (finding.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("type-changed"))
            retyped = finding.toObject();
    }
    QCOMPARE(retyped.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(retyped.value(QStringLiteral("event")).toString(), QStringLiteral("Viewed"));
    QCOMPARE(retyped.value(QStringLiteral("type")).toString(), QStringLiteral("track"));
    QCOMPARE(retyped.value(QStringLiteral("property")).toString(), QStringLiteral("properties.price"));
    QCOMPARE(retyped.value(QStringLiteral("before")).toArray(), QJsonArray { QStringLiteral("number") });
    QCOMPARE(retyped.value(QStringLiteral("after")).toArray(), QJsonArray { QStringLiteral("string") });
    QVERIFY(!retyped.contains(QStringLiteral("step")));
    QVERIFY(!retyped.value(QStringLiteral("message")).toString().isEmpty());
    const QJsonObject funnel = json.value(QStringLiteral("funnel")).toObject();
    QCOMPARE(funnel.value(QStringLiteral("steps")).toString(), QStringLiteral("Viewed>Gone"));
    QCOMPARE(funnel.value(QStringLiteral("windowSeconds")).toInt(), 7 * 86400);
    const QJsonArray steps = funnel.value(QStringLiteral("stepResults")).toArray();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps[1].toObject().value(QStringLiteral("before")).toObject().value(QStringLiteral("users")).toInt(), 2);
    QCOMPARE(steps[1].toObject().value(QStringLiteral("after")).toObject().value(QStringLiteral("users")).toInt(), 0);
    QCOMPARE(steps[1].toObject().value(QStringLiteral("changePoints")).toDouble(), -20.0);
    QCOMPARE(steps[1].toObject().value(QStringLiteral("errors")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("options")).toObject().value(QStringLiteral("volumePercent")).toDouble(), 20.0);

    // Without a funnel, "funnel" is null.
    const QJsonObject plain = QJsonDocument::fromJson(CaptureDiffReportWriter::toJson(diffOf(a, a))).object();
    QVERIFY(plain.value(QStringLiteral("funnel")).isNull());
    QCOMPARE(plain.value(QStringLiteral("drift")).toBool(), false);
}

void TestCaptureDiff::junitReport()
{
    Messages a;
    a.repeat(10, QStringLiteral("Viewed"), object("{'price':1}"))
        .repeat(2, QStringLiteral("Gone"))
        .repeat(4, QStringLiteral("Steady"));
    a.page(QStringLiteral("Home"));
    Messages b;
    b.repeat(10, QStringLiteral("Viewed"), object("{'price':'1'}"))
        .repeat(3, QStringLiteral("Fresh"))
        .repeat(4, QStringLiteral("Steady"));
    b.page(QStringLiteral("Home"));
    CaptureDiffOptions options;
    QString error;
    QVERIFY(options.setFunnel(QStringLiteral("Viewed>Steady"), &error));
    CaptureDiff diff = diffOf(a, b, options);
    diff.baseline.source = QStringLiteral("a & b <1>.ndjson");
    const QByteArray xml = CaptureDiffReportWriter::toJunit(diff);

    QXmlStreamReader reader(xml);
    struct Case
    {
        QString className;
        QString name;
        bool failed = false;
        QString failureType;
        QString failureText;
        QString out;
    };
    QList<Case> cases;
    int suites = 0;
    QString suiteFailures;
    QString suiteTests;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("testsuite")) {
            ++suites;
            suiteFailures = reader.attributes().value(QStringLiteral("failures")).toString();
            suiteTests = reader.attributes().value(QStringLiteral("tests")).toString();
        } else if (reader.name() == QLatin1String("testcase")) {
            Case c;
            c.className = reader.attributes().value(QStringLiteral("classname")).toString();
            c.name = reader.attributes().value(QStringLiteral("name")).toString();
            cases.append(c);
        } else if (reader.name() == QLatin1String("failure")) {
            QVERIFY(!cases.isEmpty());
            cases.last().failed = true;
            cases.last().failureType = reader.attributes().value(QStringLiteral("type")).toString();
            cases.last().failureText = reader.readElementText();
        } else if (reader.name() == QLatin1String("system-out") && !cases.isEmpty()) {
            const QString text = reader.readElementText();
            if (cases.last().out.isEmpty())
                cases.last().out = text;
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(suites, 1);
    // One testcase per event key (Fresh, Gone, Steady, Viewed, page:Home) and per funnel step.
    QCOMPARE(cases.size(), 7);
    QCOMPARE(suiteTests, QStringLiteral("7"));
    QCOMPARE(suiteFailures, QStringLiteral("2"));
    QStringList names;
    for (const Case& c : std::as_const(cases))
        names.append(c.className + QLatin1Char('/') + c.name);
    QCOMPARE(names,
        (QStringList { QStringLiteral("track/Fresh"), QStringLiteral("track/Gone"), QStringLiteral("track/Steady"),
            QStringLiteral("track/Viewed"), QStringLiteral("page/page:Home"), QStringLiteral("funnel/step 1: Viewed"),
            QStringLiteral("funnel/step 2: Steady") }));
    QVERIFY(!cases[0].failed);
    QVERIFY2(cases[0].out.contains(QStringLiteral("event-added")), qPrintable(cases[0].out));
    QVERIFY(cases[1].failed);
    QCOMPARE(cases[1].failureType, QStringLiteral("event-removed"));
    QVERIFY(!cases[2].failed);
    QVERIFY(cases[3].failed);
    QCOMPARE(cases[3].failureType, QStringLiteral("type-changed"));
    QVERIFY2(cases[3].failureText.contains(QStringLiteral("properties.price")), qPrintable(cases[3].failureText));
    QVERIFY(!cases[5].failed);
    QVERIFY(!cases[6].failed);
}

void TestCaptureDiff::textReport()
{
    Messages a;
    a.repeat(10, QStringLiteral("Viewed"), object("{'price':1}")).repeat(2, QStringLiteral("Gone"));
    Messages b;
    b.repeat(10, QStringLiteral("Viewed"), object("{'price':'1'}"));
    CaptureDiff diff = diffOf(a, b);
    diff.baseline.name = QStringLiteral("build 412");
    diff.baseline.source = QStringLiteral("a.ndjson");
    diff.candidate.name = QStringLiteral("b.ndjson");
    diff.candidate.source = QStringLiteral("b.ndjson");
    const QString text = QString::fromUtf8(CaptureDiffReportWriter::toText(diff));
    QVERIFY2(
        text.startsWith(QStringLiteral("Capture diff: build 412 (a.ndjson, 12 event(s)) → b.ndjson (10 event(s))\n")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(
                 "FAIL  Gone (track): gone, had 2 event(s)\n"
                 "        error: event-removed: gone from the candidate (the baseline has 2 event(s))\n")),
        qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("FAIL  Viewed (track): 10 → 10 events (0.0%)\n"
                                     "        error: type-changed: properties.price changed type: number → string\n")),
        qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("\nDrift: 2 error(s), 0 info (event-removed 1, type-changed 1)\n")),
        qPrintable(text));
}

void TestCaptureDiff::capturesReadFromFiles()
{
    // Plain canonical NDJSON for the baseline, a capture file (written by CaptureFile) for the candidate.
    QTemporaryDir dir;
    Messages a;
    a.repeat(5, QStringLiteral("Signed Up"), object("{'plan':'pro'}"));
    const QString pathA = dir.filePath(QStringLiteral("a.ndjson"));
    QFile fileA(pathA);
    QVERIFY(fileA.open(QIODevice::WriteOnly));
    fileA.write(a.ndjson());
    fileA.close();

    Messages b;
    b.repeat(5, QStringLiteral("Signed Up"));
    Capture written;
    written.info.name = QStringLiteral("build 413");
    const EventBatch batch = b.batch();
    for (int i = 0; i < batch.size(); ++i)
        written.addEvent(batch, i);
    const QString pathB = dir.filePath(QStringLiteral("b.capture.ndjson.gz"));
    QString error;
    QVERIFY2(CaptureFile::write(pathB, written, &error), qPrintable(error));

    Capture captureA;
    Capture captureB;
    QVERIFY2(CaptureFile::read(pathA, captureA, &error), qPrintable(error));
    QVERIFY2(CaptureFile::read(pathB, captureB, &error), qPrintable(error));
    CaptureDiff diff;
    QVERIFY2(CaptureDiffEngine::run(captureA, captureB, CaptureDiffOptions(), diff, &error), qPrintable(error));
    QCOMPARE(diff.candidate.name, QStringLiteral("build 413"));
    QCOMPARE(diff.findings.size(), 1);
    QCOMPARE(diff.findings[0].kind, Kind::PropertyRemoved);
    QCOMPARE(diff.findings[0].property, QStringLiteral("properties.plan"));
    QVERIFY(diff.hasDrift());
}

QTEST_GUILESS_MAIN(TestCaptureDiff)
#include "tst_capturediff.moc"

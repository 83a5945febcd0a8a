// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The Compare page on real files: a capture file and plain canonical NDJSON compared on its worker thread; the
// banner, the findings grouped by event and coloured by severity, the detail of the selected finding, the funnel's
// steps, hiding unchanged events, bad input, the latest comparison winning, exporting the report, and the page's
// place in the main window.

#include "appsettings.h"
#include "capturediffmodel.h"
#include "compareview.h"
#include "config/journeyconfig.h"
#include "mainwindow.h"
#include "session.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QXmlStreamReader>

#include <memory>

using namespace Journey;

namespace {
constexpr int timeout = 30'000;

QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

/// A track line of user-N at second S past 10:00:00.
QByteArray track(const char* event, int user, int second, const char* properties)
{
    return q("{'type':'track','event':'") + event + q("','userId':'user-") + QByteArray::number(user)
        + q("','messageId':'") + event + '-' + QByteArray::number(user) + q("','timestamp':'2026-03-02T10:")
        + QByteArray::number(10 + second / 60) + ':' + QByteArray::number(10 + second % 60) + q(".000Z','properties':")
        + q(properties) + "}\n";
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

/// Rows of the tree as "name|kind|before|after|change" (children indented by two spaces).
QStringList rowsOf(const QAbstractItemModel& model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex group = model.index(row, 0);
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data().toString());
        rows.append(cells.join(QLatin1Char('|')));
        for (int child = 0; child < model.rowCount(group); ++child) {
            QStringList childCells;
            for (int column = 0; column < model.columnCount(); ++column)
                childCells.append(model.index(child, column, group).data().toString());
            rows.append(QStringLiteral("  ") + childCells.join(QLatin1Char('|')));
        }
    }
    return rows;
}
} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void comparesTwoFiles();
    void identicalCapturesShowNoDrift();
    void unchangedEventsCanBeHidden();
    void badInputIsReported();
    void latestComparisonWins();
    void exportsTheReport();
    void isAPageOfTheMainWindow();

private:
    bool runCompare(const QString& a, const QString& b, QString* message = nullptr);
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CompareView> m_view;
};

void TestCompareView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Baseline: plain NDJSON. 10 users view (price a number), 6 add to cart, 3 buy with revenue; 2 log out.
    QByteArray a;
    for (int user = 0; user < 10; ++user) {
        a += track("Product Viewed", user, 0, "{'sku':'a','price':12}");
        if (user < 6)
            a += track("Product Added", user, 60, "{'sku':'a'}");
        if (user < 3)
            a += track("Order Completed", user, 120, "{'order_id':'o','revenue':12}");
        if (user < 2)
            a += track("Logged Out", user, 180, "{}");
    }
    QVERIFY(writeFile(path("a.ndjson"), a));
    // Candidate: a capture file. Price became a string, revenue is gone, 3 add to cart, nobody logs out, a new
    // event appears.
    QByteArray b = q("{'journeyCapture':1,'name':'build 413','createdAt':'2026-03-02T10:00:00.000Z'}\n");
    for (int user = 0; user < 10; ++user) {
        b += track("Product Viewed", user, 0, "{'sku':'a','price':'12'}");
        if (user < 3)
            b += track("Product Added", user, 60, "{'sku':'a'}");
        if (user < 3)
            b += track("Order Completed", user, 120, "{'order_id':'o'}");
        if (user < 1)
            b += track("Wishlist Opened", user, 150, "{}");
    }
    QVERIFY(writeFile(path("b.capture.ndjson"), b));
    QVERIFY(writeFile(path("bad.ndjson"), track("Product Viewed", 1, 0, "{}") + "{broken\n"));
}

void TestCompareView::init()
{
    JourneyConfig config;
    config.collector.port = 0;
    m_settings = std::make_unique<AppSettings>();
    m_session = std::make_unique<Session>(path("store.db"), path("config.json"), config);
    m_view = std::make_unique<CompareView>(m_session.get(), m_settings.get());
    m_view->resize(1200, 700);
    m_view->show();
}

void TestCompareView::cleanup()
{
    m_view.reset();
    m_session.reset();
    m_settings.reset();
}

bool TestCompareView::runCompare(const QString& a, const QString& b, QString* message)
{
    QSignalSpy finished(m_view.get(), &CompareView::comparisonFinished);
    m_view->compare(a, b);
    // Input the page refuses is answered at once; a comparison later, from its thread.
    if (finished.isEmpty() && !finished.wait(timeout))
        return false;
    if (message)
        *message = finished.first().at(1).toString();
    return finished.first().at(0).toBool();
}

void TestCompareView::comparesTwoFiles()
{
    m_view->funnelEdit()->setText(QStringLiteral("Product Viewed>Product Added>Order Completed"));
    m_view->windowEdit()->setText(QStringLiteral("1h"));
    QVERIFY(runCompare(path("a.ndjson"), path("b.capture.ndjson")));
    QVERIFY(!m_view->isComparing());
    QCOMPARE(m_view->baselineEdit()->text(), path("a.ndjson"));

    // The banner: drift, the counts by kind, both sides.
    QLabel* banner = m_view->summaryLabel();
    QCOMPARE(banner->property("state").toString(), QStringLiteral("drift"));
    const QString bannerText = banner->text();
    QVERIFY2(bannerText.contains(QStringLiteral("Drift")), qPrintable(bannerText));
    QVERIFY2(bannerText.contains(QStringLiteral("5 error(s)")), qPrintable(bannerText));
    QVERIFY2(bannerText.contains(QStringLiteral("Type changed 1")), qPrintable(bannerText));
    QVERIFY2(bannerText.contains(QStringLiteral("Event added 1")), qPrintable(bannerText));
    QVERIFY2(
        bannerText.contains(QStringLiteral("a.ndjson (21 events) → build 413 (17 events)")), qPrintable(bannerText));

    // The findings, grouped by event: failing events first, by key; then the unchanged one would follow; the
    // funnel's steps last.
    const QStringList rows = rowsOf(*m_view->model());
    const QStringList expected {
        QStringLiteral("Logged Out|track · removed|2|0|"),
        QStringLiteral("  sent by the baseline only|Event removed|2 event(s)|0 event(s)|"),
        QStringLiteral("Order Completed|track|3|3|0.0%"),
        QStringLiteral("  properties.revenue|Property removed|100.0%|0.0%|-100.0 pts"),
        QStringLiteral("Product Added|track|6|3|-50.0%"),
        QStringLiteral("  number of events|Volume change|6 event(s)|3 event(s)|-50.0%"),
        QStringLiteral("Product Viewed|track|10|10|0.0%"),
        QStringLiteral("  properties.price|Type changed|number|string|"),
        QStringLiteral("Wishlist Opened|track · added|0|1|"),
        QStringLiteral("  sent by the candidate only|Event added|0 event(s)|1 event(s)|"),
        QStringLiteral("Funnel step 1: Product Viewed|funnel|10 user(s)|10 user(s)|"),
        QStringLiteral("Funnel step 2: Product Added|funnel|6 · 60.0%|3 · 30.0%|-30.0 pts"),
        QStringLiteral("  conversion from step 1|Conversion drop|60.0%|30.0%|-30.0 pts"),
        QStringLiteral("Funnel step 3: Order Completed|funnel|3 · 50.0%|3 · 100.0%|+50.0 pts"),
        QStringLiteral("  conversion from step 2|Conversion rise|50.0%|100.0%|+50.0 pts"),
    };
    QCOMPARE(rows, expected);
}

void TestCompareView::identicalCapturesShowNoDrift()
{
    QVERIFY(runCompare(path("a.ndjson"), path("a.ndjson")));
    QCOMPARE(m_view->summaryLabel()->property("state").toString(), QStringLiteral("clean"));
    QVERIFY(m_view->summaryLabel()->text().contains(QStringLiteral("No drift")));
    QCOMPARE(m_view->model()->rowCount(), 4);
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(m_view->model()->rowCount(m_view->model()->index(row, 0)), 0);
        QCOMPARE(
            m_view->model()->index(row, 0).data(CaptureDiffModel::StateRole).toInt(), int(CaptureDiffModel::State::Ok));
    }
}

void TestCompareView::unchangedEventsCanBeHidden()
{
    QVERIFY(runCompare(path("a.ndjson"), path("b.capture.ndjson")));
    // Every event has a finding here: compare the baseline with a copy that only lost "Logged Out".
    QByteArray c;
    QFile a(path("a.ndjson"));
    QVERIFY(a.open(QIODevice::ReadOnly));
    for (const QByteArray& line : a.readAll().split('\n')) {
        if (!line.isEmpty() && !line.contains("Logged Out"))
            c += line + '\n';
    }
    QVERIFY(writeFile(path("c.ndjson"), c));
    QVERIFY(runCompare(path("a.ndjson"), path("c.ndjson")));
    QCOMPARE(m_view->model()->rowCount(), 4);
    QCheckBox* show = m_view->findChild<QCheckBox*>();
    QVERIFY(show);
    const auto boxes = m_view->findChildren<QCheckBox*>();
    for (QCheckBox* box : boxes) {
        if (box->text().contains(QStringLiteral("unchanged")))
            box->setChecked(false);
    }
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->index(0, 0).data().toString(), QStringLiteral("Logged Out"));
    QCOMPARE(
        m_view->model()->index(0, 0).data(CaptureDiffModel::StateRole).toInt(), int(CaptureDiffModel::State::Error));
}

void TestCompareView::badInputIsReported()
{
    QString message;
    QVERIFY(!runCompare(path("a.ndjson"), path("missing.ndjson"), &message));
    QVERIFY2(message.contains(QStringLiteral("missing.ndjson")), qPrintable(message));
    QCOMPARE(m_view->summaryLabel()->property("state").toString(), QStringLiteral("error"));
    QVERIFY(!runCompare(path("a.ndjson"), path("bad.ndjson"), &message));
    QVERIFY2(message.contains(QStringLiteral("bad.ndjson:2")), qPrintable(message));
    QVERIFY2(m_view->summaryLabel()->text().contains(QStringLiteral("bad.ndjson:2")),
        qPrintable(m_view->summaryLabel()->text()));
    m_view->funnelEdit()->setText(QStringLiteral("Only One Step"));
    QVERIFY(!runCompare(path("a.ndjson"), path("a.ndjson"), &message));
    QVERIFY2(message.startsWith(QStringLiteral("Funnel:")), qPrintable(message));
    m_view->funnelEdit()->setText(QStringLiteral("A>B"));
    m_view->windowEdit()->setText(QStringLiteral("soon"));
    QVERIFY(!runCompare(path("a.ndjson"), path("a.ndjson"), &message));
    QVERIFY2(message.startsWith(QStringLiteral("Window:")), qPrintable(message));
    QVERIFY(!runCompare(QString(), path("a.ndjson"), &message));
    QVERIFY(!m_view->isComparing());
}

void TestCompareView::latestComparisonWins()
{
    QSignalSpy finished(m_view.get(), &CompareView::comparisonFinished);
    m_view->compare(path("a.ndjson"), path("b.capture.ndjson"));
    m_view->compare(path("a.ndjson"), path("a.ndjson"));
    QVERIFY(finished.wait(timeout));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(m_view->summaryLabel()->property("state").toString(), QStringLiteral("clean"));
    QVERIFY(m_view->currentDiff());
    QVERIFY(!m_view->currentDiff()->hasDrift());
    // Another comparison after it still reports once.
    QVERIFY(runCompare(path("a.ndjson"), path("b.capture.ndjson")));
    QCOMPARE(finished.size(), 2);
    QVERIFY(m_view->currentDiff()->hasDrift());
}

void TestCompareView::exportsTheReport()
{
    QSignalSpy refused(m_view.get(), &CompareView::exported);
    m_view->exportReport(CaptureDiffReportWriter::Format::Json, path("none.json"));
    QCOMPARE(refused.size(), 1);
    QVERIFY(!refused.first().at(0).toBool());

    QVERIFY(runCompare(path("a.ndjson"), path("b.capture.ndjson")));
    // The first failing finding is shown in detail.
    const QString detail = m_view->detail()->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("Event removed")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("fails the diff")), qPrintable(detail));
    // Select the type change.
    CaptureDiffModel* model = m_view->model();
    const QModelIndex group = model->groupIndex(QStringLiteral("Product Viewed"));
    QVERIFY(group.isValid());
    const QModelIndex finding = model->index(0, 0, group);
    QCOMPARE(model->findingAt(finding)->kind, CaptureDiffFinding::Kind::TypeChanged);
    QCOMPARE(
        finding.data(Qt::ForegroundRole).value<QColor>(), CaptureDiffModel::colorOf(CaptureDiffModel::State::Error));
    m_view->tree()->setCurrentIndex(finding);
    const QString typeDetail = m_view->detail()->toPlainText();
    QVERIFY2(
        typeDetail.contains(QStringLiteral("properties.price changed type: number → string")), qPrintable(typeDetail));
    QVERIFY2(typeDetail.contains(QStringLiteral("Kind type-changed fails the diff")), qPrintable(typeDetail));
    // An information finding is coloured as one.
    const QModelIndex added = model->index(0, 0, model->groupIndex(QStringLiteral("Wishlist Opened")));
    QCOMPARE(added.data(Qt::ForegroundRole).value<QColor>(), CaptureDiffModel::colorOf(CaptureDiffModel::State::Info));
    m_view->tree()->setCurrentIndex(added);
    QVERIFY(m_view->detail()->toPlainText().contains(QStringLiteral("is reported without failing the diff")));
    m_view->tree()->setCurrentIndex(model->groupIndex(QStringLiteral("Product Added")));
    QVERIFY2(m_view->detail()->toPlainText().contains(QStringLiteral("6 event(s)")),
        qPrintable(m_view->detail()->toPlainText()));

    QSignalSpy exported(m_view.get(), &CompareView::exported);
    m_view->exportReport(CaptureDiffReportWriter::Format::Junit, path("report.xml"));
    QVERIFY(exported.wait(timeout));
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(2).toString()));
    QFile file(path("report.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader reader(&file);
    int cases = 0;
    int failures = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("testcase"))
            ++cases;
        if (reader.isStartElement() && reader.name() == QLatin1String("failure"))
            ++failures;
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(cases, 5);
    QCOMPARE(failures, 4);

    m_view->exportReport(CaptureDiffReportWriter::Format::Text, path("no/such/folder/report.txt"));
    QVERIFY(exported.wait(timeout));
    QVERIFY(!exported.last().at(0).toBool());
}

void TestCompareView::isAPageOfTheMainWindow()
{
    MainWindow window(m_session.get(), m_settings.get());
    window.setCurrentPage(MainWindow::ComparePage);
    QCOMPARE(window.pages()->currentWidget(), window.compareView());
    QCOMPARE(window.pages()->tabText(MainWindow::ComparePage), QStringLiteral("Compare"));
    QSignalSpy finished(window.compareView(), &CompareView::comparisonFinished);
    window.compareView()->compare(path("a.ndjson"), path("b.capture.ndjson"));
    QVERIFY(finished.wait(timeout));
    QVERIFY(window.compareView()->currentDiff()->hasDrift());
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The Funnels, Cohorts and Trends pages in the whole window, over a store filled with the demo data set: what
// they show on open equals what the engines compute on the same store; re-running with other options, the
// people behind a drop-off, the jump to their events, bad input, CSV export, and the empty state.

#include "analysis/analysissnapshotbuilder.h"
#include "analysis/demodatagenerator.h"
#include "analysis/funnelengine.h"
#include "analysis/propertycolumnbuilder.h"
#include "analysis/retentionengine.h"
#include "appsettings.h"
#include "cohortview.h"
#include "config/journeyconfig.h"
#include "eventkeycombo.h"
#include "filterbar.h"
#include "funnelchart.h"
#include "funnelstepeditor.h"
#include "funnelview.h"
#include "io/eventimporter.h"
#include "liveview.h"
#include "mainwindow.h"
#include "retentionheatmapmodel.h"
#include "session.h"
#include "store/storewriter.h"
#include "trendchart.h"
#include "trendview.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace Journey;

namespace {
constexpr int timeout = 60'000; // the first query reads the store; CI machines can be slow
}

class TestAnalysisViews : public QObject
{
    Q_OBJECT

private:
    struct App
    {
        std::unique_ptr<AppSettings> settings;
        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
    };

    std::unique_ptr<App> startApp(const QString& storePath)
    {
        auto app = std::make_unique<App>();
        JourneyConfig config;
        config.collector.port = 0;
        app->settings = std::make_unique<AppSettings>();
        app->session = std::make_unique<Session>(storePath, m_dir.filePath(QStringLiteral("config.json")), config);
        app->window = std::make_unique<MainWindow>(app->session.get(), app->settings.get());
        app->window->resize(1280, 800);
        QSignalSpy opened(app->session.get(), &Session::storeOpened);
        app->window->show();
        app->session->start();
        if (!opened.wait(10'000))
            return nullptr;
        return app;
    }

    AnalysisSnapshot snapshot()
    {
        AnalysisSnapshot snapshot;
        QString error;
        if (!AnalysisSnapshotBuilder::fromStore(m_store, true, snapshot, &error))
            qFatal("%s", qPrintable(error));
        return snapshot;
    }

    FunnelResult funnelOf(const FunnelQuery& query)
    {
        AnalysisSnapshot data = snapshot();
        FunnelResult result;
        QString error;
        if (!PropertyColumnBuilder::addFromStore(m_store, data, query.propertyPaths(), &error)
            || !FunnelEngine::run(data, query, result, &error))
            qFatal("%s", qPrintable(error));
        return result;
    }

    /// Waits for the page's next answer after \a start (a run) and returns whether it came.
    static bool runAndWait(AnalysisPage* page, const std::function<void()>& start)
    {
        QSignalSpy shown(page, &AnalysisPage::resultShown);
        start();
        return shown.wait(timeout) || shown.count() > 0;
    }

    QTemporaryDir m_dir;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("journey-connector-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());

        m_store = m_dir.filePath(QStringLiteral("demo.db"));
        const QString file = m_dir.filePath(QStringLiteral("demo.ndjson"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            DemoDataGenerator::Options options;
            options.users = 200;
            options.events = 10'000;
            options.seed = 1;
            QString error;
            QVERIFY2(DemoDataGenerator::write(options, out, &error), qPrintable(error));
        }
        StoreWriter writer(m_store);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        EventImporter importer(writer);
        EventImporter::Result result;
        QVERIFY2(importer.importFiles({ file }, EventImporter::Options(), result, &error), qPrintable(error));
        QCOMPARE(result.imported, 10'000);
    }

    void funnelsShowWhatTheEngineComputes()
    {
        auto app = startApp(m_store);
        QVERIFY(app);
        FunnelView* funnels = app->window->funnelView();
        app->window->setCurrentPage(MainWindow::FunnelsPage);

        // On first show: the shop funnel (the demo data has its four events), 7 days, run at once.
        QTRY_VERIFY_WITH_TIMEOUT(funnels->hasResult(), timeout);
        QVERIFY(!funnels->isShowingError());
        QCOMPARE(funnels->stepEditor()->stepCount(), 4);
        QCOMPARE(funnels->stepEditor()->stepEvent(0), QStringLiteral("Product Viewed"));
        QCOMPARE(funnels->stepEditor()->stepEvent(3), QStringLiteral("Order Completed"));
        FunnelQuery query;
        QString error;
        QVERIFY2(funnels->buildQuery(query, &error), qPrintable(error));
        QCOMPARE(query.windowMs, 7LL * 86'400'000);
        QCOMPARE(query.order, FunnelQuery::Order::Ordered);

        const FunnelResult expected = funnelOf(query);
        QCOMPARE(funnels->table()->topLevelItemCount(), 4);
        QVERIFY(expected.steps[3].users > 0);
        for (int step = 0; step < 4; ++step) {
            QCOMPARE(funnels->table()->topLevelItem(step)->text(FunnelView::UsersColumn),
                QLocale().toString(expected.steps[step].users));
            QCOMPARE(funnels->result().steps[step].users, expected.steps[step].users);
        }
        QCOMPARE(funnels->chart()->barLabels().size(), 4);
        QVERIFY(funnels->chart()->barLabels().first().startsWith(QLocale().toString(expected.steps[0].users)));
        QVERIFY(funnels->statusText().contains(QLocale().toString(expected.steps[0].users)));

        // Strict order: fewer or as many conversions, and again what the engine says.
        funnels->orderCombo()->setCurrentIndex(funnels->orderCombo()->findData(int(FunnelQuery::Order::Strict)));
        QVERIFY(runAndWait(funnels, [funnels] { funnels->run(); }));
        QCOMPARE(funnels->result().query.order, FunnelQuery::Order::Strict);
        QVERIFY2(funnels->buildQuery(query, &error), qPrintable(error));
        const FunnelResult strict = funnelOf(query);
        for (int step = 0; step < 4; ++step) {
            QCOMPARE(funnels->table()->topLevelItem(step)->text(FunnelView::UsersColumn),
                QLocale().toString(strict.steps[step].users));
            QVERIFY(strict.steps[step].users <= expected.steps[step].users);
        }

        // A click on step 2's row lists the people who reached step 2 and no further.
        QTreeWidgetItem* row = funnels->table()->topLevelItem(1);
        const QRect rect = funnels->table()->visualItemRect(row);
        QTest::mouseClick(funnels->table()->viewport(), Qt::LeftButton, {}, rect.center());
        const qint64 stopped = std::count(strict.levels.begin(), strict.levels.end(), quint8(2));
        QVERIFY(stopped > 0);
        QTRY_COMPARE_WITH_TIMEOUT(funnels->personsTotal(), stopped, timeout);
        QCOMPARE(funnels->personsList()->count(), int(std::min<qint64>(stopped, FunnelView::personsLimit)));
        QVERIFY(funnels->personsTitle().contains(QLocale().toString(stopped)));

        // The last step: the people who completed the funnel.
        funnels->showPersons(4);
        const qint64 completed = std::count(strict.levels.begin(), strict.levels.end(), quint8(4));
        QTRY_COMPARE_WITH_TIMEOUT(funnels->personsTotal(), completed, timeout);
        QCOMPARE(completed, strict.steps[3].users);

        // Double-clicking a person shows their events in the Live stream.
        QListWidgetItem* person = funnels->personsList()->item(0);
        QVERIFY(person);
        QSignalSpy requested(funnels, &FunnelView::showPersonRequested);
        const QRect personRect = funnels->personsList()->visualItemRect(person);
        // As a mouse does it: press and release, then the double click.
        QTest::mouseClick(funnels->personsList()->viewport(), Qt::LeftButton, {}, personRect.center());
        QTest::mouseDClick(funnels->personsList()->viewport(), Qt::LeftButton, {}, personRect.center());
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), person->text());
        QCOMPARE(app->window->currentPage(), MainWindow::LivePage);
        QCOMPARE(app->window->liveView()->filterBar()->filter().identity(), person->text());
    }

    void aBadConditionIsReportedAndRunsNothing()
    {
        auto app = startApp(m_store);
        QVERIFY(app);
        FunnelView* funnels = app->window->funnelView();
        app->window->setCurrentPage(MainWindow::FunnelsPage);
        QTRY_VERIFY_WITH_TIMEOUT(funnels->hasResult(), timeout);

        funnels->stepEditor()->setStepConditions(1, QStringLiteral("plan=pro, price>cheap"));
        // Tickets are numbered in order: a query submitted by run() would take one between these two.
        AnalysisService* service = app->session->analysis();
        const quint64 before = service->queryEventKeys();
        funnels->run();
        const quint64 after = service->queryEventKeys();
        QCOMPARE(after, before + 1);
        QVERIFY(!funnels->isRunning());
        QVERIFY(funnels->isShowingError());
        QVERIFY2(funnels->statusText().contains(QStringLiteral("price>cheap")), qPrintable(funnels->statusText()));
        QVERIFY(funnels->statusText().contains(QStringLiteral("Step 2")));

        // Fixed, it runs, with the condition applied.
        funnels->stepEditor()->setStepConditions(1, QStringLiteral("price>10"));
        QVERIFY(runAndWait(funnels, [funnels] { funnels->run(); }));
        QVERIFY(!funnels->isShowingError());
        QCOMPARE(funnels->result().query.steps[1].filters.size(), 1);
        QCOMPARE(funnels->result().query.steps[1].toString(), QStringLiteral("Product Added[price>10]"));

        // A breakdown that is no property path is refused too.
        funnels->breakdownEdit()->setText(QStringLiteral("plan..x"));
        const quint64 again = service->queryEventKeys();
        funnels->run();
        QCOMPARE(service->queryEventKeys(), again + 1);
        QVERIFY(funnels->isShowingError());
        QVERIFY(funnels->statusText().contains(QStringLiteral("plan..x")));
    }

    void aBreakdownSplitsTheFunnelAndARunCanBeCancelled()
    {
        auto app = startApp(m_store);
        QVERIFY(app);
        FunnelView* funnels = app->window->funnelView();
        app->window->setCurrentPage(MainWindow::FunnelsPage);
        QTRY_VERIFY_WITH_TIMEOUT(funnels->hasResult(), timeout);

        // By the plan trait, at the first step: a row per value under each step, as the engine splits it.
        funnels->breakdownEdit()->setText(QStringLiteral("traits.plan"));
        QVERIFY(runAndWait(funnels, [funnels] { funnels->run(); }));
        FunnelQuery query;
        QString error;
        QVERIFY2(funnels->buildQuery(query, &error), qPrintable(error));
        QCOMPARE(query.breakdown, QStringLiteral("traits.plan"));
        const FunnelResult expected = funnelOf(query);
        QVERIFY(expected.breakdown.size() > 1);
        QTreeWidgetItem* first = funnels->table()->topLevelItem(0);
        QCOMPARE(first->childCount(), int(expected.breakdown.size()));
        for (int bucket = 0; bucket < expected.breakdown.size(); ++bucket) {
            QCOMPARE(first->child(bucket)->text(FunnelView::StepColumn), expected.breakdown[bucket].value);
            QCOMPARE(first->child(bucket)->text(FunnelView::UsersColumn),
                QLocale().toString(expected.breakdown[bucket].steps[0].users));
        }
        QVERIFY(funnels->statusText().contains(QStringLiteral("traits.plan")));

        // Cancel: the run stops showing progress and its answer, if any, is ignored; the next run shows.
        QSignalSpy shown(funnels, &AnalysisPage::resultShown);
        funnels->breakdownEdit()->clear();
        funnels->run();
        QVERIFY(funnels->isRunning());
        funnels->cancel();
        QVERIFY(!funnels->isRunning());
        QVERIFY(funnels->statusText().startsWith(QStringLiteral("Cancelled")));
        QCOMPARE(funnels->result().query.breakdown, QStringLiteral("traits.plan")); // still the previous result
        funnels->windowSpin()->setValue(1);
        QVERIFY(runAndWait(funnels, [funnels] { funnels->run(); }));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(funnels->result().query.windowMs, 86'400'000LL);
        QVERIFY(funnels->result().query.breakdown.isEmpty());
    }

    void funnelCsvExportWritesTheReport()
    {
        auto app = startApp(m_store);
        QVERIFY(app);
        FunnelView* funnels = app->window->funnelView();
        app->window->setCurrentPage(MainWindow::FunnelsPage);
        QTRY_VERIFY_WITH_TIMEOUT(funnels->hasResult(), timeout);

        // exportCsv() is what the button calls once the file dialog has a name.
        const QString path = m_dir.filePath(QStringLiteral("funnel.csv"));
        QSignalSpy exported(funnels, &AnalysisPage::exported);
        funnels->exportCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, timeout);
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(2).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(),
            QByteArray("step,event,users,conversion_from_first,conversion_from_previous,median_seconds_to_convert"));
        const QByteArray firstRow
            = QByteArray("1,Product Viewed,") + QByteArray::number(funnels->result().steps[0].users) + ',';
        QVERIFY(lines.value(1).startsWith(firstRow));

        // And the chart as a PNG.
        const QString png = m_dir.filePath(QStringLiteral("funnel.png"));
        funnels->exportPng(png);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, timeout);
        QVERIFY(exported.at(1).at(0).toBool());
        QFile image(png);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QVERIFY(image.read(8).startsWith("\x89PNG"));
    }

    void cohortsShowWhatTheEngineComputes()
    {
        auto app = startApp(m_store);
        QVERIFY(app);
        CohortView* cohorts = app->window->cohortView();
        app->window->setCurrentPage(MainWindow::CohortsPage);
        QTRY_VERIFY_WITH_TIMEOUT(cohorts->hasResult(), timeout);
        QVERIFY(!cohorts->isShowingError());
        QCOMPARE(cohorts->cohortEventCombo()->eventKey(), QStringLiteral("Signed Up"));
        QCOMPARE(cohorts->returnEventCombo()->eventKey(), EventSelector::anyEvent());
        QCOMPARE(cohorts->periodsSpin()->value(), 8);

        RetentionQuery query;
        QString error;
        QVERIFY2(cohorts->buildQuery(query, &error), qPrintable(error));
        QCOMPARE(query.period, AnalysisPeriod::Unit::Week);
        RetentionResult expected;
        QVERIFY2(RetentionEngine::run(snapshot(), query, expected, &error), qPrintable(error));
        QVERIFY(!expected.cohorts.isEmpty());

        RetentionHeatmapModel* model = cohorts->model();
        QCOMPARE(model->cohortCount(), int(expected.cohorts.size()));
        QCOMPARE(model->rowCount(), int(expected.cohorts.size()) + 1); // and the average
        QCOMPARE(model->columnCount(), RetentionHeatmapModel::FirstPeriodColumn + 8);
        QCOMPARE(model->index(0, RetentionHeatmapModel::SizeColumn).data().toString(),
            QLocale().toString(expected.cohorts[0].size));
        QCOMPARE(model->index(0, RetentionHeatmapModel::CohortColumn).data().toString(),
            expected.cohorts[0].start.toString(Qt::ISODate));
        const QModelIndex week1 = model->index(0, RetentionHeatmapModel::FirstPeriodColumn + 1);
        QCOMPARE(week1.data(RetentionHeatmapModel::RetainedRole).toLongLong(), expected.cohorts[0].retained[1]);
        QVERIFY(week1.data(Qt::DisplayRole).toString().endsWith(QStringLiteral(" %")));
        QVERIFY(week1.data(Qt::BackgroundRole).value<QColor>().isValid());
        // The newest cohort cannot have been seen for eight weeks yet: its late cells are blank.
        const QModelIndex late = model->index(model->cohortCount() - 1, RetentionHeatmapModel::FirstPeriodColumn + 7);
        QVERIFY(late.data(Qt::DisplayRole).toString().isEmpty());
        QVERIFY(!late.data(Qt::BackgroundRole).isValid());

        // Another period: again the engine's cohorts.
        cohorts->periodCombo()->setCurrentIndex(cohorts->periodCombo()->findData(int(AnalysisPeriod::Unit::Month)));
        QVERIFY(runAndWait(cohorts, [cohorts] { cohorts->run(); }));
        QVERIFY2(cohorts->buildQuery(query, &error), qPrintable(error));
        QVERIFY2(RetentionEngine::run(snapshot(), query, expected, &error), qPrintable(error));
        QCOMPARE(model->cohortCount(), int(expected.cohorts.size()));
        QCOMPARE(model->index(0, RetentionHeatmapModel::SizeColumn).data().toString(),
            QLocale().toString(expected.cohorts[0].size));

        const QString path = m_dir.filePath(QStringLiteral("retention.csv"));
        QSignalSpy exported(cohorts, &AnalysisPage::exported);
        cohorts->exportCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, timeout);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("cohort_start,size,retained_0,"));
    }

    void trendsShowASeriesPerCheckedEvent()
    {
        auto app = startApp(m_store);
        QVERIFY(app);
        TrendView* trends = app->window->trendView();
        app->window->setCurrentPage(MainWindow::TrendsPage);
        QTRY_VERIFY_WITH_TIMEOUT(trends->hasResult(), timeout);
        QVERIFY(!trends->isShowingError());

        // The three most frequent events are checked by default.
        QCOMPARE(trends->checkedEvents().size(), 3);
        QCOMPARE(trends->checkedEvents().first(), trends->eventKeys().first().name);
        QCOMPARE(trends->chart()->seriesNames(), trends->checkedEvents());
        QCOMPARE(trends->result().counts.size(), size_t(3));

        // Checking another event runs again, with a series for it.
        QListWidgetItem* signedUp
            = trends->eventList()->findItems(QStringLiteral("Signed Up"), Qt::MatchExactly).value(0);
        QVERIFY(signedUp);
        QVERIFY(runAndWait(trends, [signedUp] { signedUp->setCheckState(Qt::Checked); }));
        QCOMPARE(trends->chart()->seriesNames().size(), 4);
        QVERIFY(trends->chart()->seriesNames().contains(QStringLiteral("Signed Up")));

        // The counts per period add up to the events of that key.
        const int index = int(trends->chart()->seriesNames().indexOf(QStringLiteral("Signed Up")));
        qint64 total = 0;
        for (const qint64 count : trends->result().counts[size_t(index)])
            total += count;
        qint64 stored = -1;
        for (const AnalysisService::EventKey& key : trends->eventKeys()) {
            if (key.name == QStringLiteral("Signed Up"))
                stored = key.events;
        }
        QCOMPARE(total, stored);
    }

    void anEmptyStoreSaysHowToGetEvents()
    {
        auto app = startApp(m_dir.filePath(QStringLiteral("empty.db")));
        QVERIFY(app);
        app->window->setCurrentPage(MainWindow::FunnelsPage);
        FunnelView* funnels = app->window->funnelView();
        QTRY_VERIFY_WITH_TIMEOUT(funnels->isEmptyStateShown(), timeout);
        QVERIFY(!funnels->hasResult());
        app->window->setCurrentPage(MainWindow::CohortsPage);
        QTRY_VERIFY_WITH_TIMEOUT(app->window->cohortView()->isEmptyStateShown(), timeout);
    }
};

QTEST_MAIN(TestAnalysisViews)
#include "tst_analysisviews.moc"

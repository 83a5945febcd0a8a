// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The whole window with a real store and a real collector on 127.0.0.1, driven the way a user would:
// events sent over HTTP appear in the stream, a click shows them in the inspector, filters and pause work,
// everything is there again after a restart, and a taken port is reported with a way out.

#include "appsettings.h"
#include "collector/collector.h"
#include "config/journeyconfig.h"
#include "eventinspector.h"
#include "filterbar.h"
#include "liveview.h"
#include "mainwindow.h"
#include "models/eventlistmodel.h"
#include "models/rejectedrequestmodel.h"
#include "noticebanner.h"
#include "rejectedview.h"
#include "validationview.h"
#include "eventinspector.h"
#include "filterbar.h"
#include "session.h"
#include "store/storequeryservice.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTabWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Journey;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    struct App
    {
        std::unique_ptr<AppSettings> settings;
        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
        QUrl url;
    };

    std::unique_ptr<App> startApp(quint16 port = 0, const QString& planPath = QString())
    {
        auto app = std::make_unique<App>();
        JourneyConfig config;
        config.collector.port = port;
        config.validationPlan = planPath;
        app->settings = std::make_unique<AppSettings>();
        app->session = std::make_unique<Session>(m_dir.filePath(QStringLiteral("store.db")),
            m_dir.filePath(QStringLiteral("config.json")), config);
        app->window = std::make_unique<MainWindow>(app->session.get(), app->settings.get());
        QSignalSpy started(app->session.get(), &Session::collectorStarted);
        app->window->show();
        app->session->start();
        if (port == 0) {
            if (!started.wait(10000))
                return nullptr;
            app->url = started.first().first().toUrl();
        }
        return app;
    }

    int post(const QUrl& base, const QString& path, const QByteArray& body)
    {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        // The window's own settings go to the scratch folder, never to the user's.
        QCoreApplication::setOrganizationName(QStringLiteral("journey-connector-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void eventsArriveAndCanBeInspected()
    {
        auto app = startApp();
        QVERIFY(app);
        LiveView* live = app->window->liveView();
        QAbstractItemModelTester tester(live->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!live->model()->isLoading());
        QCOMPARE(live->model()->rowCount(), 0);

        QCOMPARE(post(app->url, QStringLiteral("/v1/batch"),
                     R"({"batch":[
                        {"type":"identify","userId":"u-1","traits":{"email":"a@example.com"}},
                        {"type":"track","userId":"u-1","event":"Order Completed","properties":{"revenue":19.99,"order_id":"o-9"}},
                        {"type":"page","anonymousId":"anon-7","name":"Pricing"}],
                        "writeKey":"secret-write-key-1234"})"),
            200);
        QTRY_COMPARE_WITH_TIMEOUT(live->model()->rowCount(), 3, 5000);
        QCOMPARE(live->model()->index(1, EventListModel::NameColumn).data().toString(), QStringLiteral("Order Completed"));
        QCOMPARE(live->model()->index(2, EventListModel::AnonymousIdColumn).data().toString(), QStringLiteral("anon-7"));

        // Click the track event: the inspector shows it, and its request with the key masked.
        QTableView* table = live->table();
        const QRect cell = table->visualRect(live->model()->index(1, EventListModel::NameColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(live->inspector()->event());
        QCOMPARE(live->inspector()->event()->name, QStringLiteral("Order Completed"));
        QVERIFY(live->inspector()->jsonText().contains(QStringLiteral("\"revenue\": 19.99")));
        QTRY_VERIFY_WITH_TIMEOUT(live->inspector()->requestText().startsWith(QStringLiteral("POST /v1/batch HTTP/1.1")), 5000);
        QVERIFY(live->inspector()->requestText().contains(QStringLiteral("\"revenue\": 19.99")));
        QVERIFY(!live->inspector()->requestText().contains(QStringLiteral("secret-write-key-1234")));
        QVERIFY(live->inspector()->requestText().contains(QStringLiteral("1234")));

        // The status bar names the collector's address.
        QVERIFY(app->window->collectorLabel()->text().contains(app->url.toString()));
    }

    void rejectedRequestsAreListedWithTheirReason()
    {
        auto app = startApp();
        QVERIFY(app);
        RejectedView* rejected = app->window->rejectedView();
        QAbstractItemModelTester tester(rejected->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!rejected->model()->isLoading());
        const int before = rejected->model()->rowCount();

        // A batch with a broken event: refused whole, so the stream shows nothing of it.
        QCOMPARE(post(app->url, QStringLiteral("/v1/batch"),
                     "{\"writeKey\":\"wk-rejected-secret-9876\",\"batch\":[{\"type\":\"track\",\"userId\":\"u\",\"event\":\"Fine\"},"
                     "{\"type\":\"track\",\"userId\":\"u\"}]}"),
            400);
        QTRY_COMPARE_WITH_TIMEOUT(rejected->model()->rowCount(), before + 1, 5000);
        QCOMPARE(rejected->model()->index(0, RejectedRequestModel::StatusColumn).data().toInt(), 400);
        QCOMPARE(rejected->model()->index(0, RejectedRequestModel::RequestColumn).data().toString(),
            QStringLiteral("POST /v1/batch"));
        QVERIFY(rejected->model()->index(0, RejectedRequestModel::ReasonColumn).data().toString().contains(
            QStringLiteral("batch[1].event")));
        QCOMPARE(app->window->pages()->tabText(MainWindow::RejectedPage), QStringLiteral("Rejected (%1)").arg(before + 1));

        // The newest is selected: the reason and the request as it arrived, with the key masked.
        app->window->setCurrentPage(MainWindow::RejectedPage);
        rejected->table()->selectRow(0);
        QTRY_VERIFY(rejected->reasonText().contains(QStringLiteral("answered 400")));
        QVERIFY(rejected->reasonText().contains(QStringLiteral("batch[1].event")));
        QVERIFY(rejected->requestText().startsWith(QStringLiteral("POST /v1/batch HTTP/1.1")));
        QVERIFY(rejected->requestText().contains(QStringLiteral("\"event\": \"Fine\"")));
        QVERIFY(!rejected->requestText().contains(QStringLiteral("wk-rejected-secret-9876")));
        QVERIFY(rejected->requestText().contains(QStringLiteral("9876")));

        // An unknown path is refused and listed too, newest first.
        QCOMPARE(post(app->url, QStringLiteral("/v2/nothing"), "{}"), 404);
        QTRY_COMPARE_WITH_TIMEOUT(rejected->model()->rowCount(), before + 2, 5000);
        QCOMPARE(rejected->model()->index(0, RejectedRequestModel::StatusColumn).data().toInt(), 404);
    }

    void filterAppliesToHistoryAndLiveEvents()
    {
        auto app = startApp();
        QVERIFY(app);
        LiveView* live = app->window->liveView();
        // The previous test's events are in the store: they page in at start.
        QTRY_COMPARE_WITH_TIMEOUT(live->model()->rowCount(), 3, 5000);

        auto* name = live->filterBar()->findChild<QLineEdit*>();
        QVERIFY(name);
        QSignalSpy changed(live->filterBar(), &FilterBar::filterChanged);
        name->setText(QStringLiteral("order"));
        QVERIFY(changed.wait(2000));
        QTRY_COMPARE_WITH_TIMEOUT(live->model()->rowCount(), 1, 5000);
        QCOMPARE(live->model()->index(0, EventListModel::NameColumn).data().toString(), QStringLiteral("Order Completed"));

        QCOMPARE(post(app->url, QStringLiteral("/v1/track"), R"({"userId":"u-2","event":"Order Refunded"})"), 200);
        QCOMPARE(post(app->url, QStringLiteral("/v1/track"), R"({"userId":"u-2","event":"Signed Up"})"), 200);
        QTRY_COMPARE_WITH_TIMEOUT(live->model()->rowCount(), 2, 5000);
        QCOMPARE(live->model()->index(1, EventListModel::NameColumn).data().toString(), QStringLiteral("Order Refunded"));

        live->filterBar()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(live->model()->rowCount(), 5, 5000);
    }

    void pauseHoldsEventsBackUntilResumed()
    {
        auto app = startApp();
        QVERIFY(app);
        LiveView* live = app->window->liveView();
        QTRY_COMPARE_WITH_TIMEOUT(live->model()->rowCount(), 5, 5000);
        live->setPaused(true);
        QCOMPARE(post(app->url, QStringLiteral("/v1/t"), R"({"anonymousId":"a-9","event":"While Paused"})"), 200);
        QTRY_COMPARE_WITH_TIMEOUT(live->model()->heldBackCount(), 1, 5000);
        QCOMPARE(live->model()->rowCount(), 5);
        live->setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(live->model()->rowCount(), 6, 5000);
        QCOMPARE(live->model()->index(5, EventListModel::NameColumn).data().toString(), QStringLiteral("While Paused"));
    }

    void everyEventIsThereAfterARestart()
    {
        {
            auto app = startApp();
            QVERIFY(app);
            QTRY_COMPARE_WITH_TIMEOUT(app->window->liveView()->model()->rowCount(), 6, 5000);
            QCOMPARE(post(app->url, QStringLiteral("/v1/identify"), R"({"userId":"u-3","traits":{"plan":"pro"}})"), 200);
            QTRY_COMPARE_WITH_TIMEOUT(app->window->liveView()->model()->rowCount(), 7, 5000);
            app->window->close();
        }
        auto app = startApp();
        QVERIFY(app);
        QTRY_COMPARE_WITH_TIMEOUT(app->window->liveView()->model()->rowCount(), 7, 5000);
        QCOMPARE(app->window->liveView()->model()->index(6, EventListModel::UserIdColumn).data().toString(), QStringLiteral("u-3"));
    }

    void aTakenPortIsReportedWithAFreeOne()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        auto app = startApp(squatter.serverPort());
        QVERIFY(app);
        NoticeBanner* banner = app->window->banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(banner->text().contains(QString::number(squatter.serverPort())));
        QVERIFY(banner->text().contains(QStringLiteral("already in use")));
        QPushButton* use = nullptr;
        for (QPushButton* button : banner->findChildren<QPushButton*>()) {
            if (button->text().startsWith(QStringLiteral("Use port")))
                use = button;
        }
        QVERIFY2(use, "the banner offers a free port");
        const quint16 offered = use->text().section(QLatin1Char(' '), -1).toUShort();
        QVERIFY(offered != 0 && offered != squatter.serverPort());
        QSignalSpy started(app->session.get(), &Session::collectorStarted);
        use->click();
        QVERIFY(started.wait(10000));
        QCOMPARE(started.first().first().toUrl().port(), int(offered));
        QTRY_VERIFY(!banner->isVisible());
        // The choice is remembered in the configuration file.
        JourneyConfig saved;
        QString error;
        QVERIFY2(JourneyConfig::load(m_dir.filePath(QStringLiteral("config.json")), false, saved, &error), qPrintable(error));
        QCOMPARE(saved.collector.port, offered);
    }

    void eventsAreCheckedAgainstTheTrackingPlan()
    {
        const QString planPath = m_dir.filePath(QStringLiteral("plan.json"));
        QFile planFile(planPath);
        QVERIFY(planFile.open(QIODevice::WriteOnly));
        planFile.write(R"({"name":"UI plan","version":"7","events":{"Plan Checked":{"properties":{"type":"object",
            "required":["revenue"],"properties":{"revenue":{"type":"number"}}}}}})");
        planFile.close();
        auto app = startApp(0, planPath);
        QVERIFY(app);
        // The connector loads the plan off the UI thread; then the collector checks with it.
        QTRY_VERIFY_WITH_TIMEOUT(app->session->validator() && app->session->validator()->plan(), 10000);
        QCOMPARE(app->session->validator()->plan()->plan().name, QStringLiteral("UI plan"));

        LiveView* live = app->window->liveView();
        QTRY_VERIFY(!live->model()->isLoading());
        live->filterBar()->setName(QStringLiteral("Plan Checked"));
        QTRY_VERIFY(!live->model()->isLoading());
        QCOMPARE(post(app->url, QStringLiteral("/v1/batch"),
                     R"({"batch":[
                        {"type":"track","userId":"u-1","event":"Plan Checked","properties":{"revenue":5}},
                        {"type":"track","userId":"u-2","event":"Plan Checked","properties":{"revenue":"five"}},
                        {"type":"track","userId":"u-3","event":"Plan Checked","properties":{"revenue":1,"extra":true}}]})"),
            200);
        QTRY_COMPARE_WITH_TIMEOUT(live->model()->rowCount(), 3, 5000);
        const auto stateOf = [live](int row) {
            return live->model()->index(row, 0).data(EventListModel::ValidationRole).value<ValidationState>();
        };
        QCOMPARE(stateOf(0), ValidationState::Valid);
        QCOMPARE(stateOf(1), ValidationState::Invalid);
        QCOMPARE(stateOf(2), ValidationState::Warning);

        // The inspector lists the violations of the selected event.
        live->table()->selectRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(live->inspector()->validationText().contains(QStringLiteral("/properties/revenue")), 5000);
        QVERIFY(live->inspector()->validationText().contains(QStringLiteral("wrong-type")));

        // The filter bar filters by validation state, history included.
        live->filterBar()->setValidationStates(1u << quint32(ValidationState::Invalid));
        QTRY_COMPARE_WITH_TIMEOUT(live->model()->rowCount(), 1, 5000);
        QCOMPARE(live->model()->index(0, EventListModel::UserIdColumn).data().toString(), QStringLiteral("u-2"));

        // The Validation page: the plan, counts, the group with errors first and its sample event.
        app->window->setCurrentPage(MainWindow::ValidationPage);
        ValidationView* validation = app->window->validationView();
        QVERIFY(validation->planText().contains(QStringLiteral("UI plan")));
        QTRY_VERIFY_WITH_TIMEOUT(validation->tree()->topLevelItemCount() > 0, 5000);
        QTreeWidgetItem* first = validation->tree()->topLevelItem(0);
        QCOMPARE(first->text(0), QStringLiteral("Plan Checked"));
        QCOMPARE(first->text(2), QStringLiteral("3")); // events checked
        QCOMPARE(first->text(3), QStringLiteral("1")); // with errors
        QCOMPARE(first->text(4), QStringLiteral("1")); // with warnings only
        QVERIFY(validation->summaryText().contains(QStringLiteral("1 with errors")));
        QTRY_VERIFY_WITH_TIMEOUT(validation->sampleText().contains(QStringLiteral("\"five\"")), 5000);

        // Show in stream: back on the Live page with that event selected.
        live->filterBar()->clear();
        QTRY_VERIFY(!live->model()->isLoading());
        QSignalSpy shown(validation, &ValidationView::showEventRequested);
        const QList<QPushButton*> buttons = validation->findChildren<QPushButton*>();
        for (QPushButton* button : buttons) {
            if (button->text() == QStringLiteral("Show in stream"))
                button->click();
        }
        QCOMPARE(shown.count(), 1);
        QCOMPARE(app->window->pages()->currentIndex(), int(MainWindow::LivePage));
        QTRY_VERIFY_WITH_TIMEOUT(live->inspector()->event() && live->inspector()->event()->userId == QStringLiteral("u-2"), 5000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

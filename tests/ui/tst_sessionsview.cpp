// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The Sessions page in the whole window (offscreen) over a real store: the sessions it lists, the timeline of the
// selected one (events in order, the long pause compressed), a click to the inspector, a double click to the Live
// view, Replay…, the person filter, the inactivity limit, and the sessions of a capture file.

#include "capture/capture.h"
#include "sessiontestdata.h"

#include "appsettings.h"
#include "config/journeyconfig.h"
#include "eventinspector.h"
#include "filterbar.h"
#include "liveview.h"
#include "mainwindow.h"
#include "models/sessionlistmodel.h"
#include "session.h"
#include "sessionsview.h"
#include "sessiontimeline.h"
#include "store/ingestbatch.h"
#include "store/storewriter.h"
#include "validation/eventvalidator.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {
constexpr int timeout = 30'000;

Spec named(qint64 time, const QByteArray& userId, const QByteArray& name, EventType type = EventType::Track,
    const QByteArray& extra = {})
{
    Spec spec = at(time, userId, extra);
    spec.name = name;
    spec.type = type;
    return spec;
}
} // namespace

class TestSessionsView : public QObject
{
    Q_OBJECT

private:
    struct App
    {
        std::unique_ptr<AppSettings> settings;
        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
        SessionsView* view = nullptr;
    };

    std::unique_ptr<App> startApp()
    {
        auto app = std::make_unique<App>();
        JourneyConfig config;
        config.collector.port = 0;
        app->settings = std::make_unique<AppSettings>();
        app->session = std::make_unique<Session>(m_store, m_dir.filePath(QStringLiteral("config.json")), config);
        app->window = std::make_unique<MainWindow>(app->session.get(), app->settings.get());
        app->window->resize(1400, 900);
        app->view = app->window->sessionsView();
        QSignalSpy opened(app->session.get(), &Session::storeOpened);
        app->window->show();
        app->session->start();
        if (!opened.wait(10'000))
            return nullptr;
        return app;
    }

    /// Shows the page (or refreshes it) and waits for its sessions.
    static bool showSessions(App& app, const std::function<void()>& action)
    {
        QSignalSpy shown(app.view, &SessionsView::sessionsShown);
        action();
        return shown.wait(timeout) || !shown.isEmpty();
    }

    /// The table row (as sorted) of the session whose first event has store id \a firstId.
    static int rowOf(const SessionsView* view, qint64 firstId)
    {
        for (int row = 0; row < view->proxy()->rowCount(); ++row) {
            const int index = view->proxy()->index(row, 0).data(SessionListModel::SessionIndexRole).toInt();
            if (view->model()->sessionAt(index)->eventIds.front() == firstId)
                return row;
        }
        return -1;
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

        /*
         * ids 1-3   device-1 page Home, identify as ann, ann "Product Viewed" (breaks the demo plan)  → ann, 1 session
         * ids 4-7   bob in provider session S: Opened, page Pricing, Clicked … 2 h pause … Returned   → 1 session
         * id  8     ann again 3 h after her first visit                                              → a 2nd session
         */
        m_store = m_dir.filePath(QStringLiteral("sessions.db"));
        StoreWriter writer(m_store);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        auto validator = EventValidator::load(
            QStringLiteral(JOURNEY_TEST_DATA "/../../resources/demo/tracking-plan.json"), {}, &error);
        QVERIFY2(validator, qPrintable(error));
        writer.setValidator(validator);
        Spec home = named(t0, {}, "Home", EventType::Page);
        home.anonymousId = "device-1";
        Spec identify = named(t0 + 20'000, "ann", {}, EventType::Identify, "'traits':{'email':'ann@example.com'}");
        identify.anonymousId = "device-1";
        const QByteArray session = contextSession("S");
        IngestBatch batch;
        batch.events = batchOf({ home, identify, named(t0 + 45'000, "ann", "Product Viewed"),
                                   named(t0 + 5 * minute, "bob", "Opened", EventType::Track, session),
                                   named(t0 + 5 * minute + 10'000, "bob", "Pricing", EventType::Page, session),
                                   named(t0 + 5 * minute + 40'000, "bob", "Clicked", EventType::Track, session),
                                   named(t0 + 125 * minute, "bob", "Returned", EventType::Track, session),
                                   named(t0 + 180 * minute, "ann", "Searched") },
            0);
        QVERIFY2(writer.begin(&error) && writer.write(batch, &error) && writer.commit(&error), qPrintable(error));
    }

    void listsSessionsAndShowsTheTimeline()
    {
        auto app = startApp();
        QVERIFY(app);
        SessionsView* view = app->view;
        QVERIFY(showSessions(*app, [&] { app->window->setCurrentPage(MainWindow::SessionsPage); }));
        QCOMPARE(app->window->pages()->tabText(MainWindow::SessionsPage), QStringLiteral("Sessions"));
        QCOMPARE(app->window->pages()->indexOf(view), int(MainWindow::SessionsPage));
        QCOMPARE(view->model()->rowCount(), 3);
        QVERIFY2(
            view->statusText().startsWith(QLatin1String("3 sessions of 2 people")), qPrintable(view->statusText()));
        // Newest first.
        QCOMPARE(view->proxy()->index(0, SessionListModel::PersonColumn).data().toString(), QStringLiteral("ann"));
        QCOMPARE(view->proxy()->index(0, SessionListModel::EventsColumn).data().toInt(), 1);

        // Ann's first visit: the anonymous page view belongs to her; one event breaks the plan.
        const int annRow = rowOf(view, 1);
        QVERIFY(annRow >= 0);
        QCOMPARE(view->proxy()->index(annRow, SessionListModel::PersonColumn).data().toString(), QStringLiteral("ann"));
        QCOMPARE(view->proxy()->index(annRow, SessionListModel::ValidationColumn).data().toString(),
            QStringLiteral("1 invalid"));

        // Bob's provider session: four events, the two-hour pause drawn as a break.
        QSignalSpy timelineShown(view, &SessionsView::timelineShown);
        view->selectRow(rowOf(view, 4));
        QVERIFY(timelineShown.wait(timeout));
        SessionTimeline* timeline = view->timeline();
        QCOMPARE(timeline->eventCount(), 4);
        QCOMPARE(timeline->labelOf(0), QStringLiteral("Opened"));
        QCOMPARE(timeline->labelOf(1), QStringLiteral("Pricing"));
        QCOMPARE(timeline->labelOf(3), QStringLiteral("Returned"));
        QCOMPARE(timeline->breakCount(), 1);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(timeline->isLabelShown(i), qPrintable(timeline->labelOf(i)));
        // Time goes left to right; the break keeps the last event on screen.
        for (int i = 1; i < 4; ++i)
            QVERIFY(timeline->markerRect(i).center().x() > timeline->markerRect(i - 1).center().x());
        QVERIFY(timeline->markerRect(3).right() < timeline->width());
        QVERIFY(timeline->toolTipOf(2).contains(QLatin1String("Clicked")));
        QVERIFY(view->replayButton()->isEnabled());

        // A click on a marker shows the event in the inspector.
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->markerRect(2).center().toPoint());
        QCOMPARE(timeline->currentIndex(), 2);
        QVERIFY(view->inspector()->event());
        QCOMPARE(view->inspector()->event()->id, qint64(6));
        QVERIFY(view->inspector()->jsonText().contains(QLatin1String("\"Clicked\"")));
        QTest::keyClick(timeline, Qt::Key_Right);
        QCOMPARE(view->inspector()->event()->id, qint64(7));

        // Replay… hands bob's session over as a capture of its events, in time order.
        std::shared_ptr<const Capture> replayed;
        connect(view, &SessionsView::replayRequested, this, [&replayed](std::shared_ptr<const Capture> capture) { replayed = capture; });
        QTest::mouseClick(view->replayButton(), Qt::LeftButton);
        QVERIFY(replayed);
        QCOMPARE(replayed->eventCount(), view->timeline()->events()->size());
        QCOMPARE(replayed->events().timestamp(0), t0 + 5 * minute);
        QCOMPARE(replayed->events().timestamp(replayed->eventCount() - 1), t0 + 125 * minute);
        QVERIFY(replayed->info.name.contains(QLatin1String("bob")));

        // A double click shows the event in the Live view, filtered to its person.
        QSignalSpy showEvent(view, &SessionsView::showEventRequested);
        QTest::mouseDClick(timeline, Qt::LeftButton, {}, timeline->markerRect(0).center().toPoint());
        QCOMPARE(showEvent.size(), 1);
        QCOMPARE(showEvent.first().at(0).toLongLong(), qint64(4));
        QCOMPARE(app->window->currentPage(), MainWindow::LivePage);
        QCOMPARE(app->window->liveView()->filterBar()->filter().identity(), QStringLiteral("bob"));
    }

    void filterGapAndCapture()
    {
        auto app = startApp();
        QVERIFY(app);
        SessionsView* view = app->view;
        QVERIFY(showSessions(*app, [&] { app->window->setCurrentPage(MainWindow::SessionsPage); }));
        QCOMPARE(view->model()->rowCount(), 3);

        // The anonymous id finds ann (who identified), case aside.
        QTest::keyClicks(view->personFilter(), QStringLiteral("DEVICE-1"));
        QCOMPARE(view->proxy()->rowCount(), 2);
        QVERIFY(view->statusText().startsWith(QLatin1String("2 shown")));
        view->personFilter()->clear();
        QCOMPARE(view->proxy()->rowCount(), 3);

        // A four-hour limit joins ann's two visits.
        QVERIFY(showSessions(*app, [&] { view->gapMinutes()->setValue(240); }));
        QCOMPARE(view->model()->rowCount(), 2);
        QVERIFY(showSessions(*app, [&] { view->gapMinutes()->setValue(30); }));
        QCOMPARE(view->model()->rowCount(), 3);

        // A capture file: its sessions instead of the store's, its events on the timeline.
        const QString path = m_dir.filePath(QStringLiteral("capture.ndjson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(q("{'type':'page','name':'Start','userId':'cara','timestamp':'2026-01-05T10:00:00.000Z'}\n"
                     "{'type':'track','event':'Tapped','userId':'cara','timestamp':'2026-01-05T10:00:30.000Z'}\n"));
        file.close();
        QVERIFY(showSessions(*app, [&] { view->openCapture(path); }));
        QVERIFY(view->isShowingCapture());
        QCOMPARE(view->model()->rowCount(), 1);
        QSignalSpy timelineShown(view, &SessionsView::timelineShown);
        view->selectRow(0);
        QVERIFY(timelineShown.wait(timeout));
        QCOMPARE(view->timeline()->eventCount(), 2);
        QCOMPARE(view->timeline()->labelOf(1), QStringLiteral("Tapped"));
        view->timeline()->setCurrentIndex(1);
        QVERIFY(view->inspector()->jsonText().contains(QLatin1String("Tapped")));
        QVERIFY(showSessions(*app, [&] { view->showStore(); }));
        QVERIFY(!view->isShowingCapture());
        QCOMPARE(view->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestSessionsView)
#include "tst_sessionsview.moc"

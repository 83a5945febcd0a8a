// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "screenshotmode.h"

#include "analysis/demodatagenerator.h"
#include "analysispage.h"
#include "cohortview.h"
#include "capturesview.h"
#include "compareview.h"
#include "composerview.h"
#include "delivery/connector.h"
#include "deliverylogview.h"
#include "eventinspector.h"
#include "funnelview.h"
#include "io/eventimporter.h"
#include "jsonedit.h"
#include "liveview.h"
#include "mainwindow.h"
#include "models/deadlettermodel.h"
#include "models/deliverylogmodel.h"
#include "models/eventlistmodel.h"
#include "models/providerstatsmodel.h"
#include "providerpreviewpanel.h"
#include "providersview.h"
#include "models/rejectedrequestmodel.h"
#include "rejectedview.h"
#include "session.h"
#include "sessionsview.h"
#include "sessiontimeline.h"
#include "models/sessionlistmodel.h"
#include "store/storewriter.h"
#include "trendview.h"
#include "validationview.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPixmap>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryFile>
#include <QTreeWidget>

#include <cstdio>
#include <iterator>

namespace Journey {

namespace {
const QString couponProperties = QStringLiteral(R"({
  "coupon": "SPRING10",
  "discount": 14.75,
  "order_id": "ord-77812"
})");
} // namespace

ScreenshotMode::ScreenshotMode(MainWindow* window, Session* session, const QString& fileName, int selectRow,
    const QString& page, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_fileName(fileName)
    , m_selectRow(selectRow)
    , m_page(page)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_condition && m_condition()) {
            m_poll.stop();
            m_condition = nullptr;
            const std::function<void()> then = std::move(m_then);
            m_then = nullptr;
            then();
        }
    });
    if (m_page == QLatin1String("funnels") || m_page == QLatin1String("cohorts") || m_page == QLatin1String("trends")) {
        fillDemoStore();
        connect(session, &Session::storeOpened, this, &ScreenshotMode::showAnalysis);
    } else if (m_page == QLatin1String("validation")) {
        // The configuration names a plan: the connector loads it, then the page can show what the store holds.
        connect(session, &Session::validatorChanged, this, [this] { QTimer::singleShot(300, this, &ScreenshotMode::showValidation); });
    } else if (m_page == QLatin1String("compare")) {
        connect(session, &Session::storeOpened, this, [this] { QTimer::singleShot(300, this, &ScreenshotMode::showCompare); });
    } else if (m_page == QLatin1String("captures")) {
        connect(session, &Session::storeOpened, this, [this] { QTimer::singleShot(300, this, &ScreenshotMode::showCaptures); });
    } else if (m_page == QLatin1String("sessions")) {
        connect(session, &Session::storeOpened, this, [this] { QTimer::singleShot(300, this, &ScreenshotMode::showSessions); });
    } else if (m_page == QLatin1String("rejected")) {
        connect(session, &Session::storeOpened, this, [this] { QTimer::singleShot(500, this, &ScreenshotMode::showRejected); });
    } else if (m_page == QLatin1String("live")) {
        connect(window->liveView()->model(), &EventListModel::loadingChanged, this, [this](bool loading) {
            if (!loading)
                QTimer::singleShot(1500, this, &ScreenshotMode::onLoaded); // let live events and the collector settle
        });
    } else {
        connect(session, &Session::connectorStarted, this, &ScreenshotMode::onConnectorStarted);
    }
    // Never hang a script: give up after a while.
    QTimer::singleShot(45'000, this, [this] {
        if (!m_done)
            fail("timed out waiting for the window");
    });
}

QStringList ScreenshotMode::pages()
{
    return { QStringLiteral("live"), QStringLiteral("composer"), QStringLiteral("providers"), QStringLiteral("deliverylog"),
        QStringLiteral("rejected"), QStringLiteral("validation"), QStringLiteral("funnels"), QStringLiteral("cohorts"),
        QStringLiteral("trends"), QStringLiteral("sessions"), QStringLiteral("captures"),
        QStringLiteral("compare") };
}

void ScreenshotMode::waitFor(std::function<bool()> condition, std::function<void()> then)
{
    m_condition = std::move(condition);
    m_then = std::move(then);
    m_poll.start();
}

void ScreenshotMode::fail(const char* message)
{
    if (m_done)
        return;
    m_done = true;
    std::fprintf(stderr, "screenshot: %s\n", message);
    QApplication::exit(1);
}

void ScreenshotMode::onLoaded()
{
    if (m_done)
        return;
    LiveView* live = m_window->liveView();
    const int rows = live->model()->rowCount();
    if (rows > 0) {
        const int row = m_selectRow < 0 ? std::max(0, rows + m_selectRow) : std::min(m_selectRow, rows - 1);
        live->table()->selectRow(row);
        live->table()->scrollTo(live->model()->index(row, 0));
    }
    QTimer::singleShot(800, this, &ScreenshotMode::capture);
}

void ScreenshotMode::onConnectorStarted(const QString& error)
{
    if (m_started || m_done)
        return;
    m_started = true;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "screenshot: the connector did not start: %s\n", qPrintable(error));
        fail("no connector");
        return;
    }
    if (m_page == QLatin1String("composer"))
        showComposer();
    else
        sendDemoEvents();
}

void ScreenshotMode::showComposer()
{
    m_window->setCurrentPage(MainWindow::ComposerPage);
    ComposerView* composer = m_window->composerView();
    composer->loadTemplate(ComposerView::CallType::Track);
    if (!composer->send()) {
        fail("the composer could not send");
        return;
    }
    // Both columns show the provider's answer before the picture is taken.
    waitFor(
        [composer] {
            const QList<ProviderPreviewPanel*> panels = composer->previewPanels();
            if (panels.size() < 2)
                return false;
            for (const ProviderPreviewPanel* panel : panels) {
                if (panel->responseText().isEmpty())
                    return false;
            }
            return true;
        },
        [this] { QTimer::singleShot(500, this, &ScreenshotMode::capture); });
}

void ScreenshotMode::sendDemoEvents()
{
    // What a developer would do in the composer: a few calls, one of which the sink refuses (HTTP 400). Each
    // waits for the one before to be settled, so that every call is a request of its own.
    m_window->setCurrentPage(MainWindow::ComposerPage);
    sendDemoEvent(0);
}

int ScreenshotMode::settledEvents() const
{
    ProviderStatsModel* model = m_window->providersView()->model();
    int settled = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ProviderStats stats = model->statsOf(model->providerAt(row));
        settled += int(stats.delivered + stats.dead);
    }
    return settled;
}

void ScreenshotMode::sendDemoEvent(int step)
{
    static const ComposerView::CallType calls[] = { ComposerView::CallType::Identify, ComposerView::CallType::Page,
        ComposerView::CallType::Track, ComposerView::CallType::Group, ComposerView::CallType::Track };
    constexpr int count = int(std::size(calls));
    if (step == count) {
        if (m_page == QLatin1String("deliverylog"))
            showDeliveryLog();
        else
            showProviders();
        return;
    }
    ComposerView* composer = m_window->composerView();
    composer->loadTemplate(calls[step]);
    if (step == count - 1) {
        composer->eventEdit()->setText(QStringLiteral("Coupon Applied"));
        composer->propertiesEdit()->setText(couponProperties);
    }
    const int before = settledEvents();
    const int providers = int(composer->selectedProviders().size());
    if (!composer->send()) {
        fail("the composer could not send");
        return;
    }
    waitFor([this, before, providers] { return settledEvents() >= before + providers; },
        [this, step] { sendDemoEvent(step + 1); });
}

void ScreenshotMode::showProviders()
{
    m_window->setCurrentPage(MainWindow::ProvidersPage);
    ProvidersView* providers = m_window->providersView();
    // The provider with the dead letter.
    for (int row = 0; row < providers->model()->rowCount(); ++row) {
        const QString id = providers->model()->providerAt(row);
        if (providers->model()->statsOf(id).dead > 0)
            providers->selectProvider(id);
    }
    providers->reloadDeadLetters();
    waitFor([providers] { return providers->deadLetterModel()->rowCount() > 0; },
        [this, providers] {
            providers->deadLetterTable()->selectRow(0);
            QTimer::singleShot(500, this, &ScreenshotMode::capture);
        });
}

void ScreenshotMode::showDeliveryLog()
{
    m_window->setCurrentPage(MainWindow::DeliveryLogPage);
    DeliveryLogView* log = m_window->deliveryLogView();
    log->model()->reload();
    waitFor([log] { return !log->model()->isLoading() && log->model()->rowCount() >= 3; },
        [this, log] {
            int row = 0;
            for (int i = 0; i < log->model()->rowCount(); ++i) {
                if (log->model()->exchangeAt(i).outcome == DeliveryOutcome::Failed) {
                    row = i;
                    break;
                }
            }
            log->table()->selectRow(row);
            waitFor([log] { return log->shownExchangeId() != 0; },
                [this] { QTimer::singleShot(500, this, &ScreenshotMode::capture); });
        });
}

void ScreenshotMode::showRejected()
{
    m_window->setCurrentPage(MainWindow::RejectedPage);
    RejectedView* rejected = m_window->rejectedView();
    rejected->model()->reload();
    waitFor([rejected] { return !rejected->model()->isLoading() && rejected->model()->rowCount() > 0; },
        [this, rejected] {
            // The selected row: m_selectRow counted from the top (the newest), as in the table.
            const int rows = rejected->model()->rowCount();
            const int row = m_selectRow < 0 ? std::max(0, rows + m_selectRow) : std::min(m_selectRow, rows - 1);
            rejected->table()->selectRow(row);
            QTimer::singleShot(500, this, &ScreenshotMode::capture);
        });
}

void ScreenshotMode::showValidation()
{
    if (m_started)
        return;
    m_started = true;
    m_window->setCurrentPage(MainWindow::ValidationPage);
    ValidationView* view = m_window->validationView();
    view->refresh();
    waitFor(
        [view] {
            return view->tree()->topLevelItemCount() > 0 && view->tree()->currentItem()
                && !view->sampleText().contains(QLatin1String("Loading")) && view->sampleText().contains(QLatin1Char('{'));
        },
        [this] { QTimer::singleShot(600, this, &ScreenshotMode::capture); });
}

void ScreenshotMode::showCompare()
{
    if (m_started)
        return;
    m_started = true;
    const QDir captures(QFileInfo(m_session->storePath()).absoluteDir().filePath(QStringLiteral("captures")));
    const QStringList files = captures.entryList({ QStringLiteral("*.ndjson"), QStringLiteral("*.ndjson.gz") }, QDir::Files, QDir::Name);
    if (files.size() < 2) {
        fail("the compare page needs two capture files in the captures folder beside the store");
        return;
    }
    m_window->setCurrentPage(MainWindow::ComparePage);
    CompareView* compare = m_window->compareView();
    compare->funnelEdit()->setText(QStringLiteral("Product Viewed>Product Added>Order Completed"));
    compare->compare(captures.filePath(files.at(0)), captures.filePath(files.at(1)));
    waitFor([compare] { return !compare->isComparing() && compare->currentDiff(); },
        [this] { QTimer::singleShot(600, this, &ScreenshotMode::capture); });
}

void ScreenshotMode::showCaptures()
{
    if (m_started)
        return;
    m_started = true;
    m_window->setCurrentPage(MainWindow::CapturesPage);
    CapturesView* captures = m_window->capturesView();
    const QDir folder(captures->capturesFolder());
    const QStringList files = folder.entryList({ QStringLiteral("*.jsonl") }, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        fail("the captures page needs a capture file in the captures folder beside the store");
        return;
    }
    connect(captures, &CapturesView::captureLoaded, this, [this, captures](bool ok, const QString&) {
        if (!ok) {
            fail("the capture file did not open");
            return;
        }
        const int rows = captures->table()->model()->rowCount();
        captures->table()->selectRow(m_selectRow < 0 ? std::max(0, rows + m_selectRow) : std::min(m_selectRow, rows - 1));
        // The request the event came in, as the capture keeps it (secrets masked).
        captures->inspector()->setCurrentTab(EventInspector::RequestTab);
        QTimer::singleShot(800, this, &ScreenshotMode::capture);
    });
    captures->openFile(folder.filePath(files.first()));
}

void ScreenshotMode::showSessions()
{
    if (m_started)
        return;
    m_started = true;
    m_window->setCurrentPage(MainWindow::SessionsPage);
    SessionsView* sessions = m_window->sessionsView();
    waitFor([sessions] { return !sessions->isLoading() && sessions->model()->rowCount() > 0; },
        [this, sessions] {
            // The row to show, counted from the top (the newest session), as in the table.
            const int rows = sessions->proxy()->rowCount();
            sessions->selectRow(m_selectRow < 0 ? std::max(0, rows + m_selectRow) : std::min(m_selectRow, rows - 1));
            waitFor([sessions] { return !sessions->isLoading() && sessions->timeline()->eventCount() > 0; },
                [this, sessions] {
                    // An event in the inspector: the first that breaks the plan, else one in the middle.
                    SessionTimeline* timeline = sessions->timeline();
                    int pick = timeline->eventCount() / 2;
                    for (int i = 0; i < timeline->eventCount(); ++i) {
                        if (timeline->events()->validation(i) == ValidationState::Invalid) {
                            pick = i;
                            break;
                        }
                    }
                    timeline->setCurrentIndex(pick);
                    QTimer::singleShot(800, this, &ScreenshotMode::capture);
                });
        });
}

void ScreenshotMode::fillDemoStore()
{
    // Only a store that is not there yet: never add demo events to somebody's own store. This runs before the
    // window shows and before the session opens the store.
    if (QFileInfo::exists(m_session->storePath()))
        return;
    QTemporaryFile file;
    QString error;
    DemoDataGenerator::Options options;
    options.users = 400;
    options.events = 40'000;
    options.seed = 1;
    bool ok = file.open() && DemoDataGenerator::write(options, file, &error) && file.flush();
    if (ok) {
        file.close();
        StoreWriter writer(m_session->storePath());
        EventImporter::Result result;
        ok = writer.open(&error) && EventImporter(writer).importFiles({ file.fileName() }, EventImporter::Options(), result, &error);
    }
    if (!ok)
        std::fprintf(stderr, "screenshot: no demo data: %s\n", qPrintable(error));
}

void ScreenshotMode::showAnalysis()
{
    if (m_started)
        return;
    m_started = true;
    AnalysisPage* page = nullptr;
    if (m_page == QLatin1String("funnels")) {
        m_window->setCurrentPage(MainWindow::FunnelsPage);
        page = m_window->funnelView();
    } else if (m_page == QLatin1String("cohorts")) {
        m_window->setCurrentPage(MainWindow::CohortsPage);
        page = m_window->cohortView();
    } else {
        m_window->setCurrentPage(MainWindow::TrendsPage);
        page = m_window->trendView();
    }
    // The page runs its default query when it is shown with events in the store.
    page->refreshEventKeys();
    waitFor([page] { return page->hasResult() && !page->isRunning(); },
        [this] {
            if (m_page != QLatin1String("funnels")) {
                QTimer::singleShot(600, this, &ScreenshotMode::capture);
                return;
            }
            // Who dropped off after the first step.
            FunnelView* funnels = m_window->funnelView();
            funnels->showPersons(1);
            waitFor([funnels] { return funnels->personsTotal() >= 0; },
                [this] { QTimer::singleShot(600, this, &ScreenshotMode::capture); });
        });
}

void ScreenshotMode::capture()
{
    if (m_done)
        return;
    m_done = true;
    const QPixmap pixmap = m_window->grab();
    if (!pixmap.save(m_fileName)) {
        std::fprintf(stderr, "screenshot: cannot write %s\n", qPrintable(m_fileName));
        QApplication::exit(1);
        return;
    }
    std::fprintf(stderr, "screenshot: wrote %s (%dx%d)\n", qPrintable(m_fileName), pixmap.width(), pixmap.height());
    QApplication::quit();
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "appsettings.h"
#include "capturesview.h"
#include "cohortview.h"
#include "compareview.h"
#include "collector/collector.h"
#include "composerview.h"
#include "delivery/connector.h"
#include "deliverylogview.h"
#include "rejectedview.h"
#include "validationview.h"
#include "eventinspector.h"
#include "exportjob.h"
#include "filterbar.h"
#include "funnelview.h"
#include "liveview.h"
#include "models/eventlistmodel.h"
#include "noticebanner.h"
#include "providersview.h"
#include "replaydialog.h"
#include "session.h"
#include "sessionsview.h"
#include "store/storequeryservice.h"
#include "trendview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Journey {

namespace {
constexpr int counterIntervalMs = 500;
// Store totals are a query on the store thread: ask less often.
constexpr int storeStatsEvery = 4;
// A full queue is reported at most this often (ms): a burst must not flood the banner.
constexpr qint64 queueFullNoticeEveryMs = 10'000;
} // namespace

MainWindow::MainWindow(Session* session, AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_banner(new NoticeBanner(this))
    , m_live(new LiveView(session, settings, this))
    , m_composer(new ComposerView(session, settings, this))
    , m_providers(new ProvidersView(session, settings, this))
    , m_deliveryLog(new DeliveryLogView(session, settings, this))
    , m_rejected(new RejectedView(session, settings, this))
    , m_validation(new ValidationView(session, settings, this))
    , m_funnels(new FunnelView(session, settings, this))
    , m_cohorts(new CohortView(session, settings, this))
    , m_trends(new TrendView(session, settings, this))
    , m_sessions(new SessionsView(session, settings, this))
    , m_captures(new CapturesView(session, settings, this))
    , m_compare(new CompareView(session, settings, this))
    , m_pages(new QTabWidget(this))
    , m_collectorLabel(new QLabel(this))
    , m_deliveryLabel(new QLabel(this))
    , m_rateLabel(new QLabel(this))
    , m_storeLabel(new QLabel(this))
{
    setWindowTitle(tr("Journey Connector"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/journey-connector.svg")));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    // No mnemonics on the tabs: Alt+C would clash with the Collector menu. Ctrl+1..9 switch pages.
    m_pages->addTab(m_live, tr("Live"));
    m_pages->addTab(m_composer, tr("Composer"));
    m_pages->addTab(m_providers, tr("Providers"));
    m_pages->addTab(m_deliveryLog, tr("Delivery log"));
    m_pages->addTab(m_rejected, tr("Rejected"));
    m_pages->addTab(m_validation, tr("Validation"));
    m_pages->addTab(m_funnels, tr("Funnels"));
    m_pages->addTab(m_cohorts, tr("Cohorts"));
    m_pages->addTab(m_trends, tr("Trends"));
    m_pages->addTab(m_sessions, tr("Sessions"));
    m_pages->addTab(m_captures, tr("Captures"));
    m_pages->addTab(m_compare, tr("Compare"));
    m_pages->setTabToolTip(LivePage, tr("Events arriving at the collector (Ctrl+1)"));
    m_pages->setTabToolTip(ComposerPage, tr("Compose an event and send it to providers (Ctrl+2)"));
    m_pages->setTabToolTip(ProvidersPage, tr("Configured providers, their delivery figures and dead letters (Ctrl+3)"));
    m_pages->setTabToolTip(DeliveryLogPage, tr("Every request sent to a provider and its response (Ctrl+4)"));
    m_pages->setTabToolTip(RejectedPage, tr("Requests the collector refused, with the reason and the raw body (Ctrl+5)"));
    m_pages->setTabToolTip(ValidationPage, tr("The tracking plan and what checking events against it found (Ctrl+6)"));
    m_pages->setTabToolTip(FunnelsPage, tr("How many people get through a sequence of steps, and who drops off (Ctrl+7)"));
    m_pages->setTabToolTip(CohortsPage, tr("Retention: how many people come back, by cohort (Ctrl+8)"));
    m_pages->setTabToolTip(TrendsPage, tr("How often events happen per day, week or month (Ctrl+9)"));
    m_pages->setTabToolTip(SessionsPage, tr("Each person's visits, and one visit's events on a time line (Ctrl+0)"));
    m_pages->setTabToolTip(CapturesPage, tr("Record, open, import (HAR) and replay captures of traffic"));
    m_pages->setTabToolTip(ComparePage, tr("What two captures send, compared: events, properties, types, volume, funnel"));
    connect(m_validation, &ValidationView::showEventRequested, this, [this](qint64 id, EventType type, const QString& name) {
        setCurrentPage(LivePage);
        m_live->focusEvent(id, type, name);
    });
    connect(m_sessions, &SessionsView::showEventRequested, this, [this](qint64 id, const QString& identity) {
        setCurrentPage(LivePage);
        m_live->revealEvent(id, identity);
    });
    connect(m_captures, &CapturesView::replayRequested, this, &MainWindow::openReplay);
    connect(m_sessions, &SessionsView::replayRequested, this, &MainWindow::openReplay);
    connect(m_captures, &CapturesView::compareRequested, this, [this](const QString& pathA, const QString& pathB) {
        setCurrentPage(ComparePage);
        m_compare->compare(pathA, pathB);
    });
    connect(m_live, &LiveView::saveCaptureRequested, this, [this](const EventFilter& filter) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as a capture"),
            tr("Name of the capture (the events the Live view's filter matches, with their requests):"),
            QLineEdit::Normal, filter.isEmpty() ? tr("All events") : tr("Filtered events"), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        setCurrentPage(CapturesPage);
        m_captures->saveFromStore(filter, name.trimmed());
    });
    connect(m_funnels, &FunnelView::showPersonRequested, this, [this](const QString& personId) {
        setCurrentPage(LivePage);
        m_live->filterBar()->clear();
        m_live->filterBar()->setIdentity(personId);
    });
    for (AnalysisPage* page : { static_cast<AnalysisPage*>(m_funnels), static_cast<AnalysisPage*>(m_cohorts),
             static_cast<AnalysisPage*>(m_trends) })
        connectAnalysisPage(page);
    connect(m_rejected, &RejectedView::countChanged, this, [this](int count) {
        m_pages->setTabText(RejectedPage, count > 0 ? tr("Rejected (%1)").arg(count) : tr("Rejected"));
    });
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_collectorLabel->setTextFormat(Qt::RichText);
    m_collectorLabel->setText(tr("Opening the store…"));
    statusBar()->addWidget(m_collectorLabel);
    statusBar()->addWidget(m_rateLabel);
    statusBar()->addPermanentWidget(m_deliveryLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    m_storeLabel->setToolTip(session->storePath());

    createMenus();
    connect(m_composer, &ComposerView::providersPageRequested, this, [this] { setCurrentPage(ProvidersPage); });
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_pageActions && index >= 0 && index < m_pageActions->actions().size())
            m_pageActions->actions().at(index)->setChecked(true);
    });

    connect(session, &Session::storeOpened, this, [this] { m_live->model()->reload(); });
    connect(session, &Session::storeFailed, this, &MainWindow::onStoreFailed);
    connect(session, &Session::collectorStarted, this, &MainWindow::onCollectorStarted);
    connect(session, &Session::collectorFailed, this, &MainWindow::onCollectorFailed);
    connect(session, &Session::collectorStopped, this, [this] {
        m_collectorLabel->setText(tr("<span style=\"color:#a0a0a0\">●</span> Collector stopped"));
    });
    connect(session, &Session::connectorStarted, this, &MainWindow::onConnectorStarted);
    connect(session->connector(), &Connector::storeError, this, [this](const QString& message) {
        m_banner->showMessage(NoticeBanner::Kind::Warning, tr("Delivery could not write to the store: %1").arg(message));
    });
    connect(session->connector(), &Connector::queueFull, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastQueueFullNotice < queueFullNoticeEveryMs)
            return;
        m_lastQueueFullNotice = now;
        m_banner->showMessage(NoticeBanner::Kind::Warning,
            tr("The delivery queue is full: events are refused until the outbox catches up."), 8000);
    });
    connect(session, &Session::notice, this,
        [this](const QString& message) { m_banner->showMessage(NoticeBanner::Kind::Warning, message); });
    connect(session->queries(), &StoreQueryService::statsReady, this, [this](quint64 ticket, const StoreStats& stats) {
        if (ticket != m_statsTicket)
            return;
        m_storedEvents = stats.events;
        m_storeLabel->setText(tr("Store: %1 events · %2 MB")
                                  .arg(QLocale().toString(stats.events))
                                  .arg(double(stats.fileBytes) / 1e6, 0, 'f', 1));
    });

    m_counterTimer.setInterval(counterIntervalMs);
    connect(&m_counterTimer, &QTimer::timeout, this, &MainWindow::updateCounters);
    m_counterTimer.start();

    resize(1280, 800);
    if (!settings->windowGeometry().isEmpty())
        restoreGeometry(settings->windowGeometry());
    if (!settings->windowState().isEmpty())
        restoreState(settings->windowState());
    setCurrentPage(Page(qBound(0, settings->currentPage(), PageCount - 1)));
}

MainWindow::~MainWindow() = default;

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::setCurrentPage(Page page)
{
    m_pages->setCurrentIndex(page);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportAction = file->addAction(tr("&Export events…"), this, &MainWindow::exportEvents);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setStatusTip(tr("Write the events that match the current filter to NDJSON or CSV"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    const QString pageNames[PageCount] = { tr("&Live"), tr("&Composer"), tr("&Providers"), tr("&Delivery log"), tr("&Rejected"),
        tr("V&alidation"), tr("F&unnels"), tr("C&ohorts"), tr("&Trends"), tr("&Sessions"), tr("Captur&es"), tr("Co&mpare") };
    for (int page = 0; page < PageCount; ++page) {
        QAction* action = view->addAction(pageNames[page]);
        action->setCheckable(true);
        action->setChecked(page == m_pages->currentIndex());
        // Ctrl+1 … Ctrl+9, as in browsers and IDEs; later pages have none.
        if (page < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        else if (page == SessionsPage)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, page] { setCurrentPage(Page(page)); });
    }
    view->addSeparator();
    QAction* pause = view->addAction(tr("&Pause stream"));
    pause->setCheckable(true);
    connect(pause, &QAction::toggled, m_live, &LiveView::setPaused);
    connect(m_live, &LiveView::pausedChanged, pause, &QAction::setChecked);
    QAction* follow = view->addAction(tr("&Follow newest event"));
    follow->setCheckable(true);
    follow->setChecked(m_live->isFollowing());
    connect(follow, &QAction::toggled, m_live, &LiveView::setFollowing);
    connect(m_live, &LiveView::followingChanged, follow, &QAction::setChecked);
    view->addSeparator();
    QAction* clearFilters = view->addAction(tr("&Clear filters"), m_live->filterBar(), &FilterBar::clear);
    clearFilters->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    view->addAction(tr("&Reload from store"), m_live->model(), &EventListModel::reload)->setShortcut(QKeySequence::Refresh);

    QMenu* collector = menuBar()->addMenu(tr("&Collector"));
    collector->addAction(tr("Copy collector &URL"), this, [this] {
        QApplication::clipboard()->setText(m_session->collectorUrl().toString());
        m_banner->showMessage(NoticeBanner::Kind::Information,
            tr("Copied %1 to the clipboard.").arg(m_session->collectorUrl().toString()), 3000);
    });
    collector->addAction(tr("Change &port…"), this, &MainWindow::askForPort);
    collector->addAction(tr("&Restart"), m_session, &Session::restartCollector);
    collector->addAction(tr("&Stop"), m_session, &Session::stopCollector);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Journey Connector"), this, [this] {
        QMessageBox::about(this, tr("About Journey Connector"),
            tr("<h3>Journey Connector %1</h3><p>Inspect and debug product-analytics instrumentation: a local "
               "collector for Segment and RudderStack SDKs, a live event stream and a local store.</p>"
               "<p>Store: %2<br>Configuration: %3</p>")
                .arg(QStringLiteral(JOURNEY_VERSION), m_session->storePath().toHtmlEscaped(),
                    m_session->configPath().toHtmlEscaped()));
    });
}

void MainWindow::onCollectorStarted(const QUrl& url)
{
    const QString address = url.toString();
    m_collectorLabel->setText(tr("<span style=\"color:#2e9d57\">●</span> Listening on <b>%1</b>").arg(address.toHtmlEscaped()));
    m_collectorLabel->setToolTip(tr("Point Segment or RudderStack SDKs at %1").arg(address));
    m_live->setCollectorUrl(address);
    if (m_banner->isVisible())
        m_banner->dismiss();
}

void MainWindow::onCollectorFailed(const QString& message, quint16 suggestedPort)
{
    m_collectorLabel->setText(tr("<span style=\"color:#c62828\">●</span> Collector not running"));
    m_banner->showMessage(NoticeBanner::Kind::Error, tr("The collector is not listening. %1").arg(message));
    if (suggestedPort != 0) {
        QPushButton* use = m_banner->addAction(tr("Use port %1").arg(suggestedPort));
        connect(use, &QPushButton::clicked, this, [this, suggestedPort] { m_session->useCollectorPort(suggestedPort); });
    }
    QPushButton* choose = m_banner->addAction(tr("Choose port…"));
    connect(choose, &QPushButton::clicked, this, &MainWindow::askForPort);
    QPushButton* retry = m_banner->addAction(tr("Retry"));
    connect(retry, &QPushButton::clicked, m_session, &Session::restartCollector);
}

void MainWindow::onConnectorStarted(const QString& error)
{
    if (!error.isEmpty())
        m_banner->showMessage(NoticeBanner::Kind::Error,
            tr("Delivery to providers could not start, so nothing can be sent: %1").arg(error));
}

void MainWindow::onStoreFailed(const QString& message)
{
    m_collectorLabel->setText(tr("<span style=\"color:#c62828\">●</span> No store"));
    m_banner->showMessage(NoticeBanner::Kind::Error,
        tr("The event store could not be opened, so nothing can be collected: %1").arg(message));
}

void MainWindow::askForPort()
{
    bool ok = false;
    const int port = QInputDialog::getInt(this, tr("Collector port"),
        tr("Port for the collector on %1 (1024-65535):").arg(m_session->config().collector.host),
        m_session->config().collector.port, 1024, 65535, 1, &ok);
    if (ok)
        m_session->useCollectorPort(quint16(port));
}

void MainWindow::exportEvents()
{
    const QString suggested = QStringLiteral("journey-events-%1.ndjson")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString selectedFilter;
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export events"), suggested,
        tr("NDJSON (*.ndjson *.jsonl);;CSV (*.csv)"), &selectedFilter);
    if (fileName.isEmpty())
        return;
    EventExporter::Options options;
    options.filter = m_live->model()->filter();
    options.format = fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? EventExporter::Format::Csv
                                                                                   : EventExporter::Format::Ndjson;
    auto* job = new ExportJob(m_session->storePath(), fileName, options, this);
    connect(job, &ExportJob::finished, this, [this, job](bool ok, qint64 count, const QString& name, const QString& message) {
        if (ok)
            m_banner->showMessage(NoticeBanner::Kind::Information,
                tr("Exported %1 events to %2.").arg(QLocale().toString(count), QFileInfo(name).fileName()), 6000);
        else
            m_banner->showMessage(NoticeBanner::Kind::Error, tr("The export failed: %1").arg(message));
        job->deleteLater();
    });
    m_banner->showMessage(NoticeBanner::Kind::Information, tr("Exporting to %1…").arg(QFileInfo(fileName).fileName()));
    job->start();
}

void MainWindow::connectAnalysisPage(AnalysisPage* page)
{
    connect(page, &AnalysisPage::exported, this, [this](bool ok, const QString& fileName, const QString& error) {
        if (ok)
            m_banner->showMessage(NoticeBanner::Kind::Information, tr("Saved %1.").arg(QFileInfo(fileName).fileName()), 6000);
        else
            m_banner->showMessage(NoticeBanner::Kind::Error, tr("%1 was not saved: %2").arg(QFileInfo(fileName).fileName(), error));
    });
}

void MainWindow::updateCounters()
{
    const CollectorStats stats = m_session->collectorStats();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    double rate = 0;
    if (m_lastCountAt > 0 && now > m_lastCountAt)
        rate = double(stats.events - m_lastEventCount) * 1000.0 / double(now - m_lastCountAt);
    m_lastEventCount = stats.events;
    m_lastCountAt = now;
    QString text = tr("%1 events/s · %2 received · %3 rejected")
                       .arg(QLocale().toString(qint64(rate + 0.5)), QLocale().toString(stats.events),
                           QLocale().toString(stats.rejectedRequests));
    if (stats.throttledRequests > 0)
        text += tr(" · %1 throttled").arg(QLocale().toString(stats.throttledRequests));
    m_rateLabel->setText(text);

    if (m_tick++ % storeStatsEvery == 0)
        m_statsTicket = m_session->queries()->queryStats();

    if (m_session->isConnectorRunning()) {
        qint64 queued = 0;
        qint64 dead = 0;
        for (const ProviderStats& provider : m_session->connector()->stats()) {
            queued += provider.queued;
            dead += provider.dead;
        }
        m_deliveryLabel->setText(tr("Outbox: %1 queued · %2 dead letters").arg(QLocale().toString(queued), QLocale().toString(dead)));
        m_deliveryLabel->setToolTip(tr("Events waiting for delivery to providers, and events that failed for good"));
    } else {
        m_deliveryLabel->clear();
    }
}

void MainWindow::openReplay(std::shared_ptr<const Capture> capture)
{
    if (!capture || capture->isEmpty())
        return;
    // Not modal: the Live view shows what a replay to the collector brings in while it runs.
    auto* dialog = new ReplayDialog(std::move(capture), m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setCurrentPage(currentPage());
    m_live->saveState();
    m_composer->saveState();
    m_providers->saveState();
    m_deliveryLog->saveState();
    m_rejected->saveState();
    m_validation->saveState();
    m_funnels->saveState();
    m_cohorts->saveState();
    m_trends->saveState();
    m_sessions->saveState();
    m_captures->saveState();
    event->accept();
}

} // namespace Journey

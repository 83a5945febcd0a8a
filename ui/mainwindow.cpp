// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "appsettings.h"
#include "collector/collector.h"
#include "eventinspector.h"
#include "exportjob.h"
#include "filterbar.h"
#include "liveview.h"
#include "models/eventlistmodel.h"
#include "noticebanner.h"
#include "session.h"
#include "store/storequeryservice.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Journey {

namespace {
constexpr int counterIntervalMs = 500;
// Store totals are a query on the store thread: ask less often.
constexpr int storeStatsEvery = 4;
} // namespace

MainWindow::MainWindow(Session* session, AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_banner(new NoticeBanner(this))
    , m_live(new LiveView(session, settings, this))
    , m_collectorLabel(new QLabel(this))
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
    layout->addWidget(m_live, 1);
    setCentralWidget(central);

    m_collectorLabel->setTextFormat(Qt::RichText);
    m_collectorLabel->setText(tr("Opening the store…"));
    statusBar()->addWidget(m_collectorLabel);
    statusBar()->addWidget(m_rateLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    m_storeLabel->setToolTip(session->storePath());

    createMenus();

    connect(session, &Session::storeOpened, this, [this] { m_live->model()->reload(); });
    connect(session, &Session::storeFailed, this, &MainWindow::onStoreFailed);
    connect(session, &Session::collectorStarted, this, &MainWindow::onCollectorStarted);
    connect(session, &Session::collectorFailed, this, &MainWindow::onCollectorFailed);
    connect(session, &Session::collectorStopped, this, [this] {
        m_collectorLabel->setText(tr("<span style=\"color:#a0a0a0\">●</span> Collector stopped"));
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
}

MainWindow::~MainWindow() = default;

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
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_live->saveState();
    event->accept();
}

} // namespace Journey

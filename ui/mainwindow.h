// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QActionGroup;
class QLabel;
class QTabWidget;

namespace Journey {

class AnalysisPage;
class Capture;
class AppSettings;
class CapturesView;
class CohortView;
class CompareView;
class ComposerView;
class DeliveryLogView;
class FunnelView;
class RejectedView;
class ValidationView;
class LiveView;
class NoticeBanner;
class ProvidersView;
class Session;
class SessionsView;
class TrendView;

/*!
 * The main window: the pages (Live, Composer, Providers, Delivery log, Rejected, Validation, Funnels, Cohorts,
 * Trends, Sessions, Captures, Compare) in tabs, switched with Ctrl+1..9, Ctrl+0 or the View menu; the collector's
 * and the connector's state in a banner and the status bar; and the menus.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        LivePage,
        ComposerPage,
        ProvidersPage,
        DeliveryLogPage,
        RejectedPage,
        ValidationPage,
        FunnelsPage,
        CohortsPage,
        TrendsPage,
        SessionsPage,
        CapturesPage,
        ComparePage,
        PageCount
    };
    Q_ENUM(Page)

    MainWindow(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void setCurrentPage(Page page);

    LiveView* liveView() const { return m_live; }
    ComposerView* composerView() const { return m_composer; }
    ProvidersView* providersView() const { return m_providers; }
    DeliveryLogView* deliveryLogView() const { return m_deliveryLog; }
    RejectedView* rejectedView() const { return m_rejected; }
    ValidationView* validationView() const { return m_validation; }
    FunnelView* funnelView() const { return m_funnels; }
    CohortView* cohortView() const { return m_cohorts; }
    TrendView* trendView() const { return m_trends; }
    SessionsView* sessionsView() const { return m_sessions; }
    CapturesView* capturesView() const { return m_captures; }
    CompareView* compareView() const { return m_compare; }
    QTabWidget* pages() const { return m_pages; }
    NoticeBanner* banner() const { return m_banner; }
    QLabel* collectorLabel() const { return m_collectorLabel; }
    QLabel* deliveryLabel() const { return m_deliveryLabel; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void onConnectorStarted(const QString& error);
    void onCollectorStarted(const QUrl& url);
    void onCollectorFailed(const QString& message, quint16 suggestedPort);
    void onStoreFailed(const QString& message);
    void askForPort();
    void exportEvents();
    void updateCounters();
    void connectAnalysisPage(AnalysisPage* page);
    /// Opens the replay dialog for \a capture (from the Captures or the Sessions page).
    void openReplay(std::shared_ptr<const Journey::Capture> capture);

    Session* m_session;
    AppSettings* m_settings;
    NoticeBanner* m_banner;
    LiveView* m_live;
    ComposerView* m_composer;
    ProvidersView* m_providers;
    DeliveryLogView* m_deliveryLog;
    RejectedView* m_rejected;
    ValidationView* m_validation;
    FunnelView* m_funnels;
    CohortView* m_cohorts;
    TrendView* m_trends;
    SessionsView* m_sessions;
    CapturesView* m_captures;
    CompareView* m_compare;
    QTabWidget* m_pages;
    QActionGroup* m_pageActions = nullptr;
    QLabel* m_collectorLabel;
    QLabel* m_deliveryLabel;
    QLabel* m_rateLabel;
    QLabel* m_storeLabel;
    QTimer m_counterTimer;
    qint64 m_lastEventCount = 0;
    qint64 m_lastCountAt = 0;
    quint64 m_statsTicket = 0;
    qint64 m_storedEvents = -1;
    int m_tick = 0;
    qint64 m_lastQueueFullNotice = 0;
};

} // namespace Journey

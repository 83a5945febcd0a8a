// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QTimer>

class QLabel;

namespace Journey {

class AppSettings;
class LiveView;
class NoticeBanner;
class Session;

/// The main window: the Live page, the collector's state in a banner and the status bar, and the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    LiveView* liveView() const { return m_live; }
    NoticeBanner* banner() const { return m_banner; }
    QLabel* collectorLabel() const { return m_collectorLabel; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void onCollectorStarted(const QUrl& url);
    void onCollectorFailed(const QString& message, quint16 suggestedPort);
    void onStoreFailed(const QString& message);
    void askForPort();
    void exportEvents();
    void updateCounters();

    Session* m_session;
    AppSettings* m_settings;
    NoticeBanner* m_banner;
    LiveView* m_live;
    QLabel* m_collectorLabel;
    QLabel* m_rateLabel;
    QLabel* m_storeLabel;
    QTimer m_counterTimer;
    qint64 m_lastEventCount = 0;
    qint64 m_lastCountAt = 0;
    quint64 m_statsTicket = 0;
    qint64 m_storedEvents = -1;
    int m_tick = 0;
};

} // namespace Journey

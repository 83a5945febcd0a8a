// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace Journey {

class MainWindow;
class Session;

/*!
 * Drives the window for docs/screenshots.sh, then saves a PNG of it and quits. Works with the offscreen
 * platform.
 *
 * - "live": once the stream has loaded, selects an event and waits for the inspector to fill.
 * - "composer": composes the track example, sends it to the default providers and waits for their answers.
 * - "providers": sends a few events through the composer (the script's sink rejects one), then shows the
 *   provider with a dead letter.
 * - "deliverylog": the same events, then the delivery log with the failed request selected.
 * - "rejected": the Rejected page with a refused request selected.
 * - "validation": once the configuration's tracking plan is loaded, the Validation page with the first kind of
 *   error selected and its sample event shown.
 * - "funnels", "cohorts", "trends": the analysis page once its default query has answered (for funnels, with
 *   the people who dropped off after the first step listed). A store that does not exist yet is first filled
 *   with demo data (DemoDataGenerator: 400 users, 40,000 events, seed 1), before the window shows.
 *
 * - "sessions": the Sessions page once the store's sessions are listed, with the session in row --screenshot-row
 *   (0: the newest) on the timeline and one of its events (the first that breaks the plan, else the middle one)
 *   in the inspector.
 * - "compare": the Compare page with the two capture files of the captures folder beside the store (in name order:
 *   the first is the baseline), the funnel "Product Viewed>Product Added>Order Completed", and the first failing
 *   finding selected.
 *
 * Providers must point at a local sink (docs/screenshots.sh starts one): nothing here touches a network.
 */
class ScreenshotMode : public QObject
{
    Q_OBJECT
public:
    ScreenshotMode(MainWindow* window, Session* session, const QString& fileName, int selectRow,
        const QString& page = QStringLiteral("live"), QObject* parent = nullptr);

    static QStringList pages();

private:
    /// Writes the demo data set into the session's store when there is no store file yet.
    void fillDemoStore();
    void showAnalysis();
    void onLoaded();
    void onConnectorStarted(const QString& error);
    void sendDemoEvents();
    void sendDemoEvent(int step);
    /// Events delivered or dead-lettered so far, over every provider.
    int settledEvents() const;
    void showComposer();
    void showProviders();
    void showDeliveryLog();
    void showRejected();
    void showValidation();
    void showCompare();
    void showSessions();
    void showCaptures();
    /// Calls \a then once \a condition holds (checked every 100 ms).
    void waitFor(std::function<bool()> condition, std::function<void()> then);
    void capture();
    void fail(const char* message);

    MainWindow* m_window;
    Session* m_session;
    QString m_fileName;
    int m_selectRow;
    QString m_page;
    bool m_done = false;
    bool m_started = false;
    QTimer m_poll;
    std::function<bool()> m_condition;
    std::function<void()> m_then;
};

} // namespace Journey

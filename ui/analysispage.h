// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/analysisservice.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace Journey {

class AppSettings;
class AnalysisService;
class Session;

/*!
 * What the Funnels, Cohorts and Trends pages share: the query form on the left and the results on the right,
 * a status line above the results (a summary of the result, what went wrong, or the progress of the running
 * query with a Cancel button), Export CSV / PNG, and an empty state while the store has no events.
 *
 * Every query goes through the session's AnalysisService; answers are matched by ticket, so a late answer to
 * a replaced or cancelled query is ignored. The event keys are asked for whenever the page is shown; the first
 * time a page with events is shown, it runs its default query.
 */
class AnalysisPage : public QWidget
{
    Q_OBJECT
public:
    AnalysisPage(Session* session, AppSettings* settings, const QString& stateKey, QWidget* parent = nullptr);
    ~AnalysisPage() override;

    /// The store's event keys, most events first (empty until the first answer).
    const QList<AnalysisService::EventKey>& eventKeys() const { return m_keys; }
    bool isRunning() const { return m_runTicket != 0; }
    bool hasResult() const { return m_hasResult; }
    /// The status line: the result's summary, or what went wrong.
    QString statusText() const;
    bool isShowingError() const { return m_error; }
    bool isEmptyStateShown() const;
    QPushButton* runButton() const { return m_run; }
    /// Writes the result as CSV (AnalysisReportWriter's) to \a fileName on a worker thread; exported() reports.
    void exportCsv(const QString& fileName);
    /// Saves the chart as a PNG on a worker thread; exported() reports.
    void exportPng(const QString& fileName);
    virtual void saveState();

public Q_SLOTS:
    /// Runs the query the form describes. A form that does not make a valid query shows why and runs nothing.
    virtual void run() = 0;
    /// Stops the running query; what is on display stays.
    void cancel();
    /// Asks the store for its event keys again (done whenever the page is shown).
    void refreshEventKeys();

Q_SIGNALS:
    /// A run's answer is on display.
    void resultShown();
    void exported(bool ok, const QString& fileName, const QString& error);

protected:
    Session* session() const { return m_session; }
    AppSettings* settings() const { return m_settings; }
    AnalysisService* service() const;
    const QString& stateKey() const { return m_stateKey; }
    /// Lays the page out: \a form on the left (scrolling when tall), the status line and \a results on the right.
    void setContent(QWidget* form, QWidget* results, int formWidth);
    void startRun(quint64 ticket);
    bool isCurrentRun(quint64 ticket) const { return ticket != 0 && ticket == m_runTicket; }
    /// The current run's answer is on display; \a summary goes in the status line.
    void finishRun(const QString& summary);
    /// Shows \a message as an error in the status line (and ends the running query's progress display).
    void showError(const QString& message);

    /// The event keys changed (eventKeys()).
    virtual void eventKeysChanged() = 0;
    /// Makes the CSV of the result on display, on a worker thread (so capture the result by value); an empty
    /// function when there is nothing to export.
    virtual std::function<QByteArray()> csvMaker() const = 0;
    /// The name export file names start with ("funnel").
    virtual QString exportName() const = 0;
    /// The chart Export PNG saves.
    virtual QWidget* chartWidget() const = 0;

    void showEvent(QShowEvent* event) override;

private:
    void onEventKeys(quint64 ticket, const QList<Journey::AnalysisService::EventKey>& keys);
    void onFailed(quint64 ticket, const QString& message);
    void askExportFile(bool png);
    void writeInBackground(const QString& fileName, std::function<QByteArray()> maker);
    void setStatus(const QString& text, bool error);
    void updateEnabled();

    Session* m_session;
    AppSettings* m_settings;
    QString m_stateKey;
    QStackedWidget* m_stack;
    QSplitter* m_splitter;
    QLabel* m_empty;
    QLabel* m_status;
    QProgressBar* m_progress;
    QLabel* m_stage;
    QPushButton* m_cancel;
    QPushButton* m_exportCsv;
    QPushButton* m_exportPng;
    QPushButton* m_run;
    QList<AnalysisService::EventKey> m_keys;
    quint64 m_runTicket = 0;
    quint64 m_keysTicket = 0;
    bool m_ranOnce = false;
    bool m_hasResult = false;
    bool m_error = false;
};

} // namespace Journey

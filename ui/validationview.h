// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventbatch.h"
#include "core/eventtype.h"
#include "store/validationsummary.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTreeWidget;

namespace Journey {

class AppSettings;
class Session;
class ValidationTimeline;

/*!
 * The Validation page: which tracking plan new events are checked against (open one, a folder of schemas, infer
 * one from the stored events, or stop checking), and what the checks found in the store: violations grouped by
 * event and kind, events with errors or warnings per minute, and for the selected group a sample event with its
 * violations, one click away from the event in the stream. Everything is read off the UI thread.
 */
class ValidationView : public QWidget
{
    Q_OBJECT
public:
    ValidationView(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~ValidationView() override;

    QTreeWidget* tree() const { return m_tree; }
    QString planText() const;
    QString summaryText() const;
    QString sampleText() const;
    /// Asks the store for the results again.
    void refresh();
    void saveState();

Q_SIGNALS:
    /// "Show in stream" for event \a eventId (of \a type, named \a name).
    void showEventRequested(qint64 eventId, Journey::EventType type, const QString& name);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updatePlan();
    void onSummaryReady(quint64 ticket, const Journey::ValidationSummary& summary);
    void onSelectionChanged();
    void onPageReady(quint64 ticket, Journey::EventBatchPtr events, bool exhausted);
    void openPlan(bool folder);
    void inferPlan();
    void onInferred(const QByteArray& planJson, qint64 events, const QString& error);
    void savePlan(const QByteArray& planJson);

    Session* m_session;
    AppSettings* m_settings;
    QLabel* m_plan;
    QPushButton* m_open;
    QPushButton* m_openFolder;
    QPushButton* m_infer;
    QPushButton* m_stop;
    QLabel* m_summary;
    ValidationTimeline* m_timeline;
    QSplitter* m_splitter;
    QTreeWidget* m_tree;
    QLabel* m_sampleTitle;
    QPlainTextEdit* m_sample;
    QPushButton* m_showInStream;
    QTimer m_refreshTimer;
    quint64 m_summaryTicket = 0;
    quint64 m_sampleTicket = 0;
    qint64 m_sampleId = 0;
    QString m_sampleViolation;
};

} // namespace Journey

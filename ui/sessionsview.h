// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventbatch.h"
#include "sessions/sessionlist.h"
#include "sessions/sessionqueryservice.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTableView;

namespace Journey {

class AppSettings;
class EventInspector;
class Session;
class SessionListModel;
class SessionTimeline;

/*!
 * The Sessions page: the sessions of the store (or of a capture file) per person, with a person filter and the
 * inactivity limit, and for the selected session a timeline of its events (SessionTimeline) beside the event
 * inspector. A click on an event shows it in the inspector, a double click shows it in the Live view
 * (showEventRequested); "Replay…" asks for the session to be replayed (replayRequested).
 *
 * Everything is read by the page's own SessionQueryService on its own thread: the page asks again whenever it is
 * shown (only events added since are read), when the limit changes, and on Refresh.
 */
class SessionsView : public QWidget
{
    Q_OBJECT
public:
    SessionsView(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~SessionsView() override;

    SessionQueryService* service() const { return m_service; }
    SessionListModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    SessionTimeline* timeline() const { return m_timeline; }
    EventInspector* inspector() const { return m_inspector; }
    QLineEdit* personFilter() const { return m_person; }
    QSpinBox* gapMinutes() const { return m_gap; }
    QPushButton* replayButton() const { return m_replay; }

    /// Whether a query for the sessions or for the selected session's events is running.
    bool isLoading() const { return m_sessionsTicket != 0 || m_eventsTicket != 0; }
    /// The session shown on the timeline; null when none.
    const PersonSession* selectedSession() const;
    /// Selects the session in table row \a row (as sorted and filtered).
    void selectRow(int row);
    /// The status line: counts, progress or what went wrong.
    QString statusText() const;
    /// Shows the sessions of the capture file (or canonical NDJSON) at \a path instead of the store's.
    void openCapture(const QString& path);
    /// Back to the store's sessions.
    void showStore();
    bool isShowingCapture() const { return bool(m_capture); }
    void saveState();

public Q_SLOTS:
    /// Asks for the sessions again (the store's events added since are read; Shift: everything).
    void refresh();

Q_SIGNALS:
    /// The user asked to replay \a person's events from \a fromMs to \a toMs (both inclusive: the session's first
    /// and last event). \a person is the id the page shows (the userId when the person has one).
    /// The selected session's events as a capture to replay (with their requests when they come from a capture).
    void replayRequested(std::shared_ptr<const Journey::Capture> capture);
    /// The user asked to see stored event \a eventId in the Live view; \a identity is its userId, else anonymousId.
    void showEventRequested(qint64 eventId, const QString& identity);
    /// Sessions from a new query are on display.
    void sessionsShown();
    /// The selected session's events are on the timeline.
    void timelineShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onSessionsReady(quint64 ticket, const Journey::SessionListPtr& sessions);
    void requestReplay();
    void onSessionEventsReady(quint64 ticket, const Journey::EventBatchPtr& events);
    void onCaptureLoaded(quint64 ticket, const Journey::CapturePtr& capture, const QString& path);
    void onFailed(quint64 ticket, const QString& message);
    void onSelectionChanged();
    void onTimelineCurrentChanged(int index);
    void onTimelineActivated(int index);
    void askForCapture();
    void updateStatus();
    void updateSummary();
    void setStatus(const QString& text, bool error);

    Session* m_session;
    AppSettings* m_settings;
    SessionQueryService* m_service;
    SessionListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_person;
    QSpinBox* m_gap;
    QPushButton* m_refresh;
    QPushButton* m_openCapture;
    QPushButton* m_backToStore;
    QLabel* m_source;
    QLabel* m_status;
    QProgressBar* m_progress;
    QSplitter* m_splitter;
    QSplitter* m_leftSplitter;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_replay;
    QScrollArea* m_timelineScroll;
    SessionTimeline* m_timeline;
    EventInspector* m_inspector;
    QTimer m_gapDebounce;
    CapturePtr m_capture;
    QString m_capturePath;
    quint64 m_sessionsTicket = 0;
    quint64 m_eventsTicket = 0;
    quint64 m_captureTicket = 0;
    int m_shownSession = -1; ///< index in the model's list of the session on the timeline
    QString m_error;
};

} // namespace Journey

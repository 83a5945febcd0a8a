// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "store/eventfilter.h"
#include "store/ingestbatch.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;
class QToolButton;

namespace Journey {

class AppSettings;
class EventInspector;
class EventListModel;
class FilterBar;
class Session;

/*!
 * The Live page: filter bar, the event stream (newest at the bottom, following the tail unless the user
 * scrolls up or pauses), and the inspector for the selected event. Older events page in from the store
 * when the stream is scrolled to the top.
 */
class LiveView : public QWidget
{
    Q_OBJECT
public:
    LiveView(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~LiveView() override;

    EventListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    EventInspector* inspector() const { return m_inspector; }
    FilterBar* filterBar() const { return m_filterBar; }

    bool isPaused() const;
    void setPaused(bool paused);
    bool isFollowing() const { return m_following; }
    void setFollowing(bool follow);
    /// Shows the collector's address in the empty-stream hint.
    void setCollectorUrl(const QString& url);
    void saveState();
    /// Shows event \a id of \a type and \a name in the stream: filters to events of that name with errors or warnings
    /// and selects it once its row is loaded.
    void focusEvent(qint64 id, Journey::EventType type, const QString& name);
    /// Shows event \a id in the stream: filters to \a identity's events (a userId or anonymousId) and selects it once
    /// its row is loaded.
    void revealEvent(qint64 id, const QString& identity);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void pausedChanged(bool paused);
    void followingChanged(bool following);
    /// The user asked to save the events the current filter matches as a capture.
    void saveCaptureRequested(const Journey::EventFilter& filter);

private:
    void onSelectionChanged();
    void onScrolled(int value);
    void onOlderRowsInserted(int count);
    void onTailTimer();
    void showContextMenu(const QPoint& position);
    void updateHint();
    void selectPendingFocus();

    Session* m_session;
    AppSettings* m_settings;
    EventListModel* m_model;
    FilterBar* m_filterBar;
    QToolButton* m_pause;
    QToolButton* m_follow;
    QLabel* m_status;
    QTableView* m_table;
    QLabel* m_hint;
    QSplitter* m_splitter;
    EventInspector* m_inspector;
    QTimer m_tailTimer;
    QString m_collectorUrl;
    qint64 m_pendingFocus = 0; ///< focusEvent()'s event, until its row is there
    bool m_following = true;
    bool m_rowsAddedSinceTail = false;
    bool m_adjustingScroll = false;
};

} // namespace Journey

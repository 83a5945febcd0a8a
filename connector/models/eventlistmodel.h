// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/event.h"
#include "core/eventbatch.h"
#include "store/eventfilter.h"
#include "store/ingestbatch.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>
#include <vector>

namespace Journey {

class StoreQueryService;

/*!
 * The live stream: a window of the events that match a filter, oldest at the top, newest at the bottom.
 *
 * It fills from two sides. Live events (from EventRecorder commits) are filtered and appended in batches on
 * a short timer, one beginInsertRows() per batch. History comes from the store in pages: setFilter() shows
 * the newest page that matches, and fetchOlder() prepends the page before the first row. The oldest rows
 * are dropped in chunks once the window exceeds its capacity (they stay in the store and page back in).
 */
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ReceivedColumn,
        TimestampColumn,
        TypeColumn,
        NameColumn,
        UserIdColumn,
        AnonymousIdColumn,
        SourceColumn,
        MessageIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        EventIdRole = Qt::UserRole + 1,
        EventTypeRole, ///< Journey::EventType
        PayloadRole, ///< QByteArray, the canonical JSON
        RequestIdRole,
        TimestampRole, ///< qint64 ms since epoch
        ReceivedAtRole, ///< qint64 ms since epoch
        SourceRole, ///< Journey::EventSource
        ValidationRole, ///< Journey::ValidationState
    };

    static constexpr int pageSize = 500;
    static constexpr int defaultCapacity = 100'000;

    explicit EventListModel(StoreQueryService* store, QObject* parent = nullptr);
    ~EventListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows the newest events matching \a filter (loaded from the store), then follows the live stream.
    void setFilter(const EventFilter& filter);
    const EventFilter& filter() const { return m_filter; }
    /// Reloads the newest page for the current filter.
    void reload();

    /// While paused, live events are held back (and counted); resuming shows them.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    int heldBackCount() const;

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    /// Whether the oldest rows may be dropped now (the view allows it while following the tail).
    void setTrimAllowed(bool allowed) { m_trimAllowed = allowed; }

    /// A page (the newest, or older rows) is on its way from the store.
    bool isLoading() const { return m_loadTicket != 0 || m_olderTicket != 0; }
    bool hasOlder() const { return m_hasOlder; }
    /// Loads the page before the first row; olderRowsInserted() tells how many rows came in at the top.
    void fetchOlder();

    Event eventAt(int row) const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    /// Live events that arrived and matched, including those held back or not yet shown.
    qint64 liveEventCount() const { return m_liveCount; }

public Q_SLOTS:
    void appendCommitted(const Journey::CommitReportPtr& report);
    void appendEvents(const Journey::EventBatchPtr& events);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void olderRowsInserted(int count);
    void heldBackCountChanged(int count);
    void liveRowsAppended(int count);
    void loadFailed(const QString& message);

private:
    struct Row
    {
        EventBatchPtr batch;
        int index = 0;
        qint64 id() const { return batch->id(index); }
    };

    void flushPending();
    void onPageReady(quint64 ticket, const Journey::EventBatchPtr& events, bool exhausted);
    void onQueryFailed(quint64 ticket, const QString& message);
    void trim();
    qint64 lastId() const;

    StoreQueryService* m_store;
    EventFilter m_filter;
    std::deque<Row> m_rows;
    std::vector<Row> m_pending; ///< live rows waiting for the next flush (or for resume, or for a page)
    QTimer m_flushTimer;
    quint64 m_loadTicket = 0; ///< the page query whose answer replaces the rows
    quint64 m_olderTicket = 0; ///< the page query whose answer goes on top
    bool m_hasOlder = false;
    bool m_paused = false;
    bool m_overflowed = false; ///< held back more than the capacity while paused: reload on resume
    bool m_trimAllowed = true;
    int m_capacity = defaultCapacity;
    qint64 m_liveCount = 0;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "store/storedrequest.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace Journey {

class StoreQueryService;

/*!
 * The Rejected list: every request the collector refused (malformed body, too large, unknown path, bad key…),
 * newest first, with the reason and the raw body as received — like Snowplow Micro's bad events. A rejected
 * request stored none of its events; this is where it can still be seen.
 *
 * Pages come from the store (reload() the newest, fetchMore() the next older page). refresh() asks again
 * for the newest, at most once per refresh interval however often it is called, so a stream of bad
 * requests costs one query per interval.
 */
class RejectedRequestModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ProviderColumn, RequestColumn, StatusColumn, ReasonColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        RequestIdRole = Qt::UserRole + 1,
        StatusRole,
    };

    static constexpr int pageSize = 200;
    static constexpr int refreshIntervalMs = 250;

    explicit RejectedRequestModel(StoreQueryService* queries, QObject* parent = nullptr);
    ~RejectedRequestModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Loads the newest page again (the rows shown are replaced).
    void reload();
    /// Reloads soon: at most one query per refresh interval.
    void refresh();
    /// Clears the rows without asking the store (after the store was emptied).
    void clear();

    const StoredRequest& requestAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const;
    bool isLoading() const { return m_loadTicket != 0 || m_moreTicket != 0; }
    bool hasMore() const { return m_hasMore; }

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString& message);

private:
    void onRejectedReady(quint64 ticket, const QList<Journey::StoredRequest>& requests);
    void onQueryFailed(quint64 ticket, const QString& message);

    StoreQueryService* m_queries;
    QList<StoredRequest> m_rows; ///< newest first
    QTimer m_refreshTimer;
    quint64 m_loadTicket = 0;
    quint64 m_moreTicket = 0;
    bool m_hasMore = false;
};

} // namespace Journey

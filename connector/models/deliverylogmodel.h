// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/deliveryexchange.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <vector>

namespace Journey {

class DeliveryQueryService;

/*!
 * The delivery log: every request sent to a provider and what came back, newest at the top, optionally
 * limited to one provider and one outcome.
 *
 * History comes from the store in pages (reload() shows the newest page, fetchMore() appends the page
 * below the last row, which views call when scrolled to the bottom). Exchanges that finish while the log is
 * shown are buffered and inserted at the top in one batch per flush interval, never one insert per
 * exchange. Rows keep no bodies: a view asks the query service for one exchange in full.
 */
class DeliveryLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ProviderColumn,
        RequestColumn,
        StatusColumn,
        OutcomeColumn,
        EventsColumn,
        DurationColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        ExchangeIdRole = Qt::UserRole + 1,
        ProviderRole, ///< the provider id
        OutcomeRole, ///< int(DeliveryOutcome)
        SentAtRole, ///< qint64 ms since epoch
    };

    static constexpr int pageSize = 200;
    static constexpr int flushIntervalMs = 100;

    explicit DeliveryLogModel(DeliveryQueryService* queries, QObject* parent = nullptr);
    ~DeliveryLogModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Shows the newest exchanges of \a provider (empty: all) with \a outcome (-1: any DeliveryOutcome).
    void setFilter(const QString& provider, int outcome);
    const QString& providerFilter() const { return m_provider; }
    int outcomeFilter() const { return m_outcome; }
    /// Loads the newest page for the current filter again.
    void reload();
    /// Names shown in the provider column ("PostHog" for "posthog").
    void setProviderNames(const QHash<QString, QString>& names);

    bool isLoading() const { return m_loadTicket != 0 || m_moreTicket != 0; }
    bool hasMore() const { return m_hasMore; }
    /// The exchange in \a row, without bodies.
    const DeliveryExchange& exchangeAt(int row) const { return m_rows[size_t(row)]; }
    int rowOfId(qint64 id) const;
    /// Live exchanges waiting for the next flush.
    int pendingCount() const { return int(m_pending.size()); }

public Q_SLOTS:
    /// A finished exchange (Connector::exchangeFinished): shown at the top with the next batch when it matches.
    void addExchange(const Journey::DeliveryExchange& exchange);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString& message);
    /// \a count live exchanges came in at the top.
    void liveRowsInserted(int count);

private:
    void flushPending();
    bool matches(const DeliveryExchange& exchange) const;
    void onExchangesReady(quint64 ticket, const QList<Journey::DeliveryExchange>& exchanges);
    void onQueryFailed(quint64 ticket, const QString& message);

    DeliveryQueryService* m_queries;
    QString m_provider;
    int m_outcome = -1;
    QHash<QString, QString> m_names;
    std::vector<DeliveryExchange> m_rows; ///< newest first
    QSet<qint64> m_ids;
    std::vector<DeliveryExchange> m_pending; ///< live exchanges for the next flush
    QTimer m_flushTimer;
    quint64 m_loadTicket = 0;
    quint64 m_moreTicket = 0;
    bool m_hasMore = false;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/providerstats.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

namespace Journey {

/*!
 * The configured providers with their delivery figures, one row each: what the Providers page shows.
 * Rows come from the configuration (setProviders()); figures from the store's counts at start
 * (setStoredCounts()) and then live from the connector (updateStats(), which wins over stored counts).
 *
 * The enabled column is checkable. Checking it does not change the configuration: the model shows the
 * wanted state and emits enabledChangeRequested(); the owner writes the configuration and calls
 * setProviders() again (or reverts with it when that fails).
 */
class ProviderStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IdColumn,
        EnabledColumn,
        EndpointColumn,
        QueuedColumn,
        InFlightColumn,
        DeliveredColumn,
        DeadColumn,
        SampledOutColumn,
        LastErrorColumn,
        PausedUntilColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        ProviderIdRole = Qt::UserRole + 1,
        EnabledRole, ///< bool
        DeadCountRole, ///< qint64
    };

    /// One configured provider, as the configuration describes it.
    struct Provider
    {
        QString id;
        QString displayName;
        bool enabled = true;
        QString endpoint; ///< without credentials
    };

    explicit ProviderStatsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// The configured providers; figures already known for an id are kept.
    void setProviders(const QList<Provider>& providers);
    /// Counts read from the store: used for providers without live figures yet (disabled ones never get any).
    void setStoredCounts(const QHash<QString, ProviderStats>& counts);
    /// Live figures of one provider.
    void updateStats(const ProviderStats& stats);

    int rowOf(const QString& id) const;
    QString providerAt(int row) const;
    const Provider& providerInfo(int row) const { return m_rows[size_t(row)].info; }
    ProviderStats statsOf(const QString& id) const;

Q_SIGNALS:
    /// The user toggled the enabled check box of \a id.
    void enabledChangeRequested(const QString& id, bool enabled);

private:
    struct Row
    {
        Provider info;
        ProviderStats stats;
        bool live = false; ///< stats came from the connector
    };
    void rowChanged(int row);

    std::vector<Row> m_rows;
    QHash<QString, ProviderStats> m_stored;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "providerstatsmodel.h"

#include <QDateTime>
#include <QLocale>

namespace Journey {

ProviderStatsModel::ProviderStatsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int ProviderStatsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProviderStatsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderStatsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const ProviderStats& stats = row.stats;
    const auto count = [](qint64 value) { return QLocale().toString(value); };
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return row.info.displayName;
        case IdColumn:
            return row.info.id;
        case EnabledColumn:
            return row.info.enabled ? tr("enabled") : tr("disabled");
        case EndpointColumn:
            return row.info.endpoint;
        case QueuedColumn:
            return count(stats.queued);
        case InFlightColumn:
            return count(stats.inFlight);
        case DeliveredColumn:
            return count(stats.delivered);
        case DeadColumn:
            return count(stats.dead);
        case SampledOutColumn:
            return count(stats.sampledOut);
        case LastErrorColumn:
            return stats.lastError;
        case PausedUntilColumn:
            if (stats.pausedUntil <= QDateTime::currentMSecsSinceEpoch())
                return QString();
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(stats.pausedUntil).time(), QLocale::LongFormat);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == EnabledColumn)
            return row.info.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LastErrorColumn && !stats.lastError.isEmpty())
            return tr("%1\n(at %2)").arg(stats.lastError,
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(stats.lastErrorAt), QLocale::ShortFormat));
        if (index.column() == EndpointColumn)
            return row.info.endpoint;
        if (index.column() == PausedUntilColumn && stats.pausedUntil > 0)
            return tr("Delivery waits until then: the provider asked for a pause or could not be reached.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= QueuedColumn && index.column() <= SampledOutColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProviderIdRole:
        return row.info.id;
    case EnabledRole:
        return row.info.enabled;
    case DeadCountRole:
        return stats.dead;
    default:
        return {};
    }
}

QVariant ProviderStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Provider");
    case IdColumn:
        return tr("Id");
    case EnabledColumn:
        return tr("Enabled");
    case EndpointColumn:
        return tr("Endpoint");
    case QueuedColumn:
        return tr("Queued");
    case InFlightColumn:
        return tr("In flight");
    case DeliveredColumn:
        return tr("Delivered");
    case DeadColumn:
        return tr("Dead letters");
    case SampledOutColumn:
        return tr("Sampled out");
    case LastErrorColumn:
        return tr("Last error");
    case PausedUntilColumn:
        return tr("Paused until");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ProviderStatsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == EnabledColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool ProviderStatsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != EnabledColumn || role != Qt::CheckStateRole)
        return false;
    Row& row = m_rows[size_t(index.row())];
    const bool enabled = value.value<Qt::CheckState>() == Qt::Checked;
    if (enabled == row.info.enabled)
        return true;
    row.info.enabled = enabled;
    rowChanged(index.row());
    Q_EMIT enabledChangeRequested(row.info.id, enabled);
    return true;
}

void ProviderStatsModel::setProviders(const QList<Provider>& providers)
{
    std::vector<Row> rows;
    rows.reserve(size_t(providers.size()));
    for (const Provider& provider : providers) {
        Row row;
        row.info = provider;
        const int existing = rowOf(provider.id);
        if (existing >= 0) {
            row.stats = m_rows[size_t(existing)].stats;
            row.live = m_rows[size_t(existing)].live;
        } else if (m_stored.contains(provider.id)) {
            row.stats = m_stored.value(provider.id);
        }
        row.stats.provider = provider.id;
        row.stats.enabled = provider.enabled;
        rows.push_back(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ProviderStatsModel::setStoredCounts(const QHash<QString, ProviderStats>& counts)
{
    m_stored = counts;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        if (row.live)
            continue;
        const ProviderStats stored = counts.value(row.info.id);
        row.stats.queued = stored.queued;
        row.stats.delivered = stored.delivered;
        row.stats.dead = stored.dead;
        row.stats.sampledOut = stored.sampledOut;
        rowChanged(int(i));
    }
}

void ProviderStatsModel::updateStats(const ProviderStats& stats)
{
    const int row = rowOf(stats.provider);
    if (row < 0)
        return;
    Row& entry = m_rows[size_t(row)];
    entry.stats = stats;
    entry.live = true;
    rowChanged(row);
}

int ProviderStatsModel::rowOf(const QString& id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].info.id == id)
            return int(i);
    }
    return -1;
}

QString ProviderStatsModel::providerAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].info.id : QString();
}

ProviderStats ProviderStatsModel::statsOf(const QString& id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_rows[size_t(row)].stats : ProviderStats();
}

void ProviderStatsModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "rejectedrequestmodel.h"

#include "store/storequeryservice.h"

#include <QDateTime>

namespace Journey {

RejectedRequestModel::RejectedRequestModel(StoreQueryService* queries, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RejectedRequestModel::reload);
    connect(m_queries, &StoreQueryService::rejectedReady, this, &RejectedRequestModel::onRejectedReady);
    connect(m_queries, &StoreQueryService::queryFailed, this, &RejectedRequestModel::onQueryFailed);
}

RejectedRequestModel::~RejectedRequestModel() = default;

int RejectedRequestModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRequestModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRequestModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StoredRequest& request = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(request.receivedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case ProviderColumn:
            return request.source == EventSource::Unknown ? tr("Unknown") : eventSourceDisplayName(request.source);
        case RequestColumn:
            return QString(request.method + QLatin1Char(' ') + request.path
                + (request.query.isEmpty() ? QString() : QString(QLatin1Char('?') + request.query)));
        case StatusColumn:
            return request.status;
        case ReasonColumn:
            // One line in the table; the detail pane shows it whole.
            return QString(request.error).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? request.error : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == StatusColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RequestIdRole:
        return request.id;
    case StatusRole:
        return request.status;
    }
    return {};
}

QVariant RejectedRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Received");
    case ProviderColumn:
        return tr("Format");
    case RequestColumn:
        return tr("Request");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

bool RejectedRequestModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !isLoading();
}

void RejectedRequestModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_moreTicket = m_queries->queryRejected(m_rows.constLast().id, pageSize);
}

void RejectedRequestModel::reload()
{
    m_refreshTimer.stop();
    m_moreTicket = 0;
    m_loadTicket = m_queries->queryRejected(0, pageSize);
}

void RejectedRequestModel::refresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void RejectedRequestModel::clear()
{
    m_refreshTimer.stop();
    m_loadTicket = 0;
    m_moreTicket = 0;
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    endResetModel();
}

int RejectedRequestModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void RejectedRequestModel::onRejectedReady(quint64 ticket, const QList<StoredRequest>& requests)
{
    if (ticket == m_loadTicket) {
        m_loadTicket = 0;
        beginResetModel();
        m_rows = requests;
        m_hasMore = requests.size() == pageSize;
        endResetModel();
        Q_EMIT loaded();
    } else if (ticket == m_moreTicket) {
        m_moreTicket = 0;
        m_hasMore = requests.size() == pageSize;
        if (!requests.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + requests.size() - 1));
            m_rows += requests;
            endInsertRows();
        }
        Q_EMIT loaded();
    }
}

void RejectedRequestModel::onQueryFailed(quint64 ticket, const QString& message)
{
    if (ticket != m_loadTicket && ticket != m_moreTicket)
        return;
    if (ticket == m_loadTicket)
        m_loadTicket = 0;
    else
        m_moreTicket = 0;
    Q_EMIT loadFailed(message);
}

} // namespace Journey

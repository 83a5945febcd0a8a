// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "deliverylogmodel.h"

#include "delivery/deliveryqueryservice.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace Journey {

DeliveryLogModel::DeliveryLogModel(DeliveryQueryService* queries, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &DeliveryLogModel::flushPending);
    connect(m_queries, &DeliveryQueryService::exchangesReady, this, &DeliveryLogModel::onExchangesReady);
    connect(m_queries, &DeliveryQueryService::queryFailed, this, &DeliveryLogModel::onQueryFailed);
}

DeliveryLogModel::~DeliveryLogModel() = default;

int DeliveryLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryExchange& exchange = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(exchange.sentAt), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case ProviderColumn:
            return m_names.value(exchange.provider, exchange.provider);
        case RequestColumn: {
            // The path tells the kind of request; the host is the provider's (the tooltip has the whole URL).
            const QUrl url(exchange.url);
            const QString target = url.isValid() && !url.path().isEmpty() ? url.path() : exchange.url;
            const QString request = QString::fromLatin1(exchange.method) + QLatin1Char(' ') + target;
            return exchange.label.isEmpty() ? request : tr("%1 · %2").arg(request, exchange.label);
        }
        case StatusColumn:
            return exchange.status > 0 ? QString::number(exchange.status) : tr("no answer");
        case OutcomeColumn:
            switch (exchange.outcome) {
            case DeliveryOutcome::Delivered:
                return tr("delivered");
            case DeliveryOutcome::Retry:
                return tr("retry");
            case DeliveryOutcome::Failed:
                return tr("failed");
            }
            return {};
        case EventsColumn: {
            if (exchange.eventCount == exchange.delivered)
                return QLocale().toString(exchange.eventCount);
            QStringList parts;
            if (exchange.failed > 0)
                parts.append(tr("%1 failed").arg(QLocale().toString(exchange.failed)));
            if (exchange.retried > 0)
                parts.append(tr("%1 to retry").arg(QLocale().toString(exchange.retried)));
            if (exchange.delivered > 0)
                parts.append(tr("%1 delivered").arg(QLocale().toString(exchange.delivered)));
            return tr("%1 (%2)").arg(QLocale().toString(exchange.eventCount), parts.join(QLatin1String(", ")));
        }
        case DurationColumn:
            return tr("%1 ms").arg(QLocale().toString(exchange.durationMs));
        case ReasonColumn:
            return exchange.reason;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RequestColumn)
            return tr("%1 %2\n%3").arg(QString::fromLatin1(exchange.method), exchange.url, exchange.label);
        if (index.column() == ReasonColumn || index.column() == EventsColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn || index.column() == EventsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ExchangeIdRole:
        return exchange.id;
    case ProviderRole:
        return exchange.provider;
    case OutcomeRole:
        return int(exchange.outcome);
    case SentAtRole:
        return exchange.sentAt;
    default:
        return {};
    }
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Sent");
    case ProviderColumn:
        return tr("Provider");
    case RequestColumn:
        return tr("Request");
    case StatusColumn:
        return tr("Status");
    case OutcomeColumn:
        return tr("Outcome");
    case EventsColumn:
        return tr("Events");
    case DurationColumn:
        return tr("Duration");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

bool DeliveryLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && m_loadTicket == 0 && m_moreTicket == 0 && !m_rows.empty();
}

void DeliveryLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    OutboxStore::ExchangeFilter filter;
    filter.provider = m_provider;
    filter.outcome = m_outcome;
    filter.beforeId = m_rows.back().id;
    filter.limit = pageSize;
    m_moreTicket = m_queries->queryExchanges(filter, this);
    Q_EMIT loadingChanged(true);
}

void DeliveryLogModel::setFilter(const QString& provider, int outcome)
{
    m_provider = provider;
    m_outcome = outcome;
    reload();
}

void DeliveryLogModel::reload()
{
    OutboxStore::ExchangeFilter filter;
    filter.provider = m_provider;
    filter.outcome = m_outcome;
    filter.limit = pageSize;
    const bool wasLoading = isLoading();
    m_moreTicket = 0; // the newer query skips an older page still queued
    m_loadTicket = m_queries->queryExchanges(filter, this);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void DeliveryLogModel::setProviderNames(const QHash<QString, QString>& names)
{
    m_names = names;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, ProviderColumn), index(rowCount() - 1, ProviderColumn), { Qt::DisplayRole });
}

int DeliveryLogModel::rowOfId(qint64 id) const
{
    // Rows are in descending id order, but a late live exchange may break that locally: search linearly
    // only after the binary search misses.
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id,
        [](const DeliveryExchange& exchange, qint64 value) { return exchange.id > value; });
    if (it != m_rows.end() && it->id == id)
        return int(it - m_rows.begin());
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return int(row);
    }
    return -1;
}

bool DeliveryLogModel::matches(const DeliveryExchange& exchange) const
{
    return (m_provider.isEmpty() || exchange.provider == m_provider)
        && (m_outcome < 0 || int(exchange.outcome) == m_outcome);
}

void DeliveryLogModel::addExchange(const DeliveryExchange& exchange)
{
    if (!matches(exchange) || exchange.id <= 0)
        return;
    DeliveryExchange light = exchange;
    // The log keeps metadata only; bodies are loaded for the one exchange being looked at.
    light.requestBody.clear();
    light.responseBody.clear();
    light.requestHeaders.clear();
    light.responseHeaders.clear();
    m_pending.push_back(std::move(light));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void DeliveryLogModel::flushPending()
{
    if (m_loadTicket != 0) {
        // A page is on its way; merge once it is shown, so nothing is inserted twice.
        return;
    }
    std::vector<DeliveryExchange> fresh;
    fresh.reserve(m_pending.size());
    for (DeliveryExchange& exchange : m_pending) {
        if (!m_ids.contains(exchange.id)) {
            m_ids.insert(exchange.id);
            fresh.push_back(std::move(exchange));
        }
    }
    m_pending.clear();
    if (fresh.empty())
        return;
    std::sort(fresh.begin(), fresh.end(), [](const DeliveryExchange& a, const DeliveryExchange& b) { return a.id > b.id; });
    const qint64 top = m_rows.empty() ? 0 : m_rows.front().id;
    // Workers settle concurrently, so an exchange can arrive after a newer one was shown. The common case
    // (everything newer than the top row) is one insert; the stragglers go to their place one by one.
    const auto newer = std::partition_point(fresh.begin(), fresh.end(), [top](const DeliveryExchange& e) { return e.id > top; });
    const int count = int(newer - fresh.begin());
    if (count > 0) {
        beginInsertRows({}, 0, count - 1);
        m_rows.insert(m_rows.begin(), std::make_move_iterator(fresh.begin()), std::make_move_iterator(newer));
        endInsertRows();
    }
    for (auto it = newer; it != fresh.end(); ++it) {
        const auto place = std::lower_bound(m_rows.begin(), m_rows.end(), it->id,
            [](const DeliveryExchange& exchange, qint64 value) { return exchange.id > value; });
        if (place == m_rows.end() && m_hasMore) {
            // Older than everything loaded: it will come with the next page.
            m_ids.remove(it->id);
            continue;
        }
        const int row = int(place - m_rows.begin());
        beginInsertRows({}, row, row);
        m_rows.insert(place, std::move(*it));
        endInsertRows();
    }
    if (count > 0)
        Q_EMIT liveRowsInserted(count);
}

void DeliveryLogModel::onExchangesReady(quint64 ticket, const QList<DeliveryExchange>& exchanges)
{
    if (ticket == m_loadTicket) {
        m_loadTicket = 0;
        beginResetModel();
        m_rows.assign(exchanges.begin(), exchanges.end());
        m_ids.clear();
        for (const DeliveryExchange& exchange : m_rows)
            m_ids.insert(exchange.id);
        m_hasMore = exchanges.size() >= pageSize;
        endResetModel();
        if (!m_pending.empty())
            flushPending();
        if (!isLoading())
            Q_EMIT loadingChanged(false);
        return;
    }
    if (ticket == m_moreTicket) {
        m_moreTicket = 0;
        std::vector<DeliveryExchange> older;
        older.reserve(size_t(exchanges.size()));
        for (const DeliveryExchange& exchange : exchanges) {
            if (!m_ids.contains(exchange.id)) {
                m_ids.insert(exchange.id);
                older.push_back(exchange);
            }
        }
        m_hasMore = exchanges.size() >= pageSize;
        if (!older.empty()) {
            const int first = rowCount();
            beginInsertRows({}, first, first + int(older.size()) - 1);
            m_rows.insert(m_rows.end(), std::make_move_iterator(older.begin()), std::make_move_iterator(older.end()));
            endInsertRows();
        }
        if (!isLoading())
            Q_EMIT loadingChanged(false);
    }
}

void DeliveryLogModel::onQueryFailed(quint64 ticket, const QString& message)
{
    if (ticket != m_loadTicket && ticket != m_moreTicket)
        return;
    if (ticket == m_loadTicket)
        m_loadTicket = 0;
    else
        m_moreTicket = 0;
    Q_EMIT loadFailed(message);
    if (!isLoading())
        Q_EMIT loadingChanged(false);
}

} // namespace Journey

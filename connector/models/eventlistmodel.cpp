// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventlistmodel.h"

#include "core/timestamp.h"
#include "store/storequeryservice.h"

#include <QDateTime>
#include <QLocale>

namespace Journey {

namespace {
// Live rows are shown at most this often: one insert per interval, however fast events come.
constexpr int flushIntervalMs = 50;
// Rows dropped at once from the top when over capacity.
constexpr int trimChunk = 1000;

QString localTime(qint64 ms)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const bool today = time.date() == QDate::currentDate();
    // Today's events need no date; older ones get month and day (the tooltip has the full UTC time).
    return time.toString(today ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("MM-dd HH:mm:ss.zzz"));
}
} // namespace

EventListModel::EventListModel(StoreQueryService* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventListModel::flushPending);
    connect(m_store, &StoreQueryService::pageReady, this, &EventListModel::onPageReady);
    connect(m_store, &StoreQueryService::queryFailed, this, &EventListModel::onQueryFailed);
}

EventListModel::~EventListModel() = default;

int EventListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const EventBatch& events = *row.batch;
    const int i = row.index;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ReceivedColumn:
            return localTime(events.receivedAt(i));
        case TimestampColumn:
            return localTime(events.timestamp(i));
        case TypeColumn:
            return QString::fromLatin1(eventTypeName(events.type(i)));
        case NameColumn:
            return QString::fromUtf8(events.name(i));
        case UserIdColumn:
            return QString::fromUtf8(events.userId(i));
        case AnonymousIdColumn:
            return QString::fromUtf8(events.anonymousId(i));
        case SourceColumn:
            return eventSourceDisplayName(events.source(i));
        case MessageIdColumn:
            return QString::fromUtf8(events.messageId(i));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (events.validation(i) == ValidationState::Invalid)
            return tr("Breaks the tracking plan: see Validation in the inspector");
        if (events.validation(i) == ValidationState::Warning)
            return tr("Tracking plan warnings: see Validation in the inspector");
        if (index.column() == ReceivedColumn)
            return Timestamp::toIso8601String(events.receivedAt(i));
        if (index.column() == TimestampColumn)
            return Timestamp::toIso8601String(events.timestamp(i));
        return {};
    case EventIdRole:
        return events.id(i);
    case EventTypeRole:
        return QVariant::fromValue(events.type(i));
    case PayloadRole:
        return events.payload(i).toByteArray();
    case RequestIdRole:
        return events.requestId(i);
    case TimestampRole:
        return events.timestamp(i);
    case ReceivedAtRole:
        return events.receivedAt(i);
    case SourceRole:
        return QVariant::fromValue(events.source(i));
    case ValidationRole:
        return QVariant::fromValue(events.validation(i));
    default:
        return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ReceivedColumn:
        return tr("Received");
    case TimestampColumn:
        return tr("Timestamp");
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Event / Name");
    case UserIdColumn:
        return tr("User ID");
    case AnonymousIdColumn:
        return tr("Anonymous ID");
    case SourceColumn:
        return tr("Source");
    case MessageIdColumn:
        return tr("Message ID");
    case ColumnCount:
        break;
    }
    return {};
}

void EventListModel::setFilter(const EventFilter& filter)
{
    m_filter = filter;
    reload();
}

void EventListModel::reload()
{
    m_olderTicket = 0;
    m_overflowed = false;
    // Live rows held so far are older than what the page will bring: the page supersedes them.
    m_pending.clear();
    const bool wasLoading = isLoading();
    m_loadTicket = m_store->queryPage(m_filter, 0, pageSize, this);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    Q_EMIT heldBackCountChanged(0);
}

void EventListModel::onPageReady(quint64 ticket, const EventBatchPtr& events, bool exhausted)
{
    if (ticket == m_loadTicket) {
        m_loadTicket = 0;
        beginResetModel();
        m_rows.clear();
        for (int i = 0; i < events->size(); ++i)
            m_rows.push_back({ events, i });
        m_hasOlder = !exhausted;
        endResetModel();
        // Live events that came in while the page loaded: keep the ones the page does not have.
        const qint64 last = lastId();
        std::vector<Row> live;
        live.swap(m_pending);
        for (Row& row : live) {
            if (row.id() > last)
                m_pending.push_back(std::move(row));
        }
        Q_EMIT loadingChanged(false);
        if (!m_pending.empty())
            m_flushTimer.start();
        return;
    }
    if (ticket == m_olderTicket) {
        m_olderTicket = 0;
        m_hasOlder = !exhausted;
        const int count = events->size();
        if (count > 0) {
            beginInsertRows({}, 0, count - 1);
            for (int i = count - 1; i >= 0; --i)
                m_rows.push_front({ events, i });
            endInsertRows();
        }
        Q_EMIT olderRowsInserted(count);
        Q_EMIT loadingChanged(isLoading());
    }
}

void EventListModel::onQueryFailed(quint64 ticket, const QString& message)
{
    if (ticket != m_loadTicket && ticket != m_olderTicket)
        return;
    if (ticket == m_loadTicket)
        m_loadTicket = 0;
    else
        m_olderTicket = 0;
    Q_EMIT loadingChanged(isLoading());
    Q_EMIT loadFailed(message);
}

void EventListModel::fetchOlder()
{
    if (!m_hasOlder || isLoading() || m_rows.empty())
        return;
    m_olderTicket = m_store->queryPage(m_filter, m_rows.front().id(), pageSize, this);
    Q_EMIT loadingChanged(true);
}

void EventListModel::appendCommitted(const CommitReportPtr& report)
{
    if (report->events.isEmpty())
        return;
    // The report owns the events; share it instead of copying.
    appendEvents(EventBatchPtr(report, &report->events));
}

void EventListModel::appendEvents(const EventBatchPtr& events)
{
    const size_t before = m_pending.size();
    for (int i = 0; i < events->size(); ++i) {
        if (m_filter.matches(*events, i))
            m_pending.push_back({ events, i });
    }
    const size_t added = m_pending.size() - before;
    if (added == 0)
        return;
    m_liveCount += qint64(added);
    if (m_paused) {
        // Bound what is held back; past the capacity, resume reloads from the store instead.
        if (int(m_pending.size()) > m_capacity) {
            m_overflowed = true;
            m_pending.erase(m_pending.begin(), m_pending.begin() + (qsizetype(m_pending.size()) - m_capacity));
        }
        Q_EMIT heldBackCountChanged(heldBackCount());
        return;
    }
    if (!m_loadTicket && !m_flushTimer.isActive())
        m_flushTimer.start();
}

int EventListModel::heldBackCount() const
{
    return m_paused ? int(m_pending.size()) : 0;
}

void EventListModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused) {
        if (m_overflowed) {
            reload();
            return;
        }
        Q_EMIT heldBackCountChanged(0);
        if (!m_pending.empty() && !m_loadTicket)
            m_flushTimer.start();
    }
}

void EventListModel::setCapacity(int capacity)
{
    m_capacity = std::max(1000, capacity);
    trim();
}

void EventListModel::flushPending()
{
    // Live rows wait while the newest page loads (it may contain them); older pages do not matter here.
    if (m_paused || m_loadTicket || m_pending.empty())
        return;
    // Events arrive in id order per commit; drop any the rows already have (a page may have included them).
    const qint64 last = lastId();
    std::vector<Row> fresh;
    fresh.reserve(m_pending.size());
    for (Row& row : m_pending) {
        if (row.id() > last)
            fresh.push_back(std::move(row));
    }
    m_pending.clear();
    if (fresh.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (Row& row : fresh)
        m_rows.push_back(std::move(row));
    endInsertRows();
    Q_EMIT liveRowsAppended(int(fresh.size()));
    trim();
}

void EventListModel::trim()
{
    if (!m_trimAllowed || int(m_rows.size()) <= m_capacity)
        return;
    // Drop whole chunks from the top; the store still has them.
    const int excess = int(m_rows.size()) - m_capacity;
    // A page of older rows on its way would now leave a gap above the new top: forget it.
    if (m_olderTicket) {
        m_olderTicket = 0;
        Q_EMIT loadingChanged(isLoading());
    }
    const int drop = std::min(int(m_rows.size()), ((excess + trimChunk - 1) / trimChunk) * trimChunk);
    beginRemoveRows({}, 0, drop - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + drop);
    endRemoveRows();
    m_hasOlder = true;
}

qint64 EventListModel::lastId() const
{
    return m_rows.empty() ? 0 : m_rows.back().id();
}

Event EventListModel::eventAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return m_rows[size_t(row)].batch->event(m_rows[size_t(row)].index);
}

qint64 EventListModel::idAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return 0;
    return m_rows[size_t(row)].id();
}

int EventListModel::rowOfId(qint64 id) const
{
    // Rows are in id order.
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id, [](const Row& row, qint64 value) { return row.id() < value; });
    if (it == m_rows.end() || it->id() != id)
        return -1;
    return int(it - m_rows.begin());
}

} // namespace Journey

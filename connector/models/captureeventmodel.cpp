// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "captureeventmodel.h"

#include "core/timestamp.h"
#include "eventlistmodel.h"

namespace Journey {

CaptureEventModel::CaptureEventModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CaptureEventModel::setCapture(std::shared_ptr<const Capture> capture)
{
    beginResetModel();
    m_capture = std::move(capture);
    endResetModel();
}

int CaptureEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_capture ? 0 : m_capture->eventCount();
}

int CaptureEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaptureEventModel::data(const QModelIndex& index, int role) const
{
    if (!m_capture || !index.isValid() || index.row() >= m_capture->eventCount())
        return {};
    const EventBatch& events = m_capture->events();
    const int row = index.row();
    if (role == EventListModel::EventTypeRole)
        return QVariant::fromValue(events.type(row));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return Timestamp::toIso8601String(events.timestamp(row));
    case TypeColumn:
        return QString::fromLatin1(eventTypeName(events.type(row)));
    case NameColumn:
        return QString::fromUtf8(events.name(row));
    case PersonColumn:
        return QString::fromUtf8(events.userId(row).isEmpty() ? events.anonymousId(row) : events.userId(row));
    case SourceColumn:
        return eventSourceDisplayName(events.source(row));
    case RequestColumn: {
        const int request = m_capture->requestIndex(row);
        if (request < 0)
            return tr("none");
        const CapturedRequest& captured = m_capture->request(request);
        const QString text = QStringLiteral("%1 %2").arg(QString::fromLatin1(captured.method), captured.path);
        return m_capture->isComplete(request) ? text : tr("%1 (incomplete)").arg(text);
    }
    default:
        return {};
    }
}

QVariant CaptureEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Timestamp");
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Event");
    case PersonColumn:
        return tr("Person");
    case SourceColumn:
        return tr("Source");
    case RequestColumn:
        return tr("Request");
    default:
        return {};
    }
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "deadlettermodel.h"

#include <QDateTime>
#include <QLocale>

namespace Journey {

DeadLetterModel::DeadLetterModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int DeadLetterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadLetterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLetterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case MessageIdColumn:
            return row.messageId;
        case EventColumn: {
            const QString type = QString::fromLatin1(eventTypeName(row.type));
            return row.name.isEmpty() ? type : tr("%1 · %2").arg(type, row.name);
        }
        case UserColumn:
            return row.userId.isEmpty() ? row.anonymousId : row.userId;
        case AttemptsColumn:
            return QLocale().toString(row.attempts);
        case ReasonColumn:
            return row.reason;
        case UpdatedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.updatedAt), QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == MessageIdColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RowIdRole:
        return row.id;
    case MessageIdRole:
        return row.messageId;
    default:
        return {};
    }
}

QVariant DeadLetterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case MessageIdColumn:
        return tr("Message id");
    case EventColumn:
        return tr("Event");
    case UserColumn:
        return tr("User");
    case AttemptsColumn:
        return tr("Attempts");
    case ReasonColumn:
        return tr("Reason");
    case UpdatedColumn:
        return tr("Failed at");
    case ColumnCount:
        break;
    }
    return {};
}

void DeadLetterModel::setRows(const QList<OutboxRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void DeadLetterModel::clear()
{
    setRows({});
}

} // namespace Journey

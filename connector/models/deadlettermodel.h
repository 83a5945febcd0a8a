// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/outboxrow.h"

#include <QAbstractTableModel>
#include <QList>

namespace Journey {

/// The dead letters of one provider (events it refused for good or gave up on), newest first.
class DeadLetterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MessageIdColumn, EventColumn, UserColumn, AttemptsColumn, ReasonColumn, UpdatedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        RowIdRole = Qt::UserRole + 1, ///< qint64, the outbox row id (for retry and discard)
        MessageIdRole,
    };

    explicit DeadLetterModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the list (one query's answer).
    void setRows(const QList<OutboxRow>& rows);
    void clear();
    qint64 idAt(int row) const { return m_rows.at(row).id; }
    const OutboxRow& rowAt(int row) const { return m_rows.at(row); }

private:
    QList<OutboxRow> m_rows;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "sessions/sessionlist.h"

#include <QAbstractTableModel>

namespace Journey {

/*!
 * The sessions of a SessionList, one row each, in the list's order: what the Sessions page shows. Sort and
 * filter with a QSortFilterProxyModel: SortRole gives every column a value that sorts right (times, counts),
 * PersonIdsRole every id of the row's person (userIds and anonymousIds, space-separated) for a person filter.
 * Display text is made on demand.
 */
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartColumn,
        PersonColumn,
        DurationColumn,
        EventsColumn,
        PagesColumn,
        ValidationColumn,
        SourceColumn,
        SplitColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        SessionIndexRole = Qt::UserRole + 1, ///< int: the session's index in sessions()
        SortRole, ///< a value to sort the column by
        PersonIdsRole, ///< QString: every id of the person, space-separated
        ValidationStateRole, ///< int: PersonSession::validation()
    };

    explicit SessionListModel(QObject* parent = nullptr);

    /// Shows \a sessions (null: none); one model reset.
    void setSessions(const SessionListPtr& sessions);
    const SessionListPtr& sessions() const { return m_sessions; }
    /// The session of \a row; null when there is none.
    const PersonSession* sessionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "2026-01-05 14:03:27", local time.
    static QString timeText(qint64 ms);

private:
    SessionListPtr m_sessions;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Journey {

/// Paints an event key with its number of events right-aligned and dimmed (EventKeyCombo's popup).
class EventKeyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// The item data role holding the count (qint64); no count is drawn where it is unset.
    static constexpr int CountRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Journey

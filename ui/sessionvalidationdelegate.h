// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Journey {

/// Tints the rows of sessions with events that break the tracking plan (red) or only warn (amber), read from
/// SessionListModel::ValidationStateRole, with the Live view's tints (ValidationTintDelegate::tintOf()).
class SessionValidationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace Journey

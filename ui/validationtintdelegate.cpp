// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "validationtintdelegate.h"

#include "models/eventlistmodel.h"

namespace Journey {

QColor ValidationTintDelegate::tintOf(ValidationState state)
{
    switch (state) {
    case ValidationState::Invalid:
        return QColor(220, 40, 40, 56);
    case ValidationState::Warning:
        return QColor(230, 160, 0, 52);
    case ValidationState::Valid:
    case ValidationState::Unchecked:
        break;
    }
    return {};
}

void ValidationTintDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor tint = tintOf(index.data(EventListModel::ValidationRole).value<ValidationState>());
    if (tint.isValid())
        option->backgroundBrush = tint;
}

} // namespace Journey

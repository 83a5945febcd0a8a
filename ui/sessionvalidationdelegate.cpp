// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "sessionvalidationdelegate.h"

#include "models/sessionlistmodel.h"
#include "validationtintdelegate.h"

namespace Journey {

void SessionValidationDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant state = index.data(SessionListModel::ValidationStateRole);
    if (!state.isValid())
        return;
    const QColor tint = ValidationTintDelegate::tintOf(ValidationState(state.toInt()));
    if (tint.isValid())
        option->backgroundBrush = tint;
}

} // namespace Journey

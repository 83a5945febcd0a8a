// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/validationstate.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace Journey {

/*!
 * Tints the rows of events that break the tracking plan (red) or only warn (amber), read from
 * EventListModel::ValidationRole. A tint over the palette's base, so rows stay readable in light and dark themes
 * and with alternating row colours.
 */
class ValidationTintDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The tint for \a state; invalid (no tint) for valid and unchecked events.
    static QColor tintOf(ValidationState state);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace Journey

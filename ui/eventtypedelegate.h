// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"

#include "validationtintdelegate.h"

#include <QColor>

namespace Journey {

/// Draws an event's call type as a small coloured label, so types can be told apart at a glance (over the row's
/// validation tint).
class EventTypeDelegate : public ValidationTintDelegate
{
    Q_OBJECT
public:
    using ValidationTintDelegate::ValidationTintDelegate;

    static QColor colorOf(EventType type);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventtypedelegate.h"

#include "models/eventlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Journey {

QColor EventTypeDelegate::colorOf(EventType type)
{
    switch (type) {
    case EventType::Track:
        return QColor(0x2f, 0x6f, 0xd6);
    case EventType::Identify:
        return QColor(0x8a, 0x4f, 0xc7);
    case EventType::Page:
        return QColor(0x2e, 0x9d, 0x57);
    case EventType::Screen:
        return QColor(0x1b, 0x93, 0x9c);
    case EventType::Group:
        return QColor(0xd9, 0x7a, 0x1e);
    case EventType::Alias:
        return QColor(0x6b, 0x72, 0x80);
    }
    return QColor(0x6b, 0x72, 0x80);
}

void EventTypeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    const auto type = index.data(EventListModel::EventTypeRole).value<EventType>();
    const QFontMetrics metrics(option.font);
    const int padding = 6;
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - metrics.height() / 2 - 1,
        metrics.horizontalAdvance(text) + 2 * padding, metrics.height() + 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->fillPath(path, colorOf(type));
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize EventTypeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 20);
    return size;
}

} // namespace Journey

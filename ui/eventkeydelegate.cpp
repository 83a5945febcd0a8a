// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventkeydelegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace Journey {

namespace {
constexpr int gap = 16;
constexpr int margin = 6;

QString countText(const QModelIndex& index)
{
    const QVariant count = index.data(EventKeyDelegate::CountRole);
    return count.isValid() ? QLocale().toString(count.toLongLong()) : QString();
}
} // namespace

void EventKeyDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Where the style puts the text (after a check box, if any), before the text is taken out.
    const int textMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(textMargin, 0, -std::max(textMargin, margin), 0);
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, check box

    const QString count = countText(index);
    const int countWidth = count.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(count) + gap;
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor color = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(color);
    painter->drawText(area.adjusted(0, 0, -countWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        opt.fontMetrics.elidedText(text, Qt::ElideRight, area.width() - countWidth));
    if (!count.isEmpty()) {
        QColor dim = color;
        dim.setAlphaF(0.6);
        painter->setPen(dim);
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, count);
    }
    painter->restore();
}

QSize EventKeyDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString count = countText(index);
    if (!count.isEmpty())
        size.rwidth() += option.fontMetrics.horizontalAdvance(count) + gap;
    return size;
}

} // namespace Journey

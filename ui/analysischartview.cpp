// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "analysischartview.h"

#include <QAbstractAxis>
#include <QChart>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegend>

#include <iterator>

namespace Journey {

AnalysisChartView::AnalysisChartView(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::StyledPanel);
    setMinimumSize(240, 160);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(6, 6, 6, 6));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    m_placeholder = new QGraphicsSimpleTextItem(chart());
    m_placeholder->setZValue(10);
    applyPalette();
}

QColor AnalysisChartView::seriesColor(int index)
{
    // Tableau 10: distinct hues of medium lightness, legible on white and on dark grey alike.
    static const QColor colors[] = { QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
        QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48), QColor(0xb0, 0x7a, 0xa1),
        QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac) };
    constexpr int count = int(std::size(colors));
    return colors[((index % count) + count) % count];
}

QColor AnalysisChartView::faint(const QColor& color, qreal strength) const
{
    // Mixed with the background rather than made transparent: overlapping marks stay the same colour.
    const QColor base = palette().color(QPalette::Base);
    const auto mix = [strength](int over, int under) { return int(over * strength + under * (1 - strength) + 0.5); };
    return QColor(mix(color.red(), base.red()), mix(color.green(), base.green()), mix(color.blue(), base.blue()));
}

QColor AnalysisChartView::textColor() const
{
    return palette().color(QPalette::Text);
}

QImage AnalysisChartView::toImage()
{
    return grab().toImage();
}

void AnalysisChartView::setPlaceholderText(const QString& text)
{
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    placePlaceholder();
}

void AnalysisChartView::placePlaceholder()
{
    const QRectF area = chart()->plotArea().isEmpty() ? chart()->rect() : chart()->plotArea();
    const QRectF box = m_placeholder->boundingRect();
    m_placeholder->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
}

void AnalysisChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyPalette();
        paletteChanged();
    }
}

void AnalysisChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placePlaceholder();
}

void AnalysisChartView::applyPalette()
{
    const QPalette colors = palette();
    const QColor text = colors.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.12);
    QColor line = text;
    line.setAlphaF(0.35);
    QColor dim = text;
    dim.setAlphaF(0.6);
    QChart* c = chart();
    setBackgroundBrush(colors.color(QPalette::Base));
    c->setBackgroundBrush(colors.color(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    c->legend()->setBrush(Qt::NoBrush);
    c->legend()->setPen(Qt::NoPen);
    for (QAbstractAxis* axis : c->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(dim);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
        axis->setShadesVisible(false);
    }
    m_placeholder->setBrush(dim);
}

void AnalysisChartView::clearChart()
{
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
}

} // namespace Journey

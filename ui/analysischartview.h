// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>
#include <QColor>
#include <QImage>

class QGraphicsSimpleTextItem;

namespace Journey {

/*!
 * A chart view for the analysis pages that follows the widget palette, light or dark: background, title,
 * legend, axis labels and grid take the palette's colours and are set again when the palette changes. Series
 * take their colours from seriesColor(), a categorical palette that stays distinct on both.
 */
class AnalysisChartView : public QChartView
{
    Q_OBJECT
public:
    explicit AnalysisChartView(QWidget* parent = nullptr);

    /// Colour \a index (cycling) of a ten-colour categorical palette (Tableau 10) that reads on light and dark.
    static QColor seriesColor(int index);
    /// \a color made faint over the background: for secondary marks such as drop-off bars and single cohorts.
    QColor faint(const QColor& color, qreal strength) const;
    QColor textColor() const;
    /// The chart as it is on screen (a grab, so on the UI thread); the image can be saved on any thread.
    QImage toImage();
    /// Shows \a text in the middle of the empty plot (no data, or nothing run yet); empty: none.
    void setPlaceholderText(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    /// Colours the chart, its legend and every axis from the palette. Call it after adding axes.
    void applyPalette();
    /// Removes every series and axis (they are deleted).
    void clearChart();
    /// The palette changed: subclasses recolour what applyPalette() does not know (labels they drew).
    virtual void paletteChanged() { }

private:
    void placePlaceholder();

    QGraphicsSimpleTextItem* m_placeholder = nullptr;
};

} // namespace Journey

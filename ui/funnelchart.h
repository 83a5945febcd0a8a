// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/funnelresult.h"
#include "analysischartview.h"

#include <QList>

class QGraphicsSimpleTextItem;
class QGraphicsTextItem;

namespace Journey {

/*!
 * A funnel as bars, one per step. Without a breakdown each bar is as tall as the step before it: the solid
 * part is the people who reached the step (labelled with their number and the % of step 1) and the faint
 * part above it the people lost since the previous step. With a breakdown, grouped bars for the five values
 * with the most people. Clicking a bar asks for the people at a funnel level (levelClicked()).
 */
class FunnelChart : public AnalysisChartView
{
    Q_OBJECT
public:
    /// Breakdown values shown as bars; the rest are in the table.
    static constexpr int maxBuckets = 5;

    explicit FunnelChart(QWidget* parent = nullptr);

    void setResult(const FunnelResult& result);
    void clear();
    /// The bar labels on display, for tests and screenshots ("415 · 100 %").
    QStringList barLabels() const;

Q_SIGNALS:
    /// The user clicked a bar: \a level is how many steps the people meant reached (see FunnelView::showPersons()).
    void levelClicked(int level);

protected:
    void paletteChanged() override;

private:
    void placeLabels();
    void wrapCategories();
    void showStackedBars();
    void showGroupedBars();

    FunnelResult m_result;
    QList<QGraphicsTextItem*> m_labels; ///< per step: users and % of step 1
    QList<QGraphicsSimpleTextItem*> m_lostLabels; ///< per step: people lost since the previous step
};

} // namespace Journey

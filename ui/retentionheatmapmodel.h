// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/retentionresult.h"

#include <QAbstractTableModel>
#include <QColor>

namespace Journey {

/*!
 * A retention table as a heat map: one row per cohort (oldest first, with its start and size) and an
 * "Average" row last; one column per period offset. A cell shows the % of the cohort retained, tinted by it;
 * cells of periods that cannot have been observed yet are blank. The tint is mixed with the background
 * colour given by setColors(), so it reads on light and dark palettes.
 */
class RetentionHeatmapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CohortColumn, SizeColumn, FirstPeriodColumn };
    enum Roles { FractionRole = Qt::UserRole + 1, RetainedRole };

    explicit RetentionHeatmapModel(QObject* parent = nullptr);

    /// Shows the cohorts of \a result, or with \a bucket >= 0 those of breakdown value \a bucket.
    void setResult(const RetentionResult& result, int bucket = -1);
    void clear();
    /// \a accent tints the cells, mixed into \a base; \a text is the palette's text colour.
    void setColors(const QColor& accent, const QColor& base, const QColor& text);

    int cohortCount() const { return int(m_cohorts.size()); }
    /// The row of the average over all cohorts (the last), or -1 when there are no cohorts.
    int averageRow() const { return m_cohorts.isEmpty() ? -1 : int(m_cohorts.size()); }
    const QList<RetentionCohort>& cohorts() const { return m_cohorts; }
    /// Weighted by cohort size over the cohorts observable that far: RetentionResult::averageCurve().
    const std::vector<double>& average() const { return m_average; }
    /// "Week 3" for offset 3 of the result's period.
    QString periodLabel(int offset) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QColor tint(double fraction) const;

    RetentionResult m_result;
    QList<RetentionCohort> m_cohorts;
    std::vector<double> m_average;
    QColor m_accent { 0x4e, 0x79, 0xa7 };
    QColor m_base { Qt::white };
    QColor m_text { Qt::black };
};

} // namespace Journey

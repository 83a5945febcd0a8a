// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "retentionheatmapmodel.h"

#include <QFont>
#include <QLocale>

namespace Journey {

namespace {
QString startText(const QDate& date, AnalysisPeriod::Unit unit)
{
    return unit == AnalysisPeriod::Unit::Month ? date.toString(QStringLiteral("yyyy-MM")) : date.toString(Qt::ISODate);
}

QString percent(double fraction)
{
    return RetentionHeatmapModel::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}
} // namespace

RetentionHeatmapModel::RetentionHeatmapModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RetentionHeatmapModel::setResult(const RetentionResult& result, int bucket)
{
    beginResetModel();
    m_result = result;
    if (bucket >= 0 && bucket < result.breakdown.size()) {
        m_cohorts = result.breakdown[bucket].cohorts;
        // The average of this value's cohorts: the result's own curve is over everyone.
        RetentionResult part = result;
        part.cohorts = m_cohorts;
        part.breakdown.clear();
        m_average = part.averageCurve();
    } else {
        m_cohorts = result.cohorts;
        m_average = result.averageCurve();
    }
    endResetModel();
}

void RetentionHeatmapModel::clear()
{
    beginResetModel();
    m_result = RetentionResult();
    m_cohorts.clear();
    m_average.clear();
    endResetModel();
}

void RetentionHeatmapModel::setColors(const QColor& accent, const QColor& base, const QColor& text)
{
    m_accent = accent;
    m_base = base;
    m_text = text;
    if (rowCount() > 0)
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::BackgroundRole, Qt::ForegroundRole });
}

QString RetentionHeatmapModel::periodLabel(int offset) const
{
    switch (m_result.query.period) {
    case AnalysisPeriod::Unit::Day:
        return tr("Day %1").arg(offset);
    case AnalysisPeriod::Unit::Week:
        return tr("Week %1").arg(offset);
    case AnalysisPeriod::Unit::Month:
        return tr("Month %1").arg(offset);
    }
    return QString::number(offset);
}

int RetentionHeatmapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_cohorts.isEmpty() ? 0 : int(m_cohorts.size()) + 1;
}

int RetentionHeatmapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstPeriodColumn + m_result.query.periods;
}

QColor RetentionHeatmapModel::tint(double fraction) const
{
    const double strength = 0.08 + 0.87 * std::clamp(fraction, 0.0, 1.0);
    const auto mix = [strength](int over, int under) { return int(over * strength + under * (1 - strength) + 0.5); };
    return QColor(
        mix(m_accent.red(), m_base.red()), mix(m_accent.green(), m_base.green()), mix(m_accent.blue(), m_base.blue()));
}

QVariant RetentionHeatmapModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const bool average = index.row() == int(m_cohorts.size());
    const int offset = index.column() - FirstPeriodColumn;

    if (role == Qt::FontRole && average) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == CohortColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);

    // The fraction retained at this cell; none where it cannot be known yet.
    std::optional<double> fraction;
    qint64 retained = -1;
    qint64 size = 0;
    if (offset >= 0) {
        if (average) {
            if (size_t(offset) < m_average.size() && m_average[size_t(offset)] >= 0)
                fraction = m_average[size_t(offset)];
        } else {
            const RetentionCohort& cohort = m_cohorts[index.row()];
            size = cohort.size;
            if (m_result.isObservable(cohort, offset) && size_t(offset) < cohort.retained.size()) {
                retained = cohort.retained[size_t(offset)];
                fraction = cohort.size > 0 ? double(retained) / double(cohort.size) : 0.0;
            }
        }
    }

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CohortColumn)
            return average ? tr("Average") : startText(m_cohorts[index.row()].start, m_result.query.period);
        if (index.column() == SizeColumn) {
            qint64 total = 0;
            for (const RetentionCohort& cohort : m_cohorts)
                total += cohort.size;
            return QLocale().toString(average ? total : m_cohorts[index.row()].size);
        }
        return fraction ? percent(*fraction) : QString();
    case Qt::ToolTipRole:
        if (index.column() == CohortColumn && !average)
            return tr("People whose first %1 was in the period starting %2")
                .arg(m_result.query.cohortEvent.toString(),
                    startText(m_cohorts[index.row()].start, m_result.query.period));
        if (offset < 0)
            return {};
        if (!fraction)
            return tr("%1 has not happened yet for this cohort").arg(periodLabel(offset));
        if (average)
            return tr("%1: %2 on average over the cohorts seen that far (weighted by size)")
                .arg(periodLabel(offset), percent(*fraction));
        return (m_result.query.mode == RetentionQuery::Mode::On ? tr("%1: %2 of %3 people came back (%4)")
                                                                : tr("%1 or later: %2 of %3 people came back (%4)"))
            .arg(periodLabel(offset), QLocale().toString(retained), QLocale().toString(size), percent(*fraction));
    case Qt::BackgroundRole:
        if (!fraction)
            return {};
        return tint(*fraction);
    case Qt::ForegroundRole: {
        if (!fraction)
            return {};
        const QColor background = tint(*fraction);
        return background.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a);
    }
    case FractionRole:
        return fraction ? QVariant(*fraction) : QVariant();
    case RetainedRole:
        return retained >= 0 ? QVariant(retained) : QVariant();
    default:
        return {};
    }
}

QVariant RetentionHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == CohortColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CohortColumn:
        return tr("Cohort");
    case SizeColumn:
        return tr("People");
    default:
        return periodLabel(section - FirstPeriodColumn);
    }
}

} // namespace Journey

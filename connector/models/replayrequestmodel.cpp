// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "replayrequestmodel.h"

#include <QLocale>

namespace Journey {

ReplayRequestModel::ReplayRequestModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ReplayRequestModel::setPlan(const ReplayPlanPtr& plan)
{
    beginResetModel();
    m_plan = plan;
    m_results.assign(plan ? size_t(plan->requests.size()) : 0, ReplayResult());
    endResetModel();
}

void ReplayRequestModel::applyResults(const QList<ReplayResult>& results)
{
    int first = -1;
    int last = -1;
    for (const ReplayResult& result : results) {
        if (result.index < 0 || size_t(result.index) >= m_results.size())
            continue;
        m_results[size_t(result.index)] = result;
        first = first < 0 ? result.index : qMin(first, result.index);
        last = qMax(last, result.index);
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

const ReplayResult* ReplayRequestModel::resultAt(int row) const
{
    if (row < 0 || size_t(row) >= m_results.size() || m_results[size_t(row)].index < 0)
        return nullptr;
    return &m_results[size_t(row)];
}

int ReplayRequestModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int ReplayRequestModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReplayRequestModel::dueText(qint64 ms)
{
    return QStringLiteral("+%1 s").arg(double(ms) / 1000.0, 0, 'f', 3);
}

QVariant ReplayRequestModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_plan || index.row() >= rowCount())
        return {};
    const ReplayRequest& request = m_plan->requests[index.row()];
    const ReplayResult& result = m_results[size_t(index.row())];
    const bool hasResult = result.index >= 0;
    if (role == OutcomeRole)
        return hasResult ? int(result.outcome) : -1;
    if (role == RequestIndexRole)
        return index.row();
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case IndexColumn:
        case DueColumn:
        case EventsColumn:
        case BytesColumn:
        case StatusColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        if (hasResult && !result.error.isEmpty())
            lines.append(result.error);
        lines += request.notes;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IndexColumn:
        return index.row() + 1;
    case DueColumn:
        return dueText(request.dueMs);
    case MethodColumn:
        return QString::fromLatin1(request.method());
    case UrlColumn:
        return request.maskedUrl(m_masker);
    case EventsColumn:
        return request.eventCount();
    case BytesColumn:
        return QLocale().formattedDataSize(request.bodyBytes(), 1, QLocale::DataSizeSIFormat);
    case StatusColumn:
        return hasResult && result.status > 0 ? QVariant(result.status) : QVariant();
    case OutcomeColumn:
        if (!hasResult)
            return m_plan->options.dryRun ? tr("dry run") : tr("pending");
        switch (result.outcome) {
        case ReplayResult::Outcome::Delivered:
            return tr("delivered");
        case ReplayResult::Outcome::Failed:
            return result.error.isEmpty() ? tr("failed") : tr("failed: %1").arg(result.error);
        case ReplayResult::Outcome::NotSent:
            return m_plan->options.dryRun ? tr("dry run") : tr("not sent");
        }
        return {};
    default:
        return {};
    }
}

QVariant ReplayRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("#");
    case DueColumn:
        return tr("Due");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case EventsColumn:
        return tr("Events");
    case BytesColumn:
        return tr("Body");
    case StatusColumn:
        return tr("Status");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "capturediffmodel.h"

#include <QColor>
#include <QFont>
#include <QHash>

#include <algorithm>

namespace Journey {

namespace {
QString signedText(double value, const QString& unit)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 1) + unit;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'f', 1) + QLatin1Char('%');
}

CaptureDiffModel::State stateOf(const CaptureDiffFinding& finding)
{
    return finding.isError() ? CaptureDiffModel::State::Error : CaptureDiffModel::State::Info;
}
} // namespace

CaptureDiffModel::CaptureDiffModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

CaptureDiffModel::~CaptureDiffModel() = default;

QColor CaptureDiffModel::colorOf(State state)
{
    switch (state) {
    case State::Error:
        return QColor(0xc6, 0x28, 0x28);
    case State::Info:
        return QColor(0x15, 0x65, 0xc0);
    case State::Ok:
        break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

void CaptureDiffModel::setDiff(std::shared_ptr<const CaptureDiff> diff)
{
    beginResetModel();
    m_diff = std::move(diff);
    rebuild();
    endResetModel();
}

void CaptureDiffModel::clear()
{
    setDiff(nullptr);
}

void CaptureDiffModel::setShowUnchanged(bool show)
{
    if (show == m_showUnchanged)
        return;
    beginResetModel();
    m_showUnchanged = show;
    rebuild();
    endResetModel();
}

void CaptureDiffModel::rebuild()
{
    m_groups.clear();
    if (!m_diff)
        return;
    QHash<QString, int> eventGroup;
    std::vector<Group> events(size_t(m_diff->events.size()));
    for (int i = 0; i < int(m_diff->events.size()); ++i) {
        events[size_t(i)].event = i;
        eventGroup.insert(m_diff->events[i].event, i);
    }
    std::vector<Group> steps(size_t(m_diff->funnel.size()));
    for (int i = 0; i < int(m_diff->funnel.size()); ++i)
        steps[size_t(i)].step = i;
    for (int i = 0; i < int(m_diff->findings.size()); ++i) {
        const CaptureDiffFinding& finding = m_diff->findings[i];
        Group* group = nullptr;
        if (finding.step > 0 && finding.step <= int(steps.size()))
            group = &steps[size_t(finding.step - 1)];
        else if (finding.step == 0 && eventGroup.contains(finding.event))
            group = &events[size_t(eventGroup.value(finding.event))];
        if (!group)
            continue;
        group->findings.push_back(i);
        group->state = std::max(group->state, stateOf(finding));
    }
    // Failing events first, then those with information; by key within each (the diff's order).
    std::stable_sort(events.begin(), events.end(), [](const Group& a, const Group& b) { return a.state > b.state; });
    for (Group& group : events) {
        if (m_showUnchanged || group.state != State::Ok)
            m_groups.push_back(std::move(group));
    }
    for (Group& group : steps)
        m_groups.push_back(std::move(group));
}

const CaptureDiffFinding* CaptureDiffModel::findingAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0 || !m_diff)
        return nullptr;
    const Group& group = m_groups[size_t(index.internalId() - 1)];
    return &m_diff->findings[group.findings[size_t(index.row())]];
}

const CaptureDiff::EventRow* CaptureDiffModel::eventAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() != 0 || !m_diff)
        return nullptr;
    const Group& group = m_groups[size_t(index.row())];
    return group.event >= 0 ? &m_diff->events[group.event] : nullptr;
}

const CaptureDiff::FunnelStep* CaptureDiffModel::stepAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() != 0 || !m_diff)
        return nullptr;
    const Group& group = m_groups[size_t(index.row())];
    return group.step >= 0 ? &m_diff->funnel[group.step] : nullptr;
}

QModelIndex CaptureDiffModel::groupIndex(const QString& event, int step) const
{
    for (size_t row = 0; row < m_groups.size(); ++row) {
        const Group& group = m_groups[row];
        if ((!event.isEmpty() && group.event >= 0 && m_diff->events[group.event].event == event)
            || (event.isEmpty() && group.step >= 0 && m_diff->funnel[group.step].step == step))
            return createIndex(int(row), 0, quintptr(0));
    }
    return {};
}

QModelIndex CaptureDiffModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= int(m_groups.size()))
        return {};
    if (row >= int(m_groups[size_t(parent.row())].findings.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CaptureDiffModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CaptureDiffModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= int(m_groups.size()))
        return 0;
    return int(m_groups[size_t(parent.row())].findings.size());
}

int CaptureDiffModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CaptureDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Event / finding");
    case KindColumn:
        return tr("Kind");
    case BeforeColumn:
        return tr("Baseline (A)");
    case AfterColumn:
        return tr("Candidate (B)");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

QVariant CaptureDiffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_diff)
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups[size_t(index.row())], index.column(), role);
    const CaptureDiffFinding* finding = findingAt(index);
    return finding ? findingData(*finding, index.column(), role) : QVariant();
}

QVariant CaptureDiffModel::groupData(const Group& group, int column, int role) const
{
    if (role == StateRole)
        return int(group.state);
    if (role == Qt::FontRole && column == NameColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && column >= BeforeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == KindColumn && group.state != State::Ok)
        return colorOf(group.state);
    if (group.event >= 0) {
        const CaptureDiff::EventRow& row = m_diff->events[group.event];
        if (role == Qt::ToolTipRole)
            return tr(
                "%1: %2 event(s) in the baseline, %3 in the candidate; %n property path(s)", nullptr, row.properties)
                .arg(row.event)
                .arg(row.before)
                .arg(row.after);
        if (role != Qt::DisplayRole)
            return {};
        switch (column) {
        case NameColumn:
            return row.event;
        case KindColumn:
            return row.before == 0 ? tr("%1 · added").arg(row.type)
                : row.after == 0   ? tr("%1 · removed").arg(row.type)
                                   : row.type;
        case BeforeColumn:
            return row.before;
        case AfterColumn:
            return row.after;
        case ChangeColumn:
            return row.change ? signedText(*row.change, QStringLiteral("%")) : QString();
        }
        return {};
    }
    const CaptureDiff::FunnelStep& step = m_diff->funnel[group.step];
    if (role == Qt::ToolTipRole)
        return tr("Funnel step %1: users who reached it, and the share of the previous step's users").arg(step.step);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return tr("Funnel step %1: %2").arg(step.step).arg(step.event);
    case KindColumn:
        return tr("funnel");
    case BeforeColumn:
        return step.step == 1 ? tr("%n user(s)", nullptr, int(step.usersBefore))
                              : tr("%1 · %2").arg(step.usersBefore).arg(percent(step.conversionBefore));
    case AfterColumn:
        return step.step == 1 ? tr("%n user(s)", nullptr, int(step.usersAfter))
                              : tr("%1 · %2").arg(step.usersAfter).arg(percent(step.conversionAfter));
    case ChangeColumn:
        return step.step == 1 ? QString()
                              : signedText((step.conversionAfter - step.conversionBefore) * 100, tr(" pts"));
    }
    return {};
}

QVariant CaptureDiffModel::findingData(const CaptureDiffFinding& finding, int column, int role) const
{
    const State state = stateOf(finding);
    if (role == StateRole)
        return int(state);
    if (role == Qt::ForegroundRole && column != BeforeColumn && column != AfterColumn)
        return colorOf(state);
    if (role == Qt::BackgroundRole && state == State::Error) {
        QColor tint = colorOf(state);
        tint.setAlpha(28);
        return tint;
    }
    if (role == Qt::TextAlignmentRole && column >= BeforeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return finding.message();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        if (!finding.property.isEmpty())
            return finding.nested > 0 ? tr("%1 (+%2 nested)").arg(finding.property).arg(finding.nested)
                                      : finding.property;
        switch (finding.kind) {
        case CaptureDiffFinding::Kind::EventAdded:
            return tr("sent by the candidate only");
        case CaptureDiffFinding::Kind::EventRemoved:
            return tr("sent by the baseline only");
        case CaptureDiffFinding::Kind::VolumeChange:
            return tr("number of events");
        case CaptureDiffFinding::Kind::ConversionDrop:
        case CaptureDiffFinding::Kind::ConversionRise:
            return tr("conversion from step %1").arg(finding.step - 1);
        default:
            break;
        }
        return finding.message();
    case KindColumn:
        return CaptureDiffFinding::kindTitle(finding.kind);
    case BeforeColumn:
        return finding.valueText(finding.before);
    case AfterColumn:
        return finding.valueText(finding.after);
    case ChangeColumn:
        switch (finding.unit) {
        case CaptureDiffFinding::Unit::Percent:
            return signedText(finding.change, QStringLiteral("%"));
        case CaptureDiffFinding::Unit::Points:
            return signedText(finding.change, tr(" pts"));
        case CaptureDiffFinding::Unit::None:
            break;
        }
        return {};
    }
    return {};
}

} // namespace Journey

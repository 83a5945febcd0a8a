// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "capture/capturediff.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Journey {

/*!
 * A CaptureDiff as a tree for the Compare page: one top-level row per event key (failing ones first, then those
 * with information, then the unchanged ones, each by key) and one per funnel step, with their findings as
 * children. Rows are coloured by severity.
 */
class CaptureDiffModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, BeforeColumn, AfterColumn, ChangeColumn, ColumnCount };
    /// Ok (nothing found), Info or Error: the worst finding of a group, or a finding's severity.
    enum class State { Ok, Info, Error };
    enum Roles { StateRole = Qt::UserRole + 1 };

    explicit CaptureDiffModel(QObject* parent = nullptr);
    ~CaptureDiffModel() override;

    void setDiff(std::shared_ptr<const CaptureDiff> diff);
    const std::shared_ptr<const CaptureDiff>& diff() const { return m_diff; }
    void clear();
    /// Whether event keys without findings are listed (they are by default).
    void setShowUnchanged(bool show);
    bool showsUnchanged() const { return m_showUnchanged; }

    /// The finding at \a index (a child row), or null.
    const CaptureDiffFinding* findingAt(const QModelIndex& index) const;
    /// The event key of a top-level event row, or null.
    const CaptureDiff::EventRow* eventAt(const QModelIndex& index) const;
    /// The funnel step of a top-level step row, or null.
    const CaptureDiff::FunnelStep* stepAt(const QModelIndex& index) const;
    /// The top-level row of event key \a event (or of funnel step \a step when \a event is empty).
    QModelIndex groupIndex(const QString& event, int step = 0) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor colorOf(State state);

private:
    struct Group
    {
        int event = -1; ///< index into diff->events, or -1 for a funnel step
        int step = -1; ///< index into diff->funnel
        std::vector<int> findings; ///< indexes into diff->findings
        State state = State::Ok;
    };
    void rebuild();
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant findingData(const CaptureDiffFinding& finding, int column, int role) const;

    std::shared_ptr<const CaptureDiff> m_diff;
    std::vector<Group> m_groups;
    bool m_showUnchanged = true;
};

} // namespace Journey

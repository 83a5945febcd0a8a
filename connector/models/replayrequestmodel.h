// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/secretmasker.h"
#include "replay/replayplan.h"
#include "replay/replayresult.h"

#include <QAbstractTableModel>

#include <vector>

namespace Journey {

/*!
 * The requests of a replay plan, one row each, with their outcome once they have one: what the replay dialog
 * lists for a dry run and while a replay runs. URLs are shown with their secrets masked. Outcomes arrive in
 * batches (applyResults()), each batch one dataChanged() over the rows it touches.
 */
class ReplayRequestModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IndexColumn,
        DueColumn,
        MethodColumn,
        UrlColumn,
        EventsColumn,
        BytesColumn,
        StatusColumn,
        OutcomeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        OutcomeRole = Qt::UserRole + 1, ///< int(ReplayResult::Outcome), or -1 while it has none
        RequestIndexRole, ///< the row's index in the plan
    };

    explicit ReplayRequestModel(QObject* parent = nullptr);

    void setMasker(const SecretMasker& masker) { m_masker = masker; }
    /// Shows \a plan's requests with no outcomes yet (null: empty).
    void setPlan(const ReplayPlanPtr& plan);
    const ReplayPlanPtr& plan() const { return m_plan; }
    /// Takes a batch of outcomes.
    void applyResults(const QList<ReplayResult>& results);
    /// The outcome of row \a row, if it has one.
    const ReplayResult* resultAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "+1.250 s".
    static QString dueText(qint64 ms);

private:
    ReplayPlanPtr m_plan;
    std::vector<ReplayResult> m_results; ///< per row; index -1 while none
    SecretMasker m_masker;
};

} // namespace Journey

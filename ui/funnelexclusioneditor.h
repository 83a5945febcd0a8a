// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/analysisservice.h"
#include "analysis/funnelquery.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace Journey {

class EventKeyCombo;

/*!
 * The exclusions of a funnel: rows of "EVENT between step X and step Y"; a person who does the event between
 * the events matched as those steps does not convert past step X on that path.
 */
class FunnelExclusionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FunnelExclusionEditor(QWidget* parent = nullptr);

    void setEventKeys(const QList<AnalysisService::EventKey>& keys);
    /// The funnel's number of steps: what the step pickers offer.
    void setStepCount(int steps);
    int exclusionCount() const { return int(m_rows.size()); }
    void addExclusion(const QString& event = QString(), int fromStep = 0, int toStep = 1);
    /// The exclusions (steps 0-based); false with \a error naming the one that is wrong.
    bool exclusions(QList<FunnelExclusion>& out, QString* error) const;

private:
    struct Row
    {
        QWidget* widget = nullptr;
        EventKeyCombo* event = nullptr;
        QSpinBox* from = nullptr;
        QSpinBox* to = nullptr;
    };

    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
    QList<AnalysisService::EventKey> m_keys;
    int m_steps = FunnelQuery::minSteps;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/analysisservice.h"
#include "analysis/eventselector.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Journey {

class EventKeyCombo;

/*!
 * The steps of a funnel, 2 to 20 rows: each an event picker and an optional conditions field
 * ("plan=pro, price>10": PropertyFilter conditions, all of which must hold), with buttons to add and remove
 * steps.
 */
class FunnelStepEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FunnelStepEditor(QWidget* parent = nullptr);

    void setEventKeys(const QList<AnalysisService::EventKey>& keys);
    int stepCount() const { return int(m_rows.size()); }
    /// Replaces the steps with \a events, without conditions (at least two rows stay).
    void setSteps(const QStringList& events);
    QString stepEvent(int step) const;
    void setStepEvent(int step, const QString& event);
    QString stepConditions(int step) const;
    void setStepConditions(int step, const QString& conditions);
    void addStep(const QString& event = QString());
    void removeStep(int step);
    /// The steps as selectors; false with \a error naming the step and what is wrong with it.
    bool selectors(QList<EventSelector>& out, QString* error) const;
    /// Parses "plan=pro, price>10" into \a out; false with \a error naming the bad condition.
    static bool parseConditions(const QString& text, QList<PropertyFilter>& out, QString* error);

Q_SIGNALS:
    /// Steps were added, removed or renamed.
    void stepsChanged();

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QLabel* number = nullptr;
        EventKeyCombo* event = nullptr;
        QLineEdit* conditions = nullptr;
        QToolButton* remove = nullptr;
    };
    void renumber();

    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
    QList<AnalysisService::EventKey> m_keys;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "store/eventfilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QToolButton;

namespace Journey {

/// The row of filter controls above the live stream. Edits are debounced into one filterChanged().
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    EventFilter filter() const;
    void clear();
    /// Sets one part of the filter (from a context menu), keeping the others.
    void setName(const QString& name);
    void setIdentity(const QString& identity);
    /// Shows only events in \a stateMask (bits 1 << ValidationState; 0 = all), as the Validation page asks.
    void setValidationStates(quint32 stateMask);
    /// Focuses the free-text search (Ctrl+F).
    void focusSearch();

Q_SIGNALS:
    void filterChanged(const Journey::EventFilter& filter);

private:
    void scheduleChange();
    void onTimeRangeChanged(int index);

    QComboBox* m_type;
    QComboBox* m_source;
    QComboBox* m_validation;
    QLineEdit* m_name;
    QLineEdit* m_identity;
    QLineEdit* m_text;
    QComboBox* m_timeRange;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QToolButton* m_clear;
    QTimer m_debounce;
};

} // namespace Journey

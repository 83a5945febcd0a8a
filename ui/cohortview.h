// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/retentionresult.h"
#include "analysispage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;

namespace Journey {

class EventKeyCombo;
class RetentionCurveChart;
class RetentionHeatmapModel;

/*!
 * The Cohorts page: retention by cohort. People are grouped by the period of their first cohort event; the
 * heat map shows the % of each cohort that did the return event in each later period, and the chart the
 * average retention curve (each cohort faintly behind it). With a breakdown, one value at a time.
 */
class CohortView : public AnalysisPage
{
    Q_OBJECT
public:
    CohortView(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~CohortView() override;

    EventKeyCombo* cohortEventCombo() const { return m_cohortEvent; }
    EventKeyCombo* returnEventCombo() const { return m_returnEvent; }
    QComboBox* periodCombo() const { return m_period; }
    QSpinBox* periodsSpin() const { return m_periods; }
    QComboBox* modeCombo() const { return m_mode; }
    QLineEdit* breakdownEdit() const { return m_breakdown; }
    QComboBox* bucketCombo() const { return m_bucket; }
    RetentionHeatmapModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    RetentionCurveChart* chart() const { return m_chart; }
    const RetentionResult& result() const { return m_result; }

    /// The query the form describes; false with \a error saying what is wrong.
    bool buildQuery(RetentionQuery& query, QString* error) const;
    void saveState() override;

public Q_SLOTS:
    void run() override;

protected:
    void eventKeysChanged() override;
    std::function<QByteArray()> csvMaker() const override;
    QString exportName() const override { return QStringLiteral("retention"); }
    QWidget* chartWidget() const override;
    void changeEvent(QEvent* event) override;

private:
    void onRetentionReady(quint64 ticket, const Journey::RetentionResult& result);
    void showBucket();
    void updateColors();

    EventKeyCombo* m_cohortEvent;
    EventKeyCombo* m_returnEvent;
    QComboBox* m_period;
    QSpinBox* m_periods;
    QComboBox* m_mode;
    QLineEdit* m_breakdown;
    QComboBox* m_bucket;
    QLabel* m_bucketLabel;
    QCheckBox* m_showCohorts;
    RetentionHeatmapModel* m_model;
    QTableView* m_table;
    RetentionCurveChart* m_chart;
    QSplitter* m_vertical;
    RetentionResult m_result;
    bool m_defaultsApplied = false;
    bool m_sized = false; ///< the splitter was fitted to the heat map once
};

} // namespace Journey

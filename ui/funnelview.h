// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/funnelresult.h"
#include "analysispage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QSplitter;
class QTreeWidget;

namespace Journey {

class DurationHistogram;
class FunnelChart;
class FunnelExclusionEditor;
class FunnelStepEditor;

/*!
 * The Funnels page: a funnel builder (steps with conditions, conversion window, order, exclusions, breakdown
 * with attribution, a property held constant) and its result: bars per step with the drop-off, a table with
 * conversions and median times, a histogram of the time to convert, and the people behind a drop-off (click a
 * bar or a row), one double-click away from their events in the Live stream.
 */
class FunnelView : public AnalysisPage
{
    Q_OBJECT
public:
    enum Column { StepColumn, UsersColumn, FromFirstColumn, FromPreviousColumn, MedianColumn, ColumnCount };
    /// The most persons listed for a drop-off.
    static constexpr int personsLimit = 200;

    FunnelView(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~FunnelView() override;

    FunnelStepEditor* stepEditor() const { return m_steps; }
    FunnelExclusionEditor* exclusionEditor() const { return m_exclusions; }
    QSpinBox* windowSpin() const { return m_window; }
    QComboBox* windowUnitCombo() const { return m_windowUnit; }
    QComboBox* orderCombo() const { return m_order; }
    QLineEdit* breakdownEdit() const { return m_breakdown; }
    QComboBox* attributionCombo() const { return m_attribution; }
    QLineEdit* holdConstantEdit() const { return m_holdConstant; }
    FunnelChart* chart() const { return m_chart; }
    QTreeWidget* table() const { return m_table; }
    DurationHistogram* histogram() const { return m_histogram; }
    QComboBox* histogramStepCombo() const { return m_histogramStep; }
    QListWidget* personsList() const { return m_persons; }
    QString personsTitle() const;
    /// The number of people at the level on display in the persons list (-1: none asked for yet).
    qint64 personsTotal() const { return m_personsTotal; }
    const FunnelResult& result() const { return m_result; }

    /// The funnel the form describes; false with \a error saying what is wrong (naming the step or field).
    bool buildQuery(FunnelQuery& query, QString* error) const;
    /// Lists the people whose funnel level is \a level (steps reached): for a step before the last, the people
    /// who reached it and went no further; for the last, the people who completed the funnel.
    void showPersons(int level);
    void saveState() override;

public Q_SLOTS:
    void run() override;

Q_SIGNALS:
    /// The user asked for the events of person \a personId (a userId, or an anonymousId).
    void showPersonRequested(const QString& personId);

protected:
    void eventKeysChanged() override;
    std::function<QByteArray()> csvMaker() const override;
    QString exportName() const override { return QStringLiteral("funnel"); }
    QWidget* chartWidget() const override;

private:
    void onFunnelReady(quint64 ticket, const Journey::FunnelResult& result);
    void onPersonsReady(quint64 ticket, const QStringList& persons, qint64 total);
    void fillTable();
    void fillHistogramSteps();
    void showHistogram();
    void updateAttributionSteps();
    void updateWindowRange();

    FunnelStepEditor* m_steps;
    QSpinBox* m_window;
    QComboBox* m_windowUnit;
    QComboBox* m_order;
    FunnelExclusionEditor* m_exclusions;
    QLineEdit* m_breakdown;
    QComboBox* m_attribution;
    QLineEdit* m_holdConstant;
    FunnelChart* m_chart;
    QTreeWidget* m_table;
    DurationHistogram* m_histogram;
    QComboBox* m_histogramStep;
    QLabel* m_personsTitle;
    QListWidget* m_persons;
    QSplitter* m_vertical;
    QSplitter* m_top;
    QSplitter* m_bottom;
    FunnelResult m_result;
    quint64 m_resultTicket = 0; ///< the funnel m_result came from, for the persons query
    quint64 m_personsTicket = 0;
    int m_personsLevel = -1;
    qint64 m_personsTotal = -1;
    bool m_defaultsApplied = false;
    bool m_histogramStepChosen = false; ///< the user picked the histogram's step
};

} // namespace Journey

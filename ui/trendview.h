// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/trendresult.h"
#include "analysispage.h"

#include <QTimer>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace Journey {

class TrendChart;

/*!
 * The Trends page: how often up to eight events happen per day, week or month (events, or unique users), as
 * lines over time. Checking an event in the list runs the query again.
 */
class TrendView : public AnalysisPage
{
    Q_OBJECT
public:
    static constexpr int maxSeries = 8;

    TrendView(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~TrendView() override;

    QListWidget* eventList() const { return m_events; }
    QLineEdit* eventFilterEdit() const { return m_filter; }
    QComboBox* periodCombo() const { return m_period; }
    QComboBox* measureCombo() const { return m_measure; }
    TrendChart* chart() const { return m_chart; }
    const TrendResult& result() const { return m_result; }
    /// The checked events, in list order (most events first).
    QStringList checkedEvents() const;
    /// Checks exactly \a events (at most maxSeries of them).
    void setCheckedEvents(const QStringList& events);

    bool buildQuery(TrendQuery& query, QString* error) const;

public Q_SLOTS:
    void run() override;

protected:
    void eventKeysChanged() override;
    std::function<QByteArray()> csvMaker() const override;
    QString exportName() const override { return QStringLiteral("trends"); }
    QWidget* chartWidget() const override;

private:
    void onTrendsReady(quint64 ticket, const Journey::TrendResult& result);
    void scheduleRun();

    QLineEdit* m_filter;
    QListWidget* m_events;
    QComboBox* m_period;
    QComboBox* m_measure;
    TrendChart* m_chart;
    TrendResult m_result;
    QTimer m_autoRun;
    bool m_defaultsApplied = false;
    bool m_filling = false;
};

} // namespace Journey

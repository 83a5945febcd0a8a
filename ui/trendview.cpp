// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "trendview.h"

#include "analysis/analysisreportwriter.h"
#include "eventkeydelegate.h"
#include "session.h"
#include "trendchart.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <climits>

namespace Journey {

TrendView::TrendView(Session* session, AppSettings* settings, QWidget* parent)
    : AnalysisPage(session, settings, QStringLiteral("trends"), parent)
    , m_filter(new QLineEdit(this))
    , m_events(new QListWidget(this))
    , m_period(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_chart(new TrendChart(this))
{
    m_filter->setPlaceholderText(tr("Filter events"));
    m_filter->setClearButtonEnabled(true);
    m_events->setItemDelegate(new EventKeyDelegate(m_events));
    m_events->setUniformItemSizes(true);
    m_events->setToolTip(tr("Check up to %1 events; the chart follows").arg(maxSeries));
    m_period->addItem(tr("Day"), int(AnalysisPeriod::Unit::Day));
    m_period->addItem(tr("Week"), int(AnalysisPeriod::Unit::Week));
    m_period->addItem(tr("Month"), int(AnalysisPeriod::Unit::Month));
    m_period->setToolTip(tr("Calendar periods in UTC; weeks start on Monday"));
    m_measure->addItem(tr("Events"), int(TrendQuery::Measure::Events));
    m_measure->setItemData(0, tr("How many times the event happened"), Qt::ToolTipRole);
    m_measure->addItem(tr("Users"), int(TrendQuery::Measure::Persons));
    m_measure->setItemData(1, tr("How many different people did it (identities merged)"), Qt::ToolTipRole);

    auto* form = new QWidget(this);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(8, 0, 8, 0);
    auto* title = new QLabel(tr("Events (up to %1)").arg(maxSeries), form);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    formLayout->addWidget(title);
    formLayout->addWidget(m_filter);
    formLayout->addWidget(m_events, 1);
    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(tr("Per:"), m_period);
    fields->addRow(tr("Count:"), m_measure);
    formLayout->addLayout(fields);
    formLayout->addWidget(runButton(), 0, Qt::AlignRight);
    for (const QKeySequence& key : { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }) {
        auto* shortcut = new QShortcut(key, form, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &TrendView::run);
    }
    setContent(form, m_chart, 300);

    m_autoRun.setSingleShot(true);
    m_autoRun.setInterval(300);
    connect(&m_autoRun, &QTimer::timeout, this, &TrendView::run);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int row = 0; row < m_events->count(); ++row) {
            QListWidgetItem* item = m_events->item(row);
            item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
        }
    });
    connect(m_events, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling)
            return;
        if (item->checkState() == Qt::Checked && checkedEvents().size() > maxSeries) {
            m_filling = true;
            item->setCheckState(Qt::Unchecked);
            m_filling = false;
            showError(tr("At most %1 events at a time: uncheck one first.").arg(maxSeries));
            return;
        }
        scheduleRun();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &TrendView::scheduleRun);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &TrendView::scheduleRun);
    connect(service(), &AnalysisService::trendsReady, this, &TrendView::onTrendsReady);
}

TrendView::~TrendView() = default;

QWidget* TrendView::chartWidget() const
{
    return m_chart;
}

void TrendView::scheduleRun()
{
    // Changes are followed once the page has run (a click on a check box should not need a click on Run).
    if (hasResult() || isRunning())
        m_autoRun.start();
}

QStringList TrendView::checkedEvents() const
{
    QStringList events;
    for (int row = 0; row < m_events->count(); ++row) {
        if (m_events->item(row)->checkState() == Qt::Checked)
            events.append(m_events->item(row)->text());
    }
    return events;
}

void TrendView::setCheckedEvents(const QStringList& events)
{
    m_filling = true;
    int checked = 0;
    for (int row = 0; row < m_events->count(); ++row) {
        QListWidgetItem* item = m_events->item(row);
        const bool on = events.contains(item->text()) && checked < maxSeries;
        checked += on ? 1 : 0;
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    scheduleRun();
}

void TrendView::eventKeysChanged()
{
    QStringList checked = checkedEvents();
    if (!m_defaultsApplied && !eventKeys().isEmpty()) {
        m_defaultsApplied = true;
        for (int i = 0; i < 3 && i < eventKeys().size(); ++i)
            checked.append(eventKeys()[i].name);
    }
    m_filling = true;
    m_events->clear();
    for (const AnalysisService::EventKey& key : eventKeys()) {
        auto* item = new QListWidgetItem(key.name, m_events);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(key.name) ? Qt::Checked : Qt::Unchecked);
        item->setData(EventKeyDelegate::CountRole, key.events);
        item->setToolTip(tr("%n event(s) in the store", nullptr, int(std::min<qint64>(key.events, INT_MAX))));
        item->setHidden(
            !m_filter->text().isEmpty() && !key.name.contains(m_filter->text().trimmed(), Qt::CaseInsensitive));
    }
    m_filling = false;
}

bool TrendView::buildQuery(TrendQuery& query, QString* error) const
{
    query = TrendQuery();
    const QStringList events = checkedEvents();
    if (events.isEmpty()) {
        *error = tr("Check at least one event.");
        return false;
    }
    for (const QString& event : events) {
        EventSelector selector;
        selector.event = event;
        query.series.append(selector);
    }
    query.period = AnalysisPeriod::Unit(m_period->currentData().toInt());
    query.measure = TrendQuery::Measure(m_measure->currentData().toInt());
    QString reason;
    if (!query.check(&reason)) {
        *error = tr("This trend cannot run: %1.").arg(reason);
        return false;
    }
    return true;
}

void TrendView::run()
{
    m_autoRun.stop();
    TrendQuery query;
    QString error;
    if (!buildQuery(query, &error)) {
        showError(error);
        return;
    }
    startRun(service()->runTrends(query));
}

std::function<QByteArray()> TrendView::csvMaker() const
{
    if (m_result.query.series.isEmpty())
        return {};
    return [result = m_result] { return AnalysisReportWriter::write(result, AnalysisReportWriter::Format::Csv); };
}

void TrendView::onTrendsReady(quint64 ticket, const TrendResult& result)
{
    if (!isCurrentRun(ticket))
        return;
    m_result = result;
    m_chart->setResult(result);
    const int periods = result.periodCount();
    QString summary;
    if (periods == 0) {
        summary = tr("None of these events is in the store.");
    } else {
        const bool users = result.query.measure == TrendQuery::Measure::Persons;
        const QString what = result.query.period == AnalysisPeriod::Unit::Day
            ? (users ? tr("Unique users per day") : tr("Events per day"))
            : result.query.period == AnalysisPeriod::Unit::Week
            ? (users ? tr("Unique users per week") : tr("Events per week"))
            : (users ? tr("Unique users per month") : tr("Events per month"));
        summary = tr("%1, %2 to %3 (UTC) · series: %4")
                      .arg(what, result.periodStart(0).toString(Qt::ISODate),
                          result.periodStart(periods - 1).toString(Qt::ISODate),
                          QLocale().toString(qint64(result.query.series.size())));
    }
    finishRun(summary);
}

} // namespace Journey

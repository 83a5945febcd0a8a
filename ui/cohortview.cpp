// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "cohortview.h"

#include "analysis/analysisreportwriter.h"
#include "analysis/propertypath.h"
#include "analysischartview.h"
#include "appsettings.h"
#include "eventkeycombo.h"
#include "retentioncurvechart.h"
#include "retentionheatmapmodel.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>

namespace Journey {

namespace {
const QString splitterKey = QStringLiteral("cohorts/vertical");

/// An event picker's text as a selector: "Order Completed" or "Order Completed[plan=pro]".
bool selectorOf(const EventKeyCombo* combo, const QString& what, EventSelector& out, QString* error)
{
    const QString key = combo->eventKey();
    if (key.isEmpty()) {
        *error = CohortView::tr("The %1 needs an event.").arg(what);
        return false;
    }
    QString reason;
    if (!EventSelector::parse(key, out, &reason)) {
        *error = CohortView::tr("The %1: %2").arg(what, reason);
        return false;
    }
    return true;
}
} // namespace

CohortView::CohortView(Session* session, AppSettings* settings, QWidget* parent)
    : AnalysisPage(session, settings, QStringLiteral("cohorts"), parent)
    , m_cohortEvent(new EventKeyCombo(this))
    , m_returnEvent(new EventKeyCombo(this))
    , m_period(new QComboBox(this))
    , m_periods(new QSpinBox(this))
    , m_mode(new QComboBox(this))
    , m_breakdown(new QLineEdit(this))
    , m_bucket(new QComboBox(this))
    , m_bucketLabel(new QLabel(tr("Show:"), this))
    , m_showCohorts(new QCheckBox(tr("Each cohort in the chart"), this))
    , m_model(new RetentionHeatmapModel(this))
    , m_table(new QTableView(this))
    , m_chart(new RetentionCurveChart(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
{
    m_cohortEvent->setToolTip(
        tr("A person's cohort is the period of their first such event. Conditions go in brackets: "
           "Signed Up[plan=pro]"));
    m_returnEvent->setAnyEventOffered(true);
    m_returnEvent->setEventKey(EventSelector::anyEvent());
    m_returnEvent->setToolTip(tr("What counts as coming back: an event, or any event"));
    m_period->addItem(tr("Day"), int(AnalysisPeriod::Unit::Day));
    m_period->addItem(tr("Week"), int(AnalysisPeriod::Unit::Week));
    m_period->addItem(tr("Month"), int(AnalysisPeriod::Unit::Month));
    m_period->setCurrentIndex(1);
    m_period->setToolTip(tr("Calendar periods in UTC; weeks start on Monday"));
    m_periods->setRange(1, 52);
    m_periods->setValue(8);
    m_periods->setToolTip(tr("How many periods to follow each cohort for, the cohort's own period included"));
    m_mode->addItem(tr("In that period"), int(RetentionQuery::Mode::On));
    m_mode->setItemData(0, tr("A person counts in period N when they came back in period N"), Qt::ToolTipRole);
    m_mode->addItem(tr("In that period or later"), int(RetentionQuery::Mode::OnOrAfter));
    m_mode->setItemData(
        1, tr("A person counts in period N when they came back in period N or any later one"), Qt::ToolTipRole);
    m_breakdown->setPlaceholderText(tr("property, e.g. traits.plan"));
    m_breakdown->setClearButtonEnabled(true);
    m_breakdown->setToolTip(tr("Split the cohorts by a property's value at the first cohort event (or the person's "
                               "own, for traits.*)"));
    m_showCohorts->setChecked(true);
    m_showCohorts->setToolTip(tr("Draw each cohort's curve faintly behind the average"));

    auto* form = new QWidget(this);
    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    fields->addRow(tr("Cohort event:"), m_cohortEvent);
    fields->addRow(tr("Return event:"), m_returnEvent);
    fields->addRow(tr("Period:"), m_period);
    fields->addRow(tr("Periods:"), m_periods);
    fields->addRow(tr("Counts:"), m_mode);
    fields->addRow(tr("Breakdown:"), m_breakdown);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(8, 0, 8, 0);
    formLayout->addLayout(fields);
    formLayout->addSpacing(8);
    formLayout->addWidget(runButton(), 0, Qt::AlignRight);
    formLayout->addStretch(1);
    for (const QKeySequence& key : { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }) {
        auto* shortcut = new QShortcut(key, form, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CohortView::run);
    }

    m_table->setModel(m_model);
    m_table->setShowGrid(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("100.0 %")) + 22);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setWordWrap(false);

    // The breakdown value picker sits above the heat map (only with a breakdown), the chart's option above it.
    auto* tablePane = new QWidget(this);
    auto* tableBar = new QHBoxLayout;
    tableBar->addWidget(m_bucketLabel);
    tableBar->addWidget(m_bucket);
    tableBar->addStretch(1);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(tableBar);
    tableLayout->addWidget(m_table, 1);
    m_bucketLabel->hide();
    m_bucket->hide();
    m_bucket->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* chartPane = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 4, 0, 0);
    chartLayout->addWidget(m_showCohorts, 0, Qt::AlignRight);
    chartLayout->addWidget(m_chart, 1);

    m_vertical->addWidget(tablePane);
    m_vertical->addWidget(chartPane);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setSizes({ 380, 380 });
    setContent(form, m_vertical, 320);
    if (!settings->viewState(splitterKey).isEmpty())
        m_vertical->restoreState(settings->viewState(splitterKey));

    connect(m_bucket, &QComboBox::currentIndexChanged, this, &CohortView::showBucket);
    connect(m_showCohorts, &QCheckBox::toggled, m_chart, &RetentionCurveChart::setCohortsShown);
    connect(service(), &AnalysisService::retentionReady, this, &CohortView::onRetentionReady);
    updateColors();
}

CohortView::~CohortView() = default;

void CohortView::saveState()
{
    AnalysisPage::saveState();
    settings()->setViewState(splitterKey, m_vertical->saveState());
}

QWidget* CohortView::chartWidget() const
{
    return m_chart;
}

void CohortView::changeEvent(QEvent* event)
{
    AnalysisPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void CohortView::updateColors()
{
    m_model->setColors(
        AnalysisChartView::seriesColor(0), palette().color(QPalette::Base), palette().color(QPalette::Text));
}

void CohortView::eventKeysChanged()
{
    m_cohortEvent->setEventKeys(eventKeys());
    m_returnEvent->setEventKeys(eventKeys());
    if (m_defaultsApplied || eventKeys().isEmpty())
        return;
    m_defaultsApplied = true;
    QString cohort = eventKeys().first().name;
    for (const AnalysisService::EventKey& key : eventKeys()) {
        if (key.name == QLatin1String("Signed Up"))
            cohort = key.name;
    }
    m_cohortEvent->setEventKey(cohort);
    m_returnEvent->setEventKey(EventSelector::anyEvent());
}

bool CohortView::buildQuery(RetentionQuery& query, QString* error) const
{
    query = RetentionQuery();
    if (!selectorOf(m_cohortEvent, tr("cohort event"), query.cohortEvent, error)
        || !selectorOf(m_returnEvent, tr("return event"), query.returnEvent, error))
        return false;
    query.period = AnalysisPeriod::Unit(m_period->currentData().toInt());
    query.periods = m_periods->value();
    query.mode = RetentionQuery::Mode(m_mode->currentData().toInt());
    const QString breakdown = m_breakdown->text().trimmed();
    if (!breakdown.isEmpty()) {
        query.breakdown = PropertyPath::normalise(breakdown);
        if (query.breakdown.isEmpty()) {
            *error
                = tr("Breakdown: \"%1\" is not a property (write a name such as plan, or a path such as traits.plan).")
                      .arg(breakdown);
            return false;
        }
    }
    QString reason;
    if (!query.check(&reason)) {
        *error = tr("This retention query cannot run: %1.").arg(reason);
        return false;
    }
    return true;
}

void CohortView::run()
{
    RetentionQuery query;
    QString error;
    if (!buildQuery(query, &error)) {
        showError(error);
        return;
    }
    startRun(service()->runRetention(query));
}

std::function<QByteArray()> CohortView::csvMaker() const
{
    if (m_result.query.cohortEvent.event.isEmpty())
        return {};
    return [result = m_result] { return AnalysisReportWriter::write(result, AnalysisReportWriter::Format::Csv); };
}

void CohortView::onRetentionReady(quint64 ticket, const RetentionResult& result)
{
    if (!isCurrentRun(ticket))
        return;
    m_result = result;
    {
        const QSignalBlocker blocker(m_bucket);
        m_bucket->clear();
        m_bucket->addItem(tr("Everyone"), -1);
        for (int i = 0; i < result.breakdown.size(); ++i) {
            qint64 people = 0;
            for (const RetentionCohort& cohort : result.breakdown[i].cohorts)
                people += cohort.size;
            m_bucket->addItem(
                tr("%1 = %2 (%3)").arg(result.query.breakdown, result.breakdown[i].value, QLocale().toString(people)),
                i);
        }
    }
    const bool breakdown = !result.breakdown.isEmpty();
    m_bucket->setVisible(breakdown);
    m_bucketLabel->setVisible(breakdown);
    showBucket();

    qint64 people = 0;
    for (const RetentionCohort& cohort : result.cohorts)
        people += cohort.size;
    const QString returning
        = result.query.returnEvent.isAnyEvent() ? tr("any event") : result.query.returnEvent.toString();
    const QString summary = tr("Cohorts by first %1, back with %2 · cohorts: %3 · people: %4")
                                .arg(result.query.cohortEvent.toString(), returning,
                                    QLocale().toString(qint64(result.cohorts.size())), QLocale().toString(people));
    finishRun(summary);
}

void CohortView::showBucket()
{
    const int bucket = m_bucket->currentIndex() >= 0 ? m_bucket->currentData().toInt() : -1;
    m_model->setResult(m_result, bucket);
    m_table->horizontalHeader()->setSectionResizeMode(
        RetentionHeatmapModel::CohortColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RetentionHeatmapModel::SizeColumn, QHeaderView::ResizeToContents);
    if (!m_sized && m_model->rowCount() > 0) {
        // The first time: the heat map as tall as its rows (up to half the height), the chart below it.
        m_sized = true;
        const int total = m_vertical->sizes().value(0) + m_vertical->sizes().value(1);
        const int rows = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth() + 8
            + m_model->rowCount() * m_table->verticalHeader()->defaultSectionSize()
            + (m_bucket->isHidden() ? 0 : m_bucket->sizeHint().height() + 6);
        const int height = std::min(rows, total / 2);
        if (total > 0)
            m_vertical->setSizes({ height, total - height });
    }
    m_chart->setCurves(m_result, m_model->cohorts(), m_model->average(),
        bucket >= 0 ? tr("Average, %1 = %2").arg(m_result.query.breakdown, m_result.breakdown[bucket].value)
                    : tr("Average"));
}

} // namespace Journey

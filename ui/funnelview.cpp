// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "funnelview.h"

#include "analysis/analysisreportwriter.h"
#include "analysis/propertypath.h"
#include "appsettings.h"
#include "durationhistogram.h"
#include "funnelchart.h"
#include "funnelexclusioneditor.h"
#include "funnelstepeditor.h"
#include "session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <climits>

namespace Journey {

namespace {
constexpr qint64 second = 1000;
constexpr qint64 day = 86'400 * second;

QString percent(double fraction)
{
    return FunnelView::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QString orderLabel(FunnelQuery::Order order)
{
    switch (order) {
    case FunnelQuery::Order::Ordered:
        return FunnelView::tr("ordered");
    case FunnelQuery::Order::Strict:
        return FunnelView::tr("strict order");
    case FunnelQuery::Order::Any:
        return FunnelView::tr("any order");
    }
    return {};
}

QString timeTooltip(const FunnelStepResult& step)
{
    if (!step.medianSecondsToConvert)
        return {};
    const auto text = [](const std::optional<double>& value) {
        return value ? AnalysisReportWriter::formatDuration(*value) : QStringLiteral("–");
    };
    return FunnelView::tr("Time from step 1: 25 % within %1, half within %2, 75 % within %3, 90 % within %4; mean %5")
        .arg(text(step.p25SecondsToConvert), text(step.medianSecondsToConvert), text(step.p75SecondsToConvert),
            text(step.p90SecondsToConvert), text(step.meanSecondsToConvert));
}

void fillRow(QTreeWidgetItem* item, const QString& name, const FunnelStepResult& step, int index)
{
    const QLocale locale;
    item->setText(FunnelView::StepColumn, name);
    item->setToolTip(FunnelView::StepColumn, step.event);
    item->setText(FunnelView::UsersColumn, locale.toString(step.users));
    item->setText(FunnelView::FromFirstColumn, percent(step.conversionFromFirst));
    item->setText(
        FunnelView::FromPreviousColumn, index == 0 ? QStringLiteral("–") : percent(step.conversionFromPrevious));
    item->setText(FunnelView::MedianColumn,
        step.medianSecondsToConvert ? AnalysisReportWriter::formatDuration(*step.medianSecondsToConvert)
                                    : QStringLiteral("–"));
    item->setToolTip(FunnelView::MedianColumn, timeTooltip(step));
    for (int column = FunnelView::UsersColumn; column < FunnelView::ColumnCount; ++column)
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}
} // namespace

FunnelView::FunnelView(Session* session, AppSettings* settings, QWidget* parent)
    : AnalysisPage(session, settings, QStringLiteral("funnels"), parent)
    , m_steps(new FunnelStepEditor(this))
    , m_window(new QSpinBox(this))
    , m_windowUnit(new QComboBox(this))
    , m_order(new QComboBox(this))
    , m_exclusions(new FunnelExclusionEditor(this))
    , m_breakdown(new QLineEdit(this))
    , m_attribution(new QComboBox(this))
    , m_holdConstant(new QLineEdit(this))
    , m_chart(new FunnelChart(this))
    , m_table(new QTreeWidget(this))
    , m_histogram(new DurationHistogram(this))
    , m_histogramStep(new QComboBox(this))
    , m_personsTitle(new QLabel(this))
    , m_persons(new QListWidget(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_top(new QSplitter(Qt::Horizontal, this))
    , m_bottom(new QSplitter(Qt::Horizontal, this))
{
    // The form.
    m_windowUnit->addItem(tr("seconds"), second);
    m_windowUnit->addItem(tr("minutes"), 60 * second);
    m_windowUnit->addItem(tr("hours"), 3600 * second);
    m_windowUnit->addItem(tr("days"), day);
    m_windowUnit->addItem(tr("weeks"), 7 * day);
    m_windowUnit->setCurrentIndex(3);
    m_window->setRange(1, 366);
    m_window->setValue(7);
    m_window->setToolTip(tr("How long after step 1 the last step may happen (1 second to 366 days)"));
    m_order->addItem(tr("Ordered"), int(FunnelQuery::Order::Ordered));
    m_order->setItemData(0, tr("Steps in this order; other events may happen in between"), Qt::ToolTipRole);
    m_order->addItem(tr("Strict order"), int(FunnelQuery::Order::Strict));
    m_order->setItemData(1, tr("Steps in this order, with no other step of the funnel in between"), Qt::ToolTipRole);
    m_order->addItem(tr("Any order"), int(FunnelQuery::Order::Any));
    m_order->setItemData(2, tr("Every step within the window, in any order"), Qt::ToolTipRole);
    m_breakdown->setPlaceholderText(tr("property, e.g. category or traits.plan"));
    m_breakdown->setClearButtonEnabled(true);
    m_breakdown->setToolTip(tr("Split the funnel by a property's value: an event property (category), a user trait "
                               "(traits.plan) or a context field (context.campaign.source)"));
    m_attribution->setToolTip(tr("Whose value puts a person in a group: the first step's event, the last step reached, "
                                 "or a chosen step"));
    m_holdConstant->setPlaceholderText(tr("property, e.g. product_id"));
    m_holdConstant->setClearButtonEnabled(true);
    m_holdConstant->setToolTip(tr("Only count conversions where every step has the same value of this property "
                                  "(the same product all the way, for instance)"));
    runButton()->setDefault(true);

    auto* form = new QWidget(this);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(8, 0, 8, 0);
    formLayout->addWidget(heading(tr("Steps"), form));
    formLayout->addWidget(m_steps);
    auto* options = new QFormLayout;
    options->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* windowRow = new QHBoxLayout;
    windowRow->addWidget(m_window);
    windowRow->addWidget(m_windowUnit, 1);
    options->addRow(tr("Conversion window:"), windowRow);
    options->addRow(tr("Order:"), m_order);
    formLayout->addSpacing(6);
    formLayout->addLayout(options);
    formLayout->addSpacing(6);
    formLayout->addWidget(heading(tr("Exclusions"), form));
    formLayout->addWidget(m_exclusions);
    formLayout->addSpacing(6);
    formLayout->addWidget(heading(tr("Breakdown"), form));
    auto* breakdown = new QFormLayout;
    breakdown->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    breakdown->addRow(tr("By:"), m_breakdown);
    breakdown->addRow(tr("Attributed to:"), m_attribution);
    breakdown->addRow(tr("Hold constant:"), m_holdConstant);
    formLayout->addLayout(breakdown);
    formLayout->addSpacing(8);
    formLayout->addWidget(runButton(), 0, Qt::AlignRight);
    formLayout->addStretch(1);
    for (const QKeySequence& key : { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }) {
        auto* shortcut = new QShortcut(key, form, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &FunnelView::run);
    }

    // The results.
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({ tr("Step"), tr("Users"), tr("From first"), tr("From previous"), tr("Median time") });
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    // At most 20 steps: sizing the figures to their contents is cheap, and leaves the rest to the step names.
    for (int column = UsersColumn; column < ColumnCount; ++column) {
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        m_table->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->setToolTip(tr("Click a step to list the people who stopped there"));
    m_persons->setUniformItemSizes(true);
    m_persons->setToolTip(tr("Double-click a person to see their events in the Live stream"));
    m_personsTitle->setWordWrap(true);
    m_personsTitle->setText(tr("Click a bar or a step to see who dropped off there."));
    auto* personsHint = new QLabel(tr("Double-click a person to see their events in the Live stream."), this);
    personsHint->setWordWrap(true);
    personsHint->setForegroundRole(QPalette::PlaceholderText);

    auto* personsPane = new QWidget(this);
    auto* personsLayout = new QVBoxLayout(personsPane);
    personsLayout->setContentsMargins(4, 0, 0, 0);
    personsLayout->addWidget(m_personsTitle);
    personsLayout->addWidget(m_persons, 1);
    personsLayout->addWidget(personsHint);
    auto* histogramPane = new QWidget(this);
    auto* histogramLayout = new QVBoxLayout(histogramPane);
    histogramLayout->setContentsMargins(4, 0, 0, 0);
    auto* histogramBar = new QHBoxLayout;
    histogramBar->addWidget(new QLabel(tr("Time to convert to:"), histogramPane));
    histogramBar->addWidget(m_histogramStep, 1);
    histogramLayout->addLayout(histogramBar);
    histogramLayout->addWidget(m_histogram, 1);

    m_top->addWidget(m_chart);
    m_top->addWidget(personsPane);
    m_top->setStretchFactor(0, 3);
    m_top->setStretchFactor(1, 1);
    m_top->setSizes({ 700, 230 });
    m_bottom->addWidget(m_table);
    m_bottom->addWidget(histogramPane);
    m_bottom->setStretchFactor(0, 1);
    m_bottom->setStretchFactor(1, 1);
    m_bottom->setSizes({ 520, 420 });
    m_vertical->addWidget(m_top);
    m_vertical->addWidget(m_bottom);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_vertical->setSizes({ 460, 300 });
    setContent(form, m_vertical, 440);
    m_vertical->setObjectName(QStringLiteral("vertical"));
    m_top->setObjectName(QStringLiteral("top"));
    m_bottom->setObjectName(QStringLiteral("bottom"));
    for (QSplitter* splitter : { m_vertical, m_top, m_bottom }) {
        const QByteArray state = settings->viewState(QStringLiteral("funnels/") + splitter->objectName());
        if (!state.isEmpty())
            splitter->restoreState(state);
    }

    connect(m_windowUnit, &QComboBox::currentIndexChanged, this, &FunnelView::updateWindowRange);
    connect(m_steps, &FunnelStepEditor::stepsChanged, this, [this] {
        m_exclusions->setStepCount(m_steps->stepCount());
        updateAttributionSteps();
    });
    connect(m_breakdown, &QLineEdit::textChanged, this,
        [this](const QString& text) { m_attribution->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_chart, &FunnelChart::levelClicked, this, &FunnelView::showPersons);
    connect(m_table, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        QTreeWidgetItem* top = item->parent() ? item->parent() : item;
        showPersons(m_table->indexOfTopLevelItem(top) + 1);
    });
    connect(m_persons, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { Q_EMIT showPersonRequested(item->text()); });
    connect(m_histogramStep, &QComboBox::currentIndexChanged, this, &FunnelView::showHistogram);
    connect(m_histogramStep, &QComboBox::activated, this, [this] { m_histogramStepChosen = true; });
    connect(service(), &AnalysisService::funnelReady, this, &FunnelView::onFunnelReady);
    connect(service(), &AnalysisService::personsReady, this, &FunnelView::onPersonsReady);
    connect(service(), &AnalysisService::failed, this, [this](quint64 ticket, const QString& message) {
        if (ticket != 0 && ticket == m_personsTicket) {
            m_personsTicket = 0;
            m_personsTitle->setText(tr("The people could not be listed: %1").arg(message));
        }
    });
    m_exclusions->setStepCount(m_steps->stepCount());
    updateAttributionSteps();
    m_attribution->setEnabled(false);
}

FunnelView::~FunnelView() = default;

void FunnelView::saveState()
{
    AnalysisPage::saveState();
    for (QSplitter* splitter : { m_vertical, m_top, m_bottom })
        settings()->setViewState(QStringLiteral("funnels/") + splitter->objectName(), splitter->saveState());
}

QWidget* FunnelView::chartWidget() const
{
    return m_chart;
}

QString FunnelView::personsTitle() const
{
    return m_personsTitle->text();
}

void FunnelView::updateWindowRange()
{
    const qint64 unit = m_windowUnit->currentData().toLongLong();
    m_window->setMaximum(int(FunnelQuery::maxWindowMs / unit));
}

void FunnelView::updateAttributionSteps()
{
    const int current = m_attribution->currentData().isValid() ? m_attribution->currentData().toInt() : -1;
    const QSignalBlocker blocker(m_attribution);
    m_attribution->clear();
    m_attribution->addItem(tr("first touch (step 1)"), -1);
    m_attribution->addItem(tr("last touch (last step reached)"), -2);
    for (int step = 0; step < m_steps->stepCount(); ++step)
        m_attribution->addItem(tr("step %1").arg(step + 1), step);
    const int index = m_attribution->findData(current);
    m_attribution->setCurrentIndex(index >= 0 ? index : 0);
}

void FunnelView::eventKeysChanged()
{
    m_steps->setEventKeys(eventKeys());
    m_exclusions->setEventKeys(eventKeys());
    if (m_defaultsApplied || eventKeys().isEmpty())
        return;
    m_defaultsApplied = true;
    // The shop funnel when the store has it (the demo data does), else the two most frequent events.
    const QStringList shop { QStringLiteral("Product Viewed"), QStringLiteral("Product Added"),
        QStringLiteral("Checkout Started"), QStringLiteral("Order Completed") };
    QStringList names;
    for (const AnalysisService::EventKey& key : eventKeys())
        names.append(key.name);
    bool haveShop = true;
    for (const QString& step : shop)
        haveShop = haveShop && names.contains(step);
    m_steps->setSteps(haveShop ? shop : names.mid(0, 2));
}

bool FunnelView::buildQuery(FunnelQuery& query, QString* error) const
{
    query = FunnelQuery();
    if (!m_steps->selectors(query.steps, error))
        return false;
    query.windowMs = qint64(m_window->value()) * m_windowUnit->currentData().toLongLong();
    query.order = FunnelQuery::Order(m_order->currentData().toInt());
    if (!m_exclusions->exclusions(query.exclusions, error))
        return false;
    const QString breakdown = m_breakdown->text().trimmed();
    if (!breakdown.isEmpty()) {
        query.breakdown = PropertyPath::normalise(breakdown);
        if (query.breakdown.isEmpty()) {
            *error
                = tr("Breakdown: \"%1\" is not a property (write a name such as plan, or a path such as traits.plan).")
                      .arg(breakdown);
            return false;
        }
        const int attribution = m_attribution->currentData().toInt();
        query.attribution = attribution == -1 ? FunnelQuery::Attribution::FirstTouch
            : attribution == -2               ? FunnelQuery::Attribution::LastTouch
                                              : FunnelQuery::Attribution::Step;
        query.attributionStep = std::max(0, attribution);
    }
    const QString hold = m_holdConstant->text().trimmed();
    if (!hold.isEmpty()) {
        query.holdConstant = PropertyPath::normalise(hold);
        if (query.holdConstant.isEmpty()) {
            *error = tr("Hold constant: \"%1\" is not a property (write a name such as product_id).").arg(hold);
            return false;
        }
    }
    QString reason;
    if (!query.check(&reason)) {
        *error = tr("This funnel cannot run: %1.").arg(reason);
        return false;
    }
    return true;
}

void FunnelView::run()
{
    FunnelQuery query;
    QString error;
    if (!buildQuery(query, &error)) {
        showError(error);
        return;
    }
    startRun(service()->runFunnel(query));
}

std::function<QByteArray()> FunnelView::csvMaker() const
{
    if (m_result.steps.isEmpty())
        return {};
    return [result = m_result] { return AnalysisReportWriter::write(result, AnalysisReportWriter::Format::Csv); };
}

void FunnelView::onFunnelReady(quint64 ticket, const FunnelResult& result)
{
    if (!isCurrentRun(ticket))
        return;
    m_result = result;
    m_resultTicket = ticket;
    m_personsTicket = 0;
    m_personsLevel = -1;
    m_personsTotal = -1;
    m_persons->clear();
    m_personsTitle->setText(tr("Click a bar or a step to see who dropped off there."));
    m_chart->setResult(result);
    fillTable();
    fillHistogramSteps();

    const QLocale locale;
    const qint64 entered = result.steps.isEmpty() ? 0 : result.steps.first().users;
    const qint64 completed = result.steps.isEmpty() ? 0 : result.steps.last().users;
    QString summary
        = tr("%1 entered · %2 completed the funnel (%3) · window %4 · %5")
              .arg(locale.toString(entered), locale.toString(completed),
                  percent(result.steps.isEmpty() ? 0.0 : result.steps.last().conversionFromFirst),
                  AnalysisReportWriter::formatWindow(result.query.windowMs), orderLabel(result.query.order));
    if (!result.query.breakdown.isEmpty())
        summary += tr(" · by %1").arg(result.query.breakdown);
    finishRun(summary);
}

void FunnelView::fillTable()
{
    m_table->clear();
    m_table->setRootIsDecorated(!m_result.breakdown.isEmpty());
    for (int i = 0; i < m_result.steps.size(); ++i) {
        auto* item = new QTreeWidgetItem(m_table);
        fillRow(item, tr("%1. %2").arg(i + 1).arg(m_result.steps[i].event), m_result.steps[i], i);
        for (const FunnelBucket& bucket : std::as_const(m_result.breakdown)) {
            if (i < bucket.steps.size())
                fillRow(new QTreeWidgetItem(item), bucket.value, bucket.steps[i], i);
        }
    }
    m_table->expandAll();
}

void FunnelView::fillHistogramSteps()
{
    // The step the user picked stays picked across runs, while the funnel has it.
    const int chosen = m_histogramStepChosen ? m_histogramStep->currentData().toInt() : -1;
    const QSignalBlocker blocker(m_histogramStep);
    m_histogramStep->clear();
    int preferred = -1;
    for (int i = 1; i < m_result.steps.size(); ++i) {
        m_histogramStep->addItem(tr("step %1: %2").arg(i + 1).arg(m_result.steps[i].event), i);
        if (m_result.steps[i].users > 0)
            preferred = m_histogramStep->count() - 1; // the furthest step anybody reached
    }
    const int kept = m_histogramStep->findData(chosen);
    m_histogramStep->setCurrentIndex(kept >= 0 ? kept : preferred >= 0 ? preferred : m_histogramStep->count() - 1);
    showHistogram();
}

void FunnelView::showHistogram()
{
    const int step = m_histogramStep->currentData().toInt();
    if (step <= 0 || size_t(step) >= m_result.durationsMs.size()) {
        m_histogram->clear(tr("Time to convert appears here after a run."));
        return;
    }
    const std::vector<qint64>& durations = m_result.durationsMs[size_t(step)];
    m_histogram->setDurations(durations,
        tr("Time from step 1 to step %1 (%2 converted)")
            .arg(step + 1)
            .arg(QLocale().toString(qint64(durations.size()))));
}

void FunnelView::showPersons(int level)
{
    if (m_resultTicket == 0 || level < 1 || level > m_result.steps.size())
        return;
    m_personsLevel = level;
    m_personsTotal = -1;
    m_persons->clear();
    m_personsTitle->setText(tr("Looking them up…"));
    if (QTreeWidgetItem* item = m_table->topLevelItem(level - 1)) {
        const QSignalBlocker blocker(m_table);
        m_table->setCurrentItem(item);
    }
    m_personsTicket = service()->queryFunnelPersons(m_resultTicket, level, personsLimit);
}

void FunnelView::onPersonsReady(quint64 ticket, const QStringList& persons, qint64 total)
{
    if (ticket != m_personsTicket)
        return;
    m_personsTicket = 0;
    m_personsTotal = total;
    m_persons->clear();
    m_persons->addItems(persons);
    const int steps = int(m_result.steps.size());
    const QString count = QLocale().toString(total);
    QString title = m_personsLevel >= steps
        ? tr("<b>%1 completed the funnel.</b>").arg(count)
        : tr("<b>%1 stopped at step %2</b> (%3): they did not reach step %4.")
              .arg(count, QString::number(m_personsLevel),
                  m_result.steps.value(m_personsLevel - 1).event.toHtmlEscaped(), QString::number(m_personsLevel + 1));
    if (total > persons.size())
        title += QLatin1Char(' ') + tr("The first %1 are listed.").arg(persons.size());
    m_personsTitle->setText(title);
}

} // namespace Journey

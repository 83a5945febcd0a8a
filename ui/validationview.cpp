// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "validationview.h"

#include "appsettings.h"
#include "core/jsonformatter.h"
#include "jsonhighlighter.h"
#include "planeditordialog.h"
#include "session.h"
#include "store/eventfilter.h"
#include "store/eventrecorder.h"
#include "store/storequeryservice.h"
#include "store/storereader.h"
#include "validation/planinferrer.h"
#include "validation/validationreportwriter.h"
#include "validationtimeline.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Journey {

namespace {
const QString splitterKey = QStringLiteral("validation/splitter");
const QString headerKey = QStringLiteral("validation/header");

enum Column { NameColumn, KindColumn, EventsColumn, ErrorsColumn, WarningsColumn, ExampleColumn };
enum ItemData { EventIdData = Qt::UserRole + 1, TypeData, NameData };

QString typeLabel(EventType type, const QString& name)
{
    switch (type) {
    case EventType::Track:
        return name;
    case EventType::Page:
    case EventType::Screen:
        return QString::fromLatin1(eventTypeName(type)) + QStringLiteral(": ") + name;
    default:
        return QString::fromLatin1(eventTypeName(type));
    }
}
} // namespace

ValidationView::ValidationView(Session* session, AppSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_plan(new QLabel(this))
    , m_open(new QPushButton(tr("Open plan…"), this))
    , m_openFolder(new QPushButton(tr("Open schema folder…"), this))
    , m_infer(new QPushButton(tr("Infer plan from stored events…"), this))
    , m_stop(new QPushButton(tr("Stop checking"), this))
    , m_summary(new QLabel(this))
    , m_timeline(new ValidationTimeline(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeWidget(this))
    , m_sampleTitle(new QLabel(this))
    , m_sample(new QPlainTextEdit(this))
    , m_showInStream(new QPushButton(tr("Show in stream"), this))
{
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setToolTip(tr("A tracking plan file (docs/TRACKING-PLAN.md) or a Segment Protocols export"));
    m_openFolder->setToolTip(tr("A folder of *.json JSON Schemas, one per event, named by the event"));
    m_infer->setToolTip(tr("Build a plan from the events in the store: names, property types, required properties and "
                           "enums; edit it, then save it"));
    auto* planBar = new QHBoxLayout;
    planBar->addWidget(m_plan, 1);
    planBar->addWidget(m_open);
    planBar->addWidget(m_openFolder);
    planBar->addWidget(m_infer);
    planBar->addWidget(m_stop);

    m_tree->setColumnCount(6);
    m_tree->setHeaderLabels({ tr("Event"), tr("Problem"), tr("Events"), tr("Errors"), tr("Warnings"), tr("Example") });
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(NameColumn, 230);
    m_tree->header()->resizeSection(KindColumn, 170);
    for (int column : { EventsColumn, ErrorsColumn, WarningsColumn })
        m_tree->header()->resizeSection(column, 70);

    new JsonHighlighter(m_sample->document());
    m_sample->setReadOnly(true);
    m_sampleTitle->setWordWrap(true);
    m_showInStream->setEnabled(false);
    auto* samplePane = new QWidget(this);
    auto* sampleLayout = new QVBoxLayout(samplePane);
    sampleLayout->setContentsMargins(4, 0, 0, 0);
    sampleLayout->addWidget(m_sampleTitle);
    sampleLayout->addWidget(m_sample, 1);
    sampleLayout->addWidget(m_showInStream, 0, Qt::AlignRight);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(samplePane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(planBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_timeline);
    layout->addWidget(m_splitter, 1);

    if (!settings->viewState(splitterKey).isEmpty())
        m_splitter->restoreState(settings->viewState(splitterKey));
    if (!settings->viewState(headerKey).isEmpty())
        m_tree->header()->restoreState(settings->viewState(headerKey));

    connect(m_open, &QPushButton::clicked, this, [this] { openPlan(false); });
    connect(m_openFolder, &QPushButton::clicked, this, [this] { openPlan(true); });
    connect(m_infer, &QPushButton::clicked, this, &ValidationView::inferPlan);
    connect(m_stop, &QPushButton::clicked, this, [this] { m_session->setValidationPlan(QString()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ValidationView::onSelectionChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (const qint64 id = item->data(NameColumn, EventIdData).toLongLong())
            Q_EMIT showEventRequested(id, EventType(item->data(NameColumn, TypeData).toInt()),
                item->data(NameColumn, NameData).toString());
    });
    connect(m_showInStream, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_tree->currentItem())
            Q_EMIT m_tree->itemDoubleClicked(item, NameColumn);
    });
    connect(session, &Session::validatorChanged, this, &ValidationView::updatePlan);
    connect(session, &Session::connectorStarted, this, &ValidationView::updatePlan);
    connect(session, &Session::validationPlanSaved, this, [this](bool ok, const QString& error) {
        if (!ok)
            m_plan->setText(tr("<b>The plan was not saved:</b> %1").arg(error.toHtmlEscaped()));
    });
    connect(session->queries(), &StoreQueryService::validationSummaryReady, this, &ValidationView::onSummaryReady);
    connect(session->queries(), &StoreQueryService::pageReady, this, &ValidationView::onPageReady);
    connect(session->queries(), &StoreQueryService::validationReady, this,
        [this](quint64, qint64 eventId, ValidationState, const QList<PlanViolation>& violations) {
            if (eventId != m_sampleId || violations.isEmpty())
                return;
            QStringList lines;
            for (const PlanViolation& violation : violations)
                lines << QStringLiteral("• ") + ValidationReportWriter::describe(violation);
            m_sampleTitle->setText(tr("Event %1 (the newest with this problem):").arg(eventId) + QLatin1Char('\n')
                + lines.join(QLatin1Char('\n')));
        });
    // New results while the page is open: refresh at most once a second.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ValidationView::refresh);
    connect(session->recorder(), &EventRecorder::committed, this, [this] {
        if (isVisible() && m_session->validator() && !m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    connect(session, &Session::storeOpened, this, &ValidationView::refresh);
    updatePlan();
}

ValidationView::~ValidationView() = default;

void ValidationView::saveState()
{
    m_settings->setViewState(splitterKey, m_splitter->saveState());
    m_settings->setViewState(headerKey, m_tree->header()->saveState());
}

QString ValidationView::planText() const
{
    return m_plan->text();
}

QString ValidationView::summaryText() const
{
    return m_summary->text();
}

QString ValidationView::sampleText() const
{
    return m_sampleTitle->text() + QLatin1Char('\n') + m_sample->toPlainText();
}

void ValidationView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ValidationView::refresh()
{
    if (m_session->isStoreOpen())
        m_summaryTicket = m_session->queries()->queryValidationSummary();
}

void ValidationView::updatePlan()
{
    const QString path = m_session->config().validationPlan;
    const EventValidatorPtr validator = m_session->validator();
    m_stop->setEnabled(!path.isEmpty());
    if (!validator || !validator->isActive()) {
        if (!path.isEmpty() && !m_session->connectorError().isEmpty())
            m_plan->setText(tr("<b>The tracking plan cannot be used:</b> %1").arg(m_session->connectorError().toHtmlEscaped()));
        else
            m_plan->setText(tr("<b>No tracking plan.</b> New events are not checked: open a plan, a folder of schemas, "
                               "or infer one from the events already stored."));
        return;
    }
    QString text;
    if (const PlanValidator* plan = validator->plan()) {
        const TrackingPlan& tracking = plan->plan();
        const qsizetype planned = tracking.events.size() + tracking.pages.size() + tracking.screens.size();
        text = tr("<b>Tracking plan %1</b> %2 · %n event(s) planned", nullptr, int(planned))
                   .arg((tracking.name.isEmpty() ? QFileInfo(path).fileName() : tracking.name).toHtmlEscaped(),
                       tracking.version.toHtmlEscaped());
        text += QStringLiteral(" · <span style=\"color:gray\">%1</span>").arg(path.toHtmlEscaped());
    } else {
        text = tr("<b>No tracking plan</b>");
    }
    if (!validator->linter().isEmpty())
        text += tr(" · provider lints: %1").arg(validator->linter().providers().join(QStringLiteral(", ")));
    text += tr(" · new events are checked as they arrive");
    m_plan->setText(text);
    refresh();
}

void ValidationView::onSummaryReady(quint64 ticket, const ValidationSummary& summary)
{
    if (ticket != m_summaryTicket)
        return;
    const QLocale locale;
    if (summary.checked == 0) {
        m_summary->setText(tr("No checked events in the store yet."));
    } else {
        m_summary->setText(tr("%1 events checked · <span style=\"color:#c62828\">%2 with errors</span> · "
                              "<span style=\"color:#b26a00\">%3 with warnings only</span> · %4 valid")
                               .arg(locale.toString(summary.checked), locale.toString(summary.withErrors),
                                   locale.toString(summary.withWarnings),
                                   locale.toString(summary.checked - summary.withErrors - summary.withWarnings)));
    }
    m_timeline->setCounts(summary.perMinute);

    // Keep the selection and the expanded groups across refreshes.
    QString selectedKey;
    if (QTreeWidgetItem* current = m_tree->currentItem())
        selectedKey = current->data(NameColumn, NameData).toString() + QLatin1Char('\x1f') + current->text(KindColumn);
    QSet<QString> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (!m_tree->topLevelItem(i)->isExpanded())
            collapsed.insert(m_tree->topLevelItem(i)->text(NameColumn));
    }
    const bool firstFill = m_tree->topLevelItemCount() == 0;
    m_tree->clear();
    QTreeWidgetItem* group = nullptr;
    QTreeWidgetItem* toSelect = nullptr;
    const auto tint = [](QTreeWidgetItem* item, qint64 errors, qint64 warnings) {
        const QColor color = errors > 0 ? QColor(0xc6, 0x28, 0x28) : warnings > 0 ? QColor(0xb2, 0x6a, 0x00) : QColor();
        if (color.isValid()) {
            item->setForeground(ErrorsColumn, errors > 0 ? color : QColor());
            item->setForeground(WarningsColumn, warnings > 0 ? QColor(0xb2, 0x6a, 0x00) : QColor());
        }
    };
    for (const ValidationSummary::Row& row : summary.rows) {
        QTreeWidgetItem* item = nullptr;
        if (row.kind.isEmpty()) {
            group = new QTreeWidgetItem(m_tree);
            item = group;
            item->setText(NameColumn, typeLabel(row.type, row.name));
            item->setText(KindColumn, row.errors + row.warnings == 0 ? tr("follows the plan") : QString());
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
        } else {
            item = new QTreeWidgetItem(group);
            item->setText(KindColumn, row.provider.isEmpty() ? row.kind : row.kind + QStringLiteral(" (") + row.provider + QLatin1Char(')'));
            item->setText(ExampleColumn, row.sampleMessage);
            item->setToolTip(ExampleColumn, row.sampleMessage);
        }
        item->setText(EventsColumn, locale.toString(row.events));
        item->setText(ErrorsColumn, locale.toString(row.errors));
        item->setText(WarningsColumn, locale.toString(row.warnings));
        for (int column : { EventsColumn, ErrorsColumn, WarningsColumn })
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        tint(item, row.errors, row.warnings);
        item->setData(NameColumn, EventIdData, row.sampleEventId);
        item->setData(NameColumn, TypeData, int(row.type));
        item->setData(NameColumn, NameData, row.name);
        if (row.name + QLatin1Char('\x1f') + item->text(KindColumn) == selectedKey)
            toSelect = item;
    }
    // Where the trouble is first: events with errors, then with warnings, each by count, then the clean ones by name.
    QList<QTreeWidgetItem*> groups;
    while (m_tree->topLevelItemCount() > 0)
        groups.append(m_tree->takeTopLevelItem(0));
    const auto count = [](const QTreeWidgetItem* item, int column) { return QLocale().toLongLong(item->text(column)); };
    std::stable_sort(groups.begin(), groups.end(), [&](const QTreeWidgetItem* a, const QTreeWidgetItem* b) {
        return std::make_tuple(-count(a, ErrorsColumn), -count(a, WarningsColumn), a->text(NameColumn))
            < std::make_tuple(-count(b, ErrorsColumn), -count(b, WarningsColumn), b->text(NameColumn));
    });
    m_tree->addTopLevelItems(groups);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        top->setExpanded(firstFill ? top->childCount() > 0 : !collapsed.contains(top->text(NameColumn)));
    }
    if (!toSelect) {
        // Start where the trouble is: the first kind of violation of the first event with errors.
        for (int i = 0; i < m_tree->topLevelItemCount() && !toSelect; ++i) {
            QTreeWidgetItem* top = m_tree->topLevelItem(i);
            for (int c = 0; c < top->childCount() && !toSelect; ++c) {
                if (top->child(c)->text(ErrorsColumn) != QLatin1String("0"))
                    toSelect = top->child(c);
            }
        }
    }
    if (toSelect)
        m_tree->setCurrentItem(toSelect);
}

void ValidationView::onSelectionChanged()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    const qint64 id = item ? item->data(NameColumn, EventIdData).toLongLong() : 0;
    m_showInStream->setEnabled(id > 0);
    if (id == m_sampleId)
        return;
    m_sampleId = id;
    m_sample->clear();
    if (id == 0) {
        m_sampleTitle->setText(item ? tr("Every event of this name follows the plan.") : QString());
        return;
    }
    m_sampleTitle->setText(tr("Loading event %1…").arg(id));
    // The sample event itself: the newest event at or below its id.
    m_sampleTicket = m_session->queries()->queryPage(EventFilter(), id + 1, 1, this);
    m_session->queries()->queryValidation(id);
}

void ValidationView::onPageReady(quint64 ticket, EventBatchPtr events, bool)
{
    if (ticket != m_sampleTicket || !events || events->isEmpty() || events->id(events->size() - 1) != m_sampleId)
        return;
    m_sample->setPlainText(QString::fromUtf8(JsonFormatter::indent(events->payload(events->size() - 1).toByteArray())));
}

void ValidationView::openPlan(bool folder)
{
    const QString start = QFileInfo(m_session->config().validationPlan).absolutePath();
    const QString path = folder
        ? QFileDialog::getExistingDirectory(this, tr("Folder of JSON Schemas named by event"), start)
        : QFileDialog::getOpenFileName(this, tr("Open a tracking plan"), start, tr("Tracking plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_plan->setText(tr("Loading %1…").arg(path.toHtmlEscaped()));
    m_session->setValidationPlan(path);
}

void ValidationView::inferPlan()
{
    m_infer->setEnabled(false);
    m_infer->setText(tr("Inferring…"));
    const QString storePath = m_session->storePath();
    QPointer<ValidationView> guard(this);
    QThreadPool::globalInstance()->start([guard, storePath] {
        PlanInferrer inferrer;
        QString error;
        StoreReader reader(storePath);
        bool ok = reader.open(true, &error);
        ok = ok
            && reader.scan(
                EventFilter(), true,
                [&](const EventBatch& events) {
                    for (int i = 0; i < events.size(); ++i)
                        inferrer.add(QJsonDocument::fromJson(events.payload(i).toByteArray()).object());
                    return true;
                },
                &error);
        const QByteArray json = ok ? QJsonDocument(inferrer.plan().toJson()).toJson(QJsonDocument::Indented) : QByteArray();
        const qint64 count = inferrer.eventCount();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, json, count, error] {
                if (guard)
                    guard->onInferred(json, count, error);
            },
            Qt::QueuedConnection);
    });
}

void ValidationView::onInferred(const QByteArray& planJson, qint64 events, const QString& error)
{
    m_infer->setEnabled(true);
    m_infer->setText(tr("Infer plan from stored events…"));
    if (planJson.isEmpty()) {
        m_plan->setText(tr("<b>No plan could be inferred:</b> %1").arg(error.toHtmlEscaped()));
        return;
    }
    PlanEditorDialog dialog(planJson,
        tr("Inferred from %n stored event(s): every event name seen, property types, required = present every time, "
           "enums for strings with few values. Edit it, then save it; new events are checked against it.",
            nullptr, int(events)),
        this);
    if (dialog.exec() == QDialog::Accepted)
        savePlan(dialog.planJson());
}

void ValidationView::savePlan(const QByteArray& planJson)
{
    const QString suggested = QFileInfo(m_session->configPath()).absoluteDir().filePath(QStringLiteral("tracking-plan.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the tracking plan"), suggested, tr("Tracking plans (*.json)"));
    if (path.isEmpty())
        return;
    QPointer<ValidationView> guard(this);
    QThreadPool::globalInstance()->start([guard, path, planJson] {
        QSaveFile file(path);
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(planJson) == planJson.size() && file.commit();
        const QString error = ok ? QString() : file.errorString();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, ok, path, error] {
                if (!guard)
                    return;
                if (!ok)
                    guard->m_plan->setText(tr("<b>The plan was not saved:</b> %1").arg(error.toHtmlEscaped()));
                else
                    guard->m_session->setValidationPlan(path);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "liveview.h"

#include "appsettings.h"
#include "core/jsonformatter.h"
#include "eventinspector.h"
#include "eventtypedelegate.h"
#include "validationtintdelegate.h"
#include "filterbar.h"
#include "models/eventlistmodel.h"
#include "session.h"
#include "store/eventrecorder.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QMenu>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Journey {

namespace {
// How often the view catches up with the tail (Wireshark's tail update interval).
constexpr int tailIntervalMs = 100;
}

LiveView::LiveView(Session* session, AppSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_model(new EventListModel(session->queries(), this))
    , m_filterBar(new FilterBar(this))
    , m_pause(new QToolButton(this))
    , m_follow(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_hint(new QLabel(m_table->viewport()))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_inspector(new EventInspector(session->queries(), this))
{
    m_model->setCapacity(settings->liveCapacity());
    connect(settings, &AppSettings::liveCapacityChanged, m_model, &EventListModel::setCapacity);

    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold new events back (they are still stored) — Space"));
    m_pause->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_follow->setText(tr("Follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest event in view"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setItemDelegate(new ValidationTintDelegate(m_table));
    m_table->setItemDelegateForColumn(EventListModel::TypeColumn, new EventTypeDelegate(m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    const int columnWidths[] = { 150, 150, 90, 190, 120, 170, 140, 220 }; // Source fits "Google Analytics 4"
    for (int column = 0; column < EventListModel::ColumnCount; ++column)
        header->resizeSection(column, columnWidths[column]);
    header->setSectionHidden(EventListModel::TimestampColumn, true);
    if (!settings->liveHeaderState().isEmpty())
        header->restoreState(settings->liveHeaderState());

    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_table->viewport()->installEventFilter(this);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!settings->liveSplitterState().isEmpty())
        m_splitter->restoreState(settings->liveSplitterState());

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filterBar, 1);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_pause);
    toolbar->addWidget(m_follow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(toolbar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &EventListModel::setFilter);
    connect(m_pause, &QToolButton::toggled, this, &LiveView::setPaused);
    connect(m_follow, &QToolButton::toggled, this, &LiveView::setFollowing);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LiveView::onSelectionChanged);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &LiveView::onScrolled);
    connect(m_model, &EventListModel::olderRowsInserted, this, &LiveView::onOlderRowsInserted);
    connect(m_model, &EventListModel::liveRowsAppended, this, [this] { m_rowsAddedSinceTail = true; });
    connect(m_model, &EventListModel::modelReset, this, [this] {
        m_inspector->clear();
        m_rowsAddedSinceTail = true;
        updateHint();
    });
    connect(m_model, &EventListModel::rowsInserted, this, &LiveView::updateHint);
    connect(m_model, &EventListModel::rowsInserted, this, &LiveView::selectPendingFocus);
    connect(m_model, &EventListModel::modelReset, this, &LiveView::selectPendingFocus, Qt::QueuedConnection);
    connect(m_model, &EventListModel::loadingChanged, this, &LiveView::updateHint);
    connect(m_model, &EventListModel::heldBackCountChanged, this, &LiveView::updateHint);
    connect(m_model, &EventListModel::loadFailed, this, [this](const QString& message) {
        m_status->setText(tr("Could not read the store: %1").arg(message));
    });
    // Live events come straight from the recorder's commits.
    connect(session->recorder(), &EventRecorder::committed, m_model, &EventListModel::appendCommitted);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &LiveView::showContextMenu);

    auto* pauseShortcut = new QShortcut(QKeySequence(Qt::Key_Space), m_table);
    connect(pauseShortcut, &QShortcut::activated, this, [this] { setPaused(!isPaused()); });
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, m_filterBar, &FilterBar::focusSearch);

    m_tailTimer.setInterval(tailIntervalMs);
    connect(&m_tailTimer, &QTimer::timeout, this, &LiveView::onTailTimer);
    m_tailTimer.start();
    setFollowing(settings->followTail());
    updateHint();
}

LiveView::~LiveView() = default;

bool LiveView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_hint->resize(m_table->viewport()->size());
    return QWidget::eventFilter(watched, event);
}

void LiveView::saveState()
{
    m_settings->setLiveSplitterState(m_splitter->saveState());
    m_settings->setLiveHeaderState(m_table->horizontalHeader()->saveState());
}

bool LiveView::isPaused() const
{
    return m_model->isPaused();
}

void LiveView::setPaused(bool paused)
{
    if (paused == m_model->isPaused())
        return;
    m_model->setPaused(paused);
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    updateHint();
    Q_EMIT pausedChanged(paused);
}

void LiveView::setFollowing(bool follow)
{
    if (m_following == follow && m_follow->isChecked() == follow)
        return;
    m_following = follow;
    m_follow->setChecked(follow);
    m_model->setTrimAllowed(follow);
    m_settings->setFollowTail(follow);
    if (follow)
        m_table->scrollToBottom();
    Q_EMIT followingChanged(follow);
}

void LiveView::setCollectorUrl(const QString& url)
{
    m_collectorUrl = url;
    updateHint();
}

void LiveView::onTailTimer()
{
    if (!m_following || !m_rowsAddedSinceTail)
        return;
    m_rowsAddedSinceTail = false;
    m_adjustingScroll = true;
    m_table->scrollToBottom();
    m_adjustingScroll = false;
}

void LiveView::onScrolled(int value)
{
    if (m_adjustingScroll)
        return;
    QScrollBar* bar = m_table->verticalScrollBar();
    // Scrolling away from the bottom stops following; scrolling back to it resumes.
    const bool atBottom = value >= bar->maximum() - 2;
    if (m_following != atBottom && bar->maximum() > 0 && !m_model->isLoading())
        setFollowing(atBottom);
    if (value == bar->minimum() && bar->maximum() > 0 && m_model->hasOlder())
        m_model->fetchOlder();
}

void LiveView::onOlderRowsInserted(int count)
{
    // Keep the rows the user was looking at in place.
    m_adjustingScroll = true;
    QScrollBar* bar = m_table->verticalScrollBar();
    bar->setValue(bar->value() + count);
    m_adjustingScroll = false;
    updateHint();
}

void LiveView::focusEvent(qint64 id, EventType type, const QString& name)
{
    m_filterBar->clear();
    if (type == EventType::Track || type == EventType::Page || type == EventType::Screen)
        m_filterBar->setName(name);
    m_filterBar->setValidationStates((1u << quint32(ValidationState::Invalid)) | (1u << quint32(ValidationState::Warning)));
    setFollowing(false);
    m_pendingFocus = id;
    selectPendingFocus();
}

void LiveView::revealEvent(qint64 id, const QString& identity)
{
    m_filterBar->clear();
    m_filterBar->setIdentity(identity);
    setFollowing(false);
    m_pendingFocus = id;
    selectPendingFocus();
}

void LiveView::selectPendingFocus()
{
    if (m_pendingFocus == 0)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(EventListModel::EventIdRole).toLongLong() != m_pendingFocus)
            continue;
        m_pendingFocus = 0;
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return;
    }
}

void LiveView::onSelectionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_inspector->clear();
        return;
    }
    m_inspector->setEvent(m_model->eventAt(current.row()));
}

void LiveView::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    const Event event = m_model->eventAt(index.row());
    QMenu menu(this);
    menu.addAction(tr("Copy JSON"), this, [event] {
        QApplication::clipboard()->setText(QString::fromUtf8(JsonFormatter::indent(event.json)));
    });
    menu.addAction(tr("Copy message ID"), this, [event] { QApplication::clipboard()->setText(event.messageId); });
    menu.addSeparator();
    if (!event.name.isEmpty())
        menu.addAction(tr("Show only “%1”").arg(event.name), this, [this, event] { m_filterBar->setName(event.name); });
    const QString identity = event.userId.isEmpty() ? event.anonymousId : event.userId;
    if (!identity.isEmpty())
        menu.addAction(tr("Show only %1's events").arg(identity), this, [this, identity] { m_filterBar->setIdentity(identity); });
    menu.addSeparator();
    menu.addAction(tr("Save matching events as a capture…"), this, [this] { Q_EMIT saveCaptureRequested(m_model->filter()); });
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void LiveView::updateHint()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty && !m_model->isLoading()) {
        const QString url = m_collectorUrl.isEmpty() ? QStringLiteral("http://127.0.0.1:8787") : m_collectorUrl;
        m_hint->setText(m_model->filter().isEmpty()
                ? tr("<h3>Waiting for events</h3><p>Point a Segment or RudderStack SDK at <b>%1</b><br>"
                     "(for example <code>new Analytics({ writeKey, host: '%1' })</code>),<br>or try:</p>"
                     "<p><code>curl -X POST %1/v1/track -d '{\"userId\":\"u1\",\"event\":\"Hello\"}'</code></p>")
                      .arg(url.toHtmlEscaped())
                : tr("<h3>No events match the filter</h3><p>Change or clear the filter to see more.</p>"));
        m_hint->resize(m_table->viewport()->size());
        m_hint->show();
    } else {
        m_hint->hide();
    }
    QString status;
    if (m_model->isLoading())
        status = tr("Loading from the store…");
    else
        status = tr("%n event(s) shown", nullptr, m_model->rowCount());
    if (m_model->hasOlder())
        status += tr(" · scroll up for older events");
    if (m_model->isPaused())
        status += tr(" · paused: %n new event(s) held back", nullptr, m_model->heldBackCount());
    m_status->setText(status);
}

} // namespace Journey

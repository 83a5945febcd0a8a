// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "sessionsview.h"

#include "analysis/analysisreportwriter.h"
#include "appsettings.h"
#include "capture/capture.h"
#include "core/timestamp.h"
#include "eventinspector.h"
#include "models/sessionlistmodel.h"
#include "session.h"
#include "sessiontimeline.h"
#include "sessionvalidationdelegate.h"
#include "store/storedrequest.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Journey {

namespace {
constexpr int gapDebounceMs = 350;
const QString stateKey = QStringLiteral("sessions");
} // namespace

SessionsView::SessionsView(Session* session, AppSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_service(new SessionQueryService(session->storePath(), this))
    , m_model(new SessionListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_person(new QLineEdit(this))
    , m_gap(new QSpinBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_openCapture(new QPushButton(tr("Open capture…"), this))
    , m_backToStore(new QPushButton(tr("Show the store"), this))
    , m_source(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_leftSplitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_replay(new QPushButton(tr("Replay…"), this))
    , m_timelineScroll(new QScrollArea(this))
    , m_timeline(new SessionTimeline(this))
    , m_inspector(new EventInspector(session->queries(), this))
{
    m_person->setPlaceholderText(tr("Person: userId or anonymousId"));
    m_person->setClearButtonEnabled(true);
    m_person->setToolTip(tr("Show the sessions of people one of whose ids contains this text"));
    m_person->setMinimumWidth(240);
    m_gap->setRange(1, 24 * 60);
    m_gap->setValue(30);
    m_gap->setSuffix(tr(" min"));
    m_gap->setToolTip(tr("Events without a provider session id start a new session after this long without an "
                         "event (30 minutes, as Google Analytics and Amplitude do)"));
    m_refresh->setToolTip(tr("Read the events that arrived since (F5; Shift+click reads the whole store again)"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_openCapture->setToolTip(tr("Show the sessions of a capture file or canonical NDJSON instead of the store"));
    m_backToStore->setToolTip(tr("Show the sessions of the store again"));
    m_backToStore->hide();
    m_source->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_replay->setToolTip(tr("Replay this session's events (to a provider, the collector or a URL)"));
    m_replay->setEnabled(false);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SessionListModel::SortRole);
    m_proxy->setFilterRole(SessionListModel::PersonIdsRole);
    m_proxy->setFilterKeyColumn(SessionListModel::PersonColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionListModel::StartColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegate(new SessionValidationDelegate(m_table));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const int widths[] = { 140, 150, 70, 55, 50, 170, 110, 140 };
    for (int column = 0; column < SessionListModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);

    m_timeline->setToolTip(QString());
    m_timelineScroll->setWidget(m_timeline);
    m_timelineScroll->setWidgetResizable(true);
    m_timelineScroll->setFrameShape(QFrame::NoFrame);
    m_timelineScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* timelinePanel = new QWidget(this);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_replay, 0, Qt::AlignTop);
    auto* timelineLayout = new QVBoxLayout(timelinePanel);
    timelineLayout->setContentsMargins(0, 4, 4, 0);
    timelineLayout->addLayout(summaryRow);
    timelineLayout->addWidget(m_timelineScroll, 1);
    // The sessions above their timeline on the left; the inspector for the event picked on the timeline on the right.
    m_leftSplitter->addWidget(m_table);
    m_leftSplitter->addWidget(timelinePanel);
    m_leftSplitter->setStretchFactor(0, 1);
    m_leftSplitter->setStretchFactor(1, 0);
    m_leftSplitter->setSizes({ 420, 300 });
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 980, 440 });
    const QByteArray splitterState = settings->viewState(stateKey + QStringLiteral("/splitter"));
    if (!splitterState.isEmpty())
        m_splitter->restoreState(splitterState);
    const QByteArray detailState = settings->viewState(stateKey + QStringLiteral("/left"));
    if (!detailState.isEmpty())
        m_leftSplitter->restoreState(detailState);
    const QByteArray headerState = settings->viewState(stateKey + QStringLiteral("/header"));
    if (!headerState.isEmpty())
        header->restoreState(headerState);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(m_person);
    toolbar->addSpacing(8);
    auto* gapLabel = new QLabel(tr("New session after"), this);
    gapLabel->setBuddy(m_gap);
    toolbar->addWidget(gapLabel);
    toolbar->addWidget(m_gap);
    toolbar->addWidget(new QLabel(tr("of inactivity"), this));
    toolbar->addSpacing(8);
    toolbar->addWidget(m_refresh);
    toolbar->addWidget(m_openCapture);
    toolbar->addWidget(m_backToStore);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_source);
    toolbar->addStretch(1);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(toolbar);
    layout->addLayout(statusRow);
    layout->addWidget(m_splitter, 1);

    m_gapDebounce.setSingleShot(true);
    m_gapDebounce.setInterval(gapDebounceMs);
    connect(&m_gapDebounce, &QTimer::timeout, this, &SessionsView::refresh);
    connect(m_gap, &QSpinBox::valueChanged, this, [this] { m_gapDebounce.start(); });
    connect(m_person, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateStatus();
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (QApplication::keyboardModifiers() & Qt::ShiftModifier)
            m_service->invalidate();
        refresh();
    });
    connect(m_openCapture, &QPushButton::clicked, this, &SessionsView::askForCapture);
    connect(m_backToStore, &QPushButton::clicked, this, &SessionsView::showStore);
    connect(m_replay, &QPushButton::clicked, this, &SessionsView::requestReplay);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SessionsView::onSelectionChanged);
    connect(m_timeline, &SessionTimeline::currentChanged, this, &SessionsView::onTimelineCurrentChanged);
    connect(m_timeline, &SessionTimeline::eventActivated, this, &SessionsView::onTimelineActivated);
    connect(m_service, &SessionQueryService::sessionsReady, this, &SessionsView::onSessionsReady);
    connect(m_service, &SessionQueryService::sessionEventsReady, this, &SessionsView::onSessionEventsReady);
    connect(m_service, &SessionQueryService::captureLoaded, this, &SessionsView::onCaptureLoaded);
    connect(m_service, &SessionQueryService::failed, this, &SessionsView::onFailed);
    connect(m_service, &SessionQueryService::progress, this, [this](quint64 ticket, int percent, const QString& stage) {
        if (ticket != m_sessionsTicket && ticket != m_captureTicket)
            return;
        m_progress->show();
        m_progress->setValue(percent);
        setStatus(tr("%1…").arg(stage), false);
    });
    connect(session, &Session::storeOpened, this, [this] {
        if (isVisible())
            refresh();
    });
    updateSummary();
    updateStatus();
}

SessionsView::~SessionsView() = default;

void SessionsView::saveState()
{
    m_settings->setViewState(stateKey + QStringLiteral("/splitter"), m_splitter->saveState());
    m_settings->setViewState(stateKey + QStringLiteral("/left"), m_leftSplitter->saveState());
    m_settings->setViewState(stateKey + QStringLiteral("/header"), m_table->horizontalHeader()->saveState());
}

void SessionsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void SessionsView::refresh()
{
    m_gapDebounce.stop();
    if (!m_capture && !m_session->isStoreOpen())
        return;
    if (m_sessionsTicket)
        m_service->cancel(m_sessionsTicket);
    Sessionizer::Options options;
    options.gapMs = qint64(m_gap->value()) * 60'000;
    m_error.clear();
    m_sessionsTicket = m_capture ? m_service->querySessions(options, m_capture) : m_service->querySessions(options);
    updateStatus();
}

void SessionsView::askForCapture()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open capture"), QString(),
        tr("Captures and canonical NDJSON (*.ndjson *.jsonl *.capture *.gz *.json);;All files (*)"));
    if (!path.isEmpty())
        openCapture(path);
}

void SessionsView::openCapture(const QString& path)
{
    if (m_captureTicket)
        m_service->cancel(m_captureTicket);
    m_error.clear();
    m_captureTicket = m_service->loadCapture(path);
    setStatus(tr("Reading %1…").arg(QFileInfo(path).fileName()), false);
}

void SessionsView::showStore()
{
    m_capture.reset();
    m_capturePath.clear();
    m_backToStore->hide();
    m_source->clear();
    m_model->setSessions({});
    m_shownSession = -1;
    m_timeline->clear(tr("Select a session to see its events on a time line."));
    m_inspector->clear();
    updateSummary();
    refresh();
}

void SessionsView::onCaptureLoaded(quint64 ticket, const CapturePtr& capture, const QString& path)
{
    if (ticket != m_captureTicket)
        return;
    m_captureTicket = 0;
    m_capture = capture;
    m_capturePath = path;
    m_backToStore->show();
    m_source->setText(tr("Capture: %1").arg(QFileInfo(path).fileName()));
    m_source->setToolTip(path);
    m_model->setSessions({});
    m_shownSession = -1;
    m_timeline->clear(tr("Select a session to see its events on a time line."));
    m_inspector->clear();
    updateSummary();
    refresh();
}

void SessionsView::onSessionsReady(quint64 ticket, const SessionListPtr& sessions)
{
    if (ticket != m_sessionsTicket)
        return;
    m_sessionsTicket = 0;
    m_progress->hide();
    // Keep the session on display selected when it is still there (same person, same first event).
    QString shownPerson;
    qint64 shownFirst = 0;
    if (const PersonSession* shown = selectedSession()) {
        shownPerson = m_model->sessions()->person(shown->person).id;
        shownFirst = shown->eventIds.front();
    }
    m_shownSession = -2; // while the model resets and the row is selected again: onSelectionChanged() waits
    m_model->setSessions(sessions);
    int keep = -1;
    if (!shownPerson.isEmpty()) {
        for (int i = 0; i < sessions->size(); ++i) {
            if (sessions->at(i).eventIds.front() == shownFirst && sessions->personOf(i) == shownPerson) {
                keep = i;
                break;
            }
        }
    }
    if (keep >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(keep, 0));
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        const PersonSession& now = sessions->at(keep);
        if (m_timeline->eventCount() == now.eventCount) {
            m_shownSession = keep; // the same events: the timeline and the inspector stay as they are
        } else {
            m_shownSession = -1;
            onSelectionChanged();
        }
    } else {
        m_shownSession = -1;
        m_timeline->clear(
            sessions->isEmpty() ? tr("No sessions.") : tr("Select a session to see its events on a time line."));
        m_inspector->clear();
    }
    updateSummary();
    updateStatus();
    Q_EMIT sessionsShown();
}

void SessionsView::onFailed(quint64 ticket, const QString& message)
{
    if (ticket == m_sessionsTicket)
        m_sessionsTicket = 0;
    else if (ticket == m_eventsTicket)
        m_eventsTicket = 0;
    else if (ticket == m_captureTicket)
        m_captureTicket = 0;
    else
        return;
    m_progress->hide();
    m_error = message;
    updateStatus();
}

const PersonSession* SessionsView::selectedSession() const
{
    return m_shownSession >= 0 ? m_model->sessionAt(m_shownSession) : nullptr;
}

void SessionsView::selectRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void SessionsView::onSelectionChanged()
{
    if (m_shownSession == -2)
        return; // onSessionsReady() decides
    const QModelIndex current = m_table->currentIndex();
    const int index = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    if (index == m_shownSession && index >= 0)
        return;
    m_shownSession = index;
    m_inspector->clear();
    const PersonSession* shown = selectedSession();
    updateSummary();
    if (!shown) {
        m_timeline->clear(tr("Select a session to see its events on a time line."));
        return;
    }
    if (m_eventsTicket)
        m_service->cancel(m_eventsTicket);
    m_timeline->clear(tr("Loading %1 events…").arg(QLocale().toString(shown->eventCount)));
    m_eventsTicket = m_service->querySessionEvents(*shown, m_capture);
}

void SessionsView::requestReplay()
{
    const PersonSession* shown = selectedSession();
    const EventBatchPtr& events = m_timeline->events();
    if (!shown || !events || events->isEmpty())
        return;
    auto capture = std::make_shared<Capture>();
    capture->info.name = tr("Session of %1").arg(m_model->sessions()->person(shown->person).id);
    capture->info.createdAt = Timestamp::nowMs();
    capture->info.origin = m_capture ? m_capture->info.origin : QStringLiteral("store");
    // From a capture, the session's events keep the requests they came in (a request is replayed as it was only
    // when all of its events are in the session); from the store, they go in Segment's format.
    auto requestOf = [&](int k) {
        if (!m_capture || size_t(k) >= shown->eventIds.size())
            return -1;
        const int position = Sessionizer::indexInCapture(*m_capture, shown->eventIds[size_t(k)]);
        return position >= 0 ? m_capture->requestIndex(position) : -1;
    };
    int i = 0;
    while (i < events->size()) {
        const int request = requestOf(i);
        if (request < 0) {
            capture->addEvent(*events, i++);
            continue;
        }
        int end = i + 1;
        while (end < events->size() && requestOf(end) == request)
            ++end;
        capture->addRequest(m_capture->request(request), *events, i, end - i);
        i = end;
    }
    Q_EMIT replayRequested(capture);
}

void SessionsView::onSessionEventsReady(quint64 ticket, const EventBatchPtr& events)
{
    if (ticket != m_eventsTicket)
        return;
    m_eventsTicket = 0;
    m_timeline->setEvents(events);
    updateStatus();
    Q_EMIT timelineShown();
}

void SessionsView::onTimelineCurrentChanged(int index)
{
    const EventBatchPtr& events = m_timeline->events();
    if (!events || index < 0) {
        m_inspector->clear();
        return;
    }
    const Event event = events->event(index);
    const PersonSession* shown = selectedSession();
    if (!m_capture || !shown || size_t(index) >= shown->eventIds.size()) {
        m_inspector->setEvent(event);
        return;
    }
    // A capture's event is not in the store: the request it came in is the capture's own.
    std::optional<StoredRequest> request;
    const int position = Sessionizer::indexInCapture(*m_capture, shown->eventIds[size_t(index)]);
    const int requestIndex = position >= 0 ? m_capture->requestIndex(position) : -1;
    if (requestIndex >= 0)
        request = m_capture->request(requestIndex).toStored();
    m_inspector->setEvent(event, request);
}

void SessionsView::onTimelineActivated(int index)
{
    const EventBatchPtr& events = m_timeline->events();
    if (!events || index < 0 || m_capture)
        return; // a capture's events are not in the store
    const QByteArrayView userId = events->userId(index);
    Q_EMIT showEventRequested(
        events->id(index), QString::fromUtf8(userId.isEmpty() ? events->anonymousId(index) : userId));
}

void SessionsView::updateSummary()
{
    const PersonSession* shown = selectedSession();
    m_replay->setEnabled(shown != nullptr);
    if (!shown) {
        m_summary->setText(tr("<b>No session selected</b>"));
        return;
    }
    const SessionListPtr& list = m_model->sessions();
    const QString person = list->person(shown->person).id.toHtmlEscaped();
    QString how = shown->split == SessionSplit::ProviderId
        ? tr("grouped by %1 session id <code>%2</code>")
              .arg(sessionIdKindName(shown->idKind), QString::fromUtf8(shown->providerSessionId).toHtmlEscaped())
        : tr("split after %1 of inactivity").arg(AnalysisReportWriter::formatWindow(list->gapMs()));
    m_summary->setText(
        tr("<b>%1</b> · %2 – %3 (%4) · %5 events · %6 pages, %7 screens · %8")
            .arg(person, SessionListModel::timeText(shown->start), SessionListModel::timeText(shown->end).mid(11),
                AnalysisReportWriter::formatDuration(double(shown->durationMs()) / 1000.0))
            .arg(shown->eventCount)
            .arg(shown->pageCount)
            .arg(shown->screenCount)
            .arg(how));
}

void SessionsView::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
}

void SessionsView::updateStatus()
{
    if (!m_error.isEmpty()) {
        setStatus(tr("Sessions could not be made: %1").arg(m_error), true);
        return;
    }
    if (m_sessionsTicket != 0 && !m_model->sessions()) {
        setStatus(m_capture ? tr("Making sessions of %1…").arg(QFileInfo(m_capturePath).fileName())
                            : tr("Reading the store…"),
            false);
        return;
    }
    const SessionListPtr& list = m_model->sessions();
    if (!list) {
        setStatus(m_session->isStoreOpen() ? QString() : tr("Opening the store…"), false);
        return;
    }
    if (list->isEmpty()) {
        setStatus(m_capture ? tr("This capture has no events of anybody.")
                            : tr("No events yet — point an SDK at the collector, import events with journeyctl import, "
                                 "or generate demo data: journeyctl generate --import"),
            false);
        return;
    }
    const QLocale locale;
    QString text = tr("%1 sessions of %2 people · %3 events · %4 with a provider session id")
                       .arg(locale.toString(list->size()), locale.toString(qint64(list->persons().size())),
                           locale.toString(list->eventCount()), locale.toString(list->providerSessionCount()));
    if (!m_person->text().trimmed().isEmpty())
        text = tr("%1 shown · %2").arg(locale.toString(m_proxy->rowCount()), text);
    setStatus(text, false);
}

QString SessionsView::statusText() const
{
    return m_status->text();
}

} // namespace Journey

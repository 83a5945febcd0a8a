// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "capturesview.h"

#include "appsettings.h"
#include "capture/capturefile.h"
#include "capture/harimporter.h"
#include "capture/harimportreport.h"
#include "capture/storecapturebuilder.h"
#include "capturetask.h"
#include "core/timestamp.h"
#include "eventinspector.h"
#include "eventtypedelegate.h"
#include "models/captureeventmodel.h"
#include "session.h"
#include "store/eventrecorder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Journey {

namespace {

/// A file name for a capture called \a name: letters, digits, dashes; the time makes it unique.
QString fileNameFor(const QString& name, qint64 createdAt)
{
    QString base;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            base += c;
        else if (!base.endsWith(u'-'))
            base += u'-';
    }
    while (base.endsWith(u'-'))
        base.chop(1);
    const QString stamp = QDateTime::fromMSecsSinceEpoch(createdAt, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QStringLiteral("%1-%2.jsonl").arg(base.isEmpty() ? QStringLiteral("capture") : base.left(60), stamp);
}

/// "1 event" or "12 events": spelled out, since English has no plural catalog to turn "%n event(s)" into words.
QString countOf(int count, const QString& one, const QString& many)
{
    return count == 1 ? one : many.arg(count);
}

QString describe(const Capture& capture)
{
    return CapturesView::tr("%1, %2")
        .arg(countOf(capture.eventCount(), CapturesView::tr("1 event"), CapturesView::tr("%1 events")),
            countOf(capture.requestCount(), CapturesView::tr("1 request"), CapturesView::tr("%1 requests")));
}

} // namespace

CapturesView::CapturesView(Session* session, AppSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_files(new QFileSystemModel(this))
    , m_fileList(new QListView(this))
    , m_record(new QPushButton(tr("Record"), this))
    , m_open(new QPushButton(tr("Open…"), this))
    , m_importHar(new QPushButton(tr("Import HAR…"), this))
    , m_saveCopy(new QPushButton(tr("Save a copy…"), this))
    , m_replay(new QPushButton(tr("Replay…"), this))
    , m_compare(new QPushButton(tr("Compare with…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_status(new QLabel(this))
    , m_info(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new CaptureEventModel(this))
    , m_inspector(new EventInspector(session->queries(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("capturesView"));
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_record->setCheckable(true);
    m_record->setToolTip(tr("Record everything the collector receives from now on into a new capture file"));
    m_open->setToolTip(tr("Open a capture file or canonical NDJSON (what journeyctl export writes)"));
    m_importHar->setToolTip(tr("Import the analytics requests of a browser HAR file as a capture"));
    m_saveCopy->setToolTip(tr("Save the open capture elsewhere (a name ending in .gz is compressed)"));
    m_replay->setToolTip(tr("Send the open capture again: to a provider, the collector or a URL"));
    m_compare->setToolTip(tr("Compare the open capture (as the baseline) with another capture file"));
    m_delete->setToolTip(tr("Delete the selected capture file"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : { m_record, m_open, m_importHar, m_saveCopy, m_replay, m_compare, m_delete })
        buttons->addWidget(button);
    buttons->addWidget(m_status, 1);

    m_files->setNameFilters({ QStringLiteral("*.jsonl"), QStringLiteral("*.jsonl.gz"), QStringLiteral("*.ndjson"),
        QStringLiteral("*.ndjson.gz") });
    m_files->setNameFilterDisables(false);
    m_files->setFilter(QDir::Files);
    m_fileList->setObjectName(QStringLiteral("captureFiles"));
    m_fileList->setModel(m_files);
    // The folder is made on a worker thread; the list shows it once it exists.
    const QString folder = capturesFolder();
    auto* prepare = CaptureTask::start(
        [folder] {
            CaptureTask::Result result;
            result.ok = QDir().mkpath(folder);
            result.error = tr("%1 could not be created").arg(folder);
            return result;
        },
        this);
    connect(prepare, &CaptureTask::finished, this, [this, folder](const CaptureTask::Result& result) {
        if (!result.ok)
            m_status->setText(result.error);
        m_fileList->setRootIndex(m_files->setRootPath(folder));
    });
    m_fileList->setToolTip(capturesFolder());

    auto* filesPane = new QWidget(this);
    auto* filesLayout = new QVBoxLayout(filesPane);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    auto* filesTitle = new QLabel(tr("<b>Capture files</b>"), filesPane);
    filesLayout->addWidget(filesTitle);
    filesLayout->addWidget(m_fileList, 1);

    m_table->setObjectName(QStringLiteral("captureEvents"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(CaptureEventModel::TypeColumn, new EventTypeDelegate(m_table));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* eventsPane = new QWidget(this);
    auto* eventsLayout = new QVBoxLayout(eventsPane);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(m_info);
    eventsLayout->addWidget(m_table, 1);

    m_splitter->addWidget(filesPane);
    m_splitter->addWidget(eventsPane);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    if (!m_splitter->restoreState(m_settings->viewState(QStringLiteral("captures/splitter"))))
        m_splitter->setSizes({ 200, 760, 480 });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_splitter, 1);

    connect(m_record, &QPushButton::clicked, this, [this](bool checked) { checked ? startRecording() : stopRecording(); });
    connect(m_open, &QPushButton::clicked, this, &CapturesView::chooseAndOpen);
    connect(m_importHar, &QPushButton::clicked, this, &CapturesView::chooseAndImportHar);
    connect(m_saveCopy, &QPushButton::clicked, this, &CapturesView::saveCopy);
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (m_capture)
            Q_EMIT replayRequested(m_capture);
    });
    connect(m_compare, &QPushButton::clicked, this, &CapturesView::compareWith);
    connect(m_delete, &QPushButton::clicked, this, &CapturesView::deleteCurrent);
    connect(m_fileList->selectionModel(), &QItemSelectionModel::currentChanged, this, &CapturesView::onFileActivated);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CapturesView::onEventSelected);
    connect(session->recorder(), &EventRecorder::committed, this, &CapturesView::onCommitted);

    m_info->setText(tr("Record traffic, open a capture file or import a HAR file. Capture files live in %1.")
                        .arg(QDir::toNativeSeparators(capturesFolder())));
    updateActions();
}

CapturesView::~CapturesView() = default;

QString CapturesView::capturesFolder() const
{
    return QFileInfo(m_session->storePath()).absoluteDir().filePath(QStringLiteral("captures"));
}

void CapturesView::saveState()
{
    m_settings->setViewState(QStringLiteral("captures/splitter"), m_splitter->saveState());
}

void CapturesView::startRecording()
{
    m_recording = true;
    m_recordingFirstId = 0;
    m_recordingLastId = 0;
    m_recordingStartedAt = Timestamp::nowMs();
    m_record->setChecked(true);
    m_record->setText(tr("Stop recording"));
    m_status->setText(tr("Recording: nothing received yet"));
    updateActions();
}

void CapturesView::onCommitted(const CommitReportPtr& report)
{
    if (!m_recording || !report || report->events.isEmpty())
        return;
    if (m_recordingFirstId == 0)
        m_recordingFirstId = report->events.id(0);
    m_recordingLastId = report->events.id(report->events.size() - 1);
    const int received = int(m_recordingLastId - m_recordingFirstId + 1);
    m_status->setText(tr("Recording: %1 received").arg(countOf(received, tr("1 event"), tr("%1 events"))));
}

void CapturesView::stopRecording()
{
    if (!m_recording)
        return;
    m_recording = false;
    m_record->setChecked(false);
    m_record->setText(tr("Record"));
    if (m_recordingFirstId == 0) {
        m_status->setText(tr("Recording stopped: nothing was received, no capture saved"));
        updateActions();
        return;
    }
    StoreCaptureBuilder::Range range;
    range.afterId = m_recordingFirstId - 1;
    range.upToId = m_recordingLastId;
    Capture::Info info;
    info.name = tr("Recording of %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(m_recordingStartedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    info.origin = QStringLiteral("collector");
    buildFromStore(EventFilter(), range, info, QStringLiteral("recording"), tr("Saving the recording"));
}

void CapturesView::saveFromStore(const EventFilter& filter, const QString& name)
{
    Capture::Info info;
    info.name = name;
    info.origin = QStringLiteral("store");
    buildFromStore(filter, {}, info, name, tr("Saving the capture"));
}

void CapturesView::buildFromStore(const EventFilter& filter, const StoreCaptureBuilder::Range& range, Capture::Info info,
    const QString& fileStem, const QString& action)
{
    info.createdAt = Timestamp::nowMs();
    const QString path = QDir(capturesFolder()).filePath(fileNameFor(fileStem, info.createdAt));
    const QString storePath = m_session->storePath();
    setBusy(tr("%1…").arg(action));
    auto* task = CaptureTask::start(
        [storePath, filter, range, info, path] {
            CaptureTask::Result result;
            result.path = path;
            auto capture = std::make_shared<Capture>();
            capture->info = info;
            result.ok = StoreCaptureBuilder::build(storePath, filter, range, *capture, &result.error)
                && CaptureFile::write(path, *capture, &result.error);
            result.summary = tr("Saved %1 to %2").arg(describe(*capture), QFileInfo(path).fileName());
            result.capture = std::move(capture);
            return result;
        },
        this);
    connect(task, &CaptureTask::finished, this, [this, action](const CaptureTask::Result& result) {
        onTaskFinished(action, result.ok, result.ok ? result.summary : result.error, result.path, result.capture);
    });
}

void CapturesView::openFile(const QString& path)
{
    setBusy(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    auto* task = CaptureTask::start(
        [path] {
            CaptureTask::Result result;
            result.path = path;
            auto capture = std::make_shared<Capture>();
            result.ok = CaptureFile::read(path, *capture, &result.error);
            result.summary = tr("Opened %1: %2").arg(QFileInfo(path).fileName(), describe(*capture));
            result.capture = std::move(capture);
            return result;
        },
        this);
    connect(task, &CaptureTask::finished, this, [this](const CaptureTask::Result& result) {
        onTaskFinished(tr("Opening"), result.ok, result.ok ? result.summary : result.error, result.path, result.capture);
    });
}

void CapturesView::importHar(const QString& harPath)
{
    setBusy(tr("Importing %1…").arg(QFileInfo(harPath).fileName()));
    const QString folder = capturesFolder();
    auto* task = CaptureTask::start(
        [harPath, folder] {
            CaptureTask::Result result;
            auto capture = std::make_shared<Capture>();
            HarImporter importer;
            HarImportReport report;
            if (!importer.importFile(harPath, *capture, report, &result.error))
                return result;
            if (!report.hasImports()) {
                result.error = tr("%1 has no analytics request that could be imported (%2 looked at).")
                                   .arg(QFileInfo(harPath).fileName(),
                                       countOf(report.requestsSeen, tr("1 request"), tr("%1 requests")));
                return result;
            }
            result.path = QDir(folder).filePath(fileNameFor(capture->info.name, capture->info.createdAt));
            result.ok = CaptureFile::write(result.path, *capture, &result.error);
            result.summary = tr("Imported %1 from %2: %3 not recognised")
                                 .arg(describe(*capture), QFileInfo(harPath).fileName(),
                                     countOf(int(report.unrecognised.size()), tr("1 request"), tr("%1 requests")));
            result.capture = std::move(capture);
            return result;
        },
        this);
    connect(task, &CaptureTask::finished, this, [this](const CaptureTask::Result& result) {
        onTaskFinished(tr("Importing"), result.ok, result.ok ? result.summary : result.error, result.path, result.capture);
    });
}

void CapturesView::onTaskFinished(const QString& action, bool ok, const QString& message, const QString& path,
    std::shared_ptr<Capture> capture)
{
    --m_busy;
    if (!ok) {
        m_status->setText(tr("%1 failed").arg(action));
        m_info->setText(message.toHtmlEscaped());
        QMessageBox::warning(this, tr("Captures"), message);
        updateActions();
        Q_EMIT captureLoaded(false, message);
        return;
    }
    m_status->setText(message);
    m_capture = std::move(capture);
    m_currentPath = path;
    m_model->setCapture(m_capture);
    m_table->resizeColumnsToContents();
    // Long anonymous ids and names should not push the request column out of sight.
    for (int column : { int(CaptureEventModel::NameColumn), int(CaptureEventModel::PersonColumn) })
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 190));
    if (m_capture && m_capture->eventCount() > 0)
        m_table->selectRow(0);
    else
        m_inspector->clear();
    const QModelIndex fileIndex = m_files->index(path);
    if (fileIndex.isValid()) {
        const QSignalBlocker blocker(m_fileList->selectionModel());
        m_fileList->setCurrentIndex(fileIndex);
    }
    showInfo();
    updateActions();
    Q_EMIT captureLoaded(true, message);
}

void CapturesView::showInfo()
{
    if (!m_capture)
        return;
    const Capture::Info& info = m_capture->info;
    int complete = 0;
    for (int r = 0; r < m_capture->requestCount(); ++r)
        complete += m_capture->isComplete(r) ? 1 : 0;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg((info.name.isEmpty() ? QFileInfo(m_currentPath).fileName() : info.name).toHtmlEscaped());
    if (!info.description.isEmpty())
        lines << info.description.toHtmlEscaped();
    QString facts = describe(*m_capture);
    if (m_capture->requestCount() > complete)
        facts += tr(" (%1 incomplete: sent in Segment's format on replay)").arg(m_capture->requestCount() - complete);
    if (!info.origin.isEmpty())
        facts += tr(" · from %1").arg(info.origin.toHtmlEscaped());
    if (info.createdAt > 0)
        facts += tr(" · made %1").arg(QDateTime::fromMSecsSinceEpoch(info.createdAt).toString(Qt::ISODate));
    if (m_capture->eventCount() > 0) {
        qint64 first = m_capture->events().timestamp(0), last = first;
        for (int i = 1; i < m_capture->eventCount(); ++i) {
            first = std::min(first, m_capture->events().timestamp(i));
            last = std::max(last, m_capture->events().timestamp(i));
        }
        facts += tr(" · events from %1 to %2").arg(Timestamp::toIso8601String(first), Timestamp::toIso8601String(last));
    }
    lines << facts;
    m_info->setText(lines.join(QStringLiteral("<br>")));
}

void CapturesView::onFileActivated()
{
    const QModelIndex index = m_fileList->currentIndex();
    if (!index.isValid())
        return;
    const QString path = m_files->filePath(index);
    if (path != m_currentPath)
        openFile(path);
}

void CapturesView::onEventSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (!m_capture || !index.isValid() || index.row() >= m_capture->eventCount()) {
        m_inspector->clear();
        return;
    }
    const int row = index.row();
    const int request = m_capture->requestIndex(row);
    std::optional<StoredRequest> stored;
    if (request >= 0)
        stored = m_capture->request(request).toStored();
    m_inspector->setEvent(m_capture->events().event(row), stored);
}

void CapturesView::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a capture"), capturesFolder(),
        tr("Captures and canonical NDJSON (*.jsonl *.jsonl.gz *.ndjson *.ndjson.gz *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void CapturesView::chooseAndImportHar()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a HAR file"), QDir::homePath(),
        tr("HAR files (*.har *.json);;All files (*)"));
    if (!path.isEmpty())
        importHar(path);
}

void CapturesView::saveCopy()
{
    if (!m_capture)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the capture"),
        QDir::home().filePath(QFileInfo(m_currentPath).fileName()),
        tr("Capture files (*.jsonl);;Compressed capture files (*.jsonl.gz)"));
    if (path.isEmpty())
        return;
    setBusy(tr("Saving…"));
    std::shared_ptr<const Capture> capture = m_capture;
    const QString current = m_currentPath;
    auto* task = CaptureTask::start(
        [capture, path] {
            CaptureTask::Result result;
            result.path = path;
            result.ok = CaptureFile::write(path, *capture, &result.error);
            result.summary = tr("Saved a copy to %1").arg(path);
            return result;
        },
        this);
    connect(task, &CaptureTask::finished, this, [this, current](const CaptureTask::Result& result) {
        --m_busy;
        m_status->setText(result.ok ? result.summary : tr("Saving failed"));
        if (!result.ok)
            QMessageBox::warning(this, tr("Captures"), result.error);
        updateActions();
    });
}

void CapturesView::compareWith()
{
    if (m_currentPath.isEmpty())
        return;
    const QString other = QFileDialog::getOpenFileName(this, tr("Compare with (the candidate)"), capturesFolder(),
        tr("Captures and canonical NDJSON (*.jsonl *.jsonl.gz *.ndjson *.ndjson.gz *.json);;All files (*)"));
    if (!other.isEmpty())
        Q_EMIT compareRequested(m_currentPath, other);
}

void CapturesView::deleteCurrent()
{
    const QModelIndex index = m_fileList->currentIndex();
    if (!index.isValid())
        return;
    const QString path = m_files->filePath(index);
    if (QMessageBox::question(this, tr("Delete capture"), tr("Delete %1?").arg(QFileInfo(path).fileName()))
        != QMessageBox::Yes)
        return;
    setBusy(tr("Deleting…"));
    auto* task = CaptureTask::start(
        [path] {
            CaptureTask::Result result;
            result.path = path;
            QFile file(path);
            result.ok = file.remove();
            result.error = tr("%1 could not be deleted: %2").arg(path, file.errorString());
            return result;
        },
        this);
    connect(task, &CaptureTask::finished, this, [this](const CaptureTask::Result& result) {
        --m_busy;
        m_status->setText(result.ok ? tr("Deleted %1").arg(QFileInfo(result.path).fileName()) : tr("Deleting failed"));
        if (!result.ok)
            QMessageBox::warning(this, tr("Captures"), result.error);
        else if (result.path == m_currentPath)
            closeCapture();
        updateActions();
    });
}

void CapturesView::closeCapture()
{
    m_capture.reset();
    m_currentPath.clear();
    m_model->setCapture(nullptr);
    m_inspector->clear();
    m_info->clear();
}

void CapturesView::setBusy(const QString& message)
{
    ++m_busy;
    m_status->setText(message);
    updateActions();
}

void CapturesView::updateActions()
{
    const bool idle = m_busy == 0;
    const bool open = m_capture != nullptr;
    m_open->setEnabled(idle);
    m_importHar->setEnabled(idle);
    m_saveCopy->setEnabled(idle && open);
    m_replay->setEnabled(idle && open && m_capture->eventCount() > 0);
    m_compare->setEnabled(idle && open && !m_currentPath.isEmpty());
    m_delete->setEnabled(idle && m_fileList->currentIndex().isValid());
    m_record->setEnabled(m_recording || idle);
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "analysispage.h"

#include "appsettings.h"
#include "session.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Journey {

AnalysisPage::AnalysisPage(Session* session, AppSettings* settings, const QString& stateKey, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_stateKey(stateKey)
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_empty(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stage(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_exportCsv(new QPushButton(tr("Export CSV…"), this))
    , m_exportPng(new QPushButton(tr("Export PNG…"), this))
    , m_run(new QPushButton(tr("Run"), this))
{
    m_empty->setText(tr("No events yet — import some with journeyctl import or generate demo data: "
                        "journeyctl generate --import"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    m_empty->setFont(emptyFont);
    m_empty->setContentsMargins(40, 40, 40, 40);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_cancel->setToolTip(tr("Stop the running query (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_run->setToolTip(tr("Run the query (Enter)"));
    m_run->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_exportCsv->setToolTip(tr("Save the result as CSV"));
    m_exportPng->setToolTip(tr("Save the chart as a PNG image"));

    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_stack);

    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisPage::cancel);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { askExportFile(false); });
    connect(m_exportPng, &QPushButton::clicked, this, [this] { askExportFile(true); });
    AnalysisService* analysis = service();
    connect(analysis, &AnalysisService::eventKeysReady, this, &AnalysisPage::onEventKeys);
    connect(analysis, &AnalysisService::failed, this, &AnalysisPage::onFailed);
    connect(analysis, &AnalysisService::progress, this, [this](quint64 ticket, int percent, const QString& stage) {
        if (!isCurrentRun(ticket))
            return;
        m_progress->setValue(percent);
        m_stage->setText(tr("%1…").arg(stage));
    });
    connect(session, &Session::storeOpened, this, [this] {
        if (isVisible())
            refreshEventKeys();
    });
    setStatus(tr("Reading the store…"), false);
    m_progress->hide();
    m_stage->hide();
    m_cancel->hide();
    updateEnabled();
}

AnalysisPage::~AnalysisPage() = default;

AnalysisService* AnalysisPage::service() const
{
    return m_session->analysis();
}

void AnalysisPage::setContent(QWidget* form, QWidget* results, int formWidth)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(formWidth / 2);
    form->setContentsMargins(0, 0, 8, 0);

    auto* right = new QWidget(this);
    auto* statusRow = new QHBoxLayout;
    statusRow->setSpacing(6);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_stage);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    statusRow->addWidget(m_exportCsv);
    statusRow->addWidget(m_exportPng);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->addLayout(statusRow);
    rightLayout->addWidget(results, 1);

    m_splitter->addWidget(scroll);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({ formWidth, 10'000 });
    const QByteArray state = m_settings->viewState(m_stateKey + QStringLiteral("/splitter"));
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

void AnalysisPage::saveState()
{
    m_settings->setViewState(m_stateKey + QStringLiteral("/splitter"), m_splitter->saveState());
}

QString AnalysisPage::statusText() const
{
    return m_status->text();
}

bool AnalysisPage::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void AnalysisPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshEventKeys();
}

void AnalysisPage::refreshEventKeys()
{
    if (m_session->isStoreOpen())
        m_keysTicket = service()->queryEventKeys();
}

void AnalysisPage::onEventKeys(quint64 ticket, const QList<AnalysisService::EventKey>& keys)
{
    // Any page's answer will do: the keys are the store's, and the service answers only the latest question.
    if (ticket == m_keysTicket)
        m_keysTicket = 0;
    m_keys = keys;
    m_stack->setCurrentWidget(keys.isEmpty() ? static_cast<QWidget*>(m_empty) : m_splitter);
    eventKeysChanged();
    if (!m_hasResult && !isRunning() && !m_error)
        setStatus(keys.isEmpty() ? QString() : tr("Choose what to look at, then Run."), false);
    // The default query, the first time the page is on screen with events in the store (which may be later than
    // its first showing, when the store was empty then).
    if (!keys.isEmpty() && !m_ranOnce && isVisible()) {
        m_ranOnce = true;
        run();
    }
}

void AnalysisPage::onFailed(quint64 ticket, const QString& message)
{
    if (isCurrentRun(ticket))
        showError(message);
    else if (ticket != 0 && ticket == m_keysTicket)
        showError(tr("The store could not be read: %1").arg(message));
}

void AnalysisPage::startRun(quint64 ticket)
{
    m_ranOnce = true;
    m_runTicket = ticket;
    m_error = false;
    m_progress->setValue(0);
    m_stage->setText(tr("Starting…"));
    m_status->clear();
    m_status->hide();
    m_progress->show();
    m_stage->show();
    m_cancel->show();
    updateEnabled();
}

void AnalysisPage::finishRun(const QString& summary)
{
    m_runTicket = 0;
    m_hasResult = true;
    m_progress->hide();
    m_stage->hide();
    m_cancel->hide();
    setStatus(summary, false);
    updateEnabled();
    Q_EMIT resultShown();
}

void AnalysisPage::showError(const QString& message)
{
    m_runTicket = 0;
    m_progress->hide();
    m_stage->hide();
    m_cancel->hide();
    setStatus(message, true);
    updateEnabled();
}

void AnalysisPage::cancel()
{
    if (!isRunning())
        return;
    service()->cancel(m_runTicket);
    m_runTicket = 0;
    m_progress->hide();
    m_stage->hide();
    m_cancel->hide();
    setStatus(m_hasResult ? tr("Cancelled: the result on display is the previous one.") : tr("Cancelled."), false);
    updateEnabled();
}

void AnalysisPage::setStatus(const QString& text, bool error)
{
    m_error = error;
    m_status->setText(text);
    m_status->setVisible(true);
    // Error text in a red that reads on light and dark backgrounds alike.
    m_status->setStyleSheet(error ? QStringLiteral("color: #d84a4a; font-weight: bold;") : QString());
}

void AnalysisPage::updateEnabled()
{
    m_exportCsv->setEnabled(m_hasResult);
    m_exportPng->setEnabled(m_hasResult);
}

void AnalysisPage::askExportFile(bool png)
{
    const QString suggested
        = QStringLiteral("%1-%2.%3")
              .arg(exportName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                  png ? QStringLiteral("png") : QStringLiteral("csv"));
    const QString fileName = png
        ? QFileDialog::getSaveFileName(this, tr("Export the chart"), suggested, tr("PNG images (*.png)"))
        : QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV (*.csv)"));
    if (fileName.isEmpty())
        return;
    if (png)
        exportPng(fileName);
    else
        exportCsv(fileName);
}

void AnalysisPage::exportCsv(const QString& fileName)
{
    std::function<QByteArray()> maker = csvMaker();
    if (!maker) {
        Q_EMIT exported(false, fileName, tr("there is no result to export yet"));
        return;
    }
    writeInBackground(fileName, std::move(maker));
}

void AnalysisPage::exportPng(const QString& fileName)
{
    QWidget* chart = chartWidget();
    if (!chart || !m_hasResult) {
        Q_EMIT exported(false, fileName, tr("there is no chart to export yet"));
        return;
    }
    // The grab must happen here; encoding and writing happen on the worker.
    const QImage image = chart->grab().toImage();
    writeInBackground(fileName, [image] {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    });
}

void AnalysisPage::writeInBackground(const QString& fileName, std::function<QByteArray()> maker)
{
    QPointer<AnalysisPage> guard(this);
    QThreadPool::globalInstance()->start([guard, fileName, maker = std::move(maker)] {
        const QByteArray bytes = maker();
        QSaveFile file(fileName);
        bool ok
            = !bytes.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
        const QString error = ok ? QString() : bytes.isEmpty() ? tr("nothing to write") : file.errorString();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, ok, fileName, error] {
                if (guard)
                    Q_EMIT guard->exported(ok, fileName, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Journey

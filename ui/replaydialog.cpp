// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "replaydialog.h"

#include "capture/capture.h"
#include "core/gzipcodec.h"
#include "core/jsonformatter.h"
#include "core/secretmasker.h"
#include "delivery/connector.h"
#include "models/replayrequestmodel.h"
#include "noticebanner.h"
#include "providers/providerregistry.h"
#include "replay/replayservice.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Journey {

namespace {

constexpr qsizetype maxShownBody = 64 * 1024;

SecretMasker maskerFor(const JourneyConfig& config)
{
    SecretMasker masker;
    for (const QString& secret : config.knownSecrets)
        masker.addKnownSecret(secret.toUtf8());
    return masker;
}

QString durationText(qint64 ms)
{
    if (ms < 1000)
        return ReplayDialog::tr("%1 ms").arg(ms);
    if (ms < 120'000)
        return ReplayDialog::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    if (ms < 7'200'000)
        return ReplayDialog::tr("%1 min").arg(double(ms) / 60'000.0, 0, 'f', 1);
    return ReplayDialog::tr("%1 h").arg(double(ms) / 3'600'000.0, 0, 'f', 1);
}

/// One request as text for people: request line, headers and body, secrets masked.
QString requestText(const ProviderRequest& request, const SecretMasker& masker)
{
    QUrl shown = request.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    QString url = shown.toString();
    if (request.url.hasQuery())
        url += QLatin1Char('?') + masker.maskQuery(request.url.query(QUrl::FullyEncoded));
    QString text = QString::fromLatin1(request.method) + QLatin1Char(' ')
        + QString::fromUtf8(masker.maskKnown(url.toUtf8())) + QLatin1Char('\n');
    for (const auto& [name, value] : masker.maskHeaders(request.headers))
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(masker.maskKnown(value))
            + QLatin1Char('\n');
    text += QLatin1Char('\n');
    if (GzipCodec::looksGzipped(request.body)) {
        text += ReplayDialog::tr("(%n bytes, gzip-compressed)", nullptr, int(request.body.size()));
        return text;
    }
    QByteArray body = request.body.left(maxShownBody);
    if (JsonFormatter::isValid(body))
        body = JsonFormatter::indent(body);
    text += QString::fromUtf8(masker.maskKnown(masker.maskJsonText(body)));
    if (request.body.size() > maxShownBody)
        text += QLatin1Char('\n') + ReplayDialog::tr("… (%1 more bytes)").arg(request.body.size() - maxShownBody);
    return text;
}

} // namespace

ReplayDialog::ReplayDialog(std::shared_ptr<const Capture> capture, Session* session, QWidget* parent)
    : QDialog(parent)
    , m_capture(std::move(capture))
    , m_session(session)
    , m_service(std::make_unique<ReplayService>())
    , m_model(new ReplayRequestModel(this))
    , m_banner(new NoticeBanner(this))
    , m_target(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_speed(new QComboBox(this))
    , m_customSpeed(new QDoubleSpinBox(this))
    , m_timestamps(new QComboBox(this))
    , m_regenerateIds(new QCheckBox(tr("New dedup ids (messageId, $insert_id, insert_id, uuid)"), this))
    , m_userSuffix(new QLineEdit(this))
    , m_previewButton(new QPushButton(tr("Preview"), this))
    , m_replayButton(new QPushButton(tr("Replay"), this))
    , m_pauseButton(new QPushButton(tr("Pause"), this))
    , m_cancelButton(new QPushButton(tr("Cancel replay"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_requests(new QTreeView(this))
    , m_details(new QPlainTextEdit(this))
{
    setWindowTitle(m_capture && !m_capture->info.name.isEmpty() ? tr("Replay %1").arg(m_capture->info.name)
                                                                : tr("Replay capture"));
    m_model->setMasker(maskerFor(m_session->config()));

    // Where to.
    const JourneyConfig& config = m_session->config();
    const QUrl collector
        = m_session->isCollectorListening() ? m_session->collectorUrl() : ReplayTarget::collectorUrl(config);
    m_target->addItem(tr("Local collector — %1").arg(collector.toString()), QStringLiteral("collector"));
    for (const ProviderSettings& settings : config.providerSettings) {
        if (!settings.enabled)
            continue;
        m_target->addItem(
            tr("%1 (through the connector)").arg(ProviderRegistry::displayName(settings.id)), settings.id);
    }
    m_target->addItem(tr("URL…"), QStringLiteral("url"));
    m_url->setPlaceholderText(tr("http://127.0.0.1:9000/proxy — captured paths are appended"));
    m_url->setClearButtonEnabled(true);

    m_speed->addItem(tr("1× (original pacing)"), QStringLiteral("1"));
    m_speed->addItem(tr("2×"), QStringLiteral("2"));
    m_speed->addItem(tr("10×"), QStringLiteral("10"));
    m_speed->addItem(tr("As fast as possible"), QStringLiteral("max"));
    m_speed->addItem(tr("Custom…"), QStringLiteral("custom"));
    m_customSpeed->setRange(0.01, 100000);
    m_customSpeed->setDecimals(2);
    m_customSpeed->setValue(5);
    m_customSpeed->setSuffix(tr("×"));

    m_timestamps->addItem(tr("Keep as captured"), QStringLiteral("keep"));
    m_timestamps->addItem(tr("Shift so that the capture ends now (gaps kept)"), QStringLiteral("shift"));
    m_regenerateIds->setChecked(true);
    m_regenerateIds->setToolTip(
        tr("Providers drop events whose dedup id they have seen: keep the ids only to test that."));
    m_userSuffix->setPlaceholderText(tr("none — e.g. -replay2 makes u-1 into u-1-replay2 in every event"));
    m_userSuffix->setClearButtonEnabled(true);

    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_url, 2);
    auto* speedRow = new QHBoxLayout;
    speedRow->addWidget(m_speed, 1);
    speedRow->addWidget(m_customSpeed);
    speedRow->addStretch(1);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Target:"), targetRow);
    form->addRow(tr("Speed:"), speedRow);
    form->addRow(tr("Timestamps:"), m_timestamps);
    form->addRow(QString(), m_regenerateIds);
    form->addRow(tr("User id suffix:"), m_userSuffix);

    auto* summary = new QLabel(describeCapture(), this);
    summary->setWordWrap(true);

    m_replayButton->setDefault(true);
    m_previewButton->setToolTip(tr("List every request the replay would send, without sending anything"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_previewButton);
    actions->addWidget(m_replayButton);
    actions->addWidget(m_pauseButton);
    actions->addWidget(m_cancelButton);
    actions->addSpacing(12);
    actions->addWidget(m_progress, 1);

    m_requests->setModel(m_model);
    m_requests->setRootIsDecorated(false);
    m_requests->setUniformRowHeights(true);
    m_requests->setAlternatingRowColors(true);
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->header()->setStretchLastSection(true);
    m_requests->setColumnWidth(ReplayRequestModel::IndexColumn, 48);
    m_requests->setColumnWidth(ReplayRequestModel::DueColumn, 90);
    m_requests->setColumnWidth(ReplayRequestModel::MethodColumn, 64);
    m_requests->setColumnWidth(ReplayRequestModel::UrlColumn, 330);
    m_requests->setColumnWidth(ReplayRequestModel::EventsColumn, 60);
    m_requests->setColumnWidth(ReplayRequestModel::BytesColumn, 72);
    m_requests->setColumnWidth(ReplayRequestModel::StatusColumn, 56);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a request to see what it sends (secrets masked)."));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_requests);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(980, 720);

    connect(m_target, &QComboBox::currentIndexChanged, this, &ReplayDialog::updateControls);
    connect(m_speed, &QComboBox::currentIndexChanged, this, &ReplayDialog::updateControls);
    connect(m_previewButton, &QPushButton::clicked, this, &ReplayDialog::preview);
    connect(m_replayButton, &QPushButton::clicked, this, &ReplayDialog::replay);
    connect(m_pauseButton, &QPushButton::clicked, this, &ReplayDialog::onPauseClicked);
    connect(m_cancelButton, &QPushButton::clicked, m_service.get(), &ReplayService::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &ReplayDialog::reject);
    connect(m_requests->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReplayDialog::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
            const int row = m_requests->currentIndex().row();
            if (row >= topLeft.row() && row <= bottomRight.row())
                showDetails();
        });
    connect(m_service.get(), &ReplayService::planned, this, &ReplayDialog::onPlanned);
    connect(m_service.get(), &ReplayService::progressed, this, &ReplayDialog::onProgressed);
    connect(m_service.get(), &ReplayService::resultsReady, this, &ReplayDialog::onResults);
    connect(m_service.get(), &ReplayService::finished, this, &ReplayDialog::onFinished);
    connect(m_service.get(), &ReplayService::pausedChanged, this, &ReplayDialog::updateControls);

    m_progress->setFormat(tr("%v of %m requests"));
    m_status->setObjectName(QStringLiteral("replayStatus"));
    m_progress->setObjectName(QStringLiteral("replayProgress"));
    m_requests->setObjectName(QStringLiteral("replayRequests"));
    m_details->setObjectName(QStringLiteral("replayDetails"));
    m_status->setText(tr("Preview lists the requests without sending them."));
    updateControls();
}

ReplayDialog::~ReplayDialog()
{
    // The service's destructor cancels what runs and waits for its thread; no signal may reach a half-destroyed
    // dialog meanwhile.
    m_service->disconnect(this);
    m_service.reset();
}

QString ReplayDialog::describeCapture() const
{
    if (!m_capture || m_capture->isEmpty())
        return tr("The capture has no events.");
    const EventBatch& events = m_capture->events();
    qint64 first = events.timestamp(0);
    qint64 last = first;
    for (int i = 1; i < events.size(); ++i) {
        first = qMin(first, events.timestamp(i));
        last = qMax(last, events.timestamp(i));
    }
    int complete = 0;
    for (int i = 0; i < m_capture->requestCount(); ++i)
        complete += m_capture->isComplete(i) && m_capture->eventCountOf(i) > 0 ? 1 : 0;
    return tr("%1: %n event(s) over %2, %3 captured request(s) replayable in their original format; "
              "events without one go in Segment's format.",
        nullptr, m_capture->eventCount())
        .arg(m_capture->info.name.isEmpty() ? tr("Capture") : m_capture->info.name, durationText(last - first))
        .arg(complete);
}

void ReplayDialog::setTarget(const QString& target)
{
    int index = m_target->findData(target);
    if (index < 0) {
        index = m_target->findData(QStringLiteral("url"));
        m_url->setText(target);
    }
    m_target->setCurrentIndex(index);
}

void ReplayDialog::setSpeed(const QString& speed)
{
    const int index = m_speed->findData(speed);
    if (index >= 0) {
        m_speed->setCurrentIndex(index);
        return;
    }
    m_speed->setCurrentIndex(m_speed->findData(QStringLiteral("custom")));
    m_customSpeed->setValue(speed.toDouble());
}

void ReplayDialog::setShiftTimestamps(bool shift)
{
    m_timestamps->setCurrentIndex(shift ? 1 : 0);
}

void ReplayDialog::setRegenerateIds(bool regenerate)
{
    m_regenerateIds->setChecked(regenerate);
}

void ReplayDialog::setUserSuffix(const QString& suffix)
{
    m_userSuffix->setText(suffix);
}

bool ReplayDialog::isRunning() const
{
    return m_running;
}

void ReplayDialog::preview()
{
    start(true);
}

void ReplayDialog::replay()
{
    start(false);
}

void ReplayDialog::start(bool dryRun)
{
    if (m_running || !m_capture)
        return;
    m_banner->dismiss();
    ReplayService::Job job;
    job.capture = m_capture;
    job.options.dryRun = dryRun;
    const QString speed = m_speed->currentData().toString();
    QString error;
    if (!ReplayOptions::parseSpeed(
            speed == QLatin1String("custom") ? QString::number(m_customSpeed->value()) : speed, job.options, &error)) {
        m_banner->showMessage(NoticeBanner::Kind::Error, tr("Speed: %1").arg(error));
        return;
    }
    job.options.timestamps = m_timestamps->currentData().toString() == QLatin1String("shift") ? ReplayTimestamps::Shift
                                                                                              : ReplayTimestamps::Keep;
    job.options.regenerateIds = m_regenerateIds->isChecked();
    job.options.userSuffix = m_userSuffix->text().trimmed();

    const QString target = m_target->currentData().toString();
    const JourneyConfig& config = m_session->config();
    if (target == QLatin1String("collector")) {
        if (!m_session->isCollectorListening() && !dryRun) {
            m_banner->showMessage(NoticeBanner::Kind::Error, tr("The collector is not running: start it first."));
            return;
        }
        job.target = ReplayTarget::forCollector(
            m_session->isCollectorListening() ? m_session->collectorUrl() : ReplayTarget::collectorUrl(config));
        job.extraHeaders = ReplayTarget::collectorHeaders(config);
        if (!config.collector.writeKeys.isEmpty())
            job.options.writeKey = config.collector.writeKeys.first();
    } else if (target == QLatin1String("url")) {
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            m_banner->showMessage(NoticeBanner::Kind::Error, tr("Enter an http:// or https:// URL to replay to."));
            m_url->setFocus();
            return;
        }
        job.target = ReplayTarget::forUrl(url);
    } else {
        const ProviderSettings* settings = config.settingsFor(target);
        if (!settings || !settings->provider) {
            m_banner->showMessage(NoticeBanner::Kind::Error, tr("%1 is not configured.").arg(target));
            return;
        }
        if (!dryRun && !m_session->isConnectorRunning()) {
            m_banner->showMessage(NoticeBanner::Kind::Error,
                tr("The connector is not running%1.")
                    .arg(m_session->connectorError().isEmpty() ? QString()
                                                               : QStringLiteral(": ") + m_session->connectorError()));
            return;
        }
        job.target = ReplayTarget::forProvider(target, settings->provider->endpoint());
        job.provider = settings->provider;
        job.limits = settings->effectiveLimits();
        job.connector = m_session->connector();
    }

    m_model->setPlan(nullptr);
    m_details->clear();
    m_delivered = m_failed = m_notSent = 0;
    m_lastProgress = ReplayProgress();
    m_progress->setRange(0, 0); // busy until the plan is there
    m_dryRun = dryRun;
    m_status->setText(dryRun ? tr("Planning…") : tr("Planning the replay…"));
    if (!m_service->start(job))
        return;
    m_running = true;
    updateControls();
}

void ReplayDialog::onPlanned(const ReplayPlanPtr& plan)
{
    m_model->setPlan(plan);
    m_progress->setRange(0, qMax<qsizetype>(1, plan->requests.size()));
    m_progress->setValue(m_dryRun ? m_progress->maximum() : 0);
    if (!plan->requests.isEmpty())
        m_requests->setCurrentIndex(m_model->index(0, 0));
    QStringList problems;
    for (const ReplayPlan::Skipped& skipped : plan->skipped) {
        if (problems.size() == 3) {
            problems.append(tr("… and %n more", nullptr, int(plan->skipped.size()) - 3));
            break;
        }
        problems.append(tr("event %1: %2").arg(skipped.event + 1).arg(skipped.reason));
    }
    if (!problems.isEmpty())
        m_banner->showMessage(NoticeBanner::Kind::Warning,
            tr("%n event(s) cannot be replayed to this target: %1", nullptr, int(plan->skipped.size()))
                .arg(problems.join(QStringLiteral("; "))));
    if (m_dryRun) {
        m_status->setText(tr("Dry run: %n request(s) would be sent", nullptr, int(plan->requests.size()))
            + tr(" to %1, %2 events, over %3 at this speed. Nothing was sent.")
                  .arg(plan->target.describe())
                  .arg(plan->eventCount)
                  .arg(durationText(plan->durationMs())));
    } else {
        m_status->setText(tr("Replaying %n request(s)…", nullptr, int(plan->requests.size())));
    }
}

void ReplayDialog::onProgressed(const ReplayProgress& progress)
{
    m_lastProgress = progress;
    if (m_dryRun)
        return;
    m_progress->setMaximum(qMax(1, progress.total));
    m_progress->setValue(progress.finished);
    QString text = tr("%1 of %2 requests answered, %3 of %4 events sent, %5 failed — %6 of %7")
                       .arg(progress.finished)
                       .arg(progress.total)
                       .arg(progress.eventsSent)
                       .arg(progress.eventsTotal)
                       .arg(progress.failed)
                       .arg(durationText(progress.elapsedMs), durationText(progress.plannedMs));
    if (progress.paused)
        text += tr(" (paused)");
    m_status->setText(text);
}

void ReplayDialog::onResults(const QList<ReplayResult>& results)
{
    m_model->applyResults(results);
    for (const ReplayResult& result : results) {
        switch (result.outcome) {
        case ReplayResult::Outcome::Delivered:
            ++m_delivered;
            break;
        case ReplayResult::Outcome::Failed:
            ++m_failed;
            break;
        case ReplayResult::Outcome::NotSent:
            ++m_notSent;
            break;
        }
    }
}

void ReplayDialog::onFinished(bool cancelled, const QString& error)
{
    m_running = false;
    updateControls();
    if (!error.isEmpty()) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_banner->showMessage(NoticeBanner::Kind::Error, tr("The replay could not start: %1").arg(error));
        m_status->clear();
    } else if (!m_dryRun) {
        m_progress->setValue(m_progress->maximum() > 0 ? m_delivered + m_failed : 0);
        QString text = tr("%1 delivered, %2 failed", nullptr).arg(m_delivered).arg(m_failed);
        if (m_notSent > 0)
            text += tr(", %n not sent", nullptr, m_notSent);
        text += tr(" — in %1").arg(durationText(m_lastProgress.elapsedMs));
        if (cancelled)
            text = tr("Cancelled: %1").arg(text);
        m_status->setText(text);
        if (m_failed > 0)
            m_banner->showMessage(
                NoticeBanner::Kind::Warning, tr("%n request(s) failed; select one to see why.", nullptr, m_failed));
    }
    emit replayFinished(cancelled);
}

void ReplayDialog::onPauseClicked()
{
    if (m_service->isPaused())
        m_service->resume();
    else
        m_service->pause();
}

void ReplayDialog::updateControls()
{
    const bool url = m_target->currentData().toString() == QLatin1String("url");
    m_url->setVisible(url);
    m_customSpeed->setVisible(m_speed->currentData().toString() == QLatin1String("custom"));
    for (QWidget* input : std::initializer_list<QWidget*> { m_target, m_url, m_speed, m_customSpeed, m_timestamps,
             m_regenerateIds, m_userSuffix, m_previewButton, m_replayButton })
        input->setEnabled(!m_running && m_capture && !m_capture->isEmpty());
    const bool sending = m_running && !m_dryRun;
    m_pauseButton->setEnabled(sending);
    m_pauseButton->setText(sending && m_service->isPaused() ? tr("Resume") : tr("Pause"));
    m_cancelButton->setEnabled(m_running);
}

void ReplayDialog::showDetails()
{
    const QModelIndex current = m_requests->currentIndex();
    const ReplayPlanPtr& plan = m_model->plan();
    if (!current.isValid() || !plan) {
        m_details->clear();
        return;
    }
    const int row = current.row();
    const ReplayRequest& request = plan->requests[row];
    const SecretMasker masker = maskerFor(m_session->config());
    QString text;
    if (const ReplayResult* result = m_model->resultAt(row)) {
        if (!result->error.isEmpty() && !(m_dryRun && result->outcome == ReplayResult::Outcome::NotSent))
            text += tr("Outcome: %1").arg(result->error) + QStringLiteral("\n\n");
        else if (result->delivered())
            text += tr("Outcome: delivered (HTTP %1) in %2").arg(result->status).arg(durationText(result->durationMs))
                + QStringLiteral("\n\n");
    }
    for (const QString& note : request.notes)
        text += tr("Note: %1").arg(note) + QLatin1Char('\n');
    if (request.kind == ReplayRequest::Kind::Connector) {
        text += tr("%n event(s) through the connector to %1; the provider would get:", nullptr, request.eventCount())
                    .arg(plan->target.provider)
            + QStringLiteral("\n\n");
        for (const ProviderRequest& preview : request.previews)
            text += requestText(preview, masker) + QStringLiteral("\n\n");
    } else {
        text += requestText(request.request, masker);
    }
    m_details->setPlainText(text);
}

void ReplayDialog::reject()
{
    if (m_running)
        m_service->cancel();
    QDialog::reject();
}

} // namespace Journey

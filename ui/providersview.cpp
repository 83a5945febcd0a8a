// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "providersview.h"

#include "appsettings.h"
#include "core/secretmasker.h"
#include "delivery/connector.h"
#include "delivery/deliveryqueryservice.h"
#include "models/deadlettermodel.h"
#include "models/providerstatsmodel.h"
#include "providers/providerregistry.h"
#include "session.h"

#include <QCheckBox>
#include <QDateTime>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Journey {

namespace {

constexpr int deadLetterLimit = 1000;
const QString splitterKey = QStringLiteral("providers/splitter");
const QString headerKey = QStringLiteral("providers/header");
const QString detailSplitterKey = QStringLiteral("providers/detailSplitter");

/// An endpoint for display: no user info, secret-looking query parameters masked.
QString displayEndpoint(const QUrl& url)
{
    QUrl shown = url;
    shown.setUserInfo(QString());
    if (shown.hasQuery())
        shown.setQuery(SecretMasker().maskQuery(shown.query(QUrl::FullyEncoded)), QUrl::StrictMode);
    return shown.toString();
}

/// The endpoint as written in the file, for the settings form: references kept, credentials masked.
QString displayWrittenEndpoint(const QString& written)
{
    if (written.contains(QLatin1String("${")) || written.isEmpty())
        return written;
    const QUrl url(written);
    if (!url.isValid() || (url.password().isEmpty() && !url.hasQuery()))
        return written;
    return displayEndpoint(url);
}

bool looksSecret(const QString& key)
{
    if (SecretMasker::isSecretKey(key.toUtf8()))
        return true;
    const QString lower = key.toLower();
    for (const char* part : { "key", "secret", "token", "password", "account" }) {
        if (lower.contains(QLatin1String(part)))
            return true;
    }
    return false;
}

QTableView* makeTable(QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    return table;
}

} // namespace

ProvidersView::ProvidersView(Session* session, AppSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_noProviders(new QLabel(this))
    , m_deliveryStatus(new QLabel(this))
    , m_add(new QToolButton(this))
    , m_restart(new QPushButton(tr("Restart delivery"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_model(new ProviderStatsModel(this))
    , m_table(makeTable(this))
    , m_settingsBox(new QGroupBox(this))
    , m_enabled(new QCheckBox(tr("Deliver to this provider"), this))
    , m_endpoint(new QLineEdit(this))
    , m_fieldsLayout(new QFormLayout)
    , m_save(new QPushButton(tr("Save to configuration"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_settingsStatus(new QLabel(this))
    , m_fileNote(new QLabel(this))
    , m_deadBox(new QGroupBox(tr("Dead letters"), this))
    , m_deadModel(new DeadLetterModel(this))
    , m_deadTable(makeTable(this))
    , m_deadHint(new QLabel(this))
    , m_deadDetail(new QLabel(this))
    , m_retrySelected(new QPushButton(tr("&Retry selected"), this))
    , m_retryAll(new QPushButton(tr("Retry &all"), this))
    , m_discardSelected(new QPushButton(tr("&Discard selected…"), this))
    , m_discardAll(new QPushButton(tr("Discard all…"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    m_deliveryStatus->setTextFormat(Qt::RichText);
    m_deliveryStatus->setWordWrap(true);
    top->addWidget(m_deliveryStatus, 1);
    m_add->setText(tr("Add provider"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add->setMenu(new QMenu(m_add));
    m_add->setToolTip(tr("Configure one more provider"));
    top->addWidget(m_add);
    m_restart->setToolTip(tr("Stop delivery and start it again with the configuration as saved; queued events stay queued"));
    connect(m_restart, &QPushButton::clicked, this, [this] { m_session->applyConfig(m_session->config()); });
    top->addWidget(m_restart);
    layout->addLayout(top);

    m_noProviders->setObjectName(QStringLiteral("noProviderHint"));
    m_noProviders->setWordWrap(true);
    m_noProviders->setTextFormat(Qt::RichText);
    m_noProviders->setFrameShape(QFrame::StyledPanel);
    m_noProviders->setMargin(8);
    m_noProviders->setText(tr("<b>No provider is configured.</b> Choose one under “Add provider” and enter its "
                              "credentials, or add it under <code>journey.providers</code> in %1.")
                               .arg(m_session->configPath().toHtmlEscaped()));
    layout->addWidget(m_noProviders);

    m_table->setObjectName(QStringLiteral("providersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ProviderStatsModel::LastErrorColumn, QHeaderView::Stretch);
    const int digits = m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16;
    for (int column : { ProviderStatsModel::QueuedColumn, ProviderStatsModel::InFlightColumn,
             ProviderStatsModel::DeliveredColumn, ProviderStatsModel::DeadColumn, ProviderStatsModel::SampledOutColumn })
        m_table->setColumnWidth(column, qMax(digits, m_table->horizontalHeader()->sectionSizeHint(column)));
    m_table->setColumnWidth(ProviderStatsModel::NameColumn, 150);
    m_table->setColumnWidth(ProviderStatsModel::IdColumn, 90);
    m_table->setColumnWidth(ProviderStatsModel::EnabledColumn, 100);
    m_table->setColumnWidth(ProviderStatsModel::EndpointColumn, 230);
    m_table->setColumnWidth(ProviderStatsModel::PausedUntilColumn, 110);
    m_splitter->addWidget(m_table);

    // Settings of the selected provider.
    auto* detail = new QSplitter(Qt::Horizontal, m_splitter);
    detail->setObjectName(QStringLiteral("providersDetail"));
    auto* settingsLayout = new QVBoxLayout(m_settingsBox);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(QString(), m_enabled);
    m_endpoint->setToolTip(tr("Base URL requests go to: a self-hosted instance, a proxy or a test sink. Empty: the "
                              "provider's own."));
    form->addRow(tr("Endpoint:"), m_endpoint);
    settingsLayout->addLayout(form);
    m_fieldsLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    settingsLayout->addLayout(m_fieldsLayout);
    m_fileNote->setWordWrap(true);
    m_fileNote->setTextFormat(Qt::RichText);
    m_fileNote->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_fileNote->setText(tr("Saved to <code>%1</code> as written: <code>${VAR}</code> references stay references. "
                           "Secrets are masked; a field left empty keeps its value.")
                            .arg(m_session->configPath().toHtmlEscaped()));
    settingsLayout->addWidget(m_fileNote);
    settingsLayout->addStretch();
    m_settingsStatus->setObjectName(QStringLiteral("settingsStatus"));
    m_settingsStatus->setWordWrap(true);
    m_settingsStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    settingsLayout->addWidget(m_settingsStatus);
    auto* settingsButtons = new QHBoxLayout;
    settingsButtons->addStretch();
    settingsButtons->addWidget(m_revert);
    settingsButtons->addWidget(m_save);
    settingsLayout->addLayout(settingsButtons);
    connect(m_save, &QPushButton::clicked, this, &ProvidersView::saveSettings);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_settingsStatus->clear();
        fillSettingsForm();
    });
    detail->addWidget(m_settingsBox);

    // Dead letters of the selected provider.
    auto* deadLayout = new QVBoxLayout(m_deadBox);
    m_deadTable->setObjectName(QStringLiteral("deadLetterTable"));
    m_deadTable->setModel(m_deadModel);
    m_deadTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_deadTable->horizontalHeader()->setSectionResizeMode(DeadLetterModel::ReasonColumn, QHeaderView::Stretch);
    m_deadTable->setTextElideMode(Qt::ElideMiddle); // message ids differ at both ends
    m_deadTable->setColumnWidth(DeadLetterModel::MessageIdColumn, 200);
    m_deadTable->setColumnWidth(DeadLetterModel::EventColumn, 160);
    m_deadTable->setColumnWidth(DeadLetterModel::UserColumn, 90);
    m_deadTable->setColumnWidth(DeadLetterModel::AttemptsColumn, 70);
    m_deadTable->setColumnWidth(DeadLetterModel::UpdatedColumn, 150);
    m_deadTable->horizontalHeader()->moveSection(DeadLetterModel::UpdatedColumn, DeadLetterModel::ReasonColumn);
    deadLayout->addWidget(m_deadTable, 1);
    m_deadDetail->setObjectName(QStringLiteral("deadLetterDetail"));
    m_deadDetail->setWordWrap(true);
    m_deadDetail->setTextFormat(Qt::RichText);
    m_deadDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deadDetail->setFrameShape(QFrame::StyledPanel);
    m_deadDetail->setMargin(6);
    m_deadDetail->hide();
    deadLayout->addWidget(m_deadDetail);
    m_deadHint->setWordWrap(true);
    m_deadHint->hide();
    deadLayout->addWidget(m_deadHint);
    auto* deadButtons = new QHBoxLayout;
    m_retrySelected->setToolTip(tr("Put the selected dead letters back in the queue; they are sent again at once"));
    m_retryAll->setToolTip(tr("Put every dead letter of this provider back in the queue"));
    m_discardSelected->setToolTip(tr("Delete the selected dead letters from the outbox"));
    m_discardAll->setToolTip(tr("Delete every dead letter of this provider from the outbox"));
    deadButtons->addWidget(m_retrySelected);
    deadButtons->addWidget(m_retryAll);
    deadButtons->addStretch();
    deadButtons->addWidget(m_discardSelected);
    deadButtons->addWidget(m_discardAll);
    deadLayout->addLayout(deadButtons);
    connect(m_retrySelected, &QPushButton::clicked, this, &ProvidersView::retrySelected);
    connect(m_retryAll, &QPushButton::clicked, this, &ProvidersView::retryAll);
    connect(m_discardSelected, &QPushButton::clicked, this, &ProvidersView::discardSelected);
    connect(m_discardAll, &QPushButton::clicked, this, &ProvidersView::discardAll);
    detail->addWidget(m_deadBox);
    detail->setStretchFactor(0, 2);
    detail->setStretchFactor(1, 3);
    detail->setSizes({ 460, 820 });
    if (!settings->viewState(detailSplitterKey).isEmpty())
        detail->restoreState(settings->viewState(detailSplitterKey));

    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({ 130, 570 });
    if (!settings->viewState(splitterKey).isEmpty())
        m_splitter->restoreState(settings->viewState(splitterKey));
    if (!settings->viewState(headerKey).isEmpty())
        m_table->horizontalHeader()->restoreState(settings->viewState(headerKey));
    layout->addWidget(m_splitter, 1);

    m_deadReloadTimer.setSingleShot(true);
    m_deadReloadTimer.setInterval(150);
    connect(&m_deadReloadTimer, &QTimer::timeout, this, &ProvidersView::reloadDeadLetters);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProvidersView::onSelectionChanged);
    connect(m_deadTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ProvidersView::updateDeadLetterButtons);
    connect(m_deadTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProvidersView::showDeadLetter);
    connect(m_deadModel, &QAbstractItemModel::modelReset, this, &ProvidersView::showDeadLetter);
    connect(m_model, &ProviderStatsModel::enabledChangeRequested, this, [this](const QString& id, bool enabled) {
        saveEdits({ { ConfigFileEditor::providerPath(id, QStringLiteral("enabled")), enabled, false } });
    });

    DeliveryQueryService* queries = session->deliveryQueries();
    connect(queries, &DeliveryQueryService::deadLettersReady, this, &ProvidersView::onDeadLettersReady);
    connect(queries, &DeliveryQueryService::countsReady, this,
        [this](quint64 ticket, const QHash<QString, ProviderStats>& counts) {
            if (ticket == m_countsTicket)
                m_model->setStoredCounts(counts);
        });
    connect(session->connector(), &Connector::statsChanged, this, &ProvidersView::onStatsChanged);
    connect(session, &Session::storeOpened, this, [this] { m_countsTicket = m_session->deliveryQueries()->queryCounts(); });
    connect(session, &Session::connectorStarted, this, [this] {
        for (const ProviderStats& stats : m_session->connector()->stats())
            m_model->updateStats(stats);
        m_countsTicket = m_session->deliveryQueries()->queryCounts();
        updateDeliveryStatus();
        updateDeadLetterButtons();
        reloadDeadLetters();
    });
    connect(session, &Session::configChanged, this, [this] {
        buildModelRows(true);
        updateDeliveryStatus();
    });

    buildModelRows(false);
    updateDeliveryStatus();
    loadConfigFile();
}

ProvidersView::~ProvidersView() = default;

void ProvidersView::saveState()
{
    m_settings->setViewState(splitterKey, m_splitter->saveState());
    m_settings->setViewState(headerKey, m_table->horizontalHeader()->saveState());
    if (auto* detail = findChild<QSplitter*>(QStringLiteral("providersDetail")))
        m_settings->setViewState(detailSplitterKey, detail->saveState());
}

void ProvidersView::buildModelRows(bool refillForm)
{
    QList<ProviderStatsModel::Provider> rows;
    for (const ProviderSettings& settings : m_session->config().providerSettings)
        rows.append({ settings.id, settings.provider->displayName(), settings.enabled,
            displayEndpoint(settings.provider->endpoint()) });
    m_model->setProviders(rows);
    m_noProviders->setVisible(rows.isEmpty());
    fillAddMenu();
    if (m_model->rowOf(m_current) >= 0) {
        // Still there (or just added): select it again after the reset, with the form as now saved.
        const bool wasAdding = m_adding;
        m_adding = false;
        m_table->selectRow(m_model->rowOf(m_current));
        if (refillForm || wasAdding)
            fillSettingsForm();
        if (wasAdding)
            reloadDeadLetters();
    } else if (m_adding) {
        // A provider being added keeps its form until it is saved.
    } else if (m_model->rowCount() > 0) {
        selectProvider(m_model->providerAt(0));
    } else {
        m_current.clear();
        clearSettingsForm();
        m_deadModel->clear();
        updateDeadLetterButtons();
    }
}

void ProvidersView::fillAddMenu()
{
    QMenu* menu = m_add->menu();
    menu->clear();
    for (const QString& id : ProviderRegistry::ids()) {
        if (m_session->config().settingsFor(id))
            continue;
        menu->addAction(ProviderRegistry::displayName(id), this, [this, id] { beginAddProvider(id); });
    }
    m_add->setEnabled(!menu->isEmpty());
}

void ProvidersView::updateDeliveryStatus()
{
    if (!m_session->isConnectorRunning()) {
        if (m_session->connectorError().isEmpty())
            m_deliveryStatus->setText(tr("<span style=\"color:#a0a0a0\">●</span> Delivery is starting…"));
        else
            m_deliveryStatus->setText(tr("<span style=\"color:#c62828\">●</span> Delivery is not running: %1")
                                          .arg(m_session->connectorError().toHtmlEscaped()));
        return;
    }
    const int running = int(m_session->connector()->providers().size());
    const int configured = int(m_session->config().providerSettings.size());
    if (configured == 0)
        m_deliveryStatus->setText(tr("<span style=\"color:#a0a0a0\">●</span> Delivery is ready; no provider is configured."));
    else
        m_deliveryStatus->setText(tr("<span style=\"color:#2e9d57\">●</span> Delivery is running · providers enabled: %1 "
                                     "of %2")
                                      .arg(running)
                                      .arg(configured));
}

bool ProvidersView::isRunning(const QString& provider) const
{
    return m_session->isConnectorRunning() && m_session->connector()->providers().contains(provider);
}

void ProvidersView::selectProvider(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const bool changed = m_adding || m_current != id;
    m_adding = false;
    m_current = id; // first, so that onSelectionChanged() sees nothing new
    m_table->selectRow(row);
    if (!changed)
        return;
    m_settingsStatus->clear();
    fillSettingsForm();
    m_deadModel->clear();
    m_shownDead = -1;
    reloadDeadLetters();
}

void ProvidersView::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = m_model->providerAt(rows.first().row());
    if (id != m_current || m_adding)
        selectProvider(id);
}

void ProvidersView::beginAddProvider(const QString& id)
{
    m_table->clearSelection();
    m_adding = true;
    m_current = id;
    m_settingsStatus->setText(tr("Enter the credentials of %1, then save.").arg(ProviderRegistry::displayName(id)));
    m_settingsStatus->setStyleSheet(QString());
    fillSettingsForm();
    m_deadModel->clear();
    updateDeadLetterButtons();
}

void ProvidersView::loadConfigFile()
{
    const QString path = m_session->configPath();
    QPointer<ProvidersView> guard(this);
    // The configuration file is read off the UI thread, like every other file.
    QThreadPool::globalInstance()->start([guard, path] {
        ConfigFileEditor editor;
        QString error;
        const bool ok = editor.load(path, &error);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, ok, error, editor] {
                if (guard)
                    guard->onConfigFileLoaded(ok, error, editor);
            },
            Qt::QueuedConnection);
    });
}

void ProvidersView::onConfigFileLoaded(bool ok, const QString& error, const ConfigFileEditor& editor)
{
    m_editorLoaded = ok;
    m_editorError = error;
    if (ok)
        m_editor = editor;
    fillSettingsForm();
}

void ProvidersView::clearSettingsForm()
{
    while (m_fieldsLayout->rowCount() > 0)
        m_fieldsLayout->removeRow(0);
    m_fields.clear();
    m_fieldInfo.clear();
    m_settingsBox->setTitle(tr("Settings"));
    m_settingsBox->setEnabled(false);
}

void ProvidersView::fillSettingsForm()
{
    clearSettingsForm();
    if (m_current.isEmpty())
        return;
    const std::unique_ptr<Provider> provider = ProviderRegistry::create(m_current);
    if (!provider)
        return;
    m_settingsBox->setTitle(m_adding ? tr("New provider: %1").arg(provider->displayName())
                                     : tr("Settings of %1").arg(provider->displayName()));
    if (!m_editorLoaded) {
        m_settingsBox->setEnabled(false);
        if (!m_editorError.isEmpty()) {
            m_settingsStatus->setText(tr("The configuration file cannot be edited here: %1").arg(m_editorError));
            m_settingsStatus->setStyleSheet(QStringLiteral("color: #c62828;"));
        }
        return;
    }
    m_settingsBox->setEnabled(true);
    const QJsonObject written = m_editor.provider(m_current);
    m_enabled->setChecked(written.value(QLatin1String("enabled")).toBool(true));
    m_endpoint->setText(displayWrittenEndpoint(written.value(QLatin1String("endpoint")).toString()));
    m_endpoint->setPlaceholderText(tr("default: %1").arg(provider->defaultEndpoint().toString()));

    const QStringList known = m_session->config().knownSecrets;
    const ProviderSettings* running = m_session->config().settingsFor(m_current);
    for (const QString& key : provider->settingKeys()) {
        Field field;
        field.key = key;
        const QJsonValue value = written.value(key);
        const QString expanded = running ? running->options.value(key).toString() : QString();
        field.secret = looksSecret(key) || (!expanded.isEmpty() && known.contains(expanded));
        auto* edit = new QLineEdit(m_settingsBox);
        edit->setObjectName(QStringLiteral("setting-%1").arg(key));
        if (!value.isUndefined() && !value.isString()) {
            // Objects, numbers and switches keep their type: they are edited in the file itself.
            field.editable = false;
            const QByteArray json = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                : value.isArray()                    ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                     : QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).chopped(1).mid(1);
            SecretMasker masker;
            for (const QString& secret : known)
                masker.addKnownSecret(secret.toUtf8());
            edit->setText(QString::fromUtf8(masker.maskKnown(masker.maskJsonText(json))));
            edit->setReadOnly(true);
            edit->setToolTip(tr("%1 is not text: change it in the configuration file").arg(key));
        } else if (field.secret) {
            const QString current = value.toString();
            if (current.isEmpty())
                edit->setPlaceholderText(tr("not set"));
            else if (current.contains(QLatin1String("${")))
                edit->setPlaceholderText(tr("%1 (from the environment)").arg(current));
            else
                edit->setPlaceholderText(QString::fromUtf8(SecretMasker::maskValue(current.toUtf8())));
            edit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
            edit->setToolTip(tr("Type a new value to replace it, or ${VARIABLE} to read it from the environment"));
        } else {
            field.shown = value.toString();
            edit->setText(field.shown);
        }
        m_fields.insert(key, edit);
        m_fieldInfo.append(field);
        m_fieldsLayout->addRow(tr("%1:").arg(key), edit);
        connect(edit, &QLineEdit::returnPressed, this, &ProvidersView::saveSettings);
    }
    m_save->setEnabled(!m_saving);
}

void ProvidersView::saveSettings()
{
    if (m_current.isEmpty() || !m_editorLoaded || m_saving)
        return;
    QList<Edit> edits;
    const QJsonObject written = m_editor.provider(m_current);
    if (m_adding && !m_editor.value(ConfigFileEditor::providerPath(m_current)).isObject())
        edits.append({ ConfigFileEditor::providerPath(m_current), QJsonObject(), false });
    if (m_enabled->isChecked() != written.value(QLatin1String("enabled")).toBool(true))
        edits.append({ ConfigFileEditor::providerPath(m_current, QStringLiteral("enabled")), m_enabled->isChecked(), false });
    const QString endpoint = m_endpoint->text().trimmed();
    if (endpoint != displayWrittenEndpoint(written.value(QLatin1String("endpoint")).toString())) {
        if (endpoint.isEmpty())
            edits.append({ ConfigFileEditor::providerPath(m_current, QStringLiteral("endpoint")), {}, true });
        else
            edits.append({ ConfigFileEditor::providerPath(m_current, QStringLiteral("endpoint")), endpoint, false });
    }
    for (const Field& field : std::as_const(m_fieldInfo)) {
        if (!field.editable)
            continue;
        const QString text = m_fields.value(field.key)->text().trimmed();
        const QStringList path = ConfigFileEditor::providerPath(m_current, field.key);
        if (field.secret) {
            // Secrets are never shown, so an empty field means "keep it".
            if (!text.isEmpty())
                edits.append({ path, text, false });
        } else if (text != field.shown) {
            if (text.isEmpty())
                edits.append({ path, {}, true });
            else
                edits.append({ path, text, false });
        }
    }
    if (edits.isEmpty()) {
        m_settingsStatus->setStyleSheet(QString());
        m_settingsStatus->setText(tr("Nothing changed."));
        return;
    }
    saveEdits(edits);
}

void ProvidersView::saveEdits(const QList<Edit>& edits)
{
    m_saving = true;
    m_save->setEnabled(false);
    m_settingsStatus->setStyleSheet(QString());
    m_settingsStatus->setText(tr("Saving…"));
    const QString path = m_session->configPath();
    QPointer<ProvidersView> guard(this);
    // Read the file afresh, change it, check it the way the app reads it, and only then replace it.
    QThreadPool::globalInstance()->start([guard, path, edits] {
        ConfigFileEditor editor;
        JourneyConfig config;
        QString error;
        bool ok = editor.load(path, &error);
        for (const Edit& edit : edits) {
            if (!ok)
                break;
            ok = edit.remove ? editor.remove(edit.path, &error) : editor.setValue(edit.path, edit.value, &error);
        }
        ok = ok && editor.check(&config, &error);
        ok = ok && (!editor.isModified() || editor.save(&error));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, ok, error, config, editor] {
                if (guard)
                    guard->onSaved(ok, error, config, editor);
            },
            Qt::QueuedConnection);
    });
}

void ProvidersView::onSaved(bool ok, const QString& error, const JourneyConfig& config, const ConfigFileEditor& editor)
{
    m_saving = false;
    m_save->setEnabled(true);
    if (!ok) {
        m_settingsStatus->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_settingsStatus->setText(tr("Not saved: %1").arg(error));
        // The enabled check box showed the wanted state: back to what the configuration says. The form keeps
        // what the user typed, to be corrected.
        buildModelRows(false);
        Q_EMIT configSaveFinished(false, error);
        return;
    }
    m_editor = editor;
    m_editorLoaded = true;
    m_editorError.clear();
    m_session->applyConfig(config);
    m_settingsStatus->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    const QString message = tr("Saved to %1. Delivery restarted with the new settings.").arg(m_session->configPath());
    m_settingsStatus->setText(message);
    fillSettingsForm();
    Q_EMIT configSaveFinished(true, message);
}

void ProvidersView::onStatsChanged(const ProviderStats& stats)
{
    m_model->updateStats(stats);
    if (stats.provider == m_current && stats.dead != m_shownDead)
        m_deadReloadTimer.start();
}

void ProvidersView::reloadDeadLetters()
{
    // Before the store is open there is nothing to read (and the store must not be created from here).
    if (m_current.isEmpty() || m_adding || !m_session->isStoreOpen()) {
        updateDeadLetterButtons();
        return;
    }
    m_deadTicket = m_session->deliveryQueries()->queryDeadLetters(m_current, deadLetterLimit, this);
    m_shownDead = m_model->statsOf(m_current).dead;
}

void ProvidersView::onDeadLettersReady(quint64 ticket, const QList<OutboxRow>& rows)
{
    if (ticket != m_deadTicket)
        return;
    m_deadTicket = 0;
    QList<qint64> selected = selectedDeadLetterIds();
    m_deadModel->setRows(rows);
    for (int row = 0; row < m_deadModel->rowCount(); ++row) {
        if (selected.contains(m_deadModel->idAt(row)))
            m_deadTable->selectionModel()->select(m_deadModel->index(row, 0),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updateDeadLetterButtons();
}

void ProvidersView::updateDeadLetterButtons()
{
    const bool running = !m_adding && !m_current.isEmpty() && isRunning(m_current);
    const bool any = m_deadModel->rowCount() > 0;
    const bool selection = m_deadTable->selectionModel()->hasSelection();
    m_retrySelected->setEnabled(running && selection);
    m_retryAll->setEnabled(running && any);
    m_discardSelected->setEnabled(running && selection);
    m_discardAll->setEnabled(running && any);
    const QString name = m_current.isEmpty() ? QString() : ProviderRegistry::displayName(m_current);
    m_deadBox->setTitle(m_current.isEmpty() || m_adding ? tr("Dead letters")
                                                        : tr("Dead letters of %1 (%2)").arg(name).arg(m_deadModel->rowCount()));
    if (!m_current.isEmpty() && !m_adding && !running && any) {
        m_deadHint->setText(tr("Delivery to %1 is not running (disabled, or not started), so its dead letters can be "
                               "retried or discarded once it runs.")
                                .arg(name));
        m_deadHint->show();
    } else {
        m_deadHint->hide();
    }
}

void ProvidersView::showDeadLetter()
{
    const QModelIndex current = m_deadTable->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_deadModel->rowCount()) {
        m_deadDetail->hide();
        return;
    }
    const OutboxRow& row = m_deadModel->rowAt(current.row());
    const QString event = m_deadModel->index(current.row(), DeadLetterModel::EventColumn).data().toString();
    const QString who = row.userId.isEmpty() ? tr("anonymous %1").arg(row.anonymousId) : row.userId;
    m_deadDetail->setText(tr("<b>%1</b> · %2 · %3<br>Message id: %4<br>Attempts: %5 · failed at %6<br>%7")
                              .arg(event.toHtmlEscaped(), who.toHtmlEscaped(),
                                  QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.createdAt), QLocale::ShortFormat),
                                  row.messageId.toHtmlEscaped())
                              .arg(row.attempts)
                              .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.updatedAt), QLocale::LongFormat),
                                  row.reason.toHtmlEscaped()));
    m_deadDetail->show();
}

QList<qint64> ProvidersView::selectedDeadLetterIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_deadTable->selectionModel()->selectedRows())
        ids.append(m_deadModel->idAt(index.row()));
    return ids;
}

bool ProvidersView::confirm(const QString& question)
{
    if (!m_confirmDiscard)
        return true;
    return QMessageBox::question(this, tr("Discard dead letters"), question, QMessageBox::Discard | QMessageBox::Cancel,
               QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void ProvidersView::retrySelected()
{
    const QList<qint64> ids = selectedDeadLetterIds();
    if (ids.isEmpty() || !isRunning(m_current))
        return;
    m_session->connector()->retryDeadLetters(m_current, ids);
}

void ProvidersView::retryAll()
{
    if (m_deadModel->rowCount() == 0 || !isRunning(m_current))
        return;
    m_session->connector()->retryDeadLetters(m_current);
}

void ProvidersView::discardSelected()
{
    const QList<qint64> ids = selectedDeadLetterIds();
    if (ids.isEmpty() || !isRunning(m_current))
        return;
    if (!confirm(tr("Delete the selected dead letters of %1? They will not be delivered. (Selected: %2)")
                     .arg(ProviderRegistry::displayName(m_current))
                     .arg(ids.size())))
        return;
    m_session->connector()->discardDeadLetters(m_current, ids);
}

void ProvidersView::discardAll()
{
    if (m_deadModel->rowCount() == 0 || !isRunning(m_current))
        return;
    if (!confirm(tr("Delete every dead letter of %1? They will not be delivered.").arg(ProviderRegistry::displayName(m_current))))
        return;
    m_session->connector()->discardDeadLetters(m_current);
}

} // namespace Journey

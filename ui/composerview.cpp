// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "composerview.h"

#include "appsettings.h"
#include "delivery/connector.h"
#include "delivery/deliveryqueryservice.h"
#include "delivery/requestpreview.h"
#include "jsonedit.h"
#include "providerpreviewpanel.h"
#include "session.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace Journey {

namespace {

constexpr int previewDelayMs = 150;
constexpr int statusDelayMs = 150;
const QString splitterKey = QStringLiteral("composer/splitter");

struct Example
{
    QString userId;
    QString anonymousId;
    QString subject; ///< event, name, groupId or previousId, by type
    QString properties; ///< properties or traits
    QString context;
};

const QString exampleAnonymousId = QStringLiteral("5f1c0b7e-8a43-4c2e-9a0e-2d9a1b7c6e10");

Example exampleFor(ComposerView::CallType type)
{
    const QString webContext = QStringLiteral(R"({
  "ip": "203.0.113.24",
  "locale": "en-US",
  "timezone": "Europe/Berlin",
  "page": {
    "path": "/checkout/complete",
    "url": "https://shop.example.com/checkout/complete"
  },
  "userAgent": "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0"
})");
    const QString appContext = QStringLiteral(R"({
  "app": { "name": "Journey Shop", "version": "4.2.0", "build": "4207" },
  "device": { "manufacturer": "Apple", "model": "iPhone15,2" },
  "os": { "name": "iOS", "version": "17.4" },
  "locale": "en-US",
  "timezone": "Europe/Berlin"
})");
    switch (type) {
    case ComposerView::CallType::Track:
        return { QStringLiteral("user-2001"), exampleAnonymousId, QStringLiteral("Order Completed"), QStringLiteral(R"({
  "order_id": "ord-77812",
  "revenue": 147.5,
  "currency": "USD",
  "coupon": "SPRING10",
  "products": [
    { "product_id": "sku-101", "name": "Trail Runner 3", "price": 129, "quantity": 1 },
    { "product_id": "sku-202", "name": "Merino Crew Socks", "price": 18.5, "quantity": 1 }
  ]
})"),
            webContext };
    case ComposerView::CallType::Identify:
        return { QStringLiteral("user-2001"), exampleAnonymousId, QString(), QStringLiteral(R"({
  "email": "dana@example.com",
  "name": "Dana Reyes",
  "plan": "plus",
  "createdAt": "2025-11-02T09:14:00.000Z",
  "company": { "id": "acme-outdoor", "name": "Acme Outdoor" }
})"),
            webContext };
    case ComposerView::CallType::Page:
        return { QString(), exampleAnonymousId, QStringLiteral("Pricing"), QStringLiteral(R"({
  "path": "/pricing",
  "url": "https://shop.example.com/pricing",
  "title": "Pricing · Journey Shop",
  "referrer": "https://www.google.com/",
  "search": "?utm_source=newsletter"
})"),
            QStringLiteral(R"({
  "ip": "203.0.113.24",
  "locale": "en-US",
  "campaign": { "source": "newsletter", "medium": "email", "name": "spring-sale" },
  "userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Safari/605.1.15"
})") };
    case ComposerView::CallType::Screen:
        return { QStringLiteral("user-2001"), exampleAnonymousId, QStringLiteral("Checkout"), QStringLiteral(R"({
  "step": 2,
  "cart_items": 3,
  "cart_value": 147.5
})"),
            appContext };
    case ComposerView::CallType::Group:
        return { QStringLiteral("user-2001"), QString(), QStringLiteral("acme-outdoor"), QStringLiteral(R"({
  "name": "Acme Outdoor",
  "industry": "Retail",
  "employees": 240,
  "plan": "enterprise",
  "website": "https://acme-outdoor.example.com"
})"),
            webContext };
    case ComposerView::CallType::Alias:
        return { QStringLiteral("user-2001"), QString(), exampleAnonymousId, QString(), webContext };
    }
    return {};
}

QString typeName(ComposerView::CallType type)
{
    switch (type) {
    case ComposerView::CallType::Track:
        return QStringLiteral("track");
    case ComposerView::CallType::Identify:
        return QStringLiteral("identify");
    case ComposerView::CallType::Page:
        return QStringLiteral("page");
    case ComposerView::CallType::Screen:
        return QStringLiteral("screen");
    case ComposerView::CallType::Group:
        return QStringLiteral("group");
    case ComposerView::CallType::Alias:
        return QStringLiteral("alias");
    }
    return {};
}

bool hasProperties(ComposerView::CallType type)
{
    return type == ComposerView::CallType::Track || type == ComposerView::CallType::Page
        || type == ComposerView::CallType::Screen;
}

bool hasTraits(ComposerView::CallType type)
{
    return type == ComposerView::CallType::Identify || type == ComposerView::CallType::Group;
}

} // namespace

ComposerView::ComposerView(Session* session, AppSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_noProviders(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_type(new QComboBox(this))
    , m_recent(new QComboBox(this))
    , m_form(new QFormLayout)
    , m_userId(new QLineEdit(this))
    , m_anonymousId(new QLineEdit(this))
    , m_event(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_groupId(new QLineEdit(this))
    , m_previousId(new QLineEdit(this))
    , m_propertiesLabel(new QLabel(this))
    , m_properties(new JsonEdit(this))
    , m_context(new JsonEdit(this))
    , m_providers(new QListWidget(this))
    , m_problemLabel(new QLabel(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_sendStatus(new QLabel(this))
    , m_previewStack(new QStackedWidget(this))
    , m_previewEmpty(new QLabel(this))
    , m_previewSplitter(new QSplitter(Qt::Horizontal, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);

    m_noProviders->setObjectName(QStringLiteral("noProviderHint"));
    m_noProviders->setWordWrap(true);
    m_noProviders->setTextFormat(Qt::RichText);
    m_noProviders->setFrameShape(QFrame::StyledPanel);
    m_noProviders->setMargin(8);
    m_noProviders->setText(
        tr("<b>No provider is configured yet</b>, so there is nowhere to send to. Add one on the "
           "<a href=\"providers\">Providers</a> page, or under <code>journey.providers</code> in %1.")
            .arg(m_session->configPath().toHtmlEscaped()));
    connect(m_noProviders, &QLabel::linkActivated, this, &ComposerView::providersPageRequested);
    layout->addWidget(m_noProviders);

    // Left: the message.
    auto* editor = new QWidget(m_splitter);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 6, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Call:"), editor));
    for (CallType type : { CallType::Track, CallType::Identify, CallType::Page, CallType::Screen, CallType::Group,
             CallType::Alias })
        m_type->addItem(typeName(type), QVariant::fromValue(type));
    m_type->setToolTip(tr("The Segment Spec call to compose; choosing one loads its example"));
    top->addWidget(m_type);
    auto* example = new QPushButton(tr("E&xample"), editor);
    example->setToolTip(tr("Fill the form with the example for this call again"));
    connect(example, &QPushButton::clicked, this, [this] { loadTemplate(callType()); });
    top->addWidget(example);
    top->addStretch();
    m_recent->setPlaceholderText(tr("Recent…"));
    m_recent->setMinimumContentsLength(18);
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recent->setToolTip(tr("Compositions sent before: choose one to load it"));
    top->addWidget(m_recent);
    editorLayout->addLayout(top);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_userId->setPlaceholderText(tr("the person's id in your system"));
    m_anonymousId->setPlaceholderText(tr("device or cookie id before sign-in"));
    m_event->setPlaceholderText(tr("what happened, e.g. Order Completed"));
    m_name->setPlaceholderText(tr("page or screen name"));
    m_groupId->setPlaceholderText(tr("the account, company or team"));
    m_previousId->setPlaceholderText(tr("the id to merge into the user id"));
    m_form->addRow(tr("User ID:"), m_userId);
    m_form->addRow(tr("Anonymous ID:"), m_anonymousId);
    m_form->addRow(tr("Event:"), m_event);
    m_form->addRow(tr("Name:"), m_name);
    m_form->addRow(tr("Group ID:"), m_groupId);
    m_form->addRow(tr("Previous ID:"), m_previousId);
    editorLayout->addLayout(m_form);

    editorLayout->addWidget(m_propertiesLabel);
    m_properties->setPlaceholderText(tr("{ }  (a JSON object)"));
    editorLayout->addWidget(m_properties, 3);
    editorLayout->addWidget(new QLabel(tr("Context:"), editor));
    m_context->setPlaceholderText(tr("{ }  (a JSON object: ip, locale, page, app, device, campaign, …)"));
    editorLayout->addWidget(m_context, 2);

    editorLayout->addWidget(new QLabel(tr("Send to:"), editor));
    m_providers->setMaximumHeight(m_providers->fontMetrics().height() * 6);
    m_providers->setToolTip(tr("The configured providers: check where the message goes"));
    editorLayout->addWidget(m_providers);

    m_problemLabel->setObjectName(QStringLiteral("composerProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->hide();
    editorLayout->addWidget(m_problemLabel);

    auto* sendRow = new QHBoxLayout;
    m_send->setDefault(true);
    m_send->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_send->setToolTip(tr("Send the message to the checked providers (Ctrl+Return)"));
    connect(m_send, &QPushButton::clicked, this, &ComposerView::send);
    sendRow->addWidget(m_send);
    m_sendStatus->setWordWrap(true);
    m_sendStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sendRow->addWidget(m_sendStatus, 1);
    editorLayout->addLayout(sendRow);

    // Right: one column per chosen provider.
    auto* preview = new QWidget(m_splitter);
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(6, 0, 0, 0);
    auto* previewTitle = new QLabel(tr("<b>What each provider receives</b> (secrets masked)"), preview);
    previewLayout->addWidget(previewTitle);
    m_previewEmpty->setAlignment(Qt::AlignCenter);
    m_previewEmpty->setWordWrap(true);
    m_previewEmpty->setText(tr("Check one or more providers under “Send to” to see the requests they would get."));
    m_previewStack->addWidget(m_previewEmpty);
    m_previewSplitter->setChildrenCollapsible(false);
    m_previewStack->addWidget(m_previewSplitter);
    previewLayout->addWidget(m_previewStack, 1);

    m_splitter->addWidget(editor);
    m_splitter->addWidget(preview);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({ 520, 900 });
    if (!settings->viewState(splitterKey).isEmpty())
        m_splitter->restoreState(settings->viewState(splitterKey));
    layout->addWidget(m_splitter, 1);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(previewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ComposerView::updatePreview);
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(statusDelayMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &ComposerView::requestStatus);

    for (QLineEdit* edit : { m_userId, m_anonymousId, m_event, m_name, m_groupId, m_previousId })
        connect(edit, &QLineEdit::textChanged, this, &ComposerView::onEdited);
    connect(m_properties, &JsonEdit::edited, this, &ComposerView::onEdited);
    connect(m_context, &JsonEdit::edited, this, &ComposerView::onEdited);
    connect(m_providers, &QListWidget::itemChanged, this, &ComposerView::onEdited);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ComposerView::onCallTypeChanged);
    connect(m_recent, &QComboBox::activated, this, &ComposerView::loadRecent);
    connect(settings, &AppSettings::recentCompositionsChanged, this, &ComposerView::fillRecentBox);

    connect(session, &Session::configChanged, this, [this] {
        buildProviderList();
        updatePreviewNow();
    });
    connect(session, &Session::connectorStarted, this, [this] { updatePreviewNow(); });
    Connector* connector = session->connector();
    connect(connector, &Connector::eventsDelivered, this, &ComposerView::onEventsDelivered);
    connect(connector, &Connector::eventsFailed, this, &ComposerView::onEventsFailed);
    connect(connector, &Connector::exchangeFinished, this, &ComposerView::onExchangeFinished);
    connect(session->deliveryQueries(), &DeliveryQueryService::statusReady, this, &ComposerView::onStatusReady);
    connect(session->deliveryQueries(), &DeliveryQueryService::exchangeReady, this, &ComposerView::onExchangeReady);

    buildProviderList();
    fillRecentBox();
    loadTemplate(CallType::Track);
}

ComposerView::~ComposerView() = default;

void ComposerView::saveState()
{
    m_settings->setViewState(splitterKey, m_splitter->saveState());
}

ComposerView::CallType ComposerView::callType() const
{
    return m_type->currentData().value<CallType>();
}

void ComposerView::loadTemplate(CallType type)
{
    const Example example = exampleFor(type);
    m_loading = true;
    m_type->setCurrentIndex(m_type->findData(QVariant::fromValue(type)));
    m_userId->setText(example.userId);
    m_anonymousId->setText(example.anonymousId);
    m_event->setText(type == CallType::Track ? example.subject : QString());
    m_name->setText(type == CallType::Page || type == CallType::Screen ? example.subject : QString());
    m_groupId->setText(type == CallType::Group ? example.subject : QString());
    m_previousId->setText(type == CallType::Alias ? example.subject : QString());
    m_properties->setText(example.properties);
    m_context->setText(example.context);
    m_loading = false;
    updateFieldVisibility();
    onEdited();
}

void ComposerView::onCallTypeChanged()
{
    if (m_loading)
        return;
    loadTemplate(callType());
}

void ComposerView::updateFieldVisibility()
{
    const CallType type = callType();
    m_form->setRowVisible(m_event, type == CallType::Track);
    m_form->setRowVisible(m_name, type == CallType::Page || type == CallType::Screen);
    m_form->setRowVisible(m_groupId, type == CallType::Group);
    m_form->setRowVisible(m_previousId, type == CallType::Alias);
    m_form->setRowVisible(m_anonymousId, type != CallType::Alias);
    m_propertiesLabel->setText(hasTraits(type) ? tr("Traits:") : tr("Properties:"));
    m_propertiesLabel->setVisible(type != CallType::Alias);
    m_properties->setVisible(type != CallType::Alias);
}

void ComposerView::buildProviderList()
{
    QStringList checked = selectedProviders();
    const JourneyConfig& config = m_session->config();
    if (m_providers->count() == 0) {
        // First fill: the providers calls go to by default.
        checked = config.defaultProviders;
        if (checked.isEmpty()) {
            for (const ProviderSettings& settings : config.providerSettings) {
                if (settings.enabled)
                    checked.append(settings.id);
            }
        }
    }
    const QSignalBlocker blocker(m_providers);
    m_providers->clear();
    for (const ProviderSettings& settings : config.providerSettings) {
        const QString name = settings.provider->displayName();
        auto* item = new QListWidgetItem(settings.enabled ? name : tr("%1 (disabled)").arg(name), m_providers);
        item->setData(Qt::UserRole, settings.id);
        item->setToolTip(settings.enabled ? settings.id
                                          : tr("%1: disabled in the configuration, so it gets nothing").arg(settings.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(settings.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_noProviders->setVisible(config.providerSettings.isEmpty());
}

void ComposerView::setSelectedProviders(const QStringList& ids)
{
    {
        const QSignalBlocker blocker(m_providers);
        for (int i = 0; i < m_providers->count(); ++i) {
            QListWidgetItem* item = m_providers->item(i);
            item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    onEdited();
}

QStringList ComposerView::selectedProviders() const
{
    QStringList ids;
    for (int i = 0; i < m_providers->count(); ++i) {
        const QListWidgetItem* item = m_providers->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toString());
    }
    return ids;
}

void ComposerView::newDraftId()
{
    // An id in the format SDKs use, so that previews show what will be sent byte for byte.
    m_draftId = QStringLiteral("composer-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void ComposerView::onEdited()
{
    if (m_loading)
        return;
    // A changed composition is a new message: the results shown belong to the one sent before.
    if (m_draftId.isEmpty() || m_draftId == m_sentId) {
        newDraftId();
        m_sent = {};
        for (ProviderPreviewPanel* panel : std::as_const(m_panels))
            panel->clearResult();
    }
    m_previewTimer.start();
}

QJsonObject ComposerView::message() const
{
    const CallType type = callType();
    QJsonObject message { { QStringLiteral("type"), typeName(type) }, { QStringLiteral("messageId"), m_draftId } };
    const auto put = [&message](const char* key, const QString& value) {
        if (!value.trimmed().isEmpty())
            message.insert(QLatin1String(key), value.trimmed());
    };
    put("userId", m_userId->text());
    if (type != CallType::Alias)
        put("anonymousId", m_anonymousId->text());
    switch (type) {
    case CallType::Track:
        message.insert(QStringLiteral("event"), m_event->text().trimmed());
        break;
    case CallType::Page:
    case CallType::Screen:
        put("name", m_name->text());
        break;
    case CallType::Group:
        message.insert(QStringLiteral("groupId"), m_groupId->text().trimmed());
        break;
    case CallType::Alias:
        message.insert(QStringLiteral("previousId"), m_previousId->text().trimmed());
        break;
    case CallType::Identify:
        break;
    }
    if (hasProperties(type))
        message.insert(QStringLiteral("properties"), m_properties->object());
    else if (hasTraits(type))
        message.insert(QStringLiteral("traits"), m_properties->object());
    if (!m_context->object().isEmpty())
        message.insert(QStringLiteral("context"), m_context->object());
    return message;
}

QByteArray ComposerView::messageJson() const
{
    return QJsonDocument(message()).toJson(QJsonDocument::Compact);
}

void ComposerView::updatePreviewNow()
{
    m_previewTimer.stop();
    updatePreview();
}

void ComposerView::updatePreview()
{
    QStringList problems;
    const CallType type = callType();
    if (type != CallType::Alias && !m_properties->isValid())
        problems.append((hasTraits(type) ? tr("Traits: %1") : tr("Properties: %1")).arg(m_properties->errorText()));
    if (!m_context->isValid())
        problems.append(tr("Context: %1").arg(m_context->errorText()));

    const QStringList chosen = selectedProviders();
    QList<RequestPreview::ProviderRequests> previews;
    if (problems.isEmpty()) {
        QString error;
        // Pure CPU work on a message of a few kilobytes: cheap enough to run as the user types.
        if (!RequestPreview::build(m_session->config(), messageJson(), chosen.isEmpty() ? QStringList() : chosen, previews,
                &error))
            problems.append(tr("The message is not valid: %1").arg(error));
    }
    m_problem = problems.join(QLatin1Char('\n'));
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());

    if (problems.isEmpty() && !chosen.isEmpty()) {
        // One column per chosen provider, in list order; panels are kept so their splitter sizes survive.
        QStringList shown;
        for (const RequestPreview::ProviderRequests& entry : std::as_const(previews)) {
            if (!chosen.contains(entry.provider))
                continue;
            ProviderPreviewPanel* panel = m_panels.value(entry.provider);
            if (!panel) {
                panel = new ProviderPreviewPanel(entry.provider, m_previewSplitter);
                m_panels.insert(entry.provider, panel);
            }
            m_previewSplitter->insertWidget(int(shown.size()), panel);
            panel->setPreview(entry);
            panel->show();
            shown.append(entry.provider);
        }
        for (auto it = m_panels.begin(); it != m_panels.end();) {
            if (!shown.contains(it.key())) {
                it.value()->deleteLater();
                it = m_panels.erase(it);
            } else {
                ++it;
            }
        }
        m_previewStack->setCurrentWidget(m_previewSplitter);
    } else if (chosen.isEmpty()) {
        qDeleteAll(m_panels);
        m_panels.clear();
        m_previewStack->setCurrentWidget(m_previewEmpty);
    }

    m_send->setEnabled(canSend());
    if (chosen.isEmpty() && !m_session->config().providerSettings.isEmpty())
        m_send->setToolTip(tr("Check at least one provider under “Send to”"));
    else if (!m_session->isConnectorRunning())
        m_send->setToolTip(m_session->connectorError().isEmpty()
                ? tr("Delivery is starting…")
                : tr("Delivery is not running: %1").arg(m_session->connectorError()));
    else
        m_send->setToolTip(tr("Send the message to the checked providers (Ctrl+Return)"));
}

bool ComposerView::canSend() const
{
    return m_problem.isEmpty() && !selectedProviders().isEmpty() && m_session->isConnectorRunning();
}

QList<ProviderPreviewPanel*> ComposerView::previewPanels() const
{
    QList<ProviderPreviewPanel*> panels;
    for (int i = 0; i < m_previewSplitter->count(); ++i) {
        if (auto* panel = qobject_cast<ProviderPreviewPanel*>(m_previewSplitter->widget(i)); panel && m_panels.contains(panel->provider()))
            panels.append(panel);
    }
    return panels;
}

ProviderPreviewPanel* ComposerView::previewPanel(const QString& provider) const
{
    return m_panels.value(provider);
}

bool ComposerView::send()
{
    if (m_draftId == m_sentId) {
        // Sending the same composition again is a new event, with an id of its own.
        newDraftId();
    }
    updatePreviewNow();
    if (!canSend())
        return false;
    const QStringList chosen = selectedProviders();
    const EnqueueResult result = m_session->connector()->send(messageJson(), chosen);
    if (!result.accepted()) {
        m_sendStatus->clear();
        m_problemLabel->setText(tr("Not sent: %1").arg(result.error));
        m_problemLabel->show();
        return false;
    }
    m_sentId = result.messageId;
    m_sent = { result.messageId, result.providers, {} };
    for (ProviderPreviewPanel* panel : std::as_const(m_panels)) {
        panel->clearResult();
        if (!result.providers.contains(panel->provider()))
            panel->setStatus(ProviderPreviewPanel::Status::NotSent, tr("Not sent: routing or integrations skip this provider"));
        else if (result.sampledOut)
            panel->setStatus(ProviderPreviewPanel::Status::NotSent, tr("Sampled out: recorded, not sent"));
        else
            panel->setStatus(ProviderPreviewPanel::Status::Pending, tr("Queued: waiting for the provider to answer…"));
    }
    m_sendStatus->setText(tr("Sent as %1 at %2").arg(result.messageId, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    rememberComposition();
    return true;
}

void ComposerView::onEventsDelivered(const QString& provider, const QStringList& messageIds)
{
    if (m_sent.messageId.isEmpty() || !messageIds.contains(m_sent.messageId) || !m_sent.providers.contains(provider))
        return;
    if (ProviderPreviewPanel* panel = m_panels.value(provider))
        panel->setStatus(ProviderPreviewPanel::Status::Delivered, tr("Delivered"));
    m_sent.settled.append(provider);
    m_statusTimer.start();
}

void ComposerView::onEventsFailed(const QString& provider, const QStringList& messageIds, const QString& reason)
{
    if (m_sent.messageId.isEmpty() || !messageIds.contains(m_sent.messageId) || !m_sent.providers.contains(provider))
        return;
    if (ProviderPreviewPanel* panel = m_panels.value(provider))
        panel->setStatus(ProviderPreviewPanel::Status::Failed,
            tr("Failed: %1. It is a dead letter now; retry it from the Providers page.").arg(reason));
    m_sent.settled.append(provider);
    m_statusTimer.start();
}

void ComposerView::onExchangeFinished(const DeliveryExchange& exchange)
{
    // The exchange does not say which events it carried: ask the outbox how ours stands (a retry, say).
    if (!m_sent.messageId.isEmpty() && m_sent.providers.contains(exchange.provider)
        && !m_sent.settled.contains(exchange.provider))
        m_statusTimer.start();
}

void ComposerView::requestStatus()
{
    if (m_sent.messageId.isEmpty())
        return;
    m_statusTicket = m_session->deliveryQueries()->queryStatus(m_sent.messageId);
}

void ComposerView::onStatusReady(quint64 ticket, const QList<OutboxRow>& rows)
{
    if (ticket != m_statusTicket)
        return;
    m_statusTicket = 0;
    for (const OutboxRow& row : rows) {
        if (row.messageId != m_sent.messageId)
            continue;
        ProviderPreviewPanel* panel = m_panels.value(row.provider);
        if (!panel)
            continue;
        switch (row.state) {
        case OutboxState::Queued:
            if (row.attempts > 0 || !row.reason.isEmpty())
                panel->setStatus(ProviderPreviewPanel::Status::Retrying,
                    tr("Will retry (attempts so far: %1): %2").arg(row.attempts).arg(row.reason));
            break;
        case OutboxState::Delivered:
            panel->setStatus(ProviderPreviewPanel::Status::Delivered,
                row.attempts > 1 ? tr("Delivered after %n attempts", nullptr, row.attempts) : tr("Delivered"));
            break;
        case OutboxState::Dead:
            panel->setStatus(ProviderPreviewPanel::Status::Failed,
                tr("Failed: %1. It is a dead letter now; retry it from the Providers page.").arg(row.reason));
            break;
        case OutboxState::SampledOut:
            panel->setStatus(ProviderPreviewPanel::Status::NotSent, tr("Sampled out: recorded, not sent"));
            break;
        }
        if (row.exchangeId > 0 && row.exchangeId != panel->responseExchangeId())
            m_exchangeTickets.insert(m_session->deliveryQueries()->queryExchange(row.exchangeId), row.provider);
    }
}

void ComposerView::onExchangeReady(quint64 ticket, const DeliveryExchange& exchange)
{
    const QString provider = m_exchangeTickets.take(ticket);
    if (provider.isEmpty())
        return;
    if (ProviderPreviewPanel* panel = m_panels.value(provider); panel && m_sent.providers.contains(provider))
        panel->setResponse(exchange);
}

QJsonObject ComposerView::composition() const
{
    return {
        { QStringLiteral("type"), typeName(callType()) },
        { QStringLiteral("userId"), m_userId->text() },
        { QStringLiteral("anonymousId"), m_anonymousId->text() },
        { QStringLiteral("event"), m_event->text() },
        { QStringLiteral("name"), m_name->text() },
        { QStringLiteral("groupId"), m_groupId->text() },
        { QStringLiteral("previousId"), m_previousId->text() },
        { QStringLiteral("properties"), m_properties->text() },
        { QStringLiteral("context"), m_context->text() },
        { QStringLiteral("providers"), QJsonArray::fromStringList(selectedProviders()) },
    };
}

void ComposerView::applyComposition(const QJsonObject& composition)
{
    const QString type = composition.value(QLatin1String("type")).toString();
    m_loading = true;
    for (int i = 0; i < m_type->count(); ++i) {
        if (m_type->itemText(i) == type)
            m_type->setCurrentIndex(i);
    }
    m_userId->setText(composition.value(QLatin1String("userId")).toString());
    m_anonymousId->setText(composition.value(QLatin1String("anonymousId")).toString());
    m_event->setText(composition.value(QLatin1String("event")).toString());
    m_name->setText(composition.value(QLatin1String("name")).toString());
    m_groupId->setText(composition.value(QLatin1String("groupId")).toString());
    m_previousId->setText(composition.value(QLatin1String("previousId")).toString());
    m_properties->setText(composition.value(QLatin1String("properties")).toString());
    m_context->setText(composition.value(QLatin1String("context")).toString());
    QStringList providers;
    for (const QJsonValue& id : composition.value(QLatin1String("providers")).toArray())
        providers.append(id.toString());
    {
        const QSignalBlocker blocker(m_providers);
        for (int i = 0; i < m_providers->count(); ++i) {
            QListWidgetItem* item = m_providers->item(i);
            item->setCheckState(providers.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_loading = false;
    updateFieldVisibility();
    onEdited();
}

void ComposerView::rememberComposition()
{
    QJsonObject entry = composition();
    QStringList recent = m_settings->recentCompositions();
    // The same composition sent again moves to the top instead of appearing twice.
    for (qsizetype i = recent.size() - 1; i >= 0; --i) {
        QJsonObject existing = QJsonDocument::fromJson(recent[i].toUtf8()).object();
        existing.remove(QStringLiteral("savedAt"));
        if (existing == entry)
            recent.removeAt(i);
    }
    entry.insert(QStringLiteral("savedAt"), QDateTime::currentMSecsSinceEpoch());
    recent.prepend(QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
    while (recent.size() > maxRecent)
        recent.removeLast();
    m_settings->setRecentCompositions(recent);
}

void ComposerView::fillRecentBox()
{
    const QSignalBlocker blocker(m_recent);
    m_recent->clear();
    for (const QString& text : m_settings->recentCompositions()) {
        const QJsonObject entry = QJsonDocument::fromJson(text.toUtf8()).object();
        if (entry.isEmpty())
            continue;
        const QString type = entry.value(QLatin1String("type")).toString();
        const char* subjectKey = type == QLatin1String("track") ? "event"
            : type == QLatin1String("page") || type == QLatin1String("screen") ? "name"
            : type == QLatin1String("group")                                   ? "groupId"
            : type == QLatin1String("alias")                                   ? "previousId"
                                                                               : "userId";
        QString subject = entry.value(QLatin1String(subjectKey)).toString();
        if (subject.isEmpty())
            subject = entry.value(QLatin1String("userId")).toString();
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(entry.value(QLatin1String("savedAt")).toDouble()));
        m_recent->addItem(tr("%1 · %2 · %3").arg(type, subject, QLocale().toString(when, QLocale::ShortFormat)), text);
    }
    m_recent->setCurrentIndex(-1);
    m_recent->setEnabled(m_recent->count() > 0);
}

void ComposerView::loadRecent(int index)
{
    if (index < 0)
        return;
    applyComposition(QJsonDocument::fromJson(m_recent->itemData(index).toString().toUtf8()).object());
    const QSignalBlocker blocker(m_recent);
    m_recent->setCurrentIndex(-1);
}

} // namespace Journey

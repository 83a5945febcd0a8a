// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "deliverylogview.h"

#include "appsettings.h"
#include "delivery/connector.h"
#include "delivery/deliveryqueryservice.h"
#include "httpmessagehighlighter.h"
#include "models/deliverylogmodel.h"
#include "providerpreviewpanel.h"
#include "providers/providerregistry.h"
#include "session.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Journey {

namespace {

const QString splitterKey = QStringLiteral("deliverylog/splitter");
const QString headerKey = QStringLiteral("deliverylog/header");

QPlainTextEdit* messageView(const QString& placeholder, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlaceholderText(placeholder);
    new HttpMessageHighlighter(view->document());
    return view;
}

} // namespace

DeliveryLogView::DeliveryLogView(Session* session, AppSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_model(new DeliveryLogModel(session->deliveryQueries(), this))
    , m_provider(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_request(messageView(tr("Select an exchange to see the request."), this))
    , m_response(messageView(tr("Select an exchange to see the response."), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Provider:"), this));
    m_provider->setMinimumContentsLength(14);
    filters->addWidget(m_provider);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Outcome:"), this));
    m_outcome->addItem(tr("Any outcome"), -1);
    m_outcome->addItem(tr("Delivered"), int(DeliveryOutcome::Delivered));
    m_outcome->addItem(tr("Retry"), int(DeliveryOutcome::Retry));
    m_outcome->addItem(tr("Failed"), int(DeliveryOutcome::Failed));
    filters->addWidget(m_outcome);
    filters->addSpacing(8);
    filters->addWidget(m_count, 1);
    auto* reload = new QPushButton(tr("Reload"), this);
    reload->setToolTip(tr("Read the newest entries from the store again"));
    connect(reload, &QPushButton::clicked, m_model, &DeliveryLogModel::reload);
    filters->addWidget(reload);
    layout->addLayout(filters);

    m_table->setObjectName(QStringLiteral("deliveryLogTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(DeliveryLogModel::ReasonColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(DeliveryLogModel::TimeColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 16);
    m_table->setColumnWidth(DeliveryLogModel::ProviderColumn, 120);
    m_table->setColumnWidth(DeliveryLogModel::RequestColumn, 330);
    m_table->setColumnWidth(DeliveryLogModel::StatusColumn, 70);
    m_table->setColumnWidth(DeliveryLogModel::OutcomeColumn, 90);
    m_table->setColumnWidth(DeliveryLogModel::EventsColumn, 110);
    m_table->setColumnWidth(DeliveryLogModel::DurationColumn, 80);
    m_splitter->addWidget(m_table);

    auto* detail = new QWidget(m_splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_summary);
    auto* panes = new QSplitter(Qt::Horizontal, detail);
    panes->setObjectName(QStringLiteral("deliveryLogPanes"));
    auto* requestBox = new QWidget(panes);
    auto* requestLayout = new QVBoxLayout(requestBox);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(new QLabel(tr("<b>Request</b>"), requestBox));
    requestLayout->addWidget(m_request, 1);
    auto* responseBox = new QWidget(panes);
    auto* responseLayout = new QVBoxLayout(responseBox);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(new QLabel(tr("<b>Response</b>"), responseBox));
    responseLayout->addWidget(m_response, 1);
    panes->addWidget(requestBox);
    panes->addWidget(responseBox);
    panes->setStretchFactor(0, 3);
    panes->setStretchFactor(1, 2);
    detailLayout->addWidget(panes, 1);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    if (!settings->viewState(splitterKey).isEmpty())
        m_splitter->restoreState(settings->viewState(splitterKey));
    if (!settings->viewState(headerKey).isEmpty())
        m_table->horizontalHeader()->restoreState(settings->viewState(headerKey));
    layout->addWidget(m_splitter, 1);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &DeliveryLogView::applyFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &DeliveryLogView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeliveryLogView::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveryLogView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DeliveryLogView::updateCount);
    connect(m_model, &DeliveryLogModel::loadFailed, this, [this](const QString& message) {
        m_count->setText(tr("The delivery log could not be read: %1").arg(message));
    });
    connect(session->deliveryQueries(), &DeliveryQueryService::exchangeReady, this, &DeliveryLogView::onExchangeReady);
    connect(session->connector(), &Connector::exchangeFinished, m_model, &DeliveryLogModel::addExchange);
    connect(session, &Session::storeOpened, m_model, &DeliveryLogModel::reload);
    connect(session, &Session::configChanged, this, &DeliveryLogView::fillProviderFilter);

    fillProviderFilter();
    updateCount();
}

DeliveryLogView::~DeliveryLogView() = default;

void DeliveryLogView::saveState()
{
    m_settings->setViewState(splitterKey, m_splitter->saveState());
    m_settings->setViewState(headerKey, m_table->horizontalHeader()->saveState());
}

void DeliveryLogView::fillProviderFilter()
{
    const QString current = m_provider->currentData().toString();
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    m_provider->addItem(tr("All providers"), QString());
    QHash<QString, QString> names;
    // Every provider the connector knows, configured or not: the log keeps entries of removed ones too.
    for (const QString& id : ProviderRegistry::ids()) {
        const QString name = ProviderRegistry::displayName(id);
        names.insert(id, name);
        if (m_session->config().settingsFor(id))
            m_provider->addItem(name, id);
    }
    m_model->setProviderNames(names);
    const int index = m_provider->findData(current);
    m_provider->setCurrentIndex(index >= 0 ? index : 0);
}

void DeliveryLogView::applyFilter()
{
    m_model->setFilter(m_provider->currentData().toString(), m_outcome->currentData().toInt());
}

void DeliveryLogView::updateCount()
{
    const int rows = m_model->rowCount();
    if (rows == 0 && !m_model->isLoading())
        m_count->setText(tr("No requests sent yet: compose an event and send it, and each request appears here."));
    else if (m_model->hasMore())
        m_count->setText(tr("The newest %1 exchanges; scroll down for older ones").arg(QLocale().toString(rows)));
    else
        m_count->setText(tr("Exchanges: %1").arg(QLocale().toString(rows)));
}

void DeliveryLogView::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const DeliveryExchange& exchange = m_model->exchangeAt(rows.first().row());
    if (exchange.id == m_shownId)
        return;
    m_detailTicket = m_session->deliveryQueries()->queryExchange(exchange.id);
}

void DeliveryLogView::onExchangeReady(quint64 ticket, const DeliveryExchange& exchange)
{
    if (ticket != m_detailTicket)
        return;
    m_detailTicket = 0;
    m_shownId = exchange.id;
    QString outcome;
    switch (exchange.outcome) {
    case DeliveryOutcome::Delivered:
        outcome = tr("<span style=\"color:#2e7d32\">● delivered</span>");
        break;
    case DeliveryOutcome::Retry:
        outcome = tr("<span style=\"color:#b26a00\">● to be retried</span>");
        break;
    case DeliveryOutcome::Failed:
        outcome = tr("<span style=\"color:#c62828\">● failed</span>");
        break;
    }
    QString summary = tr("<b>%1</b> · %2 · attempt %3 · events: %4 · %5")
                          .arg(ProviderRegistry::displayName(exchange.provider).toHtmlEscaped(),
                              QLocale().toString(QDateTime::fromMSecsSinceEpoch(exchange.sentAt), QLocale::LongFormat).toHtmlEscaped())
                          .arg(exchange.attempt)
                          .arg(exchange.eventCount)
                          .arg(outcome);
    if (exchange.gzip)
        summary += tr(" · sent gzip-compressed (%1 bytes)").arg(QLocale().toString(exchange.wireSize));
    if (!exchange.reason.isEmpty())
        summary += QStringLiteral("<br>") + exchange.reason.toHtmlEscaped();
    m_summary->setText(summary);
    m_request->setPlainText(requestToText(exchange));
    m_response->setPlainText(ProviderPreviewPanel::responseToText(exchange));
}

QString DeliveryLogView::requestText() const
{
    return m_request->toPlainText();
}

QString DeliveryLogView::responseText() const
{
    return m_response->toPlainText();
}

QString DeliveryLogView::requestToText(const DeliveryExchange& exchange)
{
    QString text = QString::fromLatin1(exchange.method) + QLatin1Char(' ') + exchange.url + QLatin1Char('\n');
    bool encodingShown = false;
    for (const auto& [name, value] : exchange.requestHeaders) {
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + QLatin1Char('\n');
        encodingShown = encodingShown || name.compare("Content-Encoding", Qt::CaseInsensitive) == 0;
    }
    if (exchange.gzip && !encodingShown)
        text += QStringLiteral("Content-Encoding: gzip\n");
    text += QLatin1Char('\n');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.requestBody, &error);
    if (error.error == QJsonParseError::NoError)
        text += QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    else
        text += QString::fromUtf8(exchange.requestBody);
    return text;
}

} // namespace Journey

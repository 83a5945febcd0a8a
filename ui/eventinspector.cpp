// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventinspector.h"

#include "validation/validationreportwriter.h"

#include "core/jsonformatter.h"
#include "core/timestamp.h"
#include "eventtypedelegate.h"
#include "jsonhighlighter.h"
#include "models/jsontreemodel.h"
#include "store/storequeryservice.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Journey {

namespace {
QPlainTextEdit* makeCodeView(QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

QString sizeText(qint64 bytes)
{
    return bytes < 1024 ? QCoreApplication::translate("Journey::EventInspector", "%1 B").arg(bytes)
                        : QCoreApplication::translate("Journey::EventInspector", "%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
}
} // namespace

EventInspector::EventInspector(StoreQueryService* queries, QWidget* parent)
    : QWidget(parent)
    , m_queries(queries)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView(this))
    , m_treeModel(new JsonTreeModel(this))
    , m_json(makeCodeView(this))
    , m_requestNote(new QLabel(this))
    , m_asSent(new QCheckBox(tr("Show the body as sent"), this))
    , m_request(makeCodeView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);

    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, 180);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    new JsonHighlighter(m_json->document());

    auto* jsonPage = new QWidget(this);
    auto* copy = new QPushButton(tr("Copy JSON"), jsonPage);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_json->toPlainText()); });
    auto* jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(0, 4, 0, 0);
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addWidget(copy, 0, Qt::AlignRight);

    auto* requestPage = new QWidget(this);
    m_requestNote->setWordWrap(true);
    auto* requestLayout = new QVBoxLayout(requestPage);
    requestLayout->setContentsMargins(0, 4, 0, 0);
    requestLayout->addWidget(m_requestNote);
    requestLayout->addWidget(m_asSent);
    requestLayout->addWidget(m_request, 1);
    connect(m_asSent, &QCheckBox::toggled, this, &EventInspector::showRequest);

    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(jsonPage, tr("JSON"));
    m_tabs->addTab(requestPage, tr("Raw request"));
    m_validation = new QPlainTextEdit(this);
    m_validation->setReadOnly(true);
    m_validation->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_tabs->addTab(m_validation, tr("Validation"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_tabs, 1);

    connect(m_queries, &StoreQueryService::requestReady, this, &EventInspector::onRequestReady);
    connect(m_queries, &StoreQueryService::queryFailed, this, &EventInspector::onQueryFailed);
    connect(m_queries, &StoreQueryService::validationReady, this, &EventInspector::onValidationReady);
    clear();
}

void EventInspector::clear()
{
    m_event.reset();
    m_storedRequest.reset();
    m_requestTicket = 0;
    m_title->setText(tr("No event selected"));
    m_details->setText(tr("Select an event in the stream to see it here."));
    m_treeModel->clear();
    m_json->clear();
    m_request->clear();
    m_requestNote->clear();
    m_asSent->setVisible(false);
    m_validation->clear();
    m_validationTicket = 0;
    m_tabs->setTabText(ValidationTab, tr("Validation"));
}

void EventInspector::setEvent(const Event& event)
{
    m_event = event;
    m_storedRequest.reset();
    const QString color = EventTypeDelegate::colorOf(event.type).name();
    const QString type = QString::fromLatin1(eventTypeName(event.type));
    m_title->setText(QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                         .arg(color, type.toHtmlEscaped(), event.name.isEmpty() ? QString() : event.name.toHtmlEscaped()));
    QStringList details;
    details << tr("Timestamp %1").arg(Timestamp::toIso8601String(event.timestamp))
            << tr("received %1").arg(Timestamp::toIso8601String(event.receivedAt));
    if (!event.userId.isEmpty())
        details << tr("userId %1").arg(event.userId);
    if (!event.anonymousId.isEmpty())
        details << tr("anonymousId %1").arg(event.anonymousId);
    details << tr("from %1").arg(eventSourceDisplayName(event.source)) << tr("store id %1").arg(event.id);
    m_details->setText(details.join(QStringLiteral(" · ")));

    m_treeModel->setJson(event.json);
    m_tree->expandToDepth(1);
    m_json->setPlainText(QString::fromUtf8(JsonFormatter::indent(event.json)));

    m_validationTicket = 0;
    switch (event.validation) {
    case ValidationState::Unchecked:
        m_tabs->setTabText(ValidationTab, tr("Validation"));
        m_validation->setPlainText(tr("Not checked: no tracking plan or provider lints were active when this event "
                                      "arrived. Open a plan on the Validation page to check new events."));
        break;
    case ValidationState::Valid:
        m_tabs->setTabText(ValidationTab, tr("Validation ✓"));
        m_validation->setPlainText(tr("Follows the tracking plan."));
        break;
    case ValidationState::Warning:
    case ValidationState::Invalid:
        m_tabs->setTabText(ValidationTab, event.validation == ValidationState::Invalid ? tr("Validation ✗") : tr("Validation ⚠"));
        m_validation->setPlainText(tr("Loading the violations…"));
        m_validationTicket = m_queries->queryValidation(event.id);
        break;
    }

    m_request->clear();
    m_asSent->setVisible(false);
    if (event.requestId == 0) {
        m_requestTicket = 0;
        m_requestNote->setText(event.source == EventSource::Import
                ? tr("This event was imported from a file: there is no HTTP request to show.")
                : tr("This event has no recorded HTTP request."));
        return;
    }
    m_requestNote->setText(tr("Loading the request…"));
    m_requestTicket = m_queries->queryRequest(event.requestId);
}

void EventInspector::setEvent(const Event& event, const std::optional<StoredRequest>& request)
{
    Event detached = event;
    detached.requestId = 0;
    detached.validation = ValidationState::Unchecked;
    setEvent(detached);
    // Not a store row: its id is its place in the capture.
    m_details->setText(m_details->text().replace(tr("store id %1").arg(event.id), tr("event %1 of the capture").arg(event.id)));
    if (!request)
        return;
    m_storedRequest = *request;
    showRequest();
}

void EventInspector::onRequestReady(quint64 ticket, const StoredRequest& request)
{
    if (ticket != m_requestTicket)
        return;
    m_storedRequest = request;
    showRequest();
}

void EventInspector::onValidationReady(quint64 ticket, qint64 eventId, ValidationState state,
    const QList<PlanViolation>& violations)
{
    if (ticket != m_validationTicket || !m_event || m_event->id != eventId)
        return;
    QStringList lines;
    lines << (state == ValidationState::Invalid ? tr("Breaks the tracking plan:") : tr("Tracking plan warnings:"));
    for (const PlanViolation& violation : violations)
        lines << QStringLiteral("• ") + ValidationReportWriter::describe(violation);
    m_validation->setPlainText(lines.join(QLatin1Char('\n')));
    m_tabs->setTabText(ValidationTab,
        (state == ValidationState::Invalid ? tr("Validation ✗ (%1)") : tr("Validation ⚠ (%1)")).arg(violations.size()));
}

QString EventInspector::validationText() const
{
    return m_validation->toPlainText();
}

void EventInspector::onQueryFailed(quint64 ticket, const QString& message)
{
    if (ticket == m_validationTicket) {
        m_validation->setPlainText(tr("The validation results could not be read: %1").arg(message));
        return;
    }
    if (ticket != m_requestTicket)
        return;
    m_requestNote->setText(tr("The request could not be read: %1").arg(message));
}

void EventInspector::showRequest()
{
    if (!m_storedRequest)
        return;
    const StoredRequest& request = *m_storedRequest;
    QString note = tr("%1 %2 answered %3 · %n event(s)", nullptr, request.eventCount)
                       .arg(request.method, request.path)
                       .arg(request.status);
    if (!request.contentEncoding.isEmpty())
        note += tr(" · %1: %2 on the wire, %3 decoded")
                    .arg(QString::fromLatin1(request.contentEncoding), sizeText(request.wireSize), sizeText(request.body.size()));
    else
        note += tr(" · %1").arg(sizeText(request.body.size()));
    if (request.upstream) {
        const UpstreamExchange& upstream = *request.upstream;
        note += upstream.answered() ? tr(" · forwarded: upstream answered %1 in %2 ms").arg(upstream.status).arg(upstream.durationMs)
                                    : tr(" · forwarded: %1").arg(upstream.error);
    }
    note += tr(" · secrets masked");
    m_requestNote->setText(note);
    const bool isJson = JsonFormatter::isValid(request.body);
    m_asSent->setVisible(isJson);
    const QByteArray body = isJson && !m_asSent->isChecked() ? JsonFormatter::indent(request.body) : request.body;
    QByteArray text = request.headerText() + '\n' + body;
    if (request.upstream) {
        // The upstream's answer, below the request: what the SDK got back.
        const UpstreamExchange& upstream = *request.upstream;
        text += "\n\n# forwarded to " + upstream.url.toUtf8() + '\n';
        if (upstream.answered()) {
            text += "HTTP/1.1 " + QByteArray::number(upstream.status) + '\n';
            for (const auto& [name, value] : upstream.headers)
                text += name + ": " + value + '\n';
            text += '\n' + (JsonFormatter::isValid(upstream.body) ? JsonFormatter::indent(upstream.body) : upstream.body);
        } else {
            text += "# " + upstream.error.toUtf8() + '\n';
        }
    }
    m_request->setPlainText(QString::fromUtf8(text));
}

void EventInspector::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString EventInspector::requestText() const
{
    return m_request->toPlainText();
}

QString EventInspector::jsonText() const
{
    return m_json->toPlainText();
}

} // namespace Journey

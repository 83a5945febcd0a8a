// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "rejectedview.h"

#include "appsettings.h"
#include "core/jsonformatter.h"
#include "httpmessagehighlighter.h"
#include "models/rejectedrequestmodel.h"
#include "session.h"
#include "store/eventrecorder.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Journey {

namespace {

const QString splitterKey = QStringLiteral("rejected/splitter");
const QString headerKey = QStringLiteral("rejected/header");

} // namespace

RejectedView::RejectedView(Session* session, AppSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_model(new RejectedRequestModel(session->queries(), this))
    , m_count(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(this))
    , m_reason(new QLabel(this))
    , m_request(new QPlainTextEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    top->addWidget(m_count, 1);
    auto* reload = new QPushButton(tr("Reload"), this);
    reload->setToolTip(tr("Read the newest rejected requests from the store again"));
    connect(reload, &QPushButton::clicked, m_model, &RejectedRequestModel::reload);
    top->addWidget(reload);
    layout->addLayout(top);

    m_table->setObjectName(QStringLiteral("rejectedTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(RejectedRequestModel::ReasonColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(RejectedRequestModel::TimeColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 16);
    m_table->setColumnWidth(RejectedRequestModel::ProviderColumn, 130);
    m_table->setColumnWidth(RejectedRequestModel::RequestColumn, 260);
    m_table->setColumnWidth(RejectedRequestModel::StatusColumn, 60);
    m_splitter->addWidget(m_table);

    auto* detail = new QWidget(m_splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_reason->setObjectName(QStringLiteral("rejectedReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setText(tr("Select a request to see why it was rejected."));
    detailLayout->addWidget(m_reason);
    m_request->setObjectName(QStringLiteral("rejectedRequest"));
    m_request->setReadOnly(true);
    m_request->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_request->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setPlaceholderText(tr("The request as it arrived: request line, headers, body."));
    new HttpMessageHighlighter(m_request->document());
    detailLayout->addWidget(m_request, 1);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);

    if (!settings->viewState(splitterKey).isEmpty())
        m_splitter->restoreState(settings->viewState(splitterKey));
    if (!settings->viewState(headerKey).isEmpty())
        m_table->horizontalHeader()->restoreState(settings->viewState(headerKey));

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RejectedView::onSelectionChanged);
    connect(m_model, &RejectedRequestModel::loaded, this, [this] {
        updateCount();
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
        else
            onSelectionChanged();
    });
    connect(m_model, &RejectedRequestModel::loadFailed, this,
        [this](const QString& message) { m_count->setText(tr("Cannot read the rejected requests: %1").arg(message)); });

    // A commit that stored a rejected request (status 400 and up) brings the list up to date.
    connect(session, &Session::storeOpened, m_model, &RejectedRequestModel::reload);
    connect(session->recorder(), &EventRecorder::committed, this, [this](const CommitReportPtr& report) {
        for (const int status : report->statuses) {
            if (status >= 400) {
                m_model->refresh();
                return;
            }
        }
    });
    connect(session->recorder(), &EventRecorder::cleared, this, [this](bool ok) {
        if (ok)
            m_model->clear();
        updateCount();
    });
    if (session->isStoreOpen())
        m_model->reload();
    updateCount();
}

RejectedView::~RejectedView() = default;

void RejectedView::saveState()
{
    m_settings->setViewState(splitterKey, m_splitter->saveState());
    m_settings->setViewState(headerKey, m_table->horizontalHeader()->saveState());
}

QString RejectedView::reasonText() const
{
    return m_reason->text();
}

QString RejectedView::requestText() const
{
    return m_request->toPlainText();
}

void RejectedView::updateCount()
{
    const int count = m_model->rowCount();
    if (count == 0)
        m_count->setText(tr("No rejected requests. Requests the collector refuses (malformed, too large, unknown "
                            "path) are listed here with the reason."));
    else
        m_count->setText(m_model->hasMore() ? tr("The newest %n rejected requests", nullptr, count)
                                            : tr("%n rejected request(s)", nullptr, count));
    Q_EMIT countChanged(count);
}

void RejectedView::onSelectionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_reason->setText(tr("Select a request to see why it was rejected."));
        m_request->clear();
        return;
    }
    const StoredRequest& request = m_model->requestAt(current.row());
    m_reason->setText(tr("%1 — answered %2: %3")
                          .arg(request.source == EventSource::Unknown ? tr("Unknown format")
                                                                      : eventSourceDisplayName(request.source))
                          .arg(request.status)
                          .arg(request.error));
    // The body as it arrived, indented when it is JSON (it usually is not: that is often why it was refused).
    const QByteArray body = JsonFormatter::isValid(request.body) ? JsonFormatter::indent(request.body) : request.body;
    m_request->setPlainText(QString::fromUtf8(request.headerText() + '\n' + body));
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "providerpreviewpanel.h"

#include "httpmessagehighlighter.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace Journey {

namespace {

QPlainTextEdit* messageView(QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    // Wrapped, so that nothing of a request is cut off at the column's edge.
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new HttpMessageHighlighter(view->document());
    return view;
}

QString statusColour(ProviderPreviewPanel::Status status)
{
    switch (status) {
    case ProviderPreviewPanel::Status::Delivered:
        return QStringLiteral("#2e7d32");
    case ProviderPreviewPanel::Status::Retrying:
        return QStringLiteral("#b26a00");
    case ProviderPreviewPanel::Status::Failed:
        return QStringLiteral("#c62828");
    case ProviderPreviewPanel::Status::Pending:
        return QStringLiteral("#1565c0");
    case ProviderPreviewPanel::Status::NotSent:
    case ProviderPreviewPanel::Status::None:
        break;
    }
    return QStringLiteral("#757575");
}

QString bodyText(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

} // namespace

ProviderPreviewPanel::ProviderPreviewPanel(const QString& provider, QWidget* parent)
    : QFrame(parent)
    , m_provider(provider)
    , m_title(new QLabel(this))
    , m_issues(new QLabel(this))
    , m_request(messageView(this))
    , m_statusLabel(new QLabel(this))
    , m_response(messageView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("preview-%1").arg(provider));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::RichText);
    m_issues->hide();
    layout->addWidget(m_issues);

    m_request->setPlaceholderText(tr("No request: see above."));
    auto* responseBox = new QWidget(this);
    auto* responseLayout = new QVBoxLayout(responseBox);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->setSpacing(2);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::RichText);
    responseLayout->addWidget(m_statusLabel);
    m_response->setPlaceholderText(tr("The response appears here once the request has been answered."));
    responseLayout->addWidget(m_response, 1);
    m_splitter->addWidget(m_request);
    m_splitter->addWidget(responseBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    clearResult();
}

void ProviderPreviewPanel::setPreview(const RequestPreview::ProviderRequests& preview)
{
    const int requests = int(preview.requests.size());
    if (requests == 0)
        m_title->setText(tr("%1 · nothing to send").arg(preview.displayName));
    else if (requests == 1)
        m_title->setText(preview.displayName);
    else
        m_title->setText(tr("%1 · %n requests", nullptr, requests).arg(preview.displayName));

    QStringList issues;
    if (!preview.skipped.isEmpty())
        issues.append(tr("<b>Skipped:</b> %1").arg(preview.skipped.toHtmlEscaped()));
    if (preview.sampledOut)
        issues.append(tr("<b>Sampled out:</b> the sampling rules leave this person out; the event is recorded, not sent."));
    for (const QString& rejected : preview.rejected)
        issues.append(tr("<b>Rejected:</b> %1").arg(rejected.toHtmlEscaped()));
    for (const QString& note : preview.notes)
        issues.append(tr("<b>Note:</b> %1").arg(note.toHtmlEscaped()));
    const bool problem = !preview.skipped.isEmpty() || preview.sampledOut || !preview.rejected.isEmpty();
    m_issues->setStyleSheet(problem ? QStringLiteral("color: #b26a00;") : QString());
    m_issues->setText(issues.join(QLatin1String("<br>")));
    m_issues->setVisible(!issues.isEmpty());

    QString text;
    QStringList labels;
    for (qsizetype i = 0; i < preview.requests.size(); ++i) {
        const ProviderRequest& request = preview.requests[i];
        if (!request.label.isEmpty())
            labels.append(request.label);
        // Several requests (Mixpanel's /engage next to /import, say) are told apart by a note line.
        if (preview.requests.size() > 1) {
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            text += tr("# request %1 of %2: %3").arg(i + 1).arg(preview.requests.size()).arg(request.label);
            text += QLatin1Char('\n');
        }
        text += RequestPreview::toText(request);
    }
    m_title->setToolTip(labels.isEmpty() ? preview.provider : tr("%1: %2").arg(preview.provider, labels.join(QLatin1String(", "))));
    // Re-setting the same text would scroll the view back to the top while the user reads it.
    if (m_request->toPlainText() != text)
        m_request->setPlainText(text);
}

void ProviderPreviewPanel::setStatus(Status status, const QString& text)
{
    m_status = status;
    if (status == Status::None) {
        m_statusLabel->setText(tr("<span style=\"color:#757575\">Not sent yet.</span>"));
        return;
    }
    m_statusLabel->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(statusColour(status), text.toHtmlEscaped()));
}

void ProviderPreviewPanel::setResponse(const DeliveryExchange& exchange)
{
    m_exchangeId = exchange.id;
    m_response->setPlainText(responseToText(exchange));
}

void ProviderPreviewPanel::clearResult()
{
    m_exchangeId = 0;
    m_response->clear();
    setStatus(Status::None, QString());
}

QString ProviderPreviewPanel::titleText() const
{
    return m_title->text();
}

QString ProviderPreviewPanel::requestText() const
{
    return m_request->toPlainText();
}

QString ProviderPreviewPanel::issuesText() const
{
    return m_issues->isVisibleTo(this) ? m_issues->text() : QString();
}

QString ProviderPreviewPanel::statusText() const
{
    return m_statusLabel->text();
}

QString ProviderPreviewPanel::responseText() const
{
    return m_response->toPlainText();
}

QString ProviderPreviewPanel::responseToText(const DeliveryExchange& exchange)
{
    QString text;
    if (exchange.status > 0)
        text = tr("HTTP %1 · %2 ms").arg(exchange.status).arg(QLocale().toString(exchange.durationMs));
    else
        text = tr("No HTTP answer · %1 ms").arg(QLocale().toString(exchange.durationMs));
    text += QLatin1Char('\n');
    for (const auto& [name, value] : exchange.responseHeaders)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    if (!exchange.responseBody.isEmpty())
        text += bodyText(exchange.responseBody);
    else if (!exchange.reason.isEmpty())
        text += exchange.reason;
    return text;
}

} // namespace Journey

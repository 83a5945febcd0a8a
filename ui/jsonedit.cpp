// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "jsonedit.h"

#include "jsonhighlighter.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Journey {

JsonEdit::JsonEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_errorLabel(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    new JsonHighlighter(m_edit->document());
    layout->addWidget(m_edit, 1);

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::RichText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();
    connect(m_errorLabel, &QLabel::linkActivated, this, [this] {
        if (m_errorPosition < 0)
            return;
        QTextCursor cursor = m_edit->textCursor();
        cursor.setPosition(qMin(m_errorPosition, m_edit->document()->characterCount() - 1));
        m_edit->setTextCursor(cursor);
        m_edit->setFocus();
    });
    layout->addWidget(m_errorLabel);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        validate();
        Q_EMIT edited();
    });
}

QString JsonEdit::text() const
{
    return m_edit->toPlainText();
}

void JsonEdit::setText(const QString& text)
{
    m_edit->setPlainText(text);
}

void JsonEdit::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void JsonEdit::validate()
{
    const QString text = m_edit->toPlainText();
    m_object = {};
    m_error.clear();
    m_errorPosition = -1;
    if (!text.trimmed().isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // The offset counts UTF-8 bytes; lines and columns count characters.
            const QString before = QString::fromUtf8(utf8.left(parseError.offset));
            const qsizetype lineStart = before.lastIndexOf(QLatin1Char('\n')) + 1;
            const qsizetype line = before.count(QLatin1Char('\n')) + 1;
            const qsizetype column = before.size() - lineStart + 1;
            m_errorPosition = int(before.size());
            m_error = tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
        } else if (!document.isObject()) {
            m_error = tr("line 1, column 1: expected a JSON object in braces: { … }");
            m_errorPosition = 0;
        } else {
            m_object = document.object();
        }
    }
    if (m_error.isEmpty()) {
        m_errorLabel->hide();
    } else {
        m_errorLabel->setText(tr("<a href=\"#error\" style=\"color:#c62828\">%1</a>").arg(m_error.toHtmlEscaped()));
        m_errorLabel->show();
    }
}

} // namespace Journey

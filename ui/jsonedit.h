// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Journey {

/*!
 * A JSON object editor that checks the text as it is typed: a parse error is shown under the text with its
 * line and column, and the caret can jump there. An empty text is an empty object.
 */
class JsonEdit : public QWidget
{
    Q_OBJECT
public:
    explicit JsonEdit(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    void setPlaceholderText(const QString& text);
    QPlainTextEdit* editor() const { return m_edit; }

    bool isValid() const { return m_error.isEmpty(); }
    /// "line 3, column 7: unterminated string"; empty when valid.
    const QString& errorText() const { return m_error; }
    /// The parsed object (empty when the text is empty or invalid).
    const QJsonObject& object() const { return m_object; }

Q_SIGNALS:
    /// The text changed (and was checked).
    void edited();

private:
    void validate();

    QPlainTextEdit* m_edit;
    QLabel* m_errorLabel;
    QString m_error;
    QJsonObject m_object;
    int m_errorPosition = -1;
};

} // namespace Journey

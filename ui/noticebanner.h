// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace Journey {

/// An inline, non-modal message across the top of the window, with optional action buttons.
class NoticeBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit NoticeBanner(QWidget* parent = nullptr);

    /// Shows \a text; an information banner hides itself after \a autoHideMs (0 = stays).
    void showMessage(Kind kind, const QString& text, int autoHideMs = 0);
    /// Adds a button for the message on display; it is removed with the message.
    QPushButton* addAction(const QString& text);
    void dismiss();
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_label;
    QHBoxLayout* m_actions;
    QTimer* m_hideTimer;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "noticebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace Journey {

NoticeBanner::NoticeBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &NoticeBanner::dismiss);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_actions);
    layout->addWidget(close);

    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &NoticeBanner::dismiss);
    hide();
}

void NoticeBanner::showMessage(Kind kind, const QString& text, int autoHideMs)
{
    while (QLayoutItem* item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString colours = QStringLiteral("background: #e8f1fb; border: 1px solid #9cc3ea; color: #1b3a57;");
    if (kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        colours = QStringLiteral("background: #fff6dd; border: 1px solid #e6c35c; color: #4a3a06;");
    } else if (kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        colours = QStringLiteral("background: #fde8e8; border: 1px solid #e59a9a; color: #5c1111;");
    }
    setStyleSheet(QStringLiteral("QFrame#noticeBanner { %1 border-radius: 4px; } QLabel { background: transparent; border: none; }")
                      .arg(colours));
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    m_label->setText(text);
    show();
    if (autoHideMs > 0)
        m_hideTimer->start(autoHideMs);
    else
        m_hideTimer->stop();
}

QPushButton* NoticeBanner::addAction(const QString& text)
{
    auto* button = new QPushButton(text, this);
    m_actions->addWidget(button);
    return button;
}

void NoticeBanner::dismiss()
{
    m_hideTimer->stop();
    hide();
}

QString NoticeBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace Journey

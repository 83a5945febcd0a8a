// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "validationtimeline.h"

#include "validationtintdelegate.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace Journey {

namespace {
constexpr qint64 minute = 60 * 1000;
constexpr int labelHeight = 16;
} // namespace

ValidationTimeline::ValidationTimeline(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(70);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ValidationTimeline::setCounts(const QMap<qint64, std::pair<qint64, qint64>>& perMinute)
{
    m_perMinute = perMinute;
    m_lastMinute = perMinute.isEmpty() ? 0 : perMinute.lastKey();
    update();
}

QSize ValidationTimeline::sizeHint() const
{
    return { 480, 84 };
}

int ValidationTimeline::barAt(int x) const
{
    const double width = double(this->width()) / minutesShown;
    return std::clamp(int(x / width), 0, minutesShown - 1);
}

void ValidationTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect chart = rect().adjusted(0, 2, 0, -labelHeight);
    painter.fillRect(chart, palette().base());
    painter.setPen(palette().mid().color());
    painter.drawRect(chart.adjusted(0, 0, -1, -1));
    if (m_perMinute.isEmpty()) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(chart, Qt::AlignCenter, tr("No violations yet"));
        return;
    }
    qint64 peak = 1;
    for (auto it = m_perMinute.lowerBound(m_lastMinute - (minutesShown - 1) * minute); it != m_perMinute.end(); ++it)
        peak = std::max(peak, it->first + it->second);
    const double barWidth = double(chart.width()) / minutesShown;
    QColor errors = ValidationTintDelegate::tintOf(ValidationState::Invalid);
    errors.setAlpha(220);
    QColor warnings = ValidationTintDelegate::tintOf(ValidationState::Warning);
    warnings.setAlpha(220);
    for (int bar = 0; bar < minutesShown; ++bar) {
        const qint64 start = m_lastMinute - (minutesShown - 1 - bar) * minute;
        const auto found = m_perMinute.constFind(start);
        if (found == m_perMinute.constEnd())
            continue;
        const double x = chart.left() + bar * barWidth + 1;
        const double errorHeight = double(chart.height() - 4) * double(found->first) / double(peak);
        const double warningHeight = double(chart.height() - 4) * double(found->second) / double(peak);
        const double bottom = chart.bottom() - 1;
        painter.fillRect(QRectF(x, bottom - errorHeight, std::max(1.0, barWidth - 2), errorHeight), errors);
        painter.fillRect(
            QRectF(x, bottom - errorHeight - warningHeight, std::max(1.0, barWidth - 2), warningHeight), warnings);
    }
    painter.setPen(palette().text().color());
    const QLocale locale;
    const QString first = locale.toString(QDateTime::fromMSecsSinceEpoch(m_lastMinute - (minutesShown - 1) * minute).time(),
        QLocale::ShortFormat);
    const QString last = locale.toString(QDateTime::fromMSecsSinceEpoch(m_lastMinute).time(), QLocale::ShortFormat);
    const QRect labels(0, chart.bottom() + 2, width(), labelHeight - 2);
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, first);
    painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, last);
    painter.drawText(labels, Qt::AlignCenter, tr("peak %1 per minute").arg(peak));
}

bool ValidationTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && !m_perMinute.isEmpty()) {
        auto* help = static_cast<QHelpEvent*>(event);
        const qint64 start = m_lastMinute - (minutesShown - 1 - barAt(help->pos().x())) * minute;
        const auto counts = m_perMinute.value(start);
        QToolTip::showText(help->globalPos(),
            tr("%1: %2 with errors, %3 with warnings only")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(start).time(), QLocale::ShortFormat))
                .arg(counts.first)
                .arg(counts.second),
            this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Journey

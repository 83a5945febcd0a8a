// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "sessiontimeline.h"

#include "analysis/analysisreportwriter.h"
#include "eventtypedelegate.h"
#include "validationtintdelegate.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Journey {

namespace {
constexpr double sideMargin = 16;
constexpr double bandTop = 4;
constexpr double markerRadius = 5;
constexpr double minStep = 9; ///< px between events however close in time
constexpr double breakWidth = 60; ///< px of a compressed pause
constexpr qint64 minThresholdMs = 60'000;
constexpr double maxLabelWidth = 170;

QString clockText(qint64 ms, bool withMs)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
        withMs ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
}
} // namespace

SessionTimeline::SessionTimeline(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_message = tr("Select a session to see its events on a time line.");
}

void SessionTimeline::setEvents(const EventBatchPtr& events)
{
    m_events = events && !events->isEmpty() ? events : EventBatchPtr();
    m_message = m_events ? QString() : tr("This session has no events to show.");
    m_current = -1;
    m_hovered = -1;
    relayout();
    updateGeometry();
    update();
}

void SessionTimeline::clear(const QString& message)
{
    m_events.reset();
    m_message = message;
    m_current = -1;
    m_hovered = -1;
    relayout();
    updateGeometry();
    update();
}

QSize SessionTimeline::sizeHint() const
{
    return { std::max(640, m_requiredWidth), 230 };
}

QSize SessionTimeline::minimumSizeHint() const
{
    return { std::max(320, m_requiredWidth), 190 };
}

double SessionTimeline::axisY() const
{
    return height() - 2.0 * fontMetrics().height() - 8;
}

QRectF SessionTimeline::pageBand() const
{
    return QRectF(0, bandTop, width(), fontMetrics().height() + 8);
}

int SessionTimeline::laneCount() const
{
    const double top = pageBand().bottom() + 6;
    const double bottom = axisY() - markerRadius - 8;
    return std::max(1, int((bottom - top) / (fontMetrics().height() + 6)));
}

bool SessionTimeline::isPageView(int index) const
{
    const EventType type = m_events->type(index);
    return type == EventType::Page || type == EventType::Screen;
}

QString SessionTimeline::labelOf(int index) const
{
    if (!m_events || index < 0 || index >= m_events->size())
        return {};
    const QString name = QString::fromUtf8(m_events->name(index));
    if (!name.isEmpty())
        return name;
    return QString::fromLatin1(eventTypeName(m_events->type(index)));
}

void SessionTimeline::relayout()
{
    m_items.clear();
    m_breaks.clear();
    m_thresholdMs = 0;
    m_requiredWidth = 0;
    if (!m_events)
        return;
    const int count = m_events->size();
    m_items.resize(size_t(count));

    // Pauses: the long ones (against the session's own rhythm) become breaks.
    std::vector<qint64> pauses;
    for (int i = 1; i < count; ++i)
        pauses.push_back(std::max<qint64>(0, m_events->timestamp(i) - m_events->timestamp(i - 1)));
    std::vector<qint64> positive;
    std::copy_if(pauses.begin(), pauses.end(), std::back_inserter(positive), [](qint64 pause) { return pause > 0; });
    qint64 median = 0;
    if (!positive.empty()) {
        std::nth_element(positive.begin(), positive.begin() + qsizetype(positive.size() / 2), positive.end());
        median = positive[positive.size() / 2];
    }
    m_thresholdMs = std::max(minThresholdMs, 4 * median);
    int breaks = 0;
    for (const qint64 pause : pauses)
        breaks += pause > m_thresholdMs ? 1 : 0;

    const int shortPauses = int(pauses.size()) - breaks;
    m_requiredWidth = int(std::ceil(2 * sideMargin + shortPauses * minStep + breaks * breakWidth + maxLabelWidth / 2));
    const double available = std::max(0.0, width() - 2 * sideMargin - maxLabelWidth / 3);
    // Pixels per ms within stretches of activity: the largest that fits (each pause at least minStep wide).
    const auto widthAt = [&](double scale) {
        double total = breaks * breakWidth;
        for (const qint64 pause : pauses) {
            if (pause <= m_thresholdMs)
                total += std::max(minStep, double(pause) * scale);
        }
        return total;
    };
    double scale = 0;
    double extra = 0; // px added to every short pause when time alone cannot fill the width
    if (widthAt(0) < available) {
        double high = 1;
        while (widthAt(high) < available && high < 1e9)
            high *= 2;
        if (widthAt(high) < available) {
            // No pause has any length: spread the events evenly.
            extra = shortPauses > 0 ? (available - widthAt(0)) / shortPauses : 0;
        } else {
            double low = 0;
            for (int round = 0; round < 50; ++round) {
                const double middle = (low + high) / 2;
                (widthAt(middle) < available ? low : high) = middle;
            }
            scale = low;
        }
    }

    double x = count == 1 ? sideMargin + available / 2 : sideMargin;
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            const qint64 pause = pauses[size_t(i - 1)];
            if (pause > m_thresholdMs) {
                m_breaks.push_back({ x, x + breakWidth, pause });
                x += breakWidth;
            } else {
                x += std::max(minStep, double(pause) * scale) + extra;
            }
        }
        m_items[size_t(i)].x = x;
    }

    // Names in lanes above the axis, nearest lane first; page and screen views are named in the band instead.
    // Bold metrics: the current event's name is written in bold and must fit the same place.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    const int lanes = laneCount();
    const double laneHeight = metrics.height() + 6;
    std::vector<double> laneEnd(size_t(lanes), -1e9);
    for (int i = 0; i < count; ++i) {
        Item& item = m_items[size_t(i)];
        item.label = metrics.elidedText(labelOf(i), Qt::ElideRight, maxLabelWidth);
        if (isPageView(i))
            continue;
        const double labelWidth = metrics.horizontalAdvance(item.label) + 6;
        // Written to the right of the marker; near the right edge, to its left.
        double left = item.x - 2;
        if (left + labelWidth > width() - 4)
            left = std::max(2.0, item.x + 2 - labelWidth);
        for (int lane = 0; lane < lanes; ++lane) {
            if (left > laneEnd[size_t(lane)] + 4) {
                item.lane = lane;
                laneEnd[size_t(lane)] = left + labelWidth;
                const double bottom = axisY() - markerRadius - 8 - lane * laneHeight;
                item.labelRect = QRectF(left, bottom - metrics.height(), labelWidth, metrics.height());
                break;
            }
        }
    }
}

QRectF SessionTimeline::markerRect(int index) const
{
    if (index < 0 || size_t(index) >= m_items.size())
        return {};
    const double radius = index == m_current ? markerRadius + 2 : markerRadius;
    return QRectF(m_items[size_t(index)].x - radius, axisY() - radius, 2 * radius, 2 * radius);
}

bool SessionTimeline::isLabelShown(int index) const
{
    if (index < 0 || size_t(index) >= m_items.size())
        return false;
    return m_items[size_t(index)].lane >= 0 || isPageView(index);
}

int SessionTimeline::eventAt(const QPoint& position) const
{
    if (m_items.empty())
        return -1;
    // A label, or the marker nearest to the pointer along the axis (within a few pixels).
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].lane >= 0 && m_items[i].labelRect.contains(position))
            return int(i);
    }
    if (std::abs(position.y() - axisY()) > markerRadius + 8 && !pageBand().contains(position))
        return -1;
    int best = -1;
    double bestDistance = markerRadius + 5;
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (pageBand().contains(position) && !isPageView(int(i)))
            continue;
        const double distance = std::abs(m_items[i].x - position.x());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    return best;
}

void SessionTimeline::setCurrentIndex(int index)
{
    if (index < -1 || index >= eventCount())
        index = -1;
    if (index == m_current)
        return;
    m_current = index;
    update();
    if (index >= 0) {
        for (QWidget* parent = parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(parent)) {
                scroll->ensureVisible(int(m_items[size_t(index)].x), int(axisY()), 80, 20);
                break;
            }
        }
    }
    Q_EMIT currentChanged(index);
}

QString SessionTimeline::toolTipOf(int index) const
{
    if (!m_events || index < 0 || index >= m_events->size())
        return {};
    QStringList lines;
    lines << labelOf(index);
    lines << tr("%1 · %2").arg(
        QString::fromLatin1(eventTypeName(m_events->type(index))), eventSourceDisplayName(m_events->source(index)));
    QString time = clockText(m_events->timestamp(index), true);
    if (index > 0) {
        const qint64 since = m_events->timestamp(index) - m_events->timestamp(index - 1);
        time += since < 1000 ? tr(" (+%1 ms)").arg(since)
                             : tr(" (+%1)").arg(AnalysisReportWriter::formatDuration(double(since) / 1000.0));
    }
    lines << time;
    switch (m_events->validation(index)) {
    case ValidationState::Invalid:
        lines << tr("Breaks the tracking plan");
        break;
    case ValidationState::Warning:
        lines << tr("Tracking plan warnings");
        break;
    case ValidationState::Valid:
        lines << tr("Follows the tracking plan");
        break;
    case ValidationState::Unchecked:
        break;
    }
    lines << tr("Click to inspect, double-click to show it in the Live view");
    return lines.join(QLatin1Char('\n'));
}

void SessionTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().mid().color());
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    if (!m_events) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(font());
    const double axis = axisY();
    const QRectF band = pageBand();
    const double right = width() - sideMargin / 2;
    const int count = m_events->size();

    // Time on each page: shaded from its view to the next view, tagged in the band.
    QColor shade = palette().highlight().color();
    int pageNumber = 0;
    for (int i = 0; i < count; ++i) {
        if (!isPageView(i))
            continue;
        int next = i + 1;
        while (next < count && !isPageView(next))
            ++next;
        const double from = m_items[size_t(i)].x;
        const double to = next < count ? m_items[size_t(next)].x : right;
        shade.setAlpha(pageNumber++ % 2 ? 14 : 30);
        painter.fillRect(QRectF(from, band.top(), std::max(1.0, to - from), axis - band.top()), shade);
        QPen edge(EventTypeDelegate::colorOf(m_events->type(i)));
        edge.setStyle(Qt::DashLine);
        painter.setPen(edge);
        painter.drawLine(QPointF(from, band.bottom()), QPointF(from, axis));
        const double room = std::max(36.0, to - from - 4);
        const QString text = metrics.elidedText(m_items[size_t(i)].label, Qt::ElideRight, room - 10);
        const QRectF tag(from, band.top() + 2, metrics.horizontalAdvance(text) + 10, band.height() - 4);
        QPainterPath path;
        path.addRoundedRect(tag, 4, 4);
        painter.fillPath(path, EventTypeDelegate::colorOf(m_events->type(i)));
        painter.setPen(Qt::white);
        painter.drawText(tag, Qt::AlignCenter, text);
    }

    // The axis, interrupted by the breaks.
    QPen axisPen(palette().text().color());
    axisPen.setWidthF(1.2);
    double from = sideMargin / 2;
    for (const Break& pause : m_breaks) {
        painter.setPen(axisPen);
        painter.drawLine(QPointF(from, axis), QPointF(pause.from + 6, axis));
        QPen dotted(palette().mid().color());
        dotted.setStyle(Qt::DotLine);
        painter.setPen(dotted);
        painter.drawLine(QPointF(pause.from + 6, axis), QPointF(pause.to - 6, axis));
        painter.setPen(axisPen);
        for (const double x : { pause.from + 8, pause.to - 8 })
            painter.drawLine(QPointF(x - 3, axis + 6), QPointF(x + 3, axis - 6));
        from = pause.to - 6;
        const QString gap = AnalysisReportWriter::formatDuration(double(pause.pauseMs) / 1000.0);
        painter.setPen(palette().placeholderText().color());
        painter.drawText(QRectF(pause.from - 20, axis + 6, pause.to - pause.from + 40, metrics.height()),
            Qt::AlignHCenter | Qt::AlignTop, tr("+%1").arg(gap));
    }
    painter.setPen(axisPen);
    painter.drawLine(QPointF(from, axis), QPointF(right, axis));

    // Times below the axis: where each stretch of activity starts, and the end.
    painter.setPen(palette().text().color());
    double lastTimeEnd = -1e9;
    const double timeTop = axis + 6 + metrics.height();
    for (int i = 0; i < count; ++i) {
        const bool stretchStart = i == 0 || m_events->timestamp(i) - m_events->timestamp(i - 1) > m_thresholdMs;
        if (!stretchStart && i != count - 1)
            continue;
        const QString text = clockText(m_events->timestamp(i), false);
        const double textWidth = metrics.horizontalAdvance(text);
        double left = std::clamp(m_items[size_t(i)].x - textWidth / 2, 2.0, width() - textWidth - 2);
        if (left < lastTimeEnd + 8)
            continue;
        painter.drawLine(QPointF(m_items[size_t(i)].x, axis + 2), QPointF(m_items[size_t(i)].x, axis + 6));
        painter.drawText(QRectF(left, timeTop, textWidth + 1, metrics.height()), Qt::AlignLeft, text);
        lastTimeEnd = left + textWidth;
    }

    // Names in their lanes with a leader down to the marker.
    const QColor leader = palette().mid().color();
    QColor labelBackground = palette().base().color();
    labelBackground.setAlpha(215);
    for (int i = 0; i < count; ++i) {
        const Item& item = m_items[size_t(i)];
        if (item.lane < 0)
            continue;
        painter.setPen(QPen(leader, 1));
        painter.drawLine(QPointF(item.x, item.labelRect.bottom()), QPointF(item.x, axis - markerRadius));
    }
    for (int i = 0; i < count; ++i) {
        const Item& item = m_items[size_t(i)];
        if (item.lane < 0)
            continue;
        QFont labelFont = font();
        labelFont.setBold(i == m_current);
        painter.setFont(labelFont);
        // The place was measured in bold; the background covers the text as drawn, on the marker's side.
        QRectF box = item.labelRect;
        const double drawn = QFontMetricsF(labelFont).horizontalAdvance(item.label) + 6;
        if (box.left() < item.x - 2.5)
            box.setLeft(box.right() - drawn);
        else
            box.setWidth(drawn);
        painter.fillRect(box, labelBackground);
        painter.setPen(i == m_current ? palette().highlight().color() : palette().text().color());
        painter.drawText(box.adjusted(3, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, item.label);
    }
    painter.setFont(font());

    // Markers on top: ringed by their validation state; the current one larger, with a focus ring.
    for (int i = 0; i < count; ++i) {
        const QRectF marker = markerRect(i);
        const QColor fill = EventTypeDelegate::colorOf(m_events->type(i));
        const QColor ring = ValidationTintDelegate::tintOf(m_events->validation(i));
        if (ring.isValid()) {
            QColor strong = ring;
            strong.setAlpha(255);
            painter.setPen(QPen(strong.darker(130), 3));
        } else {
            painter.setPen(QPen(palette().base().color(), 1.5));
        }
        painter.setBrush(fill);
        painter.drawEllipse(marker);
        if (i == m_current || i == m_hovered) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette().highlight().color(), i == m_current ? 2 : 1));
            painter.drawEllipse(marker.adjusted(-3, -3, 3, 3));
        }
    }
    if (hasFocus() && m_current >= 0) {
        painter.setPen(QPen(palette().highlight().color(), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

void SessionTimeline::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void SessionTimeline::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        relayout();
}

void SessionTimeline::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const int index = eventAt(event->position().toPoint());
        if (index >= 0)
            setCurrentIndex(index);
    }
    QWidget::mousePressEvent(event);
}

void SessionTimeline::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int index = eventAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0) {
        setCurrentIndex(index);
        Q_EMIT eventActivated(index);
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void SessionTimeline::mouseMoveEvent(QMouseEvent* event)
{
    const int index = eventAt(event->position().toPoint());
    if (index != m_hovered) {
        m_hovered = index;
        setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void SessionTimeline::keyPressEvent(QKeyEvent* event)
{
    if (!m_events) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentIndex(m_current <= 0 ? 0 : m_current - 1);
        return;
    case Qt::Key_Right:
        setCurrentIndex(std::min(eventCount() - 1, m_current + 1));
        return;
    case Qt::Key_Home:
        setCurrentIndex(0);
        return;
    case Qt::Key_End:
        setCurrentIndex(eventCount() - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            Q_EMIT eventActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool SessionTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = eventAt(help->pos());
        if (index >= 0) {
            QToolTip::showText(help->globalPos(), toolTipOf(index), this);
            return true;
        }
        for (const Break& pause : m_breaks) {
            if (help->pos().x() >= pause.from && help->pos().x() <= pause.to) {
                QToolTip::showText(help->globalPos(),
                    tr("No events for %1 (drawn shorter than it was)")
                        .arg(AnalysisReportWriter::formatDuration(double(pause.pauseMs) / 1000.0)),
                    this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Journey

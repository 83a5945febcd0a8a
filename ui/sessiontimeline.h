// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventbatch.h"

#include <QString>
#include <QWidget>

#include <vector>

namespace Journey {

/*!
 * One session's events on a time axis, painted: a marker per event in its call type's colour (ringed red when it
 * breaks the tracking plan, amber for warnings), names in lanes above the axis so they stay readable, page and
 * screen views as tags in a band at the top with the time spent on each page shaded, and times below the axis.
 *
 * Time runs linearly within stretches of activity; a pause longer than the compression threshold (4 × the median
 * pause, at least a minute) is drawn as a fixed-width break marker labelled with its length, so a session with an
 * hour's pause still shows its events side by side. Events closer than a few pixels are spread apart; when the
 * widget is too narrow for that it asks for more width (put it in a QScrollArea).
 *
 * Hovering shows an event's details; a click makes it current (currentChanged), a double click or Enter activates
 * it (eventActivated); Left/Right move through the events.
 */
class SessionTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit SessionTimeline(QWidget* parent = nullptr);

    /// Shows \a events (in time order); no event is current.
    void setEvents(const EventBatchPtr& events);
    /// Shows no events, only \a message in the middle.
    void clear(const QString& message);
    const EventBatchPtr& events() const { return m_events; }
    int eventCount() const { return m_events ? m_events->size() : 0; }

    int currentIndex() const { return m_current; }
    /// Makes event \a index current (-1: none) and scrolls it into view when in a scroll area.
    void setCurrentIndex(int index);
    /// The event under \a position, -1 when none.
    int eventAt(const QPoint& position) const;
    /// Where event \a index's marker is drawn (empty for a bad index).
    QRectF markerRect(int index) const;
    /// Whether event \a index's name is written in a lane (else only in its tooltip).
    bool isLabelShown(int index) const;
    /// The pauses drawn as break markers.
    int breakCount() const { return int(m_breaks.size()); }
    /// Pauses longer than this (ms) are drawn as breaks.
    qint64 compressThresholdMs() const { return m_thresholdMs; }
    /// The text an event is labelled with: its event or page/screen name, else its call type.
    QString labelOf(int index) const;
    /// The text of event \a index's tooltip.
    QString toolTipOf(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentChanged(int index);
    void eventActivated(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Item
    {
        double x = 0;
        int lane = -1; ///< -1: label not shown
        QRectF labelRect;
        QString label;
    };
    struct Break
    {
        double from = 0;
        double to = 0;
        qint64 pauseMs = 0;
    };

    void relayout();
    double axisY() const;
    int laneCount() const;
    QRectF pageBand() const;
    bool isPageView(int index) const;

    EventBatchPtr m_events;
    QString m_message;
    std::vector<Item> m_items;
    std::vector<Break> m_breaks;
    qint64 m_thresholdMs = 0;
    int m_current = -1;
    int m_hovered = -1;
    int m_requiredWidth = 0;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QWidget>

namespace Journey {

/// Events with errors (red) and with warnings only (amber) per minute of arrival, as stacked bars: the last hour
/// that has results, newest on the right.
class ValidationTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit ValidationTimeline(QWidget* parent = nullptr);

    /// Minute start (ms since epoch) → (events with errors, events with warnings only).
    void setCounts(const QMap<qint64, std::pair<qint64, qint64>>& perMinute);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    static constexpr int minutesShown = 60;
    int barAt(int x) const;

    QMap<qint64, std::pair<qint64, qint64>> m_perMinute;
    qint64 m_lastMinute = 0;
};

} // namespace Journey

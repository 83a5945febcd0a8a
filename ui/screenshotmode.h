// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace Journey {

class MainWindow;

/*!
 * Drives the window for docs/screenshots.sh: once the stream has loaded, selects an event, waits for the
 * inspector to fill, saves a PNG of the window and quits. Works with the offscreen platform.
 */
class ScreenshotMode : public QObject
{
    Q_OBJECT
public:
    ScreenshotMode(MainWindow* window, const QString& fileName, int selectRow, QObject* parent = nullptr);

private:
    void onLoaded();
    void capture();

    MainWindow* m_window;
    QString m_fileName;
    int m_selectRow;
    bool m_done = false;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "screenshotmode.h"

#include "eventinspector.h"
#include "liveview.h"
#include "mainwindow.h"
#include "models/eventlistmodel.h"

#include <QApplication>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace Journey {

ScreenshotMode::ScreenshotMode(MainWindow* window, const QString& fileName, int selectRow, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_fileName(fileName)
    , m_selectRow(selectRow)
{
    connect(window->liveView()->model(), &EventListModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            QTimer::singleShot(1500, this, &ScreenshotMode::onLoaded); // let live events and the collector settle
    });
    // Never hang a script: give up after a while.
    QTimer::singleShot(30'000, this, [this] {
        if (!m_done) {
            std::fprintf(stderr, "screenshot: timed out waiting for the window\n");
            QApplication::exit(1);
        }
    });
}

void ScreenshotMode::onLoaded()
{
    if (m_done)
        return;
    LiveView* live = m_window->liveView();
    const int rows = live->model()->rowCount();
    if (rows > 0) {
        const int row = m_selectRow < 0 ? std::max(0, rows + m_selectRow) : std::min(m_selectRow, rows - 1);
        live->table()->selectRow(row);
        live->table()->scrollTo(live->model()->index(row, 0));
    }
    QTimer::singleShot(800, this, &ScreenshotMode::capture);
}

void ScreenshotMode::capture()
{
    if (m_done)
        return;
    m_done = true;
    const QPixmap pixmap = m_window->grab();
    if (!pixmap.save(m_fileName)) {
        std::fprintf(stderr, "screenshot: cannot write %s\n", qPrintable(m_fileName));
        QApplication::exit(1);
        return;
    }
    std::fprintf(stderr, "screenshot: wrote %s (%dx%d)\n", qPrintable(m_fileName), pixmap.width(), pixmap.height());
    QApplication::quit();
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "capturetask.h"

#include <QThread>

namespace Journey {

CaptureTask::CaptureTask(QObject* parent)
    : QObject(parent)
{
}

CaptureTask::~CaptureTask()
{
    // Owned by the view: a view that goes away waits for the file work it started.
    if (m_thread)
        m_thread->wait();
}

CaptureTask* CaptureTask::start(Work work, QObject* parent)
{
    auto* task = new CaptureTask(parent);
    task->m_thread = QThread::create([task, work = std::move(work)] {
        Result result = work();
        QMetaObject::invokeMethod(
            task,
            [task, result] {
                Q_EMIT task->finished(result);
                task->deleteLater();
            },
            Qt::QueuedConnection);
    });
    task->m_thread->setObjectName(QStringLiteral("journey-capture"));
    task->m_thread->setParent(task);
    task->m_thread->start();
    return task;
}

} // namespace Journey

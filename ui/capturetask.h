// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "capture/capture.h"

#include <QObject>
#include <QThread>
#include <QString>

#include <functional>
#include <memory>

namespace Journey {

/*!
 * One piece of capture work (read a file, build from the store, import a HAR file, write) on a thread of its
 * own, reporting once on the thread that started it. The UI thread never reads or writes capture files.
 */
class CaptureTask : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        QString error;
        QString path; ///< the file read or written
        QString summary; ///< for people: what was done
        std::shared_ptr<Capture> capture;
    };
    using Work = std::function<Result()>;
    ~CaptureTask() override;

    /// Runs \a work on a new thread; finished() is emitted on \a parent's thread, then the task deletes itself.
    static CaptureTask* start(Work work, QObject* parent);

Q_SIGNALS:
    void finished(const Journey::CaptureTask::Result& result);


private:
    explicit CaptureTask(QObject* parent);

    QThread* m_thread = nullptr;
};

} // namespace Journey

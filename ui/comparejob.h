// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "capture/capturediff.h"
#include "capture/capturediffoptions.h"
#include "capture/capturediffreportwriter.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Journey {

/*!
 * One piece of Compare-page work on a thread of its own, reported once on the thread that started it: reading
 * two captures and diffing them (startDiff()), or writing a diff's report to a file (startExport()). cancel()
 * stops a diff early; a job is used once.
 */
class CompareJob : public QObject
{
    Q_OBJECT
public:
    explicit CompareJob(QObject* parent = nullptr);
    ~CompareJob() override;

    /// Reads \a pathA and \a pathB (capture files or canonical NDJSON) and compares them.
    void startDiff(const QString& pathA, const QString& pathB, const CaptureDiffOptions& options);
    /// Writes \a diff as \a format to \a fileName (atomically).
    void startExport(
        std::shared_ptr<const CaptureDiff> diff, CaptureDiffReportWriter::Format format, const QString& fileName);
    void cancel() { m_cancel = true; }
    bool isRunning() const;

Q_SIGNALS:
    /// \a diff is null when \a ok is false; \a error then says what went wrong (naming the file and line).
    void diffFinished(bool ok, std::shared_ptr<const Journey::CaptureDiff> diff, const QString& error);
    void exportFinished(bool ok, const QString& fileName, const QString& error);

private:
    void start(const char* name, std::function<void()> work);

    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel { false };
};

} // namespace Journey

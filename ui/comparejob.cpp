// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "comparejob.h"

#include "capture/capturediffengine.h"
#include "capture/capturefile.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QSaveFile>
#include <QThread>

namespace Journey {

CompareJob::CompareJob(QObject* parent)
    : QObject(parent)
{ }

CompareJob::~CompareJob()
{
    // The worker reports to this object: it must not outlive it.
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

bool CompareJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CompareJob::start(const char* name, std::function<void()> work)
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create(std::move(work));
    m_thread->setObjectName(QString::fromLatin1(name));
    m_thread->setParent(this);
    m_thread->start();
}

void CompareJob::startDiff(const QString& pathA, const QString& pathB, const CaptureDiffOptions& options)
{
    start("journey-compare", [this, pathA, pathB, options] {
        auto diff = std::make_shared<CaptureDiff>();
        QString error;
        Capture baseline;
        Capture candidate;
        bool ok = CaptureFile::read(pathA, baseline, &error) && !m_cancel && CaptureFile::read(pathB, candidate, &error)
            && CaptureDiffEngine::run(baseline, candidate, options, *diff, &error, &m_cancel);
        if (ok) {
            diff->baseline.source = pathA;
            diff->candidate.source = pathB;
            for (CaptureDiff::Side* side : { &diff->baseline, &diff->candidate }) {
                if (side->name.isEmpty())
                    side->name = QFileInfo(side->source).fileName();
            }
        } else if (m_cancel) {
            error = tr("cancelled");
        }
        std::shared_ptr<const CaptureDiff> result = ok ? std::move(diff) : nullptr;
        QMetaObject::invokeMethod(
            this, [this, ok, result, error] { Q_EMIT diffFinished(ok, result, error); }, Qt::QueuedConnection);
    });
}

void CompareJob::startExport(
    std::shared_ptr<const CaptureDiff> diff, CaptureDiffReportWriter::Format format, const QString& fileName)
{
    start("journey-compare-export", [this, diff, format, fileName] {
        QString error;
        QSaveFile file(fileName);
        bool ok = file.open(QIODevice::WriteOnly);
        if (ok) {
            const QByteArray bytes = CaptureDiffReportWriter::write(*diff, format);
            ok = file.write(bytes) == bytes.size() && file.commit();
        }
        if (!ok)
            error = file.errorString();
        QMetaObject::invokeMethod(
            this, [this, ok, fileName, error] { Q_EMIT exportFinished(ok, fileName, error); }, Qt::QueuedConnection);
    });
}

} // namespace Journey

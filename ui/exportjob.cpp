// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "exportjob.h"

#include "store/storereader.h"

#include <QMetaObject>
#include <QSaveFile>
#include <QThread>

namespace Journey {

ExportJob::ExportJob(const QString& storePath, const QString& fileName, const EventExporter::Options& options,
    QObject* parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_fileName(fileName)
    , m_options(options)
{
}

ExportJob::~ExportJob()
{
    // The worker reports to this object: it must not outlive it.
    if (m_thread)
        m_thread->wait();
}

void ExportJob::start()
{
    m_thread = QThread::create([this, storePath = m_storePath, fileName = m_fileName, options = m_options] {
        QString error;
        qint64 count = 0;
        bool ok = false;
        StoreReader reader(storePath);
        if (reader.open(true, &error)) {
            QSaveFile file(fileName);
            if (!file.open(QIODevice::WriteOnly)) {
                error = file.errorString();
            } else {
                EventExporter exporter(reader);
                ok = exporter.exportTo(file, options, &count, &error) && file.commit();
                if (!ok && error.isEmpty())
                    error = file.errorString();
            }
        }
        QMetaObject::invokeMethod(
            this, [this, ok, count, fileName, error] { Q_EMIT finished(ok, count, fileName, error); },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("journey-export"));
    m_thread->setParent(this);
    m_thread->start();
}

} // namespace Journey

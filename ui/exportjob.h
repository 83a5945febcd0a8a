// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "io/eventexporter.h"

#include <QObject>
#include <QString>

class QThread;

namespace Journey {

/// Writes stored events to a file on a worker thread and reports once, on the thread that started it.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    ExportJob(const QString& storePath, const QString& fileName, const EventExporter::Options& options,
        QObject* parent = nullptr);
    ~ExportJob() override;

    void start();

Q_SIGNALS:
    void finished(bool ok, qint64 count, const QString& fileName, const QString& message);

private:
    QString m_storePath;
    QString m_fileName;
    EventExporter::Options m_options;
    QThread* m_thread = nullptr;
};

} // namespace Journey

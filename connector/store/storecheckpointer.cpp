// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storecheckpointer.h"

#include "storeconnection.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Journey {

class StoreCheckpointer::Worker : public QObject
{
public:
    Worker(const QString& path, qint64 threshold)
        : m_path(path)
        , m_walPath(path + QStringLiteral("-wal"))
        , m_threshold(threshold)
    {
    }

    void check(std::atomic<bool>& scheduled, bool force)
    {
        scheduled.store(false);
        const qint64 walBytes = QFileInfo(m_walPath).size();
        if (!force && walBytes < m_threshold)
            return;
        if (!m_connection) {
            auto connection = std::make_unique<StoreConnection>(m_path);
            QString error;
            if (!connection->open(StoreConnection::OpenMode::MustExist, &error)) {
                qCWarning(lcStore) << "checkpointer cannot open the store:" << error;
                return;
            }
            m_connection = std::move(connection);
        }
        // PASSIVE never waits for the writer or readers: it copies what it can. Under a constant stream of
        // commits the log may never get a moment to start over, though; past eight times the threshold a
        // RESTART waits for the current commit and lets the next one write from the start of the log.
        QSqlQuery query(m_connection->database());
        const bool restart = walBytes >= 8 * m_threshold;
        if (!query.exec(restart ? QStringLiteral("PRAGMA wal_checkpoint(RESTART)") : QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            qCWarning(lcStore) << "checkpoint failed:" << query.lastError().text();
    }

    void close() { m_connection.reset(); }

private:
    QString m_path;
    QString m_walPath;
    qint64 m_threshold;
    std::unique_ptr<StoreConnection> m_connection;
};

StoreCheckpointer::StoreCheckpointer(const QString& storePath, qint64 thresholdBytes, QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("journey-store-checkpoint"));
    m_worker = new Worker(storePath, thresholdBytes);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

StoreCheckpointer::~StoreCheckpointer()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreCheckpointer::requestCheckpoint()
{
    if (m_scheduled.exchange(true))
        return;
    QMetaObject::invokeMethod(
        m_worker, [this, worker = m_worker] { worker->check(m_scheduled, false); }, Qt::QueuedConnection);
}

void StoreCheckpointer::checkpointNow()
{
    QMetaObject::invokeMethod(
        m_worker, [this, worker = m_worker] { worker->check(m_scheduled, true); }, Qt::BlockingQueuedConnection);
}

} // namespace Journey

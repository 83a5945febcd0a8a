// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace Journey {

/*!
 * Copies the write-ahead log into the store file from a thread of its own (SQLite "checkpoints"), so the
 * writer never stalls on the fsyncs a checkpoint needs: a commit only appends to the log. Asked after
 * commits with requestCheckpoint(); it checkpoints when the log has grown past a threshold.
 */
class StoreCheckpointer : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 defaultThresholdBytes = 32 * 1024 * 1024;

    explicit StoreCheckpointer(const QString& storePath, qint64 thresholdBytes = defaultThresholdBytes,
        QObject* parent = nullptr);
    ~StoreCheckpointer() override;

    /// Thread-safe and cheap: coalesces requests while a check or checkpoint is running.
    void requestCheckpoint();
    /// Checkpoints whatever is in the log now and waits (used at shutdown).
    void checkpointNow();

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker = nullptr;
    std::atomic<bool> m_scheduled { false };
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "collectorstats.h"
#include "config/collectorconfig.h"

#include <QObject>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>

namespace Journey {

class CollectorServer;
class EventRecorder;
struct CollectorCounters;

/*!
 * The local collector: an HTTP endpoint that accepts what analytics SDKs send and records it through an
 * EventRecorder. It runs on a thread of its own; this object is its handle for the owner's thread.
 */
class Collector : public QObject
{
    Q_OBJECT
public:
    explicit Collector(EventRecorder* recorder, QObject* parent = nullptr);
    ~Collector() override;

    /// Secret values (configured keys) to mask in everything stored about requests.
    void setKnownSecrets(const QStringList& secrets);

    /// Starts listening; reports started() or startFailed(). Stops a running collector first.
    void start(const CollectorConfig& config);
    /// Starts listening and waits for the outcome. Not for the UI thread.
    bool startAndWait(const CollectorConfig& config, QString* error);
    /// Stops accepting connections, waits until every request received so far is committed and answered.
    /// Blocks for as long as the last commit takes.
    void stop();

    bool isListening() const { return m_listening.load(); }
    QUrl url() const;
    quint16 port() const { return m_port.load(); }
    CollectorStats stats() const;

Q_SIGNALS:
    void started(const QUrl& url);
    /// \a suggestedPort is a free port near the requested one (0 when none was found).
    void startFailed(const QString& message, quint16 suggestedPort);
    void stopped();

private:
    void startOnCollectorThread(const CollectorConfig& config, QString* error);
    void stopOnCollectorThread();

    EventRecorder* m_recorder;
    QThread m_thread;
    QObject* m_context = nullptr; ///< lives on the collector thread
    CollectorServer* m_server = nullptr; ///< lives on the collector thread
    std::shared_ptr<CollectorCounters> m_counters;
    QStringList m_secrets;
    QString m_host;
    std::atomic<quint16> m_port { 0 };
    std::atomic<bool> m_listening { false };
};

} // namespace Journey

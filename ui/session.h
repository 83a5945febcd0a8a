// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "collector/collectorstats.h"
#include "config/journeyconfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Journey {

class Collector;
class EventRecorder;
class StoreQueryService;

/*!
 * The engine behind one window: the store (recorder for writes, query service for reads) and the local
 * collector, all on threads of their own. The window talks to the engine only through this object.
 */
class Session : public QObject
{
    Q_OBJECT
public:
    Session(const QString& storePath, const QString& configPath, const JourneyConfig& config, QObject* parent = nullptr);
    ~Session() override;

    /// Opens the store, then starts the collector (both asynchronous; see the signals).
    void start();
    /// Stops the collector (answering what it received) and closes the store.
    void shutdown();

    const QString& storePath() const { return m_storePath; }
    const QString& configPath() const { return m_configPath; }
    const JourneyConfig& config() const { return m_config; }

    EventRecorder* recorder() const { return m_recorder.get(); }
    StoreQueryService* queries() const { return m_queries.get(); }
    Collector* collector() const { return m_collector.get(); }
    bool isCollectorListening() const;
    QUrl collectorUrl() const;
    CollectorStats collectorStats() const;

    /// Restarts the collector on \a port and remembers it in the configuration file.
    void useCollectorPort(quint16 port);
    void restartCollector();
    void stopCollector();

Q_SIGNALS:
    void storeOpened();
    void storeFailed(const QString& message);
    void collectorStarted(const QUrl& url);
    void collectorFailed(const QString& message, quint16 suggestedPort);
    void collectorStopped();
    /// Something worth telling the user that needs no action (e.g. a setting could not be saved).
    void notice(const QString& message);

private:
    QString m_storePath;
    QString m_configPath;
    JourneyConfig m_config;
    std::unique_ptr<EventRecorder> m_recorder;
    std::unique_ptr<StoreQueryService> m_queries;
    std::unique_ptr<Collector> m_collector;
    bool m_storeOpen = false;
};

} // namespace Journey

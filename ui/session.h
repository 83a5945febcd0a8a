// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "collector/collectorstats.h"
#include "config/journeyconfig.h"
#include "validation/eventvalidator.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Journey {

class AnalysisService;
class Collector;
class Connector;
class DeliveryQueryService;
class EventRecorder;
class StoreQueryService;

/*!
 * The engine behind one window: the store (recorder for writes, query service for reads), the local
 * collector, the outbound connector (with its own query service for the outbox and the delivery log) and the
 * analysis service (funnels, cohorts, trends), all on threads of their own. The window talks to the engine
 * only through this object.
 */
class Session : public QObject
{
    Q_OBJECT
public:
    Session(const QString& storePath, const QString& configPath, const JourneyConfig& config, QObject* parent = nullptr);
    ~Session() override;

    /// How long shutdown() lets the connector finish deliveries in flight; the rest stays queued in the store.
    static constexpr int connectorShutdownMs = 1000;

    /// Opens the store, then starts the collector and the connector (asynchronous; see the signals).
    void start();
    /// Stops the collector (answering what it received) and the connector (undelivered events stay queued in
    /// the store for the next start), and closes the store.
    void shutdown();

    const QString& storePath() const { return m_storePath; }
    const QString& configPath() const { return m_configPath; }
    const JourneyConfig& config() const { return m_config; }

    EventRecorder* recorder() const { return m_recorder.get(); }
    StoreQueryService* queries() const { return m_queries.get(); }
    Collector* collector() const { return m_collector.get(); }
    /// The outbound connector. Always the same object; applyConfig() restarts it.
    Connector* connector() const { return m_connector.get(); }
    DeliveryQueryService* deliveryQueries() const { return m_deliveryQueries.get(); }
    /// Funnels, retention and trends over the store, answered on a thread of its own.
    AnalysisService* analysis() const { return m_analysis.get(); }
    bool isStoreOpen() const { return m_storeOpen; }
    bool isConnectorRunning() const;
    /// The connector's last start failure; empty when it runs or has not started yet.
    const QString& connectorError() const { return m_connectorError; }
    bool isCollectorListening() const;
    QUrl collectorUrl() const;
    CollectorStats collectorStats() const;

    /// Restarts the collector on \a port and remembers it in the configuration file.
    void useCollectorPort(quint16 port);
    void restartCollector();
    void stopCollector();
    /// Takes the providers, routing, sampling and queue settings of \a config (as saved to configPath()) and
    /// restarts the connector with them. The collector keeps running as it is.
    void applyConfig(const JourneyConfig& config);
    /*!
     * Makes \a planPath (a plan file, a Segment export or a folder of schemas; empty: none) the tracking plan of
     * `journey.validation.plan`: saved to the configuration file (off the UI thread), then the connector restarts
     * and loads it, and the collector checks new events against it. Reported by validationPlanSaved().
     */
    void setValidationPlan(const QString& planPath);
    /// What new events are checked against (null: nothing); set when the connector has (re)started.
    EventValidatorPtr validator() const;

Q_SIGNALS:
    void storeOpened();
    void storeFailed(const QString& message);
    void collectorStarted(const QUrl& url);
    void collectorFailed(const QString& message, quint16 suggestedPort);
    void collectorStopped();
    /// The connector (re)started: \a error is empty when it runs.
    void connectorStarted(const QString& error);
    /// applyConfig() took a new configuration.
    void configChanged();
    /// The validator changed (a plan was opened, closed or failed to load).
    void validatorChanged();
    void validationPlanSaved(bool ok, const QString& error);
    /// Something worth telling the user that needs no action (e.g. a setting could not be saved).
    void notice(const QString& message);

private:
    void startConnector();

    QString m_storePath;
    QString m_configPath;
    JourneyConfig m_config;
    std::unique_ptr<EventRecorder> m_recorder;
    std::unique_ptr<StoreQueryService> m_queries;
    std::unique_ptr<Collector> m_collector;
    std::unique_ptr<Connector> m_connector;
    std::unique_ptr<DeliveryQueryService> m_deliveryQueries;
    std::unique_ptr<AnalysisService> m_analysis;
    QString m_connectorError;
    bool m_storeOpen = false;
    bool m_connectorStarting = false;
    bool m_restartPending = false;
    bool m_shutDown = false;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "session.h"

#include "collector/collector.h"
#include "store/eventrecorder.h"
#include "store/storequeryservice.h"

namespace Journey {

Session::Session(const QString& storePath, const QString& configPath, const JourneyConfig& config, QObject* parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_configPath(configPath)
    , m_config(config)
    , m_recorder(std::make_unique<EventRecorder>(storePath))
    , m_queries(std::make_unique<StoreQueryService>(storePath))
    , m_collector(std::make_unique<Collector>(m_recorder.get()))
{
    m_collector->setKnownSecrets(config.knownSecrets);
    connect(m_recorder.get(), &EventRecorder::startFinished, this, [this](bool ok, const QString& message) {
        if (!ok) {
            Q_EMIT storeFailed(message);
            return;
        }
        m_storeOpen = true;
        Q_EMIT storeOpened();
        m_collector->start(m_config.collector);
    });
    connect(m_collector.get(), &Collector::started, this, &Session::collectorStarted);
    connect(m_collector.get(), &Collector::startFailed, this, &Session::collectorFailed);
    connect(m_collector.get(), &Collector::stopped, this, &Session::collectorStopped);
}

Session::~Session()
{
    shutdown();
}

void Session::start()
{
    m_recorder->startAsync();
}

void Session::shutdown()
{
    if (m_collector)
        m_collector->stop();
    if (m_recorder)
        m_recorder->stop();
}

bool Session::isCollectorListening() const
{
    return m_collector->isListening();
}

QUrl Session::collectorUrl() const
{
    return m_collector->url();
}

CollectorStats Session::collectorStats() const
{
    return m_collector->stats();
}

void Session::useCollectorPort(quint16 port)
{
    m_config.collector.port = port;
    QString error;
    if (!JourneyConfig::saveCollectorListen(m_configPath, m_config.collector.listenText(), &error))
        Q_EMIT notice(tr("The new port is used now but could not be saved: %1").arg(error));
    restartCollector();
}

void Session::restartCollector()
{
    if (!m_storeOpen)
        return;
    m_collector->start(m_config.collector);
}

void Session::stopCollector()
{
    m_collector->stop();
}

} // namespace Journey

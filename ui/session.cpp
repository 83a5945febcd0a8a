// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "session.h"

#include "analysis/analysisservice.h"
#include "collector/collector.h"
#include "config/configfileeditor.h"
#include "delivery/connector.h"
#include "delivery/deliveryqueryservice.h"
#include "store/eventrecorder.h"
#include "store/storequeryservice.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

namespace Journey {

Session::Session(const QString& storePath, const QString& configPath, const JourneyConfig& config, QObject* parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_configPath(configPath)
    , m_config(config)
    , m_recorder(std::make_unique<EventRecorder>(storePath))
    , m_queries(std::make_unique<StoreQueryService>(storePath))
    , m_collector(std::make_unique<Collector>(m_recorder.get()))
    , m_connector(std::make_unique<Connector>())
    , m_deliveryQueries(std::make_unique<DeliveryQueryService>(storePath))
    , m_analysis(std::make_unique<AnalysisService>(storePath))
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
        startConnector();
    });
    connect(m_collector.get(), &Collector::started, this, &Session::collectorStarted);
    connect(m_collector.get(), &Collector::startFailed, this, &Session::collectorFailed);
    connect(m_collector.get(), &Collector::stopped, this, &Session::collectorStopped);
    connect(m_connector.get(), &Connector::started, this, [this](const QString& error) {
        m_connectorStarting = false;
        m_connectorError = error;
        if (m_restartPending && !m_shutDown) {
            // applyConfig() came while this start was under way: start again with the newer settings.
            m_restartPending = false;
            if (m_connector->isStarted())
                m_connector->shutdown(0);
            startConnector();
            return;
        }
        // The connector loaded `journey.validation` on its thread; the collector checks with the same validator.
        m_recorder->setValidator(error.isEmpty() ? m_connector->validator() : nullptr);
        Q_EMIT validatorChanged();
        Q_EMIT connectorStarted(error);
    });
}

Session::~Session()
{
    shutdown();
}

void Session::start()
{
    m_recorder->startAsync();
}

void Session::startConnector()
{
    if (m_shutDown || !m_storeOpen || m_connectorStarting)
        return;
    m_connectorStarting = true;
    m_connector->startAsync(m_storePath, m_config);
}

void Session::shutdown()
{
    if (m_collector)
        m_collector->stop();
    if (m_connector && !m_shutDown) {
        m_shutDown = true;
        if (m_connectorStarting) {
            // The outbox thread is opening the store; the connector cannot be stopped halfway, so wait for that
            // (it takes milliseconds) instead of destroying a running thread.
            QEventLoop loop;
            connect(m_connector.get(), &Connector::started, &loop, &QEventLoop::quit);
            QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        if (m_connector->isStarted())
            m_connector->shutdown(connectorShutdownMs);
    }
    if (m_recorder)
        m_recorder->stop();
}

bool Session::isConnectorRunning() const
{
    return m_connector->isStarted();
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

void Session::applyConfig(const JourneyConfig& config)
{
    // The collector runs with the settings it was started with; only the connector's part changes.
    const CollectorConfig collector = m_config.collector;
    m_config = config;
    m_config.collector = collector;
    Q_EMIT configChanged();
    if (m_shutDown || !m_storeOpen)
        return;
    if (m_connectorStarting) {
        m_restartPending = true;
        return;
    }
    // Events in flight settle or stay queued in the store; the new workers pick them up.
    if (m_connector->isStarted())
        m_connector->shutdown(0);
    startConnector();
}

EventValidatorPtr Session::validator() const
{
    return m_recorder->validator();
}

void Session::setValidationPlan(const QString& planPath)
{
    const QString path = m_configPath;
    QPointer<Session> guard(this);
    // Read the file afresh, change it, check it the way the app reads it, and only then replace it.
    QThreadPool::globalInstance()->start([guard, path, planPath] {
        ConfigFileEditor editor;
        JourneyConfig config;
        QString error;
        const QStringList key { QStringLiteral("journey"), QStringLiteral("validation"), QStringLiteral("plan") };
        bool ok = editor.load(path, &error);
        ok = ok && (planPath.isEmpty() ? editor.remove(key, &error) : editor.setValue(key, planPath, &error));
        ok = ok && editor.check(&config, &error);
        ok = ok && (!editor.isModified() || editor.save(&error));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, ok, error, config] {
                if (!guard)
                    return;
                if (ok)
                    guard->applyConfig(config);
                Q_EMIT guard->validationPlanSaved(ok, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Journey

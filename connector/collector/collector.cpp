// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "collector.h"

#include "collectorserver.h"
#include "core/secretmasker.h"
#include "store/eventrecorder.h"

#include <QMetaObject>
#include <QTcpServer>

namespace Journey {

namespace {
// A free port near \a preferred on \a host, found by trying to bind; 0 when none in range.
quint16 findFreePort(const QString& host, quint16 preferred)
{
    const QHostAddress address(host);
    for (int candidate = preferred + 1; candidate <= preferred + 20 && candidate <= 65535; ++candidate) {
        QTcpServer probe;
        if (probe.listen(address, quint16(candidate)))
            return quint16(candidate);
    }
    QTcpServer probe;
    return probe.listen(address, 0) ? probe.serverPort() : 0;
}
} // namespace

Collector::Collector(EventRecorder* recorder, QObject* parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_counters(std::make_shared<CollectorCounters>())
{
    m_thread.setObjectName(QStringLiteral("journey-collector"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

Collector::~Collector()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void Collector::setKnownSecrets(const QStringList& secrets)
{
    m_secrets = secrets;
}

QUrl Collector::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_host);
    url.setPort(m_port.load());
    return url;
}

CollectorStats Collector::stats() const
{
    CollectorStats stats;
    stats.requests = m_counters->requests.load();
    stats.acceptedRequests = m_counters->accepted.load();
    stats.rejectedRequests = m_counters->rejected.load();
    stats.throttledRequests = m_counters->throttled.load();
    stats.events = m_counters->events.load();
    return stats;
}

void Collector::startOnCollectorThread(const CollectorConfig& config, QString* error)
{
    stopOnCollectorThread();
    SecretMasker masker;
    for (const QString& secret : std::as_const(m_secrets))
        masker.addKnownSecret(secret.toUtf8());
    for (const QByteArray& key : config.writeKeys)
        masker.addKnownSecret(key);
    auto* server = new CollectorServer(config, m_recorder, masker, m_counters, m_context);
    if (!server->listen(error)) {
        delete server;
        return;
    }
    m_server = server;
    m_host = config.host;
    m_port.store(server->port());
    m_listening.store(true);
}

void Collector::stopOnCollectorThread()
{
    if (!m_server)
        return;
    m_server->stopListening();
    m_listening.store(false);
    delete m_server;
    m_server = nullptr;
}

void Collector::start(const CollectorConfig& config)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, config] {
            QString error;
            startOnCollectorThread(config, &error);
            if (error.isEmpty()) {
                Q_EMIT started(url());
            } else {
                const quint16 suggestion = findFreePort(config.host, config.port);
                Q_EMIT startFailed(error, suggestion);
            }
        },
        Qt::QueuedConnection);
}

bool Collector::startAndWait(const CollectorConfig& config, QString* error)
{
    QString reason;
    QMetaObject::invokeMethod(
        m_context, [this, config, &reason] { startOnCollectorThread(config, &reason); }, Qt::BlockingQueuedConnection);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    return true;
}

void Collector::stop()
{
    const bool wasListening = m_listening.load();
    // 1. No new connections. 2. Everything received is committed. 3. The commit reports, queued to the
    // collector thread before the call below, are handled there first: every answer is out.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_server)
                m_server->stopListening();
            m_listening.store(false);
        },
        Qt::BlockingQueuedConnection);
    m_recorder->waitForCommitted();
    QMetaObject::invokeMethod(m_context, [this] { stopOnCollectorThread(); }, Qt::BlockingQueuedConnection);
    if (wasListening)
        Q_EMIT stopped();
}

} // namespace Journey

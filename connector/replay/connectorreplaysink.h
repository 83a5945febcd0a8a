// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "replaysink.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <memory>

class QObject;

namespace Journey {

class Connector;

/*!
 * Replays to a configured provider through the connector: each request's canonical messages go to
 * Connector::send() for that provider only, and a request ends when the connector has settled all of its
 * events (delivered, or dead-lettered with the provider's reason). The connector keeps the order and batches
 * on its own, so any number of requests may be in flight; waiting flushes it.
 *
 * The connector may live on another thread (the app's): its signals are taken with direct connections under
 * a lock. It must have been started and must outlive the sink.
 */
class ConnectorReplaySink : public ReplaySink
{
    Q_DECLARE_TR_FUNCTIONS(Journey::ConnectorReplaySink)

public:
    ConnectorReplaySink(Connector* connector, const QString& provider);
    ~ConnectorReplaySink() override;

    int capacity(bool asFastAsPossible) const override;
    void send(int index, const ReplayRequest& request) override;
    int inFlight() const override;
    void waitForFinished(int timeoutMs) override;
    QList<ReplayResult> takeFinished() override;
    void abort() override;

private:
    struct State;

    Connector* m_connector;
    QString m_provider;
    std::shared_ptr<State> m_state;
    std::unique_ptr<QObject> m_receiver; ///< context of the signal connections
    QElapsedTimer m_clock;
};

} // namespace Journey

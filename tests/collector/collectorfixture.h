// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

// A collector on 127.0.0.1 (port 0) recording into a store in a temporary folder, for tests that talk to it
// over real HTTP.

#include "httptestclient.h"

#include "collector/collector.h"
#include "config/collectorconfig.h"
#include "store/eventfilter.h"
#include "store/eventrecorder.h"
#include "store/storereader.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace JourneyTest {

class CollectorFixture
{
public:
    /// Starts a collector with \a config (its port is forced to 0); false with \a error when it cannot.
    bool start(Journey::CollectorConfig config, QString* error)
    {
        stop();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        m_storePath = m_dir->filePath(QStringLiteral("journey.db"));
        m_recorder = std::make_unique<Journey::EventRecorder>(m_storePath);
        if (!m_recorder->start(error))
            return false;
        m_collector = std::make_unique<Journey::Collector>(m_recorder.get());
        config.port = 0;
        return m_collector->startAndWait(config, error);
    }

    void stop()
    {
        m_collector.reset();
        if (m_recorder)
            m_recorder->stop();
        QCoreApplication::processEvents();
        m_recorder.reset();
        m_dir.reset();
    }

    quint16 port() const { return m_collector->port(); }
    const QString& storePath() const { return m_storePath; }
    Journey::EventRecorder* recorder() const { return m_recorder.get(); }

    std::optional<HttpReply> request(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
        const HeaderList& headers = {})
    {
        m_error.clear();
        return HttpTestClient::oneShot(port(), HttpRequest { method, path, headers, body }, &m_error);
    }
    const QString& lastError() const { return m_error; }

    /// Every stored event, oldest first, once everything answered so far is committed.
    bool readStore(Journey::EventBatch& out)
    {
        m_recorder->waitForCommitted();
        QCoreApplication::processEvents();
        Journey::StoreReader reader(m_storePath);
        QString error;
        if (!reader.open(true, &error))
            return false;
        out.clear();
        return reader.scan(
            Journey::EventFilter(), true,
            [&out](const Journey::EventBatch& events) {
                out.appendAll(events);
                return true;
            },
            &error);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_storePath;
    std::unique_ptr<Journey::EventRecorder> m_recorder;
    std::unique_ptr<Journey::Collector> m_collector;
    QString m_error;
};

} // namespace JourneyTest

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

// The whole window wired as the app wires it, for the delivery pages: a real store and configuration file in
// a temporary folder, and a real HTTP sink on 127.0.0.1 standing in for the providers (Segment under
// /segment, PostHog under /posthog). One secret comes from the environment through a ${VAR} reference, the
// other is written in the file, so tests can check that neither ever shows.

#include "appsettings.h"
#include "config/journeyconfig.h"
#include "delivery/connector.h"
#include "httpsink.h"
#include "mainwindow.h"
#include "session.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace JourneyTest {

inline const QByteArray segmentSecret = "wk_ui_test_secret_segment_0042";
inline const QByteArray posthogSecret = "phc_ui_test_secret_posthog_0042";

/// Fast delivery for tests: small batching delay, short backoff, few attempts.
inline QByteArray deliveryConfig(const QUrl& sink, bool withProviders = true)
{
    if (!withProviders)
        return "{\n  \"journey\": {\n    \"providers\": {}\n  }\n}\n";
    const QByteArray base = sink.toString().toUtf8();
    return "{\n"
           "  \"journey\": {\n"
           "    \"provider\": [\"segment\", \"posthog\"],\n"
           "    \"providers\": {\n"
           "      \"segment\": {\n"
           "        \"writeKey\": \"${JOURNEY_UI_TEST_SEGMENT_KEY}\",\n"
           "        \"endpoint\": \""
        + base
        + "/segment\",\n"
          "        \"batch\": { \"flushMs\": 10 },\n"
          "        \"backoffMs\": 50,\n"
          "        \"maxAttempts\": 3\n"
          "      },\n"
          "      \"posthog\": {\n"
          "        \"apiKey\": \""
        + posthogSecret
        + "\",\n"
          "        \"endpoint\": \""
        + base
        + "/posthog\",\n"
          "        \"batch\": { \"flushMs\": 10 },\n"
          "        \"backoffMs\": 50,\n"
          "        \"maxAttempts\": 3\n"
          "      }\n"
          "    }\n"
          "  }\n"
          "}\n";
}

/// Keeps QSettings of the tests in \a folder, never in the user's own.
inline void isolateSettings(const QString& folder)
{
    qputenv("JOURNEY_UI_TEST_SEGMENT_KEY", segmentSecret);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("journey-connector-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

struct DeliveryApp
{
    QTemporaryDir dir;
    HttpSink sink;
    QString configPath;
    std::unique_ptr<Journey::AppSettings> settings;
    std::unique_ptr<Journey::Session> session;
    std::unique_ptr<Journey::MainWindow> window;

    ~DeliveryApp()
    {
        window.reset();
        session.reset();
    }

    /// Starts everything and waits until the connector runs; null when something failed (reported with qWarning).
    static std::unique_ptr<DeliveryApp> start(bool withProviders = true)
    {
        auto app = std::make_unique<DeliveryApp>();
        if (!app->dir.isValid() || !app->sink.start()) {
            qWarning("no temporary folder or sink");
            return nullptr;
        }
        app->configPath = app->dir.filePath(QStringLiteral("config.json"));
        QFile file(app->configPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(deliveryConfig(app->sink.url(), withProviders)) < 0) {
            qWarning("cannot write the configuration");
            return nullptr;
        }
        file.close();
        Journey::JourneyConfig config;
        QString error;
        if (!Journey::JourneyConfig::load(app->configPath, false, config, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        config.collector.port = 0;
        app->settings = std::make_unique<Journey::AppSettings>();
        app->session = std::make_unique<Journey::Session>(app->dir.filePath(QStringLiteral("store.db")), app->configPath, config);
        app->window = std::make_unique<Journey::MainWindow>(app->session.get(), app->settings.get());
        app->window->resize(1400, 900);
        QSignalSpy started(app->session.get(), &Journey::Session::connectorStarted);
        app->window->show();
        app->session->start();
        if (!started.wait(10000) || !started.first().first().toString().isEmpty()) {
            qWarning("the connector did not start: %s",
                started.isEmpty() ? "timeout" : qPrintable(started.first().first().toString()));
            return nullptr;
        }
        return app;
    }

    QByteArray configText() const
    {
        QFile file(configPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// Requests the sink received under \a prefix ("/segment").
    QList<SinkRequest> requestsTo(const QString& prefix) const
    {
        QList<SinkRequest> result;
        for (const SinkRequest& request : sink.requests()) {
            if (request.path.startsWith(prefix))
                result.append(request);
        }
        return result;
    }
};

/// No secret value appears in \a text (masked forms keep at most the last four characters).
inline bool showsNoSecret(const QString& text)
{
    return !text.contains(QString::fromLatin1(segmentSecret)) && !text.contains(QString::fromLatin1(posthogSecret));
}

} // namespace JourneyTest

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// journey-connector: the desktop app. Opens the store, starts the collector and the connector, and shows the
// main window (Live, Composer, Providers, Delivery log).

#include "appsettings.h"
#include "common/processtuning.h"
#include "config/journeyconfig.h"
#include "core/apppaths.h"
#include "mainwindow.h"
#include "screenshotmode.h"
#include "session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Journey;

int main(int argc, char* argv[])
{
    tuneAllocatorForBulkWork();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("journey-connector"));
    QApplication::setApplicationName(QStringLiteral("Journey Connector"));
    QApplication::setApplicationVersion(QStringLiteral(JOURNEY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("journey-connector"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("journey-connector"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Inspect and debug product-analytics events."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("store"), QApplication::translate("main", "The store file."), QStringLiteral("PATH"),
        AppPaths::defaultStorePath() });
    parser.addOption({ QStringLiteral("config"), QApplication::translate("main", "The configuration file."),
        QStringLiteral("FILE"), AppPaths::defaultConfigPath() });
    parser.addOption({ QStringLiteral("listen"), QApplication::translate("main", "Collector address (overrides the config)."),
        QStringLiteral("HOST:PORT") });
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window once events are shown, then quit (docs/screenshots.sh)."),
        QStringLiteral("FILE"));
    QCommandLineOption screenshotRow(QStringLiteral("screenshot-row"),
        QApplication::translate("main", "Row to select before the screenshot (negative: from the end)."),
        QStringLiteral("ROW"), QStringLiteral("-1"));
    QCommandLineOption screenshotPage(QStringLiteral("screenshot-page"),
        QApplication::translate("main", "Page to capture with --screenshot: %1.").arg(ScreenshotMode::pages().join(QLatin1String(", "))),
        QStringLiteral("PAGE"), QStringLiteral("live"));
    QCommandLineOption windowSize(QStringLiteral("window-size"), QApplication::translate("main", "Initial window size."),
        QStringLiteral("WIDTHxHEIGHT"));
    parser.addOption(screenshot);
    parser.addOption(screenshotRow);
    parser.addOption(screenshotPage);
    parser.addOption(windowSize);
    parser.process(app);
    if (parser.isSet(screenshot) && !ScreenshotMode::pages().contains(parser.value(screenshotPage))) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--screenshot-page: expected one of %1")
                           .arg(ScreenshotMode::pages().join(QLatin1String(", ")))));
        return 2;
    }

    const QString configPath = parser.value(QStringLiteral("config"));
    JourneyConfig config;
    QString error;
    // A broken config is reported and the defaults are used, so the app still opens.
    const bool configOk = JourneyConfig::load(configPath, true, config, &error);
    if (parser.isSet(QStringLiteral("listen"))) {
        QString listenError;
        if (!CollectorConfig::parseListen(parser.value(QStringLiteral("listen")), config.collector.host,
                config.collector.port, &listenError)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Journey Connector"),
                QApplication::translate("main", "--listen: %1").arg(listenError));
            return 2;
        }
    }

    AppSettings settings;
    Session session(parser.value(QStringLiteral("store")), configPath, config);
    MainWindow window(&session, &settings);
    if (parser.isSet(windowSize)) {
        const QStringList size = parser.value(windowSize).split(QLatin1Char('x'));
        if (size.size() == 2)
            window.resize(size[0].toInt(), size[1].toInt());
    }
    std::unique_ptr<ScreenshotMode> screenshotMode;
    if (parser.isSet(screenshot))
        screenshotMode = std::make_unique<ScreenshotMode>(&window, &session, parser.value(screenshot),
            parser.value(screenshotRow).toInt(), parser.value(screenshotPage));
    window.show();
    if (!configOk)
        Q_EMIT session.notice(QApplication::translate("main", "The configuration has a problem; defaults are used: %1").arg(error));
    session.start();
    const int code = QApplication::exec();
    session.shutdown();
    return code;
}

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The Providers page with a real store, connector and HTTP sink: live delivery figures, dead letters that
// Retry sends again and Discard removes, and settings edited in the very configuration file the app was
// started with, `${VAR}` references kept and secrets never shown.

#include "deliveryapp.h"

#include "composerview.h"
#include "models/deadlettermodel.h"
#include "models/providerstatsmodel.h"
#include "providersview.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {

/// Everything visible in the settings form, for the secret checks.
QString formText(ProvidersView* view)
{
    QString text;
    for (const QLineEdit* edit : view->findChildren<QLineEdit*>())
        text += edit->text() + QLatin1Char('\n') + edit->placeholderText() + QLatin1Char('\n') + edit->displayText()
            + QLatin1Char('\n');
    for (const QLabel* label : view->findChildren<QLabel*>())
        text += label->text() + QLatin1Char('\n');
    return text;
}

} // namespace

class TestProvidersView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    static ProviderStats statsOf(DeliveryApp& app, const QString& id)
    {
        return app.window->providersView()->model()->statsOf(id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        isolateSettings(m_settingsDir.path());
    }

    void listsTheConfiguredProviders()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        app->window->setCurrentPage(MainWindow::ProvidersPage);
        ProvidersView* view = app->window->providersView();
        ProviderStatsModel* model = view->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, ProviderStatsModel::NameColumn).data().toString(), QStringLiteral("Segment"));
        QCOMPARE(model->index(1, ProviderStatsModel::IdColumn).data().toString(), QStringLiteral("posthog"));
        QCOMPARE(model->index(0, ProviderStatsModel::EndpointColumn).data().toString(),
            app->sink.url().toString() + QStringLiteral("/segment"));
        QCOMPARE(model->index(1, ProviderStatsModel::EnabledColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(view->deliveryStatus()->text().contains(QStringLiteral("2 of 2")));
        // The first provider is selected: its settings, secrets masked.
        QCOMPARE(view->currentProvider(), QStringLiteral("segment"));
        QTRY_VERIFY(view->settingEdit(QStringLiteral("writeKey")));
        QLineEdit* writeKey = view->settingEdit(QStringLiteral("writeKey"));
        QVERIFY(writeKey->text().isEmpty());
        QVERIFY2(writeKey->placeholderText().contains(QStringLiteral("${JOURNEY_UI_TEST_SEGMENT_KEY}")),
            qPrintable(writeKey->placeholderText()));
        QCOMPARE(view->endpointEdit()->text(), app->sink.url().toString() + QStringLiteral("/segment"));
        view->selectProvider(QStringLiteral("posthog"));
        QTRY_VERIFY(view->settingEdit(QStringLiteral("apiKey")));
        QVERIFY(view->settingEdit(QStringLiteral("apiKey"))->placeholderText().endsWith(QStringLiteral("0042")));
        QVERIFY(showsNoSecret(formText(view)));
    }

    void countsFollowDeliveries()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        ComposerView* composer = app->window->composerView();
        composer->loadTemplate(ComposerView::CallType::Identify);
        QVERIFY(composer->send());
        composer->loadTemplate(ComposerView::CallType::Track);
        QVERIFY(composer->send());
        QTRY_COMPARE_WITH_TIMEOUT(statsOf(*app, QStringLiteral("segment")).delivered, 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statsOf(*app, QStringLiteral("posthog")).delivered, 2, 10000);
        ProviderStatsModel* model = app->window->providersView()->model();
        QCOMPARE(model->index(0, ProviderStatsModel::DeliveredColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(statsOf(*app, QStringLiteral("segment")).queued, 0);
        QCOMPARE(statsOf(*app, QStringLiteral("segment")).dead, 0);
    }

    void deadLettersCanBeRetriedAndDiscarded()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        bool refuse = true;
        app->sink.setHandler([&refuse](const SinkRequest& request) {
            if (refuse && request.path.startsWith(QLatin1String("/posthog")))
                return SinkResponse::reply(400, R"({"type":"validation_error","detail":"Invalid payload"})");
            return SinkResponse::reply(200, R"({"status":1})");
        });
        app->window->setCurrentPage(MainWindow::ProvidersPage);
        ProvidersView* view = app->window->providersView();
        view->selectProvider(QStringLiteral("posthog"));
        ComposerView* composer = app->window->composerView();
        composer->loadTemplate(ComposerView::CallType::Track);
        QVERIFY(composer->send());
        const QString messageId = composer->sentMessageId();

        // A 400 is permanent: a dead letter, listed with its reason.
        QTRY_COMPARE_WITH_TIMEOUT(statsOf(*app, QStringLiteral("posthog")).dead, 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(view->deadLetterModel()->rowCount(), 1, 10000);
        QCOMPARE(view->deadLetterModel()->index(0, DeadLetterModel::MessageIdColumn).data().toString(), messageId);
        QCOMPARE(view->deadLetterModel()->index(0, DeadLetterModel::EventColumn).data().toString(),
            QStringLiteral("track · Order Completed"));
        QVERIFY2(view->deadLetterModel()->index(0, DeadLetterModel::ReasonColumn).data().toString().contains(QStringLiteral("400")),
            qPrintable(view->deadLetterModel()->index(0, DeadLetterModel::ReasonColumn).data().toString()));
        QVERIFY(view->model()->index(1, ProviderStatsModel::LastErrorColumn).data().toString().contains(QStringLiteral("400")));
        QCOMPARE(statsOf(*app, QStringLiteral("segment")).dead, 0);
        QTRY_COMPARE_WITH_TIMEOUT(statsOf(*app, QStringLiteral("segment")).delivered, 1, 10000);

        // Retry sends it again; now the provider takes it.
        refuse = false;
        const int before = int(app->requestsTo(QStringLiteral("/posthog")).size());
        QVERIFY(view->retryAllButton()->isEnabled());
        QVERIFY(!view->retrySelectedButton()->isEnabled());
        QTest::mouseClick(view->retryAllButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(int(app->requestsTo(QStringLiteral("/posthog")).size()), before + 1, 10000);
        QVERIFY(app->requestsTo(QStringLiteral("/posthog")).last().body.contains("Order Completed"));
        QTRY_COMPARE_WITH_TIMEOUT(statsOf(*app, QStringLiteral("posthog")).delivered, 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statsOf(*app, QStringLiteral("posthog")).dead, 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(view->deadLetterModel()->rowCount(), 0, 10000);
        QVERIFY(!view->retryAllButton()->isEnabled());

        // Two more refused; the selected one is discarded, then the rest.
        refuse = true;
        composer->loadTemplate(ComposerView::CallType::Page);
        QVERIFY(composer->send());
        composer->loadTemplate(ComposerView::CallType::Screen);
        QVERIFY(composer->send());
        QTRY_COMPARE_WITH_TIMEOUT(view->deadLetterModel()->rowCount(), 2, 10000);
        view->setConfirmDiscard(false);
        view->deadLetterTable()->selectRow(0);
        QVERIFY(view->discardSelectedButton()->isEnabled());
        QTest::mouseClick(view->discardSelectedButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view->deadLetterModel()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statsOf(*app, QStringLiteral("posthog")).dead, 1, 10000);
        QTest::mouseClick(view->discardAllButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view->deadLetterModel()->rowCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statsOf(*app, QStringLiteral("posthog")).dead, 0, 10000);
        QVERIFY(showsNoSecret(formText(view)));
    }

    void theEnabledToggleEditsTheConfigurationFile()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        ProvidersView* view = app->window->providersView();
        const QByteArray before = app->configText();
        QSignalSpy saved(view, &ProvidersView::configSaveFinished);
        QSignalSpy restarted(app->session.get(), &Session::connectorStarted);
        QVERIFY(view->model()->setData(view->model()->index(0, ProviderStatsModel::EnabledColumn), Qt::Unchecked,
            Qt::CheckStateRole));
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.first().first().toBool(), qPrintable(saved.first().at(1).toString()));
        // One member added, nothing else touched: the reference to the environment stays a reference.
        const QByteArray after = app->configText();
        QByteArray expected = before;
        expected.replace("\"maxAttempts\": 3\n      },\n      \"posthog\"",
            "\"maxAttempts\": 3,\n        \"enabled\": false\n      },\n      \"posthog\"");
        QCOMPARE(after, expected);
        QVERIFY(after.contains("${JOURNEY_UI_TEST_SEGMENT_KEY}"));
        QVERIFY(!after.contains(segmentSecret));

        // Delivery restarted without Segment.
        QTRY_VERIFY_WITH_TIMEOUT(!restarted.isEmpty(), 10000);
        QCOMPARE(app->session->connector()->providers(), QStringList { QStringLiteral("posthog") });
        QVERIFY(!app->session->config().settingsFor(QStringLiteral("segment"))->enabled);
        QCOMPARE(view->model()->index(0, ProviderStatsModel::EnabledColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
            Qt::Unchecked);
        QVERIFY(app->window->composerView()->providerList()->item(0)->text().contains(QStringLiteral("disabled")));
        QVERIFY(view->deliveryStatus()->text().contains(QStringLiteral("1 of 2")));
    }

    void credentialsAndEndpointAreSavedAsTyped()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        app->window->setCurrentPage(MainWindow::ProvidersPage);
        ProvidersView* view = app->window->providersView();
        view->selectProvider(QStringLiteral("posthog"));
        QTRY_VERIFY(view->settingEdit(QStringLiteral("apiKey")));
        QLineEdit* apiKey = view->settingEdit(QStringLiteral("apiKey"));
        QVERIFY(apiKey->text().isEmpty());

        // Saving without typing a secret keeps it.
        view->endpointEdit()->setText(app->sink.url().toString() + QStringLiteral("/ph2"));
        QSignalSpy saved(view, &ProvidersView::configSaveFinished);
        QTest::mouseClick(view->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.last().first().toBool(), qPrintable(saved.last().at(1).toString()));
        QVERIFY(app->configText().contains(posthogSecret));
        QVERIFY(app->configText().contains("/ph2\""));
        QTRY_COMPARE(view->model()->index(1, ProviderStatsModel::EndpointColumn).data().toString(),
            app->sink.url().toString() + QStringLiteral("/ph2"));

        // A new key typed as a reference is written as the reference.
        qputenv("JOURNEY_UI_TEST_POSTHOG_KEY", "phc_rotated_key_from_env_7781");
        QTRY_VERIFY(view->settingEdit(QStringLiteral("apiKey")));
        view->settingEdit(QStringLiteral("apiKey"))->setText(QStringLiteral("${JOURNEY_UI_TEST_POSTHOG_KEY}"));
        QTest::mouseClick(view->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.last().first().toBool(), qPrintable(saved.last().at(1).toString()));
        QVERIFY(app->configText().contains("\"apiKey\": \"${JOURNEY_UI_TEST_POSTHOG_KEY}\""));
        QVERIFY(!app->configText().contains(posthogSecret));
        QTRY_VERIFY(app->session->isConnectorRunning());
        QCOMPARE(app->session->config().settingsFor(QStringLiteral("posthog"))->options.value(QLatin1String("apiKey")).toString(),
            QStringLiteral("phc_rotated_key_from_env_7781"));

        // Delivery uses the new endpoint and key.
        app->sink.clear();
        ComposerView* composer = app->window->composerView();
        composer->loadTemplate(ComposerView::CallType::Track);
        composer->setSelectedProviders({ QStringLiteral("posthog") });
        QTRY_VERIFY(app->session->isConnectorRunning());
        QVERIFY(composer->send());
        QVERIFY(app->sink.waitForRequests(1, 10000));
        QCOMPARE(app->sink.requests().first().path, QStringLiteral("/ph2/batch/"));
        QVERIFY(app->sink.requests().first().body.contains("phc_rotated_key_from_env_7781"));
    }

    void aBadSettingIsRefusedAndTheFileKept()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        ProvidersView* view = app->window->providersView();
        view->selectProvider(QStringLiteral("posthog"));
        QTRY_VERIFY(view->settingEdit(QStringLiteral("apiKey")));
        const QByteArray before = app->configText();
        view->settingEdit(QStringLiteral("apiKey"))->setText(QStringLiteral("${JOURNEY_UI_TEST_NOT_SET_ANYWHERE}"));
        QSignalSpy saved(view, &ProvidersView::configSaveFinished);
        view->saveSettings();
        QVERIFY(saved.wait(10000));
        QVERIFY(!saved.first().first().toBool());
        QVERIFY2(view->settingsStatus()->text().contains(QStringLiteral("JOURNEY_UI_TEST_NOT_SET_ANYWHERE")),
            qPrintable(view->settingsStatus()->text()));
        QCOMPARE(app->configText(), before);

        view->endpointEdit()->setText(QStringLiteral("ftp://example.com"));
        view->settingEdit(QStringLiteral("apiKey"))->clear();
        view->saveSettings();
        QVERIFY(saved.wait(10000));
        QVERIFY(!saved.last().first().toBool());
        QVERIFY(view->settingsStatus()->text().contains(QStringLiteral("journey.providers.posthog.endpoint")));
        QCOMPARE(app->configText(), before);
    }

    void aProviderCanBeAdded()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        ProvidersView* view = app->window->providersView();
        QTRY_VERIFY(view->settingEdit(QStringLiteral("writeKey")));
        view->beginAddProvider(QStringLiteral("mixpanel"));
        QVERIFY(view->settingEdit(QStringLiteral("token")));
        QVERIFY(view->settingEdit(QStringLiteral("token"))->text().isEmpty());
        view->settingEdit(QStringLiteral("token"))->setText(QStringLiteral("mp_token_0123456789abcdef"));
        view->endpointEdit()->setText(app->sink.url().toString() + QStringLiteral("/mixpanel"));
        QSignalSpy saved(view, &ProvidersView::configSaveFinished);
        QTest::mouseClick(view->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.first().first().toBool(), qPrintable(saved.first().at(1).toString()));
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->currentProvider(), QStringLiteral("mixpanel"));
        QVERIFY(app->configText().contains("\"mixpanel\": {"));
        QTRY_VERIFY(app->session->isConnectorRunning());
        QTRY_VERIFY(app->session->connector()->providers().contains(QStringLiteral("mixpanel")));
        QCOMPARE(app->window->composerView()->providerList()->count(), 3);
        // Typed secrets are masked once saved.
        QTRY_VERIFY(view->settingEdit(QStringLiteral("token")) && view->settingEdit(QStringLiteral("token"))->text().isEmpty());
        QVERIFY(!formText(view).contains(QStringLiteral("mp_token_0123456789abcdef")));
    }
};

QTEST_MAIN(TestProvidersView)
#include "tst_providersview.moc"

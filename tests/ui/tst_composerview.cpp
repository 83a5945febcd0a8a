// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The Composer page with a real store, a real connector and a real HTTP sink as the providers: templates for
// the six calls, validation as you type, the side-by-side preview of each provider's exact request (secrets
// masked), sending, and each provider's answer and delivery status coming back.

#include "deliveryapp.h"

#include "composerview.h"
#include "jsonedit.h"
#include "providerpreviewpanel.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

class TestComposerView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        isolateSettings(m_settingsDir.path());
    }

    void everyCallHasAnExample_data()
    {
        QTest::addColumn<ComposerView::CallType>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("field");
        QTest::newRow("track") << ComposerView::CallType::Track << QStringLiteral("track") << QStringLiteral("event");
        QTest::newRow("identify") << ComposerView::CallType::Identify << QStringLiteral("identify") << QStringLiteral("traits");
        QTest::newRow("page") << ComposerView::CallType::Page << QStringLiteral("page") << QStringLiteral("name");
        QTest::newRow("screen") << ComposerView::CallType::Screen << QStringLiteral("screen") << QStringLiteral("name");
        QTest::newRow("group") << ComposerView::CallType::Group << QStringLiteral("group") << QStringLiteral("groupId");
        QTest::newRow("alias") << ComposerView::CallType::Alias << QStringLiteral("alias") << QStringLiteral("previousId");
    }

    void everyCallHasAnExample()
    {
        QFETCH(ComposerView::CallType, type);
        QFETCH(QString, name);
        QFETCH(QString, field);
        auto app = DeliveryApp::start();
        QVERIFY(app);
        ComposerView* composer = app->window->composerView();
        composer->loadTemplate(type);
        composer->updatePreviewNow();
        QVERIFY2(composer->problem().isEmpty(), qPrintable(composer->problem()));
        const QJsonObject message = composer->message();
        QCOMPARE(message.value(QLatin1String("type")).toString(), name);
        QVERIFY2(!message.value(field).toVariant().toString().isEmpty() || message.value(field).isObject(), qPrintable(field));
        QVERIFY(!message.value(QLatin1String("messageId")).toString().isEmpty());
        // The configured default providers are checked, and each shows its request.
        QCOMPARE(composer->selectedProviders(), (QStringList { QStringLiteral("segment"), QStringLiteral("posthog") }));
        QCOMPARE(composer->previewPanels().size(), 2);
        for (ProviderPreviewPanel* panel : composer->previewPanels()) {
            QVERIFY2(panel->requestText().startsWith(QStringLiteral("POST ")), qPrintable(panel->requestText()));
            QVERIFY(showsNoSecret(panel->requestText()));
        }
        QVERIFY(composer->sendButton()->isEnabled());
    }

    void jsonErrorsShowLineAndColumn()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        ComposerView* composer = app->window->composerView();
        app->window->setCurrentPage(MainWindow::ComposerPage);
        composer->propertiesEdit()->setText(QStringLiteral("{\n  \"revenue\": 12,\n  \"currency\": \n}"));
        QVERIFY(!composer->propertiesEdit()->isValid());
        QVERIFY2(composer->propertiesEdit()->errorText().startsWith(QStringLiteral("line 4, column ")),
            qPrintable(composer->propertiesEdit()->errorText()));
        QTRY_VERIFY(composer->problemLabel()->isVisible());
        QVERIFY2(composer->problemLabel()->text().startsWith(QStringLiteral("Properties: line 4, column ")),
            qPrintable(composer->problemLabel()->text()));
        QVERIFY(!composer->sendButton()->isEnabled());
        QVERIFY(!composer->send());

        composer->contextEdit()->setText(QStringLiteral("[1, 2]"));
        composer->updatePreviewNow();
        QVERIFY(composer->problem().contains(QStringLiteral("Context: line 1, column 1: expected a JSON object")));

        composer->propertiesEdit()->setText(QStringLiteral("{\"revenue\": 12}"));
        composer->contextEdit()->setText(QString());
        composer->updatePreviewNow();
        QVERIFY2(composer->problem().isEmpty(), qPrintable(composer->problem()));
        QVERIFY(composer->sendButton()->isEnabled());
        QVERIFY(!composer->problemLabel()->isVisible());
    }

    void anInvalidMessageNamesTheField()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        ComposerView* composer = app->window->composerView();
        app->window->setCurrentPage(MainWindow::ComposerPage);
        composer->eventEdit()->clear();
        composer->updatePreviewNow();
        QVERIFY2(composer->problem().contains(QStringLiteral("event")), qPrintable(composer->problem()));
        QVERIFY(!composer->sendButton()->isEnabled());

        composer->loadTemplate(ComposerView::CallType::Identify);
        composer->userIdEdit()->clear();
        composer->anonymousIdEdit()->clear();
        composer->updatePreviewNow();
        QVERIFY2(composer->problem().contains(QStringLiteral("userId")) || composer->problem().contains(QStringLiteral("anonymousId")),
            qPrintable(composer->problem()));
    }

    void sendsATrackToTwoProvidersAndShowsTheirAnswers()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        app->window->setCurrentPage(MainWindow::ComposerPage);
        ComposerView* composer = app->window->composerView();
        composer->loadTemplate(ComposerView::CallType::Track);
        composer->eventEdit()->setText(QStringLiteral("Checkout Started"));
        composer->updatePreviewNow();

        // Side by side: one column per provider, each with its own wire format.
        const QList<ProviderPreviewPanel*> panels = composer->previewPanels();
        QCOMPARE(panels.size(), 2);
        QCOMPARE(panels[0]->provider(), QStringLiteral("segment"));
        QCOMPARE(panels[1]->provider(), QStringLiteral("posthog"));
        const QString segmentPreview = panels[0]->requestText();
        const QString posthogPreview = panels[1]->requestText();
        QVERIFY2(segmentPreview.startsWith(QStringLiteral("POST %1/segment/v1/batch").arg(app->sink.url().toString())),
            qPrintable(segmentPreview));
        QVERIFY2(posthogPreview.startsWith(QStringLiteral("POST %1/posthog/batch/").arg(app->sink.url().toString())),
            qPrintable(posthogPreview));
        QVERIFY(segmentPreview.contains(QStringLiteral("\"event\": \"Checkout Started\"")));
        QVERIFY(posthogPreview.contains(QStringLiteral("Checkout Started")));
        QVERIFY(segmentPreview.contains(QStringLiteral("Authorization: ")));
        QVERIFY(showsNoSecret(segmentPreview));
        QVERIFY(showsNoSecret(posthogPreview));
        QVERIFY(panels[0]->titleText().startsWith(QStringLiteral("Segment")));

        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        const QString messageId = composer->sentMessageId();
        QVERIFY(!messageId.isEmpty());
        QVERIFY(composer->sendStatusLabel()->text().contains(messageId));

        // The sink got one request per provider, carrying the composed event and the real credentials.
        QVERIFY(app->sink.waitForRequests(2, 10000));
        const QList<SinkRequest> segment = app->requestsTo(QStringLiteral("/segment"));
        const QList<SinkRequest> posthog = app->requestsTo(QStringLiteral("/posthog"));
        QCOMPARE(segment.size(), 1);
        QCOMPARE(posthog.size(), 1);
        QCOMPARE(segment.first().path, QStringLiteral("/segment/v1/batch"));
        QVERIFY(segment.first().body.contains(messageId.toUtf8()));
        QVERIFY(segment.first().body.contains("Checkout Started"));
        QVERIFY(posthog.first().body.contains(posthogSecret));

        // Each column shows its delivery status and the provider's response.
        QTRY_VERIFY_WITH_TIMEOUT(panels[0]->status() == ProviderPreviewPanel::Status::Delivered, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panels[1]->status() == ProviderPreviewPanel::Status::Delivered, 10000);
        QVERIFY(panels[0]->statusText().contains(QStringLiteral("Delivered")));
        QTRY_VERIFY_WITH_TIMEOUT(panels[0]->responseText().startsWith(QStringLiteral("HTTP 200")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panels[1]->responseText().startsWith(QStringLiteral("HTTP 200")), 10000);
        QVERIFY(panels[0]->responseText().contains(QStringLiteral("\"success\": true")));

        // The composition is kept: the Recent list reloads it.
        QCOMPARE(composer->recentBox()->count(), 1);
        QVERIFY(composer->recentBox()->itemText(0).contains(QStringLiteral("Checkout Started")));
        composer->loadTemplate(ComposerView::CallType::Alias);
        QCOMPARE(composer->callType(), ComposerView::CallType::Alias);
        composer->recentBox()->activated(0);
        QCOMPARE(composer->callType(), ComposerView::CallType::Track);
        QCOMPARE(composer->eventEdit()->text(), QStringLiteral("Checkout Started"));
        QCOMPARE(composer->selectedProviders(), (QStringList { QStringLiteral("segment"), QStringLiteral("posthog") }));
        // Loading it again makes a new message: the answers shown belonged to the one sent.
        QVERIFY(composer->message().value(QLatin1String("messageId")).toString() != messageId);
        composer->updatePreviewNow();
        QCOMPARE(composer->previewPanel(QStringLiteral("segment"))->status(), ProviderPreviewPanel::Status::None);
    }

    void aRefusedEventShowsAsFailed()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        app->sink.setHandler([](const SinkRequest& request) {
            if (request.path.startsWith(QLatin1String("/posthog")))
                return SinkResponse::reply(400, R"({"type":"validation_error","detail":"Invalid event name"})");
            return SinkResponse::reply(200, R"({"success":true})");
        });
        ComposerView* composer = app->window->composerView();
        composer->loadTemplate(ComposerView::CallType::Track);
        QVERIFY(composer->send());
        ProviderPreviewPanel* segment = composer->previewPanel(QStringLiteral("segment"));
        ProviderPreviewPanel* posthog = composer->previewPanel(QStringLiteral("posthog"));
        QTRY_VERIFY_WITH_TIMEOUT(posthog->status() == ProviderPreviewPanel::Status::Failed, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(segment->status() == ProviderPreviewPanel::Status::Delivered, 10000);
        QVERIFY2(posthog->statusText().contains(QStringLiteral("dead letter")), qPrintable(posthog->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(posthog->responseText().startsWith(QStringLiteral("HTTP 400")), 10000);
        QVERIFY(posthog->responseText().contains(QStringLiteral("Invalid event name")));
        QVERIFY(showsNoSecret(posthog->responseText()));
    }

    void onlyTheCheckedProvidersGetIt()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        ComposerView* composer = app->window->composerView();
        composer->loadTemplate(ComposerView::CallType::Page);
        QListWidget* list = composer->providerList();
        QCOMPARE(list->count(), 2);
        list->item(0)->setCheckState(Qt::Unchecked); // segment
        composer->updatePreviewNow();
        QCOMPARE(composer->previewPanels().size(), 1);
        QCOMPARE(composer->previewPanels().first()->provider(), QStringLiteral("posthog"));
        QVERIFY(composer->send());
        QVERIFY(app->sink.waitForRequests(1, 10000));
        QTRY_VERIFY_WITH_TIMEOUT(composer->previewPanel(QStringLiteral("posthog"))->status() == ProviderPreviewPanel::Status::Delivered, 10000);
        QCOMPARE(app->requestsTo(QStringLiteral("/segment")).size(), 0);

        list->item(1)->setCheckState(Qt::Unchecked);
        composer->updatePreviewNow();
        QVERIFY(composer->previewPanels().isEmpty());
        QVERIFY(!composer->sendButton()->isEnabled());
    }

    void withoutProvidersItSaysWhereToAddThem()
    {
        auto app = DeliveryApp::start(false);
        QVERIFY(app);
        app->window->setCurrentPage(MainWindow::ComposerPage);
        ComposerView* composer = app->window->composerView();
        QVERIFY(composer->noProviderHint()->isVisible());
        QVERIFY(composer->noProviderHint()->text().contains(QStringLiteral("Providers")));
        QVERIFY(composer->noProviderHint()->text().contains(app->configPath.toHtmlEscaped()));
        QCOMPARE(composer->providerList()->count(), 0);
        QVERIFY(!composer->sendButton()->isEnabled());
        // The link goes to the Providers page.
        composer->noProviderHint()->linkActivated(QStringLiteral("providers"));
        QCOMPARE(app->window->currentPage(), MainWindow::ProvidersPage);
    }
};

QTEST_MAIN(TestComposerView)
#include "tst_composerview.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The Delivery log page with a real store, connector and HTTP sink: every request and its response,
// newest first, live as deliveries happen, filtered by provider and outcome, and shown in full (masked).

#include "deliveryapp.h"

#include "composerview.h"
#include "deliverylogview.h"
#include "models/deliverylogmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

class TestDeliveryLogView : public QObject
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

    void listsEveryExchangeLive()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        app->sink.setHandler([](const SinkRequest& request) {
            if (request.path.startsWith(QLatin1String("/posthog")) && request.body.contains("Coupon Applied"))
                return SinkResponse::reply(400, R"({"type":"validation_error","detail":"Event name is blocked"})");
            return SinkResponse::reply(200, R"({"success":true})", { { "Content-Type", "application/json" }, { "X-Request-Id", "req-1" } });
        });
        app->window->setCurrentPage(MainWindow::DeliveryLogPage);
        DeliveryLogView* log = app->window->deliveryLogView();
        DeliveryLogModel* model = log->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 0);

        ComposerView* composer = app->window->composerView();
        composer->loadTemplate(ComposerView::CallType::Identify);
        QVERIFY(composer->send());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        composer->loadTemplate(ComposerView::CallType::Track);
        composer->eventEdit()->setText(QStringLiteral("Coupon Applied"));
        QVERIFY(composer->send());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10000);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->exchangeAt(row).id < model->exchangeAt(row - 1).id);

        // Filter by outcome, then by provider.
        log->outcomeFilter()->setCurrentIndex(log->outcomeFilter()->findData(int(DeliveryOutcome::Failed)));
        QTRY_VERIFY(!model->isLoading());
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->exchangeAt(0).provider, QStringLiteral("posthog"));
        QCOMPARE(model->index(0, DeliveryLogModel::StatusColumn).data().toString(), QStringLiteral("400"));
        log->outcomeFilter()->setCurrentIndex(0);
        log->providerFilter()->setCurrentIndex(log->providerFilter()->findData(QStringLiteral("segment")));
        QTRY_VERIFY(!model->isLoading());
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->exchangeAt(0).provider, QStringLiteral("segment"));

        // New exchanges of the filtered provider come in live; the others do not.
        composer->loadTemplate(ComposerView::CallType::Page);
        QVERIFY(composer->send());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
        QVERIFY(model->index(0, DeliveryLogModel::RequestColumn).data().toString().contains(QStringLiteral("/segment/v1/batch")));

        // The selected exchange in full: request with headers and pretty body, and the response.
        log->table()->selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(log->shownExchangeId(), model->exchangeAt(0).id, 5000);
        const QString request = log->requestText();
        QVERIFY2(request.startsWith(QStringLiteral("POST %1/segment/v1/batch\n").arg(app->sink.url().toString())), qPrintable(request));
        QVERIFY(request.contains(QStringLiteral("Content-Type: application/json")));
        QVERIFY(request.contains(QStringLiteral("Authorization: ")));
        QVERIFY(request.count(QStringLiteral("Content-Encoding:")) <= 1);
        QVERIFY(request.contains(QStringLiteral("\"name\": \"Pricing\"")));
        QVERIFY(showsNoSecret(request));
        const QString response = log->responseText();
        QVERIFY2(response.startsWith(QStringLiteral("HTTP 200")), qPrintable(response));
        QVERIFY(response.contains(QStringLiteral("X-Request-Id: req-1")));
        QVERIFY(response.contains(QStringLiteral("\"success\": true")));

        // PostHog carries its key in the body: masked there too.
        log->providerFilter()->setCurrentIndex(log->providerFilter()->findData(QStringLiteral("posthog")));
        QTRY_VERIFY(!model->isLoading());
        QTRY_COMPARE(model->rowCount(), 3);
        for (int row = 0; row < model->rowCount(); ++row) {
            log->table()->selectRow(row);
            QTRY_COMPARE_WITH_TIMEOUT(log->shownExchangeId(), model->exchangeAt(row).id, 5000);
            QVERIFY(log->requestText().contains(QStringLiteral("api_key")));
            QVERIFY(showsNoSecret(log->requestText()));
            QVERIFY(showsNoSecret(log->responseText()));
        }
    }

    void olderEntriesPageInWhenScrolledDown()
    {
        auto app = DeliveryApp::start();
        QVERIFY(app);
        ComposerView* composer = app->window->composerView();
        composer->loadTemplate(ComposerView::CallType::Track);
        composer->setSelectedProviders({ QStringLiteral("segment") });
        // Each send is one request: flushMs is short, and sends are spread over separate event-loop turns.
        const int count = DeliveryLogModel::pageSize + 10;
        for (int i = 0; i < count; ++i) {
            QVERIFY(composer->send());
            QTRY_COMPARE_WITH_TIMEOUT(int(app->sink.requests().size()), i + 1, 10000);
        }
        app->window->setCurrentPage(MainWindow::DeliveryLogPage);
        DeliveryLogModel* model = app->window->deliveryLogView()->model();
        // All of them came in live; once the last is settled, a reload shows the newest page only.
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), count, 10000);
        model->reload();
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), DeliveryLogModel::pageSize);
        QVERIFY(model->canFetchMore({}));
        app->window->deliveryLogView()->table()->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), count, 10000);
    }
};

QTEST_MAIN(TestDeliveryLogView)
#include "tst_deliverylogview.moc"

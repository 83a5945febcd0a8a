// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// The replay dialog on a real session (store, collector and connector in a temporary folder; a loopback sink as
// the providers): the dry-run listing (every request, nothing sent, no secrets), a replay to a URL at max
// speed with each request's outcome, a replay to a provider through the session's connector, and pause,
// resume and cancel from the buttons while the UI thread stays free.
//
// With JOURNEY_REPLAY_SCREENSHOT=FILE.png set, the paused dialog mid-replay is saved there (docs/screenshots/).

#include "deliveryapp.h"

#include "capture/capture.h"
#include "core/eventparser.h"
#include "core/timestamp.h"
#include "models/replayrequestmodel.h"
#include "replay/replayservice.h"
#include "replaydialog.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Journey;
using namespace JourneyTest;

namespace {

constexpr qint64 t0 = 1754395200000; // 2025-08-05 12:00 UTC

QByteArray message(
    qint64 at, const QByteArray& type, const QByteArray& nameKey, const QByteArray& name, const QByteArray& id)
{
    return "{\"type\":\"" + type + "\",\"" + nameKey + "\":\"" + name
        + "\",\"userId\":\"shopper-7\",\"anonymousId\":"
          "\"anon-7\",\"messageId\":\""
        + id + "\",\"timestamp\":\"" + Timestamp::toIso8601(at)
        + "\",\"properties\":{\"path\":\"/"
          "shop\"},\"context\":{\"library\":{\"name\":\"analytics.js\",\"version\":\"5.2.0\"}}}";
}

/// A checkout session: two captured Segment batches and a captured Mixpanel request, plus events without one.
std::shared_ptr<const Capture> checkoutCapture(qint64 gapMs)
{
    EventParser::Options options;
    options.overrideReceivedAt = false;
    options.receivedAt = t0;
    EventParser parser(options);
    const QList<QByteArray> messages {
        message(t0, "page", "name", "Home", "m-1"),
        message(t0 + gapMs, "track", "event", "Product Viewed", "m-2"),
        message(t0 + 2 * gapMs, "track", "event", "Product Added", "m-3"),
        message(t0 + 3 * gapMs, "page", "name", "Cart", "m-4"),
        message(t0 + 4 * gapMs, "track", "event", "Checkout Started", "m-5"),
        message(t0 + 5 * gapMs, "track", "event", "Payment Info Entered", "m-6"),
        message(t0 + 6 * gapMs, "track", "event", "Order Completed", "m-7"),
        message(t0 + 7 * gapMs, "identify", "event", "", "m-8"),
        message(t0 + 8 * gapMs, "track", "event", "Review Prompt Shown", "m-9"),
        message(t0 + 9 * gapMs, "page", "name", "Thank You", "m-10"),
    };
    EventBatch events;
    for (const QByteArray& text : messages) {
        if (!parser.parseMessage(text, events))
            qFatal("bad test event: %s", qPrintable(parser.error().toString()));
    }
    auto capture = std::make_shared<Capture>();
    capture->info.name = QStringLiteral("checkout on build 412");
    const auto addBatch = [&](int first, int count) {
        CapturedRequest request;
        request.source = EventSource::Segment;
        request.path = QStringLiteral("/v1/batch");
        request.headers = { { "Content-Type", "application/json" }, { "User-Agent", "analytics.js/5.2.0" } };
        request.body = "{\"batch\":[" + messages.mid(first, count).join(',')
            + "],\"writeKey\":\"\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"
              "7f3a\"}";
        request.eventCount = count;
        capture->addRequest(request, events, first, count);
    };
    addBatch(0, 2);
    capture->addEvent(events, 2);
    capture->addEvent(events, 3);
    addBatch(4, 2);
    for (int i = 6; i < events.size(); ++i)
        capture->addEvent(events, i);
    return capture;
}

struct App
{
    QTemporaryDir dir;
    HttpSink sink;
    std::unique_ptr<Session> session;

    bool start()
    {
        isolateSettings(dir.filePath(QStringLiteral("settings")));
        if (!dir.isValid() || !sink.start())
            return false;
        const QString configPath = dir.filePath(QStringLiteral("config.json"));
        QFile file(configPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(deliveryConfig(sink.url())) < 0)
            return false;
        file.close();
        JourneyConfig config;
        QString error;
        if (!JourneyConfig::load(configPath, false, config, &error))
            return false;
        config.collector.port = 0;
        session = std::make_unique<Session>(dir.filePath(QStringLiteral("store.db")), configPath, config);
        QSignalSpy connector(session.get(), &Session::connectorStarted);
        QSignalSpy collector(session.get(), &Session::collectorStarted);
        session->start();
        return (connector.size() > 0 || connector.wait(10000)) && connector.first().first().toString().isEmpty()
            && (collector.size() > 0 || collector.wait(10000));
    }

    ~App()
    {
        if (session)
            session->shutdown();
    }
};

int countOutcomes(const ReplayRequestModel* model, ReplayResult::Outcome outcome)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->index(row, 0).data(ReplayRequestModel::OutcomeRole).toInt() == int(outcome) ? 1 : 0;
    return count;
}

} // namespace

class TestReplayDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunListsEveryRequestAndSendsNothing();
    void replayToAUrlShowsEachOutcome();
    void replayToAProviderGoesThroughTheSessionConnector();
    void pauseResumeAndCancelFromTheButtons();

private:
    App m_app;
};

void TestReplayDialog::initTestCase()
{
    QVERIFY(m_app.start());
}

void TestReplayDialog::dryRunListsEveryRequestAndSendsNothing()
{
    m_app.sink.clear();
    ReplayDialog dialog(checkoutCapture(1000), m_app.session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &ReplayDialog::replayFinished);

    // To a provider: the provider's own requests are listed, its key masked.
    dialog.setTarget(QStringLiteral("segment"));
    dialog.preview();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const ReplayRequestModel* model = dialog.model();
    QCOMPARE(model->rowCount(), 10); // one connector request per moment at 1×
    QVERIFY(
        model->index(0, ReplayRequestModel::UrlColumn).data().toString().endsWith(QLatin1String("/segment/v1/batch")));
    QCOMPARE(model->index(0, ReplayRequestModel::OutcomeColumn).data().toString(), QStringLiteral("dry run"));
    auto* details = dialog.findChild<QPlainTextEdit*>(QStringLiteral("replayDetails"));
    QTRY_VERIFY(!details->toPlainText().isEmpty());
    QVERIFY2(
        details->toPlainText().contains(QLatin1String("Authorization: Basic")), qPrintable(details->toPlainText()));
    QVERIFY(showsNoSecret(details->toPlainText()));

    // To a URL: captured requests in their format, the others as Segment batches.
    dialog.setTarget(m_app.sink.url().toString() + QStringLiteral("/elsewhere"));
    dialog.setSpeed(QStringLiteral("2"));
    dialog.preview();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(model->rowCount(), 8); // 2 captured batches + 6 events on their own
    // The first batch stands for its last event (+1 s); the next event came 1 s later: +0.5 s at 2×.
    QCOMPARE(model->index(1, ReplayRequestModel::DueColumn).data().toString(), QStringLiteral("+0.500 s"));
    QCOMPARE(model->plan()->requests[0].kind, ReplayRequest::Kind::Wire);
    QCOMPARE(model->plan()->requests[1].kind, ReplayRequest::Kind::Segment);
    QVERIFY(!dialog.isRunning());

    QCoreApplication::processEvents();
    QCOMPARE(m_app.sink.requests().size(), 0); // nothing was sent
}

void TestReplayDialog::replayToAUrlShowsEachOutcome()
{
    m_app.sink.clear();
    m_app.sink.script(
        { SinkResponse::reply(200), SinkResponse::reply(200), SinkResponse::reply(500, "{\"error\":\"boom\"}") });
    ReplayDialog dialog(checkoutCapture(1000), m_app.session.get());
    dialog.show();
    QSignalSpy finished(&dialog, &ReplayDialog::replayFinished);
    dialog.setTarget(m_app.sink.url().toString());
    dialog.setSpeed(QStringLiteral("1000"));
    dialog.setUserSuffix(QStringLiteral("-ui"));
    dialog.replay();
    QVERIFY(dialog.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    const ReplayRequestModel* model = dialog.model();
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(countOutcomes(model, ReplayResult::Outcome::Delivered), 7);
    QCOMPARE(countOutcomes(model, ReplayResult::Outcome::Failed), 1);
    QVERIFY(model->index(2, ReplayRequestModel::OutcomeColumn).data().toString().contains(QLatin1String("boom")));
    QCOMPARE(model->index(2, ReplayRequestModel::StatusColumn).data().toInt(), 500);
    QCOMPARE(m_app.sink.requests().size(), 8);
    const QJsonObject first = QJsonDocument::fromJson(m_app.sink.requests().first().body)
                                  .object()
                                  .value(QLatin1String("batch"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(first.value(QLatin1String("userId")).toString(), QStringLiteral("shopper-7-ui"));
    QVERIFY(first.value(QLatin1String("messageId")).toString() != QLatin1String("m-1"));
    auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("replayProgress"));
    QCOMPARE(progress->value(), progress->maximum());
}

void TestReplayDialog::replayToAProviderGoesThroughTheSessionConnector()
{
    m_app.sink.clear();
    ReplayDialog dialog(checkoutCapture(1000), m_app.session.get());
    dialog.show();
    QSignalSpy finished(&dialog, &ReplayDialog::replayFinished);
    dialog.setTarget(QStringLiteral("segment"));
    dialog.setSpeed(QStringLiteral("max"));
    dialog.replay();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(countOutcomes(dialog.model(), ReplayResult::Outcome::Delivered), dialog.model()->rowCount());
    int events = 0;
    for (const SinkRequest& request : m_app.sink.requests()) {
        QCOMPARE(request.path, QStringLiteral("/segment/v1/batch"));
        events += int(QJsonDocument::fromJson(request.body).object().value(QLatin1String("batch")).toArray().size());
    }
    QCOMPARE(events, 10);
}

void TestReplayDialog::pauseResumeAndCancelFromTheButtons()
{
    m_app.sink.clear();
    // 2 s between events at 10×: a request every 200 ms, to the session's own collector.
    ReplayDialog dialog(checkoutCapture(2000), m_app.session.get());
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &ReplayDialog::replayFinished);
    dialog.setTarget(QStringLiteral("collector"));
    dialog.setSpeed(QStringLiteral("10"));
    dialog.setShiftTimestamps(true);
    dialog.setUserSuffix(QStringLiteral("-replay2"));
    dialog.replay();
    QPushButton* pause = nullptr;
    QPushButton* cancel = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text() == QLatin1String("Pause"))
            pause = button;
        else if (button->text() == QLatin1String("Cancel replay"))
            cancel = button;
    }
    QVERIFY(pause && cancel);
    QVERIFY(pause->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(countOutcomes(dialog.model(), ReplayResult::Outcome::Delivered) >= 4, 20000);

    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE(pause->text(), QStringLiteral("Resume"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("replayStatus"));
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("(paused)")), 10000);
    const int delivered = countOutcomes(dialog.model(), ReplayResult::Outcome::Delivered);
    QVERIFY(delivered < dialog.model()->rowCount());
    auto* view = dialog.findChild<QTreeView*>(QStringLiteral("replayRequests"));
    view->setCurrentIndex(dialog.model()->index(delivered - 1, 0));
    if (qEnvironmentVariableIsSet("JOURNEY_REPLAY_SCREENSHOT")) {
        QTest::qWait(50); // let the view paint its last update
        QVERIFY(dialog.grab().save(qEnvironmentVariable("JOURNEY_REPLAY_SCREENSHOT")));
    }

    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE(pause->text(), QStringLiteral("Pause"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(countOutcomes(dialog.model(), ReplayResult::Outcome::NotSent) > 0);
    QVERIFY(status->text().startsWith(QLatin1String("Cancelled")));
}

QTEST_MAIN(TestReplayDialog)
#include "tst_replaydialog.moc"

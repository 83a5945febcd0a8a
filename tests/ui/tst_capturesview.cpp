// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The Captures page with a real store and a real collector on 127.0.0.1: recording saves exactly what arrived
// between Record and Stop as a capture file beside the store, with each event's request; the file opens again
// with the same events; a HAR file imports as a capture; a damaged file is reported and changes nothing shown.

#include "../collector/httptestclient.h"

#include "appsettings.h"
#include "capture/capturefile.h"
#include "capturesview.h"
#include "eventinspector.h"
#include "session.h"
#include "store/eventrecorder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QApplication>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Journey;
using namespace JourneyTest;

namespace {

QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

constexpr int timeout = 20'000;

} // namespace

class CapturesViewTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CapturesView> m_view;

    void send(const QByteArray& body)
    {
        QString error;
        const auto reply = HttpTestClient::oneShot(m_session->collectorUrl().port(),
            HttpRequest { "POST", "/v1/batch", { { "Content-Type", "application/json" } }, body }, &error);
        QVERIFY2(reply, qPrintable(error));
        QCOMPARE(reply->status, 200);
    }

    void sendAndWaitCommitted(const QByteArray& body)
    {
        QSignalSpy committed(m_session->recorder(), &EventRecorder::committed);
        send(body);
        QVERIFY(committed.wait(timeout) || committed.count() > 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        JourneyConfig config;
        config.collector.port = 0;
        m_settings = std::make_unique<AppSettings>();
        m_session = std::make_unique<Session>(m_dir.filePath(QStringLiteral("journey.db")),
            m_dir.filePath(QStringLiteral("config.json")), config);
        QSignalSpy started(m_session.get(), &Session::collectorStarted);
        m_session->start();
        QVERIFY(started.wait(timeout));
        m_view = std::make_unique<CapturesView>(m_session.get(), m_settings.get());
        m_view->resize(1200, 700);
        m_view->show();
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_session->shutdown();
        m_session.reset();
    }

    void recordingKeepsWhatArrivedMeanwhile()
    {
        // Before recording: not part of the capture.
        sendAndWaitCommitted(q("{'batch':[{'type':'track','userId':'u0','event':'Before','messageId':'b1'}],'writeKey':'wk_hidden_1'}"));
        m_view->startRecording();
        QVERIFY(m_view->isRecording());
        sendAndWaitCommitted(q("{'batch':[{'type':'identify','userId':'u1','messageId':'r1','traits':{'plan':'pro'}},"
                               "{'type':'track','userId':'u1','event':'Order Completed','messageId':'r2','properties':{'revenue':9}}],"
                               "'writeKey':'wk_hidden_1'}"));
        sendAndWaitCommitted(q("{'batch':[{'type':'page','anonymousId':'a1','name':'Home','messageId':'r3'}],'writeKey':'wk_hidden_1'}"));

        QSignalSpy loaded(m_view.get(), &CapturesView::captureLoaded);
        m_view->stopRecording();
        QVERIFY(loaded.wait(timeout));
        QVERIFY2(loaded.first().at(0).toBool(), qPrintable(loaded.first().at(1).toString()));
        QVERIFY(!m_view->isRecording());

        const auto capture = m_view->currentCapture();
        QVERIFY(capture);
        QCOMPARE(capture->eventCount(), 3);
        QCOMPARE(capture->requestCount(), 2);
        QCOMPARE(capture->events().messageId(0), QByteArrayView("r1"));
        QCOMPARE(capture->events().messageId(2), QByteArrayView("r3"));
        QCOMPARE(m_view->table()->model()->rowCount(), 3);
        QVERIFY(m_view->currentPath().startsWith(m_view->capturesFolder()));

        // The file on disk holds the same, with the requests, and the write key masked.
        QFile file(m_view->currentPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("{\"journeyCapture\":1"));
        QVERIFY(!data.contains("wk_hidden_1"));
        Capture read;
        QString error;
        QVERIFY2(CaptureFile::read(m_view->currentPath(), read, &error), qPrintable(error));
        QCOMPARE(read.eventCount(), 3);
        QCOMPARE(read.request(0).path, QStringLiteral("/v1/batch"));

        // The inspector shows the selected event's request from the capture.
        m_view->table()->selectRow(1);
        auto* inspector = m_view->findChild<EventInspector*>();
        QVERIFY(inspector);
        QTRY_VERIFY(inspector->requestText().contains(QLatin1String("/v1/batch")));
        QVERIFY(inspector->jsonText().contains(QLatin1String("Order Completed")));
    }

    void savingWhatAFilterShows()
    {
        EventFilter filter;
        filter.setName(QStringLiteral("Order Completed"));
        QSignalSpy loaded(m_view.get(), &CapturesView::captureLoaded);
        m_view->saveFromStore(filter, QStringLiteral("Orders only"));
        QVERIFY(loaded.wait(timeout));
        QVERIFY2(loaded.first().at(0).toBool(), qPrintable(loaded.first().at(1).toString()));
        QCOMPARE(m_view->currentCapture()->eventCount(), 1);
        QCOMPARE(m_view->currentCapture()->info.name, QStringLiteral("Orders only"));
        QVERIFY(m_view->currentPath().contains(QLatin1String("orders-only-")));
        QCOMPARE(m_view->currentCapture()->request(0).eventCount, 2); // the batch carried two: incomplete
        QVERIFY(!m_view->currentCapture()->isComplete(0));
    }

    void stoppingWithNothingReceivedSavesNothing()
    {
        const QString before = m_view->currentPath();
        m_view->startRecording();
        QSignalSpy loaded(m_view.get(), &CapturesView::captureLoaded);
        m_view->stopRecording();
        QTest::qWait(100);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(m_view->currentPath(), before);
    }

    void openingAFileShowsIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.ndjson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(q("{'type':'track','userId':'x','event':'Plain','messageId':'p1','timestamp':'2026-02-01T00:00:00.000Z'}\n"));
        file.close();
        QSignalSpy loaded(m_view.get(), &CapturesView::captureLoaded);
        m_view->openFile(path);
        QVERIFY(loaded.wait(timeout));
        QVERIFY(loaded.first().at(0).toBool());
        QCOMPARE(m_view->table()->model()->rowCount(), 1);
        QCOMPARE(m_view->currentPath(), path);
    }

    void damagedFileIsReportedAndChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(q("{'type':'track','userId':'x','event':'Fine','messageId':'p1'}\n{'type':'track','event':7}\n"));
        file.close();
        const QString before = m_view->currentPath();
        QSignalSpy loaded(m_view.get(), &CapturesView::captureLoaded);
        // The warning box would block: it is closed as soon as it shows.
        QTimer::singleShot(0, this, [] {
            QTimer* closer = new QTimer;
            QObject::connect(closer, &QTimer::timeout, closer, [closer] {
                if (QWidget* box = QApplication::activeModalWidget()) {
                    box->close();
                    closer->deleteLater();
                }
            });
            closer->start(20);
        });
        m_view->openFile(path);
        QVERIFY(loaded.wait(timeout));
        QVERIFY(!loaded.first().at(0).toBool());
        QVERIFY2(loaded.first().at(1).toString().contains(QLatin1String("broken.jsonl:2: event:")),
            qPrintable(loaded.first().at(1).toString()));
        QCOMPARE(m_view->currentPath(), before);
        QCOMPARE(m_view->table()->model()->rowCount(), 1);
    }

    void harImportBecomesACapture()
    {
        const QByteArray segmentBody = q("{'batch':[{'type':'track','anonymousId':'h1','event':'From Browser','messageId':'h-1','timestamp':'2026-03-01T09:00:00.000Z'}],'writeKey':'wk_browser'}");
        QJsonObject entry {
            { QStringLiteral("startedDateTime"), QStringLiteral("2026-03-01T09:00:00.100Z") },
            { QStringLiteral("request"),
                QJsonObject {
                    { QStringLiteral("method"), QStringLiteral("POST") },
                    { QStringLiteral("url"), QStringLiteral("https://api.segment.io/v1/batch") },
                    { QStringLiteral("headers"), QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Content-Type") }, { QStringLiteral("value"), QStringLiteral("text/plain") } } } },
                    { QStringLiteral("postData"), QJsonObject { { QStringLiteral("mimeType"), QStringLiteral("text/plain") }, { QStringLiteral("text"), QString::fromUtf8(segmentBody) } } },
                } },
            { QStringLiteral("response"), QJsonObject { { QStringLiteral("status"), 200 } } },
        };
        QJsonObject other {
            { QStringLiteral("startedDateTime"), QStringLiteral("2026-03-01T09:00:00.200Z") },
            { QStringLiteral("request"), QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") }, { QStringLiteral("url"), QStringLiteral("https://shop.example/app.js") } } },
            { QStringLiteral("response"), QJsonObject { { QStringLiteral("status"), 200 } } },
        };
        const QJsonObject har { { QStringLiteral("log"), QJsonObject { { QStringLiteral("version"), QStringLiteral("1.2") }, { QStringLiteral("creator"), QJsonObject { { QStringLiteral("name"), QStringLiteral("test") }, { QStringLiteral("version"), QStringLiteral("1") } } }, { QStringLiteral("entries"), QJsonArray { entry, other } } } } };
        const QString path = m_dir.filePath(QStringLiteral("devtools.har"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(har).toJson());
        file.close();

        QSignalSpy loaded(m_view.get(), &CapturesView::captureLoaded);
        m_view->importHar(path);
        QVERIFY(loaded.wait(timeout));
        QVERIFY2(loaded.first().at(0).toBool(), qPrintable(loaded.first().at(1).toString()));
        QVERIFY(m_view->currentPath().startsWith(m_view->capturesFolder()));
        QCOMPARE(m_view->currentCapture()->eventCount(), 1);
        QCOMPARE(m_view->currentCapture()->request(0).host, QStringLiteral("api.segment.io"));
        const QString summary = loaded.first().at(1).toString();
        QVERIFY2(summary.contains(QLatin1String(": 1 request not recognised")),
            qPrintable(summary));
    }
};

QTEST_MAIN(CapturesViewTest)
#include "tst_capturesview.moc"

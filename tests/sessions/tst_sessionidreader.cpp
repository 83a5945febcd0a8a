// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// SessionIdReader on canonical events as the collector's own decoders make them: real provider payloads (the
// recorded ones in tests/data/collector, and SDK-shaped ones written here) are POSTed over HTTP to a real
// collector recording into a real store, and the stored events are read back. Then the edge cases on crafted
// canonical messages: Amplitude's -1, empty ids, numbers, precedence, messages without any id.

#include "collectorfixture.h"

#include "core/timestamp.h"
#include "sessions/sessionidreader.h"

#include <QFile>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {

/// JSON written with single quotes (moc does not like raw string literals in test files).
QByteArray q(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray dataFile(const QString& name)
{
    QFile file(QStringLiteral(JOURNEY_TEST_DATA "/collector/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

const HeaderList json { { "Content-Type", "application/json" } };
const HeaderList form { { "Content-Type", "application/x-www-form-urlencoded" } };

} // namespace

class TestSessionIdReader : public QObject
{
    Q_OBJECT

private:
    CollectorFixture m_collector;

    /// POSTs \a body to \a path and returns the events stored for it (everything stored since \a before).
    EventBatch post(const QByteArray& path, const QByteArray& body, const HeaderList& headers)
    {
        EventBatch before;
        if (!m_collector.readStore(before))
            qFatal("cannot read the store");
        const auto reply = m_collector.request("POST", path, body, headers);
        if (!reply)
            qFatal("no answer: %s", qPrintable(m_collector.lastError()));
        if (reply->status >= 300)
            qFatal("%s answered %d: %s", path.constData(), reply->status, reply->body.constData());
        EventBatch all;
        if (!m_collector.readStore(all))
            qFatal("cannot read the store");
        EventBatch added;
        for (int i = before.size(); i < all.size(); ++i)
            added.appendFrom(all, i);
        return added;
    }

    static void expectAll(const EventBatch& events, int count, SessionIdKind kind, const QByteArray& id)
    {
        QCOMPARE(events.size(), count);
        SessionIdReader reader;
        for (int i = 0; i < events.size(); ++i) {
            const SessionIdReader::Result result = reader.read(events.payload(i));
            QVERIFY2(result.kind == kind, events.payload(i).toByteArray().constData());
            QCOMPARE(result.id, id);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_collector.start(CollectorConfig(), &error), qPrintable(error));
    }

    void cleanupTestCase() { m_collector.stop(); }

    void amplitudeBrowserSdk()
    {
        // @amplitude/analytics-browser 2.11: session_id is the session's start in ms.
        const EventBatch events
            = post("/2/httpapi", dataFile(QStringLiteral("amplitude/browser-2.11-page-viewed.json")), json);
        expectAll(events, 1, SessionIdKind::Amplitude, "1754395100000");
        QCOMPARE(events.source(0), EventSource::Amplitude);
    }

    void amplitudeNodeSdkHasNoSession()
    {
        // analytics-node sends no session_id; an explicit -1 means "no session".
        expectAll(post("/2/httpapi", dataFile(QStringLiteral("amplitude/node-1.5.0-flush.json")), json), 5,
            SessionIdKind::None, {});
        expectAll(
            post("/2/httpapi",
                q("{'api_key':'0a1b2c3d4e5f60718293a4b5c6d7e8f9','events':[{'event_type':'Ping','user_id':'user-12345',"
                  "'session_id':-1,'time':1754395200000}]}"),
                json),
            1, SessionIdKind::None, {});
    }

    void posthogJsSdk()
    {
        // posthog-js: $session_id in the properties, for $identify kept under context.posthog.properties.
        const EventBatch events = post(
            "/i/v0/e/", dataFile(QStringLiteral("posthog/js-1.x-batch.json")), { { "Content-Type", "text/plain" } });
        expectAll(events, 3, SessionIdKind::PostHog, "01950a3c-5b11-7000-8000-aaaaaaaaaaaa");
        QCOMPARE(events.type(2), EventType::Identify);
        QVERIFY(events.payload(2).contains("\"posthog\""));
    }

    void ga4MeasurementProtocol()
    {
        // page_view, purchase and join_group (a group call: its params go to context.ga4.params).
        const EventBatch events = post("/mp/collect?measurement_id=G-TEST123&api_secret=secret-for-tests",
            dataFile(QStringLiteral("ga4/mp-web.json")), json);
        expectAll(events, 3, SessionIdKind::Ga4, "1754395100");
        QCOMPARE(events.type(0), EventType::Page);
        QCOMPARE(events.type(2), EventType::Group);
    }

    void mixpanelJsSdkRecordingReplay()
    {
        // mixpanel-js 2.55 while recording a session replay adds $mp_replay_id to every event it sends.
        const QByteArray batch
            = q("[{'event':'$mp_web_page_view','properties':{'time':1718000000.123,"
                "'distinct_id':'$device:18f0c1d2e3a-0b1c2d3e4f5a6b7','$device_id':'18f0c1d2e3a-0b1c2d3e4f5a6b7',"
                "'$insert_id':'wq7xhd0emu0wh6kf','mp_lib':'web','$lib_version':'2.55.0',"
                "'current_page_title':'Pricing','$mp_replay_id':'19034d2a-7c1f-4d1b-9c6a-3f0e5b2a1d44',"
                "'token':'mp_token_0123456789abcdef'}},"
                "{'event':'Plan Selected','properties':{'time':1718000004.5,'distinct_id':'user-7',"
                "'$device_id':'18f0c1d2e3a-0b1c2d3e4f5a6b7','$user_id':'user-7','$insert_id':'3kq9zj1m0c4p8r2t',"
                "'mp_lib':'web','$lib_version':'2.55.0','$mp_replay_id':'19034d2a-7c1f-4d1b-9c6a-3f0e5b2a1d44',"
                "'plan':'pro','token':'mp_token_0123456789abcdef'}}]");
        const EventBatch events = post("/track/?verbose=1&ip=1", "data=" + batch.toPercentEncoding(), form);
        expectAll(events, 2, SessionIdKind::Mixpanel, "19034d2a-7c1f-4d1b-9c6a-3f0e5b2a1d44");
        QCOMPARE(events.source(0), EventSource::Mixpanel);
    }

    void heapServerSideApi()
    {
        const EventBatch events = post("/api/track",
            q("{'app_id':'1234567890','identity':'user-42','event':'Order Completed','session_id':'8261734912',"
              "'properties':{'order_id':'order-42'}}"),
            json);
        expectAll(events, 1, SessionIdKind::Heap, "8261734912");
    }

    void rudderStackContextSessionId()
    {
        // rudder-sdk-js puts its session (start time in ms) in context.sessionId.
        const EventBatch events = post("/v1/batch",
            q("{'batch':[{'type':'page','anonymousId':'a-77','name':'Home','channel':'web','originalTimestamp':"
              "'2025-08-05T12:00:00.000Z','context':{'sessionId':1754395200000,'sessionStart':true,'library':"
              "{'name':'RudderLabs JavaScript SDK','version':'3.7.0'}}},{'type':'track','anonymousId':'a-77',"
              "'event':'Clicked','channel':'web','originalTimestamp':'2025-08-05T12:00:03.000Z','context':{"
              "'sessionId':1754395200000,'library':{'name':'RudderLabs JavaScript SDK','version':'3.7.0'}}}],"
              "'writeKey':'rudder-write-key-1234'}"),
            json);
        expectAll(events, 2, SessionIdKind::Context, "1754395200000");
        QCOMPARE(events.source(0), EventSource::RudderStack);
    }

    void segmentWithAmplitudeSession()
    {
        // Segment's Amplitude (Actions) plugin puts Amplitude's session in the integrations object.
        const EventBatch events = post("/v1/batch",
            q("{'batch':[{'type':'track','userId':'u-5','event':'Viewed','integrations':{'Actions Amplitude':"
              "{'session_id':1754395100000}}}],'writeKey':'segment-write-key-1234'}"),
            json);
        expectAll(events, 1, SessionIdKind::Amplitude, "1754395100000");
        QCOMPARE(events.source(0), EventSource::Segment);
    }

    void craftedMessages_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("id");
        const int none = int(SessionIdKind::None);
        QTest::newRow("no id at all") << q("{'type':'track','event':'A','properties':{'x':1}}") << none << QByteArray();
        QTest::newRow("amplitude -1") << q("{'context':{'amplitude':{'session_id':-1}}}") << none << QByteArray();
        QTest::newRow("amplitude as a float") << q("{'context':{'amplitude':{'session_id':1.7543951e12}}}")
                                              << int(SessionIdKind::Amplitude) << QByteArray("1754395100000");
        QTest::newRow("empty string") << q("{'context':{'sessionId':''}}") << none << QByteArray();
        QTest::newRow("null") << q("{'properties':{'$session_id':null}}") << none << QByteArray();
        QTest::newRow("an object is no id") << q("{'context':{'sessionId':{'id':1}}}") << none << QByteArray();
        QTest::newRow("context.sessionId as a string")
            << q("{'context':{'sessionId':'s-1'}}") << int(SessionIdKind::Context) << QByteArray("s-1");
        QTest::newRow("GA4 keys count only for GA4 events")
            << q("{'properties':{'session_id':'app-own','sid':'x'}}") << none << QByteArray();
        QTest::newRow("GA4 ga_session_id")
            << q("{'properties':{'ga_session_id':1754395100},'context':{'ga4':{'measurement_id':'G-1'}}}")
            << int(SessionIdKind::Ga4) << QByteArray("1754395100");
        QTest::newRow("GA4 sid in context.ga4") << q("{'properties':{},'context':{'ga4':{'sid':'1754395999'}}}")
                                                << int(SessionIdKind::Ga4) << QByteArray("1754395999");
        QTest::newRow("the provider's own id before context.sessionId")
            << q("{'properties':{'$session_id':'ph-1'},'context':{'sessionId':'ctx-1'}}") << int(SessionIdKind::PostHog)
            << QByteArray("ph-1");
        QTest::newRow("amplitude before posthog")
            << q("{'properties':{'$session_id':'ph-1'},'context':{'amplitude':{'session_id':5}}}")
            << int(SessionIdKind::Amplitude) << QByteArray("5");
        QTest::newRow("context.sessionId before the integrations hint")
            << q("{'context':{'sessionId':7},'integrations':{'Amplitude':{'session_id':9}}}")
            << int(SessionIdKind::Context) << QByteArray("7");
        QTest::newRow("Amplitude integration, -1")
            << q("{'integrations':{'Amplitude':{'session_id':-1}}}") << none << QByteArray();
        QTest::newRow("indented JSON") << QByteArray(
            "{\n  \"context\": {\n    \"heap\": { \"session_id\": 42 }\n  }\n}")
                                       << int(SessionIdKind::Heap) << QByteArray("42");
        QTest::newRow("not JSON") << QByteArray("{\"sessionId\":") << none << QByteArray();
    }

    void craftedMessages()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, kind);
        QFETCH(QByteArray, id);
        SessionIdReader reader;
        const SessionIdReader::Result result = reader.read(message);
        QCOMPARE(int(result.kind), kind);
        QCOMPARE(result.id, id);
    }

    void byteSearchHasNoFalseNegatives()
    {
        QVERIFY(
            !SessionIdReader::mayHaveSessionId(q("{'type':'track','event':'Signed Up','properties':{'plan':'pro'}}")));
        for (const char* key : { "session_id", "$session_id", "sessionId", "ga_session_id", "sid", "$mp_replay_id" })
            QVERIFY2(SessionIdReader::mayHaveSessionId(QByteArray(QByteArray("{\"") + key + "\":1}")), key);
    }
};

QTEST_GUILESS_MAIN(TestSessionIdReader)
#include "tst_sessionidreader.moc"

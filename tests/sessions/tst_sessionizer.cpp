// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The sessionisation rules (docs/SESSIONS.md). The rule cases build canonical events by hand; the provider
// cases send each provider's own wire format over HTTP to a real collector (its decoders put the session ids
// where they put them) and make sessions of what the store holds.

#include "collectorfixture.h"
#include "sessiontestdata.h"

#include "capture/capture.h"
#include "core/eventbatch.h"
#include "core/timestamp.h"
#include "sessions/sessionizer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Journey;
using namespace JourneyTest;

class TestSessionizer : public QObject
{
    Q_OBJECT

private:
    CollectorFixture m_collector;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_collector.start(CollectorConfig(), &error), qPrintable(error));
    }

    void cleanupTestCase() { m_collector.stop(); }

    void inactivityGapBoundary_data()
    {
        QTest::addColumn<qint64>("gapMs");
        QTest::addColumn<qint64>("pause");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("30 min: a pause of exactly 30 min stays")
            << thirtyMinutes << thirtyMinutes << QByteArray("1,2,3");
        QTest::newRow("30 min: 30 min + 1 ms splits") << thirtyMinutes << thirtyMinutes + 1 << QByteArray("1,2|3");
        QTest::newRow("5 min: exactly 5 min stays") << 5 * minute << 5 * minute << QByteArray("1,2,3");
        QTest::newRow("5 min: 5 min + 1 ms splits") << 5 * minute << 5 * minute + 1 << QByteArray("1,2|3");
        QTest::newRow("1 s: exactly 1 s stays") << qint64(1000) << qint64(1000) << QByteArray("1,2,3");
        QTest::newRow("1 s: 1001 ms splits") << qint64(1000) << qint64(1001) << QByteArray("1,2|3");
    }

    void inactivityGapBoundary()
    {
        QFETCH(qint64, gapMs);
        QFETCH(qint64, pause);
        QFETCH(QByteArray, expected);
        const EventBatch events = batchOf({ at(t0, "u"), at(t0 + 500, "u"), at(t0 + 500 + pause, "u") });
        const SessionList list = sessionsOf(events, gapMs);
        QCOMPARE(shape(list), expected);
        for (const PersonSession& session : list.sessions()) {
            QCOMPARE(session.split, SessionSplit::Inactivity);
            QCOMPARE(session.idKind, SessionIdKind::None);
            QVERIFY(session.providerSessionId.isEmpty());
        }
        QCOMPARE(list.gapMs(), gapMs);
        QCOMPARE(list.at(0).start, t0);
        QCOMPARE(list.at(0).end, expected.contains('|') ? t0 + 500 : t0 + 500 + pause);
        QCOMPARE(list.at(0).durationMs(), list.at(0).end - t0);
    }

    void configurableGap()
    {
        // Pauses of 4, 9 and 25 minutes: each limit splits at the pauses longer than it.
        const EventBatch events
            = batchOf({ at(t0, "u"), at(t0 + 4 * minute, "u"), at(t0 + 13 * minute, "u"), at(t0 + 38 * minute, "u") });
        QCOMPARE(shape(sessionsOf(events, 3 * minute)), QByteArray("1|2|3|4"));
        QCOMPARE(shape(sessionsOf(events, 5 * minute)), QByteArray("1,2|3|4"));
        QCOMPARE(shape(sessionsOf(events, 10 * minute)), QByteArray("1,2,3|4"));
        QCOMPARE(shape(sessionsOf(events, thirtyMinutes)), QByteArray("1,2,3,4"));
        // One Sessionizer answers every limit from what it read once.
        Sessionizer sessionizer;
        sessionizer.add(events);
        Sessionizer::Options options;
        for (const auto& [gap, count] :
            { std::pair { 3 * minute, 4 }, std::pair { 5 * minute, 3 }, std::pair { 10 * minute, 2 } }) {
            options.gapMs = gap;
            QCOMPARE(sessionizer.sessions(options).size(), count);
        }
        QString error;
        options.gapMs = 999;
        QVERIFY(!Sessionizer::checkOptions(options, &error));
        QVERIFY(error.contains(QLatin1String("1 second")));
        options.gapMs = Sessionizer::maxGapMs + 1;
        QVERIFY(!Sessionizer::checkOptions(options, &error));
        options.gapMs = thirtyMinutes;
        QVERIFY(Sessionizer::checkOptions(options, &error));
    }

    void sessionsArePerPerson()
    {
        // Two people interleaved: neither's events break the other's session.
        const EventBatch events = batchOf({ at(t0, "a"), at(t0 + minute, "b"), at(t0 + 2 * minute, "a"),
            at(t0 + 40 * minute, "b"), at(t0 + 41 * minute, "a") });
        const SessionList list = sessionsOf(events);
        QCOMPARE(shape(list), QByteArray("1,3|2|4|5"));
        QCOMPARE(list.personOf(0), QStringLiteral("a"));
        QCOMPARE(list.personOf(1), QStringLiteral("b"));
        QCOMPARE(list.persons().size(), size_t(2));
    }

    void providerIdSplitsAndJoins()
    {
        // Within the inactivity limit, a new provider id still starts a new session; the same id two hours later
        // (past the limit) is still the same session.
        const EventBatch events = batchOf({ at(t0, "u", contextSession("A")), at(t0 + minute, "u", contextSession("A")),
            at(t0 + 2 * minute, "u", contextSession("B")), at(t0 + 120 * minute, "u", contextSession("A")) });
        const SessionList list = sessionsOf(events);
        QCOMPARE(shape(list), QByteArray("1,2,4|3"));
        QCOMPARE(list.at(0).split, SessionSplit::ProviderId);
        QCOMPARE(list.at(0).idKind, SessionIdKind::Context);
        QCOMPARE(list.at(0).providerSessionId, QByteArray("A"));
        QCOMPARE(list.at(0).end, t0 + 120 * minute);
        QCOMPARE(list.at(1).providerSessionId, QByteArray("B"));
        QCOMPARE(list.providerSessionCount(), 2);
    }

    void providerIdChangesMidStream()
    {
        // An event without an id before the first one with it joins it (within the limit); one in the middle
        // stays with the session it follows; the change of id is where the new session starts.
        const EventBatch events = batchOf(
            { at(t0, "u"), at(t0 + minute, "u", contextSession("A")), at(t0 + 2 * minute, "u", contextSession("A")),
                at(t0 + 3 * minute, "u"), at(t0 + 4 * minute, "u", contextSession("B")),
                at(t0 + 5 * minute, "u", contextSession("B")), at(t0 + 50 * minute, "u") });
        const SessionList list = sessionsOf(events);
        QCOMPARE(shape(list), QByteArray("1,2,3,4|5,6|7"));
        QCOMPARE(list.at(0).providerSessionId, QByteArray("A"));
        QCOMPARE(list.at(1).providerSessionId, QByteArray("B"));
        QCOMPARE(list.at(2).split, SessionSplit::Inactivity);
        // The same value from two providers is two sessions: ids are compared with their kind.
        const EventBatch kinds = batchOf(
            { at(t0, "u", "'context':{'sessionId':'77'}"), at(t0 + minute, "u", "'properties':{'$session_id':'77'}") });
        QCOMPARE(shape(sessionsOf(kinds)), QByteArray("1|2"));
    }

    void providerSessions_data()
    {
        QTest::addColumn<QByteArray>("provider");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("source");
        QTest::newRow("amplitude") << QByteArray("amplitude") << int(SessionIdKind::Amplitude)
                                   << int(EventSource::Amplitude);
        QTest::newRow("posthog") << QByteArray("posthog") << int(SessionIdKind::PostHog) << int(EventSource::PostHog);
        QTest::newRow("ga4") << QByteArray("ga4") << int(SessionIdKind::Ga4) << int(EventSource::GoogleAnalytics4);
        QTest::newRow("mixpanel") << QByteArray("mixpanel") << int(SessionIdKind::Mixpanel)
                                  << int(EventSource::Mixpanel);
        QTest::newRow("heap") << QByteArray("heap") << int(SessionIdKind::Heap) << int(EventSource::Heap);
        QTest::newRow("rudderstack") << QByteArray("rudderstack") << int(SessionIdKind::Context)
                                     << int(EventSource::RudderStack);
        QTest::newRow("segment") << QByteArray("segment") << int(SessionIdKind::Context) << int(EventSource::Segment);
    }

    void providerSessions()
    {
        // Each provider's SDK format, through the collector: events 1 and 2 in session S1, event 3 a minute later
        // in S2, event 4 two hours later in S1 again.
        QFETCH(QByteArray, provider);
        QFETCH(int, kind);
        QFETCH(int, source);
        const QByteArray person = "person-" + provider;
        const qint64 base = Timestamp::nowMs() - 6 * 60 * minute; // recent: GA4 and Mixpanel check the age
        const QByteArray s1
            = provider == "amplitude" || provider == "ga4" ? QByteArray::number(base / 1000) : "s1-" + provider;
        const QByteArray s2
            = provider == "amplitude" || provider == "ga4" ? QByteArray::number(base / 1000 + 60) : "s2-" + provider;
        const struct
        {
            qint64 time;
            QByteArray session;
            QByteArray name;
        } events[] = { { base, s1, "Viewed" }, { base + 30'000, s1, "Clicked" }, { base + 90'000, s2, "Searched" },
            { base + 120 * minute, s1, "Returned" } };

        EventBatch before;
        QVERIFY(m_collector.readStore(before));
        int number = 0;
        for (const auto& event : events) {
            ++number;
            const QByteArray id = provider + '-' + QByteArray::number(number);
            const QByteArray iso = Timestamp::toIso8601(event.time);
            QByteArray path;
            QByteArray body;
            HeaderList headers { { "Content-Type", "application/json" } };
            if (provider == "amplitude") {
                path = "/2/httpapi";
                body = "{\"api_key\":\"0a1b2c3d4e5f60718293a4b5c6d7e8f9\",\"events\":[{\"event_type\":\"" + event.name
                    + "\",\"user_id\":\"" + person
                    + "\",\"device_id\":\"dev-1\",\"time\":" + QByteArray::number(event.time)
                    + ",\"session_id\":" + event.session + "000,\"insert_id\":\"" + id + "\"}]}";
            } else if (provider == "posthog") {
                path = "/batch/";
                body = "{\"api_key\":\"phc_test0123456789abcdef\",\"batch\":[{\"event\":\"" + event.name
                    + "\",\"distinct_id\":\"" + person + "\",\"uuid\":\"" + id + "\",\"timestamp\":\"" + iso
                    + "\",\"properties\":{\"$session_id\":\"" + event.session + "\",\"$lib\":\"posthog-node\"}}]}";
            } else if (provider == "ga4") {
                path = "/mp/collect?measurement_id=G-TEST123&api_secret=secret-for-tests";
                body = "{\"client_id\":\"123.456\",\"user_id\":\"" + person + "\",\"events\":[{\"name\":\"" + event.name
                    + "\",\"timestamp_micros\":" + QByteArray::number(event.time * 1000)
                    + ",\"params\":{\"session_id\":\"" + event.session + "\",\"engagement_time_msec\":100}}]}";
            } else if (provider == "mixpanel") {
                path = "/track/?ip=1&verbose=1";
                headers = { { "Content-Type", "application/x-www-form-urlencoded" } };
                const QByteArray data = "[{\"event\":\"" + event.name
                    + "\",\"properties\":{\"time\":" + QByteArray::number(event.time) + ",\"distinct_id\":\"" + person
                    + "\",\"$user_id\":\"" + person + "\",\"$insert_id\":\"" + id + "\",\"$mp_replay_id\":\""
                    + event.session + "\",\"mp_lib\":\"web\",\"token\":\"mp_token_0123456789abcdef\"}}]";
                body = "data=" + data.toPercentEncoding();
            } else if (provider == "heap") {
                path = "/api/track";
                body = "{\"app_id\":\"1234567890\",\"identity\":\"" + person + "\",\"event\":\"" + event.name
                    + "\",\"timestamp\":\"" + iso + "\",\"idempotency_key\":\"" + id + "\",\"session_id\":\""
                    + event.session + "\"}";
            } else {
                path = "/v1/batch";
                const QByteArray library = provider == "rudderstack"
                    ? "{\"name\":\"RudderLabs JavaScript SDK\",\"version\":\"3.7.0\"}"
                    : "{\"name\":\"analytics.js\",\"version\":\"next-1.74.0\"}";
                body = "{\"writeKey\":\"write-key-for-tests\",\"batch\":[{\"type\":\"track\",\"event\":\"" + event.name
                    + "\",\"userId\":\"" + person + "\",\"messageId\":\"" + id + "\",\"timestamp\":\"" + iso
                    + "\",\"context\":{\"sessionId\":\"" + event.session + "\",\"library\":" + library + "}}]}";
            }
            const auto reply = m_collector.request("POST", path, body, headers);
            QVERIFY2(reply, qPrintable(m_collector.lastError()));
            QVERIFY2(reply->status < 300, reply->body.constData());
        }
        EventBatch all;
        QVERIFY(m_collector.readStore(all));
        EventBatch mine;
        for (int i = before.size(); i < all.size(); ++i)
            mine.appendFrom(all, i);
        QCOMPARE(mine.size(), 4);

        const SessionList list = sessionsOf(mine);
        QCOMPARE(list.size(), 2);
        const PersonSession& first = list.at(0);
        const PersonSession& second = list.at(1);
        QCOMPARE(list.personOf(0), QString::fromUtf8(person));
        QCOMPARE(first.eventCount, 3);
        QCOMPARE(first.eventIds, (std::vector<qint64> { mine.id(0), mine.id(1), mine.id(3) }));
        QCOMPARE(first.split, SessionSplit::ProviderId);
        QCOMPARE(int(first.idKind), kind);
        const QByteArray expectedS1 = provider == "amplitude" ? s1 + "000" : s1;
        const QByteArray expectedS2 = provider == "amplitude" ? s2 + "000" : s2;
        QCOMPARE(first.providerSessionId, expectedS1);
        QCOMPARE(first.start, base);
        QCOMPARE(first.end, base + 120 * minute);
        QCOMPARE(first.sourceMask, quint64(1) << source);
        QCOMPARE(second.eventIds, std::vector<qint64> { mine.id(2) });
        QCOMPARE(second.providerSessionId, expectedS2);
        QCOMPARE(int(second.idKind), kind);
    }

    void anonymousVisitThenIdentify()
    {
        // posthog-js: an anonymous pageview and track, then $identify (distinct_id user-1001, $anon_distinct_id
        // the device), all in one PostHog session; later the same user through Segment with no session id.
        EventBatch before;
        QVERIFY(m_collector.readStore(before));
        QFile file(QStringLiteral(JOURNEY_TEST_DATA "/collector/posthog/js-1.x-batch.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto reply = m_collector.request("POST", "/i/v0/e/", file.readAll(), { { "Content-Type", "text/plain" } });
        QVERIFY(reply && reply->status == 200);
        // 04:05:12 was the identify: 04:20 is within the limit, 06:00 is not.
        reply = m_collector.request("POST", "/v1/batch",
            q("{'writeKey':'write-key-for-tests','batch':[{'type':'track','userId':'user-1001','event':'Checkout "
              "Started',"
              "'timestamp':'2025-02-03T04:20:00.000Z'},{'type':'track','userId':'user-1001','event':'Order Completed',"
              "'timestamp':'2025-02-03T06:00:00.000Z'}]}"),
            { { "Content-Type", "application/json" } });
        QVERIFY(reply && reply->status == 200);
        EventBatch all;
        QVERIFY(m_collector.readStore(all));
        EventBatch mine;
        for (int i = before.size(); i < all.size(); ++i)
            mine.appendFrom(all, i);
        QCOMPARE(mine.size(), 5);
        QVERIFY(mine.userId(0).isEmpty()); // the anonymous pageview

        const SessionList merged = sessionsOf(mine);
        QCOMPARE(merged.persons().size(), size_t(1));
        QCOMPARE(merged.persons()[0].id, QStringLiteral("user-1001"));
        QVERIFY(merged.persons()[0].ids.contains(QStringLiteral("01950a3c-5b10-7c3e-9f21-0a1b2c3d4e5f")));
        QCOMPARE(merged.size(), 2);
        QCOMPARE(merged.at(0).eventCount, 4);
        QCOMPARE(merged.at(0).idKind, SessionIdKind::PostHog);
        QCOMPARE(merged.at(0).sourceMask,
            (quint64(1) << int(EventSource::PostHog)) | (quint64(1) << int(EventSource::Segment)));
        QCOMPARE(merged.at(0).sourceNames(), QStringLiteral("Segment, PostHog"));
        QCOMPARE(merged.at(0).pageCount, 1);
        QCOMPARE(merged.at(1).eventCount, 1);
        QCOMPARE(merged.at(1).split, SessionSplit::Inactivity);
        QCOMPARE(merged.findPerson(u"01950a3c-5b10-7c3e-9f21-0a1b2c3d4e5f"), 0);

        // Without merging, the anonymous visitor is a person of their own.
        const SessionList raw = sessionsOf(mine, Sessionizer::defaultGapMs, false);
        QCOMPARE(raw.persons().size(), size_t(2));
    }

    void identityMergeAcrossSessions()
    {
        // An anonymous visit on Monday; on Wednesday the same device identifies: Monday's session is the user's.
        // An alias joins an old id too.
        QList<Spec> specs;
        Spec anonymous = at(t0, {});
        anonymous.anonymousId = "anon-1";
        specs << anonymous;
        anonymous.time = t0 + minute;
        specs << anonymous;
        Spec identify = at(t0 + 2 * 24 * 60 * minute, "user-9");
        identify.anonymousId = "anon-1";
        identify.type = EventType::Identify;
        specs << identify << at(t0 + 2 * 24 * 60 * minute + minute, "user-9");
        Spec alias = at(t0 + 3 * 24 * 60 * minute, "user-9");
        alias.type = EventType::Alias;
        alias.previousId = "legacy-9";
        specs << alias << at(t0 - 24 * 60 * minute, "legacy-9");
        const SessionList list = sessionsOf(batchOf(specs));
        QCOMPARE(list.persons().size(), size_t(1));
        QCOMPARE(list.persons()[0].id, QStringLiteral("user-9"));
        QCOMPARE(shape(list), QByteArray("6|1,2|3,4|5"));
        for (int i = 0; i < list.size(); ++i)
            QCOMPARE(list.personOf(i), QStringLiteral("user-9"));
    }

    void outOfOrderTimestamps()
    {
        // Added newest first and across batches; equal timestamps keep id order.
        Sessionizer sessionizer;
        sessionizer.add(batchOf({ at(t0 + 45 * minute, "u"), at(t0 + 3 * minute, "u") }, 10));
        sessionizer.add(batchOf({ at(t0 + 3 * minute, "u"), at(t0, "u"), at(t0 + 50 * minute, "u") }, 1));
        const SessionList list = sessionizer.sessions(Sessionizer::Options());
        QCOMPARE(shape(list), QByteArray("2,1,11|10,3"));
        QCOMPARE(list.at(0).start, t0);
        QCOMPARE(list.at(0).end, t0 + 3 * minute);
        QCOMPARE(list.at(1).start, t0 + 45 * minute);
        QCOMPARE(sessionizer.lastEventId(), qint64(11));
        QCOMPARE(sessionizer.size(), qint64(5));
    }

    void countsPerSession()
    {
        QList<Spec> specs;
        Spec page = at(t0, "u");
        page.type = EventType::Page;
        page.name = "Home";
        page.validation = ValidationState::Valid;
        specs << page;
        Spec screen = at(t0 + 1000, "u");
        screen.type = EventType::Screen;
        screen.name = "Cart";
        screen.validation = ValidationState::Warning;
        screen.source = EventSource::Amplitude;
        specs << screen;
        Spec broken = at(t0 + 2000, "u");
        broken.validation = ValidationState::Invalid;
        specs << broken << broken;
        page.time = t0 + 3000;
        page.validation = ValidationState::Unchecked;
        specs << page;
        Spec later = at(t0 + 60 * minute, "u");
        later.validation = ValidationState::Valid;
        specs << later;
        const SessionList list = sessionsOf(batchOf(specs));
        QCOMPARE(list.size(), 2);
        const PersonSession& first = list.at(0);
        QCOMPARE(first.eventCount, 5);
        QCOMPARE(first.invalidCount, 2);
        QCOMPARE(first.warningCount, 1);
        QCOMPARE(first.uncheckedCount, 1);
        QCOMPARE(first.pageCount, 2);
        QCOMPARE(first.screenCount, 1);
        QCOMPARE(first.validation(), ValidationState::Invalid);
        QCOMPARE(first.sources(), (QList<EventSource> { EventSource::Segment, EventSource::Amplitude }));
        QCOMPARE(list.at(1).validation(), ValidationState::Valid);
        QCOMPARE(list.eventCount(), qint64(6));

        PersonSession session;
        session.eventCount = 2;
        session.uncheckedCount = 2;
        QCOMPARE(session.validation(), ValidationState::Unchecked);
        session.warningCount = 1;
        QCOMPARE(session.validation(), ValidationState::Warning);
    }

    void personFilterAndUnattributed()
    {
        QList<Spec> specs { at(t0, "a"), at(t0, "b"), at(t0 + minute, "a") };
        Spec group = at(t0 + 2 * minute, {});
        group.type = EventType::Group; // a Mixpanel /groups update names nobody
        specs << group;
        Spec identify = at(t0 + 3 * minute, "b");
        identify.anonymousId = "device-b";
        identify.type = EventType::Identify;
        specs << identify;
        Sessionizer sessionizer;
        sessionizer.add(batchOf(specs));
        Sessionizer::Options options;
        options.person = QStringLiteral("device-b");
        SessionList list = sessionizer.sessions(options);
        QCOMPARE(shape(list), QByteArray("2,5"));
        QCOMPARE(list.personOf(0), QStringLiteral("b"));
        QCOMPARE(list.unattributedCount(), qint64(1));
        options.person = QStringLiteral("nobody");
        QVERIFY(sessionizer.sessions(options).isEmpty());
        options.person.clear();
        list = sessionizer.sessions(options);
        QCOMPARE(list.eventCount(), qint64(4));
        list.keepPerson(list.findPerson(u"a"));
        QCOMPARE(shape(list), QByteArray("1,3"));
        list = sessionizer.sessions(options);
        list.truncate(1);
        QCOMPARE(list.size(), 1);
    }

    void captureEvents()
    {
        // Events without ids are referred to by their index in the capture.
        Capture capture;
        EventBatch events;
        for (const Spec& spec : { at(t0 + 2 * minute, "u", contextSession("S")), at(t0, "u", contextSession("S")),
                 at(t0 + 90 * minute, "u") })
            append(events, spec);
        for (int i = 0; i < events.size(); ++i)
            capture.addEvent(events, i);
        Sessionizer sessionizer;
        sessionizer.add(capture);
        const SessionList list = sessionizer.sessions(Sessionizer::Options());
        QCOMPARE(shape(list), QByteArray("1,0|2"));
        QCOMPARE(list.at(0).providerSessionId, QByteArray("S"));
        QVERIFY(!Sessionizer::usesEventIds(capture));
        QCOMPARE(Sessionizer::indexInCapture(capture, 2), 2);
        QCOMPARE(Sessionizer::indexInCapture(capture, 3), -1);

        // A capture file numbers its events 1, 2, …: those numbers are the ids.
        capture.assignEventIds(1);
        Sessionizer numbered;
        numbered.add(capture);
        QCOMPARE(shape(numbered.sessions(Sessionizer::Options())), QByteArray("2,1|3"));
        QVERIFY(Sessionizer::usesEventIds(capture));
        QCOMPARE(Sessionizer::indexInCapture(capture, 3), 2);
        QCOMPARE(Sessionizer::indexInCapture(capture, 0), -1);
        QCOMPARE(Sessionizer::indexInCapture(capture, 4), -1);
    }

    void cancelledGivesNothing()
    {
        Sessionizer sessionizer;
        sessionizer.add(batchOf({ at(t0, "u"), at(t0 + 1, "v") }));
        std::atomic<bool> cancel { true };
        QVERIFY(sessionizer.sessions(Sessionizer::Options(), &cancel).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionizer)
#include "tst_sessionizer.moc"

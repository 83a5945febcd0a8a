// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The /journey/ test automation API over real HTTP on 127.0.0.1, with a real store: what a CI pipeline asks.

#include "collectorfixture.h"

#include "store/storereader.h"
#include "validation/eventvalidator.h"
#include "validation/trackingplan.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

namespace {

/// JSON written with single quotes (readable in C++ source) turned into real JSON.
QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

QStringList names(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

const HeaderList jsonHeaders { { "Content-Type", "application/json" } };

QStringList eventNames(const QJsonObject& answer)
{
    QStringList result;
    for (const QJsonValue& event : answer.value(QLatin1String("events")).toArray()) {
        const QJsonObject message = event.toObject().value(QLatin1String("message")).toObject();
        result.append(message.value(QLatin1String(message.contains(QLatin1String("event")) ? "event" : "name")).toString()
            + QLatin1Char('/') + message.value(QLatin1String("userId")).toString());
    }
    return result;
}

} // namespace

class TestJourneyApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eventsMatchExactly_data();
    void eventsMatchExactly();
    void eventsPageThroughEverything();
    void eventsCarryStoreFields();
    void badParametersNameTheParameter_data();
    void badParametersNameTheParameter();
    void summaryCountsByProviderAndType();
    void rejectedListShowsReasonAndBody();
    void resetDeletesEverything();
    void waitReturnsAsSoonAsTheConditionHolds();
    void waitCountsWhatIsAlreadyStored();
    void waitTimesOut();
    void unknownApiPath();
    void eventsAreValidatedOnArrival();

private:
    void postSample();
    QJsonObject get(const QByteArray& path, int expectedStatus = 200);

    CollectorFixture m_collector;
};

void TestJourneyApi::init()
{
    QString error;
    QVERIFY2(m_collector.start(CollectorConfig(), &error), qPrintable(error));
}

void TestJourneyApi::cleanup()
{
    m_collector.stop();
}

void TestJourneyApi::postSample()
{
    const QByteArray batch = q("{'writeKey':'wk_secret_123456789','batch':["
                               "{'type':'track','event':'Signed Up','userId':'u1','timestamp':'2026-01-01T10:00:00.000Z'},"
                               "{'type':'track','event':'Signed Up Later','userId':'u1'},"
                               "{'type':'track','event':'Signed Up','userId':'u2','anonymousId':'a2'},"
                               "{'type':'identify','userId':'u1','traits':{'plan':'pro'}},"
                               "{'type':'page','name':'Pricing','anonymousId':'a1'},"
                               "{'type':'track','event':'signed up','userId':'u3'}]}");
    const auto reply = m_collector.request("POST", "/v1/batch", batch, jsonHeaders);
    QVERIFY2(reply, qPrintable(m_collector.lastError()));
    QCOMPARE(reply->status, 200);
}

QJsonObject TestJourneyApi::get(const QByteArray& path, int expectedStatus)
{
    const auto reply = m_collector.request("GET", path);
    if (!reply) {
        qWarning() << "no reply to" << path << m_collector.lastError();
        return {};
    }
    if (reply->status != expectedStatus)
        qWarning() << path << "answered" << reply->status << reply->body;
    if (reply->header("Content-Type") != "application/json")
        qWarning() << path << "Content-Type" << reply->header("Content-Type");
    return reply->status == expectedStatus ? reply->json() : QJsonObject();
}

void TestJourneyApi::eventsMatchExactly_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("everything") << QByteArray("")
                                << names({ "Signed Up/u1", "Signed Up Later/u1", "Signed Up/u2", "/u1",
                                       "Pricing/", "signed up/u3" });
    // Exact, case-sensitive: not "Signed Up Later", not "signed up".
    QTest::newRow("event") << QByteArray("event=Signed%20Up") << names({ "Signed Up/u1", "Signed Up/u2" });
    QTest::newRow("event and userId") << QByteArray("event=Signed+Up&userId=u2") << names({ "Signed Up/u2" });
    QTest::newRow("userId") << QByteArray("userId=u1") << names({ "Signed Up/u1", "Signed Up Later/u1", "/u1" });
    QTest::newRow("anonymousId") << QByteArray("anonymousId=a1") << names({ "Pricing/" });
    QTest::newRow("type") << QByteArray("type=identify,page") << names({ "/u1", "Pricing/" });
    QTest::newRow("provider segment") << QByteArray("provider=segment") << names({ "Signed Up/u1", "Signed Up Later/u1",
                                                                         "Signed Up/u2", "/u1", "Pricing/", "signed up/u3" });
    QTest::newRow("provider mixpanel") << QByteArray("provider=mixpanel") << QStringList();
    QTest::newRow("since the future") << QByteArray("since=2999-01-01T00:00:00Z") << QStringList();
    QTest::newRow("since 1970 in ms") << QByteArray("since=0&type=page") << names({ "Pricing/" });
    // No tracking plan yet: every event is unchecked.
    QTest::newRow("validation unchecked") << QByteArray("validation=unchecked&type=page") << names({ "Pricing/" });
    QTest::newRow("validation invalid, no plan") << QByteArray("validation=invalid") << QStringList();
}

void TestJourneyApi::eventsMatchExactly()
{
    QFETCH(QByteArray, query);
    QFETCH(QStringList, expected);
    postSample();
    const QJsonObject answer = get("/journey/events?" + query);
    QCOMPARE(eventNames(answer), expected);
    QCOMPARE(answer.value(QLatin1String("count")).toInt(), expected.size());
    QVERIFY(answer.value(QLatin1String("next")).isNull());
}

void TestJourneyApi::eventsPageThroughEverything()
{
    postSample();
    QStringList seen;
    QByteArray path = "/journey/events?limit=4";
    const QJsonObject first = get(path);
    QCOMPARE(first.value(QLatin1String("count")).toInt(), 4);
    QVERIFY(first.value(QLatin1String("next")).isDouble());
    seen += eventNames(first);
    const QJsonObject second = get("/journey/events?limit=4&after="
        + QByteArray::number(first.value(QLatin1String("next")).toInteger()));
    QCOMPARE(second.value(QLatin1String("count")).toInt(), 2);
    QVERIFY(second.value(QLatin1String("next")).isNull());
    seen += eventNames(second);
    QCOMPARE(seen, (names({ "Signed Up/u1", "Signed Up Later/u1", "Signed Up/u2", "/u1", "Pricing/", "signed up/u3" })));
}

void TestJourneyApi::eventsCarryStoreFields()
{
    postSample();
    const QJsonArray events = get("/journey/events?userId=u2").value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.first().toObject();
    QVERIFY(event.value(QLatin1String("id")).toInteger() > 0);
    QVERIFY(event.value(QLatin1String("requestId")).toInteger() > 0);
    QCOMPARE(event.value(QLatin1String("source")).toString(), QStringLiteral("segment"));
    QCOMPARE(event.value(QLatin1String("type")).toString(), QStringLiteral("track"));
    QVERIFY(!event.value(QLatin1String("receivedAt")).toString().isEmpty());
    const QJsonObject message = event.value(QLatin1String("message")).toObject();
    QCOMPARE(message.value(QLatin1String("anonymousId")).toString(), QStringLiteral("a2"));
    QVERIFY(!message.value(QLatin1String("messageId")).toString().isEmpty());
    // The write key never reaches a stored event.
    QVERIFY(!QJsonDocument(events).toJson().contains("wk_secret"));
}

void TestJourneyApi::badParametersNameTheParameter_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("named");

    QTest::newRow("type") << QByteArray("/journey/events?type=trak") << QStringLiteral("type: \"trak\"");
    QTest::newRow("provider") << QByteArray("/journey/events?provider=snowplow") << QStringLiteral("provider: \"snowplow\"");
    QTest::newRow("limit 0") << QByteArray("/journey/events?limit=0") << QStringLiteral("limit");
    QTest::newRow("limit too large") << QByteArray("/journey/events?limit=5000") << QStringLiteral("limit");
    QTest::newRow("after") << QByteArray("/journey/events?after=abc") << QStringLiteral("after");
    QTest::newRow("since") << QByteArray("/journey/events?since=yesterday") << QStringLiteral("since: \"yesterday\"");
    QTest::newRow("validation") << QByteArray("/journey/events?validation=maybe") << QStringLiteral("validation");
    QTest::newRow("wait count") << QByteArray("/journey/wait?count=-1") << QStringLiteral("count");
    QTest::newRow("wait timeout") << QByteArray("/journey/wait?timeout=forever") << QStringLiteral("timeout");
}

void TestJourneyApi::badParametersNameTheParameter()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, named);
    const QJsonObject answer = get(path, 400);
    QVERIFY2(answer.value(QLatin1String("error")).toString().contains(named),
        qPrintable(answer.value(QLatin1String("error")).toString()));
}

void TestJourneyApi::summaryCountsByProviderAndType()
{
    postSample();
    const auto bad = m_collector.request("POST", "/v1/batch", "{not json", jsonHeaders);
    QVERIFY(bad);
    QCOMPARE(bad->status, 400);
    m_collector.recorder()->waitForCommitted();
    const QJsonObject summary = get("/journey/summary");
    QCOMPARE(summary.value(QLatin1String("events")).toInt(), 6);
    QCOMPARE(summary.value(QLatin1String("providers")).toObject(), (QJsonObject { { QStringLiteral("segment"), 6 } }));
    QCOMPARE(summary.value(QLatin1String("types")).toObject(),
        (QJsonObject { { QStringLiteral("track"), 4 }, { QStringLiteral("identify"), 1 }, { QStringLiteral("page"), 1 } }));
    QCOMPARE(summary.value(QLatin1String("requests")).toInt(), 2);
    QCOMPARE(summary.value(QLatin1String("rejectedRequests")).toInt(), 1);
    const QJsonObject validation = summary.value(QLatin1String("validation")).toObject();
    QCOMPARE(validation.value(QLatin1String("unchecked")).toInt(), 6);
    QCOMPARE(validation.value(QLatin1String("invalid")).toInt(), 0);
}

void TestJourneyApi::rejectedListShowsReasonAndBody()
{
    const QByteArray body = q("{'writeKey':'wk_live_abcdefghijkl','batch':[{'type':'track','event':'A','userId':'u'},{'type':'track','userId':'u'}]}");
    const auto reply = m_collector.request("POST", "/v1/batch?x=1", body, jsonHeaders);
    QVERIFY(reply);
    QCOMPARE(reply->status, 400);
    QVERIFY(m_collector.request("POST", "/nowhere", "{}", jsonHeaders));
    m_collector.recorder()->waitForCommitted();

    const QJsonArray requests = get("/journey/rejected").value(QLatin1String("requests")).toArray();
    QCOMPARE(requests.size(), 2);
    const QJsonObject unknown = requests.at(0).toObject(); // newest first
    QCOMPARE(unknown.value(QLatin1String("status")).toInt(), 404);
    QCOMPARE(unknown.value(QLatin1String("path")).toString(), QStringLiteral("/nowhere"));
    const QJsonObject rejected = requests.at(1).toObject();
    QCOMPARE(rejected.value(QLatin1String("status")).toInt(), 400);
    QCOMPARE(rejected.value(QLatin1String("path")).toString(), QStringLiteral("/v1/batch"));
    QCOMPARE(rejected.value(QLatin1String("query")).toString(), QStringLiteral("x=1"));
    QCOMPARE(rejected.value(QLatin1String("source")).toString(), QStringLiteral("segment"));
    QVERIFY2(rejected.value(QLatin1String("reason")).toString().contains(QLatin1String("batch[1].event")),
        qPrintable(rejected.value(QLatin1String("reason")).toString()));
    const QString storedBody = rejected.value(QLatin1String("body")).toString();
    QVERIFY(storedBody.contains(QString::fromUtf8(q("'event':'A'"))));
    QVERIFY2(!storedBody.contains(QLatin1String("wk_live_abcdefghijkl")), qPrintable(storedBody));
    QVERIFY(storedBody.contains(QLatin1String("ijkl")));
    // Nothing of the rejected batch was stored.
    QCOMPARE(get("/journey/summary").value(QLatin1String("events")).toInt(), 0);
}

void TestJourneyApi::resetDeletesEverything()
{
    postSample();
    QCOMPARE(get("/journey/summary").value(QLatin1String("events")).toInt(), 6);
    const auto wrongMethod = m_collector.request("GET", "/journey/reset");
    QVERIFY(wrongMethod);
    QCOMPARE(wrongMethod->status, 405);
    const auto reset = m_collector.request("POST", "/journey/reset");
    QVERIFY2(reset, qPrintable(m_collector.lastError()));
    QCOMPARE(reset->status, 200);
    QCOMPARE(reset->json(), (QJsonObject { { QStringLiteral("reset"), true } }));
    QCOMPARE(get("/journey/summary").value(QLatin1String("events")).toInt(), 0);
    QCOMPARE(get("/journey/events").value(QLatin1String("count")).toInt(), 0);
    // The collector keeps working after a reset.
    postSample();
    QCOMPARE(get("/journey/events?event=Signed%20Up").value(QLatin1String("count")).toInt(), 2);
}

void TestJourneyApi::waitReturnsAsSoonAsTheConditionHolds()
{
    HttpTestClient waiting(m_collector.port());
    QString error;
    QVERIFY2(waiting.connectToServer(&error), qPrintable(error));
    QVERIFY(waiting.send(HttpRequest { "GET", "/journey/wait?event=Checkout&userId=u9&count=2&timeout=60s", {}, {} }, &error));
    // Not yet: no such events.
    QVERIFY(!waiting.read(&error, 300));

    const QByteArray one = q("{'event':'Checkout','userId':'u9'}");
    QCOMPARE(m_collector.request("POST", "/v1/track", one, jsonHeaders)->status, 200);
    QCOMPARE(m_collector.request("POST", "/v1/track", q("{'event':'Checkout','userId':'u8'}"), jsonHeaders)->status, 200);
    QVERIFY(!waiting.read(&error, 300)); // one of two

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_collector.request("POST", "/v1/track", one, jsonHeaders)->status, 200);
    const auto answer = waiting.read(&error, 10'000);
    QVERIFY2(answer, qPrintable(error));
    // Woken by the commit, long before the 60 s timeout.
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(answer->status, 200);
    const QJsonObject body = answer->json();
    QCOMPARE(body.value(QLatin1String("matched")).toInt(), 2);
    QCOMPARE(body.value(QLatin1String("wanted")).toInt(), 2);
    QCOMPARE(body.value(QLatin1String("timedOut")).toBool(), false);
    QCOMPARE(eventNames(body), (names({ "Checkout/u9", "Checkout/u9" })));
}

void TestJourneyApi::waitCountsWhatIsAlreadyStored()
{
    postSample();
    const auto answer = m_collector.request("GET", "/journey/wait?event=Signed%20Up&count=2&timeout=30s");
    QVERIFY2(answer, qPrintable(m_collector.lastError()));
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->json().value(QLatin1String("matched")).toInt(), 2);
}

void TestJourneyApi::waitTimesOut()
{
    postSample();
    QElapsedTimer timer;
    timer.start();
    const auto answer = m_collector.request("GET", "/journey/wait?event=Never&timeout=400ms");
    QVERIFY2(answer, qPrintable(m_collector.lastError()));
    QVERIFY(timer.elapsed() >= 350);
    QCOMPARE(answer->status, 408);
    const QJsonObject body = answer->json();
    QCOMPARE(body.value(QLatin1String("timedOut")).toBool(), true);
    QCOMPARE(body.value(QLatin1String("matched")).toInt(), 0);
    QCOMPARE(body.value(QLatin1String("events")).toArray().size(), 0);
}

void TestJourneyApi::unknownApiPath()
{
    const QJsonObject answer = get("/journey/nothing", 404);
    const QString message = answer.value(QLatin1String("error")).toString();
    QVERIFY2(message.contains(QLatin1String("/journey/wait")) && message.contains(QLatin1String("/journey/events")),
        qPrintable(message));
}

void TestJourneyApi::eventsAreValidatedOnArrival()
{
    // A plan in which "Signed Up" needs a plan property; unplanned events only warn.
    TrackingPlan plan;
    QString error;
    QVERIFY2(TrackingPlan::parse(q("{'name':'Shop','unplannedEvents':'warn','events':{'Signed Up':{'properties':"
                                   "{'type':'object','required':['plan'],'properties':{'plan':{'enum':['free','pro']}}}}}}"),
                 QStringLiteral("plan.json"), plan, &error),
        qPrintable(error));
    auto compiled = std::make_shared<PlanValidator>();
    QVERIFY2(compiled->load(plan, &error), qPrintable(error));
    auto validator = std::make_shared<EventValidator>();
    validator->setPlan(compiled);
    m_collector.recorder()->setValidator(validator);

    const QByteArray batch = q("{'batch':["
                               "{'type':'track','event':'Signed Up','userId':'u1','properties':{'plan':'pro'}},"
                               "{'type':'track','event':'Signed Up','userId':'u2','properties':{'plan':'gold'}},"
                               "{'type':'track','event':'Signed Up','userId':'u3'},"
                               "{'type':'track','event':'Logged In','userId':'u4'},"
                               "{'type':'alias','userId':'u5','previousId':'a5'}]}");
    const auto reply = m_collector.request("POST", "/v1/batch", batch, jsonHeaders);
    QVERIFY2(reply && reply->status == 200, qPrintable(m_collector.lastError()));

    QCOMPARE(eventNames(get("/journey/events?validation=invalid")), names({ "Signed Up/u2", "Signed Up/u3" }));
    QCOMPARE(eventNames(get("/journey/events?validation=warning")), names({ "Logged In/u4" }));
    QCOMPARE(eventNames(get("/journey/events?validation=valid&type=track")), names({ "Signed Up/u1" }));
    QCOMPARE(eventNames(get("/journey/events?validation=warning,invalid&userId=u3")), names({ "Signed Up/u3" }));
    const QJsonObject counts = get("/journey/summary").value(QLatin1String("validation")).toObject();
    QCOMPARE(counts.value(QLatin1String("trackingPlan")).toString(), QStringLiteral("Shop"));
    QCOMPARE(counts.value(QLatin1String("valid")).toInt(), 2); // the alias has nothing to break
    QCOMPARE(counts.value(QLatin1String("warning")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("invalid")).toInt(), 2);
    QCOMPARE(counts.value(QLatin1String("unchecked")).toInt(), 0);

    // The results are stored with the events: a reader of the store file sees the states and the violations.
    m_collector.recorder()->waitForCommitted();
    StoreReader reader(m_collector.storePath());
    QVERIFY2(reader.open(true, &error), qPrintable(error));
    EventBatch events;
    bool exhausted = false;
    QVERIFY2(reader.readPage(EventFilter(), 0, 100, events, &exhausted, &error), qPrintable(error));
    QCOMPARE(events.size(), 5);
    QCOMPARE(events.validation(0), ValidationState::Valid);
    QCOMPARE(events.validation(1), ValidationState::Invalid);
    QCOMPARE(events.validation(3), ValidationState::Warning);
    ValidationState state = ValidationState::Unchecked;
    QList<PlanViolation> violations;
    QVERIFY2(reader.validation(events.id(1), state, violations, &error), qPrintable(error));
    QCOMPARE(state, ValidationState::Invalid);
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.first().kind, PlanViolation::Kind::ValueNotAllowed);
    QCOMPARE(violations.first().pointer, QStringLiteral("/properties/plan"));

    ValidationSummary summary;
    QVERIFY2(reader.validationSummary(summary, &error), qPrintable(error));
    QCOMPARE(summary.checked, 5);
    QCOMPARE(summary.withErrors, 2);
    QCOMPARE(summary.withWarnings, 1);
    QStringList rows;
    for (const ValidationSummary::Row& row : summary.rows)
        rows << QStringLiteral("%1|%2|%3|%4|%5").arg(row.name, row.kind).arg(row.events).arg(row.errors).arg(row.warnings);
    QCOMPARE(rows,
        (QStringList { QStringLiteral("||1|0|0"), QStringLiteral("Logged In||1|0|1"),
            QStringLiteral("Logged In|unplanned-event|1|0|1"), QStringLiteral("Signed Up||3|2|0"),
            QStringLiteral("Signed Up|missing-required|1|1|0"), QStringLiteral("Signed Up|value-not-allowed|1|1|0") }));

    // Without a plan, new events are unchecked again; the stored results stay.
    m_collector.recorder()->setValidator(nullptr);
    const auto later = m_collector.request("POST", "/v1/track", q("{'event':'Signed Up','userId':'u6'}"), jsonHeaders);
    QVERIFY(later && later->status == 200);
    QCOMPARE(eventNames(get("/journey/events?validation=unchecked")), names({ "Signed Up/u6" }));
    QCOMPARE(eventNames(get("/journey/events?validation=invalid")), names({ "Signed Up/u2", "Signed Up/u3" }));
}

QTEST_GUILESS_MAIN(TestJourneyApi)
#include "tst_journeyapi.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// Validation before sending: each provider's `validation` mode (allow, omit-unplanned-properties, block)
// applied to events that follow the tracking plan, carry unplanned properties or break it, end to end through
// the connector into real HTTP sinks on 127.0.0.1 and a real store file; blocked events as dead letters, and
// retried by hand after the plan is fixed. Also the `validation` key of the configuration, plans named by
// `journey.validation.plan`, and `journeyctl send` with a plan.

#include "config/journeyconfig.h"
#include "delivery/connector.h"
#include "delivery/outboxstore.h"
#include "delivery/validationgate.h"
#include "httpsink.h"
#include "validation/eventvalidator.h"
#include "validation/trackingplan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Journey;
using namespace JourneyTest;

namespace {

QByteArray q(const char* json)
{
    return QByteArray(json).replace('\'', '"');
}

// Revenue a number, order_id and revenue required, currency from a list; identify traits with an email.
const char planJson[] = "{'name':'Shop','version':'1','unplannedEvents':'warn','unplannedProperties':'warn',"
                        "'events':{'Order Completed':{'properties':{'type':'object','required':['order_id','revenue'],"
                        "'properties':{'order_id':{'type':'string'},'revenue':{'type':'number','minimum':0},"
                        "'currency':{'enum':['USD','EUR']}}}}},"
                        "'identify':{'traits':{'type':'object','properties':{'email':{'type':'string'}}}}}";

EventValidatorPtr validatorFor(const QByteArray& plan, const QStringList& lints = {})
{
    auto validator = std::make_shared<EventValidator>();
    if (!plan.isEmpty()) {
        TrackingPlan parsed;
        QString error;
        if (!TrackingPlan::parse(plan, QStringLiteral("test plan"), parsed, &error))
            qFatal("bad test plan: %s", qPrintable(error));
        auto compiled = std::make_shared<PlanValidator>();
        if (!compiled->load(parsed, &error))
            qFatal("test plan does not compile: %s", qPrintable(error));
        validator->setPlan(compiled);
    }
    ProviderLinter linter;
    QString error;
    if (!linter.setProviders(lints, &error))
        qFatal("bad lints: %s", qPrintable(error));
    validator->setLinter(linter);
    return validator;
}

JourneyConfig configFor(const QByteArray& json)
{
    JourneyConfig config;
    QString error;
    if (!JourneyConfig::parse(json, QStringLiteral("test config"), config, &error))
        qFatal("bad test config: %s", qPrintable(error));
    return config;
}

// One sink per provider, so that what each received is plain to see.
struct Sinks
{
    HttpSink segment;
    HttpSink mixpanel;
    HttpSink posthog;

    bool start() { return segment.start() && mixpanel.start() && posthog.start(); }

    // segment, mixpanel and posthog with the given modes (empty: no `validation` key), plus \a extra in
    // `journey` (",'validation':{…}").
    QByteArray config(
        const char* segmentMode, const char* mixpanelMode, const char* posthogMode, const QByteArray& extra = {}) const
    {
        const auto mode
            = [](const char* name) { return *name ? QByteArray(",'validation':'") + name + "'" : QByteArray(); };
        QByteArray json = "{'journey':{'providers':{'segment':{'writeKey':'wk_validation_1','endpoint':'"
            + segment.url().toString().toUtf8() + "','batch':{'flushMs':10}" + mode(segmentMode)
            + "},'mixpanel':{'token':'mp_validation_2','apiSecret':'mp_secret_3','endpoint':'"
            + mixpanel.url().toString().toUtf8() + "','batch':{'flushMs':10}" + mode(mixpanelMode)
            + "},'posthog':{'apiKey':'phc_validation_4','endpoint':'" + posthog.url().toString().toUtf8()
            + "','batch':{'flushMs':10}" + mode(posthogMode) + "}}" + extra + "}}";
        return json.replace('\'', '"');
    }
};

// The `properties` of every event a sink received (Segment and PostHog batches, Mixpanel's array).
QList<QJsonObject> receivedProperties(const HttpSink& sink)
{
    QList<QJsonObject> result;
    for (const SinkRequest& request : sink.requests()) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        const QJsonArray events
            = document.isArray() ? document.array() : document.object().value(QLatin1String("batch")).toArray();
        for (const QJsonValue& event : events)
            result.append(event.toObject().value(QLatin1String("properties")).toObject());
    }
    return result;
}

// The properties of the event with \a orderId a sink received; empty when it got none.
QJsonObject receivedOrder(const HttpSink& sink, const QString& orderId)
{
    for (const QJsonObject& properties : receivedProperties(sink)) {
        if (properties.value(QLatin1String("order_id")).toString() == orderId)
            return properties;
    }
    return {};
}

int countOf(const HttpSink& sink, const QString& orderId)
{
    int count = 0;
    for (const QJsonObject& properties : receivedProperties(sink))
        count += properties.value(QLatin1String("order_id")).toString() == orderId ? 1 : 0;
    return count;
}

OutboxRow rowOf(Connector& connector, const QString& messageId, const QString& provider)
{
    QString error;
    for (const OutboxRow& row : connector.statusOf(messageId, &error)) {
        if (row.provider == provider)
            return row;
    }
    return {};
}

template <typename Predicate> bool spin(Predicate done, int timeoutMs = 15000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

// flush() blocks, and the sinks answer on this thread: flush from a helper thread while this one serves.
bool flushWhileServing(Connector& connector, int timeoutMs = 15000)
{
    std::atomic<bool> result = false;
    std::atomic<bool> finished = false;
    std::thread flusher([&] {
        result = connector.flush(timeoutMs);
        finished = true;
    });
    spin([&] { return finished.load(); }, timeoutMs + 5000);
    flusher.join();
    return result.load();
}

QJsonObject order(const char* orderId, const QJsonValue& revenue)
{
    return QJsonObject { { QStringLiteral("order_id"), QLatin1String(orderId) },
        { QStringLiteral("revenue"), revenue } };
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs journeyctl while this thread keeps serving the sinks.
Run runCtl(const QStringList& arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(JOURNEYCTL_PATH), arguments);
    if (!process.waitForStarted())
        qFatal("journeyctl did not start");
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        process.waitForFinished(5);
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestConnectorValidation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void modeIsParsed_data();
    void modeIsParsed();
    void unplannedPropertiesAreFoundByPointer();
    void lintsConcernTheirProviderOnly();
    void eachProviderGetsWhatItsModeSays();
    void retriedBlockedEventIsValidatedAgain();
    void lintForAnotherProviderDoesNotBlock();
    void warningsDoNotBlock();
    void withoutValidatorNothingChanges();
    void planFromTheConfiguration();
    void brokenPlanFailsTheStart();
    void sendCommandReportsBlockedEventsAndBrokenPlans();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("journey.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConnectorValidation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConnectorValidation::modeIsParsed_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("mode");
    QTest::newRow("absent") << QByteArray() << true << int(ValidationMode::Allow);
    QTest::newRow("allow") << q("'allow'") << true << int(ValidationMode::Allow);
    QTest::newRow("omit") << q("'omit-unplanned-properties'") << true << int(ValidationMode::OmitUnplannedProperties);
    QTest::newRow("block") << q("'block'") << true << int(ValidationMode::Block);
    QTest::newRow("unknown") << q("'reject'") << false << 0;
    QTest::newRow("case") << q("'Block'") << false << 0;
    QTest::newRow("bool") << QByteArray("true") << false << 0;
    QTest::newRow("list") << q("['block']") << false << 0;
}

void TestConnectorValidation::modeIsParsed()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, ok);
    QFETCH(int, mode);
    const QByteArray json = q("{'journey':{'providers':{'posthog':{'apiKey':'phc_1'")
        + (value.isEmpty() ? QByteArray() : q(",'validation':") + value) + "}}}}";
    JourneyConfig config;
    QString error;
    QCOMPARE(JourneyConfig::parse(json, QStringLiteral("test config"), config, &error), ok);
    if (ok) {
        QVERIFY(config.settingsFor(QStringLiteral("posthog")));
        QCOMPARE(int(config.settingsFor(QStringLiteral("posthog"))->validationMode), mode);
        return;
    }
    QVERIFY2(error.contains(QLatin1String("journey.providers.posthog.validation")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("allow, omit-unplanned-properties, block")), qPrintable(error));
}

void TestConnectorValidation::unplannedPropertiesAreFoundByPointer()
{
    const QJsonObject message
        = QJsonDocument::fromJson(q("{'type':'identify','userId':'u-1','traits':{'email':'a@x.io',"
                                    "'nick':'al','a/b~c':1,'address':{'city':'X','zip2':'9'}},"
                                    "'properties':{'keep':true}}"))
              .object();
    const auto unplanned = [](const char* pointer) {
        PlanViolation violation;
        violation.kind = PlanViolation::Kind::UnplannedProperty;
        violation.severity = PlanViolation::Severity::Warning;
        violation.pointer = QLatin1String(pointer);
        return violation;
    };
    PlanViolation wrongType = unplanned("/traits/email");
    wrongType.kind = PlanViolation::Kind::WrongType;
    QStringList removed;
    const QJsonObject stripped = ValidationGate::withoutUnplanned(message,
        { unplanned("/traits/nick"), unplanned("/traits/a~1b~0c"), unplanned("/traits/address/zip2"), wrongType,
            unplanned("/traits/missing"), unplanned("/userId"), unplanned("/traits") },
        &removed);
    QCOMPARE(removed,
        (QStringList { QStringLiteral("/traits/nick"), QStringLiteral("/traits/a~1b~0c"),
            QStringLiteral("/traits/address/zip2") }));
    QCOMPARE(stripped.value(QLatin1String("traits")).toObject(),
        QJsonDocument::fromJson(q("{'email':'a@x.io','address':{'city':'X'}}")).object());
    QCOMPARE(stripped.value(QLatin1String("userId")).toString(), QStringLiteral("u-1"));
    QCOMPARE(
        stripped.value(QLatin1String("properties")).toObject(), message.value(QLatin1String("properties")).toObject());
}

void TestConnectorValidation::lintsConcernTheirProviderOnly()
{
    PlanViolation plan;
    PlanViolation lint;
    lint.kind = PlanViolation::Kind::ProviderLint;
    lint.provider = QStringLiteral("mixpanel");
    QVERIFY(ValidationGate::concerns(plan, QStringLiteral("posthog")));
    QVERIFY(ValidationGate::concerns(lint, QStringLiteral("mixpanel")));
    QVERIFY(!ValidationGate::concerns(lint, QStringLiteral("posthog")));

    lint.severity = PlanViolation::Severity::Error;
    lint.pointer = QStringLiteral("/userId");
    lint.keyword = QStringLiteral("distinct_id");
    lint.message = QStringLiteral("refused");
    const ValidationGate::Verdict blocked
        = ValidationGate::judge(ValidationMode::Block, QStringLiteral("mixpanel"), { lint }, {});
    QVERIFY(blocked.blocked);
    QCOMPARE(blocked.reason,
        QStringLiteral("blocked by the tracking plan: [mixpanel] /userId: provider-lint (distinct_id): refused"));
    const ValidationGate::Verdict other
        = ValidationGate::judge(ValidationMode::Block, QStringLiteral("posthog"), { lint }, {});
    QVERIFY(!other.blocked);
    QVERIFY(other.reason.isEmpty());
    QVERIFY(other.message.isEmpty());
}

void TestConnectorValidation::eachProviderGetsWhatItsModeSays()
{
    Sinks sinks;
    QVERIFY(sinks.start());
    Connector connector;
    connector.setValidator(validatorFor(q(planJson)));
    QString error;
    QVERIFY2(
        connector.start(storePath(), configFor(sinks.config("allow", "omit-unplanned-properties", "block")), &error),
        qPrintable(error));
    QSignalSpy failed(&connector, &Connector::eventsFailed);

    QJsonObject valid = order("o-1", 10);
    valid.insert(QStringLiteral("currency"), QStringLiteral("USD"));
    QJsonObject unplanned = order("o-2", 20);
    unplanned.insert(QStringLiteral("coupon"), QStringLiteral("SPRING"));
    unplanned.insert(QStringLiteral("utm/source~x"), QStringLiteral("mail"));
    QJsonObject broken = order("o-3", QStringLiteral("lots")); // revenue must be a number: an error

    const QString event = QStringLiteral("Order Completed");
    const EnqueueResult validResult = connector.track(QStringLiteral("u-1"), {}, event, valid);
    const EnqueueResult unplannedResult = connector.track(QStringLiteral("u-1"), {}, event, unplanned);
    // As JSON too (the path that reads integrations from the message: still parsed once).
    const QByteArray brokenJson = QJsonDocument(
        QJsonObject { { QStringLiteral("type"), QStringLiteral("track") }, { QStringLiteral("event"), event },
            { QStringLiteral("userId"), QStringLiteral("u-1") },
            { QStringLiteral("properties"),
                broken } }).toJson(QJsonDocument::Compact);
    const EnqueueResult brokenResult = connector.send(brokenJson);
    for (const EnqueueResult* result : { &validResult, &unplannedResult, &brokenResult }) {
        QVERIFY2(result->accepted(), qPrintable(result->error));
        QCOMPARE(result->providers.size(), 3); // blocked providers are among them, as sampled-out ones are
    }
    QVERIFY(validResult.blocked.isEmpty());
    QVERIFY(unplannedResult.blocked.isEmpty());
    QCOMPARE(brokenResult.blocked, QStringList { QStringLiteral("posthog") });
    QVERIFY(flushWhileServing(connector));

    // allow: everything, as it was sent, unplanned properties included.
    QCOMPARE(receivedProperties(sinks.segment).size(), 3);
    QCOMPARE(receivedOrder(sinks.segment, QStringLiteral("o-2")).value(QLatin1String("coupon")).toString(),
        QStringLiteral("SPRING"));
    QCOMPARE(receivedOrder(sinks.segment, QStringLiteral("o-2")).value(QLatin1String("utm/source~x")).toString(),
        QStringLiteral("mail"));
    QCOMPARE(receivedOrder(sinks.segment, QStringLiteral("o-3")).value(QLatin1String("revenue")).toString(),
        QStringLiteral("lots"));
    const OutboxRow segmentRow = rowOf(connector, unplannedResult.messageId, QStringLiteral("segment"));
    QCOMPARE(segmentRow.state, OutboxState::Delivered);
    QVERIFY2(segmentRow.reason.contains(QLatin1String("/properties/coupon: unplanned-property")),
        qPrintable(segmentRow.reason));
    QVERIFY(rowOf(connector, validResult.messageId, QStringLiteral("segment")).reason.isEmpty());

    // omit-unplanned-properties: the unplanned ones left out, the rest intact; errors do not stop it.
    QCOMPARE(receivedProperties(sinks.mixpanel).size(), 3);
    const QJsonObject omitted = receivedOrder(sinks.mixpanel, QStringLiteral("o-2"));
    QVERIFY(!omitted.contains(QLatin1String("coupon")));
    QVERIFY(!omitted.contains(QLatin1String("utm/source~x")));
    QCOMPARE(omitted.value(QLatin1String("revenue")).toInt(), 20);
    QCOMPARE(receivedOrder(sinks.mixpanel, QStringLiteral("o-1")).value(QLatin1String("currency")).toString(),
        QStringLiteral("USD"));
    QCOMPARE(receivedOrder(sinks.mixpanel, QStringLiteral("o-3")).value(QLatin1String("revenue")).toString(),
        QStringLiteral("lots"));
    const OutboxRow mixpanelRow = rowOf(connector, unplannedResult.messageId, QStringLiteral("mixpanel"));
    QCOMPARE(mixpanelRow.state, OutboxState::Delivered);
    QVERIFY2(
        mixpanelRow.reason.contains(QLatin1String("unplanned properties left out")), qPrintable(mixpanelRow.reason));
    QVERIFY2(mixpanelRow.reason.contains(QLatin1String("/properties/coupon, /properties/utm~1source~0x")),
        qPrintable(mixpanelRow.reason));
    QVERIFY(rowOf(connector, validResult.messageId, QStringLiteral("mixpanel")).reason.isEmpty());

    // block: the broken event not sent but a dead letter with its violations; the others sent.
    QCOMPARE(receivedProperties(sinks.posthog).size(), 2);
    QVERIFY(!receivedOrder(sinks.posthog, QStringLiteral("o-1")).isEmpty());
    QCOMPARE(receivedOrder(sinks.posthog, QStringLiteral("o-2")).value(QLatin1String("coupon")).toString(),
        QStringLiteral("SPRING"));
    QCOMPARE(countOf(sinks.posthog, QStringLiteral("o-3")), 0);
    const OutboxRow blocked = rowOf(connector, brokenResult.messageId, QStringLiteral("posthog"));
    QCOMPARE(blocked.state, OutboxState::Dead);
    QCOMPARE(blocked.attempts, 0);
    QVERIFY2(blocked.reason.startsWith(
                 QLatin1String("blocked by the tracking plan: /properties/revenue: wrong-type (type): ")),
        qPrintable(blocked.reason));
    OutboxStore store;
    QVERIFY(store.open(storePath(), &error));
    const QList<OutboxRow> deadLetters = store.deadLetters(QStringLiteral("posthog"), 10, &error);
    QCOMPARE(deadLetters.size(), 1);
    QCOMPARE(deadLetters.first().messageId, brokenResult.messageId);
    QCOMPARE(deadLetters.first().reason, blocked.reason);
    QVERIFY(store.deadLetters(QStringLiteral("segment"), 10, &error).isEmpty());
    QVERIFY(store.deadLetters(QStringLiteral("mixpanel"), 10, &error).isEmpty());

    QVERIFY(spin([&] { return failed.size() >= 1; }));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("posthog"));
    QCOMPARE(failed.first().at(1).toStringList(), QStringList { brokenResult.messageId });
    QCOMPARE(failed.first().at(2).toString(), blocked.reason);
    const ProviderStats counts = store.counts(&error).value(QStringLiteral("posthog"));
    QCOMPARE(counts.dead, 1);
    QCOMPARE(counts.delivered, 2);
    QCOMPARE(counts.queued, 0);
}

void TestConnectorValidation::retriedBlockedEventIsValidatedAgain()
{
    Sinks sinks;
    QVERIFY(sinks.start());
    Connector connector;
    connector.setValidator(validatorFor(q(planJson)));
    QString error;
    QVERIFY(connector.start(storePath(), configFor(sinks.config("", "", "block")), &error));
    QSignalSpy failed(&connector, &Connector::eventsFailed);
    const QString id
        = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Order Completed"), order("o-9", -5)).messageId;
    QVERIFY(flushWhileServing(connector));
    QCOMPARE(rowOf(connector, id, QStringLiteral("posthog")).state, OutboxState::Dead);
    const QString firstReason = rowOf(connector, id, QStringLiteral("posthog")).reason;
    QVERIFY2(firstReason.contains(QLatin1String("/properties/revenue: value-not-allowed (minimum)")),
        qPrintable(firstReason));
    QVERIFY(spin([&] { return failed.size() == 1; }));

    // The plan unchanged: still blocked, never sent.
    connector.retryDeadLetters(QStringLiteral("posthog"));
    QVERIFY(spin([&] { return failed.size() == 2; }));
    QCOMPARE(failed.last().at(1).toStringList(), QStringList { id });
    QCOMPARE(rowOf(connector, id, QStringLiteral("posthog")).state, OutboxState::Dead);
    QCOMPARE(rowOf(connector, id, QStringLiteral("posthog")).reason, firstReason);
    QVERIFY(flushWhileServing(connector));
    QCOMPARE(countOf(sinks.posthog, QStringLiteral("o-9")), 0);
    QCOMPARE(countOf(sinks.segment, QStringLiteral("o-9")), 1); // no mode: allow

    // The plan fixed (refunds are negative): the retry sends it, whole.
    QByteArray fixed = q(planJson);
    fixed.replace(q("'minimum':0"), QByteArray());
    fixed.replace(",}", "}");
    connector.setValidator(validatorFor(fixed));
    connector.retryDeadLetters(QStringLiteral("posthog"));
    QVERIFY(spin([&] { return rowOf(connector, id, QStringLiteral("posthog")).state == OutboxState::Delivered; }));
    QCOMPARE(countOf(sinks.posthog, QStringLiteral("o-9")), 1);
    QCOMPARE(receivedOrder(sinks.posthog, QStringLiteral("o-9")).value(QLatin1String("revenue")).toInt(), -5);
    QVERIFY(rowOf(connector, id, QStringLiteral("posthog")).reason.isEmpty());
    QCOMPARE(failed.size(), 2);
}

void TestConnectorValidation::lintForAnotherProviderDoesNotBlock()
{
    Sinks sinks;
    QVERIFY(sinks.start());
    Connector connector;
    // No plan, Mixpanel's lints only: "anonymous" is a distinct_id Mixpanel refuses.
    connector.setValidator(validatorFor({}, { QStringLiteral("mixpanel") }));
    QString error;
    QVERIFY(connector.start(storePath(), configFor(sinks.config("block", "block", "block")), &error));
    const EnqueueResult result
        = connector.track(QStringLiteral("anonymous"), {}, QStringLiteral("Order Completed"), order("o-5", 5));
    QVERIFY(result.accepted());
    QCOMPARE(result.blocked, QStringList { QStringLiteral("mixpanel") });
    QVERIFY(flushWhileServing(connector));
    QCOMPARE(countOf(sinks.segment, QStringLiteral("o-5")), 1);
    QCOMPARE(countOf(sinks.posthog, QStringLiteral("o-5")), 1);
    QCOMPARE(countOf(sinks.mixpanel, QStringLiteral("o-5")), 0);
    QVERIFY(rowOf(connector, result.messageId, QStringLiteral("posthog")).reason.isEmpty()); // not its business
    const OutboxRow blocked = rowOf(connector, result.messageId, QStringLiteral("mixpanel"));
    QCOMPARE(blocked.state, OutboxState::Dead);
    QVERIFY2(
        blocked.reason.startsWith(QLatin1String("blocked by the tracking plan: [mixpanel] /userId: provider-lint")),
        qPrintable(blocked.reason));
}

void TestConnectorValidation::warningsDoNotBlock()
{
    Sinks sinks;
    QVERIFY(sinks.start());
    Connector connector;
    connector.setValidator(validatorFor(q(planJson)));
    QString error;
    QVERIFY(connector.start(storePath(), configFor(sinks.config("", "", "block")), &error));
    // An unplanned event and an unplanned property: warnings under the plan's policies.
    QJsonObject extra = order("o-6", 6);
    extra.insert(QStringLiteral("coupon"), QStringLiteral("X"));
    const QString unplannedProperty
        = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Order Completed"), extra).messageId;
    const QString unplannedEvent = connector
                                       .track(QStringLiteral("u-1"), {}, QStringLiteral("Cart Viewed"),
                                           QJsonObject { { QStringLiteral("order_id"), QStringLiteral("o-7") } })
                                       .messageId;
    QVERIFY(flushWhileServing(connector));
    QCOMPARE(countOf(sinks.posthog, QStringLiteral("o-6")), 1);
    QCOMPARE(countOf(sinks.posthog, QStringLiteral("o-7")), 1);
    const OutboxRow row = rowOf(connector, unplannedEvent, QStringLiteral("posthog"));
    QCOMPARE(row.state, OutboxState::Delivered);
    QVERIFY2(
        row.reason.contains(QLatin1String("tracking plan: warning: /event: unplanned-event")), qPrintable(row.reason));
    QCOMPARE(rowOf(connector, unplannedProperty, QStringLiteral("posthog")).state, OutboxState::Delivered);

    // The same property under a plan that blocks unplanned properties is an error, and blocks.
    QByteArray strict = q(planJson);
    strict.replace(q("'unplannedProperties':'warn'"), q("'unplannedProperties':'block'"));
    connector.setValidator(validatorFor(strict));
    extra.insert(QStringLiteral("order_id"), QStringLiteral("o-8"));
    const EnqueueResult result = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Order Completed"), extra);
    QCOMPARE(result.blocked, QStringList { QStringLiteral("posthog") });
    QVERIFY(flushWhileServing(connector));
    QCOMPARE(countOf(sinks.posthog, QStringLiteral("o-8")), 0);
    QVERIFY2(
        rowOf(connector, result.messageId, QStringLiteral("posthog"))
            .reason.startsWith(QLatin1String("blocked by the tracking plan: /properties/coupon: unplanned-property")),
        qPrintable(rowOf(connector, result.messageId, QStringLiteral("posthog")).reason));
}

void TestConnectorValidation::withoutValidatorNothingChanges()
{
    Sinks sinks;
    QVERIFY(sinks.start());
    Connector connector;
    QString error;
    QVERIFY(
        connector.start(storePath(), configFor(sinks.config("allow", "omit-unplanned-properties", "block")), &error));
    QVERIFY(!connector.validator());
    QJsonObject unplanned = order("o-2", 20);
    unplanned.insert(QStringLiteral("coupon"), QStringLiteral("SPRING"));
    const QString first
        = connector.track(QStringLiteral("u-1"), {}, QStringLiteral("Order Completed"), unplanned).messageId;
    const QString second
        = connector
              .track(QStringLiteral("u-1"), {}, QStringLiteral("Order Completed"), order("o-3", QStringLiteral("lots")))
              .messageId;
    QVERIFY(flushWhileServing(connector));
    for (const HttpSink* sink : { &sinks.segment, &sinks.mixpanel, &sinks.posthog }) {
        QCOMPARE(receivedOrder(*sink, QStringLiteral("o-2")).value(QLatin1String("coupon")).toString(),
            QStringLiteral("SPRING"));
        QCOMPARE(receivedOrder(*sink, QStringLiteral("o-3")).value(QLatin1String("revenue")).toString(),
            QStringLiteral("lots"));
    }
    for (const QString& provider :
        { QStringLiteral("segment"), QStringLiteral("mixpanel"), QStringLiteral("posthog") }) {
        for (const QString& id : { first, second }) {
            const OutboxRow row = rowOf(connector, id, provider);
            QCOMPARE(row.state, OutboxState::Delivered);
            QVERIFY2(row.reason.isEmpty() || !row.reason.contains(QLatin1String("plan")), qPrintable(row.reason));
        }
    }
}

void TestConnectorValidation::planFromTheConfiguration()
{
    Sinks sinks;
    QVERIFY(sinks.start());
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("plan.json")), q(planJson)));
    const QString configPath = m_dir->filePath(QStringLiteral("config.json"));
    // A relative plan path is relative to the configuration file.
    QVERIFY(writeFile(
        configPath, sinks.config("", "", "block", q(",'validation':{'plan':'plan.json','lint':['posthog']}"))));
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::load(configPath, false, config, &error), qPrintable(error));
    EventValidatorPtr loaded;
    QVERIFY2(Connector::loadValidator(config, loaded, &error), qPrintable(error));
    QVERIFY(loaded && loaded->plan());
    QCOMPARE(loaded->linter().providers(), QStringList { QStringLiteral("posthog") });

    // startAsync(): the plan is read on the outbox thread.
    Connector connector;
    QSignalSpy started(&connector, &Connector::started);
    connector.startAsync(storePath(), config);
    QVERIFY(spin([&] { return started.size() == 1; }));
    QCOMPARE(started.first().at(0).toString(), QString());
    QVERIFY(connector.validator() && connector.validator()->plan());
    const EnqueueResult result = connector.track(
        QStringLiteral("u-1"), {}, QStringLiteral("Order Completed"), order("o-4", QStringLiteral("lots")));
    QCOMPARE(result.blocked, QStringList { QStringLiteral("posthog") });
    QVERIFY(flushWhileServing(connector));
    QCOMPARE(countOf(sinks.posthog, QStringLiteral("o-4")), 0);
    QCOMPARE(countOf(sinks.segment, QStringLiteral("o-4")), 1);
    connector.shutdown(1000);

    // Without journey.validation, a restart leaves no validator behind.
    Connector again;
    QVERIFY(again.start(storePath(), configFor(sinks.config("", "", "block")), &error));
    QVERIFY(!again.validator());
    again.shutdown(0);
    // setValidator() takes precedence over the configuration.
    Connector given;
    const EventValidatorPtr own = validatorFor({}, { QStringLiteral("ga4") });
    given.setValidator(own);
    QVERIFY(given.start(storePath(), config, &error));
    QVERIFY(given.validator() == own);
}

void TestConnectorValidation::brokenPlanFailsTheStart()
{
    Sinks sinks;
    QVERIFY(sinks.start());
    const QString planPath = m_dir->filePath(QStringLiteral("plan.json"));
    QVERIFY(writeFile(planPath, "{\"events\": {\n  \"Order Completed\": [}\n}"));
    const QString configPath = m_dir->filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(configPath, sinks.config("", "", "block", q(",'validation':{'plan':'plan.json'}"))));
    JourneyConfig config;
    QString error;
    QVERIFY2(JourneyConfig::load(configPath, false, config, &error), qPrintable(error));

    Connector connector;
    QVERIFY(!connector.start(storePath(), config, &error));
    QVERIFY2(error.startsWith(QLatin1String("journey.validation.plan: ") + planPath + QLatin1String(": line 2")),
        qPrintable(error));
    QVERIFY(!connector.isStarted());
    QVERIFY(!QFile::exists(storePath())); // reported before the store is touched

    QSignalSpy started(&connector, &Connector::started);
    connector.startAsync(storePath(), config);
    QVERIFY(spin([&] { return started.size() == 1; }));
    QVERIFY2(started.first().at(0).toString().contains(planPath), qPrintable(started.first().at(0).toString()));
    QVERIFY(!connector.isStarted());

    config.validationPlan = m_dir->filePath(QStringLiteral("missing.json"));
    QVERIFY(!connector.start(storePath(), config, &error));
    QVERIFY2(error.contains(QLatin1String("missing.json")), qPrintable(error));
}

void TestConnectorValidation::sendCommandReportsBlockedEventsAndBrokenPlans()
{
    Sinks sinks;
    QVERIFY(sinks.start());
    const QString planPath = m_dir->filePath(QStringLiteral("plan.json"));
    QVERIFY(writeFile(planPath, q(planJson)));
    const QString configPath = m_dir->filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(
        configPath, sinks.config("", "omit-unplanned-properties", "block", q(",'validation':{'plan':'plan.json'}"))));
    const QStringList common { QStringLiteral("--store"), storePath(), QStringLiteral("--config"), configPath,
        QStringLiteral("send"), QStringLiteral("--provider"), QStringLiteral("all"), QStringLiteral("--type"),
        QStringLiteral("track"), QStringLiteral("--user-id"), QStringLiteral("u-1"), QStringLiteral("--event"),
        QStringLiteral("Order Completed"), QStringLiteral("--properties") };

    Run result = runCtl(common + QStringList { QString::fromUtf8(q("{'order_id':'o-1','revenue':1,'coupon':'C'}")) });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(countOf(sinks.posthog, QStringLiteral("o-1")), 1);
    QVERIFY(!receivedOrder(sinks.mixpanel, QStringLiteral("o-1")).contains(QLatin1String("coupon")));

    result = runCtl(common + QStringList { QString::fromUtf8(q("{'order_id':'o-2','revenue':'lots'}")) });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("posthog: event ")
            && result.err.contains("failed: blocked by the tracking plan: /properties/revenue"),
        result.err.constData());
    QCOMPARE(countOf(sinks.posthog, QStringLiteral("o-2")), 0);
    QCOMPARE(countOf(sinks.segment, QStringLiteral("o-2")), 1);

    // A plan that cannot be read: the same exit status as a broken configuration, nothing sent.
    QVERIFY(writeFile(planPath, "{\"events\": ["));
    sinks.segment.clear();
    result = runCtl(common + QStringList { QString::fromUtf8(q("{'order_id':'o-3','revenue':3}")) });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QByteArray("journeyctl send: journey.validation.plan: " + planPath.toUtf8() + ": ")),
        result.err.constData());
    QVERIFY(sinks.segment.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectorValidation)
#include "tst_connectorvalidation.moc"

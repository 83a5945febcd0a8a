// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Funnels: the engine against the plain reference (analysisreference.h) on seeded random data sets for every
// order, window, filter, exclusion, breakdown attribution, hold-constant and time range; then small cases
// written out by hand for the edges the definitions name (ties, the window's end, strict interventions,
// exclusions at the edges, identities), and the query parsers.

#include "analysis/funnelengine.h"
#include "analysis/propertypath.h"
#include "analysistestdata.h"

#include <QTest>

using namespace Journey;

namespace {

struct Expected
{
    std::vector<qint64> users;
    std::vector<std::vector<qint64>> durations;
    QMap<QString, std::vector<qint64>> buckets;
    QMap<QString, int> levels; // by shown person id
};

QString bucketText(const Reference::Event* event, const QString& path)
{
    if (!event)
        return FunnelResult::noneValue();
    const std::optional<QJsonValue> value = Reference::valueAt(*event, path);
    return value ? Reference::textOf(*value) : FunnelResult::noneValue();
}

Expected expectedOf(const AnalysisTestData::DataSet& set, const FunnelQuery& query, bool merge)
{
    const int steps = int(query.steps.size());
    Expected expected;
    expected.users.assign(size_t(steps), 0);
    expected.durations.assign(size_t(steps), {});
    const auto persons = Reference::persons(set.events, merge);
    for (auto it = persons.cbegin(); it != persons.cend(); ++it) {
        std::vector<Reference::Event> events;
        for (const Reference::Event& event : it.value()) {
            if ((!query.from || event.ts >= *query.from) && (!query.to || event.ts < *query.to))
                events.push_back(event);
        }
        Reference::Outcome outcome;
        if (query.holdConstant.isEmpty()) {
            outcome = Reference::funnel(events, query);
        } else {
            QSet<QString> values;
            for (size_t i = 0; i < events.size(); ++i) {
                bool isStep = false;
                for (const EventSelector& step : query.steps)
                    isStep = isStep || Reference::matches(step, events[i]);
                const auto value = Reference::valueAt(events[i], query.holdConstant);
                if (isStep && value)
                    values.insert(Reference::textOf(*value));
            }
            for (const QString& value : values) {
                const Reference::Outcome part = Reference::funnel(events, query, [&](int i) {
                    const auto held = Reference::valueAt(events[size_t(i)], query.holdConstant);
                    return held && Reference::textOf(*held) == value;
                });
                for (int k = 1; k <= part.level; ++k)
                    Reference::record(outcome, k, part.reachTs[size_t(k - 1)], part.durations[size_t(k - 1)], part.reachIndex[size_t(k - 1)]);
            }
        }
        expected.levels.insert(it.key(), outcome.level);
        for (int k = 1; k <= outcome.level; ++k) {
            ++expected.users[size_t(k - 1)];
            if (k > 1)
                expected.durations[size_t(k - 1)].push_back(outcome.durations[size_t(k - 1)]);
        }
        if (query.breakdown.isEmpty() || outcome.level == 0)
            continue;
        QString bucket;
        if (PropertyPath::isUserProperty(query.breakdown)) {
            bucket = FunnelResult::noneValue();
            for (auto event = it.value().crbegin(); event != it.value().crend(); ++event) {
                if (Reference::valueAt(*event, query.breakdown)) {
                    bucket = bucketText(&*event, query.breakdown);
                    break;
                }
            }
        } else if (query.attribution == FunnelQuery::Attribution::LastTouch) {
            bucket = bucketText(&events[size_t(outcome.reachIndex[size_t(outcome.level - 1)])], query.breakdown);
        } else {
            const int step = query.attribution == FunnelQuery::Attribution::Step ? query.attributionStep : 0;
            const Reference::Event* first = nullptr;
            for (const Reference::Event& event : events) {
                if (Reference::matches(query.steps[step], event)) {
                    first = &event;
                    break;
                }
            }
            bucket = bucketText(first, query.breakdown);
        }
        std::vector<qint64>& counts = expected.buckets[bucket];
        counts.resize(size_t(steps), 0);
        for (int k = 1; k <= outcome.level; ++k)
            ++counts[size_t(k - 1)];
    }
    for (auto& durations : expected.durations)
        std::sort(durations.begin(), durations.end());
    return expected;
}

FunnelQuery randomQuery(QRandomGenerator& random)
{
    FunnelQuery query;
    query.order = FunnelQuery::Order(random.bounded(3));
    QStringList pool { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("page:Home") };
    const int steps = int(random.bounded(2, 5));
    for (int i = 0; i < steps; ++i) {
        EventSelector step;
        if (query.order == FunnelQuery::Order::Any) {
            step.event = pool.takeAt(int(random.bounded(int(pool.size()))));
        } else {
            step.event = pool[int(random.bounded(int(pool.size()) - 1))]; // repeats allowed
        }
        if (random.bounded(4) == 0) {
            static const char* const conditions[] = { "plan=pro", "plan!=free", "price>=3", "plan?", "!plan", "plan~r", "price<3" };
            PropertyFilter filter;
            QString error;
            if (!PropertyFilter::parse(QLatin1String(conditions[random.bounded(7)]), filter, &error))
                qFatal("bad filter");
            step.filters.append(filter);
        }
        query.steps.append(step);
    }
    static const qint64 windows[] = { 2000, 5000, 15000, 40000, 120000 };
    query.windowMs = windows[random.bounded(5)];
    if (random.bounded(3) == 0) {
        FunnelExclusion exclusion;
        exclusion.event.event = QStringLiteral("X");
        if (random.bounded(4) == 0)
            exclusion.event.filters.append(PropertyFilter { QStringLiteral("properties.price"), PropertyFilter::Op::Greater, QStringLiteral("2") });
        exclusion.fromStep = int(random.bounded(steps - 1));
        exclusion.toStep = int(random.bounded(exclusion.fromStep + 1, steps));
        query.exclusions.append(exclusion);
    }
    if (random.bounded(5) < 2) {
        query.breakdown = random.bounded(3) == 0 ? QStringLiteral("traits.tier") : QStringLiteral("properties.plan");
        query.attribution = FunnelQuery::Attribution(random.bounded(3));
        query.attributionStep = int(random.bounded(steps));
    }
    if (random.bounded(5) == 0)
        query.holdConstant = QStringLiteral("properties.plan");
    if (random.bounded(5) == 0) {
        query.from = 1'767'571'200'000 + 20'000;
        query.to = *query.from + 60'000;
    }
    return query;
}

FunnelResult runEngine(const AnalysisSnapshot& snapshot, const FunnelQuery& query)
{
    FunnelResult result;
    QString error;
    if (!FunnelEngine::run(snapshot, query, result, &error))
        qFatal("the funnel did not run: %s", qPrintable(error));
    return result;
}

QString describe(const FunnelQuery& query)
{
    QStringList steps;
    for (const EventSelector& step : query.steps)
        steps.append(step.toString());
    QString text = QStringLiteral("%1 %2 window %3 ms").arg(FunnelQuery::orderName(query.order), steps.join(QLatin1Char('>'))).arg(query.windowMs);
    for (const FunnelExclusion& exclusion : query.exclusions)
        text += QStringLiteral(" excluding %1 between %2 and %3").arg(exclusion.event.toString()).arg(exclusion.fromStep + 1).arg(exclusion.toStep + 1);
    if (!query.breakdown.isEmpty())
        text += QStringLiteral(" by %1 (%2)").arg(query.breakdown, FunnelQuery::attributionName(query.attribution, query.attributionStep));
    if (!query.holdConstant.isEmpty())
        text += QStringLiteral(" holding %1").arg(query.holdConstant);
    if (query.from)
        text += QStringLiteral(" in a time range");
    return text;
}

/// A hand-made person: (seconds, event key) pairs for one userId.
AnalysisTestData::DataSet personOf(const QList<QPair<int, QString>>& events)
{
    AnalysisTestData::DataSet set;
    qint64 id = 1;
    for (const auto& [seconds, key] : events) {
        Reference::Event event;
        event.id = id++;
        event.ts = 1'767'571'200'000 + qint64(seconds) * 1000;
        event.type = QStringLiteral("track");
        event.name = key;
        event.userId = QStringLiteral("u");
        event.message = QJsonObject { { QStringLiteral("type"), event.type }, { QStringLiteral("event"), key }, { QStringLiteral("userId"), event.userId } };
        set.events.push_back(event);
        EventFields fields;
        fields.type = EventType::Track;
        fields.timestamp = event.ts;
        const QByteArray name = key.toUtf8();
        fields.name = name;
        fields.userId = "u";
        set.batch.append(fields, QJsonDocument(event.message).toJson(QJsonDocument::Compact));
        set.batch.setId(set.batch.size() - 1, event.id);
    }
    return set;
}

int levelOf(const QList<QPair<int, QString>>& events, const QString& steps, FunnelQuery::Order order, qint64 windowSeconds,
    const QList<FunnelExclusion>& exclusions = {})
{
    FunnelQuery query;
    QString error;
    if (!FunnelQuery::parseSteps(steps, query.steps, &error))
        qFatal("%s", qPrintable(error));
    query.order = order;
    query.windowMs = windowSeconds * 1000;
    query.exclusions = exclusions;
    const FunnelResult result = runEngine(AnalysisTestData::snapshotOf(personOf(events), {}), query);
    return result.levels.empty() ? 0 : result.levels.front();
}

} // namespace

class FunnelEngineTest : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithTheReferenceOnRandomData()
    {
        const QStringList names { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("X") };
        int compared = 0;
        int converted = 0;
        for (quint32 seed = 1; seed <= 160; ++seed) {
            QRandomGenerator random(seed * 7919);
            const FunnelQuery query = randomQuery(random);
            const bool merge = seed % 5 != 0;
            const AnalysisTestData::DataSet set = AnalysisTestData::make(seed, 40, 18, 120'000, names);
            const AnalysisSnapshot snapshot = AnalysisTestData::snapshotOf(set, query.propertyPaths(), merge);
            const FunnelResult result = runEngine(snapshot, query);
            const Expected expected = expectedOf(set, query, merge);
            const QByteArray context = QStringLiteral("seed %1: %2").arg(seed).arg(describe(query)).toUtf8();

            QCOMPARE(snapshot.personCount(), int(expected.levels.size()));
            for (int person = 0; person < snapshot.personCount(); ++person) {
                const QString id = QString::fromUtf8(snapshot.personId(person));
                QVERIFY2(expected.levels.contains(id), context.constData());
                if (int(result.levels[size_t(person)]) != expected.levels.value(id))
                    QFAIL(qPrintable(QStringLiteral("%1: person %2 reaches step %3, the reference says %4")
                                         .arg(QString::fromUtf8(context), id)
                                         .arg(result.levels[size_t(person)])
                                         .arg(expected.levels.value(id))));
            }
            for (int step = 0; step < query.steps.size(); ++step) {
                QVERIFY2(result.steps[step].users == expected.users[size_t(step)], context.constData());
                std::vector<qint64> durations = result.durationsMs[size_t(step)];
                std::sort(durations.begin(), durations.end());
                QVERIFY2(durations == expected.durations[size_t(step)], context.constData());
            }
            QCOMPARE(qsizetype(result.breakdown.size()), qsizetype(expected.buckets.size()));
            for (const FunnelBucket& bucket : result.breakdown) {
                QVERIFY2(expected.buckets.contains(bucket.value), qPrintable(QString::fromUtf8(context) + QLatin1Char(' ') + bucket.value));
                for (int step = 0; step < query.steps.size(); ++step)
                    QVERIFY2(bucket.steps[step].users == expected.buckets.value(bucket.value)[size_t(step)], context.constData());
            }
            ++compared;
            converted += expected.users.back() > 0;
        }
        QCOMPARE(compared, 160);
        // The data must exercise conversions, not only drop-offs.
        QVERIFY2(converted > 40, qPrintable(QStringLiteral("only %1 queries had anyone convert").arg(converted)));
    }

    void sharingPersonsAmongThreadsChangesNothing()
    {
        const QStringList names { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("X") };
        const AnalysisTestData::DataSet set = AnalysisTestData::make(99, 3000, 12, 120'000, names);
        for (quint32 seed = 1; seed <= 12; ++seed) {
            QRandomGenerator random(seed * 31);
            const FunnelQuery query = randomQuery(random);
            const AnalysisSnapshot snapshot = AnalysisTestData::snapshotOf(set, query.propertyPaths());
            FunnelResult one;
            FunnelResult three;
            QString error;
            QVERIFY2(FunnelEngine::run(snapshot, query, one, &error, nullptr, {}, 1), qPrintable(error));
            QVERIFY2(FunnelEngine::run(snapshot, query, three, &error, nullptr, {}, 3), qPrintable(error));
            QVERIFY(one.levels == three.levels);
            QCOMPARE(QJsonDocument(one.toJson()).toJson(), QJsonDocument(three.toJson()).toJson());
            for (int step = 0; step < query.steps.size(); ++step) {
                std::vector<qint64> a = one.durationsMs[size_t(step)];
                std::vector<qint64> b = three.durationsMs[size_t(step)];
                std::sort(a.begin(), a.end());
                std::sort(b.begin(), b.end());
                QVERIFY(a == b);
            }
            QVERIFY(one.steps[0].users > 100);
        }
    }

    void orderedStepsNeedStrictlyLaterTimesWithinTheWindow()
    {
        using P = QPair<int, QString>;
        const auto A = QStringLiteral("A");
        const auto B = QStringLiteral("B");
        const auto C = QStringLiteral("C");
        QCOMPARE(levelOf({ P(0, A), P(5, B), P(10, C) }, QStringLiteral("A>B>C"), FunnelQuery::Order::Ordered, 10), 3);
        QCOMPARE(levelOf({ P(0, A), P(5, B), P(11, C) }, QStringLiteral("A>B>C"), FunnelQuery::Order::Ordered, 10), 2); // window inclusive at 10 s only
        QCOMPARE(levelOf({ P(0, A), P(0, B) }, QStringLiteral("A>B"), FunnelQuery::Order::Ordered, 10), 1); // equal times do not follow
        QCOMPARE(levelOf({ P(0, B), P(1, A) }, QStringLiteral("A>B"), FunnelQuery::Order::Ordered, 10), 1);
        // A later start rescues a conversion the first start's window misses.
        QCOMPARE(levelOf({ P(0, A), P(8, A), P(12, B) }, QStringLiteral("A>B"), FunnelQuery::Order::Ordered, 10), 2);
        // Repeated steps: A>B>A needs a second A.
        QCOMPARE(levelOf({ P(0, A), P(1, B) }, QStringLiteral("A>B>A"), FunnelQuery::Order::Ordered, 10), 2);
        QCOMPARE(levelOf({ P(0, A), P(1, B), P(2, A) }, QStringLiteral("A>B>A"), FunnelQuery::Order::Ordered, 10), 3);
    }

    void strictOrderStopsAtAnInterveningFunnelEvent()
    {
        using P = QPair<int, QString>;
        const auto A = QStringLiteral("A");
        const auto B = QStringLiteral("B");
        const auto C = QStringLiteral("C");
        const auto Z = QStringLiteral("Z");
        QCOMPARE(levelOf({ P(0, A), P(1, C), P(2, B), P(3, C) }, QStringLiteral("A>B>C"), FunnelQuery::Order::Strict, 10), 1);
        QCOMPARE(levelOf({ P(0, A), P(1, C), P(2, B), P(3, C) }, QStringLiteral("A>B>C"), FunnelQuery::Order::Ordered, 10), 3);
        // Events outside the funnel do not intervene.
        QCOMPARE(levelOf({ P(0, A), P(1, Z), P(2, B), P(3, C) }, QStringLiteral("A>B>C"), FunnelQuery::Order::Strict, 10), 3);
        // A fresh start after the intervention.
        QCOMPARE(levelOf({ P(0, A), P(1, A), P(2, B) }, QStringLiteral("A>B"), FunnelQuery::Order::Strict, 10), 2);
    }

    void anyOrderNeedsEveryStepWithinOneWindow()
    {
        using P = QPair<int, QString>;
        const auto A = QStringLiteral("A");
        const auto B = QStringLiteral("B");
        const auto C = QStringLiteral("C");
        QCOMPARE(levelOf({ P(0, C), P(1, B), P(2, A) }, QStringLiteral("A>B>C"), FunnelQuery::Order::Any, 10), 3);
        QCOMPARE(levelOf({ P(0, C), P(20, B), P(21, A) }, QStringLiteral("A>B>C"), FunnelQuery::Order::Any, 10), 2);
        QCOMPARE(levelOf({ P(0, B), P(20, C) }, QStringLiteral("A>B>C"), FunnelQuery::Order::Any, 10), 0);
    }

    void exclusionsKillThePathsTheyFallInside()
    {
        using P = QPair<int, QString>;
        const auto A = QStringLiteral("A");
        const auto B = QStringLiteral("B");
        const auto C = QStringLiteral("C");
        const auto X = QStringLiteral("X");
        FunnelExclusion betweenAB;
        betweenAB.event.event = X;
        betweenAB.fromStep = 0;
        betweenAB.toStep = 1;
        QCOMPARE(levelOf({ P(0, A), P(1, X), P(2, B) }, QStringLiteral("A>B>C"), FunnelQuery::Order::Ordered, 10, { betweenAB }), 1);
        // A new start after the exclusion converts.
        QCOMPARE(levelOf({ P(0, A), P(1, X), P(2, A), P(3, B) }, QStringLiteral("A>B"), FunnelQuery::Order::Ordered, 10, { betweenAB }), 2);
        // Outside its steps it does nothing.
        QCOMPARE(levelOf({ P(0, A), P(1, B), P(2, X), P(3, C) }, QStringLiteral("A>B>C"), FunnelQuery::Order::Ordered, 10, { betweenAB }), 3);
        FunnelExclusion acrossAll = betweenAB;
        acrossAll.toStep = 2;
        QCOMPARE(levelOf({ P(0, A), P(1, B), P(2, X), P(3, C) }, QStringLiteral("A>B>C"), FunnelQuery::Order::Ordered, 10, { acrossAll }), 2);
        QCOMPARE(levelOf({ P(0, A), P(1, B), P(2, X), P(3, C) }, QStringLiteral("A>B>C"), FunnelQuery::Order::Any, 10, { acrossAll }), 2);
    }

    void mergedIdentitiesCountOnePerson()
    {
        // An anonymous visit, then an identify joining the ids, then a purchase under the userId.
        AnalysisTestData::DataSet set;
        const auto add = [&](qint64 id, const char* type, const char* name, const char* user, const char* anonymous) {
            EventFields fields;
            fields.type = qstrcmp(type, "identify") == 0 ? EventType::Identify : EventType::Track;
            fields.timestamp = 1'767'571'200'000 + id * 1000;
            fields.name = QByteArrayView(name);
            fields.userId = QByteArrayView(user);
            fields.anonymousId = QByteArrayView(anonymous);
            set.batch.append(fields, "{}");
            set.batch.setId(set.batch.size() - 1, id);
        };
        add(1, "track", "Product Viewed", "", "anon-1");
        add(2, "identify", "", "alice", "anon-1");
        add(3, "track", "Order Completed", "alice", "");
        FunnelQuery query;
        QString error;
        QVERIFY(FunnelQuery::parseSteps(QStringLiteral("Product Viewed>Order Completed"), query.steps, &error));
        const FunnelResult merged = runEngine(AnalysisTestData::snapshotOf(set, {}, true), query);
        QCOMPARE(merged.steps[1].users, 1);
        QCOMPARE(merged.steps[1].medianSecondsToConvert.value_or(-1), 2.0);
        const FunnelResult raw = runEngine(AnalysisTestData::snapshotOf(set, {}, false), query);
        QCOMPARE(raw.steps[0].users, 1);
        QCOMPARE(raw.steps[1].users, 0);
        QCOMPARE(AnalysisTestData::snapshotOf(set, {}, true).personId(0), QByteArray("alice"));
    }

    void parsesStepsDurationsAndConditions()
    {
        QList<EventSelector> steps;
        QString error;
        QVERIFY(FunnelQuery::parseSteps(QStringLiteral("Product Viewed > Order Completed[plan=pro,revenue>=10] > page:Home"), steps, &error));
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps[1].event, QStringLiteral("Order Completed"));
        QCOMPARE(steps[1].filters.size(), 2);
        QCOMPARE(steps[1].filters[1].path, QStringLiteral("properties.revenue"));
        QCOMPARE(steps[1].filters[1].op, PropertyFilter::Op::GreaterOrEqual);
        QCOMPARE(steps[1].toString(), QStringLiteral("Order Completed[plan=pro,revenue>=10]"));
        QVERIFY(!FunnelQuery::parseSteps(QStringLiteral("A>>B"), steps, &error));
        QVERIFY2(error.contains(QLatin1String("step 2")), qPrintable(error));
        QVERIFY(!FunnelQuery::parseSteps(QStringLiteral("A>B[price>cheap]"), steps, &error));
        QVERIFY2(error.contains(QLatin1String("cheap")), qPrintable(error));

        qint64 ms = 0;
        QVERIFY(FunnelQuery::parseDuration(QStringLiteral("7d"), ms, &error));
        QCOMPARE(ms, 7 * 86'400'000LL);
        QVERIFY(FunnelQuery::parseDuration(QStringLiteral("90"), ms, &error));
        QCOMPARE(ms, 90'000);
        QVERIFY(!FunnelQuery::parseDuration(QStringLiteral("7y"), ms, &error));
        QVERIFY(!FunnelQuery::parseDuration(QStringLiteral("-3d"), ms, &error));

        FunnelQuery query;
        query.steps = { EventSelector { QStringLiteral("A"), {} } };
        QVERIFY(!query.check(&error));
        QVERIFY2(error.contains(QLatin1String("2 to 20")), qPrintable(error));
        query.steps.append(EventSelector { QStringLiteral("B"), {} });
        query.windowMs = 367LL * 86'400'000;
        QVERIFY(!query.check(&error));
        query.windowMs = 1000;
        query.exclusions.append(FunnelExclusion { EventSelector { QStringLiteral("B"), {} }, 0, 1 });
        QVERIFY(!query.check(&error));
        QVERIFY2(error.contains(QLatin1String("both a step and an exclusion")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(FunnelEngineTest)
#include "tst_funnelengine.moc"

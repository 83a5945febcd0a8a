// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Retention and trends: the engine against plain counting (periods from QDate, identities from the reference)
// on seeded random data for every period, both modes, conditions, breakdowns and time ranges; the calendar
// edges by hand (ISO weeks start on Monday, months of different lengths, years); trends per period.

#include "analysis/analysisperiod.h"
#include "analysis/retentionengine.h"
#include "analysis/trendengine.h"
#include "analysistestdata.h"

#include <QTest>

using namespace Journey;

namespace {

struct ExpectedCohort
{
    qint64 size = 0;
    std::vector<qint64> retained;
};

using ExpectedCohorts = QMap<QDate, ExpectedCohort>; // by the cohort's first day

QString textAt(const Reference::Event& event, const QString& path)
{
    const auto value = Reference::valueAt(event, path);
    return value ? Reference::textOf(*value) : QStringLiteral("(none)");
}

QMap<QString, ExpectedCohorts> expectedOf(const AnalysisTestData::DataSet& set, const RetentionQuery& query)
{
    QMap<QString, ExpectedCohorts> out; // "" = all persons, else breakdown value
    const auto persons = Reference::persons(set.events, true);
    for (const auto& events : persons) {
        const Reference::Event* cohortEvent = nullptr;
        for (const Reference::Event& event : events) {
            const bool inRange = (!query.from || event.ts >= *query.from) && (!query.to || event.ts < *query.to);
            if (inRange && Reference::matches(query.cohortEvent, event)) {
                cohortEvent = &event;
                break;
            }
        }
        if (!cohortEvent)
            continue;
        const qint64 cohort = Reference::period(cohortEvent->ts, query.period);
        std::vector<qint64> row(size_t(query.periods), 0);
        for (int n = 0; n < query.periods; ++n) {
            for (const Reference::Event& event : events) {
                const bool inRange = (!query.from || event.ts >= *query.from) && (!query.to || event.ts < *query.to);
                if (!inRange || !Reference::matches(query.returnEvent, event))
                    continue;
                const qint64 offset = Reference::period(event.ts, query.period) - cohort;
                if (query.mode == RetentionQuery::Mode::On ? offset == n : offset >= n) {
                    row[size_t(n)] = 1;
                    break;
                }
            }
        }
        QStringList keys { QString() };
        if (!query.breakdown.isEmpty()) {
            if (query.breakdown.startsWith(QLatin1String("traits."))) {
                QString value = QStringLiteral("(none)");
                for (auto event = events.crbegin(); event != events.crend(); ++event) {
                    if (Reference::valueAt(*event, query.breakdown)) {
                        value = textAt(*event, query.breakdown);
                        break;
                    }
                }
                keys.append(value);
            } else {
                keys.append(textAt(*cohortEvent, query.breakdown));
            }
        }
        for (const QString& key : keys) {
            ExpectedCohort& expected = out[key][Reference::periodStart(cohortEvent->ts, query.period)];
            expected.retained.resize(size_t(query.periods), 0);
            ++expected.size;
            for (int n = 0; n < query.periods; ++n)
                expected.retained[size_t(n)] += row[size_t(n)];
        }
    }
    return out;
}

bool same(const QList<RetentionCohort>& cohorts, const ExpectedCohorts& expected, AnalysisPeriod::Unit unit)
{
    if (cohorts.size() != expected.size())
        return false;
    for (const RetentionCohort& cohort : cohorts) {
        if (!expected.contains(cohort.start))
            return false;
        const ExpectedCohort& want = expected.value(cohort.start);
        if (cohort.size != want.size || cohort.retained != want.retained)
            return false;
        if (AnalysisPeriod::index(cohort.start.startOfDay(Qt::UTC).toMSecsSinceEpoch(), unit) != cohort.period)
            return false;
    }
    return true;
}

} // namespace

class RetentionEngineTest : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithPlainCountingOnRandomData()
    {
        const QStringList names { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") };
        for (quint32 seed = 1; seed <= 60; ++seed) {
            QRandomGenerator random(seed * 104729);
            RetentionQuery query;
            query.period = AnalysisPeriod::Unit(random.bounded(3));
            // Spread persons over about a year so that days, weeks and months all have several cohorts.
            const qint64 spread = 400LL * 86'400'000;
            query.periods = int(random.bounded(1, 14));
            query.mode = RetentionQuery::Mode(random.bounded(2));
            query.cohortEvent.event = names[int(random.bounded(3))];
            query.returnEvent.event = random.bounded(4) == 0 ? EventSelector::anyEvent() : names[int(random.bounded(3))];
            if (random.bounded(3) == 0) {
                PropertyFilter filter;
                QString error;
                QVERIFY(PropertyFilter::parse(QStringLiteral("price>=3"), filter, &error));
                (random.bounded(2) ? query.cohortEvent : query.returnEvent).filters.append(filter);
            }
            if (random.bounded(3) == 0)
                query.breakdown = random.bounded(2) ? QStringLiteral("properties.plan") : QStringLiteral("traits.tier");
            if (random.bounded(4) == 0) {
                query.from = 1'767'571'200'000 + 30LL * 86'400'000;
                query.to = *query.from + 200LL * 86'400'000;
            }
            const AnalysisTestData::DataSet set = AnalysisTestData::make(seed, 60, 30, spread, names);
            const AnalysisSnapshot snapshot = AnalysisTestData::snapshotOf(set, query.propertyPaths());
            RetentionResult result;
            QString error;
            QVERIFY2(RetentionEngine::run(snapshot, query, result, &error), qPrintable(error));
            const auto expected = expectedOf(set, query);
            const QByteArray context = QStringLiteral("seed %1: %2 retention of %3 returning %4 (%5), %6 periods%7")
                                           .arg(seed)
                                           .arg(AnalysisPeriod::name(query.period), query.cohortEvent.toString(), query.returnEvent.toString(),
                                               RetentionQuery::modeName(query.mode))
                                           .arg(query.periods)
                                           .arg(query.breakdown.isEmpty() ? QString() : QStringLiteral(" by ") + query.breakdown)
                                           .toUtf8();
            QVERIFY2(!result.cohorts.isEmpty(), context.constData());
            QVERIFY2(same(result.cohorts, expected.value(QString()), query.period), context.constData());
            if (!query.breakdown.isEmpty()) {
                QCOMPARE(qsizetype(result.breakdown.size()), qsizetype(expected.size() - 1));
                for (const RetentionBucket& bucket : result.breakdown)
                    QVERIFY2(same(bucket.cohorts, expected.value(bucket.value), query.period), context.constData());
            }
        }
    }

    void periodsFollowTheCalendarInUtc()
    {
        const auto ms = [](const char* iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toMSecsSinceEpoch(); };
        using Unit = AnalysisPeriod::Unit;
        // 2026-01-05 is a Monday: Sunday 23:59:59.999 belongs to the week before.
        QCOMPARE(AnalysisPeriod::start(AnalysisPeriod::index(ms("2026-01-05T00:00:00.000Z"), Unit::Week), Unit::Week), QDate(2026, 1, 5));
        QCOMPARE(AnalysisPeriod::start(AnalysisPeriod::index(ms("2026-01-04T23:59:59.999Z"), Unit::Week), Unit::Week), QDate(2025, 12, 29));
        QCOMPARE(AnalysisPeriod::start(AnalysisPeriod::index(ms("2026-01-11T23:59:59.999Z"), Unit::Week), Unit::Week), QDate(2026, 1, 5));
        QCOMPARE(AnalysisPeriod::start(AnalysisPeriod::index(ms("2024-02-29T12:00:00.000Z"), Unit::Month), Unit::Month), QDate(2024, 2, 1));
        QCOMPARE(AnalysisPeriod::index(ms("2024-03-01T00:00:00.000Z"), Unit::Month) - AnalysisPeriod::index(ms("2024-02-29T23:59:59.999Z"), Unit::Month), 1);
        QCOMPARE(AnalysisPeriod::index(ms("2027-01-01T00:00:00.000Z"), Unit::Month) - AnalysisPeriod::index(ms("2026-12-31T00:00:00.000Z"), Unit::Month), 1);
        QCOMPARE(AnalysisPeriod::start(AnalysisPeriod::index(ms("1969-12-31T23:00:00.000Z"), Unit::Day), Unit::Day), QDate(1969, 12, 31));
        QCOMPARE(AnalysisPeriod::startMs(AnalysisPeriod::index(ms("2026-03-17T08:00:00.000Z"), Unit::Month), Unit::Month), ms("2026-03-01T00:00:00.000Z"));
        // Every day of five years agrees with QDate.
        for (QDate date(2024, 1, 1); date < QDate(2029, 1, 1); date = date.addDays(1)) {
            const qint64 at = date.startOfDay(Qt::UTC).toMSecsSinceEpoch() + 13 * 3'600'000;
            QCOMPARE(AnalysisPeriod::start(AnalysisPeriod::index(at, Unit::Week), Unit::Week), date.addDays(1 - date.dayOfWeek()));
            QCOMPARE(AnalysisPeriod::start(AnalysisPeriod::index(at, Unit::Month), Unit::Month), QDate(date.year(), date.month(), 1));
        }
    }

    void trendsCountEventsAndPersonsPerPeriod()
    {
        const QStringList names { QStringLiteral("A"), QStringLiteral("B") };
        const AnalysisTestData::DataSet set = AnalysisTestData::make(7, 50, 20, 20LL * 86'400'000, names);
        TrendQuery query;
        query.period = AnalysisPeriod::Unit::Day;
        query.series = { EventSelector { QStringLiteral("A"), {} }, EventSelector { EventSelector::anyEvent(), {} } };
        PropertyFilter filter;
        QString error;
        QVERIFY(PropertyFilter::parse(QStringLiteral("plan=pro"), filter, &error));
        query.series.append(EventSelector { QStringLiteral("B"), { filter } });
        const AnalysisSnapshot snapshot = AnalysisTestData::snapshotOf(set, query.propertyPaths());
        for (const TrendQuery::Measure measure : { TrendQuery::Measure::Events, TrendQuery::Measure::Persons }) {
            query.measure = measure;
            TrendResult result;
            QVERIFY2(TrendEngine::run(snapshot, query, result, &error), qPrintable(error));
            QVERIFY(result.periodCount() > 5);
            const auto persons = Reference::persons(set.events, true);
            for (int s = 0; s < query.series.size(); ++s) {
                std::vector<qint64> expected(size_t(result.periodCount()), 0);
                for (const auto& events : persons) {
                    QSet<qint64> seen;
                    for (const Reference::Event& event : events) {
                        if (!Reference::matches(query.series[s], event))
                            continue;
                        const qint64 period = Reference::period(event.ts, query.period) - result.firstPeriod;
                        if (measure == TrendQuery::Measure::Persons && seen.contains(period))
                            continue;
                        seen.insert(period);
                        ++expected[size_t(period)];
                    }
                }
                QVERIFY2(result.counts[size_t(s)] == expected, qPrintable(query.series[s].toString()));
            }
        }
    }

    void rejectsQueriesThatCannotRun()
    {
        RetentionQuery query;
        QString error;
        QVERIFY(!query.check(&error));
        query.cohortEvent.event = QStringLiteral("A");
        query.returnEvent.event = QStringLiteral("B");
        query.periods = 0;
        QVERIFY(!query.check(&error));
        QVERIFY2(error.contains(QLatin1String("periods")), qPrintable(error));
        query.periods = 4;
        QVERIFY(query.check(&error));
        // A breakdown whose column was not loaded is an error, not a silent "(none)".
        query.breakdown = QStringLiteral("properties.plan");
        RetentionResult result;
        QVERIFY(!RetentionEngine::run(AnalysisSnapshot(), query, result, &error));
        QVERIFY2(error.contains(QLatin1String("properties.plan")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(RetentionEngineTest)
#include "tst_retentionengine.moc"

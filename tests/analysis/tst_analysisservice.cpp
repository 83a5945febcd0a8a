// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// AnalysisService: answers on its own thread match the engines run directly on the same store; the latest
// query of a kind wins; new events in the store are seen by the next query; bad queries fail with a reason.

#include "analysis/analysisservice.h"
#include "analysis/analysissnapshotbuilder.h"
#include "analysis/demodatagenerator.h"
#include "analysis/funnelengine.h"
#include "analysis/propertycolumnbuilder.h"
#include "analysis/retentionengine.h"
#include "io/eventimporter.h"
#include "store/storewriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;

class AnalysisServiceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    void importDemo(quint64 seed, qint64 events)
    {
        const QString file = m_dir.filePath(QStringLiteral("demo-%1.ndjson").arg(seed));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            DemoDataGenerator::Options options;
            options.users = 300;
            options.events = events;
            options.seed = seed;
            QString error;
            QVERIFY2(DemoDataGenerator::write(options, out, &error), qPrintable(error));
        }
        StoreWriter writer(m_store);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        EventImporter importer(writer);
        EventImporter::Result result;
        QVERIFY2(importer.importFiles({ file }, EventImporter::Options(), result, &error), qPrintable(error));
    }

    static FunnelQuery shopFunnel()
    {
        FunnelQuery query;
        QString error;
        if (!FunnelQuery::parseSteps(QStringLiteral("Product Viewed>Product Added>Checkout Started>Order Completed"), query.steps, &error))
            qFatal("%s", qPrintable(error));
        return query;
    }

    FunnelResult direct(const FunnelQuery& query)
    {
        AnalysisSnapshot snapshot;
        QString error;
        FunnelResult result;
        if (!AnalysisSnapshotBuilder::fromStore(m_store, true, snapshot, &error)
            || !PropertyColumnBuilder::addFromStore(m_store, snapshot, query.propertyPaths(), &error)
            || !FunnelEngine::run(snapshot, query, result, &error))
            qFatal("%s", qPrintable(error));
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("journey.db"));
        importDemo(1, 20'000);
    }

    void answersAsTheEngineDoes()
    {
        AnalysisService service(m_store);
        QSignalSpy funnels(&service, &AnalysisService::funnelReady);
        QSignalSpy progress(&service, &AnalysisService::progress);
        const quint64 ticket = service.runFunnel(shopFunnel());
        QTRY_COMPARE_WITH_TIMEOUT(funnels.size(), 1, 30'000);
        QCOMPARE(funnels.at(0).at(0).toULongLong(), ticket);
        const FunnelResult result = funnels.at(0).at(1).value<FunnelResult>();
        const FunnelResult expected = direct(shopFunnel());
        QCOMPARE(result.steps.size(), 4);
        for (int step = 0; step < 4; ++step)
            QCOMPARE(result.steps[step].users, expected.steps[step].users);
        QVERIFY(result.steps[3].users > 0);
        QVERIFY(!progress.isEmpty());

        QSignalSpy keys(&service, &AnalysisService::eventKeysReady);
        service.queryEventKeys();
        QTRY_COMPARE_WITH_TIMEOUT(keys.size(), 1, 30'000);
        const auto list = keys.at(0).at(1).value<QList<AnalysisService::EventKey>>();
        QVERIFY(!list.isEmpty());
        QVERIFY(list.first().events >= list.last().events);

        // The people who viewed a product and went no further.
        QSignalSpy persons(&service, &AnalysisService::personsReady);
        service.queryFunnelPersons(ticket, 1, 10);
        QTRY_COMPARE_WITH_TIMEOUT(persons.size(), 1, 30'000);
        const qint64 expectedDropped = std::count(expected.levels.begin(), expected.levels.end(), quint8(1));
        QCOMPARE(persons.at(0).at(2).toLongLong(), expectedDropped);
        QCOMPARE(persons.at(0).at(1).toStringList().size(), int(std::min<qint64>(10, expectedDropped)));
    }

    void theLatestQueryOfAKindWins()
    {
        AnalysisService service(m_store);
        QSignalSpy funnels(&service, &AnalysisService::funnelReady);
        QSignalSpy retention(&service, &AnalysisService::retentionReady);
        QSignalSpy failures(&service, &AnalysisService::failed);
        FunnelQuery first = shopFunnel();
        first.windowMs = 60'000;
        service.runFunnel(first);
        const quint64 second = service.runFunnel(shopFunnel());
        RetentionQuery cohorts;
        cohorts.cohortEvent.event = QStringLiteral("Signed Up");
        cohorts.returnEvent.event = EventSelector::anyEvent();
        const quint64 retentionTicket = service.runRetention(cohorts);
        QTRY_COMPARE_WITH_TIMEOUT(funnels.size(), 1, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(retention.size(), 1, 30'000);
        QTest::qWait(200); // nothing else arrives
        QCOMPARE(funnels.size(), 1);
        QCOMPARE(funnels.at(0).at(0).toULongLong(), second);
        QCOMPARE(retention.at(0).at(0).toULongLong(), retentionTicket);
        QVERIFY(failures.isEmpty());

        // A cancelled query reports nothing; the next one runs.
        service.invalidate(); // so that it has the store to read, not an instant answer
        service.cancel(service.runFunnel(shopFunnel()));
        const quint64 after = service.runRetention(cohorts);
        QTRY_COMPARE_WITH_TIMEOUT(retention.size(), 2, 30'000);
        QCOMPARE(retention.at(1).at(0).toULongLong(), after);
        QTest::qWait(200);
        QCOMPARE(funnels.size(), 1);
        QVERIFY(failures.isEmpty());
        service.runFunnel(shopFunnel());
        QTRY_COMPARE_WITH_TIMEOUT(funnels.size(), 2, 30'000);
    }

    void seesNewEventsAndReportsBadQueries()
    {
        AnalysisService service(m_store);
        QSignalSpy funnels(&service, &AnalysisService::funnelReady);
        // By plan: the plan column is read once, then carried over to the next snapshot.
        FunnelQuery byPlan = shopFunnel();
        byPlan.breakdown = QStringLiteral("properties.category");
        service.runFunnel(byPlan);
        QTRY_COMPARE_WITH_TIMEOUT(funnels.size(), 1, 30'000);
        const qint64 before = funnels.at(0).at(1).value<FunnelResult>().steps[0].users;
        importDemo(2, 10'000); // other users (another seed): more people view products
        service.runFunnel(byPlan);
        QTRY_COMPARE_WITH_TIMEOUT(funnels.size(), 2, 30'000);
        const FunnelResult after = funnels.at(1).at(1).value<FunnelResult>();
        QVERIFY2(after.steps[0].users > before, qPrintable(QStringLiteral("%1 then %2").arg(before).arg(after.steps[0].users)));
        const FunnelResult expected = direct(byPlan);
        QCOMPARE(QJsonDocument(after.toJson()).toJson(), QJsonDocument(expected.toJson()).toJson());
        QVERIFY(expected.breakdown.size() > 2);

        QSignalSpy failures(&service, &AnalysisService::failed);
        FunnelQuery broken = shopFunnel();
        broken.steps.resize(1);
        const quint64 ticket = service.runFunnel(broken);
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 30'000);
        QCOMPARE(failures.at(0).at(0).toULongLong(), ticket);
        QVERIFY2(failures.at(0).at(1).toString().contains(QLatin1String("2 to 20")), qPrintable(failures.at(0).at(1).toString()));

        AnalysisService missing(m_dir.filePath(QStringLiteral("nowhere/journey.db")));
        QSignalSpy missingFailures(&missing, &AnalysisService::failed);
        missing.runFunnel(shopFunnel());
        QTRY_COMPARE_WITH_TIMEOUT(missingFailures.size(), 1, 30'000);
    }
};

QTEST_GUILESS_MAIN(AnalysisServiceTest)
#include "tst_analysisservice.moc"

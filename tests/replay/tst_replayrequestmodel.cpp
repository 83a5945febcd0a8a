// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// The replay dialog's list: a plan's requests, outcomes applied in batches (one dataChanged per batch), secrets
// masked in URLs, and the model contract checked by QAbstractItemModelTester.

#include "replaytestutil.h"

#include "models/replayrequestmodel.h"
#include "replay/replayplanner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

class TestReplayRequestModel : public QObject
{
    Q_OBJECT

private slots:
    void listsThePlanAndTakesOutcomesInBatches();
};

void TestReplayRequestModel::listsThePlanAndTakesOutcomesInBatches()
{
    ReplayRequestModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SecretMasker masker;
    masker.addKnownSecret("key-1234567890abcdef");
    model.setMasker(masker);
    QCOMPARE(model.rowCount(), 0);

    constexpr qint64 t0 = 1717171717000;
    const Capture capture = looseCapture({ trackAt(t0, "A"), trackAt(t0 + 1500, "B"), trackAt(t0 + 4000, "C") });
    auto plan = std::make_shared<ReplayPlan>();
    QString error;
    QVERIFY(ReplayPlanner(
        ReplayOptions(), ReplayTarget::forUrl(QUrl(QStringLiteral("http://127.0.0.1:9/in?token=key-1234567890abcdef"))))
                .plan(capture, 0, *plan, &error));
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, ReplayRequestModel::DueColumn).data().toString(), QStringLiteral("+1.500 s"));
    QCOMPARE(model.index(0, ReplayRequestModel::MethodColumn).data().toString(), QStringLiteral("POST"));
    QCOMPARE(model.index(0, ReplayRequestModel::EventsColumn).data().toInt(), 1);
    const QString url = model.index(0, ReplayRequestModel::UrlColumn).data().toString();
    QVERIFY2(url.startsWith(QLatin1String("http://127.0.0.1:9/in/v1/batch?token="))
            && !url.contains(QLatin1String("1234567890")),
        qPrintable(url));
    QCOMPARE(model.index(2, ReplayRequestModel::OutcomeColumn).data().toString(), QStringLiteral("pending"));
    QCOMPARE(model.index(2, 0).data(ReplayRequestModel::OutcomeRole).toInt(), -1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ReplayResult delivered;
    delivered.index = 0;
    delivered.outcome = ReplayResult::Outcome::Delivered;
    delivered.status = 200;
    ReplayResult failed;
    failed.index = 2;
    failed.outcome = ReplayResult::Outcome::Failed;
    failed.status = 503;
    failed.error = QStringLiteral("HTTP 503 Service Unavailable");
    model.applyResults({ delivered, failed });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
    QCOMPARE(model.index(0, ReplayRequestModel::OutcomeColumn).data().toString(), QStringLiteral("delivered"));
    QCOMPARE(model.index(2, ReplayRequestModel::StatusColumn).data().toInt(), 503);
    QVERIFY(model.index(2, ReplayRequestModel::OutcomeColumn).data().toString().contains(QLatin1String("503")));
    QCOMPARE(model.index(2, 0).data(ReplayRequestModel::OutcomeRole).toInt(), int(ReplayResult::Outcome::Failed));
    QVERIFY(model.resultAt(1) == nullptr);
    QCOMPARE(model.resultAt(2)->status, 503);

    model.setPlan(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestReplayRequestModel)
#include "tst_replayrequestmodel.moc"

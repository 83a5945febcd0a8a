// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

#include "deliverytestutil.h"

#include "models/deadlettermodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

class TestDeadLetterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsDeadLetters()
    {
        DeadLetterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        OutboxRow first = makeRow(QStringLiteral("posthog"), OutboxState::Dead, QStringLiteral("m-1"));
        first.id = 41;
        OutboxRow second = makeRow(QStringLiteral("posthog"), OutboxState::Dead, QStringLiteral("m-2"));
        second.id = 42;
        second.type = EventType::Identify;
        second.name.clear();
        second.userId.clear();
        second.anonymousId = QStringLiteral("anon-9");
        model.setRows({ second, first });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DeadLetterModel::ColumnCount));
        QCOMPARE(model.index(0, DeadLetterModel::MessageIdColumn).data().toString(), QStringLiteral("m-2"));
        QCOMPARE(model.index(0, DeadLetterModel::EventColumn).data().toString(), QStringLiteral("identify"));
        QCOMPARE(model.index(0, DeadLetterModel::UserColumn).data().toString(), QStringLiteral("anon-9"));
        QCOMPARE(model.index(1, DeadLetterModel::EventColumn).data().toString(), QStringLiteral("track · Order Completed"));
        QCOMPARE(model.index(1, DeadLetterModel::AttemptsColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(1, DeadLetterModel::ReasonColumn).data().toString(), QStringLiteral("HTTP 400 Bad Request"));
        QCOMPARE(model.index(1, 0).data(DeadLetterModel::RowIdRole).toLongLong(), 41);
        QCOMPARE(model.idAt(0), 42);
        QCOMPARE(model.headerData(DeadLetterModel::AttemptsColumn, Qt::Horizontal).toString(), QStringLiteral("Attempts"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeadLetterModel)
#include "tst_deadlettermodel.moc"

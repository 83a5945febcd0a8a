// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

#include "sessiontestdata.h"

#include "models/sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

class TestSessionListModel : public QObject
{
    Q_OBJECT

private:
    static SessionListPtr sample()
    {
        QList<Spec> specs;
        Spec anonymous = at(t0, {});
        anonymous.anonymousId = "device-1";
        anonymous.type = EventType::Page;
        anonymous.name = "Home";
        specs << anonymous;
        Spec identify = at(t0 + minute, "ann");
        identify.anonymousId = "device-1";
        identify.type = EventType::Identify;
        identify.validation = ValidationState::Invalid;
        specs << identify;
        Spec screen = at(t0 + 2 * minute, "bob", "'properties':{'$session_id':'ph-7'}");
        screen.type = EventType::Screen;
        screen.name = "Cart";
        screen.source = EventSource::PostHog;
        specs << screen << at(t0 + 90 * minute, "ann");
        return std::make_shared<SessionList>(sessionsOf(batchOf(specs)));
    }

private Q_SLOTS:
    void rowsAndColumns()
    {
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSessions(sample());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(SessionListModel::ColumnCount));
        const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, SessionListModel::PersonColumn), QStringLiteral("ann"));
        QCOMPARE(text(0, SessionListModel::EventsColumn), QStringLiteral("2"));
        QCOMPARE(text(0, SessionListModel::DurationColumn), QStringLiteral("1m 00s"));
        QCOMPARE(text(0, SessionListModel::PagesColumn), QStringLiteral("1"));
        QCOMPARE(text(0, SessionListModel::ValidationColumn), QStringLiteral("1 invalid"));
        QCOMPARE(text(0, SessionListModel::SplitColumn), QStringLiteral("inactivity"));
        QCOMPARE(text(1, SessionListModel::PersonColumn), QStringLiteral("bob"));
        QCOMPARE(text(1, SessionListModel::PagesColumn), QStringLiteral("1 screen"));
        QCOMPARE(text(1, SessionListModel::SourceColumn), QStringLiteral("PostHog"));
        QCOMPARE(text(1, SessionListModel::SplitColumn), QStringLiteral("PostHog id"));
        QCOMPARE(text(1, SessionListModel::ValidationColumn), QStringLiteral("not checked"));
        QCOMPARE(model.index(0, SessionListModel::StartColumn).data(SessionListModel::SortRole).toLongLong(), t0);
        QCOMPARE(model.index(0, 0).data(SessionListModel::PersonIdsRole).toString(), QStringLiteral("ann device-1"));
        QCOMPARE(model.index(0, 0).data(SessionListModel::ValidationStateRole).toInt(), int(ValidationState::Invalid));
        QVERIFY(model.index(1, SessionListModel::SplitColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("ph-7")));
        QCOMPARE(model.sessionAt(2)->start, t0 + 90 * minute);
        QVERIFY(!model.sessionAt(3));
        model.setSessions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void filterAndSortThroughAProxy()
    {
        SessionListModel model;
        model.setSessions(sample());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSortRole(SessionListModel::SortRole);
        proxy.setFilterRole(SessionListModel::PersonIdsRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterKeyColumn(0);
        proxy.sort(SessionListModel::StartColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, SessionListModel::StartColumn).data(SessionListModel::SortRole).toLongLong(),
            t0 + 90 * minute);
        // The anonymous id finds the person who identified.
        proxy.setFilterFixedString(QStringLiteral("DEVICE-1"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterFixedString(QStringLiteral("bob"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(SessionListModel::SessionIndexRole).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionListModel)
#include "tst_sessionlistmodel.moc"

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The Providers page model: rows from the configuration, counts from the store until live figures come,
// and an enabled check box that asks instead of deciding.

#include "models/providerstatsmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Journey;

namespace {

QList<ProviderStatsModel::Provider> providers()
{
    return { { QStringLiteral("segment"), QStringLiteral("Segment"), true, QStringLiteral("https://api.segment.io") },
        { QStringLiteral("mixpanel"), QStringLiteral("Mixpanel"), false, QStringLiteral("https://api.mixpanel.com") } };
}

ProviderStats stats(const QString& provider, qint64 queued, qint64 delivered, qint64 dead)
{
    ProviderStats stats;
    stats.provider = provider;
    stats.queued = queued;
    stats.delivered = delivered;
    stats.dead = dead;
    return stats;
}

} // namespace

class TestProviderStatsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFromTheConfiguration()
    {
        ProviderStatsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProviders(providers());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ProviderStatsModel::ColumnCount));
        QCOMPARE(model.index(0, ProviderStatsModel::NameColumn).data().toString(), QStringLiteral("Segment"));
        QCOMPARE(model.index(1, ProviderStatsModel::IdColumn).data().toString(), QStringLiteral("mixpanel"));
        QCOMPARE(model.index(1, ProviderStatsModel::EnabledColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(model.index(0, ProviderStatsModel::EndpointColumn).data().toString(), QStringLiteral("https://api.segment.io"));
        QCOMPARE(model.index(0, ProviderStatsModel::QueuedColumn).data().toString(), QStringLiteral("0"));
        QVERIFY(model.flags(model.index(0, ProviderStatsModel::EnabledColumn)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(0, ProviderStatsModel::NameColumn)) & Qt::ItemIsUserCheckable));
        QCOMPARE(model.rowOf(QStringLiteral("mixpanel")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("heap")), -1);
    }

    void liveFiguresWinOverStoredCounts()
    {
        ProviderStatsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProviders(providers());
        model.setStoredCounts({ { QStringLiteral("segment"), stats(QStringLiteral("segment"), 4, 10, 1) },
            { QStringLiteral("mixpanel"), stats(QStringLiteral("mixpanel"), 7, 0, 0) } });
        QCOMPARE(model.statsOf(QStringLiteral("mixpanel")).queued, 7);
        QCOMPARE(model.index(0, ProviderStatsModel::DeliveredColumn).data().toString(), QStringLiteral("10"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ProviderStats live = stats(QStringLiteral("segment"), 0, 15, 2);
        live.inFlight = 3;
        live.lastError = QStringLiteral("HTTP 400 Bad Request");
        live.lastErrorAt = QDateTime::currentMSecsSinceEpoch();
        live.pausedUntil = QDateTime::currentMSecsSinceEpoch() + 60'000;
        model.updateStats(live);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, ProviderStatsModel::DeliveredColumn).data().toString(), QStringLiteral("15"));
        QCOMPARE(model.index(0, ProviderStatsModel::InFlightColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(0, ProviderStatsModel::DeadColumn).data(ProviderStatsModel::DeadCountRole).toLongLong(), 2);
        QCOMPARE(model.index(0, ProviderStatsModel::LastErrorColumn).data().toString(), QStringLiteral("HTTP 400 Bad Request"));
        QVERIFY(!model.index(0, ProviderStatsModel::PausedUntilColumn).data().toString().isEmpty());

        // Stored counts read later do not undo live figures.
        model.setStoredCounts({ { QStringLiteral("segment"), stats(QStringLiteral("segment"), 4, 10, 1) } });
        QCOMPARE(model.statsOf(QStringLiteral("segment")).delivered, 15);
        // Figures survive a new configuration that keeps the provider.
        model.setProviders(providers());
        QCOMPARE(model.statsOf(QStringLiteral("segment")).delivered, 15);
        // Unknown providers are ignored.
        model.updateStats(stats(QStringLiteral("heap"), 1, 1, 1));
        QCOMPARE(model.rowCount(), 2);
    }

    void enabledCheckBoxAsks()
    {
        ProviderStatsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProviders(providers());
        QSignalSpy requested(&model, &ProviderStatsModel::enabledChangeRequested);
        const QModelIndex enabled = model.index(1, ProviderStatsModel::EnabledColumn);
        QVERIFY(model.setData(enabled, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("mixpanel"));
        QCOMPARE(requested.first().at(1).toBool(), true);
        QCOMPARE(enabled.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!model.setData(model.index(1, ProviderStatsModel::NameColumn), QStringLiteral("x"), Qt::EditRole));
        // The owner reverts when the change could not be saved.
        model.setProviders(providers());
        QCOMPARE(model.index(1, ProviderStatsModel::EnabledColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    }
};

QTEST_GUILESS_MAIN(TestProviderStatsModel)
#include "tst_providerstatsmodel.moc"

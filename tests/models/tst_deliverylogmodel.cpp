// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The delivery log model over a real store: newest first, paged, filtered, and live exchanges inserted at
// the top in one batch per flush, never twice.

#include "deliverytestutil.h"

#include "delivery/deliveryqueryservice.h"
#include "models/deliverylogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;
using namespace JourneyTest;

class TestDeliveryLogModel : public QObject
{
    Q_OBJECT

private:
    QString m_path;
    QTemporaryDir m_dir;
    OutboxStore m_store;
    QList<DeliveryExchange> m_recorded; ///< in id order

    bool record(const QString& provider, DeliveryOutcome outcome, int count, QList<DeliveryExchange>* out = nullptr)
    {
        QList<DeliveryExchange> exchanges;
        for (int i = 0; i < count; ++i)
            exchanges.append(makeExchange(provider, outcome, int(m_recorded.size()) + i));
        QString error;
        if (!recordExchanges(m_store, exchanges, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_recorded.append(exchanges);
        if (out)
            *out = exchanges;
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("journey.db"));
        QString error;
        QVERIFY2(m_store.open(m_path, &error), qPrintable(error));
        QVERIFY(record(QStringLiteral("segment"), DeliveryOutcome::Delivered, 300));
        QVERIFY(record(QStringLiteral("posthog"), DeliveryOutcome::Delivered, 100));
        QVERIFY(record(QStringLiteral("posthog"), DeliveryOutcome::Failed, 30));
        QVERIFY(record(QStringLiteral("segment"), DeliveryOutcome::Retry, 20));
    }

    void pagesNewestFirst()
    {
        DeliveryQueryService service(m_path);
        // No model tester here: it calls fetchMore() itself, and this test counts pages.
        DeliveryLogModel model(&service);
        QSignalSpy loading(&model, &DeliveryLogModel::loadingChanged);
        model.reload();
        QVERIFY(model.isLoading());
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), DeliveryLogModel::pageSize);
        QCOMPARE(model.index(0, 0).data(DeliveryLogModel::ExchangeIdRole).toLongLong(), m_recorded.last().id);
        QVERIFY(model.exchangeAt(0).requestBody.isEmpty()); // pages leave bodies out
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 2 * DeliveryLogModel::pageSize);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), int(m_recorded.size()));
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.exchangeAt(row).id < model.exchangeAt(row - 1).id);
        QCOMPARE(model.rowOfId(m_recorded.first().id), model.rowCount() - 1);
        QCOMPARE(loading.first().first().toBool(), true);
        QCOMPARE(loading.last().first().toBool(), false);
    }

    void showsWhatHappened()
    {
        DeliveryQueryService service(m_path);
        DeliveryLogModel model(&service);
        model.setProviderNames({ { QStringLiteral("segment"), QStringLiteral("Segment") } });
        model.setFilter(QStringLiteral("segment"), int(DeliveryOutcome::Retry));
        QTRY_COMPARE(model.rowCount(), 20);
        QCOMPARE(model.index(0, DeliveryLogModel::ProviderColumn).data().toString(), QStringLiteral("Segment"));
        QCOMPARE(model.index(0, DeliveryLogModel::StatusColumn).data().toString(), QStringLiteral("503"));
        QCOMPARE(model.index(0, DeliveryLogModel::OutcomeColumn).data().toString(), QStringLiteral("retry"));
        QCOMPARE(model.index(0, DeliveryLogModel::ReasonColumn).data().toString(), QStringLiteral("HTTP 503"));
        QCOMPARE(model.index(0, DeliveryLogModel::RequestColumn).data().toString(), QStringLiteral("POST /segment/v1/batch · batch of 1"));
        QVERIFY(model.index(0, DeliveryLogModel::RequestColumn).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("POST http://127.0.0.1:9/segment/v1/batch")));
        QCOMPARE(model.index(0, DeliveryLogModel::EventsColumn).data().toString(), QStringLiteral("1 (1 to retry)"));
        QCOMPARE(model.index(0, 0).data(DeliveryLogModel::OutcomeRole).toInt(), int(DeliveryOutcome::Retry));
        QVERIFY(!model.canFetchMore({}));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("rows");
        QTest::newRow("posthog") << QStringLiteral("posthog") << -1 << 130;
        QTest::newRow("posthog failed") << QStringLiteral("posthog") << int(DeliveryOutcome::Failed) << 30;
        QTest::newRow("failed") << QString() << int(DeliveryOutcome::Failed) << 30;
        QTest::newRow("heap") << QStringLiteral("heap") << -1 << 0;
    }

    void filters()
    {
        QFETCH(QString, provider);
        QFETCH(int, outcome);
        QFETCH(int, rows);
        DeliveryQueryService service(m_path);
        DeliveryLogModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(provider, outcome);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), rows);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(provider.isEmpty() || model.exchangeAt(row).provider == provider);
            QVERIFY(outcome < 0 || int(model.exchangeAt(row).outcome) == outcome);
        }
    }

    void liveExchangesComeInBatches()
    {
        DeliveryQueryService service(m_path);
        DeliveryLogModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(QStringLiteral("posthog"), -1);
        QTRY_VERIFY(!model.isLoading());
        const int before = model.rowCount();

        QList<DeliveryExchange> fresh;
        QVERIFY(record(QStringLiteral("posthog"), DeliveryOutcome::Delivered, 5, &fresh));
        QList<DeliveryExchange> other;
        QVERIFY(record(QStringLiteral("segment"), DeliveryOutcome::Delivered, 2, &other));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy live(&model, &DeliveryLogModel::liveRowsInserted);
        // Out of order, with a duplicate and another provider's: one insert of the five new rows.
        for (int i : { 2, 0, 4, 1, 3 })
            model.addExchange(fresh[i]);
        model.addExchange(fresh[0]);
        for (const DeliveryExchange& exchange : other)
            model.addExchange(exchange);
        QCOMPARE(model.pendingCount(), 6);
        QCOMPARE(model.rowCount(), before);
        QTRY_COMPARE(model.rowCount(), before + 5);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 4);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(live.size(), 1);
        for (int row = 0; row < 5; ++row)
            QCOMPARE(model.exchangeAt(row).id, fresh[4 - row].id);
        QVERIFY(model.exchangeAt(0).responseBody.isEmpty());

        // An exchange already shown is not shown twice.
        QList<DeliveryExchange> next;
        QVERIFY(record(QStringLiteral("posthog"), DeliveryOutcome::Delivered, 1, &next));
        model.addExchange(fresh[4]);
        model.addExchange(next[0]);
        QTRY_COMPARE(model.pendingCount(), 0);
        QCOMPARE(model.rowCount(), before + 6);
        QCOMPARE(model.exchangeAt(0).id, next[0].id);
        QCOMPARE(model.exchangeAt(1).id, fresh[4].id);
        QCOMPARE(model.exchangeAt(2).id, fresh[3].id);
    }

    void liveExchangesWhileLoadingAreMergedOnce()
    {
        DeliveryQueryService service(m_path);
        DeliveryLogModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<DeliveryExchange> fresh;
        QVERIFY(record(QStringLiteral("segment"), DeliveryOutcome::Failed, 3, &fresh));
        model.setFilter(QStringLiteral("segment"), int(DeliveryOutcome::Failed));
        // They are in the store (so in the page) and arrive live as well.
        for (const DeliveryExchange& exchange : fresh)
            model.addExchange(exchange);
        QTRY_VERIFY(!model.isLoading());
        QTRY_COMPARE(model.pendingCount(), 0);
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryLogModel)
#include "tst_deliverylogmodel.moc"

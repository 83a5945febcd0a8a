// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The delivery query service answers from its own thread and connection: log pages, one exchange with
// bodies, dead letters, counts and one event's status; list queries of one requester are "latest wins".
// Signals come straight from the query thread, possibly before QSignalSpy::wait() would start waiting: the
// tests poll the spies instead.

#include "deliverytestutil.h"

#include "delivery/deliveryqueryservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Journey;
using namespace JourneyTest;

class TestDeliveryQueryService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<DeliveryExchange> m_exchanges;
    QList<OutboxRow> m_rows;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("journey.db"));
        OutboxStore store;
        QString error;
        QVERIFY2(store.open(m_path, &error), qPrintable(error));
        for (int i = 0; i < 5; ++i)
            m_exchanges.append(makeExchange(QStringLiteral("segment"), DeliveryOutcome::Delivered, i));
        m_exchanges.append(makeExchange(QStringLiteral("posthog"), DeliveryOutcome::Failed, 9));
        QVERIFY2(recordExchanges(store, m_exchanges, &error), qPrintable(error));
        m_rows = { makeRow(QStringLiteral("segment"), OutboxState::Delivered, QStringLiteral("m-1")),
            makeRow(QStringLiteral("posthog"), OutboxState::Dead, QStringLiteral("m-1")),
            makeRow(QStringLiteral("posthog"), OutboxState::Dead, QStringLiteral("m-2")),
            makeRow(QStringLiteral("posthog"), OutboxState::Queued, QStringLiteral("m-3")),
            makeRow(QStringLiteral("segment"), OutboxState::SampledOut, QStringLiteral("m-4")) };
        QVERIFY2(store.insert(m_rows, &error), qPrintable(error));
    }

    void answersOffTheCallingThread()
    {
        DeliveryQueryService service(m_path);
        QThread* answeredOn = nullptr;
        QList<DeliveryExchange> page;
        connect(&service, &DeliveryQueryService::exchangesReady, this,
            [&](quint64, const QList<DeliveryExchange>& exchanges) {
                page = exchanges;
                answeredOn = QThread::currentThread();
            },
            Qt::DirectConnection);
        QSignalSpy ready(&service, &DeliveryQueryService::exchangesReady);
        OutboxStore::ExchangeFilter filter;
        filter.limit = 3;
        const quint64 ticket = service.queryExchanges(filter);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 5000);
        QCOMPARE(ready.first().first().toULongLong(), ticket);
        QVERIFY(answeredOn && answeredOn != QThread::currentThread());
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.first().id, m_exchanges.last().id);
    }

    void oneExchangeWithBodies()
    {
        DeliveryQueryService service(m_path);
        QSignalSpy ready(&service, &DeliveryQueryService::exchangeReady);
        const quint64 ticket = service.queryExchange(m_exchanges[2].id);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 5000);
        QCOMPARE(ready.first().first().toULongLong(), ticket);
        const auto exchange = ready.first().at(1).value<DeliveryExchange>();
        QCOMPARE(exchange.requestBody, m_exchanges[2].requestBody);
        QCOMPARE(exchange.responseBody, QByteArray(R"({"success":true})"));
        QCOMPARE(exchange.requestHeaders, m_exchanges[2].requestHeaders);

        QSignalSpy failed(&service, &DeliveryQueryService::queryFailed);
        const quint64 missing = service.queryExchange(999999);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        QCOMPARE(failed.first().first().toULongLong(), missing);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }

    void deadLettersCountsAndStatus()
    {
        DeliveryQueryService service(m_path);
        QSignalSpy dead(&service, &DeliveryQueryService::deadLettersReady);
        service.queryDeadLetters(QStringLiteral("posthog"), 100);
        QTRY_VERIFY_WITH_TIMEOUT(!dead.isEmpty(), 5000);
        const auto rows = dead.first().at(1).value<QList<OutboxRow>>();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().messageId, QStringLiteral("m-2")); // newest first
        QCOMPARE(rows.first().reason, QStringLiteral("HTTP 400 Bad Request"));

        QSignalSpy counts(&service, &DeliveryQueryService::countsReady);
        service.queryCounts();
        QTRY_VERIFY_WITH_TIMEOUT(!counts.isEmpty(), 5000);
        const auto perProvider = counts.first().at(1).value<QHash<QString, ProviderStats>>();
        QCOMPARE(perProvider.value(QStringLiteral("posthog")).dead, 2);
        QCOMPARE(perProvider.value(QStringLiteral("posthog")).queued, 1);
        QCOMPARE(perProvider.value(QStringLiteral("segment")).delivered, 1);
        QCOMPARE(perProvider.value(QStringLiteral("segment")).sampledOut, 1);

        QSignalSpy status(&service, &DeliveryQueryService::statusReady);
        service.queryStatus(QStringLiteral("m-1"));
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 5000);
        const auto statusRows = status.first().at(1).value<QList<OutboxRow>>();
        QCOMPARE(statusRows.size(), 2);
        QStringList states;
        for (const OutboxRow& row : statusRows)
            states.append(row.provider + QLatin1Char('=') + outboxStateName(row.state));
        states.sort();
        QCOMPARE(states, (QStringList { QStringLiteral("posthog=dead"), QStringLiteral("segment=delivered") }));
    }

    void latestWinsPerRequester()
    {
        DeliveryQueryService service(m_path);
        QSignalSpy ready(&service, &DeliveryQueryService::exchangesReady);
        OutboxStore::ExchangeFilter filter;
        int requesterA = 0;
        int requesterB = 0;
        QList<quint64> tickets;
        for (int i = 0; i < 20; ++i)
            tickets.append(service.queryExchanges(filter, &requesterA));
        const quint64 other = service.queryExchanges(filter, &requesterB);
        QTRY_VERIFY(!ready.isEmpty() && ready.last().first().toULongLong() == other);
        QList<quint64> answered;
        for (const QList<QVariant>& signal : std::as_const(ready))
            answered.append(signal.first().toULongLong());
        // The newest of A's always answers; queued older ones of A may be skipped; B's is never skipped by A's.
        QVERIFY(answered.contains(tickets.last()));
        QVERIFY(answered.contains(other));
        QVERIFY(answered.size() <= tickets.size() + 1);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryQueryService)
#include "tst_deliveryqueryservice.moc"

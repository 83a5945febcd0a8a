// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// SessionQueryService on a real SQLite store in a temporary folder: answers by ticket, validation results from
// the store, the store growing and shrinking between queries, a session's events, captures from files, latest
// wins and cancel (made deterministic by holding the worker in a read from a named pipe), failures.

#include "sessiontestdata.h"

#include "capture/capture.h"
#include "sessions/sessionqueryservice.h"
#include "store/ingestbatch.h"
#include "store/storewriter.h"
#include "validation/eventvalidator.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Journey;
using namespace JourneyTest;

namespace {

bool writeEvents(StoreWriter& writer, EventBatch& events, QString* error)
{
    IngestBatch batch;
    batch.events = std::move(events);
    const bool ok = writer.begin(error) && writer.write(batch, error) && writer.commit(error);
    if (!ok && writer.inTransaction())
        writer.rollback();
    events = std::move(batch.events);
    return ok;
}

/// The demo shop's tracking plan: "Product Viewed" without its required properties is invalid, an event the
/// plan does not know is a warning.
EventValidatorPtr demoPlan()
{
    QString error;
    auto validator = EventValidator::load(
        QStringLiteral(JOURNEY_TEST_DATA "/../../resources/demo/tracking-plan.json"), {}, &error);
    if (!validator)
        qFatal("no plan: %s", qPrintable(error));
    return validator;
}

Spec named(qint64 time, const QByteArray& userId, const QByteArray& name, const QByteArray& extra = {})
{
    Spec spec = at(time, userId, extra);
    spec.name = name;
    return spec;
}

} // namespace

class TestSessionQueryService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<StoreWriter> m_writer;

    void store(QList<Spec> specs)
    {
        EventBatch events = batchOf(specs, 0);
        QString error;
        QVERIFY2(writeEvents(*m_writer, events, &error), qPrintable(error));
    }

    /// Waits for the answer to \a ticket; fails on a failure report.
    static SessionListPtr sessionsFor(SessionQueryService& service, quint64 ticket)
    {
        QSignalSpy ready(&service, &SessionQueryService::sessionsReady);
        QSignalSpy failed(&service, &SessionQueryService::failed);
        for (int round = 0; round < 200; ++round) {
            for (const QList<QVariant>& answer : std::as_const(ready)) {
                if (answer.at(0).toULongLong() == ticket)
                    return answer.at(1).value<SessionListPtr>();
            }
            for (const QList<QVariant>& answer : std::as_const(failed)) {
                if (answer.at(0).toULongLong() == ticket)
                    qWarning("query %llu failed: %s", ticket, qPrintable(answer.at(1).toString()));
            }
            if (!failed.isEmpty())
                return {};
            ready.wait(100);
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("sessions-%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        m_writer = std::make_unique<StoreWriter>(m_storePath);
        QString error;
        QVERIFY2(m_writer->open(&error), qPrintable(error));
    }

    void cleanup() { m_writer.reset(); }

    void sessionsWithValidationFromTheStore()
    {
        m_writer->setValidator(demoPlan());
        store({ named(t0, "ann", "Product Viewed"), // invalid: required properties missing
            named(t0 + minute, "ann", "Product Viewed",
                "'properties':{'product_id':'sku-1','name':'Boot','price':12,'currency':'USD'}"), // valid
            named(t0 + 2 * minute, "ann", "Wishlist Opened"), // warning: not in the plan
            named(t0 + 3 * 60 * minute, "ann", "Product Viewed",
                "'properties':{'product_id':'sku-2','name':'Sock','price':3,'currency':'EUR'}"),
            named(t0 + 5 * minute, "bob", "Clicked", "'context':{'sessionId':'B-1'}") });
        SessionQueryService service(m_storePath);
        Sessionizer::Options options;
        const SessionListPtr list = sessionsFor(service, service.querySessions(options));
        QVERIFY(list);
        QCOMPARE(shape(*list), QByteArray("1,2,3|5|4"));
        const PersonSession& first = list->at(0);
        QCOMPARE(first.invalidCount, 1);
        QCOMPARE(first.warningCount, 1);
        QCOMPARE(first.validation(), ValidationState::Invalid);
        QCOMPARE(list->at(1).split, SessionSplit::ProviderId);
        QCOMPARE(list->at(1).providerSessionId, QByteArray("B-1"));
        QCOMPARE(list->at(2).validation(), ValidationState::Valid);

        // Another limit and one person: answered from what was read.
        options.gapMs = 4 * 60 * minute;
        options.person = QStringLiteral("ann");
        const SessionListPtr ann = sessionsFor(service, service.querySessions(options));
        QVERIFY(ann);
        QCOMPARE(shape(*ann), QByteArray("1,2,3,4"));
    }

    void storeGrowsAndShrinks()
    {
        store({ at(t0, "u"), at(t0 + minute, "u") });
        SessionQueryService service(m_storePath);
        SessionListPtr list = sessionsFor(service, service.querySessions(Sessionizer::Options()));
        QVERIFY(list);
        QCOMPARE(shape(*list), QByteArray("1,2"));

        // New events are read without reading the rest again.
        store({ at(t0 + 2 * minute, "u"), at(t0 + 90 * minute, "u", contextSession("late")) });
        list = sessionsFor(service, service.querySessions(Sessionizer::Options()));
        QVERIFY(list);
        QCOMPARE(shape(*list), QByteArray("1,2,3|4"));

        // Cleared and filled again (ids go on counting): only what is there now.
        QString error;
        QVERIFY2(m_writer->clear(&error), qPrintable(error));
        store({ at(t0, "v") });
        list = sessionsFor(service, service.querySessions(Sessionizer::Options()));
        QVERIFY(list);
        QCOMPARE(shape(*list), QByteArray("5"));
        QCOMPARE(list->personOf(0), QStringLiteral("v"));

        // Cleared and filled with more events than it held: the new ids alone do not tell; the counts do.
        QVERIFY2(m_writer->clear(&error), qPrintable(error));
        store({ at(t0, "x"), at(t0 + minute, "x") });
        list = sessionsFor(service, service.querySessions(Sessionizer::Options()));
        QVERIFY(list);
        QCOMPARE(shape(*list), QByteArray("6,7"));
        QCOMPARE(list->persons().size(), size_t(1));

        // invalidate() reads everything again and gives the same answer.
        service.invalidate();
        list = sessionsFor(service, service.querySessions(Sessionizer::Options()));
        QVERIFY(list);
        QCOMPARE(shape(*list), QByteArray("6,7"));

        // Asked again with nothing new: the same list, not a new one.
        const SessionListPtr again = sessionsFor(service, service.querySessions(Sessionizer::Options()));
        QCOMPARE(again.get(), list.get());
        Sessionizer::Options other;
        other.gapMs = 10'000;
        const SessionListPtr split = sessionsFor(service, service.querySessions(other));
        QVERIFY(split);
        QCOMPARE(shape(*split), QByteArray("6|7"));
    }

    void eventsOfASession()
    {
        // Stored out of time order: the session's events come back in its order, with their messages.
        store({ named(t0 + 2 * minute, "u", "Third"), named(t0, "u", "First"), named(t0 + minute, "w", "Other"),
            named(t0 + minute, "u", "Second") });
        SessionQueryService service(m_storePath);
        const SessionListPtr list = sessionsFor(service, service.querySessions(Sessionizer::Options()));
        QVERIFY(list);
        QCOMPARE(shape(*list), QByteArray("2,4,1|3"));
        QSignalSpy ready(&service, &SessionQueryService::sessionEventsReady);
        const quint64 ticket = service.querySessionEvents(list->at(0));
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().at(0).toULongLong(), ticket);
        const EventBatchPtr events = ready.first().at(1).value<EventBatchPtr>();
        QVERIFY(events);
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->name(0), QByteArrayView("First"));
        QCOMPARE(events->name(2), QByteArrayView("Third"));
        QCOMPARE(events->id(1), qint64(4));
        QVERIFY(events->payload(1).contains("\"Second\""));
    }

    void sessionsOfACaptureFile()
    {
        // Plain canonical NDJSON is a capture too: its events are numbered 1, 2, … in file order.
        const QString path = m_dir.filePath(QStringLiteral("capture.ndjson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(q("{'type':'track','event':'Late','userId':'c','timestamp':'2026-01-05T10:40:00.000Z'}\n"
                     "{'type':'page','name':'Home','userId':'c','timestamp':'2026-01-05T10:00:00.000Z'}\n"
                     "{'type':'track','event':'Click','userId':'c','timestamp':'2026-01-05T10:05:00.000Z'}\n"));
        file.close();
        SessionQueryService service(m_storePath);
        QSignalSpy loaded(&service, &SessionQueryService::captureLoaded);
        const quint64 loadTicket = service.loadCapture(path);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().at(0).toULongLong(), loadTicket);
        const CapturePtr capture = loaded.first().at(1).value<CapturePtr>();
        QVERIFY(capture);
        QCOMPARE(capture->eventCount(), 3);
        const SessionListPtr list = sessionsFor(service, service.querySessions(Sessionizer::Options(), capture));
        QVERIFY(list);
        QCOMPARE(shape(*list), QByteArray("2,3|1"));
        QCOMPARE(list->at(0).pageCount, 1);

        QSignalSpy ready(&service, &SessionQueryService::sessionEventsReady);
        service.querySessionEvents(list->at(0), capture);
        QVERIFY(ready.wait(5000));
        const EventBatchPtr events = ready.first().at(1).value<EventBatchPtr>();
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->name(0), QByteArrayView("Home"));
        QCOMPARE(events->name(1), QByteArrayView("Click"));

        // A file that is not there: a failure naming it.
        QSignalSpy failed(&service, &SessionQueryService::failed);
        const quint64 missing = service.loadCapture(m_dir.filePath(QStringLiteral("missing.ndjson")));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toULongLong(), missing);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("missing.ndjson")));
    }

    void latestWinsAndCancel()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs a named pipe");
#else
        store({ at(t0, "u"), at(t0 + 2 * 60 * minute, "u") });
        // The worker reads a capture from a named pipe: it waits there until the test writes, while the test
        // queues queries behind it.
        const QString pipe = m_dir.filePath(QStringLiteral("hold.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
        SessionQueryService service(m_storePath);
        QSignalSpy ready(&service, &SessionQueryService::sessionsReady);
        QSignalSpy failed(&service, &SessionQueryService::failed);
        QSignalSpy loaded(&service, &SessionQueryService::captureLoaded);
        service.loadCapture(pipe);

        Sessionizer::Options options;
        const quint64 replaced = service.querySessions(options);
        options.gapMs = 4 * 60 * minute;
        const quint64 cancelled = service.querySessionEvents(PersonSession());
        service.cancel(cancelled);
        const quint64 latest = service.querySessions(options);

        QFile writer(pipe);
        QVERIFY(writer.open(QIODevice::WriteOnly)); // the worker has the pipe open for reading
        writer.write(q("{'type':'track','event':'A','userId':'p','timestamp':'2026-01-05T10:00:00.000Z'}\n"));
        writer.close();
        QVERIFY(loaded.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
        QCOMPARE(ready.first().at(0).toULongLong(), latest);
        QCOMPARE(shape(*ready.first().at(1).value<SessionListPtr>()), QByteArray("1,2"));
        // Nothing more comes for the replaced query or the cancelled one.
        QSignalSpy events(&service, &SessionQueryService::sessionEventsReady);
        const quint64 after = service.querySessions(Sessionizer::Options());
        QVERIFY(sessionsFor(service, after));
        QCOMPARE(events.size(), 0);
        QVERIFY(failed.isEmpty());
        for (const QList<QVariant>& answer : std::as_const(ready))
            QVERIFY(answer.at(0).toULongLong() != replaced);
#endif
    }

    void failures()
    {
        SessionQueryService service(m_dir.filePath(QStringLiteral("no-such-store.db")));
        QSignalSpy failed(&service, &SessionQueryService::failed);
        const quint64 ticket = service.querySessions(Sessionizer::Options());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toULongLong(), ticket);
        QVERIFY(!failed.first().at(1).toString().isEmpty());

        Sessionizer::Options options;
        options.gapMs = 10;
        const quint64 bad = service.querySessions(options);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.last().at(0).toULongLong(), bad);
        QVERIFY(failed.last().at(1).toString().contains(QLatin1String("1 second")));
    }
};

QTEST_GUILESS_MAIN(TestSessionQueryService)
#include "tst_sessionqueryservice.moc"

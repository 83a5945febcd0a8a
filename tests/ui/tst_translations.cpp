// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// The German catalog, loaded the way app/gui/main.cpp loads it (":/i18n"), finds the strings whose lupdate
// context once differed from the context the code looks them up under: file-local tr() helpers filed them
// under "Journey", under internal structs ("Flattened", "Bulk", "ParamSet") or under "Journey::Ctl::SendCommand",
// and %n messages went through a helper lupdate did not see as plural.

#include "ctl/sendcommand.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Journey;

namespace {

OutboundEvent outbound(const QJsonObject& message, qint64 outboxId)
{
    OutboundEvent event;
    event.outboxId = outboxId;
    event.message = message;
    event.json = QJsonDocument(message).toJson(QJsonDocument::Compact);
    event.type = eventTypeFromName(message.value(QLatin1String("type")).toString().toUtf8()).value_or(EventType::Track);
    return event;
}

QJsonObject track(int i, const QJsonObject& properties = {})
{
    return {
        { QStringLiteral("type"), QStringLiteral("track") },
        { QStringLiteral("event"), QStringLiteral("Order Completed") },
        { QStringLiteral("userId"), QStringLiteral("user-%1").arg(i) },
        { QStringLiteral("anonymousId"), QStringLiteral("anon-%1").arg(i) },
        { QStringLiteral("messageId"), QStringLiteral("message-%1").arg(i) },
        // Now: Mixpanel's /track takes only the last 5 days.
        { QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("properties"), properties },
    };
}

std::unique_ptr<Provider> configured(const QString& id, const QByteArray& settings)
{
    std::unique_ptr<Provider> provider = ProviderRegistry::create(id);
    QString error;
    if (!provider || !provider->configure(QJsonDocument::fromJson(settings).object(), &error))
        qFatal("%s: configure failed: %s", qPrintable(id), qPrintable(error));
    return provider;
}

EncodedBatch encode(const Provider& provider, const QList<QJsonObject>& messages)
{
    QList<OutboundEvent> events;
    for (const QJsonObject& message : messages)
        events.append(outbound(message, events.size() + 1));
    return provider.encode(events, provider.limits());
}

QStringList notesOf(const EncodedBatch& batch)
{
    QStringList notes;
    for (const EncodedBatch::Issue& issue : batch.notes)
        notes.append(issue.text);
    return notes;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void testFreeFunctionString();
    void testInternalStructStrings();
    void testJourneyctlSend();
    void testPlural_data();
    void testPlural();

private:
    QTranslator m_translator;
};

void TestTranslations::initTestCase()
{
    // As main() does: the catalog embedded under :/i18n by qt_add_translations, picked by locale.
    QVERIFY(m_translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("journey-connector"),
        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestTranslations::testFreeFunctionString()
{
    // encodeOne() in amplitudeprovider.cpp is a free function: its rejection was filed under "Journey".
    const auto provider = configured(QStringLiteral("amplitude"), R"({"apiKey":"amp-key"})");
    QJsonObject alias = track(1);
    alias.insert(QStringLiteral("type"), QStringLiteral("alias"));
    alias.insert(QStringLiteral("previousId"), QStringLiteral("old-id"));
    const EncodedBatch batch = encode(*provider, { alias });
    QCOMPARE(batch.rejected.size(), 1);
    QVERIFY2(batch.rejected.first().text.startsWith(QStringLiteral("die Ingestion-API von Amplitude kennt kein Alias")),
        qPrintable(batch.rejected.first().text));
}

void TestTranslations::testInternalStructStrings()
{
    const QJsonObject nested { { QStringLiteral("cart"), QJsonObject { { QStringLiteral("size"), 2 } } } };

    // Heap: notes from the Flattened struct, the label from the Bulk class.
    const auto heap = configured(QStringLiteral("heap"), R"({"appId":"env-123"})");
    const EncodedBatch heapBatch = encode(*heap, { track(1, nested) });
    QVERIFY2(notesOf(heapBatch)
                 .join(QLatin1Char('\n'))
                 .contains(QStringLiteral("verschachtelte Werte zu Schlüsseln mit Punkten abgeflacht (Heap akzeptiert "
                                          "nur Zahlen und Zeichenketten)")),
        qPrintable(notesOf(heapBatch).join(QLatin1Char('\n'))));
    QCOMPARE(heapBatch.requests.size(), 1);
    QCOMPARE(heapBatch.requests.first().label, QStringLiteral("/api/track: 1 Element"));

    // GA4: notes from the ParamSet class, with "parameters" translated by Ga4Provider::encode().
    const auto ga4 = configured(QStringLiteral("ga4"), R"({"measurementId":"G-TEST123","apiSecret":"s3cr3t"})");
    const QString ga4Notes = notesOf(encode(*ga4, { track(1, nested) })).join(QLatin1Char('\n'));
    QVERIFY2(
        ga4Notes.contains(QStringLiteral("Parameter: verschachtelte Werte zu mit \"_\" verbundenen Namen abgeflacht")),
        qPrintable(ga4Notes));
}

void TestTranslations::testJourneyctlSend()
{
    // journeyctl looks its strings up under "journeyctl"; SendCommand's were filed under Journey::Ctl::SendCommand.
    QCOMPARE(Ctl::SendCommand::tr("no events to send"), QStringLiteral("keine Ereignisse zu senden"));
    QCOMPARE(QCoreApplication::translate("journeyctl", "journeyctl send: nothing was sent"),
        QStringLiteral("journeyctl send: es wurde nichts gesendet"));
}

void TestTranslations::testPlural_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("three");

    QTest::newRow("posthog") << QStringLiteral("posthog") << QByteArray(R"({"apiKey":"phc_test"})")
                             << QStringLiteral("Batch mit 1 Ereignis") << QStringLiteral("Batch mit 3 Ereignissen");
    QTest::newRow("segment") << QStringLiteral("segment") << QByteArray(R"({"writeKey":"wk"})")
                             << QStringLiteral("Batch mit 1 Nachricht") << QStringLiteral("Batch mit 3 Nachrichten");
    QTest::newRow("heap") << QStringLiteral("heap") << QByteArray(R"({"appId":"env-123"})")
                          << QStringLiteral("/api/track: 1 Element") << QStringLiteral("/api/track: 3 Elemente");
    // Mixpanel's and Amplitude's labels went through trN(), which lupdate never extracted.
    QTest::newRow("mixpanel") << QStringLiteral("mixpanel") << QByteArray(R"({"token":"mp-token"})")
                              << QStringLiteral("/track: 1 Ereignis") << QStringLiteral("/track: 3 Ereignisse");
    QTest::newRow("amplitude") << QStringLiteral("amplitude") << QByteArray(R"({"apiKey":"amp-key"})")
                               << QStringLiteral("/2/httpapi: 1 Ereignis")
                               << QStringLiteral("/2/httpapi: 3 Ereignisse");
}

void TestTranslations::testPlural()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, settings);
    QFETCH(QString, one);
    QFETCH(QString, three);

    const auto configuredProvider = configured(provider, settings);
    const EncodedBatch single = encode(*configuredProvider, { track(1) });
    QCOMPARE(single.requests.size(), 1);
    QCOMPARE(single.requests.first().label, one);
    const EncodedBatch batch = encode(*configuredProvider, { track(1), track(2), track(3) });
    QCOMPARE(batch.requests.size(), 1);
    QCOMPARE(batch.requests.first().label, three);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

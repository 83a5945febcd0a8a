// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// Captured requests of every wire format (the SDK recordings in tests/data/collector) rewritten for a replay:
// dedup ids new, times moved by exactly the shift in each field's unit, user ids suffixed, and everything else
// the same JSON; bodies travel in the encoding they came in (form data=base64, urlencoded JSON, GET ?data=,
// PostHog gzip-js and base64, NDJSON). What cannot be rewritten is sent as captured and said.

#include "core/gzipcodec.h"
#include "replay/wirerequestrewriter.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <cmath>
#include <functional>

using namespace Journey;

namespace {

constexpr qint64 shiftMs = 3'600'000 + 250;
const QByteArray suffix = "-r2";

QByteArray q(const char* singleQuoted)
{
    QByteArray text(singleQuoted);
    text.replace('\'', '"');
    return text;
}

QByteArray readData(const QString& name)
{
    QFile file(QStringLiteral(JOURNEY_TEST_DATA "/collector/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll().trimmed();
}

QByteArray formField(const QByteArray& body, const QByteArray& name)
{
    for (const QByteArray& pair : body.split('&')) {
        if (pair.startsWith(QByteArray(name + '='))) {
            QByteArray value = pair.mid(name.size() + 1);
            value.replace('+', ' ');
            return QByteArray::fromPercentEncoding(value);
        }
    }
    return {};
}

/// The JSON a request carries, whatever the encoding (form data, base64, gzip, GET ?data=, NDJSON → array).
QJsonValue payloadOf(const ProviderRequest& request, bool* ok)
{
    QByteArray json = request.body;
    if (request.method == "GET" && request.body.isEmpty()) {
        QByteArray data = QUrlQuery(request.url).queryItemValue(QStringLiteral("data"), QUrl::FullyDecoded).toUtf8();
        json = QByteArray::fromBase64(data.replace(' ', '+'));
    } else if (GzipCodec::looksGzipped(json)) {
        QByteArray out;
        GzipCodec::decompress(json, 1 << 24, out);
        json = out;
    } else if (json.startsWith("data=") || json.contains("&data=") || json.contains("identification=")) {
        QByteArray field = formField(json, "data");
        if (field.isEmpty())
            field = formField(json, "identification");
        json = field.startsWith('[') || field.startsWith('{') ? field : QByteArray::fromBase64(field.replace(' ', '+'));
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError && json.contains('\n')) {
        QJsonArray lines;
        for (const QByteArray& line : json.split('\n'))
            lines.append(QJsonDocument::fromJson(line).object());
        *ok = true;
        return lines;
    }
    *ok = error.error == QJsonParseError::NoError;
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

enum class Check { Id, Iso, Epoch, User };

/// Every value at \a path ("batch/*/messageId") in \a value, by reference through a callback.
void visit(QJsonValue& value, QStringList path, const std::function<void(QJsonValue&)>& f)
{
    if (path.isEmpty()) {
        f(value);
        return;
    }
    const QString head = path.takeFirst();
    if (head == QLatin1String("*") && value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue element = array.at(i);
            visit(element, path, f);
            array[i] = element;
        }
        value = array;
    } else if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (!object.contains(head))
            return;
        QJsonValue member = object.value(head);
        visit(member, path, f);
        object[head] = member;
        value = object;
    }
}

qint64 unitsPerMs(double value)
{
    const double magnitude = std::fabs(value);
    return magnitude >= 1e14 ? 1000 : magnitude >= 1e11 ? 1 : 0;
}

/// Where two JSON values differ first ("batch/2/uuid"), empty when they are equal.
QString firstDifference(const QJsonValue& a, const QJsonValue& b, const QString& path = {})
{
    if (a.type() != b.type())
        return path + QStringLiteral(" (type)");
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys())
            return path + QStringLiteral(" (keys)");
        for (const QString& key : x.keys()) {
            const QString found = firstDifference(x.value(key), y.value(key), path + QLatin1Char('/') + key);
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return path + QStringLiteral(" (size)");
        for (qsizetype i = 0; i < x.size(); ++i) {
            const QString found = firstDifference(x.at(i), y.at(i), path + QLatin1Char('/') + QString::number(i));
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    return a == b ? QString() : path;
}

struct Expectation
{
    const char* path;
    Check check;
};

} // namespace

Q_DECLARE_METATYPE(Expectation)
Q_DECLARE_METATYPE(Journey::CapturedRequest)

class TestWireRequestRewriter : public QObject
{
    Q_OBJECT

private slots:
    void rewritesEachFormat_data();
    void rewritesEachFormat();
    void keepingEverythingSendsTheBodyAsCaptured();
    void urlsKeepBasePathAndAddTheProviderPrefixForTheCollector();
    void whatCannotBeRewrittenIsSentAsCapturedAndSaid();
    void headersDropCookiesLengthsAndMaskedCredentials();
};

void TestWireRequestRewriter::rewritesEachFormat_data()
{
    QTest::addColumn<CapturedRequest>("captured");
    QTest::addColumn<QList<Expectation>>("expectations");
    QTest::addColumn<QByteArray>("contentType"); // expected on the replayed request

    const auto request = [](EventSource source, const QByteArray& method, const QString& path, const QString& query,
                             const QByteArray& contentType, const QByteArray& body) {
        CapturedRequest captured;
        captured.source = source;
        captured.method = method;
        captured.path = path;
        captured.query = query;
        if (!contentType.isEmpty())
            captured.headers.append({ "Content-Type", contentType });
        captured.body = body;
        return captured;
    };
    const QByteArray form = "application/x-www-form-urlencoded";
    const QByteArray jsonType = "application/json";

    QTest::newRow("segment batch") << request(EventSource::Segment, "POST", QStringLiteral("/v1/batch"), {}, jsonType,
        q("{'batch':[{'type':'track','event':'A','userId':'u-1','anonymousId':'a-1','messageId':'m-1',"
          "'timestamp':'2024-01-01T00:00:00.000Z','properties':{'timestamp':'keep','userId':'keep'}},"
          "{'type':'alias','userId':'u-1','previousId':'a-1','messageId':'m-2','originalTimestamp':"
          "'2024-01-01T00:00:01.000Z'}],'sentAt':'2024-01-01T00:00:02.000Z','writeKey':'"
          "\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"
          "abcd'}"))
                                   << QList<Expectation> { { "batch/*/messageId", Check::Id },
                                          { "batch/*/timestamp", Check::Iso },
                                          { "batch/*/originalTimestamp", Check::Iso }, { "sentAt", Check::Iso },
                                          { "batch/*/userId", Check::User }, { "batch/*/anonymousId", Check::User },
                                          { "batch/*/previousId", Check::User } }
                                   << jsonType;
    const QList<Expectation> mixpanelTrack { { "*/properties/$insert_id", Check::Id },
        { "*/properties/time", Check::Epoch }, { "*/properties/distinct_id", Check::User },
        { "*/properties/$device_id", Check::User }, { "*/properties/$user_id", Check::User } };
    QTest::newRow("mixpanel node form base64")
        << request(EventSource::Mixpanel, "POST", QStringLiteral("/mixpanel/track"), QStringLiteral("ip=0&verbose=1"),
               form, readData(QStringLiteral("mixpanel/node-0.24.0-track-batch-form.txt")))
        << mixpanelTrack << form;
    QTest::newRow("mixpanel js form urlencoded json")
        << request(EventSource::Mixpanel, "POST", QStringLiteral("/track/"), QStringLiteral("verbose=1"), form,
               readData(QStringLiteral("mixpanel/js-2.55.0-batch-json-form.txt")))
        << mixpanelTrack << form;
    {
        // The collector keeps a form's data decoded: it goes back as data=<base64>.
        const QByteArray body = formField(readData(QStringLiteral("mixpanel/js-2.55.0-batch-json-form.txt")), "data");
        QTest::newRow("mixpanel form kept decoded") << request(EventSource::Mixpanel, "POST", QStringLiteral("/track/"),
            {}, form, body) << mixpanelTrack << form;
    }
    {
        // GET ?data=<base64>: the collector keeps the payload as the body and a placeholder in the query.
        const QByteArray recorded = readData(QStringLiteral("mixpanel/node-0.24.0-track-get.txt"));
        const QByteArray body = QByteArray::fromBase64(formField(recorded, "data").replace(' ', '+'));
        QTest::newRow("mixpanel GET") << request(EventSource::Mixpanel, "GET", QStringLiteral("/track"),
            QStringLiteral("ip=0&verbose=0&data=(decoded%20into%20the%20body)"), {}, body)
                                      << QList<Expectation> { { "properties/$insert_id", Check::Id },
                                             { "properties/time", Check::Epoch },
                                             { "properties/distinct_id", Check::User } }
                                      << QByteArray();
    }
    QTest::newRow("mixpanel import ndjson")
        << request(EventSource::Mixpanel, "POST", QStringLiteral("/import"), QStringLiteral("strict=1"),
               "application/x-ndjson", readData(QStringLiteral("mixpanel/import-3-records.ndjson")))
        << mixpanelTrack << QByteArray("application/x-ndjson");
    QTest::newRow("amplitude httpapi") << request(EventSource::Amplitude, "POST", QStringLiteral("/2/httpapi"), {},
        jsonType, readData(QStringLiteral("amplitude/node-1.5.0-flush.json")))
                                       << QList<Expectation> { { "events/*/insert_id", Check::Id },
                                              { "events/*/time", Check::Epoch }, { "events/*/user_id", Check::User },
                                              { "events/*/device_id", Check::User },
                                              { "client_upload_time", Check::Iso } }
                                       << jsonType;
    QTest::newRow("amplitude identify form")
        << request(EventSource::Amplitude, "POST", QStringLiteral("/identify"), {}, form,
               readData(QStringLiteral("amplitude/identify-form.txt")))
        << QList<Expectation> { { "*/user_id", Check::User }, { "*/device_id", Check::User } } << form;
    const QList<Expectation> posthogBatch { { "batch/*/uuid", Check::Id }, { "batch/*/timestamp", Check::Iso },
        { "batch/*/distinct_id", Check::User }, { "batch/*/properties/$device_id", Check::User },
        { "batch/*/properties/$anon_distinct_id", Check::User }, { "batch/*/properties/alias", Check::User },
        { "batch/*/properties/distinct_id", Check::User }, { "sent_at", Check::Iso } };
    QTest::newRow("posthog node batch") << request(EventSource::PostHog, "POST", QStringLiteral("/batch/"), {},
        jsonType, readData(QStringLiteral("posthog/node-5.70-batch.json")))
                                        << posthogBatch << jsonType;
    const QList<Expectation> posthogJs { { "*/uuid", Check::Id }, { "*/timestamp", Check::Iso },
        { "*/properties/$time", Check::Epoch }, { "*/properties/$insert_id", Check::Id },
        { "*/properties/distinct_id", Check::User }, { "*/properties/$device_id", Check::User },
        { "*/properties/$anon_distinct_id", Check::User } };
    QTest::newRow("posthog js gzip-js (kept decompressed)") << request(EventSource::PostHog, "POST",
        QStringLiteral("/e/"), QStringLiteral("ip=0&ver=1.200.0&compression=gzip-js"), "text/plain",
        readData(QStringLiteral("posthog/js-1.x-batch.json")))
                                                            << posthogJs << QByteArray("text/plain");
    QTest::newRow("posthog js base64 form (kept decoded)") << request(EventSource::PostHog, "POST",
        QStringLiteral("/i/v0/e/"), QStringLiteral("ver=1.200.0&compression=base64"), form,
        readData(QStringLiteral("posthog/js-1.x-batch.json")))
                                                           << posthogJs << form;
    QTest::newRow("ga4 measurement protocol")
        << request(EventSource::GoogleAnalytics4, "POST", QStringLiteral("/ga4/mp/collect"),
               QStringLiteral("measurement_id=G-TEST&api_secret=%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2cret"), jsonType,
               readData(QStringLiteral("ga4/mp-web.json")))
        << QList<Expectation> { { "timestamp_micros", Check::Epoch }, { "events/*/timestamp_micros", Check::Epoch },
               { "client_id", Check::User }, { "user_id", Check::User } }
        << jsonType;
    QTest::newRow("heap track") << request(EventSource::Heap, "POST", QStringLiteral("/api/track"), {}, jsonType,
        q("{'app_id':'1234567890','identity':'user-42','event':'Order Completed','timestamp':"
          "'2024-06-10T06:13:20.000Z','idempotency_key':'k-1','properties':{'identity':'keep'}}"))
                                << QList<Expectation> { { "identity", Check::User }, { "timestamp", Check::Iso },
                                       { "idempotency_key", Check::Id } }
                                << jsonType;
}

void TestWireRequestRewriter::rewritesEachFormat()
{
    QFETCH(CapturedRequest, captured);
    QFETCH(QList<Expectation>, expectations);
    QFETCH(QByteArray, contentType);

    MessageRewriter::Settings settings;
    settings.shiftMs = shiftMs;
    settings.userSuffix = suffix;
    const WireRequestRewriter rewriter(settings);
    const WireRequestRewriter::Result result
        = rewriter.rewrite(captured, QUrl(QStringLiteral("http://127.0.0.1:1")), false);
    QVERIFY2(result.notes.isEmpty(), qPrintable(result.notes.join(QLatin1String("; "))));
    QCOMPARE(result.request.method, captured.method);

    ProviderRequest original;
    original.method = captured.method;
    original.body = captured.body;
    original.url = QUrl(QStringLiteral("http://x/?") + captured.query);
    bool ok = false;
    QJsonValue before = payloadOf(original, &ok);
    QVERIFY(ok);
    QJsonValue after = payloadOf(result.request, &ok);
    QVERIFY2(ok, result.request.body.left(200).constData());

    int checked = 0;
    for (const Expectation& expectation : expectations) {
        const QStringList path = QString::fromLatin1(expectation.path).split(QLatin1Char('/'));
        QList<QJsonValue> was;
        visit(before, path, [&was](QJsonValue& value) { was.append(value); });
        QList<QJsonValue> is;
        visit(after, path, [&is](QJsonValue& value) { is.append(value); });
        QCOMPARE(is.size(), was.size());
        for (qsizetype i = 0; i < was.size(); ++i) {
            if (was[i].isNull() || was[i].isUndefined())
                continue;
            ++checked;
            switch (expectation.check) {
            case Check::Id:
                QVERIFY2(is[i].toString() != was[i].toString() && is[i].toString().size() == 36,
                    qPrintable(QString::fromLatin1(expectation.path) + QLatin1String(": ") + is[i].toString()));
                break;
            case Check::Iso: {
                const QDateTime a = QDateTime::fromString(was[i].toString(), Qt::ISODateWithMs);
                const QDateTime b = QDateTime::fromString(is[i].toString(), Qt::ISODateWithMs);
                QVERIFY2(a.isValid() && b.isValid(), expectation.path);
                QCOMPARE(a.msecsTo(b), shiftMs);
                break;
            }
            case Check::Epoch: {
                const double a = was[i].isString() ? was[i].toString().toDouble() : was[i].toDouble();
                const double b = is[i].isString() ? is[i].toString().toDouble() : is[i].toDouble();
                const qint64 perMs = unitsPerMs(a);
                const bool wholeSeconds = perMs == 0 && a == std::floor(a);
                const double expected = perMs == 0 ? (wholeSeconds ? std::round(shiftMs / 1000.0) : shiftMs / 1000.0)
                                                   : double(shiftMs * perMs);
                QVERIFY2(std::fabs((b - a) - expected) < 0.002,
                    qPrintable(QStringLiteral("%1: %2 → %3")
                                   .arg(QString::fromLatin1(expectation.path))
                                   .arg(a, 0, 'f', 3)
                                   .arg(b, 0, 'f', 3)));
                break;
            }
            case Check::User:
                QCOMPARE(is[i].toString(), was[i].toString() + QString::fromUtf8(suffix));
                break;
            }
        }
        // With the checked fields made equal again, nothing else may differ.
        const auto blank = [](QJsonValue& value) { value = QJsonValue(QStringLiteral("<checked>")); };
        visit(before, path, blank);
        visit(after, path, blank);
    }
    QVERIFY2(checked > 0, "the data row checks nothing");
    const QString difference = firstDifference(before, after);
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("also changed: ") + difference));
    if (!contentType.isEmpty()) {
        QByteArray sentType;
        for (const auto& [name, value] : result.request.headers) {
            if (name.compare("content-type", Qt::CaseInsensitive) == 0)
                sentType = value;
        }
        QCOMPARE(sentType, contentType);
    }
    // The query travels as captured (a GET's data apart), credentials masked as they were.
    const QUrlQuery sentQuery(result.request.url);
    for (const auto& [name, value] : QUrlQuery(captured.query).queryItems()) {
        if (name != QLatin1String("data"))
            QCOMPARE(sentQuery.queryItemValue(name), value);
    }
}

void TestWireRequestRewriter::keepingEverythingSendsTheBodyAsCaptured()
{
    MessageRewriter::Settings settings;
    settings.regenerateIds = false;
    const WireRequestRewriter rewriter(settings);
    for (const char* name : { "posthog/node-5.70-batch.json", "amplitude/node-1.5.0-flush.json", "ga4/mp-web.json" }) {
        CapturedRequest captured;
        captured.source = QByteArray(name).startsWith("posthog") ? EventSource::PostHog
            : QByteArray(name).startsWith("ga4")                 ? EventSource::GoogleAnalytics4
                                                                 : EventSource::Amplitude;
        captured.path = QStringLiteral("/batch/");
        captured.body = readData(QString::fromLatin1(name));
        captured.headers = { { "Content-Type", "application/json" } };
        const auto result = rewriter.rewrite(captured, QUrl(QStringLiteral("http://127.0.0.1:1")), false);
        QCOMPARE(result.request.body, captured.body);
        QVERIFY(result.notes.isEmpty());
    }
}

void TestWireRequestRewriter::urlsKeepBasePathAndAddTheProviderPrefixForTheCollector()
{
    const WireRequestRewriter rewriter(MessageRewriter::Settings {});
    CapturedRequest captured;
    captured.source = EventSource::Mixpanel;
    captured.path = QStringLiteral("/track");
    captured.query = QStringLiteral("ip=1&verbose=1");
    captured.body = q("[{'event':'A','properties':{'distinct_id':'u'}}]");
    captured.headers = { { "Content-Type", "application/json" } };

    // A raw URL: its path, then the captured path and query.
    QCOMPARE(rewriter.rewrite(captured, QUrl(QStringLiteral("http://h:1/proxy/")), false).request.url.toString(),
        QStringLiteral("http://h:1/proxy/track?ip=1&verbose=1"));
    // The collector: the format's prefix so that the right decoder takes it (Mixpanel's /track is PostHog's too).
    QCOMPARE(rewriter.rewrite(captured, QUrl(QStringLiteral("http://127.0.0.1:8787")), true).request.url.toString(),
        QStringLiteral("http://127.0.0.1:8787/mixpanel/track?ip=1&verbose=1"));
    // A prefix already there is kept, not doubled.
    captured.path = QStringLiteral("/mixpanel/track");
    QCOMPARE(rewriter.rewrite(captured, QUrl(QStringLiteral("http://127.0.0.1:8787")), true).request.url.path(),
        QStringLiteral("/mixpanel/track"));
    captured.source = EventSource::GoogleAnalytics4;
    captured.path = QStringLiteral("/mp/collect");
    QCOMPARE(rewriter.rewrite(captured, QUrl(QStringLiteral("http://127.0.0.1:8787")), true).request.url.path(),
        QStringLiteral("/ga4/mp/collect"));
}

void TestWireRequestRewriter::whatCannotBeRewrittenIsSentAsCapturedAndSaid()
{
    const WireRequestRewriter rewriter(MessageRewriter::Settings {});
    CapturedRequest captured;
    captured.source = EventSource::PostHog;
    captured.path = QStringLiteral("/e/");
    captured.query = QStringLiteral("compression=lz64");
    captured.body = "N4IgLgtg... (lz-string)";
    auto result = rewriter.rewrite(captured, QUrl(QStringLiteral("http://127.0.0.1:1")), false);
    QCOMPARE(result.request.body, captured.body);
    QCOMPARE(result.notes.size(), 1);
    QVERIFY2(result.notes.first().contains(QLatin1String("lz64")), qPrintable(result.notes.first()));

    captured.query.clear();
    captured.body = "not json at all";
    result = rewriter.rewrite(captured, QUrl(QStringLiteral("http://127.0.0.1:1")), false);
    QCOMPARE(result.request.body, captured.body);
    QCOMPARE(result.notes.size(), 1);

    captured.source = EventSource::Unknown;
    captured.body = q("{'messageId':'m'}");
    result = rewriter.rewrite(captured, QUrl(QStringLiteral("http://127.0.0.1:1")), false);
    QCOMPARE(result.request.body, captured.body);
    QCOMPARE(result.notes.size(), 1);
}

void TestWireRequestRewriter::headersDropCookiesLengthsAndMaskedCredentials()
{
    const WireRequestRewriter rewriter(MessageRewriter::Settings {});
    CapturedRequest captured;
    captured.source = EventSource::Segment;
    captured.path = QStringLiteral("/v1/batch");
    captured.body = q("{'batch':[]}");
    captured.headers = { { "Content-Type", "application/json" }, { "User-Agent", "analytics-node/2.0" },
        { "Authorization", "Basic \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2Og==" }, { "Cookie", "sid=1" },
        { "Content-Length", "12" }, { "Host", "api.segment.io" }, { ":authority", "api.segment.io" },
        { "X-Request-Id", "r-1" } };
    const auto result = rewriter.rewrite(captured, QUrl(QStringLiteral("http://127.0.0.1:1")), false);
    QStringList names;
    for (const auto& header : result.request.headers)
        names.append(QString::fromLatin1(header.first));
    QCOMPARE(names,
        (QStringList { QStringLiteral("Content-Type"), QStringLiteral("User-Agent"), QStringLiteral("X-Request-Id") }));
}

QTEST_GUILESS_MAIN(TestWireRequestRewriter)
#include "tst_wirerequestrewriter.moc"

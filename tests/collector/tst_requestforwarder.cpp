// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "collector/requestforwarder.h"
#include "core/gzipcodec.h"
#include "core/secretmasker.h"
#include "httpsink.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Journey;
using namespace JourneyTest;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A request as the collector hands it over: \a target is what followed the provider prefix on the wire.
CollectorRequest collectorRequest(const QByteArray& method, const QString& target, const QByteArray& body = {},
    const Headers& headers = {})
{
    const QUrl url(QStringLiteral("http://127.0.0.1:8787/mixpanel") + target);
    CollectorRequest request;
    request.method = method;
    request.fullPath = url.path();
    request.path = url.path().mid(int(qstrlen("/mixpanel")));
    request.query = QUrlQuery(url);
    request.headers = headers;
    request.body = body;
    request.receivedAt = 1'767'225'600'000;
    request.explicitProvider = true;
    return request;
}

int countHeader(const SinkRequest& request, QByteArrayView name)
{
    int count = 0;
    for (const auto& [key, value] : request.headers)
        count += key.compare(name, Qt::CaseInsensitive) == 0;
    return count;
}

QByteArray headerOf(const Headers& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// A port on 127.0.0.1 nobody listens on (it was free a moment ago).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// Collects what the forwarder reports, by ticket.
class Results : public QObject
{
public:
    explicit Results(RequestForwarder& forwarder)
    {
        connect(&forwarder, &RequestForwarder::finished, this, [this](quint64 ticket, const UpstreamExchange& response) {
            order.append(ticket);
            byTicket.insert(ticket, response);
        });
    }
    bool waitFor(quint64 ticket, int timeoutMs = 20000)
    {
        QElapsedTimer clock;
        clock.start();
        while (!byTicket.contains(ticket) && clock.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        return byTicket.contains(ticket);
    }
    QList<quint64> order;
    QHash<quint64, UpstreamExchange> byTicket;
};

} // namespace

class TestRequestForwarder : public QObject
{
    Q_OBJECT

private slots:
    void sendsTheRequestAsReceived_data();
    void sendsTheRequestAsReceived();
    void hopByHopHeadersAreDropped();
    void repeatedHeadersAreJoined();
    void basePathAndQueryAreKept();
    void upstreamAnswerComesBack();
    void errorAnswersComeBack_data();
    void errorAnswersComeBack();
    void compressedAnswerStaysAsSent();
    void redirectIsReportedNotFollowed();
    void timeout();
    void connectionRefused();
    void connectionClosedWithoutAnswer();
    void hostNotFound();
    void invalidUpstreamUrl();
    void secretsInTheUrlAreMasked();
    void concurrentExchangesKeepTheirTickets();
    void upstreamUrl_data();
    void upstreamUrl();
};

void TestRequestForwarder::sendsTheRequestAsReceived_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Headers>("headers");

    const QByteArray json = "{\"event\":\"Signed up\",\"properties\":{\"token\":\"abc\",\"plan\":\"Pro ✓\"}}";
    const QByteArray gzipped = GzipCodec::compress(json, 9);
    QTest::newRow("POST gzip JSON") << QByteArray("POST") << QStringLiteral("/track/?ip=1&verbose=1")
                                    << gzipped
                                    << Headers { { "Content-Type", "application/json" }, { "Content-Encoding", "gzip" },
                                           { "User-Agent", "mixpanel-node/0.18.0" } };
    QTest::newRow("POST form, encoded query")
        << QByteArray("POST") << QStringLiteral("/track?data=eyJldmVudCI6IkEifQ%3D%3D&_=1767225600000&x=a%2Bb%20c")
        << QByteArray("data=eyJldmVudCI6IkEifQ%3D%3D")
        << Headers { { "Content-Type", "application/x-www-form-urlencoded" } };
    QByteArray binary(256, Qt::Uninitialized);
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(i);
    QTest::newRow("PUT binary") << QByteArray("PUT") << QStringLiteral("/engage/") << binary
                                << Headers { { "Content-Type", "application/octet-stream" } };
    QTest::newRow("GET without body") << QByteArray("GET") << QStringLiteral("/decide/?token=abc&version=3")
                                      << QByteArray() << Headers { { "Accept", "*/*" } };
}

void TestRequestForwarder::sendsTheRequestAsReceived()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(Headers, headers);

    HttpSink sink;
    QVERIFY(sink.start());
    RequestForwarder forwarder;
    Results results(forwarder);
    Headers sent = headers;
    sent.append(qMakePair(QByteArray("Host"), QByteArray("127.0.0.1:8787")));
    sent.append(qMakePair(QByteArray("Content-Length"), QByteArray::number(body.size())));
    sent.append(qMakePair(QByteArray("X-Custom-Header"), QByteArray("kept as is")));
    const quint64 ticket = forwarder.forward(collectorRequest(method, target, body, sent), sink.url());
    QVERIFY(results.waitFor(ticket));
    QCOMPARE(sink.requests().size(), 1);
    const SinkRequest& received = sink.requests().first();
    QCOMPARE(received.method, method);
    QCOMPARE(QString::fromLatin1(received.target), target);
    QCOMPARE(received.wireBody.size(), body.size());
    QVERIFY(received.wireBody == body);
    for (const auto& [name, value] : headers)
        QCOMPARE(received.header(name), value);
    QCOMPARE(received.header("X-Custom-Header"), QByteArray("kept as is"));
    // Host names the upstream, not the collector; Content-Length is the body's, once.
    QCOMPARE(received.header("Host"), QByteArray("127.0.0.1:") + QByteArray::number(sink.port()));
    QCOMPARE(countHeader(received, "Host"), 1);
    if (!body.isEmpty()) {
        QCOMPARE(received.header("Content-Length"), QByteArray::number(body.size()));
        QCOMPARE(countHeader(received, "Content-Length"), 1);
    } else {
        QVERIFY(received.header("Content-Length").isEmpty() || received.header("Content-Length") == "0");
    }
    if (headerOf(headers, "Content-Encoding") == "gzip") {
        // Still gzip on the wire, and the same gzip: the upstream decodes it to the SDK's JSON.
        QVERIFY(received.gzipped);
        QByteArray decoded;
        QCOMPARE(GzipCodec::decompress(received.wireBody, 1 << 20, decoded), GzipCodec::Result::Ok);
        QCOMPARE(received.body, decoded);
        QVERIFY(decoded.startsWith("{\"event\":\"Signed up\""));
    }
    QCOMPARE(results.byTicket.value(ticket).status, 200);
}

void TestRequestForwarder::hopByHopHeadersAreDropped()
{
    HttpSink sink;
    QVERIFY(sink.start());
    RequestForwarder forwarder;
    Results results(forwarder);
    const Headers headers { { "Host", "collector.local:8787" }, { "Connection", "keep-alive, X-Hop-Only" },
        { "Keep-Alive", "timeout=5" }, { "Transfer-Encoding", "chunked" }, { "TE", "trailers" },
        { "Trailer", "X-Checksum" }, { "Upgrade", "h2c" }, { "Proxy-Authorization", "Basic dXNlcjpwYXNz" },
        { "Proxy-Connection", "keep-alive" }, { "X-Hop-Only", "for this hop" }, { "Content-Length", "99999" },
        { "Expect", "100-continue" }, { "Content-Type", "application/json" },
        { "Authorization", "Basic d2tfbGl2ZV8xMjM0Og==" }, { "X-Request-Id", "req-42" } };
    const QByteArray body = "{\"batch\":[]}";
    const quint64 ticket
        = forwarder.forward(collectorRequest("POST", QStringLiteral("/v1/batch"), body, headers), sink.url());
    QVERIFY(results.waitFor(ticket));
    QCOMPARE(sink.requests().size(), 1);
    const SinkRequest& received = sink.requests().first();
    for (const char* dropped : { "Keep-Alive", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Proxy-Authorization",
             "Proxy-Connection", "X-Hop-Only", "Expect" }) {
        QVERIFY2(received.header(dropped).isEmpty(), dropped);
    }
    // Qt speaks for its own connection; the SDK's Connection tokens are not passed on.
    QVERIFY(!received.header("Connection").contains("X-Hop-Only"));
    QCOMPARE(received.header("Host"), QByteArray("127.0.0.1:") + QByteArray::number(sink.port()));
    QCOMPARE(received.header("Content-Length"), QByteArray::number(body.size()));
    QCOMPARE(received.wireBody, body);
    // End-to-end headers pass, credentials included (the upstream needs them).
    QCOMPARE(received.header("Authorization"), QByteArray("Basic d2tfbGl2ZV8xMjM0Og=="));
    QCOMPARE(received.header("X-Request-Id"), QByteArray("req-42"));
    QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
}

void TestRequestForwarder::repeatedHeadersAreJoined()
{
    HttpSink sink;
    QVERIFY(sink.start());
    RequestForwarder forwarder;
    Results results(forwarder);
    const Headers headers { { "X-Dup", "first" }, { "x-dup", "second" }, { "Cookie", "a=1" }, { "Cookie", "b=2" } };
    const quint64 ticket = forwarder.forward(collectorRequest("GET", QStringLiteral("/decide"), {}, headers), sink.url());
    QVERIFY(results.waitFor(ticket));
    QCOMPARE(sink.requests().size(), 1);
    QCOMPARE(sink.requests().first().header("X-Dup"), QByteArray("first, second"));
    QCOMPARE(sink.requests().first().header("Cookie"), QByteArray("a=1; b=2"));
}

void TestRequestForwarder::basePathAndQueryAreKept()
{
    HttpSink sink;
    QVERIFY(sink.start());
    RequestForwarder forwarder;
    Results results(forwarder);
    QUrl base = sink.url();
    base.setPath(QStringLiteral("/staging/"));
    base.setQuery(QStringLiteral("env=stage"));
    const quint64 ticket = forwarder.forward(collectorRequest("POST", QStringLiteral("/v1/batch?x=1"), "{}"), base);
    QVERIFY(results.waitFor(ticket));
    QCOMPARE(sink.requests().size(), 1);
    QCOMPARE(sink.requests().first().target, QByteArray("/staging/v1/batch?env=stage&x=1"));
    QCOMPARE(results.byTicket.value(ticket).url,
        QStringLiteral("http://127.0.0.1:%1/staging/v1/batch?env=stage&x=1").arg(sink.port()));
}

void TestRequestForwarder::upstreamAnswerComesBack()
{
    HttpSink sink;
    QVERIFY(sink.start());
    const QByteArray answer = "{\"status\":1,\"error\":null,\"note\":\"ünïcode ✓\"}";
    sink.script({ SinkResponse::reply(200, answer,
        { { "Content-Type", "application/json; charset=utf-8" }, { "X-Upstream-Id", "up-7" },
            { "Access-Control-Allow-Origin", "*" } }) });
    RequestForwarder forwarder;
    Results results(forwarder);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const quint64 ticket = forwarder.forward(collectorRequest("POST", QStringLiteral("/track/"), "data=x"), sink.url());
    QVERIFY(ticket > 0);
    QVERIFY(results.waitFor(ticket));
    const UpstreamExchange response = results.byTicket.value(ticket);
    QCOMPARE(response.status, 200);
    QVERIFY(response.answered());
    QCOMPARE(response.body, answer);
    QCOMPARE(response.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(headerOf(response.headers, "X-Upstream-Id"), QByteArray("up-7"));
    QCOMPARE(headerOf(response.headers, "Access-Control-Allow-Origin"), QByteArray("*"));
    QCOMPARE(headerOf(response.headers, "Content-Length"), QByteArray::number(answer.size()));
    // In the order the upstream sent them.
    QCOMPARE(response.headers.value(0).first, QByteArray("Content-Type"));
    QCOMPARE(response.headers.value(1).first, QByteArray("X-Upstream-Id"));
    QVERIFY(response.error.isEmpty());
    QVERIFY(!response.timedOut);
    QCOMPARE(response.url, QStringLiteral("http://127.0.0.1:%1/track/").arg(sink.port()));
    QVERIFY(response.sentAt >= before && response.sentAt <= QDateTime::currentMSecsSinceEpoch());
    QVERIFY(response.durationMs >= 0 && response.durationMs < 10000);
    QCOMPARE(forwarder.inFlight(), 0);
}

void TestRequestForwarder::errorAnswersComeBack_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("500") << 500 << QByteArray("{\"error\":\"internal\"}");
    QTest::newRow("404") << 404 << QByteArray("Not Found");
    QTest::newRow("400") << 400 << QByteArray("{\"code\":400,\"error\":\"invalid api_key\"}");
    QTest::newRow("429") << 429 << QByteArray();
    QTest::newRow("503") << 503 << QByteArray("<html>down</html>");
}

void TestRequestForwarder::errorAnswersComeBack()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    HttpSink sink;
    QVERIFY(sink.start());
    sink.script({ SinkResponse::reply(status, body, { { "Content-Type", "text/plain" }, { "Retry-After", "7" } }) });
    RequestForwarder forwarder;
    Results results(forwarder);
    const quint64 ticket = forwarder.forward(collectorRequest("POST", QStringLiteral("/batch"), "{}"), sink.url());
    QVERIFY(results.waitFor(ticket));
    const UpstreamExchange response = results.byTicket.value(ticket);
    // An HTTP answer, whatever its status, is an answer: the SDK gets it as is.
    QCOMPARE(response.status, status);
    QCOMPARE(response.body, body);
    QCOMPARE(response.contentType, QByteArray("text/plain"));
    QCOMPARE(headerOf(response.headers, "Retry-After"), QByteArray("7"));
    QVERIFY2(response.error.isEmpty(), qPrintable(response.error));
    QVERIFY(!response.timedOut);
    QCOMPARE(sink.requests().size(), 1); // not retried
}

void TestRequestForwarder::compressedAnswerStaysAsSent()
{
    HttpSink sink;
    QVERIFY(sink.start());
    const QByteArray json = "{\"status\":\"ok\",\"padding\":\"" + QByteArray(200, 'x') + "\"}";
    const QByteArray gzipped = GzipCodec::compress(json);
    sink.setHandler([&](const SinkRequest& request) {
        if (request.header("Accept-Encoding").contains("gzip"))
            return SinkResponse::reply(200, gzipped, { { "Content-Type", "application/json" }, { "Content-Encoding", "gzip" } });
        return SinkResponse::reply(200, json, { { "Content-Type", "application/json" } });
    });
    RequestForwarder forwarder;
    Results results(forwarder);

    // The SDK accepts gzip: the answer it gets back is the upstream's gzip, with the header that says so.
    const quint64 asked = forwarder.forward(
        collectorRequest("POST", QStringLiteral("/batch"), "{}", { { "Accept-Encoding", "gzip, deflate" } }), sink.url());
    QVERIFY(results.waitFor(asked));
    QCOMPARE(sink.requests().value(0).header("Accept-Encoding"), QByteArray("gzip, deflate"));
    UpstreamExchange response = results.byTicket.value(asked);
    QCOMPARE(response.body, gzipped);
    QCOMPARE(headerOf(response.headers, "Content-Encoding"), QByteArray("gzip"));

    // It did not ask: the upstream is not asked for gzip behind its back.
    const quint64 plain = forwarder.forward(collectorRequest("POST", QStringLiteral("/batch"), "{}"), sink.url());
    QVERIFY(results.waitFor(plain));
    QCOMPARE(sink.requests().value(1).header("Accept-Encoding"), QByteArray("identity"));
    response = results.byTicket.value(plain);
    QCOMPARE(response.body, json);
    QVERIFY(headerOf(response.headers, "Content-Encoding").isEmpty());
}

void TestRequestForwarder::redirectIsReportedNotFollowed()
{
    HttpSink sink;
    QVERIFY(sink.start());
    const QByteArray location = "/moved/track?api_secret=s3cr3t-value-abcd";
    sink.setDefault(SinkResponse::reply(302, "moved", { { "Location", location } }));
    RequestForwarder forwarder;
    Results results(forwarder);
    const quint64 ticket = forwarder.forward(collectorRequest("POST", QStringLiteral("/track"), "data=x"), sink.url());
    QVERIFY(results.waitFor(ticket));
    QTest::qWait(200); // a followed redirect would arrive meanwhile
    QCOMPARE(sink.requests().size(), 1);
    const UpstreamExchange response = results.byTicket.value(ticket);
    QCOMPARE(response.status, 302);
    QCOMPARE(headerOf(response.headers, "Location"), location);
    QCOMPARE(response.body, QByteArray("moved"));
    QVERIFY2(response.error.contains(QStringLiteral("redirect")), qPrintable(response.error));
    QVERIFY2(response.error.contains(QStringLiteral("127.0.0.1:%1/moved/track").arg(sink.port())), qPrintable(response.error));
    QVERIFY2(!response.error.contains(QStringLiteral("s3cr3t-value")), qPrintable(response.error));
}

void TestRequestForwarder::timeout()
{
    HttpSink sink;
    QVERIFY(sink.start());
    sink.setDefault(SinkResponse::hang());
    RequestForwarder forwarder;
    QCOMPARE(forwarder.timeout(), 15000);
    forwarder.setTimeout(300);
    Results results(forwarder);
    QElapsedTimer clock;
    clock.start();
    const quint64 ticket = forwarder.forward(collectorRequest("POST", QStringLiteral("/batch"), "{}"), sink.url());
    QVERIFY(results.waitFor(ticket));
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 290 && elapsed < 5000, QByteArray::number(elapsed).constData());
    QCOMPARE(sink.requests().size(), 1);
    const UpstreamExchange response = results.byTicket.value(ticket);
    QCOMPARE(response.status, 0);
    QVERIFY(!response.answered());
    QVERIFY(response.timedOut);
    QCOMPARE(response.error, QStringLiteral("no answer from 127.0.0.1:%1 within 300 ms").arg(sink.port()));
    QVERIFY(response.durationMs >= 290);
    QCOMPARE(forwarder.inFlight(), 0);
}

void TestRequestForwarder::connectionRefused()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    RequestForwarder forwarder;
    Results results(forwarder);
    const quint64 ticket = forwarder.forward(collectorRequest("POST", QStringLiteral("/batch"), "{}"),
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QVERIFY(results.waitFor(ticket));
    const UpstreamExchange response = results.byTicket.value(ticket);
    QCOMPARE(response.status, 0);
    QVERIFY(!response.timedOut);
    QVERIFY(response.body.isEmpty());
    QVERIFY(response.headers.isEmpty());
    QCOMPARE(response.error,
        QStringLiteral("cannot connect to 127.0.0.1:%1: connection refused (is anything listening there?)").arg(port));
}

void TestRequestForwarder::connectionClosedWithoutAnswer()
{
    HttpSink sink;
    QVERIFY(sink.start());
    sink.setDefault(SinkResponse::close());
    RequestForwarder forwarder;
    Results results(forwarder);
    const quint64 ticket = forwarder.forward(collectorRequest("POST", QStringLiteral("/batch"), "{}"), sink.url());
    QVERIFY(results.waitFor(ticket));
    const UpstreamExchange response = results.byTicket.value(ticket);
    QCOMPARE(response.status, 0);
    QVERIFY(!response.timedOut);
    QVERIFY2(response.error.contains(QStringLiteral("127.0.0.1:%1").arg(sink.port())), qPrintable(response.error));
    QVERIFY2(response.error.contains(QStringLiteral("closed the connection")), qPrintable(response.error));
}

void TestRequestForwarder::hostNotFound()
{
    RequestForwarder forwarder;
    forwarder.setTimeout(10000);
    Results results(forwarder);
    // .invalid never resolves (RFC 6761).
    const quint64 ticket = forwarder.forward(collectorRequest("POST", QStringLiteral("/batch"), "{}"),
        QUrl(QStringLiteral("https://staging-ingest.journey-test.invalid")));
    QVERIFY(results.waitFor(ticket));
    const UpstreamExchange response = results.byTicket.value(ticket);
    QCOMPARE(response.status, 0);
    if (response.timedOut)
        QSKIP("the resolver did not answer within 10 s");
    QCOMPARE(response.error, QStringLiteral("cannot find the host staging-ingest.journey-test.invalid:443: DNS lookup failed"));
}

void TestRequestForwarder::invalidUpstreamUrl()
{
    RequestForwarder forwarder;
    Results results(forwarder);
    const quint64 ticket = forwarder.forward(collectorRequest("POST", QStringLiteral("/batch"), "{}"),
        QUrl(QStringLiteral("ftp://files.example.com/?token=abcdefgh12345678")));
    // Reported from the event loop, not from inside forward().
    QVERIFY(results.byTicket.isEmpty());
    QVERIFY(results.waitFor(ticket));
    const UpstreamExchange response = results.byTicket.value(ticket);
    QCOMPARE(response.status, 0);
    QVERIFY2(response.error.contains(QStringLiteral("not an http:// or https:// URL")), qPrintable(response.error));
    QVERIFY2(response.error.contains(QStringLiteral("ftp://files.example.com")), qPrintable(response.error));
    QVERIFY2(!response.error.contains(QStringLiteral("abcdefgh12345678")), qPrintable(response.error));
}

void TestRequestForwarder::secretsInTheUrlAreMasked()
{
    HttpSink sink;
    QVERIFY(sink.start());
    RequestForwarder forwarder;
    SecretMasker masker;
    const QByteArray known = "proj_token_0123456789ab";
    masker.addKnownSecret(known);
    forwarder.setMasker(masker);
    Results results(forwarder);
    const QString target = QStringLiteral("/collect?measurement_id=G-ABC123&api_secret=Zx9yW8vU7tS6rQ5p&plain=%1&n=1")
                               .arg(QString::fromLatin1(known));
    const quint64 ticket = forwarder.forward(collectorRequest("POST", target, "{}"), sink.url());
    QVERIFY(results.waitFor(ticket));
    // The upstream gets the real values: it needs them.
    QCOMPARE(QString::fromLatin1(sink.requests().value(0).target), target);
    const UpstreamExchange response = results.byTicket.value(ticket);
    const QString url = QUrl::fromPercentEncoding(response.url.toUtf8());
    QVERIFY2(!url.contains(QStringLiteral("Zx9yW8vU7tS6rQ5p")), qPrintable(url));
    QVERIFY2(!url.contains(QString::fromLatin1(known)), qPrintable(url));
    QVERIFY2(url.contains(QStringLiteral("api_secret=••••")), qPrintable(url));
    QVERIFY2(url.contains(QStringLiteral("measurement_id=G-ABC123")), qPrintable(url));
    QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:%1/collect?").arg(sink.port())), qPrintable(url));
    QVERIFY2(url.endsWith(QStringLiteral("&n=1")), qPrintable(url));
}

void TestRequestForwarder::concurrentExchangesKeepTheirTickets()
{
    HttpSink sink;
    QVERIFY(sink.start());
    // Answers in reverse order of arrival: the n-th request waits longer the earlier it came.
    sink.setHandler([](const SinkRequest& request) {
        const int n = request.query.queryItemValue(QStringLiteral("n")).toInt();
        SinkResponse response = SinkResponse::reply(200, "answer " + QByteArray::number(n));
        response.delayMs = (4 - n) * 100;
        return response;
    });
    RequestForwarder forwarder;
    Results results(forwarder);
    QList<quint64> tickets;
    for (int n = 0; n < 4; ++n)
        tickets.append(forwarder.forward(collectorRequest("GET", QStringLiteral("/e?n=%1").arg(n)), sink.url()));
    QCOMPARE(QSet<quint64>(tickets.cbegin(), tickets.cend()).size(), 4);
    QCOMPARE(forwarder.inFlight(), 4);
    for (int n = 0; n < 4; ++n) {
        QVERIFY(results.waitFor(tickets[n]));
        QCOMPARE(results.byTicket.value(tickets[n]).body, QByteArray("answer " + QByteArray::number(n)));
    }
    QCOMPARE(forwarder.inFlight(), 0);
}

void TestRequestForwarder::upstreamUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host only") << "https://api.mixpanel.com" << "/track/?ip=1" << "https://api.mixpanel.com/track/?ip=1";
    QTest::newRow("trailing slash") << "https://api.mixpanel.com/" << "/track" << "https://api.mixpanel.com/track";
    QTest::newRow("base path") << "http://staging:8080/ingest" << "/v1/batch" << "http://staging:8080/ingest/v1/batch";
    QTest::newRow("root") << "https://e.example.com" << "/" << "https://e.example.com/";
    QTest::newRow("encoded path") << "https://e.example.com" << "/a%20b/c" << "https://e.example.com/a%20b/c";
}

void TestRequestForwarder::upstreamUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    const QUrl url = RequestForwarder::upstreamUrl(collectorRequest("POST", target), QUrl(base));
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
}

QTEST_GUILESS_MAIN(TestRequestForwarder)
#include "tst_requestforwarder.moc"

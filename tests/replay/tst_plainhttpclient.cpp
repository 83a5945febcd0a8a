// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT

// The lean HTTP/1.1 client replay uses for http:// targets, against a raw loopback server that answers exactly
// as scripted: Content-Length, chunked and close-delimited answers, one write per request, keep-alive reuse, a
// retry when the server has closed an idle kept-alive connection, refused connections and timeouts.

#include "replay/plainhttpclient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Journey;

namespace {

/// Answers each complete request (headers + Content-Length body) with the next scripted bytes; an empty script
/// entry closes the connection without answering; with closeAfterAnswer the connection is closed after it.
class RawServer : public QObject
{
public:
    QList<QByteArray> script;
    bool closeAfterAnswer = false;
    int connections = 0;
    QList<QByteArray> requests;
    QList<int> readsPerRequest; ///< how many reads a request arrived in

    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString& path = QStringLiteral("/v1/batch")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    RawServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                auto* buffer = new QByteArray;
                auto* reads = new int(0);
                connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer, reads] {
                    delete buffer;
                    delete reads;
                    socket->deleteLater();
                });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, reads] {
                    *buffer += socket->readAll();
                    ++*reads;
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const qsizetype at = buffer->toLower().indexOf("content-length: ");
                    const qsizetype length = at >= 0 && at < end
                        ? buffer->mid(at + 16, buffer->indexOf("\r\n", at) - at - 16).toLongLong()
                        : 0;
                    if (buffer->size() < end + 4 + length)
                        return;
                    requests.append(buffer->left(end + 4 + length));
                    readsPerRequest.append(*reads);
                    buffer->remove(0, end + 4 + length);
                    *reads = 0;
                    const QByteArray answer = script.isEmpty()
                        ? QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
                        : script.takeFirst();
                    if (answer.isEmpty()) {
                        socket->close();
                        return;
                    }
                    socket->write(answer);
                    if (closeAfterAnswer)
                        socket->disconnectFromHost();
                });
            }
        });
    }

private:
    QTcpServer m_server;
};

struct Outcome
{
    bool done = false;
    PlainHttpClient::Response response;
};

Outcome send(PlainHttpClient& client, const QUrl& url, const QByteArray& body = "{\"batch\":[]}", int timeoutMs = 5000)
{
    auto outcome = std::make_shared<Outcome>();
    client.send(url, "POST", { { "Content-Type", "application/json" } }, body, timeoutMs,
        [outcome](const PlainHttpClient::Response& response) {
            outcome->done = true;
            outcome->response = response;
        });
    if (!QTest::qWaitFor([&outcome] { return outcome->done; }, timeoutMs + 5000))
        qWarning("no callback");
    return *outcome;
}

} // namespace

class TestPlainHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void readsEachKindOfAnswer_data();
    void readsEachKindOfAnswer();
    void keepsConnectionsAliveAndWritesOnce();
    void retriesOnceWhenAKeptConnectionWasClosed();
    void reportsRefusedTimeoutAndCancel();
};

void TestPlainHttpClient::readsEachKindOfAnswer_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("content-length") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"success\":true}")
                                    << false << 200 << QByteArray("{\"success\":true}");
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: "
                                           "chunked\r\n\r\n5\r\n{\"err\r\nA;x=1\r\nor\":\"bad\"}\r\n0\r\n\r\n")
                             << false << 400 << QByteArray("{\"error\":\"bad\"}");
    QTest::newRow("until close") << QByteArray("HTTP/1.0 503 Service Unavailable\r\n\r\nbusy") << true << 503
                                 << QByteArray("busy");
    QTest::newRow("no content") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << 204 << QByteArray();
}

void TestPlainHttpClient::readsEachKindOfAnswer()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, closeAfter);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    RawServer server;
    QVERIFY(server.start());
    server.script = { answer };
    server.closeAfterAnswer = closeAfter;
    PlainHttpClient client;
    const Outcome outcome = send(client, server.url(QStringLiteral("/v1/batch?x=1")));
    QCOMPARE(outcome.response.status, status);
    QCOMPARE(outcome.response.body, body);
    QVERIFY(outcome.response.error.isEmpty());
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(server.requests.first().startsWith("POST /v1/batch?x=1 HTTP/1.1\r\nHost: 127.0.0.1:"));
    QVERIFY(server.requests.first().endsWith("Content-Length: 12\r\n\r\n{\"batch\":[]}"));
    QCOMPARE(client.inFlight(), 0);
}

void TestPlainHttpClient::keepsConnectionsAliveAndWritesOnce()
{
    RawServer server;
    QVERIFY(server.start());
    PlainHttpClient client;
    const QByteArray body(200 * 1024, 'x');
    for (int i = 0; i < 5; ++i)
        QCOMPARE(send(client, server.url(), body).response.status, 200);
    QCOMPARE(server.requests.size(), 5);
    QCOMPARE(server.connections, 1); // kept alive, reused
    // Two at once: two connections.
    auto first = std::make_shared<Outcome>();
    auto second = std::make_shared<Outcome>();
    client.send(server.url(), "POST", {}, "{}", 5000, [first](const PlainHttpClient::Response& r) {
        first->done = true;
        first->response = r;
    });
    client.send(server.url(), "POST", {}, "{}", 5000, [second](const PlainHttpClient::Response& r) {
        second->done = true;
        second->response = r;
    });
    QCOMPARE(client.inFlight(), 2);
    QTRY_VERIFY(first->done && second->done);
    QCOMPARE(server.connections, 2);
}

void TestPlainHttpClient::retriesOnceWhenAKeptConnectionWasClosed()
{
    RawServer server;
    QVERIFY(server.start());
    PlainHttpClient client;
    QCOMPARE(send(client, server.url()).response.status, 200);
    // The server drops the next request on the kept connection without answering: sent again on a new one.
    server.script = { QByteArray(), QByteArray("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n") };
    const Outcome outcome = send(client, server.url());
    QVERIFY2(outcome.response.error.isEmpty(), qPrintable(outcome.response.error));
    QCOMPARE(outcome.response.status, 202);
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(server.connections, 2);
    // On a fresh connection there is no second try: the failure is reported.
    PlainHttpClient fresh;
    server.script = { QByteArray() };
    const Outcome dropped = send(fresh, server.url());
    QCOMPARE(dropped.response.status, 0);
    QCOMPARE(dropped.response.error, QStringLiteral("connection closed by the server before it answered"));
}

void TestPlainHttpClient::reportsRefusedTimeoutAndCancel()
{
    quint16 port = 0;
    {
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        port = gone.serverPort();
    }
    PlainHttpClient client;
    const Outcome refused = send(client, QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
    QCOMPARE(refused.response.error, QStringLiteral("connection refused"));

    QTcpServer silent; // accepts, never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const Outcome timedOut
        = send(client, QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(silent.serverPort())), "{}", 300);
    QVERIFY(timedOut.response.timedOut);
    QCOMPARE(timedOut.response.error, QStringLiteral("no answer within the timeout"));

    auto cancelled = std::make_shared<Outcome>();
    client.send(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(silent.serverPort())), "POST", {}, "{}", 60000,
        [cancelled](const PlainHttpClient::Response& r) {
            cancelled->done = true;
            cancelled->response = r;
        });
    client.abortAll();
    QVERIFY(cancelled->done); // at once
    QCOMPARE(cancelled->response.error, QStringLiteral("cancelled"));
    QCOMPARE(client.inFlight(), 0);
}

QTEST_GUILESS_MAIN(TestPlainHttpClient)
#include "tst_plainhttpclient.moc"

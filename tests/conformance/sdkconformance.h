// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// What the official-SDK conformance tests share: a collector started in-process on 127.0.0.1, port 0, with a
// temporary store; one run of a driver script (`node SCRIPT URL RUNID KEY`) with the pinned SDK; and the stored
// events and requests read back as JSON. Each tst_<sdk>sdk.cpp then checks the canonical events field by field.
#pragma once

#include "collector/collector.h"
#include "config/collectorconfig.h"
#include "core/eventbatch.h"
#include "core/timestamp.h"
#include "store/eventfilter.h"
#include "store/eventrecorder.h"
#include "store/storedrequest.h"
#include "store/storereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <optional>

namespace Journey::SdkConformance {

/// ISO 8601 UTC with milliseconds: the only timestamp form a canonical event carries.
inline const QRegularExpression canonicalTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));

inline QString conformanceDir()
{
    return QString::fromUtf8(JOURNEY_CONFORMANCE_DIR);
}

inline QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

/// JSON written with single quotes (moc in Qt 6.4 trips over some raw string literals): 'a' → "a".
inline QByteArray q(const char* singleQuoted)
{
    QByteArray json(singleQuoted);
    json.replace('\'', '"');
    return json;
}

inline QJsonObject object(const char* singleQuoted)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(q(singleQuoted), &error);
    Q_ASSERT_X(document.isObject(), "SdkConformance::object", qPrintable(error.errorString()));
    return document.object();
}

inline QJsonArray array(const char* singleQuoted)
{
    return QJsonDocument::fromJson(q(singleQuoted)).array();
}

inline QString iso(qint64 ms)
{
    return Timestamp::toIso8601String(ms);
}

inline QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>>& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// The version field of a package.json (empty when it cannot be read).
inline QString packageVersion(const QString& packageJson)
{
    QFile file(packageJson);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("version")).toString();
}

/// The exact version tests/conformance/package.json pins for \a package.
inline QString pinnedVersion(const QString& package)
{
    QFile file(conformanceDir() + QStringLiteral("/package.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("dependencies"))
        .toObject()
        .value(package)
        .toString();
}

/*!
 * Why the test for \a package cannot run here (empty when it can): node_modules not installed (a skip), or
 * installed without `node` on PATH or at another version than the pinned one (a failure). \a skip tells which.
 */
inline QString sdkUnavailable(const QString& package, bool* skip)
{
    const QString manifest = conformanceDir() + QStringLiteral("/node_modules/") + package + QStringLiteral("/package.json");
    *skip = false;
    if (!QFileInfo::exists(manifest)) {
        *skip = true;
        return QStringLiteral("the pinned %1 is not installed: run `npm ci` in %2 (scripts/test.sh does this before ctest)")
            .arg(package, QDir::toNativeSeparators(conformanceDir()));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("node_modules is installed but there is no `node` on PATH to run the SDK");
    const QString pinned = pinnedVersion(package);
    const QString installed = packageVersion(manifest);
    if (pinned.isEmpty() || installed != pinned)
        return QStringLiteral("%1: package.json pins %2 but %3 is installed: run `npm ci`").arg(package, pinned, installed);
    return {};
}

/// In initTestCase(): skips the test when the SDK is not installed, fails when it is not the pinned version.
#define JOURNEY_REQUIRE_SDK(package)                                                                                   \
    do {                                                                                                               \
        bool skipSdk = false;                                                                                          \
        const QString why = ::Journey::SdkConformance::sdkUnavailable(QStringLiteral(package), &skipSdk);              \
        if (skipSdk)                                                                                                   \
            QSKIP(qPrintable(why));                                                                                    \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                                      \
    } while (false)

/// What one run of a driver script produced.
struct NodeRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    qint64 startedAt = 0; ///< ms since epoch, just before node started
    qint64 finishedAt = 0;
    /// The script's report on stdout: a JSON object (what the SDK sent, what the flag calls returned, …).
    QJsonObject report;

    bool ok() const { return finished && exitCode == 0; }
    QByteArray diagnostics() const
    {
        return "exit " + QByteArray::number(exitCode) + (finished ? "" : " (timed out)") + "\nstdout: " + out
            + "\nstderr: " + err;
    }
};

/*!
 * A collector on 127.0.0.1 (port 0: a free one) recording into a store in a temporary folder, and the way to
 * drive an SDK at it and read back what it stored.
 */
class CollectorUnderTest
{
public:
    bool start(const CollectorConfig& baseConfig, QString* error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder: ") + m_dir.errorString();
            return false;
        }
        m_storePath = m_dir.filePath(QStringLiteral("journey.db"));
        m_recorder = std::make_unique<EventRecorder>(m_storePath);
        if (!m_recorder->start(error))
            return false;
        m_collector = std::make_unique<Collector>(m_recorder.get());
        CollectorConfig config = baseConfig;
        config.host = QStringLiteral("127.0.0.1");
        config.port = 0;
        return m_collector->startAndWait(config, error);
    }

    ~CollectorUnderTest() { stop(); }

    void stop()
    {
        if (m_collector)
            m_collector->stop();
        if (m_recorder)
            m_recorder->stop();
        m_collector.reset();
        m_recorder.reset();
    }

    /// "http://127.0.0.1:PORT" without a trailing slash.
    QString url() const
    {
        QString text = m_collector->url().toString();
        while (text.endsWith(u'/'))
            text.chop(1);
        return text;
    }
    quint16 port() const { return m_collector->port(); }
    Collector& collector() { return *m_collector; }
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

    /*!
     * Runs `node SCRIPT ARGS…` in tests/conformance with no proxy settings from the caller's environment (some
     * SDKs honour them) plus \a extraEnvironment, waits up to \a timeoutMs, then waits until everything the
     * collector received is committed. The last line of stdout, when it is a JSON object, becomes run.report.
     */
    NodeRun runNode(const QString& script, const QStringList& arguments,
        const QProcessEnvironment& extraEnvironment = {}, int timeoutMs = 90000)
    {
        NodeRun run;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : { "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy",
                 "NO_PROXY", "no_proxy", "NODE_OPTIONS", "NODE_EXTRA_CA_CERTS", "NODE_TLS_REJECT_UNAUTHORIZED" })
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
        for (const QString& name : extraEnvironment.keys())
            environment.insert(name, extraEnvironment.value(name));

        QProcess node;
        node.setProcessEnvironment(environment);
        node.setWorkingDirectory(conformanceDir());
        run.startedAt = Timestamp::nowMs();
        node.start(QStandardPaths::findExecutable(QStringLiteral("node")), QStringList { script } + arguments);
        if (!node.waitForStarted(10000)) {
            run.err = node.errorString().toUtf8();
            return run;
        }
        run.finished = node.waitForFinished(timeoutMs);
        if (!run.finished) {
            node.kill();
            node.waitForFinished(5000);
        }
        run.finishedAt = Timestamp::nowMs();
        run.exitCode = node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1;
        run.out = node.readAllStandardOutput();
        run.err = node.readAllStandardError();
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        if (!lines.isEmpty())
            run.report = QJsonDocument::fromJson(lines.last()).object();
        m_recorder->waitForCommitted();
        return run;
    }

    /// Every stored event, oldest first, with payloads.
    bool readEvents(EventBatch& events, QString* error)
    {
        if (!openReader(error))
            return false;
        return m_reader->scan(
            EventFilter(), true,
            [&events](const EventBatch& batch) {
                events.appendAll(batch);
                return true;
            },
            error);
    }

    std::optional<StoredRequest> request(qint64 id, QString* error)
    {
        if (!openReader(error))
            return std::nullopt;
        return m_reader->request(id, error);
    }

    /// The rejected requests, as "STATUS METHOD PATH: error" lines, for failure messages.
    QByteArray rejectedSummary()
    {
        QString error;
        QList<StoredRequest> rejected;
        if (!openReader(&error) || !m_reader->rejectedRequests(0, 50, rejected, &error))
            return error.toUtf8();
        QByteArray summary;
        for (const StoredRequest& request : std::as_const(rejected)) {
            summary += QByteArray::number(request.status) + ' ' + request.method.toUtf8() + ' ' + request.path.toUtf8()
                + (request.query.isEmpty() ? QByteArray() : '?' + request.query.left(80).toUtf8()) + ": "
                + request.error.toUtf8() + '\n';
        }
        return summary;
    }

private:
    bool openReader(QString* error)
    {
        if (m_reader)
            return true;
        m_reader = std::make_unique<StoreReader>(m_storePath);
        if (m_reader->open(true, error))
            return true;
        m_reader.reset();
        return false;
    }

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<EventRecorder> m_recorder;
    std::unique_ptr<Collector> m_collector;
    std::unique_ptr<StoreReader> m_reader;
};

/// Event \a i of \a events: its canonical message.
inline QJsonObject message(const EventBatch& events, int i)
{
    return QJsonDocument::fromJson(events.payload(i).toByteArray()).object();
}

/// A short run id, so that every run's ids are its own.
inline QString newRunId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

/// The stored event whose canonical messageId is \a messageId (-1 when none).
inline int indexOfMessageId(const EventBatch& events, QByteArrayView messageId)
{
    for (int i = 0; i < events.size(); ++i) {
        if (events.messageId(i) == messageId)
            return i;
    }
    return -1;
}

/// The stored events of \a type whose name (track event, page/screen name) is \a name.
inline QList<int> indexesOf(const EventBatch& events, EventType type, QByteArrayView name = {})
{
    QList<int> found;
    for (int i = 0; i < events.size(); ++i) {
        if (events.type(i) == type && (name.isNull() || events.name(i) == name))
            found.append(i);
    }
    return found;
}

} // namespace Journey::SdkConformance

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "journeyapi.h"

#include "core/timestamp.h"
#include "store/eventrecorder.h"
#include "store/storereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <array>

namespace Journey {

namespace {

constexpr int defaultPageSize = 100;
constexpr int maxPageSize = 1000;
constexpr int defaultWaitMs = 10'000;
constexpr int maxWaitMs = 300'000;
constexpr int eventsListedByWait = 100; ///< matching events returned by /journey/wait, the first ones
constexpr int readChunk = 5000;

void appendJsonString(QByteArray& out, QByteArrayView text)
{
    out.append(QJsonDocument(QJsonArray { QString::fromUtf8(text) }).toJson(QJsonDocument::Compact).sliced(1).chopped(1));
}

/// `{"id":…,"source":"…","receivedAt":"…","requestId":…,"message":{…}}`
void appendEvent(QByteArray& out, const EventBatch& events, int index)
{
    out.append("{\"id\":").append(QByteArray::number(events.id(index)));
    out.append(",\"source\":");
    appendJsonString(out, eventSourceName(events.source(index)));
    out.append(",\"type\":");
    appendJsonString(out, eventTypeName(events.type(index)));
    out.append(",\"receivedAt\":\"").append(Timestamp::toIso8601(events.receivedAt(index))).append('"');
    out.append(",\"requestId\":").append(QByteArray::number(events.requestId(index)));
    out.append(",\"message\":").append(events.payload(index)).append('}');
}

std::optional<int> boundedNumber(const CollectorRequest& request, const QString& name, int fallback, int min, int max,
    QString* error)
{
    if (!request.hasQueryValue(name))
        return fallback;
    bool ok = false;
    const int value = EventQuery::formValue(request.query, name).toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("%1: \"%2\" is not a whole number from %3 to %4")
                     .arg(name, EventQuery::formValue(request.query, name))
                     .arg(min)
                     .arg(max);
        return std::nullopt;
    }
    return value;
}

/// "5000", "5000ms", "5s", "1.5s" → milliseconds.
std::optional<int> parseDuration(const QString& text)
{
    QString number = text.trimmed();
    double scale = 1;
    if (number.endsWith(QLatin1String("ms"))) {
        number.chop(2);
    } else if (number.endsWith(QLatin1Char('s'))) {
        number.chop(1);
        scale = 1000;
    }
    bool ok = false;
    const double value = number.toDouble(&ok) * scale;
    if (!ok || value < 0 || value > maxWaitMs)
        return std::nullopt;
    return int(value);
}

} // namespace

/// The store reader on the API's own thread.
class JourneyApi::Reader : public QObject
{
public:
    explicit Reader(const QString& storePath)
        : m_storePath(storePath)
    {
    }

    StoreReader* reader(QString* error)
    {
        if (!m_reader) {
            auto reader = std::make_unique<StoreReader>(m_storePath);
            if (!reader->open(false, error))
                return nullptr;
            m_reader = std::move(reader);
        }
        return m_reader.get();
    }

private:
    QString m_storePath;
    std::unique_ptr<StoreReader> m_reader;
};

struct JourneyApi::Waiter
{
    EventQuery query;
    int wanted = 1;
    int matched = 0;
    qint64 lastId = 0;
    QByteArray eventsJson; ///< the first matches, comma-separated
    int listed = 0;
    QTimer* timer = nullptr;
    Respond respond;
    bool scanning = false;
    bool dirty = false; ///< a commit arrived during a scan: scan again
    bool done = false;
    quint64 generation = 0; ///< bumped by reset: a scan started before it reports nothing
};

JourneyApi::JourneyApi(EventRecorder* recorder, const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_recorder(recorder)
{
    m_thread.setObjectName(QStringLiteral("journey-api"));
    m_reader = new Reader(storePath);
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread.start();
    connect(m_recorder, &EventRecorder::committed, this, &JourneyApi::onCommitted);
    connect(m_recorder, &EventRecorder::cleared, this, &JourneyApi::onCleared);
}

JourneyApi::~JourneyApi()
{
    for (const auto& waiter : m_waiters) {
        if (!waiter->done && waiter->respond)
            waiter->respond(error(503, QStringLiteral("the collector is stopping")));
    }
    m_thread.quit();
    m_thread.wait();
}

QStringList JourneyApi::paths()
{
    return { QStringLiteral("GET /journey/events"), QStringLiteral("GET /journey/summary"),
        QStringLiteral("GET /journey/rejected"), QStringLiteral("POST /journey/reset"), QStringLiteral("GET /journey/wait") };
}

CollectorReply JourneyApi::json(int status, const QByteArray& body)
{
    return CollectorReply { status, body, QByteArrayLiteral("application/json"), 0 };
}

CollectorReply JourneyApi::error(int status, const QString& message)
{
    return json(status, QJsonDocument(QJsonObject { { QStringLiteral("error"), message } }).toJson(QJsonDocument::Compact));
}

void JourneyApi::handle(const CollectorRequest& request, Respond respond)
{
    QStringView path(request.fullPath);
    if (path.endsWith(u'/'))
        path.chop(1);
    struct Route
    {
        const char16_t* path;
        const char* method;
    };
    static constexpr std::array<Route, 5> routes { { { u"/journey/events", "GET" }, { u"/journey/summary", "GET" },
        { u"/journey/rejected", "GET" }, { u"/journey/reset", "POST" }, { u"/journey/wait", "GET" } } };
    for (size_t i = 0; i < routes.size(); ++i) {
        if (path != QStringView(routes[i].path))
            continue;
        if (request.method != routes[i].method) {
            respond(error(405, QStringLiteral("%1 takes %2, not %3")
                                   .arg(path.toString(), QLatin1String(routes[i].method), QString::fromLatin1(request.method))));
            return;
        }
        switch (i) {
        case 0:
            return events(request, std::move(respond));
        case 1:
            return summary(std::move(respond));
        case 2:
            return rejected(request, std::move(respond));
        case 3:
            return reset(std::move(respond));
        default:
            return wait(request, std::move(respond));
        }
    }
    respond(error(404, QStringLiteral("no API at %1; the test API has %2")
                           .arg(request.fullPath, paths().join(QLatin1String(", ")))));
}

void JourneyApi::events(const CollectorRequest& request, Respond respond)
{
    auto query = std::make_shared<EventQuery>();
    QString problem;
    if (!query->parse(request.query, &problem)) {
        respond(error(400, problem));
        return;
    }
    const auto limit = boundedNumber(request, QStringLiteral("limit"), defaultPageSize, 1, maxPageSize, &problem);
    if (!limit) {
        respond(error(400, problem));
        return;
    }
    qint64 after = 0;
    if (request.hasQueryValue(QStringLiteral("after"))) {
        bool ok = false;
        after = EventQuery::formValue(request.query, QStringLiteral("after")).toLongLong(&ok);
        if (!ok || after < 0) {
            respond(error(400, QStringLiteral("after: \"%1\" is not an event id").arg(EventQuery::formValue(request.query, QStringLiteral("after")))));
            return;
        }
    }
    QMetaObject::invokeMethod(m_reader, [this, reader = m_reader, recorder = m_recorder, query, limit = *limit, after, respond]() {
        QString problem;
        // What the collector has acknowledged is what the answer covers, committed or still in the journal.
        recorder->waitForCommitted();
        StoreReader* store = reader->reader(&problem);
        QByteArray body;
        int status = 200;
        if (!store) {
            status = 503;
        } else {
            body = "{\"events\":[";
            int found = 0;
            qint64 cursor = after;
            bool more = true;
            while (found < limit && more) {
                EventBatch chunk;
                if (!store->readForward(query->filter(), cursor, readChunk, chunk, &problem)) {
                    status = 503;
                    break;
                }
                more = chunk.size() == readChunk;
                for (int i = 0; i < chunk.size() && found < limit; ++i) {
                    cursor = chunk.id(i);
                    if (!query->matches(chunk, i))
                        continue;
                    if (found++)
                        body.append(',');
                    appendEvent(body, chunk, i);
                }
                if (found >= limit) {
                    // Whether anything is left after the page decides `next`.
                    more = true;
                }
            }
            body.append("],\"count\":").append(QByteArray::number(found));
            body.append(",\"next\":").append(more && found >= limit ? QByteArray::number(cursor) : QByteArray("null"));
            body.append('}');
        }
        const CollectorReply reply = status == 200 ? json(200, body) : error(503, problem);
        QMetaObject::invokeMethod(this, [respond, reply]() { respond(reply); });
    });
}

void JourneyApi::summary(Respond respond)
{
    QMetaObject::invokeMethod(m_reader, [this, reader = m_reader, recorder = m_recorder, respond]() {
        QString problem;
        // What the collector has acknowledged is what the answer covers, committed or still in the journal.
        recorder->waitForCommitted();
        StoreReader* store = reader->reader(&problem);
        StoreStats stats;
        std::array<qint64, 64> bySource {};
        std::array<qint64, eventTypeCount + 1> byType {};
        std::array<qint64, 4> byValidation {};
        bool ok = store && store->stats(stats, &problem);
        if (ok) {
            ok = store->scan(EventFilter(), false,
                [&](const EventBatch& events) {
                    for (int i = 0; i < events.size(); ++i) {
                        ++bySource[size_t(events.source(i)) % bySource.size()];
                        ++byType[size_t(events.type(i)) % byType.size()];
                        ++byValidation[size_t(events.validation(i)) % byValidation.size()];
                    }
                    return true;
                },
                &problem);
        }
        CollectorReply reply;
        if (!ok) {
            reply = error(503, problem);
        } else {
            qint64 total = 0;
            // The plan events are checked against now (null: none; "" for a plan without a name).
            QString planName;
            if (const EventValidatorPtr validator = recorder->validator(); validator && validator->plan())
                planName = validator->plan()->plan().name.isNull() ? QStringLiteral("") : validator->plan()->plan().name;
            QJsonObject providers;
            for (size_t source = 0; source < bySource.size(); ++source) {
                if (bySource[source] == 0)
                    continue;
                total += bySource[source];
                providers.insert(QString::fromLatin1(eventSourceName(EventSource(source))), bySource[source]);
            }
            QJsonObject types;
            for (int type = 0; type <= eventTypeCount; ++type) {
                const QByteArrayView name = eventTypeName(EventType(type));
                if (!name.isEmpty() && byType[size_t(type)] > 0)
                    types.insert(QString::fromLatin1(name), byType[size_t(type)]);
            }
            const QJsonObject body { { QStringLiteral("events"), total }, { QStringLiteral("providers"), providers },
                { QStringLiteral("types"), types },
                { QStringLiteral("validation"),
                    QJsonObject { { QStringLiteral("trackingPlan"), planName.isNull() ? QJsonValue() : QJsonValue(planName) },
                        { QStringLiteral("valid"), byValidation[size_t(ValidationState::Valid)] },
                        { QStringLiteral("warning"), byValidation[size_t(ValidationState::Warning)] },
                        { QStringLiteral("invalid"), byValidation[size_t(ValidationState::Invalid)] },
                        { QStringLiteral("unchecked"), byValidation[size_t(ValidationState::Unchecked)] } } },
                { QStringLiteral("requests"), stats.requests },
                { QStringLiteral("rejectedRequests"), stats.rejectedRequests },
                { QStringLiteral("lastEventId"), stats.lastEventId } };
            reply = json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
        QMetaObject::invokeMethod(this, [respond, reply]() { respond(reply); });
    });
}

void JourneyApi::rejected(const CollectorRequest& request, Respond respond)
{
    QString problem;
    const auto limit = boundedNumber(request, QStringLiteral("limit"), defaultPageSize, 1, maxPageSize, &problem);
    if (!limit) {
        respond(error(400, problem));
        return;
    }
    qint64 before = 0;
    if (request.hasQueryValue(QStringLiteral("before")))
        before = EventQuery::formValue(request.query, QStringLiteral("before")).toLongLong();
    QMetaObject::invokeMethod(m_reader, [this, reader = m_reader, recorder = m_recorder, limit = *limit, before, respond]() {
        QString problem;
        // What the collector has acknowledged is what the answer covers, committed or still in the journal.
        recorder->waitForCommitted();
        StoreReader* store = reader->reader(&problem);
        QList<StoredRequest> requests;
        CollectorReply reply;
        if (!store || !store->rejectedRequests(before, limit, requests, &problem)) {
            reply = error(503, problem);
        } else {
            QJsonArray list;
            for (const StoredRequest& stored : std::as_const(requests)) {
                QJsonObject headers;
                for (const auto& [name, value] : stored.headers)
                    headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
                list.append(QJsonObject { { QStringLiteral("id"), stored.id },
                    { QStringLiteral("receivedAt"), Timestamp::toIso8601String(stored.receivedAt) },
                    { QStringLiteral("source"), QString::fromLatin1(eventSourceName(stored.source)) },
                    { QStringLiteral("method"), stored.method }, { QStringLiteral("path"), stored.path },
                    { QStringLiteral("query"), stored.query }, { QStringLiteral("status"), stored.status },
                    { QStringLiteral("reason"), stored.error }, { QStringLiteral("headers"), headers },
                    { QStringLiteral("body"), QString::fromUtf8(stored.body) } });
            }
            const QJsonObject body { { QStringLiteral("requests"), list },
                { QStringLiteral("next"),
                    requests.size() == limit ? QJsonValue(requests.constLast().id) : QJsonValue(QJsonValue::Null) } };
            reply = json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
        QMetaObject::invokeMethod(this, [respond, reply]() { respond(reply); });
    });
}

void JourneyApi::reset(Respond respond)
{
    m_resets.push_back(std::move(respond));
    m_recorder->clearStore();
}

void JourneyApi::onCleared(bool ok, const QString& message)
{
    for (const auto& waiter : m_waiters) {
        // Counting starts over with the store.
        waiter->matched = 0;
        waiter->listed = 0;
        waiter->lastId = 0;
        waiter->eventsJson.clear();
        ++waiter->generation;
        if (waiter->scanning)
            waiter->dirty = true;
    }
    std::list<Respond> resets;
    resets.swap(m_resets);
    for (const Respond& respond : resets) {
        respond(ok ? json(200, QByteArrayLiteral("{\"reset\":true}"))
                   : error(500, QStringLiteral("the store could not be cleared: %1").arg(message)));
    }
}

void JourneyApi::wait(const CollectorRequest& request, Respond respond)
{
    auto waiter = std::make_shared<Waiter>();
    QString problem;
    if (!waiter->query.parse(request.query, &problem)) {
        respond(error(400, problem));
        return;
    }
    const auto count = boundedNumber(request, QStringLiteral("count"), 1, 1, 1'000'000, &problem);
    if (!count) {
        respond(error(400, problem));
        return;
    }
    int timeoutMs = defaultWaitMs;
    if (request.hasQueryValue(QStringLiteral("timeout"))) {
        const auto parsed = parseDuration(EventQuery::formValue(request.query, QStringLiteral("timeout")));
        if (!parsed) {
            respond(error(400, QStringLiteral("timeout: \"%1\" is not a duration up to 300s (\"5000\", \"5000ms\", \"5s\")")
                                   .arg(EventQuery::formValue(request.query, QStringLiteral("timeout")))));
            return;
        }
        timeoutMs = *parsed;
    }
    waiter->wanted = *count;
    waiter->respond = std::move(respond);
    waiter->timer = new QTimer(this);
    waiter->timer->setSingleShot(true);
    connect(waiter->timer, &QTimer::timeout, this, [this, weak = std::weak_ptr<Waiter>(waiter)]() {
        if (const auto waiter = weak.lock())
            finishWait(waiter, true);
    });
    waiter->timer->start(timeoutMs);
    m_waiters.push_back(waiter);
    advance(waiter);
}

void JourneyApi::advance(const std::shared_ptr<Waiter>& waiter)
{
    if (waiter->done)
        return;
    if (waiter->scanning) {
        waiter->dirty = true;
        return;
    }
    waiter->scanning = true;
    const qint64 after = waiter->lastId;
    const quint64 generation = waiter->generation;
    // The query is copied: the reader thread must not share it with this one.
    QMetaObject::invokeMethod(m_reader, [this, reader = m_reader, recorder = m_recorder, query = waiter->query, after, generation,
                                            listed = waiter->listed, weak = std::weak_ptr<Waiter>(waiter)]() {
        QString problem;
        // What the collector has acknowledged is what the answer covers, committed or still in the journal.
        recorder->waitForCommitted();
        StoreReader* store = reader->reader(&problem);
        qint64 cursor = after;
        int matched = 0;
        int listedNow = listed;
        QByteArray eventsJson;
        bool ok = store != nullptr;
        while (ok) {
            EventBatch chunk;
            if (!store->readForward(query.filter(), cursor, readChunk, chunk, &problem)) {
                ok = false;
                break;
            }
            for (int i = 0; i < chunk.size(); ++i) {
                cursor = chunk.id(i);
                if (!query.matches(chunk, i))
                    continue;
                ++matched;
                if (listedNow < eventsListedByWait) {
                    if (listedNow++)
                        eventsJson.append(',');
                    appendEvent(eventsJson, chunk, i);
                }
            }
            if (chunk.size() < readChunk)
                break;
        }
        QMetaObject::invokeMethod(this, [this, weak, ok, problem, cursor, matched, listedNow, eventsJson, generation]() {
            const auto waiter = weak.lock();
            if (!waiter || waiter->done)
                return;
            waiter->scanning = false;
            if (!ok) {
                waiter->done = true;
                waiter->timer->stop();
                waiter->respond(error(503, problem));
                m_waiters.remove(waiter);
                return;
            }
            if (generation == waiter->generation) {
                waiter->lastId = cursor;
                waiter->matched += matched;
                waiter->listed = listedNow;
                waiter->eventsJson.append(eventsJson);
            }
            if (waiter->matched >= waiter->wanted) {
                finishWait(waiter, false);
            } else if (waiter->dirty) {
                waiter->dirty = false;
                advance(waiter);
            }
        });
    });
}

void JourneyApi::finishWait(const std::shared_ptr<Waiter>& waiter, bool timedOut)
{
    if (waiter->done)
        return;
    waiter->done = true;
    waiter->timer->stop();
    waiter->timer->deleteLater();
    QByteArray body = "{\"matched\":" + QByteArray::number(waiter->matched) + ",\"wanted\":"
        + QByteArray::number(waiter->wanted) + ",\"timedOut\":" + (timedOut ? "true" : "false") + ",\"events\":["
        + waiter->eventsJson + "]}";
    // 408 lets `curl --fail` in a pipeline stop on a condition that never held.
    waiter->respond(json(timedOut ? 408 : 200, body));
    m_waiters.remove(waiter);
}

void JourneyApi::onCommitted(const CommitReportPtr& report)
{
    if (report->tickets.empty() && report->events.isEmpty())
        return;
    // Copy: advance() may finish a waiter and remove it from the list.
    const auto waiters = m_waiters;
    for (const auto& waiter : waiters)
        advance(waiter);
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "deliveryworker.h"

#include "core/timestamp.h"
#include "httpsender.h"
#include "validationgate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUrlQuery>

#include <limits>

namespace Journey {

namespace {

constexpr int loadBatch = 5000;
// Committed rows are taken from memory while fewer than this many wait (their JSON text only, ~0.5 KB
// each); beyond it they stay in the store and are loaded as the queue drains.
constexpr size_t memoryQueueCap = 50000;

int severity(DeliveryOutcome outcome)
{
    switch (outcome) {
    case DeliveryOutcome::Delivered:
        return 0;
    case DeliveryOutcome::Retry:
        return 1;
    case DeliveryOutcome::Failed:
        return 2;
    }
    return 2;
}

} // namespace

/// One encode() call in flight: its events, its requests and, as they come back, their answers.
struct DeliveryWorker::Group
{
    std::vector<Pending> events;
    EncodedBatch batch;
    QList<ProviderResponse> responses;
    QList<qint64> sentAt;
    QList<int> durations;
    QList<qint64> wireSizes;
    int outstanding = 0;
    QElapsedTimer clock;
};

DeliveryWorker::DeliveryWorker(const ProviderSettings& settings, const QString& storePath, qint64 owner,
    const QStringList& knownSecrets)
    : m_settings(settings)
    , m_limits(settings.effectiveLimits())
    , m_storePath(storePath)
    , m_owner(owner)
{
    for (const QString& secret : knownSecrets)
        m_masker.addKnownSecret(secret.toUtf8());
    if (m_settings.provider) {
        for (const QString& secret : m_settings.provider->secrets())
            m_masker.addKnownSecret(secret.toUtf8());
    }
    m_stats.provider = settings.id;
    m_stats.enabled = settings.enabled;
}

DeliveryWorker::~DeliveryWorker() = default;

void DeliveryWorker::start()
{
    m_sender = new HttpSender(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DeliveryWorker::pump);
    m_statsTimer = new QTimer(this);
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(200);
    connect(m_statsTimer, &QTimer::timeout, this, [this] { emit statsChanged(m_stats); });

    QString error;
    if (!m_store.open(m_storePath, &error)) {
        emit started(m_settings.id, error);
        return;
    }
    const QHash<QString, ProviderStats> counts = m_store.counts(&error);
    const ProviderStats stored = counts.value(m_settings.id);
    m_stats.queued = stored.queued;
    m_stats.delivered = stored.delivered;
    m_stats.dead = stored.dead;
    m_stats.sampledOut = stored.sampledOut;
    const qint64 backlog = m_store.maxQueuedIds(m_owner, &error).value(m_settings.id);
    m_knownUpTo.store(qMax(m_knownUpTo.load(), backlog));
    emit started(m_settings.id, QString());
    load();
    pump();
    emit statsChanged(m_stats);
}

void DeliveryWorker::onCommitted(const QHash<QString, OutboxCommit>& perProvider)
{
    const auto it = perProvider.constFind(m_settings.id);
    if (it == perProvider.cend() || m_stopped)
        return;
    m_stats.queued += it->queued;
    m_stats.sampledOut += it->sampledOut;
    if (!it->blocked.isEmpty()) {
        m_stats.dead += it->blocked.size();
        reportBlocked(it->blocked);
    }
    if (it->queued > 0) {
        if (m_exhausted && m_ready.size() < memoryQueueCap) {
            // Everything older is in memory already: take the new rows as committed rather than reading them
            // back. A load that ran after this commit already has them (ids up to the cursor).
            QList<OutboxRow> fresh;
            fresh.reserve(it->rows.size());
            for (const OutboxRow& row : it->rows) {
                if (row.id > m_cursor && row.owner == m_owner)
                    fresh.append(row);
            }
            requeueInMemory(fresh);
            if (!fresh.isEmpty())
                m_cursor = qMax(m_cursor, fresh.last().id);
            // The floor must cover the new rows before knownUpTo says they exist: flush() reads both from
            // another thread and would otherwise see them known and nothing pending.
            updateFloor();
        } else {
            m_exhausted = false;
            if (m_ready.size() < size_t(loadBatch))
                load();
        }
    }
    m_knownUpTo.store(qMax(m_knownUpTo.load(), it->maxId));
    updateFloor();
    publishStats();
    pump();
}

void DeliveryWorker::setDraining(bool draining)
{
    m_draining = draining;
    if (draining)
        pump();
}

void DeliveryWorker::load()
{
    if (!m_store.isOpen() || m_exhausted)
        return;
    QString error;
    const QList<OutboxRow> rows = m_store.queued(m_settings.id, m_owner, m_cursor, loadBatch, &error);
    if (!error.isEmpty()) {
        m_stats.lastError = error;
        m_stats.lastErrorAt = Timestamp::nowMs();
        return;
    }
    m_exhausted = rows.size() < loadBatch;
    requeueInMemory(rows);
    if (!rows.isEmpty())
        m_cursor = qMax(m_cursor, rows.last().id);
    updateFloor();
}

void DeliveryWorker::requeueInMemory(const QList<OutboxRow>& rows)
{
    const qint64 now = Timestamp::nowMs();
    for (const OutboxRow& row : rows) {
        Pending pending;
        pending.id = row.id;
        pending.attempts = row.attempts;
        pending.messageId = row.messageId;
        pending.event.outboxId = row.id;
        pending.event.type = row.type;
        pending.event.attempt = row.attempts;
        // Parsed when it goes into a request (sendGroup): waiting events cost their text only.
        pending.event.json = row.message;
        // Before its first attempt a row's reason is what the connector noted on it (validation); afterwards
        // it is the last failure.
        if (row.attempts == 0 && row.nextAttemptAt == 0)
            pending.note = row.reason;
        if (row.nextAttemptAt > now) {
            m_waiting.emplace(row.nextAttemptAt, std::move(pending));
        } else {
            if (m_ready.empty())
                m_readySince = now;
            m_ready.push_back(std::move(pending));
        }
    }
}

void DeliveryWorker::pump()
{
    if (m_stopped || !m_store.isOpen())
        return;
    const qint64 now = Timestamp::nowMs();
    while (!m_waiting.empty() && m_waiting.begin()->first <= now) {
        if (m_ready.empty())
            m_readySince = now;
        Pending& retried = m_waiting.begin()->second;
        retried.retried = true;
        m_readyRetried.insert(retried.id);
        m_ready.push_back(std::move(retried));
        m_waiting.erase(m_waiting.begin());
    }
    if (m_ready.size() < size_t(2 * m_limits.maxEvents) && !m_exhausted)
        load();
    if (now < m_pausedUntil || !m_settings.enabled) {
        scheduleTimer();
        return;
    }
    const int cap = m_batchCap > 0 ? qMin(m_batchCap, m_limits.maxEvents) : m_limits.maxEvents;
    while (m_inFlightGroups < m_settings.concurrency && !m_ready.empty()) {
        const bool full = m_ready.size() >= size_t(cap);
        const bool waitedEnough = now - m_readySince >= m_settings.flushIntervalMs;
        if (!full && !waitedEnough && !m_draining)
            break;
        std::vector<Pending> events;
        const size_t take = qMin(m_ready.size(), size_t(cap));
        events.reserve(take);
        for (size_t i = 0; i < take; ++i) {
            if (m_ready.front().retried)
                m_readyRetried.erase(m_readyRetried.find(m_ready.front().id));
            events.push_back(std::move(m_ready.front()));
            m_ready.pop_front();
        }
        m_readySince = now;
        sendGroup(std::move(events));
        if (m_ready.size() < size_t(2 * m_limits.maxEvents) && !m_exhausted)
            load();
    }
    updateFloor();
    scheduleTimer();
}

void DeliveryWorker::scheduleTimer()
{
    if (m_stopped)
        return;
    const qint64 now = Timestamp::nowMs();
    qint64 due = std::numeric_limits<qint64>::max();
    if (!m_waiting.empty())
        due = m_waiting.begin()->first;
    if (!m_ready.empty() && m_inFlightGroups < m_settings.concurrency)
        due = qMin(due, m_draining ? now : m_readySince + m_settings.flushIntervalMs);
    if (m_pausedUntil > now && (!m_ready.empty() || !m_waiting.empty()))
        due = qMax(due, m_pausedUntil);
    if (due == std::numeric_limits<qint64>::max()) {
        m_timer->stop();
        return;
    }
    m_timer->start(int(qBound(qint64(0), due - now, qint64(24 * 3600 * 1000))));
}

void DeliveryWorker::sendGroup(std::vector<Pending> events)
{
    QList<OutboundEvent> input;
    input.reserve(qsizetype(events.size()));
    for (Pending& pending : events) {
        if (pending.event.message.isEmpty() && !pending.event.json.isEmpty() && m_settings.provider->needsParsedMessage())
            pending.event.message = QJsonDocument::fromJson(pending.event.json).object();
        input.append(pending.event);
    }
    auto group = std::make_shared<Group>();
    group->events = std::move(events);
    group->batch = m_settings.provider->encode(input, m_limits);
    group->responses.resize(group->batch.requests.size());
    group->sentAt.resize(group->batch.requests.size());
    group->durations.resize(group->batch.requests.size());
    group->wireSizes.resize(group->batch.requests.size());
    group->outstanding = int(group->batch.requests.size());
    group->clock.start();
    for (const Pending& pending : group->events)
        ++m_inFlightIds[pending.id];
    ++m_inFlightGroups;
    m_stats.inFlight += qint64(group->events.size());
    if (group->outstanding == 0) {
        finishGroup(group);
        return;
    }
    int attempt = 0;
    for (const Pending& pending : group->events)
        attempt = qMax(attempt, pending.attempts);
    HttpHeaders extra;
    if (attempt > 0)
        extra.append({ "X-Retry-Count", QByteArray::number(attempt) });
    for (qsizetype i = 0; i < group->batch.requests.size(); ++i) {
        group->sentAt[i] = Timestamp::nowMs();
        const qint64 startedMs = group->clock.elapsed();
        group->wireSizes[i] = m_sender->send(group->batch.requests[i], m_settings.timeoutMs,
            [this, group, i, startedMs](const ProviderResponse& response) {
                group->responses[i] = response;
                group->durations[i] = int(group->clock.elapsed() - startedMs);
                if (--group->outstanding == 0)
                    finishGroup(group);
            },
            extra);
    }
}

qint64 DeliveryWorker::backoffMs(int attempts) const
{
    // Exponential from backoffMs, doubled per attempt, capped, then spread by 0–50 % jitter so that many
    // clients (or many batches) that failed together do not come back together.
    const int exponent = qBound(0, attempts - 1, 30);
    const double base = qMin(double(m_settings.maxBackoffMs), double(m_settings.backoffMs) * double(qint64(1) << exponent));
    const double jitter = 1.0 + 0.5 * QRandomGenerator::global()->generateDouble();
    return qint64(qMin(double(m_settings.maxBackoffMs), base * jitter));
}

DeliveryExchange DeliveryWorker::makeExchange(const ProviderRequest& request, const ProviderResponse& response,
    qint64 sentAt, int durationMs, int attempt) const
{
    DeliveryExchange exchange;
    exchange.provider = m_settings.id;
    exchange.sentAt = sentAt;
    exchange.durationMs = durationMs;
    exchange.attempt = attempt;
    exchange.label = request.label;
    exchange.method = request.method;
    QUrl url = request.url;
    if (url.hasQuery())
        url.setQuery(m_masker.maskQuery(url.query(QUrl::FullyEncoded)), QUrl::StrictMode);
    exchange.url = QString::fromUtf8(m_masker.maskKnown(url.toString(QUrl::PrettyDecoded).toUtf8()));
    exchange.requestHeaders = m_masker.maskHeaders(request.headers);
    if (request.gzip)
        exchange.requestHeaders.append({ QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip") });
    exchange.requestBody = m_masker.maskKnown(m_masker.maskJsonText(request.body));
    exchange.gzip = request.gzip;
    exchange.status = response.status;
    exchange.responseHeaders = m_masker.maskHeaders(response.headers);
    exchange.responseBody = m_masker.maskKnown(response.body.left(64 * 1024));
    exchange.eventCount = int(request.items.size());
    return exchange;
}

void DeliveryWorker::finishGroup(const std::shared_ptr<Group>& group)
{
    --m_inFlightGroups;
    m_stats.inFlight -= qint64(group->events.size());
    for (const Pending& pending : group->events) {
        auto it = m_inFlightIds.find(pending.id);
        if (it != m_inFlightIds.end() && --it->second <= 0)
            m_inFlightIds.erase(it);
    }
    if (m_stopped)
        return;

    const qint64 now = Timestamp::nowMs();
    const size_t count = group->events.size();
    // Per event: the worst outcome over the requests that carried it.
    std::vector<DeliveryOutcome> outcome(count, DeliveryOutcome::Delivered);
    std::vector<QString> reason(count);
    std::vector<qint64> retryAfter(count, -1);
    std::vector<bool> counts(count, false);
    std::vector<int> exchangeOf(count, -1);
    bool split = false;
    qint64 pause = -1;
    bool connectFailure = false;

    for (const EncodedBatch::Issue& issue : group->batch.rejected) {
        if (issue.index < 0 || size_t(issue.index) >= count)
            continue;
        outcome[size_t(issue.index)] = DeliveryOutcome::Failed;
        reason[size_t(issue.index)] = tr("%1 cannot take this event: %2").arg(m_settings.provider->displayName(), issue.text);
        counts[size_t(issue.index)] = true;
    }

    QList<DeliveryExchange> exchanges;
    int firstAttempt = 0;
    for (const Pending& pending : group->events)
        firstAttempt = qMax(firstAttempt, pending.attempts);
    for (qsizetype r = 0; r < group->batch.requests.size(); ++r) {
        const ProviderRequest& request = group->batch.requests[r];
        const ProviderResponse& response = group->responses[r];
        DeliveryVerdict verdict = m_settings.provider->classify(request, response);
        // Reasons quote response bodies, and a provider may echo a key back: mask before storing or showing.
        verdict.reason = QString::fromUtf8(m_masker.maskKnown(verdict.reason.toUtf8()));
        for (DeliveryVerdict::Item& item : verdict.items)
            item.reason = QString::fromUtf8(m_masker.maskKnown(item.reason.toUtf8()));
        DeliveryExchange exchange = makeExchange(request, response, group->sentAt[r], group->durations[r], firstAttempt + 1);
        exchange.outcome = verdict.outcome;
        exchange.reason = verdict.reason;
        exchange.wireSize = group->wireSizes[r];
        if (response.notConnected)
            connectFailure = true;
        if (verdict.splitBatch)
            split = true;
        if (verdict.outcome == DeliveryOutcome::Retry && verdict.retryAfterMs >= 0 && verdict.items.isEmpty())
            pause = qMax(pause, verdict.retryAfterMs);
        for (qsizetype k = 0; k < request.items.size(); ++k) {
            const int index = request.items[k];
            if (index < 0 || size_t(index) >= count)
                continue;
            DeliveryOutcome itemOutcome = verdict.outcome;
            QString itemReason = verdict.reason;
            qint64 itemRetryAfter = verdict.retryAfterMs;
            for (const DeliveryVerdict::Item& item : verdict.items) {
                if (item.index == k) {
                    itemOutcome = item.outcome;
                    if (!item.reason.isEmpty())
                        itemReason = item.reason;
                    if (item.retryAfterMs >= 0)
                        itemRetryAfter = item.retryAfterMs;
                }
            }
            switch (itemOutcome) {
            case DeliveryOutcome::Delivered:
                ++exchange.delivered;
                break;
            case DeliveryOutcome::Retry:
                ++exchange.retried;
                break;
            case DeliveryOutcome::Failed:
                ++exchange.failed;
                break;
            }
            const size_t e = size_t(index);
            if (severity(itemOutcome) > severity(outcome[e]) || exchangeOf[e] < 0) {
                if (severity(itemOutcome) >= severity(outcome[e])) {
                    outcome[e] = itemOutcome;
                    if (itemOutcome != DeliveryOutcome::Delivered)
                        reason[e] = itemReason;
                    exchangeOf[e] = int(exchanges.size());
                }
            }
            if (itemOutcome == DeliveryOutcome::Retry) {
                retryAfter[e] = qMax(retryAfter[e], itemRetryAfter);
                if (verdict.countsAsAttempt && !response.notConnected)
                    counts[e] = true;
            } else {
                counts[e] = true;
            }
        }
        exchanges.append(exchange);
    }

    // Nothing in the notes is lost silently: the reason column keeps them for delivered events too.
    std::vector<QString> notes(count);
    for (const EncodedBatch::Issue& note : group->batch.notes) {
        if (note.index >= 0 && size_t(note.index) < count)
            notes[size_t(note.index)] += (notes[size_t(note.index)].isEmpty() ? QString() : QStringLiteral("; ")) + note.text;
    }

    QList<OutboxStore::Update> updates;
    updates.reserve(qsizetype(count));
    QStringList deliveredIds;
    QStringList failedIds;
    QString failedReason;
    std::vector<Pending> retries;
    std::vector<qint64> retryDue;
    for (size_t e = 0; e < count; ++e) {
        Pending& pending = group->events[e];
        OutboxStore::Update update;
        update.id = pending.id;
        update.exchange = exchangeOf[e];
        update.attempts = pending.attempts + (counts[e] ? 1 : 0);
        switch (outcome[e]) {
        case DeliveryOutcome::Delivered:
            update.state = OutboxState::Delivered;
            update.reason = pending.note.isEmpty() || notes[e].isEmpty()
                ? QString(pending.note + notes[e])
                : QString(pending.note + QStringLiteral("; ") + notes[e]);
            deliveredIds.append(pending.messageId);
            break;
        case DeliveryOutcome::Failed:
            update.state = OutboxState::Dead;
            update.reason = reason[e];
            failedIds.append(pending.messageId);
            failedReason = reason[e];
            break;
        case DeliveryOutcome::Retry:
            if (update.attempts >= m_settings.maxAttempts) {
                update.state = OutboxState::Dead;
                update.reason = tr("gave up after %1 attempts: %2").arg(update.attempts).arg(reason[e]);
                failedIds.append(pending.messageId);
                failedReason = update.reason;
                break;
            }
            update.state = OutboxState::Queued;
            update.reason = reason[e];
            if (split)
                update.nextAttemptAt = now;
            else if (retryAfter[e] >= 0)
                update.nextAttemptAt = now + retryAfter[e];
            else
                update.nextAttemptAt = now + backoffMs(qMax(1, update.attempts));
            pending.attempts = update.attempts;
            pending.event.attempt = update.attempts;
            retries.push_back(pending);
            retryDue.push_back(update.nextAttemptAt);
            break;
        }
        updates.append(update);
    }

    QString error;
    if (!m_store.settle(exchanges, updates, &error)) {
        // The answers are known but could not be recorded; keep every event queued in memory and try again
        // shortly. A resend carries the same dedup ids, so the provider keeps each event once.
        m_stats.lastError = error;
        m_stats.lastErrorAt = now;
        for (Pending& pending : group->events)
            m_waiting.emplace(now + 1000, std::move(pending));
        updateFloor();
        publishStats();
        scheduleTimer();
        return;
    }

    for (size_t i = 0; i < retries.size(); ++i)
        m_waiting.emplace(retryDue[i], std::move(retries[i]));
    if (split)
        m_batchCap = qMax(1, int(count / 2));
    if (connectFailure) {
        ++m_connectFailures;
        m_pausedUntil = now + backoffMs(m_connectFailures);
    } else {
        m_connectFailures = 0;
        if (pause >= 0)
            m_pausedUntil = now + pause;
    }

    m_stats.queued -= deliveredIds.size() + failedIds.size();
    m_stats.delivered += deliveredIds.size();
    m_stats.dead += failedIds.size();
    m_stats.pausedUntil = m_pausedUntil > now ? m_pausedUntil : 0;
    for (const DeliveryExchange& exchange : exchanges) {
        if (exchange.outcome != DeliveryOutcome::Delivered) {
            m_stats.lastError = exchange.reason;
            m_stats.lastErrorAt = now;
        }
        emit exchangeFinished(exchange);
    }
    if (!failedIds.isEmpty() && failedReason.isEmpty())
        failedReason = tr("failed");
    if (!deliveredIds.isEmpty() || !failedIds.isEmpty())
        emit eventsSettled(m_settings.id, deliveredIds, failedIds, failedReason);
    updateFloor();
    publishStats();
    pump();
}

void DeliveryWorker::updateFloor()
{
    qint64 floor = m_exhausted ? std::numeric_limits<qint64>::max() : m_cursor + 1;
    if (!m_ready.empty())
        floor = qMin(floor, m_ready.front().id);
    if (!m_readyRetried.empty())
        floor = qMin(floor, *m_readyRetried.begin());
    for (const auto& [due, pending] : m_waiting)
        floor = qMin(floor, pending.id);
    if (!m_inFlightIds.empty())
        floor = qMin(floor, m_inFlightIds.begin()->first);
    m_pendingFloor.store(floor);
    if (m_progress)
        m_progress();
}

void DeliveryWorker::publishStats()
{
    if (!m_statsTimer->isActive())
        m_statsTimer->start();
}

void DeliveryWorker::retryDeadLetters(const QList<qint64>& ids)
{
    QString error;
    const QList<qint64> moved = m_store.requeueDead(m_settings.id, ids, m_owner, &error);
    if (!error.isEmpty()) {
        m_stats.lastError = error;
        m_stats.lastErrorAt = Timestamp::nowMs();
        publishStats();
        return;
    }
    QList<OutboxRow> rows = m_store.rows(moved, &error);
    const QList<qint64> blockedIds = revalidate(rows);
    const QSet<qint64> blocked(blockedIds.cbegin(), blockedIds.cend());
    QList<OutboxRow> fresh;
    for (const OutboxRow& row : std::as_const(rows)) {
        if (blocked.contains(row.id))
            continue;
        if (row.id <= m_cursor)
            fresh.append(row);
        else // later rows are loaded in order by the next load()
            m_exhausted = false;
    }
    requeueInMemory(fresh);
    m_stats.dead -= moved.size() - blocked.size();
    m_stats.queued += moved.size() - blocked.size();
    m_connectFailures = 0;
    m_pausedUntil = 0;
    updateFloor();
    publishStats();
    pump();
}

QList<qint64> DeliveryWorker::revalidate(QList<OutboxRow>& rows)
{
    // Validated with the plan in use now, so that fixing the plan (or the mode) and retrying sends what passes;
    // the stored message of a blocked event is the whole event, so nothing is lost by blocking it first.
    const EventValidatorPtr validator = m_validatorSource ? m_validatorSource() : nullptr;
    if (!ValidationGate::needsValidation(validator.get(), m_settings.validationMode))
        return {};
    QList<qint64> blocked;
    QList<OutboxRow> blockedRows;
    QList<OutboxStore::Update> updates;
    for (OutboxRow& row : rows) {
        const QJsonObject message = QJsonDocument::fromJson(row.message).object();
        const ValidationGate::Verdict verdict = ValidationGate::judge(
            m_settings.validationMode, m_settings.id, validator->validate(message, row.message.size()), message);
        if (!verdict.blocked && verdict.reason.isEmpty() && verdict.message.isEmpty())
            continue;
        OutboxStore::Update update;
        update.id = row.id;
        update.state = verdict.blocked ? OutboxState::Dead : OutboxState::Queued;
        update.reason = verdict.reason;
        update.message = verdict.message;
        updates.append(update);
        row.reason = verdict.reason;
        if (!verdict.message.isEmpty())
            row.message = verdict.message;
        if (verdict.blocked) {
            blocked.append(row.id);
            blockedRows.append(row);
        }
    }
    QList<DeliveryExchange> none;
    QString error;
    if (!updates.isEmpty() && !m_store.settle(none, updates, &error)) {
        // They stay queued as they were requeued: sent without this validation rather than lost.
        m_stats.lastError = error;
        m_stats.lastErrorAt = Timestamp::nowMs();
        return {};
    }
    reportBlocked(blockedRows);
    return blocked;
}

void DeliveryWorker::reportBlocked(const QList<OutboxRow>& rows)
{
    // Events broken the same way share one signal; bulk sends against a wrong plan mostly are.
    QList<QPair<QString, QStringList>> byReason;
    QHash<QString, qsizetype> indexOf;
    for (const OutboxRow& row : rows) {
        const auto it = indexOf.constFind(row.reason);
        if (it == indexOf.cend()) {
            indexOf.insert(row.reason, byReason.size());
            byReason.append({ row.reason, { row.messageId } });
        } else {
            byReason[*it].second.append(row.messageId);
        }
    }
    for (const auto& [reason, ids] : std::as_const(byReason))
        emit eventsSettled(m_settings.id, {}, ids, reason);
}

void DeliveryWorker::discardDeadLetters(const QList<qint64>& ids)
{
    QString error;
    const int removed = m_store.discardDead(m_settings.id, ids, &error);
    if (removed < 0) {
        m_stats.lastError = error;
        m_stats.lastErrorAt = Timestamp::nowMs();
    } else {
        m_stats.dead -= removed;
    }
    publishStats();
}

void DeliveryWorker::stop()
{
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
    if (m_statsTimer)
        m_statsTimer->stop();
    delete m_sender; // aborts requests in flight; their events stay queued in the store
    m_sender = nullptr;
}

} // namespace Journey

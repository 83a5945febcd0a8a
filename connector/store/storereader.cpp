// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storereader.h"

#include "ingestjournal.h"
#include "segmentcodec.h"
#include "storewriter.h"
#include "storeconnection.h"
#include "validation/validationreportwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace Journey {

namespace {

constexpr const char* segmentColumns = "id, last_id, event_count, min_ts, max_ts, min_received, max_received,"
                                       " type_mask, source_mask, format, columns";

SegmentInfo segmentInfo(const QSqlQuery& query)
{
    SegmentInfo info;
    info.firstId = query.value(0).toLongLong();
    info.lastId = query.value(1).toLongLong();
    info.eventCount = query.value(2).toInt();
    info.minTimestamp = query.value(3).toLongLong();
    info.maxTimestamp = query.value(4).toLongLong();
    info.minReceivedAt = query.value(5).toLongLong();
    info.maxReceivedAt = query.value(6).toLongLong();
    info.typeMask = quint32(query.value(7).toLongLong());
    info.sourceMask = quint64(query.value(8).toLongLong());
    return info;
}

// Sets the validation state of the decoded events from `event_validation` (events without a row stay unchecked).
bool fillValidation(QSqlDatabase& database, EventBatch& events, QString* error)
{
    if (events.isEmpty())
        return true;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT event_id, state FROM event_validation WHERE event_id BETWEEN ? AND ?"));
    query.addBindValue(events.id(0));
    query.addBindValue(events.id(events.size() - 1));
    if (!query.exec()) {
        *error = QCoreApplication::translate("Journey::StoreReader", "cannot read validation results: %1")
                     .arg(query.lastError().text());
        return false;
    }
    // Both in id order: one merge pass.
    int i = 0;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        while (i < events.size() && events.id(i) < id)
            ++i;
        if (i == events.size())
            break;
        const int state = query.value(1).toInt();
        if (events.id(i) == id && state >= int(ValidationState::Unchecked) && state <= int(ValidationState::Invalid))
            events.setValidation(i, ValidationState(state));
    }
    return true;
}

bool decodeSegment(QSqlDatabase& database, const QSqlQuery& row, bool withPayloads, EventBatch& out, QString* error);

// Decodes one segment row (columns selected as segmentColumns), fetches its payload when needed, and attaches
// what validation found.
bool decodeRow(QSqlDatabase& database, const QSqlQuery& row, bool withPayloads, EventBatch& out, QString* error)
{
    return decodeSegment(database, row, withPayloads, out, error) && fillValidation(database, out, error);
}

bool decodeSegment(QSqlDatabase& database, const QSqlQuery& row, bool withPayloads, EventBatch& out, QString* error)
{
    const qint64 id = row.value(0).toLongLong();
    if (row.value(9).toInt() != SegmentCodec::format) {
        *error = QCoreApplication::translate(
            "Journey::StoreReader", "segment %1 has format %2, which this build cannot read")
                     .arg(id)
                     .arg(row.value(9).toInt());
        return false;
    }
    const QByteArray columns = row.value(10).toByteArray();
    if (!withPayloads)
        return SegmentCodec::decode(id, columns, nullptr, out, error);
    QSqlQuery payloadQuery(database);
    payloadQuery.prepare(QStringLiteral("SELECT payload FROM segments WHERE id = ?"));
    payloadQuery.addBindValue(id);
    if (!payloadQuery.exec() || !payloadQuery.next()) {
        *error = QCoreApplication::translate("Journey::StoreReader", "cannot read segment %1: %2")
                     .arg(id)
                     .arg(payloadQuery.lastError().text());
        return false;
    }
    const QByteArray payload = payloadQuery.value(0).toByteArray();
    return SegmentCodec::decode(id, columns, &payload, out, error);
}

// Events of a decoded segment that pass the filter, with their payloads attached.
void appendMatches(const EventFilter& filter, const EventBatch& segment, qint64 minIdExclusive, qint64 maxIdExclusive,
    std::vector<int>& indexes)
{
    indexes.clear();
    for (int i = 0; i < segment.size(); ++i) {
        const qint64 id = segment.id(i);
        if (id <= minIdExclusive || (maxIdExclusive > 0 && id >= maxIdExclusive))
            continue;
        if (filter.matches(segment, i))
            indexes.push_back(i);
    }
}

} // namespace

StoreReader::StoreReader(const QString& path)
    : m_connection(std::make_unique<StoreConnection>(path))
{
}

StoreReader::~StoreReader() = default;

bool StoreReader::open(bool mustExist, QString* error)
{
    if (!m_connection->open(
            mustExist ? StoreConnection::OpenMode::MustExist : StoreConnection::OpenMode::CreateIfMissing, error))
        return false;
    // A collector that was killed may have acknowledged events only its journal holds: store them first,
    // so readers see everything that was answered 200.
    if (IngestJournal::hasOrphans(m_connection->path())) {
        StoreWriter writer(m_connection->path());
        if (!writer.open(error))
            return false;
    }
    return true;
}

bool StoreReader::readPage(const EventFilter& filter, qint64 beforeId, int limit, EventBatch& out, bool* exhausted,
    QString* error, const std::atomic<bool>* cancel)
{
    QSqlDatabase database = m_connection->database();
    // One snapshot for the whole scan.
    QSqlQuery transaction(database);
    transaction.exec(QStringLiteral("BEGIN"));
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM segments WHERE id < ? ORDER BY id DESC").arg(QLatin1String(segmentColumns)));
    query.addBindValue(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    if (!query.exec()) {
        *error = tr("cannot read the store: %1").arg(query.lastError().text());
        transaction.exec(QStringLiteral("ROLLBACK"));
        return false;
    }

    // Pages are gathered newest first, then emitted oldest first.
    std::vector<EventBatch> pages;
    std::vector<std::vector<int>> pageIndexes;
    int found = 0;
    bool more = false;
    std::vector<int> indexes;
    while (query.next()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        if (found >= limit) {
            more = true;
            break;
        }
        if (!filter.mayMatch(segmentInfo(query)))
            continue;
        EventBatch segment;
        // Payloads are needed for the text filter and for the results: fetch them only for segments that
        // have matches on the cheap columns.
        if (!decodeRow(database, query, filter.needsPayload(), segment, error)) {
            transaction.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        appendMatches(filter, segment, 0, beforeId, indexes);
        if (indexes.empty())
            continue;
        if (!segment.hasPayloads()) {
            EventBatch withPayloads;
            if (!decodeRow(database, query, true, withPayloads, error)) {
                transaction.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
            segment = std::move(withPayloads);
        }
        // Keep only the newest `limit - found` matches of this segment.
        const int take = std::min<int>(limit - found, int(indexes.size()));
        if (take < int(indexes.size()))
            more = true; // older matches of this segment are left for the next page
        indexes.erase(indexes.begin(), indexes.end() - take);
        found += take;
        pages.push_back(std::move(segment));
        pageIndexes.push_back(indexes);
    }
    transaction.exec(QStringLiteral("COMMIT"));
    if (exhausted)
        *exhausted = !more && !(cancel && cancel->load());
    for (size_t p = pages.size(); p-- > 0;) {
        for (int index : pageIndexes[p])
            out.appendFrom(pages[p], index);
    }
    return true;
}

bool StoreReader::readForward(const EventFilter& filter, qint64 afterId, int limit, EventBatch& out, QString* error)
{
    QSqlDatabase database = m_connection->database();
    QSqlQuery transaction(database);
    transaction.exec(QStringLiteral("BEGIN"));
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM segments WHERE last_id > ? ORDER BY id").arg(QLatin1String(segmentColumns)));
    query.addBindValue(afterId);
    if (!query.exec()) {
        *error = tr("cannot read the store: %1").arg(query.lastError().text());
        transaction.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    std::vector<int> indexes;
    int found = 0;
    while (found < limit && query.next()) {
        if (!filter.mayMatch(segmentInfo(query)))
            continue;
        EventBatch segment;
        if (!decodeRow(database, query, true, segment, error)) {
            transaction.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        appendMatches(filter, segment, afterId, 0, indexes);
        for (int index : indexes) {
            if (found >= limit)
                break;
            out.appendFrom(segment, index);
            ++found;
        }
    }
    transaction.exec(QStringLiteral("COMMIT"));
    return true;
}

bool StoreReader::scan(const EventFilter& filter, bool withPayloads, const std::function<bool(EventBatch&)>& visit,
    QString* error, const std::atomic<bool>* cancel)
{
    QSqlDatabase database = m_connection->database();
    QSqlQuery transaction(database);
    transaction.exec(QStringLiteral("BEGIN"));
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM segments ORDER BY id").arg(QLatin1String(segmentColumns)))) {
        *error = tr("cannot read the store: %1").arg(query.lastError().text());
        transaction.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    const bool payloads = withPayloads || filter.needsPayload();
    std::vector<int> indexes;
    while (query.next()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        if (!filter.mayMatch(segmentInfo(query)))
            continue;
        EventBatch segment;
        if (!decodeRow(database, query, payloads, segment, error)) {
            transaction.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        bool keepGoing = true;
        if (filter.isEmpty()) {
            keepGoing = visit(segment);
        } else {
            appendMatches(filter, segment, 0, 0, indexes);
            if (indexes.empty())
                continue;
            EventBatch matches;
            matches.reserve(int(indexes.size()), 0);
            for (int index : indexes)
                matches.appendFrom(segment, index);
            keepGoing = visit(matches);
        }
        if (!keepGoing)
            break;
    }
    transaction.exec(QStringLiteral("COMMIT"));
    return true;
}

namespace {

const char requestColumns[] = "id, received_at, source, method, path, query, remote_address, headers, content_type,"
                              " content_encoding, wire_size, body, status, error, event_count, first_event_id, upstream";

} // namespace

bool StoreReader::readRequestRow(const QSqlQuery& query, StoredRequest& request, QString* error)
{
    request.id = query.value(0).toLongLong();
    request.receivedAt = query.value(1).toLongLong();
    request.source = EventSource(query.value(2).toInt());
    request.method = query.value(3).toString();
    request.path = query.value(4).toString();
    request.query = query.value(5).toString();
    request.remoteAddress = query.value(6).toString();
    const QJsonArray headers = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array();
    for (const QJsonValue& header : headers) {
        const QJsonArray pair = header.toArray();
        request.headers.append({ pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8() });
    }
    request.contentType = query.value(8).toString().toLatin1();
    request.contentEncoding = query.value(9).toString().toLatin1();
    request.wireSize = query.value(10).toLongLong();
    if (!SegmentCodec::decompress(query.value(11).toByteArray(), request.body)) {
        *error = tr("the body of request %1 is damaged").arg(request.id);
        return false;
    }
    request.status = query.value(12).toInt();
    request.error = query.value(13).toString();
    request.eventCount = query.value(14).toInt();
    request.firstEventId = query.value(15).toLongLong();
    request.upstream.reset();
    if (!query.isNull(16)) {
        QByteArray json;
        std::optional<UpstreamExchange> upstream;
        if (SegmentCodec::decompress(query.value(16).toByteArray(), json))
            upstream = UpstreamExchange::fromJson(json);
        if (!upstream) {
            *error = tr("the upstream answer of request %1 is damaged").arg(request.id);
            return false;
        }
        request.upstream = std::move(upstream);
    }
    return true;
}

std::optional<StoredRequest> StoreReader::request(qint64 id, QString* error)
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT %1 FROM requests WHERE id = ?").arg(QLatin1String(requestColumns)));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = tr("cannot read the store: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("request %1 is not in the store").arg(id);
        return std::nullopt;
    }
    StoredRequest request;
    if (!readRequestRow(query, request, error))
        return std::nullopt;
    return request;
}

bool StoreReader::rejectedRequests(qint64 beforeId, int limit, QList<StoredRequest>& out, QString* error)
{
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    // requests_by_status(status, id) serves this without a walk over the accepted requests.
    query.prepare(QStringLiteral("SELECT %1 FROM requests WHERE status >= 400 AND id < ? ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(requestColumns)));
    query.addBindValue(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    query.addBindValue(limit);
    if (!query.exec()) {
        *error = tr("cannot read the store: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        StoredRequest request;
        if (!readRequestRow(query, request, error))
            return false;
        out.append(std::move(request));
    }
    return true;
}

bool StoreReader::stats(StoreStats& out, QString* error)
{
    QSqlDatabase database = m_connection->database();
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT count(*), coalesce(sum(event_count), 0), coalesce(max(last_id), 0) FROM segments"))
        || !query.next()) {
        *error = tr("cannot read the store: %1").arg(query.lastError().text());
        return false;
    }
    out.segments = query.value(0).toLongLong();
    out.events = query.value(1).toLongLong();
    out.lastEventId = query.value(2).toLongLong();
    if (!query.exec(QStringLiteral("SELECT count(*), coalesce(sum(status >= 400), 0) FROM requests")) || !query.next()) {
        *error = tr("cannot read the store: %1").arg(query.lastError().text());
        return false;
    }
    out.requests = query.value(0).toLongLong();
    out.rejectedRequests = query.value(1).toLongLong();
    const QString path = m_connection->path();
    out.fileBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    return true;
}

bool StoreReader::validation(qint64 eventId, ValidationState& state, QList<PlanViolation>& violations, QString* error)
{
    state = ValidationState::Unchecked;
    violations.clear();
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT state, violations FROM event_validation WHERE event_id = ?"));
    query.addBindValue(eventId);
    if (!query.exec()) {
        *error = tr("cannot read validation results: %1").arg(query.lastError().text());
        return false;
    }
    if (!query.next())
        return true;
    state = ValidationState(std::clamp(query.value(0).toInt(), 0, int(ValidationState::Invalid)));
    const QJsonArray list = QJsonDocument::fromJson(query.value(1).toByteArray()).array();
    for (const QJsonValue& entry : list) {
        PlanViolation violation;
        if (PlanViolation::fromJson(entry.toObject(), violation))
            violations.append(violation);
    }
    return true;
}

bool StoreReader::validationSummary(ValidationSummary& out, QString* error, const std::atomic<bool>* cancel)
{
    out = ValidationSummary();
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT event_id, state, type, name, received_at, violations FROM event_validation ORDER BY event_id"))) {
        *error = tr("cannot read validation results: %1").arg(query.lastError().text());
        return false;
    }
    struct Key
    {
        int type;
        QString name;
        QString kind;
        QString provider;
        bool operator<(const Key& other) const
        {
            return std::tie(name, type, kind, provider) < std::tie(other.name, other.type, other.kind, other.provider);
        }
    };
    std::map<Key, ValidationSummary::Row> rows;
    constexpr qint64 minute = 60 * 1000;
    qint64 seen = 0;
    while (query.next()) {
        if (cancel && (++seen % 4096) == 0 && cancel->load(std::memory_order_relaxed))
            return false;
        const qint64 id = query.value(0).toLongLong();
        const auto state = ValidationState(query.value(1).toInt());
        const int type = query.value(2).toInt();
        const QString name = query.value(3).toString();
        ++out.checked;
        ValidationSummary::Row& totals = rows[Key { type, name, QString(), QString() }];
        totals.type = EventType(type);
        totals.name = name;
        ++totals.events;
        if (state == ValidationState::Valid || state == ValidationState::Unchecked)
            continue;
        const bool isError = state == ValidationState::Invalid;
        (isError ? out.withErrors : out.withWarnings) += 1;
        (isError ? totals.errors : totals.warnings) += 1;
        totals.sampleEventId = id;
        auto& bucket = out.perMinute[query.value(4).toLongLong() / minute * minute];
        (isError ? bucket.first : bucket.second) += 1;

        // One count per event and kind, however many violations of that kind it has.
        std::map<Key, std::pair<bool, const PlanViolation*>> kinds;
        QList<PlanViolation> violations;
        for (const QJsonValue& entry : QJsonDocument::fromJson(query.value(5).toByteArray()).array()) {
            PlanViolation violation;
            if (PlanViolation::fromJson(entry.toObject(), violation))
                violations.append(violation);
        }
        for (const PlanViolation& violation : std::as_const(violations)) {
            auto& [anyError, first] = kinds[Key { type, name, PlanViolation::kindName(violation.kind), violation.provider }];
            anyError = anyError || violation.severity == PlanViolation::Severity::Error;
            if (!first)
                first = &violation;
        }
        for (const auto& [key, found] : kinds) {
            ValidationSummary::Row& row = rows[key];
            row.type = EventType(type);
            row.name = name;
            row.kind = key.kind;
            row.provider = key.provider;
            ++row.events;
            (found.first ? row.errors : row.warnings) += 1;
            row.sampleEventId = id;
            row.sampleMessage = ValidationReportWriter::describe(*found.second);
        }
    }
    for (auto& [key, row] : rows)
        out.rows.append(row);
    return true;
}

} // namespace Journey

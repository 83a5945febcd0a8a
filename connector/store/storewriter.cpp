// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storewriter.h"

#include "ingestjournal.h"
#include "segmentcodec.h"
#include "sqlitestatement.h"
#include "storeconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcStore, "journey.store", QtWarningMsg)

namespace Journey {

namespace {
QString sqlError(const QSqlQuery& query)
{
    return query.lastError().text();
}

// Qt binds a null QString as SQL NULL; the columns are NOT NULL text.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString headersJson(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QJsonArray array;
    for (const auto& [name, value] : headers)
        array.append(QJsonArray { QString::fromLatin1(name), QString::fromUtf8(value) });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
} // namespace

StoreWriter::StoreWriter(const QString& path)
    : m_connection(std::make_unique<StoreConnection>(path))
{
}

StoreWriter::~StoreWriter()
{
    if (m_inTransaction)
        rollback();
}

const QString& StoreWriter::path() const
{
    return m_connection->path();
}

bool StoreWriter::open(QString* error)
{
    if (!m_connection->open(StoreConnection::OpenMode::CreateIfMissing, error))
        return false;
    // Events a collector acknowledged but did not commit before it ended go in before anything else.
    const qint64 recovered = IngestJournal::recoverOrphans(path(), *this, error);
    if (recovered > 0)
        qCInfo(lcStore) << "recovered" << recovered << "events an earlier session had received";
    return recovered >= 0;
}

void StoreWriter::disableAutomaticCheckpoints()
{
    QSqlQuery query(m_connection->database());
    query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
}

bool StoreWriter::begin(QString* error)
{

    Q_ASSERT(!m_inTransaction);
    QSqlQuery query(m_connection->database());
    // IMMEDIATE takes the write lock now, so the id read below cannot go stale.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = tr("cannot write to the store: %1").arg(sqlError(query));
        return false;
    }
    m_inTransaction = true;
    if (!query.exec(QStringLiteral("SELECT value FROM store_info WHERE key = 'next_event_id'")) || !query.next()) {
        *error = tr("cannot read the store: %1").arg(sqlError(query));
        rollback();
        return false;
    }
    m_nextEventId = query.value(0).toLongLong();
    m_pending.clear();
    return true;
}

bool StoreWriter::write(IngestBatch& batch, QString* error, bool consumeEvents)
{
    Q_ASSERT(m_inTransaction);
    EventBatch& events = batch.events;
    events.assignIds(m_nextEventId);

    qint64 requestId = 0;
    if (batch.request) {
        StoredRequest& request = *batch.request;
        request.eventCount = events.size();
        request.firstEventId = events.isEmpty() ? 0 : m_nextEventId;
        QSqlQuery query(m_connection->database());
        query.prepare(QStringLiteral(
            "INSERT INTO requests(received_at, source, method, path, query, remote_address, headers, content_type,"
            " content_encoding, wire_size, body, status, error, event_count, first_event_id, upstream)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(request.receivedAt);
        query.addBindValue(int(request.source));
        query.addBindValue(text(request.method));
        query.addBindValue(text(request.path));
        query.addBindValue(text(request.query));
        query.addBindValue(text(request.remoteAddress));
        query.addBindValue(headersJson(request.headers));
        query.addBindValue(text(QString::fromLatin1(request.contentType)));
        query.addBindValue(text(QString::fromLatin1(request.contentEncoding)));
        query.addBindValue(request.wireSize);
        // Raw bodies are read rarely (the inspector's Raw request tab): compress them fast.
        query.addBindValue(SegmentCodec::compress(request.body, 8));
        query.addBindValue(request.status);
        query.addBindValue(text(request.error));
        query.addBindValue(request.eventCount);
        query.addBindValue(request.firstEventId);
        // NULL when the request was not forwarded.
        query.addBindValue(request.upstream ? QVariant(SegmentCodec::compress(request.upstream->toJson(), 8))
                                            : QVariant(QMetaType(QMetaType::QByteArray)));
        if (!query.exec()) {
            *error = tr("cannot store the request: %1").arg(sqlError(query));
            return false;
        }
        requestId = query.lastInsertId().toLongLong();
        request.id = requestId;
    }
    if (m_validator && m_validator->isActive() && !validate(events, error))
        return false;
    m_nextEventId += events.size();
    if (requestId) {
        for (int i = 0; i < events.size(); ++i)
            events.setRequestId(i, requestId);
    }

    if (consumeEvents && m_pending.isEmpty() && events.size() <= maxSegmentEvents) {
        m_pending = std::move(events);
        events = EventBatch();
        return m_pending.size() < maxSegmentEvents || flushSegment(error);
    }
    if (m_pending.size() + events.size() <= maxSegmentEvents) {
        m_pending.appendAll(events);
        return m_pending.size() < maxSegmentEvents || flushSegment(error);
    }
    for (int i = 0; i < events.size(); ++i) {
        m_pending.appendFrom(events, i);
        if (m_pending.size() >= maxSegmentEvents && !flushSegment(error))
            return false;
    }
    return true;
}

bool StoreWriter::validate(EventBatch& events, QString* error)
{
    if (!m_insertValidation)
        m_insertValidation = std::make_unique<SqliteStatement>();
    if (!m_insertValidation->isPrepared()
        && !m_insertValidation->prepare(m_connection->database(),
            "INSERT OR REPLACE INTO event_validation(event_id, state, type, name, received_at, violations)"
            " VALUES(?, ?, ?, ?, ?, ?)",
            error))
        return false;
    QByteArray violationsJson;
    for (int i = 0; i < events.size(); ++i) {
        const QList<PlanViolation> violations = m_validator->validate(events.payload(i));
        const ValidationState state = EventValidator::stateOf(violations);
        events.setValidation(i, state);
        violationsJson.clear();
        if (!violations.isEmpty()) {
            QJsonArray list;
            for (const PlanViolation& violation : violations)
                list.append(violation.toJson());
            violationsJson = QJsonDocument(list).toJson(QJsonDocument::Compact);
        }
        m_insertValidation->bindInteger(1, events.id(i));
        m_insertValidation->bindInteger(2, qint64(state));
        m_insertValidation->bindInteger(3, qint64(events.type(i)));
        m_insertValidation->bindText(4, events.name(i));
        m_insertValidation->bindInteger(5, events.receivedAt(i));
        m_insertValidation->bindText(6, violationsJson);
        if (!m_insertValidation->execute(error)) {
            *error = tr("cannot store validation results: %1").arg(*error);
            return false;
        }
    }
    return true;
}

bool StoreWriter::flushSegment(QString* error)
{
    if (m_pending.isEmpty())
        return true;
    if (!insertSegment(m_pending, error))
        return false;
    if (m_pending.size() < smallSegmentEvents)
        ++m_smallSegmentsWritten;
    m_pending.clear();
    return true;
}

bool StoreWriter::writeEncoded(EncodedSegment& segment, QString* error)
{
    Q_ASSERT(m_inTransaction);
    // Whatever is pending comes first, to keep ids in arrival order.
    if (!flushSegment(error))
        return false;
    const qint64 count = segment.info.eventCount;
    segment.info.firstId = m_nextEventId;
    segment.info.lastId = m_nextEventId + count - 1;
    m_nextEventId += count;
    if (count < smallSegmentEvents)
        ++m_smallSegmentsWritten;
    return insertEncoded(segment, error);
}

bool StoreWriter::insertSegment(const EventBatch& events, QString* error)
{
    const EncodedSegment segment = SegmentCodec::encode(events);
    return insertEncoded(segment, error);
}

bool StoreWriter::insertEncoded(const EncodedSegment& segment, QString* error)
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral(
        "INSERT INTO segments(id, last_id, event_count, min_ts, max_ts, min_received, max_received, type_mask,"
        " source_mask, format, columns, payload) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const SegmentInfo& info = segment.info;
    query.addBindValue(info.firstId);
    query.addBindValue(info.lastId);
    query.addBindValue(info.eventCount);
    query.addBindValue(info.minTimestamp);
    query.addBindValue(info.maxTimestamp);
    query.addBindValue(info.minReceivedAt);
    query.addBindValue(info.maxReceivedAt);
    query.addBindValue(qint64(info.typeMask));
    query.addBindValue(qint64(info.sourceMask));
    query.addBindValue(SegmentCodec::format);
    query.addBindValue(segment.columns);
    query.addBindValue(segment.payload);
    if (!query.exec()) {
        *error = tr("cannot store events: %1").arg(sqlError(query));
        return false;
    }
    return true;
}

bool StoreWriter::commit(QString* error)
{
    Q_ASSERT(m_inTransaction);
    if (!flushSegment(error)) {
        rollback();
        return false;
    }
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("UPDATE store_info SET value = ? WHERE key = 'next_event_id'"));
    query.addBindValue(QString::number(m_nextEventId));
    if (!query.exec() || !query.exec(QStringLiteral("COMMIT"))) {
        *error = tr("cannot commit to the store: %1").arg(sqlError(query));
        rollback();
        return false;
    }
    m_inTransaction = false;
    return true;
}

quint64 StoreWriter::journalMark(const QString& name)
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT value FROM store_info WHERE key = ?"));
    query.addBindValue(QString(QStringLiteral("journal:") + name));
    if (query.exec() && query.next())
        return query.value(0).toULongLong();
    return 0;
}

bool StoreWriter::setJournalMark(const QString& name, quint64 sequence, QString* error)
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO store_info(key, value) VALUES(?, ?)"));
    query.addBindValue(QString(QStringLiteral("journal:") + name));
    query.addBindValue(QString::number(sequence));
    if (!query.exec()) {
        *error = tr("cannot write to the store: %1").arg(sqlError(query));
        return false;
    }
    return true;
}

bool StoreWriter::clearJournalMark(const QString& name, QString* error)
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("DELETE FROM store_info WHERE key = ?"));
    query.addBindValue(QString(QStringLiteral("journal:") + name));
    if (!query.exec()) {
        *error = tr("cannot write to the store: %1").arg(sqlError(query));
        return false;
    }
    return true;
}

bool StoreWriter::forgetJournalMarksExcept(const QStringList& names, QString* error)
{
    QSqlQuery query(m_connection->database());
    if (!query.exec(QStringLiteral("SELECT key FROM store_info WHERE key LIKE 'journal:%'"))) {
        *error = tr("cannot read the store: %1").arg(sqlError(query));
        return false;
    }
    QStringList stale;
    while (query.next()) {
        const QString name = query.value(0).toString().mid(8);
        if (!names.contains(name))
            stale.append(name);
    }
    query.finish();
    if (stale.isEmpty())
        return true;
    if (!begin(error))
        return false;
    for (const QString& name : std::as_const(stale)) {
        if (!clearJournalMark(name, error)) {
            rollback();
            return false;
        }
    }
    return commit(error);
}

void StoreWriter::rollback()
{
    if (!m_inTransaction)
        return;
    QSqlQuery query(m_connection->database());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStore) << "rollback failed:" << query.lastError().text();
    m_inTransaction = false;
    m_pending.clear();
}

int StoreWriter::compactTail(QString* error)
{
    Q_ASSERT(!m_inTransaction);
    m_smallSegmentsWritten = 0;
    if (!begin(error))
        return -1;
    QSqlQuery query(m_connection->database());
    // The newest segments, newest first: take the run of small ones at the end.
    if (!query.exec(QStringLiteral("SELECT id, event_count, columns, payload FROM segments ORDER BY id DESC LIMIT 256"))) {
        *error = tr("cannot read the store: %1").arg(sqlError(query));
        rollback();
        return -1;
    }
    struct Stored
    {
        qint64 id;
        QByteArray columns;
        QByteArray payload;
    };
    std::vector<Stored> run;
    int runEvents = 0;
    while (query.next()) {
        const int count = query.value(1).toInt();
        if (count >= smallSegmentEvents || runEvents + count > maxSegmentEvents)
            break;
        run.push_back({ query.value(0).toLongLong(), query.value(2).toByteArray(), query.value(3).toByteArray() });
        runEvents += count;
    }
    query.finish();
    if (run.size() < 2) {
        rollback();
        return 0;
    }

    EventBatch merged;
    merged.reserve(runEvents, 0);
    for (auto it = run.rbegin(); it != run.rend(); ++it) {
        EventBatch part;
        if (!SegmentCodec::decode(it->id, it->columns, &it->payload, part, error)) {
            rollback();
            return -1;
        }
        merged.appendAll(part);
    }
    query.prepare(QStringLiteral("DELETE FROM segments WHERE id >= ? AND id <= ?"));
    query.addBindValue(run.back().id);
    query.addBindValue(run.front().id);
    if (!query.exec() || !insertSegment(merged, error)) {
        if (error->isEmpty())
            *error = tr("cannot merge segments: %1").arg(sqlError(query));
        rollback();
        return -1;
    }
    // commit() also rewrites next_event_id: unchanged here, as begin() read it.
    if (!commit(error))
        return -1;
    qCDebug(lcStore) << "merged" << run.size() << "segments holding" << runEvents << "events";
    return int(run.size());
}

bool StoreWriter::clear(QString* error)
{
    if (!begin(error))
        return false;
    QSqlQuery query(m_connection->database());
    if (!query.exec(QStringLiteral("DELETE FROM segments")) || !query.exec(QStringLiteral("DELETE FROM requests"))
        || !query.exec(QStringLiteral("DELETE FROM event_validation"))) {
        *error = tr("cannot clear the store: %1").arg(sqlError(query));
        rollback();
        return false;
    }
    return commit(error);
}

} // namespace Journey

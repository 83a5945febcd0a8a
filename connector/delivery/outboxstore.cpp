// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "outboxstore.h"

#include "outboxjournal.h"

#include "core/timestamp.h"
#include "store/segmentcodec.h"
#include "store/sqlitestatement.h"
#include "store/storeconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <limits>

namespace Journey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Journey::OutboxStore", text);
}

bool failed(const QSqlQuery& query, QString* error)
{
    if (error)
        *error = tr("outbox: %1").arg(query.lastError().text());
    return false;
}

QByteArray headersToJson(const HttpHeaders& headers)
{
    QJsonArray array;
    for (const auto& [name, value] : headers)
        array.append(QJsonArray { QString::fromLatin1(name), QString::fromUtf8(value) });
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

HttpHeaders headersFromJson(const QByteArray& json)
{
    HttpHeaders headers;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& pair : array)
        headers.append({ pair.toArray().at(0).toString().toLatin1(), pair.toArray().at(1).toString().toUtf8() });
    return headers;
}

QByteArray unpack(const QByteArray& stored)
{
    QByteArray raw;
    if (stored.isEmpty() || !SegmentCodec::decompress(stored, raw))
        return {};
    return raw;
}

const char rowColumns[] = "id, provider, owner, state, type, message_id, name, user_id, anonymous_id, created_at, updated_at, "
                          "attempts, next_attempt_at, sample_rate, reason, exchange_id";

OutboxRow readRow(const QSqlQuery& query, bool withMessage)
{
    OutboxRow row;
    row.id = query.value(0).toLongLong();
    row.provider = query.value(1).toString();
    row.owner = query.value(2).toLongLong();
    row.state = OutboxState(query.value(3).toInt());
    row.type = EventType(query.value(4).toInt());
    row.messageId = query.value(5).toString();
    row.name = query.value(6).toString();
    row.userId = query.value(7).toString();
    row.anonymousId = query.value(8).toString();
    row.createdAt = query.value(9).toLongLong();
    row.updatedAt = query.value(10).toLongLong();
    row.attempts = query.value(11).toInt();
    row.nextAttemptAt = query.value(12).toLongLong();
    row.sampleRate = query.value(13).toDouble();
    row.reason = query.value(14).toString();
    row.exchangeId = query.value(15).toLongLong();
    if (withMessage)
        row.message = query.value(16).toByteArray();
    return row;
}

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

class Transaction
{
public:
    explicit Transaction(QSqlDatabase database)
        : m_query(database)
    {
    }
    ~Transaction()
    {
        if (m_open)
            m_query.exec(QStringLiteral("ROLLBACK"));
    }
    bool begin(QString* error)
    {
        if (!m_query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return failed(m_query, error);
        m_open = true;
        return true;
    }
    bool commit(QString* error)
    {
        if (!m_query.exec(QStringLiteral("COMMIT")))
            return failed(m_query, error);
        m_open = false;
        return true;
    }

private:
    QSqlQuery m_query;
    bool m_open = false;
};

} // namespace

/// The statements of the hot paths, prepared once per connection.
struct OutboxStore::Statements
{
    SqliteStatement insertRow;
    SqliteStatement loadQueued;
    SqliteStatement insertExchange;
    SqliteStatement settleRow;
    SqliteStatement replaceMessage;
};

OutboxStore::OutboxStore() = default;
OutboxStore::~OutboxStore() = default;

OutboxStore::Statements* OutboxStore::statements(QString* error)
{
    if (m_statements)
        return m_statements.get();
    auto prepared = std::make_unique<Statements>();
    const QSqlDatabase database = m_connection->database();
    QString why;
    const bool ok = prepared->insertRow.prepare(database,
                        "INSERT INTO outbox(provider, owner, state, type, message_id, name, user_id, anonymous_id, "
                        "created_at, updated_at, attempts, next_attempt_at, sample_rate, reason, exchange_id, message) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                        &why)
        && prepared->loadQueued.prepare(database,
            "SELECT id, provider, owner, state, type, message_id, name, user_id, anonymous_id, created_at, updated_at, "
            "attempts, next_attempt_at, sample_rate, reason, exchange_id, message FROM outbox "
            "WHERE provider = ?1 AND state = 0 AND owner = ?2 AND id > ?3 ORDER BY id LIMIT ?4",
            &why)
        && prepared->insertExchange.prepare(database,
            "INSERT INTO delivery_log(provider, sent_at, duration_ms, attempt, label, method, url, request_headers, "
            "request_body, gzip, wire_size, status, response_headers, response_body, outcome, reason, event_count, "
            "delivered, failed, retried) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
            &why)
        && prepared->settleRow.prepare(database,
            "UPDATE outbox SET state = ?1, attempts = ?2, next_attempt_at = ?3, reason = ?4, "
            "exchange_id = CASE WHEN ?5 > 0 THEN ?5 ELSE exchange_id END, updated_at = ?6 WHERE id = ?7",
            &why)
        && prepared->replaceMessage.prepare(database, "UPDATE outbox SET message = ?1 WHERE id = ?2", &why);
    if (!ok) {
        if (error)
            *error = tr("outbox: %1").arg(why);
        return nullptr;
    }
    m_statements = std::move(prepared);
    return m_statements.get();
}

bool OutboxStore::open(const QString& path, QString* error)
{
    m_statements.reset();
    m_connection = std::make_unique<StoreConnection>(path);
    if (!m_connection->open(StoreConnection::OpenMode::CreateIfMissing, error)) {
        m_connection.reset();
        return false;
    }
    return true;
}

bool OutboxStore::isOpen() const
{
    return m_connection != nullptr;
}

namespace {

QString journalKey(qint64 owner)
{
    return QStringLiteral("outbox_journal:%1").arg(owner);
}

} // namespace

bool OutboxStore::insert(QList<OutboxRow>& rows, QString* error, qint64 journalOwner, qint64 journalSerial)
{
    if (rows.isEmpty())
        return true;
    Transaction transaction(m_connection->database());
    if (!transaction.begin(error))
        return false;
    if (journalOwner != 0) {
        QSqlQuery mark(m_connection->database());
        mark.prepare(QStringLiteral("INSERT OR REPLACE INTO store_info(key, value) VALUES (?, ?)"));
        mark.addBindValue(journalKey(journalOwner));
        mark.addBindValue(QString::number(journalSerial));
        if (!mark.exec())
            return failed(mark, error);
    }
    Statements* prepared = statements(error);
    if (!prepared)
        return false;
    SqliteStatement& insert = prepared->insertRow;
    QString why;
    for (OutboxRow& row : rows) {
        const QByteArray provider = row.provider.toUtf8();
        const QByteArray messageId = row.messageId.toUtf8();
        const QByteArray name = row.name.toUtf8();
        const QByteArray userId = row.userId.toUtf8();
        const QByteArray anonymousId = row.anonymousId.toUtf8();
        const QByteArray reason = row.reason.toUtf8();
        insert.bindText(1, provider);
        insert.bindInteger(2, row.owner);
        insert.bindInteger(3, int(row.state));
        insert.bindInteger(4, int(row.type));
        insert.bindText(5, messageId);
        insert.bindText(6, name);
        insert.bindText(7, userId);
        insert.bindText(8, anonymousId);
        insert.bindInteger(9, row.createdAt);
        insert.bindInteger(10, row.updatedAt);
        insert.bindInteger(11, row.attempts);
        insert.bindInteger(12, row.nextAttemptAt);
        insert.bindDouble(13, row.sampleRate);
        insert.bindText(14, reason);
        insert.bindInteger(15, row.exchangeId);
        insert.bindBlob(16, row.message);
        if (!insert.execute(&why)) {
            *error = tr("outbox: %1").arg(why);
            return false;
        }
        row.id = insert.lastInsertId();
    }
    return transaction.commit(error);
}

int OutboxStore::replayJournal(qint64 endedOwner, const QByteArray& journal, qint64 owner, QString* error)
{
    QSqlQuery read(m_connection->database());
    read.prepare(QStringLiteral("SELECT value FROM store_info WHERE key = ?"));
    read.addBindValue(journalKey(endedOwner));
    if (!read.exec()) {
        failed(read, error);
        return -1;
    }
    const qint64 committed = read.next() ? read.value(0).toLongLong() : 0;
    read.finish();
    QList<OutboxRow> missing;
    for (const OutboxJournal::Record& record : OutboxJournal::decode(journal)) {
        if (record.serial <= committed)
            continue;
        for (OutboxRow row : record.rows) {
            row.owner = owner;
            missing.append(row);
        }
    }
    // The rows and a mark that says "all of it is in" go together; the caller removes the journal file, then
    // forgets the mark. A crash at any point neither loses nor duplicates a row.
    if (!missing.isEmpty() && !insert(missing, error, endedOwner, std::numeric_limits<qint64>::max()))
        return -1;
    return int(missing.size());
}

bool OutboxStore::forgetJournal(qint64 owner, QString* error)
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("DELETE FROM store_info WHERE key = ?"));
    query.addBindValue(journalKey(owner));
    if (!query.exec())
        return failed(query, error);
    return true;
}

QList<OutboxRow> OutboxStore::queued(const QString& provider, qint64 owner, qint64 afterId, int limit, QString* error)
{
    QList<OutboxRow> result;
    Statements* prepared = statements(error);
    if (!prepared)
        return result;
    SqliteStatement& load = prepared->loadQueued;
    const QByteArray providerUtf8 = provider.toUtf8();
    load.bindText(1, providerUtf8);
    load.bindInteger(2, owner);
    load.bindInteger(3, afterId);
    load.bindInteger(4, limit);
    QString why;
    for (;;) {
        const SqliteStatement::Step step = load.step(&why);
        if (step == SqliteStatement::Step::Done)
            break;
        if (step == SqliteStatement::Step::Error) {
            *error = tr("outbox: %1").arg(why);
            return {};
        }
        OutboxRow row;
        row.id = load.integer(0);
        row.provider = provider;
        row.owner = load.integer(2);
        row.state = OutboxState(load.integer(3));
        row.type = EventType(load.integer(4));
        row.messageId = load.text(5);
        row.name = load.text(6);
        row.userId = load.text(7);
        row.anonymousId = load.text(8);
        row.createdAt = load.integer(9);
        row.updatedAt = load.integer(10);
        row.attempts = int(load.integer(11));
        row.nextAttemptAt = load.integer(12);
        row.sampleRate = load.real(13);
        row.reason = load.text(14);
        row.exchangeId = load.integer(15);
        row.message = load.bytes(16);
        result.append(std::move(row));
    }
    load.reset();
    return result;
}

QHash<QString, qint64> OutboxStore::maxQueuedIds(qint64 owner, QString* error)
{
    QHash<QString, qint64> result;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT provider, max(id) FROM outbox WHERE state = 0 AND owner = ? GROUP BY provider"));
    query.addBindValue(owner);
    if (!query.exec()) {
        failed(query, error);
        return result;
    }
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toLongLong());
    return result;
}

QList<OutboxRow> OutboxStore::rows(const QList<qint64>& ids, QString* error)
{
    QList<OutboxRow> result;
    if (ids.isEmpty())
        return result;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1, message FROM outbox WHERE id IN (%2) ORDER BY id")
                        .arg(QLatin1String(rowColumns), idList(ids)))) {
        failed(query, error);
        return result;
    }
    while (query.next())
        result.append(readRow(query, true));
    return result;
}

bool OutboxStore::settle(QList<DeliveryExchange>& exchanges, const QList<Update>& updates, QString* error)
{
    Statements* prepared = statements(error);
    if (!prepared)
        return false;
    Transaction transaction(m_connection->database());
    if (!transaction.begin(error))
        return false;
    QString why;
    SqliteStatement& insert = prepared->insertExchange;
    for (DeliveryExchange& exchange : exchanges) {
        const QByteArray provider = exchange.provider.toUtf8();
        const QByteArray label = exchange.label.toUtf8();
        const QByteArray url = exchange.url.toUtf8();
        const QByteArray requestHeaders = headersToJson(exchange.requestHeaders);
        const QByteArray requestBody = SegmentCodec::compress(exchange.requestBody, 8);
        const QByteArray responseHeaders = headersToJson(exchange.responseHeaders);
        const QByteArray responseBody = SegmentCodec::compress(exchange.responseBody, 8);
        const QByteArray reason = exchange.reason.toUtf8();
        insert.bindText(1, provider);
        insert.bindInteger(2, exchange.sentAt);
        insert.bindInteger(3, exchange.durationMs);
        insert.bindInteger(4, exchange.attempt);
        insert.bindText(5, label);
        insert.bindText(6, exchange.method);
        insert.bindText(7, url);
        insert.bindText(8, requestHeaders);
        insert.bindBlob(9, requestBody);
        insert.bindInteger(10, exchange.gzip ? 1 : 0);
        insert.bindInteger(11, exchange.wireSize);
        insert.bindInteger(12, exchange.status);
        insert.bindText(13, responseHeaders);
        insert.bindBlob(14, responseBody);
        insert.bindInteger(15, int(exchange.outcome));
        insert.bindText(16, reason);
        insert.bindInteger(17, exchange.eventCount);
        insert.bindInteger(18, exchange.delivered);
        insert.bindInteger(19, exchange.failed);
        insert.bindInteger(20, exchange.retried);
        if (!insert.execute(&why)) {
            *error = tr("outbox: %1").arg(why);
            return false;
        }
        exchange.id = insert.lastInsertId();
    }
    SqliteStatement& update = prepared->settleRow;
    const qint64 now = Timestamp::nowMs();
    for (const Update& row : updates) {
        const qint64 exchangeId = row.exchange >= 0 && row.exchange < exchanges.size() ? exchanges[row.exchange].id : 0;
        const QByteArray reason = row.reason.toUtf8();
        update.bindInteger(1, int(row.state));
        update.bindInteger(2, row.attempts);
        update.bindInteger(3, row.nextAttemptAt);
        update.bindText(4, reason);
        update.bindInteger(5, exchangeId);
        update.bindInteger(6, now);
        update.bindInteger(7, row.id);
        if (!update.execute(&why)) {
            *error = tr("outbox: %1").arg(why);
            return false;
        }
        if (!row.message.isEmpty()) {
            prepared->replaceMessage.bindBlob(1, row.message);
            prepared->replaceMessage.bindInteger(2, row.id);
            if (!prepared->replaceMessage.execute(&why)) {
                *error = tr("outbox: %1").arg(why);
                return false;
            }
        }
    }
    return transaction.commit(error);
}

int OutboxStore::adopt(qint64 owner, const QList<qint64>& liveOwners, QString* error)
{
    QList<qint64> keep = liveOwners;
    keep.append(owner);
    QSqlQuery query(m_connection->database());
    if (!query.exec(QStringLiteral("UPDATE outbox SET owner = %1 WHERE state = 0 AND owner NOT IN (%2)")
                        .arg(owner)
                        .arg(idList(keep)))) {
        failed(query, error);
        return -1;
    }
    return query.numRowsAffected();
}

QList<qint64> OutboxStore::requeueDead(const QString& provider, const QList<qint64>& ids, qint64 owner, QString* error)
{
    QList<qint64> moved;
    Transaction transaction(m_connection->database());
    if (!transaction.begin(error))
        return moved;
    QSqlQuery select(m_connection->database());
    QString sql = QStringLiteral("SELECT id FROM outbox WHERE provider = ? AND state = 2");
    if (!ids.isEmpty())
        sql += QStringLiteral(" AND id IN (%1)").arg(idList(ids));
    select.prepare(sql);
    select.addBindValue(provider);
    if (!select.exec()) {
        failed(select, error);
        return {};
    }
    while (select.next())
        moved.append(select.value(0).toLongLong());
    if (moved.isEmpty())
        return moved;
    QSqlQuery update(m_connection->database());
    if (!update.exec(QStringLiteral("UPDATE outbox SET state = 0, attempts = 0, next_attempt_at = 0, owner = %1, "
                                    "reason = '', updated_at = %2 WHERE id IN (%3)")
                         .arg(owner)
                         .arg(Timestamp::nowMs())
                         .arg(idList(moved)))) {
        failed(update, error);
        return {};
    }
    if (!transaction.commit(error))
        return {};
    return moved;
}

int OutboxStore::discardDead(const QString& provider, const QList<qint64>& ids, QString* error)
{
    QSqlQuery query(m_connection->database());
    QString sql = QStringLiteral("DELETE FROM outbox WHERE provider = ? AND state = 2");
    if (!ids.isEmpty())
        sql += QStringLiteral(" AND id IN (%1)").arg(idList(ids));
    query.prepare(sql);
    query.addBindValue(provider);
    if (!query.exec()) {
        failed(query, error);
        return -1;
    }
    return query.numRowsAffected();
}

QHash<QString, ProviderStats> OutboxStore::counts(QString* error)
{
    QHash<QString, ProviderStats> result;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT provider, state, count(*) FROM outbox GROUP BY provider, state"))) {
        failed(query, error);
        return result;
    }
    while (query.next()) {
        ProviderStats& stats = result[query.value(0).toString()];
        stats.provider = query.value(0).toString();
        const qint64 count = query.value(2).toLongLong();
        switch (OutboxState(query.value(1).toInt())) {
        case OutboxState::Queued:
            stats.queued = count;
            break;
        case OutboxState::Delivered:
            stats.delivered = count;
            break;
        case OutboxState::Dead:
            stats.dead = count;
            break;
        case OutboxState::SampledOut:
            stats.sampledOut = count;
            break;
        }
    }
    return result;
}

QList<OutboxRow> OutboxStore::statusOf(const QString& messageId, QString* error)
{
    QList<OutboxRow> result;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE message_id = ? ORDER BY id DESC").arg(QLatin1String(rowColumns)));
    query.addBindValue(messageId);
    if (!query.exec()) {
        failed(query, error);
        return result;
    }
    while (query.next())
        result.append(readRow(query, false));
    return result;
}

QList<OutboxRow> OutboxStore::deadLetters(const QString& provider, int limit, QString* error)
{
    QList<OutboxRow> result;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM outbox WHERE state = 2").arg(QLatin1String(rowColumns));
    if (!provider.isEmpty())
        sql += QStringLiteral(" AND provider = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit);
    query.prepare(sql);
    if (!provider.isEmpty())
        query.addBindValue(provider);
    if (!query.exec()) {
        failed(query, error);
        return result;
    }
    while (query.next())
        result.append(readRow(query, false));
    return result;
}

QList<DeliveryExchange> OutboxStore::exchanges(const ExchangeFilter& filter, QString* error)
{
    QList<DeliveryExchange> result;
    QStringList where;
    QVariantList values;
    if (!filter.provider.isEmpty()) {
        where.append(QStringLiteral("provider = ?"));
        values.append(filter.provider);
    }
    if (filter.outcome >= 0) {
        where.append(QStringLiteral("outcome = ?"));
        values.append(filter.outcome);
    }
    if (filter.beforeId > 0) {
        where.append(QStringLiteral("id < ?"));
        values.append(filter.beforeId);
    }
    QString sql = QStringLiteral("SELECT id, provider, sent_at, duration_ms, attempt, label, method, url, gzip, wire_size, status, "
                                 "outcome, reason, event_count, delivered, failed, retried FROM delivery_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(qMax(1, filter.limit));
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        failed(query, error);
        return result;
    }
    while (query.next()) {
        DeliveryExchange exchange;
        exchange.id = query.value(0).toLongLong();
        exchange.provider = query.value(1).toString();
        exchange.sentAt = query.value(2).toLongLong();
        exchange.durationMs = query.value(3).toInt();
        exchange.attempt = query.value(4).toInt();
        exchange.label = query.value(5).toString();
        exchange.method = query.value(6).toString().toLatin1();
        exchange.url = query.value(7).toString();
        exchange.gzip = query.value(8).toBool();
        exchange.wireSize = query.value(9).toLongLong();
        exchange.status = query.value(10).toInt();
        exchange.outcome = DeliveryOutcome(query.value(11).toInt());
        exchange.reason = query.value(12).toString();
        exchange.eventCount = query.value(13).toInt();
        exchange.delivered = query.value(14).toInt();
        exchange.failed = query.value(15).toInt();
        exchange.retried = query.value(16).toInt();
        result.append(exchange);
    }
    return result;
}

bool OutboxStore::exchange(qint64 id, DeliveryExchange& out, QString* error)
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT id, provider, sent_at, duration_ms, attempt, label, method, url, request_headers, "
                                 "request_body, gzip, wire_size, status, response_headers, response_body, outcome, reason, "
                                 "event_count, delivered, failed, retried FROM delivery_log WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failed(query, error);
    if (!query.next()) {
        if (error)
            *error = tr("no delivery log entry %1").arg(id);
        return false;
    }
    out.id = query.value(0).toLongLong();
    out.provider = query.value(1).toString();
    out.sentAt = query.value(2).toLongLong();
    out.durationMs = query.value(3).toInt();
    out.attempt = query.value(4).toInt();
    out.label = query.value(5).toString();
    out.method = query.value(6).toString().toLatin1();
    out.url = query.value(7).toString();
    out.requestHeaders = headersFromJson(query.value(8).toString().toUtf8());
    out.requestBody = unpack(query.value(9).toByteArray());
    out.gzip = query.value(10).toBool();
    out.wireSize = query.value(11).toLongLong();
    out.status = query.value(12).toInt();
    out.responseHeaders = headersFromJson(query.value(13).toString().toUtf8());
    out.responseBody = unpack(query.value(14).toByteArray());
    out.outcome = DeliveryOutcome(query.value(15).toInt());
    out.reason = query.value(16).toString();
    out.eventCount = query.value(17).toInt();
    out.delivered = query.value(18).toInt();
    out.failed = query.value(19).toInt();
    out.retried = query.value(20).toInt();
    return true;
}

} // namespace Journey

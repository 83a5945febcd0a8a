// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "outboxjournal.h"

#include <QDataStream>
#include <QIODevice>

#include <cstring>
#include <xxhash.h>

namespace Journey {

namespace {

constexpr quint32 maxRecordBytes = 256u * 1024u * 1024u;
// Format 2 payloads start with this; format 1 (QDataStream) started with the serial's high bytes, zeros.
constexpr char magic[4] = { 'J', 'R', 'N', '2' };

} // namespace

namespace {

/// Appends \a value as u32 length + UTF-8; ASCII (ids, event names) is copied without a conversion.
void appendText(ByteBuffer& out, const QString& value)
{
    const qsizetype length = value.size();
    const char16_t* chars = reinterpret_cast<const char16_t*>(value.constData());
    char* at = out.prepare(4 + length);
    qsizetype i = 0;
    for (; i < length && chars[i] < 0x80; ++i)
        at[4 + i] = char(chars[i]);
    if (i == length) {
        const quint32 size = quint32(length);
        std::memcpy(at, &size, 4);
        out.resize(out.size() + 4 + length);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    const quint32 size = quint32(utf8.size());
    out.append(reinterpret_cast<const char*>(&size), 4);
    out.append(utf8.constData(), utf8.size());
}

} // namespace

void OutboxJournal::encode(ByteBuffer& frame, qint64 serial, const QList<OutboxRow>& rows)
{
    // Payload (format 2): "JRN2", i64 serial, u32 row count, then per row: u8 flags (bit 0: the message is
    // the previous row's, not repeated), provider, u8 state, u8 type, messageId, name, userId, anonymousId,
    // i64 createdAt, f64 sampleRate, reason[, message]. Strings are u32 length + UTF-8; integers little-endian.
    const qsizetype start = frame.size();
    const auto raw = [&frame](const auto& value) { frame.append(reinterpret_cast<const char*>(&value), sizeof value); };
    const auto bytes = [&frame, &raw](QByteArrayView value) {
        raw(quint32(value.size()));
        frame.append(value);
    };

    raw(quint32(0)); // the length, filled in below
    frame.append(magic, 4);
    raw(serial);
    raw(quint32(rows.size()));
    const QByteArray* previous = nullptr;
    for (const OutboxRow& row : rows) {
        const bool sameMessage = previous && previous->constData() == row.message.constData()
            && previous->size() == row.message.size();
        raw(quint8(sameMessage ? 1 : 0));
        appendText(frame, row.provider);
        raw(quint8(row.state));
        raw(quint8(row.type));
        appendText(frame, row.messageId);
        appendText(frame, row.name);
        appendText(frame, row.userId);
        appendText(frame, row.anonymousId);
        raw(row.createdAt);
        raw(row.sampleRate);
        appendText(frame, row.reason);
        if (!sameMessage)
            bytes(row.message);
        previous = &row.message;
    }
    const quint32 length = quint32(frame.size() - start - 4);
    std::memcpy(frame.data() + start, &length, 4);
    const quint64 checksum = XXH3_64bits(frame.data() + start + 4, length);
    raw(checksum);
}

QByteArray OutboxJournal::encode(qint64 serial, const QList<OutboxRow>& rows)
{
    ByteBuffer frame;
    encode(frame, serial, rows);
    return frame.toByteArray();
}

namespace {

/// Reads format 2 (see encode()); false when the payload is malformed.
bool decodeRows(const char* data, quint32 length, OutboxJournal::Record& record)
{
    qsizetype at = 4; // after the magic
    bool ok = true;
    const auto raw = [&](auto& value) {
        if (!ok || at + qsizetype(sizeof value) > qsizetype(length))
            return void(ok = false);
        std::memcpy(&value, data + at, sizeof value);
        at += qsizetype(sizeof value);
    };
    const auto bytes = [&](QByteArray& value) {
        quint32 size = 0;
        raw(size);
        if (!ok || at + qsizetype(size) > qsizetype(length))
            return void(ok = false);
        value = QByteArray(data + at, qsizetype(size));
        at += qsizetype(size);
    };
    const auto text = [&](QString& value) {
        QByteArray utf8;
        bytes(utf8);
        value = QString::fromUtf8(utf8);
    };
    quint32 count = 0;
    raw(record.serial);
    raw(count);
    QByteArray previous;
    for (quint32 i = 0; i < count && ok; ++i) {
        OutboxRow row;
        quint8 flags = 0;
        quint8 state = 0;
        quint8 type = 0;
        raw(flags);
        text(row.provider);
        raw(state);
        raw(type);
        text(row.messageId);
        text(row.name);
        text(row.userId);
        text(row.anonymousId);
        raw(row.createdAt);
        raw(row.sampleRate);
        text(row.reason);
        if (flags & 1)
            row.message = previous;
        else
            bytes(row.message);
        previous = row.message;
        row.state = OutboxState(state);
        row.type = EventType(type);
        row.updatedAt = row.createdAt;
        record.rows.append(row);
    }
    return ok;
}

/// Reads format 1 (QDataStream, written by builds before format 2); false when the payload is malformed.
bool decodeRowsV1(const char* data, quint32 length, OutboxJournal::Record& record)
{
    QDataStream stream(QByteArray::fromRawData(data, length));
    stream.setVersion(QDataStream::Qt_6_4);
    qint32 count = 0;
    stream >> record.serial >> count;
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        OutboxRow row;
        qint32 state = 0;
        qint32 type = 0;
        stream >> row.provider >> state >> type >> row.messageId >> row.name >> row.userId >> row.anonymousId
            >> row.createdAt >> row.sampleRate >> row.reason >> row.message;
        row.state = OutboxState(state);
        row.type = EventType(type);
        row.updatedAt = row.createdAt;
        record.rows.append(row);
    }
    return stream.status() == QDataStream::Ok;
}

} // namespace

QList<OutboxJournal::Record> OutboxJournal::decode(const QByteArray& journal)
{
    QList<Record> records;
    qsizetype position = 0;
    while (position + 12 <= journal.size()) {
        quint32 length = 0;
        std::memcpy(&length, journal.constData() + position, 4);
        if (length > maxRecordBytes || position + 12 + qsizetype(length) > journal.size())
            break;
        const char* payload = journal.constData() + position + 4;
        quint64 checksum = 0;
        std::memcpy(&checksum, payload + length, 8);
        if (checksum != XXH3_64bits(payload, length))
            break;
        Record record;
        const bool format2 = length >= 4 && std::memcmp(payload, magic, 4) == 0;
        if (!(format2 ? decodeRows(payload, length, record) : decodeRowsV1(payload, length, record)))
            break;
        records.append(record);
        position += 12 + qsizetype(length);
    }
    return records;
}

} // namespace Journey

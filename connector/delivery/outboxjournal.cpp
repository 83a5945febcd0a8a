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

} // namespace

QByteArray OutboxJournal::encode(qint64 serial, const QList<OutboxRow>& rows)
{
    QByteArray payload;
    {
        QDataStream stream(&payload, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_4);
        stream << serial << qint32(rows.size());
        for (const OutboxRow& row : rows) {
            stream << row.provider << qint32(row.state) << qint32(row.type) << row.messageId << row.name << row.userId
                   << row.anonymousId << row.createdAt << row.sampleRate << row.reason << row.message;
        }
    }
    QByteArray frame;
    frame.reserve(payload.size() + 12);
    const quint32 length = quint32(payload.size());
    frame.append(reinterpret_cast<const char*>(&length), 4);
    frame.append(payload);
    const quint64 checksum = XXH3_64bits(payload.constData(), size_t(payload.size()));
    frame.append(reinterpret_cast<const char*>(&checksum), 8);
    return frame;
}

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
        QDataStream stream(QByteArray::fromRawData(payload, length));
        stream.setVersion(QDataStream::Qt_6_4);
        Record record;
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
        if (stream.status() != QDataStream::Ok)
            break;
        records.append(record);
        position += 12 + qsizetype(length);
    }
    return records;
}

} // namespace Journey

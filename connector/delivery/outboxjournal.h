// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "outboxrow.h"

#include "core/bytebuffer.h"

#include <QByteArray>
#include <QList>

namespace Journey {

/*!
 * The record format of a session's outbox journal (see DeliveryOwnership): each accepted call's rows, framed
 * as `u32 length, payload, u64 XXH3(payload)`, the payload carrying a serial that increases per record. A
 * record cut short or damaged ends the journal there. Payloads are format 2 (see encode()); format 1 records of
 * earlier builds are still read.
 */
class OutboxJournal
{
public:
    struct Record
    {
        qint64 serial = 0;
        QList<OutboxRow> rows;
    };

    /// Appends the record of \a rows to \a out.
    static void encode(ByteBuffer& out, qint64 serial, const QList<OutboxRow>& rows);
    static QByteArray encode(qint64 serial, const QList<OutboxRow>& rows);
    static QList<Record> decode(const QByteArray& journal);
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventbatch.h"

#include <QByteArray>
#include <QString>

namespace Journey {

/// The summary of a segment that lives in plain SQL columns, so queries can skip segments without decoding.
struct SegmentInfo
{
    qint64 firstId = 0;
    qint64 lastId = 0;
    int eventCount = 0;
    qint64 minTimestamp = 0;
    qint64 maxTimestamp = 0;
    qint64 minReceivedAt = 0;
    qint64 maxReceivedAt = 0;
    quint32 typeMask = 0; ///< bit (1 << EventType) for each type present
    quint64 sourceMask = 0; ///< bit (1 << EventSource) for each source present
};

/// A segment ready for the segments table.
struct EncodedSegment
{
    SegmentInfo info;
    QByteArray columns;
    QByteArray payload;
};

/*!
 * Encodes a block of events as one stored segment and back.
 *
 * `columns` holds the indexed fields as little-endian arrays plus a string table in which each distinct
 * name and id appears once; `payload` holds the canonical JSON messages. Both are LZ4-compressed. Reading
 * the columns alone (to filter, count or analyse) never touches the payload. Format 1 layout:
 *
 *     u32 magic "JSG1", u32 count, u32 stringCount, u32 stringBytes, then compressed (u32 rawSize, LZ4):
 *     i64 timestamp[count], i64 receivedAt[count], i64 requestId[count]   each as the difference to the one before
 *     u32 idOffset[count]                       id - segment first id
 *     u8 type[count], u8 source[count], padding to 4 bytes
 *     u32 string[6][count]                      messageId, userId, anonymousId, name, groupId, previousId
 *     u32 stringEnd[stringCount], u8 strings[stringBytes]   string 0 is ""
 *     u32 payloadEnd[count]
 *
 *     payload: u32 rawSize, LZ4 block
 */
class SegmentCodec
{
public:
    static constexpr int format = 1;

    /// \a events must have ids set and sorted ascending.
    static EncodedSegment encode(const EventBatch& events);
    /// Appends the events of a segment to \a out (which must be empty). With \a payload null, payloads are
    /// left out. Returns false with \a error set when the blobs are damaged.
    static bool decode(qint64 firstId, const QByteArray& columns, const QByteArray* payload, EventBatch& out,
        QString* error);
    /// LZ4 helpers also used for raw request bodies: a u32 size prefix, then the LZ4 block.
    /// \a acceleration above 1 trades ratio for speed (LZ4's fast mode).
    static QByteArray compress(QByteArrayView raw, int acceleration = 1);
    static bool decompress(QByteArrayView compressed, QByteArray& out);
    static bool decompress(QByteArrayView compressed, ByteBuffer& out);
};

} // namespace Journey

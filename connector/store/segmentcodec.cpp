// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "segmentcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QtEndian>

#include <lz4.h>

#include <array>
#include <cstring>
#include <limits>

namespace Journey {

namespace {

constexpr quint32 magic = 0x3147534A; // "JSG1" little-endian
constexpr int stringColumns = 6;
constexpr qsizetype headerBytes = 16;
// Refuse to allocate for absurd sizes read from a damaged blob.
constexpr quint32 maxRawPayload = 1u << 30;

template<typename T>
void appendArray(QByteArray& out, const T* data, size_t count)
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the segment format is little-endian");
    out.append(reinterpret_cast<const char*>(data), qsizetype(count * sizeof(T)));
}

void appendU32(QByteArray& out, quint32 value)
{
    appendArray(out, &value, 1);
}

class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    {
    }
    template<typename T>
    bool read(T* target, size_t count)
    {
        const qsizetype bytes = qsizetype(count * sizeof(T));
        if (bytes < 0 || m_pos + bytes > m_data.size())
            return false;
        if (bytes == 0)
            return true;
        std::memcpy(target, m_data.data() + m_pos, size_t(bytes));
        m_pos += bytes;
        return true;
    }
    bool skip(qsizetype bytes)
    {
        if (m_pos + bytes > m_data.size())
            return false;
        m_pos += bytes;
        return true;
    }
    const char* current() const { return m_data.data() + m_pos; }
    qsizetype remaining() const { return m_data.size() - m_pos; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

QString damaged(const char* what)
{
    return QCoreApplication::translate("Journey::SegmentCodec", "stored segment is damaged (%1)").arg(QLatin1String(what));
}

} // namespace

QByteArray SegmentCodec::compress(QByteArrayView raw, int acceleration)
{
    QByteArray out;
    const int bound = LZ4_compressBound(int(raw.size()));
    out.resize(4 + bound);
    const quint32 rawSize = quint32(raw.size());
    std::memcpy(out.data(), &rawSize, 4);
    const int written = LZ4_compress_fast(raw.data(), out.data() + 4, int(raw.size()), bound, acceleration);
    out.resize(4 + written);
    return out;
}

bool SegmentCodec::decompress(QByteArrayView compressed, QByteArray& out)
{
    ByteBuffer buffer;
    if (!decompress(compressed, buffer))
        return false;
    out = buffer.toByteArray();
    return true;
}

bool SegmentCodec::decompress(QByteArrayView compressed, ByteBuffer& out)
{
    if (compressed.size() < 4)
        return false;
    quint32 rawSize = 0;
    std::memcpy(&rawSize, compressed.data(), 4);
    // An LZ4 block expands at most about 255 times: a larger size is damage, and must not be allocated.
    if (rawSize > maxRawPayload || quint64(rawSize) > quint64(compressed.size() - 4) * 255 + 64)
        return false;
    out.resize(qsizetype(rawSize));
    const int read = LZ4_decompress_safe(compressed.data() + 4, out.data(), int(compressed.size() - 4), int(rawSize));
    return read == int(rawSize);
}

EncodedSegment SegmentCodec::encode(const EventBatch& events)
{
    const int count = events.size();
    Q_ASSERT(count > 0);
    EncodedSegment segment;
    SegmentInfo& info = segment.info;
    info.firstId = events.id(0);
    info.lastId = events.id(count - 1);
    info.eventCount = count;
    info.minTimestamp = info.maxTimestamp = events.timestamp(0);
    info.minReceivedAt = info.maxReceivedAt = events.receivedAt(0);

    const auto n64 = static_cast<size_t>(count);
    std::vector<qint64> timestamps(n64), receivedAts(n64), requestIds(n64);
    std::vector<quint32> idOffsets(n64);
    std::vector<quint8> types(n64), sources(n64);
    std::array<std::vector<quint32>, stringColumns> strings;
    for (auto& column : strings)
        column.resize(n64);

    // The string table: every distinct value once (message ids are unique, so they skip the lookup).
    std::vector<quint32> stringEnds { 0 };
    QByteArray stringBytes;
    stringBytes.reserve(events.stringBytes() / 2 + 64);
    QHash<QByteArrayView, quint32> indexOf;
    indexOf.reserve(count);
    const auto intern = [&](QByteArrayView text, bool lookup) -> quint32 {
        if (text.isEmpty())
            return 0;
        if (lookup) {
            const auto it = indexOf.constFind(text);
            if (it != indexOf.constEnd())
                return it.value();
        }
        stringBytes.append(text.data(), text.size());
        stringEnds.push_back(quint32(stringBytes.size()));
        const auto index = quint32(stringEnds.size() - 1);
        if (lookup)
            indexOf.insert(text, index);
        return index;
    };

    for (int i = 0; i < count; ++i) {
        const auto n = size_t(i);
        timestamps[n] = events.timestamp(i);
        receivedAts[n] = events.receivedAt(i);
        requestIds[n] = events.requestId(i);
        idOffsets[n] = quint32(events.id(i) - info.firstId);
        types[n] = quint8(events.type(i));
        sources[n] = quint8(events.source(i));
        strings[0][n] = intern(events.messageId(i), false);
        strings[1][n] = intern(events.userId(i), true);
        strings[2][n] = intern(events.anonymousId(i), true);
        strings[3][n] = intern(events.name(i), true);
        strings[4][n] = intern(events.groupId(i), true);
        strings[5][n] = intern(events.previousId(i), true);

        info.minTimestamp = std::min(info.minTimestamp, timestamps[n]);
        info.maxTimestamp = std::max(info.maxTimestamp, timestamps[n]);
        info.minReceivedAt = std::min(info.minReceivedAt, receivedAts[n]);
        info.maxReceivedAt = std::max(info.maxReceivedAt, receivedAts[n]);
        info.typeMask |= 1u << types[n];
        info.sourceMask |= quint64(1) << (sources[n] & 63);
    }

    // Time columns as differences from the previous event: small numbers that compress well.
    for (auto* column : { &timestamps, &receivedAts, &requestIds }) {
        for (size_t i = column->size(); i-- > 1;)
            (*column)[i] -= (*column)[i - 1];
    }
    QByteArray body;
    body.reserve(qsizetype(count) * (3 * 8 + 4 + 2 + stringColumns * 4 + 4) + stringBytes.size()
        + qsizetype(stringEnds.size()) * 4 + 8);
    appendArray(body, timestamps.data(), timestamps.size());
    appendArray(body, receivedAts.data(), receivedAts.size());
    appendArray(body, requestIds.data(), requestIds.size());
    appendArray(body, idOffsets.data(), idOffsets.size());
    appendArray(body, types.data(), types.size());
    appendArray(body, sources.data(), sources.size());
    const qsizetype padding = (4 - (2 * count) % 4) % 4;
    body.append(padding, '\0');
    for (const auto& column : strings)
        appendArray(body, column.data(), column.size());
    appendArray(body, stringEnds.data() + 1, stringEnds.size() - 1);
    body.append(stringBytes);
    // Payloads are already back to back in the batch: compress them in place.
    appendArray(body, events.payloadEnds().data(), events.payloadEnds().size());

    QByteArray& out = segment.columns;
    appendU32(out, magic);
    appendU32(out, quint32(count));
    appendU32(out, quint32(stringEnds.size() - 1));
    appendU32(out, quint32(stringBytes.size()));
    out.append(compress(body));
    segment.payload = compress(events.payloadArena());
    return segment;
}

bool SegmentCodec::decode(qint64 firstId, const QByteArray& columns, const QByteArray* payload, EventBatch& out,
    QString* error)
{
    Q_ASSERT(out.isEmpty());
    quint32 header[4] = {};
    if (columns.size() < headerBytes || (std::memcpy(header, columns.constData(), headerBytes), header[0] != magic)) {
        if (error)
            *error = damaged("unknown format");
        return false;
    }
    ByteBuffer body;
    if (!decompress(QByteArrayView(columns).sliced(headerBytes), body)) {
        if (error)
            *error = damaged("columns do not decompress");
        return false;
    }
    Reader reader(body.view());
    const quint32 count = header[1];
    const quint32 stringCount = header[2];
    const quint32 stringByteCount = header[3];
    // Each event needs at least 58 bytes of columns: reject counts the blob cannot hold before allocating.
    if (count == 0 || qsizetype(count) * 58 > body.size() || stringByteCount > quint32(body.size())
        || qsizetype(stringCount) * 4 > body.size()) {
        if (error)
            *error = damaged("sizes out of range");
        return false;
    }
    const size_t n = count;
    std::vector<qint64> timestamps(n), receivedAts(n), requestIds(n);
    std::vector<quint32> idOffsets(n);
    std::vector<quint8> types(n), sources(n);
    std::array<std::vector<quint32>, stringColumns> strings;
    bool ok = reader.read(timestamps.data(), n) && reader.read(receivedAts.data(), n)
        && reader.read(requestIds.data(), n) && reader.read(idOffsets.data(), n) && reader.read(types.data(), n)
        && reader.read(sources.data(), n) && reader.skip((4 - (2 * qsizetype(n)) % 4) % 4);
    for (auto& column : strings) {
        column.resize(n);
        ok = ok && reader.read(column.data(), n);
    }
    std::vector<quint32> stringEnds(size_t(stringCount) + 1, 0);
    ok = ok && reader.read(stringEnds.data() + 1, stringCount);
    if (!ok || reader.remaining() < qsizetype(stringByteCount) + qsizetype(n) * 4) {
        if (error)
            *error = damaged("truncated columns");
        return false;
    }
    ByteBuffer stringBytes;
    stringBytes.append(reader.current(), qsizetype(stringByteCount));
    reader.skip(stringByteCount);
    std::vector<quint32> payloadEnds(n);
    reader.read(payloadEnds.data(), n);

    for (auto* column : { &timestamps, &receivedAts, &requestIds }) {
        for (size_t i = 1; i < column->size(); ++i)
            (*column)[i] += (*column)[i - 1];
    }
    for (size_t i = 1; i < stringEnds.size(); ++i) {
        if (stringEnds[i] < stringEnds[i - 1] || stringEnds[i] > stringByteCount) {
            if (error)
                *error = damaged("string table out of order");
            return false;
        }
    }

    out.reserve(int(n), 0);
    out.setStringArena(std::move(stringBytes));
    EventBatch::StringRef refs[stringColumns];
    for (size_t i = 0; i < n; ++i) {
        if (types[i] < 1 || types[i] > eventTypeCount) {
            if (error)
                *error = damaged("unknown event type");
            out.clear();
            return false;
        }
        for (int c = 0; c < stringColumns; ++c) {
            const quint32 index = strings[size_t(c)][i];
            if (index > stringCount) {
                if (error)
                    *error = damaged("string index out of range");
                out.clear();
                return false;
            }
            refs[c] = index == 0 ? EventBatch::StringRef {}
                                 : EventBatch::StringRef { stringEnds[index - 1], stringEnds[index] - stringEnds[index - 1] };
        }
        EventFields fields;
        fields.type = EventType(types[i]);
        fields.source = EventSource(sources[i]);
        fields.timestamp = timestamps[i];
        fields.receivedAt = receivedAts[i];
        fields.requestId = requestIds[i];
        out.appendDecoded(firstId + idOffsets[i], fields, refs);
    }

    if (payload) {
        ByteBuffer raw;
        if (!decompress(*payload, raw)) {
            if (error)
                *error = damaged("payload does not decompress");
            out.clear();
            return false;
        }
        quint32 previous = 0;
        for (quint32 end : payloadEnds) {
            if (end < previous || end > quint32(raw.size())) {
                if (error)
                    *error = damaged("payload offsets out of range");
                out.clear();
                return false;
            }
            previous = end;
        }
        out.setPayloads(std::move(raw), std::move(payloadEnds));
    }
    return true;
}

} // namespace Journey

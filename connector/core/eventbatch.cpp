// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventbatch.h"

#include <cstring>

namespace Journey {

void EventBatch::reserve(int events, qsizetype payloadBytes)
{
    const auto n = size_t(events);
    m_ids.reserve(n);
    m_timestamps.reserve(n);
    m_receivedAts.reserve(n);
    m_requestIds.reserve(n);
    m_types.reserve(n);
    m_sources.reserve(n);
    m_validations.reserve(n);
    m_messageIds.reserve(n);
    m_userIds.reserve(n);
    m_anonymousIds.reserve(n);
    m_names.reserve(n);
    m_groupIds.reserve(n);
    m_previousIds.reserve(n);
    m_payloadEnds.reserve(n);
    m_payloads.reserve(payloadBytes);
    m_strings.reserve(qsizetype(events) * 64);
}

void EventBatch::clear()
{
    *this = EventBatch();
}

EventBatch::StringRef EventBatch::addString(QByteArrayView text)
{
    if (text.isEmpty())
        return {};
    const StringRef ref { quint32(m_strings.size()), quint32(text.size()) };
    m_strings.append(text);
    return ref;
}

void EventBatch::append(const EventFields& fields, QByteArrayView payload)
{
    m_ids.push_back(0);
    m_timestamps.push_back(fields.timestamp);
    m_receivedAts.push_back(fields.receivedAt);
    m_requestIds.push_back(fields.requestId);
    m_types.push_back(quint8(fields.type));
    m_sources.push_back(quint8(fields.source));
    m_validations.push_back(quint8(fields.validation));
    m_messageIds.push_back(addString(fields.messageId));
    m_userIds.push_back(addString(fields.userId));
    m_anonymousIds.push_back(addString(fields.anonymousId));
    m_names.push_back(addString(fields.name));
    m_groupIds.push_back(addString(fields.groupId));
    m_previousIds.push_back(addString(fields.previousId));
    m_payloads.append(payload);
    m_payloadEnds.push_back(quint32(m_payloads.size()));
}

void EventBatch::appendFrom(const EventBatch& other, int index)
{
    append(other.fields(index), other.payload(index));
    m_ids.back() = other.id(index);
}

void EventBatch::appendAll(const EventBatch& other)
{
    if (other.isEmpty())
        return;
    if (!other.hasPayloads()) {
        // Decoded without payloads: nothing to copy wholesale.
        reserve(size() + other.size(), m_payloads.size());
        for (int i = 0; i < other.size(); ++i)
            appendFrom(other, i);
        return;
    }
    // Whole columns and arenas at once; references into the other arenas move by where they land here.
    const auto stringBase = quint32(m_strings.size());
    const auto payloadBase = quint32(m_payloads.size());
    const auto append = [](auto& to, const auto& from) { to.insert(to.end(), from.begin(), from.end()); };
    append(m_ids, other.m_ids);
    append(m_timestamps, other.m_timestamps);
    append(m_receivedAts, other.m_receivedAts);
    append(m_requestIds, other.m_requestIds);
    append(m_types, other.m_types);
    append(m_sources, other.m_sources);
    append(m_validations, other.m_validations);
    const auto appendRefs = [stringBase](std::vector<StringRef>& to, const std::vector<StringRef>& from) {
        const size_t first = to.size();
        to.insert(to.end(), from.begin(), from.end());
        for (size_t i = first; i < to.size(); ++i) {
            if (to[i].length)
                to[i].offset += stringBase;
        }
    };
    appendRefs(m_messageIds, other.m_messageIds);
    appendRefs(m_userIds, other.m_userIds);
    appendRefs(m_anonymousIds, other.m_anonymousIds);
    appendRefs(m_names, other.m_names);
    appendRefs(m_groupIds, other.m_groupIds);
    appendRefs(m_previousIds, other.m_previousIds);
    const size_t firstEnd = m_payloadEnds.size();
    append(m_payloadEnds, other.m_payloadEnds);
    for (size_t i = firstEnd; i < m_payloadEnds.size(); ++i)
        m_payloadEnds[i] += payloadBase;
    m_strings.append(other.m_strings.view());
    m_payloads.append(other.m_payloads.view());
}

void EventBatch::assignIds(qint64 first)
{
    for (size_t i = 0; i < m_ids.size(); ++i)
        m_ids[i] = first + qint64(i);
}

QByteArrayView EventBatch::payload(int i) const
{
    if (size_t(i) >= m_payloadEnds.size())
        return {}; // decoded without payloads
    const quint32 begin = i == 0 ? 0 : m_payloadEnds[size_t(i) - 1];
    const quint32 end = m_payloadEnds[size_t(i)];
    return m_payloads.view(begin, end - begin);
}

EventFields EventBatch::fields(int i) const
{
    EventFields f;
    f.type = type(i);
    f.source = source(i);
    f.timestamp = timestamp(i);
    f.receivedAt = receivedAt(i);
    f.requestId = requestId(i);
    f.messageId = messageId(i);
    f.userId = userId(i);
    f.anonymousId = anonymousId(i);
    f.name = name(i);
    f.groupId = groupId(i);
    f.previousId = previousId(i);
    f.validation = validation(i);
    return f;
}

Event EventBatch::event(int i) const
{
    Event e;
    e.id = id(i);
    e.type = type(i);
    e.source = source(i);
    e.timestamp = timestamp(i);
    e.receivedAt = receivedAt(i);
    e.requestId = requestId(i);
    e.messageId = QString::fromUtf8(messageId(i));
    e.userId = QString::fromUtf8(userId(i));
    e.anonymousId = QString::fromUtf8(anonymousId(i));
    e.name = QString::fromUtf8(name(i));
    e.groupId = QString::fromUtf8(groupId(i));
    e.previousId = QString::fromUtf8(previousId(i));
    e.validation = validation(i);
    e.json = payload(i).toByteArray();
    return e;
}

void EventBatch::rollback(const Mark& mark)
{
    const auto n = size_t(mark.events);
    m_ids.resize(n);
    m_timestamps.resize(n);
    m_receivedAts.resize(n);
    m_requestIds.resize(n);
    m_types.resize(n);
    m_sources.resize(n);
    m_validations.resize(n);
    m_messageIds.resize(n);
    m_userIds.resize(n);
    m_anonymousIds.resize(n);
    m_names.resize(n);
    m_groupIds.resize(n);
    m_previousIds.resize(n);
    m_payloadEnds.resize(n);
    m_strings.truncate(mark.strings);
    m_payloads.truncate(mark.payloads);
}

void EventBatch::setPayloads(ByteBuffer payloads, std::vector<quint32> ends)
{
    m_payloads = std::move(payloads);
    m_payloadEnds = std::move(ends);
}

void EventBatch::appendDecoded(qint64 id, const EventFields& fields, const StringRef refs[6])
{
    m_ids.push_back(id);
    m_timestamps.push_back(fields.timestamp);
    m_receivedAts.push_back(fields.receivedAt);
    m_requestIds.push_back(fields.requestId);
    m_types.push_back(quint8(fields.type));
    m_sources.push_back(quint8(fields.source));
    m_validations.push_back(quint8(fields.validation));
    m_messageIds.push_back(refs[0]);
    m_userIds.push_back(refs[1]);
    m_anonymousIds.push_back(refs[2]);
    m_names.push_back(refs[3]);
    m_groupIds.push_back(refs[4]);
    m_previousIds.push_back(refs[5]);
}

namespace {
template<typename T>
void appendVector(ByteBuffer& out, const std::vector<T>& values)
{
    out.append(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(T)));
}

template<typename T>
bool readVector(QByteArrayView data, qsizetype& pos, std::vector<T>& values, size_t count)
{
    const qsizetype bytes = qsizetype(count * sizeof(T));
    if (pos + bytes > data.size())
        return false;
    values.resize(count);
    std::memcpy(values.data(), data.data() + pos, size_t(bytes));
    pos += bytes;
    return true;
}
} // namespace

void EventBatch::serialize(ByteBuffer& out) const
{
    const quint32 header[3] = { quint32(size()), quint32(m_strings.size()), quint32(m_payloads.size()) };
    out.append(reinterpret_cast<const char*>(header), sizeof header);
    appendVector(out, m_ids);
    appendVector(out, m_timestamps);
    appendVector(out, m_receivedAts);
    appendVector(out, m_requestIds);
    appendVector(out, m_types);
    appendVector(out, m_sources);
    for (const auto* column : { &m_messageIds, &m_userIds, &m_anonymousIds, &m_names, &m_groupIds, &m_previousIds })
        appendVector(out, *column);
    appendVector(out, m_payloadEnds);
    out.append(m_strings.view());
    out.append(m_payloads.view());
}

bool EventBatch::deserialize(QByteArrayView data, EventBatch& out)
{
    out.clear();
    quint32 header[3] = {};
    if (data.size() < qsizetype(sizeof header))
        return false;
    std::memcpy(header, data.data(), sizeof header);
    qsizetype pos = sizeof header;
    const size_t n = header[0];
    if (qsizetype(n) * 60 > data.size())
        return false;
    bool ok = readVector(data, pos, out.m_ids, n) && readVector(data, pos, out.m_timestamps, n)
        && readVector(data, pos, out.m_receivedAts, n) && readVector(data, pos, out.m_requestIds, n)
        && readVector(data, pos, out.m_types, n) && readVector(data, pos, out.m_sources, n);
    out.m_validations.assign(n, quint8(ValidationState::Unchecked));
    for (auto* column : { &out.m_messageIds, &out.m_userIds, &out.m_anonymousIds, &out.m_names, &out.m_groupIds, &out.m_previousIds })
        ok = ok && readVector(data, pos, *column, n);
    ok = ok && readVector(data, pos, out.m_payloadEnds, n);
    if (!ok || pos + qsizetype(header[1]) + qsizetype(header[2]) != data.size()) {
        out.clear();
        return false;
    }
    out.m_strings.append(data.data() + pos, header[1]);
    pos += header[1];
    out.m_payloads.append(data.data() + pos, header[2]);
    // Every reference must point inside the arenas.
    for (const auto* column : { &out.m_messageIds, &out.m_userIds, &out.m_anonymousIds, &out.m_names, &out.m_groupIds, &out.m_previousIds }) {
        for (const StringRef& ref : *column) {
            if (quint64(ref.offset) + ref.length > header[1]) {
                out.clear();
                return false;
            }
        }
    }
    quint32 previous = 0;
    for (quint32 end : out.m_payloadEnds) {
        if (end < previous || end > header[2]) {
            out.clear();
            return false;
        }
        previous = end;
    }
    return true;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventfilter.h"

#include "segmentcodec.h"

#include <cstring>

namespace Journey {

namespace {
QByteArray foldedUtf8(const QString& text)
{
    QByteArray bytes = text.trimmed().toUtf8();
    for (char& c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + ('a' - 'A'));
    }
    return bytes;
}

inline char fold(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}
} // namespace

bool EventFilter::containsFolded(QByteArrayView haystack, QByteArrayView needle)
{
    if (needle.isEmpty())
        return true;
    if (haystack.size() < needle.size())
        return false;
    const char first = needle[0];
    const bool firstIsLetter = first >= 'a' && first <= 'z';
    const char firstUpper = firstIsLetter ? char(first - ('a' - 'A')) : first;
    const char* data = haystack.data();
    const qsizetype last = haystack.size() - needle.size();
    for (qsizetype i = 0; i <= last; ++i) {
        // Jump to the next possible first character; memchr does the heavy lifting.
        const char* lower = static_cast<const char*>(std::memchr(data + i, first, size_t(last - i + 1)));
        const char* upper = firstIsLetter ? static_cast<const char*>(std::memchr(data + i, firstUpper, size_t(last - i + 1))) : nullptr;
        const char* next = lower && upper ? std::min(lower, upper) : (lower ? lower : upper);
        if (!next)
            return false;
        i = next - data;
        qsizetype j = 1;
        while (j < needle.size() && fold(data[i + j]) == needle[j])
            ++j;
        if (j == needle.size())
            return true;
    }
    return false;
}

void EventFilter::setName(const QString& name)
{
    m_name = foldedUtf8(name);
}

void EventFilter::setIdentity(const QString& identity)
{
    m_identity = foldedUtf8(identity);
}

void EventFilter::setText(const QString& text)
{
    m_text = foldedUtf8(text);
}

void EventFilter::setTimeRange(std::optional<qint64> from, std::optional<qint64> to)
{
    m_from = from;
    m_to = to;
}

bool EventFilter::isEmpty() const
{
    return m_typeMask == 0 && m_sourceMask == 0 && m_validationMask == 0 && m_name.isEmpty() && m_identity.isEmpty()
        && m_text.isEmpty() && !m_from && !m_to;
}

bool EventFilter::matches(const EventBatch& events, int index) const
{
    if (m_typeMask && !(m_typeMask & (1u << quint32(events.type(index)))))
        return false;
    if (m_sourceMask && !(m_sourceMask & (quint64(1) << (quint32(events.source(index)) & 63))))
        return false;
    if (m_validationMask && !(m_validationMask & (1u << quint32(events.validation(index)))))
        return false;
    const qint64 timestamp = events.timestamp(index);
    if (m_from && timestamp < *m_from)
        return false;
    if (m_to && timestamp >= *m_to)
        return false;
    if (!m_name.isEmpty() && !containsFolded(events.name(index), m_name))
        return false;
    if (!m_identity.isEmpty() && !containsFolded(events.userId(index), m_identity)
        && !containsFolded(events.anonymousId(index), m_identity))
        return false;
    if (!m_text.isEmpty() && !containsFolded(events.payload(index), m_text))
        return false;
    return true;
}

bool EventFilter::mayMatch(const SegmentInfo& segment) const
{
    if (m_typeMask && !(m_typeMask & segment.typeMask))
        return false;
    if (m_sourceMask && !(m_sourceMask & segment.sourceMask))
        return false;
    if (m_from && segment.maxTimestamp < *m_from)
        return false;
    if (m_to && segment.minTimestamp >= *m_to)
        return false;
    return true;
}

bool EventFilter::operator==(const EventFilter& other) const
{
    return m_typeMask == other.m_typeMask && m_sourceMask == other.m_sourceMask
        && m_validationMask == other.m_validationMask && m_name == other.m_name
        && m_identity == other.m_identity && m_text == other.m_text && m_from == other.m_from && m_to == other.m_to;
}

} // namespace Journey

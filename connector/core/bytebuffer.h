// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace Journey {

/*!
 * A growable byte buffer for the hot paths (parsing, batching, encoding) where QByteArray's per-call
 * bookkeeping shows up in profiles: appends are an inlined capacity check and a memcpy.
 */
class ByteBuffer
{
public:
    ByteBuffer() = default;
    ~ByteBuffer() { std::free(m_data); }
    ByteBuffer(const ByteBuffer& other) { append(other.data(), other.size()); }
    ByteBuffer& operator=(const ByteBuffer& other)
    {
        if (this != &other) {
            clear();
            append(other.data(), other.size());
        }
        return *this;
    }
    ByteBuffer(ByteBuffer&& other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_size(std::exchange(other.m_size, 0))
        , m_capacity(std::exchange(other.m_capacity, 0))
    {
    }
    ByteBuffer& operator=(ByteBuffer&& other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
        return *this;
    }

    const char* data() const { return m_data; }
    char* data() { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    QByteArrayView view(qsizetype offset, qsizetype length) const { return QByteArrayView(m_data + offset, length); }
    QByteArray toByteArray() const { return QByteArray(m_data, m_size); }

    void clear() { m_size = 0; }
    void truncate(qsizetype size)
    {
        if (size < m_size)
            m_size = size;
    }
    void reserve(qsizetype capacity)
    {
        if (capacity > m_capacity)
            grow(capacity);
    }
    void append(const char* bytes, qsizetype count)
    {
        if (m_size + count > m_capacity)
            grow(m_size + count);
        if (count)
            std::memcpy(m_data + m_size, bytes, size_t(count));
        m_size += count;
    }
    void append(QByteArrayView bytes) { append(bytes.data(), bytes.size()); }
    void append(char c)
    {
        if (m_size + 1 > m_capacity)
            grow(m_size + 1);
        m_data[m_size++] = c;
    }
    /// Makes room for \a count bytes and returns where to write them; commit with resize().
    char* prepare(qsizetype count)
    {
        if (m_size + count > m_capacity)
            grow(m_size + count);
        return m_data + m_size;
    }
    void resize(qsizetype size)
    {
        reserve(size);
        m_size = size;
    }

private:
    void grow(qsizetype needed)
    {
        qsizetype capacity = m_capacity < 256 ? 256 : m_capacity * 2;
        while (capacity < needed)
            capacity *= 2;
        auto* data = static_cast<char*>(std::realloc(m_data, size_t(capacity)));
        if (!data)
            throw std::bad_alloc();
        m_data = data;
        m_capacity = capacity;
    }

    char* m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace Journey

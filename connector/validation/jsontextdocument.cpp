// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "jsontextdocument.h"

#include <cstring>
#include <string_view>

namespace Journey {

namespace {

// QJsonDocument::fromJson refuses a document nested deeper than this ("too deeply nested document").
constexpr int s_maxDepth = 1024;

// Full precision: the numbers must be the doubles Qt's parser makes of the same text, bit for bit (RapidJSON's
// default may be off by a few ulp, enough to move a value across a `minimum`). Iterative: no recursion, so a
// deeply nested text cannot exhaust the stack before the depth check below refuses it. In situ: strings are
// unescaped in a copy of the text instead of being copied out of it one by one. Not kParseValidateEncodingFlag:
// RapidJSON checks UTF-8 a byte at a time, which took a third of the parse; parse() checks first (ASCII a word
// at a time, other text with QByteArrayView::isValidUtf8(), which accepts what Qt's parser does).
constexpr unsigned s_parseFlags
    = rapidjson::kParseFullPrecisionFlag | rapidjson::kParseIterativeFlag | rapidjson::kParseInsituFlag;

std::string_view keyOf(const rapidjson::Value& name)
{
    return { name.GetString(), name.GetStringLength() };
}

// Members sorted by key (insertion sort: stable, and objects are small), then of equal keys only the last one
// kept, as QJsonObject does. Refuses nesting deeper than Qt reads.
bool normalise(rapidjson::Value& value, int depth)
{
    if (value.IsArray()) {
        if (depth > s_maxDepth)
            return false;
        for (rapidjson::Value& item : value.GetArray()) {
            if (!normalise(item, depth + 1))
                return false;
        }
        return true;
    }
    if (!value.IsObject())
        return true;
    if (depth > s_maxDepth)
        return false;
    const auto begin = value.MemberBegin();
    const auto count = value.MemberEnd() - begin;
    bool repeated = false;
    for (auto i = 1; i < count; ++i) {
        for (auto j = i; j > 0; --j) {
            const int order = keyOf(begin[j].name).compare(keyOf(begin[j - 1].name));
            repeated |= order == 0;
            if (order >= 0)
                break;
            begin[j].name.Swap(begin[j - 1].name);
            begin[j].value.Swap(begin[j - 1].value);
        }
    }
    if (repeated) {
        for (auto it = value.MemberBegin(); it + 1 != value.MemberEnd();) {
            if (keyOf(it->name) == keyOf((it + 1)->name))
                it = value.EraseMember(it); // keeps the order, and the later one
            else
                ++it;
        }
    }
    for (auto& member : value.GetObject()) {
        if (!normalise(member.value, depth + 1))
            return false;
    }
    return true;
}

// Qt 6.4's isValidUtf8() goes a byte at a time; messages are nearly all ASCII, which this checks a word at a time.
bool isAscii(QByteArrayView text)
{
    quint64 bits = 0;
    qsizetype at = 0;
    for (; at + 8 <= text.size(); at += 8) {
        quint64 word;
        std::memcpy(&word, text.data() + at, sizeof word);
        bits |= word;
    }
    for (; at < text.size(); ++at)
        bits |= quint64(static_cast<unsigned char>(text[at]));
    return (bits & 0x8080808080808080ULL) == 0;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Whether text[at] starts "\uD800"–"\uDBFF" (high) or "\uDC00"–"\uDFFF" (low).
bool isSurrogateEscape(QByteArrayView text, qsizetype at, bool high)
{
    if (at < 0 || at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u' || (text[at + 2] | 0x20) != 'd'
        || !isHex(text[at + 4]) || !isHex(text[at + 5]))
        return false;
    const char third = char(text[at + 3] | 0x20);
    return high ? (third >= '8' && third <= '9') || third == 'a' || third == 'b' : third >= 'c' && third <= 'f';
}

// An escaped low surrogate not preceded by an escaped high one. A "\\" before it (an escaped backslash) would
// also count: that only sends the text to Qt's parser needlessly.
bool hasLoneLowSurrogateEscape(QByteArrayView text)
{
    for (qsizetype at = 0;;) {
        const void* found = std::memchr(text.data() + at, '\\', std::size_t(text.size() - at));
        if (!found)
            return false;
        at = static_cast<const char*>(found) - text.data();
        if (isSurrogateEscape(text, at, false) && !isSurrogateEscape(text, at - 6, true))
            return true;
        ++at;
    }
}

} // namespace

struct JsonTextDocument::Pools
{
    static constexpr std::size_t s_size = 64 * 1024;
    // The parse stack grows by half each time, and each size is a new block of the pool until it is cleared:
    // 4 KiB to start (a message's members pile up there), room for two growths.
    static constexpr std::size_t s_stackStart = 4 * 1024;
    static constexpr std::size_t s_stackSize = 32 * 1024;
    // First, so that they exist before the allocators that hand them out.
    std::unique_ptr<char[]> valueBuffer { new char[s_size] };
    std::unique_ptr<char[]> stackBuffer { new char[s_stackSize] };
    rapidjson::MemoryPoolAllocator<> values { valueBuffer.get(), s_size };
    rapidjson::MemoryPoolAllocator<> stack { stackBuffer.get(), s_stackSize };
    bool inUse = false;

    // Gives back everything but the buffers, which the next document on this thread reuses.
    void clear()
    {
        values.Clear();
        stack.Clear();
    }
};

JsonTextDocument::JsonTextDocument()
{
    thread_local std::unique_ptr<Pools> pools = std::make_unique<Pools>();
    if (pools->inUse) {
        m_ownPools = std::make_unique<Pools>();
        m_pools = m_ownPools.get();
    } else {
        m_pools = pools.get();
    }
    m_pools->inUse = true;
    m_document.emplace(&m_pools->values, Pools::s_stackStart, &m_pools->stack);
}

JsonTextDocument::~JsonTextDocument()
{
    m_document.reset(); // frees nothing itself: the pools do, at once
    m_pools->clear();
    m_pools->inUse = false;
}

bool JsonTextDocument::parse(QByteArrayView json)
{
    m_document->SetNull();
    m_pools->clear();
    if (json.isEmpty())
        return false;
    // A NUL would end the in-situ text early (a JSON text has none outside escapes).
    if (!(isAscii(json) || json.isValidUtf8()) || std::memchr(json.data(), '\0', std::size_t(json.size()))
        || hasLoneLowSurrogateEscape(json))
        return false;
    // The copy parsed in situ lives in the pool, as long as the values that point into it.
    auto* text = static_cast<char*>(m_pools->values.Malloc(std::size_t(json.size()) + 1));
    std::memcpy(text, json.data(), std::size_t(json.size()));
    text[json.size()] = '\0';
    m_document->ParseInsitu<s_parseFlags>(text);
    if (m_document->HasParseError() || !normalise(*m_document, 1)) {
        m_document->SetNull();
        return false;
    }
    return true;
}

const rapidjson::Value& JsonTextDocument::root() const
{
    return *m_document;
}

} // namespace Journey

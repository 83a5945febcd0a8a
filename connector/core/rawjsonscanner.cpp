// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "rawjsonscanner.h"

#include <array>
#include <cstring>

namespace Journey {

namespace {

// Character classes for scanning inside containers: 0 = ordinary, skipped in a tight loop.
enum : unsigned char { Ordinary = 0, Quote, Open, Close, Space };

constexpr std::array<unsigned char, 256> makeClasses()
{
    std::array<unsigned char, 256> classes {};
    classes[size_t('"')] = Quote;
    classes[size_t('{')] = Open;
    classes[size_t('[')] = Open;
    classes[size_t('}')] = Close;
    classes[size_t(']')] = Close;
    classes[size_t(' ')] = Space;
    classes[size_t('\n')] = Space;
    classes[size_t('\r')] = Space;
    classes[size_t('\t')] = Space;
    return classes;
}
constexpr std::array<unsigned char, 256> classes = makeClasses();

inline unsigned char classOf(char c)
{
    return classes[static_cast<unsigned char>(c)];
}

inline const char* skipSpace(const char* p)
{
    while (classOf(*p) == Space)
        ++p;
    return p;
}

} // namespace

// p points at the opening quote; returns the position after the closing quote (valid JSON has one).
const char* RawJsonScanner::skipString(const char* p) const
{
    const char* q = p + 1;
    for (;;) {
        q = static_cast<const char*>(std::memchr(q, '"', size_t(m_end - q)));
        // An escaped quote has an odd number of backslashes before it.
        const char* b = q;
        while (b[-1] == '\\')
            --b;
        if (((q - b) & 1) == 0)
            return q + 1;
        ++q;
    }
}

RawJsonScanner::Slice RawJsonScanner::value(const char* p) const
{
    Slice slice;
    p = skipSpace(p);
    slice.begin = p;
    const char first = *p;
    if (first == '"') {
        slice.end = skipString(p);
        return slice;
    }
    if (first != '{' && first != '[') {
        while (p < m_end && *p != ',' && *p != '}' && *p != ']' && classOf(*p) != Space)
            ++p;
        slice.end = p;
        return slice;
    }
    int depth = 1;
    ++p;
    for (;;) {
        while (classOf(*p) == Ordinary)
            ++p;
        switch (classOf(*p)) {
        case Quote:
            p = skipString(p);
            continue;
        case Open:
            ++depth;
            break;
        case Close:
            if (--depth == 0) {
                slice.end = p + 1;
                return slice;
            }
            break;
        case Space:
            slice.hasWhitespace = true;
            break;
        }
        ++p;
    }
}

const char* RawJsonScanner::appendObjectValues(const char* p, std::vector<Slice>& out) const
{
    p = skipSpace(skipSpace(p) + 1); // past '{'
    if (*p == '}')
        return p + 1;
    for (;;) {
        const char* keyBegin = skipSpace(p);
        const char* keyEnd = skipString(keyBegin);
        p = skipSpace(keyEnd) + 1; // ':'
        Slice slice = value(p);
        slice.keyBegin = keyBegin;
        slice.keyEnd = keyEnd;
        out.push_back(slice);
        p = skipSpace(slice.end);
        if (*p != ',')
            return p + 1; // past '}'
        ++p;
    }
}

void RawJsonScanner::objectValues(const char* p, std::vector<Slice>& out) const
{
    out.clear();
    appendObjectValues(p, out);
}

void RawJsonScanner::objectValuesWithArray(const char* p, std::string_view arrayKey, std::vector<Slice>& values,
    ArrayLayout& layout) const
{
    values.clear();
    layout = ArrayLayout();
    layout.firstMember.push_back(0);
    p = skipSpace(skipSpace(p) + 1); // past '{'
    if (*p == '}')
        return;
    for (;;) {
        const char* keyBegin = skipSpace(p);
        const char* keyEnd = skipString(keyBegin);
        p = skipSpace(keyEnd) + 1; // ':'
        const char* valueBegin = skipSpace(p);
        const std::string_view key(keyBegin + 1, size_t(keyEnd - keyBegin - 2));
        Slice slice;
        if (!layout.found && key == arrayKey && *valueBegin == '[') {
            layout.found = true;
            slice.begin = valueBegin;
            const char* q = skipSpace(valueBegin + 1);
            if (*q != ']') {
                for (;;) {
                    Slice element;
                    if (*q == '{') {
                        element.begin = q;
                        element.end = appendObjectValues(q, layout.members);
                    } else {
                        element = value(q);
                    }
                    layout.elements.push_back(element);
                    layout.firstMember.push_back(layout.members.size());
                    q = skipSpace(element.end);
                    if (*q != ',')
                        break;
                    q = skipSpace(q + 1);
                }
            }
            slice.end = q + 1; // ']'
        } else {
            slice = value(valueBegin);
        }
        values.push_back(slice);
        p = skipSpace(slice.end);
        if (*p != ',')
            return;
        ++p;
    }
}

void RawJsonScanner::arrayElements(const char* p, std::vector<Slice>& out) const
{
    out.clear();
    p = skipSpace(skipSpace(p) + 1); // past '['
    if (*p == ']')
        return;
    for (;;) {
        const Slice slice = value(p);
        out.push_back(slice);
        p = skipSpace(slice.end);
        if (*p != ',')
            return;
        ++p;
    }
}

} // namespace Journey

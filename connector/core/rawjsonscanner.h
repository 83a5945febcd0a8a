// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <vector>

namespace Journey {

/*!
 * Finds where values start and end in JSON text that has already been validated (by simdjson), so they can
 * be copied as they are instead of being serialised again. Never use it on unvalidated input.
 */
class RawJsonScanner
{
public:
    struct Slice
    {
        const char* begin = nullptr;
        const char* end = nullptr;
        bool hasWhitespace = false; ///< whitespace outside strings: minify before copying
        const char* keyBegin = nullptr; ///< for object members: the key as written, quotes included
        const char* keyEnd = nullptr;
    };

    /// Where the members of each object in an array are: `members[firstMember[i] …]` for element i.
    struct ArrayLayout
    {
        std::vector<Slice> elements;
        std::vector<Slice> members;
        std::vector<size_t> firstMember; ///< one more entry than elements: the end of the last one
        bool found = false;
    };

    /// \a end is the end of the whole validated document.
    explicit RawJsonScanner(const char* end)
        : m_end(end)
    {
    }

    /// The value starting at \a p (after any whitespace); returns its slice.
    Slice value(const char* p) const;
    /// The member values of the object starting at \a p, in document order.
    void objectValues(const char* p, std::vector<Slice>& out) const;
    /// The elements of the array starting at \a p, in document order.
    void arrayElements(const char* p, std::vector<Slice>& out) const;
    /*!
     * One pass over an object (a batch envelope): its member values go to \a values, and when the member
     * whose key is written exactly \a arrayKey holds an array, the members of its object elements go to
     * \a layout. Each byte is looked at once.
     */
    void objectValuesWithArray(const char* p, std::string_view arrayKey, std::vector<Slice>& values,
        ArrayLayout& layout) const;

private:
    const char* skipString(const char* p) const;
    /// Appends the member values of the object at \a p; returns the position after its '}'.
    const char* appendObjectValues(const char* p, std::vector<Slice>& out) const;
    const char* m_end;
};

} // namespace Journey

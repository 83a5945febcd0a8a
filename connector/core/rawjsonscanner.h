// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

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

private:
    const char* skipString(const char* p) const;
    const char* m_end;
};

} // namespace Journey

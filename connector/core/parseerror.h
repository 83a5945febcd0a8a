// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Journey {

/// What was wrong with an input and where: a JSON field path, and for files a line (and column).
struct ParseError
{
    QString field; ///< e.g. "batch[3].userId"; empty when the whole input is at fault
    QString message; ///< e.g. "expected a string or a number, got an object"
    qint64 line = 0; ///< 1-based line in a file or body; 0 when not known
    qint64 column = 0; ///< 1-based column; 0 when not known
    bool tooLarge = false; ///< the input broke a size limit (HTTP 413) rather than the format

    bool isEmpty() const { return message.isEmpty(); }
    /// "line 42: batch[3].userId: expected …" (parts that are unknown are left out).
    QString toString() const;
};

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace Journey {

/*!
 * Rewrites chosen member values of a JSON text in place and copies everything else byte for byte: member
 * order, number spelling, whitespace and escapes stay as they were (a QJsonDocument round trip would sort the
 * members and respell numbers, and the collector keeps members as written). Replay uses it to give messages
 * new dedup ids, shifted times and remapped user ids.
 *
 * The visitor sees every object member down to where it asks to stop, with its path from the root: keys as
 * written (escapes not resolved) joined by '/', array elements as '*' ("batch/ * /messageId" without the
 * spaces; a top-level array's elements start with '*'). Malformed JSON is reported, never half-patched.
 */
class JsonValuePatcher
{
public:
    enum class Kind { String, Number, Object, Array, Literal };

    struct Member
    {
        QByteArrayView path; ///< "batch/*/messageId"
        QByteArrayView key; ///< "messageId"
        QByteArrayView raw; ///< the value as written (strings with their quotes)
        Kind kind = Kind::Literal;
    };

    enum class Action {
        Keep, ///< leave the value as it is (and look inside it when it is an object or array)
        Replace, ///< the visitor wrote the new value text to its replacement argument
        Skip, ///< leave an object or array as it is without looking inside
    };

    using Visitor = std::function<Action(const Member& member, QByteArray& replacement)>;

    /// Patches \a json into \a out. False (with \a out untouched) when \a json is not well-formed JSON.
    static bool patch(QByteArrayView json, const Visitor& visitor, QByteArray& out, int* replaced = nullptr);

    /// The text of a JSON string value without its quotes, escapes resolved; empty for other kinds.
    static QByteArray stringValue(QByteArrayView raw);
    /// \a text as a JSON string literal, quotes included.
    static QByteArray quoted(QByteArrayView text);
};

} // namespace Journey

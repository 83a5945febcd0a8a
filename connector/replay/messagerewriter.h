// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "jsonvaluepatcher.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Journey {

/*!
 * Rewrites canonical messages (Segment Spec JSON) for a replay: a new `messageId`, `timestamp`,
 * `originalTimestamp`, `sentAt` and `receivedAt` moved by the same amount, and a suffix on `userId`,
 * `anonymousId` and `previousId`. Only those top-level members change; everything else stays byte for byte.
 *
 * Its field helpers are what WireRequestRewriter applies to the providers' own spellings of the same fields.
 */
class MessageRewriter
{
public:
    struct Settings
    {
        bool regenerateIds = true;
        qint64 shiftMs = 0; ///< added to every timestamp
        QByteArray userSuffix; ///< UTF-8; empty: ids unchanged
        QByteArray writeKey; ///< replaces WriteKey fields when not empty
    };

    /// What a member is, for the rewrite.
    enum class Field {
        DedupId, ///< replaced by a new UUID when ids are regenerated
        IsoTime, ///< an ISO-8601 string, shifted
        EpochTime, ///< a number (or digits in a string) since the epoch: seconds, ms or µs by magnitude, shifted
        UserId, ///< a user or device id: the suffix appended
        WriteKey, ///< a Segment write key: replaced when the settings name one
    };

    MessageRewriter() = default;
    explicit MessageRewriter(const Settings& settings)
        : m_settings(settings)
    { }

    const Settings& settings() const { return m_settings; }
    /// Whether rewrite() would return its input unchanged.
    bool changesNothing() const
    {
        return !m_settings.regenerateIds && m_settings.shiftMs == 0 && m_settings.userSuffix.isEmpty()
            && m_settings.writeKey.isEmpty();
    }

    /// Rewrites one canonical message into \a out. False when it is not well-formed JSON.
    bool rewrite(QByteArrayView message, QByteArray& out) const;

    /// The new text of a member of kind \a field into \a replacement; false when it stays as it is (ids kept,
    /// no shift, no suffix, a value of an unexpected type, an empty id).
    bool rewriteField(Field field, const JsonValuePatcher::Member& member, QByteArray& replacement) const;

    /// A fresh dedup id (a random UUID, lower case, without braces).
    static QByteArray newId();
    /// \a raw (an ISO-8601 JSON string) moved by \a shiftMs, in the canonical form; false when it is not one.
    static bool shiftIso(QByteArrayView raw, qint64 shiftMs, QByteArray& out);
    /// \a raw (a JSON number, or a string of digits) read as seconds, milliseconds or microseconds since the
    /// epoch by its magnitude and moved by \a shiftMs, in the same unit and spelling; false when it is not one.
    static bool shiftEpoch(QByteArrayView raw, qint64 shiftMs, QByteArray& out);

private:
    Settings m_settings;
};

} // namespace Journey

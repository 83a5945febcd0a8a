// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayList>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Journey {

/*!
 * Turns one Mixpanel record into a canonical message (Segment Spec form with `type`), as the agreed mapping
 * says (docs/collector/mixpanel.md): an event `{event, properties}` of /track or /import, a people profile
 * update of /engage, a group profile update of /groups. It also holds /import's own per-record rules.
 *
 * Credentials the record carries (`properties.token`, `$token`) are taken out and added to the secrets;
 * every other member ends up in the message, under `context.mixpanel` when the canonical form has no place
 * for it. A record that cannot be mapped gives a Problem naming the member, relative to the record.
 */
class MixpanelRecordMapper
{
public:
    /// What is wrong with one record.
    struct Problem
    {
        QString field; ///< the member, relative to the record ("properties.time"); empty for the record itself
        QString reason; ///< why; empty when the member is simply missing
        bool missing = false;

        /// "properties.time: required" / "properties.time: expected …" (for /track, /engage, /groups).
        QString text() const;
        /// Mixpanel's own wording in /import's failed_records: "'properties.time' is required" / "… is invalid: …".
        QString importText() const;
    };

    /// An event record. \a requireToken: /track needs `properties.token` (/import authenticates the request).
    static std::optional<Problem> mapEvent(
        const QJsonValue& record, bool requireToken, QJsonObject& message, QByteArrayList& secrets);
    /// A people profile update (`$distinct_id` with one or more operations).
    static std::optional<Problem> mapProfile(const QJsonValue& record, QJsonObject& message, QByteArrayList& secrets);
    /// A group profile update (`$group_key`, `$group_id` with one or more operations).
    static std::optional<Problem> mapGroupProfile(
        const QJsonValue& record, QJsonObject& message, QByteArrayList& secrets);

    /*!
     * /import's rules for one record, checked against \a nowMs: `event`, `properties.time` (in the past, at
     * most an hour ahead), and with \a requireIds also `properties.distinct_id` (may be "") and
     * `properties.$insert_id`; an `$insert_id` that is there must be at most 36 characters of letters, digits
     * and '-'.
     */
    static std::optional<Problem> checkImportRecord(const QJsonValue& record, qint64 nowMs, bool requireIds);

    /// Mixpanel's `time`: seconds, fractional seconds or milliseconds (below 1e11 it is seconds) → ms.
    static std::optional<qint64> milliseconds(const QJsonValue& value);
};

} // namespace Journey

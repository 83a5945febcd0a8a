// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Journey {

/*!
 * Turns one entry of Heap's server-side APIs (a single body without `app_id`, or one element of `events`,
 * `users`, `accounts`) into a canonical message (Segment Spec form with `type`), applying Heap's own field
 * rules: `event` ≤ 1024 characters, `identity` ≤ 255, `user_id` a decimal number up to 2^53−1, property
 * names and values (numbers or strings) under 1024 characters, no user property named id. See
 * docs/collector/heap.md.
 *
 * \a context is the message's starting context (`heap.app_id`, `library`); members of the entry with no
 * canonical place are added to its `heap` object with Heap's key names. A refused entry gives a Problem
 * naming the member, relative to the entry.
 */
class HeapRecordMapper
{
public:
    struct Problem
    {
        QString field; ///< "identity", "properties.plan"; empty for the entry itself
        QString reason;

        QString text() const;
    };

    /// `/api/track`: `{identity | user_id, event, properties, timestamp, session_id, idempotency_key}` → track.
    static std::optional<Problem> mapTrack(const QJsonObject& entry, const QJsonObject& context, QJsonObject& message);
    /// `/api/add_user_properties` and the legacy `/api/identify`: `{identity, properties}` → identify.
    static std::optional<Problem> mapUserProperties(
        const QJsonObject& entry, const QJsonObject& context, QJsonObject& message);
    /// `/api/add_account_properties`: `{account_id, properties}` → group.
    static std::optional<Problem> mapAccountProperties(
        const QJsonObject& entry, const QJsonObject& context, QJsonObject& message);
    /// `/api/v1/identify`: `{user_id, identity, timestamp}` → alias (the SDK's user becomes the identity).
    static std::optional<Problem> mapIdentityLink(
        const QJsonObject& entry, const QJsonObject& context, QJsonObject& message);
};

} // namespace Journey

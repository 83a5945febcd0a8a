// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Journey {

/*!
 * The dedup keys providers want, derived from an event's `messageId` so that a retry or a resend after a
 * crash carries the same key: the provider then keeps the event once.
 */
class DedupIds
{
public:
    /// A UUID: \a messageId itself when it is one (lower-cased), else a name-based UUID (version 8, from a
    /// 128-bit hash of \a messageId). For PostHog `uuid`.
    static QString uuid(const QString& messageId);
    /// At most 36 characters of [A-Za-z0-9-]: \a messageId when it qualifies, else 32 hex digits of its hash.
    /// For Mixpanel `$insert_id` (and any provider with the same rule).
    static QString insertId(const QString& messageId);
};

} // namespace Journey

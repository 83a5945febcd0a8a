// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "store/eventfilter.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Journey {

/*!
 * Which events a `/journey/events` or `/journey/wait` request asks for, read from its query string:
 * `type`, `event`, `userId`, `anonymousId`, `provider`, `validation`, `since`. Names and ids match exactly
 * (the store's filter narrows by substring first, then every candidate is checked here).
 */
class EventQuery
{
public:
    /// Reads the query; false with \a error naming the parameter at fault.
    bool parse(const QUrlQuery& query, QString* error);

    /// The store filter that finds every candidate (a superset of the matches).
    const EventFilter& filter() const { return m_filter; }
    /// Whether event \a index of \a events is one of the matches.
    bool matches(const EventBatch& events, int index) const;

    /// "since" and the like: a time as ISO 8601 or milliseconds since the epoch.
    static std::optional<qint64> parseTime(const QString& text);
    /// A query parameter, percent-decoded, with '+' read as a space.
    static QString formValue(const QUrlQuery& query, const QString& name);

private:
    EventFilter m_filter;
    std::optional<QByteArray> m_event;
    std::optional<QByteArray> m_userId;
    std::optional<QByteArray> m_anonymousId;
    std::optional<qint64> m_since; ///< receivedAt lower bound
};

} // namespace Journey

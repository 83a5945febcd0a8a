// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventquery.h"

#include "core/timestamp.h"

#include <QStringList>

namespace Journey {

std::optional<qint64> EventQuery::parseTime(const QString& text)
{
    bool isNumber = false;
    const qint64 ms = text.toLongLong(&isNumber);
    if (isNumber && ms >= 0)
        return ms;
    return Timestamp::parseIso8601(text.toUtf8());
}

QString EventQuery::formValue(const QUrlQuery& query, const QString& name)
{
    // '+' is a space in a query written the form way (curl -G --data-urlencode, browsers).
    QString encoded = query.queryItemValue(name, QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrl::fromPercentEncoding(encoded.toLatin1());
}

bool EventQuery::parse(const QUrlQuery& query, QString* error)
{
    const auto value = [&query](const QString& name) { return formValue(query, name); };
    if (query.hasQueryItem(QStringLiteral("type"))) {
        for (const QString& name : value(QStringLiteral("type")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto type = eventTypeFromName(name.trimmed().toUtf8());
            if (!type) {
                *error = QStringLiteral("type: \"%1\" is not one of track, identify, page, screen, group, alias").arg(name);
                return false;
            }
            m_filter.addType(*type);
        }
    }
    if (query.hasQueryItem(QStringLiteral("provider"))) {
        for (const QString& name : value(QStringLiteral("provider")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto source = eventSourceFromName(name.trimmed().toLower().toUtf8());
            if (!source) {
                *error = QStringLiteral("provider: \"%1\" is not one of segment, rudderstack, mixpanel, amplitude, heap, "
                                        "ga4, posthog, import, connector")
                             .arg(name);
                return false;
            }
            m_filter.addSource(*source);
        }
    }
    if (query.hasQueryItem(QStringLiteral("event"))) {
        m_event = value(QStringLiteral("event")).toUtf8();
        m_filter.setName(QString::fromUtf8(*m_event));
    }
    if (query.hasQueryItem(QStringLiteral("userId"))) {
        m_userId = value(QStringLiteral("userId")).toUtf8();
        m_filter.setIdentity(QString::fromUtf8(*m_userId));
    }
    if (query.hasQueryItem(QStringLiteral("anonymousId"))) {
        m_anonymousId = value(QStringLiteral("anonymousId")).toUtf8();
        if (!m_userId)
            m_filter.setIdentity(QString::fromUtf8(*m_anonymousId));
    }
    if (query.hasQueryItem(QStringLiteral("since"))) {
        m_since = parseTime(value(QStringLiteral("since")));
        if (!m_since) {
            *error = QStringLiteral("since: \"%1\" is neither an ISO 8601 time nor milliseconds since 1970")
                         .arg(value(QStringLiteral("since")));
            return false;
        }
    }
    if (query.hasQueryItem(QStringLiteral("validation"))) {
        // Several states as a comma-separated list: validation=invalid,warning.
        for (const QString& name : value(QStringLiteral("validation")).split(QLatin1Char(','))) {
            const auto state = validationStateFromName(name.trimmed());
            if (!state) {
                *error = QStringLiteral("validation: \"%1\" is not one of valid, warning, invalid, unchecked").arg(name);
                return false;
            }
            m_filter.addValidationState(*state);
        }
    }
    return true;
}

bool EventQuery::matches(const EventBatch& events, int index) const
{
    if (!m_filter.matches(events, index))
        return false;
    if (m_event && events.name(index) != QByteArrayView(*m_event))
        return false;
    if (m_userId && events.userId(index) != QByteArrayView(*m_userId))
        return false;
    if (m_anonymousId && events.anonymousId(index) != QByteArrayView(*m_anonymousId))
        return false;
    if (m_since && events.receivedAt(index) < *m_since)
        return false;
    return true;
}

} // namespace Journey

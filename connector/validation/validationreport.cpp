// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "validationreport.h"

namespace Journey {

QString ValidationReport::keyOf(const QJsonObject& message)
{
    const QString type = message.value(QLatin1String("type")).toString();
    if (type == QLatin1String("track"))
        return message.value(QLatin1String("event")).toString();
    if (type == QLatin1String("page") || type == QLatin1String("screen"))
        return type + QStringLiteral(": ") + message.value(QLatin1String("name")).toString();
    return type;
}

void ValidationReport::add(const QJsonObject& message, const QString& where, const QList<PlanViolation>& violations)
{
    const QString key = keyOf(message);
    auto it = m_groups.find(key);
    if (it == m_groups.end()) {
        Group group;
        group.key = key;
        group.type = message.value(QLatin1String("type")).toString();
        it = m_groups.insert(key, group);
    }
    Group& group = *it;
    ++group.events;
    ++m_events;
    if (violations.isEmpty())
        return;
    qint64 errors = 0;
    for (const PlanViolation& violation : violations)
        errors += violation.severity == PlanViolation::Severity::Error ? 1 : 0;
    const qint64 warnings = violations.size() - errors;
    group.errors += errors;
    group.warnings += warnings;
    m_errors += errors;
    m_warnings += warnings;
    if (errors > 0) {
        ++group.withErrors;
        ++m_withErrors;
    } else {
        ++group.withWarnings;
        ++m_withWarnings;
    }
    if (group.failures.size() < m_failureLimit)
        group.failures.append({ where, message.value(QLatin1String("messageId")).toString(), violations });
    else
        ++group.failuresLeftOut;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "propertypath.h"

namespace Journey {

QString PropertyPath::normalise(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QStringList parts = trimmed.split(QLatin1Char('.'));
    for (const QString& part : parts) {
        if (part.isEmpty())
            return {};
    }
    // Objects of the message: a path names something inside them. Fields: the path is the field itself.
    static const QStringList objects { QStringLiteral("properties"), QStringLiteral("traits"),
        QStringLiteral("context"), QStringLiteral("integrations") };
    static const QStringList fields { QStringLiteral("userId"), QStringLiteral("anonymousId"),
        QStringLiteral("groupId"), QStringLiteral("previousId"), QStringLiteral("name"), QStringLiteral("event"),
        QStringLiteral("type") };
    if ((objects.contains(parts.first()) && parts.size() > 1) || (fields.contains(parts.first()) && parts.size() == 1))
        return trimmed;
    return QStringLiteral("properties.") + trimmed;
}

QByteArrayList PropertyPath::parts(const QString& path)
{
    return path.toUtf8().split('.');
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "collectorconfig.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Journey {

bool CollectorConfig::parseListen(const QString& text, QString& host, quint16& port, QString* error)
{
    const QString trimmed = text.trimmed();
    QString hostPart;
    QString portPart;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1String("]:"));
        if (close < 0) {
            *error = QCoreApplication::translate("Journey::CollectorConfig", "'%1' is not HOST:PORT").arg(text);
            return false;
        }
        hostPart = trimmed.mid(1, close - 1);
        portPart = trimmed.mid(close + 2);
    } else if (trimmed.contains(QLatin1Char(':'))) {
        const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
        hostPart = trimmed.left(colon);
        portPart = trimmed.mid(colon + 1);
    } else {
        portPart = trimmed;
    }
    if (hostPart.isEmpty())
        hostPart = QStringLiteral("127.0.0.1");
    if (hostPart != QLatin1String("localhost") && QHostAddress(hostPart).isNull()) {
        *error = QCoreApplication::translate("Journey::CollectorConfig", "'%1' is not an IP address (in '%2')")
                     .arg(hostPart, text);
        return false;
    }
    bool ok = false;
    const uint value = portPart.toUInt(&ok);
    if (!ok || value > 65535) {
        *error = QCoreApplication::translate("Journey::CollectorConfig", "'%1' is not a port number 0-65535 (in '%2')")
                     .arg(portPart, text);
        return false;
    }
    host = hostPart == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : hostPart;
    port = quint16(value);
    return true;
}

QString CollectorConfig::listenText() const
{
    const bool ipv6 = host.contains(QLatin1Char(':'));
    return (ipv6 ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(host).arg(port);
}

} // namespace Journey

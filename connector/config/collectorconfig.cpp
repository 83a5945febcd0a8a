// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "collectorconfig.h"

#include "core/jsontypename.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>

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

bool CollectorConfig::parseFeatureFlag(const QJsonValue& value, QJsonObject& flag, QString* error)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("Journey::CollectorConfig", text); };
    flag = QJsonObject();
    if (value.isBool()) {
        flag.insert(QStringLiteral("enabled"), value.toBool());
        return true;
    }
    if (value.isString()) {
        if (value.toString().isEmpty()) {
            *error = tr("expected a variant name, got an empty string");
            return false;
        }
        flag.insert(QStringLiteral("enabled"), true);
        flag.insert(QStringLiteral("variant"), value.toString());
        return true;
    }
    if (!value.isObject()) {
        *error = tr("expected true, false, a variant name or an object with enabled, variant and payload, got %1")
                     .arg(jsonTypeName(value));
        return false;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("enabled") && it.key() != QLatin1String("variant")
            && it.key() != QLatin1String("payload")) {
            *error = tr("%1: unknown key; expected one of: enabled, variant, payload").arg(it.key());
            return false;
        }
    }
    const QJsonValue enabled = object.value(QLatin1String("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool()) {
        *error = tr("enabled: expected true or false, got %1").arg(jsonTypeName(enabled));
        return false;
    }
    const bool isEnabled = enabled.toBool(true);
    flag.insert(QStringLiteral("enabled"), isEnabled);
    const QJsonValue variant = object.value(QLatin1String("variant"));
    if (!variant.isUndefined() && !variant.isNull()) {
        if (!variant.isString() || variant.toString().isEmpty()) {
            *error = tr("variant: expected a non-empty string, got %1")
                         .arg(variant.isString() ? tr("an empty string") : jsonTypeName(variant));
            return false;
        }
        if (!isEnabled) {
            *error = tr("variant: a disabled flag has no variant");
            return false;
        }
        flag.insert(QStringLiteral("variant"), variant);
    }
    if (object.contains(QLatin1String("payload"))) {
        if (!isEnabled) {
            *error = tr("payload: a disabled flag has no payload");
            return false;
        }
        flag.insert(QStringLiteral("payload"), object.value(QLatin1String("payload")));
    }
    return true;
}

QString CollectorConfig::listenText() const
{
    const bool ipv6 = host.contains(QLatin1Char(':'));
    return (ipv6 ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(host).arg(port);
}

} // namespace Journey

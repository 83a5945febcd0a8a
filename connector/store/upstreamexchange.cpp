// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "upstreamexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Journey {

QByteArray UpstreamExchange::toJson() const
{
    QJsonArray headerArray;
    for (const auto& [name, value] : headers) {
        // Header bytes are not always UTF-8: base64 keeps them exact.
        headerArray.append(QJsonArray { QString::fromLatin1(name.toBase64()), QString::fromLatin1(value.toBase64()) });
    }
    QJsonObject object {
        { QStringLiteral("url"), url },
        { QStringLiteral("sentAt"), double(sentAt) },
        { QStringLiteral("durationMs"), durationMs },
        { QStringLiteral("status"), status },
        { QStringLiteral("headers"), headerArray },
        { QStringLiteral("body"), QString::fromLatin1(body.toBase64()) },
        { QStringLiteral("contentType"), QString::fromLatin1(contentType.toBase64()) },
        { QStringLiteral("error"), error },
        { QStringLiteral("timedOut"), timedOut },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<UpstreamExchange> UpstreamExchange::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (!object.value(QStringLiteral("url")).isString() || !object.value(QStringLiteral("status")).isDouble())
        return std::nullopt;
    const auto bytes = [](const QJsonValue& value) { return QByteArray::fromBase64(value.toString().toLatin1()); };
    UpstreamExchange exchange;
    exchange.url = object.value(QStringLiteral("url")).toString();
    exchange.sentAt = qint64(object.value(QStringLiteral("sentAt")).toDouble());
    exchange.durationMs = object.value(QStringLiteral("durationMs")).toInt();
    exchange.status = object.value(QStringLiteral("status")).toInt();
    const QJsonArray headerArray = object.value(QStringLiteral("headers")).toArray();
    for (const QJsonValue& header : headerArray) {
        const QJsonArray pair = header.toArray();
        exchange.headers.append({ bytes(pair.at(0)), bytes(pair.at(1)) });
    }
    exchange.body = bytes(object.value(QStringLiteral("body")));
    exchange.contentType = bytes(object.value(QStringLiteral("contentType")));
    exchange.error = object.value(QStringLiteral("error")).toString();
    exchange.timedOut = object.value(QStringLiteral("timedOut")).toBool();
    return exchange;
}

} // namespace Journey

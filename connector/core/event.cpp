// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "event.h"

#include <QJsonDocument>

namespace Journey {

QJsonObject Event::toJsonObject() const
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray Event::prettyJson() const
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isNull() ? json : document.toJson(QJsonDocument::Indented);
}

} // namespace Journey

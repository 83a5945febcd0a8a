// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "replayrequest.h"

#include "core/secretmasker.h"

namespace Journey {

qint64 ReplayRequest::bodyBytes() const
{
    if (kind != Kind::Connector)
        return request.body.size();
    qint64 bytes = 0;
    for (const ProviderRequest& preview : previews)
        bytes += preview.body.size();
    return bytes;
}

QByteArray ReplayRequest::method() const
{
    if (kind == Kind::Connector)
        return previews.isEmpty() ? QByteArrayLiteral("POST") : previews.first().method;
    return request.method;
}

QString ReplayRequest::maskedUrl(const SecretMasker& masker) const
{
    const QUrl url = kind == Kind::Connector && !previews.isEmpty() ? previews.first().url : request.url;
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    QString text = shown.toString();
    if (url.hasQuery())
        text += QLatin1Char('?') + masker.maskQuery(url.query(QUrl::FullyEncoded));
    return QString::fromUtf8(masker.maskKnown(text.toUtf8()));
}

QString ReplayRequest::kindName() const
{
    switch (kind) {
    case Kind::Wire:
        return QStringLiteral("wire");
    case Kind::Segment:
        return QStringLiteral("segment");
    case Kind::Connector:
        return QStringLiteral("connector");
    }
    return {};
}

} // namespace Journey

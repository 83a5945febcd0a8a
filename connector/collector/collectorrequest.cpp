// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "collectorrequest.h"

namespace Journey {

namespace {

QByteArray basicCredentials(const QByteArray& authorization)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 6 || value.left(6).compare("basic ", Qt::CaseInsensitive) != 0)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(value.mid(6).trimmed());
    return decoded ? *decoded : QByteArray();
}

} // namespace

QByteArray CollectorRequest::header(const QList<QPair<QByteArray, QByteArray>>& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray CollectorRequest::header(QByteArrayView name) const
{
    return header(headers, name);
}

QString CollectorRequest::queryValue(const QString& name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QByteArray CollectorRequest::basicAuthUser() const
{
    const QByteArray credentials = basicCredentials(header("authorization"));
    const qsizetype colon = credentials.indexOf(':');
    return colon < 0 ? credentials : credentials.left(colon);
}

QByteArray CollectorRequest::basicAuthPassword() const
{
    const QByteArray credentials = basicCredentials(header("authorization"));
    const qsizetype colon = credentials.indexOf(':');
    return colon < 0 ? QByteArray() : credentials.mid(colon + 1);
}

QStringView CollectorRequest::trimmedPath() const
{
    QStringView view(path);
    if (view.size() > 1 && view.endsWith(u'/'))
        view.chop(1);
    return view;
}

} // namespace Journey

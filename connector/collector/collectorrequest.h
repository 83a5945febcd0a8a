// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Journey {

/*!
 * One HTTP request as a RequestDecoder sees it: method, path (with any `/<provider>` prefix already taken
 * off), query, headers and the body exactly as it arrived (still compressed or encoded).
 */
struct CollectorRequest
{
    QByteArray method; ///< "GET", "POST", …
    QString path; ///< e.g. "/track/" for a request to "/mixpanel/track/"
    QString fullPath; ///< the path as requested, prefix included
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 receivedAt = 0; ///< ms since epoch
    bool explicitProvider = false; ///< the path named the provider (`/mixpanel/…`)

    /// The value of header \a name (case-insensitive), empty when absent.
    QByteArray header(QByteArrayView name) const;
    /// A query parameter, percent-decoded; empty when absent.
    QString queryValue(const QString& name) const;
    bool hasQueryValue(const QString& name) const { return query.hasQueryItem(name); }
    /// The user name of a `Basic` Authorization header (SDKs put their key there); empty when none.
    QByteArray basicAuthUser() const;
    /// The password of a `Basic` Authorization header; empty when none.
    QByteArray basicAuthPassword() const;
    /// `path` without a trailing slash ("/track/" → "/track"; "/" stays "/").
    QStringView trimmedPath() const;

    static QByteArray header(const QList<QPair<QByteArray, QByteArray>>& headers, QByteArrayView name);
};

} // namespace Journey

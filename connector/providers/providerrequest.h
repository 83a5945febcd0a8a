// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Journey {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/*!
 * One HTTP request a provider wants sent, before transport: the body is kept uncompressed so that it can be
 * shown and logged; the delivery worker gzips it when \c gzip is set (and adds `Content-Encoding: gzip`).
 */
struct ProviderRequest
{
    QByteArray method = QByteArrayLiteral("POST");
    QUrl url; ///< full URL, credentials in the query included (mask before showing)
    HttpHeaders headers; ///< Content-Type, Authorization, … (not Content-Encoding/Length)
    QByteArray body; ///< uncompressed
    bool gzip = false; ///< send the body gzip-compressed
    QList<int> items; ///< indexes into the encoded event list of the events this request carries, in body order
    QString label; ///< what the request is, for people: "batch of 100", "/engage $set", …
};

} // namespace Journey

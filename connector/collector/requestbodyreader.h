// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "collectorrequest.h"
#include "decodedrequest.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Journey {

/*!
 * The steps every ingestion format shares on the way from bytes to JSON: decompression (with a cap against
 * decompression bombs), form bodies, base64, and JSON with an error that says where it broke. Each step that
 * fails rejects the request in a DecodedRequest with a reason naming the part that failed.
 */
class RequestBodyReader
{
public:
    /*!
     * Decompresses the body when its Content-Encoding (gzip, x-gzip, deflate) or its first bytes say it is
     * compressed; otherwise copies it. More than \a limit bytes once decompressed → 413 with \a limitText
     * ("Mixpanel accepts at most 1024.0 KB per request"). Returns false after rejecting \a out.
     */
    static bool decompress(const CollectorRequest& request, QByteArrayView data, qsizetype limit,
        const QString& limitText, QByteArray& body, DecodedRequest& out);

    /// Standard or URL-safe base64, padding optional, whitespace tolerated; nothing when it is not base64.
    static std::optional<QByteArray> decodeBase64(QByteArrayView text);

    /// True when the Content-Type is application/x-www-form-urlencoded.
    static bool isForm(const CollectorRequest& request);

    /// One `name=value` pair of a form body or query, both percent-decoded ('+' is a space).
    struct FormField
    {
        QString name;
        QByteArray value;
    };
    /// Parses an application/x-www-form-urlencoded body; false with \a error on a malformed %-escape.
    static bool parseForm(QByteArrayView body, QList<FormField>& fields, QString* error);
    /// The first field named \a name, if any.
    static std::optional<QByteArray> formValue(const QList<FormField>& fields, QStringView name);

    /// Parses JSON; on failure \a error says "\a what is not valid JSON: <reason> at byte N".
    static std::optional<QJsonDocument> parseJson(QByteArrayView json, const QString& what, QString* error);

    /// "12.5" for 12 800 bytes: sizes in KB in messages.
    static QString kilobytes(qsizetype bytes);
};

} // namespace Journey

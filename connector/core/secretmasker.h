// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QPair>
#include <QString>

namespace Journey {

/*!
 * Masks secrets (write keys, tokens, API secrets, passwords) before anything is stored, shown, logged or
 * exported. A masked value keeps its last four characters when it is long enough to stay unguessable, so
 * people can still tell keys apart: "sk_live_1234abcd" becomes "••••abcd".
 */
class SecretMasker
{
public:
    /// Also masks these exact values wherever they appear (the configured keys).
    void addKnownSecret(const QByteArray& secret);

    static QByteArray maskValue(QByteArrayView secret);
    /// Masks the credentials of Authorization, Proxy-Authorization, Cookie and API-key headers.
    QList<QPair<QByteArray, QByteArray>> maskHeaders(const QList<QPair<QByteArray, QByteArray>>& headers) const;
    /// Masks the string values of JSON members with a secret-sounding key (writeKey, api_key, token, …)
    /// and every known secret, leaving the rest of the text byte for byte.
    QByteArray maskJsonText(const QByteArray& json) const;
    /// Masks query parameters such as api_secret=…; \a query is without '?'.
    QString maskQuery(const QString& query) const;
    /// Replaces every known secret in free text.
    QByteArray maskKnown(QByteArray text) const;

    static bool isSecretKey(QByteArrayView key);

private:
    QByteArrayList m_known;
};

} // namespace Journey

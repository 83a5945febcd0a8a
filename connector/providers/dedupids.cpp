// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "dedupids.h"

#include <QRegularExpression>

#include <xxhash.h>

namespace Journey {

namespace {

XXH128_hash_t hashOf(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return XXH3_128bits(bytes.constData(), size_t(bytes.size()));
}

QByteArray hexOf(const XXH128_hash_t& hash)
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, hash);
    return QByteArray(reinterpret_cast<const char*>(canonical.digest), sizeof(canonical.digest)).toHex();
}

} // namespace

QString DedupIds::uuid(const QString& messageId)
{
    static const QRegularExpression uuidPattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (uuidPattern.match(messageId).hasMatch())
        return messageId.toLower();
    QByteArray hex = hexOf(hashOf(messageId));
    hex[12] = '8'; // version 8: custom
    static const char variants[] = "89ab";
    hex[16] = variants[QByteArray::fromHex(hex.mid(16, 2)).at(0) & 3];
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
        + hex.mid(20, 12));
}

QString DedupIds::insertId(const QString& messageId)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9-]{1,36}$"));
    if (allowed.match(messageId).hasMatch())
        return messageId;
    return QString::fromLatin1(hexOf(hashOf(messageId)));
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "harentry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Journey {

/*!
 * Reads a HAR 1.2 file (what browser devtools, proxies and HTTP tools export) into HarEntry values: for each
 * request its start time, method, URL, headers, body and the answer's status. Only what HAR import needs is read,
 * and all of it is checked: an error names the member, `log.entries[12].request.postData.text: not valid base64`.
 *
 * Bodies: `postData.text` as UTF-8, or base64-decoded when `postData.encoding` is "base64" (not in HAR 1.2, but
 * some tools write binary bodies so); `postData.params` form-encoded when there is no text. A text whose
 * characters are all below U+0100 and that, read as Latin-1, starts like gzip is taken as the bytes it spells.
 * A gzip-compressed file (`.har.gz`) is read as the HAR it holds.
 */
class HarReader
{
    Q_DECLARE_TR_FUNCTIONS(Journey::HarReader)

public:
    /// Reads \a data; false with \a error when it is not a HAR file or an entry is malformed.
    bool read(const QByteArray& data, QString* error);

    const QList<HarEntry>& entries() const { return m_entries; }
    /// The tool that wrote the file, "Chrome DevTools 128.0" (`log.creator`); empty when it does not say.
    const QString& creator() const { return m_creator; }

private:
    bool readEntry(const QJsonObject& entry, const QString& where, HarEntry& out, QString* error) const;
    bool readHeaders(const QJsonValue& value, const QString& where, HttpHeaders& out, QString* error) const;
    bool readPostData(const QJsonValue& value, const QString& where, HarEntry& out, QString* error) const;

    QList<HarEntry> m_entries;
    QString m_creator;
};

} // namespace Journey

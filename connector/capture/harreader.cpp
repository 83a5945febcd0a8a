// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "harreader.h"

#include "core/gzipcodec.h"
#include "core/jsontypename.h"
#include "core/timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Journey {

namespace {

bool isAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

/// \a text as the bytes it stands for: UTF-8, unless it is Latin-1 that spells a gzip stream.
QByteArray textBytes(const QString& text, bool* lossy)
{
    *lossy = false;
    bool latin1 = true;
    for (const QChar c : text) {
        if (c.unicode() > 0xff) {
            latin1 = false;
            break;
        }
    }
    if (latin1) {
        const QByteArray bytes = text.toLatin1();
        if (GzipCodec::looksGzipped(bytes))
            return bytes;
    }
    *lossy = text.contains(QChar(QChar::ReplacementCharacter));
    return text.toUtf8();
}

} // namespace

bool HarReader::read(const QByteArray& data, QString* error)
{
    m_entries.clear();
    m_creator.clear();
    // A compressed file (checkout.har.gz) is read as the HAR it holds.
    QByteArray decompressed;
    if (GzipCodec::looksGzipped(data)) {
        constexpr qsizetype maxBytes = qsizetype(1) << 30;
        QString reason;
        switch (GzipCodec::decompress(data, maxBytes, decompressed, &reason)) {
        case GzipCodec::Result::Ok:
            break;
        case GzipCodec::Result::TooLarge:
            *error = tr("the file is larger than 1 GB once decompressed");
            return false;
        case GzipCodec::Result::Corrupt:
            *error = tr("the file is gzip-compressed but does not decompress: %1").arg(reason);
            return false;
        }
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(decompressed.isEmpty() ? data : decompressed, &parseError);
    decompressed = QByteArray();
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not a HAR file: not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = tr("not a HAR file: expected a JSON object with a \"log\" member, got %1")
                     .arg(document.isArray() ? tr("an array") : tr("a value"));
        return false;
    }
    const QJsonValue logValue = document.object().value(QLatin1String("log"));
    if (!logValue.isObject()) {
        *error = isAbsent(logValue) ? tr("not a HAR file: no \"log\" object at the top level")
                                    : tr("not a HAR file: log: expected an object, got %1").arg(jsonTypeName(logValue));
        return false;
    }
    const QJsonObject log = logValue.toObject();
    const QJsonValue entriesValue = log.value(QLatin1String("entries"));
    if (!entriesValue.isArray()) {
        *error = isAbsent(entriesValue)
            ? tr("not a HAR file: log.entries: required (the list of requests)")
            : tr("log.entries: expected an array, got %1").arg(jsonTypeName(entriesValue));
        return false;
    }
    const QJsonObject creator = log.value(QLatin1String("creator")).toObject();
    m_creator = QStringList { creator.value(QLatin1String("name")).toString(),
        creator.value(QLatin1String("version")).toString() }
                    .join(QLatin1Char(' '))
                    .trimmed();

    const QJsonArray entries = entriesValue.toArray();
    m_entries.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("log.entries[%1]").arg(i);
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject()) {
            *error = tr("%1: expected an object, got %2").arg(where, jsonTypeName(entry));
            m_entries.clear();
            return false;
        }
        HarEntry out;
        out.index = int(i);
        if (!readEntry(entry.toObject(), where, out, error)) {
            m_entries.clear();
            return false;
        }
        m_entries.append(std::move(out));
    }
    return true;
}

bool HarReader::readEntry(const QJsonObject& entry, const QString& where, HarEntry& out, QString* error) const
{
    const QJsonValue started = entry.value(QLatin1String("startedDateTime"));
    if (!started.isString()) {
        *error = isAbsent(started) ? tr("%1.startedDateTime: required").arg(where)
                                   : tr("%1.startedDateTime: expected a string, got %2").arg(where, jsonTypeName(started));
        return false;
    }
    const auto startedAt = Timestamp::parseIso8601(started.toString().toUtf8());
    if (!startedAt) {
        *error = tr("%1.startedDateTime: \"%2\" is not an ISO 8601 date and time").arg(where, started.toString().left(60));
        return false;
    }
    out.startedAt = *startedAt;

    const QJsonValue requestValue = entry.value(QLatin1String("request"));
    if (!requestValue.isObject()) {
        *error = isAbsent(requestValue) ? tr("%1.request: required").arg(where)
                                        : tr("%1.request: expected an object, got %2").arg(where, jsonTypeName(requestValue));
        return false;
    }
    const QJsonObject request = requestValue.toObject();
    const QString requestWhere = where + QStringLiteral(".request");

    const QJsonValue method = request.value(QLatin1String("method"));
    if (!method.isString() || method.toString().trimmed().isEmpty()) {
        *error = method.isString() || isAbsent(method)
            ? tr("%1.method: required").arg(requestWhere)
            : tr("%1.method: expected a string, got %2").arg(requestWhere, jsonTypeName(method));
        return false;
    }
    out.method = method.toString().trimmed().toUpper().toLatin1();

    const QJsonValue url = request.value(QLatin1String("url"));
    if (!url.isString() || url.toString().isEmpty()) {
        *error = url.isString() || isAbsent(url) ? tr("%1.url: required").arg(requestWhere)
                                                 : tr("%1.url: expected a string, got %2").arg(requestWhere, jsonTypeName(url));
        return false;
    }
    // Tolerant: browsers leave characters such as '|' unescaped in queries (fonts.googleapis.com/css?family=A|B).
    out.url = QUrl(url.toString());
    if (!out.url.isValid() || out.url.scheme().isEmpty()) {
        // Never quote a whole URL in an error: its query may hold a key.
        *error = tr("%1.url: not an absolute URL (%2)")
                     .arg(requestWhere, out.url.isValid() ? tr("no scheme") : out.url.errorString());
        return false;
    }

    if (!readHeaders(request.value(QLatin1String("headers")), requestWhere + QStringLiteral(".headers"), out.headers, error))
        return false;
    if (!readPostData(request.value(QLatin1String("postData")), requestWhere + QStringLiteral(".postData"), out, error))
        return false;

    const QJsonValue response = entry.value(QLatin1String("response"));
    if (!isAbsent(response)) {
        if (!response.isObject()) {
            *error = tr("%1.response: expected an object, got %2").arg(where, jsonTypeName(response));
            return false;
        }
        const QJsonValue status = response.toObject().value(QLatin1String("status"));
        if (!isAbsent(status)) {
            if (!status.isDouble() || status.toDouble() < 0 || status.toDouble() > 999) {
                *error = tr("%1.response.status: expected an HTTP status (a number), got %2")
                             .arg(where, status.isDouble() ? QString::number(status.toDouble()) : jsonTypeName(status));
                return false;
            }
            out.status = status.toInt();
        }
    }
    return true;
}

bool HarReader::readHeaders(const QJsonValue& value, const QString& where, HttpHeaders& out, QString* error) const
{
    if (isAbsent(value))
        return true;
    if (!value.isArray()) {
        *error = tr("%1: expected an array, got %2").arg(where, jsonTypeName(value));
        return false;
    }
    const QJsonArray headers = value.toArray();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonValue header = headers.at(i);
        if (!header.isObject()) {
            *error = tr("%1: expected an object, got %2").arg(at, jsonTypeName(header));
            return false;
        }
        const QJsonValue name = header.toObject().value(QLatin1String("name"));
        const QJsonValue text = header.toObject().value(QLatin1String("value"));
        if (!name.isString() || name.toString().isEmpty()) {
            *error = name.isString() || isAbsent(name) ? tr("%1.name: required").arg(at)
                                                       : tr("%1.name: expected a string, got %2").arg(at, jsonTypeName(name));
            return false;
        }
        if (!text.isString() && !isAbsent(text)) {
            *error = tr("%1.value: expected a string, got %2").arg(at, jsonTypeName(text));
            return false;
        }
        if (name.toString().startsWith(QLatin1Char(':')))
            continue; // HTTP/2 pseudo-headers: method, path, scheme and authority are in the URL already
        out.append({ name.toString().toLatin1(), text.toString().toUtf8() });
    }
    return true;
}

bool HarReader::readPostData(const QJsonValue& value, const QString& where, HarEntry& out, QString* error) const
{
    if (isAbsent(value))
        return true;
    if (!value.isObject()) {
        *error = tr("%1: expected an object, got %2").arg(where, jsonTypeName(value));
        return false;
    }
    const QJsonObject postData = value.toObject();
    const QJsonValue mimeType = postData.value(QLatin1String("mimeType"));
    if (!mimeType.isString() && !isAbsent(mimeType)) {
        *error = tr("%1.mimeType: expected a string, got %2").arg(where, jsonTypeName(mimeType));
        return false;
    }
    out.mimeType = mimeType.toString().toUtf8();

    const QJsonValue encoding = postData.value(QLatin1String("encoding"));
    bool base64 = false;
    if (!isAbsent(encoding)) {
        if (!encoding.isString()) {
            *error = tr("%1.encoding: expected a string, got %2").arg(where, jsonTypeName(encoding));
            return false;
        }
        const QString name = encoding.toString().trimmed().toLower();
        if (name == QLatin1String("base64")) {
            base64 = true;
        } else if (!name.isEmpty()) {
            *error = tr("%1.encoding: \"%2\" is not supported (only \"base64\")").arg(where, encoding.toString().left(40));
            return false;
        }
    }

    const QJsonValue text = postData.value(QLatin1String("text"));
    if (!isAbsent(text)) {
        if (!text.isString()) {
            *error = tr("%1.text: expected a string, got %2").arg(where, jsonTypeName(text));
            return false;
        }
        if (base64) {
            QByteArray compact = text.toString().toLatin1();
            compact.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray());
            auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                *error = tr("%1.text: not valid base64 (the encoding says \"base64\")").arg(where);
                return false;
            }
            out.body = std::move(*decoded);
        } else {
            out.body = textBytes(text.toString(), &out.bodyLossy);
        }
        return true;
    }

    const QJsonValue params = postData.value(QLatin1String("params"));
    if (isAbsent(params))
        return true;
    if (!params.isArray()) {
        *error = tr("%1.params: expected an array, got %2").arg(where, jsonTypeName(params));
        return false;
    }
    QByteArrayList pairs;
    const QJsonArray array = params.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1.params[%2]").arg(where).arg(i);
        if (!array.at(i).isObject()) {
            *error = tr("%1: expected an object, got %2").arg(at, jsonTypeName(array.at(i)));
            return false;
        }
        const QJsonObject param = array.at(i).toObject();
        const QJsonValue name = param.value(QLatin1String("name"));
        const QJsonValue paramValue = param.value(QLatin1String("value"));
        if (!name.isString()) {
            *error = isAbsent(name) ? tr("%1.name: required").arg(at)
                                    : tr("%1.name: expected a string, got %2").arg(at, jsonTypeName(name));
            return false;
        }
        if (!paramValue.isString() && !isAbsent(paramValue)) {
            *error = tr("%1.value: expected a string, got %2").arg(at, jsonTypeName(paramValue));
            return false;
        }
        pairs.append(name.toString().toUtf8().toPercentEncoding() + '=' + paramValue.toString().toUtf8().toPercentEncoding());
    }
    out.body = pairs.join('&');
    return true;
}

} // namespace Journey

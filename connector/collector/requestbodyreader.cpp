// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "requestbodyreader.h"

#include "core/gzipcodec.h"

#include <QJsonParseError>

namespace Journey {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool percentDecode(QByteArrayView text, QByteArray& out, qsizetype& badAt)
{
    out.clear();
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out.append(' ');
        } else if (c == '%') {
            const int high = i + 1 < text.size() ? hexValue(text[i + 1]) : -1;
            const int low = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
            if (high < 0 || low < 0) {
                badAt = i;
                return false;
            }
            out.append(char(high * 16 + low));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return true;
}

} // namespace

QString RequestBodyReader::kilobytes(qsizetype bytes)
{
    return QString::number(double(bytes) / 1024.0, 'f', 1);
}

bool RequestBodyReader::decompress(const CollectorRequest& request, QByteArrayView data, qsizetype limit,
    const QString& limitText, QByteArray& body, DecodedRequest& out)
{
    const QByteArray encoding = request.header("content-encoding").trimmed().toLower();
    if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate" || GzipCodec::looksGzipped(data)) {
        QString reason;
        switch (GzipCodec::decompress(data, limit, body, &reason)) {
        case GzipCodec::Result::Ok:
            return true;
        case GzipCodec::Result::TooLarge:
            out.reject(413, "payload_too_large",
                QStringLiteral("the body is larger than %1 KB once decompressed; %2").arg(kilobytes(limit), limitText));
            return false;
        case GzipCodec::Result::Corrupt:
            out.reject(400, "invalid_encoding",
                QStringLiteral("the body is marked as %1 but does not decompress: %2")
                    .arg(QString::fromLatin1(encoding.isEmpty() ? QByteArray("gzip") : encoding), reason));
            return false;
        }
    }
    if (!encoding.isEmpty() && encoding != "identity") {
        out.reject(415, "unsupported_encoding",
            QStringLiteral("Content-Encoding %1 is not supported; send gzip, deflate or an uncompressed body")
                .arg(QString::fromLatin1(encoding)));
        return false;
    }
    if (data.size() > limit) {
        out.reject(413, "payload_too_large",
            QStringLiteral("the body is %1 KB; %2").arg(kilobytes(data.size()), limitText));
        return false;
    }
    body = data.toByteArray();
    return true;
}

std::optional<QByteArray> RequestBodyReader::decodeBase64(QByteArrayView text)
{
    QByteArray compact;
    compact.reserve(text.size());
    bool urlSafe = false;
    for (const char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == '-' || c == '_')
            urlSafe = true;
        compact.append(c);
    }
    if (compact.isEmpty())
        return std::nullopt;
    QByteArray::Base64Options options = QByteArray::AbortOnBase64DecodingErrors;
    if (urlSafe)
        options |= QByteArray::Base64UrlEncoding;
    // Padding is optional in what browsers send; Qt wants it only when it is there, so add none.
    auto result = QByteArray::fromBase64Encoding(compact, options);
    if (!result)
        return std::nullopt;
    return std::move(*result);
}

bool RequestBodyReader::isForm(const CollectorRequest& request)
{
    return request.header("content-type").trimmed().toLower().startsWith("application/x-www-form-urlencoded");
}

bool RequestBodyReader::parseForm(QByteArrayView body, QList<FormField>& fields, QString* error)
{
    fields.clear();
    qsizetype start = 0;
    QByteArray name;
    QByteArray value;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView pair = body.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype equals = pair.indexOf('=');
            const QByteArrayView rawName = equals < 0 ? pair : pair.first(equals);
            const QByteArrayView rawValue = equals < 0 ? QByteArrayView() : pair.sliced(equals + 1);
            qsizetype badAt = 0;
            if (!percentDecode(rawName, name, badAt)) {
                *error = QStringLiteral("the form field name at byte %1 has a malformed %-escape").arg(start + badAt);
                return false;
            }
            if (!percentDecode(rawValue, value, badAt)) {
                *error = QStringLiteral("the form field \"%1\" has a malformed %-escape at byte %2")
                             .arg(QString::fromUtf8(name))
                             .arg(start + (equals + 1) + badAt);
                return false;
            }
            fields.append(FormField { QString::fromUtf8(name), value });
        }
        start = end + 1;
    }
    return true;
}

std::optional<QByteArray> RequestBodyReader::formValue(const QList<FormField>& fields, QStringView name)
{
    for (const FormField& field : fields) {
        if (field.name == name)
            return field.value;
    }
    return std::nullopt;
}

std::optional<QJsonDocument> RequestBodyReader::parseJson(QByteArrayView json, const QString& what, QString* error)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1 is not valid JSON: %2 at byte %3").arg(what, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    return document;
}

} // namespace Journey

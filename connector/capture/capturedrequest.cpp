// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "capturedrequest.h"

#include "collector/collectorrequest.h"
#include "store/storedrequest.h"

#include <QUrlQuery>

namespace Journey {

namespace {

bool isTransportHeader(QByteArrayView name)
{
    return name.compare("content-encoding", Qt::CaseInsensitive) == 0
        || name.compare("content-length", Qt::CaseInsensitive) == 0
        || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0
        || name.compare("host", Qt::CaseInsensitive) == 0 || name.compare("connection", Qt::CaseInsensitive) == 0;
}

bool looksLikeJson(const QByteArray& body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

} // namespace

CapturedRequest CapturedRequest::fromStored(const StoredRequest& stored)
{
    CapturedRequest request;
    request.receivedAt = stored.receivedAt;
    request.source = stored.source;
    request.method = stored.method.toLatin1();
    request.path = stored.path;
    request.query = stored.query;
    for (const auto& header : stored.headers) {
        if (!isTransportHeader(header.first))
            request.headers.append(header);
    }
    request.body = stored.body;
    request.status = stored.status;
    request.eventCount = stored.eventCount;
    return request;
}

StoredRequest CapturedRequest::toStored() const
{
    StoredRequest stored;
    stored.receivedAt = receivedAt;
    stored.source = source;
    stored.method = QString::fromLatin1(method);
    stored.path = host.isEmpty() ? path : QStringLiteral("//") + host + path;
    stored.query = query;
    stored.headers = headers;
    stored.contentType = CollectorRequest::header(headers, "content-type");
    stored.wireSize = body.size();
    stored.body = body;
    stored.status = status;
    stored.eventCount = eventCount;
    return stored;
}

QString CapturedRequest::pathWithQuery() const
{
    return query.isEmpty() ? path : path + u'?' + query;
}

CollectorRequest CapturedRequest::toCollectorRequest() const
{
    CollectorRequest request;
    request.method = method.isEmpty() ? QByteArrayLiteral("POST") : method;
    request.path = path;
    request.fullPath = path;
    request.receivedAt = receivedAt;
    QUrlQuery urlQuery(query);
    request.body = body;

    // Mixpanel's GET ?data=<base64>: the collector kept the decoded payload as the body.
    const QString data = urlQuery.queryItemValue(QStringLiteral("data"), QUrl::FullyDecoded);
    if (request.method == "GET" && !body.isEmpty()
        && (data.isEmpty() || data == QLatin1String("(decoded into the body)"))) {
        urlQuery.removeAllQueryItems(QStringLiteral("data"));
        urlQuery.addQueryItem(QStringLiteral("data"),
            QString::fromLatin1(body.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        request.body.clear();
    }
    // PostHog's compression=gzip-js|base64 describes the wire body, which is kept decoded.
    urlQuery.removeAllQueryItems(QStringLiteral("compression"));
    request.query = urlQuery;

    const bool jsonBody = request.method != "GET" && looksLikeJson(request.body);
    bool hasContentType = false;
    for (const auto& header : headers) {
        if (isTransportHeader(header.first))
            continue;
        if (header.first.compare("content-type", Qt::CaseInsensitive) == 0) {
            hasContentType = true;
            // A JSON payload that travelled inside a form (`data=<base64>`) goes as JSON.
            if (jsonBody && header.second.contains("x-www-form-urlencoded")) {
                request.headers.append({ header.first, QByteArrayLiteral("application/json") });
                continue;
            }
        }
        request.headers.append(header);
    }
    if (!hasContentType && !request.body.isEmpty())
        request.headers.append({ QByteArrayLiteral("Content-Type"),
            jsonBody ? QByteArrayLiteral("application/json") : QByteArrayLiteral("text/plain") });
    return request;
}

} // namespace Journey

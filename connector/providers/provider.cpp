// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "provider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace Journey {

namespace {

QString reasonPhrase(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 408: return QStringLiteral("Request Timeout");
    case 413: return QStringLiteral("Payload Too Large");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return {};
    }
}

} // namespace

Provider::~Provider() = default;

QStringList Provider::integrationNames() const
{
    return { displayName() };
}

QUrl Provider::endpoint() const
{
    if (m_endpointOverride.isValid() && !m_endpointOverride.isEmpty())
        return m_endpointOverride;
    if (m_configuredEndpoint.isValid() && !m_configuredEndpoint.isEmpty())
        return m_configuredEndpoint;
    return defaultEndpoint();
}

QUrl Provider::urlFor(const QString& path) const
{
    QUrl url = endpoint();
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

DeliveryVerdict Provider::classify(const ProviderRequest& request, const ProviderResponse& response) const
{
    return classifyHttp(request, response);
}

DeliveryVerdict Provider::classifyHttp(const ProviderRequest& request, const ProviderResponse& response)
{
    DeliveryVerdict verdict;
    const int status = response.status;
    if (!response.transportError.isEmpty() || status == 0) {
        verdict.outcome = DeliveryOutcome::Retry;
        verdict.reason = response.transportError.isEmpty() ? tr("no answer") : response.transportError;
        return verdict;
    }
    if (status >= 200 && status < 300)
        return verdict;
    verdict.reason = describe(response);
    if (status == 413) {
        if (request.items.size() > 1) {
            verdict.outcome = DeliveryOutcome::Retry;
            verdict.splitBatch = true;
            verdict.countsAsAttempt = false;
            verdict.retryAfterMs = 0;
        } else {
            verdict.outcome = DeliveryOutcome::Failed;
        }
        return verdict;
    }
    const bool retryable = status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
    if (!retryable) {
        verdict.outcome = DeliveryOutcome::Failed;
        return verdict;
    }
    verdict.outcome = DeliveryOutcome::Retry;
    const qint64 after = retryAfterMs(response.header("Retry-After"));
    if (after >= 0) {
        verdict.retryAfterMs = after;
        verdict.countsAsAttempt = status != 429;
    }
    return verdict;
}

qint64 Provider::retryAfterMs(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : qint64(seconds * 1000);
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

QString Provider::describe(const ProviderResponse& response)
{
    if (!response.transportError.isEmpty())
        return response.transportError;
    QString text = QStringLiteral("HTTP %1").arg(response.status);
    const QString phrase = reasonPhrase(response.status);
    if (!phrase.isEmpty())
        text += QLatin1Char(' ') + phrase;
    const QByteArray body = response.body.trimmed();
    if (!body.isEmpty())
        text += QStringLiteral(": ") + QString::fromUtf8(body.left(200)).simplified();
    return text;
}

} // namespace Journey

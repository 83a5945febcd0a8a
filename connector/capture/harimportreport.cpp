// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "harimportreport.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Journey {

namespace {

QJsonArray requestsJson(const QList<HarImportReport::Request>& requests, bool recognised)
{
    QJsonArray array;
    for (const HarImportReport::Request& request : requests) {
        QJsonObject object { { QStringLiteral("entry"), request.entry }, { QStringLiteral("method"), request.method },
            { QStringLiteral("url"), request.url }, { QStringLiteral("status"), request.status } };
        if (recognised) {
            object.insert(QStringLiteral("provider"), HarImportReport::providerKey(request.provider));
            object.insert(QStringLiteral("events"), request.events);
        }
        if (!request.reason.isEmpty())
            object.insert(QStringLiteral("reason"), request.reason);
        array.append(object);
    }
    return array;
}

QString displayName(EventSource provider)
{
    return provider == EventSource::Unknown ? HarImportReport::tr("Collector") : eventSourceDisplayName(provider);
}

} // namespace

HarImportReport::ProviderCount& HarImportReport::countFor(EventSource provider)
{
    for (ProviderCount& count : providers) {
        if (count.provider == provider)
            return count;
    }
    providers.append(ProviderCount { provider });
    return providers.last();
}

QString HarImportReport::providerKey(EventSource provider)
{
    return provider == EventSource::Unknown ? QStringLiteral("collector")
                                            : QString::fromLatin1(eventSourceName(provider));
}

QString HarImportReport::displayUrl(const QUrl& url)
{
    QString text = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::FullyEncoded);
    if (url.hasQuery()) {
        QStringList names;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyEncoded);
        for (const auto& item : items) {
            if (names.size() == 6) {
                names.append(QStringLiteral("…"));
                break;
            }
            names.append(item.first + QStringLiteral("=…"));
        }
        text += u'?' + names.join(u'&');
    }
    // data: URLs and the like can be megabytes long.
    constexpr qsizetype maxLength = 300;
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QStringLiteral("…");
    return text;
}

QJsonObject HarImportReport::toJson() const
{
    QJsonObject perProvider;
    for (const ProviderCount& count : providers) {
        perProvider.insert(providerKey(count.provider),
            QJsonObject { { QStringLiteral("requests"), count.requests }, { QStringLiteral("imported"), count.imported },
                { QStringLiteral("rejected"), count.rejected }, { QStringLiteral("skipped"), count.skipped },
                { QStringLiteral("events"), count.events } });
    }
    return QJsonObject {
        { QStringLiteral("file"), file },
        { QStringLiteral("creator"), creator },
        { QStringLiteral("requests"), requestsSeen },
        { QStringLiteral("recognised"), recognisedRequests() },
        { QStringLiteral("imported"), int(imported.size()) },
        { QStringLiteral("rejected"), int(rejected.size()) },
        { QStringLiteral("skipped"), int(skipped.size()) },
        { QStringLiteral("unrecognised"), int(unrecognised.size()) },
        { QStringLiteral("events"), eventsImported },
        { QStringLiteral("providers"), perProvider },
        { QStringLiteral("importedRequests"), requestsJson(imported, true) },
        { QStringLiteral("rejectedRequests"), requestsJson(rejected, true) },
        { QStringLiteral("skippedRequests"), requestsJson(skipped, true) },
        { QStringLiteral("unrecognisedRequests"), requestsJson(unrecognised, false) },
    };
}

QString HarImportReport::toText(int listLimit) const
{
    QString text;
    text += tr("HAR file: %1").arg(creator.isEmpty() ? file : tr("%1 (written by %2)").arg(file, creator)) + u'\n';
    text += tr("Requests: %1 (to analytics hosts: %2, unrecognised: %3)")
                .arg(requestsSeen)
                .arg(recognisedRequests())
                .arg(unrecognised.size())
        + u'\n';
    text += tr("Events imported: %1 (from requests: %2)").arg(eventsImported).arg(imported.size()) + u'\n';

    if (!providers.isEmpty()) {
        // A table: provider, then right-aligned counts.
        const QStringList headings { tr("Provider"), tr("Requests"), tr("Imported"), tr("Rejected"), tr("No events"),
            tr("Events") };
        QList<QStringList> rows;
        for (const ProviderCount& count : providers)
            rows.append({ displayName(count.provider), QString::number(count.requests), QString::number(count.imported),
                QString::number(count.rejected), QString::number(count.skipped), QString::number(count.events) });
        QList<qsizetype> widths;
        for (qsizetype column = 0; column < headings.size(); ++column) {
            qsizetype width = headings[column].size();
            for (const QStringList& row : std::as_const(rows))
                width = qMax(width, row[column].size());
            widths.append(width);
        }
        const auto line = [&](const QStringList& cells) -> QString {
            QString out = QStringLiteral("  ") + cells[0].leftJustified(widths[0]);
            for (qsizetype column = 1; column < cells.size(); ++column)
                out += QStringLiteral("  ") + cells[column].rightJustified(widths[column]);
            return out + u'\n';
        };
        text += line(headings);
        for (const QStringList& row : std::as_const(rows))
            text += line(row);
    }

    const auto list = [&](const QString& title, const QList<Request>& requests, bool withProvider) {
        if (requests.isEmpty())
            return;
        text += title.arg(requests.size()) + u'\n';
        const qsizetype shown = listLimit > 0 ? qMin<qsizetype>(listLimit, requests.size()) : requests.size();
        for (qsizetype i = 0; i < shown; ++i) {
            const Request& request = requests[i];
            QString line = QStringLiteral("  #%1 %2 %3").arg(request.entry).arg(request.method, request.url);
            if (withProvider)
                line += QStringLiteral(" [%1]").arg(displayName(request.provider));
            if (!request.reason.isEmpty())
                line += QStringLiteral(": ") + request.reason;
            text += line + u'\n';
        }
        if (shown < requests.size())
            text += tr("  … and %1 more (--format json lists them all)").arg(requests.size() - shown) + u'\n';
    };
    QList<Request> partial;
    for (const Request& request : imported) {
        if (!request.reason.isEmpty())
            partial.append(request);
    }
    list(tr("Imported with problems (%1):"), partial, true);
    list(tr("Rejected by the decoder (%1):"), rejected, true);
    list(tr("To analytics hosts, no events (%1):"), skipped, true);
    list(tr("Unrecognised, not imported (%1):"), unrecognised, false);
    return text;
}

} // namespace Journey

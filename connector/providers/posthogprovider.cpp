// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "posthogprovider.h"

#include "core/timestamp.h"
#include "posthogeventwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace Journey {

namespace {

const QString defaultGroupType = QStringLiteral("company");

bool isPostHogAppHost(const QUrl& url, QLatin1String host)
{
    return url.scheme() == QLatin1String("https") && url.host() == host
        && (url.path().isEmpty() || url.path() == QLatin1String("/"));
}

} // namespace

PostHogProvider::PostHogProvider()
    : m_groupType(defaultGroupType)
{ }

PostHogProvider::~PostHogProvider() = default;

QString PostHogProvider::id() const
{
    return QStringLiteral("posthog");
}

QString PostHogProvider::displayName() const
{
    return QStringLiteral("PostHog");
}

QUrl PostHogProvider::defaultEndpoint() const
{
    return QUrl(QStringLiteral("https://us.i.posthog.com"));
}

BatchLimits PostHogProvider::limits() const
{
    BatchLimits limits;
    // `/batch/` has no event-count limit. 1000 per request keeps one failed or split request (a 413 resends
    // everything it carried) bounded while still being 10x the SDKs' batches (node 100, python 100).
    limits.maxEvents = 1000;
    // "20 MB" per body: 20 000 000 bytes is below both the decimal and the binary reading.
    limits.maxRequestBytes = 20 * 1000 * 1000;
    // About 1 MB per event once PostHog has added its own properties; posthog-python drops events over
    // 900 KiB, and so does this.
    limits.maxEventBytes = 900 * 1024;
    return limits;
}

QStringList PostHogProvider::settingKeys() const
{
    return { QStringLiteral("apiKey"), QStringLiteral("host"), QStringLiteral("groupType") };
}

bool PostHogProvider::configure(const QJsonObject& settings, QString* error)
{
    const auto path
        = [this](const char* key) { return QStringLiteral("journey.providers.%1.%2").arg(id(), QLatin1String(key)); };
    const auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };

    const QStringList known = settingKeys();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!known.contains(it.key())) {
            return fail(tr("%1: unknown setting (PostHog understands: %2)")
                            .arg(QStringLiteral("journey.providers.%1.%2").arg(id(), it.key()),
                                known.join(QStringLiteral(", "))));
        }
        if (!it.value().isString() && !it.value().isNull())
            return fail(tr("%1: expected a string").arg(QStringLiteral("journey.providers.%1.%2").arg(id(), it.key())));
    }

    const QString apiKey = settings.value(QLatin1String("apiKey")).toString().trimmed();
    if (apiKey.isEmpty())
        return fail(tr("%1 is missing: PostHog needs the project API key (phc_…)").arg(path("apiKey")));
    if (apiKey.startsWith(QLatin1String("phx_"))) {
        return fail(tr("%1: this is a personal API key (phx_…); capture needs the project API key (phc_…)")
                        .arg(path("apiKey")));
    }

    QUrl endpoint;
    const QString host = settings.value(QLatin1String("host")).toString().trimmed();
    if (!host.isEmpty()) {
        endpoint = QUrl(host, QUrl::StrictMode);
        const QString scheme = endpoint.scheme().toLower();
        if (!endpoint.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || endpoint.host().isEmpty() || endpoint.hasQuery() || endpoint.hasFragment()) {
            return fail(tr("%1: \"%2\" is not an http(s) base URL").arg(path("host"), host));
        }
        // The app hosts do not take events; the python SDK sends to the ingest hosts instead, and so do we.
        if (isPostHogAppHost(endpoint, QLatin1String("app.posthog.com"))
            || isPostHogAppHost(endpoint, QLatin1String("us.posthog.com")))
            endpoint = QUrl(QStringLiteral("https://us.i.posthog.com"));
        else if (isPostHogAppHost(endpoint, QLatin1String("eu.posthog.com")))
            endpoint = QUrl(QStringLiteral("https://eu.i.posthog.com"));
    }

    QString groupType = settings.value(QLatin1String("groupType")).toString().trimmed();
    if (settings.contains(QLatin1String("groupType")) && groupType.isEmpty())
        return fail(tr("%1: expected a group type name such as \"company\"").arg(path("groupType")));
    if (groupType.isEmpty())
        groupType = defaultGroupType;

    m_apiKey = apiKey;
    m_groupType = groupType;
    setConfiguredEndpoint(endpoint);
    return true;
}

QStringList PostHogProvider::secrets() const
{
    if (m_apiKey.isEmpty())
        return {};
    return { m_apiKey };
}

EncodedBatch PostHogProvider::encode(const QList<OutboundEvent>& events, const BatchLimits& limits) const
{
    EncodedBatch out;

    struct Encoded
    {
        int index = 0;
        QByteArray json;
    };
    QList<Encoded> accepted;
    accepted.reserve(events.size());
    PostHogEventWriter writer(m_groupType);
    for (int i = 0; i < int(events.size()); ++i) {
        QStringList notes;
        QString rejection;
        const OutboundEvent& event = events[i];
        const QByteArray message
            = event.json.isEmpty() ? QJsonDocument(event.message).toJson(QJsonDocument::Compact) : event.json;
        QByteArray json = writer.write(message, event.type, &notes, &rejection);
        if (!rejection.isEmpty()) {
            out.rejected.append({ i, rejection });
            continue;
        }
        if (json.size() > limits.maxEventBytes) {
            out.rejected.append({ i,
                tr("the event is %1 bytes; PostHog takes at most %2 bytes per event")
                    .arg(json.size())
                    .arg(limits.maxEventBytes) });
            continue;
        }
        for (const QString& note : std::as_const(notes))
            out.notes.append({ i, note });
        accepted.append({ i, std::move(json) });
    }

    // Envelope: {"api_key":"…","batch":[…]}; the head is built by QJsonDocument so the key is escaped properly.
    QByteArray prefix
        = QJsonDocument(QJsonObject { { QStringLiteral("api_key"), m_apiKey } }).toJson(QJsonDocument::Compact);
    prefix.chop(1);
    prefix += ",\"batch\":[";
    const QByteArray suffix = QByteArrayLiteral("]}");
    const qint64 overhead = prefix.size() + suffix.size();
    const QUrl url = urlFor(QStringLiteral("/batch/"));
    const int maxEvents = std::max(1, limits.maxEvents);

    QByteArray body;
    QList<int> items;
    auto flush = [&] {
        if (items.isEmpty())
            return;
        body += suffix;
        ProviderRequest request;
        request.method = QByteArrayLiteral("POST");
        request.url = url;
        request.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } };
        request.body = body;
        request.gzip = true;
        request.items = items;
        request.label = tr("batch of %n event(s)", nullptr, int(items.size()));
        out.requests.append(request);
        body.clear();
        items.clear();
    };

    qint64 unplaced = 0;
    for (const auto& encoded : std::as_const(accepted))
        unplaced += encoded.json.size() + 1;
    for (const Encoded& event : std::as_const(accepted)) {
        if (overhead + event.json.size() > limits.maxRequestBytes) {
            out.rejected.append({ event.index,
                tr("the event is %1 bytes; with the batch envelope it does not fit in a request of at most %2 bytes")
                    .arg(event.json.size())
                    .arg(limits.maxRequestBytes) });
            continue;
        }
        if (!items.isEmpty()
            && (items.size() >= maxEvents
                || body.size() + 1 + event.json.size() + suffix.size() > limits.maxRequestBytes))
            flush();
        if (items.isEmpty()) {
            // One allocation per request: growing a body of hundreds of KB by doubling costs more than filling it.
            body = QByteArray();
            body.reserve(qsizetype(std::min<qint64>(limits.maxRequestBytes, overhead + unplaced)));
            body.append(QByteArrayView(prefix));
        } else {
            body += ',';
        }
        body += event.json;
        unplaced -= event.json.size() + 1;
        items.append(event.index);
    }
    flush();

    const auto byIndex = [](const EncodedBatch::Issue& a, const EncodedBatch::Issue& b) { return a.index < b.index; };
    std::stable_sort(out.rejected.begin(), out.rejected.end(), byIndex);
    // Notes of events rejected for size afterwards are dropped with them: the rejection says it all.
    out.notes.removeIf([&out](const EncodedBatch::Issue& note) {
        return std::any_of(out.rejected.cbegin(), out.rejected.cend(),
            [&note](const EncodedBatch::Issue& rejected) { return rejected.index == note.index; });
    });
    return out;
}

DeliveryVerdict PostHogProvider::classify(const ProviderRequest& request, const ProviderResponse& response) const
{
    DeliveryVerdict verdict = classifyHttp(request, response);
    if (verdict.outcome == DeliveryOutcome::Delivered || !response.transportError.isEmpty() || response.status == 0)
        return verdict;
    // Errors come as {"type":"authentication_error","code":"invalid_api_key","detail":"…"} (§6.5): the detail
    // is the sentence for people, and the JSON around it would use up much of the 200 bytes describe() quotes.
    const QJsonObject error = QJsonDocument::fromJson(response.body).object();
    const QString detail = error.value(QLatin1String("detail")).toString();
    if (!detail.isEmpty()) {
        ProviderResponse shown = response;
        const QString code = error.value(QLatin1String("code")).toString();
        shown.body = (code.isEmpty() ? detail : detail + QStringLiteral(" (") + code + QLatin1Char(')')).toUtf8();
        verdict.reason = describe(shown);
    }
    return verdict;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "harimporter.h"

#include "collector/requestrouter.h"
#include "core/gzipcodec.h"
#include "core/secretmasker.h"
#include "core/timestamp.h"
#include "harreader.h"

#include <QFile>
#include <QFileInfo>
#include <QUrlQuery>

#include <algorithm>

namespace Journey {

namespace {

/// Headers a capture does not keep: transport details, and cookies (secrets of the site, not of the analytics).
bool isDroppedHeader(QByteArrayView name)
{
    for (const char* dropped :
        { "content-encoding", "content-length", "transfer-encoding", "host", "connection", "cookie", "set-cookie" }) {
        if (name.compare(dropped, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// "api.segment.io", or "localhost:8787" when the port is not the scheme's own.
QString hostOf(const QUrl& url)
{
    const int defaultPort = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
    const int port = url.port(defaultPort);
    return port == defaultPort ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

/// The decoders that read \a provider's format (RudderStack SDKs speak Segment's).
QList<RequestDecoder*> decodersFor(const RequestRouter& router, EventSource provider)
{
    const EventSource format = provider == EventSource::RudderStack ? EventSource::Segment : provider;
    QList<RequestDecoder*> result;
    for (const auto& decoder : router.decoders()) {
        if (decoder->source() == format)
            result.append(decoder.get());
    }
    return result;
}

/// The request as the decoders take it: what the collector would have built had the SDK sent it there.
CollectorRequest collectorRequest(const HarEntry& entry)
{
    CollectorRequest request;
    request.method = entry.method;
    request.fullPath = entry.url.path(); // as the collector takes it from QHttpServerRequest::url()
    if (request.fullPath.isEmpty())
        request.fullPath = QStringLiteral("/");
    request.path = request.fullPath;
    request.query = QUrlQuery(entry.url);
    request.body = entry.body;
    request.receivedAt = entry.startedAt;
    request.headers = entry.headers;
    // Some tools write the body decoded yet keep `Content-Encoding: gzip`: gzip is recognisable by its first bytes,
    // so a body without them is taken as already decompressed.
    const QByteArray encoding = request.header("content-encoding").trimmed().toLower();
    if ((encoding == "gzip" || encoding == "x-gzip") && !entry.body.isEmpty() && !GzipCodec::looksGzipped(entry.body)
        && !entry.bodyLossy) {
        request.headers.removeIf([](const QPair<QByteArray, QByteArray>& header) {
            return header.first.compare("content-encoding", Qt::CaseInsensitive) == 0;
        });
    }
    return request;
}

/// The query as the collector keeps it (CollectorServer::storedQuery): secrets masked, a Mixpanel `data` payload
/// replaced by a note since it is kept decoded as the body.
QString keptQuery(const QUrl& url, const SecretMasker& masker, const DecodedRequest& decoded)
{
    QUrlQuery query(url);
    if (!decoded.secrets.isEmpty() && query.hasQueryItem(QStringLiteral("data"))) {
        query.removeAllQueryItems(QStringLiteral("data"));
        query.addQueryItem(QStringLiteral("data"), QStringLiteral("(decoded into the body)"));
    }
    return masker.maskQuery(query.query(QUrl::FullyEncoded));
}

/// "checkout" for "checkout.har", "checkout.har.gz" or "checkout.json".
QString captureName(const QString& fileName)
{
    QString name = QFileInfo(fileName).fileName();
    for (const char* suffix : { ".gz", ".har" }) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive) && name.size() > int(qstrlen(suffix)))
            name.chop(qstrlen(suffix));
    }
    return name == QFileInfo(fileName).fileName() ? QFileInfo(fileName).completeBaseName() : name;
}

/// \a events with every secret \a masker knows masked in their payloads (a copy only when one occurs).
EventBatch maskedEvents(const EventBatch& events, const SecretMasker& masker)
{
    bool found = false;
    for (int i = 0; i < events.size() && !found; ++i) {
        const QByteArray payload = events.payload(i).toByteArray();
        found = masker.maskKnown(payload) != payload;
    }
    if (!found)
        return events;
    EventBatch masked;
    masked.reserve(events.size(), events.payloadBytes());
    for (int i = 0; i < events.size(); ++i)
        masked.append(events.fields(i), masker.maskKnown(events.payload(i).toByteArray()));
    return masked;
}

} // namespace

HarImporter::HarImporter() = default;

HarImporter::HarImporter(Options options)
    : m_options(std::move(options))
{ }

bool HarImporter::importFile(const QString& path, Capture& capture, HarImportReport& report, QString* error)
{
    capture.clear();
    report = HarImportReport();
    m_cancelled = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    if (!importData(data, QFileInfo(path).fileName(), capture, report, error)) {
        if (!m_cancelled)
            *error = QStringLiteral("%1: %2").arg(path, *error);
        return false;
    }
    return true;
}

bool HarImporter::importData(const QByteArray& har, const QString& fileName, Capture& capture, HarImportReport& report,
    QString* error)
{
    capture.clear();
    report = HarImportReport();
    report.file = fileName;
    m_cancelled = false;

    HarReader reader;
    if (!reader.read(har, error))
        return false;
    report.creator = reader.creator();
    if (m_options.cancel && m_options.cancel->load()) {
        m_cancelled = true;
        *error = tr("cancelled");
        return false;
    }

    capture.info.name = m_options.name.isEmpty() ? captureName(fileName) : m_options.name;
    capture.info.origin = QStringLiteral("har:") + fileName;
    capture.info.createdAt = Timestamp::nowMs();
    capture.info.description = reader.creator().isEmpty()
        ? tr("Imported from %1").arg(fileName)
        : tr("Imported from %1, written by %2").arg(fileName, reader.creator());
    if (!importEntries(reader.entries(), capture, report, error)) {
        capture.clear();
        return false;
    }
    return true;
}

bool HarImporter::importEntries(const QList<HarEntry>& entries, Capture& capture, HarImportReport& report, QString* error)
{
    // In the order the requests started (HAR files mostly are, not always).
    std::vector<const HarEntry*> ordered;
    ordered.reserve(size_t(entries.size()));
    for (const HarEntry& entry : entries)
        ordered.push_back(&entry);
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const HarEntry* a, const HarEntry* b) { return a->startedAt < b->startedAt; });

    const RequestRouter router(m_options.collector);
    SecretMasker baseMasker;
    for (const QByteArray& secret : std::as_const(m_options.knownSecrets))
        baseMasker.addKnownSecret(secret);

    const int total = int(ordered.size());
    const int progressStep = qMax(1, total / 100);
    for (int done = 0; done < total; ++done) {
        if (m_options.cancel && m_options.cancel->load()) {
            m_cancelled = true;
            *error = tr("cancelled");
            return false;
        }
        if (m_options.progress && done % progressStep == 0)
            m_options.progress(done, total);

        const HarEntry& entry = *ordered[size_t(done)];
        ++report.requestsSeen;
        HarImportReport::Request listed;
        listed.entry = entry.index;
        listed.method = QString::fromLatin1(entry.method);
        listed.url = HarImportReport::displayUrl(entry.url);
        listed.status = entry.status;

        const std::optional<EventSource> provider = m_options.endpoints.providerOf(entry.url);
        if (!provider) {
            report.unrecognised.append(listed);
            continue;
        }
        listed.provider = *provider;
        const auto skip = [&](EventSource counted, const QString& reason) {
            listed.provider = counted;
            listed.reason = reason;
            HarImportReport::ProviderCount& count = report.countFor(counted);
            ++count.requests;
            ++count.skipped;
            report.skipped.append(listed);
        };
        if (entry.method == "OPTIONS") {
            skip(*provider, tr("a CORS preflight: it carries no events"));
            continue;
        }

        CollectorRequest request = collectorRequest(entry);
        RequestDecoder* decoder = nullptr;
        if (*provider == EventSource::Unknown) {
            // A collector: routed by path, as the collector routes.
            decoder = router.route(request);
            if (!decoder) {
                skip(*provider, tr("no collector endpoint at %1").arg(request.fullPath));
                continue;
            }
        } else {
            // The host says which provider; its decoder is asked whether the path is one of its endpoints.
            auto best = RequestDecoder::Claim::No;
            const QList<RequestDecoder*> candidates = decodersFor(router, *provider);
            for (RequestDecoder* candidate : candidates) {
                const auto claim = candidate->claim(request);
                if (int(claim) > int(best)) {
                    best = claim;
                    decoder = candidate;
                }
            }
            if (!decoder) {
                QStringList paths;
                for (RequestDecoder* candidate : candidates)
                    paths += candidate->paths();
                skip(*provider,
                    tr("not an ingestion endpoint of %1 (it takes %2)")
                        .arg(eventSourceDisplayName(*provider), paths.join(QLatin1String(", "))));
                continue;
            }
        }

        DecodedRequest decoded;
        decoded.source = decoder->source();
        decoder->decode(request, decoded);
        // A collector host counts under the format the request was in.
        const EventSource counted = *provider == EventSource::Unknown ? decoded.source : *provider;
        listed.provider = counted;

        SecretMasker masker = baseMasker;
        for (const QByteArray& secret : std::as_const(decoded.secrets))
            masker.addKnownSecret(secret);

        if (decoded.status != 200) {
            QString reason = QString::fromUtf8(masker.maskKnown(decoded.message.toUtf8()));
            if (entry.bodyLossy)
                reason += tr(" (the HAR file holds this body as text with replacement characters: the tool that wrote "
                             "it lost the bytes of a binary body; export with base64 bodies)");
            listed.reason = reason;
            HarImportReport::ProviderCount& count = report.countFor(counted);
            ++count.requests;
            ++count.rejected;
            report.rejected.append(listed);
            continue;
        }
        if (!decoded.record) {
            skip(counted, tr("answered, but carries no events (feature flags, validation server)"));
            continue;
        }
        if (decoded.events.isEmpty()) {
            skip(counted, tr("holds no events"));
            continue;
        }

        // Decoders keep keys out of events; a key an app wrote into a property (or a configured one) is masked too.
        const EventBatch events = maskedEvents(decoded.events, masker);

        CapturedRequest captured;
        captured.receivedAt = entry.startedAt;
        captured.source = decoded.source;
        captured.method = entry.method;
        captured.host = hostOf(entry.url);
        captured.path = request.fullPath;
        captured.status = entry.status;
        captured.eventCount = decoded.events.size();
        // Masked as the collector masks what it stores: the request's own keys as the JSON strings they are in the
        // body, secret-sounding members, every known secret, credentials in headers and query.
        // Secrets too short for the known list (under 6 characters) are masked where they are whole JSON strings.
        QByteArray body = masker.maskJsonText(decoded.body);
        for (const QByteArray& secret : std::as_const(decoded.secrets)) {
            const QByteArray token = '"' + secret + '"';
            if (body.contains(token))
                body.replace(token, QByteArray('"' + SecretMasker::maskValue(secret) + '"'));
        }
        captured.body = std::move(body);
        HttpHeaders kept;
        for (const auto& header : std::as_const(entry.headers)) {
            if (!isDroppedHeader(header.first))
                kept.append(header);
        }
        captured.headers = masker.maskHeaders(kept);
        captured.query = keptQuery(entry.url, masker, decoded);

        listed.events = decoded.events.size();
        if (!decoded.message.isEmpty())
            listed.reason = QString::fromUtf8(masker.maskKnown(decoded.message.toUtf8()));
        capture.addRequest(captured, events, 0, events.size());
        report.eventsImported += decoded.events.size();
        HarImportReport::ProviderCount& count = report.countFor(counted);
        ++count.requests;
        ++count.imported;
        count.events += decoded.events.size();
        report.imported.append(listed);
    }
    if (m_options.progress)
        m_options.progress(total, total);
    return true;
}

} // namespace Journey

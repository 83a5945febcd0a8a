// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "segmentprovider.h"

#include "core/timestamp.h"
#include "dedupids.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <simdjson.h>

#include <algorithm>

namespace Journey {

namespace {

// Segment: "messageId … must be unique, < 100 chars" (providers.md §1.3).
constexpr qsizetype maxMessageIdLength = 99;
// analytics-node waits max(1, min(Retry-After, 300)) s after a 429, and 60 s when the header is missing.
constexpr qint64 minRateLimitWaitMs = 1000;
constexpr qint64 maxRetryAfterMs = 300 * 1000;
constexpr qint64 rateLimitWithoutHeaderMs = 60 * 1000;

bool hasId(const QJsonObject& message, QLatin1String key)
{
    const QJsonValue value = message.value(key);
    if (value.isString())
        return !value.toString().isEmpty();
    return value.isDouble();
}

bool hasId(simdjson::dom::object message, const char* key)
{
    const auto value = message[key];
    if (value.error())
        return false;
    const simdjson::dom::element element = value.value_unsafe();
    if (element.is_string())
        return !element.get_string().value_unsafe().empty();
    return element.is_number();
}

/*!
 * Whether the canonical message text \a json goes to Segment as it is: every check of encode() passes and
 * nothing needs changing (type present, no writeKey, a short enough messageId). Read with simdjson, which
 * is an order of magnitude cheaper than a QJsonObject; anything else takes encode()'s general path.
 */
bool sendsAsIs(simdjson::dom::parser& parser, const QByteArray& json)
{
    simdjson::dom::object message;
    if (parser.parse(json.constData(), size_t(json.size())).get_object().get(message) != simdjson::SUCCESS)
        return false;
    std::string_view type;
    if (message["type"].get_string().get(type) != simdjson::SUCCESS)
        return false;
    if (!message["writeKey"].error())
        return false;
    std::string_view messageId;
    if (message["messageId"].get_string().get(messageId) == simdjson::SUCCESS
        && QString::fromUtf8(messageId.data(), qsizetype(messageId.size())).size() > maxMessageIdLength)
        return false;
    if (!hasId(message, "userId") && !hasId(message, "anonymousId"))
        return false;
    if (type == "track") {
        std::string_view event;
        return message["event"].get_string().get(event) == simdjson::SUCCESS && !event.empty();
    }
    if (type == "group")
        return hasId(message, "groupId");
    if (type == "alias")
        return hasId(message, "previousId") && hasId(message, "userId");
    return true;
}

struct EncodedMessage
{
    int index = 0;
    QByteArray json;
};

} // namespace

SegmentProvider::SegmentProvider() = default;
SegmentProvider::~SegmentProvider() = default;

QString SegmentProvider::id() const
{
    return QStringLiteral("segment");
}

QString SegmentProvider::displayName() const
{
    return QStringLiteral("Segment");
}

QStringList SegmentProvider::integrationNames() const
{
    return { QStringLiteral("Segment"), QStringLiteral("Segment.io") };
}

QUrl SegmentProvider::defaultEndpoint() const
{
    return QUrl(QStringLiteral("https://api.segment.io"));
}

BatchLimits SegmentProvider::limits() const
{
    BatchLimits limits;
    limits.maxEvents = 2500;
    // The documented limit is "500 KB", which may mean 500 000 or 512 000 bytes. 480 KiB (491 520 bytes) is
    // below both readings and is what analytics-node packs to; encode() measures the whole body, envelope
    // included, so no further headroom is needed.
    limits.maxRequestBytes = 480 * 1024;
    limits.maxEventBytes = 32 * 1024;
    return limits;
}

QStringList SegmentProvider::settingKeys() const
{
    return { QStringLiteral("writeKey") };
}

QString SegmentProvider::settingPath(const QString& key) const
{
    return QStringLiteral("journey.providers.%1.%2").arg(id(), key);
}

bool SegmentProvider::configureWriteKey(const QJsonObject& settings, QString* error)
{
    const QStringList known = settingKeys();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!known.contains(it.key())) {
            if (error) {
                *error = tr("%1: unknown setting (%2 understands: %3)")
                             .arg(settingPath(it.key()), displayName(), known.join(QStringLiteral(", ")));
            }
            return false;
        }
    }
    const QJsonValue key = settings.value(QLatin1String("writeKey"));
    if (!key.isUndefined() && !key.isNull() && !key.isString()) {
        if (error)
            *error = tr("%1: expected a string").arg(settingPath(QStringLiteral("writeKey")));
        return false;
    }
    if (key.toString().isEmpty()) {
        if (error) {
            *error = tr("%1 is missing: %2 needs the write key of the source to send to")
                         .arg(settingPath(QStringLiteral("writeKey")), displayName());
        }
        return false;
    }
    m_writeKey = key.toString();
    return true;
}

bool SegmentProvider::configure(const QJsonObject& settings, QString* error)
{
    return configureWriteKey(settings, error);
}

QStringList SegmentProvider::secrets() const
{
    if (m_writeKey.isEmpty())
        return {};
    return { m_writeKey };
}

EncodedBatch SegmentProvider::encode(const QList<OutboundEvent>& events, const BatchLimits& limits) const
{
    EncodedBatch out;
    const QString name = displayName();

    QList<EncodedMessage> accepted;
    accepted.reserve(events.size());
    simdjson::dom::parser parser;
    for (int i = 0; i < int(events.size()); ++i) {
        const OutboundEvent& event = events[i];
        const bool textOnly = event.message.isEmpty() && !event.json.isEmpty();
        if (textOnly && sendsAsIs(parser, event.json)) {
            if (event.json.size() > limits.maxEventBytes) {
                out.rejected.append({ i,
                    tr("the message is %1 bytes; %2 takes at most %3 bytes per message")
                        .arg(event.json.size())
                        .arg(name)
                        .arg(limits.maxEventBytes) });
                continue;
            }
            accepted.append({ i, event.json });
            continue;
        }
        const QJsonObject original = textOnly ? QJsonDocument::fromJson(event.json).object() : event.message;
        QJsonObject message = original;
        if (!message.contains(QLatin1String("type")))
            message.insert(QStringLiteral("type"), QString::fromLatin1(eventTypeName(events[i].type)));
        const QString type = message.value(QLatin1String("type")).toString();

        // What the API answers with a 200 and then discards (providers.md §1.3, §1.5).
        QString problem;
        if (!hasId(message, QLatin1String("userId")) && !hasId(message, QLatin1String("anonymousId")))
            problem = tr("%1 discards a message without userId or anonymousId").arg(name);
        else if (type == QLatin1String("track") && message.value(QLatin1String("event")).toString().isEmpty())
            problem = tr("%1 discards a track call without an event name").arg(name);
        else if (type == QLatin1String("group") && !hasId(message, QLatin1String("groupId")))
            problem = tr("%1 discards a group call without groupId").arg(name);
        else if (type == QLatin1String("alias") && !hasId(message, QLatin1String("previousId")))
            problem = tr("%1 discards an alias call without previousId").arg(name);
        else if (type == QLatin1String("alias") && !hasId(message, QLatin1String("userId")))
            problem = tr("%1 discards an alias call without userId").arg(name);
        if (!problem.isEmpty()) {
            out.rejected.append({ i, problem });
            continue;
        }

        // A write key inside a message is the credential of the source it came from, not event data; the
        // request carries this provider's own key.
        const bool hadWriteKey = message.contains(QLatin1String("writeKey"));
        if (hadWriteKey)
            message.remove(QLatin1String("writeKey"));

        QString note;
        const QString messageId = message.value(QLatin1String("messageId")).toString();
        if (messageId.size() > maxMessageIdLength) {
            const QString replacement = DedupIds::uuid(messageId);
            message.insert(QStringLiteral("messageId"), replacement);
            note = tr("messageId is longer than %1 characters, which %2 does not accept; sent as %3 (derived from "
                      "it, so retries keep the same id)")
                       .arg(maxMessageIdLength)
                       .arg(name, replacement);
        }

        // The stored canonical text is the message as it goes, unless something above changed it.
        const bool unchanged = note.isEmpty() && !hadWriteKey && original.contains(QLatin1String("type"));
        QByteArray json = unchanged && !event.json.isEmpty() ? event.json
                                                                 : QJsonDocument(message).toJson(QJsonDocument::Compact);
        if (json.size() > limits.maxEventBytes) {
            out.rejected.append({ i,
                tr("the message is %1 bytes; %2 takes at most %3 bytes per message")
                    .arg(json.size())
                    .arg(name)
                    .arg(limits.maxEventBytes) });
            continue;
        }
        if (!note.isEmpty())
            out.notes.append({ i, note });
        accepted.append({ i, std::move(json) });
    }

    // Envelope: {"batch":[…],"sentAt":"…","writeKey":"…"}. The tail is built by QJsonDocument so the key is
    // escaped properly; sentAt always has the same length, so sizes measured here hold for the real body.
    QJsonObject tail;
    tail.insert(QStringLiteral("sentAt"), Timestamp::toIso8601String(Timestamp::nowMs()));
    if (writeKeyInBody())
        tail.insert(QStringLiteral("writeKey"), m_writeKey);
    const QByteArray prefix = QByteArrayLiteral("{\"batch\":[");
    const QByteArray suffix = "]," + QJsonDocument(tail).toJson(QJsonDocument::Compact).mid(1);
    const qint64 overhead = prefix.size() + suffix.size();

    const QByteArray credentials = m_writeKey.toUtf8() + ':';
    const QByteArray authorization = "Basic " + credentials.toBase64();
    const QUrl url = urlFor(QStringLiteral("/v1/batch"));
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
        request.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
            { QByteArrayLiteral("Authorization"), authorization } };
        request.body = body;
        request.gzip = true;
        request.items = items;
        request.label = tr("batch of %n message(s)", nullptr, int(items.size()));
        out.requests.append(request);
        body.clear();
        items.clear();
    };

    qint64 unplaced = 0;
    for (const auto& encoded : std::as_const(accepted))
        unplaced += encoded.json.size() + 1;
    for (const EncodedMessage& message : std::as_const(accepted)) {
        if (overhead + message.json.size() > limits.maxRequestBytes) {
            out.rejected.append({ message.index,
                tr("the message is %1 bytes; with the batch envelope it does not fit in a request of at most %2 "
                   "bytes")
                    .arg(message.json.size())
                    .arg(limits.maxRequestBytes) });
            continue;
        }
        if (!items.isEmpty()
            && (items.size() >= maxEvents
                || body.size() + 1 + message.json.size() + suffix.size() > limits.maxRequestBytes))
            flush();
        if (items.isEmpty()) {
            // One allocation per request: growing a body of hundreds of KB by doubling costs more than filling it.
            body = QByteArray();
            body.reserve(qsizetype(std::min<qint64>(limits.maxRequestBytes, overhead + unplaced)));
            body.append(QByteArrayView(prefix));
        } else {
            body += ',';
        }
        body += message.json;
        unplaced -= message.json.size() + 1;
        items.append(message.index);
    }
    flush();

    std::stable_sort(out.rejected.begin(), out.rejected.end(),
        [](const EncodedBatch::Issue& a, const EncodedBatch::Issue& b) { return a.index < b.index; });
    // A note about an event that did not fit after all goes with it: the rejection says what happened.
    out.notes.removeIf([&out](const EncodedBatch::Issue& note) {
        return std::any_of(out.rejected.cbegin(), out.rejected.cend(),
            [&note](const EncodedBatch::Issue& rejected) { return rejected.index == note.index; });
    });
    return out;
}

DeliveryVerdict SegmentProvider::classify(const ProviderRequest& request, const ProviderResponse& response) const
{
    const int status = response.status;
    if (!response.transportError.isEmpty() || status == 0 || status == 413)
        return classifyHttp(request, response);

    DeliveryVerdict verdict;
    if (status >= 200 && status < 400)
        return verdict;

    verdict.reason = describe(response);
    bool retry = false;
    if (status >= 400 && status < 500)
        retry = status == 408 || status == 410 || status == 429 || status == 460;
    else if (status >= 500 && status < 600)
        retry = status != 501 && status != 505 && status != 511;
    if (!retry) {
        verdict.outcome = DeliveryOutcome::Failed;
        return verdict;
    }

    verdict.outcome = DeliveryOutcome::Retry;
    const qint64 after = retryAfterMs(response.header("Retry-After"));
    if (status == 429) {
        if (after >= 0) {
            verdict.retryAfterMs = std::clamp(after, minRateLimitWaitMs, maxRetryAfterMs);
            verdict.countsAsAttempt = false;
        } else {
            verdict.retryAfterMs = rateLimitWithoutHeaderMs;
        }
    } else if (after >= 0) {
        verdict.retryAfterMs = std::min(after, maxRetryAfterMs);
    }
    return verdict;
}

} // namespace Journey

// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "replayplanner.h"

#include "messagerewriter.h"
#include "wirerequestrewriter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace Journey {

namespace {

/// One thing that is due at one moment: a captured request, or one event without a (complete) request.
struct Unit
{
    qint64 time = 0; ///< ms since epoch
    int request = -1; ///< the capture's request (wire), or -1
    int event = 0; ///< the first event
};

constexpr int maxNotesPerRequest = 5;

} // namespace

ReplayPlanner::ReplayPlanner(const ReplayOptions& options, const ReplayTarget& target)
    : m_options(options)
    , m_target(target)
{ }

void ReplayPlanner::setProvider(ProviderPtr provider, const BatchLimits& limits)
{
    m_provider = std::move(provider);
    m_limits = limits;
}

bool ReplayPlanner::plan(const Capture& capture, qint64 nowMs, ReplayPlan& out, QString* error) const
{
    out = ReplayPlan();
    out.target = m_target;
    out.options = m_options;
    out.captureEvents = capture.eventCount();
    if (!m_options.asFastAsPossible && !(m_options.speed > 0 && std::isfinite(m_options.speed))) {
        *error = tr("the speed must be a positive factor or max");
        return false;
    }
    if (m_target.kind == ReplayTarget::Kind::Provider && !m_provider) {
        *error = tr("%1 is not configured").arg(m_target.provider);
        return false;
    }
    if (m_target.isHttp() && !m_target.url.isValid()) {
        *error = tr("no URL to replay to");
        return false;
    }
    const EventBatch& events = capture.events();
    const int eventCount = events.size();
    if (eventCount == 0) {
        out.notes.append(tr("the capture has no events"));
        return true;
    }

    // What is due when: captured requests as a whole (HTTP targets), everything else event by event.
    std::vector<Unit> units;
    units.reserve(size_t(eventCount));
    qint64 latest = std::numeric_limits<qint64>::min();
    for (int i = 0; i < eventCount;) {
        latest = qMax(latest, events.timestamp(i));
        const int request = capture.requestIndex(i);
        if (m_target.isHttp() && request >= 0 && capture.firstEventOf(request) == i && capture.isComplete(request)) {
            const int count = qMax(1, capture.eventCountOf(request));
            qint64 time = std::numeric_limits<qint64>::min();
            for (int j = i; j < i + count && j < eventCount; ++j)
                time = qMax(time, events.timestamp(j));
            latest = qMax(latest, time);
            units.push_back({ time, request, i });
            i += count;
            continue;
        }
        units.push_back({ events.timestamp(i), -1, i });
        ++i;
    }
    std::stable_sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) { return a.time < b.time; });
    const qint64 start = units.front().time;
    out.shiftMs = m_options.timestamps == ReplayTimestamps::Shift ? nowMs - latest : 0;
    const auto dueOf = [&](qint64 time) -> qint64 {
        if (m_options.asFastAsPossible)
            return 0;
        return qint64(std::llround(double(time - start) / m_options.speed));
    };

    MessageRewriter::Settings settings;
    settings.regenerateIds = m_options.regenerateIds;
    settings.shiftMs = out.shiftMs;
    settings.userSuffix = m_options.userSuffix.toUtf8();
    settings.writeKey = m_options.writeKey;
    const MessageRewriter messages(settings);
    const WireRequestRewriter wire(settings);
    const bool toCollector = m_target.kind == ReplayTarget::Kind::Collector;

    QUrl batchUrl = m_target.url;
    {
        QString path = batchUrl.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        batchUrl.setPath(path + QStringLiteral("/v1/batch"));
    }

    // The group of loose events being filled (a Segment batch, or a connector request).
    ReplayRequest group;
    qint64 groupBytes = 0;
    bool groupOpen = false;
    const auto closeGroup = [&]() {
        if (!groupOpen)
            return;
        groupOpen = false;
        if (group.events.isEmpty())
            return;
        if (group.kind == ReplayRequest::Kind::Segment) {
            QByteArray body;
            body.reserve(groupBytes + 16);
            body.append("{\"batch\":[");
            for (qsizetype i = 0; i < group.messages.size(); ++i) {
                if (i > 0)
                    body.append(',');
                body.append(group.messages[i]);
            }
            body.append("]}");
            group.messages.clear();
            group.request.method = QByteArrayLiteral("POST");
            group.request.url = batchUrl;
            group.request.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } };
            group.request.body = std::move(body);
            group.request.label = tr("Segment batch of %n events", nullptr, int(group.events.size()));
        } else {
            // The provider's requests for these messages, as a preview; what it cannot take at all is skipped.
            QList<OutboundEvent> outbound;
            outbound.reserve(group.messages.size());
            for (qsizetype i = 0; i < group.messages.size(); ++i) {
                OutboundEvent event;
                event.type = events.type(group.events[i]);
                event.json = group.messages[i];
                if (m_provider->needsParsedMessage())
                    event.message = QJsonDocument::fromJson(group.messages[i]).object();
                outbound.append(event);
            }
            const EncodedBatch encoded = m_provider->encode(outbound, m_limits);
            if (!encoded.rejected.isEmpty()) {
                QList<int> rejected;
                for (const EncodedBatch::Issue& issue : encoded.rejected) {
                    out.skipped.append({ group.events[issue.index], issue.text });
                    rejected.append(issue.index);
                }
                std::sort(rejected.begin(), rejected.end());
                for (qsizetype i = rejected.size() - 1; i >= 0; --i) {
                    if (i + 1 < rejected.size() && rejected[i] == rejected[i + 1])
                        continue;
                    group.messages.removeAt(rejected[i]);
                    group.events.removeAt(rejected[i]);
                }
            }
            for (const EncodedBatch::Issue& note : encoded.notes) {
                if (group.notes.size() >= maxNotesPerRequest)
                    break;
                group.notes.append(note.text);
            }
            group.previews = encoded.requests;
            if (group.events.isEmpty())
                return;
        }
        out.eventCount += int(group.events.size());
        out.requests.append(std::move(group));
        group = ReplayRequest();
    };

    const bool toProvider = m_target.kind == ReplayTarget::Kind::Provider;
    const qint64 maxGroupBytes = toProvider ? m_limits.maxRequestBytes : segmentMaxRequestBytes;
    const int maxGroupEvents = toProvider ? qMax(1, m_limits.maxEvents) : std::numeric_limits<int>::max();
    int checked = 0;
    for (const Unit& unit : units) {
        if (m_cancel && (++checked & 1023) == 0 && m_cancel->load(std::memory_order_relaxed)) {
            *error = tr("cancelled");
            return false;
        }
        const qint64 due = dueOf(unit.time);
        if (unit.request >= 0) {
            closeGroup();
            const CapturedRequest& captured = capture.request(unit.request);
            WireRequestRewriter::Result rewritten = wire.rewrite(captured, m_target.url, toCollector);
            ReplayRequest request;
            request.kind = ReplayRequest::Kind::Wire;
            request.dueMs = due;
            request.originalTime = unit.time;
            request.request = std::move(rewritten.request);
            request.notes = std::move(rewritten.notes);
            request.capturedRequest = unit.request;
            const int count = capture.eventCountOf(unit.request);
            request.events.reserve(count);
            for (int j = 0; j < count; ++j)
                request.events.append(unit.event + j);
            out.eventCount += count;
            out.requests.append(std::move(request));
            continue;
        }

        QByteArray message;
        if (!messages.rewrite(events.payload(unit.event), message)) {
            out.skipped.append({ unit.event, tr("the canonical message is not well-formed JSON") });
            continue;
        }
        if (!toProvider && message.size() > segmentMaxEventBytes) {
            out.skipped.append(
                { unit.event, tr("%1 bytes: larger than Segment's limit of 32 KB per event").arg(message.size()) });
            continue;
        }
        if (groupOpen
            && ((!m_options.asFastAsPossible && group.dueMs != due) || group.events.size() >= maxGroupEvents
                || groupBytes + message.size() + 16 > maxGroupBytes))
            closeGroup();
        if (!groupOpen) {
            group = ReplayRequest();
            group.kind = toProvider ? ReplayRequest::Kind::Connector : ReplayRequest::Kind::Segment;
            group.dueMs = due;
            group.originalTime = unit.time;
            groupBytes = 0;
            groupOpen = true;
        }
        groupBytes += message.size() + 1;
        group.originalTime = unit.time;
        group.events.append(unit.event);
        group.messages.append(std::move(message));
    }
    closeGroup();

    if (out.shiftMs != 0)
        out.notes.append(tr("timestamps shifted by %1 s so that the last event is now")
                             .arg(double(out.shiftMs) / 1000.0, 0, 'f', 3));
    return true;
}

} // namespace Journey

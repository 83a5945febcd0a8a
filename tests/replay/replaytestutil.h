// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

// What the replay tests share: JSON written with single quotes (moc cannot take raw strings in test files),
// canonical events parsed by the real parser, captures, and a sink that records when each request was sent.

#include "capture/capture.h"
#include "core/eventparser.h"
#include "core/timestamp.h"
#include "replay/replayclock.h"
#include "replay/replaysink.h"

#include <QByteArray>
#include <QList>

namespace JourneyTest {

/// JSON from text with single quotes instead of double ones.
inline QByteArray json(const char* singleQuoted)
{
    QByteArray text(singleQuoted);
    text.replace('\'', '"');
    return text;
}

/// A canonical track event at \a timestamp (ms since epoch).
inline QByteArray trackAt(
    qint64 timestamp, const QByteArray& event, const QByteArray& userId = "u-1", const QByteArray& messageId = {})
{
    const QByteArray id
        = messageId.isEmpty() ? QByteArray("m-" + QByteArray::number(timestamp) + '-' + event) : messageId;
    return "{\"type\":\"track\",\"event\":\"" + event + "\",\"userId\":\"" + userId + "\",\"messageId\":\"" + id
        + "\",\"timestamp\":\"" + Journey::Timestamp::toIso8601(timestamp) + "\",\"properties\":{\"n\":1}}";
}

/// Parses canonical messages (their receivedAt kept) into a batch; fails the test on a bad one.
inline Journey::EventBatch parseEvents(const QList<QByteArray>& messages)
{
    Journey::EventParser::Options options;
    options.overrideReceivedAt = false;
    options.receivedAt = 1700000000000;
    options.source = Journey::EventSource::Import;
    Journey::EventParser parser(options);
    Journey::EventBatch batch;
    for (const QByteArray& message : messages) {
        if (!parser.parseMessage(message, batch))
            qFatal("bad test message: %s", qPrintable(parser.error().toString()));
    }
    return batch;
}

/// A capture of events without requests.
inline Journey::Capture looseCapture(const QList<QByteArray>& messages)
{
    const Journey::EventBatch events = parseEvents(messages);
    Journey::Capture capture;
    for (int i = 0; i < events.size(); ++i)
        capture.addEvent(events, i);
    return capture;
}

/// Records the clock's time at each send and answers at once (or with what \a outcomeFor says).
class RecordingSink : public Journey::ReplaySink
{
public:
    RecordingSink(const Journey::ReplayClock& clock, int capacity = 1)
        : m_clock(clock)
        , m_capacity(capacity)
    { }

    struct Sent
    {
        int index = 0;
        qint64 at = 0;
    };

    int capacity(bool asFastAsPossible) const override { return asFastAsPossible ? m_capacity : 1; }
    void send(int index, const Journey::ReplayRequest& request) override
    {
        m_sent.append({ index, m_clock.now() });
        Journey::ReplayResult result;
        result.index = index;
        result.eventCount = request.eventCount();
        result.status = failIndexes.contains(index) ? 500 : 200;
        result.outcome = failIndexes.contains(index) ? Journey::ReplayResult::Outcome::Failed
                                                     : Journey::ReplayResult::Outcome::Delivered;
        if (failIndexes.contains(index))
            result.error = QStringLiteral("HTTP 500");
        result.eventsDelivered = result.delivered() ? result.eventCount : 0;
        m_finished.append(result);
    }
    int inFlight() const override { return int(m_finished.size()); }
    void waitForFinished(int) override { }
    QList<Journey::ReplayResult> takeFinished() override
    {
        QList<Journey::ReplayResult> out;
        out.swap(m_finished);
        return out;
    }
    void abort() override { }

    const QList<Sent>& sent() const { return m_sent; }
    QList<qint64> times() const
    {
        QList<qint64> out;
        for (const Sent& sent : m_sent)
            out.append(sent.at);
        return out;
    }
    QList<int> failIndexes;

private:
    const Journey::ReplayClock& m_clock;
    int m_capacity;
    QList<Sent> m_sent;
    QList<Journey::ReplayResult> m_finished;
};

} // namespace JourneyTest

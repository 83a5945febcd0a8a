// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "capturedrequest.h"
#include "core/eventbatch.h"

#include <QList>
#include <QString>

#include <vector>

namespace Journey {

/*!
 * A named, saved slice of traffic: canonical events in the order they arrived and, for each event that came
 * through the collector (or a HAR file), the original request that carried it. What a bug report attaches;
 * what replay, diff, the Sessions page and the Compare view read. CaptureFile reads and writes it.
 *
 * Events of one request are contiguous; requestIndex(i) says which request event i came in (-1: none, e.g.
 * events from plain canonical NDJSON or from the connector).
 */
class Capture
{
public:
    struct Info
    {
        QString name; ///< for people ("checkout on build 412")
        QString description;
        qint64 createdAt = 0; ///< ms since epoch
        QString origin; ///< where it came from: "collector", "har:devtools.har", "store", "ndjson:file.ndjson"
    };

    Info info;

    int eventCount() const { return m_events.size(); }
    int requestCount() const { return int(m_requests.size()); }
    bool isEmpty() const { return m_events.isEmpty(); }

    const EventBatch& events() const { return m_events; }
    const QList<CapturedRequest>& requests() const { return m_requests; }
    const CapturedRequest& request(int index) const { return m_requests.at(index); }
    /// The request event \a eventIndex came in, -1 when it has none.
    int requestIndex(int eventIndex) const { return m_requestOfEvent[size_t(eventIndex)]; }
    /// The events of request \a index: [first, first + count).
    int firstEventOf(int requestIndex) const { return m_firstEvent[size_t(requestIndex)]; }
    int eventCountOf(int requestIndex) const { return m_eventsOf[size_t(requestIndex)]; }
    /// Whether request \a index has every event it carried in this capture (then it can be replayed as it was).
    bool isComplete(int requestIndex) const;

    /// Appends \a request with events [first, first + count) of \a events (which it carried).
    void addRequest(const CapturedRequest& request, const EventBatch& events, int first, int count);
    /// Appends events [first, first + count) of \a events to the last request (whose events must be the last).
    void extendLastRequest(const EventBatch& events, int first, int count);
    /// Appends event \a index of \a events, with no request.
    void addEvent(const EventBatch& events, int index);
    void clear();
    /// Numbers the events first, first + 1, … (events read from a file are numbered by position).
    void assignEventIds(qint64 first) { m_events.assignIds(first); }

private:
    EventBatch m_events;
    QList<CapturedRequest> m_requests;
    std::vector<int> m_requestOfEvent;
    std::vector<int> m_firstEvent;
    std::vector<int> m_eventsOf;
};

} // namespace Journey

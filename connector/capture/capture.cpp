// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "capture.h"

namespace Journey {

bool Capture::isComplete(int requestIndex) const
{
    const CapturedRequest& kept = m_requests.at(requestIndex);
    return kept.eventCount <= 0 || eventCountOf(requestIndex) == kept.eventCount;
}

void Capture::addRequest(const CapturedRequest& request, const EventBatch& events, int first, int count)
{
    const int index = int(m_requests.size());
    m_requests.append(request);
    if (m_requests.last().eventCount <= 0)
        m_requests.last().eventCount = count;
    m_firstEvent.push_back(m_events.size());
    m_eventsOf.push_back(count);
    for (int i = first; i < first + count; ++i) {
        m_events.appendFrom(events, i);
        m_requestOfEvent.push_back(index);
    }
}

void Capture::extendLastRequest(const EventBatch& events, int first, int count)
{
    Q_ASSERT(!m_requests.isEmpty() && !m_requestOfEvent.empty() && m_requestOfEvent.back() == int(m_requests.size()) - 1);
    const int index = int(m_requests.size()) - 1;
    m_eventsOf.back() += count;
    for (int i = first; i < first + count; ++i) {
        m_events.appendFrom(events, i);
        m_requestOfEvent.push_back(index);
    }
}

void Capture::addEvent(const EventBatch& events, int index)
{
    m_events.appendFrom(events, index);
    m_requestOfEvent.push_back(-1);
}

void Capture::clear()
{
    m_events.clear();
    m_requests.clear();
    m_requestOfEvent.clear();
    m_firstEvent.clear();
    m_eventsOf.clear();
}

} // namespace Journey

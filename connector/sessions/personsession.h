// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"
#include "core/validationstate.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace Journey {

/// Where a provider's own session id was found in a canonical event (docs/SESSIONS.md has the precedence).
enum class SessionIdKind : quint8 {
    None = 0,
    Amplitude = 1, ///< context.amplitude.session_id, or Segment's integrations.(Actions )Amplitude.session_id
    PostHog = 2, ///< properties.$session_id (context.posthog.properties.$session_id for $identify & co)
    Ga4 = 3, ///< GA4 params session_id / ga_session_id / sid of an event the GA4 decoder made
    Mixpanel = 4, ///< properties.$mp_replay_id
    Heap = 5, ///< context.heap.session_id
    Context = 6, ///< context.sessionId (Segment Spec; RudderStack SDKs send it)
};

/// How a session's boundaries were found.
enum class SessionSplit : quint8 {
    ProviderId = 0, ///< the events carry a provider session id
    Inactivity = 1, ///< no session id: a gap longer than the inactivity limit starts a new session
};

/// "amplitude", "posthog", "ga4", "mixpanel", "heap", "context"; empty for None.
QString sessionIdKindName(SessionIdKind kind);
/// "provider" or "inactivity".
QString sessionSplitName(SessionSplit split);

/*!
 * One session: a person's events that belong together, either because they carry the same provider session
 * id or because no more than the inactivity limit passed between them. Events are listed in time order
 * (timestamp, then store id). (Not called Session: that is the UI's engine object, ui/session.h.)
 */
struct PersonSession
{
    int person = -1; ///< index into SessionList::persons()
    qint64 start = 0; ///< timestamp of the first event, ms since the epoch (UTC)
    qint64 end = 0; ///< timestamp of the last event
    int eventCount = 0;
    int invalidCount = 0; ///< events with ValidationState::Invalid
    int warningCount = 0; ///< events with ValidationState::Warning
    int uncheckedCount = 0; ///< events nothing was checked for
    int pageCount = 0; ///< page calls
    int screenCount = 0; ///< screen calls
    quint64 sourceMask = 0; ///< bits (1 << EventSource) of the events' sources
    SessionSplit split = SessionSplit::Inactivity;
    SessionIdKind idKind = SessionIdKind::None;
    QByteArray providerSessionId; ///< as sent (integers in decimal); empty for an inactivity session
    /*!
     * The events in time order, by their ids: store ids, or a capture file's numbers (1, 2, … in file order);
     * events without an id by their position in everything given to the Sessionizer, from 0 (see
     * Sessionizer::add(const Capture&)).
     */
    std::vector<qint64> eventIds;

    qint64 durationMs() const { return end - start; }
    /// Invalid when any event is, else Warning when any event has warnings, else Unchecked when no event was
    /// checked, else Valid.
    ValidationState validation() const;
    QList<EventSource> sources() const;
    /// The sources' display names joined with ", " ("Amplitude, Segment").
    QString sourceNames() const;
};

} // namespace Journey

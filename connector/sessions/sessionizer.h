// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/identitygraph.h"
#include "sessionidreader.h"
#include "sessionlist.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace Journey {

class Capture;
class EventBatch;

/*!
 * Groups events into sessions per person (docs/SESSIONS.md). Give it events with add(), in any order and in
 * as many batches as needed, then ask for sessions() as often as wanted, with any inactivity limit: the
 * events are read once (their provider session ids with SessionIdReader), the sessions are made from what
 * was kept (about 40 bytes per event).
 *
 * Rules, per person (identities merged as IdentityGraph does: an event with both ids joins them, an alias
 * joins its previousId to its userId), over the person's events in (timestamp, id) order:
 *
 * - an event with a provider session id goes to the person's session with that id (kind and value), however
 *   long ago its last event was; when there is none yet, it goes to the session of the person's previous event
 *   if that session has no provider id and at most the inactivity limit passed (that session takes the id),
 *   otherwise it starts a new session;
 * - an event without a provider session id goes to the session of the person's previous event when at most the
 *   inactivity limit passed since that event (a gap equal to the limit stays in the session), else it starts a
 *   new session split by inactivity.
 *
 * So a provider id that changes mid-stream starts a new session at the first event with the new id, and a
 * session id shared by two devices of one person interleaves into one session.
 */
class Sessionizer
{
    Q_DECLARE_TR_FUNCTIONS(Journey::Sessionizer)

public:
    /// 30 minutes, Google Analytics' and Amplitude's default.
    static constexpr qint64 defaultGapMs = 30 * 60 * 1000;
    /// Largest inactivity limit accepted: 366 days.
    static constexpr qint64 maxGapMs = 366LL * 24 * 60 * 60 * 1000;

    struct Options
    {
        qint64 gapMs = defaultGapMs; ///< inactivity limit; a longer gap between events starts a new session
        bool mergeIdentities = true; ///< false: each userId (else anonymousId) is a person of its own
        QString person; ///< only the sessions of the person with this exact userId or anonymousId (empty: all)
    };

    /// How add() refers to events in PersonSession::eventIds.
    enum class EventRefs {
        StoreIds, ///< the batch's ids (events without one: their position, as with Positions)
        Positions, ///< the event's position among all events added so far (0-based)
    };

    Sessionizer();
    ~Sessionizer();

    void add(const EventBatch& events, EventRefs refs = EventRefs::StoreIds);
    /*!
     * The capture's events, referred to by their ids when every event has one and they increase (a capture file
     * numbers its events 1, 2, …), else by their position (their index in Capture::events() when the capture is
     * the first thing added). indexInCapture() turns either back into an index.
     */
    void add(const Capture& capture);
    /// Whether add(\a capture) refers to its events by their ids.
    static bool usesEventIds(const Capture& capture);
    /// The index in \a capture's events of the event PersonSession::eventIds calls \a ref (-1: none).
    static int indexInCapture(const Capture& capture, qint64 ref);

    /// Events kept so far: those added, less those naming nobody.
    qint64 size() const { return qint64(m_rows.size()); }
    /// Events added so far, those naming nobody included.
    qint64 eventsAdded() const { return m_position; }
    /// The highest store id added so far (0 before any).
    qint64 lastEventId() const { return m_lastEventId; }

    /// The sessions of everything added so far. Returns an empty list when \a cancel became true.
    SessionList sessions(const Options& options, const std::atomic<bool>* cancel = nullptr) const;

    /// Adds every event of the store at \a storePath (payloads are read for the session ids). \a progress gets the
    /// number of events added so far, after each segment.
    static bool readStore(const QString& storePath, Sessionizer& sessionizer, QString* error,
        const std::atomic<bool>* cancel = nullptr, const std::function<void(qint64)>& progress = {});

    /// Checks \a options; false with \a error (which names what is wrong) when they cannot be used.
    static bool checkOptions(const Options& options, QString* error);

private:
    struct Row
    {
        qint64 timestamp = 0;
        qint64 ref = 0; ///< store id or position
        qint32 node = -1; ///< IdentityGraph node of the userId, else of the anonymousId
        qint32 key = -1; ///< index into m_keys; -1: no provider session id
        quint8 type = 0;
        quint8 source = 0;
        quint8 validation = 0;
    };
    struct Key
    {
        SessionIdKind kind = SessionIdKind::None;
        QByteArray id;
    };

    qint32 keyOf(const SessionIdReader::Result& id);

    mutable IdentityGraph m_identities; ///< root() compresses paths
    SessionIdReader m_reader;
    std::vector<Row> m_rows;
    std::vector<Key> m_keys;
    QHash<QByteArray, qint32> m_keyIndex; ///< kind byte + id → index into m_keys
    qint64 m_position = 0;
    qint64 m_lastEventId = 0;
    qint64 m_unattributed = 0;
};

} // namespace Journey

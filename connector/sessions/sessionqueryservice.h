// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventbatch.h"
#include "sessionizer.h"
#include "sessionlist.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Journey {

class LatestWinsQueue;

class Capture;

/// Captures cross threads as shared, immutable values.
using CapturePtr = std::shared_ptr<const Capture>;

/*!
 * Makes sessions for the UI on a thread of its own, from the store or from a capture. Each call returns a
 * ticket at once; progress and the answer come back as signals carrying the ticket, on the thread that owns
 * the service.
 *
 * Latest wins per kind of query: a new session query cancels the one still running (or waiting), which then
 * reports nothing; asking for a session's events does not disturb it. The service keeps a Sessionizer with every
 * event of the store it has read, so another inactivity limit or person costs no new read of the store; before
 * each query it asks the store for its last event id and reads only the events added since (everything again
 * after invalidate(), or when the store shrank). A capture's events are read once per capture.
 */
class SessionQueryService : public QObject
{
    Q_OBJECT

public:
    explicit SessionQueryService(const QString& storePath, QObject* parent = nullptr);
    ~SessionQueryService() override;

    /// The sessions of the store (sessionsReady).
    quint64 querySessions(const Sessionizer::Options& options);
    /// The sessions of \a capture (sessionsReady); Sessionizer::indexInCapture() finds their events in it.
    quint64 querySessions(const Sessionizer::Options& options, const CapturePtr& capture);
    /*!
     * The events of \a session, in the session's order, with their messages (sessionEventsReady): read from the
     * store, or taken from \a capture when the session came from one.
     */
    quint64 querySessionEvents(const PersonSession& session, const CapturePtr& capture = {});
    /// Reads a capture file or canonical NDJSON (CaptureFile) off the UI thread (captureLoaded).
    quint64 loadCapture(const QString& path);
    /// Stops query \a ticket if it is still waiting or running; it then reports nothing.
    void cancel(quint64 ticket);
    /// Forgets what was read from the store: the next query reads it again (validation results included).
    void invalidate();

Q_SIGNALS:
    /// \a stage says what is happening ("reading the store", "making sessions").
    void progress(quint64 ticket, int percent, const QString& stage);
    void sessionsReady(quint64 ticket, const Journey::SessionListPtr& sessions);
    void sessionEventsReady(quint64 ticket, const Journey::EventBatchPtr& events);
    void captureLoaded(quint64 ticket, const Journey::CapturePtr& capture, const QString& path);
    void failed(quint64 ticket, const QString& message);

private:
    struct Shared;
    enum class Kind { Sessions, Events, Capture };
    quint64 submit(Kind kind, std::function<void(quint64)> job);

    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<LatestWinsQueue> m_queue; ///< after m_shared: joined first
};

} // namespace Journey

// No Q_DECLARE_METATYPE for CapturePtr: other classes' signals use std::shared_ptr<const Capture> too, and Qt 6
// needs no declaration for it (a second, later one would not compile).

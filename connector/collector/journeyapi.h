// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "collectorreply.h"
#include "collectorrequest.h"
#include "eventquery.h"
#include "store/ingestbatch.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <functional>
#include <list>
#include <memory>

class QTimer;

namespace Journey {

class EventRecorder;

/*!
 * The test automation API under `/journey/` on the collector's port, for CI pipelines:
 *
 * - `GET /journey/events` — stored events matching EventQuery's filters, oldest first, `limit` (≤ 1000) at a
 *   time after the id `after`; the answer's `next` is the `after` of the next page (null at the end).
 * - `GET /journey/summary` — totals: events by provider and type, requests, rejected requests, validation.
 * - `GET /journey/rejected` — the rejected requests, newest first, with reason and body.
 * - `POST /journey/reset` — deletes every stored event and request.
 * - `GET /journey/wait?…&count=N&timeout=T` — answers as soon as N events match (200), or when T passes (408);
 *   no polling: it is woken by each commit.
 *
 * Lives on the collector thread; the store is read on a thread of its own so ingestion never waits for a query.
 */
class JourneyApi : public QObject
{
    Q_OBJECT
public:
    using Respond = std::function<void(const CollectorReply&)>;

    JourneyApi(EventRecorder* recorder, const QString& storePath, QObject* parent = nullptr);
    ~JourneyApi() override;

    /// The API's paths, for the collector's index page.
    static QStringList paths();

    /// Answers \a request (a path under /journey/) through \a respond, now or later, exactly once.
    void handle(const CollectorRequest& request, Respond respond);

private:
    class Reader;
    struct Waiter;

    void events(const CollectorRequest& request, Respond respond);
    void summary(Respond respond);
    void rejected(const CollectorRequest& request, Respond respond);
    void reset(Respond respond);
    void wait(const CollectorRequest& request, Respond respond);
    void advance(const std::shared_ptr<Waiter>& waiter);
    void finishWait(const std::shared_ptr<Waiter>& waiter, bool timedOut);
    void onCommitted(const CommitReportPtr& report);
    void onCleared(bool ok, const QString& message);

    static CollectorReply json(int status, const QByteArray& body);
    static CollectorReply error(int status, const QString& message);

    EventRecorder* m_recorder;
    QThread m_thread;
    Reader* m_reader = nullptr; ///< lives on m_thread
    std::list<std::shared_ptr<Waiter>> m_waiters;
    std::list<Respond> m_resets; ///< answered when the store reports it is cleared
};

} // namespace Journey

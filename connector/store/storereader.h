// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventbatch.h"
#include "eventfilter.h"
#include "storedrequest.h"
#include "storestats.h"
#include "validationsummary.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace Journey {

class StoreConnection;

/*!
 * Reads a store on the calling thread through its own connection. Each call sees one consistent snapshot.
 * Long scans check an optional cancel flag between segments.
 */
class StoreReader
{
    Q_DECLARE_TR_FUNCTIONS(Journey::StoreReader)

public:
    explicit StoreReader(const QString& path);
    ~StoreReader();

    /// With \a mustExist, a missing store is an error instead of a new empty one.
    bool open(bool mustExist, QString* error);

    /*!
     * The newest events with an id below \a beforeId (0: below none) that match \a filter, at most \a limit,
     * appended to \a out in ascending id order. \a exhausted tells whether older matches may exist.
     */
    bool readPage(const EventFilter& filter, qint64 beforeId, int limit, EventBatch& out, bool* exhausted,
        QString* error, const std::atomic<bool>* cancel = nullptr);

    /// Events with an id above \a afterId that match \a filter, oldest first, at most \a limit.
    bool readForward(const EventFilter& filter, qint64 afterId, int limit, EventBatch& out, QString* error);

    /*!
     * Calls \a visit with the matching events of each segment, oldest first, until it returns false.
     * Payloads are included when \a withPayloads is true or the filter needs them. The batch is the
     * visitor's to keep (it may move from it): the reader does not use it again.
     */
    bool scan(const EventFilter& filter, bool withPayloads, const std::function<bool(EventBatch&)>& visit,
        QString* error, const std::atomic<bool>* cancel = nullptr);

    std::optional<StoredRequest> request(qint64 id, QString* error);
    /// Rejected requests (status 400 and up) with an id below \a beforeId (0: below none), newest first, at most
    /// \a limit, appended to \a out.
    bool rejectedRequests(qint64 beforeId, int limit, QList<StoredRequest>& out, QString* error);
    bool stats(StoreStats& out, QString* error);
    /// What validation found for event \a eventId: its state (Unchecked when it has no results) and violations.
    bool validation(qint64 eventId, ValidationState& state, QList<PlanViolation>& violations, QString* error);
    /// Every validation result of the store, grouped by event name and kind of violation.
    bool validationSummary(ValidationSummary& out, QString* error, const std::atomic<bool>* cancel = nullptr);

private:
    static bool readRequestRow(const QSqlQuery& query, StoredRequest& request, QString* error);

    std::unique_ptr<StoreConnection> m_connection;
};

} // namespace Journey

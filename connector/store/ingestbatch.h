// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventbatch.h"
#include "storedrequest.h"

#include <memory>
#include <optional>
#include <vector>

namespace Journey {

/// What one producer hands the writer in one go: the events of one request (or one file chunk) and,
/// for the collector, the request itself. Committed all together or not at all.
struct IngestBatch
{
    quint64 ticket = 0; ///< set by EventRecorder::submit()
    QString journalFile; ///< the ingest journal file holding this batch until it is committed
    std::optional<StoredRequest> request;
    EventBatch events;
};

/// What one commit of the writer made durable.
struct CommitReport
{
    std::vector<quint64> tickets; ///< the submissions committed, in submission order
    std::vector<qint64> requestIds; ///< parallel to tickets; 0 when a submission had no request
    std::vector<int> statuses; ///< parallel to tickets: the HTTP status stored for the request, 0 without one
    EventBatch events; ///< every event committed, with its id and request id, in id order
};
using CommitReportPtr = std::shared_ptr<const CommitReport>;

} // namespace Journey

Q_DECLARE_METATYPE(Journey::CommitReportPtr)

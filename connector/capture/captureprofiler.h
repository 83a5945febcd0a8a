// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "captureprofile.h"

#include <atomic>
#include <memory>

namespace Journey {

class EventBatch;

/*!
 * Makes a CaptureProfile from canonical events: add() every batch (their payloads are parsed with
 * simdjson, once each), then profile(). Objects deeper than maxDepth levels below `properties`/`traits` are
 * profiled as "object" without their members. Not thread-safe; any thread.
 */
class CaptureProfiler
{
public:
    static constexpr int maxDepth = 12;

    CaptureProfiler();
    ~CaptureProfiler();
    CaptureProfiler(const CaptureProfiler&) = delete;
    CaptureProfiler& operator=(const CaptureProfiler&) = delete;

    /// Returns false when \a cancel was set before every event was read.
    bool add(const EventBatch& events, const std::atomic<bool>* cancel = nullptr);
    CaptureProfile profile() const;

    /// The profile of \a events alone.
    static CaptureProfile profile(const EventBatch& events);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Journey

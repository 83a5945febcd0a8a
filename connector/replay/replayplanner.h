// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "replayplan.h"

#include "capture/capture.h"
#include "providers/provider.h"

#include <QCoreApplication>

#include <atomic>

namespace Journey {

/*!
 * Turns a capture into a ReplayPlan for one target.
 *
 * Timing: each request stands for a moment of the capture (a captured request: the latest timestamp of its
 * events; an event without one: its own timestamp). With t0 the earliest of them, a request is due
 * (t − t0) / speed ms after the start; at `max` speed everything is due at once. Requests are ordered by due
 * time, ties in capture order.
 *
 * What is sent:
 * - to the collector or a URL, a complete captured request goes in its original wire format
 *   (WireRequestRewriter); events without a request, or whose request the capture keeps only part of, go as
 *   Segment `/v1/batch` bodies within Segment's limits (500 KB per request, 32 KB per event) — consecutive such
 *   events share a body when they are due at the same time (always at `max`);
 * - to a provider, every event goes through the connector as its canonical message (MessageRewriter), in
 *   groups the size of the provider's batches; the provider's own encoding is kept as a preview, and events it
 *   cannot take at all (an alias for GA4) are listed as skipped instead of being sent to fail.
 */
class ReplayPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Journey::ReplayPlanner)

public:
    /// Segment's documented limits for `/v1/batch`.
    static constexpr qint64 segmentMaxRequestBytes = 500 * 1024;
    static constexpr qint64 segmentMaxEventBytes = 32 * 1024;

    ReplayPlanner(const ReplayOptions& options, const ReplayTarget& target);

    /// For a provider target: the configured provider (for previews and what it rejects) and its limits.
    void setProvider(ProviderPtr provider, const BatchLimits& limits);
    /// Stops plan() early (it then returns false).
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    /*!
     * Plans the replay of \a capture. \a nowMs (ms since epoch) is the "now" a shift of the timestamps ends at.
     * False with \a error when the options or the target cannot work (a provider target without a provider).
     */
    bool plan(const Capture& capture, qint64 nowMs, ReplayPlan& out, QString* error) const;

private:
    ReplayOptions m_options;
    ReplayTarget m_target;
    ProviderPtr m_provider;
    BatchLimits m_limits;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace Journey

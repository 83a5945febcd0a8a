// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "capturediff.h"
#include "captureprofile.h"

#include <QCoreApplication>

#include <atomic>

namespace Journey {

class Capture;
class EventBatch;

/*!
 * Compares a baseline capture (A) with a candidate (B), as `journeyctl diff` and the Compare view do
 * (docs/CAPTURES.md, "Capture diff"):
 *
 * - an event key only in B is added, only in A removed;
 * - for a key in both, each property path (CaptureProfile) only in B is added, only in A removed (paths below
 *   an added, removed or retyped path are folded into its finding); a path whose set of JSON types differs
 *   has changed type; a path on every event of the key in A and not on every one in B is a required-coverage
 *   drop; otherwise a coverage change beyond CaptureDiffOptions::coveragePoints is a drop or a rise;
 * - a key's count whose relative change |B − A| / A (of the key's share of all events, when normalised) is
 *   beyond CaptureDiffOptions::volumePercent is a volume change;
 * - with a funnel, each step's conversion from the previous step (FunnelEngine over each capture) whose change
 *   is beyond CaptureDiffOptions::conversionPoints is a conversion drop or rise.
 *
 * Runs on any thread.
 */
class CaptureDiffEngine
{
    Q_DECLARE_TR_FUNCTIONS(Journey::CaptureDiffEngine)

public:
    /// The profile part of a diff (events and properties, no funnel) into \a out's events and findings.
    static void compareProfiles(const CaptureProfile& baseline, const CaptureProfile& candidate,
        const CaptureDiffOptions& options, CaptureDiff& out);

    /// The whole diff of two sets of canonical events. False when the options are wrong or \a cancel was set.
    static bool run(const EventBatch& baseline, const EventBatch& candidate, const CaptureDiffOptions& options,
        CaptureDiff& out, QString* error, const std::atomic<bool>* cancel = nullptr);
    /// As above, for captures; the sides are named after the captures (Capture::Info::name).
    static bool run(const Capture& baseline, const Capture& candidate, const CaptureDiffOptions& options,
        CaptureDiff& out, QString* error, const std::atomic<bool>* cancel = nullptr);
};

} // namespace Journey
